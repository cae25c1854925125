package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"tally/internal/testrepo"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"tally/internal/cli"
)

// copyBase lays the small clean repository of the check fixtures in dir.
func copyBase(t *testing.T, dir string) {
	t.Helper()
	if err := testrepo.Write(dir, testrepo.Base()); err != nil {
		t.Fatal(err)
	}
}

const report = "reports/2019Q2/a-org.yaml"

// hostile is one class of bad input: what to write, and what check must say.
type hostile struct {
	name    string
	setup   func(t *testing.T, dir string)
	code    int
	want    string   // a line check must print (file:line:col: severity[rule])
	args    []string // the command, when not check
	notWant string   // what must never be printed (content of a refused file)
}

func write(name string, data []byte) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func hostiles() []hostile {
	base, _ := os.ReadFile("../check/testdata/base/" + report)
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes(base)
	crlf := append([]byte("\xef\xbb\xbf"), bytes.ReplaceAll(base, []byte("\n"), []byte("\r\n"))...)

	var bomb strings.Builder
	bomb.WriteString("unit: a-org\nperiod: 2019Q2\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&bomb, "l%d: &l%d [*l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d, *l%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	bomb.WriteString("entries: *l9\n")

	var many strings.Builder
	many.WriteString("unit: a-org\nperiod: 2019Q2\nentries:\n")
	for i := 0; i < 30000; i++ {
		fmt.Fprintf(&many, "  - task: %d\n    status: 推进中\n    summary: x\n", i%2+1)
	}

	cases := []hostile{
		{name: "invalid UTF-8", setup: write(report, []byte("unit: a-org\nperiod: \xff\xfe\n")), code: 1, want: report + ":2:9: error[R101]"},
		{name: "GBK", setup: write(report, gbk), code: 1, want: report + ":6:13: error[R101]"},
		{name: "BOM and CRLF", setup: write(report, crlf), code: 0, want: "没有发现问题"},
		{name: "tab indentation", setup: write(report, []byte("unit: a-org\nperiod: 2019Q2\nentries:\n\t- task: 1\n")), code: 1, want: report + ":4:1: error[R107]"},
		{name: "alias bomb", setup: write(report, []byte(bomb.String())), code: 1, want: report + ":3:1: error[R201]"},
		{name: "over the size limit", setup: write(report, bytes.Repeat([]byte("# 注释\n"), 1<<20)), code: 1, want: report + ":1:1: error[R105]"},
		{name: "NUL bytes", setup: write(report, []byte("unit: a-org\x00\x00")), code: 1, want: report + ":1:12: error[R106]"},
		{name: "empty", setup: write(report, nil), code: 1, want: report + ":1:1: error[R104]"},
		{name: "100,000-deep nesting", setup: write(report, []byte("unit: a-org\nentries: "+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+"\n")), code: 1, want: report + ":2:74: error[R110]"},
		{name: "tens of thousands of entries", setup: write(report, []byte(many.String())), code: 1, want: report + ":10:11: error[R309]"},
		{name: "symlink out of the root", setup: func(t *testing.T, dir string) {
			outside := filepath.Join(t.TempDir(), "secret.yaml")
			os.WriteFile(outside, []byte("unit: b-org\nperiod: 2019Q2\nentries: []\n"), 0o644)
			if err := os.Symlink(outside, filepath.Join(dir, "reports/2019Q2/b-org.yaml")); err != nil {
				t.Skip(err)
			}
		}, code: 1, want: "reports/2019Q2/b-org.yaml:1:1: error[R109]", notWant: "unit: b-org"},
		{name: "unit id leaving the folder", setup: write(report, []byte("unit: ../../etc/passwd\nperiod: 2019Q2\nentries: []\n")), code: 1, want: report + ":1:7: error[R302]"},
		{name: "task file name that is no id", setup: write("tasks/1 2.yaml", []byte("section: 一\ntitle: x\nowners: [市委宣传部]\n")), code: 1, want: "tasks/1 2.yaml:1:1: error[R207]"},
	}
	return append(cases, boundaryHostiles()...)
}

// secret is the content of a file outside the data root: no command may
// print it.
const secret = "root:x:0:0:SECRET"

// outsideDir makes a folder outside the data root holding files that
// would load, each starting with the secret line.
func outsideDir(t *testing.T, names ...string) string {
	t.Helper()
	out := t.TempDir()
	for _, n := range names {
		p := filepath.Join(out, n)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("# "+secret+"\nsection: 一\ntitle: 外面\nowners: [市委宣传部]\nunit: a-org\nperiod: 2019Q2\nentries: []\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	os.RemoveAll(link)
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
}

func fifo(t *testing.T, p string) {
	t.Helper()
	os.Remove(p)
	if err := mkfifo(p); err != nil {
		t.Skip(err)
	}
}

// boundaryHostiles are the data root's boundary and special files.
func boundaryHostiles() []hostile {
	return []hostile{
		{name: "tasks folder linked outside", setup: func(t *testing.T, dir string) {
			symlink(t, outsideDir(t, "1.yaml", "2.yaml"), filepath.Join(dir, "tasks"))
		}, code: 1, want: "tasks:1:1: error[R109]", notWant: secret},
		{name: "reports folder linked outside", setup: func(t *testing.T, dir string) {
			symlink(t, outsideDir(t, "2019Q2/a-org.yaml"), filepath.Join(dir, "reports"))
		}, code: 1, want: "reports:1:1: error[R109]", notWant: secret},
		{name: "period folder linked outside", setup: func(t *testing.T, dir string) {
			symlink(t, outsideDir(t, "a-org.yaml"), filepath.Join(dir, "reports/2019Q2"))
		}, code: 1, want: "reports/2019Q2:1:1: error[R109]", notWant: secret},
		{name: "relative link climbing out", setup: func(t *testing.T, dir string) {
			out := outsideDir(t, "x.yaml")
			rel, _ := filepath.Rel(filepath.Join(dir, "reports/2019Q2"), filepath.Join(out, "x.yaml"))
			symlink(t, rel, filepath.Join(dir, "reports/2019Q2/b-org.yaml"))
		}, code: 1, want: "reports/2019Q2/b-org.yaml:1:1: error[R109]", notWant: secret},
		{name: "relative link out through a linked folder", setup: func(t *testing.T, dir string) {
			// tasks -> store/tasks stays inside; a task there climbs out from
			// the real folder, one level more than tasks/ itself would.
			store := filepath.Join(dir, "store", "tasks")
			os.MkdirAll(filepath.Dir(store), 0o755)
			os.Rename(filepath.Join(dir, "tasks"), store)
			symlink(t, "store/tasks", filepath.Join(dir, "tasks"))
			out := outsideDir(t, "x.yaml")
			rel, _ := filepath.Rel(store, filepath.Join(out, "x.yaml"))
			symlink(t, rel, filepath.Join(store, "03.yaml"))
		}, code: 1, want: "tasks/03.yaml:1:1: error[R109]", notWant: secret},
		{name: "link to a system file", setup: func(t *testing.T, dir string) {
			symlink(t, "/etc/passwd", filepath.Join(dir, "reports/2019Q2/b-org.yaml"))
		}, code: 1, want: "reports/2019Q2/b-org.yaml:1:1: error[R109]", notWant: "root:x:0:0"},
		{name: "link to /dev/zero", setup: func(t *testing.T, dir string) {
			symlink(t, "/dev/zero", filepath.Join(dir, "reports/2019Q2/b-org.yaml"))
		}, code: 1, want: "reports/2019Q2/b-org.yaml:1:1: error[R109]"},
		{name: "FIFO as a report", setup: func(t *testing.T, dir string) {
			fifo(t, filepath.Join(dir, "reports/2019Q2/b-org.yaml"))
		}, code: 1, want: "reports/2019Q2/b-org.yaml:1:1: error[R106]"},
		{name: "FIFO as a task, in summary", setup: func(t *testing.T, dir string) {
			fifo(t, filepath.Join(dir, "tasks/03.yaml"))
		}, code: 1, args: []string{"summary"}},
		{name: "FIFO as plan.yaml, in export", setup: func(t *testing.T, dir string) {
			fifo(t, filepath.Join(dir, "units.yaml"))
		}, code: 1, args: []string{"export", "-o", "DIR/out.xlsx"}},
		{name: "tasks folder missing", setup: func(t *testing.T, dir string) {
			os.RemoveAll(filepath.Join(dir, "tasks"))
		}, code: 1, want: "tasks:1:1: error[R111]"},
		{name: "tasks is a file", setup: func(t *testing.T, dir string) {
			os.RemoveAll(filepath.Join(dir, "tasks"))
			os.WriteFile(filepath.Join(dir, "tasks"), []byte("x"), 0o644)
		}, code: 1, want: "tasks:1:1: error[R111]"},
	}
}

// Every class of hostile input ends in a clear diagnostic at its place and
// exit status 1 (BOM and CRLF are simply accepted): never a panic, and
// never a hang — each case must finish well within the bound.
func TestHostileInputs(t *testing.T) {
	for _, h := range hostiles() {
		t.Run(h.name, func(t *testing.T) {
			dir := t.TempDir()
			copyBase(t, dir)
			h.setup(t, dir)
			var out, errb bytes.Buffer
			done := make(chan int, 1)
			args := h.args
			if args == nil {
				args = []string{"check"}
			}
			for i := range args {
				args[i] = strings.Replace(args[i], "DIR/", dir+"/", 1)
			}
			go func() { done <- cli.Main(append([]string{"-C", dir}, args...), &out, &errb) }()
			select {
			case code := <-done:
				if code != h.code {
					t.Errorf("exit %d, want %d\n%s%s", code, h.code, clip(out.String()), errb.String())
				}
				if !strings.Contains(out.String(), h.want) {
					t.Errorf("output lacks %q:\n%s", h.want, clip(out.String()))
				}
				if h.notWant != "" && strings.Contains(out.String()+errb.String(), h.notWant) {
					t.Errorf("output shows %q, from a refused file:\n%s%s", h.notWant, clip(out.String()), errb.String())
				}
			case <-time.After(60 * time.Second):
				t.Fatal("check did not finish: a hang")
			}
		})
	}
}

func clip(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "…"
	}
	return s
}
