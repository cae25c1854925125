package notice

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A table flattened one cell per line with nothing after the cells (as
// web pages copy): a header of column names, each on a line, then rows
// that start with the item's number (a 序号 cell, or 1. at the start of
// the task's cell), each other cell on a line of its own. Rows may miss a
// cell or have one more line than the header has columns: the cells are
// matched to the columns by what they hold (units, persons, dates).

var bareNumberRe = lazyRe(`^\d{1,3}\s*[.．、*＊]?$`)

// bareRows reads the rows of a bare flattened table from lines[i:] into out
// and returns where the table ends. Headings inside it stay lines.
func bareRows(lines []Line, i int, c *columns, out *[]item) int {
	if end, ok := groupedRows(lines, i, c, out); ok {
		return end
	}
	width := len(c.names)
	numbered := c.num >= 0 && c.num < width && numHead.MatchString(c.names[c.num])
	// A header naming a 序号 over rows that carry none, each opening with
	// its work's sentence (未来科技城要围绕…。 / 祝振伟 / 陈夏林 / 未来科技城):
	// a row starts at each such sentence, its cells placed by what they
	// hold, listed.
	sentences := numbered && i < len(lines) && !bareNumberRe.MatchString(trimLine(lines[i].Text)) && sentenceCell(trimLine(lines[i].Text))
	counted := 0 // rows numbered by their place
	if sentences {
		numbered = false
	}
	// A table of two columns, a unit's and its work's, whose rows carry no
	// number (相关部门 / 职责分工 / 区公安分局 / 维护考点周边安全…。): a row
	// starts at each line of its first column's kind followed by one of the
	// other's, numbered by its place, listed.
	paired := !numbered && pairedColumnsKind(c, lines, i)
	firstRow := i // a paired table's first row: its units are known ones
	last := 0     // the number of the last row read
	// startsAt says whether lines[k] starts a row. In a numbered table a
	// bare number starts one where it is the next number; one that goes
	// back never does (a target of 0 or 1 is a cell of its row), and one
	// that skips ahead (an extract's rows 3, 68, 69) only where the task's
	// text comes after it: a target of 42 before a unit's name is a cell.
	startsAt := func(k int) bool {
		t := trimLine(lines[k].Text)
		if paired {
			return pairedRowAt(c, lines, k, firstRow)
		}
		if sentences {
			return sentenceCell(t)
		}
		if !numbered {
			return taskRe.MatchString(t)
		}
		if !bareNumberRe.MatchString(t) {
			return false
		}
		v, _ := rowNumber(t)
		switch {
		case last > 0 && v == last+1 && pageNumberAt(lines, k, c, last, 0):
			return false
		case last == 0 || v == last+1:
			return true
		case v <= last:
			return false
		}
		next := ""
		if k+1 < len(lines) {
			next = trimLine(lines[k+1].Text)
		}
		// 830 / 南谯区: a figure before a place's cell, no row's number.
		return k+1 >= len(lines) || !unitList(next) && !bareNumberRe.MatchString(next) && !(utf8.RuneCountInString(next) <= 4 && placeEndRe.MatchString(next))
	}
	// The columns before the task's (牵头领导 | 重点工作 | …): a cell of
	// theirs stands on the lines before a row's task, on its first row only
	// where the cell is merged over the rows under it, which share it.
	var before []int
	if !numbered && c.content > 0 {
		for col := 0; col < c.content; col++ {
			if col == c.leaders || col == c.persons || isUnitColumn(c, col) {
				before = append(before, col)
			}
		}
	}
	var leadIn, merged []string
	grouped := false // a group's cell stood before a row's number
	for i < len(lines) {
		t := trimLine(lines[i].Text)
		if sectionRe.MatchString(t) || subRe.MatchString(t) {
			if width > 1 && i+2 < len(lines) && startsAt(i+1) && startsAt(i+2) {
				// A heading over items of one line each, no cell after
				// them (二、4月份清单之外其他重要工作完成情况 / 1、… / 2、…):
				// the table has ended.
				return i
			}
			*out = append(*out, item{line: lines[i]})
			leadIn, merged = nil, nil
			i++
			continue
		}
		if !startsAt(i) {
			if numbered && groupCellAt(lines, i, startsAt) {
				*out = append(*out, item{line: lines[i]})
				grouped = true
				i++
				continue
			}
			if len(leadIn) < len(before) && len([]rune(t)) <= 20 && !strings.ContainsAny(t, "。；") && i+1 < len(lines) &&
				(startsAt(i+1) || len(leadIn)+1 < len(before)) {
				leadIn = append(leadIn, t)
				i++
				continue
			}
			return i - len(leadIn)
		}
		if leadIn != nil {
			merged, leadIn = leadIn, nil
		}
		j := i + 1
		if numbered {
			last, _ = rowNumber(t)
		}
		// A row is some lines per column at most: a run past that is no
		// row (and is not searched to the end of the text again and again).
		for j < len(lines) && j-i <= 4*width+40 && !startsAt(j) && !sectionRe.MatchString(lines[j].Text) && !subRe.MatchString(lines[j].Text) && !endsTable(lines[j].Text) {
			j++
		}
		if grouped && j < len(lines) && j-i > width && groupCellAt(lines, j-1, startsAt) {
			// The next group's cell (激发市场活力) before the next row's
			// number, a line more than the columns: no cell of this row.
			j--
		}
		var cells []string
		var cellAt []int // the line of each cell, from i
		for k, l := range lines[i:j] {
			if numbered && k > 0 && pageNumberAt(lines, i+k, c, last, j-i) {
				continue // a PDF's page number between the row's cells
			}
			if len(cells) > 0 && spacedCellLine(lines[i:j], k) {
				// A cell's second paragraph, no blank line before it.
				cells[len(cells)-1] += CellBreak + trimLine(l.Text)
				continue
			}
			if numbered && len(cells) == c.content+1 && c.content < len(c.names) && headNoteRe.MatchString(squeezeSpace(c.names[c.content])) &&
				headNoteOnlyRe.MatchString(trimLine(l.Text)) {
				// 内城河 / (上水关-下水关) under 水体名称 / (起始边界): the
				// note the header's cell announces, on a line of its own.
				cells[len(cells)-1] += trimLine(l.Text)
				continue
			}
			if len(cells) > 0 && otherNameOf(cells[len(cells)-1], trimLine(l.Text)) {
				// 区发改局 / (区金融办): the unit's other name.
				cells[len(cells)-1] += trimLine(l.Text)
				continue
			}
			if c.field >= 0 && dashCellRe.MatchString(trimLine(l.Text)) {
				// An empty cell written as a dash (- under 2007 and 2010)
				// in a table of measures: no cell.
				continue
			}
			cells, cellAt = append(cells, trimLine(l.Text)), append(cellAt, k)
		}
		var upper []string // lines naming the upper list's lead (省牵头单位:省商务厅)
		for k := 0; k < len(cells); k++ {
			if k > 0 && upperLeadLineRe.MatchString(cells[k]) {
				upper = append(upper, cells[k])
				cells, cellAt = slices.Delete(cells, k, k+1), slices.Delete(cellAt, k, k+1)
				k--
			}
		}
		if paired {
			its, used := pairedRows(cells, cellAt, c, lines[i:])
			*out = append(*out, its...)
			if used < len(cells) {
				return i + cellAt[used] // a short line after the row's cells: the table has ended
			}
			i = j
			continue
		}
		// 2 / 新城镇 / 北塘村水厂扩建 / 县水利局 / (blank) / 3: a blank line
		// stands for the row's empty cell, in a table whose cells are on
		// lines one after the other.
		filled, _ := blankCells(lines, i, j, cells, cellAt, c, numbered)
		if filled == nil && !fits(cells, c, numbered) {
			// 1.根据《…》…。 / 2.对万达广场…: one cell's paragraphs.
			if joined, at := joinCellItems(cells, cellAt); joined != nil && fits(joined, c, numbered) {
				cells, cellAt = joined, at
			}
		}
		if groups, dashed := dashGroups(cells, boolInt(numbered)); filled == nil && groups != nil && (dashed || !fits(cells, c, numbered)) {
			// 1.提高孕产妇医疗保健水平。 / ——孕产妇死亡率… / 省卫生厅 /
			// ——孕产妇系统管理率… / 省卫生厅 / 省财政厅: each group of
			// sub-targets closed by unit cells of its own is a row.
			for _, g := range groups {
				*out = append(*out, groupRow(g, c, numbered, lines[i+cellAt[g.at]]))
			}
			i = j
			continue
		}
		whole := len(cells) // the cells of the row itself
		if c.field >= 0 && numbered && filled == nil {
			// In a table of measures, the row's own cells end at its
			// second measure's text: the measures after it are rows of
			// their own (measureRows), not cells of this one.
			seen := false
			for k := 1; k < len(cells); k++ {
				if measureCell(cells[k]) {
					if seen {
						whole = k
						break
					}
					seen = true
				}
			}
		}
		row, used := alignRow(cells[:whole], c, numbered)
		if filled != nil {
			row, used = filled, len(cells)
		}
		if sentences {
			// Numbered by their place, as the rows of a table with no
			// 序号 column are.
			counted++
			row[c.num] = strconv.Itoa(counted)
		}
		if len(upper) > 0 && c.content >= 0 && c.content < len(row) {
			// The province's lead for the task a city's row takes up is
			// no unit of the city's: a line of the row's text, kept.
			row[c.content] += CellBreak + strings.Join(upper, CellBreak)
		}
		for k, col := range before {
			if k < len(merged) {
				row[col] = merged[k]
			}
		}
		// More lines than the header has columns: which column took the
		// extra one is a guess.
		it := item{line: lines[i], row: row, guessed: sentences || used-1 > len(c.names)-1-boolInt(!numbered) && !unitsRunOn(row, c) || emptyUnitColumn(row, c), flat: numbered}
		if used < len(cells) && numbered && c.field >= 0 {
			// Measures under the row's number, each a text and the cells
			// after it (区卫生局 / - / -), its units or none (merged over
			// the rows above): each is a row of its own.
			if subs, at, ok := measureRows(cells[used:], c); ok {
				it.sub = 1
				*out = append(*out, it)
				for k, sub := range subs {
					sub[c.num] = row[c.num]
					*out = append(*out, item{line: lines[i+cellAt[used+at[k]]], row: sub, sub: k + 2, flat: true})
				}
				i = j
				continue
			}
		}
		if used < len(cells) && numbered {
			if sub, ok := subRow(cells[used:], c); ok {
				it.twoDue = mergeRow(row, sub, c)
				used = len(cells)
			}
		}
		*out = append(*out, it)
		if used < len(cells) {
			return i + used // what does not fit the columns ends the table
		}
		i = j
	}
	return i
}

// pairedColumnsKind reports whether a table of two columns, one of units
// and one of the work, whose header carries no 序号, has its first row at
// lines[i] as pairedRowAt reads rows, with no line numbered as a task.
func pairedColumnsKind(c *columns, lines []Line, i int) bool {
	if len(c.names) != 2 || !c.noNum || c.content < 0 || i+1 >= len(lines) || !pairedRowAt(c, lines, i, i) {
		return false
	}
	// 区教育局 / 1.负责… / 2.负责…: a unit's duties numbered in its cell.
	return !taskRe.MatchString(trimLine(lines[i].Text)) && (c.content == 1 || !taskRe.MatchString(trimLine(lines[i+1].Text)))
}

// pairedRowAt reports whether a row of a two-column table of units and
// work starts at lines[k]: the line fits the first column and the next the
// second, one naming units only and the other no unit list. Where the
// units come first, a unit's cell may take two or three lines (县交通运输局
// / 县公路事业发展中心), and past the table's first row (first) any short
// name is a unit's (县妇联, 团县委): the pairing is known by then.
func pairedRowAt(c *columns, lines []Line, k, first int) bool {
	if k+1 >= len(lines) {
		return false
	}
	a, b := trimLine(lines[k].Text), trimLine(lines[k+1].Text)
	if c.content == 0 {
		return unitList(b) && !unitList(a) && len([]rune(a)) > 6 && !sectionRe.MatchString(a) && !endsTable(a)
	}
	name := func(t string) bool {
		if k == first {
			return unitList(t)
		}
		return unitList(t) || len([]rune(t)) <= 20 && !strings.ContainsAny(t, "。，,；;：: \u3000") && !taskRe.MatchString(t) &&
			!sectionRe.MatchString(t) && !subRe.MatchString(t) && !endsTable(t) && unicode.Is(unicode.Han, []rune(t)[0]) &&
			looseBodyEndRe.MatchString(t) && !workVerbRe.MatchString(t)
	}
	if k > first && name(trimLine(lines[k-1].Text)) && !strings.ContainsAny(trimLine(lines[k-1].Text), "。；;") {
		return false // the second line of the unit's cell above
	}
	m := k
	for m < len(lines) && m < k+3 && name(trimLine(lines[m].Text)) {
		m++
	}
	if m == k || m >= len(lines) {
		return false
	}
	b = trimLine(lines[m].Text)
	return !unitList(b) && len([]rune(b)) > 6 && !sectionRe.MatchString(b) && !endsTable(b)
}

// looseBodyEndRe is how a body's name ends, known or not (县妇联, 团县委,
// 县总工会): a short line so ending stands for a unit in a paired table
// past its first row; 每季度报送一次工作进展 does not.
var looseBodyEndRe = lazyRe(`(?:联|会|委|办|局|中心|站|所|队|院|馆|社|团|处|科|股|部|室|组|政府|集团|公司|街道|镇|乡|村|社区)$`)

// pairedRows are the rows of a two-column table of units and work read
// from one unit's cells: the unit's cell on its side, the work's
// paragraphs on the other, as the header places them. Where the unit's
// cell comes first, the work's ends before a short line with no full stop
// (相关依据, 案 例: a part of the page after the table), and duties the
// cell numbers (1.负责… / 2.负责…) are a row each, the unit's. It returns
// the rows and how many cells they used; at holds each cell's line, from
// lines[0].
func pairedRows(cells []string, at []int, c *columns, lines []Line) ([]item, int) {
	if c.content == 0 {
		row := []string{strings.Join(cells[:len(cells)-1], CellBreak), cells[len(cells)-1]}
		return []item{{line: lines[0], row: row}}, len(cells)
	}
	units := 1 // the unit's cell may take two or three lines
	for units < len(cells)-1 && units < 3 && len([]rune(cells[units])) <= 20 && !strings.ContainsAny(cells[units], "。，,；;：:") && !taskRe.MatchString(cells[units]) &&
		(unitList(cells[units]) || looseBodyEndRe.MatchString(cells[units]) && !workVerbRe.MatchString(cells[units])) {
		units++
	}
	unit := strings.Join(cells[:units], "、")
	used := units + 1
	for used < len(cells) && (len([]rune(cells[used])) > 10 || strings.ContainsAny(cells[used], "。；;")) {
		used++
	}
	var out []item
	for k := units; k < used; k++ {
		if k == units || taskRe.MatchString(cells[k]) && taskRe.MatchString(cells[units]) {
			out = append(out, item{line: lines[at[k]], row: []string{unit, cells[k]}})
			continue
		}
		r := out[len(out)-1].row
		r[1] += CellBreak + cells[k]
	}
	if len(out) > 1 {
		for k := range out {
			out[k].row[1] = strings.TrimSpace(taskRe.ReplaceAllString(out[k].row[1], "$2"))
		}
	}
	return out, used
}

// upperLeadLineRe is a line under a row, after its own cells, naming who
// leads or answers for the task in the list above the one the table
// divides: 省牵头单位:省农业农村厅 under a city's units, 市牵头单位:… under a
// district's, 省牵头处室:….
var upperLeadLineRe = lazyRe(`^(?:国家|中央|省|省级|市|市级|县|县级|区级|上级)(?:牵头|责任|主责)(?:单位|部门|处室|科室)\s*[：:]`)

// upperLeadLinesOff is a task's text without its paragraphs naming the
// upper list's lead, which name no owner of this list.
func upperLeadLinesOff(text string) string {
	if !strings.Contains(text, "牵头") {
		return text
	}
	var kept []string
	for _, p := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || string(r) == CellBreak }) {
		if !upperLeadLineRe.MatchString(strings.TrimSpace(p)) {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n")
}

// sentenceCell is a table cell holding a sentence of work: long, and
// closed by a full stop.
func sentenceCell(s string) bool {
	return utf8.RuneCountInString(s) >= 15 && (strings.HasSuffix(s, "。") || strings.HasSuffix(s, "；")) && !unitList(s)
}

// dashGroup is a group of a goal's —— sub-targets and the unit cells that
// close it, as the cells of a row of its own.
type dashGroup struct {
	cells  []string
	at     int // the group's first cell in the row's cells
	sub    int // its place under the goal, 0 where the goal has one group
	parent string
}

// fits reports whether alignRow places all of a row's cells.
func fits(cells []string, c *columns, numbered bool) bool {
	_, used := alignRow(cells, c, numbered)
	return used == len(cells)
}

// groupRow is the row of a group of sub-targets (or of a goal with no
// sub-targets) and its units. Where the units are more than the columns
// take (省卫生厅 / 省人口计生委 / 省残联 / 省民政厅 under 主要责任单位 and
// 责任单位), all are the owners; where the table has two columns of units,
// which names stand in which is not known, and the row is listed.
func groupRow(g dashGroup, c *columns, numbered bool, l Line) item {
	k := boolInt(numbered) + 1
	row, used := alignRow(g.cells, c, numbered)
	if used == len(g.cells) {
		return item{line: l, row: row, flat: numbered, sub: g.sub, parent: g.parent,
			guessed: used-1 > len(c.names)-1-boolInt(!numbered) && !unitsRunOn(row, c)}
	}
	row, _ = alignRow(g.cells[:k], c, numbered)
	col, units := -1, 0
	for _, x := range []int{c.partners, c.partners2, c.lead, c.owners} {
		if x >= 0 && x < len(row) {
			col = x
			units++
		}
	}
	if col < 0 {
		return item{line: l, row: row, flat: numbered, sub: g.sub, parent: g.parent, guessed: true}
	}
	row[col] = strings.Join(g.cells[k:], "、")
	return item{line: l, row: row, flat: numbered, sub: g.sub, parent: g.parent, guessed: units > 1}
}

// dashGroups reads a flattened row whose task cell (cells[k]) is a goal
// followed by its —— sub-targets, each run of them closed by unit cells
// of its own (one unit a line): with two groups or more, each is a row of
// its own under the goal, titled by its first sub-target; with one, the
// goal is the row's text and its sub-targets its body. A goal with units
// and no sub-targets is one group, not dashed. It is nil where the row's
// cells are anything else.
func dashGroups(cells []string, k int) ([]dashGroup, bool) {
	var at []int
	var kept []string
	for i, c := range cells {
		if c != "" {
			kept, at = append(kept, c), append(at, i)
		}
	}
	if len(kept) < k+2 || dashCell(kept[k]) || !groupUnit(kept[len(kept)-1]) {
		return nil, false
	}
	if !dashCell(kept[k+1]) {
		// A goal with no sub-targets, its units one a line.
		for _, u := range kept[k+1:] {
			if dashCell(u) || !groupUnit(u) {
				return nil, false
			}
		}
		return []dashGroup{{cells: kept, at: at[k]}}, false
	}
	lead := kept[:k] // the 序号 cell of a numbered table
	var groups []dashGroup
	for i := k + 1; i < len(kept); {
		g := dashGroup{at: at[i]}
		var text, units []string
		for ; i < len(kept) && dashCell(kept[i]); i++ {
			text = append(text, strings.TrimLeft(kept[i], "—-－ "))
		}
		for ; i < len(kept) && !dashCell(kept[i]); i++ {
			if !groupUnit(kept[i]) {
				return nil, false
			}
			units = append(units, kept[i])
		}
		g.cells = append(append(slices.Clone(lead), strings.Join(text, CellBreak)), units...)
		groups = append(groups, g)
	}
	goal := kept[k]
	if len(groups) == 1 {
		g := groups[0]
		g.at = at[k]
		g.cells[k] = goal + CellBreak + g.cells[k]
		return []dashGroup{g}, true
	}
	number, parent := "", goal
	if m := taskRe.FindStringSubmatch(goal); m != nil && k == 0 {
		number, parent = strings.TrimSuffix(goal, m[2]), m[2]
	}
	parent = strings.TrimRight(parent, "。：:；; ")
	for n := range groups {
		groups[n].cells[k] = number + groups[n].cells[k]
		groups[n].sub, groups[n].parent = n+1, parent
	}
	return groups, true
}

// dashCell is a cell holding a sub-target: ——降低婴儿死亡率….
func dashCell(s string) bool { return strings.HasPrefix(s, "——") }

// groupUnit is a unit cell closing a group of sub-targets: a unit's name,
// or a short name written without its level or kind (省人口计生, 妇联).
func groupUnit(s string) bool {
	return unitList(s) || len([]rune(s)) <= 12 && isHanRun(s)
}

// changeRe starts a target that reads on from its indicator: 增长6%左右.
var changeRe = lazyRe(`^(增长|下降|达到|控制在|控制|提高|提升|降低|减少|保持|完成|新增|不低于|不高于|不超过|超过|突破|实现|力争)`)

// withTarget is the text of a row of a table of targets: the indicator and
// its value, read on where the value says how it changes (地区生产总值增长6%
// 左右), else the value under its heading on a line of its own.
// withField adds to a row's task text the field of work its row stands
// in (领域 | 具体措施 | …: 政务服务, a cell merged over its rows, given on
// the first): the field's words were lost before. A row with its field
// cell empty takes the last given.
func (c *columns) withField(content string, row []string) string {
	col := c.field
	if col < 0 {
		col = c.area
	}
	if col < 0 {
		return content
	}
	if v := strings.TrimSpace(strings.ReplaceAll(c.cell(row, col), CellBreak, "")); v != "" {
		c.lastField = v
	}
	if c.lastField == "" || strings.Contains(content, c.lastField) {
		return content
	}
	return content + "\n" + squeezeSpace(c.names[col]) + "：" + c.lastField
}

func (c *columns) withTarget(content string, row []string) string {
	v := strings.ReplaceAll(c.cell(row, c.target), CellBreak, "")
	switch {
	case v == "":
		return content
	case changeRe.MatchString(v):
		return content + v
	}
	return content + "\n" + squeezeSpace(c.names[c.target]) + "：" + v
}

// unitsRunOn reports whether a row's lines past its columns are units
// running on in the table's one unit column, one a line (县水务局 / 县住建局
// / 县护城河指挥部): no guess was made. Where a table has two unit columns
// (牵头单位, 责任单位), which of them a line belongs to is a guess.
func unitsRunOn(row []string, c *columns) bool {
	units := 0
	for _, col := range []int{c.lead, c.owners, c.partners, c.partners2} {
		if col < 0 || col >= len(row) {
			continue
		}
		units++
		if row[col] != "" && !unitList(row[col]) {
			return false
		}
	}
	return units == 1
}

// subRow reads the cells left after a numbered row as a second line of
// its work, under the same number in merged cells: a text of its own
// first, then cells that fit the columns after the text (开工建设老年大学。
// / 12月底前 under row 5's 县民政局).
func subRow(rest []string, c *columns) ([]string, bool) {
	first := rest[0]
	if len([]rune(first)) < 4 || unitList(first) || dateish.MatchString(first) && len([]rune(first)) < 12 {
		return nil, false
	}
	row, used := alignRow(append([]string{""}, rest...), c, true)
	return row, used == len(rest)+1
}

// measureCell is a measure's text in a table of measures: a sentence.
func measureCell(s string) bool {
	// A sentence that ends in 。 is a measure though its clauses end as
	// units' names do (成立…委员会,设立办公室,…).
	return len([]rune(s)) >= 8 && strings.ContainsAny(s, "。，,；;") && (strings.HasSuffix(s, "。") || !unitList(s)) && !dateish.MatchString(s)
}

// dashCellRe is a cell holding a dash alone: an empty cell.
var dashCellRe = lazyRe(`^[-－—–/／]$`)

// measureRows reads the cells left after a row of a table whose task
// column holds measures under a field (序号 | 任务 | 具体措施 | …) as more
// measures of that row: each a text of its own (a sentence), then the
// cells after it, which fit the columns after the task's. It gives the
// rows and where each starts in rest.
func measureRows(rest []string, c *columns) ([][]string, []int, bool) {
	measure := measureCell
	if len(rest) == 0 || !measure(rest[0]) {
		return nil, nil, false
	}
	var rows [][]string
	var at []int
	for a := 0; a < len(rest); {
		b := a + 1
		for b < len(rest) && !measure(rest[b]) {
			b++
		}
		row, used := alignRow(append([]string{""}, rest[a:b]...), c, true)
		if used != b-a+1 {
			return nil, nil, false
		}
		rows, at = append(rows, row), append(at, a)
		a = b
	}
	return rows, at, true
}

// mergeRow adds a row's second line of work to it: the text as a
// paragraph of its own, units to its units, a time limit after its time
// limit. It reports whether that line brought a time limit of its own.
func mergeRow(row, sub []string, c *columns) bool {
	for col, v := range sub {
		switch {
		case v == "" || col == c.num:
		case row[col] == "":
			row[col] = v
		case isUnitColumn(c, col):
			row[col] = joinCell(row[col], v)
		default:
			row[col] += CellBreak + v
		}
	}
	return c.due >= 0 && c.due < len(sub) && sub[c.due] != ""
}

// endsTable is a line that no table holds: the label of the next
// attachment (附件2, 附件：…), which starts a part of its own, or a note
// under the table (注：…).
func endsTable(s string) bool {
	t := trimLine(s)
	return markRe.MatchString(t) || attachRe.MatchString(t) || noteRe.MatchString(t)
}

// alignRow places a row's cells in the table's columns: the first is the
// number (where the table has a 序号 column) and then the task, or the task
// with its number; each other cell goes to the next column it fits, a
// column with no fitting cell stays empty, and units running on over two
// lines go to one column. It returns the row and how many cells it used.
func alignRow(cells []string, c *columns, numbered bool) ([]string, int) {
	row := make([]string, len(c.names))
	k := 0
	if numbered {
		row[c.num] = strings.TrimRight(cells[0], ".．、 ")
		k = 1
	} else {
		row[c.num] = ""
	}
	if numbered && c.content == c.num+2 && k+1 < len(cells) && fieldCell(cells[k]) && !fieldCell(cells[k+1]) &&
		(!nameColumnRe.MatchString(squeezeSpace(c.names[c.content])) || len(cells) >= len(c.names)) {
		// 序号 | 指标 | 工作任务: a short cell before the task's is the
		// row's field; where that cell is merged over the rows under it,
		// the task's comes straight after the number. Where the task's
		// column names it short (对标对象 | 对标项目 | 年度目标), a short
		// cell then a long one is the task and its target: the cell
		// before is there only in a row as wide as the header.
		row[c.num+1] = cells[k]
		k++
	}
	if numbered && c.field > c.num && c.field < c.content && k+1 < len(cells) && fieldCell(cells[k]) && !fieldCell(cells[k+1]) {
		// 序号 | 任务 | 项目 | 具体措施: the field's cell, the columns
		// between it and the measure's left empty.
		row[c.field] = cells[k]
		k++
	}
	if numbered && c.content > c.num+1 && len(cells) == len(c.names) && c.field < 0 && c.num == 0 {
		// 序号 | 所在乡镇 | 水体名称 | 治理措施 | 责任人 | 完成时限 with a
		// cell for each: columns stand before the work's, each cell in
		// its own.
		copy(row, cells)
		row[c.num] = strings.TrimRight(cells[0], ".．、 ")
		return row, len(cells)
	}
	if k < len(cells) {
		row[c.content] = cells[k]
		k++
	}
	cols := []int{}
	for col := range c.names {
		if col != c.num && col != c.content && col > c.content {
			cols = append(cols, col)
		}
	}
	// best[a][b]: the best score placing cells[k+a:] in cols[b:].
	rest := cells[k:]
	n, m := len(rest), len(cols)
	best := make([][]float64, n+1)
	move := make([][]int, n+1)
	for a := range best {
		best[a] = make([]float64, m+1)
		move[a] = make([]int, m+1)
	}
	for a := n; a >= 0; a-- {
		for b := m; b >= 0; b-- {
			switch {
			case a == n:
				best[a][b] = -0.5 * float64(m-b) // columns left empty
				move[a][b] = 0
			case b == m:
				best[a][b] = -1 * float64(n-a) // lines past the last column
				move[a][b] = 3
			default:
				fit := cellFit(rest[a], c, cols[b])
				// 1: the cell to this column, on to the next column;
				// 2: the cell to this column, which takes the next cell too;
				// 0: this column empty.
				best[a][b], move[a][b] = best[a][b+1]-0.5, 0
				if v := fit + best[a+1][b+1]; v >= best[a][b] {
					best[a][b], move[a][b] = v, 1
				}
				if a+1 < n && (isUnitColumn(c, cols[b]) || cols[b] == c.leaders || cols[b] == c.persons && surnamedCell(rest[a]) && surnamedCell(rest[a+1])) {
					if v := fit + best[a+1][b] - 0.25 - listOntoName(rest[a], rest[a+1]); v > best[a][b] && cellFit(rest[a+1], c, cols[b]) > 0 {
						best[a][b], move[a][b] = v, 2
					}
				}
			}
		}
	}
	a, b := 0, 0
	for a < n && b < m {
		switch move[a][b] {
		case 0:
			b++
		case 1:
			row[cols[b]] = joinCell(row[cols[b]], rest[a])
			a, b = a+1, b+1
		case 2:
			row[cols[b]] = joinCell(row[cols[b]], rest[a])
			a++
		default:
			return row, k + a
		}
	}
	return row, k + a
}

// fieldCell is a cell naming a field of work, short and no sentence
// (公共文化服务, 文化市场管理), as a table's category column holds.
func fieldCell(s string) bool {
	return len([]rune(s)) <= 12 && !strings.ContainsAny(s, "。，,；;：:、%％0123456789")
}

// nameColumnRe is a task column that names each task short: 对标项目, 项目
// 名称.
var nameColumnRe = lazyRe(`(?:项目|名称)$`)

// surnamedCell is a cell holding a person's name only, padded or not,
// opening with a surname (姚勇, 肖 扬): a second line of a 责任人 cell,
// where 已完成 is no name.
func surnamedCell(s string) bool {
	if r := []rune(strings.Join(strings.Fields(s), "")); len(r) == 2 && s != string(r) {
		return strings.ContainsRune(surnames, r[0])
	}
	return personShaped(s) || personLikeName(s)
}

func joinCell(cell, more string) string {
	if cell == "" {
		return more
	}
	return cell + "、" + more
}

func isUnitColumn(c *columns, col int) bool {
	return col == c.lead || col == c.owners || col == c.partners || col == c.partners2
}

var (
	personRe = lazyRe(`(省长|市长|州长|县长|区长|镇长|乡长|旗长|书记|主任|部长|主席|常委|委员|党组成员|局长|厅长|秘书长|同志|^\p{Han}[\s\x{3000}]{1,3}\p{Han}$|^\p{Han}{2,3}$)`)
	dateish  = lazyRe(`\d{4}\s*年|\d{1,2}\s*月|年底|年内|季度|上半年|下半年|长期|持续|全年|常态|\d{4}[.\-/]\d`)
)

// cellFit is how well a cell fits a column: positive when it holds what
// the column is for.
func cellFit(cell string, c *columns, col int) float64 {
	long := len([]rune(cell)) > 40 || strings.ContainsAny(cell, "。；")
	switch {
	case col == c.due:
		if dateish.MatchString(cell) && !long {
			return 3
		}
		if progressCellRe.MatchString(cell) {
			return 0 // 已完成 under 达标期限: the row's state where its time limit was
		}
		return -3
	case col == c.detail && col >= 0:
		if (unitCellText(cell) || sectionName(cell)) && !setUpRe.MatchString(cell) && !workVerbRe.MatchString(cell) {
			return -2 // 财务科 is no 具体要求
		}
		return 0
	case col == c.target:
		if strings.ContainsAny(cell, "0123456789%％") && !long {
			return 1
		}
		return 0
	case col == c.leaders || col == c.persons:
		if personRe.MatchString(cell) && !endsOrg(cell) && !bodyEndRe.MatchString(cell) && !long {
			return 2
		}
		return -2
	case isUnitColumn(c, col) || col == c.checkers || col == c.sections:
		switch {
		case figureLeadRe.MatchString(cell):
			// 88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢): a progress
			// cell, whatever its bracket lists.
			return -2
		case progressCellRe.MatchString(cell):
			return -3 // 已完成: a row's progress, no unit
		case unitList(cell) || respCell(cell) || unitsWithCell(cell) && !long:
			return 2 // (教育部会同有关部门: units working with others)
		case long || dateish.MatchString(cell):
			return -3
		case bodyEndRe.MatchString(cell) && !setUpRe.MatchString(cell) && !workVerbRe.MatchString(cell) || sectionName(cell):
			// 文化馆, 广电事业股, 执法大队, 财务科: a body however short,
			// no person's name.
			return 1
		case endsOrg(strings.TrimRight(cell, "等）)")) || strings.Contains(cell, "、") || Collective(cell) || placeTypeRe.MatchString(cell) || officeGroupRe.MatchString(cell) ||
			townNameRe.MatchString(cell) && utf8.RuneCountInString(cell) >= 3:
			// 万东镇: a town, though it reads as a person's name would.
			return 2
		case strings.ContainsAny(cell, "0123456789%％"):
			return -1 // a figure (增长6%) is no unit
		case personRe.MatchString(cell):
			return -1
		}
		return 0.5
	}
	return 0
}

// bodyEndRe is how the names of small bodies end, which a list's units
// below a county's bureaus are: a section (股), a hall (馆), a squad (队),
// a station (站), an office (所), a company (郙阁公司).
var bodyEndRe = lazyRe(`\p{Han}(?:股|馆|队|站|所|公司|集团|供销社|合作社|联社|报社)$`)

// figureLeadRe is a cell that opens with a percentage or is a bare
// figure: a progress or a target (88%(…推进缓慢), 95%, 98.4%), never units.
var figureLeadRe = lazyRe(`^\d+(?:\.\d+)?\s*[%％]|^\d+(?:\.\d+)?$`)

// unitList is a cell that names units, however long: names apart at 、
// and commas, each short, half of them at least the name of a body, and
// nothing else but a 。 at its end (区工信局、区住建局……,魏武国控集团。);
// or one such name with its 。 (区投资促进中心。).
func unitList(cell string) bool {
	parts := splitTop(strings.TrimRight(cell, "。；; "), "、，,；;")
	if len(parts) == 0 || strings.ContainsAny(strings.TrimRight(cell, "。；; "), "。") {
		return false
	}
	if len(parts) == 1 && len(strings.Fields(parts[0])) >= 3 {
		// 市委社会工作部 市广播电视台 市地震局 …: a cell of units apart by
		// single spaces.
		parts = strings.Fields(parts[0])
	}
	if len(parts) == 1 {
		return len([]rune(parts[0])) <= 20 && endsOrg(parts[0])
	}
	orgs := 0
	for _, p := range parts {
		if len([]rune(p)) > 20 {
			return false
		}
		if endsOrg(p) || Collective(p) || openNameRe.MatchString(p) || townNameRe.MatchString(p) {
			orgs++ // 新闸街道: a street's office
		}
	}
	return 2*orgs >= len(parts)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// respCellRe is a cell saying who leads and who helps: 法规和基金监管科牵头,
// 办公室配合; 办公室牵头,各科室按职责分工落实.
var respCellRe = lazyRe(`^[^，,。；;：:]{2,20}?(?:牵头|负责)(?:[，,、；;]\s*[^，,。；;：:]{2,30}?(?:配合|参与|协助|按职责分工落实|按职责落实|落实))?[。；;]?$`)

// respCell says a cell names who leads or answers for a row, and who
// helps, in a few words and no more.
func respCell(cell string) bool {
	return utf8.RuneCountInString(cell) <= 50 && respCellRe.MatchString(strings.TrimSpace(cell))
}

// progressCellRe is a cell telling how far a row's work has got: 已完成,
// 正在推进, 未完成.
var progressCellRe = lazyRe(`^(?:已完成|已经完成|完成|未完成|正在推进|推进中|进行中|持续推进中|已落实|正在落实|基本完成)[。.]?$`)

// blankCells reads a numbered row of a flattened table with fewer cells
// than the header has columns, in a table whose cells stand on lines one
// after the other, where a blank line stands between two cells (or after
// the last) once for each cell missing: each blank line is an empty cell,
// and the cells go in the columns by their place. Read as before, the
// cells after the empty one slid a column (a project's town became its
// task, its task an owner). lines[i:j] are the row's lines; ok is false
// where the row is not so.
func blankCells(lines []Line, i, j int, cells []string, cellAt []int, c *columns, numbered bool) ([]string, bool) {
	width := len(c.names)
	missing := width - len(cells)
	if !numbered || c.num != 0 || c.field >= 0 || missing <= 0 || missing > 2 || len(cells) < 3 || j-i != len(cells) {
		return nil, false
	}
	var gaps []int // the cell index each blank line stands before
	dense := 0
	for k := 1; k <= j-i; k++ {
		if i+k >= len(lines) {
			break
		}
		switch lines[i+k].N - lines[i+k-1].N {
		case 1:
			dense++
		case 2:
			gaps = append(gaps, k)
		default:
			if i+k < j {
				return nil, false
			}
		}
	}
	if len(gaps) != missing || dense < 2 {
		return nil, false
	}
	filled := make([]string, 0, width)
	g := 0
	for k, cell := range cells {
		for g < len(gaps) && gaps[g] <= cellAt[k] {
			filled = append(filled, "")
			g++
		}
		filled = append(filled, cell)
	}
	for ; g < len(gaps); g++ {
		filled = append(filled, "")
	}
	if filled[0] == "" || filled[c.content] == "" {
		return nil, false // the number or the work is never the empty cell
	}
	filled[c.num] = strings.TrimRight(filled[c.num], ".．、 ")
	return filled, true
}
