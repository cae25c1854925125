package notice

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"tally/internal/i18n"
)

// A notice often says when progress is to be reported: 每季度结束后10日内报送,
// 每季度末25日前报送, 每半年报送一次, 每月28日前报送. Where the sentence says it
// exactly, plan.yaml's periods follow it; where it does not, they are
// quarters due 5 days after each, and PlanChecks lists the sentence.

// Period is a reporting period of the plan the import writes.
type Period struct {
	ID              string
	Start, End, Due time.Time
}

// cadence is a reporting schedule read from the notice's sentence.
type cadence struct {
	every string // "quarter", "half" or "month"; "" where none was read
	// lag is the days after a period's end its report is due (季度结束后10日内);
	// day, where lag is not used, the day of a month the report is due:
	// of the period's last month when cut (每季度末25日前: the period ends
	// that day), else of the month after the period (次月5日前).
	lag, day int
	cut      bool
	guessed  bool // the due date is the default, the notice naming no day (每半年报送)
}

var (
	// lagRe: 季度结束后10日内, 每季度结束后15天内, 半年结束后10日内.
	lagRe = lazyRe(`(季度|季|半年|月)(?:度)?(?:结束|终了|末)?后\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|天)(?:内|前|之内|以内)`)
	// cutRe: 每季度末25日前, 每季度末月20日前, 每季度最后一个月（的）30日前,
	// 每月28日前, 每月25日之前.
	cutRe = lazyRe(`每(?:个)?(季度|季|月)(?:末月|末|最后一个月)?的?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|号)(?:前|之前|以前)`)
	// nextMonthRe: 每季度第1个月20日前 (of the quarter after), 季度结束后次月5日前,
	// 每季度次月10日前.
	nextMonthRe = lazyRe(`(季度|季|半年)[^。；;，,]{0,6}?(?:次月|下月|第1个月|第一个月|首月)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|号)(?:前|之前|以前)`)
	// monthEndRe: 每月底前, 每月月底前, 每月末.
	monthEndRe = lazyRe(`每(?:个)?月(?:月底|底|末|最后一天)(?:前|之前)?`)
	// halfRe: 每半年, 半年报送.
	halfRe = lazyRe(`每半年|半年(?:度)?(?:报送|上报|报告)|每年6月底和12月底|每年[6六]月和12月`)
	// workdayRe: a day counted in working days is not a date the import can set.
	workdayRe = lazyRe(`工作日`)
)

// readCadence reads a schedule sentence, where it can be read exactly.
func readCadence(s string) cadence {
	s = strings.ReplaceAll(s, " ", "")
	if workdayRe.MatchString(s) {
		return cadence{}
	}
	unit := func(w string) string {
		switch w {
		case "季度", "季":
			return "quarter"
		case "半年":
			return "half"
		}
		return "month"
	}
	if m := nextMonthRe.FindStringSubmatch(s); m != nil {
		if d := cnNumber(m[2]); d >= 1 && d <= 31 {
			return cadence{every: unit(m[1]), day: d}
		}
	}
	if m := lagRe.FindStringSubmatch(s); m != nil {
		if d := cnNumber(m[2]); d >= 0 && d <= 31 {
			return cadence{every: unit(m[1]), lag: d}
		}
	}
	if m := cutRe.FindStringSubmatch(s); m != nil {
		d := cnNumber(m[2])
		if d < 1 || d > 31 {
			return cadence{}
		}
		if unit(m[1]) == "month" && (strings.Contains(s, "上月") || strings.Contains(s, "上个月") || strings.Contains(s, "上一月") || d <= 10 && !strings.Contains(s, "本月") && !strings.Contains(s, "当月")) {
			// 每月5日前报送上月进展: a month's report is due in the next.
			return cadence{every: "month", day: d}
		}
		if d > 28 && unit(m[1]) == "month" || d > 30 {
			return cadence{} // 每月30日前: no day of every month (a quarter's last month has a 30th)
		}
		return cadence{every: unit(m[1]), day: d, cut: true}
	}
	if monthEndRe.MatchString(s) {
		return cadence{every: "month"}
	}
	if halfRe.MatchString(s) {
		return cadence{every: "half", lag: 5, guessed: true}
	}
	return cadence{}
}

// cnNumber reads 10, 一, 十, 十五, 二十, 二十五; -1 for anything else.
func cnNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	r := []rune(s)
	switch {
	case len(r) == 1 && r[0] == '十':
		return 10
	case len(r) == 1:
		if d, ok := digits[r[0]]; ok {
			return d
		}
	case len(r) == 2 && r[0] == '十':
		if d, ok := digits[r[1]]; ok {
			return 10 + d
		}
	case len(r) == 2 && r[1] == '十':
		if d, ok := digits[r[0]]; ok {
			return 10 * d
		}
	case len(r) == 3 && r[1] == '十':
		a, ok1 := digits[r[0]]
		b, ok2 := digits[r[2]]
		if ok1 && ok2 {
			return 10*a + b
		}
	}
	return -1
}

// Periods are the reporting periods of the plan, from the period that holds
// its start to the end of its year: as the notice's schedule says where it
// can be read, else quarters due 5 days after each.
func (n *Notice) Periods() []Period {
	_, end := n.span()
	start := n.reportsFrom()
	c := n.cadence
	if c.every == "" {
		c = cadence{every: "quarter", lag: 5}
	}
	months := map[string]int{"quarter": 3, "half": 6, "month": 1}[c.every]
	var out []Period
	var prevEnd time.Time
	// The periods run from the one the start falls in to the one the end
	// does, into the next year where the plan's work runs on to it.
	for cur := time.Date(start.Year(), time.Month(1+(int(start.Month())-1)/months*months), 1, 0, 0, 0, 0, time.UTC); !cur.After(end); cur = cur.AddDate(0, months, 0) {
		year, first := cur.Year(), int(cur.Month())
		ps := cur
		pe := ps.AddDate(0, months, -1)
		var due time.Time
		switch {
		case c.cut:
			// The period runs to the day its report is due in its last
			// month, and the next from the day after.
			last := time.Date(year, time.Month(first+months-1), c.day, 0, 0, 0, 0, time.UTC)
			if !prevEnd.IsZero() {
				ps = prevEnd.AddDate(0, 0, 1)
			}
			pe, due = last, last
		case c.day > 0:
			due = time.Date(year, time.Month(first+months), c.day, 0, 0, 0, 0, time.UTC)
		default:
			due = pe.AddDate(0, 0, c.lag)
		}
		prevEnd = pe
		out = append(out, Period{ID: periodID(c.every, year, first), Start: ps, End: pe, Due: due})
	}
	return out
}

// periodID names a period as the rest of tally does: 2024Q1, 2024H1, 2024-03.
func periodID(every string, year, first int) string {
	switch every {
	case "half":
		return fmt.Sprintf("%dH%d", year, (first-1)/6+1)
	case "month":
		return fmt.Sprintf("%d-%02d", year, first)
	}
	return fmt.Sprintf("%dQ%d", year, (first-1)/3+1)
}

// ScheduleNote says where plan.yaml's periods came from: the notice's line
// that says when to report, or the default.
func (n *Notice) ScheduleNote() i18n.Text {
	c, s := n.cadence, n.schedule
	if c.every == "" {
		return i18n.T("按季度报送，季度结束后5日内报送。请按通知的实际要求调整。",
			"quarterly, due 5 days after each quarter; change them to what the notice says.")
	}
	what := map[string]i18n.Text{"quarter": i18n.T("按季度", "quarterly"), "half": i18n.T("按半年", "half-yearly"), "month": i18n.T("按月", "monthly")}[c.every]
	var due i18n.Text
	switch {
	case c.cut && c.every == "month":
		due = i18n.F("每月 %d 日前报送（期次截至当日）", "due on day %d of each month (the period ends that day)", c.day)
	case c.cut:
		due = i18n.F("每期最后一个月 %d 日前报送（期次截至当日）", "due on day %d of each period's last month (the period ends that day)", c.day)
	case c.day > 0:
		due = i18n.F("每期结束后次月 %d 日前报送", "due on day %d of the month after each period", c.day)
	case c.every == "month" && c.lag == 0:
		due = i18n.T("月底前报送", "due by the end of each month")
	default:
		due = i18n.F("每期结束后 %d 日内报送", "due %d days after each period", c.lag)
	}
	w := n.AtPlain(s.N)
	return i18n.T(fmt.Sprintf("按通知%s“%s”：%s，%s。", w.Zh, s.Text, what.Zh, due.Zh),
		fmt.Sprintf("from %s of the notice (%q): %s, %s.", w.En, s.Text, what.En, due.En))
}

// ScheduleLine is the line of the notice plan.yaml's periods were read
// from; 0 where they are the default.
func (n *Notice) ScheduleLine() int {
	if n.cadence.every == "" {
		return 0
	}
	return n.schedule.N
}
