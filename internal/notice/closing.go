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
