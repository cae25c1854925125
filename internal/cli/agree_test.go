package cli_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"tally/internal/testrepo"
)

// sumJSON is `summary --format json` as the agreement tests read it.
type sumJSON struct {
	Period string `json:"period"`
	AsOf   string `json:"as_of"`
	Totals struct {
		Tasks, Done, Delayed   int
		InProgress             int      `json:"in_progress"`
		NotStarted             int      `json:"not_started"`
		NotReported            int      `json:"not_reported"`
		Progress               *float64 `json:"progress"`
		Red, Yellow, Green     int
		Units                  int
		UnitsExpected          int      `json:"units_expected"`
		UnitsSubmittedExpected int      `json:"units_submitted_expected"`
		UnitsDraft             int      `json:"units_draft"`
		UnitsLate              int      `json:"units_late"`
		SubmissionRate         *float64 `json:"submission_rate"`
		Missing                int
		Pairs, Covered         int
	}
	Tasks []struct {
		ID, Title, Section, Light, Status string
		Units, Covered, Done              int
		Missing                           []string
		Progress                          *float64
	}
	Units []struct {
		ID, Name                        string
		Tasks, Done, Reported           int
		Progress                        *float64
		Late, Submitted, Draft, Invalid bool
		Rank                            *int
		RankGroup                       *string `json:"rank_group"`
	}
	Sections []struct {
		ID, Title   string
		Tasks, Done int
		Progress    *float64
	}
}

// TestViewsAgree runs every view of one period and as-of date and holds
// them to one another (DESIGN §2: the workbook, the brief and the site use
// the same selections as summary, overdue and missing): every count the
// workbook, the brief and the site print is the summary's, and the
// workbook's 任务 and 单位 sheets are recomputed from its 明细 sheet.
func TestViewsAgree(t *testing.T) {
	dir := t.TempDir()
	if err := testrepo.Write(dir, testrepo.BundledQ3()); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		today, period, asOf string
		want                string // the period and the as-of date the views must use
	}{
		{"2019-07-10", "2019Q2", "", "2019Q2 2019-07-05"},           // after the period's due date: the due date
		{"2019-07-10", "", "", "2019Q2 2019-07-05"},                 // the period being reported: 2019Q2, due five days ago
		{"2019-08-15", "2019Q3", "", "2019Q3 2019-08-15"},           // mid-quarter: today
		{"2019-10-08", "", "", "2019Q3 2019-10-08"},                 // reports sent after today do not count yet
		{"2019-10-12", "2019Q3", "", "2019Q3 2019-10-12"},           // on the due date, the day running: nobody late yet
		{"2019-10-20", "2019Q3", "", "2019Q3 2019-10-12"},           // after it: the due date, late from it on
		{"2019-10-20", "2019Q3", "2019-10-14", "2019Q3 2019-10-12"}, // given after the due date: clamped to it
		{"2019-10-20", "2019Q3", "2019-06-01", "2019Q3 2019-07-01"}, // given before the start: clamped to it
	} {
		t.Run(c.today+c.period+c.asOf, func(t *testing.T) {
			var flags []string
			if c.period != "" {
				flags = append(flags, "--period", c.period)
			}
			if c.asOf != "" {
				flags = append(flags, "--as-of", c.asOf)
			}
			view := func(args ...string) string {
				t.Helper()
				out, stderr, code := runOn(t, c.today, dir, append(args, flags...)...)
				if code > 1 {
					t.Fatalf("%v: exit %d: %s", args, code, stderr)
				}
				return out
			}
			var s sumJSON
			if err := json.Unmarshal([]byte(view("summary", "--format", "json")), &s); err != nil {
				t.Fatal(err)
			}
			if s.Period+" "+s.AsOf != c.want {
				t.Fatalf("summary counts %s as of %s, want %s", s.Period, s.AsOf, c.want)
			}
			chase := listsAgree(t, s, view)
			var alerts []alertJSON
			if err := json.Unmarshal([]byte(view("overdue", "--format", "json")), &alerts); err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			view("export", "-o", filepath.Join(out, "q.xlsx"))
			workbookAgrees(t, s, chase, filepath.Join(out, "q.xlsx"))
			briefAgrees(t, s, alerts, chase, view("brief", "--format", "md"))
			view("site", "-o", filepath.Join(out, "site"))
			siteAgrees(t, s, chase, filepath.Join(out, "site"))
		})
	}
}

// alertJSON is an item of `overdue --format json`.
type alertJSON struct {
	Task, Unit, Light string
	Causes            []struct {
		Kind, Light       string
		Units             int
		DoneUnits         *int `json:"done_units"`
		DelayedUnits      int  `json:"delayed_units"`
		Carried, Returned int
	}
}

// chased is a unit of the chase list as `missing --format json` gives it.
type chased struct {
	Unit, Name, State string
	Late              bool
	Tasks             []string
}

// chaseList is the chase list, and its headline as every view words it:
// 需催报 36 个单位（逾期未报 31、草稿未报 1、有漏报 1、文件有误 3）.
type chaseList struct {
	units    []chased
	headline string
}

// reason says why a unit is chased, as the views word it.
func (c chased) reason() string {
	switch c.State {
	case "invalid":
		return "文件有误"
	case "incomplete":
		return "有漏报"
	case "draft":
		return "草稿未报"
	}
	if c.Late {
		return "逾期未报"
	}
	return "未报送"
}

func (l chaseList) ids() string {
	var ids []string
	for _, u := range l.units {
		ids = append(ids, u.Unit)
	}
	return strings.Join(ids, " ")
}

// counts are the chase list's units by reason, in the order headlines
// give them: 逾期未报 31.
func (l chaseList) counts() []string {
	n := map[string]int{}
	for _, u := range l.units {
		n[u.State]++
	}
	var out []string
	for _, state := range []string{"not-submitted", "draft", "incomplete", "invalid"} {
		for _, u := range l.units {
			if u.State == state {
				label := u.reason()
				if state == "draft" {
					label = "草稿未报"
				}
				out = append(out, fmt.Sprintf("%s %d", label, n[state]))
				break
			}
		}
	}
	return out
}

// listsAgree: overdue counts tasks by light as summary does (and the units'
// items apart); missing lists the summary's missing pairs, and the units
// whose report has errors, each with why it is chased; remind chases the
// same units for the same reasons; their headlines say so. It returns the
// chase list for the other views to be held to.
func listsAgree(t *testing.T, s sumJSON, view func(...string) string) chaseList {
	t.Helper()
	var alerts []alertJSON
	if err := json.Unmarshal([]byte(view("overdue", "--format", "json")), &alerts); err != nil {
		t.Fatal(err)
	}
	tasks := map[string]int{}
	for i, r := range s.Tasks {
		tasks[r.ID] = i
	}
	n := map[string]int{}
	for _, a := range alerts {
		// The causes as figures agree with the alert and the summary: the
		// alert's light is its worst cause's; a task's causes count its
		// units as summary does, and no more done or delayed than that.
		worst := ""
		for _, c := range a.Causes {
			if worst != "red" {
				worst = c.Light
			}
			if a.Unit != "" && (c.Units != 0 || c.DoneUnits != nil || c.DelayedUnits != 0) {
				t.Errorf("overdue's item of %s on task %s gives task counts: %+v", a.Unit, a.Task, c)
			}
			if a.Unit == "" && c.Units > 0 {
				r := s.Tasks[tasks[a.Task]]
				if c.Units != r.Units || c.DoneUnits != nil && *c.DoneUnits != r.Done || c.DelayedUnits > r.Units || c.Returned > c.Carried || c.Carried > c.DelayedUnits {
					t.Errorf("overdue's causes of task %s (%+v) do not agree with summary's %d units, %d done", a.Task, c, r.Units, r.Done)
				}
			}
		}
		if worst != a.Light {
			t.Errorf("overdue's item of task %s (%q) is %s, its causes say %s", a.Task, a.Unit, a.Light, worst)
		}
		if a.Unit == "" {
			n["task "+a.Light]++
		} else {
			n["pair "+a.Light]++
		}
	}
	if n["task red"] != s.Totals.Red || n["task yellow"] != s.Totals.Yellow {
		t.Errorf("overdue lists %d red and %d yellow tasks; summary counts %d and %d", n["task red"], n["task yellow"], s.Totals.Red, s.Totals.Yellow)
	}
	want := fmt.Sprintf("期次 %s，统计截至 %s", s.Period, s.AsOf)
	headline := fmt.Sprintf("任务红灯 %d 项、黄灯 %d 项；单位事项红灯 %d 项、黄灯 %d 项", s.Totals.Red, s.Totals.Yellow, n["pair red"], n["pair yellow"])
	if table := view("overdue"); !strings.Contains(table, want) || !strings.Contains(table, headline) {
		t.Errorf("overdue's headline does not say %q and %q:\n%.300s", want, headline, table)
	}

	var l chaseList
	if err := json.Unmarshal([]byte(view("missing", "--format", "json")), &l.units); err != nil {
		t.Fatal(err)
	}
	byUnit := map[string][]string{}
	for _, task := range s.Tasks {
		for _, u := range task.Missing {
			byUnit[u] = append(byUnit[u], task.ID)
		}
	}
	// The units to chase: those owing reports and those whose report has
	// errors; why, from the summary's own flags.
	var wantIDs []string
	for _, u := range s.Units {
		if len(byUnit[u.ID]) == 0 && !u.Invalid {
			continue
		}
		state := "not-submitted"
		switch {
		case u.Invalid:
			state = "invalid"
		case u.Submitted:
			state = "incomplete"
		case u.Draft:
			state = "draft"
		}
		wantIDs = append(wantIDs, u.ID+":"+state)
	}
	sort.Strings(wantIDs)
	var got []string
	pairs := 0
	for _, m := range l.units {
		pairs += len(m.Tasks)
		got = append(got, m.Unit+":"+m.State)
		if strings.Join(m.Tasks, ",") != strings.Join(byUnit[m.Unit], ",") {
			t.Errorf("missing: %s owes %v; summary's tasks say %v", m.Unit, m.Tasks, byUnit[m.Unit])
		}
	}
	sort.Strings(got)
	if strings.Join(got, " ") != strings.Join(wantIDs, " ") || pairs != s.Totals.Missing {
		t.Errorf("missing lists %v and %d reports; summary says %v and %d", got, pairs, wantIDs, s.Totals.Missing)
	}
	if len(l.units) > 0 {
		l.headline = fmt.Sprintf("需催报 %d 个单位（%s）", len(l.units), strings.Join(l.counts(), "、"))
	}
	if table := view("missing"); !strings.Contains(table, want) || len(l.units) > 0 && !strings.Contains(table, fmt.Sprintf("%s，共 %d 项次未报送", l.headline, s.Totals.Missing)) {
		t.Errorf("missing's headline does not say %q:\n%.300s", l.headline, table)
	}

	// remind: the same units in the same order, for the same reasons.
	var r struct {
		Reminders []struct{ Unit, State string }
	}
	if err := json.Unmarshal([]byte(view("remind", "--format", "json")), &r); err != nil {
		t.Fatal(err)
	}
	var rs, ms []string
	for _, u := range r.Reminders {
		rs = append(rs, u.Unit+":"+u.State)
	}
	for _, u := range l.units {
		ms = append(ms, u.Unit+":"+u.State)
	}
	if strings.Join(rs, " ") != strings.Join(ms, " ") {
		t.Errorf("remind chases %v; missing %v", rs, ms)
	}
	if text := view("remind"); len(l.units) > 0 && !strings.Contains(text, l.headline) {
		t.Errorf("remind's headline does not say %q:\n%.300s", l.headline, text)
	}
	return l
}

// sheet is a workbook sheet read back: its rows of raw values and the
// index of each header.
type sheet struct {
	rows [][]string
	col  map[string]int
}

func readSheet(t *testing.T, f *excelize.File, name string) sheet {
	t.Helper()
	rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil || len(rows) == 0 {
		t.Fatalf("sheet %s: %v", name, err)
	}
	s := sheet{rows: rows[1:], col: map[string]int{}}
	for i, h := range rows[0] {
		s.col[h] = i
	}
	return s
}

func (s sheet) get(row []string, head string) string {
	i, ok := s.col[head]
	if !ok || i >= len(row) {
		return ""
	}
	return row[i]
}

// pctCell is a progress cell (a fraction) as a percentage with one
// decimal, or nil for —.
func pctCell(s string) *float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil
	}
	v := math.Round(f*1000) / 10
	return &v
}

func samePct(a, b *float64) bool {
	return (a == nil) == (b == nil) && (a == nil || math.Abs(*a-*b) < 1e-9)
}

func workbookAgrees(t *testing.T, s sumJSON, chase chaseList, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// 总览: the headline figures under their labels, and the date.
	cover, _ := f.GetRows("总览", excelize.Options{RawCellValue: true})
	figures := map[string]string{}
	var flat strings.Builder
	for i, row := range cover {
		flat.WriteString(strings.Join(row, " ") + "\n")
		for j, label := range row {
			if _, seen := figures[label]; !seen && i+1 < len(cover) && j < len(cover[i+1]) && label != "" {
				figures[label] = cover[i+1][j] // the headline's, above the sections table
			}
		}
	}
	tt := s.Totals
	for label, want := range map[string]int{"任务总数": tt.Tasks, "已完成": tt.Done, "推进中": tt.InProgress, "未启动": tt.NotStarted, "滞后": tt.Delayed,
		"未报": tt.NotReported, "应报单位": tt.UnitsExpected, "已报送": tt.UnitsSubmittedExpected, "未报送": tt.UnitsExpected - tt.UnitsSubmittedExpected,
		"逾期": tt.UnitsLate, "草稿未报": tt.UnitsDraft, "未报项次": tt.Missing} {
		if figures[label] != strconv.Itoa(want) {
			t.Errorf("总览 %s is %q; summary says %d", label, figures[label], want)
		}
	}
	mean := "平均进度" + coverage(s)
	if !samePct(pctCell(figures[mean]), tt.Progress) || !samePct(pctCell(figures["报送率"]), tt.SubmissionRate) {
		t.Errorf("总览 %s %s, 报送率 %s; summary %s, %s", mean, figures[mean], figures["报送率"], pctOf(tt.Progress), pctOf(tt.SubmissionRate))
	}
	wants := []string{"统计截至 " + s.AsOf, fmt.Sprintf("红色 %d 项，黄色 %d 项", tt.Red, tt.Yellow), "四、需催报的单位（无）"}
	if len(chase.units) > 0 {
		wants[2] = "四、" + chase.headline + "，联系人见“未报送”表"
	}
	for _, want := range wants {
		if !strings.Contains(flat.String(), want) {
			t.Errorf("总览 lacks %q", want)
		}
	}
	// 未报送: the chase list, each unit with why.
	var sheetIDs, sheetReasons, wantReasons []string
	for _, row := range readSheet(t, f, "未报送").rows {
		sheetIDs = append(sheetIDs, row[len(row)-1])
		sheetReasons = append(sheetReasons, row[1])
	}
	for _, u := range chase.units {
		r := u.reason()
		if u.State == "draft" && u.Late {
			r += "（逾期）"
		}
		wantReasons = append(wantReasons, r)
	}
	if strings.Join(sheetIDs, " ") != chase.ids() || strings.Join(sheetReasons, " ") != strings.Join(wantReasons, " ") {
		t.Errorf("未报送 lists %v %v; missing %s %v", sheetIDs, sheetReasons, chase.ids(), wantReasons)
	}

	tasks, units, details := readSheet(t, f, "任务"), readSheet(t, f, "单位"), readSheet(t, f, "明细")
	if len(tasks.rows) != len(s.Tasks) || len(units.rows) != len(s.Units) {
		t.Fatalf("任务 %d rows, 单位 %d; summary %d tasks, %d units", len(tasks.rows), len(units.rows), len(s.Tasks), len(s.Units))
	}
	light := map[string]string{"red": "红", "yellow": "黄", "green": "绿"}
	for i, task := range s.Tasks {
		row := tasks.rows[i]
		got := []string{tasks.get(row, "编号"), tasks.get(row, "单位数"), tasks.get(row, "已完成"), tasks.get(row, "未报送"), tasks.get(row, "预警")}
		want := []string{task.ID, strconv.Itoa(task.Units), strconv.Itoa(task.Done), strconv.Itoa(len(task.Missing)), light[task.Light]}
		if strings.Join(got, " ") != strings.Join(want, " ") || !samePct(pctCell(tasks.get(row, "进度")), task.Progress) {
			t.Errorf("任务 row %d: %v %s; summary %v %v", i+2, got, tasks.get(row, "进度"), want, task.Progress)
		}
	}
	for i, u := range s.Units {
		row := units.rows[i]
		rank, group := "—", "其他单位"
		if u.Rank != nil {
			rank = strconv.Itoa(*u.Rank)
		}
		if u.RankGroup != nil {
			group = *u.RankGroup
		}
		if s.Units[0].RankGroup == nil && u.RankGroup == nil && units.col["排名分组"] == 0 {
			group = "" // no rank groups at all: no column
		}
		got := []string{units.get(row, "单位编号"), units.get(row, "排名"), units.get(row, "排名分组"), units.get(row, "负责任务"), units.get(row, "已完成"), units.get(row, "本期已报")}
		want := []string{u.ID, rank, group, strconv.Itoa(u.Tasks), strconv.Itoa(u.Done), strconv.Itoa(u.Reported)}
		if strings.Join(got, " ") != strings.Join(want, " ") || !samePct(pctCell(units.get(row, "平均进度")), u.Progress) {
			t.Errorf("单位 row %d: %v %s; summary %v %v", i+2, got, units.get(row, "平均进度"), want, u.Progress)
		}
	}
	reconcile(t, s, tasks, units, details)
}

// reconcile recomputes each task's and each unit's figures from the 明细
// sheet (one row per pair) and holds the 任务 and 单位 sheets to them: the
// sheets must add up.
func reconcile(t *testing.T, s sumJSON, tasks, units, details sheet) {
	t.Helper()
	type acc struct {
		rows, done, missing, covered int
		sum                          float64
	}
	byTask, byUnit := map[string]*acc{}, map[string]*acc{}
	of := func(m map[string]*acc, k string) *acc {
		if m[k] == nil {
			m[k] = &acc{}
		}
		return m[k]
	}
	for _, row := range details.rows {
		for _, a := range []*acc{of(byTask, details.get(row, "编号")), of(byUnit, details.get(row, "单位"))} {
			a.rows++
			if details.get(row, "状态") == "已完成" {
				a.done++
			}
			in := details.get(row, "本期报送")
			if strings.HasPrefix(in, "从未报送") || strings.HasPrefix(in, "未报送") {
				a.missing++
			}
			if p := pctCell(details.get(row, "进度")); p != nil {
				a.covered++
				a.sum += *p
			}
		}
	}
	mean := func(a *acc) *float64 {
		if a.covered == 0 {
			return nil
		}
		v := math.Round(a.sum/float64(a.covered)*10) / 10
		return &v
	}
	for i, row := range tasks.rows {
		a := byTask[tasks.get(row, "编号")]
		task := s.Tasks[i]
		got := fmt.Sprint(tasks.get(row, "单位数"), " ", tasks.get(row, "已完成"), " ", tasks.get(row, "未报送"))
		if a == nil || got != fmt.Sprint(a.rows, " ", a.done, " ", a.missing) || !samePct(pctCell(tasks.get(row, "进度")), mean(a)) || a.covered != task.Covered {
			t.Errorf("任务 %s: %s %s does not add up from 明细 %+v", task.ID, got, tasks.get(row, "进度"), a)
		}
	}
	for _, row := range units.rows {
		a := byUnit[units.get(row, "单位")]
		got := fmt.Sprint(units.get(row, "负责任务"), " ", units.get(row, "已完成"))
		missing := 0
		if ids := units.get(row, "未报送任务"); ids != "" {
			missing = len(strings.Split(ids, ", "))
		}
		if a == nil || got != fmt.Sprint(a.rows, " ", a.done) || missing != a.missing || !samePct(pctCell(units.get(row, "平均进度")), mean(a)) {
			t.Errorf("单位 %s: %s %s, %d missing, does not add up from 明细 %+v", units.get(row, "单位"), got, units.get(row, "平均进度"), missing, a)
		}
	}
}

// hasGroups says whether the summary ranks units in groups of units.yaml.
func hasGroups(s sumJSON) bool {
	for _, u := range s.Units {
		if u.RankGroup != nil {
			return true
		}
	}
	return false
}

// words is a date as the brief writes it: 2019年10月12日.
func words(date string) string {
	d, _ := time.Parse("2006-01-02", date)
	return fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day())
}

// coverage is what the headline's mean is and stands on, as the summary's
// totals give it: （按 25 项任务平均；据 85 个单位事项，占全部 430 项的 19.8%）; the
// brief, which says 任务平均进度, without 按任务平均 (plain).
func coverage(s sumJSON) string {
	if s.Totals.Progress == nil {
		return ""
	}
	// Over the tasks with a progress, counted from the task rows.
	n := 0
	for _, t := range s.Tasks {
		if t.Progress != nil {
			n++
		}
	}
	over := fmt.Sprintf("（按 %d 项任务平均；", n)
	if n < len(s.Tasks) {
		over = fmt.Sprintf("（按有进度的 %d 项任务平均；", n)
	}
	return over + strings.TrimPrefix(plainCoverage(s), "（")
}

func plainCoverage(s sumJSON) string {
	if s.Totals.Progress == nil {
		return ""
	}
	return fmt.Sprintf("（据 %d 个单位事项，占全部 %d 项的 %s）", s.Totals.Covered, s.Totals.Pairs, shareOf(s.Totals.Covered, s.Totals.Pairs))
}

// lateWords is how the brief's headline counts the late units (what they
// add up from is TestBriefLateAddsUp's).
func lateWords(n int) string {
	if n == 0 {
		return "没有逾期的单位"
	}
	return fmt.Sprintf("逾期的%d个：", n)
}

func briefAgrees(t *testing.T, s sumJSON, alerts []alertJSON, chase chaseList, text string) {
	t.Helper()
	tt := s.Totals
	wants := []string{
		"本通报数据统计截至" + words(s.AsOf),
		fmt.Sprintf("清单共有任务%d项。截至%s", tt.Tasks, words(s.AsOf)),
		fmt.Sprintf("红色预警任务%d项，黄色预警任务%d项，其余%d项正常", tt.Red, tt.Yellow, tt.Green),
		fmt.Sprintf("全部%d个责任单位中，应报送本期进展的%d个，已报送%d个，报送率%s", tt.Units, tt.UnitsExpected, tt.UnitsSubmittedExpected, pctOf(tt.SubmissionRate)),
		lateWords(tt.UnitsLate),
		"截至" + words(s.AsOf),
	}
	if tt.Missing > 0 {
		wants = append(wants, fmt.Sprintf("尚有%d项次任务进展未报送", tt.Missing))
	} else {
		wants = append(wants, "各单位应报的任务进展均已报送")
	}
	for _, c := range []struct {
		label string
		n     int
	}{{"已完成", tt.Done}, {"推进中", tt.InProgress}, {"未启动", tt.NotStarted}, {"滞后", tt.Delayed}, {"各单位均未报", tt.NotReported}} {
		if c.n > 0 || c.label == "已完成" {
			wants = append(wants, fmt.Sprintf("%s%d项，占%s", c.label, c.n, shareOf(c.n, tt.Tasks)))
		}
	}
	if tt.Progress != nil {
		wants = append(wants, "任务平均进度为"+pctOf(tt.Progress)+strings.ReplaceAll(plainCoverage(s), " ", ""))
	}
	for _, sec := range s.Sections {
		title := strings.NewReplacer("“", "‘", "”", "’").Replace(sec.Title) // quotes inside quotes
		wants = append(wants, fmt.Sprintf("第%s部分“%s”任务%d项、完成%d项、平均进度%s", sec.ID, title, sec.Tasks, sec.Done, pctOf(sec.Progress)))
	}
	for _, task := range s.Tasks {
		if task.Light != "red" {
			continue
		}
		p := "当前进度" + pctOf(task.Progress)
		if task.Covered < task.Units {
			p += fmt.Sprintf("（仅计%d个责任单位中已报进度的%d个）", task.Units, task.Covered)
		}
		wants = append(wants, fmt.Sprintf("任务%s“%s”", task.ID, task.Title), p)
	}
	for _, w := range wants {
		if !strings.Contains(text, w) {
			t.Errorf("the brief lacks %q", w)
		}
	}
	// The leaders, group by group, recomputed from the summary and
	// overdue: ranked, in the first three places, on time, no red or
	// yellow item of its own, something done; only in a group where three
	// or more units are ranked; and the brief says how many were.
	lit := map[string]bool{}
	for _, a := range alerts {
		lit[a.Unit] = lit[a.Unit] || a.Unit != "" && (a.Light == "red" || a.Light == "yellow")
	}
	group := func(g *string) string {
		if g == nil {
			return "其他单位"
		}
		return *g
	}
	ranked := map[string]int{}
	for _, u := range s.Units {
		if u.Rank != nil {
			ranked[group(u.RankGroup)]++
		}
	}
	for _, u := range s.Units {
		praise := fmt.Sprintf("%s（排名第", u.Name)
		line := ""
		if u.Rank != nil {
			line = fmt.Sprintf("%s（排名第%d，承担任务%d项，已完成%d项，平均进度%s）", u.Name, *u.Rank, u.Tasks, u.Done, pctOf(u.Progress))
		}
		g := group(u.RankGroup)
		should := u.Rank != nil && *u.Rank <= 3 && !u.Late && !lit[u.ID] && ranked[g] >= 3 && (u.Done > 0 || u.Progress != nil && *u.Progress > 0)
		named := line != "" && regexp.MustCompile(`(?m)^(`+regexp.QuoteMeta(g)+`：)?参与排名\d+个单位，进展较好的是：.*`+regexp.QuoteMeta(line)).MatchString(text)
		switch {
		case !should && strings.Contains(text, praise):
			t.Errorf("the brief praises %s, which it must not (rank %v, late %v, red or yellow %v, %d ranked in %s)", u.Name, u.Rank, u.Late, lit[u.ID], ranked[g], g)
		case should && !named:
			t.Errorf("the brief does not name %q under %s", line, g)
		}
	}
	for g, n := range ranked {
		if hasGroups(s) && !strings.Contains(text, fmt.Sprintf("%s：参与排名%d个单位", g, n)) {
			t.Errorf("the brief does not say %d units of %s were ranked", n, g)
		}
	}
	// 四: the chase list, counted by why, as every view counts it.
	if len(chase.units) > 0 {
		parts := []string{fmt.Sprintf("需催报的单位共%d个", len(chase.units))}
		for _, c := range chase.counts() {
			f := strings.Fields(c)
			parts = append(parts, f[0]+f[1]+"个：")
		}
		for _, p := range parts {
			if !strings.Contains(text, p) {
				t.Errorf("the brief's units to chase lack %q", p)
			}
		}
	}
	// The red tasks, and only they, are numbered in 三, in task order.
	var listed, red []string
	for _, m := range regexp.MustCompile(`(?m)^\d+\\?\. 任务(\S+?)“`).FindAllStringSubmatch(text, -1) {
		listed = append(listed, m[1])
	}
	for _, task := range s.Tasks {
		if task.Light == "red" {
			red = append(red, task.ID)
		}
	}
	if strings.Join(listed, ",") != strings.Join(red, ",") {
		t.Errorf("the brief lists red tasks %v; summary has %v", listed, red)
	}
}

var statRe = regexp.MustCompile(`<span class="v">([^<]*)</span><span class="k">([^<]*)</span>`)

func siteAgrees(t *testing.T, s sumJSON, chase chaseList, dir string) {
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	index := read("index.html")
	stats := map[string]string{}
	for _, m := range statRe.FindAllStringSubmatch(index, -1) {
		stats[m[2]] = m[1]
	}
	tt := s.Totals
	want := map[string]string{"平均进度": pctOf(tt.Progress), "已完成任务": fmt.Sprintf("%d / %d", tt.Done, tt.Tasks), "滞后任务": strconv.Itoa(tt.Delayed),
		"未报任务": strconv.Itoa(tt.NotReported), "红灯": strconv.Itoa(tt.Red), "黄灯": strconv.Itoa(tt.Yellow), "绿灯": strconv.Itoa(tt.Green),
		"报送率": pctOf(tt.SubmissionRate), "未报送项次": strconv.Itoa(tt.Missing)}
	for k, v := range want {
		if stats[k] != v {
			t.Errorf("the site's %s is %q; summary says %q", k, stats[k], v)
		}
	}
	if !strings.Contains(index, "统计截至 "+s.AsOf) {
		t.Errorf("the site does not say it counts as of %s", s.AsOf)
	}
	if c := coverage(s); c != "" && !strings.Contains(index, "平均进度 "+pctOf(tt.Progress)+c) {
		t.Errorf("the site's headline mean does not say what it stands on: %s", c)
	}
	// 需催报的单位: the chase list, each unit with why.
	chaseRe := regexp.MustCompile(`<tr><td><a href="units/([^"]*)\.html">[^<]*</a></td><td>([^<（]*)`)
	var ids, reasons, wantReasons []string
	if i := strings.Index(index, "需催报的单位"); i >= 0 {
		for _, m := range chaseRe.FindAllStringSubmatch(index[i:], -1) {
			ids = append(ids, m[1])
			reasons = append(reasons, m[2])
		}
	}
	for _, u := range chase.units {
		r := u.reason()
		if u.State == "draft" && u.Late {
			r += "（逾期）"
		}
		wantReasons = append(wantReasons, strings.TrimSuffix(r, "（逾期）"))
	}
	if strings.Join(ids, " ") != chase.ids() || strings.Join(reasons, " ") != strings.Join(wantReasons, " ") ||
		len(chase.units) > 0 && !strings.Contains(index, chase.headline) {
		t.Errorf("the site chases %v %v; missing %s %v (%s)", ids, reasons, chase.ids(), wantReasons, chase.headline)
	}

	// The period page ranks every unit in the summary's order, group by group.
	rowRe := regexp.MustCompile(`<tr class="group"><th colspan="6" scope="rowgroup">([^<]*)</th></tr>|<tr><td>([^<]*)</td><td><a href="\.\./units/([^"]*)\.html">`)
	var got, wantRows []string
	for _, m := range rowRe.FindAllStringSubmatch(read("periods/"+s.Period+".html"), -1) {
		if m[1] != "" {
			got = append(got, "group "+m[1])
		} else {
			got = append(got, m[2]+" "+m[3])
		}
	}
	group := func(g *string) string {
		if g == nil {
			return "其他单位"
		}
		return *g
	}
	for i, u := range s.Units {
		if i == 0 || group(s.Units[i-1].RankGroup) != group(u.RankGroup) {
			wantRows = append(wantRows, "group "+group(u.RankGroup))
		}
		rank := "—"
		if u.Rank != nil {
			rank = strconv.Itoa(*u.Rank)
		}
		wantRows = append(wantRows, rank+" "+u.ID)
	}
	if strings.Join(got, "\n") != strings.Join(wantRows, "\n") {
		t.Errorf("the period page's ranking differs from the summary's:\n%v\nwant\n%v", got, wantRows)
	}
	// Each task's page shows its progress with the units it stands for.
	for _, task := range s.Tasks {
		p := pctOf(task.Progress)
		if task.Progress != nil && task.Covered < task.Units {
			p += fmt.Sprintf("（%d/%d）", task.Covered, task.Units)
		}
		page := read("tasks/" + strings.TrimLeft(task.ID, "0") + ".html")
		if !strings.Contains(page, `<span class="v">`+p+`</span><span class="k">进度</span>`) {
			t.Errorf("task %s's page does not show its progress as %s", task.ID, p)
		}
	}
}
