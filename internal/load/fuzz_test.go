package load_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"tally/internal/check"
	"tally/internal/load"
)

// Any bytes as a report, a task, the unit registry or a review: loading
// and checking (evidence too) end in diagnostics, never a panic.
func FuzzLoad(f *testing.F) {
	f.Add(0, []byte("unit: a-org\nperiod: 2019Q2\nentries:\n  - task: 1\n    status: 推进中\n    progress: 40\n    summary: x\n"))
	f.Add(1, []byte("section: 一\ntitle: t\nowners: [各区组织部, 市委宣传部]\nmilestones: [{due: 2019-09-30, text: x}]\n"))
	f.Add(2, []byte("units:\n  - {id: a-org, name: 甲}\ngroups:\n  - {name: g, members: [g]}\n"))
	f.Add(0, []byte("a: &a [*a]\n\t- x\n\xff"))
	f.Add(0, []byte("unit: a-org\nperiod：2019Q2\nentries:\n  -\ttask：1\n\tstatus:\u3000完成\n\u3000\u3000progress: ６０\n    summary: \"双\"培养\n第二行\n    next: |\n\t  x：y\n"))
	f.Add(3, []byte("unit: a-org\nperiod: 2019Q2\nreport: 0123456789ab\nresult: 退回\ndate: 2019-07-08\nby: 李四\nreasons:\n  - {task: 1, text: x}\nextensions:\n  - {task: 2, to: 2019-12-31, granted: true}\n"))
	f.Add(0, []byte("unit: a-org\nperiod: 2019Q2\nsubmitted: 2019-07-01\nentries:\n  - task: 1\n    status: 已完成\n    summary: x\n    evidence: [../a.pdf, 纪要.pdf, \"\"]\n    extension: {to: 2019-12-31}\n"))
	f.Fuzz(func(t *testing.T, which int, data []byte) {
		fsys := baseFS(t)
		name := []string{report, "tasks/02.yaml", "units.yaml", "reviews/2019Q2/a-org.yaml"}[((which%4)+4)%4]
		fsys[name] = &fstest.MapFile{Data: data}
		fsys["evidence/2019Q2/a-org/纪要.pdf"] = &fstest.MapFile{Data: []byte("%PDF-1.4\n")}
		res := load.Load(fsys)
		for _, d := range check.Run(res, check.Options{Today: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Evidence: fsys}).Items {
			// The loader turns a panic into this diagnostic: here it is a failure.
			if strings.Contains(d.Message.En, "internal error") {
				t.Fatalf("%s: %s", d.File, d.Message.En)
			}
			if d.Pos.Line < 1 || d.Pos.Col < 1 {
				t.Fatalf("%s: position %d:%d", d.File, d.Pos.Line, d.Pos.Col)
			}
		}
	})
}
