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
	Period string `json:"period"`
	AsOf   string `json:"as_of"`
	// ResubmitJudged: the day returned reports' dates to send again by
	// were judged on, where one decided a unit's lateness (absent when none).
	ResubmitJudged string           `json:"resubmit_judged,omitempty"`
	Totals         TotalsJSON       `json:"totals"`
	Tasks          []TaskRowJSON    `json:"tasks"`
	Units          []UnitRowJSON    `json:"units"`
	Sections       []SectionRowJSON `json:"sections"`
	Targets        []TargetJSON     `json:"targets"`
	// StrayFiles are the files of the period's report folder that count
	// for no unit of units.yaml (absent when there are none).
	StrayFiles []StrayJSON `json:"stray_files,omitempty"`
}

// StrayJSON is a file of the period's report folder that counts for no
// unit (ledger.Stray): unit is the unit it names, "" when it cannot be read.
type StrayJSON struct {
	File string `json:"file"`
	Unit string `json:"unit"`
}

// straysJSON are lg's stray files for JSON (nil when none).
func straysJSON(lg *ledger.Ledger) []StrayJSON {
	var out []StrayJSON
	for _, s := range lg.Stray {
		out = append(out, StrayJSON{File: s.File, Unit: s.Unit})
	}
	return out
}

// TotalsJSON are the headline counts. progress is null when no task has
// one; submission_rate (报送率, percent) is null when no unit owes a report;
// pairs counts every (unit, task) pair and covered those with a state,
// reported or carried: what the mean progress stands on.
type TotalsJSON struct {
	Tasks                  int      `json:"tasks"`
	Done                   int      `json:"done"`
	InProgress             int      `json:"in_progress"`
	NotStarted             int      `json:"not_started"`
	Delayed                int      `json:"delayed"`
	NotReported            int      `json:"not_reported"`
	Progress               *float64 `json:"progress"`
	Red                    int      `json:"red"`
	Yellow                 int      `json:"yellow"`
	Green                  int      `json:"green"`
	Units                  int      `json:"units"`
	UnitsReported          int      `json:"units_reported"`
	UnitsExpected          int      `json:"units_expected"`
	UnitsSubmittedExpected int      `json:"units_submitted_expected"`
	UnitsDraft             int      `json:"units_draft"`
	UnitsReturned          int      `json:"units_returned"`
	UnitsLate              int      `json:"units_late"`
	// Late breaks units_late down as the headline does: 逾期报送, and 逾期未报送
	// with, of it, 草稿未报, 文件有误未计入 and 退回逾期未改.
	Late           LateJSON `json:"late"`
	SubmissionRate *float64 `json:"submission_rate"`
	Missing        int      `json:"missing"`
	Pairs          int      `json:"pairs"`
	Covered        int      `json:"covered"`
}

// LateJSON is units_late by reason (ledger.Lateness): submitted plus
// not_submitted is the whole; draft, unreadable and returned are of
// not_submitted.
type LateJSON struct {
	Submitted    int `json:"submitted"`
	NotSubmitted int `json:"not_submitted"`
	Draft        int `json:"draft"`
	Unreadable   int `json:"unreadable"`
	Returned     int `json:"returned"`
}

// TaskRowJSON is a task in the summary. covered is how many of its units
// its progress stands for (those with a state, reported or carried): fewer
// than units is shown beside the progress, 100%（1/10）.
type TaskRowJSON struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Section  string   `json:"section"`
	Units    int      `json:"units"`
	Covered  int      `json:"covered"`
	Done     int      `json:"done"`
	Delayed  int      `json:"delayed"`
	Reported int      `json:"reported"`
	Missing  []string `json:"missing"`
	Progress *float64 `json:"progress"`
	Status   string   `json:"status"`
	Light    string   `json:"light"`
	Due      string   `json:"due"`
}

// UnitRowJSON is a unit in the summary. rank is null for a unit not ranked
// (no report for the period without errors); rank_group names the
// units.yaml group it is ranked in, null for the units ranked together.
type UnitRowJSON struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Tasks     int      `json:"tasks"`
	Submitted bool     `json:"submitted"`
	Draft     bool     `json:"draft"`
	Reported  int      `json:"reported"`
	Done      int      `json:"done"`
	Progress  *float64 `json:"progress"`
	Late      bool     `json:"late"`
	Rank      *int     `json:"rank"`
	RankGroup *string  `json:"rank_group"`
	Invalid   bool     `json:"invalid"`
	// Review is pending|accepted|returned, null without a submitted report.
	Review *string `json:"review"`
}

// SectionRowJSON is a section in the summary.
type SectionRowJSON struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Tasks    int      `json:"tasks"`
	Done     int      `json:"done"`
	Progress *float64 `json:"progress"`
}

// TargetJSON is a numeric target with the units' sum.
type TargetJSON struct {
	Task   string  `json:"task"`
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Target float64 `json:"target"`
	Actual float64 `json:"actual"`
	Unit   string  `json:"unit"`
	// CarriedUnits is how many units' values in Actual are their latest
	// from an earlier period (none given in the period's entry).
	CarriedUnits int `json:"carried_units"`
}

// pctJSON is a progress for JSON: rounded, or null when there is none.
func pctJSON(f float64, ok bool) *float64 {
	if !ok {
		return nil
	}
	v := ledger.Round1(f)
	return &v
}

// NewSummaryJSON builds the summary shape of a ledger.
func NewSummaryJSON(lg *ledger.Ledger) SummaryJSON {
	t := lg.Totals
	out := SummaryJSON{
		Period: lg.Period.ID, AsOf: model.FormatDate(lg.AsOf), ResubmitJudged: judgedJSON(lg),
		Totals: TotalsJSON{Tasks: t.Tasks, Done: t.Done, InProgress: t.InProgress, NotStarted: t.NotStarted, Delayed: t.Delayed,
			NotReported: t.NotReported, Progress: pctJSON(t.Progress, t.HasProgress), Red: t.Red, Yellow: t.Yellow, Green: t.Green,
			Units: t.Units, UnitsReported: t.UnitsReported, UnitsExpected: t.UnitsExpected, UnitsSubmittedExpected: t.UnitsSubmittedExpected,
			UnitsDraft: t.UnitsDraft, UnitsReturned: t.UnitsReturned, UnitsLate: t.UnitsLate,
			Late: LateJSON{t.Late.Submitted, t.Late.NotSubmitted, t.Late.Draft, t.Late.Unreadable, t.Late.Returned}, SubmissionRate: pctJSON(t.SubmissionRate()), Missing: t.Missing,
			Pairs: t.Pairs, Covered: t.Stated},
		Tasks: []TaskRowJSON{}, Units: []UnitRowJSON{}, Sections: []SectionRowJSON{}, Targets: []TargetJSON{},
		StrayFiles: straysJSON(lg),
	}
	for _, r := range lg.Tasks {
		out.Tasks = append(out.Tasks, TaskRowJSON{ID: r.Task.ID, Title: r.Task.Title, Section: r.Task.Section, Units: r.Units, Covered: r.Stated, Done: r.Done,
			Delayed: r.Delayed, Reported: r.Reported, Missing: nonNil(r.Missing), Progress: pctJSON(r.Progress, r.HasProgress),
			Status: r.Status.Code(), Light: r.Light.Code(), Due: model.FormatDate(r.Due)})
	}
	for _, u := range lg.Units {
		var rank *int
		if u.Ranked() {
			rank = &u.Rank
		}
		var group *string
		if u.RankGroup != "" {
			group = &u.RankGroup
		}
		out.Units = append(out.Units, UnitRowJSON{ID: u.Unit.ID, Name: u.Unit.Name, Tasks: u.Tasks, Submitted: u.HasReport, Draft: u.Draft,
			Reported: u.Reported, Done: u.Done, Progress: pctJSON(u.Progress, u.HasProgress), Late: u.Late, Rank: rank, RankGroup: group, Invalid: u.Invalid,
			Review: ReviewCode(u)})
	}
	for _, s := range lg.Sections {
		out.Sections = append(out.Sections, SectionRowJSON{ID: s.Section.ID, Title: s.Section.Title, Tasks: s.Tasks, Done: s.Done,
			Progress: pctJSON(s.Progress, s.HasProgress)})
	}
	for _, g := range lg.Targets {
		out.Targets = append(out.Targets, TargetJSON{Task: g.Task.ID, ID: g.Target.ID, Name: g.Target.Name, Target: g.Target.Target, Actual: g.Actual, Unit: g.Target.Unit,
			CarriedUnits: g.Carried})
	}
	return out
}

// Headline is the one-paragraph summary above the tables.
func Headline(lg *ledger.Ledger, title string, lang i18n.Lang) string {
	return headline(lg, title, lang, AsOf(lg, lang))
}

// HeadlineDoc is Headline for what is sent out (the site): the as-of date
// as AsOfDoc names it.
func HeadlineDoc(lg *ledger.Ledger, title string, lang i18n.Lang) string {
	return headline(lg, title, lang, AsOfDoc(lg, lang))
}

func headline(lg *ledger.Ledger, title string, lang i18n.Lang, asOf string) string {
	t := lg.Totals
	var b strings.Builder
	if title != "" {
		b.WriteString(title + "\n")
	}
	mean := Progress(t.Progress, t.HasProgress) + MeanCoverage(t, lang)
	rate := lang.Pick("—（本期无应报单位）", "— (no unit owes a report)")
	if r, ok := t.SubmissionRate(); ok {
		rate = fmt.Sprintf("%d/%d，%s", t.UnitsSubmittedExpected, t.UnitsExpected, Percent(r))
		if lang == i18n.En {
			rate = fmt.Sprintf("%d of %d, %s", t.UnitsSubmittedExpected, t.UnitsExpected, Percent(r))
		}
	}
	late := "" // what 逾期 adds up from
	if t.UnitsLate > 0 {
		late = lang.Pick("：", ": ") + LateBreakdown(t.Late, false, lang)
	}
	if lang == i18n.En {
		fmt.Fprintf(&b, "Period %s, counted as of %s\n", lg.Period.ID, asOf)
		fmt.Fprintf(&b, "Tasks %d: %d done, %d in progress, %d not started, %d delayed, %d not reported; mean progress %s\n",
			t.Tasks, t.Done, t.InProgress, t.NotStarted, t.Delayed, t.NotReported, mean)
		fmt.Fprintf(&b, "Lights: %d red, %d yellow, %d green. Units %d: submitted %s, %s%s, %d late%s; %s missing\n",
			t.Red, t.Yellow, t.Green, t.Units, rate, i18n.Count(t.UnitsDraft, "draft", "drafts"), returnedWords(t, lang), t.UnitsLate, late, i18n.Count(t.Missing, "task report", "task reports"))
		return b.String()
	}
	fmt.Fprintf(&b, "期次 %s，统计截至 %s\n", lg.Period.ID, asOf)
	fmt.Fprintf(&b, "任务 %d 项：已完成 %d，推进中 %d，未启动 %d，滞后 %d，未报 %d；平均进度 %s\n",
		t.Tasks, t.Done, t.InProgress, t.NotStarted, t.Delayed, t.NotReported, mean)
	fmt.Fprintf(&b, "预警：红 %d，黄 %d，绿 %d。单位 %d 个：报送率 %s，草稿未报 %d%s，逾期 %d%s；未报送任务 %d 项次\n",
		t.Red, t.Yellow, t.Green, t.Units, rate, t.UnitsDraft, returnedWords(t, lang), t.UnitsLate, late, t.Missing)
	return b.String()
}

// returnedWords is the headline's count of units whose reports the office
// returned and that still have time to send them again (退回待改), where
// there are any: neither reported nor late, they were in no count of the
// line (walk 8: 7 of 40 reported, 32 late, and the 33rd nowhere). Those
// past their date are counted among the late (退回逾期未改).
func returnedWords(t ledger.Totals, lang i18n.Lang) string {
	n := t.UnitsReturned - t.Late.Returned
	if n <= 0 {
		return ""
	}
	return lang.Pick(fmt.Sprintf("，退回待改 %d", n), fmt.Sprintf(", %d returned", n))
}

// MeanCoverage says what the headline's mean progress is, beside it: the
// mean over tasks, and how many (unit, task) pairs have a value of all
// there are （按 25 项任务平均；据 85 个单位事项，占全部 430 项的 19.8%）; "" when
// none has. Without "按任务平均" the count read as if the mean were taken
// over those 85 items (walk 9, F9).
func MeanCoverage(t ledger.Totals, lang i18n.Lang) string {
	if !t.HasProgress || t.Pairs == 0 {
		return ""
	}
	// Over the tasks with a progress: a reader averaging every task of the
	// list (the 未报 ones as 0) would get another number (probe 5).
	n := t.Tasks - t.NotReported
	over := lang.Pick(fmt.Sprintf("（按 %d 项任务平均；", n), fmt.Sprintf(" (mean over %d tasks; ", n))
	if n < t.Tasks {
		over = lang.Pick(fmt.Sprintf("（按有进度的 %d 项任务平均；", n), fmt.Sprintf(" (mean over the %d tasks with a progress; ", n))
	}
	return over + coverage(t, lang) + lang.Pick("）", ")")
}

// PairsCoverage is MeanCoverage where the words around it say already that the
// mean is over tasks (the brief's 任务平均进度): （据 85 个单位事项，…）.
func PairsCoverage(t ledger.Totals, lang i18n.Lang) string {
	if !t.HasProgress || t.Pairs == 0 {
		return ""
	}
	return lang.Pick("（", " (") + coverage(t, lang) + lang.Pick("）", ")")
}

func coverage(t ledger.Totals, lang i18n.Lang) string {
	share := Percent(100 * float64(t.Stated) / float64(t.Pairs))
	return lang.Pick(fmt.Sprintf("据 %d 个单位事项，占全部 %d 项的 %s", t.Stated, t.Pairs, share),
		fmt.Sprintf("from %d of the %d unit items, %s", t.Stated, t.Pairs, share))
}

// TaskStatus is a task's status as tables show it: 滞后 with how many of
// its units are delayed when more than one unit owns it (滞后 3/120).
func TaskStatus(r *ledger.TaskRow, lang i18n.Lang) string {
	if r.Status == model.Delayed && r.Units > 1 {
		return fmt.Sprintf("%s %d/%d", r.Status.Label(lang), r.Delayed, r.Units)
	}
	return r.Status.Label(lang)
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
			TaskProgress(r, lang), TaskStatus(r, lang), LightLabel(r.Light, lang)})
	}
	return t
}

// UnitTable is the summary by unit, in the ledger's order: rank group by
// rank group (a column names the group when units.yaml has such groups),
// in each the ranked units, then those not ranked (—), then those that
// owe nothing (无需报送).
func UnitTable(lg *ledger.Ledger, lang i18n.Lang) *Table {
	t := &Table{
		Head: []string{lang.Pick("排名", "Rank"), lang.Pick("编号", "ID"), lang.Pick("单位", "Unit"), lang.Pick("任务", "Tasks"),
			lang.Pick("本期已报", "Reported"), lang.Pick("已完成", "Done"), lang.Pick("平均进度", "Progress"), lang.Pick("报送情况", "Report")},
		Wrap:  map[int]int{2: 24},
		Right: map[int]bool{0: true, 3: true, 4: true, 5: true, 6: true},
	}
	groups := HasRankGroups(lg)
	if groups {
		t.Head = append([]string{lang.Pick("排名分组", "Ranked among")}, t.Head...)
		t.Wrap = map[int]int{0: 26, 3: 24}
		t.Right = map[int]bool{1: true, 4: true, 5: true, 6: true, 7: true}
	}
	for _, u := range lg.Units {
		row := []string{Rank(u), u.Unit.ID, u.Unit.Name, fmt.Sprint(u.Tasks), fmt.Sprint(u.Reported),
			fmt.Sprint(u.Done), Progress(u.Progress, u.HasProgress), ReportState(u, lang)}
		if groups {
			row = append([]string{RankGroup(u, lang)}, row...)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// HasRankGroups says whether any unit is ranked in a units.yaml group of
// its own (rank: true).
func HasRankGroups(lg *ledger.Ledger) bool {
	for _, u := range lg.Units {
		if u.RankGroup != "" {
			return true
		}
	}
	return false
}

// RankGroup names the group a unit is ranked in: its units.yaml group, or
// 其他单位 for the units ranked together.
func RankGroup(u *ledger.UnitRow, lang i18n.Lang) string {
	if u.RankGroup == "" {
		return lang.Pick("其他单位", "other units")
	}
	return u.RankGroup
}

// Rank is a unit's rank, or — when it is not ranked.
func Rank(u *ledger.UnitRow) string {
	if !u.Ranked() {
		return "—"
	}
	return fmt.Sprint(u.Rank)
}

// SectionTable is the summary by section.
func SectionTable(lg *ledger.Ledger, lang i18n.Lang) *Table {
	t := &Table{
		Head:  []string{lang.Pick("章节", "Section"), lang.Pick("标题", "Title"), lang.Pick("任务", "Tasks"), lang.Pick("已完成", "Done"), lang.Pick("平均进度", "Progress")},
		Wrap:  map[int]int{1: 36},
		Right: map[int]bool{2: true, 3: true, 4: true},
	}
	for _, s := range lg.Sections {
		t.Rows = append(t.Rows, []string{s.Section.ID, s.Section.Title, fmt.Sprint(s.Tasks), fmt.Sprint(s.Done), Progress(s.Progress, s.HasProgress)})
	}
	return t
}

// Summary writes `tally summary`: the JSON shape, or the headline (in
// tables) and the table by task, unit or section.
func Summary(w io.Writer, f Format, lg *ledger.Ledger, by, title, tally string, lang i18n.Lang) error {
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
		head := Headline(lg, title, lang)
		if note := StrayNote(lg, tally, lang); note != "" {
			head += note + "\n"
		}
		if note := CarriedDelayNote(lg, tally, lang); note != "" {
			head += note + "\n"
		}
		if _, err := fmt.Fprintln(w, Safe(head)); err != nil {
			return err
		}
	}
	if err := writeStamped(w, f, t, lg, lang); err != nil {
		return err
	}
	if f == FormatTable && by != "unit" && by != "section" && len(lg.Targets) > 0 {
		// The targets under the tasks' table, as the terminal shows it;
		// CSV and Markdown stay one table (the JSON has them).
		if _, err := fmt.Fprintln(w, "\n"+lang.Pick("量化指标（实际为各单位报送的数之和）：", "Targets (actual: the sum of the units' values):")); err != nil {
			return err
		}
		return TargetTable(lg, lang).Write(w, f)
	}
	return nil
}
