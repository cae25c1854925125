package ledger

import (
	"sort"
	"strings"
	"time"

	"tally/internal/model"
)

// Alert is one non-green item: a task's own light (Pair nil) or one of
// its units'.
type Alert struct {
	Task    *TaskRow
	Pair    *Pair // nil for the task's own light
	Light   Light
	Reasons []Reason
}

// Unit is the unit the alert is about, "" for a task's own light.
func (a Alert) Unit() string {
	if a.Pair == nil {
		return ""
	}
	return a.Pair.Unit
}

// Progress is the alert's progress (the pair's, or the task's), and false
// when there is none (未报).
func (a Alert) Progress() (float64, bool) {
	if a.Pair == nil {
		return a.Task.Progress, a.Task.HasProgress
	}
	return a.Pair.Progress, a.Pair.HasState()
}

// Alerts lists the red and yellow items of the ledger (预警): reds first,
// then yellows; within each, task by task, the task's own light before its
// units'. A pair with no state (未报) has no light and is not listed.
// `overdue`, the workbook's 预警 sheet and every other view of warnings use
// this one selection.
func Alerts(lg *Ledger) []Alert {
	var out []Alert
	for _, want := range []Light{Red, Yellow} {
		for _, t := range lg.Tasks {
			if t.Light == want {
				out = append(out, Alert{Task: t, Light: t.Light, Reasons: t.Reasons})
			}
			for _, p := range t.Pairs {
				if p.Light == want {
					out = append(out, Alert{Task: t, Pair: p, Light: p.Light, Reasons: p.Reasons})
				}
			}
		}
	}
	return out
}

// AlertCounts counts alerts: the tasks' own lights (as the summary's
// totals count them) and the units' items (pairs) apart.
type AlertCounts struct {
	TaskRed, TaskYellow, PairRed, PairYellow int
}

// CountAlerts counts alerts by light, tasks and pairs apart.
func CountAlerts(alerts []Alert) AlertCounts {
	var c AlertCounts
	for _, a := range alerts {
		switch {
		case a.Pair == nil && a.Light == Red:
			c.TaskRed++
		case a.Pair == nil:
			c.TaskYellow++
		case a.Light == Red:
			c.PairRed++
		default:
			c.PairYellow++
		}
	}
	return c
}

// Missing lists the units that owe reports in the period (催报), in
// units.yaml order, with those whose report the office returned (退回待改:
// it counts as not submitted until changed and submitted again). `missing`
// and the workbook's 未报送 sheet use it.
func Missing(lg *Ledger) []*UnitRow {
	var out []*UnitRow
	for _, u := range lg.Units {
		if len(u.Missing) > 0 || u.Returned {
			out = append(out, u)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Order < out[j].Order })
	return out
}

// RedTask is a red task with the reasons that make it red and the units
// whose own light on it is red.
type RedTask struct {
	Task    *TaskRow
	Reasons []Reason
	Units   []string // unit ids, in the task's order
}

// RedTasks lists the red tasks in task order. The workbook's cover and the
// brief lead with them.
func RedTasks(lg *Ledger) []RedTask {
	var out []RedTask
	for _, t := range lg.Tasks {
		if t.Light != Red {
			continue
		}
		r := RedTask{Task: t}
		for _, rs := range t.Reasons {
			if rs.Light == Red {
				r.Reasons = append(r.Reasons, rs)
			}
		}
		for _, p := range t.Pairs {
			if p.Light == Red {
				r.Units = append(r.Units, p.Unit)
			}
		}
		out = append(out, r)
	}
	return out
}

// NotSubmitted lists the units that owe the period a report and have not
// submitted one (a draft does not count), in units.yaml order. The
// workbook's cover and the brief name them.
func NotSubmitted(lg *Ledger) []*UnitRow {
	var out []*UnitRow
	for _, u := range lg.Units {
		if u.Owes && !u.HasReport {
			out = append(out, u)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Order < out[j].Order })
	return out
}

// MissingPairs counts the (unit, task) reports the units in rows owe.
func MissingPairs(rows []*UnitRow) int {
	n := 0
	for _, u := range rows {
		n += len(u.Missing)
	}
	return n
}

// PeriodDefault says which period a command takes when --period is not
// given. The as-of date follows one rule whatever the default (AsOf).
type PeriodDefault int

const (
	// LatestReported is the latest period that has reports: the views
	// (summary, missing, overdue, export, brief, site) and new report.
	LatestReported PeriodDefault = iota
	// BeingCollected is the period whose reports are coming in today
	// (Collecting): forms, which go out for it, as collect takes it.
	BeingCollected
)

// UnknownPeriodError is a --period that plan.yaml does not have.
type UnknownPeriodError struct {
	ID    string
	Known []string
}

func (e *UnknownPeriodError) Error() string { return "unknown period " + e.ID }

// Resolve picks the period and the as-of date of a command, the one place
// every command asks: period is the --period flag ("" for the default),
// asOf the --as-of date (zero when not given), today the clock. plan must
// have periods.
func Resolve(x *model.Index, def PeriodDefault, period string, asOf, today time.Time) (int, time.Time, error) {
	plan := x.Repo.Plan
	pi := DefaultPeriod(x)
	if def == BeingCollected {
		pi = Collecting(plan, today)
	}
	if period != "" {
		var err error
		if pi, err = PeriodNamed(plan, period); err != nil {
			return 0, time.Time{}, err
		}
	}
	return pi, AsOf(plan.Periods[pi], asOf, today), nil
}

// AsOf is the as-of date (统计截至) of DESIGN §2, revision 3: the date
// given, else today, but never later than the period's due date (报送截止日)
// and never before its start. A brief written after the deadline counts as
// of the deadline; one written mid-quarter counts as of today; with a date
// given nothing depends on the clock.
func AsOf(p model.Period, given, today time.Time) time.Time {
	switch {
	case !given.IsZero():
		return given
	case today.After(p.Due):
		return p.Due
	case today.Before(p.Start):
		return p.Start
	}
	return today
}

// PeriodNamed is the index of the period of plan that id names (as
// indexOf finds it), or an *UnknownPeriodError.
func PeriodNamed(plan *model.Plan, id string) (int, error) {
	var ids []string
	for _, p := range plan.Periods {
		ids = append(ids, p.ID)
	}
	if pi := indexOf(ids, id); pi >= 0 {
		return pi, nil
	}
	return -1, &UnknownPeriodError{ID: id, Known: ids}
}

// indexOf finds id among ids: exactly, else ignoring case (2019q3 is
// 2019Q3 to anyone typing it), else -1.
func indexOf(ids []string, id string) int {
	id = strings.TrimSpace(id)
	for i, x := range ids {
		if x == id {
			return i
		}
	}
	for i, x := range ids {
		if strings.EqualFold(x, id) {
			return i
		}
	}
	return -1
}

// AsOfMark says what the as-of date is to the period, for the words that
// name it: its due date (报送截止日), its start, or neither.
type AsOfMark int

const (
	AsOfOther AsOfMark = iota
	AsOfDue
	AsOfStart
)

// Mark says what lg's as-of date is to its period.
func (lg *Ledger) Mark() AsOfMark {
	switch {
	case lg.AsOf.Equal(lg.Period.Due):
		return AsOfDue
	case lg.AsOf.Equal(lg.Period.Start):
		return AsOfStart
	}
	return AsOfOther
}
