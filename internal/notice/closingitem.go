package notice

import (
	"slices"
	"strings"

	"tally/internal/i18n"
)

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

// reviewGeneralSections lists each task read under a plan's closing part
// (三、保障措施 / 1.县财政局要统筹安排资金… / 2.县委督查室…负责跟踪督办): its
// items may be what the plan asks of all, not tasks, though they name
// units. Where every task stands in such a part, none is listed: the list
// is of that part's own work.
func (n *Notice) reviewGeneralSections() {
	general := map[string]string{}
	for _, s := range n.Sections {
		if title := strings.TrimSpace(s.Title); generalHeadingRe.MatchString(title) || closingPartRe.MatchString(title) {
			general[s.ID] = title
		}
	}
	if len(general) == 0 {
		return
	}
	own := false
	for _, t := range n.Tasks {
		if _, ok := general[t.Section]; !ok {
			own = true
		}
	}
	if !own {
		return
	}
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if title, ok := general[t.Section]; ok {
			t.review("owners", t.Line, i18n.F("这一项在“%s”部分之下，可能是通知对各单位的要求，而不是一项任务；请核对，不是任务的请删去",
				"this item stands under %q, and may be what the notice asks of all rather than a task: check it, and remove it where it is none", title))
		}
	}
}

// closingPartRe is the heading of a plan's closing part beside those
// generalHeadingRe names: 保障措施 in other words.
var closingPartRe = lazyRe(`^(?:(?:工作|组织|政策|资金|机制)保障|保障机制|(?:强化|加强)(?:组织领导|保障|督查|考核)|督查考核|考核督查|督导考核|其他事项|有关要求|相关要求)$`)

// dropBareClosingPart sets aside the items under a closing part's heading
// written with no number (工作要求 / 1.提高思想认识。… / 2.严格督查问效。…),
// its items numbered from 1 again after the list's own: what the plan
// asks of all. Before, they were read as tasks of the list, its ids made
// as for sections (1.0.1). Items of it naming who answers by a label or a
// bracket keep the part as tasks.
func (n *Notice) dropBareClosingPart(lines []Line) {
	for _, l := range lines {
		if !generalHeadingRe.MatchString(trimLine(l.Text)) && !closingPartRe.MatchString(trimLine(l.Text)) {
			continue
		}
		k := slices.IndexFunc(n.Tasks, func(t Task) bool { return t.Line > l.N })
		if k < 1 || n.Tasks[k].Number != 1 || n.Tasks[k-1].Number < 2 || n.Tasks[k].Section != n.Tasks[k-1].Section {
			continue
		}
		for _, t := range n.Tasks[k:] {
			if slices.ContainsFunc(t.raw.resp, func(p piece) bool { return p.from == FromLabel || p.from == FromBracket }) {
				return
			}
		}
		at := n.Tasks[k].Line
		n.setAside(func(t Task) bool { return t.Line >= at })
		return
	}
}

// closingRules reads a first-listed-leads rule stated in the plan's
// closing requirements, after its items (各单位要按照任务分工（排在第一位的
// 为牵头单位）抓好落实): it speaks of the whole list, before it. Before,
// a rule so placed was left unread with its paragraph, every lead empty.
func (n *Notice) closingRules() {
	if len(n.Tasks) == 0 {
		return
	}
	last := n.Tasks[len(n.Tasks)-1].Line
	for i := range n.rules {
		if r := &n.rules[i]; r.kind == ruleFirstLeads && r.line > last && r.item == "" {
			// Read on its line under 三、工作要求, for the items after it in
			// that part: there are none; it speaks of those before it.
			r.all, r.scope = true, ""
			return
		}
	}
	for _, l := range n.Unplaced {
		if l.N > last && statesFirstLeads(l.Text) && !attachmentNamedRe.MatchString(l.Text) {
			n.addRule(rule{kind: ruleFirstLeads, line: l.N, all: true, comma: strings.Contains(l.Text, "逗号")})
			return
		}
	}
}
