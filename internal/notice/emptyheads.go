package notice

import (
	"slices"
	"strings"

	"tally/internal/i18n"
)

// A header cell left empty names no column, but the cells under it hold
// something: a cell merged over two columns in the sheet, its name given
// once (牵头单位 | | 完成时限, 责任单位 | | |), or a column the clerk left
// unnamed at the header's end (… | 责任单位 | ). Before, only the first
// empty cell after a column of owners was read, as owners; the cells under
// any other were dropped and nothing was listed. Now each empty header cell
// is named by what the cells under it hold:
//
//	persons (李明, 副县长王刚)           责任领导
//	units, after a column of owners     owners too
//	units, after the lead's column      责任单位 (or 配合单位 beside one)
//
// and the cells of a column still unnamed are listed where they may be a
// field's (units, persons, a time, a lead's note), not dropped; notes,
// amounts and flags (续建, 1200, 是) are no task's field and are not.

// emptyHeads gives a header whose empty cells are named by the cells under
// them in the rows that follow (up to the next header), and whether it
// named any. spans gives, for each column so named after a column of units,
// that column.
func emptyHeads(head []string, below [][]string) (out []string, spans map[int]int, ok bool) {
	out = slices.Clone(head)
	ownersNamed := slices.ContainsFunc(head, func(c string) bool { return ownersHead.MatchString(squeezeSpace(c)) })
	partnersNamed := slices.ContainsFunc(head, func(c string) bool { return partnersHead.MatchString(squeezeSpace(c)) })
	for e := 1; e < len(head); e++ {
		if strings.TrimSpace(head[e]) != "" {
			continue
		}
		p := e - 1
		for p >= 0 && strings.TrimSpace(head[p]) == "" {
			p--
		}
		if p < 0 {
			continue
		}
		prev := squeezeSpace(head[p])
		persons, units := columnHolds(below, e)
		switch {
		case persons && !units:
			out[e] = "责任领导"
		case ownersHead.MatchString(prev):
			// 责任单位 | | 完成时限: the units' column spans two, each
			// holding units (王庄村 as much as 县财政局).
			out[e], spans = prev, spanOf(spans, e, p)
		case !units:
		case leadHead.MatchString(prev) && !partnersHead.MatchString(prev) && !ownersNamed:
			// 牵头单位 | | 完成时限: the lead's cell, then the units
			// answering with it.
			out[e], spans, ownersNamed = "责任单位", spanOf(spans, e, p), true
		case leadHead.MatchString(prev) && !partnersHead.MatchString(prev) && !partnersNamed:
			out[e], spans, partnersNamed = "配合单位", spanOf(spans, e, p), true
		}
	}
	return out, spans, !slices.Equal(out, head)
}

func spanOf(spans map[int]int, e, p int) map[int]int {
	if spans == nil {
		spans = map[int]int{}
	}
	spans[e] = p
	return spans
}

// columnHolds says what the cells of column col hold in the rows given:
// persons alone (李明, 副县长王刚), or units. A lead's note (牵头) is
// neither; a column holding anything else holds neither.
func columnHolds(rows [][]string, col int) (persons, units bool) {
	seen, people, orgs := 0, 0, 0
	for _, r := range rows {
		v := strings.TrimSpace(strings.ReplaceAll(cellAt(r, col), CellBreak, "、"))
		if v == "" || leadNoteRe.MatchString(v) {
			continue
		}
		seen++
		switch {
		case personsCell(v):
			people++
		case unitList(v) || unitNames(v):
			orgs++
		}
	}
	return seen > 0 && people == seen, seen > 0 && orgs == seen
}

func cellAt(row []string, col int) string {
	if col < 0 || col >= len(row) {
		return ""
	}
	return row[col]
}

// leadNoteRe is a cell saying the unit beside it leads: (牵头), 牵头.
var leadNoteRe = lazyRe(`^[（(]?牵头(?:单位|部门)?[）)]?$`)

// personsCell says a cell names persons alone, with or without their
// posts: 李明, 王刚、张伟, 副县长王刚, 县长助理李强.
func personsCell(v string) bool {
	parts := splitTop(v, "、，,；;")
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSuffix(strings.TrimSpace(p), "同志")
		if !isPersonName(p) && !postedPerson(p) {
			return false
		}
	}
	return true
}

// leaderPostNameRe is a person named after a leader's post: 副县长王刚,
// 县长助理李强, 常务副县长张伟, 镇党委书记王军. The name is group 1.
var leaderPostNameRe = lazyRe(`^(?:\p{Han}{1,4}常委、)?(?:[省市县区镇乡](?:委|党委|政府))?(?:分管|主管|常务)?副?(?:[省市县区镇乡]长(?:助理)?|书记|副书记|主任|主席|常委|秘书长|局长|[校院厅所站处科]长)(\p{Han}{2,3})$`)

// postedPerson says a name is a person's after a leader's post.
func postedPerson(p string) bool {
	m := leaderPostNameRe.FindStringSubmatch(squeezeSpace(p)) // 副县长 王刚
	if m != nil && isPersonName(m[1]) {
		return true
	}
	// 张伟副县长: the name first, then the post.
	loc := postAfterNameRe.FindStringSubmatchIndex(squeezeSpace(p))
	return loc != nil && loc[2] > 0 && isPersonName(squeezeSpace(p)[:loc[2]])
}

// emptyColumns gives the columns of a header left unnamed, past the first.
func emptyColumns(head []string) []int {
	var out []int
	for e := 1; e < len(head); e++ {
		if strings.TrimSpace(head[e]) == "" {
			out = append(out, e)
		}
	}
	return out
}

// spanNote moves a lead's note in a column spanned from a column of units
// (责任单位 | | over 县住建局 | (牵头)) onto that column's cell, where the
// owners' reading takes it: 县住建局(牵头).
func (c *columns) spanNote(row []string) []string {
	for e, p := range c.spans {
		if v := strings.TrimSpace(cellAt(row, e)); v != "" && leadNoteRe.MatchString(v) && strings.TrimSpace(cellAt(row, p)) != "" {
			row = slices.Clone(row)
			row[p] = strings.TrimSpace(row[p]) + "（牵头）"
			row[e] = ""
		}
	}
	return row
}

// unreadCells gives the texts in a row's columns the header leaves
// unnamed, which no field takes.
func (c *columns) unreadCells(row []string) []string {
	var out []string
	for _, e := range c.unnamed {
		if v := strings.TrimSpace(strings.ReplaceAll(cellAt(row, e), CellBreak, " ")); v != "" && (unitList(v) || unitNames(v) || personsCell(v) || dateishRe.MatchString(v) || strings.Contains(v, "牵头") || strings.Contains(v, "负责")) {
			// (A note, an amount or a yes or no is no field of a task's:
			// 续建, 1200, 是.)
			out = append(out, v)
		}
	}
	return out
}

// dateishRe is a cell that may be a time limit: 2023年6月底前, 三季度.
var dateishRe = lazyRe(`(?:19|20)\d{2}\s*年|\d{1,2}\s*月|年底|年内|季度|[一二三四]季|汛前|汛期|前完成|前完工`)

// reviewUnread lists a task whose row holds text under a header cell left
// empty: the text was read as nothing.
func (t *Task) reviewUnread(cells []string) {
	for _, v := range cells {
		t.review("owners", t.Line, i18n.F("表格这一行中，表头为空的一列写有“%s”，没有读入任何字段；请核对它是责任单位、时限还是备注",
			"this table row holds %q in a column whose header is empty; it was read into no field: check whether it names owners, a time limit or a remark", v))
	}
}

// rowsBelow gives the rows of the table under the header at item i, up to
// the next header (at most forty).
func (w *walker) rowsBelow(i int) [][]string {
	var out [][]string
	for j := i + 1; j < len(w.items) && len(out) < 40; j++ {
		r := w.items[j].row
		if len(r) == 0 {
			continue
		}
		if tableHeader(r) != nil {
			break
		}
		if !slices.ContainsFunc(r, func(c string) bool { return strings.TrimSpace(c) != "" && !isColumnName(c) }) {
			continue // the header's second line: column names under its merged cells
		}
		out = append(out, r)
	}
	return out
}

// emptyTail gives a | header at line i whose line ends in empty cells
// (… | 责任单位 | |) the cells of them the rows under it fill, empty; the
// header as it is where no row is wider.
func emptyTail(lines []Line, i int, head []string) []string {
	parts := strings.Split(strings.TrimPrefix(strings.TrimSpace(pipeSeps.Replace(lines[i].Text)), "|"), "|")
	trailing := 0
	for k := len(parts) - 1; k >= 0 && strings.TrimSpace(parts[k]) == ""; k-- {
		trailing++
	}
	width := len(head)
	for k := i + 1; k < len(lines) && k <= i+3 && trailing > 0; k++ {
		t := pipeSeps.Replace(lines[k].Text)
		if strings.Count(t, "|") < 2 {
			break
		}
		cells := splitCells(strings.TrimPrefix(strings.TrimSpace(t), "|"), "|")
		if !slices.ContainsFunc(cells, func(c string) bool { return c != "" && !isColumnName(c) }) {
			return head // the header's second line, naming the columns under its merged cells
		}
		if len(cells) > 0 && (sectionRe.MatchString(cells[0]) || subRe.MatchString(cells[0])) {
			continue // a section's heading before the row's number: a cell of no column
		}
		if len(cells) > len(head)+trailing {
			return head // wider than the header's empty cells: no such reading
		}
		width = max(width, len(cells))
	}
	return append(slices.Clone(head), make([]string, width-len(head))...)
}
