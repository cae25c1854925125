package notice

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tally/internal/i18n"
)

// An old division of work holds several sentences in one item, each
// closing, before its full stop, with a bracket of the units that do it:
//
//	11、抓紧制定和启动…实施方案。…提升武汉城市圈整体发展实力(省发改委、交通厅、…、武汉城市圈9市等)。
//	加快推进…等工程建设(省发改委、交通厅、湖北机场集团公司、武汉铁路局)。…(省发改委、建设厅等)。
//
// The item is one task (its sentences carry no numbers of their own); its
// owners are the units of all its brackets, listed where there are more
// than one, as the item may be several tasks. Before, a bracket inside
// the sentence named no one (only one after the full stop did): the items
// named no one and the notice was refused.

// closingUnitBrackets reads the brackets of units that close the sentences
// of an item's text, the last closing the text: the text without the last
// bracket, the units of all of them joined, and how many there are.
func closingUnitBrackets(text string) (rest, units string, count int, ok bool) {
	runes := []rune(text)
	var inners []string
	lastOpen, lastEnd := -1, -1
	for i := 0; i < len(runes); i++ {
		if runes[i] != '（' && runes[i] != '(' {
			continue
		}
		k := closingRune(runes, i)
		if k < 0 {
			return text, "", 0, false
		}
		j := k + 1
		for j < len(runes) && unicode.IsSpace(runes[j]) {
			j++
		}
		if j < len(runes) && !strings.ContainsRune("。；;", runes[j]) {
			i = k
			continue
		}
		in := strings.TrimSpace(string(runes[i+1 : k]))
		if coverRe.MatchString(in) || !plainNames(trimOpenTail(in)) {
			i = k
			continue
		}
		inners = append(inners, in)
		lastOpen, lastEnd = i, j
		i = k
	}
	// The last bracket, closing the text, names bodies alone (the earlier
	// ones may name places too: 宜昌市, 武汉城市圈9市, listed).
	if len(inners) == 0 || strings.Trim(string(runes[min(lastEnd, len(runes)):]), "。；; \n") != "" ||
		!unitNames(trimOpenTail(inners[len(inners)-1])) && !unitsZonesOpen(inners[len(inners)-1]) {
		return text, "", 0, false
	}
	head := strings.TrimSpace(string(runes[:lastOpen]))
	if head == "" || strings.HasSuffix(head, "。") || strings.HasSuffix(head, "；") {
		return text, "", 0, false // a bracket after the full stop: bareUnitBracket's
	}
	return head + "。", strings.Join(inners, "、"), len(inners), true
}

// closingRune is the index of the bracket closing the one open at i,
// -1 where none does.
func closingRune(runes []rune, i int) int {
	depth := 0
	for k := i; k < len(runes); k++ {
		switch runes[k] {
		case '（', '(':
			depth++
		case '）', ')':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// trimOpenTail takes an open end (等, 等有关部门) off a list of names.
func trimOpenTail(s string) string {
	if m := openTailRe.FindString(s); m != "" {
		return strings.TrimSuffix(s, m)
	}
	return s
}

// sentenceBracketResp gives the task the units of its sentences' brackets.
func (t *Task) sentenceBracketResp(text string) (string, bool) {
	rest, units, count, ok := closingUnitBrackets(text)
	if !ok {
		return text, false
	}
	t.bracketsUnits(units, count)
	return rest, true
}

// bracketsUnits gives the task the units of its sentences' brackets, all
// of them its owners, listed where there are more than one bracket.
func (t *Task) bracketsUnits(units string, count int) {
	t.raw.resp = []piece{{units, t.raw.last, FromBracket, ""}}
	if count > 1 {
		t.review("owners", t.raw.last, i18n.F("这一项有%d句各以括号写明单位，责任单位取各括号所列单位之和；也可能是几项任务，请核对",
			"%d sentences of the item each close with a bracket of units: the owners are all of them; the item may be several tasks: check it", count))
	}
}

// unitsZonesOpen says a bracket's names are units as unitNames reads
// them, development zones named with their place (荆州开发区: its
// management committee), collectives, and open names (市政府相关部门,
// listed) beside at least one unit: (市发改委,市政府相关部门,各县市区政府,
// 荆州开发区).
func unitsZonesOpen(s string) bool {
	r := readNames(s)
	if len(r.names) == 0 {
		return false
	}
	org := false
	for _, n := range r.names {
		switch {
		case utf8.RuneCountInString(n) > 20 || oddNameRe.MatchString(n) || slices.Contains(orgWords, n):
			return false
		case endsOrg(n) || unitSuffixRe.MatchString(n):
			org = true
		case zoneNameRe.MatchString(n) || Collective(n):
		default:
			return false
		}
	}
	return org
}

// zoneNameRe is a zone named with its place, standing for its management
// committee: 荆州开发区, 临港新区, 綦江工业园区. Kinds of zone (各类园区, 相关
// 开发区) name none in particular, and a zone the work builds (高新技术产业
// 示范区, 国家现代农业示范区) is its scope, not who does it.
var zoneNameRe = lazyRe(`^[^各全本有相所类\P{Han}]\p{Han}{1,5}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|新区|保税区|工业园区|管委会|管委)$`)
