package notice

import (
	"slices"
	"strings"
)

// A news report on a division of work can quote it as paragraphs, each
// naming the bodies that will answer for a part of it (…,发展改革委、工业和
// 信息化部、…、中国石油天然气集团公司将负责支持建设…; 发展改革委、财政部等部门
// 还将负责推动…), a clause of purpose before the bodies where the report
// writes one (根据《分工方案》,为大力支持…发展,). With no numbered item and two
// or more such paragraphs, each is a task, its bodies the owners, listed
// since no number marks it; 等部门 after them is an open tail. The lead's
// summary of who will work together (…等10多个部门和中石油集团将共同努力) names
// no work of its own and is none.

// willDutyRe is a paragraph's bodies and the future 将负责 after them,
// after any clauses of purpose or basis apart by commas.
var willDutyRe = lazyRe(`^(?:(?:根据|按照|依据|为了|为)[^。]{0,120}?[，,])?([^，,。；;：:“”《》\s]{2,300}?)(等(?:有关|相关)?(?:部门|单位))?(?:还|也|均|都)?将(?:分别|共同)?负责\p{Han}`)

// willDuty is the bodies a paragraph says will answer for its work, and
// whether an open tail follows them; nil where it names anything else.
func willDuty(t string) ([]string, bool) {
	m := willDutyRe.FindStringSubmatch(t)
	if m == nil {
		return nil, false
	}
	r := readNames(m[1])
	if len(r.names) == 0 || len(r.open) > 0 || len(r.leads) > 0 {
		return nil, false
	}
	for _, p := range r.names {
		if !(endsBody(p) || strings.HasSuffix(p, "公司")) || Collective(p) || strings.ContainsAny(p, "，,。") {
			return nil, false
		}
	}
	return r.names, m[2] != ""
}

// willParagraphs reads a text with no numbered item whose paragraphs, two
// or more, say which bodies will answer for their work (see above).
func (w *walker) willParagraphs() {
	lines := append(slices.Clone(w.preamble), w.n.Unplaced...)
	var duties []Line
	for _, l := range lines {
		if names, _ := willDuty(trimLine(l.Text)); names != nil {
			duties = append(duties, l)
		}
	}
	if len(duties) < 2 {
		return
	}
	slices.SortStableFunc(duties, func(a, b Line) int { return a.N - b.N })
	in := map[int]bool{}
	for k, l := range duties {
		in[l.N] = true
		t := trimLine(l.Text)
		names, open := willDuty(t)
		task, who := w.paragraphTask(k+1, t, l.N, names, open)
		task.review("owners", l.N, atF(w.n.At(l.N), "{at}的段落没有编号，写明“%s”将负责其中的工作，已读作一项任务；请核对",
			"the paragraph at {at} has no number and says %q will answer for its work; read as a task: check it", who))
	}
	w.dropPlaced(in)
}
