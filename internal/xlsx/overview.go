package xlsx

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/render"
)

// coverWidths are the cover's seven columns, in character units: together
// about the width of a portrait A4 page at full size.
var coverWidths = []float64{7, 36, 8, 8, 8, 8, 8}

// lastCol is the cover's last column.
var lastCol = len(coverWidths)

// coverRed is how many red tasks the cover lists; the rest are on 预警.
const coverRed = 8

// coverRedLines is how many lines of text the cover's table of red tasks
// may take, the first task whatever it takes: with the cover's other
// parts, what one page holds at full size.
const coverRedLines = 16

// coverNames is how many units not submitted the cover names.
const coverNames = 60

// overview is the hand-out: one portrait A4 page with the title, the
// headline figures, the red tasks with their reasons and units, the
// sections table and chart, the units not submitted, and a footnote saying
// where the data came from. It is small and written cell by cell.
type cover struct {
	*builder
	name string
	row  int
}

func (b *builder) overview(name string) error {
	f := b.f
	fit := true
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	for col, w := range coverWidths {
		c, _ := excelize.ColumnNumberToName(col + 1)
		if err := f.SetColWidth(name, c, c, w); err != nil {
			return err
		}
	}
	c := &cover{builder: b, name: name, row: 1}
	for _, step := range []func() error{c.title, c.headline, c.red, c.sections, c.chased, c.footnote} {
		if err := step(); err != nil {
			return err
		}
	}
	return b.page(name, layout{portrait: true, onePage: true})
}

// set writes a value with a style; text quotes the data, so controls and
// bidi overrides are made harmless (render.Safe) as in the brief.
func (c *cover) set(col, row int, v any, style int) error {
	cell, _ := excelize.CoordinatesToCellName(col, row)
	if s, ok := v.(string); ok {
		v = render.Safe(s)
	}
	if err := c.f.SetCellValue(c.name, cell, v); err != nil {
		return err
	}
	return c.f.SetCellStyle(c.name, cell, cell, style)
}

// line writes v across columns from..to of the current row, with a height
// for lines of text, and moves to the next row.
func (c *cover) line(from, to int, v string, style int, height float64) error {
	a, _ := excelize.CoordinatesToCellName(from, c.row)
	z, _ := excelize.CoordinatesToCellName(to, c.row)
	if from != to {
		if err := c.f.MergeCell(c.name, a, z); err != nil {
			return err
		}
	}
	if err := c.set(from, c.row, v, style); err != nil {
		return err
	}
	if err := c.f.SetCellStyle(c.name, a, z, style); err != nil {
		return err
	}
	if height > 0 {
		if err := c.setHeight(c.row, height); err != nil {
			return err
		}
	}
	c.row++
	return nil
}

func (c *cover) width(from, to int) float64 {
	w := 0.0
	for i := from - 1; i < to; i++ {
		w += coverWidths[i]
	}
	return w
}

// title: the list's title on the first line, what the sheet is and the
// period on the second; the dates below it.
func (c *cover) title() error {
	lg := c.lg
	second := c.t("落实情况汇总表", "Implementation summary") + c.t("（", " (") + render.PeriodLabel(lg.Period.ID, c.lang) + c.t("）", ")")
	title := second
	// A 15-point title takes about 1.4 character units a character.
	width := c.width(1, lastCol) / 1.4
	if c.meta.Title != "" {
		title = balanced(c.meta.Title, usableUnits(width)) + "\n" + second
	}
	lines := linesIn(title, width)
	if err := c.line(1, lastCol, title, c.st.title, float64(lines)*21+6); err != nil {
		return err
	}
	dates := c.t(fmt.Sprintf("本期 %s 至 %s　报送截止 %s　统计截至 %s", model.FormatDate(lg.Period.Start), model.FormatDate(lg.Period.End), model.FormatDate(lg.Period.Due), render.AsOfShort(lg, c.lang)),
		fmt.Sprintf("Period %s to %s · reports due %s · counted as of %s", model.FormatDate(lg.Period.Start), model.FormatDate(lg.Period.End), model.FormatDate(lg.Period.Due), render.AsOfShort(lg, c.lang)))
	// A 10-point line; the as-of date's note can take a second line
	// (…；截止日后报来的报送均已计入）, which a one-line row cut (probe 16, C2).
	if err := c.line(1, lastCol, dates, c.st.label, max(18, float64(linesIn(dates, c.width(1, lastCol)/0.8))*15+3)); err != nil {
		return err
	}
	return c.gap()
}

// headline: two rows of six figures, the tasks and the units.
func (c *cover) headline() error {
	t := c.lg.Totals
	if err := c.line(1, lastCol, c.t("一、总体情况", "1. Overall"), c.st.subtitle, 20); err != nil {
		return err
	}
	rate, hasRate := t.SubmissionRate()
	// Two rows of seven figures: the tasks by status (they add up to the
	// total) with the mean progress, and the units that owe the period a
	// report: submitted, not, late, the rate, and the reports missing.
	grids := [][]struct {
		label string
		v     any
		style int
	}{
		{
			{c.t("任务总数", "Tasks"), t.Tasks, c.st.figure}, {c.t("平均进度", "Mean progress") + render.MeanCoverage(t, c.lang), pctValue(t.Progress, t.HasProgress), c.st.figurePct},
			{c.t("已完成", "Done"), t.Done, c.st.figure}, {c.t("推进中", "In progress"), t.InProgress, c.st.figure},
			{c.t("未启动", "Not started"), t.NotStarted, c.st.figure}, {c.t("滞后", "Delayed"), t.Delayed, c.st.figure},
			{c.t("未报", "Not reported"), t.NotReported, c.st.figure},
		},
		{
			{c.t("应报单位", "Units due"), t.UnitsExpected, c.st.figure}, {c.t("报送率", "Submission rate"), pctValue(rate, hasRate), c.st.figurePct},
			{c.t("已报送", "Submitted"), t.UnitsSubmittedExpected, c.st.figure},
			{c.t("未报送", "Not submitted"), t.UnitsExpected - t.UnitsSubmittedExpected, c.st.figure},
			{c.t("逾期", "Late"), t.UnitsLate, c.st.figure}, {c.t("草稿未报", "Draft only"), t.UnitsDraft, c.st.figure},
			{c.t("未报项次", "Reports missing"), t.Missing, c.st.figure},
		},
	}
	for _, g := range grids {
		lines := 1
		for i, item := range g {
			lines = max(lines, linesIn(item.label, coverWidths[i]))
			if err := c.set(i+1, c.row, item.label, c.st.figureLabel); err != nil {
				return err
			}
			if err := c.set(i+1, c.row+1, item.v, item.style); err != nil {
				return err
			}
		}
		if err := c.setHeight(c.row, float64(lines)*14+4); err != nil {
			return err
		}
		if err := c.setHeight(c.row+1, 24); err != nil {
			return err
		}
		c.row += 2
	}
	if t.UnitsLate > 0 {
		// What 逾期 adds up from, as the summary and the brief say it, so
		// that it reconciles with the names on 未报送.
		late := c.t(fmt.Sprintf("逾期 %d：", t.UnitsLate), fmt.Sprintf("Late %d: ", t.UnitsLate)) + render.LateBreakdown(t.Late, false, c.lang)
		if err := c.line(1, lastCol, late, c.st.note, float64(linesIn(late, c.width(1, lastCol)/0.8))*12+4); err != nil {
			return err
		}
	}
	if r := render.ReviewTally(c.lg, c.lang); r != "" {
		if err := c.line(1, lastCol, r, c.st.note, float64(linesIn(r, c.width(1, lastCol)/0.8))*12+4); err != nil {
			return err
		}
	}
	// Report files named for no unit, which the figures leave out: the
	// workbook filed for the quarter says so, as summary does.
	if r := render.StrayNote(c.lg, "tally", c.lang); r != "" {
		if err := c.line(1, lastCol, r, c.st.note, float64(linesIn(r, c.width(1, lastCol)/0.8))*12+4); err != nil {
			return err
		}
	}
	return c.gap()
}

// red lists the red tasks first of all warnings, with the reasons and the
// units whose own items are red.
func (c *cover) red() error {
	t := c.lg.Totals
	if err := c.line(1, lastCol, c.t(fmt.Sprintf("二、红色预警任务（红色 %d 项，黄色 %d 项，详见“预警”表）", t.Red, t.Yellow),
		fmt.Sprintf("2. Red tasks (%d red, %d yellow; see Warnings)", t.Red, t.Yellow)), c.st.subtitle, 20); err != nil {
		return err
	}
	reds := ledger.RedTasks(c.lg)
	heads := []string{c.t("编号", "ID"), c.t("任务", "Task"), c.t("原因", "Reasons"), c.t("涉及单位", "Units")}
	spans := [][2]int{{1, 1}, {2, 2}, {3, 5}, {6, 7}}
	if err := c.rowOf(heads, spans, c.st.head); err != nil {
		return err
	}
	used := 0 // lines the table's rows take so far
	for i, r := range reds {
		row := []string{r.Task.Task.ID, r.Task.Task.Title, render.Reasons(r.Reasons, c.lang), c.redUnits(r)}
		lines := c.rowLines(row, spans)
		// At most coverRed tasks, and no more lines than the page has
		// room for beside the cover's other parts: at the year's end every
		// open task is red, each naming its units, and the one page was
		// shrunk to 40% to fit (walk 10).
		if i == coverRed || i > 0 && used+lines > coverRedLines {
			return c.afterTable(c.line(1, lastCol, c.t(fmt.Sprintf("另有 %d 项红色预警任务，见“预警”表。", len(reds)-i),
				fmt.Sprintf("%d more red tasks on the Warnings sheet.", len(reds)-i)), c.st.byKind[text], 18))
		}
		used += lines
		if err := c.rowOf(row, spans, c.st.byKind[text]); err != nil {
			return err
		}
	}
	return c.afterTable(nil)
}

// redUnits names a red task's units whose own items are red, at most
// three on the cover, and how many of them stand by an entry carried from
// an earlier report, and the units that have not reported this period
// (their full list is on 预警).
func (c *cover) redUnits(r ledger.RedTask) string {
	var units []string
	carried := 0
	for _, p := range r.Pairs {
		units = append(units, c.unitName(p.Unit))
		if p.State == ledger.Carried {
			carried++
		}
	}
	who := c.names(units, 3)
	if carried > 0 {
		if len(units) == 1 {
			who += render.CarriedMark(r.Pairs[0], c.lang)
		} else {
			who += c.t(fmt.Sprintf("（其中沿用此前报送 %d 个）", carried), fmt.Sprintf(" (%d of them carried from an earlier report)", carried))
		}
	}
	if n := len(r.Unreported); n > 0 {
		if who != "" {
			who += c.t(fmt.Sprintf("；另有本期未报送 %d 个", n), fmt.Sprintf("; %d more not reported this period", n))
		} else {
			who = c.t(fmt.Sprintf("本期未报送 %d 个", n), fmt.Sprintf("%d not reported this period", n))
		}
	}
	return who
}

// rowLines is how many lines rowOf makes the row of values tall.
func (c *cover) rowLines(values []string, spans [][2]int) int {
	lines := 1
	for i, v := range values {
		lines = max(lines, linesIn(v, c.width(spans[i][0], spans[i][1])))
	}
	return lines
}

func (c *cover) afterTable(err error) error {
	if err != nil {
		return err
	}
	return c.gap()
}

// gap leaves a thin empty row between the cover's parts.
func (c *cover) gap() error {
	c.row++
	return c.setHeight(c.row-1, 8)
}

// rowOf writes one table row whose cells span columns, tall enough for the
// longest text.
func (c *cover) rowOf(values []string, spans [][2]int, style int) error {
	lines := 1
	for i, v := range values {
		a, _ := excelize.CoordinatesToCellName(spans[i][0], c.row)
		z, _ := excelize.CoordinatesToCellName(spans[i][1], c.row)
		if spans[i][0] != spans[i][1] {
			if err := c.f.MergeCell(c.name, a, z); err != nil {
				return err
			}
		}
		if err := c.set(spans[i][0], c.row, v, style); err != nil {
			return err
		}
		if err := c.f.SetCellStyle(c.name, a, z, style); err != nil {
			return err
		}
		lines = max(lines, linesIn(v, c.width(spans[i][0], spans[i][1])))
	}
	if err := c.setHeight(c.row, float64(lines)*lineHeight+3); err != nil {
		return err
	}
	c.row++
	return nil
}

// sections: the table, kept whole on the page, and the chart of its progress.
func (c *cover) sections() error {
	lg := c.lg
	if err := c.line(1, lastCol, c.t("三、分章节情况", "3. By section"), c.st.subtitle, 20); err != nil {
		return err
	}
	head := c.row
	spans := [][2]int{{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 7}}
	if err := c.rowOf([]string{c.t("章节", "Section"), c.t("标题", "Title"), c.t("任务数", "Tasks"), c.t("已完成", "Done"), c.t("平均进度", "Progress")}, spans, c.st.head); err != nil {
		return err
	}
	first := c.row
	for _, s := range lg.Sections {
		vals := []any{s.Section.ID, s.Section.Title, s.Tasks, s.Done, pctValue(s.Progress, s.HasProgress)}
		kinds := []kind{center, text, number, number, percent}
		for i, v := range vals {
			if err := c.set(spans[i][0], c.row, v, c.st.byKind[kinds[i]]); err != nil {
				return err
			}
		}
		e, _ := excelize.CoordinatesToCellName(5, c.row)
		z, _ := excelize.CoordinatesToCellName(lastCol, c.row)
		if err := c.f.MergeCell(c.name, e, z); err != nil {
			return err
		}
		if err := c.f.SetCellStyle(c.name, e, z, c.st.byKind[percent]); err != nil {
			return err
		}
		if err := c.setHeight(c.row, float64(linesIn(s.Section.Title, coverWidths[1]))*lineHeight+3); err != nil {
			return err
		}
		c.row++
	}
	lastRow := c.row - 1
	if len(lg.Sections) == 0 {
		return c.gap()
	}
	zero, one := 0.0, 1.0
	ref := func(col string, a, z int) string { return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", c.name, col, a, col, z) }
	height := 44 + 22*len(lg.Sections)
	if err := c.gap(); err != nil {
		return err
	}
	if err := c.f.AddChart(c.name, fmt.Sprintf("A%d", c.row), &excelize.Chart{
		Type:   excelize.Bar,
		Series: []excelize.ChartSeries{{Name: fmt.Sprintf("'%s'!$E$%d", c.name, head), Categories: ref("B", first, lastRow), Values: ref("E", first, lastRow)}},
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.t("各章节平均进度", "Mean progress by section"), Font: &excelize.Font{Family: titleFont, Size: 11}}}},
		Legend: excelize.ChartLegend{Position: "none"},
		// Sections read top to bottom, as in the table above.
		XAxis: excelize.ChartAxis{Font: excelize.Font{Family: bodyFont, Size: 9, Color: "000000"}, ReverseOrder: true},
		YAxis: excelize.ChartAxis{Font: excelize.Font{Family: bodyFont, Size: 9, Color: "000000"}, MajorGridLines: true,
			Minimum: &zero, Maximum: &one, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}},
		Dimension: excelize.ChartDimension{Width: uint(c.width(1, lastCol) * 7.2), Height: uint(height)},
		PlotArea:  excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0.0%"}},
	}); err != nil {
		return err
	}
	// The chart floats over the rows from here on, anchored to them as
	// excelize counts rows (about 18 px); give them a known height and
	// leave them free, with a row to spare.
	rows := (height+17)/18 + 1
	for i := 0; i < rows; i++ {
		if err := c.setHeight(c.row+i, 15); err != nil {
			return err
		}
	}
	c.row += rows
	return nil
}

// chased names the units of the chase list (ledger.ChaseList, as the 未报送
// sheet lists them with contacts), counted and grouped by why they are
// chased, in one wrapped paragraph naming at most coverNames of them.
func (c *cover) chased() error {
	units := ledger.ChaseList(c.lg)
	head := c.t("四、需催报的单位（无）", "4. Units to chase (none)")
	if len(units) > 0 {
		head = c.t(fmt.Sprintf("四、%s，联系人见“未报送”表", render.ChaseHeadline(c.lg, units, c.lang)),
			fmt.Sprintf("4. %s; contacts on the Missing sheet", render.ChaseHeadline(c.lg, units, c.lang)))
	}
	if err := c.line(1, lastCol, head, c.st.subtitle, float64(linesIn(head, c.width(1, lastCol)/1.2))*18+2); err != nil {
		return err
	}
	text, left := c.t("无。", "None."), coverNames
	if len(units) > 0 {
		var groups []string
		for _, n := range ledger.CountChase(units) {
			var names []string
			for _, u := range units {
				if n.Has(u) {
					name := u.Unit.Name
					if n.Reason == ledger.ChaseIncomplete {
						name += c.t("（漏报 "+taskIDs(u.Missing)+"）", " (left out: "+taskIDs(u.Missing)+")")
					}
					names = append(names, name)
				}
			}
			shown := max(min(len(names), left), 1)
			left -= shown
			groups = append(groups, render.ChaseReasonLabel(c.lg, n, c.lang)+c.t("：", ": ")+c.names(names, shown))
		}
		text = strings.Join(groups, c.t("；", "; ")) + c.t("。", ".")
	}
	if err := c.line(1, lastCol, text, c.st.byKind[wrapped], float64(linesIn(text, c.width(1, lastCol)))*lineHeight+3); err != nil {
		return err
	}
	return c.gap()
}

// footnote says where the numbers came from, small, at the foot.
func (c *cover) footnote() error {
	text := c.t("数据来源：", "Data: ") + c.meta.Source + c.t("；统计截至 ", "; counted as of ") + render.AsOfShort(c.lg, c.lang) + c.t("；由 tally 生成。", "; made by tally.")
	return c.line(1, lastCol, text, c.st.note, 14)
}

// names spells out up to max names; a longer list says how many in all.
func (b *builder) names(names []string, max int) string {
	sep := b.t("、", ", ")
	if len(names) <= max {
		return strings.Join(names, sep)
	}
	return b.t(fmt.Sprintf("共 %d 个：", len(names)), fmt.Sprintf("%d in all: ", len(names))) + strings.Join(names[:max], sep) + b.t("等", " and others")
}

// setHeight sets a row's height, at most the 409 points Excel allows: a
// title or a unit name long enough to need more is cut on the cover (the
// other sheets print it whole), where asking for more failed the export.
func (c *cover) setHeight(row int, height float64) error {
	return c.f.SetRowHeight(c.name, row, math.Min(maxRowHeight, height))
}
