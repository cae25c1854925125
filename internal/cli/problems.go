package cli

import (
	"fmt"
	"sort"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
)

// fileErrors says on stderr why a command could not use a file (why),
// then the file's errors as check says them: file:line:col, the cause and
// the fix, the line. No command passes the YAML library's words on.
func (a *app) fileErrors(res *load.Result, file string, why i18n.Text) {
	fmt.Fprintln(a.stderr, render.SafeLine(why.In(a.lang)))
	render.Diagnostics(a.stderr, errorsIn(res.Diags, file, file), res.Source, a.lang)
}

// errorsIn are the errors of file in l, in order, named as shown.
func errorsIn(l diag.List, file, shown string) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range l.Items {
		if d.File == file && d.Severity == diag.Error {
			d.File = shown
			if !d.Pos.Known() {
				d.Pos = model.Pos{Line: 1, Col: 1}
			}
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		p, q := out[i].Pos, out[j].Pos
		return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
	})
	return out
}
