package notice

import (
	"strings"
	"unicode"

	"tally/internal/i18n"
)

// An item of several sentences may close each with a bracket of the units
// that do it, after its full stop:
//
//	1.污染防治攻坚战信息。及时公开…完成情况。(大气司、水司、土壤司)加强…专项
//	行动信息公开,主动接受公众监督。(执法局)
//
// Only the last bracket was read: the others' units were lost in silence.
// All of them are the item's owners now, listed, as the item may be
// several tasks; a bracket naming no one in particular (各有关部门) names
// no owner.

// stopBracket is a bracket after a sentence's full stop: where it opens and
// closes in the text's runes, and what it holds.
type stopBracket struct {
	open, close int
	inner       string
}

// stopUnitBrackets finds the brackets of an item's text that stand after a
// full stop (or a semicolon) and name units alone, or bodies in general
// (各有关部门), the last closing the text. It gives the text before the
// last, the units of all of them and how many brackets named units; ok is
// false where the text does not close with such a bracket or only one
// names units.
func stopUnitBrackets(text string) (rest, units string, count int, open bool, ok bool) {
	runes := []rune(strings.TrimRight(text, "。.；; \n"))
	var found []stopBracket
	for i := 0; i < len(runes); i++ {
		if runes[i] != '（' && runes[i] != '(' {
			continue
		}
		k := closingRune(runes, i)
		if k < 0 {
			break
		}
		p := i - 1
		for p >= 0 && unicode.IsSpace(runes[p]) {
			p--
		}
		if p >= 0 && strings.ContainsRune("。；;", runes[p]) {
			found = append(found, stopBracket{i, k, strings.Trim(strings.TrimSpace(string(runes[i+1:k])), "&")})
		}
		i = k
	}
	if len(found) < 2 || found[len(found)-1].close != len(runes)-1 {
		return text, "", 0, false, false
	}
	var names []string
	for _, b := range found {
		switch {
		case coverRe.MatchString(b.inner):
			return text, "", 0, false, false
		case unitNames(b.inner):
			names = append(names, b.inner)
			count++
		case generalBodiesRe.MatchString(b.inner):
			open = true
		default:
			return text, "", 0, false, false // a bracket of something else: no such item
		}
	}
	if count < 2 && !(count == 1 && open) {
		return text, "", 0, false, false
	}
	last := found[len(found)-1]
	return strings.TrimSpace(string(runes[:last.open])), strings.Join(names, "、"), count, open, true
}

// generalBodiesRe is a bracket naming bodies in general, none in
// particular: 各有关部门, 各相关部门, 有关单位.
var generalBodiesRe = lazyRe(`^(?:各)?(?:有关|相关)(?:部门|单位|司局|处室|科室)(?:和单位)?$`)

// stopBracketResp gives the task the units of its sentences' brackets
// after their full stops, listed.
func (t *Task) stopBracketResp(text string) (string, bool) {
	rest, units, count, open, ok := stopUnitBrackets(text)
	if !ok {
		return text, false
	}
	t.bracketsUnits(units, count)
	if open {
		t.review("owners", t.raw.last, i18n.F("这一项有的句子括号里写的是“有关部门”，没有指明单位，未列为责任单位；请核对",
			"some of the item's sentences name bodies in general in their brackets (有关部门), no unit: not read as owners; check them"))
	}
	return rest, true
}
