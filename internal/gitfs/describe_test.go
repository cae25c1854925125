package gitfs

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// gitEnv gives git an identity and no user configuration, as CI has.
func gitEnv(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	t.Setenv("GIT_AUTHOR_NAME", "测试")
	t.Setenv("GIT_AUTHOR_EMAIL", "test@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "测试")
	t.Setenv("GIT_COMMITTER_EMAIL", "test@example.com")
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
}

func run(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestDescribe(t *testing.T) {
	gitEnv(t)
	dir := t.TempDir()
	if _, _, err := Describe(dir); !errors.Is(err, ErrNotRepo) {
		t.Fatalf("outside a repository: %v", err)
	}
	run(t, dir, "init", "-q")
	data := filepath.Join(dir, "data")
	os.MkdirAll(data, 0o755)
	os.WriteFile(filepath.Join(data, "plan.yaml"), []byte("title: x\n"), 0o644)
	if c, dirty, err := Describe(data); err != nil || c != "" || !dirty {
		t.Fatalf("no commits yet: %q %v %v", c, dirty, err)
	}
	run(t, dir, "add", ".")
	run(t, dir, "commit", "-q", "-m", "first")
	c, dirty, err := Describe(data)
	if err != nil || len(c) != 12 || dirty {
		t.Fatalf("clean: %q %v %v", c, dirty, err)
	}
	// A change outside the data folder does not make the data dirty.
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	if _, dirty, _ := Describe(data); dirty {
		t.Error("a file outside the data folder made it dirty")
	}
	// Asked about the data files only, an exported workbook beside them
	// does not count; a changed data file does.
	os.WriteFile(filepath.Join(data, "q2.xlsx"), []byte("x"), 0o644)
	if _, dirty, err := Describe(data, "plan.yaml", "units.yaml", "tasks", "reports"); err != nil || dirty {
		t.Errorf("an untracked workbook made the data dirty (%v)", err)
	}
	os.WriteFile(filepath.Join(data, "units.yaml"), []byte("units: []\n"), 0o644)
	if _, dirty, _ := Describe(data); !dirty {
		t.Error("an untracked data file should make it dirty")
	}
	if _, dirty, _ := Describe(data, "plan.yaml", "units.yaml", "tasks", "reports"); !dirty {
		t.Error("an untracked units.yaml should make the data dirty")
	}
	os.Remove(filepath.Join(data, "units.yaml"))
	os.WriteFile(filepath.Join(data, "plan.yaml"), []byte("title: y\n"), 0o644)
	if _, dirty, _ := Describe(data, "plan.yaml", "units.yaml", "tasks", "reports"); !dirty {
		t.Error("a changed plan.yaml should make the data dirty")
	}
}
