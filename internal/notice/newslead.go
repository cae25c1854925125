package notice

import (
	"strings"
)

// A news post served as one line, its lead, the passage it quotes and the
// passage's labels run on together (2月23日,广东省人民政府办公厅印发《2023年
// 省〈政府工作报告〉工作任务分工方案》…其中明确指出: 贯彻实施…。 分管领导:…
// 部门分工:…): the lead is no part of the task, and names the document and
// the body that issued it, as a lead over the text does (named.go,
// reportedplan.go). A month and day with no year in the lead give no date.

// leadBodyRe is the body a news lead says issued the document named after
// it in 《》, after the lead's date if it has one: 2月23日,广东省人民政府
// 办公厅印发《.
var leadBodyRe = lazyRe(`^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月\d{1,2}日)?(?:近日|日前|近期)?[,，]?\s*(\p{Han}{4,40}?)(?:近日|日前)?(?:正式)?(?:印发|发布|出台|下发|公布)了?《`)

// leadOnTaskLine gives the title and issuer a news lead names where it
// opens the line of the first task, no title having been read.
func (n *Notice) leadOnTaskLine(lines []Line) {
	if n.Title != "" || len(n.Tasks) == 0 {
		return
	}
	first := n.Tasks[0]
	for _, l := range lines {
		if strings.TrimSpace(l.Text) == "" {
			continue
		}
		if l.N != first.Line {
			return
		}
		// The line as read may be the lead alone, the page's paragraphs
		// apart by spaces parted into lines of the same number.
		lead := trimLine(l.Text)
		if i := strings.Index(l.Text, first.Title); i == 0 {
			return
		} else if i > 0 {
			lead = trimLine(l.Text[:i])
		}
		name := leadDoc(lead)
		if name == "" {
			return
		}
		n.Title, n.titleOfList = name, false
		if m := leadBodyRe.FindStringSubmatch(lead); m != nil && n.Issuer == "" && endsBody(m[1]) {
			n.Issuer = m[1]
		}
		return
	}
}
