package notice

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A list of members' duties can name each unit at its line's head with a
// colon and no number, the lines opened by a sentence ending in a colon
// or by a heading:
//
//	经县政府研究，现将领导小组成员单位职责明确如下：
//	县卫健局：负责创卫日常工作，牵头做好健康教育…。
//	县住建局：负责城区市政设施建设和维护…。
//
// Before, no item was read and the notice was refused. Now each such line
// of a run of two or more is numbered in its order (1．县卫健局：…), so
// that the items stage reads it as a unit's duty, its owner listed.

// numberUnitDuties numbers the lines of each run of two or more lines
// opening with a unit's name and a colon, its duties after it, with no
// number of their own, where the line before the run opens it: a
// sentence ending in a colon (…明确如下：) or a heading (一、成员单位职责).
//
// A middle page of a law site's copy can open with such a run, its
// opening on the page before: three or more lines at the text's head are
// a run as well. Inside a run, a line opening with any body's name and a
// colon (人民银行长沙中心支行:参与…, 湖南证监局:负责…) goes on with it.
func numberUnitDuties(lines []Line) []Line {
	out := append([]Line(nil), lines...)
	for i := 0; i < len(out); {
		j := i
		for j < len(out) && (unitDutyLine(trimLine(out[j].Text)) || j > i && runDutyLine(trimLine(out[j].Text))) {
			j++
		}
		if j == i && i > 0 && problemHeadingRe.MatchString(trimLine(out[i-1].Text)) {
			// 一、存在的问题 / 光辉镇:一是未落实… / 济民医院(老院区):预检分诊台…:
			// each body's line under a heading of problems found is the
			// problem it is to put right.
			for j < len(out) && bodyProblemLine(trimLine(out[j].Text)) {
				j++
			}
			if j-i < 2 {
				j = i
			}
		}
		if i == 0 && j >= 3 || i > 0 && j-i >= 2 && (opensDuties(trimLine(out[i-1].Text)) || i > 1 && opensDuties(trimLine(out[i-2].Text)) && generalParagraph(trimLine(out[i-1].Text))) {
			for k := i; k < j; k++ {
				out[k].Text = strconv.Itoa(k-i+1) + "．" + trimLine(out[k].Text)
			}
		}
		i = max(j, i+1)
	}
	return out
}

// unitDutyLine says a line opens with a unit's name and a colon and holds
// its duties after it, with no number of its own and no table's cells.
func unitDutyLine(t string) bool {
	if leadNumberRe.MatchString(t) || tableLike(t) || strings.ContainsAny(t, "|｜\t") || !unitDutyHead(t) {
		return false
	}
	_, rest, _ := strings.Cut(strings.Replace(t, ":", "：", 1), "：")
	return utf8.RuneCountInString(rest) >= 6 && dutyLeadRe.MatchString(strings.TrimSpace(rest))
}

// bodyDutyLine says a line opens with a body's name of any form, short of
// sixteen characters, and a colon, its duties after it: a line of a run
// of units' duties whose name does not open with a level or a place.
func bodyDutyLine(t string) bool {
	name, rest, ok := strings.Cut(strings.Replace(t, ":", "：", 1), "：")
	name = strings.TrimSpace(name)
	if !ok || leadNumberRe.MatchString(t) || strings.ContainsAny(t, "|｜\t") || utf8.RuneCountInString(name) > 16 ||
		strings.ContainsAny(name, "，,。；;、 ") || !bodyName(name) && !bankBranchRe.MatchString(name) || oddNameRe.MatchString(name) {
		return false
	}
	return utf8.RuneCountInString(rest) >= 6 && dutyLeadRe.MatchString(strings.TrimSpace(rest))
}

// runDutyLine says a line inside a run of units' duties goes on with it:
// a unit's name and a colon (市科技局:在…给予重点扶持, 市财政局:加大…支持力度)
// before work that opens with any words but a person's or a contact's.
func runDutyLine(t string) bool {
	if bodyDutyLine(t) || unitDutyLine(t) || otherMembersRe.MatchString(t) {
		return true
	}
	if names, _, _ := otherMembersDuty(t); names != nil && !leadNumberRe.MatchString(t) {
		return true // 县直各单位：负责…, 城关镇、东城街道：负责…
	}
	if name, rest, ok := strings.Cut(strings.Replace(t, ":", "：", 1), "："); ok && !leadNumberRe.MatchString(t) && !strings.ContainsAny(t, "|｜\t") &&
		(dutyNames(strings.TrimSpace(name)) != nil || zoneNameRe.MatchString(strings.TrimSpace(name))) && utf8.RuneCountInString(rest) >= 6 && dutyLeadRe.MatchString(strings.TrimSpace(rest)) {
		// 秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区管委会:负责本辖区…:
		// several bodies' names, 政府 written once for the places.
		return true
	}
	if leadNumberRe.MatchString(t) || strings.ContainsAny(t, "|｜\t") || !unitDutyHead(t) {
		return false
	}
	_, rest, _ := strings.Cut(strings.Replace(t, ":", "：", 1), "：")
	rest = strings.TrimSpace(rest)
	return utf8.RuneCountInString(rest) >= 10 && strings.ContainsAny(rest, "，,。；;") && !contactLikeRe.MatchString(rest)
}

// otherMembersRe opens the line of a run of members' duties that gives
// the members not named their part (其他成员单位：按照各自职责…, 其他县直部
// 门：…), or says what is left (其他事项：…, 其他：…): the run goes on after
// it, the units under it being members too.
var otherMembersRe = lazyRe(`^(?:其他|其它|其余)(?:(?:各)?(?:\p{Han}{0,2}直)?(?:有关|相关)?(?:成员)?(?:单位|部门)(?:[（(][^（()）]{2,60}[）)])?|事项)?\s*[：:]\s*\S`)

// contactLikeRe opens a unit's line that names its contact, not its work:
// 王小明,联系电话…, 主要负责同志….
var contactLikeRe = lazyRe(`^\p{Han}{2,3}[，,、 ]|电话|手机|主要负责同志|分管负责同志|联系人`)

// bankBranchRe ends a bank's branch: 人民银行长沙中心支行.
var bankBranchRe = lazyRe(`(?:支行|分行)$`)

// dutyLeadRe is a unit's duty as it opens after the unit's name and a
// colon: 负责…, 牵头…, 配合…, 做好…. A contact (王小明，联系电话…) or who
// attends (主要负责同志…) opens otherwise.
var dutyLeadRe = lazyRe(`^(?:负责|承担|牵头|组织|协调|指导|督促|督导|配合|协助|参与|做好|落实|加强|推进|开展|抓好|统筹|建立|制定|会同|按照|依法|根据)`)

// opensDuties says a line opens the lines under it: a sentence ending in
// a colon, no label's (现将…职责明确如下：), or a heading of the notice's
// own (一、成员单位职责, （二）部门职责).
func opensDuties(t string) bool {
	if strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
		return !labelAloneRe.MatchString(t) && !unitDutyLine(t)
	}
	return (sectionRe.MatchString(t) || dutyTitleRe.MatchString(t)) && utf8.RuneCountInString(t) <= 24 && !strings.ContainsAny(t, "。；;，,")
}

// dutyTitleRe is a heading with no number naming the division of duties
// under it: 指挥部成员职责分工, 成员单位职责.
var dutyTitleRe = lazyRe(`(?:职责分工|成员单位职责|部门职责|工作职责|职责如下)$`)

// generalParagraph is a paragraph between a heading and the units' duty
// lines under it, asking all of them in general (各村党支部…要高度重视，…
// 各司其职，…。): sentences, no unit's line and no number.
func generalParagraph(t string) bool {
	return utf8.RuneCountInString(t) >= 20 && strings.HasSuffix(t, "。") && !leadNumberRe.MatchString(t) && !unitDutyLine(t) && !sectionRe.MatchString(t)
}

// problemHeadingRe is a heading over the problems an inspection found:
// 一、存在的问题, (一)发现的主要问题, 问题清单.
var problemHeadingRe = lazyRe(`^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*(?:存在的?|发现的?|督查发现的?|检查发现的?)?(?:主要)?问题(?:清单)?[：:]?$`)

// bodyProblemLine says a line opens with a body's name (a town, a street,
// a hospital, a community's centre) and a colon, the problem found there
// after it.
func bodyProblemLine(t string) bool {
	name, rest, ok := strings.Cut(strings.Replace(t, ":", "：", 1), "：")
	name = strings.TrimSpace(name)
	if !ok || leadNumberRe.MatchString(t) || strings.ContainsAny(t, "|｜\t") || utf8.RuneCountInString(name) > 16 || utf8.RuneCountInString(name) < 2 ||
		strings.ContainsAny(name, "，,。；;、 ") || oddNameRe.MatchString(name) || labelAloneRe.MatchString(name+"：") {
		return false
	}
	bare := strings.TrimSpace(regexpBracketOff(name))
	if !endsOrg(bare) && !townNameRe.MatchString(bare) && !placeBodyEndRe.MatchString(bare) {
		return false
	}
	return utf8.RuneCountInString(strings.TrimSpace(rest)) >= 6
}

// placeBodyEndRe ends the name of a place where a problem is found and
// who keeps it: a hospital, a school, a shop, a station, a market.
var placeBodyEndRe = lazyRe(`(?:医院|卫生院|中心|公司|学校|小学|中学|幼儿园|超市|商场|市场|加油站|站|所|酒店|宾馆|饭店|广场|小区|家属院|村|社区|景区|工地|厂)$`)

// regexpBracketOff drops a name's note in brackets: 济民医院(老院区).
func regexpBracketOff(s string) string {
	return nameNoteRe.ReplaceAllString(s, "")
}

// nameNoteRe is a note in brackets after a name.
var nameNoteRe = lazyRe(`[（(][^（()）]{1,10}[）)]$`)

// bodyProblem reads a task's title that opens with the body a problem was
// found at and a colon (光辉镇:一是未落实…): the body and the problem.
func bodyProblem(title string) (name, rest string, ok bool) {
	if !bodyProblemLine(title) {
		return "", "", false
	}
	name, rest, _ = strings.Cut(strings.Replace(title, ":", "：", 1), "：")
	return strings.TrimSpace(name), strings.TrimSpace(rest), true
}

// problemSection says the section of id is headed as the problems an
// inspection found (一、存在的问题).
func (n *Notice) problemSection(id string) bool {
	for _, sec := range n.Sections {
		if sec.ID == id && problemHeadingRe.MatchString(sec.Title) {
			return true
		}
	}
	return false
}
