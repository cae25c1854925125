package notice

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// A | table whose rows stand each on one line leaves out of a row the
// cells merged over it from the row above (a 工作任务 over four rows of
// 细化分工, a 责任领导 over two rows, a 责任处室) and the empty ones at its
// end (备注):
//
//	序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |
//	1 | 做好常态化疫情防控信息发布 | 重点围绕… | 应急处、监督处…等 | 长期推进 |
//	2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |
//
// Read by position, row 2's 长期推进 stood as its unit, in silence. Now a
// numbered short row's cells are put in the columns they fit best, in
// order (placeCells); the task's column, the columns of units and leaders
// and the time limit's that none of them fills take the row above's cells,
// each listed as carried (a merged cell); a placing that is a guess is
// listed as one. A section's row between rows (二 | 财政信息公开 |) ends
// what the rows under it take from above.

// shortPipeRow places a short row of such a table: the row at the
// header's width, the columns it took from above, whether the placing is
// a guess, and true; false where the row's cells stand, in order, in the
// columns from the first (its last columns left out), as it is read.
func shortPipeRow(row []string, c *columns, above []string, aboveAt []int) ([]string, []spanCell, bool, bool) {
	width := len(c.names)
	if c.noNum || c.num != 0 || len(row) < 2 || len(row) >= width || !bareNumberRe.MatchString(row[0]) {
		return nil, nil, false, false
	}
	cols, guessed := placeCells(row, c)
	if c.detail < 0 && !slices.Contains(cols, c.content) && c.content == 1 {
		// The cell after the number is the task's, whatever it is named
		// (城东社区卫生服务中心, a project named as the body it builds): only
		// a table telling the work from its detail carries the task's
		// cell from above. The cells after it go where they fit.
		rest, restGuessed := placeAfter(row[2:], c, 2)
		cols, guessed = append([]int{0, 1}, rest...), restGuessed
	}
	inOrder := true
	for k, col := range cols {
		inOrder = inOrder && col == k
	}
	if inOrder {
		return nil, nil, false, false
	}
	out, placed := make([]string, width), make([]bool, width)
	for k, col := range cols {
		out[col], placed[col] = row[k], true
	}
	if c.detail >= 0 && placed[c.content] && !placed[c.detail] && len(above) == width && above[c.content] != "" {
		// 工作任务 | 细化分工 with one cell of work: a detail of the task
		// merged over it from above, as the rows sharing a task read.
		out[c.detail], placed[c.detail] = out[c.content], true
		out[c.content], placed[c.content] = "", false
	}
	var spanned []spanCell
	for col := range out {
		carried := col == c.content || col == c.due || col == c.leaders || col == c.persons || isUnitColumn(c, col)
		if placed[col] || !carried || len(above) != width || above[col] == "" {
			continue
		}
		out[col] = above[col]
		spanned = append(spanned, spanCell{col, aboveAt[col]})
	}
	if c.cell(out, c.content) == "" {
		return nil, nil, false, false
	}
	return out, spanned, guessed, true
}

// shortTrailingRow places a numbered row of a table flattened one cell a
// line between lone bars whose last cell is empty where the row above's
// is not (1 | 构建…格局 | 同步规划… | 国家发展改革委… | then 2 | 统筹… |
// 教育部… | |), units in the column after the work's, which holds none
// (主要内容), and the cells after them in order: the page left out a cell
// merged over the row from above and padded the row's end for it. (Units
// under a 主办单位 before an empty 承办单位 are the row's own cells, in
// order: the column after the work's holds its time.) Read by position, the units stood as the
// work's text and the row took the row above's units, listed. The row's
// other cells are placed as a short | row's are (shortPipeRow).
func shortTrailingRow(texts []string, c *columns, above []string, aboveAt []int) ([]string, []spanCell, bool, bool) {
	width := len(c.names)
	k := c.content + 1 // the column after the work's, which the cell after the number slid into
	if len(texts) != width || width < 4 || texts[width-1] != "" || len(above) != width || !c.numbered() || c.content != c.num+1 ||
		k >= width-1 || isUnitColumn(c, k) || k == c.due || !isUnitColumn(c, width-1) {
		return nil, nil, false, false
	}
	// Units in the column of the work's text (主要内容), or, under a row
	// whose last cell is not empty, in the column before the last, which
	// holds none (王庄镇人民政府 under 建设地点).
	inText := workTextHeadRe.MatchString(squeezeSpace(c.names[k])) && unitsWithCell(lastPara(texts[k]))
	beforeLast := above[width-1] != "" && !isUnitColumn(c, width-2) && width-2 != c.due && unitsWithCell(lastPara(texts[width-2]))
	if !inText && !beforeLast {
		return nil, nil, false, false
	}
	if above[width-1] == "" && unitsWithCell(lastPara(above[k])) {
		// The row above ends empty too and holds units where this one
		// does: a column of places, say, its last cells left empty.
		return nil, nil, false, false
	}
	full, spanned, guessed, ok := shortPipeRow(texts[:width-1], c, above, aboveAt)
	// Under a row whose last cell is empty too, or where the cell taken
	// for the work's text reads as a short heading, not the text's sentence
	// (明确牵头部门 | 县应急管理局 | 县政府办 | |: a body may be the work's
	// text), the padding is less sure: the placing is listed.
	work := strings.TrimSpace(lastPara(texts[c.content]))
	sentence := strings.HasSuffix(work, "。") || strings.HasSuffix(work, "；") || utf8.RuneCountInString(work) > 30
	return full, spanned, guessed || above[width-1] == "" || !sentence, ok
}

// workTextHeadRe names a column of the work's text (主要内容, 具体措施,
// 工作要求), where units are out of place; a place's column (活动地点)
// holds names like units'.
var workTextHeadRe = lazyRe(`内容|措施|要求|举措|任务|事项|目标|标准`)

// unitsWithCell says a cell names units, or units working with others
// (教育部会同有关部门, 国家发展改革委会同有关部门,各省级人民政府).
func unitsWithCell(s string) bool {
	if unitCellText(s) || unitList(s) {
		return true
	}
	m := jointRe.FindStringSubmatch(strings.TrimSpace(s))
	return m != nil && m[2] == "会同" && (unitCellText(m[1]) || unitList(m[1])) && utf8.RuneCountInString(s) <= 60 && !strings.ContainsAny(s, "。；;")
}

// aboveLines is the line each cell of a row was written on: line, but for
// the cells it took from the row above, the line they were written on.
func aboveLines(prev []int, spanned []spanCell, width, line int) []int {
	at := make([]int, width)
	for k := range at {
		at[k] = line
	}
	for _, s := range spanned {
		if s.col < len(prev) {
			at[s.col] = prev[s.col]
		}
	}
	return at
}

// shiftedRow places a row of a table with no 序号 column that is short of
// cells, the cells merged over it from above left out or taken off as
// headings (一、… | (一)… | 1.规范… | 法规科牵头,办公室配合 | then 2.摸清… |
// 办公室牵头,各科室按职责分工落实 |), or a cell in its middle left out (a
// 工作要求, a 牵头单位): read by position, the units' cell stood as the
// task, or 已完成 as a unit. Where the row's cells fit clearly better in
// other columns, in order (the work in the task's column, who answers in
// a unit column, a progress word in none), they are put there, the
// columns between left empty; it reports whether the placing is a guess.
func (c *columns) shiftedRow(row []string) ([]string, bool) {
	width := len(c.names)
	if !c.noNum || len(row) == 0 || len(row) >= width || width > 10 {
		return row, false
	}
	// The table has no 序号 column: its first is no number's.
	cc := *c
	cc.num = -1
	score := func(cols []int) float64 {
		v := 0.0
		for k, col := range cols {
			v += spanFit(row[k], &cc, col)
		}
		return v
	}
	inOrder := make([]int, len(row))
	for k := range inOrder {
		inOrder[k] = k
	}
	cols, guessed := placeCells(row, &cc)
	if slices.Equal(cols, inOrder) || score(cols)-score(inOrder) < 2 {
		return row, false
	}
	out := make([]string, width)
	for k, col := range cols {
		out[col] = row[k]
	}
	return out, guessed
}

// placeAfter places cells, in order, in the columns from on that they fit
// best (spanFit), and says whether two placings fit nearly alike.
func placeAfter(cells []string, c *columns, from int) ([]int, bool) {
	width := len(c.names)
	best, bestScore, second := []int(nil), 0.0, math.Inf(-1)
	var try func(k, col int, cols []int, score float64)
	try = func(k, col int, cols []int, score float64) {
		if k == len(cells) {
			if best == nil || score > bestScore {
				if best != nil {
					second = bestScore
				}
				best, bestScore = slices.Clone(cols), score
			} else if score > second {
				second = score
			}
			return
		}
		for at := col; at <= width-(len(cells)-k); at++ {
			try(k+1, at+1, append(cols, at), score+spanFit(cells[k], c, at))
		}
	}
	try(0, from, nil, 0)
	if best == nil {
		for k := range cells {
			best = append(best, from+k)
		}
		return best, true
	}
	return best, bestScore-second < 1.5
}
