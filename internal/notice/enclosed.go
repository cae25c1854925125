package notice

import (
	"strconv"
	"strings"
)

// An item can be numbered with one character enclosing its numeral in
// brackets, ㈠ to ㈩ (U+3220–U+3229), as some sites' editors write （一）:
// at a line's head it is read as the bracketed numeral it stands for, so
// the item is a （一） item as any other.

// enclosedHeadRe is an enclosed numeral at a line's head, after any
// indent: ㈠–㈩, ⑴–⒇ (U+2474–U+2487), ⒈–⒛ (U+2488–U+249B).
var enclosedHeadRe = lazyRe(`(?m)^([ \t\x{3000}]*)([\x{3220}-\x{3229}\x{2474}-\x{249B}])`)

// enclosedNumbers writes each enclosed numeral at a line's head as the
// number it stands for: ㈠ as （一）, ⑴ as (1), ⒈ as 1..
func enclosedNumbers(s string) string {
	if !strings.ContainsFunc(s, enclosedNumeral) {
		return s
	}
	return enclosedHeadRe.ReplaceAllStringFunc(s, func(m string) string {
		indent := strings.TrimRightFunc(m, enclosedNumeral)
		r := []rune(m[len(indent):])[0]
		switch {
		case r >= 0x3220 && r <= 0x3229:
			return indent + "（" + chineseNumeral(int(r-0x3220)+1) + "）"
		case r >= 0x2474 && r <= 0x2487:
			return indent + "(" + strconv.Itoa(int(r-0x2474)+1) + ")"
		default:
			return indent + strconv.Itoa(int(r-0x2488)+1) + "."
		}
	})
}

// enclosedNumeral is a numeral enclosed in one character: ㈠, ⑴, ⒈.
func enclosedNumeral(r rune) bool {
	return r >= 0x3220 && r <= 0x3229 || r >= 0x2474 && r <= 0x249B
}
