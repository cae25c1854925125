package notice

import "strings"

// An item can be numbered with one character enclosing its numeral in
// brackets, ㈠ to ㈩ (U+3220–U+3229), as some sites' editors write （一）:
// at a line's head it is read as the bracketed numeral it stands for, so
// the item is a （一） item as any other.

// enclosedHeadRe is an enclosed numeral at a line's head, after any
// indent.
var enclosedHeadRe = lazyRe(`(?m)^([ \t\x{3000}]*)([\x{3220}-\x{3229}])`)

// enclosedNumbers writes each enclosed numeral at a line's head as （一）.
func enclosedNumbers(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x3220 && r <= 0x3229 }) {
		return s
	}
	return enclosedHeadRe.ReplaceAllStringFunc(s, func(m string) string {
		indent := strings.TrimRightFunc(m, func(r rune) bool { return r >= 0x3220 && r <= 0x3229 })
		r := []rune(m[len(indent):])[0]
		return indent + "（" + chineseNumeral(int(r-0x3220)+1) + "）"
	})
}
