package render

import (
	"strings"
	"testing"
)

func TestWrapText(t *testing.T) {
	cases := []struct {
		in    string
		width int
		want  string
	}{
		{"短", 10, "短"},
		{"扎实开展不忘初心牢记使命主题教育", 10, "扎实开展不\n忘初心牢记\n使命主题教\n育"},
		{"市县党委组织部、市属党（工）委", 14, "市县党委组织部、\n市属党（工）委"},
		{"chikan-org、xiashan-org、potou-org", 16, "chikan-org、\nxiashan-org、\npotou-org"},
		{"first line\nsecond", 20, "first line\nsecond"},
		{"hello world again", 11, "hello world\nagain"},
		{"progress 70.8% of 3", 12, "progress\n70.8% of 3"},
		{"子丑寅卯12.5万亩", 10, "子丑寅卯\n12.5万亩"},
		{"进度100%（1/10）", 10, "进度100%\n（1/10）"},
	}
	for _, c := range cases {
		got := WrapText(c.in, c.width)
		if got != c.want {
			t.Errorf("WrapText(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
		// Nothing is lost: joining the lines gives back the text (spaces at breaks aside).
		if strings.ReplaceAll(strings.ReplaceAll(got, "\n", ""), " ", "") != strings.ReplaceAll(strings.ReplaceAll(c.in, "\n", ""), " ", "") {
			t.Errorf("WrapText(%q) lost text: %q", c.in, got)
		}
	}
}
