package notice

import "strings"

// A row of a table written with its cells apart by | on one line
// (2 | 新建成婴幼儿照护服务成长驿站7家… | 1.婴幼儿照护服务成长驿站:3月底前…
// 2.婴幼儿照护服务托位:… 3.… | 卫生健康局 | …): the numbers inside a cell
// list that cell's points. Split there, the row lost its unit cells to
// the last point and its points became tasks of their own.

// insidePipeCell says a number run on after head stands inside a cell
// of a | row, the rest of the line closing that cell with another |: the
// cell holds text before the number, or the row has given two cells
// already (its number and its work). A number right after a row's first
// cell alone (生 态 环 境 | 1、城市大环境…, a category merged over its
// group) starts the row's item and is split there as before.
func insidePipeCell(head, rest string) bool {
	h := strings.TrimSpace(pipeSeps.Replace(head))
	if !strings.Contains(h, "|") || !strings.Contains(pipeSeps.Replace(rest), "|") {
		return false
	}
	return !strings.HasSuffix(h, "|") || strings.Count(h, "|") >= 2
}
