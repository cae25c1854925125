package xlsx

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/render"
)

// Meta is what the workbook says about where its data came from.
type Meta struct {
	Title  string // the list's title
	Source string // the git commit, or words saying there is none
	// Diags are the data's diagnostics: the 未报送 sheet says what each
	// unit with errors in its report must put right.
	Diags []diag.Diagnostic
}

// Sheet names, in order.
func sheetNames(l i18n.Lang) []string {
	if l == i18n.En {
		return []string{"Overview", "Tasks", "Units", "Details", "Missing", "Warnings"}
	}
	return []string{"总览", "任务", "单位", "明细", "未报送", "预警"}
}

// Write builds the workbook of lg and writes it to w.
func Write(w io.Writer, lg *ledger.Ledger, x *model.Index, meta Meta, lang i18n.Lang) error {
	_, err := write(w, lg, x, meta, lang, true)
	return err
}

// write is Write, and says of how many table sheets tableRows wrote the
// rows; with direct false, excelize streams every row itself (the bytes
// are the same).
func write(w io.Writer, lg *ledger.Ledger, x *model.Index, meta Meta, lang i18n.Lang, direct bool) (int, error) {
	f := excelize.NewFile()
	defer f.Close()
	meta.Title = render.Safe(meta.Title) // the cover, every page's header, the document's title
	names := sheetNames(lang)
	if err := f.SetSheetName("Sheet1", names[0]); err != nil {
		return 0, err
	}
	for _, n := range names[1:] {
		if _, err := f.NewSheet(n); err != nil {
			return 0, err
		}
	}
	// Before any sheet is streamed: excelize's SetActiveSheet reads every
	// sheet back into memory, a streamed one whole (parsed, then written out
	// again), which was a third of an export's time. On the empty sheets it
	// gives the same bytes.
	f.SetActiveSheet(0)
	st, err := newStyles(f)
	if err != nil {
		return 0, err
	}
	b := &builder{f: f, st: st, lg: lg, x: x, lang: lang, meta: meta}
	if direct {
		b.tables = map[string]*tableRows{}
	}
	b.footer = "&C&\"" + bodyFont + "\"&10" + lang.Pick("第 &P 页 共 &N 页", "Page &P of &N")
	if err := b.overview(names[0]); err != nil {
		return 0, fmt.Errorf("%s: %w", names[0], err)
	}
	filters := map[string]filter{}
	for i, fn := range []func(string) (string, error){b.tasks, b.units, b.details, b.missing, b.warnings} {
		name := names[i+1]
		ref, err := fn(name)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", name, err)
		}
		// Sheets are created in order, so the n-th is sheet<n>.xml.
		filters[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+2)] = filter{sheet: name, index: i + 1, ref: ref, rows: b.tables[name]}
	}
	// The tasks' targets, where any task has one, and texts too long for
	// their rows, where there are any: sheets of their own after the others.
	n := len(names)
	add := func(name string, make func(string) (string, error)) error {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
		ref, err := make(name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		filters[fmt.Sprintf("xl/worksheets/sheet%d.xml", n+1)] = filter{sheet: name, index: n, ref: ref, rows: b.tables[name]}
		n++
		return nil
	}
	if len(lg.Targets) > 0 {
		if err := add(b.t("量化指标", "Targets"), b.targets); err != nil {
			return 0, err
		}
	}
	// Checked after the targets: their texts may be long too.
	if len(b.long) > 0 {
		if err := add(b.fullName(), b.fullText); err != nil {
			return 0, err
		}
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: meta.Title, Creator: "tally", Created: docTime(lg), Modified: docTime(lg), Language: lang.Pick("zh-CN", "en-US"),
	}); err != nil {
		return 0, err
	}
	return len(b.tables), writeNormalized(f, filters, w)
}

// docTime stamps the document with the as-of date, never the clock, so
// the same data gives the same bytes.
func docTime(lg *ledger.Ledger) string { return model.FormatDate(lg.AsOf) + "T00:00:00Z" }

type builder struct {
	f        *excelize.File
	st       *styles
	lg       *ledger.Ledger
	x        *model.Index
	lang     i18n.Lang
	meta     Meta
	footer   string
	tables   map[string]*tableRows // by sheet: the rows normalize writes; nil: excelize streams them all
	long     []longText            // texts too long for their rows, for the 全文 sheet
	longAt   map[string]int        // their numbers (from 1) by text
	fullDone bool                  // the 全文 sheet is written: no more marks
}

func (b *builder) t(zh, en string) string { return b.lang.Pick(zh, en) }

// pctValue is a progress cell: a fraction shown as a percentage, or —
// when there is none (未报).
func pctValue(f float64, ok bool) any {
	if !ok {
		return "—"
	}
	return fraction(f)
}

// fraction is a progress (0–100, shown to one decimal) as the fraction a
// percentage cell holds: 78.8 is 0.788, not 78.8/100, whose nearest
// double reads 0.7879999999999999 in the formula bar.
func fraction(f float64) float64 { return math.Round(f*10) / 1000 }

// taskProgress is a task's progress cell: with the share of its units it
// stands for when that is fewer than all (100.0%（1/10）), — when none.
func (b *builder) taskProgress(r *ledger.TaskRow) any {
	if note := render.Coverage(r, b.lang); note != "" {
		return noted{fraction(r.Progress), note}
	}
	return pctValue(r.Progress, r.HasProgress)
}

// progressWidth is the width of a column of tasks' progress: a number
// (100.0%) and the longest coverage note beside it, so that no cell
// shows ###.
func (b *builder) progressWidth() float64 {
	w := 8
	for _, r := range b.lg.Tasks {
		w = max(w, 8+render.Width(render.Coverage(r, b.lang)))
	}
	return float64(w)
}

// pairProgress is a pair's progress cell: a carried value marked with the
// period it comes from (60.0%（沿用 2019Q2）), — for none (未报).
func (b *builder) pairProgress(p *ledger.Pair) any {
	if note := render.CarriedMark(p, b.lang); note != "" {
		return noted{fraction(p.Progress), note}
	}
	return pctValue(p.Progress, p.HasState())
}

// pairWidth is the width of a column of pairs' progress: a carried value
// with its note when there is one.
func (b *builder) pairWidth() float64 {
	w := 8
	for _, r := range b.lg.Tasks {
		for _, p := range r.Pairs {
			w = max(w, 8+render.Width(render.CarriedMark(p, b.lang)))
		}
	}
	return float64(w)
}

// rankValue is a rank cell: a number, or — for a unit not ranked.
func rankValue(u *ledger.UnitRow) any {
	if !u.Ranked() {
		return "—"
	}
	return u.Rank
}

func (b *builder) unitName(id string) string {
	if u := b.x.Registry.Unit(id); u != nil {
		return u.Name
	}
	return id
}

func (b *builder) light(l ledger.Light) lit { return lit{render.LightLabel(l, b.lang), l} }

func (b *builder) tasks(name string) (string, error) {
	cols := []column{
		{b.t("编号", "ID"), 5, center}, {b.t("章节", "Section"), 5, center}, {b.t("任务", "Task"), 24, text},
		{b.t("完成时限", "Due"), 10, center}, {b.t("单位数", "Units"), 6, number}, {b.t("已完成", "Done"), 6, number},
		{b.t("未报送", "Missing"), 6, number}, {b.t("进度", "Progress"), b.progressWidth(), percent}, {b.t("状态", "Status"), 7, center},
		{b.t("预警", "Light"), 5, lightK}, {b.t("预警原因", "Reasons"), 20, wrapped}, {b.t("未报送单位", "Units missing"), 23, wrapped},
	}
	// 责任领导, beside the task, where the notice named leaders.
	leaders := slices.ContainsFunc(b.lg.Tasks, func(r *ledger.TaskRow) bool { return len(r.Task.Leaders) > 0 })
	if leaders {
		cols = slices.Insert(cols, 3, column{b.t("责任领导", "Leaders"), 10, wrapped})
	}
	var rows [][]any
	for _, r := range b.lg.Tasks {
		var missing []string
		for _, u := range r.Missing {
			missing = append(missing, b.unitName(u))
		}
		row := []any{r.Task.ID, r.Task.Section, r.Task.Title, model.FormatDate(r.Due), r.Units, r.Done, len(r.Missing),
			b.taskProgress(r), render.TaskStatus(r, b.lang), b.light(r.Light), render.Reasons(r.Reasons, b.lang), b.names(missing, 4)}
		if leaders {
			row = slices.Insert(row, 3, any(strings.Join(r.Task.Leaders, b.t("、", ", "))))
		}
		rows = append(rows, row)
	}
	return b.table(name, cols, rows, 0, 0)
}

// units: the ranking, group by group when units.yaml ranks groups of like
// units apart (a first column names the group); in each, the ranked units,
// then those not ranked, then those that owe nothing (无需报送). The unit
// ids, last, are for the screen only.
func (b *builder) units(name string) (string, error) {
	cols := []column{
		{b.t("排名", "Rank"), 6, number}, {b.t("单位", "Unit"), 26, text},
		{b.t("负责任务", "Tasks"), 8, number}, {b.t("本期已报", "Reported"), 8, number}, {b.t("已完成", "Done"), 8, number},
		{b.t("平均进度", "Progress"), 9, percent}, {b.t("报送日期", "Submitted"), 11, center}, {b.t("报送情况", "Report"), 15, center},
		{b.t("未报送任务", "Tasks missing"), 34, wrapped}, {b.t("单位编号", "ID"), 16, text},
	}
	for _, u := range b.lg.Units {
		if !u.JudgedOn.IsZero() {
			// 2019-07-15（退回后重报，按首次报送 2019-07-04 计）: over lines.
			cols[6] = column{b.t("报送日期", "Submitted"), 14, wrapped}
			break
		}
	}
	groups := render.HasRankGroups(b.lg)
	if groups {
		cols = slices.Insert(cols, 0, column{b.t("排名分组", "Ranked among"), b.groupWidth(), center})
	}
	reviewing := b.lg.Reviewing // the office reviews reports: where each stands
	if reviewing {
		cols = slices.Insert(cols, len(cols)-2, column{b.t("审核", "Review"), 24, wrapped})
	}
	var rows [][]any
	for _, u := range b.lg.Units {
		row := []any{rankValue(u), u.Unit.Name, u.Tasks, u.Reported, u.Done, pctValue(u.Progress, u.HasProgress),
			render.SubmittedWords(u, b.lang), render.ReportState(u, b.lang), taskIDs(u.Missing), u.Unit.ID}
		if groups {
			row = slices.Insert(row, 0, any(render.RankGroup(u, b.lang)))
		}
		if reviewing {
			row = slices.Insert(row, len(row)-2, any(b.reviewCell(u)))
		}
		rows = append(rows, row)
	}
	unit := 1
	if groups {
		unit = 2
	}
	return b.table(name, cols, rows, len(cols)-1, unit)
}

// groupWidth is the width of the 排名分组 column: its longest group name,
// centred with room on both sides, so that no viewer draws a name against
// the border or cuts it (a fixed width fitted 各县（市、区）党委组织部 with
// nothing to spare, and a longer name would not have fitted).
func (b *builder) groupWidth() float64 {
	w := render.Width(b.t("排名分组", "Ranked among"))
	for _, u := range b.lg.Units {
		w = max(w, render.Width(render.RankGroup(u, b.lang)))
	}
	return float64(w + 4)
}

// taskIDs lists task ids so that a line breaks only between them: after
// "、" LibreOffice breaks anywhere, even inside a number; after ", " it
// does not.
func taskIDs(ids []string) string {
	return strings.Join(ids, ", ")
}

// reviewCell is where a unit's report stands with the office, with the
// reasons of a return.
func (b *builder) reviewCell(u *ledger.UnitRow) string {
	return strings.Join(append([]string{render.ReviewMark(u, b.lang)}, render.ReturnReasons(u, b.lang)...), "\n")
}

// details: every pair, task by task and in each the units in units.yaml
// order, with how it stands this period as a column: reported (已报送),
// not reported (未报送, its earlier value carried), done before and owing
// nothing (无需再报), never reported (从未报送, 未报). A carried value says
// the period it is from. The reasons for the lights are on 预警; the
// evidence each entry cites is named; where the office reviews reports, or
// a pair's due date was asked to move, a column says where the report and
// the extension stand.
func (b *builder) details(name string) (string, error) {
	units := map[string]*ledger.UnitRow{}
	for _, u := range b.lg.Units {
		units[u.Unit.ID] = u
	}
	// 本期报送 as wide as its longest value, 未报送（沿用 2019Q2）.
	stateWidth := 9
	for _, r := range b.lg.Tasks {
		for _, p := range r.Pairs {
			stateWidth = max(stateWidth, render.Width(b.pairState(p, units[p.Unit]))+2)
		}
	}
	cols := []column{
		{b.t("编号", "Task"), 5, center}, {b.t("任务", "Title"), 22, text}, {b.t("单位", "Unit"), 15, text},
		{b.t("本期报送", "This period"), float64(stateWidth), center}, {b.t("状态", "Status"), 6, center}, {b.t("进度", "Progress"), b.pairWidth(), percent},
		{b.t("进展情况", "Summary"), 24, wrapped}, {b.t("存在问题", "Problems"), 15, wrapped}, {b.t("下步计划", "Next steps"), 15, wrapped},
		{b.t("佐证材料", "Evidence"), 16, wrapped}, {b.t("预警", "Light"), 5, lightK},
	}
	reviewCol := b.lg.Reviewing || b.anyExtension()
	if reviewCol {
		cols = slices.Insert(cols, len(cols)-1, column{b.t("审核", "Review"), 20, wrapped})
	}
	notes := evidenceNotes(b.meta.Diags, b.lang)
	var rows [][]any
	for _, r := range b.lg.Tasks {
		pairs := append([]*ledger.Pair(nil), r.Pairs...)
		sort.SliceStable(pairs, func(i, j int) bool {
			return b.x.Registry.UnitIndex(pairs[i].Unit) < b.x.Registry.UnitIndex(pairs[j].Unit)
		})
		for _, p := range pairs {
			var summary, problems, next string
			if p.Entry != nil {
				summary, problems, next = p.Entry.Summary, p.Entry.Problems, p.Entry.Next
			}
			status := p.Status.Label(b.lang)
			if !p.HasState() {
				status = model.NotReported.Label(b.lang)
			}
			row := []any{r.Task.ID, r.Task.Title, b.unitName(p.Unit), b.pairState(p, units[p.Unit]), status, b.pairProgress(p),
				strings.TrimSpace(summary), strings.TrimSpace(problems), strings.TrimSpace(next), evidenceNames(p, notes), b.light(p.Light)}
			if reviewCol {
				row = slices.Insert(row, len(row)-1, any(b.pairReview(p, units[p.Unit])))
			}
			rows = append(rows, row)
		}
	}
	return b.table(name, cols, rows, 0, 0, 2)
}

// pairState says how a pair stands this period, for 明细; u is its unit's
// row (nil when none): a unit with only a draft is said to have one, as
// its row on 单位 says 草稿未报.
func (b *builder) pairState(p *ledger.Pair, u *ledger.UnitRow) string {
	draft := u != nil && u.Draft && !u.HasReport
	// A report the office returned, or one with errors, was sent and does
	// not count: its pairs are not "never reported" (probe 7). They are
	// 未报送 all the same, so that 明细's rows add up to the 未报送 of the
	// 任务 and 单位 sheets; whether a value is carried the 进度 cell says
	// (沿用 2019Q2), and the column stays narrow.
	switch {
	case (p.State == ledger.None || p.Missing) && u != nil && u.Returned:
		return b.t("未报送（已退回）", "not reported (returned)")
	case (p.State == ledger.None || p.Missing) && u != nil && u.Invalid:
		return b.t("未报送（文件有误）", "not reported (file has errors)")
	case p.State == ledger.None && draft:
		return b.t("从未报送（草稿未报）", "never reported (draft only)")
	case p.State == ledger.None:
		return b.t("从未报送", "never reported")
	case p.Reported:
		return b.t("已报送", "reported")
	case p.Missing:
		return b.t("未报送（沿用 "+p.EntryPeriod+"）", "not reported (from "+p.EntryPeriod+")")
	}
	return b.t("无需再报（沿用 "+p.EntryPeriod+"）", "done before (from "+p.EntryPeriod+")")
}

// evidenceNames are the files a pair's entry cites, one a line, each with
// what check found wrong with it (notes): a file never received read as
// one there (walk 8).
func evidenceNames(p *ledger.Pair, notes map[string]string) string {
	if p.Entry == nil {
		return ""
	}
	file := "reports/" + p.EntryPeriod + "/" + p.Unit + ".yaml"
	lines := make([]string, len(p.Entry.Evidence))
	for i, ref := range p.Entry.Evidence {
		lines[i] = ref.Value + notes[evidenceKey(file, ref.Pos)]
	}
	return strings.Join(lines, "\n")
}

func evidenceKey(file string, at model.Pos) string {
	return fmt.Sprintf("%s:%d:%d", file, at.Line, at.Col)
}

// evidenceNotes are, by the place of the name in its report, what check
// found wrong with a cited evidence file: not received, or refused (its
// name, size or content).
func evidenceNotes(diags []diag.Diagnostic, lang i18n.Lang) map[string]string {
	out := map[string]string{}
	for _, d := range diags {
		switch d.Rule {
		case diag.EvidenceMissing:
			out[evidenceKey(d.File, d.Pos)] = lang.Pick("（未收到）", " (not received)")
		case diag.EvidencePath, diag.EvidenceTooLarge, diag.EvidenceType:
			out[evidenceKey(d.File, d.Pos)] = lang.Pick("（文件不符合要求）", " (refused by check)")
		}
	}
	return out
}

// anyExtension says whether some pair has an extension asked or decided.
func (b *builder) anyExtension() bool {
	for _, r := range b.lg.Tasks {
		for _, p := range r.Pairs {
			if render.ExtensionWords(p.Extension, b.lang) != "" {
				return true
			}
		}
	}
	return false
}

// pairReview is where a pair's report stands with the office (for a pair
// reported this period, or one of a unit whose report the office
// returned, which therefore does not count: 已退回, with the reasons given
// for the task) and where its extension stands.
func (b *builder) pairReview(p *ledger.Pair, u *ledger.UnitRow) string {
	var lines []string
	switch {
	case u == nil || !b.lg.Reviewing:
	case p.Reported:
		lines = append(lines, render.ReviewMark(u, b.lang))
	case u.Returned:
		lines = append(lines, render.ReviewMark(u, b.lang))
		if rv := u.Review.Review; rv != nil {
			var own []model.ReviewReason
			for _, rs := range rv.Reasons {
				if rs.Task != "" && model.TaskKey(rs.Task) == model.TaskKey(p.Task.ID) {
					own = append(own, rs)
				}
			}
			lines = append(lines, render.ReasonLines(own, b.lang)...)
		}
	}
	if w := render.ExtensionWords(p.Extension, b.lang); w != "" {
		lines = append(lines, w)
	}
	return strings.Join(lines, "\n")
}

// missing: the chase list (ledger.ChaseList), each unit with why it is
// chased, a contact to phone, the tasks it owes and what it must put
// right: the errors of its report, or the office's reasons for returning
// it. The unit ids, last, are for the screen only.
func (b *builder) missing(name string) (string, error) {
	cols := []column{
		{b.t("单位", "Unit"), 26, text}, {b.t("催报原因", "Why"), 15, center}, {b.t("联系人", "Contact"), 24, text},
		{b.t("未报任务数", "Missing"), 9, number}, {b.t("未报任务（编号）", "Tasks (IDs)"), 40, wrapped},
		{b.t("需改正", "To fix"), 36, wrapped}, {b.t("单位编号", "ID"), 16, text},
	}
	var rows [][]any
	for _, u := range ledger.ChaseList(b.lg) {
		rows = append(rows, []any{u.Unit.Name, render.ChaseLabel(u, b.lang), u.Contact, len(u.Missing), taskIDs(u.Missing),
			b.toFix(u), u.Unit.ID})
	}
	return b.table(name, cols, rows, len(cols)-1, 0)
}

// toFix is what a chased unit must put right: the office's reasons for
// returning its report, and the errors of its report file.
func (b *builder) toFix(u *ledger.UnitRow) string {
	lines := render.ReturnReasons(u, b.lang)
	if f := render.FixesText(render.UnitFixes(b.meta.Diags, u), b.lang); f != "" {
		lines = append(lines, f)
	}
	return strings.Join(lines, "\n")
}

// targets: each task's numeric targets (量化指标) against the actual, the
// sum of the units' values (DESIGN §2), and the share reached.
func (b *builder) targets(name string) (string, error) {
	cols := []column{
		{b.t("编号", "Task"), 5, center}, {b.t("任务", "Title"), 30, text}, {b.t("量化指标", "Target"), 24, text},
		{b.t("目标", "Goal"), 9, amountK}, {b.t("实际", "Actual"), 9, amountK}, {b.t("计量单位", "Unit"), 8, center},
		{b.t("完成比例", "Reached"), 9, percent},
	}
	carried := render.AnyCarried(b.lg)
	if carried {
		cols = append(cols, column{b.t("说明", "Note"), 30, wrapped})
	}
	var rows [][]any
	for _, g := range b.lg.Targets {
		share := any("—")
		if g.Target.Target != 0 {
			share = pctValue(100*g.Actual/g.Target.Target, true)
		}
		row := []any{g.Task.ID, g.Task.Title, g.Target.Name, g.Target.Target, g.Actual, g.Target.Unit, share}
		if carried {
			row = append(row, render.CarriedNote(g, b.lang))
		}
		rows = append(rows, row)
	}
	return b.table(name, cols, rows, 0, 0)
}

// warnings: red items before yellow, as ledger.Alerts orders them.
func (b *builder) warnings(name string) (string, error) {
	cols := []column{
		{b.t("预警", "Light"), 5, lightK}, {b.t("编号", "Task"), 5, center}, {b.t("任务", "Title"), 38, text},
		{b.t("单位", "Unit"), 24, text}, {b.t("进度", "Progress"), max(b.progressWidth(), b.pairWidth()), percent}, {b.t("原因", "Reasons"), 40, wrapped},
	}
	var rows [][]any
	for _, a := range ledger.Alerts(b.lg) {
		unit := b.t("（全部单位）", "(all units)")
		if a.Pair != nil {
			unit = b.unitName(a.Pair.Unit)
		}
		rows = append(rows, []any{b.light(a.Light), a.Task.Task.ID, a.Task.Task.Title, unit, b.alertProgress(a), render.Reasons(a.Reasons, b.lang)})
	}
	return b.table(name, cols, rows, 0, 1, 3)
}

func (b *builder) alertProgress(a ledger.Alert) any {
	if a.Pair == nil {
		return b.taskProgress(a.Task)
	}
	return b.pairProgress(a.Pair)
}
