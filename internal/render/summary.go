package render

import (
	"fmt"
	"io"
	"strings"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// SummaryJSON is the shape of `tally summary --format json` (DESIGN §3).
type SummaryJSON struct {
	Period   string           `json:"period"`
	AsOf     string           `json:"as_of"`
	Totals   TotalsJSON       `json:"totals"`
	Tasks    []TaskRowJSON    `json:"tasks"`
	Units    []UnitRowJSON    `json:"units"`
	Sections []SectionRowJSON `json:"sections"`
	Targets  []TargetJSON     `json:"targets"`
}

// TotalsJSON are the headline counts.
type TotalsJSON struct {
	Tasks         int     `json:"tasks"`
	Done          int     `json:"done"`
	InProgress    int     `json:"in_progress"`
	NotStarted    int     `json:"not_started"`
	Delayed       int     `json:"delayed"`
	Progress      float64 `json:"progress"`
	Red           int     `json:"red"`
	Yellow        int     `json:"yellow"`
	Green         int     `json:"green"`
	Units         int     `json:"units"`
	UnitsReported int     `json:"units_reported"`
	UnitsLate     int     `json:"units_late"`
	Missing       int     `json:"missing"`
}

// TaskRowJSON is a task in the summary.
type TaskRowJSON struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Section  string   `json:"section"`
	Units    int      `json:"units"`
	Done     int      `json:"done"`
	Missing  []string `json:"missing"`
	Progress float64  `json:"progress"`
	Status   string   `json:"status"`
	Light    string   `json:"light"`
	Due      string   `json:"due"`
}

// UnitRowJSON is a unit in the summary.
type UnitRowJSON struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Tasks    int     `json:"tasks"`
	Reported int     `json:"reported"`
	Done     int     `json:"done"`
	Progress float64 `json:"progress"`
	Late     bool    `json:"late"`
	Rank     int     `json:"rank"`
	Invalid  bool    `json:"invalid"`
}

// SectionRowJSON is a section in the summary.
type SectionRowJSON struct {
	ID       string  `json:"id"`
	Title    string  `json:"title"`
	Tasks    int     `json:"tasks"`
	Done     int     `json:"done"`
	Progress float64 `json:"progress"`
}

// TargetJSON is a numeric target with the units' sum.
type TargetJSON struct {
	Task   string  `json:"task"`
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Target float64 `json:"target"`
	Actual float64 `json:"actual"`
	Unit   string  `json:"unit"`
}

// NewSummaryJSON builds the summary shape of a ledger.
func NewSummaryJSON(lg *ledger.Ledger) SummaryJSON {
	t := lg.Totals
	out := SummaryJSON{
		Period: lg.Period.ID, AsOf: model.FormatDate(lg.AsOf),
		Totals: TotalsJSON{Tasks: t.Tasks, Done: t.Done, InProgress: t.InProgress, NotStarted: t.NotStarted, Delayed: t.Delayed,
			Progress: ledger.Round1(t.Progress), Red: t.Red, Yellow: t.Yellow, Green: t.Green,
			Units: t.Units, UnitsReported: t.UnitsReported, UnitsLate: t.UnitsLate, Missing: t.Missing},
		Tasks: []TaskRowJSON{}, Units: []UnitRowJSON{}, Sections: []SectionRowJSON{}, Targets: []TargetJSON{},
	}
	for _, r := range lg.Tasks {
		missing := r.Missing
		if missing == nil {
			missing = []string{}
		}
		out.Tasks = append(out.Tasks, TaskRowJSON{ID: r.Task.ID, Title: r.Task.Title, Section: r.Task.Section, Units: r.Units, Done: r.Done,
			Missing: missing, Progress: ledger.Round1(r.Progress), Status: r.Status.Code(), Light: r.Light.Code(), Due: model.FormatDate(r.Due)})
	}
	for _, u := range lg.Units {
		out.Units = append(out.Units, UnitRowJSON{ID: u.Unit.ID, Name: u.Unit.Name, Tasks: u.Tasks, Reported: u.Reported, Done: u.Done,
			Progress: ledger.Round1(u.Progress), Late: u.Late, Rank: u.Rank, Invalid: u.Invalid})
	}
	for _, s := range lg.Sections {
		out.Sections = append(out.Sections, SectionRowJSON{ID: s.Section.ID, Title: s.Section.Title, Tasks: s.Tasks, Done: s.Done, Progress: ledger.Round1(s.Progress)})
	}
	for _, g := range lg.Targets {
		out.Targets = append(out.Targets, TargetJSON{Task: g.Task.ID, ID: g.Target.ID, Name: g.Target.Name, Target: g.Target.Target, Actual: g.Actual, Unit: g.Target.Unit})
	}
	return out
}

// Headline is the one-paragraph summary above the tables.
func Headline(lg *ledger.Ledger, title string, lang i18n.Lang) string {
	t := lg.Totals
	var b strings.Builder
	if title != "" {
		b.WriteString(title + "\n")
	}
	if lang == i18n.En {
		fmt.Fprintf(&b, "Period %s, as of %s\n", lg.Period.ID, model.FormatDate(lg.AsOf))
		fmt.Fprintf(&b, "Tasks %d: %d done, %d in progress, %d not started, %d delayed; mean progress %s\n",
			t.Tasks, t.Done, t.InProgress, t.NotStarted, t.Delayed, Percent(t.Progress))
		fmt.Fprintf(&b, "Lights: %d red, %d yellow, %d green. Units %d: %d reported, %d late; %d task reports missing\n",
			t.Red, t.Yellow, t.Green, t.Units, t.UnitsReported, t.UnitsLate, t.Missing)
		return b.String()
	}
	fmt.Fprintf(&b, "期次 %s，截至 %s\n", lg.Period.ID, model.FormatDate(lg.AsOf))
	fmt.Fprintf(&b, "任务 %d 项：已完成 %d，推进中 %d，未启动 %d，滞后 %d；平均进度 %s\n",
		t.Tasks, t.Done, t.InProgress, t.NotStarted, t.Delayed, Percent(t.Progress))
	fmt.Fprintf(&b, "预警：红 %d，黄 %d，绿 %d。单位 %d 个：已报送 %d，逾期 %d；未报送任务 %d 项次\n",
		t.Red, t.Yellow, t.Green, t.Units, t.UnitsReported, t.UnitsLate, t.Missing)
	return b.String()
}

// TaskTable is the summary by task.
func TaskTable(lg *ledger.Ledger, lang i18n.Lang) *Table {
	t := &Table{
		Head: []string{lang.Pick("编号", "ID"), lang.Pick("任务", "Task"), lang.Pick("单位", "Units"), lang.Pick("已完成", "Done"),
			lang.Pick("未报送", "Missing"), lang.Pick("进度", "Progress"), lang.Pick("状态", "Status"), lang.Pick("预警", "Light")},
		Wrap:  map[int]int{1: 30},
		Right: map[int]bool{2: true, 3: true, 4: true, 5: true},
	}
	for _, r := range lg.Tasks {
		t.Rows = append(t.Rows, []string{r.Task.ID, r.Task.Title, fmt.Sprint(r.Units), fmt.Sprint(r.Done), fmt.Sprint(len(r.Missing)),
			Percent(r.Progress), r.Status.Label(lang), LightLabel(r.Light, lang)})
	}
	return t
}

// UnitTable is the summary by unit, in rank order.
func UnitTable(lg *ledger.Ledger, lang i18n.Lang) *Table {
	t := &Table{
		Head: []string{lang.Pick("排名", "Rank"), lang.Pick("编号", "ID"), lang.Pick("单位", "Unit"), lang.Pick("任务", "Tasks"),
			lang.Pick("本期已报", "Reported"), lang.Pick("已完成", "Done"), lang.Pick("平均进度", "Progress"), lang.Pick("报送情况", "Report")},
		Wrap:  map[int]int{2: 24},
		Right: map[int]bool{0: true, 3: true, 4: true, 5: true, 6: true},
	}
	for _, u := range lg.Units {
		t.Rows = append(t.Rows, []string{fmt.Sprint(u.Rank), u.Unit.ID, u.Unit.Name, fmt.Sprint(u.Tasks), fmt.Sprint(u.Reported),
			fmt.Sprint(u.Done), Percent(u.Progress), ReportState(u, lang)})
	}
	return t
}

// SectionTable is the summary by section.
func SectionTable(lg *ledger.Ledger, lang i18n.Lang) *Table {
	t := &Table{
		Head:  []string{lang.Pick("章节", "Section"), lang.Pick("标题", "Title"), lang.Pick("任务", "Tasks"), lang.Pick("已完成", "Done"), lang.Pick("平均进度", "Progress")},
		Wrap:  map[int]int{1: 36},
		Right: map[int]bool{2: true, 3: true, 4: true},
	}
	for _, s := range lg.Sections {
		t.Rows = append(t.Rows, []string{s.Section.ID, s.Section.Title, fmt.Sprint(s.Tasks), fmt.Sprint(s.Done), Percent(s.Progress)})
	}
	return t
}

// Summary writes `tally summary`: the JSON shape, or the headline (in
// tables) and the table by task, unit or section.
func Summary(w io.Writer, f Format, lg *ledger.Ledger, by, title string, lang i18n.Lang) error {
	if f == FormatJSON {
		return JSON(w, NewSummaryJSON(lg))
	}
	var t *Table
	switch by {
	case "unit":
		t = UnitTable(lg, lang)
	case "section":
		t = SectionTable(lg, lang)
	default:
		t = TaskTable(lg, lang)
	}
	if f == FormatTable {
		if _, err := fmt.Fprintln(w, Headline(lg, title, lang)); err != nil {
			return err
		}
	}
	return t.Write(w, f)
}
