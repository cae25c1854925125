package notice

import (
	"slices"
	"strings"
)

// A body's own work plan can be a table naming, for each piece of work,
// the leader who leads it and no unit at all (a committee's plan: 计划时间
// | 内容 | 牵头市政协领导 | 备注). Before, a header naming no unit's column
// was no task table's, and the notice was refused. Now a header with a
// column of the work, one of leaders and one of time, and no other
// column (but a 序号 and a 备注), is a task table: each row a task, its
// leader the row's, its owners empty and listed.

// leadersOnly says the header names the work, its leaders and its time,
// and no column of any other kind, where no column names units.
func (c *columns) leadersOnly(row []string) bool {
	if c.leaders < 0 || c.content < 0 || c.due < 0 || c.persons >= 0 || c.partners >= 0 || c.checkers >= 0 {
		return false
	}
	known := []int{c.num, c.content, c.leaders, c.due, c.remark}
	for i := range row {
		if !slices.Contains(known, i) {
			return false
		}
	}
	return true
}

// emptyFirstCell says a lone | at a row's start in a flattened table is
// the row's first cell, empty (a month merged over the rows under it:
// 一月 on the first row only), not a mark between rows: the table has no
// 序号, its work is not its first column, and the next line opens with
// the work's number (2、到柳北区调研…), which no first cell holds.
func emptyFirstCell(lines []Line, j int, c *columns) bool {
	if c.numbered() || c.content <= 0 || j+1 >= len(lines) {
		return false
	}
	t := trimLine(strings.TrimSuffix(trimLine(lines[j+1].Text), "|"))
	return taskRe.MatchString(t)
}

// cellSibling says lines[j], no cell of its own (no | after it), is the
// first of two items a cell holds, the line split at the second's number
// (2、召开…工作。 / 3、筹备…培训会。 |): both items open with a number and
// come from the one line of the text, in a table whose rows carry no 序号.
func cellSibling(lines []Line, j int, c *columns) bool {
	if c.numbered() || j+1 >= len(lines) || lines[j+1].N != lines[j].N {
		return false
	}
	if _, ok := flatCell(lines[j+1].Text); !ok {
		return false
	}
	return taskRe.MatchString(trimLine(lines[j].Text)) && taskRe.MatchString(trimLine(lines[j+1].Text))
}
