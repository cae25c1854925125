package notice

import "math"

// A | table whose rows stand each on one line leaves out of a row the
// cells merged over it from the row above (a 工作任务 over four rows of
// 细化分工) and the empty ones at its end (备注):
//
//	序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |
//	1 | 做好常态化疫情防控信息发布 | 重点围绕… | 应急处、监督处…等 | 长期推进 |
//	2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |
//
// Read by position, row 2's 长期推进 stood as its unit and 疾控处 as its
// work's detail, in silence. Now a numbered short row whose cells fit
// clearly better with the columns after its number left out takes those
// columns' cells from the row above, each listed as carried.

// shortPipeRow places a short row of such a table: the row at the
// header's width, the columns it took from above, and true; false where
// the row reads as well as it stands.
func shortPipeRow(row []string, c *columns, above []string, aboveAt []int) ([]string, []spanCell, bool) {
	width := len(c.names)
	if c.num != 0 || len(row) < 2 || len(row) >= width || len(above) != width || !bareNumberRe.MatchString(row[0]) {
		return nil, nil, false
	}
	fit := func(m int) (float64, bool) {
		// The row's cells from column 1+m on, columns 1..m from above.
		if 1+m+len(row)-1 > width {
			return 0, false
		}
		score := spanFit(row[0], c, 0)
		for col := 1; col <= m; col++ {
			if above[col] == "" {
				return 0, false
			}
		}
		for k, cell := range row[1:] {
			score += spanFit(cell, c, 1+m+k)
		}
		return score, true
	}
	base, _ := fit(0)
	best, bestScore := 0, base
	for m := 1; m <= width-len(row); m++ {
		if s, ok := fit(m); ok && s > bestScore {
			best, bestScore = m, s
		}
	}
	if best == 0 || bestScore-base < 2 {
		return nil, nil, false
	}
	out := make([]string, width)
	out[0] = row[0]
	var spanned []spanCell
	for col := 1; col <= best; col++ {
		out[col] = above[col]
		spanned = append(spanned, spanCell{col, aboveAt[col]})
	}
	copy(out[1+best:], row[1:])
	return out, spanned, true
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
// cells at its left, the cells merged over it from above left out or
// taken off as headings (一、… | (一)… | 1.规范… | 法规科牵头,办公室配合 |
// then 2.摸清… | 办公室牵头,各科室按职责分工落实 |): read by position, the
// units' cell stood as the task. Where the row's cells fit clearly better
// further right (the work in the task's column, who answers in a unit
// column), they are put there, the columns before them left empty.
func (c *columns) shiftedRow(row []string) []string {
	width := len(c.names)
	if !c.noNum || len(row) == 0 || len(row) >= width {
		return row
	}
	fit := func(m int) float64 {
		score := 0.0
		for k, cell := range row {
			if m+k >= width {
				return math.Inf(-1)
			}
			score += spanFit(cell, c, m+k)
		}
		return score
	}
	base := fit(0)
	best, bestScore := 0, base
	for m := 1; m <= width-len(row); m++ {
		if s := fit(m); s > bestScore {
			best, bestScore = m, s
		}
	}
	if best == 0 || bestScore-base < 2 {
		return row
	}
	return append(make([]string, best), row...)
}
