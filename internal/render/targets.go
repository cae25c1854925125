package render

import (
	"fmt"
	"strings"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// The tasks' numeric targets (量化指标, DESIGN §1) against their actuals,
// the sum of the units' values (DESIGN §2): computed by the ledger, shown
// by summary's table and the brief (probe 16, C1: only the JSON had them).

// TargetTable is the targets of lg's tasks: the task, the target's name,
// the target, the actual and the share of the target reached.
func TargetTable(lg *ledger.Ledger, lang i18n.Lang) *Table {
	t := &Table{
		Head:  []string{lang.Pick("任务", "Task"), lang.Pick("量化指标", "Target"), lang.Pick("目标", "Goal"), lang.Pick("实际", "Actual"), lang.Pick("完成比例", "Reached")},
		Wrap:  map[int]int{0: 30, 1: 24},
		Right: map[int]bool{2: true, 3: true, 4: true},
	}
	carried := AnyCarried(lg)
	if carried {
		t.Head = append(t.Head, lang.Pick("说明", "Note"))
		t.Wrap[5] = 24
	}
	for _, g := range lg.Targets {
		row := []string{g.Task.ID + " " + g.Task.Title, g.Target.Name, Amount(g.Target.Target, g.Target.Unit),
			Amount(g.Actual, g.Target.Unit), Reached(g)}
		if carried {
			row = append(row, CarriedNote(g, lang))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// AnyCarried says some target's actual holds a unit's value carried from
// an earlier period: the views then say which.
func AnyCarried(lg *ledger.Ledger) bool {
	for _, g := range lg.Targets {
		if g.Carried > 0 {
			return true
		}
	}
	return false
}

// CarriedNote says how many units' values in a target's actual are their
// latest from an earlier period, "" when none is.
func CarriedNote(g *ledger.TargetRow, lang i18n.Lang) string {
	if g.Carried == 0 {
		return ""
	}
	return lang.Pick(fmt.Sprintf("其中%d个单位本期未报此项数值，沿用此前报送数", g.Carried),
		i18n.Count(g.Carried, "unit", "units")+" gave no value this period: the earlier one is carried")
}

// Amount is a number with its unit: 26 个.
func Amount(v float64, unit string) string {
	s := model.FormatNumber(v)
	if unit != "" {
		s += " " + unit
	}
	return s
}

// Reached is the share of a target its actual reaches, — for a target of
// zero.
func Reached(g *ledger.TargetRow) string {
	if g.Target.Target == 0 {
		return "—"
	}
	return Percent(100 * g.Actual / g.Target.Target)
}

// targetsSentence is the brief's sentence on the targets: each target's
// name, goal, actual and share reached, one after another.
func targetsSentence(lg *ledger.Ledger, lang i18n.Lang) string {
	var parts []string
	for _, g := range lg.Targets {
		goal, actual := model.FormatNumber(g.Target.Target)+g.Target.Unit, model.FormatNumber(g.Actual)+g.Target.Unit
		if lang == i18n.En {
			goal, actual = Amount(g.Target.Target, g.Target.Unit), Amount(g.Actual, g.Target.Unit)
		}
		note := ""
		if g.Carried > 0 {
			note = lang.Pick(fmt.Sprintf("（%s）", CarriedNote(g, lang)), fmt.Sprintf(" (%s)", CarriedNote(g, lang)))
		}
		parts = append(parts, lang.Pick(
			fmt.Sprintf("任务%s“%s”目标%s，各单位报送合计%s%s，完成%s", g.Task.ID, g.Target.Name, goal, actual, note, Reached(g)),
			fmt.Sprintf("task %s, %s: goal %s, units' sum %s%s, %s reached", g.Task.ID, g.Target.Name, goal, actual, note, Reached(g))))
	}
	return lang.Pick("量化指标：", "Targets: ") + strings.Join(parts, lang.Pick("；", "; ")) + lang.Pick("。", ".")
}
