package model

import (
	"strings"
	"time"

	"golang.org/x/text/width"

	"tally/internal/i18n"
)

// looseLayouts are the ways people write a date by hand that read as one
// date: without leading zeros, with slashes or dots, in Chinese.
var looseLayouts = []string{"2006-1-2", "2006/1/2", "2006.1.2", "2006年1月2日"}

// LooseDate reads a date written one of the ways people write one by
// hand (2019-10-9, 2019/10/9, 2019.10.9, 2019年10月9日, also in
// full-width digits), for saying how to write it.
func LooseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(width.Narrow.String(s))
	for _, layout := range looseLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// DateAdvice is the one way tally says how to write s as a date, after
// the words naming it ("submitted 的日期“2019-10-9”" + advice): the date
// to write where s reads as one written another way, the year range
// where the year is out of it, else the layout with an example.
func DateAdvice(s string) i18n.Text {
	t, ok := LooseDate(s)
	switch {
	case ok && !InDateRange(t):
		return i18n.F("年份超出范围；应在 %d 至 %d 年之间", "has a year out of range; use a year from %d to %d", FirstYear, LastYear)
	case ok:
		return i18n.F("应写成 年-月-日：写成 %s", "should be written YYYY-MM-DD: write %s", FormatDate(t))
	}
	return i18n.T("无效；应写成 年-月-日，如 2019-07-03", "is not a date; write YYYY-MM-DD, such as 2019-07-03")
}
