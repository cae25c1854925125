package history

import (
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"tally/internal/load"
	"tally/internal/model"
)

func repo(archive string) *model.Repo {
	fsys := fstest.MapFS{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return load.Load(fsys).Repo
}

const base = `
-- units.yaml --
units:
  - {id: a, name: 甲}
-- tasks/1.yaml --
section: 一
title: 任务一
owners: [a]
-- reports/2019Q2/a.yaml --
unit: a
period: 2019Q2
entries:
  - {task: 1, status: 推进中, progress: 30, summary: 开始, values: {x: 1}}
`

func TestDiff(t *testing.T) {
	before := repo(base)
	after := repo(`
-- units.yaml --
units:
  - {id: a, name: 甲单位}
  - {id: b, name: 乙}
-- tasks/01.yaml --
section: 一
title: 任务一
owners: [a]
-- tasks/2.yaml --
section: 一
title: 任务二
owners: [a]
-- reports/2019Q2/a.yaml --
unit: a
period: 2019Q2
submitted: 2019-07-01
entries:
  - {task: "01", status: 已完成, summary: 完成, values: {x: 2}}
`)
	got := Diff(before, after)
	want := []Change{
		{Task: "2", Field: FieldTask, To: "任务二"},
		{Unit: "a", Field: FieldName, From: "甲", To: "甲单位"},
		{Unit: "b", Field: FieldUnit, To: "乙"},
		{Period: "2019Q2", Unit: "a", Field: FieldSubmitted, To: "2019-07-01"},
		{Period: "2019Q2", Unit: "a", Task: "1", Field: FieldStatus, From: "in-progress", To: "done"},
		{Period: "2019Q2", Unit: "a", Task: "1", Field: FieldProgress, From: "30", To: "100"},
		{Period: "2019Q2", Unit: "a", Task: "1", Field: FieldSummary, From: "开始", To: "完成"},
		{Period: "2019Q2", Unit: "a", Task: "1", Field: FieldValues, From: "x=1", To: "x=2"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d changes:\n%+v", len(got), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d: %+v\nwant      %+v", i, got[i], want[i])
		}
	}
	// A draft (no submitted date) coming in is a draft's changes, each
	// marked, so that no view words it as reported (walk 4, #3); the draft
	// submitted above is not.
	n := 0
	for _, c := range Diff(nil, before) {
		if c.Period != "" {
			n++
			if !c.Draft {
				t.Errorf("a draft's change not marked: %+v", c)
			}
		}
	}
	if n == 0 {
		t.Error("no change of the draft")
	}
	// Renaming tasks/1.yaml to tasks/01.yaml is no change of task.
	if cs := Filter(got, "1", "", ""); len(cs) != 4 {
		t.Errorf("changes of task 1: %+v", cs)
	}
	if cs := Diff(before, before); len(cs) != 0 {
		t.Errorf("a repo differs from itself: %+v", cs)
	}
	// Removing everything lists the removals.
	gone := Diff(before, nil)
	if len(gone) == 0 || gone[len(gone)-1].To != "" {
		t.Errorf("removal: %+v", gone)
	}
}

// The list's own changes are changes: who owes a task and by when, a
// unit's id and aliases, who is in a group, the periods (walk 7, F2, F3).
// A unit whose id changed with its name kept is one change, and its
// report moved with it is the same report: no entry is removed and sent
// anew.
func TestDiffList(t *testing.T) {
	before := repo(`
-- plan.yaml --
title: 清单
end: 2019-12-31
sections: [{id: 一, title: 一}]
periods:
  - {id: 2019Q3, start: 2019-07-01, end: 2019-09-30, due: 2019-10-12}
-- units.yaml --
units:
  - {id: a, name: 甲}
  - {id: b, name: 乙}
  - {id: c, name: 丙}
groups:
  - {name: 甲乙, members: [a, 乙]}
-- tasks/1.yaml --
section: 一
title: 任务一
owners: [甲乙, 丙]
lead: [甲]
milestones:
  - {due: 2019-09-30, text: 完成清理}
-- reports/2019Q3/b.yaml --
unit: b
period: 2019Q3
submitted: 2019-10-10
entries:
  - {task: 1, status: 推进中, progress: 40}
`)
	after := repo(`
-- plan.yaml --
title: 清单
end: 2020-01-31
sections: [{id: 一, title: 一}]
periods:
  - {id: 2019Q3, start: 2019-07-01, end: 2019-09-30, due: 2019-10-15}
  - {id: 2019Q4, start: 2019-10-01, end: 2019-12-31, due: 2020-01-05}
-- units.yaml --
units:
  - {id: a, name: 甲, aliases: [甲单位]}
  - {id: b-new, name: 乙}
  - {id: c, name: 丙}
  - {id: d, name: 丁}
groups:
  - {name: 甲乙, members: [a, b-new, d]}
-- tasks/1.yaml --
section: 一
title: 任务一
owners: [甲乙, 丁]
lead: [丁]
due: 2020-03-31
-- reports/2019Q3/b-new.yaml --
unit: b-new
period: 2019Q3
submitted: 2019-10-10
entries:
  - {task: 1, status: 推进中, progress: 40}
`)
	got := Diff(before, after)
	want := []Change{
		{Field: FieldEnd, From: "2019-12-31", To: "2020-01-31"},
		{Task: "1", Field: FieldOwner, To: "丁"},
		{Task: "1", Field: FieldOwner, From: "丙"},
		{Task: "1", Field: FieldLead, To: "丁"},
		{Task: "1", Field: FieldLead, From: "甲"},
		{Task: "1", Field: FieldDue, From: "2019-12-31", To: "2020-03-31"},
		{Task: "1", Field: FieldMilestone, From: "2019-09-30 完成清理"},
		{Unit: "a", Field: FieldAlias, To: "甲单位"},
		{Unit: "b-new", Field: FieldID, From: "b", To: "b-new"},
		{Unit: "d", Field: FieldUnit, To: "丁"},
		{Unit: "d", Field: FieldMember, To: "甲乙"},
		{Period: "2019Q3", Field: FieldPeriodDue, From: "2019-10-12", To: "2019-10-15"},
		{Period: "2019Q4", Field: FieldPeriod, To: "2019-10-01~2019-12-31"},
		{Period: "2019Q4", Field: FieldPeriodDue, To: "2020-01-05"},
		// The list's changes first, then the reports'.
		{Period: "2019Q3", Unit: "b-new", Field: FieldReport, From: "reports/2019Q3/b.yaml", To: "reports/2019Q3/b-new.yaml"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d changes, want %d:\n%+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d: %+v\nwant      %+v", i, got[i], want[i])
		}
	}

	// The names of a unit gone, or whose id changed, carry back to the
	// older commits a history names after the newer ones.
	n := NewNamer(after)
	n.Name(got)
	older := []Change{{Period: "2019Q3", Unit: "b", Field: FieldReport, To: "reports/2019Q3/b.yaml"}}
	n.Name(older)
	if older[0].Name != "乙" {
		t.Errorf("the old id is named %q, want 乙", older[0].Name)
	}
	gone := []Change{{Unit: "c", Field: FieldUnit, From: "丙"}}
	n.Name(gone)
	older = []Change{{Period: "2019Q3", Unit: "c", Field: FieldReport, To: "reports/2019Q3/c.yaml"}}
	n.Name(older)
	if older[0].Name != "丙" {
		t.Errorf("a removed unit is named %q, want 丙", older[0].Name)
	}
}
