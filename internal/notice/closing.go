package notice

import (
	"strings"
	"unicode/utf8"
)

// An item, or a paragraph with no number, may close with a sentence of its
// own saying who answers for it, no bracket around it: …提高砂石矿产资源
// 出让、审批和监管工作效率。此项目青海省自然资源厅牵头,省有关部门、各市州政府
// 配合,常态化开展,年内完成。 The sentence opens by pointing back at the work
// (此项目, 此项工作, 该项工作) and names the units that lead it.

// closingLeadRe is such a closing sentence: the words pointing back, and
// who leads and helps (with any time limit after them).
var closingLeadRe = lazyRe(`(?:^|[。；;]\s*)(?:此|该|本|这)项(?:目|工作|任务|措施|举措)?(?:由)?([^由。；;：:（()）“”《》]{2,160}?牵头[^。；;（()）“”《》]{0,160}?)[。；;]?\s*$`)

// closingLead cuts a closing sentence naming who leads the work off text:
// the text before it and the responsibility it states. ok is false where
// the text has no such sentence, or its lead names no unit.
func closingLead(text string) (head, resp string, ok bool) {
	loc := closingLeadRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return closingHost(text)
	}
	resp = text[loc[2]:loc[3]]
	lead, _, _ := strings.Cut(resp, "牵头")
	if !unitNames(lead) || len(splitResp(resp).lead) == 0 {
		return "", "", false
	}
	head = strings.TrimSpace(text[:loc[0]])
	if r, _ := utf8.DecodeRuneInString(text[loc[0]:]); r == '。' {
		head += "。"
	}
	if !strings.ContainsAny(head, "，,。；;") {
		return "", "", false // a sentence alone is no work it points back at
	}
	return head, resp, true
}

// joinSameLine takes off pre and rest the lines kept from text line n (a
// line of the text the reading cut at a sentence) and puts their words
// before text.
func joinSameLine(pre, rest []Line, n int, text string) ([]Line, []Line, string) {
	var before []string
	take := func(ls []Line) []Line {
		for len(ls) > 0 && ls[len(ls)-1].N == n {
			before = append([]string{strings.TrimSpace(ls[len(ls)-1].Text)}, before...)
			ls = ls[:len(ls)-1]
		}
		return ls
	}
	pre, rest = take(pre), take(rest)
	return pre, rest, strings.Join(append(before, text), "")
}

// closingUnitsRe is an item's last clause naming, with no bracket, label or
// words pointing back, the units that lead it and those that help, or the
// units that answer for it (…开展全民阅读活动。市文化广电旅游局牵头，市教育局
// 配合。; …，由市文化广电旅游局牵头，各区配合，2023年10月底前完成。; …。市委宣传部
// 负责。), a time limit alone after them.
var closingUnitsRe = lazyRe(`(?:^|[。；;，,]\s*)(由?([^由。；;，,：:（()）“”《》\s]{2,60}?)(?:牵头(?:负责)?|负责(?:落实|实施)?)(?:[，,]\s*([^由。；;，,：:（()）“”《》\s]{2,80}?)(?:配合|协助|参与|协办))?)((?:[，,]\s*[^。；;，,（()）]{2,20})?)[。；;]?\s*$`)

// closingUnits cuts such a clause off text: the text before it (with the
// clause's time limit, read as the item's date), the responsibility it
// states and the clause as written. ok is false where the names leading
// are not units named with their level or kind, where the helpers are
// neither units nor an open name (有关部门), or where what follows them is
// not a time limit.
func closingUnits(text string) (head, resp, clause string, ok bool) {
	loc := closingUnitsRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return "", "", "", false
	}
	if !unitNames(text[loc[4]:loc[5]]) {
		return "", "", "", false
	}
	if loc[6] >= 0 {
		help := text[loc[6]:loc[7]]
		if r := readNames(help); !byNames(help) && (len(r.names) > 0 || len(r.open) == 0) {
			return "", "", "", false
		}
	}
	resp = text[loc[2]:loc[3]]
	if limit := strings.TrimLeft(text[loc[8]:loc[9]], "，, "); limit != "" && (!limitClauseRe.MatchString(limit) || limitNamesRe.MatchString(limit)) {
		return "", "", "", false
	}
	head = strings.TrimSpace(text[:loc[0]])
	if r, _ := utf8.DecodeRuneInString(text[loc[0]:]); r == '。' {
		head += "。"
	}
	if utf8.RuneCountInString(strings.TrimRight(head, "。，, ")) < 4 {
		return "", "", "", false // no work left before the names
	}
	if limit := strings.TrimLeft(text[loc[8]:loc[9]], "，, "); limit != "" {
		// The time limit stays in the item's text, read as its date.
		head = strings.TrimRight(head, "。，, ") + "。" + limit + "。"
	}
	return head, resp, strings.TrimSpace(text[loc[2]:loc[9]]), true
}

// limitNamesRe is a word of a clause after a date that names who does the
// work (7月1日有关部门参与完成): no time limit alone.
var limitNamesRe = lazyRe(`有关|相关|部门|单位|政府|参与|配合|协助|负责|牵头`)
