package cli_test

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"tally/internal/testrepo"
)

type remindJSON struct {
	Period, Due string
	AsOf        string `json:"as_of"`
	Reminders   []struct {
		Unit, Name, Contact, Message string
		Late, Draft, Invalid         bool
		Tasks                        []struct{ ID, Title string }
		Fixes                        []struct{ Rule string }
	}
}

type summaryUnits struct {
	Units []struct {
		ID              string
		Late, Submitted bool
	}
}

type missingJSON []struct {
	Unit, State string
	Tasks       []string
}

func decode(t *testing.T, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("%v\n%s", err, s)
	}
}

// remind chases exactly the units missing lists, for the same tasks, on
// any day before, on or after the due date, plus a unit whose report has
// errors; a unit that has not reported is late when summary says so.
func TestRemindFollowsMissing(t *testing.T) {
	dir := bundled(t)
	os.MkdirAll(filepath.Join(dir, "reports", "2019Q3"), 0o755)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, "reports", "2019Q3", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("chikan-school.yaml", "unit: chikan-school\nperiod: 2019Q3\nsubmitted: 2019-10-08\nentries:\n  - task: 3\n    status: 推进中\n    progress: 60\n    summary: 举办两期培训。\n")
	write("chikan-org.yaml", "unit: chikan-org\nperiod: 2019Q3\nentries: []\n")
	// A date after the due date is counted as of the due date.
	for _, c := range []struct{ period, asOf, counted string }{
		{"2019Q2", "2019-07-01", "2019-07-01"}, {"2019Q2", "2019-07-05", "2019-07-05"}, {"2019Q2", "2019-07-06", "2019-07-05"},
		{"2019Q3", "2019-09-30", "2019-09-30"}, {"2019Q3", "2019-10-12", "2019-10-12"}, {"2019Q3", "2019-10-20", "2019-10-12"},
	} {
		args := []string{"--period", c.period, "--as-of", c.asOf, "--format", "json"}
		rout, _, _ := runOn(t, c.asOf, dir, append([]string{"remind"}, args...)...)
		mout, _, _ := runOn(t, c.asOf, dir, append([]string{"missing"}, args...)...)
		sout, _, _ := runOn(t, c.asOf, dir, append([]string{"summary"}, args...)...)
		var r remindJSON
		var m missingJSON
		var s summaryUnits
		decode(t, rout, &r)
		decode(t, mout, &m)
		decode(t, sout, &s)
		late := map[string]bool{}
		for _, u := range s.Units {
			late[u.ID] = u.Late && !u.Submitted // the ledger's lateness of a report owed
		}
		if r.Period != c.period || r.AsOf != c.counted || len(r.Reminders) != len(m) || len(m) < 30 {
			t.Fatalf("%v: %s as of %s, %d reminders, %d missing", c, r.Period, r.AsOf, len(r.Reminders), len(m))
		}
		for i, u := range m {
			got := r.Reminders[i]
			var ids []string
			for _, k := range got.Tasks {
				ids = append(ids, k.ID)
			}
			if got.Unit != u.Unit || !slices.Equal(ids, u.Tasks) || !strings.HasPrefix(got.Message, got.Name+"：") {
				t.Errorf("%v: reminder %s %v, missing %s %v", c, got.Unit, ids, u.Unit, u.Tasks)
			}
			if u.Unit != "chikan-school" && got.Late != late[u.Unit] {
				t.Errorf("%v: %s late %v, but summary says %v", c, got.Unit, got.Late, late[u.Unit])
			}
			if got.Draft != (got.Unit == "chikan-org" && c.period == "2019Q3") {
				t.Errorf("%v: %s draft %v", c, got.Unit, got.Draft)
			}
		}
	}

	// A report with errors: its unit is chased too, told what to fix.
	write("xiashan-pub.yaml", "unit: xiashan-pub\nperiod: 2019Q3\nsubmitted: 2019-10-09\nentries:\n  - task: 5\n    status: finished\n    summary: 完成。\n")
	rout, _, code := runOn(t, "2019-10-20", dir, "remind", "--period", "2019Q3", "--as-of", "2019-10-20", "--format", "json")
	var r remindJSON
	decode(t, rout, &r)
	found := false
	for _, u := range r.Reminders {
		if u.Unit == "xiashan-pub" {
			found = u.Invalid && len(u.Fixes) == 1 && u.Fixes[0].Rule == "R204" && strings.Contains(u.Message, "状态“finished”无效")
		}
	}
	if code != 1 || !found {
		t.Errorf("a report with errors: exit %d\n%s", code, rout)
	}
}

// Whatever the data holds, remind's output is safe to paste: no control
// character (but the line ends), no bidirectional override, each message
// on one line, and no CSV cell a spreadsheet would run as a formula.
func TestRemindSafeToPaste(t *testing.T) {
	dir := bundled(t)
	edit := func(file, old, new string) {
		p := filepath.Join(dir, file)
		b, err := os.ReadFile(p)
		if err != nil || !strings.Contains(string(b), old) {
			t.Fatalf("%s: %v", file, err)
		}
		os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644)
	}
	edit("units.yaml", "    name: 市委党校\n", "    name: 市委党校\n    contact: \"=HYPERLINK(\\\"http://x\\\")\\e]0;pwn\\a 林\\u202e静\\r\\n-1+2\"\n")
	edit("tasks/03.yaml", "title: 提升镇街党校教育培训质量和水平", "title: \"@SUM(1)\\e[31m提升\\n镇街党校\\t教育\\u2028培训\\u0085质量\"")
	edit("reports/2019Q2/chikan-org.yaml", "contact: 陈晓 0759-3100001", "contact: \"+86 0759\\b\\x7f-3100001\"")
	hostile := []string{"HYPERLINK", "SUM(1)", "0759"}

	for _, f := range []string{"text", "csv", "json"} {
		out, stderr, code := runOn(t, "2019-10-20", dir, "remind", "--period", "2019Q3", "--as-of", "2019-10-20", "--format", f)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", f, code, stderr)
		}
		for _, h := range hostile {
			if !strings.Contains(out, h) {
				t.Errorf("%s: the hostile text %q did not reach the output", f, h)
			}
		}
		for i, r := range out {
			ok := r == '\n' || (r == '\r' && f == "csv" && strings.HasPrefix(out[i:], "\r\n"))
			if (unicode.IsControl(r) && !ok) || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') || r == '\u2028' || r == '\u2029' {
				t.Errorf("%s: %U at byte %d: %q", f, r, i, out[max(0, i-40):min(len(out), i+40)])
			}
		}
		switch f {
		case "text":
			// A headline, then per unit a blank line, its name, its message.
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			for i := 1; i < len(lines); i += 3 {
				if lines[i] != "" || !strings.HasPrefix(lines[i+1], "【") || strings.HasPrefix(lines[i+2], "【") || lines[i+2] == "" {
					t.Fatalf("not one line per message at line %d:\n%s", i+1, out)
				}
			}
		case "csv":
			rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			for _, row := range rows {
				for _, cell := range row {
					if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
						t.Errorf("a CSV cell a spreadsheet would run: %q", cell)
					}
				}
			}
			if !strings.Contains(out, "'=HYPERLINK") || !strings.Contains(out, "'+86 0759") {
				t.Errorf("formula-looking cells are not marked as text:\n%s", out)
			}
		}
	}
}

// With nothing owed, remind says so in one line.
func TestRemindNothingOwed(t *testing.T) {
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Base()); err != nil {
		t.Fatal(err)
	}
	for _, u := range []struct{ id, tasks string }{{"city-org", "1"}, {"b-org", "1 2"}, {"city-pub", "2"}} {
		text := "unit: " + u.id + "\nperiod: 2019Q2\nsubmitted: 2019-07-01\nentries:\n"
		for _, k := range strings.Fields(u.tasks) {
			text += "  - task: " + k + "\n    status: 推进中\n    progress: 10\n    summary: 已开展。\n"
		}
		os.WriteFile(filepath.Join(dir, "reports", "2019Q2", u.id+".yaml"), []byte(text), 0o644)
	}
	out, stderr, code := runOn(t, "2019-07-10", dir, "remind", "--period", "2019Q2", "--as-of", "2019-07-04")
	if code != 0 || out != "期次 2019Q2，统计截至 2019-07-04（报送截止日 2019-07-05）：没有需要催报的单位。\n" {
		t.Errorf("exit %d\n%s%s", code, out, stderr)
	}
}
