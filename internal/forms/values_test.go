package forms_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/testrepo"
)

// A unit's form has no column for a target's values. Collected, the
// report leaves out the value the form pre-filled from an earlier period:
// the ledger carries the unit's latest value and says so. Before, collect
// wrote the template's pre-fill as given again — 0 where the unit's last
// entry had left the value out, taking the unit's figure off the actual.
func TestCollectLeavesEarlierValuesOut(t *testing.T) {
	fsys := testrepo.Bundled()
	task := fsys["tasks/03.yaml"]
	fsys["tasks/03.yaml"] = &fstest.MapFile{Data: append(append([]byte(nil), task.Data...), "targets:\n  - {id: points, name: 现场教学点, target: 20, unit: 个}\n"...)}
	q2 := fsys["reports/2019Q2/chikan-school.yaml"]
	fsys["reports/2019Q2/chikan-school.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(string(q2.Data),
		"    summary: 在红色村设立现场教学点2个，开展特色培训4期。\n", "    summary: 在红色村设立现场教学点2个，开展特色培训4期。\n    values: {points: 2}\n", 1))}
	x := model.NewIndex(load.Load(fsys).Repo)
	d, data := form(t, x, "chikan-school")
	pre := ""
	for _, r := range d.Rows {
		for _, v := range r.Values {
			pre += r.Task.ID + ":" + v.Value + " "
		}
	}
	if pre != "03:2 " {
		t.Fatalf("pre-filled values %q, want the unit's latest given (03:2)", pre)
	}
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", fill(t, data, good))
	if c.Refused != nil || c.Errors() > 0 {
		t.Fatalf("refused %v, problems:\n%s", c.Refused, problems(c))
	}
	if text := string(c.Text); strings.Contains(text, "values:") || strings.Contains(text, "points") {
		t.Errorf("the collected report gives the earlier value as given again:\n%s", text)
	}
}
