package newreport

import (
	"strings"
	"tally/internal/testrepo"
	"testing"
	"testing/fstest"
	"time"

	"tally/internal/check"
	"tally/internal/load"
	"tally/internal/model"
)

func bundled(t *testing.T) fstest.MapFS { return testrepo.Bundled() }

// A fresh template for every unit of the bundled data, in every period,
// passes tally check with no errors.
func TestEveryTemplateChecks(t *testing.T) {
	fsys := bundled(t)
	x := model.NewIndex(load.Load(fsys).Repo)
	today := time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC)
	for pi, p := range x.Repo.Plan.Periods {
		for i := range x.Repo.Units.Units {
			u := &x.Repo.Units.Units[i]
			text := Open(x, u, pi).Text()
			name := "reports/" + p.ID + "/" + u.ID + ".yaml"
			saved := fsys[name]
			fsys[name] = &fstest.MapFile{Data: []byte(text)}
			diags := check.Run(load.Load(fsys), check.Options{Today: today})
			for _, d := range diags.Items {
				if d.Severity == 0 && d.File == name {
					t.Errorf("%s: %d:%d %s %s\n%s", name, d.Pos.Line, d.Pos.Col, d.Rule, d.Message.Zh, text)
				}
			}
			if saved != nil {
				fsys[name] = saved
			} else {
				delete(fsys, name)
			}
		}
	}
}

func TestTemplateCarriesTheLastReport(t *testing.T) {
	x := model.NewIndex(load.Load(bundled(t)).Repo)
	u := x.Registry.Unit("chikan-school")
	d := Open(x, u, 1)
	text, n := d.Text(), len(d.Rows)
	// 赤坎区委党校 owns tasks 3, 5, 9 and 10 and reported 5 done in 2019Q2.
	if n != 3 || strings.Contains(text, "task: 5\n") {
		t.Errorf("%d entries, want 3 without the finished task 5:\n%s", n, text)
	}
	for _, want := range []string{"# yaml-language-server: $schema=../../schema/report.schema.json", "unit: chikan-school", "period: 2019Q3",
		"  - task: 3\n    status: 推进中", "    progress: 50", "next: 8月举办村级后备干部培训班。"} {
		if !strings.Contains(text, want) {
			t.Errorf("template lacks %q:\n%s", want, text)
		}
	}
}

// An entry that did not count (已完成 at 90, R409; no 进展情况, R404) is
// not 此前未报送 and 未启动 0 in the next template (walk 10): the row says
// what was wrong and carries its problems and plans as any row does, with
// a status and progress
// that pass (推进中 at the progress written; as written where they were
// valid), and the template checks clean.
func TestTemplateAfterAnEntryThatDidNotCount(t *testing.T) {
	fsys := bundled(t)
	q2 := string(fsys["reports/2019Q2/xiashan-pub.yaml"].Data)
	bad := strings.Replace(q2, "status: 滞后\n    progress: 20", "status: 已完成\n    progress: 90", 1)
	if bad == q2 {
		t.Fatal("fixture changed")
	}
	fsys["reports/2019Q2/xiashan-pub.yaml"] = &fstest.MapFile{Data: []byte(bad)}
	x := model.NewIndex(load.Load(fsys).Repo)
	text := Open(x, x.Registry.Unit("xiashan-pub"), 1).Text()
	for _, want := range []string{"（2019Q2 报送有误，未计入：已完成 90%；已完成的进度须为 100，这里按推进中 90% 预填，请核实）",
		"  - task: 5\n    status: 推进中  #", "\n    progress: 90  #", "problems: 宣讲团人员调整，宣讲活动未按计划开展。"} {
		if !strings.Contains(text, want) {
			t.Errorf("template lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "此前未报送") {
		t.Errorf("says 此前未报送:\n%s", text)
	}
	fsys["reports/2019Q3/xiashan-pub.yaml"] = &fstest.MapFile{Data: []byte(text)}
	for _, d := range check.Run(load.Load(fsys), check.Options{Today: time.Date(2019, 10, 1, 0, 0, 0, 0, time.UTC)}).Items {
		if d.Severity == 0 && d.File == "reports/2019Q3/xiashan-pub.yaml" {
			t.Errorf("the template has an error: %d:%d %s %s", d.Pos.Line, d.Pos.Col, d.Rule, d.Message.Zh)
		}
	}
}

// A unit that has reported the period gets its template (and form)
// filled in from that report, not from the period before (probe 14, B1:
// a form made after the report, filled in again after a return, took the
// rows left alone back to 未启动 0).
func TestTemplateOfAPeriodReported(t *testing.T) {
	x := model.NewIndex(load.Load(bundled(t)).Repo)
	d := Open(x, x.Registry.Unit("chikan-school"), 0)
	text := d.Text()
	for _, want := range []string{"2019Q2 已报送：推进中 50%（按本期已报的预填）", "  - task: 3\n    status: 推进中", "    progress: 50",
		"  - task: 5\n    status: 已完成"} {
		if !strings.Contains(text, want) {
			t.Errorf("template lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "此前未报送") {
		t.Errorf("filled in as if nothing were reported:\n%s", text)
	}
}
