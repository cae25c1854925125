package ledger

import (
	"sort"

	"tally/internal/model"
)

// ChaseReason is why a unit is chased (催报) in a period.
type ChaseReason int

const (
	// NotChased: the unit owes the period nothing more.
	NotChased ChaseReason = iota
	// ChaseNotSubmitted (未报送; 逾期未报 once the due day is over): it owes
	// a report and has none.
	ChaseNotSubmitted
	// ChaseDraft (草稿未报): it has only a draft, with no submitted date.
	ChaseDraft
	// ChaseIncomplete (有漏报): it submitted a report that leaves out tasks
	// it owes.
	ChaseIncomplete
	// ChaseInvalid (文件有误): its report has errors to put right; one that
	// cannot be read at all counts as not submitted, but this is what it is
	// chased for.
	ChaseInvalid
	// ChaseReturned (退回待改): the office returned its report, which has
	// not been changed and submitted again since; it counts as not
	// submitted, and the review says what to change.
	ChaseReturned
)

// ChaseReasons are the reasons in the order headlines count them.
var ChaseReasons = []ChaseReason{ChaseNotSubmitted, ChaseDraft, ChaseIncomplete, ChaseInvalid, ChaseReturned}

// Chase says why the unit is chased in the period, or NotChased.
func (u *UnitRow) Chase() ChaseReason {
	switch {
	case u.Returned:
		return ChaseReturned
	case u.Invalid:
		return ChaseInvalid
	case len(u.Missing) == 0:
		return NotChased
	case u.HasReport:
		return ChaseIncomplete
	case u.Draft:
		return ChaseDraft
	}
	return ChaseNotSubmitted
}

// ChaseList lists the units chased in the period (催报), in units.yaml
// order, each with its reason (UnitRow.Chase) and the tasks it owes a
// report on (UnitRow.Missing): the units that owe reports, those whose
// report has errors, and those whose report the office returned. It is
// the one list `missing`, `remind`, the
// workbook's 总览 and 未报送 sheet, the site and the brief all show, so
// they name the same units and count them the same.
func ChaseList(lg *Ledger) []*UnitRow {
	var out []*UnitRow
	for _, u := range lg.Units {
		if u.Chase() != NotChased {
			out = append(out, u)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Order < out[j].Order })
	return out
}

// ChaseCount is how many units of a chase list are chased for one reason.
// Returned units come in two groups, as their rows are labelled: those
// still within the date to send the report again by (退回待改) and those
// past it (Late: 退回逾期未改).
type ChaseCount struct {
	Reason ChaseReason
	Late   bool // of ChaseReturned: the date to send the report again by is over
	Units  int
}

// Has says whether unit u is one of the group c counts.
func (c ChaseCount) Has(u *UnitRow) bool {
	return u.Chase() == c.Reason && (c.Reason != ChaseReturned || u.Late == c.Late)
}

// CountChase breaks a chase list down by reason, in ChaseReasons order
// (returned units within their date before those past it), leaving out
// the groups no unit is in.
func CountChase(rows []*UnitRow) []ChaseCount {
	var out []ChaseCount
	for _, r := range ChaseReasons {
		for _, late := range []bool{false, true} {
			c := ChaseCount{Reason: r, Late: late}
			if late && r != ChaseReturned {
				continue
			}
			for _, u := range rows {
				if c.Has(u) {
					c.Units++
				}
			}
			if c.Units > 0 {
				out = append(out, c)
			}
		}
	}
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

// Reminder is what one unit is chased for in the period (催报).
type Reminder struct {
	Unit *UnitRow
	// Tasks are the tasks it owes the period a report on (Unit.Missing),
	// in task order.
	Tasks []*TaskRow
	// Late says the due day is over with the report, or some of it, still
	// owed (or still to be put right); for a returned report, the unit is
	// late (UnitRow.Late: the date to send it again by is over). DueToday
	// says today is the last day.
	Late, DueToday bool
}

// Reminders are the units of ChaseList with the tasks they owe, so that
// the messages of `remind` and the list of `missing` cannot disagree.
func Reminders(lg *Ledger) []Reminder {
	tasks := map[string]*TaskRow{}
	for _, t := range lg.Tasks {
		tasks[t.Task.ID] = t
	}
	var out []Reminder
	for _, u := range ChaseList(lg) {
		r := Reminder{Unit: u, Late: u.Late || lg.PastDue() && !u.Returned, DueToday: lg.DueToday()}
		if u.Returned { // its day is the date to send it again by, which may be later
			r.DueToday = r.DueToday && u.ResubmitBy.Equal(lg.Period.Due)
		}
		for _, id := range u.Missing {
			r.Tasks = append(r.Tasks, tasks[id])
		}
		out = append(out, r)
	}
	return out
}

// LateReason says how a late unit (UnitRow.Late) is late: the parts that
// 逾期 adds up from wherever it counts units, each a list the views name
// (the late reports, and the chase list's groups).
type LateReason int

const (
	// NotLate: on time, not yet due, or owing nothing.
	NotLate LateReason = iota
	// LateSubmitted (逾期报送): its report came after the due date.
	LateSubmitted
	// LateNotSubmitted (逾期未报): no report at all (ChaseNotSubmitted).
	LateNotSubmitted
	// LateDraft: only a draft (ChaseDraft).
	LateDraft
	// LateUnreadable: its report file has an error that keeps it from
	// counting at all (it cannot be read, or its submitted date is written
	// wrong), so it counts as not submitted (ChaseInvalid without a report).
	LateUnreadable
	// LateReturned: the office returned its report, and it has not been
	// changed and submitted again (ChaseReturned).
	LateReturned
)

// LateReason is how the unit is late, in the order Chase decides its
// reason, so that a unit late without a report is named in the chase
// list's group of the same reason.
func (u *UnitRow) LateReason() LateReason {
	switch {
	case !u.Late:
		return NotLate
	case u.HasReport:
		return LateSubmitted
	case u.Returned:
		return LateReturned
	case u.Invalid:
		return LateUnreadable
	case u.Draft:
		return LateDraft
	}
	return LateNotSubmitted
}

// Lateness breaks Totals.UnitsLate down by LateReason: Submitted plus
// NotSubmitted is the whole, and NotSubmitted holds the others.
type Lateness struct {
	Submitted    int // 逾期报送
	NotSubmitted int // 逾期未报送, of every kind below
	// Of NotSubmitted: only a draft, a file that cannot be read, a report
	// returned; the rest sent nothing.
	Draft, Unreadable, Returned int
}

func (l *Lateness) add(r LateReason) {
	switch r {
	case NotLate:
		return
	case LateSubmitted:
		l.Submitted++
		return
	case LateDraft:
		l.Draft++
	case LateUnreadable:
		l.Unreadable++
	case LateReturned:
		l.Returned++
	}
	l.NotSubmitted++
}

// Rejected says whether the unit's report of the period, counted though it
// has errors, says something of task that counts as nothing (an invalid
// status or progress, done below 100, no summary): its pair on the task
// keeps an earlier report's word, and that is not what the unit reported.
func (u *UnitRow) Rejected(task string) bool {
	if !u.HasReport || !u.Invalid || u.Report == nil {
		return false
	}
	k := model.TaskKey(task)
	for i := range u.Report.Entries {
		if model.TaskKey(u.Report.Entries[i].Task) == k {
			return true
		}
	}
	return false
}
