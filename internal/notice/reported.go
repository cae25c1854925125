package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A news post quoting a notice heads it with a question or a headline of
// its own (国务院发布…分工意见,实施乡村振兴战略的四项工作由哪些部门牵头?);
// its lead names the document whole: 近日,国务院发布关于落实《政府工作
// 报告》重点工作部门分工的意见,…. The document is the title, its body the
// issuer.

// reportedDocRe is a news lead naming a document a body issued: the body
// and the document from 关于 to its kind.
var reportedDocRe = lazyRe(`^(?:近日|日前|近期|\d{1,2}月\d{1,2}日)?[,，]?\s*(\p{Han}{2,20}?)(?:正式)?(?:发布|印发|出台|下发)(?:了)?(关于[^。，,；;？?！!]{4,80}?的(?:意见|通知|方案|决定|办法))`)

// headlineTitle says a title read is a news post's own headline: a
// question, or a body issuing a document with no 关于.
func headlineTitle(s string) bool {
	s = strings.TrimSpace(s)
	return !strings.Contains(s, "关于") && (strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？") || newsHeadlineRe.MatchString(s))
}

// reportedTitle gives the title and issuer the post's lead names, where
// the title read is the post's headline.
func (n *Notice) reportedTitle(lines []Line) {
	if n.Title == "" || !headlineTitle(n.Title) {
		return
	}
	for _, l := range lines {
		m := reportedDocRe.FindStringSubmatch(trimLine(l.Text))
		if m == nil || !endsBody(m[1]) {
			continue
		}
		n.Title = m[1] + m[2]
		if n.Issuer == "" {
			n.Issuer = m[1]
		}
		return
	}
}

// tableTitleRe ends a table's own title: …重点工作任务分解表, …责任清单.
var tableTitleRe = lazyRe(`(?:分解表|任务表|责任表|分工表|一览表|任务清单|责任清单)$`)

// tableOwnTitle gives the title a table carries on the line right over its
// header (谯城区2023年政府工作报告重点工作任务分解表), where the title read is
// a site's name for the page, no notice's (2023年本部门年度重点工作任务的任务
// 分解): the table's own words name the list. Empty lines between the two
// (a copy that spaces its paragraphs) do not part them.
func (n *Notice) tableOwnTitle(lines []Line) {
	if len(n.titleLines) < 2 || strings.Contains(n.Title, "关于") || strings.Contains(n.Title, "通知") {
		return
	}
	last := n.titleLines[len(n.titleLines)-1]
	t := trimLine(last.Text)
	next := slices.IndexFunc(lines, func(l Line) bool { return l.N > last.N })
	if t == n.Title || !tableTitleRe.MatchString(t) || utf8.RuneCountInString(t) < 10 || next < 0 || !slices.Contains(n.tableHeads, lines[next].N) {
		return
	}
	n.Title = t
}
