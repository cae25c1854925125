package notice

import (
	"time"

	"tally/internal/i18n"
)

// A time limit may be a span (完成时限：2024年9月—12月, 2024年1月1日至12月31日,
// 2024年至2025年). Before, a span of months read as its first month's end,
// and a span of days gave no due, both in silence.

// monthSpanRe is a span of months: 2024年9月—12月, 9月至12月, 2024年9-12月,
// 2024年10月至2025年3月.
var monthSpanRe = lazyRe(`^(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*(?:月(?:份)?)?\s*(?:至|到|—+|－|-|～|~)\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月(?:份|底|末)?`)

// daySpanRe is a span of days in one month: 2024年12月10日—20日.
var daySpanRe = lazyRe(`^(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(?:至|到|—+|－|-|～|~)\s*(\d{1,2})\s*[日号]`)

// numericSpanRe is a span of months written with dots: 2024.09-2024.12.
var numericSpanRe = lazyRe(`^((?:19|20)\d{2})\s*[.．/]\s*(\d{1,2})\s*(?:至|到|—+|－|-|～|~)\s*((?:19|20)\d{2})\s*[.．/]\s*(\d{1,2})(?:\s*$|[^.．/\d])`)

// yearSpanRe is a span ending in a year or a part of one: 2024年至2025年,
// 2024—2025年, 2023年-2024年3月, 2024年9月—2025年, 2024年底-2025年上半年.
var yearSpanRe = lazyRe(`^((?:19|20)\d{2})\s*年?\s*(?:\d{1,2}\s*月(?:份)?|底|末|上半年|下半年)?\s*(?:至|到|—+|－|-|～|~)\s*((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月(?:份|底|末)?|(上半年)|(下半年|底|末))?`)

// spanEnd is the last day of a time limit that is a span, and whether it
// is one. A span followed by another date (2024年6月—8月排查，9月底前完成整改)
// is a stage of the work: the limit is no span, its last date the due.
func spanEnd(s string, y years) (time.Time, bool) {
	dates := allDates(s, y)
	if n := len(dates); n >= 2 && spanRe.MatchString(s[dates[n-2].end:dates[n-1].start]) && dates[n-1].date.Year() > 1 {
		end := dates[n-1].date
		if !explicitYearRe.MatchString(s[dates[n-1].start:]) && dates[n-2].date.Year() > 1 {
			// 2020年1月1日至12月31日: the end in the start's year.
			end = time.Date(dates[n-2].date.Year(), end.Month(), end.Day(), 0, 0, 0, 0, time.UTC)
		}
		return end, true
	}
	// A date after the span that falls after its end is the deadline
	// (2024年6月—8月排查，9月底前完成整改: the span a stage); one inside it
	// (2024年3月—12月，6月底前完成过半) is a step of the span's work.
	later := func(m []string, end time.Time) bool {
		for _, d := range allDates(s[len(m[0]):], years{end.Year(), y.issued}) {
			if d.date.After(end) {
				return true
			}
		}
		return false
	}
	var end time.Time
	var ok bool
	var m []string
	switch {
	case numericSpanRe.MatchString(s):
		m = numericSpanRe.FindStringSubmatch(s)
		end, ok = monthEnd(atoi(m[3]), atoi(m[4]))
	case yearSpanRe.MatchString(s) && atoi(yearSpanRe.FindStringSubmatch(s)[2]) >= atoi(yearSpanRe.FindStringSubmatch(s)[1]):
		m = yearSpanRe.FindStringSubmatch(s)
		switch {
		case m[3] != "":
			end, ok = monthEnd(atoi(m[2]), atoi(m[3]))
		case m[4] != "":
			end, ok = ymd(atoi(m[2]), 6, 30)
		default:
			end, ok = ymd(atoi(m[2]), 12, 31)
		}
	case daySpanRe.MatchString(s):
		m = daySpanRe.FindStringSubmatch(s)
		year := y.plan
		if m[1] != "" {
			year = atoi(m[1])
		}
		if year != 0 && atoi(m[4]) >= atoi(m[3]) {
			end, ok = ymd(year, atoi(m[2]), atoi(m[4]))
		}
	case monthSpanRe.MatchString(s):
		m = monthSpanRe.FindStringSubmatch(s)
		year := y.plan
		if m[1] != "" {
			year = atoi(m[1])
		}
		switch {
		case m[3] != "":
			year = atoi(m[3])
		case atoi(m[4]) < atoi(m[2]) && year != 0:
			year++ // 2023年11月—2月: over the year's end
		}
		if year != 0 {
			end, ok = monthEnd(year, atoi(m[4]))
		}
	}
	if !ok || later(m, end) {
		return time.Time{}, false
	}
	return end, true
}

// completionLabelRe is a label naming the time by which work is done:
// 完成时限, 完成时间, 整改时限, 办结期限, 时限要求.
var completionLabelRe = lazyRe(`^完成|时限|期限|办结|截止`)

// spanByRe is a span whose end the work is done by: 2016—2017 年底前,
// 2024年9月—12月底前 (前 says it: a deadline, whatever the label).
var spanByRe = lazyRe(`(?:年底|年末|月底|月末|月|日|号)\s*(?:前|之前|以前)\s*(?:完成)?\s*$`)

// spanDue reads a time limit that is a span. Labelled as the time by
// which the work is done (完成时限：2024年9月—12月), its last day is the due;
// else (a bracket's clause, 实施时间) the span is how long the work runs and
// no deadline (2019年1月1日至12月31日, as the text's spans are read), and
// no due is set. Either way it is listed. ok is false where the limit is
// no span.
func (n *Notice) spanDue(t *Task, due piece, y years) bool {
	d, ok := spanEnd(due.text, y)
	if !ok {
		return false
	}
	label := due.label
	if due.from == FromColumn && t.raw.dueHead != "" {
		label = t.raw.dueHead // 活动时间, not the 完成时限 every due column is called
	}
	if !completionLabelRe.MatchString(label) && !spanByRe.MatchString(due.text) {
		t.review("due", due.line, i18n.F("时限“%s”是一段时间，不是完成的期限，未填写 due；如须在它结束前完成，写 due: %s",
			"the time limit %q is a span of time, no deadline; due was left empty: if the work must be done by its end, write due: %s", due.text, d.Format("2006-01-02")))
		return true
	}
	t.Due, t.Sources.Due = d, From{Kind: due.from, Line: due.line, Label: due.label}
	t.review("due", due.line, i18n.F("完成时限“%s”是一段时间，due 取了它的最后一天（%s）；请核对",
		"the time limit %q is a span of time; due is its last day (%s): check it", due.text, d.Format("2006-01-02")))
	return true
}
