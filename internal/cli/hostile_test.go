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
	name  string
	setup func(t *testing.T, dir string)
	code  int
	want  string // a line check must print (file:line:col: severity[rule])
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

	return []hostile{
		{"invalid UTF-8", write(report, []byte("unit: a-org\nperiod: \xff\xfe\n")), 1, report + ":2:9: error[R101]"},
		{"GBK", write(report, gbk), 1, report + ":6:13: error[R101]"},
		{"BOM and CRLF", write(report, crlf), 0, "没有发现问题"},
		{"tab indentation", write(report, []byte("unit: a-org\nperiod: 2019Q2\nentries:\n\t- task: 1\n")), 1, report + ":4:1: error[R107]"},
		{"alias bomb", write(report, []byte(bomb.String())), 1, report + ":3:1: error[R201]"},
		{"over the size limit", write(report, bytes.Repeat([]byte("# 注释\n"), 1<<20)), 1, report + ":1:1: error[R105]"},
		{"NUL bytes", write(report, []byte("unit: a-org\x00\x00")), 1, report + ":1:12: error[R106]"},
		{"empty", write(report, nil), 1, report + ":1:1: error[R104]"},
		{"100,000-deep nesting", write(report, []byte("unit: a-org\nentries: "+strings.Repeat("[", 100000)+strings.Repeat("]", 100000)+"\n")), 1, report + ":2:74: error[R110]"},
		{"tens of thousands of entries", write(report, []byte(many.String())), 1, report + ":10:11: error[R309]"},
		{"symlink out of the root", func(t *testing.T, dir string) {
			outside := filepath.Join(t.TempDir(), "secret.yaml")
			os.WriteFile(outside, []byte("unit: b-org\nperiod: 2019Q2\nentries: []\n"), 0o644)
			if err := os.Symlink(outside, filepath.Join(dir, "reports/2019Q2/b-org.yaml")); err != nil {
				t.Skip(err)
			}
		}, 1, "reports/2019Q2/b-org.yaml:1:1: error[R109]"},
		{"unit id leaving the folder", write(report, []byte("unit: ../../etc/passwd\nperiod: 2019Q2\nentries: []\n")), 1, report + ":1:7: error[R302]"},
		{"task file name that is no id", write("tasks/1 2.yaml", []byte("section: 一\ntitle: x\nowners: [市委宣传部]\n")), 1, "tasks/1 2.yaml:1:1: error[R207]"},
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
			go func() { done <- cli.Main([]string{"-C", dir, "check"}, &out, &errb) }()
			select {
			case code := <-done:
				if code != h.code {
					t.Errorf("exit %d, want %d\n%s%s", code, h.code, clip(out.String()), errb.String())
				}
				if !strings.Contains(out.String(), h.want) {
					t.Errorf("output lacks %q:\n%s", h.want, clip(out.String()))
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
