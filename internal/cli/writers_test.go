package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileText is text a user may paste or an escape may spell: terminal
// controls, a C1 control, a bidi override, DEL.
const hostileText = "进展\x1b]52;c;ZXZpbA==\a\u202e\u009b\x7f说明"

// checkReadable fails when check finds a file tally wrote unreadable as
// a file (R1xx: a raw control character or a bad escape is R102); what
// the text says (an owner units.yaml does not know) is another matter.
func checkReadable(t *testing.T, dir string, files ...string) {
	t.Helper()
	args := []string{"check", "--format", "json"}
	for _, f := range files { // a path on the command line is the current folder's, -C or not
		args = append(args, filepath.Join(dir, f))
	}
	out, _, _ := runOn(t, "2019-10-15", dir, args...)
	var res struct {
		Diagnostics []struct{ File, Rule, Severity, Message string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("check: %v\n%s", err, out)
	}
	for _, d := range res.Diagnostics {
		if strings.HasPrefix(d.Rule, "R1") {
			t.Errorf("%s: %s %s", d.File, d.Rule, d.Message)
		}
	}
}

// What new report, import, init and collect write, check reads: text
// holding control characters is written as YAML escapes, never raw.
func TestWritersWriteWhatCheckReads(t *testing.T) {
	t.Run("new report", func(t *testing.T) {
		dir := t.TempDir()
		copyBase(t, dir)
		p := filepath.Join(dir, report)
		b, _ := os.ReadFile(p)
		b = []byte(strings.Replace(string(b), "summary: 已开展。", `summary: "已开展\e]52;c;eA==\a\u202e\u009b"`+"\n    problems: \"多行\\e\\n第二行\\n\"", 1))
		os.WriteFile(p, b, 0o644)
		task := filepath.Join(dir, "tasks/01.yaml")
		b, _ = os.ReadFile(task)
		b = []byte(strings.NewReplacer("title: 第一项任务", `title: "第一项\e]0;x\a\n第二行\u202e"`, "name: 示范点", `name: "示范\e[2J点"`).Replace(string(b)))
		os.WriteFile(task, b, 0o644)
		checkReadable(t, dir, report, "tasks/01.yaml")
		if _, stderr, code := runOn(t, "2019-10-15", dir, "new", "report", "--unit", "a-org", "--period", "2019Q3"); code != 0 {
			t.Fatalf("new report: exit %d %s", code, stderr)
		}
		written, _ := os.ReadFile(filepath.Join(dir, "reports/2019Q3/a-org.yaml"))
		if !strings.Contains(string(written), `\x1B`) {
			t.Errorf("the escapes were not carried over:\n%s", written)
		}
		checkReadable(t, dir, "reports/2019Q3/a-org.yaml")
	})
	notice := filepath.Join(t.TempDir(), "通知.txt")
	os.WriteFile(notice, []byte("2019年清单\n一、第一部分\n1."+hostileText+"。（市委组织部负责）\n2.乙。（市委宣传部、"+hostileText+"负责）\n"), 0o644)
	t.Run("import", func(t *testing.T) {
		dir := t.TempDir()
		copyBase(t, dir)
		if _, stderr, code := runOn(t, "2019-10-15", dir, "import", notice, "--force"); code != 0 {
			t.Fatalf("import: exit %d %s", code, stderr)
		}
		checkReadable(t, dir, "tasks/01.yaml", "tasks/02.yaml")
	})
	t.Run("init --from", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "new")
		if _, stderr, code := runOn(t, "2019-10-15", filepath.Dir(dir), "init", dir, "--from", notice); code != 0 {
			t.Fatalf("init: exit %d %s", code, stderr)
		}
		checkReadable(t, dir, "tasks/01.yaml", "tasks/02.yaml", "units.yaml", "plan.yaml")
	})
	t.Run("collect", func(t *testing.T) {
		dir, form := schoolForm(t)
		fillForm(t, form)
		// A control character in a cell (Excel keeps ESC as _x001B_) is
		// named at its cell, plainly; nothing is written.
		setCell(t, form, "F5", "_x001B_")
		stdout, _, code := runOn(t, "2019-10-15", dir, "collect", form)
		if want := "表1!F5: error[R102]: 这一格中有看不见的控制字符 U+001B"; code != 1 || !strings.Contains(stdout, want) {
			t.Errorf("collect: exit %d, want 1 and %q\n%s", code, want, stdout)
		}
		setCell(t, form, "F5", "")
		setCell(t, form, "E5", "进展\u202e说明\u2028第二段\ufeff")
		setCell(t, form, "D3", "王五\u202e 0759")
		if stdout, _, code := runOn(t, "2019-10-15", dir, "collect", form); code != 0 {
			t.Fatalf("collect: exit %d\n%s", code, stdout)
		}
		checkReadable(t, dir, "reports/2019Q3/chikan-school.yaml")
	})
}
