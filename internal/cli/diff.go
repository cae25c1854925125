package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
)

type diffOptions struct {
	period   string
	format   string
	textconv bool
}

func (a *app) diffCmd() *cobra.Command {
	var o diffOptions
	c := &cobra.Command{
		Use:   a.t("diff [版本1 [版本2]]", "diff [REV1 [REV2]]"),
		Short: a.t("两个版本之间进展的变化：按任务、单位、字段列出", "what changed in progress between two revisions, by task, unit and field"),
		Long: a.t("比较两个 git 版本（默认：HEAD 与当前工作区）的数据，列出每个期次、单位、任务中变化的字段：\n"+
			"状态、进度、进展情况、存在问题、下步计划、指标数值、报送日期，以及新增或删除的任务、单位和报送。",
			"Compares the data of two git revisions (default: HEAD and the working tree) and lists, per period, unit and task,\n"+
				"the fields that changed: status, progress, summary, problems, next steps, values, submitted date; and tasks, units\n"+
				"and reports added or removed."),
		Example:     "  tally diff\n  tally diff HEAD~3\n  tally diff v2019Q2 v2019Q3 --format json",
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runDiff(&o, args) },
	}
	a.formatFlag(c, &o.format, "table|json|csv|md")
	c.Flags().StringVar(&o.period, "period", "", a.t("只看某个期次", "only this `PERIOD`"))
	c.Flags().BoolVar(&o.textconv, "textconv", false, a.t("把一份报送文件写成便于比较的文字（供 git diff 使用）", "print one report FILE as readable text, for git diff's textconv"))
	return c
}

// runTextconv prints a report as git diff should compare it: one line per
// field of each entry, in the ledger's words. A file that does not decode
// is printed as it is, so git still shows something.
func (a *app) runTextconv(args []string) error {
	if len(args) != 1 {
		return usage("--textconv 需要一个文件", "--textconv takes one file")
	}
	raw, err := os.ReadFile(args[0])
	if err != nil {
		return usage("无法读取 %s：%v", "cannot read %s: %v", args[0], err)
	}
	r, _ := load.ReportFile(filepath.ToSlash(args[0]), raw)
	if r == nil {
		_, err := a.stdout.Write(raw)
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s  %s%s  %s%s\n", a.t("单位：", "unit: "), r.Unit, a.t("期次：", "period: "), r.Period,
		a.t("报送日期：", "submitted: "), model.FormatDate(r.Submitted))
	for _, e := range r.Entries {
		status := ""
		if e.HasStatus {
			status = e.Status.Label(a.lang)
		}
		fmt.Fprintf(&b, "\n%s%s  %s%s  %s%d%%\n", a.t("任务 ", "task "), e.Task, a.t("状态：", "status: "), status,
			a.t("进度：", "progress: "), e.EffectiveProgress())
		for _, f := range []struct{ label, text string }{
			{a.t("进展情况：", "summary: "), e.Summary}, {a.t("存在问题：", "problems: "), e.Problems}, {a.t("下步计划：", "next: "), e.Next},
		} {
			if t := strings.TrimSpace(f.text); t != "" {
				fmt.Fprintf(&b, "  %s%s\n", f.label, strings.ReplaceAll(t, "\n", "\n    "))
			}
		}
		for _, v := range e.Values {
			fmt.Fprintf(&b, "  %s%s = %s\n", a.t("指标 ", "target "), v.Target, model.FormatNumber(v.Value))
		}
	}
	_, err = io.WriteString(a.stdout, b.String())
	return err
}

func (a *app) runDiff(o *diffOptions, args []string) error {
	if o.textconv {
		return a.runTextconv(args)
	}
	if len(args) > 2 {
		return usage("diff 最多接受两个版本", "diff takes at most two revisions")
	}
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	root, err := a.root()
	if err != nil {
		return err
	}
	revs := append([]string(nil), args...)
	if len(revs) == 0 {
		revs = []string{"HEAD"}
	}
	var sides [2]*model.Repo
	for i, rev := range revs {
		fsys, err := a.snapshot(root, rev)
		if err != nil {
			return err
		}
		sides[i] = a.loadFS(root, fsys).res.Repo
	}
	if len(revs) == 1 {
		sides[1] = a.loadFS(root, os.DirFS(root)).res.Repo
	}
	changes := history.Filter(history.Diff(sides[0], sides[1]), "", "", o.period)
	if f == render.FormatJSON {
		if changes == nil {
			changes = []history.Change{}
		}
		return render.JSON(a.stdout, changes)
	}
	if f == render.FormatTable && len(changes) == 0 {
		fmt.Fprintln(a.stdout, a.t("没有变化。", "No changes."))
		return nil
	}
	return a.changeTable(changes).Write(a.stdout, f)
}

func (a *app) changeTable(changes []history.Change) *render.Table {
	t := &render.Table{
		Head: []string{a.t("期次", "Period"), a.t("单位", "Unit"), a.t("任务", "Task"), a.t("字段", "Field"), a.t("原值", "From"), a.t("新值", "To")},
		Wrap: map[int]int{4: 36, 5: 36},
	}
	for _, c := range changes {
		t.Rows = append(t.Rows, []string{c.Period, c.Unit, c.Task, fieldLabel(c.Field, a.lang), a.valueLabel(c.Field, c.From), a.valueLabel(c.Field, c.To)})
	}
	return t
}

var fieldLabels = map[string]string{
	history.FieldTask: "任务", history.FieldTitle: "任务标题", history.FieldUnit: "单位", history.FieldName: "单位名称",
	history.FieldReport: "报送文件", history.FieldSubmitted: "报送日期", history.FieldStatus: "状态", history.FieldProgress: "进度",
	history.FieldSummary: "进展情况", history.FieldProblems: "存在问题", history.FieldNext: "下步计划", history.FieldValues: "指标数值",
}

func fieldLabel(f string, l i18n.Lang) string {
	if l == i18n.En {
		return f
	}
	if s, ok := fieldLabels[f]; ok {
		return s
	}
	return f
}

// valueLabel shows a changed value as people read it.
func (a *app) valueLabel(field, v string) string {
	switch {
	case v == "":
		return a.t("（无）", "(none)")
	case field == history.FieldStatus:
		if s, ok := model.ParseStatus(v); ok {
			return s.Label(a.lang)
		}
	case field == history.FieldProgress:
		return v + "%"
	}
	return strings.TrimSpace(v)
}
