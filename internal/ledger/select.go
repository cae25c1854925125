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

// Missing lists the units that owe reports in the period (催报), in
// units.yaml order. `missing` and the workbook's 未报送 sheet use it.
func Missing(lg *Ledger) []*UnitRow {
	var out []*UnitRow
	for _, u := range lg.Units {
		if len(u.Missing) > 0 {
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

// View says which date a command judges by when --as-of is not given
// (DESIGN §2): period views (summary, missing, export) judge as of the
// period's end and default to the latest period with reports; date views
// (overdue) judge as of today and default to the period under way then.
type View int

const (
	PeriodView View = iota
	DateView
)

// UnknownPeriodError is a --period that plan.yaml does not have.
type UnknownPeriodError struct {
	ID    string
	Known []string
}

func (e *UnknownPeriodError) Error() string { return "unknown period " + e.ID }

// Resolve picks the period and the as-of date of a view: period is the
// --period flag ("" for the default), asOf the --as-of date (zero when
// not given), today the clock. plan must have periods.
func Resolve(x *model.Index, view View, period string, asOf, today time.Time) (int, time.Time, error) {
	plan := x.Repo.Plan
	given := !asOf.IsZero()
	if !given && view == DateView {
		asOf = today
	}
	pi := DefaultPeriod(x)
	if view == DateView {
		pi = PeriodAt(plan, asOf)
	}
	if period != "" {
		var err error
		if pi, err = PeriodNamed(plan, period); err != nil {
			return 0, time.Time{}, err
		}
	}
	if !given && view == PeriodView {
		asOf = plan.Periods[pi].End
	}
	return pi, asOf, nil
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
