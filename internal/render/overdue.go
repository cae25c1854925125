package render

import (
	"fmt"
	"io"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// OverdueJSON is one item of `tally overdue --format json`.
type OverdueJSON struct {
	Task   string `json:"task"`
	Unit   string `json:"unit"`
	Light  string `json:"light"`
	Reason string `json:"reason"`
}

// Overdue writes `tally overdue`: the red and yellow items (预警) with
// their reasons, and a headline in tables.
func Overdue(w io.Writer, f Format, lg *ledger.Ledger, reg *model.Registry, lang i18n.Lang) error {
	alerts := ledger.Alerts(lg)
	if f == FormatJSON {
		out := []OverdueJSON{}
		for _, a := range alerts {
			out = append(out, OverdueJSON{Task: a.Task.Task.ID, Unit: a.Unit(), Light: a.Light.Code(), Reason: Reasons(a.Reasons, lang)})
		}
		return JSON(w, out)
	}
	t := &Table{
		Head: []string{lang.Pick("预警", "Light"), lang.Pick("任务", "Task"), lang.Pick("单位", "Unit"), lang.Pick("进度", "Progress"), lang.Pick("原因", "Reason")},
		Wrap: map[int]int{1: 24, 4: 44},
	}
	for _, a := range alerts {
		unit, progress := lang.Pick("（全部单位）", "(all units)"), TaskProgress(a.Task, lang)
		if a.Pair != nil {
			unit, progress = reg.Unit(a.Pair.Unit).Name, PairProgress(a.Pair, lang)
		}
		t.Rows = append(t.Rows, []string{LightLabel(a.Light, lang), a.Task.Task.ID + " " + a.Task.Task.Title, unit,
			progress, Reasons(a.Reasons, lang)})
	}
	return t.WriteUnder(w, f, overdueHeadline(lg, alerts, lang))
}

// overdueHeadline counts the tasks by light exactly as summary does, and
// the units' own items (pairs) apart.
func overdueHeadline(lg *ledger.Ledger, alerts []ledger.Alert, lang i18n.Lang) string {
	c := ledger.CountAlerts(alerts)
	asOf := AsOf(lg, lang)
	return lang.Pick(
		fmt.Sprintf("期次 %s，统计截至 %s：任务红灯 %d 项、黄灯 %d 项；单位事项红灯 %d 项、黄灯 %d 项", lg.Period.ID, asOf, c.TaskRed, c.TaskYellow, c.PairRed, c.PairYellow),
		fmt.Sprintf("Period %s, counted as of %s: tasks %d red, %d yellow; units' items %d red, %d yellow", lg.Period.ID, asOf, c.TaskRed, c.TaskYellow, c.PairRed, c.PairYellow))
}
