package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/render"
)

// Meta is what the workbook says about where its data came from.
type Meta struct {
	Title  string // the list's title
	Source string // the git commit, or words saying there is none
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
	f := excelize.NewFile()
	defer f.Close()
	names := sheetNames(lang)
	if err := f.SetSheetName("Sheet1", names[0]); err != nil {
		return err
	}
	for _, n := range names[1:] {
		if _, err := f.NewSheet(n); err != nil {
			return err
		}
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	b := &builder{f: f, st: st, lg: lg, x: x, lang: lang, meta: meta}
	b.footer = "&C&\"" + bodyFont + "\"&10" + lang.Pick("第 &P 页 共 &N 页", "Page &P of &N")
	if err := b.overview(names[0]); err != nil {
		return fmt.Errorf("%s: %w", names[0], err)
	}
	filters := map[string]filter{}
	for i, fn := range []func(string) (string, error){b.tasks, b.units, b.details, b.missing, b.warnings} {
		name := names[i+1]
		ref, err := fn(name)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		// Sheets are created in order, so the n-th is sheet<n>.xml.
		filters[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+2)] = filter{sheet: name, index: i + 1, ref: ref}
	}
	f.SetActiveSheet(0)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: meta.Title, Creator: "tally", Created: docTime(lg), Modified: docTime(lg), Language: lang.Pick("zh-CN", "en-US"),
	}); err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return err
	}
	return normalize(buf.Bytes(), filters, w)
}

// docTime stamps the document with the as-of date, never the clock, so
// the same data gives the same bytes.
func docTime(lg *ledger.Ledger) string { return model.FormatDate(lg.AsOf) + "T00:00:00Z" }

type builder struct {
	f      *excelize.File
	st     *styles
	lg     *ledger.Ledger
	x      *model.Index
	lang   i18n.Lang
	meta   Meta
	footer string
}

func (b *builder) t(zh, en string) string { return b.lang.Pick(zh, en) }

var quarterRe = regexp.MustCompile(`^(\d{4})[-_]?Q([1-4])$`)
var halfRe = regexp.MustCompile(`^(\d{4})[-_]?H([12])$`)
var monthRe = regexp.MustCompile(`^(\d{4})[-_]?M?(\d{2})$`)

// PeriodLabel reads a period id as people say it: 2019Q2 → 2019年第二季度.
func PeriodLabel(id string, lang i18n.Lang) string {
	if m := quarterRe.FindStringSubmatch(id); m != nil {
		q, _ := strconv.Atoi(m[2])
		return lang.Pick(m[1]+"年第"+[]string{"一", "二", "三", "四"}[q-1]+"季度", "Q"+m[2]+" "+m[1])
	}
	if m := halfRe.FindStringSubmatch(id); m != nil {
		return lang.Pick(m[1]+"年"+map[string]string{"1": "上半年", "2": "下半年"}[m[2]], "H"+m[2]+" "+m[1])
	}
	if m := monthRe.FindStringSubmatch(id); m != nil {
		if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 12 {
			return lang.Pick(fmt.Sprintf("%s年%d月", m[1], mo), fmt.Sprintf("%s-%02d", m[1], mo))
		}
	}
	return id
}

// pctValue is a progress cell: a fraction shown as a percentage, or —
// when there is none (未报).
func pctValue(f float64, ok bool) any {
	if !ok {
		return "—"
	}
	return ledger.Round1(f) / 100
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

// overview is the cover sheet: title, provenance, headline counts, the
// sections and a chart of their progress. It is small and written cell by cell.
func (b *builder) overview(name string) error {
	f, st, lg := b.f, b.st, b.lg
	fit := true
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	set := func(cell string, v any, style int) error {
		if err := f.SetCellValue(name, cell, v); err != nil {
			return err
		}
		return f.SetCellStyle(name, cell, cell, style)
	}
	for col, w := range []float64{14, 44, 12, 12, 14} {
		c, _ := excelize.ColumnNumberToName(col + 1)
		if err := f.SetColWidth(name, c, c, w); err != nil {
			return err
		}
	}
	title := b.meta.Title + b.t("落实情况汇总表", " — implementation summary") + b.t("（", " (") + PeriodLabel(lg.Period.ID, b.lang) + b.t("）", ")")
	if err := f.MergeCell(name, "A1", "E1"); err != nil {
		return err
	}
	if err := set("A1", title, st.title); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, float64(linesIn(title, 90))*24+6); err != nil {
		return err
	}
	t := lg.Totals
	info := [][2]any{
		{b.t("期次", "Period"), lg.Period.ID + b.t("（", " (") + model.FormatDate(lg.Period.Start) + b.t(" 至 ", " to ") + model.FormatDate(lg.Period.End) + b.t("）", ")")},
		{b.t("报送截止", "Reports due"), model.FormatDate(lg.Period.Due)},
		{b.t("统计截至", "As of"), model.FormatDate(lg.AsOf)},
		{b.t("数据版本", "Data"), b.meta.Source},
	}
	row := 3
	for _, kv := range info {
		if err := set(fmt.Sprintf("A%d", row), kv[0], st.label); err != nil {
			return err
		}
		if err := set(fmt.Sprintf("B%d", row), kv[1], st.label); err != nil {
			return err
		}
		row++
	}
	row++
	if err := set(fmt.Sprintf("A%d", row), b.t("总体情况", "Headline"), st.subtitle); err != nil {
		return err
	}
	row++
	counts := []struct {
		label string
		v     any
		k     kind
	}{
		{b.t("任务总数", "Tasks"), t.Tasks, number},
		{b.t("已完成", "Done"), t.Done, number},
		{b.t("推进中", "In progress"), t.InProgress, number},
		{b.t("未启动", "Not started"), t.NotStarted, number},
		{b.t("滞后", "Delayed"), t.Delayed, number},
		{b.t("未报", "Not reported"), t.NotReported, number},
		{b.t("平均进度（有报送的任务）", "Mean progress (tasks with reports)"), pctValue(t.Progress, t.HasProgress), percent},
		{b.t("红灯任务", "Red tasks"), t.Red, number},
		{b.t("黄灯任务", "Yellow tasks"), t.Yellow, number},
		{b.t("绿灯任务", "Green tasks"), t.Green, number},
		{b.t("责任单位", "Units"), t.Units, number},
		{b.t("应报单位", "Units that owe a report"), t.UnitsExpected, number},
		{b.t("已报送单位", "Units submitted"), t.UnitsReported, number},
		{b.t("报送率", "Submission rate"), pctValue(t.SubmissionRate()), percent},
		{b.t("草稿未报单位", "Units with a draft only"), t.UnitsDraft, number},
		{b.t("逾期单位", "Units late"), t.UnitsLate, number},
		{b.t("未报送（项次）", "Task reports missing"), t.Missing, number},
	}
	for _, c := range counts {
		if err := set(fmt.Sprintf("A%d", row), c.label, st.byKind[text]); err != nil {
			return err
		}
		if err := f.MergeCell(name, fmt.Sprintf("A%d", row), fmt.Sprintf("B%d", row)); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, fmt.Sprintf("B%d", row), fmt.Sprintf("B%d", row), st.byKind[text]); err != nil {
			return err
		}
		if err := set(fmt.Sprintf("C%d", row), c.v, st.byKind[c.k]); err != nil {
			return err
		}
		row++
	}
	row++
	if err := set(fmt.Sprintf("A%d", row), b.t("分章节情况", "By section"), st.subtitle); err != nil {
		return err
	}
	row++
	head := row
	for i, h := range []string{b.t("章节", "Section"), b.t("标题", "Title"), b.t("任务数", "Tasks"), b.t("已完成", "Done"), b.t("平均进度", "Progress")} {
		c, _ := excelize.CoordinatesToCellName(i+1, row)
		if err := set(c, h, st.head); err != nil {
			return err
		}
	}
	row++
	first := row
	for _, s := range lg.Sections {
		vals := []any{s.Section.ID, s.Section.Title, s.Tasks, s.Done, pctValue(s.Progress, s.HasProgress)}
		kinds := []kind{center, text, number, number, percent}
		for i, v := range vals {
			c, _ := excelize.CoordinatesToCellName(i+1, row)
			if err := set(c, v, st.byKind[kinds[i]]); err != nil {
				return err
			}
		}
		if err := f.SetRowHeight(name, row, float64(linesIn(s.Section.Title, 44))*lineHeight+3); err != nil {
			return err
		}
		row++
	}
	last := row - 1
	if len(lg.Sections) > 0 {
		zero, one := 0.0, 1.0
		ref := func(col string, a, z int) string { return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", name, col, a, col, z) }
		if err := f.AddChart(name, fmt.Sprintf("A%d", row+1), &excelize.Chart{
			Type:   excelize.Bar,
			Series: []excelize.ChartSeries{{Name: fmt.Sprintf("'%s'!$E$%d", name, head), Categories: ref("B", first, last), Values: ref("E", first, last)}},
			Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: b.t("各章节平均进度", "Mean progress by section"), Font: &excelize.Font{Family: titleFont}}}},
			Legend: excelize.ChartLegend{Position: "none"},
			// Sections read top to bottom, as in the table above.
			XAxis: excelize.ChartAxis{Font: excelize.Font{Family: bodyFont, Size: 9, Color: "000000"}, ReverseOrder: true},
			YAxis: excelize.ChartAxis{Font: excelize.Font{Family: bodyFont, Size: 9, Color: "000000"}, MajorGridLines: true,
				Minimum: &zero, Maximum: &one, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}},
			Dimension: excelize.ChartDimension{Width: 720, Height: uint(60 + 36*len(lg.Sections))},
			PlotArea:  excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0.0%"}},
		}); err != nil {
			return err
		}
	}
	return page(f, name, 0, b.footer)
}

func (b *builder) tasks(name string) (string, error) {
	cols := []column{
		{b.t("编号", "ID"), 7, center}, {b.t("章节", "Section"), 7, center}, {b.t("任务", "Task"), 34, text},
		{b.t("完成时限", "Due"), 12, center}, {b.t("责任单位数", "Units"), 10, number}, {b.t("已完成", "Done"), 9, number},
		{b.t("未报送", "Missing"), 9, number}, {b.t("进度", "Progress"), 9, percent}, {b.t("状态", "Status"), 9, center},
		{b.t("预警", "Light"), 7, lightK}, {b.t("预警原因", "Reasons"), 36, wrapped}, {b.t("未报送单位", "Units missing"), 40, wrapped},
	}
	var rows [][]any
	for _, r := range b.lg.Tasks {
		var missing []string
		for _, u := range r.Missing {
			missing = append(missing, b.unitName(u))
		}
		rows = append(rows, []any{r.Task.ID, r.Task.Section, r.Task.Title, model.FormatDate(r.Due), r.Units, r.Done, len(r.Missing),
			pctValue(r.Progress, r.HasProgress), render.TaskStatus(r, b.lang), b.light(r.Light), render.Reasons(r.Reasons, b.lang), strings.Join(missing, b.t("、", ", "))})
	}
	return table(b.f, b.st, name, cols, rows, b.footer)
}

func (b *builder) units(name string) (string, error) {
	cols := []column{
		{b.t("排名", "Rank"), 7, number}, {b.t("单位编号", "ID"), 16, text}, {b.t("单位", "Unit"), 30, text},
		{b.t("负责任务", "Tasks"), 10, number}, {b.t("本期已报", "Reported"), 10, number}, {b.t("已完成", "Done"), 9, number},
		{b.t("平均进度", "Progress"), 10, percent}, {b.t("报送日期", "Submitted"), 12, center}, {b.t("报送情况", "Report"), 16, center},
		{b.t("未报送任务", "Tasks missing"), 30, wrapped},
	}
	var rows [][]any
	for _, u := range b.lg.Units {
		rows = append(rows, []any{rankValue(u), u.Unit.ID, u.Unit.Name, u.Tasks, u.Reported, u.Done, pctValue(u.Progress, u.HasProgress),
			model.FormatDate(u.Submitted), render.ReportState(u, b.lang), strings.Join(u.Missing, b.t("、", ", "))})
	}
	return table(b.f, b.st, name, cols, rows, b.footer)
}

func (b *builder) details(name string) (string, error) {
	cols := []column{
		{b.t("任务编号", "Task"), 8, center}, {b.t("任务", "Title"), 24, text}, {b.t("单位", "Unit"), 22, text},
		{b.t("状态", "Status"), 9, center}, {b.t("进度", "Progress"), 9, percent}, {b.t("报送期次", "Reported in"), 10, center},
		{b.t("进展情况", "Summary"), 44, wrapped}, {b.t("存在问题", "Problems"), 30, wrapped}, {b.t("下步计划", "Next steps"), 30, wrapped},
		{b.t("预警", "Light"), 7, lightK}, {b.t("预警原因", "Reasons"), 30, wrapped},
	}
	var rows [][]any
	for _, r := range b.lg.Tasks {
		for _, p := range r.Pairs {
			var summary, problems, next, in string
			if p.Entry != nil {
				summary, problems, next, in = p.Entry.Summary, p.Entry.Problems, p.Entry.Next, p.EntryPeriod
			}
			switch {
			case p.State == ledger.None:
				in = b.t("未报", "never reported")
			case p.Missing:
				in = b.t("本期未报送（沿用 "+in+"）", "not reported (from "+in+")")
			case p.State == ledger.Carried:
				in = b.t("沿用 "+in, "from "+in)
			}
			progress := pctValue(p.Progress, p.HasState())
			rows = append(rows, []any{r.Task.ID, r.Task.Title, b.unitName(p.Unit), render.PairStatus(p, b.lang), progress, in,
				strings.TrimSpace(summary), strings.TrimSpace(problems), strings.TrimSpace(next), b.light(p.Light), render.Reasons(p.Reasons, b.lang)})
		}
	}
	return table(b.f, b.st, name, cols, rows, b.footer)
}

func (b *builder) missing(name string) (string, error) {
	cols := []column{
		{b.t("单位编号", "ID"), 16, text}, {b.t("单位", "Unit"), 30, text}, {b.t("报送情况", "Report"), 16, center},
		{b.t("未报任务数", "Missing"), 11, number}, {b.t("未报任务", "Tasks"), 60, wrapped},
	}
	var rows [][]any
	for _, u := range ledger.Missing(b.lg) {
		var tasks []string
		for _, id := range u.Missing {
			tasks = append(tasks, id+" "+b.x.Task(id).Title)
		}
		rows = append(rows, []any{u.Unit.ID, u.Unit.Name, render.ReportState(u, b.lang), len(u.Missing), strings.Join(tasks, b.t("；", "; "))})
	}
	return table(b.f, b.st, name, cols, rows, b.footer)
}

func (b *builder) warnings(name string) (string, error) {
	cols := []column{
		{b.t("预警", "Light"), 7, lightK}, {b.t("任务编号", "Task"), 8, center}, {b.t("任务", "Title"), 30, text},
		{b.t("单位", "Unit"), 26, text}, {b.t("进度", "Progress"), 9, percent}, {b.t("原因", "Reasons"), 50, wrapped},
	}
	var rows [][]any
	for _, a := range ledger.Alerts(b.lg) {
		unit := b.t("（全部单位）", "(all units)")
		if a.Pair != nil {
			unit = b.unitName(a.Pair.Unit)
		}
		rows = append(rows, []any{b.light(a.Light), a.Task.Task.ID, a.Task.Task.Title, unit, b.alertProgress(a), render.Reasons(a.Reasons, b.lang)})
	}
	return table(b.f, b.st, name, cols, rows, b.footer)
}

func (b *builder) alertProgress(a ledger.Alert) any {
	f, ok := a.Progress()
	return pctValue(f, ok)
}
