package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The walker's table rows: a row read under its header's columns (a
// heading in a merged row, a task, a row of a time and a unit alone), a
// table run together on one line and read from its rows' ends, a
// two-row header, and the neighbouring rows a row consults.

// row reads a table row: a header, a heading in a merged row, or a task.
func (w *walker) row(i int) {
	it := w.items[i]
	l, row := it.line, it.row
	if h := tableHeader(row); h != nil {
		if merged, ok := subHeader(row, w.items, i); ok {
			// 责任分工 | (merged) over 牵头单位 | 配合单位 on the row under
			// it: the header's columns are the second row's names.
			if mh := tableHeader(merged); mh != nil {
				h, row = mh, merged
				w.skip = 1
			}
		} else if named, spans, ok := emptyHeads(row, w.rowsBelow(i)); ok {
			// 责任单位 | (merged) | 完成时限, 牵头单位 | | 配合单位 over
			// 县农业农村局 | 李明 |: empty header cells named by the cells
			// under them.
			if sh := tableHeader(named); sh != nil {
				h, row = sh, named
				h.spans = spans
			}
		}
		h.unnamed = emptyColumns(row)
		w.finish()
		w.table, w.above, w.dueAbove = h, nil, piece{}
		delete(w.seq, kRow) // a new table numbers its rows anew
		w.n.tableHeads = append(w.n.tableHeads, l.N)
		if slices.ContainsFunc(row, func(c string) bool { _, ok := headLegendOff(squeezeSpace(c)); return ok && statesFirstLeads(c) }) {
			// 责任部门(排在第一位的为牵头部门): the header's note is the
			// rule of the rows under it.
			w.n.addRule(rule{kind: ruleFirstLeads, line: l.N, comma: strings.Contains(l.Text, "逗号")})
		}
		return
	}
	if one := strings.ReplaceAll(soleCell(row), CellBreak, ""); one != "" && (sectionRe.MatchString(one) || subRe.MatchString(one)) {
		// A heading in a merged row of the table.
		w.heading(Line{l.N, one})
		return
	}
	if w.table != nil && !w.table.noNum && len(row) >= 2 && hanNumeralRe.MatchString(strings.TrimSpace(row[0])) && !strings.Contains(row[1], "。") &&
		countCellsOnly(row[2:]) && w.arabicRowNext(i) {
		// 一 | 疫情防控信息公开 | (共2项 |): a section's row among rows
		// numbered 1, 2, its numeral in the 序号 cell, its name in the
		// next (a table numbering its tasks 一、二 has no such rows).
		w.heading(Line{l.N, strings.TrimSpace(row[0]) + "、" + strings.TrimSpace(row[1])})
		return
	}
	if w.table != nil {
		row = w.table.mergedLead(row)
		row = w.table.spanNote(row)
		row = w.table.mergedBeforeNum(row)
		row, short := w.table.shortRow(row)
		it.guessed = it.guessed || short
		row, shifted := w.table.shiftedRow(row)
		it.guessed = it.guessed || shifted
		for len(row) > len(w.table.names) && w.table.content == 0 && (sectionRe.MatchString(trimLine(row[0])) || subRe.MatchString(trimLine(row[0]))) {
			// 一、以公开助力… | (一)加强… | 1 | 进一步增强… | 市政府… | 持续推进 |
			// under 工作任务 | 具体要求 | 责任单位 | 时限要求: headings merged
			// over the rows under them, given on the first, before its
			// number.
			w.heading(Line{l.N, trimLine(row[0])})
			row = row[1:]
		}
		if d := w.table.detail; d >= 0 && w.table.noNum && bareNumberRe.MatchString(trimLine(w.table.cell(row, w.table.content))) && w.table.cell(row, d) != "" {
			// 1 | 进一步增强… |: the row's number stands in the 工作任务 cell,
			// its work in the 具体要求 one.
			row = slices.Clone(row)
			row[w.table.content], row[d] = trimLine(row[w.table.content])+"．"+row[d], ""
		}
		if d := w.table.detail; d >= 0 && w.table.content >= 0 && detailPointRe.MatchString(w.table.cell(row, d)) {
			// 一、做好财政信息公开。 | 1.积极推进… | 财务科 |, then 3.及时反馈…
			// | 各科室 | under it: the points numbered in the 具体要求 column
			// are the tasks, the 工作任务 over them a section's heading.
			if head := w.table.cell(row, w.table.content); head == "" || sectionRe.MatchString(head) {
				if head != "" {
					w.heading(Line{l.N, head})
				}
				row = slices.Clone(row)
				row[w.table.content], row[d] = row[d], ""
			}
		}
		num, ok := rowNumber(w.table.cell(row, w.table.num))
		content := w.table.cell(row, w.table.content)
		if ok && w.table.num != w.table.content && firstPointRe.MatchString(content) && !secondPointRe.MatchString(content) {
			// 1 | 四大功能区建设 | (1)老城复兴样板区要见成效,…: the cell's
			// one point's number is no part of the task's words (where
			// (2) follows, the points are read as sub-items).
			content = strings.TrimSpace(firstPointRe.ReplaceAllString(content, ""))
			row = slices.Clone(row)
			row[w.table.content] = content
		}
		m := taskRe.FindStringSubmatch(content)
		if ok && decimalHeadRe.MatchString(content) {
			// A decimal opening the cell of a row numbered in its own
			// cell (│ 1 │ 1.5万名教师…│) is the task's figure, not a
			// number before its words. With no number cell, 2.5万亩… is
			// the row's number as much as a figure: read as the number.
			m = nil
		}
		if m != nil && (!ok || w.table.num == w.table.content) {
			// The number stands in the task's cell: 1.主动对接国家战略….
			num, ok, content = atoi(m[1]), true, m[2]
		} else if m != nil && ok && atoi(m[1]) == 1 {
			// The row's first measure, numbered in its cell under the
			// row's own number (│ 1 │ 金水区 │1.新建绿地…│): the 1. is the
			// measure's, not the task's words.
			content = m[2]
		}
		if m := subRe.FindStringSubmatch(content); m != nil && !ok && w.table.noNum {
			// (三)做好财政信息公开。 in a table with no 序号 column: the
			// row's number, as the list it divides gives it, stands in
			// its task's cell.
			num, ok, content = chineseNumber(m[1]), true, m[2]
		}
		if !ok {
			num, ok = w.table.countedRow(row, content)
		}
		if ok && content != "" {
			w.startTask(num, w.table.withField(w.table.withTarget(w.table.withDetail(contentCell(content), row, w.rowAt(i-1), w.rowAt(i+1)), row), row), l.N)
			w.inSequence(kRow, num, l.N, false)
			w.cur.sub, w.cur.Parent = it.sub, it.parent
			w.cur.raw.resp = w.table.resp(row, l.N)
			for _, p := range w.cur.raw.resp {
				for _, part := range strings.Split(p.text, "、") {
					if qualifiedLabelRe.MatchString(strings.TrimSpace(part)) || respLineRe.MatchString(strings.TrimSpace(part)) {
						// 市牵头单位：市住建局 / 区责任单位：…: labels inside a
						// unit cell, whose levels the column does not say.
						w.cur.raw.cellLabels = true
					}
				}
			}
			if len(w.cur.raw.resp) == 0 && len(w.above) > 0 && !byBodyRe.MatchString(content) {
				// A row with no cell in any column of who answers for
				// it, under a row that has them: cells merged over the
				// rows, which a page's text gives on the first only.
				w.cur.raw.resp = slices.Clone(w.above)
				w.cur.raw.merged = true
			}
			if !w.cur.raw.merged && !it.ownCells && (w.table.leaders >= 0 || w.table.persons >= 0) {
				// A table flattened one cell to a line leaves out a cell
				// merged over the rows under it: a row naming its units
				// but no leader takes the leader of the row above, listed.
				// (A row naming a lead and no other units has none: its
				// units are not carried. Nor has a table whose persons
				// stand in its unit cells, 责任单位及责任人: no column of
				// theirs to merge.)
				for _, p := range w.above {
					if (p.label == "责任领导" || p.label == "责任人") && !slices.ContainsFunc(w.cur.raw.resp, func(q piece) bool { return q.label == p.label }) {
						w.cur.raw.resp = append(w.cur.raw.resp, p)
						w.cur.raw.carried = append(w.cur.raw.carried, p.label)
					}
				}
			}
			w.above = w.cur.raw.resp
			w.cur.raw.guessed, w.cur.raw.twoDue = it.guessed, it.twoDue
			w.cur.raw.unread = w.table.unreadCells(row)
			w.cur.raw.treeLead, w.cur.raw.treeNote, w.cur.raw.treeCut = it.treeLead, it.treeNote, it.treeCut
			if d := strings.ReplaceAll(w.table.cell(row, w.table.due), CellBreak, " "); d != "" {
				w.cur.raw.due = piece{d, l.N, FromColumn, w.table.label(w.table.due)}
				w.cur.raw.dueHead = squeezeSpace(w.table.names[w.table.due])
			} else if (w.cur.raw.merged || it.flat) && w.dueAbove.text != "" {
				// The time limit's cell merged over the rows too.
				w.cur.raw.due, w.cur.raw.mergedDue = w.dueAbove, true
			}
			w.dueAbove = w.cur.raw.due
			w.spannedCells(it.spanned)
			w.closed = true
			return
		}
		if w.timeAndUnitRow(row, l.N) {
			return
		}
	}
	w.finish()
	w.n.Unplaced = append(w.n.Unplaced, Line{l.N, strings.ReplaceAll(l.Text, CellBreak, " ")})
}

// unitCellText says a cell names units: a list of them, or one body's
// name however short (城投集团, 公共服务集团).
func unitCellText(s string) bool {
	return unitList(s) || utf8.RuneCountInString(s) <= 20 && !strings.ContainsAny(s, "，,。；;：:") && (endsOrg(s) || bodyEndRe.MatchString(s) || Collective(s) || officeGroupRe.MatchString(s))
}

// officeGroupRe is a group inside a bureau named with the bureau's or the
// level's word first: 局宣传科研组, 市创卫工作组.
var officeGroupRe = lazyRe(`^(?:局|委|市|县|区)\p{Han}{1,10}组$`)

// timeCellText says a cell gives a time and nothing more: 2021.8, 11月,
// 2021年11月, or a plan's time (计划10月底完成新增墓地建设); not work with a
// date before it (2026年6月底前建成智慧城管平台).
func timeCellText(s string) bool {
	if dateCellRe.MatchString(s) || numericCellRe.MatchString(s) {
		return true
	}
	return (strings.HasPrefix(s, "计划") || strings.HasPrefix(s, "预计")) && dateish.MatchString(s)
}

// numericCellRe is a time written with digits and dots: 2021.8, 2021.12.
var numericCellRe = lazyRe(`^\s*(?:19|20)\d{2}\s*[.．/-]\s*\d{1,2}(?:\s*[.．/-]\s*\d{1,2})?\s*$`)

// timeAndUnitRow reads a table row holding only a time and a unit under
// a task's row (2021.8 | 城投集团 | ||; 计划10月底完成新增墓地建设 | 公共服务集团):
// a second unit of the row above, the cells before them merged over both,
// with its own time. The unit joins the row's units under its column, the
// later time is the row's due, and the task is listed.
func (w *walker) timeAndUnitRow(row []string, line int) bool {
	var cells []string
	for _, c := range row {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	col := w.table.lead
	if col < 0 {
		col = w.table.owners
	}
	if w.cur == nil || !w.closed || len(cells) != 2 || col < 0 || w.table.due < 0 || !unitCellText(cells[1]) || !timeCellText(cells[0]) || taskRe.MatchString(cells[0]) {
		return false
	}
	w.cur.raw.resp = append(w.cur.raw.resp, piece{cells[1], line, FromColumn, w.table.label(col)})
	if d, ok := dueDate(cells[0], years{w.n.Year, w.n.issued}); ok && d.Year() > 1 {
		if cur, ok2 := dueDate(w.cur.raw.due.text, years{w.n.Year, w.n.issued}); !ok2 || d.After(cur) {
			w.cur.raw.due = piece{cells[0], line, FromColumn, w.table.label(w.table.due)}
		}
	}
	w.cur.raw.extraRow = line
	w.cur.raw.last = line
	return true
}

// joinedRows reads a line holding a task table whose header and rows a
// copy ran together with nothing between the cells (joinedTable): each
// row a task, its project's name the title, the cells between its text,
// its unit and persons under the header's last two columns, every field
// listed. It says whether the line was one.
func (w *walker) joinedRows(l Line) bool {
	unitCol, leaderCol, rows := joinedTable(l.Text)
	if rows == nil {
		return false
	}
	w.finish()
	if head := trimLine(l.Text[:joinedHeadRe.FindStringIndex(l.Text)[0]]); head != "" {
		// The text before the table's header (its title, the notice's
		// foot a copy ran on into it) is no row: shown as not placed.
		w.n.Unplaced = append(w.n.Unplaced, Line{l.N, head})
	}
	for _, r := range rows {
		w.startTask(r.num, r.name, l.N)
		if r.middle != "" {
			w.text.WriteString("\n" + r.middle)
		}
		w.cur.raw.resp = []piece{{r.unit, l.N, FromColumn, unitCol}, {splitJoinedNames(r.persons), l.N, FromColumn, leaderCol}}
		w.cur.raw.joined = true
		w.finish()
	}
	return true
}

// joinedUnitRows reads a line holding a task table with two columns of
// units, run together with nothing between the cells (joinedUnitsTable):
// each row a task, the headings between the rows sections, every field
// listed. It says whether the line was one.
func (w *walker) joinedUnitRows(i int) bool {
	l := w.items[i].line
	if !joinedUnitsHeadRe.MatchString(l.Text) {
		return false
	}
	head, cols, rows := joinedUnitsTable(l.Text)
	more := 0
	for k, text := i+1, l.Text; k < len(w.items) && w.kinds[k] == kText && k-i <= maxJoinedLines; k++ {
		// 市商务局,市 / 住建局、…3加强…: the table runs on on the next
		// lines (a preview's next page) while they read as its rows.
		text += w.items[k].line.Text
		h, c, r := joinedUnitsTable(text)
		if r == nil || len(r) < len(rows) {
			break
		}
		head, cols, rows, more = h, c, r, k-i
	}
	if rows == nil {
		return false
	}
	w.skip = more
	w.finish()
	head = trimLine(pageMarkRe.ReplaceAllString(head, ""))
	if m := leadColumnRe.FindStringIndex(head); m != nil && endsTitle(head[:m[0]]) {
		// …分解落实方案工作重点序号…: the header's first column (工作重点)
		// before 序号 is no part of the title over it.
		head = head[:m[0]]
	}
	if head != "" {
		// The text before the table's header (its title) is no row.
		if len(w.n.Tasks) == 0 && w.cur == nil && !w.started && len(w.titleLines) == 0 {
			w.titleLines = append(w.titleLines, head)
			w.titleAt = append(w.titleAt, Line{l.N, head})
		} else {
			w.n.Unplaced = append(w.n.Unplaced, Line{l.N, head})
		}
	}
	for _, r := range rows {
		for _, h := range r.headings {
			w.heading(Line{l.N, h})
		}
		w.startTask(r.num, r.text, l.N)
		w.cur.raw.resp = []piece{{r.first, l.N, FromColumn, cols[0]}}
		if r.other != "" && cols[1] == "" {
			w.cur.raw.resp[0].text += "、" + r.other
		} else if r.other != "" {
			w.cur.raw.resp = append(w.cur.raw.resp, piece{r.other, l.N, FromColumn, cols[1]})
		}
		w.cur.raw.joined = true
		w.finish()
	}
	return true
}

// leadColumnRe is a table's first column before its 序号, naming the
// field of the rows under it: 工作重点, 类别, 领域.
var leadColumnRe = lazyRe(`(?:工作重点|重点工作|类别|领域|工作领域|任务类别|项目类别)$`)

// maxJoinedLines bounds the lines a table run together runs on over.
const maxJoinedLines = 20

// unitParagraph says the line at i is a paragraph right under a section
// heading that is a unit's name alone (unitHeading), with no item under
// that heading: the unit's work is the paragraph, a task.
func (w *walker) unitParagraph(i int) bool {
	h := w.subH
	if h == nil {
		h = w.topH
	}
	t := trimLine(w.items[i].line.Text)
	if h == nil || h.used || h.line.N != w.items[i-1].line.N {
		return false
	}
	// 三、责任单位:交通运输局 / 汽车站洗手间水龙头不能正常使用: a heading
	// naming who answers, over its one problem, however short.
	if !h.owner && (unitHeading(h.sec.Title) == nil || !strings.Contains(t, "。")) {
		return false
	}
	if h.owner && (noProblem(t) || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") || namesResponsibility(t) || helperLineRe.MatchString(t)) {
		// 无。, 该局…已全部整改到位,予以表扬, 以下问题请于…整改到位:, 县财政局、
		// 城关镇人民政府配合。: no problem to put right, a lead-in, or who
		// helps.
		return false
	}
	if h.owner {
		w.paraOwner = h
	}
	if dutyOpenRe.MatchString(t) && !h.owner {
		// 一、县委宣传部 / 负责全县…: a member's standing duties, which
		// the office, not the import, calls tasks or not; under 五、责任
		// 分工 the plan gives each its part of the work (一)党政办 / 负责
		// 策划宣传造势…: the task.
		return false
	}
	for j := i + 1; j < len(w.items); j++ {
		switch w.kinds[j] {
		case kTop, kSub, kRow:
			return true
		case kNum, kParen, kCircle, kResp:
			return false
		}
	}
	return true
}

// noProblemRe is an inspection's word that a body has nothing to put
// right: 无。, 未发现问题, 已全部整改到位, 予以表扬.
var noProblemRe = lazyRe(`^(?:无|暂无|没有)[。.]?$|未发现|已全部整改|已整改到位|已于\S{0,12}完成整改|予以(?:表扬|肯定)|提出表扬|给予肯定|值得肯定|表现良好|^(?:以上|上述)(?:问题|事项|任务)`)

// noProblem says a line under an owner heading puts nothing right: it
// says so (noProblemRe) and goes on to no fault (…值得肯定,但候车室卫生差;
// …已于3月完成整改,但近期又出现反弹 are problems).
func noProblem(t string) bool {
	return noProblemRe.MatchString(t) && !problemAfterRe.MatchString(t)
}

// problemAfterRe is a turn to what is still wrong: 但, 仍, 又出现, 反弹, 以外.
var problemAfterRe = lazyRe(`但|仍|又出现|反弹|以外|之外`)

// subPointRe opens a line going on the problem above it: 其中东侧停车场最为
// 严重…, 具体表现为:….
var subPointRe = lazyRe(`^(?:其中|具体表现为|主要表现为|表现为|特别是|尤其是|包括)`)

// helperLineRe is a line naming only who helps: 县财政局、城关镇人民政府配合。
var helperLineRe = lazyRe(`^[^。；;]{2,60}(?:配合|协助|协办|参与)[。.]?$`)

// dutyOpenRe opens a statement of a body's standing duties: 负责…, 主要
// 职责：….
var dutyOpenRe = lazyRe(`^(?:负责|主要职责|职责)`)

// headingRespRe is a paragraph that says only who leads a section's work
// and who assists: 由省经贸委承办，省农业厅、卫生厅协办。
var headingRespRe = lazyRe(`^由(\p{Han}[^，,。；;]{1,40}?)(?:承办|主办|牵头)(?:负责)?[，,]([^。；;]{2,200}?)(?:协办|配合|参与)(?:负责)?(?:[。；;]|$)`)

// headingResp reads the paragraph l right under a section's heading at
// prev that says only who leads and who assists its work: the section's
// owners, for the items under it that name none or, where none does, for
// the heading as a task of its own (headingTask), as a bracket closing the
// heading would be.
// subHeader reads a table's header of two rows: a cell over two columns
// (责任分工, the one after it empty) and, on the row under it, the names of
// the columns it spans (牵头单位 | 配合单位), nothing else. It gives the
// header with those names in their columns, and whether there was one.
func subHeader(head []string, items []item, i int) ([]string, bool) {
	if i+1 >= len(items) || items[i+1].row == nil {
		return nil, false
	}
	var names []string
	for _, c := range items[i+1].row {
		if c = squeezeSpace(c); c != "" {
			if !isColumnName(c) {
				return nil, false
			}
			names = append(names, c)
		}
	}
	e := slices.IndexFunc(head, func(c string) bool { return strings.TrimSpace(c) == "" })
	if len(names) < 2 || e < 1 || strings.TrimSpace(head[e-1]) == "" {
		return nil, false
	}
	span := 1
	for e+span-1 < len(head) && strings.TrimSpace(head[e+span-1]) == "" {
		span++
	}
	if len(names) != span {
		return nil, false
	}
	out := slices.Clone(head)
	copy(out[e-1:], names)
	return out, true
}

// rowAt is the table row of item i, nil where it is none.
func (w *walker) rowAt(i int) []string {
	if i < 0 || i >= len(w.items) || w.kinds[i] != kRow {
		return nil
	}
	return w.items[i].row
}

// nonBodyLeadRunRe is an item opening with what is no unit answering for
// it (由市长办公会负责, 由市委书记负责), then the units leading and helping.
var nonBodyLeadRunRe = lazyRe(`^由([^由，,。；;：:]{2,16}?)(?:负责|主抓)[，,]\s*([^，,。；;：:]{2,40}?)牵头(?:[，,]\s*([^，,。；;：:]{2,80}?)(?:配合|协助|参与|协办))?[，,。；;]`)

// hanNumeralRe is a section's numeral alone in a cell: 一, 十二.
var hanNumeralRe = lazyRe(`^[一二三四五六七八九十]{1,3}$`)

// countCellRe is a cell counting a section's items: 共2项, 3项.
var countCellRe = lazyRe(`^(?:共|计)?\s*\d{1,3}\s*(?:项|个|件|条)$`)

// countCellsOnly says cells are empty or count items (共2项).
func countCellsOnly(cells []string) bool {
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" && !countCellRe.MatchString(c) {
			return false
		}
	}
	return true
}

// arabicRowNext says the next row of the table after item i numbers itself
// in digits (1 | …), as the rows under a section's row do.
func (w *walker) arabicRowNext(i int) bool {
	for j := i + 1; j < len(w.items); j++ {
		if r := w.items[j].row; len(r) > 0 {
			return bareNumberRe.MatchString(strings.TrimSpace(r[0])) && !hanNumeralRe.MatchString(strings.TrimSpace(r[0]))
		}
		if strings.TrimSpace(w.items[j].line.Text) != "" {
			return false
		}
	}
	return false
}

// detailPointRe is a point numbered at the head of a 具体要求 cell (1.积极
// 推进…, 2、及时…): a number and the point's words, not a figure or a date
// opening the text (6、9、12月…, 1.5万亩…, 10.1等节假日…).
var detailPointRe = lazyRe(`^\s*\d{1,2}\s*[.．、]\s*[^\d、.．月日号万亿千百个项%％\s]`)
