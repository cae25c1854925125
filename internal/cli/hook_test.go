package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// hook install writes only inside the repository: a core.hooksPath that
// leads outside it (absolute, climbing with .., or through a link, even
// a link followed by ..) is refused before anything is written or set;
// one inside the work tree is used.
func TestHookInstallStaysInTheRepository(t *testing.T) {
	cases := []struct {
		name  string
		path  func(t *testing.T, dir, outside string) string
		code  int
		write string // where the hook must then be, relative to dir ("" for nowhere)
	}{
		{"absolute, outside", func(t *testing.T, dir, outside string) string { return filepath.Join(outside, "hooks") }, 2, ""},
		{"climbing out", func(t *testing.T, dir, outside string) string { return "../" + filepath.Base(outside) + "/hooks" }, 2, ""},
		{"through a link", func(t *testing.T, dir, outside string) string {
			symlink(t, outside, filepath.Join(dir, "linked"))
			return "linked/hooks"
		}, 2, ""},
		{"a link, then ..", func(t *testing.T, dir, outside string) string {
			os.MkdirAll(filepath.Join(outside, "deep"), 0o755)
			symlink(t, filepath.Join(outside, "deep"), filepath.Join(dir, "linked"))
			return "linked/../hooks" // the parent of the link's target: outside
		}, 2, ""},
		{"inside the work tree", func(t *testing.T, dir, outside string) string { return ".githooks" }, 0, ".githooks/pre-commit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			parent := t.TempDir()
			dir, outside := filepath.Join(parent, "repo"), filepath.Join(parent, "outside")
			os.MkdirAll(dir, 0o755)
			os.MkdirAll(outside, 0o755)
			copyBase(t, dir)
			gitCommit(t, dir)
			hooks := c.path(t, dir, outside)
			if out, err := exec.Command("git", "-C", dir, "config", "core.hooksPath", hooks).CombinedOutput(); err != nil {
				t.Fatalf("%v %s", err, out)
			}
			code, out := runBounded(t, dir, "hook", "install")
			if code != c.code {
				t.Fatalf("exit %d, want %d:\n%s", code, c.code, out)
			}
			if c.code != 0 && !strings.Contains(out, "core.hooksPath 指向仓库之外") {
				t.Errorf("the refusal does not say why:\n%s", out)
			}
			if entries, _ := os.ReadDir(outside); len(entries) > 0 && c.code != 0 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				if len(names) != 1 || names[0] != "deep" {
					t.Errorf("written outside the repository: %v", names)
				}
			}
			if cfg, _ := exec.Command("git", "-C", dir, "config", "diff.tally.textconv").Output(); c.code != 0 && len(cfg) > 0 {
				t.Errorf("the refused install still set diff.tally.textconv = %s", cfg)
			}
			if c.write != "" {
				if _, err := os.Stat(filepath.Join(dir, c.write)); err != nil {
					t.Errorf("no hook at %s: %v", c.write, err)
				}
			}
		})
	}
}
