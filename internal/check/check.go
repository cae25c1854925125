// Package check holds the rules that span files: references between the
// plan, the units, the tasks and the reports, and the warnings that need a
// report's history. Each rule is a function over the loaded repository.
package check

import (
	"io/fs"
	"slices"
	"strings"
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
	// WarningsWithErrors says the caller needs the warnings only where
	// the data has errors (summary counts them in its message then, and
	// else shows none): the rules that can give nothing but warnings
	// (warnsOnly) run only once the others have found an error, and the
	// list is then what it is without this.
	WarningsWithErrors bool
}

// rule is one cross-file check.
type rule func(c *ctx)

type ctx struct {
	repo *model.Repo
	x    *model.Index
	opts Options
	d    *diag.List
	// unread are the keys of the task files that could not be read at
	// all: their own errors say why, and a report on such a task is no
	// error of its own.
	unread map[string]bool
	res    *load.Result
}

var rules = []struct {
	run rule
	// warnsOnly: every diagnostic the rule gives is a warning
	// (Options.WarningsWithErrors; TestRuleFixtures holds it to that).
	warnsOnly bool
}{
	{run: planRules},
	{run: unitRules},
	{run: taskRules},
	{run: reportRules},
	{run: historyRules, warnsOnly: true}, // R402, R403, R407
	{run: evidenceRules},
	{run: reviewRules},
}

// Run checks a loaded repository and returns every diagnostic, the
// loader's and the rules', sorted.
func Run(res *load.Result, opts Options) diag.List {
	return RunIndexed(res, model.NewIndex(res.Repo), opts)
}

// RunIndexed is Run with the repository's index already built.
func RunIndexed(res *load.Result, x *model.Index, opts Options) diag.List {
	out := diag.List{Items: append([]diag.Diagnostic(nil), res.Diags.Items...)}
	repo := res.Repo
	if r := res.Recovered; r.Plan != nil || r.Units != nil || len(r.Tasks) > 0 {
		repo = withRecovered(res.Repo, r)
		x = model.NewIndex(repo)
	}
	unread := map[string]bool{}
	for file := range repo.Invalid {
		if id, ok := strings.CutSuffix(strings.TrimPrefix(file, "tasks/"), ".yaml"); ok && len(id) < len(file)-len(".yaml") {
			unread[model.TaskKey(id)] = true
		}
	}
	for _, t := range repo.Tasks {
		delete(unread, model.TaskKey(t.ID))
	}
	// The rules only read the repository and the index; each collects its
	// own diagnostics, and they run side by side.
	lists := make([]diag.List, len(rules))
	run := func(later bool) {
		var wg sync.WaitGroup
		for i, r := range rules {
			if later != (opts.WarningsWithErrors && r.warnsOnly) {
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				r.run(&ctx{repo: repo, x: x, opts: opts, d: &lists[i], unread: unread, res: res})
			}()
		}
		wg.Wait()
	}
	run(false)
	if opts.WarningsWithErrors && hasError(out, lists) {
		run(true)
	}
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

// hasError says whether any of the lists holds an error.
func hasError(first diag.List, lists []diag.List) bool {
	for _, l := range append([]diag.List{first}, lists...) {
		if n, _ := l.Counts(); n > 0 {
			return true
		}
	}
	return false
}

// withRecovered is the repository as the rules read it: with the plan,
// the units and the tasks that parsed only once their typing slips were
// put right, where the data has none. So a slip in units.yaml does not
// silence every rule about units, nor one in a task file turn each report
// on the task into an error of its own.
func withRecovered(repo *model.Repo, r load.Recovered) *model.Repo {
	out := *repo
	if out.Plan == nil {
		out.Plan = r.Plan
	}
	if out.Units == nil {
		out.Units = r.Units
	}
	if len(r.Tasks) > 0 {
		out.Tasks = slices.Concat(repo.Tasks, r.Tasks)
		slices.SortStableFunc(out.Tasks, func(a, b *model.Task) int {
			if c := model.CompareTaskIDs(a.ID, b.ID); c != 0 {
				return c
			}
			return strings.Compare(a.File, b.File)
		})
	}
	return &out
}

func (c *ctx) add(file string, p model.Pos, rule string, msg i18n.Text) { c.d.Add(file, p, rule, msg) }

// MarkInvalid applies DESIGN §2's one rule for a report with errors to
// what the ledger reads: every report file (reports/…) in which diags,
// Run's result, locate an error joins repo.Invalid, whichever rule found
// it: the loader's (syntax, schema, values) or a cross-file one (a task
// it does not own, an entry twice, its evidence R501–R506). The ledger
// then shows its unit as 文件有误: unranked, never praised, and chased
// with the file's errors to fix. How its entries count is not changed
// here: an entry's own error (an invalid value, no summary) already makes
// it count as nothing, and its valid entries go on counting. Warnings
// change nothing.
//
// Call it once, after Run and before the ledger is built; the rules
// themselves read repo.Invalid as the loader left it. It says whether it
// added a file the loader had not marked already: a ledger built from
// repo.Invalid before it was called is the same as one built after only
// if it did not.
func MarkInvalid(repo *model.Repo, diags diag.List) (added bool) {
	for _, d := range diags.Items {
		if d.Severity == diag.Error && strings.HasPrefix(d.File, "reports/") && !repo.Invalid[d.File] {
			repo.Invalid[d.File] = true
			added = true
		}
	}
	return added
}
