package cli

import (
	"github.com/spf13/cobra"

	"tally/internal/render"
)

func (a *app) overdueCmd() *cobra.Command {
	o := ledgerOptions{numbers: true} // no report text is shown
	c := &cobra.Command{
		Use:   a.t("overdue [选项]", "overdue [flags]"),
		Short: a.t("预警清单：红灯、黄灯的任务和单位，以及原因", "red and yellow tasks and units, with the reasons"),
		Long: a.t("按统计截至日期列出一期中亮红灯、黄灯的任务（按各单位汇总）和单位，并说明原因；任务按灯的计数与 tally summary 相同，单位事项另计。\n"+
			"红灯：报告滞后，或已过完成时限、节点日期仍未完成。黄灯：进度落后于时间进度超过 plan.yaml 中 warn.behind 个百分点，\n"+
			"或距完成时限、节点日期不足 warn.days 天仍未完成。\n",
			"Lists a period's red and yellow tasks (rolled up) and units, with the reasons; tasks are counted by light as tally summary\n"+
				"counts them, the units' items apart.\n"+
				"Red: reported delayed, or past a due or milestone date and not done. Yellow: progress trails the time elapsed by more than\n"+
				"warn.behind points, or a due or milestone date is within warn.days days and it is not done.\n") + a.periodRule(),
		Example:     "  tally overdue\n  tally overdue --as-of 2019-09-20",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runOverdue(&o) },
	}
	a.ledgerFlags(c, &o, true, true)
	return c
}

func (a *app) runOverdue(o *ledgerOptions) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	l, lg, err := a.buildLedger(o)
	if err != nil {
		return err
	}
	if err := render.Overdue(a.stdout, f, lg, l.index.Registry, a.lang); err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}
