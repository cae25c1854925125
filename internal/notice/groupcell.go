package notice

import "strings"

// A table flattened one cell a line whose first column (分类, 项目) names
// the group of the rows under it, its cell merged over them and so served
// once, on the line before the group's first row's number (分类 / 序号 /
// 事项 / 责任单位 / 牵头单位, then 发展目标 / 1 / 地区生产总值增长6.5%以上。
// / …). The cell is no row and ends no table: it is kept as a line of its
// own, as a heading inside a table is.

// groupCellAt says lines[i] is such a cell: short, no sentence and no
// unit's or person's name, and the next line starts a row.
func groupCellAt(lines []Line, i int, startsAt func(int) bool) bool {
	t := trimLine(lines[i].Text)
	if t == "" || !fieldCell(t) || unitList(t) || endsOrg(t) || personRe.MatchString(t) && len([]rune(t)) <= 3 {
		return false
	}
	return i+1 < len(lines) && startsAt(i+1)
}

// groupHeadRe names a column of groups standing before a table's 序号.
var groupHeadRe = lazyRe(`^(?:分类|类别|类型|领域)$`)

// groupLed drops from a header read from its 序号 at lines[i] the last
// cell where that cell is the first group's (发展目标), served right
// before the first row's number: the line before the 序号 names a column
// of groups, and the header without that cell is a task table's header
// still. It gives the header and where it ends.
func groupLed(lines []Line, i int, head []string, at []int, j int, cellOf func(string) (string, bool)) ([]string, int) {
	if i == 0 || len(head) < 3 || j >= len(lines) || len(at) != len(head) {
		return head, j
	}
	before, ok := cellOf(lines[i-1].Text)
	if !ok || !groupHeadRe.MatchString(squeezeSpace(before)) || !numHead.MatchString(squeezeSpace(head[0])) {
		return head, j
	}
	next, ok := cellOf(lines[j].Text)
	if !ok || !bareNumberRe.MatchString(strings.TrimSpace(next)) {
		return head, j
	}
	last := squeezeSpace(head[len(head)-1])
	if ownersHead.MatchString(last) || leadHead.MatchString(last) || partnersHead.MatchString(last) || tableHeader(head[:len(head)-1]) == nil {
		return head, j
	}
	return head[:len(head)-1], at[len(head)-1]
}

// fieldWorkHead is a column naming the work itself after a column that
// names a field alone (序号 | 项目 | 重点工作 | 牵头领导 | …): the field's
// cell is merged over the rows of its group, the work is each row's task.
var fieldWorkHead = lazyRe(`^(?:重点工作|重点任务|工作任务|具体任务|主要任务|\p{Han}{0,4}目标任务|重点工作任务)$`)
