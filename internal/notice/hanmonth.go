package notice

import (
	"strconv"
	"strings"
)

// A table's time column can name each row's month in Chinese numerals
// (一月, 二月, 三月, in a quarter's work plan), where most write 1月. Before,
// 一月 was no date and the row's due was left empty, listed. Now a time
// limit that is a month alone in Chinese numerals reads as that month
// (一月 → 1月: the month's end of the plan's year).

// hanMonthRe is a month alone in Chinese numerals: 一月, 十二月份, 三月底前.
var hanMonthRe = lazyRe(`^(十[一二]?|[一二三四五六七八九])月(份|底|末)?(前|之前|以前)?$`)

// hanMonthDigits writes a month alone in Chinese numerals in digits
// (一月 → 1月); any other text is returned as it is.
func hanMonthDigits(s string) string {
	m := hanMonthRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return s
	}
	n := map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}[m[1]]
	return strconv.Itoa(n) + "月" + m[2] + m[3]
}
