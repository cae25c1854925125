package gitfs

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestHistoryWideAsHistory: HistoryWide lists the same commits, in the
// same order, with the same files as History, on a data root inside a
// larger repository (files outside it, and files in it that are not under
// the paths), with commits that change nothing under the paths (only
// outside, only a stray file, nothing at all), one that changes a link
// (listed, with no file), the root commit, a file replaced by a folder;
// then with a merge, where it falls back to History; and with pathspecs
// that are not plain names.
func TestHistoryWideAsHistory(t *testing.T) {
	gitEnv(t)
	repo := t.TempDir()
	dir := filepath.Join(repo, "data")
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(repo, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	commit := func(msg string) {
		t.Helper()
		run(t, repo, "add", "-A")
		run(t, repo, "commit", "-q", "--allow-empty", "-m", msg)
	}
	run(t, repo, "init", "-q", "-b", "main")
	write("data/plan.yaml", "title: a\n")
	write("outside.txt", "x\n")
	commit("root")
	write("outside.txt", "y\n")
	commit("outside only")
	write("data/README.md", "notes\n")
	commit("a stray file only")
	commit("empty")
	write("data/reports/2019Q2/a.yaml", "unit: a\n")
	write("data/reportsX/b.yaml", "not under reports\n")
	commit("a report")
	if err := os.Symlink("a.yaml", filepath.Join(dir, "reports", "2019Q2", "link.yaml")); err != nil {
		t.Fatal(err)
	}
	commit("a link")
	write("data/tasks", "a file where a folder goes\n")
	commit("tasks as a file")
	os.Remove(filepath.Join(dir, "tasks"))
	write("data/tasks/1.yaml", "id: 1\n")
	write("data/plan.yaml", "title: b\n")
	commit("tasks as a folder")

	paths := []string{"plan.yaml", "units.yaml", "tasks", "reports", "reviews", "evidence"}
	same := func(what string, paths []string) {
		t.Helper()
		want, err := History(dir, "", paths)
		if err != nil {
			t.Fatal(err)
		}
		got, err := HistoryWide(dir, "", paths)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: HistoryWide\n%+v\nHistory\n%+v", what, got, want)
		}
	}
	same("plain paths", paths)
	same("a period's folder and a file", []string{"reports/2019Q2", "plan.yaml"})
	same("a glob", []string{":(glob)reports/*/a.yaml"})

	// The filtered walk itself, which HistoryWide takes without merges.
	want, _ := History(dir, "", paths)
	wide, err := history(dir, "HEAD", nil, func(p string) bool { return underAny(p, paths) })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(wide, want) {
		t.Errorf("the walk without pathspecs\n%+v\nHistory\n%+v", wide, want)
	}
	var msgs []string
	for _, c := range want {
		msgs = append(msgs, c.Message)
	}
	if w := []string{"tasks as a folder", "tasks as a file", "a link", "a report", "root"}; !reflect.DeepEqual(msgs, w) {
		t.Errorf("History lists %q, want %q", msgs, w)
	}

	// A side branch merged in after a commit on main: git simplifies the
	// history by the paths, so HistoryWide is History.
	run(t, repo, "checkout", "-q", "-b", "side", "HEAD~2")
	write("data/reports/2019Q2/c.yaml", "unit: c\n")
	commit("side report")
	run(t, repo, "checkout", "-q", "main")
	write("outside.txt", "z\n")
	commit("main outside")
	run(t, repo, "merge", "-q", "--no-edit", "side")
	same("with a merge", paths)
}
