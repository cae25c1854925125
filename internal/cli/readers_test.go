package cli_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// specials are what a file tally reads may be instead of a regular file
// of sensible size. Each is made at p; a kind the machine cannot make
// skips its case.
var specials = []struct {
	name string
	make func(t *testing.T, p string)
}{
	{"FIFO", fifo},
	{"character device", func(t *testing.T, p string) {
		t.Helper()
		os.Remove(p)
		if err := mkzero(p); err != nil {
			t.Skip(err)
		}
	}},
	{"link to /dev/zero", func(t *testing.T, p string) { symlink(t, "/dev/zero", p) }},
	{"oversized", func(t *testing.T, p string) {
		t.Helper()
		os.Remove(p)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		// Sparse: 65 MB that cost nothing until someone reads them,
		// over every limit (data files, forms, notices).
		if err := f.Truncate(65<<20 + 1); err != nil {
			t.Fatal(err)
		}
	}},
}

// gitCommit makes dir a git repository with everything committed.
func gitCommit(t *testing.T, dir string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	for _, args := range [][]string{{"init", "-q"}, {"add", "-A"}, {"-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one"}} {
		if out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v %s", args, err, out)
		}
	}
}

const threeTasks = "2019年测试清单\n一、第一部分\n1.甲。（市委组织部负责）\n2.乙。（市委宣传部负责）\n3.丙。（市委组织部负责）\n"

// Every file tally reads that it did not just write goes through the one
// bounded reader: a FIFO, a device, a link to /dev/zero or a huge file in
// its place is refused with a message, and never hangs or fills memory
// (each run is bound in time by runBounded; a read of /dev/zero would
// not end). The special file is left where it is.
func TestBoundedReaders(t *testing.T) {
	readers := []struct {
		name  string
		setup func(t *testing.T, dir string) (special string, args []string)
		code  int
		want  string
	}{
		{"the site's marker", func(t *testing.T, dir string) (string, []string) {
			out := filepath.Join(t.TempDir(), "site")
			os.MkdirAll(out, 0o755)
			os.WriteFile(filepath.Join(out, "index.html"), []byte("<p>old</p>"), 0o644)
			return filepath.Join(out, ".tally-site"), []string{"site", "-o", out}
		}, 2, "不是 tally 生成的网站"},
		{"hook install's pre-commit", func(t *testing.T, dir string) (string, []string) {
			gitCommit(t, dir)
			os.MkdirAll(filepath.Join(dir, ".git", "hooks"), 0o755)
			return filepath.Join(dir, ".git", "hooks", "pre-commit"), []string{"hook", "install"}
		}, 2, "pre-commit 无法读取"},
		{"import's existing task", func(t *testing.T, dir string) (string, []string) {
			notice := filepath.Join(t.TempDir(), "通知.txt")
			os.WriteFile(notice, []byte(threeTasks), 0o644)
			return filepath.Join(dir, "tasks", "03.yaml"), []string{"import", notice}
		}, 2, "无法读取已有的 tasks/03.yaml"},
		{"init --from into a folder holding it", func(t *testing.T, dir string) (string, []string) {
			notice := filepath.Join(t.TempDir(), "通知.txt")
			os.WriteFile(notice, []byte(threeTasks), 0o644)
			fresh := filepath.Join(t.TempDir(), "new")
			os.MkdirAll(filepath.Join(fresh, "tasks"), 0o755)
			return filepath.Join(fresh, "tasks", "01.yaml"), []string{"init", fresh, "--from", notice}
		}, 2, "无法读取已有的 tasks/01.yaml"},
		{"the notice to import", func(t *testing.T, dir string) (string, []string) {
			p := filepath.Join(t.TempDir(), "通知.txt")
			return p, []string{"import", p}
		}, 2, "无法读取通知"},
		{"a form to collect", func(t *testing.T, dir string) (string, []string) {
			p := filepath.Join(t.TempDir(), "2019Q2-甲区委组织部.xlsx")
			return p, []string{"collect", p}
		}, 1, "未读取"},
		{"a report diff hashes", func(t *testing.T, dir string) (string, []string) {
			gitCommit(t, dir)
			return filepath.Join(dir, report), []string{"diff"}
		}, 0, "无法读取"},
	}
	for _, r := range readers {
		for _, s := range specials {
			t.Run(r.name+"/"+s.name, func(t *testing.T) {
				dir := t.TempDir()
				copyBase(t, dir)
				p, args := r.setup(t, dir)
				s.make(t, p)
				before := describe(p)
				code, out := runBounded(t, dir, args...)
				if code != r.code || !strings.Contains(out, r.want) {
					t.Errorf("tally %s: exit %d, want %d and %q:\n%s", strings.Join(args, " "), code, r.code, r.want, clip(out))
				}
				if after := describe(p); after != before {
					t.Errorf("%s changed: %s, was %s", p, after, before)
				}
			})
		}
	}
}

// describe says what p is without reading it (a FIFO would block a read).
func describe(p string) string {
	info, err := os.Lstat(p)
	if err != nil {
		return err.Error()
	}
	dest, _ := os.Readlink(p)
	return fmt.Sprintf("%v %d %s", info.Mode(), info.Size(), dest)
}
