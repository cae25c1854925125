package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/model"
	"tally/internal/render"
)

type unitsOptions struct {
	format string
	strict bool
}

type unitsJSON struct {
	Units  []unitJSON  `json:"units"`
	Groups []groupJSON `json:"groups"`
}

type unitJSON struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Groups  []string `json:"groups"`
	Tasks   []string `json:"tasks"`
}

type groupJSON struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Members []string `json:"members"`
	Units   []string `json:"units"`
}

func (a *app) unitsCmd() *cobra.Command {
	var o unitsOptions
	c := &cobra.Command{
		Use:         "units",
		Short:       a.t("列出单位和分组，以及每个单位负责几项任务", "list units and groups, and how many tasks each unit carries"),
		Example:     "  tally units\n  tally units --format json",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runUnits(&o) },
	}
	a.formatFlag(c, &o.format, "table|json|csv|md")
	c.Flags().BoolVar(&o.strict, "strict", false, a.t("数据有错误或警告时不输出", "refuse to run on data with errors or warnings"))
	return c
}

func (a *app) runUnits(o *unitsOptions) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	l, err := a.loadStrict(o.strict)
	if err != nil {
		return err
	}
	reg := l.index.Registry
	unitTasks := l.index.UnitTasks()
	groupsOf := map[string][]string{}
	out := unitsJSON{Units: []unitJSON{}, Groups: []groupJSON{}}
	for _, g := range reg.Groups {
		units, _ := reg.Resolve(g.Name)
		for _, u := range units {
			groupsOf[u] = append(groupsOf[u], g.Name)
		}
		out.Groups = append(out.Groups, groupJSON{Name: g.Name, Aliases: nonNil(model.Values(g.Aliases)),
			Members: nonNil(model.Values(g.Members)), Units: nonNil(units)})
	}
	for _, u := range reg.Units {
		out.Units = append(out.Units, unitJSON{ID: u.ID, Name: u.Name, Aliases: nonNil(model.Values(u.Aliases)),
			Groups: nonNil(groupsOf[u.ID]), Tasks: nonNil(unitTasks[u.ID])})
	}
	if f == render.FormatJSON {
		if err := render.JSON(a.stdout, out); err != nil {
			return err
		}
		return a.dataStatus(l, o.strict)
	}
	sep := a.t("、", ", ")
	t := &render.Table{
		Head:  []string{a.t("编号", "ID"), a.t("名称", "Name"), a.t("别名", "Aliases"), a.t("所属分组", "Groups"), a.t("任务数", "Tasks")},
		Wrap:  map[int]int{2: 24, 3: 36},
		Right: map[int]bool{4: true},
	}
	for _, u := range out.Units {
		t.Rows = append(t.Rows, []string{u.ID, u.Name, strings.Join(u.Aliases, sep), strings.Join(u.Groups, sep), fmt.Sprint(len(u.Tasks))})
	}
	if err := t.Write(a.stdout, f); err != nil {
		return err
	}
	if f == render.FormatTable && len(out.Groups) > 0 {
		g := &render.Table{
			Head:  []string{a.t("分组", "Group"), a.t("别名", "Aliases"), a.t("成员", "Members"), a.t("单位数", "Units")},
			Wrap:  map[int]int{1: 24, 2: 40},
			Right: map[int]bool{3: true},
		}
		for _, gr := range out.Groups {
			g.Rows = append(g.Rows, []string{gr.Name, strings.Join(gr.Aliases, sep), strings.Join(gr.Members, sep), fmt.Sprint(len(gr.Units))})
		}
		fmt.Fprintln(a.stdout)
		if err := g.Write(a.stdout, f); err != nil {
			return err
		}
	}
	return a.dataStatus(l, o.strict)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
