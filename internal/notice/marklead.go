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

// ruleMarkLeads is a mark-leads rule (markLeadRe); its lead is the mark.
// Its value stands apart from the kinds resp.go numbers in turn.
const ruleMarkLeads ruleKind = 64

// markRule reads a clause stating a mark-leads rule into r.
func (r *respParts) markRule(c string) bool {
	m := markLeadRe.FindStringSubmatch(c)
	if m == nil {
		return false
	}
	r.markLead = m[1]
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
				mark = string(first)
				break
			}
			if strings.ContainsRune(markSigns, last) {
				mark = string(last) // 县市场监管局▲
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
		return s, false
	}
	var marked []string
	for i, o := range t.Owners {
		if q, ok := unmark(o); ok && q != "" {
			t.Owners[i] = q
			marked = append(marked, q)
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

// unexplainedMarks takes off the owners' names a mark no rule of the
// notice explains (★区发改委、统计局, the table's legend not on the page)
// and lists the lead for review: such a mark most often makes the unit
// the lead, but the notice does not say so here. A sign that is part of
// a name (#, *) is left alone.
func (n *Notice) unexplainedMarks(t *Task, line int) {
	const signs = "☆★△▲※●◆■◎"
	var marked []string
	for i, o := range t.Owners {
		first, size := utf8.DecodeRuneInString(o)
		if !strings.ContainsRune(signs, first) {
			continue
		}
		if q := strings.TrimSpace(o[size:]); q != "" {
			t.Owners[i] = q
			marked = append(marked, string(first)+q)
		}
	}
	if len(marked) == 0 {
		return
	}
	t.review("lead", line, atF(n.At(line), "{at}的责任单位“"+strings.Join(marked, "、")+"”前有标记，通知中没有说明标记的含义（常见的是牵头单位）；牵头单位没有填写，请按原件核对",
		"at {at} the units "+strings.Join(marked, ", ")+" carry a mark the notice does not explain (most often it marks the lead): the lead is left empty; check it against the original"))
}
