package ledger

import (
	"fmt"
	"slices"
	"time"

	"tally/internal/i18n"
	"tally/internal/model"
)

// ReasonKind says why a light is not green.
type ReasonKind int

const (
	ReasonDelayed       ReasonKind = iota // reported as delayed
	ReasonPastDue                         // as-of is past the due date, not done
	ReasonPastMilestone                   // as-of is past a milestone, not done
	ReasonBehind                          // progress trails the time-elapsed expectation
	ReasonDueSoon                         // the due date is near, not done
	ReasonMilestoneSoon                   // a milestone is near, not done
)

// Reason is one cause of a light.
type Reason struct {
	Kind     ReasonKind
	Light    Light
	Date     time.Time // the due or milestone date
	Text     string    // the milestone's text
	Progress float64
	Stated   bool // for ReasonBehind: false when no unit has reported (未报)
	Expected float64
	Days     int
	// Delayed and Units, for a task's ReasonDelayed: how many of its units
	// are delayed; Done and Units, for a task's ReasonPastDue and
	// ReasonPastMilestone: how many of its units are done (Units 0 for a
	// pair's); Units, for ReasonBehind: the task's units (0 with Stated
	// false: a task with no unit on the list).
	Delayed, Done, Units int
	// Carried and Returned, for ReasonDelayed: of the delayed units, how
	// many stand delayed by an entry carried from an earlier period's
	// report, and of those how many sent a report for the period that the
	// office returned (退回待改), which does not count (DESIGN §2): a
	// delay the unit may no longer report, and the reader is told so
	// (walk 9, F8). From is, for a pair, the period of the carried entry.
	Carried, Returned int
	From              string
	// Extended: Date is a due date the office moved (a granted extension).
	Extended bool
}

// Message says the reason in words, with dates as tables write them
// (2019-09-30).
func (r Reason) Message() i18n.Text {
	d := model.FormatDate(r.Date)
	return r.message(d, d)
}

// Words says the reason in running text, with dates as documents write
// them: 已过节点 2019年9月30日.
func (r Reason) Words() i18n.Text {
	return r.message(fmt.Sprintf("%d年%d月%d日", r.Date.Year(), int(r.Date.Month()), r.Date.Day()), model.FormatDate(r.Date))
}

// message says the reason with its date written dz in Chinese, de in
// English.
func (r Reason) message(dz, de string) i18n.Text {
	switch r.Kind {
	case ReasonDelayed:
		if r.Units > 1 {
			return i18n.T(fmt.Sprintf("%d/%d 个单位报告滞后", r.Delayed, r.Units)+r.carriedOf(i18n.Zh),
				fmt.Sprintf("%d of %d units report delays", r.Delayed, r.Units)+r.carriedOf(i18n.En))
		}
		return i18n.T("报告滞后"+r.carriedOf(i18n.Zh), "reported as delayed"+r.carriedOf(i18n.En))
	case ReasonPastDue:
		if r.Extended {
			return i18n.T(fmt.Sprintf("已过批准延期的完成时限 %s，尚未完成", dz)+r.doneOf(i18n.Zh), fmt.Sprintf("past the extended due date %s and not done", de)+r.doneOf(i18n.En))
		}
		return i18n.T(fmt.Sprintf("已过完成时限 %s，尚未完成", dz)+r.doneOf(i18n.Zh), fmt.Sprintf("past the due date %s and not done", de)+r.doneOf(i18n.En))
	case ReasonPastMilestone:
		return i18n.T(fmt.Sprintf("已过节点 %s（%s），尚未完成", dz, r.Text)+r.doneOf(i18n.Zh), fmt.Sprintf("past the milestone of %s (%s) and not done", de, r.Text)+r.doneOf(i18n.En))
	case ReasonBehind:
		if !r.Stated && r.Units == 0 {
			return i18n.T(fmt.Sprintf("没有责任单位（名单中已无负责这项任务的单位），按时间应达 %s%%", pct(r.Expected)),
				fmt.Sprintf("no unit owns it (none of its units is on the list now), where time elapsed expects %s%%", pct(r.Expected)))
		}
		if !r.Stated {
			return i18n.T(fmt.Sprintf("各单位均未报，按时间应达 %s%%", pct(r.Expected)),
				fmt.Sprintf("no unit has reported, where time elapsed expects %s%%", pct(r.Expected)))
		}
		return i18n.T(fmt.Sprintf("进度 %s%%，按时间应达 %s%%", pct(r.Progress), pct(r.Expected)),
			fmt.Sprintf("progress %s%%, where time elapsed expects %s%%", pct(r.Progress), pct(r.Expected)))
	case ReasonDueSoon:
		if r.Extended {
			return i18n.T(fmt.Sprintf("距批准延期的完成时限 %s 还有 %d 天", dz, r.Days), fmt.Sprintf("due %s (extended), in %d days", de, r.Days))
		}
		return i18n.T(fmt.Sprintf("距完成时限 %s 还有 %d 天", dz, r.Days), fmt.Sprintf("due %s, in %d days", de, r.Days))
	case ReasonMilestoneSoon:
		return i18n.T(fmt.Sprintf("距节点 %s（%s）还有 %d 天", dz, r.Text, r.Days), fmt.Sprintf("milestone %s (%s) in %d days", de, r.Text, r.Days))
	}
	return i18n.Text{}
}

// doneOf says how many of a task's units are done, beside 尚未完成: a task
// whose reported progress is 100% is not done while units have not
// reported, and without it the two would read side by side as a
// contradiction. "" for a pair.
func (r Reason) doneOf(l i18n.Lang) string {
	if r.Units < 2 {
		return ""
	}
	return l.Pick(fmt.Sprintf("（%d/%d 个单位已完成）", r.Done, r.Units), fmt.Sprintf(" (%d of %d units done)", r.Done, r.Units))
}

// carriedOf says, beside 报告滞后, where a delay comes from when it is not
// in a report of the period: 沿用上期 (the unit's latest entry, from an
// earlier period), and that the unit's report for the period was returned
// by the office where it was. "" when every delay is reported this period.
func (r Reason) carriedOf(l i18n.Lang) string {
	if r.Carried == 0 {
		return ""
	}
	if r.Units < 2 { // a pair's
		if r.Returned > 0 {
			return l.Pick(fmt.Sprintf("（沿用 %s 的报送；本期报送已退回，不计入）", r.From),
				fmt.Sprintf(" (carried from %s; the report for this period was returned and does not count)", r.From))
		}
		return l.Pick(fmt.Sprintf("（沿用 %s 的报送）", r.From), fmt.Sprintf(" (carried from %s)", r.From))
	}
	zh := fmt.Sprintf("（其中 %d 个沿用此前的报送", r.Carried)
	en := fmt.Sprintf(" (%d of them carried from an earlier report", r.Carried)
	if r.Returned > 0 {
		zh += fmt.Sprintf("，%d 个的本期报送已退回、不计入", r.Returned)
		en += fmt.Sprintf("; %d whose report for this period was returned and does not count", r.Returned)
	}
	return l.Pick(zh+"）", en+")")
}

func pct(f float64) string { return model.FormatNumber(Round1(f)) }

// judged is what light reads of an item (a pair or a task).
type judged struct {
	status   model.Status
	progress float64
	stated   bool // false: a task none of whose units has a state; its progress counts as 0
	// delayed of units are delayed (a pair: 1 of 1 when it is); carried
	// of those by an entry from an earlier period, returned of those with
	// their report for the period returned (Reason.Carried); from, a
	// pair's carried entry's period.
	delayed, units    int
	carried, returned int
	from              string
	done              int  // of units, done (a task's; 0 for a pair)
	extended          bool // the due date is one a granted extension moved
	// start is when the time progress is judged against began: the
	// plan's start, or the start of the period the task joined the list in
	// (zero: the plan's start).
	start time.Time
}

// light judges an item by DESIGN §2: red when delayed (a task: when more
// than warn.delayed_share of its units are) or past a due or milestone
// date and not done; yellow when progress trails the expected share of
// time by more than warn.behind points, or a due or milestone date is
// within warn.days; green otherwise. Every reason found is returned, red
// ones first.
//
// A granted extension (it.extended, due being the date granted) gives
// the unit until that date to finish the task: the task's milestones
// before it no longer light the pair, which is judged by the new date
// alone (and by what the unit reports: delayed is still red).
func light(it judged, due time.Time, milestones []model.Milestone, plan *model.Plan, asOf time.Time) (Light, []Reason) {
	return lightIn(it, due, milestones, plan, asOf, nil, 0)
}

// reasonBlock is room for the reasons of many items (the pairs of a
// task) in few allocations: each item's reasons are a slice of a block,
// of its own length and capacity, so that appending to one never writes
// over another's. A full block is left to the items that hold it and a
// new one made. Reasons equal to the item's before are that item's slice:
// the pairs of a task not done by its due date have the same reasons,
// which no one changes once judged.
type reasonBlock struct{ room, last []Reason }

// keep copies reasons into the block, making a new one for about left
// items more (the items still to judge, this one included) where these
// do not fit.
func (k *reasonBlock) keep(reasons []Reason, left int) []Reason {
	if slices.Equal(reasons, k.last) {
		return k.last
	}
	if len(k.room)+len(reasons) > cap(k.room) {
		k.room = make([]Reason, 0, max(len(reasons)+left, 16))
	}
	at := len(k.room)
	k.room = append(k.room, reasons...)
	k.last = k.room[at:len(k.room):len(k.room)]
	return k.last
}

// lightIn is light keeping the reasons in block (nil: a slice of their
// own), with about left items still to judge with it.
func lightIn(it judged, due time.Time, milestones []model.Milestone, plan *model.Plan, asOf time.Time, block *reasonBlock, left int) (Light, []Reason) {
	if it.status == model.Done {
		return Green, nil
	}
	if it.extended {
		milestones = slices.DeleteFunc(slices.Clone(milestones), func(m model.Milestone) bool { return m.Due.Before(due) })
	}
	progress := it.progress
	if !it.stated {
		progress = 0
	}
	// The reasons are gathered on the stack and kept in a slice of their
	// own size: grown by append, a pair's two or three reasons took two
	// or three allocations and twice the room, some 10 MB a province's
	// ledger (BENCHMARKS.md, round 8).
	var room [6]Reason
	reasons := room[:0]
	if it.delayed > 0 && it.units > 0 && float64(it.delayed)/float64(it.units) > plan.Warn.DelayedShare {
		reasons = append(reasons, Reason{Kind: ReasonDelayed, Light: Red, Delayed: it.delayed, Units: it.units,
			Carried: it.carried, Returned: it.returned, From: it.from})
	}
	if !due.IsZero() && asOf.After(due) {
		reasons = append(reasons, Reason{Kind: ReasonPastDue, Light: Red, Date: due, Extended: it.extended, Done: it.done, Units: it.units})
	}
	for _, m := range milestones {
		if asOf.After(m.Due) {
			reasons = append(reasons, Reason{Kind: ReasonPastMilestone, Light: Red, Date: m.Due, Text: m.Text, Done: it.done, Units: it.units})
		}
	}
	start := it.start
	if start.IsZero() {
		start = plan.Start
	}
	if exp, ok := expected(start, due, asOf); ok && progress < exp-float64(plan.Warn.Behind) {
		reasons = append(reasons, Reason{Kind: ReasonBehind, Light: Yellow, Progress: progress, Stated: it.stated, Expected: exp, Units: it.units})
	}
	if days := daysBetween(asOf, due); !due.IsZero() && days >= 0 && days <= plan.Warn.Days {
		reasons = append(reasons, Reason{Kind: ReasonDueSoon, Light: Yellow, Date: due, Days: days, Extended: it.extended})
	}
	for _, m := range milestones {
		if days := daysBetween(asOf, m.Due); days >= 0 && days <= plan.Warn.Days {
			reasons = append(reasons, Reason{Kind: ReasonMilestoneSoon, Light: Yellow, Date: m.Due, Text: m.Text, Days: days})
		}
	}
	if len(reasons) == 0 {
		return Green, nil
	}
	worst := Green
	for _, r := range reasons {
		worst = max(worst, r.Light)
	}
	if block != nil {
		return worst, block.keep(reasons, left)
	}
	return worst, slices.Clone(reasons)
}

// expected is the elapsed share of [start, due] at asOf, × 100.
func expected(start, due, asOf time.Time) (float64, bool) {
	if start.IsZero() || due.IsZero() || !due.After(start) {
		return 0, false
	}
	total := due.Sub(start).Hours()
	done := asOf.Sub(start).Hours()
	return 100 * min(max(done/total, 0), 1), true
}

func daysBetween(from, to time.Time) int {
	return int(to.Sub(from).Hours() / 24)
}
