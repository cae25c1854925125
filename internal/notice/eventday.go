package notice

import (
	"strings"
	"time"

	"tally/internal/i18n"
)

// An event plan gives each event its day under a label of time
// (活动时间:2月6日, 竞赛时间:年初一、初二), with no year where the plan
// names none anywhere (a township's or a samples site's copy). Before,
// such a day was read as no date and the task's due was left empty in
// silence. The day the event is held is when it is done: with no year
// to place it, due stays empty and the day is listed, for a person to
// add the year. A span (元月13日至元月25日, 年初一至初七) is no deadline
// and is not listed.

// eventTimeRe is a line of an item's text labelled with a time: 活动时间:…,
// 竞赛时间:…, 放映时间:…, a numbered field ((二)时间安排:2月。).
var eventTimeRe = lazyRe(`(?m)^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．])?\s*(\p{Han}{0,4}时间(?:安排)?)\s*[：:]\s*(.+)$`)

// undatedDayRe is a day with no year: 2月6日, 元月13日, a lunar day 年初一,
// 初三, 正月十五, 除夕.
var undatedDayRe = lazyRe(`^(?:\d{1,2}|元)月\d{1,2}日|^(?:年初|初)[一二三四五六七八九十]|^(?:正月|腊月)|^除夕|^元宵`)

// bareMonthValueRe is a time label's value naming a month alone: 2月, 6月份.
var bareMonthValueRe = lazyRe(`^(\d{1,2})\s*月份?$`)

// spanWordRe is the word of a span between two days: 至, 到, —, ~.
var spanWordRe = lazyRe(`至|到|—|~|～|-\s*\d{1,2}月|－`)

// reviewUndatedDays lists each event's day with no year, where the notice
// names no year and no due was read: the day under a time label in the
// task's text or on a label line of its own before the next task.
func (n *Notice) reviewUndatedDays() {
	yearless := n.Year == 0 && n.issued == 0
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if !t.Due.IsZero() || slices0(t.Review, "due") {
			continue
		}
		end := n.lastLine + 1
		if i+1 < len(n.Tasks) && n.Tasks[i+1].Line > t.Line {
			end = n.Tasks[i+1].Line
		}
		lines := []Line{{t.Line, t.Title}}
		for _, l := range strings.Split(t.Body, "\n") {
			lines = append(lines, Line{t.Line, l})
		}
		for _, l := range n.Unplaced {
			if l.N > t.Line && l.N < end {
				lines = append(lines, l)
			}
		}
		for k, l := range lines {
			m := eventTimeRe.FindStringSubmatch(l.Text)
			if m == nil {
				continue
			}
			v := eventTimeValue(m[2])
			switch {
			case spanWordRe.MatchString(v):
				// 2月6日至8日: a span, no deadline.
			case yearless && undatedDayRe.MatchString(v):
				t.review("due", l.N, i18n.F("%s“%s”没有年份，通知中也找不到年份，未填写 due；请补上年份", "%s %q has no year and the notice names none; due was left empty: add the year", m[1], v))
			case !yearless && k > 0 && bareMonthValueRe.MatchString(v):
				// (二)时间安排:2月。: the month the event is held in, by its
				// end, listed.
				y := n.Year
				if y == 0 {
					y = n.issued
				}
				mo := atoi(bareMonthValueRe.FindStringSubmatch(v)[1])
				if mo < 1 || mo > 12 {
					break
				}
				d := time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC)
				t.Due, t.Sources.Due = d, From{Kind: FromText, Line: l.N}
				t.review("due", l.N, i18n.F("%s“%s”是这项活动的月份，已取该月月底（%s）作为完成时限；请核对", "%s %q is the month of the event; its last day (%s) was taken as the due date: check it", m[1], v, d.Format("2006-01-02")))
			case !yearless && k > 0 && len(findDates(v, years{n.Year, n.issued})) > 0:
				// 主办单位:… / 活动时间:2024年6月16日 after the labels: the
				// event's day, which no rule read as the due.
				t.review("due", l.N, i18n.F("%s“%s”是这项活动的日期，未作为完成时限；如按此日完成，请填写 due", "%s %q is the event's day, not taken as the due date: if it is due by then, fill in due", m[1], v))
			}
			break
		}
	}
}

// eventTimeValue is a time label's value up to the next label run on
// after it (年初一、初二竞赛地点:… → 年初一、初二) or its full stop.
func eventTimeValue(s string) string {
	if loc := nextLabelRe.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	return strings.TrimRight(strings.TrimSpace(s), "。.;；")
}

// nextLabelRe is a label run on after a value: 竞赛地点:, 活动地点：.
var nextLabelRe = lazyRe(`(?:\p{Han}{2})?(?:地点|内容|单位|形式|要求|对象)\s*[：:]|[。;；]`)

// slices0 says a task's review lists a field.
func slices0(rs []Review, field string) bool {
	for _, r := range rs {
		if r.Field == field {
			return true
		}
	}
	return false
}
