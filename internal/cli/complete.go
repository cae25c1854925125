package cli

import (
	"io/fs"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tally/internal/diag"
	"tally/internal/load"
	"tally/internal/model"
)

// completeValues teaches shell completion the values of every command's
// flags by name: unit ids and names for --unit, periods for --period, task
// ids for --task and for the task arguments of tasks, rule ids for
// --explain, and the choices a flag's usage lists (`table|json`) for the
// others. It walks the finished tree, so a new command's flags complete
// without more code.
func (a *app) completeValues(c *cobra.Command) {
	c.Flags().VisitAll(func(f *pflag.Flag) {
		var fn cobra.CompletionFunc
		switch f.Name {
		case "unit":
			fn = a.completeData(unitChoices)
		case "period":
			fn = a.completeData(periodChoices)
		case "task", "extend", "refuse":
			fn = a.completeData(taskChoices)
		case "explain":
			fn = func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
				var out []string
				for _, r := range diag.Rules() {
					out = append(out, r.ID+"\t"+r.Title.In(a.lang))
				}
				return out, cobra.ShellCompDirectiveNoFileComp
			}
		case "chdir":
			_ = c.MarkFlagDirname(f.Name)
			return
		default:
			name, _ := pflag.UnquoteUsage(f)
			if !strings.Contains(name, "|") {
				return
			}
			choices := strings.Split(name, "|")
			fn = cobra.FixedCompletions(choices, cobra.ShellCompDirectiveNoFileComp)
		}
		_ = c.RegisterFlagCompletionFunc(f.Name, fn)
	})
	if c.Name() == "tasks" && c.ValidArgsFunction == nil {
		c.ValidArgsFunction = a.completeData(taskChoices)
	}
	if c.HasParent() && c.Parent().Name() == "review" && c.ValidArgsFunction == nil {
		c.ValidArgsFunction = a.completeData(unitChoices) // accept UNIT…, return UNIT
	}
	for _, sub := range c.Commands() {
		a.completeValues(sub)
	}
}

// completeData completes from the repository's plan, units and tasks,
// read as tally reads them (reports are not needed, and not read). With
// no data root there is nothing to offer.
func (a *app) completeData(choices func(*model.Repo) []string) cobra.CompletionFunc {
	return func(c *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		root, err := a.root()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		tree, err := load.Dir(root)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		res := load.Load(withoutReports{tree})
		return choices(res.Repo), cobra.ShellCompDirectiveNoFileComp
	}
}

// withoutReports hides reports/ from a data root.
type withoutReports struct{ fs.FS }

func (w withoutReports) Open(name string) (fs.File, error) {
	if name == "reports" || strings.HasPrefix(name, "reports/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return w.FS.Open(name)
}

// unitChoices are the unit ids, described by their names, then the
// names and aliases, described by their ids: --unit takes either.
func unitChoices(r *model.Repo) []string {
	if r.Units == nil {
		return nil
	}
	var ids, names []string
	for _, u := range r.Units.Units {
		ids = append(ids, u.ID+"\t"+u.Name)
		if u.Name != "" {
			names = append(names, u.Name+"\t"+u.ID)
		}
		for _, al := range u.Aliases {
			names = append(names, al.Value+"\t"+u.ID)
		}
	}
	return append(ids, names...)
}

// periodChoices are the plan's periods, described by their dates.
func periodChoices(r *model.Repo) []string {
	if r.Plan == nil {
		return nil
	}
	var out []string
	for _, p := range r.Plan.Periods {
		out = append(out, p.ID+"\t"+model.FormatDate(p.Start)+" ~ "+model.FormatDate(p.End))
	}
	return out
}

// taskChoices are the task ids, described by their titles.
func taskChoices(r *model.Repo) []string {
	var out []string
	for _, t := range r.Tasks {
		out = append(out, t.ID+"\t"+t.Title)
	}
	return out
}
