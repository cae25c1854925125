// Package history says what changed between two versions of a data
// repository in the words of the ledger: tasks, units, reports and the
// fields of each entry, never lines of YAML.
package history

import (
	"slices"
	"sort"
	"strings"

	"tally/internal/model"
)

// Fields of a change, in the order they are shown.
const (
	FieldTask      = "task"
	FieldTitle     = "title"
	FieldUnit      = "unit"
	FieldName      = "name"
	FieldReport    = "report"
	FieldSubmitted = "submitted"
	FieldContact   = "contact"
	FieldStatus    = "status"
	FieldProgress  = "progress"
	FieldSummary   = "summary"
	FieldProblems  = "problems"
	FieldNext      = "next"
	FieldValues    = "values"
	FieldEvidence  = "evidence"
	FieldExtension = "extension"
)

// fieldOrder is the order changes are shown in.
var fieldOrder = []string{FieldStart, FieldEnd, FieldTask, FieldTitle, FieldOwner, FieldLead, FieldDue, FieldMilestone, FieldUnit, FieldName, FieldID,
	FieldAlias, FieldFrom, FieldUntil, FieldMember, FieldPeriod, FieldPeriodDue, FieldReport, FieldSubmitted, FieldContact,
	FieldStatus, FieldProgress, FieldSummary, FieldProblems, FieldNext, FieldValues, FieldEvidence, FieldExtension,
	FieldEvidenceFile, FieldReview, FieldReviewed, FieldReturns, FieldDeadline, FieldReason, FieldDecision}

// fieldRank is a field's place in the order changes are shown.
func fieldRank(f string) int {
	for i, x := range fieldOrder {
		if x == f {
			return i
		}
	}
	return 0
}

// Change is one field that differs. From is "" for something added, To
// "" for something removed. Statuses are their English codes, progress a
// number, dates YYYY-MM-DD. Name is the unit's name (Names), for people;
// Unit its id.
type Change struct {
	Period string `json:"period"`
	Unit   string `json:"unit"`
	Name   string `json:"name"`
	Task   string `json:"task"`
	Field  string `json:"field"`
	From   string `json:"from"`
	To     string `json:"to"`
	File   string `json:"file,omitempty"` // only for FieldUnreadable and FieldEvidenceFile
	// Draft: a change of a report that is a draft (no submitted date) on
	// the side that is there: the views do not word it as reported.
	Draft bool `json:"draft,omitempty"`
	// MergedFrom is, for a change `log` lists at a merge, the merged
	// parent whose file the merge took as it was: the change was made on
	// the branch merged in (and is listed at its own commit there), not
	// by the merge.
	MergedFrom string `json:"merged_from,omitempty"`
	// Since is, for a FieldUnreadable note of a file that could not be
	// read before the commit and can after it (or is deleted by it), the
	// commit from which on it could not be read (along the first
	// parents): its version before that commit, the last that could be
	// read, is what the file's changes are shown against (log only).
	// Same: that version and this one do not differ.
	// NoneBefore: there was no file before it could no longer be read (it
	// was added so), and the changes shown are of a file added.
	// NoneAfter: the change deleted the file (a FieldUnreadable note of a
	// file deleted while it could not be read).
	Since      string `json:"compared_before,omitempty"`
	Same       bool   `json:"unchanged,omitempty"`
	NoneBefore bool   `json:"absent_before,omitempty"`
	NoneAfter  bool   `json:"absent_after,omitempty"`
}

// Diff lists the changes from a to b. Either may be nil (nothing).
func Diff(a, b *model.Repo) []Change { return diff(a, b, nil) }

// diff is Diff with the changes of evidence files (FieldEvidenceFile, in
// order of period, unit and file), each put after the changes of its
// period's and unit's report.
func diff(a, b *model.Repo, evidence []Change) []Change {
	if a == nil {
		a = &model.Repo{}
	}
	if b == nil {
		b = &model.Repo{}
	}
	// No fewer than the changes there can be, so that out does not grow
	// (but for a review's reasons and decisions task by task, which are
	// rare): a quarter's commit adds a quarter of a million changes, and
	// growing their slice by doubling copied them over and over, a tenth
	// of log's CPU. A report's changes are its two fields and the fields
	// of each task either side has an entry for; a task or a unit has
	// one; a review four besides its tasks'. Room not written to is
	// never filled in by the kernel (the collector may read it, while
	// the slice lives, as zeros).
	const reviewFields = 4
	n := len(evidence)
	for _, r := range [...]*model.Repo{a, b} {
		for _, rep := range r.Reports {
			n += 2 + len(entryFieldNames)*len(rep.Entries)
		}
		n += len(r.Tasks) + len(r.Reviews)*reviewFields
		if r.Units != nil {
			n += len(r.Units.Units)
		}
	}
	out := make([]Change, 0, n)
	add := func(c Change) {
		if c.From != c.To {
			out = append(out, c)
		}
	}

	ta, tb := tasksByKey(a), tasksByKey(b)
	for k, t := range tb {
		if old, ok := ta[k]; !ok {
			add(Change{Task: t.ID, Field: FieldTask, To: t.Title})
		} else {
			add(Change{Task: t.ID, Field: FieldTitle, From: old.Title, To: t.Title})
		}
	}
	for k, t := range ta {
		if _, ok := tb[k]; !ok {
			add(Change{Task: t.ID, Field: FieldTask, From: t.Title})
		}
	}

	ua, ub := unitsByID(a), unitsByID(b)
	var moves, movedTo map[string]string // old id → new, new → old
	if a.Units != b.Units {
		moves = unitMoves(ua, ub)
	}
	for old, id := range moves {
		if movedTo == nil {
			movedTo = map[string]string{}
		}
		movedTo[id] = old
	}
	for id, u := range ub {
		if old, ok := ua[id]; !ok && movedTo[id] == "" {
			add(Change{Unit: id, Field: FieldUnit, To: u.Name})
		} else if ok {
			add(Change{Unit: id, Field: FieldName, From: old.Name, To: u.Name})
		}
	}
	for id, u := range ua {
		if _, ok := ub[id]; !ok && moves[id] == "" {
			add(Change{Unit: id, Field: FieldUnit, From: u.Name})
		}
	}
	diffList(a, b, moves, add)

	cmpPeriod := periodOrder(a, b)
	sortChanges(out, cmpPeriod)

	// Reports in order of period and unit, each one's changes made in the
	// order they are shown (diffReport), then its evidence files' and its
	// review's: no sort of a quarter of a million changes, nor of each
	// report's.
	type report struct{ period, unit, key string }
	ra, rb := reportsByKey(a), reportsByKey(b)
	va, vb := reviewsByKey(a), reviewsByKey(b)
	evidenceOf := map[string][]Change{}
	for _, c := range evidence {
		evidenceOf[c.Period+"/"+c.Unit] = append(evidenceOf[c.Period+"/"+c.Unit], c)
	}
	reports := make([]report, 0, len(rb)+len(ra))
	seen := make(map[string]bool, len(rb)+len(ra))
	put := func(period, unit, k string) {
		if !seen[k] {
			seen[k] = true
			reports = append(reports, report{period, unit, k})
		}
	}
	// A report (review, evidence file) of a unit whose id changed, moved
	// to the new id's name, is the same report: compared with itself, not
	// removed and sent anew.
	var movedFrom map[string]string // PERIOD/NEW → PERIOD/OLD
	if len(moves) > 0 {
		movedFrom = movedReports(moves, ra, rb, va, vb)
		for _, oldKey := range movedFrom {
			seen[oldKey] = true
		}
		evidenceOf = movedEvidence(moves, evidenceOf)
	}
	for k, r := range rb {
		put(r.Dir, r.Base, k)
	}
	for k, r := range ra {
		put(r.Dir, r.Base, k)
	}
	for _, m := range []map[string]*model.Review{vb, va} {
		for k, r := range m {
			put(r.Dir, r.Base, k)
		}
	}
	for k, cs := range evidenceOf {
		put(cs[0].Period, cs[0].Unit, k)
	}
	sort.Slice(reports, func(i, j int) bool {
		if c := cmpPeriod(reports[i].period, reports[j].period); c != 0 {
			return c < 0
		}
		return reports[i].unit < reports[j].unit
	})
	for _, k := range reports {
		old, r := ra[k.key], rb[k.key]
		oldReview := va[k.key]
		if from, ok := movedFrom[k.key]; ok { // a lookup in a nil map returns at once
			if old == nil {
				old = ra[from]
			}
			if oldReview == nil {
				oldReview = va[from]
			}
			if old != nil && r != nil {
				add(Change{Period: r.Dir, Unit: r.Base, Field: FieldReport, From: old.File, To: r.File})
			}
		}
		addTo := add
		if r != nil && r.Submitted.IsZero() || r == nil && old != nil && old.Submitted.IsZero() {
			addTo = func(c Change) {
				c.Draft = true
				add(c)
			}
		}
		switch {
		case old == nil && r != nil:
			addTo(Change{Period: r.Dir, Unit: r.Base, Field: FieldReport, To: r.File})
		case r == nil && old != nil:
			addTo(Change{Period: old.Dir, Unit: old.Base, Field: FieldReport, From: old.File})
		}
		if old != nil || r != nil {
			diffReport(old, r, addTo)
		}
		for _, c := range evidenceOf[k.key] {
			add(c)
		}
		if oldReview != nil || vb[k.key] != nil {
			diffReview(oldReview, vb[k.key], add)
		}
	}
	return out
}

// periodOrder compares periods: none first, then in the order of the
// plans' periods, then by id.
func periodOrder(repos ...*model.Repo) func(x, y string) int {
	order := map[string]int{}
	for _, repo := range repos {
		if repo.Plan != nil {
			for i, p := range repo.Plan.Periods {
				if _, ok := order[p.ID]; !ok {
					order[p.ID] = i
				}
			}
		}
	}
	return func(x, y string) int {
		if x == y {
			return 0
		}
		if x == "" || y == "" {
			return boolInt(y == "") - boolInt(x == "")
		}
		px, okx := order[x]
		py, oky := order[y]
		if okx && oky && px != py {
			return px - py
		}
		return strings.Compare(x, y)
	}
}

// sortChanges orders changes by period (in plan order), unit, task (the
// report before its entries) and field. Periods and tasks are ranked
// once, and a small key is sorted, so that sorting a quarter's changes
// compares numbers and moves little.
func sortChanges(out []Change, cmpPeriod func(x, y string) int) {
	periodRank := rank(out, func(c *Change) string { return c.Period }, cmpPeriod)
	taskRank := rank(out, func(c *Change) string { return c.Task }, func(x, y string) int {
		if x == "" || y == "" {
			return boolInt(y == "") - boolInt(x == "")
		}
		return model.CompareTaskIDs(x, y)
	})
	type key struct {
		period, task, field int
		unit                string
		i                   int
	}
	keys := make([]key, len(out))
	for i := range out {
		c := &out[i]
		keys[i] = key{periodRank[c.Period], taskRank[c.Task], fieldRank(c.Field), c.Unit, i}
	}
	sort.Slice(keys, func(i, j int) bool {
		x, y := &keys[i], &keys[j]
		if x.period != y.period {
			return x.period < y.period
		}
		if x.unit != y.unit {
			return x.unit < y.unit
		}
		if x.task != y.task {
			return x.task < y.task
		}
		if x.field != y.field {
			return x.field < y.field
		}
		return x.i < y.i // an owner added, then the next, as the file lists them
	})
	sorted := make([]Change, len(out))
	for i, k := range keys {
		sorted[i] = out[k.i]
	}
	copy(out, sorted)
}

// rank numbers the distinct values of field in out by cmp (equal values
// share a number).
func rank(out []Change, field func(*Change) string, cmp func(x, y string) int) map[string]int {
	r := map[string]int{}
	var vals []string
	for i := range out {
		v := field(&out[i])
		if _, ok := r[v]; !ok {
			r[v] = 0
			vals = append(vals, v)
		}
	}
	sort.Slice(vals, func(i, j int) bool { return cmp(vals[i], vals[j]) < 0 })
	for i, v := range vals {
		if i > 0 && cmp(vals[i-1], v) == 0 {
			r[v] = r[vals[i-1]]
		} else {
			r[v] = i
		}
	}
	return r
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// diffReport adds the changes from report a to report b (either nil) in
// the order they are shown: the report's date and contact, then its
// entries in task order, each one's fields in order.
func diffReport(a, b *model.Report, add func(Change)) {
	var period, unit string
	if b != nil {
		period, unit = b.Dir, b.Base
	} else {
		period, unit = a.Dir, a.Base
	}
	var sa, sb, ca, cb string
	if a != nil {
		sa, ca = model.FormatDate(a.Submitted), strings.TrimSpace(a.Contact)
	}
	if b != nil {
		sb, cb = model.FormatDate(b.Submitted), strings.TrimSpace(b.Contact)
	}
	add(Change{Period: period, Unit: unit, Field: FieldSubmitted, From: sa, To: sb})
	add(Change{Period: period, Unit: unit, Field: FieldContact, From: ca, To: cb})
	ea, eb := entriesInOrder(a), entriesInOrder(b)
	for len(ea) > 0 || len(eb) > 0 {
		var x, y *model.Entry
		var task string
		switch c := compareFirst(ea, eb); {
		case c < 0:
			x, task, ea = ea[0].e, ea[0].task, ea[1:]
		case c > 0:
			y, task, eb = eb[0].e, eb[0].task, eb[1:]
		default:
			x, y, task, ea, eb = ea[0].e, eb[0].e, ea[0].task, ea[1:], eb[1:]
		}
		fa, fb := entryFields(x), entryFields(y)
		for i, f := range entryFieldNames {
			add(Change{Period: period, Unit: unit, Task: task, Field: f, From: fa[i], To: fb[i]})
		}
	}
}

// taskEntry is an entry with its task's key.
type taskEntry struct {
	task string
	e    *model.Entry
}

// entriesInOrder are r's entries in task order, the first of each task
// only (nil: none).
func entriesInOrder(r *model.Report) []taskEntry {
	if r == nil {
		return nil
	}
	out := make([]taskEntry, len(r.Entries))
	for i := range r.Entries {
		out[i] = taskEntry{model.TaskKey(r.Entries[i].Task), &r.Entries[i]}
	}
	slices.SortStableFunc(out, func(x, y taskEntry) int { return model.CompareTaskIDs(x.task, y.task) })
	return slices.CompactFunc(out, func(x, y taskEntry) bool { return x.task == y.task })
}

// compareFirst compares the tasks of the first entries of a and b; an
// empty list comes after any task.
func compareFirst(a, b []taskEntry) int {
	switch {
	case len(a) == 0:
		return 1
	case len(b) == 0:
		return -1
	}
	return model.CompareTaskIDs(a[0].task, b[0].task)
}

// ProgressInvalid is the progress field's value in a change where the
// entry's progress is written but is no valid one (150): what it counts
// as is nothing, and what it says is not a number to show.
const ProgressInvalid = "invalid"

var entryFieldNames = [...]string{FieldStatus, FieldProgress, FieldSummary, FieldProblems, FieldNext, FieldValues, FieldEvidence, FieldExtension}

func entryFields(e *model.Entry) (out [len(entryFieldNames)]string) {
	if e == nil {
		return out
	}
	if e.HasStatus {
		out[0] = e.Status.Code()
	}
	out[1] = model.FormatNumber(float64(e.EffectiveProgress()))
	if !e.HasProgress && e.At.Has("progress") {
		// A progress written that is no valid one (150, R206): history
		// read it 0%, a figure the file never said.
		out[1] = ProgressInvalid
	}
	out[2] = strings.TrimSpace(e.Summary)
	out[3] = strings.TrimSpace(e.Problems)
	out[4] = strings.TrimSpace(e.Next)
	var vals []string
	for _, v := range e.Values {
		vals = append(vals, v.Target+"="+model.FormatNumber(v.Value))
	}
	sort.Strings(vals)
	out[5] = strings.Join(vals, ", ")
	out[6] = strings.Join(model.Values(e.Evidence), ", ")
	if x := e.Extension; x != nil {
		out[7] = strings.TrimSpace(model.FormatDate(x.To) + " " + strings.TrimSpace(x.Reason))
	}
	return out
}

func tasksByKey(r *model.Repo) map[string]*model.Task {
	m := map[string]*model.Task{}
	for _, t := range r.Tasks {
		k := model.TaskKey(t.ID)
		if _, dup := m[k]; !dup {
			m[k] = t
		}
	}
	return m
}

func unitsByID(r *model.Repo) map[string]*model.Unit {
	m := map[string]*model.Unit{}
	if r.Units != nil {
		for i := range r.Units.Units {
			u := &r.Units.Units[i]
			if _, dup := m[u.ID]; !dup && u.ID != "" {
				m[u.ID] = u
			}
		}
	}
	return m
}

func reportsByKey(r *model.Repo) map[string]*model.Report {
	return byFile(r.Reports, func(rep *model.Report) (string, string) { return rep.Dir, rep.Base })
}

// byFile maps xs by their PERIOD/UNIT (the folder and name of their file).
func byFile[T any](xs []T, file func(T) (dir, base string)) map[string]T {
	m := make(map[string]T, len(xs))
	for _, x := range xs {
		dir, base := file(x)
		m[dir+"/"+base] = x
	}
	return m
}

// Names gives each change about a unit the unit's name in now's units
// (as the names are now); a unit now no longer has keeps the name a change
// of its own (added, removed, renamed) gives it, or none. A task is named
// by the id now's tasks/ gives it.
func Names(cs []Change, now *model.Repo) { NewNamer(now).Name(cs) }

// A Namer names the units of changes as Names does, with the names of
// units read once: a history names its commits' changes one by one.
type Namer struct {
	units map[string]string // id → name
	tasks map[string]string // model.TaskKey → the id tasks/ names the task by
	// former names the ids now's units no longer have, as the changes
	// named so far (newer commits first) last named them: a unit removed,
	// or whose id changed, keeps its name in the commits before.
	former map[string]string
}

// NewNamer is the Namer of the units and tasks of now (nil: none), the
// repository as it is now.
func NewNamer(now *model.Repo) Namer {
	n := Namer{units: map[string]string{}, tasks: map[string]string{}, former: map[string]string{}}
	if now == nil {
		return n
	}
	if now.Units != nil {
		for _, u := range now.Units.Units {
			if u.ID != "" && u.Name != "" {
				n.units[u.ID] = u.Name
			}
		}
	}
	for _, t := range now.Tasks {
		if t.ID != "" {
			n.tasks[model.TaskKey(t.ID)] = t.ID
		}
	}
	return n
}

// Name gives each change about a unit the unit's name, and each change
// about a task the task's id as tasks/ names it (01 where a report wrote
// task: 1), as every other view names it.
func (n Namer) Name(cs []Change) {
	var own map[string]string // units named by changes of their own
	for i := range cs {
		if c := &cs[i]; c.Period == "" && c.Task == "" && (c.Field == FieldUnit || c.Field == FieldName) {
			if own == nil {
				own = map[string]string{}
			}
			own[c.Unit] = c.To
			if c.To == "" {
				own[c.Unit] = c.From
			}
		}
	}
	for i := range cs {
		if id := cs[i].Unit; id != "" {
			name, ok := n.units[id]
			if !ok {
				if name, ok = own[id]; !ok {
					name = n.former[id]
				}
			}
			cs[i].Name = name
		}
		if t := cs[i].Task; t != "" {
			if id, ok := n.tasks[model.TaskKey(t)]; ok {
				cs[i].Task = id
			}
		}
	}
	if n.former == nil {
		return
	}
	for id, name := range own {
		if _, now := n.units[id]; !now && name != "" {
			n.former[id] = name
		}
	}
	for i := range cs {
		if c := &cs[i]; c.Field == FieldID && c.From != "" && c.Name != "" {
			if _, now := n.units[c.From]; !now {
				n.former[c.From] = c.Name
			}
		}
	}
}

// Filter keeps the changes about a task, a unit and a period ("" for any).
func Filter(cs []Change, task, unit, period string) []Change {
	if task == "" && unit == "" && period == "" {
		return cs
	}
	var out []Change
	for _, c := range cs {
		if task != "" && model.TaskKey(c.Task) != model.TaskKey(task) {
			continue
		}
		if unit != "" && c.Unit != unit {
			continue
		}
		if period != "" && c.Period != period {
			continue
		}
		out = append(out, c)
	}
	return out
}
