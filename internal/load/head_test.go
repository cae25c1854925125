package load_test

import (
	"fmt"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"tally/internal/diag"
	"tally/internal/load"
	"tally/internal/model"
)

// headFS is the base repository with more tasks than the loaders have
// workers, listed out of id order, one of them with an error and one a
// duplicate id, and reports of two periods.
func headFS(t *testing.T) fstest.MapFS {
	fsys := baseFS(t)
	for i := 3; i <= 40; i++ {
		fsys[fmt.Sprintf("tasks/%d.yaml", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"section: 一\ntitle: 任务%d\nowners:\n  - 市区组织部\n", i))}
	}
	fsys["tasks/07.yaml"] = &fstest.MapFile{Data: []byte("section: 一\ntitle: 同号\nowners:\n  - 市区组织部\n")}
	fsys["tasks/9.yaml"] = &fstest.MapFile{Data: []byte("section: 一\ntitle: [\n")}
	src := string(fsys["reports/2019Q2/a-org.yaml"].Data)
	fsys["reports/2019Q3/a-org.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(src, "2019Q2", "2019Q3", 1))}
	return fsys
}

// Options.Head is called once, with the plan, the units and the tasks in
// place (sorted as the load leaves them) and no report yet, and the load
// then gives what it gives without it: the same diagnostics in the same
// order, files, marks and model.
func TestHeadSeesPlanUnitsTasks(t *testing.T) {
	fsys := headFS(t)
	want := load.Load(fsys)
	for range 20 { // the worker that reads the last task varies
		var calls atomic.Int32
		var tasks []*model.Task
		var plan, units, reports bool
		got := load.LoadWith(fsys, load.Options{Head: func(repo *model.Repo) {
			calls.Add(1)
			tasks = append([]*model.Task(nil), repo.Tasks...)
			plan, units, reports = repo.Plan != nil, repo.Units != nil, len(repo.Reports) > 0
		}})
		if n := calls.Load(); n != 1 {
			t.Fatalf("Head called %d times", n)
		}
		if !plan || !units || reports {
			t.Errorf("Head saw plan %v, units %v, reports %v", plan, units, reports)
		}
		if !reflect.DeepEqual(tasks, got.Repo.Tasks) {
			t.Errorf("Head saw tasks %v, the load gives %v", ids(tasks), ids(got.Repo.Tasks))
		}
		if !reflect.DeepEqual(ids(got.Repo.Tasks), ids(want.Repo.Tasks)) {
			t.Errorf("tasks %v, without Head %v", ids(got.Repo.Tasks), ids(want.Repo.Tasks))
		}
		if !reflect.DeepEqual(got.Diags, want.Diags) || !reflect.DeepEqual(got.Repo.Files, want.Repo.Files) ||
			!reflect.DeepEqual(got.Repo.Invalid, want.Repo.Invalid) || !reflect.DeepEqual(got.Repo.Reports, want.Repo.Reports) ||
			!reflect.DeepEqual(got.Repo.Plan, want.Repo.Plan) || !reflect.DeepEqual(got.Repo.Units, want.Repo.Units) {
			t.Fatalf("with Head the load differs:\n%+v\nwithout:\n%+v", got.Diags.Items, want.Diags.Items)
		}
	}
}

// Where the plan, the units and the tasks alone are over the load's
// budget, some of them are refused, and Head is not called on a
// repository that then loses them.
func TestHeadNotCalledOverBudget(t *testing.T) {
	fsys := baseFS(t)
	head, tail := "section: 一\nowners:\n  - 市区组织部\ntitle: ", "\n"
	big := []byte(head + strings.Repeat("x", load.MaxFileSize-len(head)-len(tail)) + tail)
	for i := range load.MaxTotalSize/load.MaxFileSize + 2 {
		fsys[fmt.Sprintf("tasks/%d.yaml", 100+i)] = &fstest.MapFile{Data: big}
	}
	called := false
	res := load.LoadWith(fsys, load.Options{DropTexts: true, Head: func(*model.Repo) { called = true }})
	if called {
		t.Error("Head was called though tasks were refused for the budget")
	}
	refused := 0
	for _, d := range res.Diags.Items {
		if d.Rule == diag.TooLarge {
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("no task was refused for the budget: the test does not reach it")
	}
}

func ids(ts []*model.Task) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.ID+" "+t.File)
	}
	return out
}

// The period folders are listed side by side; what the listing says of
// each (stray files, folders, misnamed reports) comes in the folders'
// order and in the order of the files within each, every time.
func TestListingSaysInFolderOrder(t *testing.T) {
	fsys := baseFS(t)
	src := fsys["reports/2019Q2/a-org.yaml"].Data
	var want []string
	for _, p := range []string{"2019Q1", "2019Q2", "2019Q3", "2019Q4", "2020Q1"} {
		dir := "reports/" + p + "/"
		fsys[dir+"a-org.yaml"] = &fstest.MapFile{Data: src}
		fsys[dir+"b.txt"] = &fstest.MapFile{Data: []byte("x")}
		fsys[dir+"c/d.yaml"] = &fstest.MapFile{Data: src}
		fsys[dir+"e.yml"] = &fstest.MapFile{Data: src}
		want = append(want, dir+"b.txt", dir+"c", dir+"e.yml")
	}
	fsys["reports/zz.yaml"] = &fstest.MapFile{Data: src}
	want = append(want, "reports/zz.yaml")
	for range 20 {
		res := load.Load(fsys)
		var got []string
		for _, d := range res.Diags.Items {
			if strings.HasPrefix(d.File, "reports/") && (d.Rule == diag.StrayFile || d.Rule == diag.Misnamed) {
				got = append(got, d.File)
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("the listing says, in order:\n%v\nwant\n%v", got, want)
		}
		var reports []string
		for _, f := range res.Repo.Files {
			if strings.HasPrefix(f, "reports/") {
				reports = append(reports, f)
			}
		}
		if len(reports) != 10 || reports[0] != "reports/2019Q1/a-org.yaml" || reports[9] != "reports/2020Q1/e.yml" {
			t.Fatalf("reports read: %v", reports)
		}
	}
}
