package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/model"
	"tally/internal/render"
)

type tasksOptions struct {
	format string
	strict bool
}

// taskJSON is the shape of `tally tasks --format json`.
type taskJSON struct {
	ID         string          `json:"id"`
	Section    string          `json:"section"`
	Title      string          `json:"title"`
	Due        string          `json:"due"`
	Owners     []string        `json:"owners"`
	Lead       []string        `json:"lead"`
	Leaders    []string        `json:"leaders,omitempty"` // only where the notice names them
	Units      []unitRefJSON   `json:"units"`
	Milestones []milestoneJSON `json:"milestones"`
}

type unitRefJSON struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type milestoneJSON struct {
	Due  string `json:"due"`
	Text string `json:"text"`
}

func (a *app) tasksCmd() *cobra.Command {
	var o tasksOptions
	c := &cobra.Command{
		Use:   a.t("tasks [任务编号…]", "tasks [ID…]"),
		Short: a.t("列出任务，或查看某几项任务", "list the tasks, or show some"),
		Long: a.t("不带参数时列出全部任务：编号、章节、标题、完成时限、责任单位。\n给出任务编号时显示这几项任务的全文，以及责任单位对应的具体单位。",
			"Without arguments, lists every task: id, section, title, due date, owners.\nWith task ids, shows those tasks in full, with the units their owners stand for."),
		Example:     "  tally tasks\n  tally tasks 16\n  tally tasks --format json",
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runTasks(&o, args) },
	}
	a.formatFlag(c, &o.format, "table|json|csv|md")
	c.Flags().BoolVar(&o.strict, "strict", false, a.t("数据有错误或警告时不输出", "refuse to run on data with errors or warnings"))
	return c
}

func (a *app) runTasks(o *tasksOptions, ids []string) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	l, err := a.loadStrict(o.strict)
	if err != nil {
		return err
	}
	tasks := l.res.Repo.Tasks
	if len(ids) > 0 {
		tasks = nil
		for _, id := range ids {
			t := l.index.Task(id)
			if t == nil {
				return usage("没有任务“%s”；运行 tally tasks 查看全部任务", "there is no task %q; run tally tasks to list them", id)
			}
			tasks = append(tasks, t)
		}
	}
	switch {
	case f == render.FormatJSON:
		out := []taskJSON{}
		for _, t := range tasks {
			out = append(out, a.taskJSON(l, t))
		}
		err = render.JSON(a.stdout, out)
	case len(ids) > 0 && f == render.FormatTable:
		err = a.taskDetails(l, tasks)
	default:
		err = a.taskTable(l, tasks).Write(a.stdout, f)
	}
	if err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}

// due is a task's due date: its own, or the plan's end.
func due(l *loaded, t *model.Task) string {
	if !t.Due.IsZero() {
		return model.FormatDate(t.Due)
	}
	if p := l.res.Repo.Plan; p != nil {
		return model.FormatDate(p.End)
	}
	return ""
}

func (a *app) taskJSON(l *loaded, t *model.Task) taskJSON {
	j := taskJSON{ID: t.ID, Section: t.Section, Title: t.Title, Due: due(l, t),
		Owners: model.Values(t.Owners), Lead: model.Values(t.Lead), Leaders: t.Leaders, Units: []unitRefJSON{}, Milestones: []milestoneJSON{}}
	if j.Owners == nil {
		j.Owners = []string{}
	}
	if j.Lead == nil {
		j.Lead = []string{}
	}
	for _, id := range l.index.Owners(t.ID) {
		j.Units = append(j.Units, unitRefJSON{ID: id, Name: l.index.Registry.Unit(id).Name})
	}
	for _, m := range t.Milestones {
		j.Milestones = append(j.Milestones, milestoneJSON{Due: model.FormatDate(m.Due), Text: m.Text})
	}
	return j
}

func (a *app) taskTable(l *loaded, tasks []*model.Task) *render.Table {
	t := &render.Table{
		Head:  []string{a.t("编号", "ID"), a.t("章节", "Section"), a.t("任务", "Task"), a.t("完成时限", "Due"), a.t("责任单位", "Owners"), a.t("单位数", "Units")},
		Wrap:  map[int]int{2: 30, 4: 30},
		Right: map[int]bool{5: true},
	}
	for _, task := range tasks {
		t.Rows = append(t.Rows, []string{task.ID, task.Section, task.Title, due(l, task),
			strings.Join(model.Values(task.Owners), a.t("、", ", ")), fmt.Sprint(len(l.index.Owners(task.ID)))})
	}
	return t
}

func (a *app) taskDetails(l *loaded, tasks []*model.Task) error {
	var b strings.Builder
	for i, t := range tasks {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s %s\n", a.t("任务", "Task"), t.ID)
		line := func(label, value string) {
			if value != "" {
				fmt.Fprintf(&b, "  %s%s\n", label, value)
			}
		}
		line(a.t("标题：", "Title:    "), t.Title)
		line(a.t("章节：", "Section:  "), t.Section+sectionTitle(l, t.Section))
		line(a.t("时限：", "Due:      "), due(l, t))
		line(a.t("责任：", "Owners:   "), t.OwnersText)
		line(a.t("牵头：", "Lead:     "), strings.Join(model.Values(t.Lead), a.t("、", ", ")))
		line(a.t("领导：", "Leaders:  "), strings.Join(t.Leaders, a.t("、", ", ")))
		for _, m := range t.Milestones {
			line(a.t("节点：", "Milestone:"), model.FormatDate(m.Due)+" "+m.Text)
		}
		for _, g := range t.Targets {
			line(a.t("指标：", "Target:   "), fmt.Sprintf("%s %s%s（%s）", g.Name, model.FormatNumber(g.Target), g.Unit, g.ID))
		}
		if body := strings.TrimSpace(t.Body); body != "" {
			fmt.Fprintf(&b, "  %s\n", a.t("内容：", "Text:"))
			for _, p := range strings.Split(body, "\n") {
				fmt.Fprintf(&b, "    %s\n", p)
			}
		}
		units := l.index.Owners(t.ID)
		fmt.Fprintf(&b, "  %s\n", a.t(fmt.Sprintf("责任单位（%d 个）：", len(units)), fmt.Sprintf("Units (%d):", len(units))))
		for _, id := range units {
			fmt.Fprintf(&b, "    %-16s %s\n", id, l.index.Registry.Unit(id).Name)
		}
	}
	_, err := fmt.Fprint(a.stdout, b.String())
	return err
}

func sectionTitle(l *loaded, id string) string {
	if p := l.res.Repo.Plan; p != nil {
		for _, s := range p.Sections {
			if s.ID == id {
				return " " + s.Title
			}
		}
	}
	return ""
}
