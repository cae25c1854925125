package notice

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stage 2, tables: a table whatever its drawing — .docx rows (cells split
// by tabs), rows written with | or box characters, tables flattened one
// cell per line (with " |" after each cell or not) — becomes rows of
// cells, and its header says which column holds what.

// contentCell is the text of a task in a table cell: a first paragraph
// that is a title on its own stays apart from the rest (as on lines of
// text); the other paragraphs run on.
func contentCell(s string) string {
	first, rest, ok := strings.Cut(s, CellBreak)
	if !ok {
		return s
	}
	rest = strings.ReplaceAll(rest, CellBreak, "")
	if isHeadLine(first) {
		return first + "\n" + rest
	}
	return first + rest
}

// soleCell is the text of a row with one filled cell, else "".
func soleCell(row []string) string {
	one := ""
	for _, c := range row {
		if c == "" {
			continue
		}
		if one != "" {
			return ""
		}
		one = c
	}
	return one
}

// rowNumber reads a table's 序号 cell: 1, 1., （1） or 一.
func rowNumber(s string) (int, bool) {
	s = strings.Trim(s, " .．、（）()*＊") // 1*: a row marked (a list's own lead), numbered 1
	if v, err := strconv.Atoi(s); err == nil && v >= 0 {
		return v, true
	}
	if s != "" && strings.Trim(s, "一二三四五六七八九十") == "" {
		return chineseNumber(s), true
	}
	return 0, false
}

// item is a line of the list, or a row of a table in it.
type item struct {
	line    Line     // the line (the row's first line)
	row     []string // the cells of a table row, nil for a line
	guessed bool     // a flattened row with more cells than columns, placed by what they hold
	twoDue  bool     // a row holding a second line of work with a time limit of its own
	flat    bool     // a row of a table flattened one cell to a line, with no | (its merged cells left out)
	sub     int      // a measure's place under its row's number (1, 2, …), 0 for a row of its own
	parent  string   // for a row that is one of several under a goal, the goal's text
	field   bool     // a line of an item's fields numbered as its parts (项目内容:…), its text (numberedFields)
	article bool     // an article of the rules the notice gives as its list (第二条  …; ownArticles)
	// treeLead is the line of the row's group's lead, from a cell merged
	// over the group's rows that the row does not hold; treeNote a note in
	// brackets cut off its unit cell (flattree.go).
	treeLead int
	treeNote string
	treeCut  bool // the row ends before its unit cell
	// spanned are the cells a row of a table flattened with leading |
	// left out and took from the row above, merged over both (leadpipe.go).
	spanned []spanCell
	// ownCells says the row's empty cells are its own, empty on the page:
	// the cells it took from above are in spanned (paddedrows.go).
	ownCells bool
}

// spanCell is a cell a row took from the row above: its column and the
// line of the row it was written on.
type spanCell struct{ col, line int }

var (
	pipeSeps   = strings.NewReplacer("｜", "|", "│", "|")
	ruleLineRe = lazyRe(`^[|:\-\s+＋—─┼├┤]+$`)
)

// tableRows turns the tables in the lines into rows of cells: rows of
// cells separated by tabs (from a .docx, or copied from a spreadsheet) or
// by |, and tables flattened one cell per line, each cell followed by |,
// as PDF-to-text tools write them. A flattened table is known by its
// header: cells that name columns, then rows of as many cells.
func tableRows(lines []Line) []item {
	var out []item
	inTable := false // a tab-separated task table has begun
	noHeaderUntil := 0
	pipeWidth, pipeOpen := 0, false // a | table's header width; the last | row's line ended inside a cell
	var pipeCols *columns           // a | table's header
	var pipeAbove []string          // the | row above, at the header's width
	var pipeAboveAt []int           // the line each of its cells was written on
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := pipeSeps.Replace(l.Text)
		switch {
		case strings.Contains(strings.TrimRight(t, "\t"), "\t") || (inTable && strings.HasSuffix(t, "\t")):
			row := splitCells(t, "\t")
			inTable = inTable || tableHeader(row) != nil
			if inTable || strings.Contains(l.Text, CellBreak) {
				out = append(out, item{line: l, row: row})
			} else {
				// Before any task table, a tab is a space: 1.<tab>建立….
				out = append(out, item{line: Line{l.N, strings.ReplaceAll(strings.TrimRight(t, "\t"), "\t", " ")}})
			}
			continue
		case pipeWidth > 0 && len(out) > 0 && len(out[len(out)-1].row) > 0 && oneCellRow(t):
			// 2.做好…归集整理和主动公开工作。 | under a | table: a row whose
			// other cells are merged with the row above, given on it.
			out = append(out, item{line: l, row: []string{strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "|"))}})
			continue
		case strings.Count(t, "|") >= 2 && strings.Count(strings.TrimRight(strings.TrimRight(t, " "), "|"), "|") >= 1:
			if ruleLineRe.MatchString(t) {
				continue // a Markdown rule under a header
			}
			row := splitCells(strings.TrimPrefix(strings.TrimSpace(t), "|"), "|")
			open := pipeWidth > 0 && !strings.HasSuffix(strings.TrimSpace(t), "|")
			if prev := len(out) - 1; pipeOpen && prev >= 0 && len(out[prev].row) > 0 && continuesRow(out[prev].row, row, pipeWidth) {
				// A row whose line ended inside a cell (every row of the
				// table ends in |, this one not) goes on on the next line:
				// 市规划局 | 市国土资源局 / 市农牧林业局 | 2010年9月20日前 |.
				p := out[prev].row
				p[len(p)-1] += CellBreak + row[0]
				out[prev].row = append(p, row[1:]...)
				pipeOpen = open
				continue
			}
			if h := tableHeader(row); h != nil {
				if h.noNum && numberedAfterHeader(lines, i, len(row)) {
					// 具体要求 | 责任科室 over 3 | 科学确定… | 办公室…: the
					// rows' numbers stand in a column the header lost.
					row = append([]string{"序号"}, row...)
					h = tableHeader(row)
				}
				if merged, ok := pipeSubHeader(row, lines, i); ok {
					// | … | 责任单位 | / | | | 牵头单位 | 配合单位 |: the
					// header's second line names the columns under a
					// merged cell.
					row, h = merged, tableHeader(merged)
					out = append(out, item{line: l, row: row})
					pipeWidth, pipeCols, pipeAbove, pipeOpen = len(row), h, nil, false
					i++
					continue
				}
				if wide := emptyTail(lines, i, row); len(wide) > len(row) {
					// … | 责任单位 | (an empty cell) over rows with a cell
					// more: the header's last cells were left unnamed.
					row = wide
				}
				pipeWidth, pipeCols, pipeAbove = len(row), h, nil
			} else if pipeCols != nil {
				if full, spanned, guessed, ok := shortPipeRow(row, pipeCols, pipeAbove, pipeAboveAt); ok {
					pipeAbove, pipeAboveAt = full, aboveLines(pipeAboveAt, spanned, len(full), l.N)
					pipeOpen = open
					out = append(out, item{line: l, row: full, spanned: spanned, guessed: guessed})
					continue
				}
				if head, rest, ok := headingBeforeNumber(row, pipeWidth); ok {
					// 一、围绕中心工作抓好主动公开。 | 1 | 紧扣… | 办公室… |
					// under a header with no column for it: the section's
					// heading, then the row.
					out = append(out, item{line: Line{l.N, head}})
					pipeAbove, pipeOpen = nil, open
					out = append(out, item{line: l, row: rest})
					continue
				}
				if wide, ok := widePipeRow(row, pipeCols); ok {
					// More cells than the header has columns (a header of two
					// lines, the second naming the columns under a merged
					// cell), the unit column's cell no unit: the units
					// further right are the row's, a guess, listed.
					pipeAbove, pipeOpen = nil, open
					out = append(out, item{line: l, row: wide, guessed: true})
					continue
				}
				if len(row) == pipeWidth || len(row) == pipeWidth-1 {
					// A whole row (or one whose last, empty cell was dropped).
					pipeAbove = append(slices.Clone(row), make([]string, pipeWidth-len(row))...)
					pipeAboveAt = aboveLines(nil, nil, pipeWidth, l.N)
				} else {
					pipeAbove = nil // a section's row (二 | 财政信息公开 |): nothing carried past it
				}
			}
			pipeOpen = open
			out = append(out, item{line: l, row: row})
			continue
		}
		if head := spacedHeader(l.Text); head != nil && i+1 < len(lines) && bareNumberRe.MatchString(trimLine(lines[i+1].Text)) {
			// 序号 涉及部门 职责分工 on one line over rows one cell a line
			// (1 / 市教育局 / 负责…): the header apart by spaces, the rows bare.
			out = append(out, item{line: l, row: head})
			i = bareRows(lines, i+1, tableHeader(head), &out) - 1
			continue
		}
		if head := spacedHeader(l.Text); head != nil {
			out = append(out, item{line: l, row: head})
			i = spacedRows(lines, i+1, head, &out) - 1
			continue
		}
		if head := spacedPlainHeader(lines, i); head != nil {
			out = append(out, item{line: l, row: head})
			i = spacedPlainRows(lines, i+1, len(head), &out) - 1
			continue
		}
		if head := joinedHeader(l.Text); head != nil {
			var rows []item
			if end := joinedLineRows(lines, i+1, tableHeader(head), &rows); len(rows) > 0 {
				out = append(append(out, item{line: l, row: head}), rows...)
				i = end - 1
				continue
			}
		}
		if head, next := leadPipeHeader(lines, i); head != nil {
			out = append(out, item{line: l, row: head})
			i = leadPipeRows(lines, next, tableHeader(head), &out) - 1
			continue
		}
		if i >= noHeaderUntil {
			head, next := flatHeader(lines, i)
			if head != nil {
				out = append(out, item{line: l, row: head})
				if rows, end, ok := treeRows(lines, next, tableHeader(head)); ok {
					out = append(out, rows...)
					i = end - 1
					continue
				}
				i = flatRows(lines, next, tableHeader(head), &out) - 1
				continue
			}
			head, bareNext := bareHeader(lines, i)
			if head != nil {
				out = append(out, item{line: l, row: head})
				i = bareRows(lines, bareNext, tableHeader(head), &out) - 1
				continue
			}
			next = max(next, bareNext)
			// No header starts inside a run of column names that made
			// none: its tails name fewer columns.
			noHeaderUntil = next
		}
		out = append(out, item{line: l})
	}
	return out
}

// spacedHeader reads a table's header written on one line with its cells
// apart by spaces (序号 重点工作任务 主要责任单位 协同配合单位 完成期限): at
// least three cells, the first the 序号, each a column's name, and
// together a task table's header. Else nil.
func spacedHeader(t string) []string {
	if strings.ContainsAny(t, "|｜│\t") {
		return nil
	}
	head := joinSpacedLetters(strings.Fields(strings.ReplaceAll(t, "\u3000", " ")))
	if len(head) < 3 || len(head) > maxColumns || !numHead.MatchString(head[0]) {
		return nil
	}
	for _, h := range head {
		if !isColumnName(h) {
			return nil
		}
	}
	if tableHeader(head) == nil {
		return nil
	}
	return head
}

// joinSpacedLetters joins a column's name a copy wrote one character
// apart (序号 工 作 任 务 牵头负责部门: 工作任务), each of its characters a
// field of its own, two or more in a run.
func joinSpacedLetters(fields []string) []string {
	var out []string
	run := 0 // how many single characters end out
	for _, f := range fields {
		if utf8.RuneCountInString(f) == 1 && unicode.Is(unicode.Han, []rune(f)[0]) {
			if run > 0 {
				out[len(out)-1] += f
			} else {
				out = append(out, f)
			}
			run++
			continue
		}
		run = 0
		out = append(out, f)
	}
	return out
}

// spacedRowRe is a row of a table written with its cells apart by spaces:
// its number, a space, the rest.
var spacedRowRe = lazyRe(`^\d{1,3}[ \x{3000}]+\S`)

// spacedRows reads the rows of a table whose cells stand apart by spaces,
// each row starting on a line with its number, from lines[i:] into out,
// and returns where the table ends. A row whose line holds fewer cells
// than the header goes on on the lines under it: the last of them holds
// its last cells, the ones between go on the cell where its line stopped
// (a unit column's cell of several units, one a line). A row that cannot
// be fitted to the header's width ends the table, its lines left as text.
// freeTextColumnRe is a column of free text (完成情况, 进展情况, 备注),
// whose cell may hold spaces of its own.
var freeTextColumnRe = lazyRe(`(?:情况|进展|进度|备注|说明|成效)$`)

func spacedRows(lines []Line, i int, head []string, out *[]item) int {
	width := len(head)
	fields := func(t string) []string { return strings.Fields(strings.ReplaceAll(t, "\u3000", " ")) }
	j := i
	for j < len(lines) {
		t := strings.TrimLeft(strings.TrimSpace(lines[j].Text), rowMarks)
		if it, next, ok := spacedBrokenRow(lines, j, head); ok {
			*out = append(*out, it)
			j = next
			continue
		}
		if !spacedRowRe.MatchString(t) {
			if spacedCategory(lines, j) {
				*out = append(*out, item{line: lines[j]})
				j++
				continue
			}
			break
		}
		row := fields(t)
		if len(row) > width {
			row = joinPaddedNames(row, width)
		}
		if len(row) > width && freeTextColumnRe.MatchString(squeezeSpace(head[width-1])) {
			// …。 縣工信局 規模工業增加值增長 11.9%: a space inside the last
			// cell, a progress report's free text, is no cell's end.
			row = append(row[:width-1:width-1], strings.Join(row[width-1:], " "))
		}
		if _, ok := rowNumber(row[0]); !ok || len(row) > width {
			break
		}
		k := j + 1
		var more [][]string // the row's lines under its first
		for len(row) < width && k < len(lines) && len(more) < maxCellLines {
			// Up to the next row (or a blank line, a heading, the end).
			u := strings.TrimSpace(lines[k].Text)
			if v := strings.TrimLeft(u, rowMarks); u == "" || spacedRowRe.MatchString(v) || bareRowNumberRe.MatchString(v) || sectionRe.MatchString(u) || strings.ContainsAny(u, "|｜\t") {
				break
			}
			more = append(more, fields(u))
			k++
		}
		if len(more) > 0 {
			// The last line gives the row's last cells; the lines above it
			// go on the cell the first line stopped in.
			last := more[len(more)-1]
			need := width - len(row)
			if len(last) < need || len(last) > need+1 {
				break
			}
			for _, m := range more[:len(more)-1] {
				if len(m) != 1 {
					return j
				}
				row[len(row)-1] += CellBreak + m[0]
			}
			if len(last) == need+1 {
				row[len(row)-1] += CellBreak + last[0]
				last = last[1:]
			}
			row = append(row, last...)
		}
		if len(row) != width || !spacedUnitsFit(row, head) {
			// (A row whose unit cell holds a sentence — 实施…双控行动,防止… —
			// had a space inside a cell before it: its cells slid.)
			break
		}
		*out = append(*out, item{line: lines[j], row: row})
		j = k
	}
	return j
}

// maxCellLines bounds the lines a row of a spaced table goes on over.
const maxCellLines = 8

// continuesRow says a line of | cells goes on with the row above, whose
// line ended inside its last cell: it starts no row of its own (no number,
// no task) and the two together have no more cells than the header.
func continuesRow(prev, row []string, width int) bool {
	if len(row) == 0 || len(prev)+len(row)-1 > width {
		return false
	}
	if _, ok := rowNumber(row[0]); ok || taskRe.MatchString(row[0]) || tableHeader(row) != nil {
		return false
	}
	return len([]rune(row[0])) <= 30
}

// numberedSegs says the rows a page opens (loneGaps.rows) fit a table
// numbering its rows: each full row opens with its number, numbered on
// from the one before, and each short row (the cells merged over its
// group left out, 序号 among them) holds no number.
func numberedSegs(segs [][]int, width int, text func(int) string) bool {
	next := 0
	for _, seg := range segs {
		n, ok := rowNumber(text(seg[0]))
		numbered := ok && bareNumberRe.MatchString(text(seg[0]))
		switch {
		case len(seg) == width && numbered && (next == 0 || n == next):
			next = n + 1
		case len(seg) < width && !numbered:
		default:
			return false
		}
	}
	return true
}

// flatCell is the text of a line that ends a flattened cell ("牵头单位 |"),
// empty cells the page ran together after it or none ("责任单位 | ||",
// a header's or a row's last cell).
func flatCell(s string) (string, bool) {
	s = strings.TrimRight(pipeSeps.Replace(s), " \u3000")
	i := strings.Index(s, "|")
	if i < 0 || strings.Trim(s[i:], "| \u3000") != "" || strings.Count(s, "|") > 1 && strings.TrimSpace(s[:i]) == "" {
		return "", false
	}
	return trimLine(s[:i]), true
}

// categoryHeadRe is a column naming the kind of work its rows fall under.
var categoryHeadRe = lazyRe(`^(?:类别|分类|领域|板块|类型|任务类别|工作类别|重点领域)$`)

// headingCellAt reports whether the first cell of a flattened table's
// rows, from lines[i] on to the first line closing a cell, is a section's
// heading ((一) / 持续 / 推进 / 建设 |, 一、产业发展 |).
func headingCellAt(lines []Line, i int) bool {
	var b strings.Builder
	for j := i; j < len(lines) && j < i+12; j++ {
		if t, ok := flatCell(lines[j].Text); ok {
			b.WriteString(t)
			s := b.String()
			return s != "" && (sectionRe.MatchString(s) || subRe.MatchString(s))
		}
		b.WriteString(trimLine(lines[j].Text))
	}
	return false
}

// flatHeader reads a flattened table's header starting at lines[i]: the
// cells that name columns, as long as they make a task table's header.
func flatHeader(lines []Line, i int) ([]string, int) {
	return readHeader(lines, i, flatCell)
}

// flatRows reads rows of width cells from lines[i:], appends them to out and
// returns where the table ends: at a line that starts a row but is no cell
// of one. A cell's text may run over several lines, the last ending in |.
func flatRows(lines []Line, i int, c *columns, out *[]item) int {
	if c != nil && c.num == 1 && categoryHeadRe.MatchString(squeezeSpace(c.names[0])) && headingCellAt(lines, i) {
		// 类别 | 序号 | 任务名称 | …, the kind a cell merged over its rows
		// ((一)持续推进… | 1 | … | 2 | …): a heading over them, given once,
		// no column of each row's.
		head := &(*out)[len(*out)-1]
		head.row = head.row[1:]
		c = tableHeader(head.row)
		if c == nil {
			return i
		}
	}
	width := len(c.names)
	type cell struct {
		text string
		line Line
		sib  *Line // an item before it in the same cell (2、… 3、…), a row of its own
	}
	var sib *Line
	var cells []cell
	var text strings.Builder
	var first Line
	var rowGaps loneGaps
	rowAt := 0         // the place in its row of the next cell
	var pads []padMark // where rows ended with a run of |, and lone | no cell was made of (paddedRows)
	j := i
	for ; j < len(lines); j++ {
		if t := pipeSeps.Replace(lines[j].Text); strings.Count(t, "|") >= 2 && strings.Trim(t, "| \u3000") == "" {
			if text.Len() == 0 && len(cells) > 0 {
				pads = append(pads, padMark{at: len(cells), end: true})
			}
			continue // empty cells a page ran together at a row's end: ||
		}
		skip := text.Len() == 0 && len(cells)%width == 0 && strings.Trim(pipeSeps.Replace(lines[j].Text), "| \u3000") == "" && !emptyFirstCell(lines, j, c)
		if text.Len() == 0 && rowGaps.opens(lines, j, i) {
			last := ""
			if len(cells) > 0 {
				last = cells[len(cells)-1].text
			}
			rowGaps.note(len(cells), !skip, width, last)
		}
		if skip {
			pads = append(pads, padMark{at: len(cells)})
			continue // a lone | between rows (or before the first) opens the next row: no cell
		}
		t, ok := flatCell(lines[j].Text)
		closedBelow := false
		if !ok && j+1 < len(lines) && lonePipe(lines[j+1].Text) && strings.TrimSpace(pipeSeps.Replace(lines[j].Text)) != "" && !strings.Contains(pipeSeps.Replace(lines[j].Text), "|") {
			// 4 / | in a table whose cells end in " |": the bar closing the
			// cell fell to the next line.
			t, ok, closedBelow = trimLine(lines[j].Text), true, true
		}
		if text.Len() == 0 {
			first = lines[j]
			if endsTable(lines[j].Text) {
				break
			}
		}
		if !ok && text.Len() == 0 && sib == nil && cellSibling(lines, j, c) {
			// 2、召开…工作。 3、筹备…培训会。 | in one cell, split at its
			// second number: the first item is a row of its own, sharing
			// the cells of the second's row.
			l := Line{lines[j].N, trimLine(lines[j].Text)}
			sib = &l
			continue
		}
		if !ok {
			if text.Len() == 0 && (len(cells) == 0 || rowAt == 0 && !cellClosesBelow(lines, j) || !c.numbered() && !cellClosesBelow(lines, j)) && !headingCellAt(lines, j) {
				break // the table has ended (a heading's cell over lines, (一) / 持续 / 推进 |, goes on)
			}
			if sectionRe.MatchString(trimLine(lines[j].Text)) && text.Len() == 0 && !headingCellAt(lines, j) {
				break
			}
			prev := text.String()
			text.Reset()
			text.WriteString(joinUnitLine(prev, trimLine(lines[j].Text)))
			continue
		}
		prev := text.String()
		text.Reset()
		text.WriteString(joinUnitLine(prev, t))
		cells = append(cells, cell{text.String(), first, sib})
		if rowAt > 0 || !(sectionRe.MatchString(text.String()) || c.numbered() && subRe.MatchString(text.String())) {
			// (A section's heading in a row of its own is no cell of a
			// row: the next row starts after it.)
			rowAt = (rowAt + 1) % width
		}
		text.Reset()
		sib = nil
		if closedBelow {
			j++ // the bar's line
		}
	}
	if !c.numbered() && numberedCells(cells, func(ce cell) string { return ce.text }) {
		// 工作任务 | 具体要求 | 责任科室 | 时限要求 over rows that number
		// themselves in a cell the header has no name for (强化… | 1 |
		// 对行政… | 办公室 | 年底前 |). Read by position, units and dates
		// would change places; read with the number as the row's 序号,
		// where every row holds it at one place, the rows fall in line.
		texts := make([]string, len(cells))
		for k, ce := range cells {
			texts[k] = ce.text
		}
		at, ok := innerNumbers(texts, width)
		if !ok {
			return i // the header does not say which cell is which
		}
		head := &(*out)[len(*out)-1]
		rowsFrom, named := len(*out), head.row
		head.row = append([]string{"序号"}, head.row...)
		c = tableHeader(head.row)
		refuse := func() int {
			// Not read: the rows read so far go, the header is as it was.
			*out = (*out)[:rowsFrom]
			(*out)[rowsFrom-1].row = named
			return i
		}
		for k, start := range at {
			n := cells[start[1]]
			row := []string{n.text}
			for _, ce := range cells[start[0]:start[1]] {
				row = append(row, ce.text)
			}
			if short := start[2] - (start[1] - start[0]); short > 0 {
				// Cells merged with the row above's, which the page gives
				// on the first row only: the row above's, shared.
				above := (*out)[len(*out)-1].row
				if k == 0 || len(above) < 1+start[2] {
					return refuse()
				}
				row = append(row[:1], append(slices.Clone(above[1:1+short]), row[1:]...)...)
			}
			end := len(cells)
			if k+1 < len(at) {
				end = at[k+1][0]
			}
			for _, ce := range cells[start[1]+1 : end] {
				row = append(row, ce.text)
			}
			mergedBelow := k+1 < len(at) && at[k+1][1]-at[k+1][0] < at[k+1][2]
			if misfit(row, c) || mergedBelow && c.due > 0 && c.due < len(row) && row[c.due] != "" && !isDueClause(row[c.due]) {
				// A row that left out a cell of its own: its cells
				// stand in the wrong columns (a time limit among the
				// units, a task's name as the time limit), and the row
				// below looks merged with it. Not read.
				return refuse()
			}
			*out = append(*out, item{line: n.line, row: row})
		}
		return j
	}
	cellText := func(k int) string { return cells[k].text }
	if segs, ok := rowGaps.rows(len(cells), width); ok && (!c.numbered() || numberedSegs(segs, width, cellText)) {
		full := -1 // in a table numbering its rows, the last full row's item
		for _, seg := range segs {
			var row []string
			for _, k := range seg {
				row = append(row, cells[k].text)
			}
			if c.numbered() && len(row) < width && full >= 0 {
				// 1 | 推进政策公开 | 常态化公开… | 财政所 | then 积极探索… |
				// 便民综合服务中心 |: a row of the group numbered above,
				// its 序号 and 工作任务 merged over it. Its cells go in
				// the columns after the number they fit, in order; it is
				// a sub-row of the row numbered (1.1, 1.2), listed.
				cols, _ := placeAfter(row, c, c.num+1)
				sub := make([]string, width)
				for k, col := range cols {
					sub[col] = row[k]
				}
				sub[c.num] = (*out)[full].row[c.num]
				if (*out)[full].sub == 0 {
					(*out)[full].sub = 1
				}
				*out = append(*out, item{line: cells[seg[0]].line, row: sub, sub: (*out)[len(*out)-1].sub + 1, guessed: true, flat: true})
				continue
			}
			if c.numbered() {
				full = len(*out)
			}
			// A short row left out the cells merged over its group: its
			// time limit among them, where it gives none (flat).
			*out = append(*out, item{line: cells[seg[0]].line, row: row, flat: c.due >= 0 && (c.due < c.content || len(row) < width)})
		}
		return j
	}
	// Rows start at their 序号 cell, numbered on from the row before (or
	// from 1 again under a heading's row), so a row missing a cell does not
	// shift the rows after it.
	var rows [][]cell
	next := 0
	heading := map[int]bool{} // rows that are a section's heading
	subHeads := !c.numbered() && subHeadingRows(cells, width, func(ce cell) string { return ce.text })
	for k, ce := range cells {
		open := len(rows) == 0 || len(rows[len(rows)-1]) == width || heading[len(rows)-1]
		if open && (sectionRe.MatchString(ce.text) || (c.numbered() || subHeads) && subRe.MatchString(ce.text)) {
			// A section's row (一、紧扣…深化政务公开 |) in a table whose
			// rows carry no number of their own: a heading, one cell. In
			// a table numbering its rows, a row opening with no number but
			// a heading's ((一)刘忻市长牵头重点工作 |) is one too.
			heading[len(rows)] = true
			rows = append(rows, []cell{ce})
			continue
		}
		if !c.numbered() && len(rows) > 0 && heading[len(rows)-1] {
			rows = append(rows, nil)
		}
		if n, ok := rowNumber(ce.text); ok && c.numbered() && bareNumberRe.MatchString(ce.text) && (next == 0 || n == next || n == 1 && len(rows) > 0 && heading[len(rows)-1] || k+1 < len(cells) && skipsOn(len(rows[len(rows)-1]), width, next, n, cells[k+1].text)) || !c.numbered() && (len(rows) == 0 || len(rows[len(rows)-1]) == width) {
			rows = append(rows, nil)
			next = n + 1
		}
		if len(rows) == 0 {
			return i // no row begins the table
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], ce)
	}
	if c.numbered() && slices.ContainsFunc(rows, func(r []cell) bool { return len(r) > width }) {
		texts := make([]string, len(cells))
		at := make([]Line, len(cells))
		for k, ce := range cells {
			texts[k], at[k] = ce.text, ce.line
		}
		if texts, at, ends, ok := padMarks(texts, at, pads); ok {
			var above []string
			var aboveAt []int
			for _, seg := range paddedRows(texts, ends, width) {
				first := at[seg[0]]
				row := texts[seg[0] : seg[len(seg)-1]+1]
				it, full, at := paddedRow(row, c, above, aboveAt, first)
				*out = append(*out, it)
				above, aboveAt = full, at
			}
			return j
		}
	}
	var above []string // the row above, whole, and the line of each of its cells
	var aboveAt []int
	for k, r := range rows {
		if heading[k] {
			*out = append(*out, item{line: Line{r[0].line.N, r[0].text}})
			above, aboveAt = nil, nil
			continue
		}
		var texts []string
		for _, ce := range r {
			texts = append(texts, ce.text)
		}
		if full, spanned, guessed, ok := shortTrailingRow(texts, c, above, aboveAt); ok {
			// 2 | 统筹… | 教育部… | |: a row leaving out the cell merged
			// over it from above, its place padded at the row's end.
			above, aboveAt = full, aboveLines(aboveAt, spanned, width, r[0].line.N)
			*out = append(*out, item{line: r[0].line, row: full, spanned: spanned, guessed: guessed})
			continue
		}
		if len(texts) == width {
			above, aboveAt = texts, aboveLines(nil, nil, width, r[0].line.N)
		} else {
			above, aboveAt = nil, nil
		}
		for k, ce := range r {
			if ce.sib != nil && k < width {
				sibRow := slices.Clone(texts)
				sibRow[k] = ce.sib.Text
				*out = append(*out, item{line: Line{r[0].line.N, ce.sib.Text}, row: sibRow, flat: c.due >= 0 && c.due < c.content})
			}
		}
		row, guessed := texts, false
		if c.numbered() && len(texts) != width {
			row, _ = alignRow(texts, c, true)
			guessed = len(texts) > width || emptyUnitColumn(row, c)
		} else if c.numbered() && misfit(texts, c) {
			// As many cells as columns, but not in them: a row that
			// leaves one column out and has one more at its end.
			row, _ = alignRow(texts, c, true)
			guessed = true
		}
		// A short row of a table with no numbers left out the cells merged
		// over it (its time limit among them, where it gives none).
		// So did a numbered row short of its time limit's cell (2 | 招引
		// 优质项目 | 区投促中心 | 马桥镇 | under a row that gives 10月底).
		shortDue := c.numbered() && len(texts) < width && c.due >= 0 && c.due < len(row) && row[c.due] == ""
		*out = append(*out, item{line: r[0].line, row: row, guessed: guessed, flat: !c.numbered() && c.due >= 0 && (c.due < c.content || len(texts) < width) || shortDue})
	}
	return j
}

// subHeadingRows says the cells of a table whose rows carry no number fall
// into whole rows only where each cell opening a row and numbered as a
// sub-section's heading ((一)做好农业生产 |) is a row of its own: a
// heading over the rows under it, the header having no column for it.
func subHeadingRows[T any](cells []T, width int, text func(T) string) bool {
	at, heads := 0, 0
	for _, ce := range cells {
		if at == 0 && subRe.MatchString(text(ce)) {
			heads++
			continue
		}
		at = (at + 1) % width
	}
	return heads > 0 && at == 0 && len(cells)%width != 0
}

// cellClosesBelow says the line at j, inside a row of a table whose rows
// carry no number, opens a cell of a few lines that a line under it
// closes with " |" (地震局 / 财政局 | in a 牵头部门 column; 市医保局 / 市卫生
// 健康委 / 市市场监管局 / 市公安局等 |): units, one a line, in one cell.
// Past the second line, the lines between must be short, as names are.
func cellClosesBelow(lines []Line, j int) bool {
	for k := j + 1; k < len(lines) && k <= j+5; k++ {
		t := strings.TrimSpace(pipeSeps.Replace(lines[k].Text))
		if t == "" || t == "|" {
			return false
		}
		if strings.HasSuffix(t, " |") {
			return true
		}
		if k >= j+2 && (utf8.RuneCountInString(t) > 20 || strings.ContainsAny(t, "。；;")) {
			return false
		}
	}
	return false
}

// numberedCells says the cells of a table whose header names no 序号 hold
// the rows' numbers all the same: bare numbers 1, 2, 3 among them.
func numberedCells[T any](cells []T, text func(T) string) bool {
	next := 1
	for _, ce := range cells {
		if t := strings.TrimSpace(text(ce)); bareNumberRe.MatchString(t) {
			if v, _ := rowNumber(t); v == next {
				next++
			}
		}
	}
	return next > 3
}

// innerNumbers places the rows of a table whose rows number themselves in
// a cell the header has no name for, at one place in every row after as
// many cells as the first row holds before its number (强化… | 1 | 对行政…
// | 办公室 | 年底前 |). For each row it gives where its cells start, where
// its number is and how many cells come before the number in a whole row;
// a row with fewer before it (4 | 规范做好… | 办公室 | 持续推进 |) had them
// merged with the row above's. It reports false when the rows do not fall
// so: a row with more cells than the header names, or a number out of
// its place.
func innerNumbers(cells []string, width int) ([][3]int, bool) {
	var at []int // where each row's number is
	next := 1
	for k, t := range cells {
		if bareNumberRe.MatchString(strings.TrimSpace(t)) {
			if v, _ := rowNumber(t); v == next {
				at = append(at, k)
				next++
			}
		}
	}
	if len(at) == 0 {
		return nil, false
	}
	before := at[0]
	after := width - before // cells after the number in a whole row
	if before == 0 || after < 1 {
		return nil, false
	}
	var rows [][3]int
	end := 0 // where the row above ended
	for k, n := range at {
		if n-end > before || n-end < 0 {
			return nil, false
		}
		rows = append(rows, [3]int{end, n, before})
		end = n + 1 + after
		if k+1 == len(at) && end != len(cells) || k+1 < len(at) && end > at[k+1] {
			return nil, false
		}
	}
	return rows, true
}

// misfit reports whether a row's cells, taken column by column, put a
// sentence or a date in a column of units (a progress report in 责任单位).
func misfit(row []string, c *columns) bool {
	for _, col := range []int{c.lead, c.owners, c.partners, c.partners2} {
		if col >= 0 && col < len(row) && row[col] != "" && cellFit(row[col], c, col) <= -3 {
			return true
		}
	}
	return false
}

// emptyUnitColumn reports whether a row left a column of units empty.
func emptyUnitColumn(row []string, c *columns) bool {
	for _, col := range []int{c.lead, c.owners, c.partners, c.partners2} {
		if col >= 0 && col < len(row) && row[col] == "" {
			return true
		}
	}
	return false
}

// squeezeSpace drops the spaces a header cell is spread with (分 管 县领导).
func squeezeSpace(s string) string { return spaceDropper.Replace(s) }

var spaceDropper = strings.NewReplacer(" ", "", "\u3000", "", CellBreak, "")

// wideNumberCellRe is a cell holding a number in full-width digits alone.
var wideNumberCellRe = lazyRe(`^[０-９]{1,3}$`)

// splitCells splits a table row into trimmed cells, dropping empty cells
// at its end.
func splitCells(line, sep string) []string {
	parts := strings.Split(line, sep)
	for len(parts) > 0 && trimLine(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
	}
	for i := range parts {
		parts[i] = trimLine(parts[i])
		if wideNumberCellRe.MatchString(parts[i]) {
			parts[i], _ = asciiDigits(parts[i]) // １: a row's number in full-width digits
		}
	}
	if parts == nil {
		parts = []string{}
	}
	return parts
}

// widePipeRow realigns a | row with more filled cells than its header has
// columns where the cell under the unit column holds no unit (100, 55.6)
// and a cell after it names units alone: the cells between are dropped,
// so that the units stand under the unit column.
func widePipeRow(row []string, c *columns) ([]string, bool) {
	col := c.owners
	if col < 0 {
		col = c.lead
	}
	filled := len(row)
	for filled > 0 && strings.TrimSpace(row[filled-1]) == "" {
		filled--
	}
	if c.noNum || c.num != 0 || !bareNumberRe.MatchString(strings.TrimSpace(row[0])) {
		return nil, false // only a row opening with its number: the cells after it are its own
	}
	if col < 0 || col <= c.content || filled <= len(c.names) || col >= filled || unitList(strings.TrimSpace(row[col])) {
		return nil, false
	}
	best, at := 0.0, -1
	for k := col + 1; k < filled; k++ {
		cell := strings.TrimSpace(row[k])
		if strings.ContainsAny(cell, "，,。；;") || cell == "" || !unicode.Is(unicode.Han, []rune(cell)[0]) {
			continue // 完工,投入使用: a row's progress
		}
		if fit := cellFit(cell, c, col); fit >= 0.5 && fit > best {
			best, at = fit, k
		}
	}
	if at < 0 {
		return nil, false
	}
	return append(slices.Clone(row[:col]), row[at:filled]...), true
}

// oneCellRow says a line is one cell of a | table's row, numbered as an
// item and closed by " |": 8.及时反馈网民对调查征集信息的意见。 |.
func oneCellRow(t string) bool {
	t = strings.TrimSpace(t)
	if strings.Count(t, "|") != 1 || !strings.HasSuffix(t, "|") {
		return false
	}
	return taskRe.MatchString(strings.TrimSpace(strings.TrimSuffix(t, "|")))
}

// numberedAfterHeader reports whether the | rows after a header of width
// cells at lines[i] open with a bare number and hold one cell more than
// the header (after a heading's cell before the number, 一、围绕…。 |
// 1 | …): the header lost its 序号 column.
func numberedAfterHeader(lines []Line, i, width int) bool {
	seen := 0
	for k := i + 1; k < len(lines) && k <= i+3; k++ {
		t := pipeSeps.Replace(lines[k].Text)
		if strings.Count(t, "|") < 2 {
			break
		}
		cells := splitCells(strings.TrimPrefix(strings.TrimSpace(t), "|"), "|")
		for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
			cells = cells[:len(cells)-1]
		}
		if len(cells) > 0 && (sectionRe.MatchString(strings.TrimSpace(cells[0])) || subRe.MatchString(strings.TrimSpace(cells[0]))) {
			cells = cells[1:]
		}
		if len(cells) < 2 || len(cells) > width+1 || !bareNumberRe.MatchString(strings.TrimSpace(cells[0])) {
			return false
		}
		if len(cells) == width+1 {
			seen++ // a row whose last cells are empty may have fewer
		}
	}
	return seen > 0
}

// headingBeforeNumber splits a | row that opens with a section's heading
// before its number, one cell more than the header's width: the heading,
// and the row.
func headingBeforeNumber(row []string, width int) (string, []string, bool) {
	cells := row
	for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
		cells = cells[:len(cells)-1]
	}
	if len(cells) != width+1 || len(cells) < 3 {
		return "", nil, false
	}
	head := strings.TrimSpace(cells[0])
	if !sectionRe.MatchString(head) && !subRe.MatchString(head) || !bareNumberRe.MatchString(strings.TrimSpace(cells[1])) {
		return "", nil, false
	}
	return head, slices.Clone(cells[1:]), true
}

// pipeSubHeader reads a | header of two lines, the second naming the
// columns under a merged cell of the first (| 序号 | 工作任务 | 责任单位 |
// / | | | 牵头单位 | 配合单位 |) or columns after its last (| | | 责任领导 |
// under a header of three, rows of four cells): the header's cells as
// the rows hold them. lines[i] is the first line; the second's cells are
// empty up to a run of column names, and the row after it tells which
// way they go by its width. Before, the second line was read as a row
// and its columns lost (配合单位, 责任领导: no owners, no leaders).
func pipeSubHeader(head []string, lines []Line, i int) ([]string, bool) {
	if i+2 >= len(lines) {
		return nil, false
	}
	second := pipeSeps.Replace(lines[i+1].Text)
	if strings.Count(second, "|") < 2 {
		return nil, false
	}
	cells := splitCells(strings.TrimPrefix(strings.TrimSpace(second), "|"), "|")
	e := 0
	for e < len(cells) && trimLine(cells[e]) == "" {
		e++
	}
	if merged, ok := cellwiseHeader(head, cells, lines, i); ok {
		return merged, true
	}
	names := cells[e:]
	if e == 0 || len(names) == 0 {
		return nil, false
	}
	for k, c := range names {
		names[k] = trimLine(c)
		if !isColumnName(names[k]) {
			return nil, false
		}
	}
	next := pipeSeps.Replace(lines[i+2].Text)
	if strings.Count(next, "|") < 2 {
		return nil, false
	}
	width := len(splitCells(strings.TrimPrefix(strings.TrimSpace(next), "|"), "|"))
	w := len(head)
	switch {
	case e < w && width == w-1+len(names):
		return slices.Concat(head[:e], names, head[e+1:]), true
	case width == w+len(names):
		return slices.Concat(head, names), true
	}
	return nil, false
}

// cellwiseHeader reads a header of two | lines whose first names some
// columns and leaves empty the cells its merged ones span, and whose
// second names the columns under them, cell for cell (| 序号 | 项目 | 责任单位
// |  | 时间安排 |  | over |  |  | 牵头单位 | 配合单位 | 启动时间 | 完成时间 |): each
// column is named by the second line, else the first. The rows under it
// must be as wide as the second line.
func cellwiseHeader(head, second []string, lines []Line, i int) ([]string, bool) {
	width := len(splitCells(strings.TrimPrefix(strings.TrimSpace(pipeSeps.Replace(lines[i+2].Text)), "|"), "|"))
	if len(second) != width || len(head) > width || len(head) < 2 {
		return nil, false
	}
	out := make([]string, width)
	named := 0 // columns the second line names
	for k := range out {
		switch lower, upper := trimLine(second[k]), trimLine(cellAt(head, k)); {
		case lower != "" && isColumnName(lower):
			out[k] = lower
			named++
		case lower != "":
			return nil, false
		case upper == "":
			return nil, false
		default:
			out[k] = upper
		}
	}
	if named < 2 || named == width {
		return nil, false
	}
	return out, true
}

// spacedUnitsFit says a spaced row's cells under the header's unit columns
// hold names, not sentences: a space inside a cell before them slides
// every cell after it, and a measure's sentence stands as the lead.
func spacedUnitsFit(row, head []string) bool {
	c := tableHeader(head)
	if c == nil {
		return true
	}
	for _, col := range []int{c.lead, c.owners, c.partners, c.partners2} {
		if col < 0 || col >= len(row) {
			continue
		}
		v := strings.TrimRight(strings.TrimSpace(row[col]), "。；;")
		if strings.ContainsAny(v, "。；;") || utf8.RuneCountInString(v) > 80 || sentenceNameRe.MatchString(v) && !unitNames(v) && !plainNames(v) {
			return false
		}
	}
	return true
}
