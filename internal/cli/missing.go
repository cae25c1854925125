package cli

import (
	"github.com/spf13/cobra"

	"tally/internal/render"
)

func (a *app) missingCmd() *cobra.Command {
	o := ledgerOptions{numbers: true} // no report text is shown
	c := &cobra.Command{
		Use:   a.t("missing [选项]", "missing [flags]"),
		Short: a.t("催报清单：哪些单位还有哪些任务未报送", "who has not reported what (the chase list)"),
		Long: a.t("列出本期需要催报的单位、原因和任务：未报送（或逾期未报）、草稿未报、有漏报（报送了但缺少负责且尚未完成的任务）、\n"+
			"文件有误（列出要改正的地方）。已报“已完成”的任务以后不再催报。tally remind、汇总工作簿、通报和网站列出的是同一批单位。\n",
			"Lists the units to chase this period, why, and the tasks they owe: not submitted (or overdue), a draft only, tasks left\n"+
				"out (a report without some task the unit owns and has not finished), a file with errors (with what to put right).\n"+
				"Tasks reported done are not chased again. tally remind, the workbook, the brief and the site list the same units.\n") + a.periodRule(),
		Example:     "  tally missing\n  tally missing --period 2019Q3 --format csv > 催报.csv",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runMissing(&o) },
	}
	a.ledgerFlags(c, &o, true, true)
	return c
}

func (a *app) runMissing(o *ledgerOptions) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	l, lg, err := a.buildLedger(o)
	if err != nil {
		return err
	}
	if err := render.Missing(a.stdout, f, lg, l.diags.Items, a.tallyCmd(), a.lang); err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}
