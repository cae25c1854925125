package notice

import (
	"strings"
	"unicode"

	"tally/internal/i18n"
)

// An item may close with a run of brackets after its full stop, each
// naming some of who does it, or when:
//
//	6.推动涉企政策兑现。(县工信局)(县财政局、县税务局)
//	6.落实领导干部接访下访制度。(县委办、县政府办)(县信访局具体负责)
//	3.推进“一网通办”。(2023年6月底前)(县政务服务中心)
//
// Only the last bracket was read: the units of the others were lost in
// silence. The run's brackets that name units (bare, or with 牵头, 负责,
// 配合 after them) or a time limit are read together as the item's
// responsibility; a bracket of anything else (重点路段, 一期、二期) stays in
// its text.

// bracketRunRoleRe is the role a bracket's units close with.
var bracketRunRoleRe = lazyRe(`(?:牵头负责|具体负责|按职责分工负责|分别负责|负责|牵头|配合|协助|协办|参与)$`)

// unitBracketRun reads the run of brackets closing text: the text before
// the run (with the brackets that name no one kept at its end), the
// responsibility the others give, a leader a bracket names alone
// ((王建国副县长)), and whether units were named in two or
// more brackets with no role word in any (a guess, listed).
func unitBracketRun(text string) (rest, resp, leader string, bare bool, ok bool) {
	runes := []rune(strings.TrimRight(text, "。.；; "))
	type bracket struct {
		open  int
		inner string
	}
	var run []bracket
	end := len(runes)
	for end > 0 {
		k := end - 1
		for k >= 0 && unicode.IsSpace(runes[k]) {
			k--
		}
		if k < 0 || runes[k] != '）' && runes[k] != ')' {
			break
		}
		i := openingBracket(runes, k)
		if i < 0 {
			break
		}
		run = append([]bracket{{i, strings.TrimSpace(string(runes[i+1 : k]))}}, run...)
		end = i
	}
	if len(run) < 2 {
		return text, "", "", false, false
	}
	head := strings.TrimSpace(string(runes[:run[0].open]))
	if head == "" || !strings.HasSuffix(head, "。") && !strings.HasSuffix(head, "；") && !strings.HasSuffix(head, ";") {
		return text, "", "", false, false
	}
	var parts, labelled, kept []string
	units, roles := 0, 0
	for _, b := range run {
		names := strings.TrimSpace(bracketRunRoleRe.ReplaceAllString(b.inner, ""))
		switch {
		case (b.inner == "牵头" || b.inner == "牵头单位" || b.inner == "牵头负责") && len(parts) > 0 && !strings.HasSuffix(parts[len(parts)-1], "牵头"):
			// (县市场监管局)(牵头): the bracket before leads.
			parts[len(parts)-1] += "牵头"
		case generalBodiesRe.MatchString(b.inner) || openNameRe.MatchString(b.inner) && !strings.ContainsAny(b.inner, "，,。；;"):
			// (市直有关部门): bodies in general, kept as written to be
			// listed as the open name they are.
			parts = append(parts, b.inner)
		case coverRe.MatchString(b.inner):
			kept = append(kept, b.inner)
		case labelRe.MatchString(b.inner):
			// (责任人:王建华): a label's value runs to the end of the text,
			// so labelled brackets go after the others.
			labelled = append(labelled, b.inner)
			units++
			roles++
		case names != "" && !sentenceWordRe.MatchString(names) && (unitNames(names) || unitsZonesOpen(names) || Collective(names)):
			// (县市场监管局协助): a helper, as 配合 says.
			parts = append(parts, helperWordRe.ReplaceAllString(b.inner, "配合"))
			units++
			if names != b.inner {
				roles++
			}
		case leader == "" && !endsOrg(b.inner) && !unitName(b.inner) && (headPostRe.MatchString(b.inner) || headingPersons(b.inner) != nil && !roleOnlyRe.MatchString(b.inner)):
			// (王建国副县长): the leader over the units after him.
			leader = b.inner
		case isDueClause(b.inner):
			parts = append(parts, b.inner)
		default:
			kept = append(kept, b.inner)
		}
	}
	parts = append(parts, labelled...)
	if units == 0 {
		return text, "", "", false, false
	}
	for _, k := range kept {
		head += "（" + k + "）"
	}
	return head, strings.Join(parts, "；"), leader, units >= 2 && roles == 0, true
}

// bracketRunResp gives the task the responsibility of the run of brackets
// closing its text.
func (t *Task) bracketRunResp(text string) (string, bool) {
	rest, resp, leader, bare, ok := unitBracketRun(text)
	if !ok {
		return text, false
	}
	t.raw.resp = append([]piece{{resp, t.raw.last, FromBracket, ""}}, t.raw.resp...)
	if leader != "" {
		t.raw.resp = append(t.raw.resp, piece{leader, t.raw.last, FromBracket, "责任领导"})
	}
	if bare {
		t.review("owners", t.raw.last, i18n.F("这一项末尾有几个括号各写了单位（%s），责任单位取各括号所列单位之和；请核对",
			"the item closes with several brackets of units (%s); the owners are all of them: check them", resp))
	}
	return rest, true
}

// helperWordRe is a helper's role other than 配合, closing a bracket.
var helperWordRe = lazyRe(`(?:协助|协办|参与)$`)
