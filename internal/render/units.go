package render

import (
	"fmt"
	"io"
	"strings"

	"tally/internal/i18n"
	"tally/internal/model"
)

// UnitsJSON is the shape of `tally units --format json`.
type UnitsJSON struct {
	Units  []UnitJSON  `json:"units"`
	Groups []GroupJSON `json:"groups"`
}

// UnitJSON is a unit with its groups and tasks.
type UnitJSON struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Groups  []string `json:"groups"`
	Tasks   []string `json:"tasks"`
	From    string   `json:"from,omitempty"`  // the first period it reports in, when it joined during the year
	Until   string   `json:"until,omitempty"` // the last, when it was merged away or left
}

// GroupJSON is a group with the units it stands for; rank says its units
// are ranked among themselves (units.yaml's rank: true).
type GroupJSON struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Members []string `json:"members"`
	Units   []string `json:"units"`
	Rank    bool     `json:"rank"`
}

// NewUnitsJSON lists the registry's units and groups.
func NewUnitsJSON(x *model.Index) UnitsJSON {
	reg := x.Registry
	unitTasks := x.UnitTasks()
	groupsOf := map[string][]string{}
	out := UnitsJSON{Units: []UnitJSON{}, Groups: []GroupJSON{}}
	for _, g := range reg.Groups {
		units, _ := reg.Resolve(g.Name)
		for _, u := range units {
			groupsOf[u] = append(groupsOf[u], g.Name)
		}
		out.Groups = append(out.Groups, GroupJSON{Name: g.Name, Aliases: nonNil(model.Values(g.Aliases)),
			Members: nonNil(model.Values(g.Members)), Units: nonNil(units), Rank: g.Rank})
	}
	for _, u := range reg.Units {
		out.Units = append(out.Units, UnitJSON{ID: u.ID, Name: u.Name, Aliases: nonNil(model.Values(u.Aliases)),
			Groups: nonNil(groupsOf[u.ID]), Tasks: nonNil(unitTasks[u.ID]), From: u.From, Until: u.Until})
	}
	return out
}

// Units writes `tally units`: the units, then (in tables) the groups.
func Units(w io.Writer, f Format, x *model.Index, lang i18n.Lang) error {
	out := NewUnitsJSON(x)
	if f == FormatJSON {
		return JSON(w, out)
	}
	sep := lang.Pick("、", ", ")
	t := &Table{
		Head:  []string{lang.Pick("编号", "ID"), lang.Pick("名称", "Name"), lang.Pick("别名", "Aliases"), lang.Pick("所属分组", "Groups"), lang.Pick("任务数", "Tasks")},
		Wrap:  map[int]int{2: 24, 3: 36},
		Right: map[int]bool{4: true},
	}
	bounded := false // a unit joined or left the list during the year: say when
	for _, u := range out.Units {
		bounded = bounded || u.From != "" || u.Until != ""
	}
	if bounded {
		t.Head = append(t.Head, lang.Pick("报送期次", "Periods"))
	}
	for _, u := range out.Units {
		row := []string{u.ID, u.Name, strings.Join(u.Aliases, sep), strings.Join(u.Groups, sep), fmt.Sprint(len(u.Tasks))}
		if bounded {
			row = append(row, unitPeriods(u, lang))
		}
		t.Rows = append(t.Rows, row)
	}
	if err := t.Write(w, f); err != nil {
		return err
	}
	if f != FormatTable || len(out.Groups) == 0 {
		return nil
	}
	g := &Table{
		Head:  []string{lang.Pick("分组", "Group"), lang.Pick("别名", "Aliases"), lang.Pick("成员", "Members"), lang.Pick("单位数", "Units")},
		Wrap:  map[int]int{1: 24, 2: 40},
		Right: map[int]bool{3: true},
	}
	for _, gr := range out.Groups {
		name := gr.Name
		if gr.Rank {
			name += lang.Pick("（组内排名）", " (ranked among themselves)")
		}
		g.Rows = append(g.Rows, []string{name, strings.Join(gr.Aliases, sep), strings.Join(gr.Members, sep), fmt.Sprint(len(gr.Units))})
	}
	if _, err := fmt.Fprintln(w); err != nil {
		return err
	}
	return g.Write(w, f)
}

// unitPeriods says which periods a unit reports in when it joined or left
// the list during the year: 2019Q3 起, 至 2019Q2, 2019Q3 至 2019Q4.
func unitPeriods(u UnitJSON, lang i18n.Lang) string {
	switch {
	case u.From != "" && u.Until != "":
		return lang.Pick(u.From+" 至 "+u.Until, u.From+" to "+u.Until)
	case u.From != "":
		return lang.Pick(u.From+" 起", "from "+u.From)
	case u.Until != "":
		return lang.Pick("至 "+u.Until, "to "+u.Until)
	}
	return ""
}
