package history

import (
	"sort"
	"strings"

	"tally/internal/model"
)

// Fields of a change of the list itself: who owes a task and by when, a
// unit's id and aliases, a group's members, the plan's periods. Each of
// these moves what a unit owes or how a task is judged, so a history
// that left them out would show a unit's owed tasks or a task's light
// change with nothing to explain it.
const (
	// FieldOwner is one owner (as tasks/ writes it) added to a task (To)
	// or taken from it (From).
	FieldOwner = "owner"
	// FieldLead is one lead unit (牵头单位) added or taken, as FieldOwner.
	FieldLead = "lead"
	// FieldDue is a task's due date (its own, else the plan's end).
	FieldDue = "due"
	// FieldMilestone is one dated step added or taken: "DATE TEXT".
	FieldMilestone = "milestone"
	// FieldID is a unit's id changed with its name kept: From the old id,
	// To the new one; Unit is the new id. Its reports, reviews and
	// evidence moved with it are compared as the same files.
	FieldID = "id"
	// FieldAlias is one alias added to a unit or group (To) or taken
	// (From); Unit is the unit's id, or the group's name.
	FieldAlias = "alias"
	// FieldMember is a unit (or group) that joined a group (To: the
	// group's name) or left it (From); Unit is the member's id where it
	// names a unit, else as units.yaml writes it.
	FieldMember = "member"
	// FieldPeriod is a reporting period of plan.yaml added, removed or
	// moved: its dates "START~END"; Period is its id.
	FieldPeriod = "period"
	// FieldPeriodDue is a period's due date (报送截止日).
	FieldPeriodDue = "period_due"
	// FieldStart and FieldEnd are plan.yaml's start (when work starts:
	// the time a task's expected progress runs from) and end (the due
	// date of every task that gives none).
	FieldStart = "start"
	FieldEnd   = "end"
	// FieldFrom is the period a task joined the list in, or a unit's
	// first period (tasks/ and units.yaml's from); FieldUntil a unit's last
	// (its until). Each decides which periods owe what.
	FieldFrom  = "from"
	FieldUntil = "until"
)

// unitMoves pairs the units a has and b has not with the units b has and
// a has not by their name: a unit whose id changed and whose name stayed
// is the same unit (as a unit renamed under its id is). Old id → new id;
// nil when there is none.
func unitMoves(ua, ub map[string]*model.Unit) map[string]string {
	var gone map[string][]string // name → ids a has and b has not
	for id, u := range ua {
		if _, ok := ub[id]; !ok && u.Name != "" {
			if gone == nil {
				gone = map[string][]string{}
			}
			gone[u.Name] = append(gone[u.Name], id)
		}
	}
	if gone == nil {
		return nil
	}
	came := map[string][]string{}
	for id, u := range ub {
		if _, ok := ua[id]; !ok && u.Name != "" {
			came[u.Name] = append(came[u.Name], id)
		}
	}
	var out map[string]string
	for name, olds := range gone {
		// Only a one-to-one match is a move: two units of one name are a
		// mistake check reports, not a change of id.
		if news := came[name]; len(olds) == 1 && len(news) == 1 {
			if out == nil {
				out = map[string]string{}
			}
			out[olds[0]] = news[0]
		}
	}
	return out
}

// diffList adds the changes of the list between a and b that are not a
// task or unit added, removed or renamed: owners, lead, due dates and
// milestones of the tasks on both sides, the aliases and group members of
// units.yaml, the dates and periods of plan.yaml. moves are the units whose id
// changed (unitMoves).
func diffList(a, b *model.Repo, moves map[string]string, add func(Change)) {
	var ta map[string]*model.Task
	if len(a.Tasks) > 0 && len(b.Tasks) > 0 {
		ta = tasksByKey(a)
	}
	for _, t := range b.Tasks {
		old, ok := ta[model.TaskKey(t.ID)]
		if !ok || old == t {
			continue
		}
		diffTask(old, t, a.Plan, b.Plan, add)
	}
	if a.Units != nil && b.Units != nil && a.Units != b.Units {
		diffUnits(a.Units, b.Units, moves, add)
	}
	if a.Plan != nil && b.Plan != nil && a.Plan != b.Plan {
		add(Change{Field: FieldStart, From: model.FormatDate(a.Plan.Start), To: model.FormatDate(b.Plan.Start)})
		add(Change{Field: FieldEnd, From: model.FormatDate(a.Plan.End), To: model.FormatDate(b.Plan.End)})
		diffPeriods(a.Plan.Periods, b.Plan.Periods, add)
	}
}

// diffTask adds the changes of one task's owners, lead, due date and
// milestones.
func diffTask(a, b *model.Task, pa, pb *model.Plan, add func(Change)) {
	task := b.ID
	diffSet(model.Values(a.Owners), model.Values(b.Owners), func(from, to string) {
		add(Change{Task: task, Field: FieldOwner, From: from, To: to})
	})
	diffSet(model.Values(a.Lead), model.Values(b.Lead), func(from, to string) {
		add(Change{Task: task, Field: FieldLead, From: from, To: to})
	})
	add(Change{Task: task, Field: FieldDue, From: model.FormatDate(a.DueIn(pa)), To: model.FormatDate(b.DueIn(pb))})
	add(Change{Task: task, Field: FieldFrom, From: a.From, To: b.From})
	diffSet(milestones(a), milestones(b), func(from, to string) {
		add(Change{Task: task, Field: FieldMilestone, From: from, To: to})
	})
}

func milestones(t *model.Task) []string {
	out := make([]string, 0, len(t.Milestones))
	for _, m := range t.Milestones {
		out = append(out, strings.TrimSpace(model.FormatDate(m.Due)+" "+strings.TrimSpace(m.Text)))
	}
	return out
}

// diffSet calls f for each value of b not in a (from "") and then for
// each of a not in b (to ""), in their order.
func diffSet(a, b []string, f func(from, to string)) {
	in := func(xs []string, s string) bool {
		for _, x := range xs {
			if x == s {
				return true
			}
		}
		return false
	}
	for _, s := range b {
		if s != "" && !in(a, s) {
			f("", s)
		}
	}
	for _, s := range a {
		if s != "" && !in(b, s) {
			f(s, "")
		}
	}
}

// diffUnits adds the changes of units.yaml other than units added,
// removed or renamed: the ids that changed, the aliases of the units and
// groups on both sides, and who joined or left each group.
func diffUnits(a, b *model.Units, moves map[string]string, add func(Change)) {
	for old, id := range moves {
		add(Change{Unit: id, Field: FieldID, From: old, To: id})
	}
	ua := map[string]*model.Unit{}
	for i := range a.Units {
		ua[a.Units[i].ID] = &a.Units[i]
	}
	for i := range b.Units {
		u := &b.Units[i]
		old := ua[u.ID]
		if old == nil {
			for from, to := range moves {
				if to == u.ID {
					old = ua[from]
				}
			}
		}
		if old == nil || u.ID == "" {
			continue
		}
		diffSet(model.Values(old.Aliases), model.Values(u.Aliases), func(from, to string) {
			add(Change{Unit: u.ID, Field: FieldAlias, From: from, To: to})
		})
		add(Change{Unit: u.ID, Field: FieldFrom, From: old.From, To: u.From})
		add(Change{Unit: u.ID, Field: FieldUntil, From: old.Until, To: u.Until})
	}
	ga := map[string]*model.Group{}
	for i := range a.Groups {
		ga[a.Groups[i].Name] = &a.Groups[i]
	}
	ra, rb := model.NewRegistry(a), model.NewRegistry(b)
	member := func(reg *model.Registry, m string) string {
		if reg.IsGroup(m) {
			return m
		}
		if ids, err := reg.Resolve(m); err == nil && len(ids) == 1 {
			return ids[0]
		}
		return m
	}
	for i := range b.Groups {
		g := &b.Groups[i]
		old := ga[g.Name]
		var before []string
		if old != nil {
			diffSet(model.Values(old.Aliases), model.Values(g.Aliases), func(from, to string) {
				add(Change{Unit: g.Name, Field: FieldAlias, From: from, To: to})
			})
			for _, m := range old.Members {
				id := member(ra, m.Value)
				if to, ok := moves[id]; ok {
					id = to // the same unit under its new id
				}
				before = append(before, id)
			}
		}
		var after []string
		for _, m := range g.Members {
			after = append(after, member(rb, m.Value))
		}
		if old == nil {
			// A new group: its members joined it.
			before = nil
		}
		diffSet(before, after, func(from, to string) {
			if to != "" {
				add(Change{Unit: to, Field: FieldMember, To: g.Name})
			} else {
				add(Change{Unit: from, Field: FieldMember, From: g.Name})
			}
		})
	}
	gb := map[string]bool{}
	for _, g := range b.Groups {
		gb[g.Name] = true
	}
	for _, g := range a.Groups {
		if gb[g.Name] {
			continue
		}
		// A group gone: its members left it.
		for _, m := range g.Members {
			id := member(ra, m.Value)
			if to, ok := moves[id]; ok {
				id = to
			}
			add(Change{Unit: id, Field: FieldMember, From: g.Name})
		}
	}
}

// diffPeriods adds the periods of plan.yaml added, removed or moved.
func diffPeriods(a, b []model.Period, add func(Change)) {
	span := func(p *model.Period) string {
		return model.FormatDate(p.Start) + "~" + model.FormatDate(p.End)
	}
	pa := map[string]*model.Period{}
	for i := range a {
		pa[a[i].ID] = &a[i]
	}
	pb := map[string]bool{}
	for i := range b {
		p := &b[i]
		pb[p.ID] = true
		if old := pa[p.ID]; old != nil {
			add(Change{Period: p.ID, Field: FieldPeriod, From: span(old), To: span(p)})
			add(Change{Period: p.ID, Field: FieldPeriodDue, From: model.FormatDate(old.Due), To: model.FormatDate(p.Due)})
			continue
		}
		add(Change{Period: p.ID, Field: FieldPeriod, To: span(p)})
		add(Change{Period: p.ID, Field: FieldPeriodDue, To: model.FormatDate(p.Due)})
	}
	for i := range a {
		if p := &a[i]; !pb[p.ID] {
			add(Change{Period: p.ID, Field: FieldPeriod, From: span(p)})
			add(Change{Period: p.ID, Field: FieldPeriodDue, From: model.FormatDate(p.Due)})
		}
	}
}

// movedReports pairs the reports and reviews of the units whose id changed
// (moves: old → new) that were renamed with it: PERIOD/OLD on one side
// only, PERIOD/NEW on the other only. PERIOD/NEW → PERIOD/OLD.
func movedReports(moves map[string]string, ra, rb map[string]*model.Report, va, vb map[string]*model.Review) map[string]string {
	out := map[string]string{}
	pair := func(oldKey string, inA, inB func(string) bool) {
		period, unit, _ := strings.Cut(oldKey, "/")
		to, ok := moves[unit]
		if !ok {
			return
		}
		newKey := period + "/" + to
		if !inB(oldKey) && !inA(newKey) && inB(newKey) {
			out[newKey] = oldKey
		}
	}
	for k := range ra {
		pair(k, func(k string) bool { return ra[k] != nil }, func(k string) bool { return rb[k] != nil })
	}
	for k := range va {
		pair(k, func(k string) bool { return va[k] != nil }, func(k string) bool { return vb[k] != nil })
	}
	return out
}

// movedEvidence gives the evidence files of the units whose id changed to
// the new id; a file removed under the old id and added under the new one
// with the same name and content moved with the unit and is no change.
func movedEvidence(moves map[string]string, of map[string][]Change) map[string][]Change {
	out := make(map[string][]Change, len(of))
	var moved []Change
	for k, cs := range of {
		if to, ok := moves[cs[0].Unit]; ok {
			for _, c := range cs {
				c.Unit = to
				moved = append(moved, c)
			}
			continue
		}
		out[k] = cs
	}
	for _, c := range moved {
		k := c.Period + "/" + c.Unit
		cs := out[k]
		i := 0
		for ; i < len(cs); i++ {
			if x := cs[i]; x.File == c.File && x.From == "" && c.To == "" && x.To == c.From {
				break
			}
		}
		if i < len(cs) {
			out[k] = append(cs[:i:i], cs[i+1:]...)
			if len(out[k]) == 0 {
				delete(out, k)
			}
			continue
		}
		out[k] = append(cs, c)
	}
	for _, cs := range out {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].File < cs[j].File })
	}
	return out
}
