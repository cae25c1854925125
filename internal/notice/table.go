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
	s = strings.Trim(s, " .．、（）()")
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
}

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
				pipeWidth = len(row)
			}
			pipeOpen = open
			out = append(out, item{line: l, row: row})
			continue
		}
		if head := spacedHeader(l.Text); head != nil {
			out = append(out, item{line: l, row: head})
			i = spacedRows(lines, i+1, len(head), &out) - 1
			continue
		}
		if i >= noHeaderUntil {
			head, next := flatHeader(lines, i)
			if head != nil {
				out = append(out, item{line: l, row: head})
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
	head := strings.Fields(strings.ReplaceAll(t, "\u3000", " "))
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
func spacedRows(lines []Line, i, width int, out *[]item) int {
	fields := func(t string) []string { return strings.Fields(strings.ReplaceAll(t, "\u3000", " ")) }
	j := i
	for j < len(lines) {
		t := strings.TrimSpace(lines[j].Text)
		if !spacedRowRe.MatchString(t) {
			break
		}
		row := fields(t)
		if _, ok := rowNumber(row[0]); !ok || len(row) > width {
			break
		}
		k := j + 1
		var more [][]string // the row's lines under its first
		for len(row) < width && k < len(lines) && len(more) < maxCellLines {
			// Up to the next row (or a blank line, a heading, the end).
			u := strings.TrimSpace(lines[k].Text)
			if u == "" || spacedRowRe.MatchString(u) || sectionRe.MatchString(u) || strings.ContainsAny(u, "|｜\t") {
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
		if len(row) != width {
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

// flatCell is the text of a line that ends a flattened cell ("牵头单位 |").
func flatCell(s string) (string, bool) {
	s = strings.TrimRight(pipeSeps.Replace(s), " \u3000")
	if !strings.HasSuffix(s, "|") || strings.Count(s, "|") != 1 {
		return "", false
	}
	return trimLine(strings.TrimSuffix(s, "|")), true
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
	width := len(c.names)
	type cell struct {
		text string
		line Line
	}
	var cells []cell
	var text strings.Builder
	var first Line
	j := i
	for ; j < len(lines); j++ {
		if t := pipeSeps.Replace(lines[j].Text); strings.Count(t, "|") >= 2 && strings.Trim(t, "| \u3000") == "" {
			continue // empty cells a page ran together at a row's end: ||
		}
		if t := pipeSeps.Replace(lines[j].Text); text.Len() == 0 && len(cells)%width == 0 && strings.Trim(t, "| \u3000") == "" {
			continue // a lone | between rows (or before the first) opens the next row: no cell
		}
		t, ok := flatCell(lines[j].Text)
		if text.Len() == 0 {
			first = lines[j]
			if endsTable(lines[j].Text) {
				break
			}
		}
		if !ok {
			if text.Len() == 0 && (len(cells) == 0 || len(cells)%width == 0 || !c.numbered()) {
				break // the table has ended
			}
			if sectionRe.MatchString(trimLine(lines[j].Text)) && text.Len() == 0 {
				break
			}
			text.WriteString(trimLine(lines[j].Text))
			continue
		}
		text.WriteString(t)
		cells = append(cells, cell{text.String(), first})
		text.Reset()
	}
	// Rows start at their 序号 cell, numbered on from the row before, so a
	// row missing a cell does not shift the rows after it.
	var rows [][]cell
	next := 0
	for _, ce := range cells {
		if n, ok := rowNumber(ce.text); ok && c.numbered() && bareNumberRe.MatchString(ce.text) && (next == 0 || n == next) || !c.numbered() && (len(rows) == 0 || len(rows[len(rows)-1]) == width) {
			rows = append(rows, nil)
			next = n + 1
		}
		if len(rows) == 0 {
			return i // no row begins the table
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], ce)
	}
	for _, r := range rows {
		var texts []string
		for _, ce := range r {
			texts = append(texts, ce.text)
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
		*out = append(*out, item{line: r[0].line, row: row, guessed: guessed})
	}
	return j
}

// numbered reports whether the table's first column is its 序号.
func (c *columns) numbered() bool {
	return c.num >= 0 && c.num < len(c.names) && numHead.MatchString(squeezeSpace(c.names[c.num]))
}

// misfit reports whether a row's cells, taken column by column, put a
// sentence or a date in a column of units (a progress report in 责任单位).
func misfit(row []string, c *columns) bool {
	for _, col := range []int{c.lead, c.owners, c.partners} {
		if col >= 0 && col < len(row) && row[col] != "" && cellFit(row[col], c, col) <= -3 {
			return true
		}
	}
	return false
}

// emptyUnitColumn reports whether a row left a column of units empty.
func emptyUnitColumn(row []string, c *columns) bool {
	for _, col := range []int{c.lead, c.owners, c.partners} {
		if col >= 0 && col < len(row) && row[col] == "" {
			return true
		}
	}
	return false
}

var columnNameRe = lazyRe(`序号|编号|任务|内容|事项|实事|项目|措施|工作安排|单位|部门|科室|处室|股室|领导|时限|时间|期限|备注|目标|指标|举措|重点工作|牵头|配合|协办|主办|责任人|负责人|情况|状况|进度|进展|` +
	// Columns that say where and how much (建设地点, 年度投资金额（万元）): no
	// task's or owner's column, but a header's all the same.
	`地点|地址|金额|投资|资金|规模`)

// maxColumns bounds the header of a flattened table: real ones have a
// few columns, a longer run of column names is no header.
const maxColumns = 16

func isColumnName(s string) bool {
	s = squeezeSpace(s)
	if m := headNoteRe.FindStringSubmatch(s); m != nil && isColumnName(m[1]) {
		// 重点工作任务(民生实事项目), 进展情况(一季度): a column's name with a
		// note in brackets after it.
		return true
	}
	return s != "" && len([]rune(s)) <= 10 && columnNameRe.MatchString(s) && !strings.ContainsAny(s, "。，；：:、")
}

// headNoteOnlyRe is a column's note alone: (7月), （万元）.
var headNoteOnlyRe = lazyRe(`^[（(][^（()）]{1,10}[）)]$`)

// headNoteRe is a column's name followed by a short note in brackets.
var headNoteRe = lazyRe(`^([^（()）]{2,10})[（(][^（()）]{1,10}[）)]$`)

// squeezeSpace drops the spaces a header cell is spread with (分 管 县领导).
func squeezeSpace(s string) string { return spaceDropper.Replace(s) }

var spaceDropper = strings.NewReplacer(" ", "", "\u3000", "", CellBreak, "")

// splitCells splits a table row into trimmed cells, dropping empty cells
// at its end.
func splitCells(line, sep string) []string {
	parts := strings.Split(line, sep)
	for len(parts) > 0 && trimLine(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
	}
	for i := range parts {
		parts[i] = trimLine(parts[i])
	}
	if parts == nil {
		parts = []string{}
	}
	return parts
}

// columns says which cell of a task table's rows holds what (-1: none).
type columns struct {
	num, content, lead, owners, partners, leaders, due int
	persons                                            int      // 责任人: persons, not named as leaders
	target                                             int      // 目标值 beside an indicator (指标) column
	noNum                                              bool     // no 序号 column: num is the first column's place
	names                                              []string // the header's cells
	counted                                            int      // rows numbered by their place, in a table whose rows carry no number
	checkers                                           int      // 评分部门, 考核单位: units that check the work, not owners
	field                                              int      // 任务 before 具体措施: the row's field of work, a cell merged over its measures
	remark                                             int      // 备注: a remark, which may say who leads (教育局牵头)
}

// countedRow numbers a row of a table whose rows carry no number at all
// (专项整治行业名称 | 时间安排 | 责任单位): a whole row that names its work
// and who answers for it is the next task. It reports false for any other
// row: one with a number of its own, a short (merged) row, a row naming no
// one.
func (c *columns) countedRow(row []string, content string) (int, bool) {
	if !c.noNum || c.content == c.num && taskRe.MatchString(content) || content == "" || len(row) != len(c.names) ||
		c.cell(row, c.owners) == "" && c.cell(row, c.lead) == "" {
		return 0, false
	}
	c.counted++
	return c.counted, true
}

var (
	numHead     = lazyRe(`^(序号|编号|序)$`)
	contentHead = lazyRe(`任务|内容|事项|实事|项目|措施|举措|重点工作|工作要点|工作安排|目标|指标`)
	// indicatorHead and targetHead: a table of targets names the indicator
	// in one column (指标名称) and its value in another (目标值, 预期目标).
	indicatorHead = lazyRe(`指标`)
	// workHead is a column naming the work itself (工作任务, 具体措施).
	workHead    = lazyRe(`任务|内容|措施|举措|事项|重点工作`)
	targetHead  = lazyRe(`目标`)
	leadersHead = lazyRe(`领导`)
	personsHead = lazyRe(`^(责任人|负责人)$`)
	// An inspection-item list (抽查事项清单) names the department that starts
	// an inspection (发起部门), the ones helping (配合部门), the body that
	// checks (检查主体) or the department (部门) alone.
	leadHead   = lazyRe(`牵头|主办|第一责任|^发起(?:部门|单位)$`)
	ownersHead = lazyRe(`责任单位|责任部门|负责单位|承办单位|责任科室|责任处室|责任股室|职能部门|主责单位|主责部门|^部门$|^(?:检查|实施|执法)主体$`)
	// codeHead is a column of codes or kinds (事项编号, 事项类别), no work.
	codeHead     = lazyRe(`(?:编号|代码|编码|类别)$`)
	partnersHead = lazyRe(`配合|协办|协同|协助|协作|参与`)
	dueHead      = lazyRe(`时限|时间|期限`)
	// checkersHead is a column of the units that score or check the work
	// (评分部门, 考核单位, 验收单位): they answer for no part of it.
	checkersHead = lazyRe(`^(评分|考核|评价|评估|督查|督办|监督|验收|审核)(责任)?(单位|部门|科室|处室)$`)
	// fieldHead is a column that names a field of work alone (任务, 项目,
	// 类别), and measureHead a column of the measures under it (具体措施).
	fieldHead   = lazyRe(`^(任务|项目|类别|领域|工作领域|任务类别|项目类别)$`)
	measureHead = lazyRe(`措施|举措`)
	// nameHead is a column that names the things a row is about (行业名称,
	// 场所名称): the work, where no column is named for it.
	nameHead = lazyRe(`^\p{Han}{0,8}名称$`)
)

// tableHeader reads a header row of a task table: it must name the work
// and who is responsible for it.
func tableHeader(row []string) *columns {
	if len(row) < 2 {
		return nil
	}
	if v := strings.TrimSpace(row[0]); v != "" && strings.Trim(v, "0123456789") == "" {
		// 3 | 教育局 联合 卫健委 … | …的通知》 | … | 教育局牵头 |: a row numbered
		// in its first cell is no header, though its cells hold the
		// words of one (事项, 牵头).
		return nil
	}
	c := &columns{num: -1, content: -1, lead: -1, owners: -1, partners: -1, leaders: -1, due: -1, persons: -1, target: -1, checkers: -1, field: -1, remark: -1}
	for i, cell := range row {
		cell = squeezeSpace(cell) // 任 务 名 称
		switch {
		case numHead.MatchString(cell):
			c.num = i
		case cell == "备注" || cell == "说明":
			c.remark = i
		case checkersHead.MatchString(cell):
			c.checkers = i
		case leadersHead.MatchString(cell):
			c.leaders = i
		case personsHead.MatchString(cell):
			c.persons = i
		case partnersHead.MatchString(cell):
			c.partners = i
		case leadHead.MatchString(cell):
			c.lead = i
		case ownersHead.MatchString(cell):
			c.owners = i
		case dueHead.MatchString(cell):
			c.due = i
		case contentHead.MatchString(cell) && c.content < 0 && !codeHead.MatchString(cell):
			c.content = i
		case targetHead.MatchString(cell) && c.target < 0:
			c.target = i
		}
	}
	if c.content < 0 && (c.lead >= 0 || c.owners >= 0) {
		// 专项整治行业名称 | 时间安排 | 责任单位: with no column named for the
		// work, the first that names things (…名称) holds it.
		for i, cell := range row {
			if i != c.num && i != c.lead && i != c.owners && i != c.partners && i != c.leaders && i != c.persons && i != c.due &&
				nameHead.MatchString(squeezeSpace(cell)) {
				c.content = i
				break
			}
		}
	}
	if c.content < 0 && (c.lead >= 0 || c.owners >= 0) {
		// 抽查类别 | 抽查类别 | 检查对象 | …: a heading over two columns (a
		// cell merged over both, given in each): the first names the
		// rows' kind, the second their items, the work.
		for i := 1; i < len(row); i++ {
			if h := squeezeSpace(row[i]); h != "" && h == squeezeSpace(row[i-1]) && i != c.lead && i != c.owners && i != c.partners && i != c.due {
				c.content = i
				break
			}
		}
	}
	if c.content >= 0 && indicatorHead.MatchString(squeezeSpace(row[c.content])) && !slices.ContainsFunc(row, targetHead.MatchString) {
		// 指标 | 工作任务, with no column of targets: the indicator names
		// the row's field (公共文化服务, a cell merged over the rows under
		// it) and the column after it the work, which is the task. Where
		// targets follow (考核指标 | 考核内容 | 年度目标) the indicator is.
		for i := c.content + 1; i < len(row); i++ {
			cell := squeezeSpace(row[i])
			if i != c.lead && i != c.owners && i != c.partners && i != c.leaders && i != c.persons && i != c.due && i != c.checkers &&
				workHead.MatchString(cell) && !indicatorHead.MatchString(cell) && !targetHead.MatchString(cell) {
				c.content = i
				break
			}
		}
	}
	if c.content >= 0 && fieldHead.MatchString(squeezeSpace(row[c.content])) {
		// 序号 | 任务 | 项目 | 具体措施 | 主要职能部门: the 任务 cell names a
		// field of work, merged over the measures under its number; each
		// measure, with units of its own, is the task.
		for i := c.content + 1; i < len(row); i++ {
			if i != c.lead && i != c.owners && i != c.partners && i != c.leaders && i != c.persons && i != c.due && i != c.checkers &&
				measureHead.MatchString(squeezeSpace(row[i])) {
				c.field, c.content = c.content, i
				break
			}
		}
	}
	if c.content >= 0 && (!indicatorHead.MatchString(row[c.content]) || targetHead.MatchString(row[c.content])) {
		c.target = -1 // 年度目标 … 季度目标: the first is the task, the others its text
	}
	if c.content < 0 || (c.lead < 0 && c.owners < 0) {
		return nil
	}
	if c.num < 0 {
		c.num, c.noNum = 0, true
	}
	c.names = row
	return c
}

// mergedLead is a row that left out the table's first column, a cell
// merged over several rows (类别: 四、教育文化 on the first row of its
// group only): the row has fewer cells than the header, the table has no
// 序号 column and its task column is not the first, and the row's first
// cell is the task with its number (15.推进…) where the task column holds
// none. The row is given an empty first cell.
func (c *columns) mergedLead(row []string) []string {
	if !c.noNum || c.content < 1 || len(row) >= len(c.names) || len(row) == 0 {
		return row
	}
	if taskRe.MatchString(row[0]) && !taskRe.MatchString(c.cell(row, c.content)) {
		return append([]string{""}, row...)
	}
	return row
}

// shortRow is a row one cell short of the header whose last cell is its
// time limit, under a header whose last column is the time limit: the
// cell it left out is merged over several rows (类别 | 标准 | 内容 |
// 牵头单位 | 协助单位 | 完成期限, 生态环境 on the group's first row only).
// Read by position, its units and its date would fall one column short;
// they are read one column over, after an empty cell put after the task's,
// and the row is listed. It reports whether the row was so read.
func (c *columns) shortRow(row []string) ([]string, bool) {
	last := len(c.names) - 1
	if len(row) != last || c.due != last || c.content < 0 || c.content >= last-1 || c.cell(row, c.content) == "" {
		return row, false
	}
	if _, ok := dueDate(strings.ReplaceAll(row[last-1], CellBreak, ""), years{}); !ok || !dateCellRe.MatchString(row[last-1]) {
		return row, false
	}
	out := slices.Clone(row[:c.content+1])
	out = append(out, "")
	return append(out, row[c.content+1:]...), true
}

// dateCellRe is a cell that holds a date: 2010年9月20日前, 12月底, 2023-06-30.
var dateCellRe = lazyRe(`^\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月(?:份|底|末|中旬|上旬|下旬|\d{1,2}\s*日)?(?:前|之前|以前)?\s*$|^\s*\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?\s*(?:前)?\s*$`)

func (c *columns) cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}

// resp is a row's responsibility, cell by cell, each under its column's
// heading.
func (c *columns) resp(row []string, line int) []piece {
	var out []piece
	for _, col := range []int{c.lead, c.owners, c.partners, c.leaders, c.persons} {
		if v := c.cell(row, col); v != "" {
			// Names in paragraphs of their own are a list.
			out = append(out, piece{strings.ReplaceAll(v, CellBreak, "、"), line, FromColumn, c.label(col)})
		}
	}
	if m := remarkLeadRe.FindStringSubmatch(c.cell(row, c.remark)); m != nil && c.lead < 0 && unitNames(m[1]) {
		// 备注: 教育局牵头, beside a 部门 cell naming it among others: the
		// lead.
		out = append(out, piece{m[1], line, FromColumn, "牵头单位"})
	}
	return out
}

// remarkLeadRe is a remark that names who leads a row: 教育局牵头.
var remarkLeadRe = lazyRe(`^\s*([^，,。；;：:\s]{2,30}?)\s*牵头\s*$`)

// label is a column's heading as a label of responsibility: 牵头单位,
// 责任单位, 配合单位 or 责任领导, whatever the notice calls it.
func (c *columns) label(col int) string {
	switch col {
	case c.lead:
		return "牵头单位"
	case c.partners:
		return "配合单位"
	case c.leaders:
		return "责任领导"
	case c.persons:
		return "责任人"
	case c.due:
		return "完成时限"
	}
	return "责任单位"
}

// A table flattened one cell per line with nothing after the cells (as
// web pages copy): a header of column names, each on a line, then rows
// that start with the item's number (a 序号 cell, or 1. at the start of
// the task's cell), each other cell on a line of its own. Rows may miss a
// cell or have one more line than the header has columns: the cells are
// matched to the columns by what they hold (units, persons, dates).

// headWords end a header cell broken over two lines (牵头 / 单位).
var headWords = lazyRe(`^(单位|部门|领导|时限|时间|内容|任务|措施|举措|事项|名称)$`)

// bareHeader reads a header of column names one per line, with no |.
func bareHeader(lines []Line, i int) ([]string, int) {
	return readHeader(lines, i, func(s string) (string, bool) {
		return trimLine(s), !strings.Contains(s, "|")
	})
}

// readHeader reads a header of column names, one cell per line from
// lines[i] on, each line's cell given by cellOf; it returns the cells
// (nil when they make no task table's header) and where they end. A cell
// may be broken over two lines: 牵头 / 单位, 分管 / 领导, 完成 / 状况.
func readHeader(lines []Line, i int, cellOf func(string) (string, bool)) ([]string, int) {
	var head []string
	var at []int // the line each cell starts on
	j := i
	for ; j < len(lines) && len(head) <= maxColumns; j++ {
		c, ok := cellOf(lines[j].Text)
		c = squeezeSpace(c)
		start := j
		if ok && len(head) > 0 && headNoteOnlyRe.MatchString(c) && !headNoteRe.MatchString(head[len(head)-1]) {
			// 进展情况 / (7月): a column's note on a line of its own.
			head[len(head)-1] += c
			continue
		}
		if ok && !isColumnName(c) && j+1 < len(lines) && !(len(head) > 0 && headWords.MatchString(c)) {
			// 分管 / 领导: neither part names a column, the two do.
			if next, ok := cellOf(lines[j+1].Text); ok && len([]rune(c)) <= 4 && len([]rune(squeezeSpace(next))) <= 4 && isColumnName(c+squeezeSpace(next)) {
				c += squeezeSpace(next)
				j++
			}
		}
		if !ok || !isColumnName(c) && !(len(head) > 0 && headWords.MatchString(c)) {
			break
		}
		if projectCellRe.MatchString(c) && namesItems(head) {
			// 项目名称 | 内容 | 牵头单位 | 进展情况 / 婴幼儿童照护服务项目: a
			// project's name after a header that names the work, its
			// items and who answers for it is the first row's cell.
			break
		}
		if len(head) > 0 && headWords.MatchString(c) && !isWholeColumn(c) && !tableCellName(head[len(head)-1]) ||
			len(head) > 0 && c == "任务" && strings.HasSuffix(head[len(head)-1], "目标") {
			// 牵头 / 单位, 攻坚目标 / 任务: one cell broken over two lines.
			head[len(head)-1] += c
			continue
		}
		head = append(head, c)
		at = append(at, start)
	}
	head, j = trailingColumns(lines, head, j, cellOf)
	for k := 1; k < len(head); k++ {
		if numHead.MatchString(head[k]) {
			// A header starts at its 序号: a short line before it that
			// names a column too (2023年主要目标) is the table's caption.
			return nil, at[k]
		}
	}
	if len(head) < 2 || len(head) > maxColumns || tableHeader(head) == nil {
		return nil, j
	}
	return head, j
}

// projectCellRe is the name of one project (婴幼儿童照护服务项目,
// 养老服务项目), not a column's: a kind of work before 项目.
var projectCellRe = lazyRe(`^\p{Han}{3,}项目$`)

// namesItems reports whether a header already names the work, a column
// of item names (项目名称, 项目) and who answers for it: the table's
// columns are all there, and a project's name after them starts a row.
func namesItems(head []string) bool {
	c := tableHeader(head)
	if c == nil {
		return false
	}
	return slices.ContainsFunc(head, func(h string) bool {
		h = squeezeSpace(h)
		return h == "项目" || strings.HasPrefix(h, "项目") && nameHead.MatchString(h)
	})
}

// trailingColumns takes the last cells of a numbered task table's header
// that name no column tally knows (是否达序, 说明) into it: short cells up
// to the first row's 序号. Without them the first row would start at the
// header's tail.
func trailingColumns(lines []Line, head []string, j int, cellOf func(string) (string, bool)) ([]string, int) {
	if len(head) < 2 || !numHead.MatchString(head[0]) || tableHeader(head) == nil {
		return head, j
	}
	var more []string
	for k := j; k < len(lines) && k-j <= maxTrailingColumns; k++ {
		c, ok := cellOf(lines[k].Text)
		if !ok {
			return head, j
		}
		if bareNumberRe.MatchString(c) {
			if len(more) == 0 || len(head)+len(more) > maxColumns {
				return head, j
			}
			return append(head, more...), k
		}
		if c = squeezeSpace(c); len([]rune(c)) > 6 || strings.ContainsAny(c, "。，；：:、") {
			return head, j
		}
		if c == "" {
			// A lone | before the first row opens it: no column.
			continue
		}
		more = append(more, c)
	}
	return head, j
}

// maxTrailingColumns bounds the unknown cells at a header's end.
const maxTrailingColumns = 3

// tableCellName is a header cell whole by itself (牵头单位, 序号), which a
// following 单位 does not continue.
func tableCellName(s string) bool {
	return numHead.MatchString(s) || headWords.MatchString(s) || len([]rune(s)) >= 4
}

// isWholeColumn is a header word that names a column by itself.
func isWholeColumn(s string) bool { return s == "事项" || s == "任务" || s == "内容" }

var bareNumberRe = lazyRe(`^\d{1,3}\s*[.．、]?$`)

// bareRows reads the rows of a bare flattened table from lines[i:] into out
// and returns where the table ends. Headings inside it stay lines.
func bareRows(lines []Line, i int, c *columns, out *[]item) int {
	width := len(c.names)
	numbered := c.num >= 0 && c.num < width && numHead.MatchString(c.names[c.num])
	last := 0 // the number of the last row read
	// startsAt says whether lines[k] starts a row. In a numbered table a
	// bare number starts one where it is the next number; one that goes
	// back never does (a target of 0 or 1 is a cell of its row), and one
	// that skips ahead (an extract's rows 3, 68, 69) only where the task's
	// text comes after it: a target of 42 before a unit's name is a cell.
	startsAt := func(k int) bool {
		t := trimLine(lines[k].Text)
		if !numbered {
			return taskRe.MatchString(t)
		}
		if !bareNumberRe.MatchString(t) {
			return false
		}
		v, _ := rowNumber(t)
		switch {
		case last == 0 || v == last+1:
			return true
		case v <= last:
			return false
		}
		return k+1 >= len(lines) || !unitList(trimLine(lines[k+1].Text)) && !bareNumberRe.MatchString(trimLine(lines[k+1].Text))
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
		var cells []string
		var cellAt []int // the line of each cell, from i
		for k, l := range lines[i:j] {
			if c.field >= 0 && dashCellRe.MatchString(trimLine(l.Text)) {
				// An empty cell written as a dash (- under 2007 and 2010)
				// in a table of measures: no cell.
				continue
			}
			cells, cellAt = append(cells, trimLine(l.Text)), append(cellAt, k)
		}
		if groups, dashed := dashGroups(cells, boolInt(numbered)); groups != nil && (dashed || !fits(cells, c, numbered)) {
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
		if c.field >= 0 && numbered {
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
		for k, col := range before {
			if k < len(merged) {
				row[col] = merged[k]
			}
		}
		// More lines than the header has columns: which column took the
		// extra one is a guess.
		it := item{line: lines[i], row: row, guessed: used-1 > len(c.names)-1-boolInt(!numbered) && !unitsRunOn(row, c) || emptyUnitColumn(row, c), flat: numbered}
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
	for _, x := range []int{c.partners, c.lead, c.owners} {
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
	for _, col := range []int{c.lead, c.owners, c.partners} {
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
	if numbered && c.content == c.num+2 && k+1 < len(cells) && fieldCell(cells[k]) && !fieldCell(cells[k+1]) {
		// 序号 | 指标 | 工作任务: a short cell before the task's is the
		// row's field; where that cell is merged over the rows under it,
		// the task's comes straight after the number.
		row[c.num+1] = cells[k]
		k++
	}
	if numbered && c.field > c.num && c.field < c.content && k+1 < len(cells) && fieldCell(cells[k]) && !fieldCell(cells[k+1]) {
		// 序号 | 任务 | 项目 | 具体措施: the field's cell, the columns
		// between it and the measure's left empty.
		row[c.field] = cells[k]
		k++
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
				if a+1 < n && isUnitColumn(c, cols[b]) {
					if v := fit + best[a+1][b] - 0.25; v > best[a][b] && cellFit(rest[a+1], c, cols[b]) > 0 {
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

func joinCell(cell, more string) string {
	if cell == "" {
		return more
	}
	return cell + "、" + more
}

func isUnitColumn(c *columns, col int) bool {
	return col == c.lead || col == c.owners || col == c.partners
}

var (
	personRe = lazyRe(`(市长|县长|区长|镇长|书记|主任|部长|主席|常委|委员|党组成员|局长|厅长|秘书长|同志|^\p{Han}\s\p{Han}$|^\p{Han}{2,3}$)`)
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
		return -3
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
	case isUnitColumn(c, col) || col == c.checkers:
		switch {
		case figureLeadRe.MatchString(cell):
			// 88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢): a progress
			// cell, whatever its bracket lists.
			return -2
		case unitList(cell):
			return 2
		case long || dateish.MatchString(cell):
			return -3
		case bodyEndRe.MatchString(cell):
			// 文化馆, 广电事业股, 执法大队: a body however short, no
			// person's name.
			return 1
		case endsOrg(strings.TrimRight(cell, "等）)")) || strings.Contains(cell, "、") || Collective(cell) || placeTypeRe.MatchString(cell):
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
var bodyEndRe = lazyRe(`\p{Han}(?:股|馆|队|站|所|公司|集团)$`)

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
	if len(parts) == 1 {
		return len([]rune(parts[0])) <= 20 && endsOrg(parts[0])
	}
	orgs := 0
	for _, p := range parts {
		if len([]rune(p)) > 20 {
			return false
		}
		if endsOrg(p) || Collective(p) || openNameRe.MatchString(p) {
			orgs++
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

// joinedHeadRe is a task table's header whose cells a document site's
// preview ran together, its rows after it on the same line, with nothing
// between the cells: 序号, then the projects' names (项目名称), …, then a
// unit's column and a leader's last (…牵头协调部门牵头区领导). Read from its
// ends, such a row gives its project, its unit and its leaders.
var joinedHeadRe = lazyRe(`序号项目名称[\p{Han}\d]{0,40}?((?:牵头|责任|主办|承办|主管|协调)\p{Han}{0,4}?(?:单位|部门))((?:牵头|责任|分管|联系|包保|挂点|挂钩|包抓|协调)(?:[省市县区镇乡旗]|市县|县区)?(?:级)?领导)`)

// joinedRow is a row of such a table: its number, its project's name,
// the cells between (run together as the copy gives them), its unit and
// its persons.
type joinedRow struct {
	num                         int
	name, middle, unit, persons string
}

// levelRunes start a unit's name: its level.
const levelRunes = "省市县区州镇乡旗"

// joinedTable reads such a line: the unit's and the leader's columns and
// each row, numbered in turn from 1 (a total's row before them is none).
// A row is its number and its text up to the next one's; its project's
// name ends at the first 项目 or 工程; its last words are the leaders'
// names (one or two names of two or three characters) after the unit's
// name, a public body's, which starts at the last level (区, 市 …) before
// the word that ends it. Where a
// row cannot be read so, no row is: nil.
func joinedTable(t string) (unitCol, leaderCol string, rows []joinedRow) {
	loc := joinedHeadRe.FindStringSubmatchIndex(t)
	if loc == nil {
		return "", "", nil
	}
	unitCol, leaderCol = t[loc[2]:loc[3]], t[loc[4]:loc[5]]
	rs := []rune(t[loc[1]:])
	isHan := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	// starts[k-1] is where row k's number stands.
	var starts []int
	for k, from := 1, 0; k < 1000; k++ {
		key := []rune(strconv.Itoa(k))
		at := -1
		for i := from; i+len(key) < len(rs); i++ {
			if string(rs[i:i+len(key)]) == string(key) && (i == 0 || !unicode.IsDigit(rs[i-1])) && isHan(rs[i+len(key)]) {
				at = i
				break
			}
		}
		if at < 0 {
			break
		}
		starts = append(starts, at)
		from = at + len(key)
	}
	for k, at := range starts {
		end := len(rs)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		text := strings.TrimSpace(string(rs[at+len([]rune(strconv.Itoa(k+1))) : end]))
		r, ok := readJoinedRow(text)
		if !ok {
			return "", "", nil
		}
		r.num = k + 1
		rows = append(rows, r)
	}
	return unitCol, leaderCol, rows
}

// readJoinedRow reads a row's text of a table run together: see
// joinedTable.
func readJoinedRow(text string) (joinedRow, bool) {
	i := strings.Index(text, "项目")
	if j := strings.Index(text, "工程"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || utf8.RuneCountInString(text[:i]) > 40 {
		return joinedRow{}, false
	}
	name, rest := text[:i+len("项目")], []rune(text[i+len("项目"):])
	for p := len(rest) - 2; p >= 3 && len(rest)-p <= 6; p-- {
		persons := string(rest[p:])
		if len(rest)-p == 5 || !isHanRun(persons) || endsOrg(persons) || !officeEndRe.MatchString(string(rest[:p])) {
			// Names of two or three characters, one or two of them.
			continue
		}
		for j := p - 3; j >= 0 && j >= p-12; j-- {
			if strings.ContainsRune(levelRunes, rest[j]) {
				return joinedRow{name: name, middle: string(rest[:j]), unit: string(rest[j:p]), persons: persons}, true
			}
		}
		return joinedRow{}, false
	}
	return joinedRow{}, false
}

// officeEndRe ends the name of a public body that a task table names as
// a row's unit: a bureau, a committee, an office, a centre (not the
// company building the project, 市兴城公司).
var officeEndRe = lazyRe(`(?:局|委|办|厅|中心|政府|管委会|办事处|院|站|所|队)$`)

// isHanRun says s is Han characters and nothing else.
func isHanRun(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// splitJoinedNames splits persons' names run together with nothing
// between them where their count of characters says how: four are two
// names of two, six two of three (王天刚郭代辉); others stay as they are.
func splitJoinedNames(s string) string {
	r := []rune(s)
	switch len(r) {
	case 4:
		return string(r[:2]) + "、" + string(r[2:])
	case 6:
		return string(r[:3]) + "、" + string(r[3:])
	}
	return s
}

// A task table whose cells a document preview ran together, with units in
// two columns: 序号主要工作任务第一责任单位主要责任单位 then rows 1地区生产总值…。
// 市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区2服务业…, the units of
// the first column run into those of the second (nothing between them),
// the page's markers (—2—) and category headings (二、产业优化升级) run on
// between the rows.

// joinedUnitsHeadRe is such a table's header: 序号, the work's column and
// two columns of units.
var joinedUnitsHeadRe = lazyRe(`序号(\p{Han}{0,4}(?:任务|内容|目标|举措|措施|事项))(?:\p{Han}{0,4}?(?:目标|任务|指标))?(\p{Han}{0,4}?(?:单位|部门))(\p{Han}{0,4}?(?:单位|部门))?(?:备注)?`)

// joinedUnitsRow is a row of such a table: the headings before it, its
// number and text, and its units in the first column and in the second.
type joinedUnitsRow struct {
	headings     []string
	num          int
	text         string
	first, other string
}

// pageMarkRe is a page's number marker a preview leaves in its text: —2—.
var pageMarkRe = lazyRe(`[—－-]\s*\d{1,3}\s*[—－-]`)

// trailingHeadingRe is a category heading run on at a row's end: 二、产业优化升级.
var trailingHeadingRe = lazyRe(`([一二三四五六七八九十]{1,3}、\p{Han}{2,15})$`)

// joinedUnitsTable reads a line holding such a table: the text before
// its header, its columns' names and its rows, numbered in turn from 1.
// A row's units are the longest run at its end that reads as units' names
// (the separated ones whole, the first run together split into names
// that each start with their level); the first column's are all of that
// run's names but its last, which opens the second column's list. Where
// a row cannot be read so, no row is: nil.
func joinedUnitsTable(t string) (head string, cols [2]string, rows []joinedUnitsRow) {
	loc := joinedUnitsHeadRe.FindStringSubmatchIndex(t)
	if loc == nil {
		return "", cols, nil
	}
	head, cols = t[:loc[0]], [2]string{t[loc[4]:loc[5]], ""}
	if loc[6] >= 0 {
		cols[1] = t[loc[6]:loc[7]]
	}
	rs := []rune(pageMarkRe.ReplaceAllString(t[loc[1]:], ""))
	var starts []int
	for k, from := 1, 0; k < 1000; k++ {
		key := []rune(strconv.Itoa(k))
		at := -1
		for i := from; i+len(key) < len(rs); i++ {
			if string(rs[i:i+len(key)]) == string(key) && (i == 0 || !unicode.IsDigit(rs[i-1])) && unicode.Is(unicode.Han, rs[i+len(key)]) &&
				!strings.ContainsRune("年月日号时个项万亿元倍", rs[i+len(key)]) {
				// (2021年2月底前: a date, not row 2.)
				at = i
				break
			}
		}
		if at < 0 {
			break
		}
		starts = append(starts, at)
		from = at + len(key)
	}
	if len(starts) < 2 {
		return "", cols, nil
	}
	headings := func(s string) (string, []string) {
		var hs []string
		for {
			s = strings.TrimSpace(s)
			m := trailingHeadingRe.FindStringSubmatchIndex(s)
			if m == nil {
				break
			}
			hs = append([]string{s[m[2]:m[3]]}, hs...)
			s = s[:m[0]]
		}
		return s, hs
	}
	_, before := headings(string(rs[:starts[0]]))
	for k, at := range starts {
		end := len(rs)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		text, next := headings(string(rs[at+len([]rune(strconv.Itoa(k+1))) : end]))
		body, first, other, ok := splitRowUnits(text)
		if !ok {
			return "", cols, nil
		}
		rows = append(rows, joinedUnitsRow{headings: before, num: k + 1, text: body, first: first, other: other})
		before = next
	}
	return head, cols, rows
}

// splitRowUnits splits a row's text from the units' names at its end: see
// joinedUnitsTable.
func splitRowUnits(s string) (text, first, other string, ok bool) {
	// The elements of the units' list, apart by 、 or , outside brackets,
	// and where each starts.
	var parts []string
	var at []int
	depth, from := 0, 0
	for i, r := range s {
		switch {
		case strings.ContainsRune("（(", r):
			depth++
		case strings.ContainsRune("）)", r) && depth > 0:
			depth--
		case depth == 0 && strings.ContainsRune("、,，", r):
			parts, at = append(parts, s[from:i]), append(at, from)
			from = i + utf8.RuneLen(r)
		}
	}
	parts, at = append(parts, s[from:]), append(at, from)
	// The whole elements at the end that are units' names.
	k := len(parts) - 1
	for k > 0 && listedUnit(parts[k]) {
		k--
	}
	// The element before them: the text, then names run together.
	lead := []rune(parts[k])
	names, cut := joinedNames(lead)
	if len(names) == 0 {
		return "", "", "", false
	}
	rest := ""
	if k+1 < len(parts) {
		rest = s[at[k+1]:]
	}
	text = strings.TrimSpace(s[:at[k]] + string(lead[:cut]))
	if text == "" {
		return "", "", "", false
	}
	if len(names) == 1 {
		return text, names[0], rest, rest != ""
	}
	other = names[len(names)-1]
	if rest != "" {
		other += "、" + rest
	}
	return text, strings.Join(names[:len(names)-1], "、"), other, true
}

// listedUnit is an element of a units' list: a unit's name, or a place's
// zone or body written without its level (嘉兴港区, 嘉兴电力局).
func listedUnit(p string) bool {
	p = openTailRe.ReplaceAllString(p, "") // 市文广旅局等部门
	if p == "" || utf8.RuneCountInString(p) > 20 || strings.ContainsAny(p, "。；;：:") {
		return false
	}
	return unitList(p) || Collective(p) || isHanRun(p) && utf8.RuneCountInString(p) <= 12 && strings.ContainsRune("区局委办厅院所站队会部处室团社司行联", []rune(p)[utf8.RuneCountInString(p)-1])
}

// joinedNames splits the longest run of units' names run together at the
// end of s, each starting with its level (市科技局市发展改革委), into the
// most names; it gives them and where the run starts.
func joinedNames(s []rune) ([]string, int) {
	n := len(s)
	// best[i]: the most names s[i:] splits into, -1 where it does not.
	best := make([]int, n+1)
	cut := make([]int, n+1)
	for i := n - 1; i >= 0; i-- {
		best[i] = -1
		if !strings.ContainsRune(levelRunes+"各", s[i]) {
			continue
		}
		for j := i + 2; j <= n && j-i <= 20; j++ {
			if best[j] < 0 && j < n {
				continue
			}
			p := string(s[i:j])
			if !unitList(p) || strings.ContainsAny(p, "、,，。；;") && !strings.ContainsAny(p, "（(") {
				continue
			}
			v := 1
			if j < n {
				v += best[j]
			}
			if v > best[i] {
				best[i], cut[i] = v, j
			}
		}
	}
	if n > 0 {
		best[n] = 0
	}
	for i := 0; i < n; i++ {
		if best[i] > 0 {
			var names []string
			for k := i; k < n; k = cut[k] {
				names = append(names, string(s[k:cut[k]]))
			}
			return names, i
		}
	}
	return nil, 0
}
