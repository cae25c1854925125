package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/model"
	"tally/internal/render"
)

func (a *app) missingCmd() *cobra.Command {
	var o ledgerOptions
	c := &cobra.Command{
		Use:   a.t("missing [选项]", "missing [flags]"),
		Short: a.t("催报清单：哪些单位还有哪些任务未报送", "who has not reported what (the chase list)"),
		Long: a.t("列出本期应报未报的单位和任务：单位负责、尚未完成、本期没有报送的任务。已报“已完成”的任务以后不再催报。",
			"Lists, per unit, the tasks it owns, has not finished and has not reported this period. Tasks reported done are not chased again."),
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
	l, lg, err := a.buildLedger(o, true)
	if err != nil {
		return err
	}
	rows := render.MissingRows(lg)
	if f == render.FormatJSON {
		out := []render.MissingJSON{}
		for _, u := range rows {
			out = append(out, render.MissingJSON{Unit: u.Unit.ID, Name: u.Unit.Name, Tasks: u.Missing})
		}
		if err := render.JSON(a.stdout, out); err != nil {
			return err
		}
		return a.dataStatus(l, o.strict)
	}
	t := &render.Table{
		Head:  []string{a.t("编号", "ID"), a.t("单位", "Unit"), a.t("报送情况", "Report"), a.t("未报任务数", "Missing"), a.t("未报任务", "Tasks")},
		Wrap:  map[int]int{1: 24, 4: 40},
		Right: map[int]bool{3: true},
	}
	pairs := 0
	for _, u := range rows {
		pairs += len(u.Missing)
		t.Rows = append(t.Rows, []string{u.Unit.ID, u.Unit.Name, render.ReportState(u, a.lang), fmt.Sprint(len(u.Missing)), strings.Join(u.Missing, a.t("、", ", "))})
	}
	if f == render.FormatTable {
		if len(rows) == 0 {
			fmt.Fprintln(a.stdout, a.t(fmt.Sprintf("期次 %s：全部单位均已报送。", lg.Period.ID), fmt.Sprintf("Period %s: every unit has reported.", lg.Period.ID)))
			return a.dataStatus(l, o.strict)
		}
		fmt.Fprintln(a.stdout, a.t(
			fmt.Sprintf("期次 %s（截止 %s，截至 %s）：%d 个单位共 %d 项次未报送", lg.Period.ID, model.FormatDate(lg.Period.Due), model.FormatDate(lg.AsOf), len(rows), pairs),
			fmt.Sprintf("Period %s (due %s, as of %s): %d units owe %d task reports", lg.Period.ID, model.FormatDate(lg.Period.Due), model.FormatDate(lg.AsOf), len(rows), pairs)))
		fmt.Fprintln(a.stdout)
	}
	if err := t.Write(a.stdout, f); err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}
