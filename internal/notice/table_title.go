package notice

import "strings"

// A page may give no title line of a notice, only a table's own title
// right over its header, under a summary of its own (2023年我县共承办…
// 截至4月10日,有8项已提前完成… / 2023年省政府民生实事项目实施计划(截至4月10
// 日) / 序号 | 项目内容 | …): the table's title names the list, and is the
// title where nothing else gave one.

// tableNoteRe is a note in brackets at a table title's end: (截至4月10日),
// （第二批）.
var tableNoteRe = lazyRe(`[（(][^（()）]{1,20}[）)]\s*$`)

// tableTitleAbove gives the title a table carries on the line right over
// its header, where no title was read.
func (n *Notice) tableTitleAbove(lines []Line) {
	if len(n.tableHeads) == 0 {
		return
	}
	var above Line // the last line holding text over the header (empty lines between do not part them)
	for _, l := range lines {
		if l.N >= n.tableHeads[0] {
			break
		}
		if strings.TrimSpace(l.Text) != "" {
			above = l
		}
	}
	t := trimLine(above.Text)
	bare := strings.TrimSpace(tableNoteRe.ReplaceAllString(t, ""))
	if above.N == 0 || len([]rune(bare)) < 8 || len([]rune(t)) > 60 ||
		strings.ContainsAny(bare, "。，,；;：:|") || !(endsTitle(bare) || docEndRe.MatchString(bare)) {
		return
	}
	n.Title, n.titleOfList = t, true
}
