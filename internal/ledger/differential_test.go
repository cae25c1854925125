package ledger_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"tally/internal/check"
	"tally/internal/diag"
	"tally/internal/gen"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
	"tally/internal/review"
	"tally/internal/testrepo"
)

// TestLedgerAgreesWithDesign holds the ledger to the independent reading
// of DESIGN §2 (spec_test.go): the period and as-of date each command
// resolves, every figure of the summary (tasks, units and their ranks and
// groups, sections, totals, targets) in its order, the light of every
// pair and task, and the chase list, for every period at dates before,
// on and after its due date.
func TestLedgerAgreesWithDesign(t *testing.T) {
	// Each repository must show the cases named beside it at least once,
	// so that the agreement is about them too.
	repos := []struct {
		name  string
		fsys  fs.FS
		cases []string
	}{
		{"bundled", testrepo.Bundled(), []string{"ranked in a group", "ranked with the rest", "late", "not ranked", "nothing due", "partial coverage", "red", "yellow"}},
		{"bundled with a third quarter", testrepo.BundledQ3(), []string{"ranked in a group", "ranked with the rest", "late", "not ranked", "nothing due",
			"file with errors", "draft", "partial coverage", "red", "yellow", "a unit done", "chased: not-submitted", "chased: draft",
			"chased: incomplete", "chased: invalid", "praised", "too few ranked to praise", "top but late", "top but lit",
			"a report after as-of", "the due day running", "a courtesy report"}},
		{"generated province", province(t), []string{"ranked in a group", "ranked with the rest", "ranked in the overlapping group", "late",
			"not ranked", "file with errors", "draft", "partial coverage", "tied rank", "red", "yellow", "a unit done",
			"chased: not-submitted", "chased: draft", "chased: incomplete", "chased: invalid", "chased: returned", "a report after as-of",
			"the due day running", "accepted", "returned", "returned and resubmitted", "changed since accepted",
			"resubmitted late, on time by its first date", "resubmitted past the date to send it again by",
			"returned, not late: to send again by a later date", "returned, late: past the date to send again by", "extension granted", "extension refused", "evidence with errors", "a review after as-of",
			"an extension over a milestone past", "a date written wrong", "a task not yet on the list", "a unit merged away", "a unit not yet on the list",
			"a task every unit of which left", "a step before the task joined", "a task listed twice", "a task done by the units that left",
			"a task past due, every unit not done extended", "a target's value carried"}},
	}
	for _, r := range repos {
		t.Run(r.name, func(t *testing.T) {
			res := load.Load(r.fsys)
			repo := res.Repo
			if repo.Plan == nil || repo.Units == nil {
				t.Fatalf("the repository did not load: %v", res.Diags.Items)
			}
			// The reading is told which report files tally check finds an
			// error in (DESIGN §2: such a report is 文件有误); the ledger
			// reads the repository as the commands check it.
			diags := check.Run(res, check.Options{Evidence: r.fsys})
			faulty := map[string]bool{}
			for _, d := range diags.Items {
				if d.Severity == diag.Error {
					faulty[d.File] = true
				}
			}
			check.MarkInvalid(repo, diags)
			x := model.NewIndex(repo)
			checked := 0
			seen := map[string]bool{}
			for pi, p := range repo.Plan.Periods {
				for _, today := range datesAround(p) {
					gotPi, at, err := ledger.Resolve(x, p.ID, time.Time{}, today)
					if err != nil || gotPi != pi {
						t.Fatalf("%s today %s: period %d, %v", p.ID, model.FormatDate(today), gotPi, err)
					}
					want := specAsOf(p, time.Time{}, today)
					if !at.Date.Equal(want.date) || at.Running != want.running {
						t.Errorf("%s today %s: as of %s (running %v), the design says %s (%v)", p.ID, model.FormatDate(today),
							model.FormatDate(at.Date), at.Running, model.FormatDate(want.date), want.running)
						continue
					}
					agree(t, fmt.Sprintf("%s today %s", p.ID, model.FormatDate(today)), x, faulty, pi, at, want, seen)
					checked++
					// No --period: the one period every command defaults to.
					if def, _, _ := ledger.Resolve(x, "", time.Time{}, today); def != specDefaultPeriod(repo, today) {
						t.Errorf("today %s: default period %d, the design says %d", model.FormatDate(today), def, specDefaultPeriod(repo, today))
					}
					// "With --as-of given, nothing depends on the clock": the
					// date given picks the period as today does, whatever
					// the clock says (probe 14, A2).
					for _, clock := range []time.Time{repo.Plan.Periods[0].Start.AddDate(-1, 0, 0), today, today.AddDate(7, 0, 0)} {
						def, at, _ := ledger.Resolve(x, "", today, clock)
						want := specDefaultPeriod(repo, today)
						wantAt := specAsOf(repo.Plan.Periods[want], today, clock)
						if def != want || !at.Date.Equal(wantAt.date) || at.Running {
							t.Errorf("--as-of %s, the clock at %s: period %d as of %s, the design says %d as of %s", model.FormatDate(today),
								model.FormatDate(clock), def, model.FormatDate(at.Date), want, model.FormatDate(wantAt.date))
						}
					}
				}
				// A date given is a day that is over, and is clamped into the
				// period (the output says so): on the due date, before the
				// start, after the due date.
				for _, given := range []time.Time{p.Due, p.Start.AddDate(0, 0, -9), p.Due.AddDate(0, 0, 2), p.Due.AddDate(0, 0, 9)} {
					_, at, _ := ledger.Resolve(x, p.ID, given, p.Start)
					want := specAsOf(p, given, p.Start)
					if !at.Date.Equal(want.date) || at.Running || at.Asked.IsZero() == (given.Before(p.Start) || given.After(p.Due)) {
						t.Errorf("%s --as-of %s: as of %s (running %v, asked %s)", p.ID, model.FormatDate(given), model.FormatDate(at.Date), at.Running, model.FormatDate(at.Asked))
					}
					agree(t, fmt.Sprintf("%s --as-of %s", p.ID, model.FormatDate(given)), x, faulty, pi, at, want, seen)
				}
			}
			// The day after the last due date, the last period is the one
			// chased (walk 4, #1); a year after, the plan is over: the
			// latest period with submitted reports.
			last := len(repo.Plan.Periods) - 1
			for _, day := range []time.Time{repo.Plan.Periods[last].Due.AddDate(0, 0, 1), repo.Plan.Periods[last].Due.AddDate(0, 1, 0)} {
				if pi, _, _ := ledger.Resolve(x, "", time.Time{}, day); pi != last || specDefaultPeriod(repo, day) != last {
					t.Errorf("the day %s: default period %d (the design says %d), want the last, %d", model.FormatDate(day), pi, specDefaultPeriod(repo, day), last)
				}
			}
			end := repo.Plan.Periods[last].Due.AddDate(1, 0, 0)
			if pi, _, _ := ledger.Resolve(x, "", time.Time{}, end); pi != specDefaultPeriod(repo, end) {
				t.Errorf("default period %d, the design says %d", pi, specDefaultPeriod(repo, end))
			}
			if checked < 3*len(repo.Plan.Periods) {
				t.Fatalf("only %d dates checked", checked)
			}
			for _, c := range r.cases {
				if !seen[c] {
					t.Errorf("the data never shows %q: the agreement says nothing about it", c)
				}
			}
		})
	}
}

// agree compares the ledger of period pi as of asOf with the reading, and
// notes in seen the cases the data showed.
func agree(t *testing.T, what string, x *model.Index, faulty map[string]bool, pi int, at ledger.AsOf, asOf specDate, seen map[string]bool) {
	t.Helper()
	lg := ledger.Build(x, pi, at)
	want := specSummary(x.Repo, faulty, pi, asOf)
	sameJSON(t, what+": summary", render.NewSummaryJSON(lg), want.summary)
	for i, u := range want.summary.Units {
		seen["ranked in a group"] = seen["ranked in a group"] || u.Rank != nil && u.RankGroup != nil
		seen["ranked with the rest"] = seen["ranked with the rest"] || u.Rank != nil && u.RankGroup == nil
		seen["ranked in the overlapping group"] = seen["ranked in the overlapping group"] || u.Rank != nil && u.RankGroup != nil && *u.RankGroup == "跨组"
		seen["tied rank"] = seen["tied rank"] || i > 0 && u.Rank != nil && want.summary.Units[i-1].Rank != nil && *u.Rank == *want.summary.Units[i-1].Rank
		seen["late"] = seen["late"] || u.Late
		seen["not ranked"] = seen["not ranked"] || u.Rank == nil && !u.Submitted
		seen["file with errors"] = seen["file with errors"] || u.Invalid
		seen["evidence with errors"] = seen["evidence with errors"] || u.Invalid && evidenceOnly(x.Repo, faulty, lg.Period.ID, u.ID)
		seen["draft"] = seen["draft"] || u.Draft
		seen["nothing due"] = seen["nothing due"] || u.Rank == nil && !u.Submitted && !u.Draft && !u.Invalid && !u.Late && len(lg.Units) > 0 && isNothingDue(lg, u.ID)
		seen["accepted"] = seen["accepted"] || u.Review != nil && *u.Review == "accepted"
		seen["returned"] = seen["returned"] || u.Review != nil && *u.Review == "returned"
	}
	for _, u := range lg.Units {
		if r := u.Report; u.Invalid && !u.Draft && r == nil && u.File != "" {
			for _, rep := range x.Repo.Reports {
				seen["a date written wrong"] = seen["a date written wrong"] || rep.File == u.File && rep.Dated && rep.Submitted.IsZero()
			}
		}
		seen["returned and resubmitted"] = seen["returned and resubmitted"] || u.Review.State == review.Resubmitted
		seen["changed since accepted"] = seen["changed since accepted"] || u.Review.State == review.Pending && u.Review.Review != nil
		resent := u.Review.State == review.Resubmitted && u.Submitted.After(lg.Period.Due)
		seen["resubmitted late, on time by its first date"] = seen["resubmitted late, on time by its first date"] || resent && !u.Late
		seen["resubmitted past the date to send it again by"] = seen["resubmitted past the date to send it again by"] || resent && u.Late && u.Review.Review.Deadline.After(lg.Period.Due)
		seen["returned, not late: to send again by a later date"] = seen["returned, not late: to send again by a later date"] || u.Returned && !u.Late && lg.PastDue()
		seen["returned, late: past the date to send again by"] = seen["returned, late: past the date to send again by"] || u.Returned && u.Late && u.ResubmitBy.After(lg.Period.Due)
	}
	for _, r := range lg.Tasks {
		for _, p := range r.Pairs {
			_, granted := p.Extension.GrantedTo()
			seen["extension granted"] = seen["extension granted"] || granted && p.HasState()
			to, _ := p.Extension.GrantedTo()
			for _, m := range r.Task.Milestones {
				seen["an extension over a milestone past"] = seen["an extension over a milestone past"] || granted && p.HasState() &&
					m.Due.Before(lg.AsOf) && m.Due.Before(to) && p.Status != model.Done
			}
			seen["extension refused"] = seen["extension refused"] || p.Extension.Decision != nil && !granted
		}
	}
	for _, r := range x.Repo.Reports {
		seen["a report after as-of"] = seen["a report after as-of"] || r.Dir == lg.Period.ID && lg.AsOf.Before(lg.Period.Due) && r.Submitted.After(lg.AsOf)
	}
	for _, rv := range x.Repo.Reviews {
		seen["a review after as-of"] = seen["a review after as-of"] || rv.Dir == lg.Period.ID && lg.AsOf.Before(lg.Period.Due) && rv.Date.After(lg.AsOf) &&
			!rv.Date.After(lg.Period.Due)
	}
	seen["the due day running"] = seen["the due day running"] || lg.DueToday()
	for _, g := range lg.Targets {
		seen["a target's value carried"] = seen["a target's value carried"] || g.Carried > 0 && g.Actual > 0
	}
	for _, t := range x.Repo.Tasks {
		seen["a task not yet on the list"] = seen["a task not yet on the list"] || !x.InList(t, pi)
		seen["a task every unit of which left"] = seen["a task every unit of which left"] || len(x.Owners(t.ID)) > 0 && len(x.OwnersIn(t.ID, pi)) == 0
		for _, r := range lg.Tasks {
			extended := r.Task == t && len(r.Pairs) > 0 && lg.AsOf.After(r.Due)
			for _, p := range r.Pairs {
				_, granted := p.Extension.GrantedTo()
				extended = extended && (granted || p.HasState() && p.Status == model.Done)
			}
			seen["a task past due, every unit not done extended"] = seen["a task past due, every unit not done extended"] || extended && r.Status != model.Done
			seen["a task done by the units that left"] = seen["a task done by the units that left"] || r.Task == t && r.Unowned && r.Status == model.Done
		}
		seen["a step before the task joined"] = seen["a step before the task joined"] || t.From != "" && x.InList(t, pi) &&
			len(t.Milestones) > 0 && t.Milestones[0].Due.Before(x.Starts(t)) && lg.AsOf.After(t.Milestones[0].Due)
	}
	for _, u := range x.Repo.Units.Units {
		gone := !x.Serving(u.ID, pi)
		seen["a unit merged away"] = seen["a unit merged away"] || gone && u.Until != "" && len(x.UnitTasksIn(0)[u.ID]) > 0
		seen["a unit not yet on the list"] = seen["a unit not yet on the list"] || gone && u.From != ""
	}
	for _, u := range lg.Units {
		seen["a courtesy report"] = seen["a courtesy report"] || u.NothingDue() && u.HasReport
		if u.HasReport && u.Report != nil && !u.Returned {
			listed := map[string]bool{}
			for _, e := range u.Report.Entries {
				seen["a task listed twice"] = seen["a task listed twice"] || listed[model.TaskKey(e.Task)]
				listed[model.TaskKey(e.Task)] = true
			}
		}
	}
	for _, r := range want.summary.Tasks {
		seen["partial coverage"] = seen["partial coverage"] || r.Covered > 0 && r.Covered < r.Units
		seen[r.Light] = true
		seen["a unit done"] = seen["a unit done"] || r.Done > 0
	}

	got := map[[2]string]string{}
	for _, a := range ledger.Alerts(lg) {
		got[[2]string{a.Task.Task.ID, a.Unit()}] = a.Light.Code()
	}
	for _, r := range lg.Tasks {
		for _, p := range r.Pairs {
			if l := p.Light.Code(); l != "green" && l != "" && got[[2]string{r.Task.ID, p.Unit}] != l {
				t.Errorf("%s: pair %s/%s is %s but not listed as such", what, r.Task.ID, p.Unit, l)
			}
		}
	}
	sameJSON(t, what+": lights (task, unit)", lightList(got), lightList(want.lights))

	var buf bytes.Buffer
	if err := render.Missing(&buf, render.FormatJSON, lg, nil, "tally", i18n.Zh); err != nil {
		t.Fatal(err)
	}
	var missing []render.MissingJSON
	if err := json.Unmarshal(buf.Bytes(), &missing); err != nil {
		t.Fatal(err)
	}
	for i := range missing {
		missing[i].Contact, missing[i].Fixes = "", nil // who to phone and what to fix are not figures of §2
		seen["chased: "+missing[i].State] = true
	}
	if want.missing == nil {
		want.missing = []render.MissingJSON{}
	}
	sameJSON(t, what+": missing", missing, want.missing)

	var praise []string
	for _, g := range ledger.Praise(lg) {
		var ids []string
		for _, u := range g.Praised {
			ids = append(ids, u.Unit.ID)
		}
		praise = append(praise, fmt.Sprintf("%s: %d ranked: %s", g.Name, g.Ranked, strings.Join(ids, " ")))
		seen["praised"] = seen["praised"] || len(ids) > 0
		for _, u := range lg.Units {
			if u.Ranked() && u.Rank <= ledger.PraiseTop && g.Ranked >= ledger.PraiseMin && u.RankGroup == g.Name {
				seen["top but late"] = seen["top but late"] || u.Late
				seen["top but lit"] = seen["top but lit"] || u.RedItems+u.YellowItems > 0
			}
		}
		seen["too few ranked to praise"] = seen["too few ranked to praise"] || g.Ranked < ledger.PraiseMin
	}
	sameJSON(t, what+": praise", praise, want.praise)
}

func isNothingDue(lg *ledger.Ledger, id string) bool {
	for _, u := range lg.Units {
		if u.Unit.ID == id {
			return u.NothingDue()
		}
	}
	return false
}

func lightList(m map[[2]string]string) []string {
	var out []string
	for k, l := range m {
		out = append(out, k[0]+"/"+k[1]+" "+l)
	}
	sort.Strings(out)
	return out
}

// sameJSON compares two values as their JSON, line by line, naming the
// first lines that differ.
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.MarshalIndent(got, "", " ")
	w, _ := json.MarshalIndent(want, "", " ")
	if bytes.Equal(g, w) {
		return
	}
	gl, wl := strings.Split(string(g), "\n"), strings.Split(string(w), "\n")
	var diff []string
	for i := 0; i < max(len(gl), len(wl)) && len(diff) < 8; i++ {
		var a, b string
		if i < len(gl) {
			a = gl[i]
		}
		if i < len(wl) {
			b = wl[i]
		}
		if a != b {
			diff = append(diff, fmt.Sprintf("line %d: ledger %s\n          design %s", i+1, strings.TrimSpace(a), strings.TrimSpace(b)))
		}
	}
	t.Errorf("%s differs from the design's reading:\n%s", what, strings.Join(diff, "\n"))
}

// datesAround are the todays a period is judged at: before it starts, on
// its start, mid-way, the day before its due date, on it, the day after,
// and a month after.
func datesAround(p model.Period) []time.Time {
	mid := p.Start.Add(p.End.Sub(p.Start) / 2).Truncate(24 * time.Hour)
	return []time.Time{p.Start.AddDate(0, 0, -10), p.Start, mid, p.Due.AddDate(0, 0, -1), p.Due, p.Due.AddDate(0, 0, 1), p.Due.AddDate(0, 1, 0)}
}

// evidenceOnly: the unit's report for the period loads without an error
// of its own, and check finds one in it (its evidence): the ledger learns
// of it only from check.
func evidenceOnly(repo *model.Repo, faulty map[string]bool, period, unit string) bool {
	file := "reports/" + period + "/" + unit + ".yaml"
	if !faulty[file] {
		return false
	}
	for _, r := range repo.Reports {
		if r.File == file {
			cites := false
			for _, e := range r.Entries {
				if e.Invalid {
					return false
				}
				for _, ref := range e.Evidence {
					cites = cites || ref.Value == "没有的佐证.pdf"
				}
			}
			return cites
		}
	}
	return false
}

// province is a generated province (internal/gen), small enough for the
// race detector, made to hold what a real one does: groups ranked among
// themselves (and one overlapping them, whose units rank in the first),
// drafts, a done below 100, evidence cited and not there, and reports
// missing.
func province(t *testing.T) fs.FS {
	t.Helper()
	dir := t.TempDir()
	if err := gen.Write(dir, gen.Options{Tasks: 30, Units: 300, Periods: 4, Seed: 23, Missing: 0.15}); err != nil {
		t.Fatal(err)
	}
	edit := func(name string, f func(string) string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit("units.yaml", func(s string) string {
		// Groups 1 and 3 rank among themselves; a last group holds the
		// first twenty units (of groups 1, 2 and 3 in turn) and ranks too:
		// those of groups 1 and 3 stay in their first group, group 2's
		// rank there.
		s = strings.Replace(s, "  - name: 第2组\n", "    rank: true\n  - name: 第2组\n", 1)
		s = strings.TrimRight(s, "\n") + "\n    rank: true\n  - name: 跨组\n    rank: true\n    members:\n"
		for u := 1; u <= 20; u++ {
			s += fmt.Sprintf("      - u%05d\n", u)
		}
		return s
	})
	// The first tasks, whose extensions reviewSome grants, have an early
	// milestone: a granted extension lifts it for the unit.
	for _, id := range []string{"001", "002", "003", "004"} {
		edit("tasks/"+id+".yaml", func(s string) string {
			if strings.Contains(s, "milestones:") {
				return s
			}
			return s + "milestones:\n  - due: 2024-05-15\n    text: 完成部署\n"
		})
	}
	// The list changes during the year (walk 7): a task joins it in the
	// second period, a unit merged away reports to the second period only,
	// another joins in the third. What the generator gave them outside
	// those periods stays on disk, and counts for nothing.
	plan, err := os.ReadFile(filepath.Join(dir, "plan.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ids := regexp.MustCompile(`(?m)^  - id: (\d{4}Q\d)$`).FindAllStringSubmatch(string(plan), -1)
	if len(ids) < 3 {
		t.Fatalf("the province has %d periods", len(ids))
	}
	// It has a step dated before it joined, never asked of its units; a
	// task of the merged unit alone is owed by no one after it left.
	edit("tasks/010.yaml", func(s string) string {
		return s + "from: " + ids[1][1] + "\nmilestones:\n  - due: 2024-03-15\n    text: 完成摸底\n  - due: 2024-08-15\n    text: 完成部署\n"
	})
	if err := os.WriteFile(filepath.Join(dir, "tasks", "031.yaml"), []byte("section: \"1\"\ntitle: 撤并单位的任务\nowners:\n  - u00030\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Another it had done before it left: still on the list, and done.
	if err := os.WriteFile(filepath.Join(dir, "tasks", "032.yaml"), []byte("section: \"1\"\ntitle: 撤并单位完成的任务\nowners:\n  - u00030\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	edit("reports/"+ids[0][1]+"/u00030.yaml", func(s string) string {
		return strings.TrimRight(s, "\n") + "\n\n  - task: 32\n    status: 已完成\n    progress: 100\n    summary: 已完成。\n"
	})
	edit("units.yaml", func(s string) string {
		s = strings.Replace(s, "  - id: u00030\n", "  - id: u00030\n    until: "+ids[1][1]+"\n", 1)
		return strings.Replace(s, "  - id: u00040\n", "  - id: u00040\n    from: "+ids[2][1]+"\n", 1)
	})
	// What was reported outside the list is carried to no later period:
	// the unit joining in the third period sent nothing in it, and a third
	// of the second period's reports leave out the task that joined then.
	if err := os.Remove(filepath.Join(dir, "reports", ids[2][1], "u00040.yaml")); err != nil {
		t.Fatal(err)
	}
	joined, _ := filepath.Glob(filepath.Join(dir, "reports", ids[1][1], "*.yaml"))
	task10 := regexp.MustCompile(`  - task: 10\n(?:    .*\n)*\n?`)
	for i, p := range joined {
		if i%3 == 0 {
			rel, _ := filepath.Rel(dir, p)
			edit(filepath.ToSlash(rel), func(s string) string { return task10.ReplaceAllString(s, "") })
		}
	}
	// Task 5 has a numeric target; its units give a value with each
	// entry, but a third of the entries after the first period leave it
	// out: the unit's latest value stands (a value carried).
	edit("tasks/005.yaml", func(s string) string {
		return s + "targets:\n  - {id: sites, name: 示范点, target: 500, unit: 个}\n"
	})
	task5 := regexp.MustCompile(`(  - task: 5\n    status: .*\n    progress: (\d+)\n)`)
	valued, _ := filepath.Glob(filepath.Join(dir, "reports", "*", "*.yaml"))
	for i, p := range valued {
		rel, _ := filepath.Rel(dir, p)
		first := strings.Contains(filepath.ToSlash(rel), "/"+ids[0][1]+"/")
		if !first && i%3 == 1 {
			continue
		}
		edit(filepath.ToSlash(rel), func(s string) string { return task5.ReplaceAllString(s, "${1}    values: {sites: ${2}}\n") })
	}
	reports, _ := filepath.Glob(filepath.Join(dir, "reports", "*", "*.yaml"))
	done := regexp.MustCompile(`status: 推进中\n    progress: ([1-9][0-9]?)\n`)
	for i, p := range reports {
		rel, _ := filepath.Rel(dir, p)
		switch {
		case i%41 == 0: // a draft
			edit(filepath.ToSlash(rel), func(s string) string { return regexp.MustCompile(`submitted: .*\n`).ReplaceAllString(s, "") })
		case i%47 == 5: // evidence cited and not there (R501)
			edit(filepath.ToSlash(rel), func(s string) string {
				return regexp.MustCompile(`\n    progress: `).ReplaceAllString(s, "\n    evidence: [没有的佐证.pdf]\n    progress: ")
			})
		case i%59 == 7: // dated a year early, before its period began (R205: no date, no draft)
			edit(filepath.ToSlash(rel), func(s string) string {
				return regexp.MustCompile(`submitted: (\d{4})`).ReplaceAllStringFunc(s, func(m string) string {
					y, _ := strconv.Atoi(m[len(m)-4:])
					return "submitted: " + strconv.Itoa(y-1)
				})
			})
		case i%43 == 11: // the first task listed again, done (R309): the first entry counts
			edit(filepath.ToSlash(rel), func(s string) string {
				if m := regexp.MustCompile(`  - task: (\d+)\n`).FindStringSubmatch(s); m != nil && strings.HasSuffix(s, "\n") {
					return s + "\n  - task: " + m[1] + "\n    status: 已完成\n    progress: 100\n    summary: 重复的一条。\n"
				}
				return s
			})
		case i%53 == 0: // done below 100 (R401)
			edit(filepath.ToSlash(rel), func(s string) string {
				if m := done.FindStringIndex(s); m != nil {
					return s[:m[0]] + strings.Replace(s[m[0]:m[1]], "推进中", "已完成", 1) + s[m[1]:]
				}
				return s
			})
		}
	}
	reviewSome(t, dir, reports)
	// A task of one unit, due mid-year, which the office gave it until
	// 2099 in the second period: lit by that date, as the unit's item is.
	if err := os.WriteFile(filepath.Join(dir, "tasks", "033.yaml"), []byte("section: \"1\"\ntitle: 延期的任务\nowners:\n  - u00032\ndue: 2024-06-30\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids[:2] {
		edit("reports/"+id[1]+"/u00032.yaml", func(s string) string {
			return strings.TrimRight(s, "\n") + "\n\n  - task: 33\n    status: 推进中\n    progress: 30\n    summary: 已开展。\n"
		})
	}
	b, err := os.ReadFile(filepath.Join(dir, "reports", ids[1][1], "u00032.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	m := submittedRe.FindSubmatch(b)
	if m == nil {
		t.Fatal("u00032's report is a draft")
	}
	on, _ := model.ParseDate(string(m[1]))
	review := fmt.Sprintf("unit: u00032\nperiod: %s\nreport: %s\nresult: 通过\ndate: %s\nby: 督查科\nextensions:\n  - {task: 33, to: 2099-12-31, granted: true}\n",
		ids[1][1], model.ReportHash(b), model.FormatDate(on))
	if err := os.MkdirAll(filepath.Join(dir, "reviews", ids[1][1]), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "reviews", ids[1][1], "u00032.yaml"), []byte(review), 0o644); err != nil {
		t.Fatal(err)
	}
	return os.DirFS(dir)
}

var submittedRe = regexp.MustCompile(`submitted: (\S+)`)

// reviewSome writes reviews of the province's reports, of each kind the
// design tells apart: accepted as it is, returned as it is, returned and
// then resubmitted (changed, submitted after the review, or on its day),
// returned and
// changed but not resubmitted, accepted and changed since (the
// fingerprints of the changed ones no longer match); some grant or refuse
// an extension of the report's first task.
func reviewSome(t *testing.T, dir string, reports []string) {
	t.Helper()
	taskRe := regexp.MustCompile(`task: (\S+)`)
	for i, p := range reports {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m, task := submittedRe.FindSubmatch(b), taskRe.FindSubmatch(b)
		kind := i % 7
		if m == nil || task == nil || kind == 0 || kind == 6 {
			continue
		}
		submitted, _ := model.ParseDate(string(m[1]))
		hash, result, date := model.ReportHash(b), "通过", submitted.AddDate(0, 0, 3)
		switch kind {
		case 2:
			result = "退回"
		case 3: // returned before it was sent again
			hash, result, date = "000000000000", "退回", submitted.AddDate(0, 0, -2)
			if i%5 == 3 { // returned and put right on the same day
				date = submitted
			}
		case 4: // returned, changed, not sent again
			hash, result = "000000000000", "退回"
		case 5:
			hash = "000000000000"
		}
		rel, _ := filepath.Rel(filepath.Join(dir, "reports"), p)
		period, unit := filepath.Dir(rel), strings.TrimSuffix(filepath.Base(rel), ".yaml")
		text := fmt.Sprintf("unit: %s\nperiod: %s\nreport: %s\nresult: %s\ndate: %s\nby: 督查科\n", unit, period, hash, result, model.FormatDate(date))
		// A return records the date of the report it returned, and some set
		// a deadline to send it again by; every third is as written before
		// the date was recorded.
		if result == "退回" && i%3 != 0 {
			first := submitted
			if kind == 3 { // the report returned came before the one there now
				first = date.AddDate(0, 0, -1-i%9)
			}
			text += "submitted: " + model.FormatDate(first) + "\n"
			switch {
			case kind == 3 && i%4 == 1: // passed a day before the report came again
				text += "deadline: " + model.FormatDate(date.AddDate(0, 0, 1)) + "\n"
			case i%2 == 0:
				text += "deadline: " + model.FormatDate(date.AddDate(0, 0, 10)) + "\n"
			}
		}
		if result == "退回" {
			text += "reasons:\n  - task: " + string(task[1]) + "\n    text: 请补充具体数据\n  - text: 缺少佐证材料\n"
		}
		switch {
		case i%5 == 1:
			text += "extensions:\n  - {task: " + string(task[1]) + ", to: 2099-12-31, granted: true}\n"
		case i%5 == 2:
			text += "extensions:\n  - {task: " + string(task[1]) + ", granted: false}\n"
		}
		if err := os.MkdirAll(filepath.Join(dir, "reviews", period), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "reviews", period, unit+".yaml"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
