package notice

import (
	"strings"
	"unicode/utf8"
)

// A table some pages flatten with each cell on a line of its own that
// opens with "| " (a row's first cell opens with none) and each row
// closed by a lone "|":
//
//	牵头单位
//	| 目 标 任 务
//	| 责 任 单 位
//	|
//	市政
//	府办
//	公厅
//	| 强化行政监督,…
//	| 市直各单位、各区县市
//	|
//	推进国家安全工作发展
//	| 市直各单位、各区县市
//	|
//
// A cell merged over several rows is written on the first of them only:
// a row with fewer cells than the header left out the cells spanned from
// the rows above (a lead's cell before the task, a units cell after it).
// Names in a narrow column are broken one or two characters a line.

// leadPipeCellRe is a line opening a cell after a row's first: "| 目标任务".
var leadPipeCellRe = lazyRe(`^[|｜]\s*(\S.*)$`)

// lonePipe says a line is a lone "|", closing a row.
func lonePipe(s string) bool {
	return strings.TrimSpace(pipeSeps.Replace(s)) == "|"
}

// leadPipeCell is the text of a line opening a cell with "| " and holding
// no other |, or false.
func leadPipeCell(s string) (string, bool) {
	s = trimLine(pipeSeps.Replace(s))
	m := leadPipeCellRe.FindStringSubmatch(s)
	if m == nil || strings.Contains(m[1], "|") {
		return "", false
	}
	return trimLine(m[1]), true
}

// leadPipeHeader reads such a table's header at lines[i]: a column's name
// alone on its line, one or more "| name" lines, and a lone "|", together
// a task table's header. It returns the header's cells and where its rows
// start, or nil.
func leadPipeHeader(lines []Line, i int) ([]string, int) {
	first := trimLine(lines[i].Text)
	if strings.ContainsAny(pipeSeps.Replace(first), "|") || !isColumnName(first) {
		return nil, i
	}
	head := []string{squeezeSpace(first)}
	j := i + 1
	for ; j < len(lines) && len(head) < maxColumns; j++ {
		name, ok := leadPipeCell(lines[j].Text)
		if !ok || !isColumnName(name) {
			break
		}
		head = append(head, squeezeSpace(name))
	}
	if len(head) < 2 || j >= len(lines) || !lonePipe(lines[j].Text) || tableHeader(head) == nil {
		return nil, i
	}
	return head, j + 1
}

// leadPipeRows reads the rows from lines[i:] under the header c, appends
// them to out and returns where the table ends: at a row not closed by a
// lone "|" within a few lines, or one with more cells than the header.
// A short row's cells are placed from the task's column on (the cells
// before it, and those after its last, were merged over it from the row
// above) and take the cells it left out from the row above, each listed
// (item.spanned).
func leadPipeRows(lines []Line, i int, c *columns, out *[]item) int {
	width := len(c.names)
	var above []string
	var from []int // the line each cell of the row above was written on
	for i < len(lines) {
		cells, end, ok := leadPipeRow(lines, i, width)
		if !ok {
			break
		}
		row, at := make([]string, width), make([]int, width)
		cols, guessed := placeCells(cells, c)
		guessed = guessed && len(cells) < width
		placed := make([]bool, width)
		for k, col := range cols {
			row[col], placed[col] = cells[k], true
		}
		var spanned []spanCell
		for col := range row {
			at[col] = lines[i].N
			if placed[col] {
				continue
			}
			if above == nil || above[col] == "" {
				break
			}
			row[col], at[col] = above[col], from[col]
			spanned = append(spanned, spanCell{col, from[col]})
		}
		if len(spanned) != width-len(cells) {
			break // a row short of cells with none above to take them from
		}
		above, from = row, at
		*out = append(*out, item{line: lines[i], row: row, spanned: spanned, guessed: guessed})
		i = end
	}
	return i
}

// placeCells says which column each of a row's cells stands in: all of
// them where the row has as many cells as the header; else the columns,
// in order, that its cells fit best (a number in the 序号, the work in its
// column, units in a unit column, a date in the time limit's), the cells
// left out being merged over the row from above. Of columns that fit
// alike, the first are taken, and it reports the row guessed (listed).
func placeCells(cells []string, c *columns) ([]int, bool) {
	width := len(c.names)
	if width > 10 {
		// A header too wide to weigh every placing: from the task's column.
		var cols []int
		start := min(max(c.content, 0), width-len(cells))
		for k := range cells {
			cols = append(cols, start+k)
		}
		return cols, true
	}
	return placeAfter(cells, c, 0)
}

// workVerbRe opens a piece of work: 建设…, 推进…, 完成….
var workVerbRe = lazyRe(`^(?:建设|新建|改建|扩建|改造|推进|开展|完成|实施|加强|加快|提升|深化|完善|健全|落实|组织|做好|抓好|打造|创建|启动|推动|强化|优化|规范|整治|举办|编制|制定)`)

// spanFit is how well a cell fits a column of such a table.
func spanFit(cell string, c *columns, col int) float64 {
	switch col {
	case c.num:
		if bareNumberRe.MatchString(cell) {
			return 3
		}
		return -3
	case c.content:
		switch {
		case bareNumberRe.MatchString(cell):
			return -3
		case strings.HasSuffix(cell, "。") || strings.HasSuffix(cell, "；") || workVerbRe.MatchString(cell):
			return 3 // 建设城市运行管理中心。, 建设县便民服务中心: a piece of work, however it ends
		case unitList(cell) || endsOrg(cell) && utf8.RuneCountInString(cell) <= 12 || Collective(cell) || respCell(cell):
			return -2
		case dateCellRe.MatchString(cell):
			return -3
		}
		return 2 // 推进林长制: words that name no unit are the work
	}
	if bareNumberRe.MatchString(cell) && c.num >= 0 && !c.noNum {
		return -3
	}
	if isUnitColumn(c, col) && progressCellRe.MatchString(cell) {
		return -3 // 已完成: a row's progress, no unit
	}
	if isUnitColumn(c, col) && (setUpRe.MatchString(cell) || workVerbRe.MatchString(cell)) {
		return -2 // 设立综合行政执法股: work that sets a body up, no unit
	}
	if isUnitColumn(c, col) && !unitList(cell) && !endsOrg(cell) && !Collective(cell) && !bodyEndRe.MatchString(cell) && !sectionName(cell) && !officeGroupRe.MatchString(cell) && !unitsWithCell(cell) {
		return -1 // no unit's name in a column of units
	}
	return cellFit(cell, c, col)
}

// leadPipeRow reads one row at lines[i]: its first cell's lines, each
// "| " cell with the lines it runs on, up to the lone "|" that closes it.
// It reports false where no row of at most width cells is closed within
// a few lines.
func leadPipeRow(lines []Line, i, width int) ([]string, int, bool) {
	const maxLines = 24
	var cells []string
	for j := i; j < i+maxLines; j++ {
		if j == len(lines) {
			// The text ends after a row's cells: its closing | was
			// taken off with the page's end.
			if len(cells) >= 2 && cells[0] != "" {
				return cells, j, true
			}
			break
		}
		t := lines[j].Text
		switch {
		case lonePipe(t):
			if len(cells) == 0 || cells[0] == "" {
				return nil, i, false
			}
			return cells, j + 1, true
		case strings.Contains(pipeSeps.Replace(t), "|"):
			v, ok := leadPipeCell(t)
			if !ok || len(cells) == width || len(cells) == 0 {
				return nil, i, false
			}
			cells = append(cells, v)
		default:
			if len(cells) == 0 {
				cells = append(cells, "")
			}
			cells[len(cells)-1] = joinCellLine(cells[len(cells)-1], trimLine(t))
		}
	}
	return nil, i, false
}

// joinCellLine joins a line of a cell to the text before it: a name broken
// a few characters a line (市政 / 府办 / 公厅) runs on with nothing between;
// longer lines are paragraphs of the cell.
func joinCellLine(cell, more string) string {
	if cell == "" {
		return more
	}
	last := lastPara(cell)
	if wholeName(last) && wholeName(more) {
		return cell + CellBreak + more // 县科协 / 县残联: two units, one a line
	}
	if cutAtLevel(last) {
		return cell + more // 县发改局、县 / 市场监管局: a name a wrap cut after its level
	}
	if utf8.RuneCountInString(more) <= 4 || utf8.RuneCountInString(last) <= 4 {
		return cell + more
	}
	return cell + CellBreak + more
}

// joinUnitLine runs a line of a cell on after the text before it, as a
// flattened cell's lines run on, but for units' whole names one a line
// (县农业局 / 各乡镇), which stay apart.
func joinUnitLine(cell, more string) string {
	if cell != "" && (wholeName(lastPara(cell)) && wholeName(more) || bodyLine(lastPara(cell)) && bodyLine(more) && !(jointHeadRe.MatchString(lastPara(cell)) && partOfficeRe.MatchString(more)) || endsOrg(lastPara(cell)) && personLikeName(more) || respLineRe.MatchString(more) || qualifiedLabelRe.MatchString(more) ||
		!cutAtLevel(lastPara(cell)) && Collective(lastListed(lastPara(cell))) && placeNextRe.MatchString(more) ||
		personLine(lastPara(cell)) && personLine(more) || placedUnitNext(lastPara(cell), more)) {
		// (王刚 / 李强 in a 责任领导 cell: two persons, one a line.)
		// (市牵头单位：市住建局 / 区责任单位：…: two label lines stay apart.)
		return cell + CellBreak + more
	}
	return cell + more
}

// placedUnitNext says the line after a unit's whole name is another's,
// named with its place: 县商务局 / 高新区管委会, 某镇政府 / 王庄村 (not
// 国家税务总局 / 南通市税务局, one body's name wrapped).
func placedUnitNext(last, more string) bool {
	return utf8.RuneCountInString(last) >= 3 && utf8.RuneCountInString(more) >= 3 && endsOrg(last) && !strings.ContainsAny(last+more, "，,。；;：:、") &&
		!strings.HasSuffix(last, "总局") && !strings.HasSuffix(last, "总队") && (placedBodyRe.MatchString(more) && endsOrg(more) || townNameRe.MatchString(more))
}

// personLine says a line of a cell names one person, with or without a
// post: 王刚, 副县长王刚.
func personLine(s string) bool { return isPersonName(s) || postedPerson(s) }

// bodyLine says a line of a cell is a body's name written short, with no
// level (地震局, 财政局): three characters or more ending as a body does,
// no piece a wrap cut off (委员会 under 市发展和改革 is read with the line
// above only where that line ends as a body too).
//
// Both lines carry no level or place (a wrapped name's halves often do:
// 市政府 / 办公室, 市人力资源和社会 / 保障局, 国家税务总局 / 南通市税务局),
// and the first is no body another's name goes on from (县委 / 办公室).
func bodyLine(s string) bool {
	return utf8.RuneCountInString(s) >= 3 && utf8.RuneCountInString(s) <= 8 && (endsOrg(s) || smallBodyRe.MatchString(s) || collegeDeptRe.MatchString(s)) &&
		!strings.ContainsAny(s, "，,。；;：:、省市县区镇乡") && !strings.HasSuffix(s, "社会")
}

// partOfficeRe is an office that is part of the body on the line above
// it when that one ends in 委 or 政府 (县委 / 办公室, 镇党委 / 宣传部): no
// body of its own beside it (院团委 / 图书馆 are two).
var partOfficeRe = lazyRe(`^(?:办公室|办|组织部|宣传部|统战部|政法委|纪委|编办|党校|工委|机关工委|机关党委|督查室|委员会|秘书处)$`)

// collegeDeptRe ends a college's department: 外经贸系, 艺术系 (not 体系,
// 关系, 联系).
var collegeDeptRe = lazyRe(`[^体关联派谱]系$`)

// lastListed is the last name of a list apart by 、.
func lastListed(s string) string {
	if k := strings.LastIndex(s, "、"); k >= 0 {
		return s[k+len("、"):]
	}
	return s
}

// cutAtLevel says a cell's line ends in a level a wrap cut off its name
// (县发改局、县 / 市场监管局): a level alone after the last 、, not a
// collective (各县区, 各区), which is whole.
func cutAtLevel(s string) bool {
	last := lastListed(s)
	return !strings.HasPrefix(last, "各") && utf8.RuneCountInString(last) <= 3 && levelOnlyRe.MatchString(last)
}

// wholeName says a line of a cell is a unit's whole name (县科协, 各乡镇),
// not a piece of one broken a few characters a line (市政 / 府办 / 公厅).
func wholeName(s string) bool {
	if utf8.RuneCountInString(s) < 3 || strings.ContainsAny(s, "，,。；;：:") || strings.HasSuffix(s, "、") {
		return false
	}
	// 县农业农村局、县 / 乡村振兴局: a list whose last name a wrap cut after
	// its level goes on on the next line.
	if cutAtLevel(s) || utf8.RuneCountInString(lastListed(s)) < 2 {
		return false
	}
	return strings.ContainsRune(levelRunes, []rune(s)[0]) || Collective(s)
}

// lastPara is a cell's last paragraph.
func lastPara(cell string) string {
	if k := strings.LastIndex(cell, CellBreak); k >= 0 {
		return cell[k+len(CellBreak):]
	}
	return cell
}

// spannedCells lists the current row's cells it took from a row above
// (a cell merged over both): each answer read from such a cell says the
// row above's line, and is listed for review; so is a time limit.
func (w *walker) spannedCells(spanned []spanCell) {
	for _, s := range spanned {
		if s.col == w.table.due {
			w.cur.raw.mergedDue, w.cur.raw.due.line = true, s.line
			continue
		}
		if !isUnitColumn(w.table, s.col) && s.col != w.table.leaders && s.col != w.table.persons {
			continue // a task's cell (工作任务) shared with the row above: no one's
		}
		label := w.table.label(s.col)
		for k, p := range w.cur.raw.resp {
			if p.label == label {
				w.cur.raw.resp[k].line = s.line
				w.cur.raw.carried = append(w.cur.raw.carried, label)
			}
		}
	}
}

// sectionNameRe is a section's name, however short: 财务科, 综合股.
var sectionNameRe = lazyRe(`^\p{Han}{2,8}(?:科|股)$`)

// sectionName says a cell is a section's short name (财务科, 综合股), not
// work that sets one up (设立综合行政执法股).
func sectionName(cell string) bool {
	return sectionNameRe.MatchString(cell) && !notSectionRe.MatchString(cell) && !workVerbRe.MatchString(cell) && !setUpRe.MatchString(cell)
}

// setUpRe opens work that sets a body up: 设立, 成立, 组建.
var setUpRe = lazyRe(`^(?:设立|成立|组建|新设|增设|建立|筹建)`)
