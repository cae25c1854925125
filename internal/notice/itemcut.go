package notice

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// Cutting an item's text: the title (its first sentence or line), the body
// after it, and the responsibility it states in brackets — at its end
// (trailingBracket), closing its first sentence, before a limit that
// follows as a sentence of its own, or opening it (由X负责, X牵头).

// cut splits a task's text into title and body, taking out the
// responsibility in brackets at its end.
func (t *Task) cut(text string) {
	text, t.raw.score = scoreOff(text)
	if rest, ok := t.bracketRunResp(text); ok {
		// …。(县工信局)(县财政局、县税务局): each bracket of the run.
		text = rest
	} else if rest, inner, ok := trailingBracket(text); ok {
		if i := unclosedBracket([]rune(strings.TrimRight(text, "。.；; "))); i >= 0 {
			t.review("owners", t.raw.last, i18n.F("这一项末尾的括号没有闭合（%s），已读作写明责任单位的括号；请核对", "the item's closing bracket is never closed (%s); read as the bracket naming the owners: check it", inner))
		}
		text = rest
		if head, units, ok := bareUnitBracket(rest); ok && helpersBracketRe.MatchString(inner) && !strings.Contains(inner, "牵头") && !strings.Contains(inner, "负责") {
			// …开展专项执法行动。(县市场监管局)(县公安局、县文旅局配合):
			// the units doing the work in a bracket of their own before
			// the helpers'.
			text = head
			inner = units + "负责，" + inner
		} else if m := headLeadRe.FindStringSubmatch(rest); m != nil && helpersBracketRe.MatchString(inner) && !strings.Contains(inner, "牵头") && !strings.Contains(inner, "负责") &&
			unitNames(m[1][:strings.Index(m[1], "牵头")]) {
			// 市文旅局牵头,负责文旅消费季活动。(市商务局、市财政局配合): the
			// lead at the item's head, the helpers in its closing bracket.
			inner = m[1] + "，" + inner
		} else if head, ok := headUnits(rest); ok && !strings.Contains(inner, "牵头") && bracketUnits(inner) {
			// 市文旅局负责,市商务局配合,开展…。(市财政局) or 市文旅局牵头组织
			// 实施…。(市商务局配合): the units at the item's head and those
			// of its closing bracket, all owners, listed.
			t.review("owners", t.raw.last, i18n.F("这一项开头写明了由谁牵头或负责，末尾的括号又写了单位（%s），责任单位取两者之和；请核对",
				"the item opens by naming who leads or does it and closes with a bracket of units (%s); the owners are all of them: check them", inner))
			inner = head + "；" + inner
		}
		t.raw.resp = append([]piece{{inner, t.raw.last, FromBracket, ""}}, t.raw.resp...)
	} else if m := bracketThenLimitRe.FindStringSubmatch(text); m != nil {
		// …工作。（县委组织部、县民政局负责）完成时限：2021年9月底前: the
		// bracket's units, and the time limit after them, read as one.
		text = strings.TrimSpace(m[1])
		t.raw.resp = append([]piece{{m[2] + "；" + m[3], t.raw.last, FromBracket, ""}}, t.raw.resp...)
	} else if head, inner, limit, ok := bracketThenDate(text); ok {
		// …。（责任单位：县商务局、县发改局(粮食局)）2021年12月底前完成。:
		// the bracket's units, and the date after them its time limit.
		text = head
		t.raw.resp = append([]piece{{inner + "；" + limit, t.raw.last, FromBracket, ""}}, t.raw.resp...)
	} else if head, inner, rest, ok := firstSentenceBracket(text); ok && len(t.raw.resp) == 0 {
		// 1.新建农村寄宿制学校5所(县教育局负责)。2022年已完成3所。: the
		// bracket closing the item's first sentence names who does it,
		// the sentences after it say more of the work.
		text = head + "。" + rest
		t.raw.resp = []piece{{inner, t.Line, FromBracket, ""}}
		if respWordRe.MatchString(rest) || strings.Contains(rest, "由") || strings.Contains(rest, "协调") {
			t.review("owners", t.Line, i18n.F("这一项第一句末尾的括号（%s）写明了由谁负责，已读作责任单位；其后的文字还写到了别的单位，请核对", "the bracket closing the item's first sentence (%s) names who does it, read as the owners; the text after it names others too: check them", inner))
		}
	} else if resp, person, n, ok := personLeadResp(text); ok && len(t.raw.resp) == 0 {
		// 1.由张华副市长负责，市发改委牵头，各区政府配合，加快推进…: the
		// leader, then the units leading and helping, on the item's own
		// line, as personLeadRun reads them on a paragraph of their own.
		t.raw.resp = []piece{{resp, t.Line, FromInline, ""}, {person, t.Line, FromInline, "责任领导"}}
		if rest, inner, ok := closingNamesBracket(text); ok {
			// 由副县长李明牵头,县教体局、县卫健局配合,…。(县市场监管局): the
			// bracket's units too, listed.
			text = rest
			t.raw.resp = append(t.raw.resp, piece{inner, t.raw.last, FromBracket, ""})
			t.review("owners", t.raw.last, i18n.F("这一项开头写明了由谁牵头或负责，末尾的括号又写了单位（%s），责任单位取两者之和；请核对",
				"the item opens by naming who leads or does it and closes with a bracket of units (%s); the owners are all of them: check them", inner))
		}
		if strings.HasPrefix(text, "由") {
			// (王建国副县长牵头,… keeps its opening, as 市公安局牵头,… does.)
			text = strings.TrimSpace(text[n:])
		}
	} else if m := nonBodyLeadRunRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && nonBodies(m[1]) && unitNames(m[2]) {
		// 由市长办公会负责，市财政局牵头，…: a meeting or a post over the
		// work, then the units leading and helping: the units are read,
		// the first left in the text, listed.
		resp := m[2] + "牵头"
		if m[3] != "" {
			resp += "，" + m[3] + "配合"
		}
		t.raw.resp = []piece{{resp, t.Line, FromInline, ""}}
		t.review("owners", t.Line, i18n.F("这一项开头写明由%s负责，不是单位，未列为责任单位；已读作责任单位的是其后写明牵头、配合的单位，请核对",
			"the item opens by naming %s as answering for it, no unit, which was not made an owner; the units said to lead and help after it were read: check them", m[1]))
	} else if m := headRespRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && !nonBodies(m[1]) {
		// 由办公室负责，按照…: the item names its owners at its head.
		resp := m[1]
		rest := text[len(m[0]):]
		if w, ok := strings.CutPrefix(rest, "会同"); ok {
			// 由国库处负责,会同信息中心,在…开设专栏: the bodies it works
			// with, owners too.
			if k := strings.IndexAny(w, "，,。；;"); k > 0 {
				if with := namesBeforeWork(w[:k]); withBodies(with) || openHelpers(with) {
					resp += "，会同" + with
				}
			}
		} else if k := strings.IndexAny(rest, "，,。；;"); k > 0 {
			// 由区民政局负责,区卫健委配合,开展…: those who help or carry the
			// work out, in the clause after, owners too.
			if h := laterHelpersRe.FindStringSubmatch(strings.TrimSpace(rest[:k])); h != nil && (withBodies(h[1]) || openHelpers(h[1])) {
				resp += "，" + h[1] + "配合"
			}
		}
		t.raw.resp = []piece{{resp, t.Line, FromInline, ""}}
	} else if m := headLeadRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && unitNames(m[1][:strings.Index(m[1], "牵头")]) && !workBeforeUnitRe.MatchString(m[1]) {
		// 市公安局牵头,负责组织开展对道路交通领域的专项整治工作: the item
		// opens with the units that lead it (and those that help).
		t.raw.resp = []piece{{m[1], t.Line, FromInline, ""}}
		if rest, inner, ok := closingNamesBracket(text); ok {
			// …负责组织企业参展。(市工信局): a bracket of units closes it too.
			text = rest
			t.raw.resp = append(t.raw.resp, piece{inner, t.raw.last, FromBracket, ""})
			t.review("owners", t.raw.last, i18n.F("这一项开头写明了由谁牵头，末尾的括号又写了单位（%s），责任单位取两者之和；请核对",
				"the item opens by naming who leads it and closes with a bracket of units (%s); the owners are all of them: check them", inner))
		}
	} else if m := headLeadRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && headPostRe.MatchString(m[1][:strings.Index(m[1], "牵头")]) {
		// 王建国副县长牵头,县水利局、县应急管理局配合,负责…: a leader leads
		// it, the units after him help.
		who, helpers := m[1][:strings.Index(m[1], "牵头")], strings.TrimLeft(m[1][strings.Index(m[1], "牵头")+len("牵头"):], "，, ")
		t.raw.resp = []piece{{who, t.Line, FromInline, "责任领导"}}
		if h := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(helpers, "配合"), "协助"), "参与"); h != "" && unitNames(h) {
			t.raw.resp = append(t.raw.resp, piece{h + "负责", t.Line, FromInline, ""})
		}
	} else if m := nameRespRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && plainNames(m[2]) {
		// （三）道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要…:
		// the item's name, then who does it; listed, as no label says so.
		t.raw.resp = []piece{{"由" + m[2] + m[3], t.Line, FromInline, ""}}
		text = m[1] + "。" + strings.TrimSpace(text[len(m[0]):])
		t.review("owners", t.Line, i18n.F("这一项的第一句在名称之后写明了由谁负责（由%s），已读作责任单位；请核对",
			"the item's first sentence names who does it after its name (由%s); read as the owners: check them", m[2]+m[3]))
	} else if m := personRespRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 {
		// …等行业安全检查由姜辉同志负责牵头实施。: a person leads the
		// item's work, and no unit is named.
		t.raw.resp = []piece{{m[2], t.Line, FromInline, "责任领导"}}
		text = strings.TrimRight(m[1], "，, ")
	} else if m := subjectIsRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && unitNames(m[1]) {
		// 3.卫生。(1)…。(2)责任主体。卫生主管部门、受灾医疗卫生机构是责任主体。: a
		// sentence of the item says who answers for it; listed, as no
		// label or bracket says so.
		t.raw.resp = []piece{{m[1] + "负责", t.raw.last, FromInline, ""}}
		t.review("owners", t.raw.last, i18n.F("这一项有一句写明“%s是责任主体”，已读作责任单位；请核对", "a sentence of the item says %s是责任主体; read as the owners: check them", m[1]))
	} else if m := ownDutiesRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && unitNames(m[1]) && len(readNames(m[1]).names) >= 2 {
		// …,市公安局、市环保局、市安监局、市四创办结合各自职能,联合起草了…: the
		// units a clause of the item names as doing it, each by its own
		// duties; listed, as no label or bracket says so.
		t.raw.resp = []piece{{m[1] + "负责", t.raw.last, FromInline, ""}}
		t.review("owners", t.raw.last, i18n.F("这一项有一句写明“%s%s”，已读作责任单位；请核对", "a clause of the item says %s%s; read as the owners: check them", m[1], m[2]))
	} else if head, resp, ok := closingLead(text); ok && len(t.raw.resp) == 0 {
		// …工作效率。此项目X牵头,Y、Z配合,年内完成。: the item's closing
		// sentence points back at it and names who leads.
		text = head
		t.raw.resp = []piece{{resp, t.raw.last, FromInline, ""}}
		if earlier, helpers := midClosingLeads(head); earlier != nil {
			// (六)…。此项工作由市效能办牵头负责。…。此项工作由市人事局牵头
			// 负责。: each part of the item names who leads it; all lead.
			part := strings.Join(earlier, "、") + "牵头"
			if helpers != nil {
				part += "，" + strings.Join(helpers, "、") + "配合"
			}
			t.raw.resp = append([]piece{{part, t.raw.last, FromInline, ""}}, t.raw.resp...)
			t.review("lead", t.raw.last, i18n.F("这一项有几句分别写明由谁牵头（%s 和末句所写），都已读作牵头单位；请核对各部分的分工",
				"several sentences of the item each name who leads (%s and the last one's); all were read as leads: check which part is whose", strings.Join(earlier, "、")))
		}
	} else if m := tailLeadRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && !nonBodies(m[1]) {
		// …安全方面,由后勤资产处牵头、使用部门配合;: the item's last
		// clause names who leads or does it and who helps.
		t.raw.resp = []piece{{"由" + m[1] + m[2] + "，" + m[3] + "配合", t.raw.last, FromInline, ""}}
		if !unitNames(m[1]) || byOffices(m[1]) {
			// (后勤资产处: an office named with no level or body, listed.)
			t.review("owners", t.raw.last, i18n.F("这一项的最后一句写明了由谁牵头或负责（由%s%s），已读作责任单位；请核对",
				"the item's last clause names who leads or answers for it (由%s%s); read as the owners: check them", m[1], m[2]))
		}
	} else if m := tailRespRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && !nonBodies(m[1]) {
		// …的问题，由发展改革委会同农业部等部门研究提出落实意见。: the
		// item's last clause names who does it; an office named with no
		// level listed (由办公室负责: whose office?).
		t.raw.resp = []piece{{"由" + m[1] + "负责", t.raw.last, FromInline, ""}}
		if (!unitNames(m[1]) || byOffices(m[1])) && !strings.Contains(m[1], "会同") {
			t.review("owners", t.raw.last, i18n.F("这一项的最后一句写明了由谁负责（由%s负责），已读作责任单位；请核对",
				"the item's last clause names who answers for it (由%s负责); read as the owners: check them", m[1]))
		}
	} else if rest, ok := t.stopBracketResp(text); ok && len(t.raw.resp) == 0 {
		// …完成情况。(大气司、水司)加强…监督。(执法局): each sentence's
		// bracket after its full stop.
		text = rest
	} else if rest, inner, ok := bareUnitBracket(text); ok && len(t.raw.resp) == 0 {
		// …比上年增长12%。(市财政局): units alone in the closing bracket.
		text = rest
		if head, ok := headUnits(rest); ok {
			// 市文旅局负责,市商务局配合,开展…。(市财政局): the units at the
			// item's head too, listed.
			t.review("owners", t.raw.last, i18n.F("这一项开头写明了由谁牵头或负责，末尾的括号又写了单位（%s），责任单位取两者之和；请核对",
				"the item opens by naming who leads or does it and closes with a bracket of units (%s); the owners are all of them: check them", inner))
			inner = head + "；" + inner
		}
		t.raw.resp = []piece{{inner, t.raw.last, FromBracket, ""}}
	} else if units, ok := handlerHead(text); ok && len(t.raw.resp) == 0 {
		// 1.X承办的“关于…的建议”(第1号): the body handling the suggestion.
		t.raw.resp = []piece{{units + "负责", t.Line, FromInline, ""}}
		t.review("owners", t.Line, i18n.F("这一项开头写明由%s承办，已读作责任单位；请核对",
			"the item opens by naming %s as handling it (承办); read as the owners: check them", units))
	} else if head, resp, clause, ok := closingUnits(text); ok && len(t.raw.resp) == 0 {
		// …开展全民阅读活动。市文化广电旅游局牵头，市教育局配合。: the
		// item's last clause names who leads and who helps, no bracket
		// around it; listed, as no label says so.
		text = head
		t.raw.resp = []piece{{resp, t.raw.last, FromInline, ""}}
		t.review("owners", t.raw.last, i18n.F("这一项的最后一句写明了由谁牵头或负责（%s），已读作责任单位；请核对",
			"the item's last clause names who leads or answers for it (%s); read as the owners: check them", clause))
	} else if resp, ok := headLeadWork(text); ok && len(t.raw.resp) == 0 {
		// 安监股牵头检查中小学安全管理…: the item opens with the unit that
		// leads it, its work straight after, and names no one else.
		t.raw.resp = []piece{{resp, t.Line, FromInline, ""}}
		t.review("owners", t.Line, i18n.F("这一项开头写明了由谁牵头（%s），已读作责任单位；请核对", "the item opens by naming who leads it (%s); read as the owners: check them", resp))
	} else if len(t.raw.resp) == 0 && strings.Contains(text, "责令") && t.orderedResp(text) {
		// 整改措施:责令公路建设养护中心立即对路面进行修复 (orderedby.go).
	} else if rest, inner, ok := titleLabelBracket(text); ok && len(t.raw.resp) == 0 {
		// 1、进一步规范行业协会…收费行为(牵头单位:市民政局、市物价局)。坚持…: the
		// labelled bracket closes the item's first sentence, its name.
		text = rest
		t.raw.resp = []piece{{inner, t.Line, FromBracket, ""}}
	} else if len(t.raw.resp) == 0 {
		// …县域经济(省经委、发改委、财政厅)。…建房问题(省扶贫办、…)。: each
		// sentence's bracket before its full stop.
		text, _ = t.sentenceBracketResp(text)
	}
	if len(t.raw.resp) > 0 && t.raw.resp[0].from == FromBracket && !slices.ContainsFunc(t.raw.resp, func(p piece) bool { return p.label == "责任领导" }) {
		if resp, person, _, ok := personLeadResp(text); ok {
			// 副县长李明牵头,县教体局负责,…。(县公安局配合): the leader and the
			// units at the item's head, and the bracket's units too.
			t.raw.resp = append(t.raw.resp, piece{resp, t.Line, FromInline, ""}, piece{person, t.Line, FromInline, "责任领导"})
			t.review("owners", t.raw.last, i18n.F("这一项开头写明了由谁牵头或负责，末尾的括号又写了单位（%s），责任单位取两者之和；请核对",
				"the item opens by naming who leads or does it and closes with a bracket of units (%s); the owners are all of them: check them", t.raw.resp[0].text))
		} else if p := headPerson(text); p != "" {
			// 王建国副县长牵头,做好防汛调度工作。(县水利局、县应急管理局): the
			// leader at the head, the units in the bracket.
			t.raw.resp = append(t.raw.resp, piece{p, t.Line, FromInline, "责任领导"})
		}
	}
	if m := groupColonRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && !strings.Contains(m[1], "\n") && groupNamesOwn(m[2]) != "" {
		// 督查组:由县委督查室牵头,县政府督查室配合,负责…: the units the
		// group's item names answer for it.
		text = m[1] + "\n" + m[2]
		t.raw.resp = []piece{{groupNamesOwn(m[2]), t.Line, FromInline, ""}}
	} else if m := groupColonRe.FindStringSubmatch(text); m != nil && len(t.raw.resp) == 0 && !strings.Contains(m[1], "\n") {
		// (一)综合协调组:张伟任组长,李明为成员,负责…: the working group's
		// name is the title, its heads and duties the text (groupHeads),
		// the group its owner.
		text = m[1] + "\n" + m[2]
		t.raw.resp = []piece{{m[1], t.Line, FromInline, ""}}
		t.review("owners", t.Line, i18n.F("这一项是工作组“%s”的任务，该组已列为责任单位，但没有写明其成员单位；请核对",
			"the item is the working group %q's work; the group is made its owner, its members unnamed: check it", m[1]))
	}
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		t.Title = text[:i]
		t.Body = strings.TrimSpace(text[i+1:])
	} else if i := strings.Index(text, "。"); i >= 0 {
		t.Title = text[:i]
		t.Body = strings.TrimSpace(text[i+len("。"):])
	} else {
		t.Title = strings.TrimRight(text, "；;")
	}
	if m := headingRespRe.FindStringSubmatch(t.Body); m != nil && len(t.raw.resp) == 0 && endsOrg(m[1]) {
		// 一、治理畜牧业产品污染 / 由乡三农服务中心承办，乡畜牧站、卫生院配合。
		// …: the item's first paragraph says only who leads and who assists.
		t.raw.resp = []piece{{m[1] + "牵头，" + m[2] + "配合", t.Line, FromInline, ""}}
		t.review("owners", t.Line, i18n.T("这一项下面的第一段只写明了由谁承办（牵头）、谁配合，已读作这一项的责任单位；请核对",
			"the first paragraph under this item says only who leads and who assists; it was read as the item's owners: check them"))
	}
	t.personLeadRun(strings.Contains(text, "\n"))
	if t.Body != "" {
		t.Body += "\n"
	}
}

// titleLabelBracket cuts off text a labelled bracket closing its first
// sentence ((牵头单位:市民政局、市物价局)。 after the item's name, its work
// after the stop): the text without it, and its words.
func titleLabelBracket(text string) (rest, inner string, ok bool) {
	stop := strings.Index(text, "。")
	if stop < 0 {
		return "", "", false
	}
	head := strings.TrimSpace(text[:stop])
	runes := []rune(head)
	if len(runes) < 8 || !strings.ContainsRune("）)", runes[len(runes)-1]) {
		return "", "", false
	}
	open := openingBracket(runes, len(runes)-1)
	if open <= 0 {
		return "", "", false
	}
	inner = string(runes[open+1 : len(runes)-1])
	if !respWholeRe.MatchString("（"+inner) || strings.TrimSpace(text[stop+len("。"):]) == "" {
		return "", "", false
	}
	return strings.TrimSpace(string(runes[:open])) + "。" + strings.TrimSpace(text[stop+len("。"):]), inner, true
}

// closingBareBracket is a bracket of units alone closing an item's text,
// after a full stop or straight after the text: …储备。(市发改委、市财政局),
// …储备(市发改委、市财政局).
func closingBareBracket(text string) (rest, inner string, ok bool) {
	if rest, inner, ok := bareUnitBracket(text); ok {
		return rest, inner, true
	}
	head, in, ok := lastBracket(text)
	if !ok || coverRe.MatchString(in) || !unitNames(in) || len(readNames(in).names) < 2 {
		return text, "", false
	}
	return head + "。", in, true
}

// lastBracket is the round bracket closing text (its full stops aside):
// the text before it and what it holds.
func lastBracket(text string) (head, inner string, ok bool) {
	runes := []rune(strings.TrimRight(text, "。.；; "))
	if n := len(runes); n < 4 || runes[n-1] != '）' && runes[n-1] != ')' {
		return "", "", false
	}
	i := openingBracket(runes, len(runes)-1)
	if i <= 0 {
		return "", "", false
	}
	return strings.TrimSpace(string(runes[:i])), strings.TrimSpace(string(runes[i+1 : len(runes)-1])), true
}

// closingNamesBracket is closingBareBracket's bracket, or one after a full
// stop naming units with an open tail or collectives: …。(市自然资源局等),
// …。(各乡镇), …。(市公安局、各乡镇).
func closingNamesBracket(text string) (rest, inner string, ok bool) {
	if rest, inner, ok := closingBareBracket(text); ok {
		return rest, inner, true
	}
	head, in, ok := lastBracket(text)
	if !ok {
		return text, "", false
	}
	names := in
	if k := strings.LastIndexAny(in, ",，"); k > 0 && isDueClause(in[k:]) {
		names = strings.TrimSpace(in[:k]) // (市市场监管局、市民政局,2024年8月底前)
	}
	if !strings.HasSuffix(head, "。") && !strings.HasSuffix(head, "；") || coverRe.MatchString(names) || sentenceWordRe.MatchString(names) ||
		!(unitNames(trimOpenTail(names)) || unitsZonesOpen(names) || Collective(names)) {
		return text, "", false
	}
	return head, in, true
}

// sentenceWordRe is a word a sentence holds and no list of names does:
// (全县各单位均应参与).
var sentenceWordRe = lazyRe(`[均应须要都将]`)

// groupNamesOwn is the clause of a working group's item naming the units
// that lead and help it (由县委督查室牵头,县政府督查室配合), "" for none.
func groupNamesOwn(rest string) string {
	m := groupLedByRe.FindStringSubmatch(rest)
	if m == nil || !unitNames(m[1]) {
		return ""
	}
	return strings.TrimPrefix(strings.TrimRight(m[0], "，,。；; "), "由")
}

// groupLedByRe opens a group's duties with who leads it and who helps:
// 由县委督查室牵头,县政府督查室配合.
var groupLedByRe = lazyRe(`^由([^，,。；;由]{2,30}?)牵头(?:[，,]\s*[^，,。；;]{2,60}?(?:配合|协助|参与))?(?:[，,。；;]|$)`)

// groupColonRe is an item opening with a working group's name and a
// colon, its heads and duties after it: 综合协调组:张伟任组长,…,负责….
var groupColonRe = lazyRe(`^([\p{Han}“”"]{2,12}(?:组|专班))\s*[：:]\s*(\S.*)$`)

// bracketThenLimitRe is an item whose bracket of units is followed on
// its line by a labelled time limit: …。（X、Y负责）完成时限：….
var bracketThenLimitRe = lazyRe(`^(.*?)[（(]([^（）()]{2,200})[）)]\s*((?:完成时限|完成时间|完成期限|时限要求|时间要求|时限)\s*[：:].+)$`)

// bracketThenDate reads an item whose bracket of who is responsible is
// followed on its line by its time limit, labelled or a date clause alone
// (…（责任单位：X、Y(Z)）2021年12月底前完成。): head is the item's text
// before the bracket, inner the bracket's words, limit the time limit
// labelled. The bracket may hold brackets of its own; it names who is
// responsible (a label, 负责, 牵头), or lists units before a labelled
// limit.
func bracketThenDate(s string) (head, inner, limit string, ok bool) {
	runes := []rune(strings.TrimRight(s, "。.；; "))
	end := -1
	for i := len(runes) - 1; i >= 0; i-- {
		if runes[i] == '）' || runes[i] == ')' {
			end = i
			break
		}
	}
	if end < 0 {
		return "", "", "", false
	}
	tail := strings.TrimRight(strings.TrimSpace(string(runes[end+1:])), "。.；;") // …（县市场监管局）2024年6月底前。
	sentence := false
	if t := strings.TrimLeft(tail, "。.；; "); t != tail && limitClauseRe.MatchString(t) {
		tail, sentence = t, true // …(县住建局负责)。2023年9月底前完成。: the limit a sentence of its own
	}
	labelled := limitLabelRe.MatchString(tail)
	switch {
	case labelled:
		limit = tail
	case limitClauseRe.MatchString(tail):
		limit = "完成时限：" + tail
	default:
		return "", "", "", false
	}
	if i := openingBracket(runes, end); i >= 0 {
		// Before a date alone, a bracket says who answers for the
		// item (a label, 负责, 牵头): （含日间照料中心） is the work's.
		in := strings.TrimSpace(string(runes[i+1 : end]))
		stopped := strings.HasSuffix(strings.TrimSpace(string(runes[:i])), "。") // …改革。（县市场监管局、县司法局）2024年6月底前。
		if !respWordRe.MatchString(in) && !labelRe.MatchString(in) && !((labelled || sentence || stopped) && (unitList(in) || unitCellText(in))) {
			// ((县住建局,县水务局、县财政局)。2023年10月底前完成。: bare
			// units, then the limit a sentence of its own.)
			return "", "", "", false
		}
		return strings.TrimSpace(string(runes[:i])), in, limit, true
	}
	return "", "", "", false
}

// limitLabelRe is a labelled time limit: 完成时限：2021年9月底前.
var limitLabelRe = lazyRe(`^(?:完成时限|完成时间|完成期限|时限要求|时间要求|时限)\s*[：:]\s*\S`)

// firstSentenceBracket finds a bracket naming who does the item closing
// its first sentence, more sentences after it and no other such bracket:
// the text before it, its words and the text after the stop.
func firstSentenceBracket(s string) (head, inner, rest string, ok bool) {
	runes := []rune(s)
	for i, r := range runes {
		if r != '。' {
			continue
		}
		if i == 0 || runes[i-1] != '）' && runes[i-1] != ')' {
			return "", "", "", false
		}
		open := openingBracket(runes, i-1)
		if open <= 0 {
			return "", "", "", false
		}
		inner = strings.TrimSpace(string(runes[open+1 : i-1]))
		rest = strings.TrimSpace(string(runes[i+1:]))
		if rest == "" || !respWordRe.MatchString(inner) || len(splitResp(inner).owners) == 0 || namesResponsibility(rest) {
			return "", "", "", false
		}
		return strings.TrimSpace(string(runes[:open])), inner, rest, true
	}
	return "", "", "", false
}

// limitClauseRe is a clause that is a time limit alone, with no label: a
// date and a few words of what is done by it (2021年12月底前完成, 6月底前,
// 2021年底前建成), or the words of work with no end (长期坚持, 持续推进).
var limitClauseRe = lazyRe(`^(?:确保|力争|争取|务必|并于|于|在)?(?:(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月|底|年底|内)|\d{1,2}\s*月(?:底|末|份|\d{1,2}\s*日)|年底|年内)[^。；;，,（()）]{0,12}$|^(?:长期坚持|持续推进|长期开展|持续开展|常态化(?:推进|开展))$`)

// withBodies says the words after 会同 name bodies: units, collectives
// (各乡镇) or sections, an open tail among them (县税务局、县市场监管局等
// 部门) read and listed as any is.
func withBodies(s string) bool {
	r := readNames(s)
	return len(r.names) > 0 && !slices.ContainsFunc(r.names, func(n string) bool {
		return !unitNames(n) && !Collective(n) && !sectionNames(n) && !doerName(n) && !(utf8.RuneCountInString(n) >= 3 && bodyEndRe.MatchString(n))
	})
}

// openHelpers says the words name only an open set of bodies (有关部门,
// 相关单位): read with the rest, and listed, as any open name is.
func openHelpers(s string) bool {
	r := readNames(s)
	return len(r.names) == 0 && len(r.open) > 0
}

// headRespRe is an item that opens by naming who does it: 由X负责，… or
// 由X牵头，….
var headRespRe = lazyRe(`^(由[^，,。；;]{2,60}?(?:牵头)?负责)[，,]`)

// headLeadRe is an item that opens with the units leading it, then 负责
// and what they do: 市公安局牵头,负责组织开展….
var headLeadRe = lazyRe(`^([^，,。；;：:（()）“”《》由]{2,40}?牵头(?:[，,]\s*[^，,。；;：:（()）“”《》由]{2,60}?(?:配合|协助|参与))?)[，,]\s*负责[\p{Han}“"《]`)

// nameRespRe is an item that gives its name, then who does it, in its
// first sentence: 道路交通安全专项整治,由公安、交通部门负责,有关部门配合。
// The name holds no stop, comma or colon.
var nameRespRe = lazyRe(`^([^，,。；;：:]{2,30})[，,]\s*由([^由，,。；;：:（）()“”]{2,60}?)((?:(?:牵头)?负责(?:落实|实施|组织实施)?|牵头)(?:[，,][^，,。；;：:]{2,60}?(?:配合|协助|参与|协办))?)(?:[。；;]|$)`)

// plainNames says a run of names names units and nothing more: each name
// short, none holding words no unit's name holds, none a body of no level
// that a letter names as its own (由办公室负责), and one at least a unit
// named with its level or a kind of department (公安、交通部门).
func plainNames(s string) bool {
	r := readNames(s)
	unit := false
	for _, n := range r.names {
		if utf8.RuneCountInString(n) > 20 || oddNameRe.MatchString(n) || slices.Contains(orgWords, n) {
			return false
		}
		unit = unit || unitName(n) || strings.HasSuffix(n, "部门")
	}
	return unit
}

// unitNames says a run of names names bodies and nothing more: each name
// short and ending as a body's name does (公安消防支队, 开封供电公司,
// 卫生主管部门, 受灾医疗卫生机构 too),
// none holding words no unit's name holds, none a bare body (政府).
func unitNames(s string) bool {
	// (县市场监管局★: a mark a rule of the notice gives the lead.)
	r := readNames(strings.Map(func(c rune) rune {
		if strings.ContainsRune(markSigns, c) {
			return -1
		}
		return c
	}, s))
	if len(r.names) == 0 || len(r.open) > 0 {
		return false
	}
	strong := false // a name that is a body's whatever stands beside it
	for _, n := range r.names {
		if utf8.RuneCountInString(n) > 20 || oddNameRe.MatchString(n) || slices.Contains(orgWords, n) && !partyOfficeRe.MatchString(n) {
			return false
		}
		if endsOrg(n) || strings.HasSuffix(n, "队") || strings.HasSuffix(n, "公司") || strings.HasSuffix(n, "部门") || strings.HasSuffix(n, "机构") || ministryDept(n) ||
			bankRe.MatchString(n) || levelHeadRe.MatchString(n) && spacedUnitRe.MatchString(n) ||
			utf8.RuneCountInString(n) >= 3 && strings.HasSuffix(n, "股") {
			// 文物股: a county bureau's section; 县图书馆, 镇文化站: a
			// level's own hall or station.
			strong = true
			continue
		}
		if placesEachRe.MatchString(n) {
			continue // 大湾区内地各市 beside the bodies: each city of a region
		}
		// 监测站 beside 监管科 is a bureau's station; (加油站、充电站) or
		// (图书馆、博物馆) alone are places the work covers.
		if !(utf8.RuneCountInString(n) >= 3 && bodyEndRe.MatchString(n) && !workVerbRe.MatchString(n)) && !kindOfFirmsRe.MatchString(n) {
			return false
		}
	}
	return strong
}

// placesEachRe is every place of a kind in a region, named beside bodies:
// 大湾区内地各市, 珠三角各市, 全省各地. Not enough alone.
var placesEachRe = lazyRe(`^\p{Han}{1,8}各(?:市|县|区|地|州|县区|市县|县市区|乡镇|镇|街道)$`)

// kindOfFirmsRe is a kind of firms named beside bodies in a list of
// units: 基础电信企业, 各电信运营商, 相关金融机构. Not enough alone.
var kindOfFirmsRe = lazyRe(`^\p{Han}{2,8}(?:企业|运营商|金融机构)$`)

// partyOfficeRe is a party committee's office named alone, as a county
// committee's own list names it: 组织部, 宣传部, 纪委.
var partyOfficeRe = lazyRe(`^(?:组织部|宣传部|统战部|政法委|党校|编办|纪委|监委)$`)

// ministryDept is a ministry's department named short: 水司, 大气司,
// 综合司 (not 公司, 上司 or 官司).
func ministryDept(n string) bool {
	return ministryDeptRe.MatchString(n) && !slices.Contains([]string{"公司", "上司", "官司", "有司"}, n) && !strings.HasSuffix(n, "公司")
}

var ministryDeptRe = lazyRe(`^\p{Han}{1,6}司$`)

// personRespRe is an item whose last words say that a person (named with
// 同志) leads its work: …等安全检查由叶晓挺同志负责牵头实施, or a post
// (由镇长同志负责, 由主要领导同志负责), kept as written and listed.
var personRespRe = lazyRe(`^(.{2,}?)由(\p{Han}{1,6}(?:、\p{Han}{2,3})*同志)(?:负责牵头实施|负责牵头|牵头负责|负责组织实施|负责实施|负责落实|负责)[。；;]?$`)

// tailLeadRe is an item whose last clause names who leads or does it and
// who helps: ,由后勤资产处牵头、使用部门配合; ,由后勤资产处负责,保卫处、学生工作处
// 配合; (the helpers apart from the lead by 、 or a comma).
var tailLeadRe = lazyRe(`[，,]\s*由([^由，,。；;、]{2,30}?)(牵头负责|牵头|负责)[、，,]\s*([^由，,。；;]{2,80}?)(?:配合|协助|参与|协办)[。；;]?$`)

// tailRespRe is an item whose last clause names who does it: ，由X会同Y等
// 部门负责落实。 or ，由X研究提出落实意见。
var tailRespRe = lazyRe(`[，,]由([^，,。；;]{2,120}?)(?:牵头负责|负责落实|负责|研究提出落实意见|研究提出意见|研究落实|牵头落实)[。；;]?$`)

// ownDutiesRe is a clause of an item naming the units that do it, each by
// its own duties: 市公安局、市环保局、市安监局、市四创办结合各自职能,….
var ownDutiesRe = lazyRe(`(?:^|[，,。；;\n])\s*([^，,。；;：:\n（()）“”《》]{4,60}?)((?:结合|按照|根据|依据|按)各自(?:的)?(?:职能|职责))`)

// subjectIsRe is a sentence of an item that names who answers for it:
// 卫生主管部门、受灾医疗卫生机构是责任主体。 (after a sub-item's label
// (2)责任主体。, or none).
var subjectIsRe = lazyRe(`(?:^|[。；;\n])\s*(?:[（(]\d{1,2}[）)])?\s*(?:责任主体[。：:]\s*)?([^。；;：:\n]{2,60}?)(?:是|为)(?:本项工作的)?责任主体[。；;]?\s*(?:$|\n)`)

// firstPointRe is a cell's first point's number opening it: (1), （1）.
var firstPointRe = lazyRe(`^\s*[（(]\s*1\s*[）)]\s*`)

// secondPointRe is a second point's number: (2), （2）.
var secondPointRe = lazyRe(`[（(]\s*2\s*[）)]`)

// subItemRe is an inline sub-item's number: (1) or （1）.
var subItemRe = lazyRe(`[（(]\s*(\d{1,2})\s*[）)]`)

// trailingBracket finds a responsibility in brackets at the end of a task:
// 【…】, 〔…〕, or （…） holding 负责, 牵头 or a label (nested parentheses,
// as in 市属党（工）委, are matched).
func trailingBracket(s string) (rest, inner string, ok bool) {
	runes := []rune(strings.TrimRight(s, "。.；; "))
	if len(runes) == 0 {
		return s, "", false
	}
	switch runes[len(runes)-1] {
	case '】', '］', '〕', ']':
		open := map[rune]rune{'】': '【', '］': '［', '〕': '〔', ']': '['}[runes[len(runes)-1]]
		for i := len(runes) - 2; i >= 0; i-- {
			if runes[i] == open {
				in := strings.TrimSpace(string(runes[i+1 : len(runes)-1]))
				if open == '【' && !respWordRe.MatchString(in) && !labelRe.MatchString(in) && !unitNames(in) {
					// 【安全生产】, 【工作要求】: a heading's words, no one.
					return s, "", false
				}
				return strings.TrimSpace(string(runes[:i])), in, true
			}
		}
	case '）', ')':
		if i := openingBracket(runes, len(runes)-1); i >= 0 {
			in := string(runes[i+1 : len(runes)-1])
			if respWordRe.MatchString(in) && !workPhrase(in) || labelRe.MatchString(in) {
				return strings.TrimSpace(string(runes[:i])), strings.TrimSpace(in), true
			}
		}
	default:
		// …全年新增培育独角兽、瞪羚企业3家。(区发改委主办,区科技局协办: a
		// closing bracket the copy lost (unclosedBracket).
		if i := unclosedBracket(runes); i >= 0 {
			return strings.TrimSpace(string(runes[:i])), strings.TrimSpace(string(runes[i+1:])), true
		}
	}
	return s, "", false
}

// unclosedBracket is where an item's last bracket opens, after its last
// full stop, where it is never closed and holds who answers for the item
// (…3家。(区发改委主办,区科技局协办); -1 for any other.
func unclosedBracket(runes []rune) int {
	for i := len(runes) - 1; i >= 0 && len(runes)-i <= 60; i-- {
		switch runes[i] {
		case '）', ')', '。', '；', ';':
			return -1
		case '（', '(':
			in := string(runes[i+1:])
			if i > 0 && strings.ContainsRune("。；;", runes[i-1]) && (respWordRe.MatchString(in) && !workPhrase(in) || labelRe.MatchString(in)) {
				return i
			}
			return -1
		}
	}
	return -1
}

// respWordRe is a word that says who is responsible, inside brackets.
// 由X会同有关部门组织实施 and 由X组织落实 say it as well.
var respWordRe = lazyRe(`负责|牵头|责任单位|分别落实|不再(?:单独|一一|逐一|逐项)列出|配合$|协办$|\p{Han}主办$|按(照)?职责分工\p{Han}{1,4}$|^由[^，,。；;]{2,60}?(?:组织实施|组织落实)。?$`)

var (
	// otherNumberRe is another item's number inside a title: two items
	// read as one.
	otherNumberRe = lazyRe(`.(（[一二三四五六七八九十]{1,3}）|（\d{1,3}）|[一二三四五六七八九十]{1,3}、)`)
	// gluedHeadingRe is a section heading run into a task's text.
	gluedHeadingRe = lazyRe(`[。；;]\s*[一二三四五六七八九十]{1,3}、`)
)

// unbracket drops the brackets around a line that is all responsibility.
func unbracket(t string) string {
	if !respWholeRe.MatchString(t) {
		return t
	}
	r := []rune(strings.TrimRight(t, "。. "))
	if last := r[len(r)-1]; strings.ContainsRune("）)】]〕", last) {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r[1:]))
}
