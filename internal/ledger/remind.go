package ledger

import "sort"

// Reminder is what one unit is chased for in the period (催报).
type Reminder struct {
	Unit *UnitRow
	// Tasks are the tasks it owes the period a report on (Unit.Missing),
	// in task order.
	Tasks []*TaskRow
	// Late says the due date has passed with the report, or some of it,
	// still owed (or still to be put right).
	Late bool
	// File is its report file for the period when it has one (a draft,
	// a report with errors, or one that left tasks out); "" when none.
	File string
}

// Reminders lists every unit that owes the period something, in
// units.yaml order: the units Missing lists, with the same tasks (so the
// messages of `remind` and the list of `missing` cannot disagree; those
// whose report the office returned are among them), and the units whose
// report has errors (文件有误) to put right.
func Reminders(lg *Ledger) []Reminder {
	owing := Missing(lg)
	listed := map[*UnitRow]bool{}
	for _, u := range owing {
		listed[u] = true
	}
	for _, u := range lg.Units {
		if u.Invalid && !listed[u] {
			owing = append(owing, u)
		}
	}
	sort.SliceStable(owing, func(i, j int) bool { return owing[i].Order < owing[j].Order })
	tasks := map[string]*TaskRow{}
	for _, t := range lg.Tasks {
		tasks[t.Task.ID] = t
	}
	out := make([]Reminder, 0, len(owing))
	for _, u := range owing {
		r := Reminder{Unit: u, Late: u.Late || lg.PastDue()}
		for _, id := range u.Missing {
			r.Tasks = append(r.Tasks, tasks[id])
		}
		if u.HasReport || u.Draft || u.Invalid || u.Returned {
			r.File = "reports/" + lg.Period.ID + "/" + u.Unit.ID + ".yaml"
		}
		out = append(out, r)
	}
	return out
}
