package ledger_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"

	"github.com/rogpeppe/go-internal/txtar"
)

// The worked example of DESIGN §2 (revision 2), with the numbers computed by
// hand: period Q2 due 07-05, as of 07-10; task T owned by A, B, C, D. A
// submitted Q2 in progress 60; B submitted Q1 done and nothing in Q2; C
// submitted Q1 in progress 20 and has only a draft in Q2; D never reported.
const designExample = `
-- plan.yaml --
title: 例
start: 2019-01-01
end: 2019-12-31
sections:
  - {id: 一, title: 甲}
periods:
  - {id: Q1, start: 2019-01-01, end: 2019-03-31, due: 2019-04-05}
  - {id: Q2, start: 2019-04-01, end: 2019-06-30, due: 2019-07-05}
-- units.yaml --
units:
  - {id: a, name: 甲}
  - {id: b, name: 乙}
  - {id: c, name: 丙, contact: 丙联系人 123}
  - {id: d, name: 丁}
-- tasks/T.yaml --
section: 一
title: 任务
owners: [a, b, c, d]
-- tasks/U.yaml --
section: 一
title: 乙的另一项任务
owners: [b]
-- reports/Q1/b.yaml --
unit: b
period: Q1
submitted: 2019-04-01
contact: 乙联系人 456
entries:
  - {task: T, status: 已完成, summary: 完成}
  - {task: U, status: 已完成, summary: 完成}
-- reports/Q1/c.yaml --
unit: c
period: Q1
submitted: 2019-04-01
entries:
  - {task: T, status: 推进中, progress: 20, summary: 推进}
-- reports/Q2/a.yaml --
unit: a
period: Q2
submitted: 2019-07-01
entries:
  - {task: T, status: 推进中, progress: 60, summary: 推进}
-- reports/Q2/c.yaml --
unit: c
period: Q2
entries:
  - {task: T, status: 已完成, progress: 100}
`

func TestDesignWorkedExample(t *testing.T) {
	x := repo(t, designExample)
	lg := ledger.Build(x, 1, ledger.Day(date("2019-07-10")))
	task := lg.Tasks[0]
	// (60 + 100 + 20) / 3: C's draft is ignored, D (未报) is left out.
	if task.Progress != 60 || !task.HasProgress || task.Status != model.InProgress || task.Done != 1 ||
		task.Delayed != 0 || task.Reported != 1 || strings.Join(task.Missing, ",") != "c,d" {
		t.Errorf("T: %+v", *task)
	}
	states := map[string]ledger.State{}
	for _, p := range task.Pairs {
		states[p.Unit] = p.State
	}
	if states["a"] != ledger.Reported || states["b"] != ledger.Carried || states["c"] != ledger.Carried || states["d"] != ledger.None {
		t.Errorf("pair states %v", states)
	}
	units := map[string]*ledger.UnitRow{}
	for _, u := range lg.Units {
		units[u.Unit.ID] = u
	}
	// A submitted: ranked. B owes nothing (both its tasks done in Q1) and
	// sent nothing: 无需报送, unranked (revision 3). C (a draft only) and D
	// owe the period a report: unranked and late.
	for id, want := range map[string]struct{ ranked, late, draft, owes bool }{
		"a": {true, false, false, true}, "b": {false, false, false, false},
		"c": {false, true, true, true}, "d": {false, true, false, true},
	} {
		u := units[id]
		if got := (struct{ ranked, late, draft, owes bool }{u.Ranked(), u.Late, u.Draft, u.Owes}); got != want {
			t.Errorf("unit %s: %+v, want %+v", id, got, want)
		}
	}
	// Only A is ranked, first; B (无需报送) is listed after C and D, never
	// ahead of a unit that reported.
	if units["a"].Rank != 1 || units["b"].Rank != 0 || units["c"].Rank != 0 || !units["b"].NothingDue() {
		t.Errorf("ranks a=%d b=%d c=%d", units["a"].Rank, units["b"].Rank, units["c"].Rank)
	}
	if last := lg.Units[len(lg.Units)-1]; last.Unit.ID != "b" {
		t.Errorf("the last unit is %s, want b (无需报送, listed apart)", last.Unit.ID)
	}
	// Contacts: units.yaml first, else the latest report's.
	if units["c"].Contact != "丙联系人 123" || units["b"].Contact != "乙联系人 456" || units["d"].Contact != "" {
		t.Errorf("contacts %q %q %q", units["c"].Contact, units["b"].Contact, units["d"].Contact)
	}
	// missing lists C (draft) and D; the headline counts 3 expected units
	// (A, C, D owe Q2 a report), 1 of which submitted.
	var missing []string
	for _, u := range ledger.ChaseList(lg) {
		missing = append(missing, u.Unit.ID)
	}
	if strings.Join(missing, ",") != "c,d" {
		t.Errorf("missing %v", missing)
	}
	tot := lg.Totals
	if r, ok := tot.SubmissionRate(); tot.UnitsExpected != 3 || tot.UnitsSubmittedExpected != 1 || tot.UnitsDraft != 1 || !ok || ledger.Round1(r) != 33.3 {
		t.Errorf("totals %+v", tot)
	}
}

// With warn.delayed_share, a task turns red only when more than that share
// of its units is delayed; its status is 滞后 either way.
func TestDelayedShare(t *testing.T) {
	archive := func(share string) string {
		return `
-- plan.yaml --
title: 例
start: 2019-01-01
end: 2019-12-31
sections:
  - {id: 一, title: 甲}
periods:
  - {id: Q2, start: 2019-04-01, end: 2019-06-30, due: 2019-07-05}
warn:
  delayed_share: ` + share + `
-- units.yaml --
units:
  - {id: a, name: 甲}
  - {id: b, name: 乙}
  - {id: c, name: 丙}
  - {id: d, name: 丁}
-- tasks/T.yaml --
section: 一
title: 任务
owners: [a, b, c, d]
-- reports/Q2/a.yaml --
unit: a
period: Q2
submitted: 2019-07-01
entries:
  - {task: T, status: 滞后, progress: 40, summary: 滞后}
-- reports/Q2/b.yaml --
unit: b
period: Q2
submitted: 2019-07-01
entries:
  - {task: T, status: 推进中, progress: 50, summary: 推进}
-- reports/Q2/c.yaml --
unit: c
period: Q2
submitted: 2019-07-01
entries:
  - {task: T, status: 推进中, progress: 50, summary: 推进}
-- reports/Q2/d.yaml --
unit: d
period: Q2
submitted: 2019-07-01
entries:
  - {task: T, status: 推进中, progress: 60, summary: 推进}
`
	}
	// As of 06-30, expected is 181/364 = 49.7%: a mean of 50 is on time.
	for share, wantRed := range map[string]bool{"0": true, "0.2": true, "0.25": false, "0.5": false} {
		lg := ledger.Build(repo(t, archive(share)), 0, ledger.Day(date("2019-07-01")))
		task := lg.Tasks[0]
		if task.Status != model.Delayed || task.Delayed != 1 || task.Units != 4 {
			t.Errorf("share %s: status %v, %d of %d delayed", share, task.Status, task.Delayed, task.Units)
		}
		if (task.Light == ledger.Red) != wantRed {
			t.Errorf("share %s: light %v %+v, want red %v", share, task.Light, task.Reasons, wantRed)
		}
		// The delayed unit's own light is red whatever the share.
		if task.Pairs[0].Light != ledger.Red {
			t.Errorf("share %s: unit a %v", share, task.Pairs[0].Light)
		}
	}
}

// A value that failed validation counts as nothing, never as 0: the pair
// falls back to the unit's earlier word (or 未报), and a unit whose report
// has errors (文件有误) is not ranked until it is put right.
func TestInvalidValuesCountAsNothing(t *testing.T) {
	archive := strings.Replace(designExample, "  - {task: T, status: 推进中, progress: 60, summary: 推进}",
		"  - {task: T, status: 推进中, progress: 150, summary: 推进}", 1)
	fsys := fstest.MapFS{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	res := load.Load(fsys)
	if !res.Repo.Invalid["reports/Q2/a.yaml"] {
		t.Fatal("progress 150 should make the report invalid")
	}
	x := model.NewIndex(res.Repo)
	lg := ledger.Build(x, 1, ledger.Day(date("2019-07-10")))
	task := lg.Tasks[0]
	// a's only word on T is invalid: 未报, left out of the mean (100 + 20) / 2.
	if p := task.Pairs[0]; p.Unit != "a" || p.State != ledger.None {
		t.Errorf("pair a: %+v", p)
	}
	if task.Progress != 60 || task.Stated != 2 {
		t.Errorf("T: progress %v over %d units", task.Progress, task.Stated)
	}
	for _, u := range lg.Units {
		if u.Unit.ID == "a" && (u.Ranked() || !u.Invalid || !u.HasReport) {
			t.Errorf("unit a with an invalid report: ranked %v invalid %v submitted %v", u.Ranked(), u.Invalid, u.HasReport)
		}
	}
}
