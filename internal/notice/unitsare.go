package notice

import "strings"

// unitsAreRespRe is a clause that names the units answering for an item
// in a sentence, the label after them: 市公安局、国税局、各区政府为责任单位;
// an adverb before 为 is no part of the last name (各市州、县市区人民政府均为
// 责任单位).
var unitsAreRespRe = lazyRe(`^((?:[^，,。；;：:（()）“”《》]|[（(][^（()）]{1,8}[）)]){2,80}?)(?:均|都|也|亦)?(?:为|是|作为)(?:责任单位|责任部门|主要责任单位|责任主体|实施主体)$`)

// unitsAreResp reads such a clause: the units, with 我市 before a
// collective (我市各区政府) read as a determiner, not a part of the name.
func unitsAreResp(part string) (string, bool) {
	m := unitsAreRespRe.FindStringSubmatch(strings.TrimSpace(part))
	if m == nil {
		return "", false
	}
	units := m[1]
	for _, my := range []string{"我市", "我县", "我区", "我省"} {
		if rest, ok := strings.CutPrefix(units, my); ok && strings.HasPrefix(rest, "各") {
			units = rest
		}
	}
	if !unitList(units) && !levelCollective(units) {
		return "", false
	}
	return units, true
}

// unitsAreRespLineRe is a line that says only who answers for the item
// above it, in that sentence's form, and who assists: 我市各区政府为责任单位,
// 市城管局、公安局协办。 It is a line of the item's responsibility.
var unitsAreRespLineRe = lazyRe(`^([^，,。；;：:（()）“”《》]{2,80}?(?:为|是|作为)(?:责任单位|责任部门|主要责任单位))(?:[，,]([^，,。；;：:]{2,80}?)(?:协办|配合|协助|参与))?[。；;]?$`)

func unitsAreRespLine(t string) bool {
	m := unitsAreRespLineRe.FindStringSubmatch(trimLine(t))
	if m == nil {
		return false
	}
	_, ok := unitsAreResp(m[1])
	return ok
}
