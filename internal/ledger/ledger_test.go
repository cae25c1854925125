package ledger_test

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
)

func date(s string) time.Time {
	t, ok := model.ParseDate(s)
	if !ok {
		panic(s)
	}
	return t
}

// repo loads a txtar archive as a repository; it must load without errors.
func repo(t *testing.T, archive string) *model.Index {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	res := load.Load(fsys)
	for _, d := range res.Diags.Items {
		if d.Severity == 0 {
			t.Fatalf("%s:%d: %s", d.File, d.Pos.Line, d.Message.En)
		}
	}
	return model.NewIndex(res.Repo)
}

const common = `
-- plan.yaml --
title: 测试
start: 2019-01-01
end: 2019-12-31
sections:
  - {id: 一, title: 甲}
  - {id: 二, title: 乙}
periods:
  - {id: 2019Q1, start: 2019-01-01, end: 2019-03-31, due: 2019-04-05}
  - {id: 2019Q2, start: 2019-04-01, end: 2019-06-30, due: 2019-07-05}
-- units.yaml --
units:
  - {id: a, name: 甲单位}
  - {id: b, name: 乙单位}
  - {id: c, name: 丙单位}
groups:
  - {name: ab, members: [a, b]}
  - {name: all, members: [ab, c]}
-- tasks/1.yaml --
section: 一
title: 任务一
owners: [all]
targets:
  - {id: sites, name: 示范点, target: 10, unit: 个}
-- tasks/2.yaml --
section: 一
title: 任务二
owners: [ab]
milestones:
  - {due: 2019-05-31, text: 阶段}
-- tasks/3.yaml --
section: 二
title: 任务三
owners: [c]
due: 2019-06-15
`

// The worked example: every number below was computed by hand from the
// definitions in DESIGN §2.
const worked = common + `
-- reports/2019Q1/a.yaml --
unit: a
period: 2019Q1
submitted: 2019-04-03
entries:
  - {task: 1, status: 已完成, summary: 完成, values: {sites: 3}}
  - {task: 2, status: 推进中, progress: 40, summary: 推进}
-- reports/2019Q1/b.yaml --
unit: b
period: 2019Q1
submitted: 2019-04-08
entries:
  - {task: 1, status: 推进中, progress: 50, summary: 推进}
  - {task: 2, status: 推进中, progress: 20, summary: 推进}
-- reports/2019Q2/a.yaml --
unit: a
period: 2019Q2
submitted: 2019-07-01
entries:
  - {task: 2, status: 推进中, progress: 60, summary: 推进}
-- reports/2019Q2/b.yaml --
unit: b
period: 2019Q2
submitted: 2019-07-06
entries:
  - {task: 1, status: 滞后, progress: 50, summary: 滞后, values: {sites: 2}}
`

func TestWorkedExample(t *testing.T) {
	x := repo(t, worked)
	// As of the due date, given: every report submitted counts, b's of
	// 07-06 late; the due day is over, so c, which owes a report, is late.
	lg := ledger.Build(x, 1, ledger.Day(date("2019-07-05")))

	type taskWant struct {
		progress    float64
		hasProgress bool
		done        int
		delayed     int
		reported    int
		missing     string
		status      model.Status
		light       ledger.Light
	}
	tasks := map[string]taskWant{
		// a done in Q1 (carried, not chased), b delayed 50 this period, c
		// never reported (未报: left out of the mean): (100+50)/2.
		"1": {75, true, 1, 1, 1, "c", model.Delayed, ledger.Red},
		// a 60 this period, b's 20 carried from Q1 and chased; past the 05-31 milestone.
		"2": {40, true, 0, 0, 1, "b", model.InProgress, ledger.Red},
		// c never reported: no progress, 未报; due 06-15 has passed.
		"3": {0, false, 0, 0, 0, "c", model.NotReported, ledger.Red},
	}
	for _, r := range lg.Tasks {
		w := tasks[r.Task.ID]
		got := taskWant{r.Progress, r.HasProgress, r.Done, r.Delayed, r.Reported, strings.Join(r.Missing, ","), r.Status, r.Light}
		if got != w {
			t.Errorf("task %s: %+v; want %+v", r.Task.ID, got, w)
		}
	}
	// Pairs: a's done on task 1 is carried from Q1; c on task 1 is 未报 with no light.
	if p := lg.Tasks[0].Pairs[0]; p.State != ledger.Carried || p.EntryPeriod != "2019Q1" || p.Missing {
		t.Errorf("task 1/a: %+v", p)
	}
	if p := lg.Tasks[0].Pairs[2]; p.State != ledger.None || p.Light != ledger.Unlit || !p.Missing {
		t.Errorf("task 1/c: %+v", p)
	}
	kinds := func(rs []ledger.Reason) []ledger.ReasonKind {
		var out []ledger.ReasonKind
		for _, r := range rs {
			out = append(out, r.Kind)
		}
		return out
	}
	if k := kinds(lg.Tasks[1].Reasons); !reflect.DeepEqual(k, []ledger.ReasonKind{ledger.ReasonPastMilestone}) {
		t.Errorf("task 2 reasons %v", k)
	}
	// Task 3, never reported, where time says 100%: past due (red) and
	// behind (yellow), the latter worded as 未报, not 0%.
	if k := kinds(lg.Tasks[2].Reasons); !reflect.DeepEqual(k, []ledger.ReasonKind{ledger.ReasonPastDue, ledger.ReasonBehind}) {
		t.Errorf("task 3 reasons %v", k)
	}
	if m := lg.Tasks[2].Reasons[1].Message().Zh; m != "各单位均未报，按时间应达 100%" {
		t.Errorf("task 3 behind: %q", m)
	}
	if m := lg.Tasks[0].Reasons[0].Message().Zh; m != "1/3 个单位报告滞后" {
		t.Errorf("task 1 delayed: %q", m)
	}

	type unitWant struct {
		tasks, reported, done int
		progress              float64
		hasProgress, late     bool
		rank                  int
		ranked                bool
	}
	units := map[string]unitWant{
		"a": {2, 1, 1, 80, true, false, 1, true}, // (100+60)/2, on time, every task it owes reported
		"b": {2, 1, 0, 35, true, true, 0, false}, // (50+20)/2, submitted 07-06 > 07-05, task 2 left out (有漏报): unranked
		"c": {2, 0, 0, 0, false, true, 0, false}, // owes Q2 a report and has none: unranked, late
	}
	var order []string
	for _, u := range lg.Units {
		order = append(order, u.Unit.ID)
		w := units[u.Unit.ID]
		got := unitWant{u.Tasks, u.Reported, u.Done, u.Progress, u.HasProgress, u.Late, u.Rank, u.Ranked()}
		if got != w {
			t.Errorf("unit %s: %+v, want %+v", u.Unit.ID, got, w)
		}
	}
	if strings.Join(order, ",") != "a,b,c" {
		t.Errorf("units in rank order: %v", order)
	}
	// Section 一: (75+40)/2; section 二's only task is 未报: no progress.
	if s := lg.Sections; s[0].Tasks != 2 || s[0].Progress != 57.5 || !s[0].HasProgress || s[1].Tasks != 1 || s[1].HasProgress {
		t.Errorf("sections %+v %+v", *s[0], *s[1])
	}
	want := ledger.Totals{Tasks: 3, InProgress: 1, Delayed: 1, NotReported: 1, Progress: 57.5, HasProgress: true, Red: 3,
		Units: 3, UnitsReported: 2, UnitsExpected: 3, UnitsSubmittedExpected: 2, UnitsLate: 2, Late: ledger.Lateness{Submitted: 1, NotSubmitted: 1},
		Missing: 3, Pairs: 6, Stated: 4}
	if lg.Totals != want {
		t.Errorf("totals %+v\nwant   %+v", lg.Totals, want)
	}
	// a's 3 sites carry from Q1; b reports 2 this period.
	if len(lg.Targets) != 1 || lg.Targets[0].Actual != 5 {
		t.Errorf("targets %+v", lg.Targets)
	}

	// On 07-03, before the due date, b's report of 07-06 did not exist
	// yet: b stands as not submitted, its Q1 values carried; nobody is late.
	lg = ledger.Build(x, 1, ledger.Day(date("2019-07-03")))
	for _, u := range lg.Units {
		if u.Unit.ID == "b" && (u.HasReport || u.Late || u.Reported != 0) || u.Late {
			t.Errorf("%s as of 07-03: submitted %v late %v reported %d", u.Unit.ID, u.HasReport, u.Late, u.Reported)
		}
	}

	// Period Q1 as of its due date: a done (100) and b 50; c never reported.
	lg = ledger.Build(x, 0, ledger.Day(date("2019-04-05")))
	if lg.Tasks[0].Progress != 75 || strings.Join(lg.Tasks[0].Missing, ",") != "c" {
		t.Errorf("Q1 task 1: %v %v", lg.Tasks[0].Progress, lg.Tasks[0].Missing)
	}
}

func TestRankingTies(t *testing.T) {
	x := repo(t, common+`
-- reports/2019Q1/a.yaml --
unit: a
period: 2019Q1
submitted: 2019-04-01
entries:
  - {task: 1, status: 推进中, progress: 50, summary: x}
  - {task: 2, status: 推进中, progress: 50, summary: x}
-- reports/2019Q1/b.yaml --
unit: b
period: 2019Q1
submitted: 2019-04-02
entries:
  - {task: 1, status: 推进中, progress: 50, summary: x}
  - {task: 2, status: 推进中, progress: 50, summary: x}
-- reports/2019Q1/c.yaml --
unit: c
period: 2019Q1
submitted: 2019-04-09
entries:
  - {task: 1, status: 推进中, progress: 50, summary: x}
  - {task: 3, status: 推进中, progress: 50, summary: x}
`)
	lg := ledger.Build(x, 0, ledger.Day(date("2019-04-10")))
	ranks := map[string]int{}
	for _, u := range lg.Units {
		ranks[u.Unit.ID] = u.Rank
	}
	// a and b tie on everything; c has the same share and progress but was late.
	if ranks["a"] != 1 || ranks["b"] != 1 || ranks["c"] != 3 {
		t.Errorf("ranks %v, want a=1 b=1 c=3", ranks)
	}
}

func TestLights(t *testing.T) {
	x := repo(t, common+`
-- reports/2019Q2/a.yaml --
unit: a
period: 2019Q2
submitted: 2019-05-01
entries:
  - {task: 1, status: 推进中, progress: 30, summary: x}
  - {task: 2, status: 推进中, progress: 50, summary: x}
`)
	pair := func(lg *ledger.Ledger, task, unit string) *ledger.Pair {
		for _, r := range lg.Tasks {
			for _, p := range r.Pairs {
				if r.Task.ID == task && p.Unit == unit {
					return p
				}
			}
		}
		t.Fatalf("no pair %s/%s", task, unit)
		return nil
	}
	// 2019-06-30: expected for task 1 = 180/364 = 49.5%; 30 is within 20 points: green.
	lg := ledger.Build(x, 1, ledger.Day(date("2019-06-30")))
	if p := pair(lg, "1", "a"); p.Light != ledger.Green {
		t.Errorf("task 1/a on 06-30: %v %v", p.Light, p.Reasons)
	}
	// 2019-08-01: expected 212/364 = 58.2%; 30 trails by more than 20: yellow.
	lg = ledger.Build(x, 1, ledger.Day(date("2019-08-01")))
	if p := pair(lg, "1", "a"); p.Light != ledger.Yellow || p.Reasons[0].Kind != ledger.ReasonBehind || ledger.Round1(p.Reasons[0].Expected) != 58.2 {
		t.Errorf("task 1/a on 08-01: %v %+v", p.Light, p.Reasons)
	}
	// 2019-05-20: task 2's milestone (05-31) is 11 days away: yellow.
	lg = ledger.Build(x, 1, ledger.Day(date("2019-05-20")))
	if p := pair(lg, "2", "a"); p.Light != ledger.Yellow || p.Reasons[0].Kind != ledger.ReasonMilestoneSoon || p.Reasons[0].Days != 11 {
		t.Errorf("task 2/a on 05-20: %v %+v", p.Light, p.Reasons)
	}
	// 2019-12-20: task 1 due 12-31 in 11 days, and behind: yellow with both reasons.
	lg = ledger.Build(x, 1, ledger.Day(date("2019-12-20")))
	if p := pair(lg, "1", "a"); p.Light != ledger.Yellow || len(p.Reasons) != 2 || p.Reasons[1].Kind != ledger.ReasonDueSoon {
		t.Errorf("task 1/a on 12-20: %v %+v", p.Light, p.Reasons)
	}
	// Done is green whatever the date.
	x = repo(t, common+`
-- reports/2019Q2/c.yaml --
unit: c
period: 2019Q2
submitted: 2019-07-01
entries:
  - {task: 3, status: 已完成, summary: x}
`)
	lg = ledger.Build(x, 1, ledger.Day(date("2019-12-31")))
	if r := lg.Tasks[2]; r.Light != ledger.Green || r.Status != model.Done || r.Progress != 100 {
		t.Errorf("done task 3: %v %v %v", r.Light, r.Status, r.Progress)
	}
}

// The period collect takes by default: of those started, the one whose
// due date is nearest, early or late.
func TestCollecting(t *testing.T) {
	plan := &model.Plan{Periods: []model.Period{
		{ID: "2019Q2", Start: date("2019-04-01"), Due: date("2019-07-05")},
		{ID: "2019Q3", Start: date("2019-07-01"), Due: date("2019-10-12")},
		{ID: "2019Q4", Start: date("2019-10-01"), Due: date("2020-01-05")},
	}}
	for day, want := range map[string]string{
		"2019-01-10": "2019Q2", // before any period: the first
		"2019-06-25": "2019Q2",
		"2019-07-20": "2019Q2", // late 2019Q2 forms
		"2019-09-25": "2019Q3", // early 2019Q3 forms
		"2019-10-08": "2019Q3", // 2019Q4 has started, 2019Q3 is due
		"2019-10-15": "2019Q3", // three days late
		"2019-12-20": "2019Q4",
		"2020-03-01": "2019Q4",
	} {
		if got := plan.Periods[ledger.Collecting(plan, date(day))].ID; got != want {
			t.Errorf("%s: %s, want %s", day, got, want)
		}
	}
}
