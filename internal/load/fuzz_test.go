package load_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"tally/internal/check"
	"tally/internal/load"
)

// Any bytes as a report, a task or the unit registry: loading and checking
// end in diagnostics, never a panic.
func FuzzLoad(f *testing.F) {
	f.Add(0, []byte("unit: a-org\nperiod: 2019Q2\nentries:\n  - task: 1\n    status: 推进中\n    progress: 40\n    summary: x\n"))
	f.Add(1, []byte("section: 一\ntitle: t\nowners: [各区组织部, 市委宣传部]\nmilestones: [{due: 2019-09-30, text: x}]\n"))
	f.Add(2, []byte("units:\n  - {id: a-org, name: 甲}\ngroups:\n  - {name: g, members: [g]}\n"))
	f.Add(0, []byte("a: &a [*a]\n\t- x\n\xff"))
	f.Add(0, []byte("unit: a-org\nperiod：2019Q2\nentries:\n  -\ttask：1\n\tstatus:\u3000完成\n\u3000\u3000progress: ６０\n    summary: \"双\"培养\n第二行\n    next: |\n\t  x：y\n"))
	f.Fuzz(func(t *testing.T, which int, data []byte) {
		fsys := baseFS(t)
		name := []string{report, "tasks/02.yaml", "units.yaml"}[((which%3)+3)%3]
		fsys[name] = &fstest.MapFile{Data: data}
		res := load.Load(fsys)
		for _, d := range check.Run(res, check.Options{Today: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}).Items {
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
