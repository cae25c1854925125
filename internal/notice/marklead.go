package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A mark before a unit's name that a rule of the notice says makes it the
// lead: （责任单位:☆经信局、科技局。标☆的为牵头单位,下同。）. The rule holds
// for its item and every item after it; the marked units lead, their
// names without the mark, and the rule is no unit.

// markLeadRe states the rule: 标☆的为牵头单位, 带*号的为牵头部门, 标注★者为
// 牵头单位. Its group is the mark.
var markLeadRe = lazyRe(`^\s*(?:注\s*[：:])?\s*(?:标有|标注|标记|注有|带有|标|带|加|打)\s*[“"]?([☆★△▲※*＊●◆■◎#])[”"]?\s*(?:号)?\s*(?:的|者)?\s*(?:单位|部门)?\s*(?:的|者)?\s*(?:为|是)\s*牵头(?:单位|部门)?\s*$`)

// markSigns are the signs a notice marks its lead units with.
const markSigns = "☆★△▲※*＊●◆■◎#"

// markRuleInLineRe states the mark rule inside a line of its own or a note:
// (标★的为牵头单位), 说明:责任单位中标注*的为牵头单位。 Its group is the mark.
var markRuleInLineRe = lazyRe(`(?:标有|标注|标记|注有|带有|标|带|加|打)\s*[“"]?([☆★△▲※*＊●◆■◎#])[”"]?\s*(?:号)?\s*(?:的|者)?\s*(?:单位|部门)?\s*(?:的|者)?\s*(?:为|是)\s*牵头(?:单位|部门)?`)

// lostMarkRe states the rule with no mark the text keeps: 责任单位中标记的
// 为牵头单位, 加粗的为牵头单位 (bold is lost in a copy's text).
var lostMarkRe = lazyRe(`(?:标记|标注|加粗|加黑|黑体|粗体)(?:字体|字)?(?:的|者)?(?:单位|部门)?\s*(?:为|是)\s*牵头(?:单位|部门)`)

// negatedMarkRe says the units not marked lead (未标注的为牵头单位): no
// rule that the marked ones do.
var negatedMarkRe = lazyRe(`(?:未|不|没有|非)(?:标记|标注|加粗|加黑)`)

// ruleMarkLeads is a mark-leads rule (markLeadRe); its lead is the mark.
// Its value stands apart from the kinds resp.go numbers in turn.
const ruleMarkLeads ruleKind = 64

// markRule reads a clause stating a mark-leads rule into r.
func (r *respParts) markRule(c string) bool {
	m := markLeadRe.FindStringSubmatch(c)
	if m == nil {
		return false
	}
	r.markLead = sameMark(m[1])
	return true
}

// markLeads records the rule the item's responsibility text states, if
// any, and makes the owners marked by the rule in force the item's leads,
// each name without its mark.
func (n *Notice) markLeads(t *Task, mark string, line int) {
	if mark != "" {
		n.addRule(rule{kind: ruleMarkLeads, line: line, item: t.ID, lead: []string{mark}})
	}
	var ru *rule
	for k := len(n.rules) - 1; k >= 0; k-- {
		if r := &n.rules[k]; r.kind == ruleMarkLeads {
			ru = r
			break
		}
	}
	if ru == nil && n.legend.mark != "" {
		n.legendMarks(t)
		cleanMarks(t)
		return
	}
	if ru == nil {
		n.unexplainedMarks(t, line)
		return
	}
	mark = ru.lead[0]
	if mark == "" {
		// 责任单位中标记的为牵头单位 over (★县市场监管局、…): the mark is
		// there after all, whichever sign it is.
		for _, o := range t.Owners {
			first, _ := utf8.DecodeRuneInString(o)
			last, _ := utf8.DecodeLastRuneInString(o)
			if strings.ContainsRune(markSigns, first) {
				mark = sameMark(string(first))
				break
			}
			if strings.ContainsRune(markSigns, last) {
				mark = sameMark(string(last)) // 县市场监管局▲
				break
			}
		}
	}
	if mark == "" {
		// 责任单位中标记的为牵头单位, with no mark left in the text (bold
		// or a sign lost in copying): which unit leads cannot be read.
		if len(t.Lead) == 0 && len(t.Owners) >= 2 {
			t.review("lead", ru.line, atF(n.At(ru.line), "{at}说标记的单位为牵头单位，但文本中看不到标记（加粗或符号在复制时丢失了）；牵头单位没有填写，请按原件补上",
				"the rule at {at} says the marked units lead, but no mark is left in the text (bold or a sign lost in copying): the lead is left empty; fill it in from the original"))
		}
		return
	}
	unmark := func(s string) (string, bool) {
		if q, ok := strings.CutPrefix(s, mark); ok {
			return strings.TrimSpace(q), true
		}
		if q, ok := strings.CutSuffix(s, mark); ok {
			return strings.TrimSpace(q), true
		}
		if q, m := stripMarks(s); m == mark {
			return q, true // 区城管局(★), 市☆自然资源局
		}
		return s, false
	}
	defer cleanMarks(t)
	var marked []string
	for i, o := range t.Owners {
		if q, ok := unmark(o); ok && q != "" {
			t.Owners[i] = q
			marked = append(marked, q)
		} else if q, other := stripMarks(o); other != "" && q != "" {
			t.Owners[i] = q // ▲县财政局 beside 标★的为牵头单位: another legend's mark, no part of the name
		}
	}
	for i, o := range t.Lead {
		if q, ok := unmark(o); ok && q != "" {
			t.Lead[i] = q
		}
	}
	if len(marked) == 0 || len(t.Lead) > 0 && !slices.Equal(t.Lead, marked) {
		return
	}
	t.Lead = marked
	if ru.item == t.ID {
		t.Sources.Lead = From{Kind: FromLabel, Line: ru.line, Label: "标" + mark + "的为牵头单位"}
	} else {
		t.Sources.Lead = From{Kind: FromCarry, Line: ru.line, Item: ru.item}
	}
}

// markLegend is what the notice says a mark before a unit means: the
// mark, whether it marks the helpers (标▲的为配合单位) rather than the
// leads, and the line saying so.
type markLegend struct {
	mark    string
	helpers bool
	line    int
}

// legendRe states what a mark means, on any line of the notice: 标★的为牵头
// 单位, (★为牵头单位), 标▲的为配合单位. Groups: the mark, the role.
var legendRe = lazyRe(`(?:^|[^未不没非])(?:(?:标有|标注|标记|注有|带有|标|带|加|打)\s*)?[“"]?([☆★△▲※●◆■◎*＊])[”"]?\s*(?:号)?\s*(?:的|者)?\s*(?:单位|部门)?\s*(?:的|者)?\s*(?:为|是)\s*(?:共同)?(牵头|配合|协办|协助|参与)(单位|部门|领导)?`)

// findMarkLegend finds the notice's legend of marks, the first stated.
func findMarkLegend(lines []Line) markLegend {
	for _, l := range lines {
		if m := legendRe.FindStringSubmatch(l.Text); m != nil && m[3] != "领导" {
			// ((★为牵头领导) marks leaders, no unit.)
			return markLegend{mark: sameMark(m[1]), helpers: m[2] != "牵头", line: l.N}
		}
	}
	return markLegend{}
}

// legendMarks reads the owners' marks by the notice's legend where no
// rule of the list's own states it: the marked units lead (标★的为牵头单
// 位), or, where the mark is the helpers' (标▲的为配合单位), the others
// lead; each name without its mark, the lead listed, as the legend stands
// apart from the item.
func (n *Notice) legendMarks(t *Task) {
	mark := n.legend.mark
	var marked, plain []string
	for i, o := range t.Owners {
		q, m := stripMarks(o)
		if m != mark || q == "" {
			plain = append(plain, o)
			continue
		}
		t.Owners[i] = q
		marked = append(marked, q)
	}
	if len(marked) == 0 || len(t.Lead) > 0 && n.legend.helpers {
		return
	}
	lead := marked
	if n.legend.helpers {
		lead = plain
	}
	if len(t.Lead) > 0 {
		// 排在第一位的为牵头单位,标★的为共同牵头单位: the marked units lead
		// beside the first.
		var more []string
		for _, u := range marked {
			if !slices.Contains(t.Lead, u) {
				more = append(more, u)
			}
		}
		if len(more) == 0 {
			return
		}
		lead = append(slices.Clone(t.Lead), more...)
	}
	if len(lead) == 0 {
		return
	}
	t.Lead = lead
	t.Sources.Lead = From{Kind: FromLabel, Line: n.legend.line, Label: "标" + mark + "的说明"}
	t.review("lead", n.legend.line, atF(n.At(n.legend.line), "按{at}的说明（标“"+mark+"”的单位）读出牵头单位“"+strings.Join(lead, "、")+"”；请核对",
		"by the note at {at} on the units marked "+mark+", the lead read is "+strings.Join(lead, ", ")+": check it"))
}

// unexplainedMarks takes off the owners' names a mark no rule of the
// notice explains (★区发改委、统计局, the table's legend not on the page;
// 市生态环境局★, 区商务局(★), ★★区应急局) and lists the lead for review:
// such a mark most often makes the unit the lead, but the notice does
// not say so here. A sign that may be part of a name (#, *) is left
// alone. A leader's mark (★李 明) is taken off too, listed.
func (n *Notice) unexplainedMarks(t *Task, line int) {
	var marked []string
	for i, o := range t.Owners {
		if q, mark := stripMarks(o); mark != "" && q != "" {
			t.Owners[i] = q
			marked = append(marked, mark+q)
		}
	}
	for i, p := range t.Leaders {
		if q, mark := stripMarks(p); mark != "" && q != "" {
			t.Leaders[i] = q
			t.review("leaders", line, atF(n.At(line), "{at}的责任领导“"+p+"”带有标记，已去掉标记读作“"+q+"”；请核对",
				"at {at} the leader "+p+" carries a mark, read without it as "+q+": check it"))
		}
	}
	for i, u := range t.Lead {
		if q, mark := stripMarks(u); mark != "" && q != "" {
			t.Lead[i] = q // 县水利局★ led by the first-listed rule: the mark is no part of it
		}
	}
	if len(marked) == 0 || len(t.Lead) > 0 {
		return
	}
	t.review("lead", line, atF(n.At(line), "{at}的责任单位“"+strings.Join(marked, "、")+"”前有标记，通知中没有说明标记的含义（常见的是牵头单位）；牵头单位没有填写，请按原件核对",
		"at {at} the units "+strings.Join(marked, ", ")+" carry a mark the notice does not explain (most often it marks the lead): the lead is left empty; check it against the original"))
}

// cleanMarks takes the signs left on the task's owners, lead and leaders
// off, where the notice has said what its marks mean: no part of a name.
func cleanMarks(t *Task) {
	for _, names := range [][]string{t.Owners, t.Lead, t.Leaders} {
		for i, u := range names {
			if q, mark := stripMarks(u); mark != "" && q != "" {
				names[i] = q
			}
		}
	}
}

// unexplainedSigns are the signs a list marks units with that no name
// holds.
const unexplainedSigns = "☆★△▲※●◆■◎*＊"

// sameMark is a mark as the rules compare it: ＊ is * written full-width.
func sameMark(m string) string {
	if m == "＊" {
		return "*"
	}
	return m
}

// markBracketRe is a mark in brackets after a name: 区商务局(★).
var markBracketRe = lazyRe(`[（(]\s*[☆★△▲※●◆■◎*＊]+\s*[）)]`)

// stripMarks takes every such sign off a name, and a bracket holding only
// signs: the name, and the first sign taken ("" where none was).
func stripMarks(s string) (string, string) {
	mark := ""
	for _, r := range s {
		if strings.ContainsRune(unexplainedSigns, r) {
			mark = sameMark(string(r))
			break
		}
	}
	if mark == "" {
		return s, ""
	}
	q := markBracketRe.ReplaceAllString(s, "")
	q = strings.Map(func(r rune) rune {
		if strings.ContainsRune(unexplainedSigns, r) {
			return -1
		}
		return r
	}, q)
	return strings.TrimSpace(q), mark
}

// keyTaskMarks takes a mark off the head or the end of a task's title
// (★推进…, ▲实施…, 【重点】推进…, …建设★, …建设（★）): a list's sign for
// its key tasks, no word of the task.
func (n *Notice) keyTaskMarks() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		rest := strings.TrimPrefix(strings.TrimSpace(t.Title), "【重点】")
		rest = strings.TrimLeft(rest, "★☆▲△●◆■◎※ \u3000")
		rest = strings.TrimSpace(trailingMarkRe.ReplaceAllString(rest, ""))
		if rest != t.Title && rest != "" {
			t.Title = rest
		}
	}
}

// trailingMarkRe is a key task's mark closing a title: ★, （★）.
var trailingMarkRe = lazyRe(`\s*(?:[（(]\s*[★☆▲△*＊]\s*[）)]|[★☆▲△*＊]+)$`)

// markedItemRe is an item's number with a key task's mark before it:
// ★1.推进…, ▲ 3、实施….
var markedItemRe = lazyRe(`^([\s\x{3000}]*)[★☆▲△]\s*(\d{1,3}\s*[.．、])`)

// markedItems takes a key task's mark off the head of an item's line, before
// its number (★1.推进…): read with it, the line was no item, and the item
// was lost (listed as not read); keyTaskMarks takes it off after the number.
func markedItems(lines []Line) []Line {
	for i, l := range lines {
		if markedItemRe.MatchString(l.Text) {
			lines[i].Text = markedItemRe.ReplaceAllString(l.Text, "${1}${2}")
		}
	}
	return lines
}
