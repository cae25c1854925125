package notice

import (
	"slices"
	"strings"
)

// rowMarks are marks a table sets before a row's number to single the row
// out (★6 更深层次…): no part of the number.
const rowMarks = "★☆▲△●◆"

// bareRowNumberRe is a row's number alone on its line.
var bareRowNumberRe = lazyRe(`^\d{1,3}$`)

// spacedBrokenRow reads a row of a spaced table (cells apart by spaces,
// a row a line) that the page broke one cell a line instead: its number
// alone on the line at j, then its cells each on a line of its own up to
// the next row, a blank line or a heading (5 / 单位生产总值能耗… / 路 军 /
// 屈 磊 / 发展改革委 / 生态环境分局 / 发展改革委:… / 生态环境分局:…). The
// cells are placed in the header's columns by what they hold; a row with
// more lines than columns is a guess, listed for review. ok is false where
// the lines do not fit the columns.
func spacedBrokenRow(lines []Line, j int, head []string) (it item, next int, ok bool) {
	t := strings.TrimLeft(strings.TrimSpace(lines[j].Text), rowMarks)
	if !bareRowNumberRe.MatchString(t) {
		return item{}, j, false
	}
	c := tableHeader(head)
	if c == nil || !c.numbered() {
		return item{}, j, false
	}
	cells := []string{t}
	k := j + 1
	for ; k < len(lines) && len(cells) <= 2*len(head); k++ {
		u := strings.TrimSpace(lines[k].Text)
		v := strings.TrimLeft(u, rowMarks)
		if u == "" || spacedRowRe.MatchString(v) || bareRowNumberRe.MatchString(v) || sectionRe.MatchString(u) || strings.ContainsAny(u, "|｜\t") || endsTable(u) {
			break
		}
		cells = append(cells, u)
	}
	if len(cells) < len(head)-1 || len(cells) > 2*len(head) {
		return item{}, j, false
	}
	lines0 := len(cells)
	cells = joinPersonLines(cells, c)
	persons := ""
	if c.leaders > c.content {
		// The leaders' cell, found by what it holds, goes to its column.
		if p := slices.IndexFunc(cells[min(2, len(cells)):], personCell); p >= 0 {
			persons = cells[p+2]
			cells = slices.Delete(slices.Clone(cells), p+2, p+3)
		}
	}
	row, used := alignRow(cells, c, true)
	if persons != "" {
		if row[c.leaders] != "" {
			return item{}, j, false
		}
		row[c.leaders] = persons
	}
	if last := len(row) - 1; used < len(cells) && used > 0 && row[last] == cells[used-1] && last != c.content && !isUnitColumn(c, last) && last != c.leaders && last != c.due {
		// Lines past the last column (发展改革委:… / 生态环境分局:…, the
		// progress of each unit) go on its cell.
		for _, u := range cells[used:] {
			row[last] += CellBreak + u
		}
		used = len(cells)
	}
	if used != len(cells) {
		return item{}, j, false
	}
	return item{line: lines[j], row: row, guessed: lines0 != len(head)}, k, true
}

// joinPersonLines joins, in a leaders column's table, each run of lines
// after the task's that are persons' names (路 军 / 屈 磊) into one cell:
// the persons of one leaders' cell, one a line.
func joinPersonLines(cells []string, c *columns) []string {
	if c.leaders < 0 || len(cells) < 3 {
		return cells
	}
	out := cells[:2:2]
	for k := 2; k < len(cells); k++ {
		if p := len(out) - 1; p >= 2 && personCell(out[p]) && personCell(cells[k]) {
			out[p] += "、" + cells[k]
			continue
		}
		out = append(out, cells[k])
	}
	return out
}

// personCell is a cell holding one person's name, or names of persons
// joined by 、 (路 军、屈 磊), and no unit.
func personCell(s string) bool {
	for _, p := range strings.Split(s, "、") {
		if !personNameRe.MatchString(p) || endsOrg(p) {
			return false
		}
	}
	return true
}

// personNameRe is a person's name as a leaders' cell writes it: two or
// three characters, or two padded with a space (路 军).
var personNameRe = lazyRe(`^(?:\p{Han}[ \x{3000}]\p{Han}|\p{Han}{2,3})$`)
