package notice

import "strings"

// spacedPlainHeader reads a table's header on one line with its cells
// apart by spaces and no 序号 column (负责领导 重点工作 基本要求 牵头部门 协同部门
// 完成情况): four or more cells, each a column's name, together a task
// table's header with a column of the work and one of units, and the next
// line holding anything a row of as many cells. Else nil.
func spacedPlainHeader(lines []Line, i int) []string {
	t := lines[i].Text
	if strings.ContainsAny(t, "|｜│\t") {
		return nil
	}
	head := fields(t)
	if len(head) < 4 || len(head) > maxColumns || numHead.MatchString(head[0]) {
		return nil
	}
	for _, h := range head {
		if !isColumnName(h) {
			return nil
		}
	}
	c := tableHeader(head)
	if c == nil || c.content < 0 || c.lead < 0 && c.owners < 0 {
		return nil
	}
	k := i + 1
	for k < len(lines) && trimLine(lines[k].Text) == "" {
		k++
	}
	if k >= len(lines) || !plainRowAt(lines, k, len(head)) {
		return nil
	}
	return head
}

// plainRowAt says lines[k] is a row of such a table: as many cells as the
// header, or one fewer with its last cell's numbered paragraphs (1、… 2、…)
// on the lines under it, where the line stage parted the first from the
// row as an item of its own.
func plainRowAt(lines []Line, k, width int) bool {
	f := fields(lines[k].Text)
	if len(f) < 2 || isColumnName(f[1]) {
		return false
	}
	return len(f) == width || len(f) == width-1 && k+1 < len(lines) && cellItemRe.MatchString(trimLine(lines[k+1].Text))
}

// fields are a line's cells apart by spaces.
func fields(t string) []string { return strings.Fields(strings.ReplaceAll(t, "\u3000", " ")) }

// spacedPlainRows reads the rows of such a table from lines[i:] into out
// and returns where it ends: a row is a line of as many cells as the
// header; lines under it of fewer (1、… 2、… of a progress cell) go on its
// last cell. A blank line, a heading or a line of more cells ends it.
func spacedPlainRows(lines []Line, i, width int, out *[]item) int {
	j, more, rows := i, 0, 0
	for ; j < len(lines); j++ {
		t := trimLine(lines[j].Text)
		f := fields(t)
		switch {
		case t == "" || sectionRe.MatchString(t) || endsTable(t) || strings.ContainsAny(t, "|｜\t"):
			return j
		case plainRowAt(lines, j, width):
			if len(f) < width {
				// Its last cell on the lines under it, from 1、 on.
				j++
				f = append(f, trimLine(lines[j].Text))
			}
			*out = append(*out, item{line: lines[j], row: f})
			more = 0
			rows++
		case len(f) < width && rows > 0 && more < maxCellLines:
			row := (*out)[len(*out)-1].row
			row[len(row)-1] += CellBreak + t
			more++
		default:
			return j
		}
	}
	return j
}

// headerOfColumns says a line of four-character words apart by spaces is
// a table's header (负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况), no
// gazette's motto (传达指令 指导工作 公开政务 服务社会): each word names a
// column, and together they make a task table's.
func headerOfColumns(t string) bool {
	head := fields(t)
	for _, h := range head {
		if !isColumnName(h) {
			return false
		}
	}
	return tableHeader(head) != nil
}
