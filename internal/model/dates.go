package model

import (
	"strconv"
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

// DateInPeriod reads s as a month and day without a year (10月8日, 10-08,
// 10/8) sent for the period folder dir (2019Q3, 2019-10, 2019H2): the year
// is the period's, or the next when the month comes before the period's
// first (a 2019Q4 report sent on 1月5日 was sent in 2020). False when s
// is not such a date or dir names no year.
func DateInPeriod(s, dir string) (time.Time, bool) {
	if len(dir) < 4 {
		return time.Time{}, false
	}
	year, err := strconv.Atoi(dir[:4])
	if err != nil {
		return time.Time{}, false
	}
	first := 1 // the period's first month
	switch rest := strings.ToUpper(dir[4:]); {
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		first = 3*int(rest[1]-'1') + 1
	case len(rest) == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'):
		first = 6*int(rest[1]-'1') + 1
	case len(rest) == 3 && rest[0] == '-':
		if m, err := strconv.Atoi(rest[1:]); err == nil && m >= 1 && m <= 12 {
			first = m
		}
	}
	s = strings.TrimSpace(width.Narrow.String(s))
	for _, layout := range []string{"1月2日", "1月2号", "01-02", "1-2", "1/2", "1.2"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		y := year
		if int(t.Month()) < first {
			y++
		}
		d := time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		if d.Day() != t.Day() || !InDateRange(d) {
			return time.Time{}, false
		}
		return d, true
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
