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

// columnParagraphRe is a paragraph of a row's text that is another
// column's cell under that column's name (工作举措及实施计划：1.…；2.…).
var columnParagraphRe = lazyRe(`^\p{Han}{2,12}[：:]`)

// ownCellText is the text of a table row's task without the paragraphs
// that give other columns' cells: the points numbered inside such a cell
// (1.…成长驿站 2.…托位 3.…筛查 under 工作举措及实施计划) are that cell's,
// no rows run together. A task read from no table keeps its whole text.
func ownCellText(t Task) string {
	text := t.Title + "。" + t.Body
	if t.Sources.Owners.Kind != FromColumn {
		return text
	}
	var kept []string
	for _, p := range strings.Split(t.Body, "\n") {
		if !columnParagraphRe.MatchString(strings.TrimSpace(p)) {
			kept = append(kept, p)
		}
	}
	return t.Title + "。" + strings.Join(kept, "\n")
}
