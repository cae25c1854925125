package cli

import (
	"github.com/spf13/cobra"

	"tally/internal/render"
)

type tasksOptions struct {
	format string
	strict bool
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
	l, err := a.loadStrict(true, o.strict) // no report text is shown
	if err != nil {
		return err
	}
	tasks := l.res.Repo.Tasks
	if len(ids) > 0 {
		tasks = nil
		for _, id := range ids {
			t := l.index.Task(id)
			if t == nil {
				return usageError("没有任务“%s”；运行 %s tasks 查看全部任务", "there is no task %q; run %s tasks to list them", id, a.tallyCmd())
			}
			tasks = append(tasks, t)
		}
	}
	if err := render.Tasks(a.stdout, f, l.index, tasks, len(ids) > 0, a.lang); err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}
