package notice

import (
	"strings"
	"unicode/utf8"
)

// doubledTitleEndRe is how a plan's or a notice's title ends.
var doubledTitleEndRe = lazyRe(`(?:方案|意见|措施|计划|要点|清单|分工表|通知|办法|规划|细则)$`)

// doubledTitle reads a long line a document preview opens with its title
// written twice running on into the text (降成本减负担实施方案降成本减负担
// 实施方案下面是…): the title, once, and the text after it.
func doubledTitle(t string) (title, rest string, ok bool) {
	if utf8.RuneCountInString(t) < longLine {
		return "", "", false
	}
	runes := []rune(t)
	for n := min(60, len(runes)/2); n >= 5; n-- {
		head := string(runes[:n])
		if !doubledTitleEndRe.MatchString(head) || strings.ContainsAny(head, "。；;，,：: \u3000") {
			continue
		}
		if string(runes[n:2*n]) == head {
			return head, string(runes[2*n:]), true
		}
	}
	return "", "", false
}
