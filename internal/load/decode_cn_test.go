package load

import "testing"

func TestChineseNumeral(t *testing.T) {
	for s, want := range map[string]int{"零": 0, "五": 5, "十": 10, "十二": 12, "二十": 20, "八十": 80, "八十五": 85, "九十九": 99,
		"一百": 100, "两百": 200, "一百零五": 105, "一百二十": 120} {
		if got, ok := chineseNumeral(s); !ok || got != want {
			t.Errorf("chineseNumeral(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "八五", "推进中", "八十%", "百分", "一千"} {
		if got, ok := chineseNumeral(s); ok {
			t.Errorf("chineseNumeral(%q) = %d: want no number", s, got)
		}
	}
}
