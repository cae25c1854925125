package notice

import (
	"strings"
	"unicode/utf8"
)

// closingHostRe is a closing sentence pointing back at the work that names
// the body hosting it and those helping (此项工作由市卫生局主办,市民政局、
// 劳动和社会保障局协办。): 主办 leads as 牵头 does (hostclause.go).
var closingHostRe = lazyRe(`(?:^|[。；;]\s*)(?:此|该|本|这)项(?:目|工作|任务|措施|举措)?(?:由)?([^由。；;：:（()）“”《》]{2,160}?主办[^。；;（()）“”《》]{0,160}?)[。；;]?\s*$`)

// closingHost is closingLead for a sentence naming who hosts the work.
func closingHost(text string) (head, resp string, ok bool) {
	loc := closingHostRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return "", "", false
	}
	resp = text[loc[2]:loc[3]]
	host, _, _ := strings.Cut(resp, "主办")
	if !unitNames(host) || len(splitResp(resp).lead) == 0 {
		return "", "", false
	}
	head = strings.TrimSpace(text[:loc[0]])
	if r, _ := utf8.DecodeRuneInString(text[loc[0]:]); r == '。' {
		head += "。"
	}
	if !strings.ContainsAny(head, "，,。；;") {
		return "", "", false
	}
	return head, resp, true
}

// closingUnitsAreRe is a paragraph's closing clause naming its units with
// 为, no bracket around it: …(依据区人代会目标设置),责任单位为区发改委;. A
// paragraph may hold two targets, each closing so.
var closingUnitsAreRe = lazyRe(`[，,]\s*(责任单位|牵头单位|责任部门|牵头部门)为([^由，,。；;：:（()）“”《》]{2,40}?)(?:[，,]\s*[^由，,。；;：:（()）“”《》]{2,40}?(?:配合|协助|参与))?\s*[；;。]?\s*$`)

// unitsAreClauseRe is each such clause of the paragraph, and the helpers
// named after it (,区财政局配合).
var unitsAreClauseRe = lazyRe(`[，,]\s*(?:责任单位|牵头单位|责任部门|牵头部门)为([^由，,。；;：:（()）“”《》]{2,40}?)(?:[，,]\s*([^由，,。；;：:（()）“”《》]{2,40}?)(?:配合|协助|参与))?\s*(?:[；;。]|$)`)

// closingUnitsAre cuts such closing clauses off a paragraph: the text before
// the first, and the responsibility they state together (责任单位：区发改委、
// 区经信局). ok is false where the paragraph does not close so, or a clause
// names no unit.
func closingUnitsAre(text string) (head, resp string, ok bool) {
	m := closingUnitsAreRe.FindStringSubmatch(text)
	if m == nil {
		return "", "", false
	}
	var units []string
	locs := unitsAreClauseRe.FindAllStringSubmatchIndex(text, -1)
	for _, loc := range locs {
		u := strings.TrimSpace(text[loc[2]:loc[3]])
		if !unitNames(u) {
			return "", "", false
		}
		addNew(&units, readNames(u).names...)
		if loc[4] >= 0 {
			// …,责任单位为区人社局,区财政局配合;: the helpers too.
			if h := strings.TrimSpace(text[loc[4]:loc[5]]); unitNames(h) {
				addNew(&units, readNames(h).names...)
			}
		}
	}
	head = strings.TrimSpace(text[:locs[0][0]])
	if len(units) == 0 || utf8.RuneCountInString(head) < 4 {
		return "", "", false
	}
	return head, m[1] + "：" + strings.Join(units, "、"), true
}
