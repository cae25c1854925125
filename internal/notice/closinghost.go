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
