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
