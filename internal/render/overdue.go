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
		unit, progress := lang.Pick("（全部单位）", "(all units)"), Progress(a.Progress())
		if a.Pair != nil {
			unit, progress = reg.Unit(a.Pair.Unit).Name, PairProgress(a.Pair, lang)
		}
		if a.Light == ledger.Red {
			red++
		} else {
			yellow++
		}
		t.Rows = append(t.Rows, []string{LightLabel(a.Light, lang), a.Task.Task.ID + " " + a.Task.Task.Title, unit,
			progress, Reasons(a.Reasons, lang)})
	}
	asOf := model.FormatDate(lg.AsOf)
	return t.WriteUnder(w, f, lang.Pick(
		fmt.Sprintf("截至 %s（期次 %s）：红灯 %d 项，黄灯 %d 项", asOf, lg.Period.ID, red, yellow),
		fmt.Sprintf("As of %s (period %s): %d red, %d yellow", asOf, lg.Period.ID, red, yellow)))
}
