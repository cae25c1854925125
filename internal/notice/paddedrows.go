package notice

import (
	"slices"
	"strings"
)

// A table flattened one cell a line, each cell's | on the line after it,
// whose copy pads each row to the header's width with a run of | at its
// end (||, |||) for the cells merged into it from above:
//
//	1 |  主要预期目标 |  1.地区生产总值增长5%以上。 |  钱 宇 |  ★区发改委、统计局 |
//	2.一般公共预算收入同口径增长6%以上。 |  ★区财政局、税务局 |  |||
//	3.规上工业总产值增长5%左右。 |  |  ★区工信局、统计局 |  ||
//
// (one cell a line on the page). Its rows carry no number of their own
// but the first of a group (序号 and 项目 merged over the group): read from
// number to number, the group's eleven targets ran together into one
// row, ten of them lost in silence. Each run of | ends a row, as does a
// row as wide as the header; a short row's cells are put in the columns
// they fit, and a column no cell of it fills (the 牵头领导 merged over two
// rows) takes the row above's, listed.

// padMark is a mark the reader of a flat table left at cell index at: a
// run of | ending a row there (end), or a lone | it made no cell of,
// taking it for a row's opening.
type padMark struct {
	at  int
	end bool
}

// padMarks gives the cells of a table whose rows end in runs of | with
// an empty cell for each lone | (no row opens with one there: every row
// ends with its run) and the cell indexes where the runs end rows. False
// where no run ended a row.
func padMarks(cells []string, at []Line, marks []padMark) ([]string, []Line, []int, bool) {
	if !slices.ContainsFunc(marks, func(m padMark) bool { return m.end }) {
		return nil, nil, nil, false
	}
	var outCells []string
	var outAt []Line
	var ends []int
	m := 0
	for k := 0; k <= len(cells); k++ {
		for ; m < len(marks) && marks[m].at == k; m++ {
			if marks[m].end {
				ends = append(ends, len(outCells))
				continue
			}
			line := Line{}
			if k < len(at) {
				line = at[k]
			}
			outCells, outAt = append(outCells, ""), append(outAt, line)
		}
		if k < len(cells) {
			outCells, outAt = append(outCells, cells[k]), append(outAt, at[k])
		}
	}
	return outCells, outAt, ends, true
}

// paddedRows splits the cells of such a table into its rows: at each end
// (a cell index where a run of | stood) and where a row is as wide as the
// header.
func paddedRows(cells []string, ends []int, width int) [][]int {
	var segs [][]int
	var cur []int
	for k := range cells {
		if len(cur) > 0 && (slices.Contains(ends, k) || len(cur) == width) {
			segs = append(segs, cur)
			cur = nil
		}
		cur = append(cur, k)
	}
	if len(cur) > 0 {
		segs = append(segs, cur)
	}
	return segs
}

// paddedRow is the item of one such row read under the columns c, with the
// row above (its cells, and the line each was written on) to take merged
// cells from: a section's heading alone, a row as wide as the header as it
// stands, a short one placed. It returns the item and the row and lines
// the next row takes from.
func paddedRow(row []string, c *columns, above []string, aboveAt []int, first Line) (item, []string, []int) {
	width := len(c.names)
	if len(row) == 1 && sectionRe.MatchString(trimLine(row[0])) {
		return item{line: Line{first.N, trimLine(row[0])}}, nil, nil
	}
	at := make([]int, width)
	for k := range at {
		at[k] = first.N
	}
	if len(row) == width || bareNumberRe.MatchString(strings.TrimSpace(row[0])) || len(above) != width {
		full, _ := alignRow(row, c, bareNumberRe.MatchString(strings.TrimSpace(row[0])))
		if len(row) == width {
			full = slices.Clone(row)
		}
		return item{line: first, row: full, guessed: len(row) != width, ownCells: true}, full, at
	}
	// The row opens with its task (the cells before it merged from above);
	// the cells after it go in order to the columns they fit, an empty
	// cell standing for its own column; a column after the task's that no
	// cell fills takes the row above's, listed.
	if c.content < 0 || c.content >= width || !slices.ContainsFunc(row[1:], func(s string) bool { return strings.TrimSpace(s) != "" }) {
		full, _ := alignRow(row, c, false)
		return item{line: first, row: full, guessed: true}, full, at
	}
	cols, guessed := placeAfter(row[1:], c, c.content+1)
	full, placed := make([]string, width), make([]bool, width)
	full[c.content], placed[c.content] = row[0], true
	for k, col := range cols {
		full[col], placed[col] = row[1+k], true
	}
	var spanned []spanCell
	for col := range full {
		if col < c.content {
			if col != c.num {
				full[col] = above[col] // the group's field, merged over it (its number is the group's, not the row's)
			}
			continue
		}
		carried := col == c.due || col == c.leaders || col == c.persons || isUnitColumn(c, col)
		if placed[col] || !carried || above[col] == "" {
			continue
		}
		full[col] = above[col]
		spanned = append(spanned, spanCell{col, aboveAt[col]})
	}
	return item{line: first, row: full, spanned: spanned, guessed: guessed, ownCells: true}, full, aboveLines(aboveAt, spanned, width, first.N)
}
