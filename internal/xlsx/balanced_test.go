package xlsx

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A title one character longer than a line is broken into two even lines,
// not a full line and one character alone; one that fits is left as it
// is; no line starts with closing punctuation; every line fits.
func TestBalancedTitle(t *testing.T) {
	for _, c := range []struct {
		title  string
		usable int
		lines  []int // characters a line, want
	}{
		{strings.Repeat("任", 11), 20, []int{6, 5}},
		{strings.Repeat("任", 10), 20, []int{10}},
		{strings.Repeat("任", 21), 20, []int{7, 7, 7}},
		{"湛江市加强党的基层组织建设三年行动计划2019年重点工作任务清单", 40, []int{15, 17}}, // 30 units each: 2019 is four half-width digits
	} {
		got := balanced(c.title, c.usable)
		if strings.ReplaceAll(got, "\n", "") != c.title {
			t.Errorf("%q: the text changed: %q", c.title, got)
		}
		var n []int
		for _, l := range strings.Split(got, "\n") {
			n = append(n, utf8.RuneCountInString(l))
			if wrapLines(l, c.usable) != 1 {
				t.Errorf("%q: line %q does not fit %d units", c.title, l, c.usable)
			}
		}
		if len(n) != len(c.lines) {
			t.Errorf("%q at %d units: lines of %v characters, want %v", c.title, c.usable, n, c.lines)
			continue
		}
		for i := range n {
			if n[i] != c.lines[i] {
				t.Errorf("%q at %d units: lines of %v characters, want %v", c.title, c.usable, n, c.lines)
				break
			}
		}
	}
	// Probe 10: no line ends with an opening mark, a space at a break is
	// dropped, and Latin words do not leave the lines uneven.
	for _, c := range []struct {
		title  string
		usable int
	}{
		{"湛江市加强党的基层组织建设三年《行动计划》2019年重点工作任务清单", 40},
		{"湛江市2019年Internationalization和Digitalization重点工作任务清单（第一批）", 40},
		{"Zhanjiang Three-Year Action Plan key tasks 2019", 30},
	} {
		got := balanced(c.title, c.usable)
		lines := strings.Split(got, "\n")
		if len(lines) < 2 {
			t.Errorf("%q: not broken: %q", c.title, got)
			continue
		}
		widest, narrowest := 0, 1<<30
		for _, l := range lines {
			if strings.HasSuffix(l, "《") || strings.HasSuffix(l, " ") || strings.HasPrefix(l, " ") {
				t.Errorf("%q: line %q ends with an opening mark or a space", c.title, l)
			}
			w := 0
			for _, r := range l {
				if r < 0x80 {
					w++
				} else {
					w += 2
				}
			}
			widest, narrowest = max(widest, w), min(narrowest, w)
		}
		if widest-narrowest > 16 {
			t.Errorf("%q: lines %q are uneven (%d against %d units)", c.title, lines, widest, narrowest)
		}
		if strings.ReplaceAll(strings.ReplaceAll(got, "\n", ""), " ", "") != strings.ReplaceAll(c.title, " ", "") {
			t.Errorf("%q: the text changed: %q", c.title, got)
		}
	}
	// A break that would start a line with 、 moves after it.
	got := balanced("一二三四五、六七八九十一", 20)
	for _, l := range strings.Split(got, "\n") {
		if strings.HasPrefix(l, "、") {
			t.Errorf("a line starts with 、: %q", got)
		}
	}
}
