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
// its header, where no title was read. A section's heading there (二、重点
// 工作任务分解) heads the notice's part, not the notice.
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
	if above.N == 0 || sectionRe.MatchString(t) || len([]rune(bare)) < 8 || len([]rune(t)) > 60 ||
		strings.ContainsAny(bare, "。，,；;：:|") || !(endsTitle(bare) || docEndRe.MatchString(bare)) {
		return
	}
	n.Title, n.titleOfList = t, true
}

// yearListTitleRe is a table's own title naming the year, the body whose
// list it is and the list: 2009年盐城市政府26件为民办实事工程项目.
var yearListTitleRe = lazyRe(`^(?:19|20)\d{2}年(\p{Han}{2,12}?(?:人民政府|政府))[\p{Han}\d]{4,40}(?:项目|工程|任务|清单|实事)$`)

// tableLabelRe is a table's number on a line of its own: 表1, 附表2, 表一.
var tableLabelRe = lazyRe(`^附?表\s*[\d一二三四五六七八九十]{1,3}$`)

// yearListTitle gives the title a table's own title line names over its
// header (past a 表1 label), where the title read is an article's heading
// that names no document (a yearbook's 政府26件实事工程暖人心 over its
// 【概况】 and 表1): the body it names after the year is the issuer where
// none was read.
func (n *Notice) yearListTitle(lines []Line) {
	if len(n.tableHeads) == 0 || n.Title == "" || strings.Contains(n.Title, "关于") || endsTitle(n.Title) || docEndRe.MatchString(n.Title) {
		return
	}
	var over []string // the lines with text over the first table's header, nearest last
	for _, l := range lines {
		if l.N >= n.tableHeads[0] {
			break
		}
		if t := trimLine(l.Text); t != "" {
			over = append(over, t)
		}
	}
	if k := len(over) - 1; k >= 1 && tableLabelRe.MatchString(over[k]) {
		over = over[:k]
	}
	if len(over) < 2 {
		return
	}
	m := yearListTitleRe.FindStringSubmatch(over[len(over)-1])
	if m == nil || over[len(over)-1] == n.Title {
		return
	}
	n.Title = m[0]
	if n.Issuer == "" && !Collective(m[1]) && !strings.HasPrefix(m[1], "各") {
		// 2024年各乡镇人民政府民生实事项目: the townships' list, issued by
		// no one of them.
		n.Issuer = m[1]
	}
}
