package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
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

	entries := func(n int) []byte {
		var b strings.Builder
		b.WriteString("unit: a-org\nperiod: 2019Q2\nentries:\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "  - task: %d\n    status: 推进中\n    summary: x\n", i%2+1)
		}
		return []byte(b.String())
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
		{name: "thousands of entries", setup: write(report, entries(5000)), code: 1, want: report + ":10:11: error[R309]"},
		// Past load.MaxNodes a file is refused where it crosses the bound:
		// thirty such files would hold as many values as memory does.
		{name: "tens of thousands of entries", setup: write(report, entries(30000)), code: 1, want: report + ":21429:14: error[R110]"},
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
	cases = append(cases,
		hostile{name: "control character in the text", setup: write(report, []byte("unit: a-org\nperiod: 2019Q2\nentries:\n  - task: 1\n    status: 推进中\n    summary: ab\x1b]0;x\x07c\n")),
			code: 1, want: report + ":6:16: error[R102]: 此处有控制字符 U+001B"},
		hostile{name: "C1 control in the text", setup: write(report, []byte("unit: a-org\nperiod: 2019Q2\nentries:\n  - task: 1\n    status: 推进中\n    summary: 一\u009b2J\n")),
			code: 1, want: report + ":6:15: error[R102]: 此处有控制字符 U+009B"},
	)
	cases = append(cases,
		hostile{name: "octal-looking progress", setup: write(report, bytes.Replace(base, []byte("progress: 40"), []byte("progress: 010"), 1)),
			code: 1, want: report + ":7:15: error[R202]"},
		hostile{name: "the zero date", setup: write(report, bytes.Replace(base, []byte("submitted: 2019-07-01"), []byte("submitted: 0001-01-01"), 1)),
			code: 1, want: report + ":3:12: error[R205]"},
		hostile{name: "the zero date as --as-of", setup: func(*testing.T, string) {}, args: []string{"summary", "--as-of", "0001-01-01"},
			code: 2, want: "--as-of 的日期“0001-01-01”年份超出范围；应在 1900 至 2999 年之间"},
	)
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
		{name: "textconv of /dev/zero", setup: func(*testing.T, string) {}, args: []string{"diff", "--textconv", "/dev/zero"},
			code: 2, want: "不是普通文件"},
		{name: "FIFO as the notice to import", setup: func(t *testing.T, dir string) {
			fifo(t, filepath.Join(dir, "notice.txt"))
		}, args: []string{"import", "DIR/notice.txt"}, code: 2, want: "不是普通文件"},
		{name: "a temporary file a stopped fmt left", setup: write("reports/2019Q2/.a-org.yaml.tmp-0123456789ab", []byte("unit: a-org\nperi")),
			code: 0, want: "reports/2019Q2/.a-org.yaml.tmp-0123456789ab:1:1: warning[R108]: tally 写入时被中断留下的临时文件", notWant: "peri"},
		{name: "a temporary folder a stopped site left", setup: func(t *testing.T, dir string) { os.MkdirAll(filepath.Join(dir, ".网站.tmp-1234567"), 0o755) },
			code: 0, want: ".网站.tmp-1234567:1:1: warning[R108]: tally 写入时被中断留下的临时文件夹"},
		{name: "a folder named like a task", setup: func(t *testing.T, dir string) { os.MkdirAll(filepath.Join(dir, "tasks/50.yaml"), 0o755) },
			code: 0, want: "tasks/50.yaml:1:1: warning[R108]: 这是一个文件夹，不是任务文件"},
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
				if !strings.Contains(out.String()+errb.String(), h.want) {
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

// runBounded runs tally in dir and fails on a hang. The bound is far past
// any honest run: reading 128 MB under the race detector on a machine
// busy with other tests took over a minute (a bound of 60 s failed so).
func runBounded(t *testing.T, dir string, args ...string) (int, string) {
	t.Helper()
	var out, errb bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- cli.Main(append([]string{"-C", dir}, args...), &out, &errb) }()
	select {
	case code := <-done:
		return code, out.String() + errb.String()
	case <-time.After(5 * time.Minute):
		t.Fatal("tally did not finish: a hang")
	}
	return 0, ""
}

// untidy is a report fmt would change (the keys out of order).
const untidy = "period: 2019Q2\nunit: a-org\nentries:\n  - task: 1\n    status: 推进中\n    summary: x\n"

// fmt (and new report) touch nothing outside the data root, never a link, never a
// read-only file, never a file whose content it would drop; and what it
// could not do makes it fail.
func TestFmtHostile(t *testing.T) {
	cases := []struct {
		name  string
		setup func(t *testing.T, dir string) (keep []string)
		args  []string
		code  int
		want  string
	}{
		{"tasks folder linked outside", func(t *testing.T, dir string) []string {
			out := t.TempDir()
			os.WriteFile(filepath.Join(out, "03.yaml"), []byte("title:   外面\nsection: 一\nowners: [市委宣传部]\n"), 0o644)
			symlink(t, out, filepath.Join(dir, "tasks"))
			return []string{filepath.Join(out, "03.yaml"), out}
		}, []string{"fmt"}, 1, "tasks/: 文件夹是指向数据目录之外的符号链接"},
		{"named file through a linked folder", func(t *testing.T, dir string) []string {
			out := t.TempDir()
			os.WriteFile(filepath.Join(out, "a-org.yaml"), []byte(untidy), 0o644)
			symlink(t, out, filepath.Join(dir, "reports/2019Q2"))
			return []string{filepath.Join(out, "a-org.yaml"), out}
		}, []string{"fmt", "reports/2019Q2/a-org.yaml"}, 1, "符号链接"},
		{"link inside the root", func(t *testing.T, dir string) []string {
			os.WriteFile(filepath.Join(dir, report), []byte(untidy), 0o644)
			symlink(t, "a-org.yaml", filepath.Join(dir, "reports/2019Q2/b-org.yaml"))
			return []string{filepath.Join(dir, "reports/2019Q2/b-org.yaml")}
		}, []string{"fmt", "reports/2019Q2/b-org.yaml"}, 1, "是符号链接，保持原样"},
		{"link to a system file", func(t *testing.T, dir string) []string {
			symlink(t, "/etc/passwd", filepath.Join(dir, "reports/2019Q2/b-org.yaml"))
			return []string{filepath.Join(dir, "reports/2019Q2/b-org.yaml")}
		}, []string{"fmt", "reports/2019Q2/b-org.yaml"}, 1, "是符号链接，保持原样"},
		{"FIFO", func(t *testing.T, dir string) []string {
			fifo(t, filepath.Join(dir, "reports/2019Q2/b-org.yaml"))
			return nil
		}, []string{"fmt"}, 1, "不是普通文件"},
		{"read-only file", func(t *testing.T, dir string) []string {
			p := filepath.Join(dir, report)
			os.WriteFile(p, []byte(untidy), 0o444)
			os.Chmod(p, 0o444)
			return []string{p}
		}, []string{"fmt"}, 1, "只读"},
		{"second document", func(t *testing.T, dir string) []string {
			p := filepath.Join(dir, report)
			os.WriteFile(p, []byte(untidy+"---\nunit: b-org\nperiod: 2019Q2\nentries: []\n"), 0o644)
			return []string{p}
		}, []string{"fmt"}, 1, "第二个 YAML 文档"},
		{"merge key", func(t *testing.T, dir string) []string {
			p := filepath.Join(dir, report)
			os.WriteFile(p, []byte("unit: a-org\nperiod: 2019Q2\nentries:\n  - task: 1\n    <<:   {status: 推进中}\n"), 0o644)
			return []string{p}
		}, []string{"fmt"}, 1, "第 5 行用了合并键（<<），整理会改变内容"},
		{"new report into a linked folder", func(t *testing.T, dir string) []string {
			out := t.TempDir()
			symlink(t, out, filepath.Join(dir, "reports/2019Q2"))
			return []string{out}
		}, []string{"new", "report", "--unit", "b-org", "--period", "2019Q2"}, 2, "reports/2019Q2/ 经符号链接通向数据目录之外"},
		{"read-only folder", func(t *testing.T, dir string) []string {
			if os.Geteuid() == 0 {
				t.Skip("root writes into read-only folders")
			}
			p := filepath.Join(dir, report)
			os.WriteFile(p, []byte(untidy), 0o644)
			os.Chmod(filepath.Dir(p), 0o555)
			t.Cleanup(func() { os.Chmod(filepath.Dir(p), 0o755) })
			return []string{p}
		}, []string{"fmt"}, 1, "无法写入"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			copyBase(t, dir)
			keep := c.setup(t, dir)
			before := map[string]string{}
			for _, p := range keep {
				before[p] = snapshot(p)
			}
			// The files named are the data folder's, written from it: a
			// path on the command line is the current folder's.
			t.Chdir(dir)
			code, out := runBounded(t, dir, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d\n%s", code, c.code, out)
			}
			if !strings.Contains(out, c.want) {
				t.Errorf("output lacks %q:\n%s", c.want, out)
			}
			if c.code != 0 && strings.Contains(out, "已整理") && !strings.Contains(out, "未能整理") {
				t.Errorf("a failure reported as success:\n%s", out)
			}
			for _, p := range keep {
				if got := snapshot(p); got != before[p] {
					t.Errorf("%s changed:\n%s\nwas\n%s", p, got, before[p])
				}
			}
		})
	}
}

// snapshot describes a path without following a link: its kind, its
// content, or a folder's names.
func snapshot(p string) string {
	info, err := os.Lstat(p)
	switch {
	case err != nil:
		return err.Error()
	case info.Mode()&os.ModeSymlink != 0:
		dest, _ := os.Readlink(p)
		return "link to " + dest
	case info.IsDir():
		entries, _ := os.ReadDir(p)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return "folder: " + strings.Join(names, " ")
	}
	b, _ := os.ReadFile(p)
	return fmt.Sprintf("%v %s", info.Mode(), b)
}

// Escapes written in YAML (\e, \a, \u202e) reach no terminal raw: not in
// tables, task details, the headline, nor check's messages and excerpts.
func TestNoTerminalControls(t *testing.T) {
	dir := t.TempDir()
	copyBase(t, dir)
	task := filepath.Join(dir, "tasks/01.yaml")
	b, _ := os.ReadFile(task)
	b = bytes.Replace(b, []byte("title: 第一项任务"), []byte(`title: "第一项\e]52;c;ZXZpbA==\a任务\u202e\x9b"`), 1)
	os.WriteFile(task, b, 0o644)
	rep := filepath.Join(dir, report)
	b, _ = os.ReadFile(rep)
	b = bytes.Replace(b, []byte("status: 推进中"), []byte(`status: "推进\e[2J中"`), 1)
	os.WriteFile(rep, b, 0o644)
	for _, args := range [][]string{{"tasks"}, {"tasks", "1"}, {"summary"}, {"summary", "--format", "md"}, {"summary", "--format", "csv"}, {"check"}, {"missing"}, {"overdue"}} {
		_, out := runBounded(t, dir, args...)
		for _, r := range out {
			if r == 0x1b || r == 0x07 || r == 0x9b || r == 0x202e {
				t.Errorf("tally %v passes %U to the terminal:\n%s", args, r, out)
				break
			}
		}
	}
}

// Output that cannot be written (a full disk: /dev/full) fails the
// command with a message, in every format.
func TestWriteErrorsFail(t *testing.T) {
	dir := t.TempDir()
	copyBase(t, dir)
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer full.Close()
	for _, args := range [][]string{{"summary"}, {"summary", "--format", "json"}, {"summary", "--format", "csv"}, {"check"}, {"tasks"}, {"tasks", "1"}, {"units", "--format", "md"}, {"missing"}} {
		var errb bytes.Buffer
		code := cli.Main(append([]string{"-C", dir}, args...), full, &errb)
		if code == 0 || !strings.Contains(errb.String(), "无法写出结果") {
			t.Errorf("tally %v > /dev/full: exit %d, %q", args, code, errb.String())
		}
	}
}

// A repository another user owns is reported as git's refusal, with the
// way to trust it, not as "not a git repository"; and ^HEAD is no commit.
func TestGitRefusals(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	dir := t.TempDir()
	copyBase(t, dir)
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one"}} {
		if out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v %s", args, err, out)
		}
	}
	if code, out := runBounded(t, dir, "summary", "--rev", "^HEAD"); code != 2 || !strings.Contains(out, "不是有效的 git 版本") {
		t.Errorf("--rev ^HEAD: exit %d\n%s", code, out)
	}
	if os.Geteuid() != 0 {
		return // only root can give the repository another owner
	}
	if err := os.Chown(dir, 12345, 12345); err != nil {
		t.Skip(err)
	}
	os.Chown(filepath.Join(dir, ".git"), 12345, 12345)
	if code, out := runBounded(t, dir, "summary", "--rev", "HEAD"); code != 2 || !strings.Contains(out, "dubious ownership") || !strings.Contains(out, "safe.directory") {
		t.Errorf("dubious ownership: exit %d\n%s", code, out)
	}
}
