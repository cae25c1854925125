package check_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"tally/internal/testrepo"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"tally/internal/check"
	"tally/internal/diag"
	"tally/internal/load"
	"tally/internal/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Each testdata/cases/*.txtar is laid over the clean repository in
// testdata/base. A line that should get a diagnostic ends with a YAML
// comment "# want R204" (or "# want R204:13" to pin the column, and
// "# want R401 error" to pin the severity where a rule has two); the
// archive's header may say "want FILE:LINE RULE" for files that cannot
// carry a comment, "delete FILE" to remove a base file, and "today DATE".
// The diagnostics must be exactly the ones marked.

var (
	markRe   = regexp.MustCompile(`#\s*want\s+(R\d{3})(?::(\d+))?(?:\s+(error|warning)\b)?`)
	headerRe = regexp.MustCompile(`^want\s+(\S+?):(\d+)(?::(\d+))?\s+(R\d{3})$`)
)

type expect struct {
	file     string
	line     int
	col      int // 0: any
	rule     string
	severity string // "": any
}

func (e expect) String() string {
	s := fmt.Sprintf("%s:%d %s", e.file, e.line, e.rule)
	if e.col > 0 {
		s = fmt.Sprintf("%s:%d:%d %s", e.file, e.line, e.col, e.rule)
	}
	if e.severity != "" {
		s += " " + e.severity
	}
	return s
}

func baseFS(t *testing.T) fstest.MapFS { return testrepo.Base() }

func TestRuleFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/cases/*.txtar")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	covered := map[string]bool{}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := baseFS(t)
			today := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
			var want []expect
			for _, line := range strings.Split(string(ar.Comment), "\n") {
				line = strings.TrimSpace(line)
				if m := headerRe.FindStringSubmatch(line); m != nil {
					l, _ := strconv.Atoi(m[2])
					c, _ := strconv.Atoi(m[3])
					want = append(want, expect{m[1], l, c, m[4], ""})
				} else if f, ok := strings.CutPrefix(line, "delete "); ok {
					delete(fsys, f)
				} else if d, ok := strings.CutPrefix(line, "today "); ok {
					today, _ = model.ParseDate(d)
				}
			}
			for _, f := range ar.Files {
				fsys[f.Name] = &fstest.MapFile{Data: f.Data}
				for i, line := range strings.Split(string(f.Data), "\n") {
					if m := markRe.FindStringSubmatch(line); m != nil {
						c, _ := strconv.Atoi(m[2])
						want = append(want, expect{f.Name, i + 1, c, m[1], m[3]})
					}
				}
			}
			res := load.Load(fsys)
			for _, w := range want {
				covered[w.rule] = true
			}
			opts := check.Options{Today: today, Evidence: fsys}
			all := check.Run(res, opts)
			compare(t, want, all.Items)
			warningsWithErrors(t, res, opts, all)
			// On one core the rules' workers each take more of the data
			// (one unit's history after another's): the same answer.
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
			compare(t, want, check.Run(res, opts).Items)
		})
	}
	t.Run("every rule has a fixture", func(t *testing.T) {
		for _, r := range diag.Rules() {
			if !covered[r.ID] && !coveredElsewhere[r.ID] {
				t.Errorf("rule %s (%s) has no fixture", r.ID, r.Title.En)
			}
		}
	})
}

// warningsWithErrors holds Options.WarningsWithErrors to what it says:
// where the data has errors, the same list as without it; where it has
// none, the same less history's warnings (R402, R403, R407), the rules
// that give nothing else and so are left out.
func warningsWithErrors(t *testing.T, res *load.Result, opts check.Options, all diag.List) {
	t.Helper()
	opts.WarningsWithErrors = true
	got := check.Run(res, opts)
	want := all
	if errs, _ := all.Counts(); errs == 0 {
		want = diag.List{}
		for _, d := range all.Items {
			if d.Rule != diag.ProgressDown && d.Rule != diag.DoneWentBack && d.Rule != diag.NotReported {
				want.Items = append(want.Items, d)
			}
		}
	}
	if !reflect.DeepEqual(got.Items, want.Items) {
		t.Errorf("with WarningsWithErrors:\n  %v\nwithout, less what it leaves out:\n  %v", got.Items, want.Items)
	}
}

// coveredElsewhere are rules whose inputs cannot be written as text
// fixtures (bytes, sizes, links); load_test.go covers them. R411 compares
// a commit with the git history (check --staged); cmd/tally's
// testdata/script/hook.txtar covers it.
var coveredElsewhere = map[string]bool{
	diag.NotUTF8: true, diag.TooLarge: true, diag.BinaryFile: true, diag.Symlink: true, diag.EvidenceTooLarge: true,
	diag.ClosedChanged: true,
}

func compare(t *testing.T, want []expect, got []diag.Diagnostic) {
	t.Helper()
	var missing []string
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, d := range got {
			if used[i] || d.File != w.file || d.Pos.Line != w.line || d.Rule != w.rule || (w.col > 0 && d.Pos.Col != w.col) ||
				(w.severity != "" && d.Severity.String() != w.severity) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			missing = append(missing, w.String())
		}
	}
	var extra []string
	for i, d := range got {
		if !used[i] {
			extra = append(extra, fmt.Sprintf("%s:%d:%d %s %s", d.File, d.Pos.Line, d.Pos.Col, d.Rule, d.Message.Zh))
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("expected diagnostics not reported:\n  %s", strings.Join(missing, "\n  "))
	}
	if len(extra) > 0 {
		t.Errorf("unexpected diagnostics:\n  %s", strings.Join(extra, "\n  "))
	}
}

func TestBaseIsClean(t *testing.T) {
	res := load.Load(baseFS(t))
	got := check.Run(res, check.Options{Today: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	compare(t, nil, got.Items)
	if len(res.Repo.Tasks) != 2 || len(res.Repo.Reports) != 1 || res.Repo.Plan == nil || res.Repo.Units == nil {
		t.Fatalf("base did not load whole: %+v", res.Repo)
	}
}

// A cited name found only in other letter case says which file is there
// (walk 3, #12): 照片.jpg cited, 照片.JPG in the folder.
func TestEvidenceCaseTwinNamed(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/cases/R502_evidence_case.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fsys := baseFS(t)
	for _, f := range ar.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	for _, d := range check.Run(load.Load(fsys), check.Options{Evidence: fsys}).Items {
		if d.Rule == diag.EvidenceMissing {
			if want := "那里有“照片.JPG”，只是字母大小写不同"; !strings.Contains(d.Message.Zh, want) {
				t.Errorf("R501 says %q, want %q in it", d.Message.Zh, want)
			}
			return
		}
	}
	t.Fatal("no R501")
}

// A task id typed in full-width digits names the id to write (walk 3, #16).
func TestFullWidthTaskIDNamed(t *testing.T) {
	fsys := baseFS(t)
	const file = "reports/2019Q2/a-org.yaml"
	fsys[file] = &fstest.MapFile{Data: []byte(strings.Replace(string(fsys[file].Data), "- task: 1\n", "- task: １\n", 1))}
	for _, d := range check.Run(load.Load(fsys), check.Options{}).Items {
		if d.Rule == diag.UnknownTask {
			if want := "任务编号“１”用了全角字符（中文输入法）；请改为半角：1"; d.Message.Zh != want {
				t.Errorf("%s says %q, want %q", d.Rule, d.Message.Zh, want)
			}
			return
		}
	}
	t.Fatal("no unknown-task diagnostic")
}

// R506 in a closed quarter tells the office how to leave it as it was
// (require.from), in case the requirement was added since; in the
// quarter being collected it does not.
func TestEvidenceRequiredClosedNamesFrom(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/cases/R506_evidence_required.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fsys := baseFS(t)
	for _, f := range ar.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	const hint = "2019Q2 已经结束：如果这项要求是后来加上的、不适用于以前各期，在 plan.yaml 的 require 中写 from: 和开始执行的期次"
	for _, c := range []struct {
		today  string
		closed bool
	}{{"2019-07-10", false}, {"2019-10-11", true}} {
		today, _ := model.ParseDate(c.today)
		n := 0
		for _, d := range check.Run(load.Load(fsys), check.Options{Today: today, Evidence: fsys}).Items {
			if d.Rule == diag.EvidenceRequired {
				n++
				if strings.Contains(d.Message.Zh, hint) != c.closed {
					t.Errorf("on %s R506 says %q", c.today, d.Message.Zh)
				}
			}
		}
		if n == 0 {
			t.Errorf("on %s no R506", c.today)
		}
	}
}

// A due date before the period's end says how to make periods that end
// on the day reports are due (walk 5, #4: 每季度末月20日前报送), the next
// period starting the day after.
func TestDueBeforeEndSaysHow(t *testing.T) {
	fsys := baseFS(t)
	plan := string(fsys["plan.yaml"].Data)
	fsys["plan.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(plan, "due: 2019-07-05", "due: 2019-06-20", 1))}
	for _, d := range check.Run(load.Load(fsys), check.Options{}).Items {
		if d.Rule == diag.DateOrder {
			want := "期次 2019Q2 的报送截止日 due 早于期末 end（2019-06-30）。如果通知要求在期末之前报送（如“每季度末月20日前报送”），这一期统计到报送那天为止：把 end 也改为 2019-06-20，下一期 2019Q3 的 start 改为 2019-06-21；否则把 due 改为期末以后的日期"
			if d.Message.Zh != want {
				t.Errorf("R209 says\n%s\nwant\n%s", d.Message.Zh, want)
			}
			return
		}
	}
	t.Fatal("no R209")
}

// A period lying inside the one before it is told to correct that one's
// end (probe 15): moving its start past the end before it, as an overlap
// at the edge is told, would put its start after its own end.
func TestPeriodInsideTheOneBeforeSaysWhichEnd(t *testing.T) {
	fsys := baseFS(t)
	plan := string(fsys["plan.yaml"].Data)
	plan = strings.Replace(plan, "start: 2019-07-01\n    end: 2019-09-30", "start: 2019-06-01\n    end: 2019-06-15", 1)
	fsys["plan.yaml"] = &fstest.MapFile{Data: []byte(plan)}
	for _, d := range check.Run(load.Load(fsys), check.Options{}).Items {
		if d.Rule == diag.DateOrder {
			want := "期次 2019Q3（2019-06-01 至 2019-06-15）落在上一期 2019Q2 之内（至 2019-06-30）：两期重叠，重叠的日子算哪一期说不清；把 2019Q2 的 end 改为 2019-05-31，或改正 2019Q3 的 start 和 end"
			if d.Message.Zh != want {
				t.Errorf("R209 says\n%s\nwant\n%s", d.Message.Zh, want)
			}
			return
		}
	}
	t.Fatal("no R209")
}

// Two owners written as one list item with a full-width comma or 、: R310
// says they are two names and how a list separates them, not to register a
// unit that does not exist (walk 11), and which of them is unknown too; a
// 、 inside brackets is part of a name; a name written twice is said so. A
// name unknown as a whole and in every part is told as before.
func TestNamesJoinedInOneItemSaySo(t *testing.T) {
	fsys := testrepo.Bundled()
	task := string(fsys["tasks/05.yaml"].Data)
	joined := strings.Replace(task, "  - 市县党委组织部\n  - 市县党委宣传部\n", "  - 市县党委组织部，市县党委宣传部\n  - 市县党委党校、市人社局\n"+
		"  - 市委组织部，各县（市、区）党委组织部\n  - 市人社局、市财政局\n  - 市属党（工）委、市属党（工）委\n", 1)
	if joined == task {
		t.Fatal("fixture changed")
	}
	fsys["tasks/05.yaml"] = &fstest.MapFile{Data: []byte(joined)}
	var got []string
	for _, d := range check.Run(load.Load(fsys), check.Options{}).Items {
		if d.Rule == diag.UnresolvedOwner {
			got = append(got, d.Message.Zh)
		}
	}
	want := []string{
		"责任单位“市县党委组织部，市县党委宣传部”在 units.yaml 中找不到：这是 2 个名称写在了一项里。列表中的各项要用半角逗号“,”分开（[市县党委组织部, 市县党委宣传部]），或各占一行（- 市县党委组织部 / - 市县党委宣传部）",
		"责任单位“市县党委党校、市人社局”在 units.yaml 中找不到：这是 2 个名称写在了一项里。列表中的各项要用半角逗号“,”分开（[市县党委党校, 市人社局]），或各占一行（- 市县党委党校 / - 市人社局）；其中“市人社局”在 units.yaml 中也找不到，请登记或改正",
		// The 、 inside （市、区） is part of the name (probe 10).
		"责任单位“市委组织部，各县（市、区）党委组织部”在 units.yaml 中找不到：这是 2 个名称写在了一项里。列表中的各项要用半角逗号“,”分开（[市委组织部, 各县（市、区）党委组织部]），或各占一行（- 市委组织部 / - 各县（市、区）党委组织部）",
		"责任单位“市人社局、市财政局”在 units.yaml 中找不到；请在 units.yaml 中登记它（可作为某单位或分组的别名）",
		"责任单位“市属党（工）委、市属党（工）委”在 units.yaml 中找不到：这是“市属党（工）委”写了不止一遍；只写一次",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("R310 says\n%q\nwant\n%q", got, want)
	}
}

// lead: [A、B] where A and B are owners: R312 says it is two names in one
// item (probe 10), not only that it is not among the owners.
func TestLeadJoinedInOneItemSaysSo(t *testing.T) {
	fsys := testrepo.Bundled()
	task := string(fsys["tasks/05.yaml"].Data)
	joined := strings.Replace(task, "\nowners:", "\nlead:\n  - 市县党委组织部、市县党委宣传部\nowners:", 1)
	if joined == task {
		t.Fatal("fixture changed")
	}
	fsys["tasks/05.yaml"] = &fstest.MapFile{Data: []byte(joined)}
	for _, d := range check.Run(load.Load(fsys), check.Options{}).Items {
		if d.Rule == diag.LeadNotOwner {
			if want := "牵头单位“市县党委组织部、市县党委宣传部”不在 owners 中：这是 2 个名称写在了一项里。列表中的各项要用半角逗号“,”分开（[市县党委组织部, 市县党委宣传部]）"; d.Message.Zh != want {
				t.Errorf("R312 says %q, want %q", d.Message.Zh, want)
			}
			return
		}
	}
	t.Fatal("no R312")
}

// R302 of a report left under a unit's old id names, as the new id, the
// units with no report in that period: the renamed unit has filed the
// next period's under its new id, and is still one (probe 13: it was
// left out, as a unit with a report). A unit written without an id is no
// id to give, and was a nil pointer check fell over.
func TestUnknownUnitNamesUnitsWithoutReportInPeriod(t *testing.T) {
	fsys := baseFS(t)
	units := strings.ReplaceAll(string(fsys["units.yaml"].Data), "a-org", "a-zzb")
	units = strings.Replace(units, "groups:\n", "  - name: 丙区委组织部\ngroups:\n", 1)
	fsys["units.yaml"] = &fstest.MapFile{Data: []byte(units)}
	q2 := string(fsys["reports/2019Q2/a-org.yaml"].Data)
	q3 := strings.NewReplacer("unit: a-org", "unit: a-zzb", "period: 2019Q2", "period: 2019Q3", "submitted: 2019-07-01", "submitted: 2019-10-01").Replace(q2)
	fsys["reports/2019Q3/a-zzb.yaml"] = &fstest.MapFile{Data: []byte(q3)}
	var got []string
	for _, d := range check.Run(load.Load(fsys), check.Options{Today: time.Date(2019, 10, 2, 0, 0, 0, 0, time.UTC)}).Items {
		if d.Rule == diag.UnknownUnit {
			got = append(got, d.Message.Zh)
		}
	}
	want := "单位“a-org”不在 units.yaml 中。如果是改了编号：新编号是 units.yaml 中 2019Q2 还没有报送的单位之一（编号相近的在前：b-org（乙区委组织部）、a-zzb（甲区委组织部）、city-org（市委组织部）、city-pub（市委宣传部）），"
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("R302 says %q, want it to start %q", got, want)
	}
}
