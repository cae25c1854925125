package site

import (
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"

	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/render"
)

type taskLight struct {
	Link  link
	ID    string
	Light cell
}

type sectionView struct {
	ID, Title, Progress      string
	Tasks, Done              int
	Red, Yellow, Green, None int
	Lights                   []taskLight
}

type missingRow struct {
	Unit    link
	State   string
	Tasks   int
	Left    string // the tasks a unit with 有漏报 left out
	Contact string
}

type indexPage struct {
	page
	Headline    []string
	Stats       []stat
	Sections    []sectionView
	Chart       template.HTML
	Trend       []trendRow
	Ranking     template.HTML
	RankingMore int
	Missing     []missingRow
	MissingMore int
	MissingHead string // how many units are chased, and why
}

type trendRow struct {
	Label, Last string
	Spark       template.HTML
}

func (v *view) indexPage(a *arena) indexPage {
	lg := v.cur
	p := indexPage{page: v.frame("", v.t("总览", "Overview"), lg), Headline: v.headline(lg), Stats: v.stats(lg)}
	index := map[string]int{}
	for _, s := range lg.Sections {
		index[s.Section.ID] = len(p.Sections)
		p.Sections = append(p.Sections, sectionView{ID: s.Section.ID, Title: s.Section.Title, Progress: render.Progress(s.Progress, s.HasProgress), Tasks: s.Tasks, Done: s.Done})
	}
	for _, r := range lg.Tasks {
		i, ok := index[r.Task.Section]
		if !ok {
			index[r.Task.Section] = len(p.Sections)
			i = len(p.Sections)
			p.Sections = append(p.Sections, sectionView{ID: r.Task.Section, Title: v.t("（未列入章节）", "(no section)")})
		}
		s := &p.Sections[i]
		c := v.taskLight(r)
		c.Title = r.Task.ID + " " + r.Task.Title + " · " + r.Status.Label(v.lang) + " " + render.TaskProgress(r, v.lang)
		s.Lights = append(s.Lights, taskLight{Link: v.taskLink("", r), ID: r.Task.ID, Light: c})
		if r.Status == model.NotReported {
			s.None++
		}
		switch {
		case r.Light == ledger.Red:
			s.Red++
		case r.Light == ledger.Yellow:
			s.Yellow++
		default:
			s.Green++
		}
	}
	var bars []bar
	for _, s := range lg.Sections {
		bars = append(bars, bar{Label: s.Section.ID + " " + s.Section.Title, Value: s.Progress, None: !s.HasProgress})
	}
	p.Chart = barChart(bars, v.t("各部分平均进度", "Mean progress by section"))
	p.Trend = v.trend()
	ranking, more := v.rankRows("", lg, maxRanking)
	p.Ranking, p.RankingMore = v.rankingHTML(ranking, a), more
	rows := ledger.ChaseList(lg)
	for _, u := range rows {
		if len(p.Missing) == maxNotReached {
			break
		}
		m := missingRow{Unit: v.unitLink("", u.Unit.ID), State: render.ChaseLabel(u, v.lang), Tasks: len(u.Missing)}
		if u.Chase() == ledger.ChaseIncomplete {
			m.Left = strings.Join(u.Missing, v.t("、", ", "))
		}
		p.Missing = append(p.Missing, m)
	}
	p.MissingMore = len(rows) - len(p.Missing)
	if len(rows) > 0 {
		p.MissingHead = render.ChaseHeadline(lg, rows, v.lang)
	}
	return p
}

// trend is the mean progress over the periods, overall and by section:
// the line, and its values in words (the line is a picture a reader
// cannot read a value off, nor a screen reader at all), each with the
// unit items it stands on: a mean over other units reads as a fall where
// no unit went back (walk 8: 66.7%, from one unit, → 61.4%, from eleven).
func (v *view) trend() []trendRow {
	var all []point
	for _, lg := range v.in.Ledgers {
		all = append(all, point{orNaN(lg.Totals.Progress, lg.Totals.HasProgress), lg.Totals.Stated, lg.Totals.Pairs})
	}
	out := []trendRow{{Label: v.t("全部任务", "All tasks"), Last: v.series(all), Spark: sparkline(values(all))}}
	for si, s := range v.cur.Sections {
		var pts []point
		for _, lg := range v.in.Ledgers {
			if si < len(lg.Sections) {
				pt := point{value: orNaN(lg.Sections[si].Progress, lg.Sections[si].HasProgress)}
				for _, r := range lg.Tasks {
					if r.Task.Section == lg.Sections[si].Section.ID {
						pt.stated, pt.of = pt.stated+r.Stated, pt.of+r.Units
					}
				}
				pts = append(pts, pt)
			}
		}
		out = append(out, trendRow{Label: s.Section.ID + " " + s.Section.Title, Last: v.series(pts), Spark: sparkline(values(pts))})
	}
	return out
}

// point is a mean progress in a period (NaN for none) and the unit items
// it stands on, of all there are.
type point struct {
	value      float64
	stated, of int
}

func values(pts []point) []float64 {
	out := make([]float64, len(pts))
	for i, p := range pts {
		out[i] = p.value
	}
	return out
}

// series is a line's values from the first period to this one, each with
// the unit items it stands on where that is not all: 66.7%（3/20 项）→
// 61.4%（11/20 项）, — for a period without one; one value alone where
// there is one.
func (v *view) series(pts []point) string {
	parts := make([]string, len(pts))
	for i, p := range pts {
		parts[i] = render.Progress(p.value, !math.IsNaN(p.value))
		if !math.IsNaN(p.value) && p.stated < p.of {
			parts[i] += v.t(fmt.Sprintf("（%d/%d 项）", p.stated, p.of), fmt.Sprintf(" (%d/%d)", p.stated, p.of))
		}
	}
	return strings.Join(parts, " → ")
}

type taskPage struct {
	page
	ID, SectionTitle, Body, OwnersText, Due, Progress, Status string
	Light                                                     cell
	Units, Done, MissingN                                     int
	Reasons                                                   []string
	Owners, Lead, Leaders                                     []string
	UnitLinks                                                 template.HTML
	UnitCount                                                 int
	Timeline, Bars                                            template.HTML
	PeriodIDs                                                 []string
	Grid                                                      template.HTML
	GridRows                                                  int
	GridMore                                                  int
	Texts                                                     template.HTML
	TextsMore                                                 int
	History                                                   []histItem
	HistoryOlder                                              int
	HistoryNote                                               string
	Targets                                                   []targetItem
}

// targetItem is a task's numeric target as its page shows it: its name,
// the goal, the actual (the sum of the units' values) and the share
// reached, each with its unit.
type targetItem struct{ Name, Goal, Actual, Reached, Note string }

func (v *view) taskPage(r *ledger.TaskRow, a *arena) taskPage {
	t := r.Task
	lg := v.cur
	p := taskPage{page: v.frame("../", t.ID+" "+t.Title, lg), ID: t.ID, Body: strings.TrimSpace(t.Body), OwnersText: t.OwnersText,
		Due: model.FormatDate(r.Due), Progress: render.TaskProgress(r, v.lang), Status: render.TaskStatus(r, v.lang), Light: v.taskLight(r),
		Units: r.Units, Done: r.Done, MissingN: len(r.Missing), Owners: model.Values(t.Owners), Lead: model.Values(t.Lead), Leaders: t.Leaders,
		HistoryNote: v.in.HistoryNote}
	for _, s := range v.in.Index.Repo.Plan.Sections {
		if s.ID == t.Section {
			p.SectionTitle = s.ID + " " + s.Title
		}
	}
	for _, rs := range r.Reasons {
		p.Reasons = append(p.Reasons, rs.Message().In(v.lang))
	}
	for _, g := range lg.Targets {
		if g.Task.ID == t.ID {
			p.Targets = append(p.Targets, targetItem{g.Target.Name, render.Amount(g.Target.Target, g.Target.Unit), render.Amount(g.Actual, g.Target.Unit), render.Reached(g),
				render.CarriedNote(g, v.lang)})
		}
	}
	owners := v.in.Index.OwnersIn(t.ID, v.in.Index.PeriodIndex(lg.Period.ID)) // those reporting in the period
	links := a.writer(len(owners) * 80)
	for _, u := range owners {
		links.link(v.unitLink("../", u)).raw(" ")
		p.UnitCount++
	}
	p.UnitLinks = links.html()
	p.Timeline = v.timeline(r)
	key := model.TaskKey(t.ID)
	var counts []stateCounts
	for i, l := range v.in.Ledgers {
		p.PeriodIDs = append(p.PeriodIDs, l.Period.ID)
		counts = append(counts, countStates(v.tasks[i][key]))
	}
	p.Bars = v.stateBars(counts, p.PeriodIDs)

	// Units: all of them in registry order when they fit, else the most
	// worrying first.
	pairs := append([]*ledger.Pair(nil), r.Pairs...)
	if len(pairs) > maxGridRows {
		sortByDesc(pairs, func(p *ledger.Pair) int { return concern(p.Light) })
	}
	index := make(map[string]int, len(r.Pairs))
	for i, pr := range r.Pairs {
		index[pr.Unit] = i
	}
	grid := a.writer(min(len(pairs), maxGridRows) * v.gridRowSize())
	for _, pr := range pairs[:min(len(pairs), maxGridRows)] {
		at := index[pr.Unit]
		v.gridRow(&grid, v.unitLink("../", pr.Unit), pr, func(i int) *ledger.Pair { return pairOf(v.tasks[i][key], pr.Unit, at) })
	}
	// The units that owed the task in an earlier period shown and no longer
	// do (they left the list: until) keep their rows: what they reported
	// still counted then.
	gridRows := min(len(pairs), maxGridRows)
	more := max(len(pairs)-maxGridRows, 0)
	for i := range v.in.Ledgers {
		tr := v.tasks[i][key]
		if tr == nil {
			continue
		}
		for _, pr := range tr.Pairs {
			if _, ok := index[pr.Unit]; ok {
				continue
			}
			index[pr.Unit] = -1
			if gridRows >= maxGridRows {
				more++
				continue
			}
			unit := pr.Unit
			v.gridRow(&grid, v.unitLink("../", unit), nil, func(i int) *ledger.Pair { return pairOf(v.tasks[i][key], unit, -1) })
			gridRows++
		}
	}
	p.Grid, p.GridRows, p.GridMore = grid.html(), gridRows, more

	texts := append([]*ledger.Pair(nil), r.Pairs...)
	sortByDesc(texts, func(p *ledger.Pair) int { return concern(p.Light) })
	withText := 0
	rows := a.textRows()
	for _, pr := range texts {
		if !pr.HasState() {
			continue
		}
		withText++
		if len(rows) < maxTexts {
			rows = append(rows, v.textRow(v.unitLink("../", pr.Unit), pr, lg.Period.ID, v.units[len(v.units)-1][pr.Unit]))
		}
	}
	p.Texts, p.TextsMore = v.textsHTML(rows, a), withText-len(rows)
	a.keepTextRows(rows)
	p.History, p.HistoryOlder = v.hist[key], v.older[key]
	return p
}

// textRow is pair pr's text in period; u is its unit's row (nil when none).
func (v *view) textRow(head link, pr *ledger.Pair, period string, u *ledger.UnitRow) textRow {
	if !pr.HasState() {
		r := textRow{Head: head, None: true}
		if u != nil {
			r.NotCounted = v.notCounted(u, pr.Task)
		}
		return r
	}
	return textRow{Head: head, Period: pr.EntryPeriod, Carried: pr.State == ledger.Carried, State: v.stateTip(pr, period, u),
		Summary: strings.TrimSpace(pr.Entry.Summary), Problems: strings.TrimSpace(pr.Entry.Problems), Next: strings.TrimSpace(pr.Entry.Next),
		Evidence: v.evidenceOf(pr), Extension: render.ExtensionWords(pr.Extension, v.lang)}
}

// notCounted says why unit u's entry on task in its report of the period
// does not count, where it has one and the pair has no state: the report
// was returned, or the entry has an error (R409, R404 …); "" otherwise.
func (v *view) notCounted(u *ledger.UnitRow, task *model.Task) string {
	if u.Report == nil {
		return ""
	}
	for i := range u.Report.Entries {
		e := &u.Report.Entries[i]
		if model.TaskKey(e.Task) != model.TaskKey(task.ID) {
			continue
		}
		switch {
		case u.Returned:
			return v.t("未计入：本期报送已退回，改好重新报送前不计入。", "Not counted: the report for the period was returned, and counts once sent again.")
		case e.Invalid || strings.TrimSpace(e.Summary) == "":
			return v.t("未计入：本期报送中这一条有误，改正前按未报计（tally check 列出错误和改法）。",
				"Not counted: this entry of the period's report has an error, and counts as not reported until put right (tally check says what and how).")
		}
	}
	return ""
}

// gridRowSize is about the most a gridRow writes: its builder is made
// that big per row at once rather than grown by doubling, which was a
// tenth of the rendering's CPU.
func (v *view) gridRowSize() int { return 100 + 50*(len(v.in.Ledgers)+1) }

// gridRow writes a row of states over the periods (period i's pair is
// at(i)), and the light now of pair cur (nil: a unit no longer on the list).
func (v *view) gridRow(w *htmlWriter, head link, cur *ledger.Pair, at func(i int) *ledger.Pair) {
	w.raw(`<tr><th scope="row">`).link(head).raw(`</th>`)
	for i := range v.in.Ledgers {
		w.raw(`<td>`).cell(v.stateCell(at(i)), false).raw(`</td>`)
	}
	now := cell{Class: "l-none", Text: v.lang.Pick("已不在清单中", "off the list")} // cur nil: the unit left the list
	if cur != nil {
		now = v.lightCell(cur.Light)
	}
	w.raw(`<td>`).cell(now, false).raw("</td></tr>\n")
}

// pairOf finds a unit's pair in a task's row. The units are in the same
// order in every period, so it is at index at unless the owners differ.
// progressRow compares two progresses that may be missing (未报).
func progressRow(label string, was float64, hadOne bool, now float64, hasOne bool) compareRow {
	row := compareRow{Label: label, Before: render.Progress(was, hadOne), After: render.Progress(now, hasOne), Delta: "—"}
	if hadOne && hasOne {
		row.Delta, row.Worse = signed(now-was), ledger.Round1(now) < ledger.Round1(was)
	}
	return row
}

func pairOf(r *ledger.TaskRow, unit string, at int) *ledger.Pair {
	if r == nil {
		return nil
	}
	if at >= 0 && at < len(r.Pairs) && r.Pairs[at].Unit == unit {
		return r.Pairs[at]
	}
	for _, p := range r.Pairs {
		if p.Unit == unit {
			return p
		}
	}
	return nil
}

// unitPair finds a unit's pair on a task in period i, ps being the unit's
// pairs in that period (v.pairs[i]); they are in task order in every
// period, so it is at index at unless the tasks differ.
func (v *view) unitPair(i int, ps []*ledger.Pair, unit string, task *model.Task, at int) *ledger.Pair {
	if at < len(ps) && ps[at].Task == task {
		return ps[at]
	}
	return pairOf(v.tasks[i][model.TaskKey(task.ID)], unit, -1)
}

type unitPage struct {
	page
	ID, Name, State, Progress, Rank string
	Tasks, Done                     int
	Alert                           bool
	// Review is where its report stands with the office, where the office
	// reviews reports; Reasons why it was returned.
	Review    string
	Reasons   []string
	Aliases   []string
	PeriodIDs []string
	Periods2  template.HTML
	Grid      template.HTML
	Texts     template.HTML
}

func (v *view) unitPage(u *ledger.UnitRow, a *arena) unitPage {
	lg := v.cur
	id := u.Unit.ID
	p := unitPage{page: v.frame("../", u.Unit.Name, lg), ID: id, Name: u.Unit.Name, State: render.ReportState(u, v.lang),
		Progress: render.Progress(u.Progress, u.HasProgress), Rank: render.Rank(u), Tasks: u.Tasks, Done: u.Done, Alert: alert(u), Aliases: model.Values(u.Unit.Aliases),
		Reasons: render.ReturnReasons(u, v.lang)}
	if lg.Reviewing {
		p.Review = render.ReviewMark(u, v.lang)
	}
	rows := a.writer(len(v.in.Ledgers) * 300)
	for i, l := range v.in.Ledgers {
		p.PeriodIDs = append(p.PeriodIDs, l.Period.ID)
		ur := v.units[i][id]
		if ur == nil {
			continue
		}
		rows.raw(`<tr><td>`).link(link{Href: "../" + periodPath(l.Period.ID), Text: l.Period.ID}).raw(`</td><td`)
		if alert(ur) {
			rows.raw(` class="alert"`)
		}
		rows.raw(`>`).text(render.ReportState(ur, v.lang)).raw(`</td><td>`).text(render.SubmittedWords(ur, v.lang)).
			raw(`</td><td class="n">`).text(strconv.Itoa(ur.Reported) + " / " + strconv.Itoa(ur.Tasks)).raw(`</td><td class="n">`).text(strconv.Itoa(ur.Done)).
			raw(`</td><td class="n">`).text(render.Progress(ur.Progress, ur.HasProgress)).raw(`</td><td class="n">`).text(render.Rank(ur)).raw("</td></tr>\n")
	}
	p.Periods2 = rows.html()
	texts := a.textRows()
	// The unit's pairs in each period, looked up once for the page, not
	// once for each of its tasks in each period.
	mine := make([][]*ledger.Pair, len(v.pairs))
	for i := range v.pairs {
		mine[i] = v.pairs[i][id]
	}
	last := mine[len(mine)-1]
	grid := a.writer(len(last) * v.gridRowSize())
	for j, pr := range last {
		head, ok := v.heads[pr.Task]
		if !ok {
			head = v.taskLink("../", v.tasks[len(v.tasks)-1][model.TaskKey(pr.Task.ID)])
		}
		v.gridRow(&grid, head, pr, func(i int) *ledger.Pair { return v.unitPair(i, mine[i], id, pr.Task, j) })
		texts = append(texts, v.textRow(head, pr, lg.Period.ID, u))
	}
	p.Grid = grid.html()
	p.Texts = v.textsHTML(texts, a)
	a.keepTextRows(texts)
	return p
}

type compareRow struct {
	Label, Before, After, Delta string
	Worse                       bool
}

type movedRow struct {
	Task                  link
	Before, After, Delta  string
	LightBefore, LightNow cell
	Status                string
}

type periodPage struct {
	page
	Headline  []string
	Stats     []stat
	Previous  string
	Compare   []compareRow
	Sections  []compareRow
	Moved     []movedRow
	MovedMore int
	Behind    []movedRow
	Ranking   template.HTML
}

func (v *view) periodPage(i int, rows *arena) periodPage {
	lg := v.in.Ledgers[i]
	p := periodPage{page: v.frame("../", v.t("期次 ", "Period ")+lg.Period.ID, lg), Headline: v.headline(lg), Stats: v.stats(lg)}
	ranking, _ := v.rankRows("../", lg, 0)
	p.Ranking = v.rankingHTML(ranking, rows)
	if i == 0 {
		return p
	}
	prev := v.in.Ledgers[i-1]
	p.Previous = prev.Period.ID
	a, b := prev.Totals, lg.Totals
	num := func(label string, x, y int, worseUp bool) compareRow {
		return compareRow{Label: label, Before: fmt.Sprint(x), After: fmt.Sprint(y), Delta: signedInt(y - x), Worse: (y > x) == worseUp && y != x}
	}
	p.Compare = []compareRow{
		progressRow(v.t("平均进度", "Mean progress"), a.Progress, a.HasProgress, b.Progress, b.HasProgress),
		num(v.t("已完成任务", "Tasks done"), a.Done, b.Done, false),
		num(v.t("滞后任务", "Tasks delayed"), a.Delayed, b.Delayed, true),
		num(v.t("红灯", "Red"), a.Red, b.Red, true),
		num(v.t("黄灯", "Yellow"), a.Yellow, b.Yellow, true),
		num(v.t("已报送单位", "Units reported"), a.UnitsReported, b.UnitsReported, false),
		num(v.t("逾期单位", "Units late"), a.UnitsLate, b.UnitsLate, true),
		num(v.t("未报送项次", "Reports missing"), a.Missing, b.Missing, true),
	}
	for si, s := range lg.Sections {
		if si >= len(prev.Sections) {
			break
		}
		was := prev.Sections[si]
		p.Sections = append(p.Sections, progressRow(s.Section.ID+" "+s.Section.Title, was.Progress, was.HasProgress, s.Progress, s.HasProgress))
	}
	type move struct {
		row   movedRow
		delta float64
	}
	var moved []move
	for _, r := range lg.Tasks {
		before := v.tasks[i-1][model.TaskKey(r.Task.ID)]
		if before == nil {
			continue
		}
		m := movedRow{Task: v.taskLink("../", r), Before: render.TaskProgress(before, v.lang), After: render.TaskProgress(r, v.lang),
			Delta: signed(r.Progress - before.Progress), LightBefore: v.taskLight(before), LightNow: v.taskLight(r), Status: render.TaskStatus(r, v.lang)}
		if d := ledger.Round1(r.Progress - before.Progress); d != 0 && r.HasProgress && before.HasProgress {
			moved = append(moved, move{m, d})
		}
		worse := concern(r.Light) > concern(before.Light) || (r.Status == model.Delayed && before.Status != model.Delayed)
		if worse {
			p.Behind = append(p.Behind, m)
		}
	}
	sortByDesc(moved, func(m move) int { return int(m.delta * 10) })
	for _, m := range moved {
		if len(p.Moved) == maxMoved {
			break
		}
		p.Moved = append(p.Moved, m.row)
	}
	p.MovedMore = len(moved) - len(p.Moved)
	return p
}
