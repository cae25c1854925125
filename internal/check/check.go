// Package check holds the rules that span files: references between the
// plan, the units, the tasks and the reports, and the warnings that need a
// report's history. Each rule is a function over the loaded repository.
package check

import (
	"io/fs"
	"sync"
	"time"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
)

// Options are the inputs of the rules beyond the data.
type Options struct {
	Today time.Time // for "submitted in the future"; zero skips that rule
	// Evidence is where the evidence files are (the working tree); nil
	// when they cannot be looked at (a git revision holds only the data),
	// and then only the names reports cite are checked.
	Evidence fs.FS
}

// rule is one cross-file check.
type rule func(c *ctx)

type ctx struct {
	repo  *model.Repo
	x     *model.Index
	opts  Options
	d     *diag.List
	known map[string]bool // task keys present
	res   *load.Result
}

var rules = []rule{
	planRules,
	unitRules,
	taskRules,
	reportRules,
	historyRules,
	evidenceRules,
	reviewRules,
}

// Run checks a loaded repository and returns every diagnostic, the
// loader's and the rules', sorted.
func Run(res *load.Result, opts Options) diag.List {
	return RunIndexed(res, model.NewIndex(res.Repo), opts)
}

// RunIndexed is Run with the repository's index already built.
func RunIndexed(res *load.Result, x *model.Index, opts Options) diag.List {
	out := diag.List{Items: append([]diag.Diagnostic(nil), res.Diags.Items...)}
	known := map[string]bool{}
	for _, t := range res.Repo.Tasks {
		known[model.TaskKey(t.ID)] = true
	}
	// The rules only read the repository and the index; each collects its
	// own diagnostics, and they run side by side.
	lists := make([]diag.List, len(rules))
	var wg sync.WaitGroup
	for i, r := range rules {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r(&ctx{repo: res.Repo, x: x, opts: opts, d: &lists[i], known: known, res: res})
		}()
	}
	wg.Wait()
	for _, l := range lists {
		out.Merge(l)
	}
	for i := range out.Items {
		if !out.Items[i].Pos.Known() {
			out.Items[i].Pos = model.Pos{Line: 1, Col: 1}
		}
	}
	out.Sort()
	return out
}

func (c *ctx) add(file string, p model.Pos, rule string, msg i18n.Text) { c.d.Add(file, p, rule, msg) }
