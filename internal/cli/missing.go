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
		Long: a.t("列出本期应报未报的单位和任务：单位负责、尚未完成、本期没有报送的任务。已报“已完成”的任务以后不再催报。\n"+
			"期次默认有报送的最近一期；统计截至默认今天，但不晚于该期报送截止日、不早于该期开始日（--as-of 指定）；从报送截止日起未报送的为逾期。",
			"Lists, per unit, the tasks it owns, has not finished and has not reported this period. Tasks reported done are not chased again.\n"+
				"The period defaults to the latest with reports; the date counted as of to today, but not after the period's due date nor\n"+
				"before its start (--as-of sets it). A unit without a report is late from the due date on."),
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
	if err := render.Missing(a.stdout, f, lg, a.lang); err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}
