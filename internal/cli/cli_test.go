package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"tally/internal/cli"
	"tally/internal/testrepo"
)

// bundled lays the fixed copy of the bundled data out in a temporary
// folder: tests never read the live data at the module root.
func bundled(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	return dir
}

func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	t.Setenv("TALLY_TODAY", "2019-07-10")
	t.Setenv("TALLY_LANG", "")
	var out, errb bytes.Buffer
	code := cli.Main(args, &out, &errb)
	return out.String(), errb.String(), code
}

type task struct {
	ID         string   `json:"id"`
	Section    string   `json:"section"`
	Title      string   `json:"title"`
	Due        string   `json:"due"`
	Owners     []string `json:"owners"`
	Units      []struct{ ID, Name string }
	Milestones []struct{ Due, Text string }
}

// The bundled tasks must say what the notice says: every title and section
// exactly, read here straight from the seed.
func TestBundledTasksMatchTheNotice(t *testing.T) {
	dir := bundled(t)
	out, stderr, code := run(t, "-C", dir, "tasks", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var tasks []task
	if err := json.Unmarshal([]byte(out), &tasks); err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile(filepath.Join(dir, "seeds", "000_7e1a8dca1ca48960.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sectionRe := regexp.MustCompile(`^([一二三四五六七])、`)
	taskRe := regexp.MustCompile(`^(\d+)\.([^。]+)。`)
	type want struct{ section, title string }
	wants := map[string]want{}
	section := ""
	for _, line := range strings.Split(string(seed), "\n") {
		line = strings.TrimSpace(line)
		if m := sectionRe.FindStringSubmatch(line); m != nil {
			section = m[1]
		}
		if m := taskRe.FindStringSubmatch(line); m != nil {
			wants[m[1]] = want{section, m[2]}
		}
	}
	if len(tasks) != 25 || len(wants) != 25 {
		t.Fatalf("%d tasks, %d in the notice; want 25", len(tasks), len(wants))
	}
	for _, tk := range tasks {
		w := wants[strings.TrimLeft(tk.ID, "0")]
		if tk.Title != w.title || tk.Section != w.section {
			t.Errorf("task %s: %s %q, notice says %s %q", tk.ID, tk.Section, tk.Title, w.section, w.title)
		}
		if tk.Due != "2019-12-31" || len(tk.Units) == 0 {
			t.Errorf("task %s: due %s, %d units", tk.ID, tk.Due, len(tk.Units))
		}
	}
	byID := map[string]task{}
	for _, tk := range tasks {
		byID[tk.ID] = tk
	}
	ids := func(tk task) []string {
		var out []string
		for _, u := range tk.Units {
			out = append(out, u.ID)
		}
		sort.Strings(out)
		return out
	}
	counties := []string{"chikan", "leizhou", "lianjiang", "mazhang", "potou", "suixi", "wuchuan", "xiashan", "xuwen"}
	var want10 []string
	for _, c := range counties {
		want10 = append(want10, c+"-org", c+"-school")
	}
	sort.Strings(want10)
	if got := ids(byID["10"]); strings.Join(got, ",") != strings.Join(want10, ",") {
		t.Errorf("task 10 units: %v\nwant the counties' 组织部 and 党校 only: %v", got, want10)
	}
	got5 := strings.Join(ids(byID["05"]), ",")
	for _, c := range append(counties, "city") {
		for _, kind := range []string{"-org", "-pub", "-school"} {
			if !strings.Contains(","+got5+",", ","+c+kind+",") {
				t.Errorf("task 5 lacks %s%s", c, kind)
			}
		}
	}
	if len(byID["05"].Units) != 40 {
		t.Errorf("task 5: %d units, want 30 county and city units + 10 市属党（工）委", len(byID["05"].Units))
	}
	if m := byID["16"].Milestones; len(m) != 1 || m[0].Due != "2019-09-30" {
		t.Errorf("task 16 milestones: %+v", m)
	}
	if got := strings.Join(byID["05"].Owners, ","); got != "市县党委组织部,市县党委宣传部,市县党委党校,市属党（工）委" {
		t.Errorf("task 5 owners: %s", got)
	}
}

func TestBundledDataChecksWithoutErrors(t *testing.T) {
	out, _, code := run(t, "-C", bundled(t), "check", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	var res struct {
		Errors      int
		Diagnostics []struct{ Rule string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Errors != 0 {
		t.Errorf("bundled data has %d errors: %s", res.Errors, out)
	}
}

func TestStrictMakesWarningsFail(t *testing.T) {
	if _, _, code := run(t, "-C", bundled(t), "check", "--strict"); code != 1 {
		t.Errorf("check --strict on data with a warning: exit %d, want 1", code)
	}
	if _, stderr, code := run(t, "-C", bundled(t), "tasks", "--strict"); code != 1 || !strings.Contains(stderr, "--strict") {
		t.Errorf("tasks --strict: exit %d, %s", code, stderr)
	}
}
