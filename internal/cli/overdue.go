package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/render"
)

func (a *app) overdueCmd() *cobra.Command {
	var o ledgerOptions
	c := &cobra.Command{
		Use:   a.t("overdue [选项]", "overdue [flags]"),
		Short: a.t("预警清单：红灯、黄灯的任务和单位，以及原因", "red and yellow tasks and units, with the reasons"),
		Long: a.t("按截至日期（默认今天）列出亮红灯、黄灯的任务（按各单位汇总）和单位，并说明原因。\n"+
			"红灯：报告滞后，或已过完成时限、节点日期仍未完成。黄灯：进度落后于时间进度超过 plan.yaml 中 warn.behind 个百分点，\n"+
			"或距完成时限、节点日期不足 warn.days 天仍未完成。",
			"Lists the red and yellow tasks (rolled up) and units as of --as-of (default today), with the reasons.\n"+
				"Red: reported delayed, or past a due or milestone date and not done. Yellow: progress trails the time elapsed by more than\n"+
				"warn.behind points, or a due or milestone date is within warn.days days and it is not done."),
		Example:     "  tally overdue\n  tally overdue --as-of 2019-09-20",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runOverdue(&o) },
	}
	a.ledgerFlags(c, &o, true, true)
	return c
}

// overdueItems lists the non-green items: each task's own light, then its
// units', in task order.
func overdueItems(lg *ledger.Ledger) []overdueItem {
	var out []overdueItem
	for _, t := range lg.Tasks {
		if t.Light != ledger.Green {
			out = append(out, overdueItem{task: t, light: t.Light, reasons: t.Reasons})
		}
		for _, p := range t.Pairs {
			if p.Light != ledger.Green {
				out = append(out, overdueItem{task: t, pair: p, light: p.Light, reasons: p.Reasons})
			}
		}
	}
	return out
}

type overdueItem struct {
	task    *ledger.TaskRow
	pair    *ledger.Pair // nil for the task's own light
	light   ledger.Light
	reasons []ledger.Reason
}

func (a *app) runOverdue(o *ledgerOptions) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	l, lg, err := a.buildLedger(o, false)
	if err != nil {
		return err
	}
	items := overdueItems(lg)
	if f == render.FormatJSON {
		out := []render.OverdueJSON{}
		for _, it := range items {
			unit := ""
			if it.pair != nil {
				unit = it.pair.Unit
			}
			out = append(out, render.OverdueJSON{Task: it.task.Task.ID, Unit: unit, Light: it.light.Code(), Reason: render.Reasons(it.reasons, a.lang)})
		}
		if err := render.JSON(a.stdout, out); err != nil {
			return err
		}
		return a.dataStatus(l, o.strict)
	}
	t := &render.Table{
		Head: []string{a.t("预警", "Light"), a.t("任务", "Task"), a.t("单位", "Unit"), a.t("进度", "Progress"), a.t("原因", "Reason")},
		Wrap: map[int]int{1: 24, 4: 44},
	}
	red, yellow := 0, 0
	for _, it := range items {
		unit, progress := a.t("（全部单位）", "(all units)"), it.task.Progress
		if it.pair != nil {
			unit, progress = l.index.Registry.Unit(it.pair.Unit).Name, it.pair.Progress
		}
		if it.light == ledger.Red {
			red++
		} else {
			yellow++
		}
		t.Rows = append(t.Rows, []string{render.LightLabel(it.light, a.lang), it.task.Task.ID + " " + it.task.Task.Title, unit,
			render.Percent(progress), render.Reasons(it.reasons, a.lang)})
	}
	if f == render.FormatTable {
		fmt.Fprintln(a.stdout, a.t(
			fmt.Sprintf("截至 %s（期次 %s）：红灯 %d 项，黄灯 %d 项", model.FormatDate(lg.AsOf), lg.Period.ID, red, yellow),
			fmt.Sprintf("As of %s (period %s): %d red, %d yellow", model.FormatDate(lg.AsOf), lg.Period.ID, red, yellow)))
		if len(items) == 0 {
			return a.dataStatus(l, o.strict)
		}
		fmt.Fprintln(a.stdout)
	}
	if err := t.Write(a.stdout, f); err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}
