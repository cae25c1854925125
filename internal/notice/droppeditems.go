package notice

import (
	"strings"

	"tally/internal/i18n"
)

// A middle page may hold, after the items read, a section of items that
// name who does the work only in their own sentences ((二)高质量编写好…
// 报告。/ 市水务局负责编写…;市环保局会同市水务局负责编写…), no label or
// bracket. No rule reads them and their lines are left unplaced: the
// tasks in them were missed with nothing said. Where such a numbered
// line, or the paragraph under it, names a body at work, it is listed.

// bodyAtWorkRe is a body named as doing something: 考核办汇总整理,
// 市水务局负责编写, 市环保局会同.
var bodyAtWorkRe = lazyRe(`\p{Han}{1,8}(?:办|局|委|厅|政府|中心|单位)(?:负责|会同|牵头|汇总|整理|编写|编制|组织|提出)`)

// numberedAtWork are the runs of such lines among cands (the lines left
// unread) after the first task: a numbered line and the paragraph under
// it, where one of them names a body at work, or units and what they do
// or by when (负责考核指标填报的各责任单位必须在8月底前…).
func (n *Notice) numberedAtWork(cands []Line) [][2]int {
	if len(n.Tasks) == 0 {
		return nil
	}
	first := n.Tasks[0].Line
	var out [][2]int
	for i, l := range cands {
		t := strings.TrimSpace(l.Text)
		if l.N < first || !leadNumberRe.MatchString(t) || topRe(t) {
			continue
		}
		end := l.N
		if i+1 < len(cands) && cands[i+1].N <= l.N+2 && !leadNumberRe.MatchString(strings.TrimSpace(cands[i+1].Text)) {
			end = cands[i+1].N
			t += "。" + cands[i+1].Text
		}
		if bodyAtWorkRe.MatchString(t) || dutyWordRe.MatchString(t) && strings.Contains(t, "单位") {
			out = append(out, [2]int{l.N, end})
		}
	}
	return out
}

// topRe says a line is a section's heading (三、做好迎检的各项准备工作):
// the items under it are what is listed.
func topRe(t string) bool { return topMatch(t) != nil }

// droppedWhy is why such items are listed.
var droppedWhy = i18n.T("有带序号、正文写明由某单位做某事、但没有责任单位标签或括号的事项", "numbered items whose text names a body doing the work, with no label or bracket of owners")
