package history

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"tally/internal/gitfs"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/testrepo"
)

func gitEnv(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	for k, v := range map[string]string{"GIT_AUTHOR_NAME": "测试", "GIT_AUTHOR_EMAIL": "test@example.com",
		"GIT_COMMITTER_NAME": "测试", "GIT_COMMITTER_EMAIL": "test@example.com",
		"GIT_CONFIG_GLOBAL": os.DevNull, "GIT_CONFIG_NOSYSTEM": "1"} {
		t.Setenv(k, v)
	}
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func edit(t *testing.T, dir, name, old, new string) {
	t.Helper()
	p := filepath.Join(dir, name)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", name, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func commit(t *testing.T, dir, date, msg string) {
	t.Helper()
	git(t, dir, "add", "-A")
	cmd := exec.Command("git", "-C", dir, "commit", "-q", "-m", msg)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE="+date+"T10:00:00+08:00", "GIT_COMMITTER_DATE="+date+"T10:00:00+08:00")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("commit: %v\n%s", err, out)
	}
}

// history builds a git history of the bundled data in dir (the data root,
// perhaps below the repository's top): reports added, revised, removed, a
// task retitled, a unit renamed, a stray file, a report that does not parse.
func history(t *testing.T, top, sub string) string {
	gitEnv(t)
	dir := filepath.Join(top, sub)
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	git(t, top, "init", "-q", "-b", "main")
	commit(t, dir, "2019-07-01", "二季度报送")
	edit(t, dir, "reports/2019Q2/xiashan-pub.yaml", "status: 滞后\n    progress: 20", "status: 推进中\n    progress: 50")
	commit(t, dir, "2019-07-03", "霞山更正")
	edit(t, dir, "tasks/05.yaml", "title: ", "title: 改")
	edit(t, dir, "units.yaml", "name: 霞山区委宣传部", "name: 霞山区委宣传部（新）")
	commit(t, dir, "2019-07-05", "改标题和单位名称")
	if err := os.MkdirAll(filepath.Join(dir, "reports/2019Q3"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "reports/2019Q3/chikan-school.yaml"), []byte("unit: chikan-school\nperiod: 2019Q3\nsubmitted: 2019-10-08\nentries:\n  - task: 3\n    status: 已完成\n    summary: 完成。\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "reports/2019Q3/notes.txt"), []byte("not data"), 0o644)
	git(t, dir, "rm", "-q", "reports/2019Q2/city-pub.yaml")
	commit(t, dir, "2019-10-08", "三季度")
	edit(t, dir, "reports/2019Q3/chikan-school.yaml", "entries:", "entries: [")
	commit(t, dir, "2019-10-09", "写坏了")
	edit(t, dir, "reports/2019Q3/chikan-school.yaml", "entries: [", "entries:")
	edit(t, dir, "reports/2019Q3/chikan-school.yaml", "summary: 完成。", "summary: 已完成。")
	commit(t, dir, "2019-10-10", "修好了")
	return dir
}

// full is the old way: load both whole snapshots and compare them. A
// report that changed and cannot be read on a side is one note, its
// fields not compared; but where parents are given (log: each commit's
// first parent) and it can be read after the commit and not before, it is
// compared with the last snapshot on the parents' line where it could be
// read, and the note names the commit after that snapshot.
func full(t *testing.T, dir, parent, commit string, parents map[string]string) []Change {
	t.Helper()
	side := func(c string) (fs.FS, *model.Repo) {
		if c == "" {
			return fstest.MapFS{}, &model.Repo{}
		}
		fsys, err := gitfs.Snapshot(dir, c)
		if err != nil {
			t.Fatal(err)
		}
		return fsys, load.Load(fsys).Repo
	}
	fa, a := side(parent)
	fb, b := side(commit)
	// A side without plan.yaml has an empty plan: the plan's dates and
	// periods show as added where it was added (or removed where deleted).
	for _, s := range []struct {
		fsys fs.FS
		repo *model.Repo
	}{{fa, a}, {fb, b}} {
		if _, err := fs.Stat(s.fsys, "plan.yaml"); err != nil && s.repo.Plan == nil {
			s.repo.Plan = &model.Plan{}
		}
	}
	var notes []Change
	why := func(fsys fs.FS, repo *model.Repo, f string) string {
		if _, err := fs.Stat(fsys, f); err != nil {
			return ""
		}
		for _, r := range repo.Reports {
			if r.File == f {
				return ""
			}
		}
		return "R102"
	}
	seen := map[string]bool{}
	for _, f := range append(load.List(fa), load.List(fb)...) {
		ra, _ := fs.ReadFile(fa, f)
		rb, _ := fs.ReadFile(fb, f)
		if seen[f] || !strings.HasPrefix(f, "reports/") || string(ra) == string(rb) {
			continue
		}
		seen[f] = true
		wa, wb := why(fa, a, f), why(fb, b, f)
		if wa == "" && wb == "" {
			continue
		}
		parts := strings.Split(f, "/")
		note := Change{Period: parts[1], Unit: strings.TrimSuffix(parts[2], ".yaml"), Field: FieldUnreadable, From: wa, To: wb, File: f}
		drop := func(r *model.Repo) {
			r.Reports = slices.DeleteFunc(r.Reports, func(r *model.Report) bool { return r.File == f })
		}
		drop(a)
		if _, err := fs.Stat(fb, f); parents != nil && wa != "" && wb == "" && err == nil {
			// Back along the first parents to a snapshot where f reads.
			for child, c := parent, parents[parent]; c != ""; child, c = c, parents[c] {
				fc, rc := side(c)
				if _, err := fs.Stat(fc, f); err != nil { // added, already unreadable, in child
					note.Since, note.NoneBefore = child, true
					break
				}
				if why(fc, rc, f) != "" {
					continue
				}
				var old *model.Report
				for _, r := range rc.Reports {
					if r.File == f {
						old = r
					}
				}
				var now []*model.Report
				for _, r := range b.Reports {
					if r.File == f {
						now = append(now, r)
					}
				}
				a.Reports = append(a.Reports, old)
				note.Since = child
				note.Same = len(Diff(&model.Repo{Plan: rc.Plan, Reports: []*model.Report{old}}, &model.Repo{Plan: b.Plan, Reports: now})) == 0
				break
			}
		}
		if note.Since == "" {
			drop(b)
		}
		notes = append(notes, note)
	}
	return append(Diff(a, b), notes...)
}

func nonEmpty(cs []Change) []Change {
	if len(cs) == 0 {
		return nil
	}
	return cs
}

// Reading only what each commit changed gives what loading both whole
// snapshots gives, for every commit and every filter.
func TestLogAsWholeSnapshots(t *testing.T) {
	for _, sub := range []string{"", "data"} {
		dir := history(t, t.TempDir(), sub)
		commits, err := gitfs.Log(dir, 0)
		if err != nil || len(commits) != 6 {
			t.Fatalf("%d commits, %v", len(commits), err)
		}
		parents := map[string]string{}
		for _, c := range commits {
			parents[c.Hash] = c.Parent
		}
		for _, opt := range []LogOptions{{}, {Task: "05"}, {Task: "3"}, {Unit: "xiashan-pub"}, {Period: "2019Q3"}, {Unit: "chikan-school", Period: "2019Q3"}} {
			got, err := Log(dir, opt)
			if err != nil {
				t.Fatal(err)
			}
			var want []Entry
			for _, c := range commits {
				whole := full(t, dir, c.Parent, c.Hash, parents)
				cs := Filter(whole, opt.Task, opt.Unit, opt.Period)
				// A report's changes shown against its version before it
				// could not be read keep the note that says so.
				for _, n := range whole {
					if n.Field == FieldUnreadable && n.Since != "" && !slices.Contains(cs, n) &&
						slices.ContainsFunc(cs, func(c Change) bool { return c.Period == n.Period && c.Unit == n.Unit }) {
						cs = append(cs, n)
					}
				}
				cs = nonEmpty(cs)
				if cs != nil {
					want = append(want, Entry{Commit: c.Hash, Date: c.Date.Format("2006-01-02 15:04"), Author: c.Author, Message: c.Message, Changes: cs})
				}
			}
			for i := range got {
				got[i].Changes = nonEmpty(got[i].Changes)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("sub %q, %+v:\n got %d entries %+v\nwant %d entries %+v", sub, opt, len(got), got, len(want), want)
			}
		}
	}
}

func TestLogLimitsAndDates(t *testing.T) {
	dir := history(t, t.TempDir(), "")
	day := func(s string) time.Time { d, _ := model.ParseDate(s); return d }
	for _, c := range []struct {
		opt  LogOptions
		want []string
	}{
		{LogOptions{Max: 2}, []string{"修好了", "写坏了"}},
		{LogOptions{Since: day("2019-07-03"), Until: day("2019-07-05")}, []string{"改标题和单位名称", "霞山更正"}},
		{LogOptions{Until: day("2019-07-01")}, []string{"二季度报送"}},
		{LogOptions{Task: "5", Max: 1}, []string{"三季度"}}, // city-pub.yaml, removed, spoke of task 5
	} {
		got, err := Log(dir, c.opt)
		if err != nil {
			t.Fatal(err)
		}
		var msgs []string
		for _, e := range got {
			msgs = append(msgs, e.Message)
		}
		if !reflect.DeepEqual(msgs, c.want) {
			t.Errorf("%+v: %q, want %q", c.opt, msgs, c.want)
		}
	}
}

// A shallow clone's oldest commit did not add everything: it is marked as
// where the history starts, with no changes.
func TestLogShallowBoundary(t *testing.T) {
	dir := history(t, t.TempDir(), "")
	clone := filepath.Join(t.TempDir(), "clone")
	git(t, dir, "clone", "-q", "--depth", "2", "file://"+dir, clone)
	got, err := Log(clone, LogOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Message != "修好了" || got[1].Message != "写坏了" || !got[1].Boundary || len(got[1].Changes) != 0 || got[0].Boundary {
		t.Fatalf("shallow log: %+v", got)
	}
	// A real first commit is not a boundary: it adds everything.
	all, _ := Log(dir, LogOptions{})
	if first := all[len(all)-1]; first.Boundary || len(first.Changes) == 0 {
		t.Fatalf("first commit: %+v", first)
	}
}

func TestCompare(t *testing.T) {
	dir := history(t, t.TempDir(), "data")
	head := git(t, dir, "rev-parse", "HEAD")
	first := git(t, dir, "rev-list", "--max-parents=0", "HEAD")
	got, err := Compare(dir, first, head)
	if err != nil {
		t.Fatal(err)
	}
	if want := full(t, dir, first, head, nil); !reflect.DeepEqual(nonEmpty(got), nonEmpty(want)) {
		t.Fatalf("Compare:\n got %+v\nwant %+v", got, want)
	}

	// The working tree: an edit, a new report nobody added, a removed file.
	edit(t, dir, "reports/2019Q2/chikan-org.yaml", "progress: ", "progress: 1")
	os.WriteFile(filepath.Join(dir, "reports/2019Q3/city-org.yaml"), []byte("unit: city-org\nperiod: 2019Q3\nentries: []\n"), 0o644)
	os.Remove(filepath.Join(dir, "reports/2019Q2/mazhang-pub.yaml"))
	got, err = CompareWorktree(dir, first, os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	fsys, _ := gitfs.Snapshot(dir, first)
	want := Diff(load.Load(fsys).Repo, load.Load(os.DirFS(dir)).Repo)
	if !reflect.DeepEqual(nonEmpty(got), nonEmpty(want)) {
		t.Fatalf("CompareWorktree:\n got %+v\nwant %+v", got, want)
	}
	if got, _ := CompareWorktree(dir, head, os.DirFS(dir)); len(got) == 0 {
		t.Fatal("the working tree's changes were not seen")
	}
	git(t, dir, "checkout", "-q", "--", ".")
	os.Remove(filepath.Join(dir, "reports/2019Q3/city-org.yaml"))
	if got, err := CompareWorktree(dir, head, os.DirFS(dir)); err != nil || len(got) != 0 {
		t.Fatalf("a clean working tree: %+v, %v", got, err)
	}
}

func TestLogWithoutHistory(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	if _, err := Log(dir, LogOptions{}); !errors.Is(err, gitfs.ErrNotRepo) {
		t.Fatalf("outside a repository: %v", err)
	}
	git(t, dir, "init", "-q")
	if got, err := Log(dir, LogOptions{}); err != nil || len(got) != 0 {
		t.Fatalf("no commits yet: %+v, %v", got, err)
	}
}

// A report that stops parsing, or grows past the size limit, is said to
// be unreadable at that commit, with the rule that says why; its fields
// are not shown as removed, nor as added again once it is fixed.
func TestLogUnreadable(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "init", "-q", "-b", "main")
	commit(t, dir, "2019-07-01", "二季度报送")
	const rep = "reports/2019Q2/xiashan-pub.yaml"
	good, _ := os.ReadFile(filepath.Join(dir, rep))
	edit(t, dir, rep, "entries:", "entries: [")
	commit(t, dir, "2019-07-02", "写坏了")
	os.WriteFile(filepath.Join(dir, rep), append(good, strings.Repeat("# 填充\n", load.MaxFileSize/8)...), 0o644)
	commit(t, dir, "2019-07-03", "太大了")
	os.WriteFile(filepath.Join(dir, rep), good, 0o644)
	commit(t, dir, "2019-07-04", "修好了")
	got, err := Log(dir, LogOptions{Max: 3})
	if err != nil {
		t.Fatal(err)
	}
	note := func(from, to string) []Change {
		return []Change{{Period: "2019Q2", Unit: "xiashan-pub", Field: FieldUnreadable, From: from, To: to, File: rep}}
	}
	// Put right, the file is compared with its last version that could be
	// read, from before the commit that broke it: the same here.
	brokeAt := git(t, dir, "rev-parse", "HEAD~2")
	mended := note("R105", "")
	mended[0].Since, mended[0].Same = brokeAt, true
	for i, want := range [][]Change{mended, note("R102", "R105"), note("", "R102")} {
		if !reflect.DeepEqual(got[i].Changes, want) {
			t.Errorf("%s: %+v, want %+v", got[i].Message, got[i].Changes, want)
		}
	}
	head := git(t, dir, "rev-parse", "HEAD")
	broken := git(t, dir, "rev-parse", "HEAD~2")
	if cs, err := Compare(dir, head, broken); err != nil || !reflect.DeepEqual(cs, note("", "R102")) {
		t.Errorf("Compare: %+v, %v", cs, err)
	}
	os.WriteFile(filepath.Join(dir, rep), []byte("unit: [\n"), 0o644)
	if cs, err := CompareWorktree(dir, head, os.DirFS(dir)); err != nil || !reflect.DeepEqual(cs, note("", "R102")) {
		t.Errorf("CompareWorktree: %+v, %v", cs, err)
	}
}

// A report broken in one commit and put right in a later one with another
// progress: log shows the progress it changed across the versions that
// could not be read, against the last that could, and says so. A file
// added broken and put right is shown as added.
func TestLogAcrossUnreadable(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "init", "-q", "-b", "main")
	commit(t, dir, "2019-07-01", "二季度报送")
	const rep = "reports/2019Q2/xiashan-pub.yaml"
	good, _ := os.ReadFile(filepath.Join(dir, rep))
	edit(t, dir, rep, "entries:", "entries: [")
	commit(t, dir, "2019-07-02", "写坏了")
	broke := git(t, dir, "rev-parse", "HEAD")
	edit(t, dir, rep, "unit: xiashan-pub", "unit: xiashan-pub\ncontact: 王五") // still broken
	commit(t, dir, "2019-07-03", "还是坏的")
	os.WriteFile(filepath.Join(dir, rep), []byte(strings.Replace(string(good), "progress: 20", "progress: 35", 1)), 0o644)
	commit(t, dir, "2019-07-04", "修好了")
	const fresh = "reports/2019Q2/potou-pub.yaml"
	os.WriteFile(filepath.Join(dir, fresh), []byte("unit: [\n"), 0o644)
	commit(t, dir, "2019-07-05", "新文件就是坏的")
	os.WriteFile(filepath.Join(dir, fresh), []byte(strings.ReplaceAll(string(good), "xiashan-pub", "potou-pub")), 0o644)
	commit(t, dir, "2019-07-06", "改好新文件")
	got, err := Log(dir, LogOptions{Max: 3})
	if err != nil {
		t.Fatal(err)
	}
	// Added broken, then put right: shown as added, and said so.
	added := git(t, dir, "rev-parse", "HEAD~1")
	if n := len(got[0].Changes); n < 2 || got[0].Changes[0].Field != FieldReport || got[0].Changes[0].To != fresh ||
		got[0].Changes[n-1] != (Change{Period: "2019Q2", Unit: "potou-pub", Field: FieldUnreadable, From: "R102", File: fresh, Since: added, NoneBefore: true}) {
		t.Errorf("a file broken from its first version: %+v", got[0].Changes)
	}
	if got[2].Message != "修好了" {
		t.Fatalf("third entry: %s", got[2].Message)
	}
	want := []Change{
		{Period: "2019Q2", Unit: "xiashan-pub", Task: "5", Field: FieldProgress, From: "20", To: "35"},
		{Period: "2019Q2", Unit: "xiashan-pub", Field: FieldUnreadable, From: "R102", File: rep, Since: broke},
	}
	for i := range got[2].Changes {
		got[2].Changes[i].Name = ""
	}
	if !reflect.DeepEqual(got[2].Changes, want) {
		t.Errorf("put right:\n got %+v\nwant %+v", got[2].Changes, want)
	}
}

// plan.yaml broken in one commit (its 2019Q3 due date moved at once) and
// put right in the next: the break is said, and the mend shows the due
// date moved against the plan before it broke (probe 9: neither commit
// showed anything). diff between the commits says the plan could not be
// read.
func TestLogPlanAcrossUnreadable(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "init", "-q", "-b", "main")
	commit(t, dir, "2019-07-01", "二季度报送")
	edit(t, dir, "plan.yaml", "due: 2019-10-12", "due: 2019-10-15")
	edit(t, dir, "plan.yaml", "\nperiods:", "\nperiods: [")
	commit(t, dir, "2019-07-02", "写坏了")
	broke := git(t, dir, "rev-parse", "HEAD")
	edit(t, dir, "plan.yaml", "\nperiods: [", "\nperiods:")
	commit(t, dir, "2019-07-03", "修好了")
	got, err := Log(dir, LogOptions{Max: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]Change{
		{{Period: "2019Q3", Field: FieldPeriodDue, From: "2019-10-12", To: "2019-10-15"},
			{Field: FieldUnreadable, From: "R102", File: "plan.yaml", Since: broke}},
		{{Field: FieldUnreadable, To: "R102", File: "plan.yaml"}},
	}
	for i := range want {
		if len(got) <= i || got[i].Message == "二季度报送" {
			t.Fatalf("log shows %d commits before the first: the plan's break or mend is missing", i)
		}
		if !reflect.DeepEqual(got[i].Changes, want[i]) {
			t.Errorf("%s: %+v\nwant %+v", got[i].Message, got[i].Changes, want[i])
		}
	}
	head := git(t, dir, "rev-parse", "HEAD")
	if cs, err := Compare(dir, broke, head); err != nil || !reflect.DeepEqual(cs, []Change{{Field: FieldUnreadable, From: "R102", File: "plan.yaml"}}) {
		t.Errorf("Compare: %+v, %v", cs, err)
	}
	// Narrowed to the period, the note comes with the due date's change.
	got, err = Log(dir, LogOptions{Max: 1, Period: "2019Q3"})
	if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0].Changes, want[0]) {
		t.Errorf("log --period 2019Q3: %+v, %v", got, err)
	}
	// Broken in the working tree: diff says so (probe 10: 没有变化).
	edit(t, dir, "plan.yaml", "\nperiods:", "\nperiods: [")
	if cs, err := CompareWorktree(dir, head, os.DirFS(dir)); err != nil || !reflect.DeepEqual(cs, []Change{{Field: FieldUnreadable, To: "R102", File: "plan.yaml"}}) {
		t.Errorf("CompareWorktree: %+v, %v", cs, err)
	}
	// Broken, deleted, and added back with 2019Q4's due date moved: the
	// deletion shows the periods that went (against the plan before it
	// broke), the addition those that came, 2019Q4's new due date among
	// them (probe 10: the addition showed nothing).
	commit(t, dir, "2019-07-04", "又写坏了")
	good := git(t, dir, "show", head+":plan.yaml")
	git(t, dir, "rm", "-q", "plan.yaml")
	commit(t, dir, "2019-07-05", "删了")
	os.WriteFile(filepath.Join(dir, "plan.yaml"), []byte(strings.Replace(good, "due: 2020-01-05", "due: 2020-01-10", 1)+"\n"), 0o644)
	git(t, dir, "add", "plan.yaml")
	commit(t, dir, "2019-07-06", "加回来")
	got, err = Log(dir, LogOptions{Max: 2})
	if err != nil || len(got) != 2 {
		t.Fatalf("log: %+v, %v", got, err)
	}
	has := func(cs []Change, c Change) bool { return slices.Contains(cs, c) }
	if !has(got[0].Changes, Change{Period: "2019Q4", Field: FieldPeriodDue, To: "2020-01-10"}) {
		t.Errorf("added back: %+v", got[0].Changes)
	}
	if cs := got[1].Changes; !has(cs, Change{Period: "2019Q3", Field: FieldPeriodDue, From: "2019-10-15"}) ||
		!slices.ContainsFunc(cs, func(c Change) bool { return c.Field == FieldUnreadable && c.NoneAfter && c.Since != "" }) {
		t.Errorf("deleted while broken: %+v", cs)
	}
}

// The version a mended file is compared with is the one its own line had
// (along the first parents), never another branch's that happened to be
// broken into the same bytes (probe 9); a file deleted while it could not
// be read is shown deleted as it last read.
func TestLogAcrossUnreadableBranches(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "init", "-q", "-b", "main")
	commit(t, dir, "2019-07-01", "二季度报送")
	const rep = "reports/2019Q2/xiashan-pub.yaml"
	good, _ := os.ReadFile(filepath.Join(dir, rep))
	broken := []byte("unit: xiashan-pub\nentries: [\n")
	git(t, dir, "checkout", "-q", "-b", "side")
	edit(t, dir, rep, "progress: 20", "progress: 25")
	commit(t, dir, "2019-07-02", "分支改为25")
	os.WriteFile(filepath.Join(dir, rep), broken, 0o644)
	commit(t, dir, "2019-07-04", "分支写坏") // after main's: the nearer in date order
	git(t, dir, "checkout", "-q", "main")
	os.WriteFile(filepath.Join(dir, rep), broken, 0o644)
	commit(t, dir, "2019-07-03", "主线写坏")
	broke := git(t, dir, "rev-parse", "HEAD")
	os.WriteFile(filepath.Join(dir, rep), []byte(strings.Replace(string(good), "progress: 20", "progress: 33", 1)), 0o644)
	commit(t, dir, "2019-07-05", "主线修好")
	const other = "reports/2019Q2/chikan-org.yaml"
	edit(t, dir, other, "entries:", "entries: [")
	commit(t, dir, "2019-07-06", "另一份写坏")
	git(t, dir, "rm", "-q", other)
	commit(t, dir, "2019-07-07", "删去写坏的")
	git(t, dir, "merge", "-q", "-s", "ours", "--no-edit", "side")
	got, err := Log(dir, LogOptions{Unit: "xiashan-pub"})
	if err != nil {
		t.Fatal(err)
	}
	var mended *Entry
	for i := range got {
		if got[i].Message == "主线修好" {
			mended = &got[i]
		}
	}
	if mended == nil {
		t.Fatalf("no 主线修好 in %+v", got)
	}
	want := []Change{
		{Period: "2019Q2", Unit: "xiashan-pub", Task: "5", Field: FieldProgress, From: "20", To: "33"},
		{Period: "2019Q2", Unit: "xiashan-pub", Field: FieldUnreadable, From: "R102", File: rep, Since: broke},
	}
	for i := range mended.Changes {
		mended.Changes[i].Name = ""
	}
	if !reflect.DeepEqual(mended.Changes, want) {
		t.Errorf("mended:\n got %+v\nwant %+v", mended.Changes, want)
	}
	// Narrowed to the task, which the broken bytes do not name (they are
	// not read for it): the same, not the entry deleted and sent anew.
	got, err = Log(dir, LogOptions{Task: "05"})
	if err != nil {
		t.Fatal(err)
	}
	mended = nil
	for i := range got {
		if got[i].Message == "主线修好" {
			mended = &got[i]
		}
	}
	if mended == nil {
		t.Fatalf("--task 05: no 主线修好 in %+v", got)
	}
	for i := range mended.Changes {
		mended.Changes[i].Name = ""
	}
	if !reflect.DeepEqual(mended.Changes, want) {
		t.Errorf("--task 05, mended:\n got %+v\nwant %+v", mended.Changes, want)
	}
	got, err = Log(dir, LogOptions{Unit: "chikan-org", Max: 1})
	if err != nil || len(got) != 1 || got[0].Message != "删去写坏的" {
		t.Fatalf("%+v, %v", got, err)
	}
	cs := got[0].Changes
	if len(cs) < 2 || cs[0].Field != FieldReport || cs[0].From != other || cs[0].To != "" || cs[len(cs)-1].Since == "" {
		t.Errorf("deleted while broken: %+v", cs)
	}
}
