package ledger_test

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
)

// randomRepo makes a small valid repository: 6 units, 5 tasks owned by
// random sets of units, 3 periods of random reports.
type randomRepo struct {
	files   map[string]string
	entries map[string][]string // report file → entry lines
	owners  map[int][]int
}

var statuses = []string{"未启动", "推进中", "已完成", "滞后"}

func newRandomRepo(seed int64) *randomRepo {
	rng := rand.New(rand.NewSource(seed))
	r := &randomRepo{files: map[string]string{}, entries: map[string][]string{}, owners: map[int][]int{}}
	r.files["plan.yaml"] = common[strings.Index(common, "title:"):strings.Index(common, "-- units.yaml")] +
		"  - {id: 2019Q3, start: 2019-07-01, end: 2019-09-30, due: 2019-10-10}\n"
	var units strings.Builder
	units.WriteString("units:\n")
	for u := 0; u < 6; u++ {
		fmt.Fprintf(&units, "  - {id: u%d, name: 单位%d}\n", u, u)
	}
	r.files["units.yaml"] = units.String()
	for t := 1; t <= 5; t++ {
		var owners []string
		for u := 0; u < 6; u++ {
			if rng.Intn(2) == 0 || u == t {
				r.owners[t] = append(r.owners[t], u)
				owners = append(owners, fmt.Sprintf("u%d", u))
			}
		}
		r.files[fmt.Sprintf("tasks/%d.yaml", t)] = fmt.Sprintf("section: 一\ntitle: 任务%d\nowners: [%s]\n", t, strings.Join(owners, ", "))
	}
	for _, period := range []string{"2019Q1", "2019Q2", "2019Q3"} {
		for u := 0; u < 6; u++ {
			if rng.Intn(3) == 0 {
				continue
			}
			file := fmt.Sprintf("reports/%s/u%d.yaml", period, u)
			for t := 1; t <= 5; t++ {
				if !slices.Contains(r.owners[t], u) || rng.Intn(3) == 0 {
					continue
				}
				st := statuses[rng.Intn(4)]
				prog := map[string]int{"未启动": 0, "推进中": 1 + rng.Intn(99), "已完成": 100, "滞后": rng.Intn(100)}[st]
				r.entries[file] = append(r.entries[file], fmt.Sprintf("  - {task: %d, status: %s, progress: %d, summary: x}", t, st, prog))
			}
		}
	}
	return r
}

func (r *randomRepo) fs() fstest.MapFS {
	m := fstest.MapFS{}
	for name, text := range r.files {
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	for file, lines := range r.entries {
		parts := strings.Split(file, "/")
		unit := strings.TrimSuffix(parts[2], ".yaml")
		text := fmt.Sprintf("unit: %s\nperiod: %s\nsubmitted: 2019-07-01\nentries:\n%s\n", unit, parts[1], strings.Join(lines, "\n"))
		if len(lines) == 0 {
			text = fmt.Sprintf("unit: %s\nperiod: %s\nentries: []\n", unit, parts[1])
		}
		m[file] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

// setEntry replaces or adds the unit's entry for a task in a period.
func (r *randomRepo) setEntry(period string, unit, task int, line string) {
	file := fmt.Sprintf("reports/%s/u%d.yaml", period, unit)
	prefix := fmt.Sprintf("  - {task: %d,", task)
	lines := slices.DeleteFunc(slices.Clone(r.entries[file]), func(s string) bool { return strings.HasPrefix(s, prefix) })
	r.entries[file] = append(lines, line)
}

func (r *randomRepo) ledger(t *testing.T, pi int) (*model.Index, *ledger.Ledger) {
	t.Helper()
	res := load.Load(r.fs())
	if n, _ := res.Diags.Counts(); n > 0 {
		t.Fatalf("generated repo has errors: %+v", res.Diags.Items[0])
	}
	x := model.NewIndex(res.Repo)
	return x, ledger.Build(x, pi, ledger.Day(date("2019-07-01")))
}

func unitRow(lg *ledger.Ledger, id string) *ledger.UnitRow {
	for _, u := range lg.Units {
		if u.Unit.ID == id {
			return u
		}
	}
	return nil
}

func TestReportingDoneNeverLowers(t *testing.T) {
	for seed := int64(0); seed < 40; seed++ {
		r := newRandomRepo(seed)
		_, before := r.ledger(t, 1)
		for task, owners := range r.owners {
			for _, u := range owners {
				r2 := newRandomRepo(seed)
				r2.setEntry("2019Q2", u, task, fmt.Sprintf("  - {task: %d, status: 已完成, summary: done}", task))
				_, after := r2.ledger(t, 1)
				tb, ta := before.Tasks[task-1], after.Tasks[task-1]
				if ta.Progress < tb.Progress-1e-9 {
					t.Errorf("seed %d: u%d reporting task %d done lowered its progress %v → %v", seed, u, task, tb.Progress, ta.Progress)
				}
				id := fmt.Sprintf("u%d", u)
				ub, ua := unitRow(before, id), unitRow(after, id)
				if float64(ua.Done)/float64(ua.Tasks) < float64(ub.Done)/float64(ub.Tasks) {
					t.Errorf("seed %d: u%d reporting task %d done lowered its share", seed, u, task)
				}
			}
		}
	}
}

func TestAddingTheMissingReportClearsIt(t *testing.T) {
	for seed := int64(0); seed < 40; seed++ {
		r := newRandomRepo(seed)
		_, lg := r.ledger(t, 1)
		for _, u := range ledger.ChaseList(lg) {
			r2 := newRandomRepo(seed)
			var n int
			fmt.Sscanf(u.Unit.ID, "u%d", &n)
			for _, task := range u.Missing {
				var k int
				fmt.Sscanf(task, "%d", &k)
				r2.setEntry("2019Q2", n, k, fmt.Sprintf("  - {task: %d, status: 推进中, progress: 10, summary: x}", k))
			}
			_, after := r2.ledger(t, 1)
			for _, m := range ledger.ChaseList(after) {
				if m.Unit.ID == u.Unit.ID && len(m.Missing) > 0 {
					t.Errorf("seed %d: %s still missing %v after reporting", seed, u.Unit.ID, m.Missing)
				}
			}
		}
	}
}

func TestSameDataSameOutput(t *testing.T) {
	for seed := int64(0); seed < 20; seed++ {
		r := newRandomRepo(seed)
		x, a := r.ledger(t, 2)
		slices.Reverse(x.Repo.Reports)
		b := ledger.Build(model.NewIndex(x.Repo), 2, ledger.Day(date("2019-07-01")))
		ja, _ := json.Marshal(render.NewSummaryJSON(a))
		jb, _ := json.Marshal(render.NewSummaryJSON(b))
		if string(ja) != string(jb) {
			t.Fatalf("seed %d: output depends on report order", seed)
		}
		_, c := r.ledger(t, 2)
		jc, _ := json.Marshal(render.NewSummaryJSON(c))
		if string(ja) != string(jc) {
			t.Fatalf("seed %d: two runs differ", seed)
		}
	}
}
