package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every notice of the import corpus, imported into a new folder, gives a
// repository that checks without errors, whose tasks list as imported.
func TestImportCheckRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("../notice/testdata/corpus/*.txt")
	docx, _ := filepath.Glob("../notice/testdata/corpus/*.docx")
	files = append(files, docx...)
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			dir := t.TempDir()
			_, stderr, code := run(t, "-C", dir, "import", f)
			if code != 0 {
				t.Fatalf("import: exit %d: %s", code, stderr)
			}
			if !strings.Contains(stderr, "读取了") {
				t.Errorf("no account: %s", stderr)
			}
			out, stderr, code := run(t, "-C", dir, "check", "--format", "json")
			var res struct {
				Diagnostics []struct{ File, Rule, Message string }
				Errors      int
			}
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatalf("check: %v: %s %s", err, out, stderr)
			}
			if code != 0 || res.Errors != 0 {
				t.Errorf("check: exit %d, %d errors: %+v", code, res.Errors, res.Diagnostics)
			}
			out, _, _ = run(t, "-C", dir, "tasks", "--format", "json")
			var tasks []task
			if err := json.Unmarshal([]byte(out), &tasks); err != nil || len(tasks) == 0 {
				t.Fatalf("tasks: %v: %s", err, out)
			}
			for _, k := range tasks {
				if len(k.Units) == 0 {
					t.Errorf("task %s has no units: %+v", k.ID, k)
				}
			}
		})
	}
}

// Into an existing repository, a task numbered 1 goes to its 01.yaml, not
// to a new 1.yaml beside it; an empty sub-folder of a repository starts a
// new one instead of writing into the repository above.
func TestImportKeepsFileNamesAndStaysInEmptyFolders(t *testing.T) {
	dir := t.TempDir()
	notice := filepath.Join(dir, "通知.txt")
	os.WriteFile(notice, []byte("2020年要点\n1.甲。（市委组织部负责）\n2.乙。（市委宣传部负责）\n"), 0o644)
	repo := filepath.Join(dir, "repo")
	if _, stderr, code := run(t, "-C", repo, "import", notice); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(repo, "tasks", "1.yaml")); err != nil {
		t.Fatalf("tasks/1.yaml: %v", err)
	}
	os.Rename(filepath.Join(repo, "tasks", "1.yaml"), filepath.Join(repo, "tasks", "01.yaml"))
	os.WriteFile(notice, []byte("2020年要点\n1.甲，改过。（市委组织部负责）\n2.乙。（市委宣传部负责）\n"), 0o644)
	_, stderr, code := run(t, "-C", repo, "import", notice)
	if code != 2 || !strings.Contains(stderr, "tasks/01.yaml") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if _, stderr, code := run(t, "-C", repo, "import", notice, "--force"); code != 0 {
		t.Fatalf("import --force: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(repo, "tasks", "1.yaml")); err == nil {
		t.Errorf("tasks/1.yaml written beside tasks/01.yaml")
	}
	if b, _ := os.ReadFile(filepath.Join(repo, "tasks", "01.yaml")); !strings.Contains(string(b), "改过") {
		t.Errorf("tasks/01.yaml not updated: %s", b)
	}

	sub := filepath.Join(repo, "new")
	os.Mkdir(sub, 0o755)
	if _, stderr, code := run(t, "-C", sub, "import", notice); code != 0 {
		t.Fatalf("import in an empty sub-folder: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(sub, "plan.yaml")); err != nil {
		t.Errorf("no new repository in the empty folder: %v", err)
	}
}

// A new repository keeps a copy of its notice in seeds/ under a name
// without controls or bidi overrides, whatever the notice was called.
func TestImportSeedNameIsClean(t *testing.T) {
	dir := t.TempDir()
	notice := filepath.Join(dir, "通知\u202etxt.exe\x1b.txt")
	os.WriteFile(notice, []byte("2020年要点\n1.甲。（市委组织部负责）\n"), 0o644)
	repo := filepath.Join(dir, "repo")
	if _, stderr, code := run(t, "-C", repo, "import", notice); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	seeds, _ := os.ReadDir(filepath.Join(repo, "seeds"))
	if len(seeds) != 1 || seeds[0].Name() != "通知_txt.exe_.txt" {
		t.Errorf("seeds/: %v", seeds)
	}
	if out, _, code := run(t, "-C", repo, "check"); code != 0 {
		t.Errorf("check: exit %d\n%s", code, out)
	}
}
