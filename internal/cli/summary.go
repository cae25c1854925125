package cli

import (
	"github.com/spf13/cobra"

	"tally/internal/render"
)

type summaryOptions struct {
	ledgerOptions
	by string
}

func (a *app) summaryCmd() *cobra.Command {
	var o summaryOptions
	c := &cobra.Command{
		Use:   a.t("summary [选项]", "summary [flags]"),
		Short: a.t("本期完成情况汇总：按任务、单位（含排名）或章节", "the period's completion summary, by task, unit (ranked) or section"),
		Long: a.t("汇总一期的落实情况。每个单位每项任务取本期报送；本期未报的，沿用此前最近一次报送（已完成的不再要求报送）。\n"+
			"任务进度为各责任单位进度的平均值。预警和逾期按统计截至日期判断。\n",
			"Sums up a period. Each unit's state on a task is its report this period, else its latest earlier one\n"+
				"(done carries forward). A task's progress is the mean over its units. Lights and lateness are judged as of\n"+
				"the date counted as of.\n") + a.periodRule(),
		Example:     "  tally summary\n  tally summary --period 2019Q2 --by unit\n  tally summary --format json",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runSummary(&o) },
	}
	a.ledgerFlags(c, &o.ledgerOptions, true, true)
	c.Flags().StringVar(&o.by, "by", "task", a.t("表格按 `task|unit|section` 汇总", "table by `task|unit|section`"))
	return c
}

func (a *app) runSummary(o *summaryOptions) error {
	if o.by != "task" && o.by != "unit" && o.by != "section" {
		return usageError("--by 只能是 task、unit 或 section，不能是“%s”", "--by must be task, unit or section, not %q", o.by)
	}
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	o.numbers = true // no report text is shown
	// Of the data's problems summary says only how many there are, and
	// only when there are errors (dataStatus); with --strict, warnings
	// refuse the data (refuseStrict).
	a.warningsWithErrors = !o.strict
	l, lg, err := a.buildLedger(&o.ledgerOptions)
	if err != nil {
		return err
	}
	if err := render.Summary(a.stdout, f, lg, o.by, l.res.Repo.Plan.Title, a.tallyCmd(), a.lang); err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}
