// Package history says what changed between two versions of a data
// repository in the words of the ledger: tasks, units, reports and the
// fields of each entry, never lines of YAML.
package history

import (
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
	FieldStatus    = "status"
	FieldProgress  = "progress"
	FieldSummary   = "summary"
	FieldProblems  = "problems"
	FieldNext      = "next"
	FieldValues    = "values"
)

var fieldOrder = map[string]int{}

func init() {
	for i, f := range []string{FieldTask, FieldTitle, FieldUnit, FieldName, FieldReport, FieldSubmitted,
		FieldStatus, FieldProgress, FieldSummary, FieldProblems, FieldNext, FieldValues} {
		fieldOrder[f] = i
	}
}

// Change is one field that differs. From is "" for something added, To
// "" for something removed. Statuses are their English codes, progress a
// number, dates YYYY-MM-DD.
type Change struct {
	Period string `json:"period"`
	Unit   string `json:"unit"`
	Task   string `json:"task"`
	Field  string `json:"field"`
	From   string `json:"from"`
	To     string `json:"to"`
}

// Diff lists the changes from a to b. Either may be nil (nothing).
func Diff(a, b *model.Repo) []Change {
	if a == nil {
		a = &model.Repo{}
	}
	if b == nil {
		b = &model.Repo{}
	}
	var out []Change
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
	for id, u := range ub {
		if old, ok := ua[id]; !ok {
			add(Change{Unit: id, Field: FieldUnit, To: u.Name})
		} else {
			add(Change{Unit: id, Field: FieldName, From: old.Name, To: u.Name})
		}
	}
	for id, u := range ua {
		if _, ok := ub[id]; !ok {
			add(Change{Unit: id, Field: FieldUnit, From: u.Name})
		}
	}

	ra, rb := reportsByKey(a), reportsByKey(b)
	for k, r := range rb {
		old := ra[k]
		if old == nil {
			add(Change{Period: r.Dir, Unit: r.Base, Field: FieldReport, To: r.File})
		}
		diffReport(old, r, add)
	}
	for k, r := range ra {
		if rb[k] == nil {
			add(Change{Period: r.Dir, Unit: r.Base, Field: FieldReport, From: r.File})
			diffReport(r, nil, add)
		}
	}

	periods := map[string]int{}
	for _, repo := range []*model.Repo{a, b} {
		if repo.Plan != nil {
			for i, p := range repo.Plan.Periods {
				if _, ok := periods[p.ID]; !ok {
					periods[p.ID] = i
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.Period != y.Period {
			if x.Period == "" || y.Period == "" {
				return x.Period == ""
			}
			px, okx := periods[x.Period]
			py, oky := periods[y.Period]
			if okx && oky && px != py {
				return px < py
			}
			return x.Period < y.Period
		}
		if x.Unit != y.Unit {
			return x.Unit < y.Unit
		}
		if (x.Task == "") != (y.Task == "") {
			return x.Task == "" // the report before its entries
		}
		if c := model.CompareTaskIDs(x.Task, y.Task); c != 0 {
			return c < 0
		}
		return fieldOrder[x.Field] < fieldOrder[y.Field]
	})
	return out
}

func diffReport(a, b *model.Report, add func(Change)) {
	var period, unit string
	if b != nil {
		period, unit = b.Dir, b.Base
	} else {
		period, unit = a.Dir, a.Base
	}
	var ea, eb map[string]*model.Entry
	var sa, sb string
	if a != nil {
		ea, sa = entriesByTask(a), model.FormatDate(a.Submitted)
	}
	if b != nil {
		eb, sb = entriesByTask(b), model.FormatDate(b.Submitted)
	}
	add(Change{Period: period, Unit: unit, Field: FieldSubmitted, From: sa, To: sb})
	keys := map[string]string{}
	for k, e := range ea {
		keys[k] = e.Task
	}
	for k, e := range eb {
		keys[k] = e.Task
	}
	for k, id := range keys {
		fa, fb := entryFields(ea[k]), entryFields(eb[k])
		for i, f := range entryFieldNames {
			add(Change{Period: period, Unit: unit, Task: model.TaskKey(id), Field: f, From: fa[i], To: fb[i]})
		}
	}
}

var entryFieldNames = []string{FieldStatus, FieldProgress, FieldSummary, FieldProblems, FieldNext, FieldValues}

func entryFields(e *model.Entry) []string {
	out := make([]string, len(entryFieldNames))
	if e == nil {
		return out
	}
	if e.HasStatus {
		out[0] = e.Status.Code()
	}
	out[1] = model.FormatNumber(float64(e.EffectiveProgress()))
	out[2] = strings.TrimSpace(e.Summary)
	out[3] = strings.TrimSpace(e.Problems)
	out[4] = strings.TrimSpace(e.Next)
	var vals []string
	for _, v := range e.Values {
		vals = append(vals, v.Target+"="+model.FormatNumber(v.Value))
	}
	sort.Strings(vals)
	out[5] = strings.Join(vals, ", ")
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
	m := map[string]*model.Report{}
	for _, rep := range r.Reports {
		m[rep.Dir+"/"+rep.Base] = rep
	}
	return m
}

func entriesByTask(r *model.Report) map[string]*model.Entry {
	m := map[string]*model.Entry{}
	for i := range r.Entries {
		k := model.TaskKey(r.Entries[i].Task)
		if _, dup := m[k]; !dup {
			m[k] = &r.Entries[i]
		}
	}
	return m
}

// Filter keeps the changes about a task, a unit and a period ("" for any).
func Filter(cs []Change, task, unit, period string) []Change {
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
