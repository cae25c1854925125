package notice

import "strings"

// A plan's last item can be its closing requirements, numbered like the
// items before it but naming no one, its own points numbered under it and
// none labelled with who answers:
//
//	(七)抓好农业技能培训 … 责任单位:县农业局、各乡镇人民政府。
//	(八)搞好服务,抓责任考核和任务落实
//	1、涉农部门要结合实际,认真分解细化各项计划任务…
//	2、县人民政府将对各乡镇人民政府、各责任单位…实行定期不定期的督查…
//
// Before, it was read as a task with no owners (listed), a task that is
// none. Now the last item, where every item before it names its owners by
// a label or a bracket and it names none, nor a time limit of its own,
// and holds two or more numbered points, is set aside: its lines are not
// placed, and so still shown and looked through.

// pointLineRe is a point numbered under an item, on a line of its own or
// after the full stop of the one before: 1、…。2、….
var pointLineRe = lazyRe(`(?:^|\n|[。；;])\s*\d{1,2}\s*[、．]\s*\S`)

// dropClosingRequirements sets aside a last item that is the plan's
// closing requirements.
func (n *Notice) dropClosingRequirements() {
	k := len(n.Tasks) - 1
	if k < 1 {
		return
	}
	last := n.Tasks[k]
	if len(last.Owners) > 0 || len(last.raw.resp) > 0 || len(last.Leaders) > 0 || last.raw.due.text != "" || last.sub != 0 ||
		len(pointLineRe.FindAllString(last.Body, -1)) < 2 && !generalHeadingRe.MatchString(strings.TrimSpace(last.Title)) ||
		strings.Contains(last.Body, "：") && respLineRe.MatchString(last.Body) {
		// (三、工作要求 / 各单位要高度重视…: the plan's requirements by
		// their heading's name, points or none.)
		return
	}
	for _, t := range n.Tasks[:k] {
		if f := t.Sources.Owners.Kind; len(t.Owners) == 0 || f != FromLabel && f != FromBracket || t.Section != last.Section {
			return
		}
	}
	n.setAside(func(t Task) bool { return t.Line == last.Line && t.ID == last.ID })
}
