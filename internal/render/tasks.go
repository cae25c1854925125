package render

import (
	"fmt"
	"io"
	"strings"

	"tally/internal/i18n"
	"tally/internal/model"
)

// TaskJSON is the shape of `tally tasks --format json`.
type TaskJSON struct {
	ID         string          `json:"id"`
	Section    string          `json:"section"`
	Title      string          `json:"title"`
	Due        string          `json:"due"`
	Owners     []string        `json:"owners"`
	Lead       []string        `json:"lead"`
	Leaders    []string        `json:"leaders,omitempty"` // only where the notice names them
	From       string          `json:"from,omitempty"`    // the period it joined the list in, when it did so during the year
	Units      []UnitRefJSON   `json:"units"`
	Milestones []MilestoneJSON `json:"milestones"`
}

// UnitRefJSON names a unit.
type UnitRefJSON struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// MilestoneJSON is a dated step of a task.
type MilestoneJSON struct {
	Due  string `json:"due"`
	Text string `json:"text"`
}

// Tasks writes `tally tasks`: the list, or with details the full text of
// each task and the units its owners stand for.
func Tasks(w io.Writer, f Format, x *model.Index, tasks []*model.Task, details bool, lang i18n.Lang) error {
	switch {
	case f == FormatJSON:
		out := []TaskJSON{}
		for _, t := range tasks {
			out = append(out, taskJSON(x, t))
		}
		return JSON(w, out)
	case details && f == FormatTable:
		return taskDetails(w, x, tasks, lang)
	}
	t := &Table{
		Head:  []string{lang.Pick("编号", "ID"), lang.Pick("章节", "Section"), lang.Pick("任务", "Task"), lang.Pick("完成时限", "Due"), lang.Pick("责任单位", "Owners"), lang.Pick("单位数", "Units")},
		Wrap:  map[int]int{2: 30, 4: 30},
		Right: map[int]bool{5: true},
	}
	for _, task := range tasks {
		t.Rows = append(t.Rows, []string{task.ID, task.Section, task.Title, taskDue(x, task),
			strings.Join(model.Values(task.Owners), lang.Pick("、", ", ")), fmt.Sprint(len(x.Owners(task.ID)))})
	}
	return t.Write(w, f)
}

// taskDue is a task's due date: its own, or the plan's end.
func taskDue(x *model.Index, t *model.Task) string {
	if !t.Due.IsZero() {
		return model.FormatDate(t.Due)
	}
	if p := x.Repo.Plan; p != nil {
		return model.FormatDate(p.End)
	}
	return ""
}

func taskJSON(x *model.Index, t *model.Task) TaskJSON {
	j := TaskJSON{ID: t.ID, Section: t.Section, Title: t.Title, Due: taskDue(x, t),
		Owners: nonNil(model.Values(t.Owners)), Lead: nonNil(model.Values(t.Lead)), Leaders: t.Leaders, From: t.From, Units: []UnitRefJSON{}, Milestones: []MilestoneJSON{}}
	for _, id := range x.Owners(t.ID) {
		j.Units = append(j.Units, UnitRefJSON{ID: id, Name: x.Registry.Unit(id).Name})
	}
	for _, m := range t.Milestones {
		j.Milestones = append(j.Milestones, MilestoneJSON{Due: model.FormatDate(m.Due), Text: m.Text})
	}
	return j
}

func taskDetails(w io.Writer, x *model.Index, tasks []*model.Task, lang i18n.Lang) error {
	var b strings.Builder
	for i, t := range tasks {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s %s\n", lang.Pick("任务", "Task"), t.ID)
		line := func(label, value string) {
			if value != "" {
				fmt.Fprintf(&b, "  %s%s\n", label, value)
			}
		}
		line(lang.Pick("标题：", "Title:    "), t.Title)
		line(lang.Pick("章节：", "Section:  "), t.Section+sectionTitle(x, t.Section))
		line(lang.Pick("时限：", "Due:      "), taskDue(x, t))
		if t.From != "" {
			line(lang.Pick("加入：", "Joined:   "), lang.Pick(t.From+" 起列入清单", "on the list from "+t.From))
		}
		line(lang.Pick("责任：", "Owners:   "), t.OwnersText)
		line(lang.Pick("牵头：", "Lead:     "), strings.Join(model.Values(t.Lead), lang.Pick("、", ", ")))
		line(lang.Pick("领导：", "Leaders:  "), strings.Join(t.Leaders, lang.Pick("、", ", ")))
		for _, m := range t.Milestones {
			line(lang.Pick("节点：", "Milestone:"), model.FormatDate(m.Due)+" "+m.Text)
		}
		for _, g := range t.Targets {
			line(lang.Pick("指标：", "Target:   "), fmt.Sprintf("%s %s%s（%s）", g.Name, model.FormatNumber(g.Target), g.Unit, g.ID))
		}
		if body := strings.TrimSpace(t.Body); body != "" {
			fmt.Fprintf(&b, "  %s\n", lang.Pick("内容：", "Text:"))
			for _, p := range strings.Split(body, "\n") {
				fmt.Fprintf(&b, "    %s\n", p)
			}
		}
		units := x.Owners(t.ID)
		fmt.Fprintf(&b, "  %s\n", lang.Pick(fmt.Sprintf("责任单位（%d 个）：", len(units)), fmt.Sprintf("Units (%d):", len(units))))
		lead := map[string]bool{}
		for _, id := range x.Registry.ResolveAll(model.Values(t.Lead)) {
			lead[id] = true
		}
		for _, id := range units {
			mark := ""
			if lead[id] {
				mark = lang.Pick("（牵头）", " (lead)")
			}
			fmt.Fprintf(&b, "    %-16s %s%s\n", id, x.Registry.Unit(id).Name, mark)
		}
	}
	_, err := io.WriteString(w, Safe(b.String()))
	return err
}

func sectionTitle(x *model.Index, id string) string {
	if p := x.Repo.Plan; p != nil {
		for _, s := range p.Sections {
			if s.ID == id {
				return " " + s.Title
			}
		}
	}
	return ""
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
