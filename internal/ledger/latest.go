package ledger

import (
	"time"

	"tally/internal/model"
	"tally/internal/review"
)

// DefaultPeriod is the latest period that has reports, or the first.
func DefaultPeriod(x *model.Index) int {
	best := 0
	for _, r := range x.Repo.Reports {
		if i := x.PeriodIndex(r.Dir); i > best {
			best = i
		}
	}
	return best
}

// Collecting is the period whose reports are coming in on date: of the
// periods that have started by then, the one whose due date is nearest
// (the earlier on a tie). Reports come in around the due date, early or
// late: on 2019-10-08 and on 10-15 that is 2019Q3 (due 10-12), not 2019Q4,
// which started on 10-01 and is due in January. Before any period has
// started, the first. `collect` binds to it by default.
func Collecting(plan *model.Plan, date time.Time) int {
	best, gap := 0, time.Duration(-1)
	for i, p := range plan.Periods {
		if p.Start.After(date) {
			continue
		}
		d := date.Sub(p.Due)
		if d < 0 {
			d = -d
		}
		if gap < 0 || d < gap {
			best, gap = i, d
		}
	}
	return best
}

// Last is a unit's latest word on a task before a period.
type Last struct {
	Entry  *model.Entry
	Period string
}

// Latest returns, by task key, unit's latest valid entry in the
// submitted reports of the periods before index pi.
func Latest(x *model.Index, unit string, pi int) map[string]Last {
	return LatestIn(x, x.Repo.Reports, unit, pi)
}

// LatestIn is Latest searching only reports, which must hold every
// report of unit in the repository's order (ReportsByUnit gives them).
func LatestIn(x *model.Index, reports []*model.Report, unit string, pi int) map[string]Last {
	out := map[string]Last{}
	if pi <= 0 {
		return out
	}
	for k, s := range scanIn(x, review.Of(x), reports, pi-1, unit) {
		e, i := s.latest(pi - 1)
		out[k.task] = Last{e, x.Repo.Plan.Periods[i].ID}
	}
	return out
}

// standingOf is how a report takes part in the ledger.
type standingOf int

const (
	// ignored: not filed under its own unit and period of the plan.
	ignored standingOf = iota
	// drafted: no submitted date. The ledger ignores its entries; its unit
	// shows as 草稿未报 (DESIGN §2).
	drafted
	// returned: submitted, and returned by the office (DESIGN §2, 审核)
	// without being changed and submitted again since. Its unit stands
	// as if it had not submitted (退回待改); its entries do not count.
	returned
	// counted: submitted; its valid entries are the unit's word.
	counted
)

// standing decides which reports count, the one place that does: every
// state, roll-up and ranking reads reports through it. The office's
// review plugs in here, as the book of reviews says.
func standing(x *model.Index, book *review.Book, r *model.Report) standingOf {
	switch {
	case x.PeriodIndex(r.Dir) < 0 || r.Unit != r.Base || r.Period != r.Dir:
		return ignored
	case r.Submitted.IsZero():
		return drafted
	case !book.Verdict(r).Counts():
		return returned
	}
	return counted
}

// scan finds, for each (unit, task) pair, its entry in period upto and
// its latest entry before it, in the submitted reports (of one unit, or
// of all when unit is ""); drafts and returned reports do not count. It is
// the one selection behind the ledger's states and the report template's
// pre-filled values.
func scan(x *model.Index, book *review.Book, upto int, unit string) map[pairKey]seen {
	return scanIn(x, book, x.Repo.Reports, upto, unit)
}

// scanIn is scan over some of the reports, in the repository's order.
func scanIn(x *model.Index, book *review.Book, reports []*model.Report, upto int, unit string) map[pairKey]seen {
	out := map[pairKey]seen{}
	for _, r := range reports {
		ri := x.PeriodIndex(r.Dir)
		if standing(x, book, r) != counted || ri > upto || (unit != "" && r.Unit != unit) {
			continue
		}
		for i := range r.Entries {
			e := &r.Entries[i]
			if e.Invalid || !x.Owns(r.Unit, e.Task) { // a value that failed validation counts as nothing, never as 0
				continue
			}
			k := pairKey{r.Unit, model.TaskKey(e.Task)}
			s := out[k]
			switch {
			case ri == upto:
				s.at = e
			case s.before == nil || ri >= s.beforePeriod:
				s.before, s.beforePeriod = e, ri
			}
			out[k] = s
		}
	}
	return out
}

// ReportsByUnit lists the reports of each unit (by the unit they name),
// in the repository's order: for what looks up many units' reports in
// turn, such as a form for each unit.
func ReportsByUnit(repo *model.Repo) map[string][]*model.Report {
	out := map[string][]*model.Report{}
	for _, r := range repo.Reports {
		out[r.Unit] = append(out[r.Unit], r)
	}
	return out
}
