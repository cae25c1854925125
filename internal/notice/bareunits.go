package notice

import "strings"

// bareUnitBracket reads an item that closes with a bracket holding units'
// names and nothing else, no label and no 负责 or 牵头: a division of a
// government work report (…比上年增长12%。(市财政局), …。(市经委、环保局))
// names who answers for each item so. Every name must end as a body's name
// does and none may be open (等有关部门) or a bare body (政府); a bracket
// that says what the work covers (含日间照料中心) is none. rest is the
// item's text before the bracket, inner the bracket's names.
func bareUnitBracket(s string) (rest, inner string, ok bool) {
	runes := []rune(strings.TrimRight(s, "。.；; "))
	if len(runes) < 4 {
		return s, "", false
	}
	if last := runes[len(runes)-1]; last != '）' && last != ')' {
		return s, "", false
	}
	i := openingBracket(runes, len(runes)-1)
	if i < 0 {
		return s, "", false
	}
	in := strings.TrimSpace(string(runes[i+1 : len(runes)-1]))
	head := strings.TrimSpace(string(runes[:i]))
	// The bracket closes a sentence of the item: its own text stands
	// before it, ending a sentence (…12%。(市计委)).
	// Or the item is a document's name alone (《中华人民共和国监狱法》
	// (监狱管理局), a list of laws each with who spreads word of it).
	if head == "" || !strings.HasSuffix(head, "。") && !strings.HasSuffix(head, "；") && !strings.HasSuffix(head, ";") && !docNamesRe.MatchString(head) {
		return s, "", false
	}
	units := carriedTailRe.ReplaceAllString(in, "") // (县政务服务中心、县数据局，下同): the rule read with the units
	if _, headed := headUnits(head); coverRe.MatchString(units) || !unitNames(units) && !(headed && bracketUnits(units)) && !smallBodyAlone(units) {
		// (各乡镇) after 县文旅局负责,…: collectives too, where the item's
		// head names its units.
		return s, "", false
	}
	return head, in, true
}

// carriedTailRe is a rule closing a bracket's units, saying they answer
// for the items below too: ，下同, ；以下同.
var carriedTailRe = lazyRe(`[，,；;]\s*(?:下同|以下同|后同)\s*$`)

// docNamesRe is an item that is documents' names alone: 《中华人民共和国
// 禁毒法》《戒毒条例》.
var docNamesRe = lazyRe(`^(?:《[^《》]{2,80}》\s*[、,，]?\s*)+$`)

// coverRe opens a bracket that says what the work covers or gives an
// example, naming no one: (含日间照料中心), (包括…), (如…), (其中…).
var coverRe = lazyRe(`^(?:含|包含|包括|不含|如|例如|其中|即|除|以及)`)

// helpersBracketRe is a bracket naming only the units that help
// (县公安局、县文旅局配合), none that does the work.
var helpersBracketRe = lazyRe(`^[^，,。；;：:（()）]{2,80}?(?:配合|协助|协办)$`)

// An assessment list gives each item its score after the bracket of its
// units, in a bracket of its own or after a comma inside it:
//
//	3.推进农村公路建设，2023年12月底前完成。(县交通运输局)(10分)
//	1.推进高标准农田建设…。(县农业农村局负责，6分)
//
// The score is no owner and hides the bracket from the readers of the
// item's end: it is taken off the text and kept at the end of the body.
var (
	scoreBracketRe = lazyRe(`[（(]\s*(?:(?:共|每项|满分)?\s*[0-9０-９]+(?:\.[0-9]+)?\s*分(?:\s*/\s*[项个次条])?|分值\s*[：:]?\s*[0-9]+(?:\.[0-9]+)?\s*分?)\s*[）)][。.；;\s]*$`)
	scoreInsideRe  = lazyRe(`[，,；;]\s*(?:(?:共|每项|满分)?\s*[0-9０-９]+(?:\.[0-9]+)?\s*分(?:\s*/\s*[项个次条])?|分值\s*[：:]?\s*[0-9]+(?:\.[0-9]+)?\s*分?)(?:[，,；;][^（()）]{0,20})?\s*([）)])[。.；;\s]*$`)
)

// scoreFirstRe is a score opening the bracket of units closing an item:
// (共15分,县住建局负责).
var scoreFirstRe = lazyRe(`([（(])\s*(?:共|每项|满分)?\s*[0-9０-９]+(?:\.[0-9]+)?\s*分\s*[，,；;]\s*([^（()）]{2,80}[）)])[。.；;\s]*$`)

// scoreOff takes an item's closing score off its text: the text without
// it and the score as written.
func scoreOff(text string) (rest, score string) {
	if loc := scoreBracketRe.FindStringIndex(text); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(text[:loc[0]]), strings.TrimSpace(text[loc[0]:])
	}
	if m := scoreInsideRe.FindStringSubmatchIndex(text); m != nil {
		score := strings.Trim(strings.TrimSpace(text[m[0]:m[2]]), "，,；; ")
		return text[:m[0]] + text[m[2]:m[3]], "（" + score + "）"
	}
	if m := scoreFirstRe.FindStringSubmatchIndex(text); m != nil {
		score := strings.Trim(strings.TrimSpace(text[m[3]:m[4]]), "，,；; ")
		return text[:m[2]] + text[m[2]:m[3]] + text[m[4]:m[5]], "（" + score + "）"
	}
	return text, ""
}

// smallBodyAlone is a bracket naming one small body with no level, as a
// county's list writes its stations and brigades ((运管所), (交警大队)):
// three to eight characters ending as such a body does.
func smallBodyAlone(s string) bool {
	n := len([]rune(s))
	return n >= 3 && n <= 8 && smallStationRe.MatchString(s) && !strings.ContainsAny(s, "，,、；;：:。 0123456789一二两三四五六七八九十共") && !coverRe.MatchString(s)
}

// smallStationRe ends a small body's name a county writes alone: 运管所,
// 交警大队, 环卫站, 执法中队 (not …处, which ends 落到实处 and 共三处 as much).
var smallStationRe = lazyRe(`(?:所|站|大队|中队|中心)$`)
