package render

import (
	"fmt"
	"io"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// OverdueJSON is one item of `tally overdue --format json`: Reason is the
// text the table shows, Causes the same causes as figures, for a script
// that would otherwise have to read the counts out of the words.
type OverdueJSON struct {
	Task   string      `json:"task"`
	Unit   string      `json:"unit"`
	Light  string      `json:"light"`
	Reason string      `json:"reason"`
	Causes []CauseJSON `json:"causes"`
}

// CauseJSON is one cause of a light (ledger.Reason). Kind is delayed,
// past_due, past_milestone, behind, due_soon or milestone_soon; date is the
// due or milestone date; the unit counts are a task's (units, on every
// cause of a task; none for a unit's own item): delayed_units with, of
// those, carried (standing by an entry from an earlier period;
// carried_from where the reason names it: a unit's item, or a task of one
// unit) and returned
// (their report of the period returned by the office); done_units for
// past_due and past_milestone. progress is null where no unit has stated
// one.
type CauseJSON struct {
	Kind         string   `json:"kind"`
	Light        string   `json:"light"`
	Date         string   `json:"date,omitempty"`
	Milestone    string   `json:"milestone,omitempty"`
	Extended     bool     `json:"extended,omitempty"`
	Days         *int     `json:"days,omitempty"`
	Progress     *float64 `json:"progress,omitempty"`
	Expected     *float64 `json:"expected,omitempty"`
	Units        int      `json:"units,omitempty"`
	DelayedUnits int      `json:"delayed_units,omitempty"`
	DoneUnits    *int     `json:"done_units,omitempty"`
	Carried      int      `json:"carried,omitempty"`
	Returned     int      `json:"returned,omitempty"`
	CarriedFrom  string   `json:"carried_from,omitempty"`
}

var causeKinds = [...]string{
	ledger.ReasonDelayed: "delayed", ledger.ReasonPastDue: "past_due", ledger.ReasonPastMilestone: "past_milestone",
	ledger.ReasonBehind: "behind", ledger.ReasonDueSoon: "due_soon", ledger.ReasonMilestoneSoon: "milestone_soon",
}

// causesJSON gives reasons as figures; pair: they are a unit's own item's,
// else a task's of units units (every cause of a task says how many).
func causesJSON(rs []ledger.Reason, pair bool, units int) []CauseJSON {
	out := make([]CauseJSON, 0, len(rs))
	for _, r := range rs {
		c := CauseJSON{Kind: causeKinds[r.Kind], Light: r.Light.Code(), Date: model.FormatDate(r.Date), Milestone: r.Text,
			Extended: r.Extended}
		if !pair {
			c.Units = units
		}
		switch r.Kind {
		case ledger.ReasonDelayed:
			// carried_from where the text names it: a unit's item, or a
			// task of one unit (its words are its pair's, probe 10).
			c.Carried, c.Returned, c.CarriedFrom = r.Carried, r.Returned, r.From
			if !pair {
				c.DelayedUnits = r.Delayed
			}
			if !pair && r.Units > 1 {
				c.CarriedFrom = "" // the words of a task of units name no period
			}
		case ledger.ReasonPastDue, ledger.ReasonPastMilestone:
			if !pair {
				c.DoneUnits = &r.Done
			}
		case ledger.ReasonBehind:
			c.Progress, c.Expected = pctJSON(r.Progress, r.Stated), pctJSON(r.Expected, true)
		case ledger.ReasonDueSoon, ledger.ReasonMilestoneSoon:
			c.Days = &r.Days
		}
		out = append(out, c)
	}
	return out
}

// Overdue writes `tally overdue`: the red and yellow items (预警) with
// their reasons, and a headline in tables.
func Overdue(w io.Writer, f Format, lg *ledger.Ledger, reg *model.Registry, lang i18n.Lang) error {
	alerts := ledger.Alerts(lg)
	if f == FormatJSON {
		out := []OverdueJSON{}
		for _, a := range alerts {
			out = append(out, OverdueJSON{Task: a.Task.Task.ID, Unit: a.Unit(), Light: a.Light.Code(), Reason: Reasons(a.Reasons, lang),
				Causes: causesJSON(a.Reasons, a.Pair != nil, a.Task.Units)})
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
	if f != FormatTable {
		return writeStamped(w, f, t, lg, lang)
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
