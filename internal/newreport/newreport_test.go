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
