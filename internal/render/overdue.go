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
	red, yellow := 0, 0
	for _, a := range alerts {
		unit := lang.Pick("（全部单位）", "(all units)")
		if a.Pair != nil {
			unit = reg.Unit(a.Pair.Unit).Name
		}
		if a.Light == ledger.Red {
			red++
		} else {
			yellow++
		}
		t.Rows = append(t.Rows, []string{LightLabel(a.Light, lang), a.Task.Task.ID + " " + a.Task.Task.Title, unit,
			Percent(a.Progress()), Reasons(a.Reasons, lang)})
	}
	if f == FormatTable {
		asOf := model.FormatDate(lg.AsOf)
		if _, err := fmt.Fprintln(w, lang.Pick(
			fmt.Sprintf("截至 %s（期次 %s）：红灯 %d 项，黄灯 %d 项", asOf, lg.Period.ID, red, yellow),
			fmt.Sprintf("As of %s (period %s): %d red, %d yellow", asOf, lg.Period.ID, red, yellow))); err != nil {
			return err
		}
		if len(alerts) == 0 {
			return nil
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return t.Write(w, f)
}
