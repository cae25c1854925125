package notice

import (
	"strings"

	"tally/internal/i18n"
)

// unitDutyOpenRe is a line (an item's text, its number taken off where
// the item was dropped for naming no owner) that opens with a body and
// the word giving it the work: 市粮食局负责制订…, 各市、区政府负责落实…,
// 各区县政府(地区管委会):落实属地责任…. A division of duties by body no
// rule read: the safety net lists it.
var unitDutyOpenRe = lazyRe(`^(?:\d{1,3}\s*[.、．﹒)）]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?\s*各?(?:省|市|县|区|州|盟|旗|镇|乡|街道)[\p{Han}、]{0,14}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|集团|院|队|站|馆|所|社|联)(?:[（(][\p{Han}、]{1,12}[）)])?\s*(?:负责|[：:])\s*\p{Han}`)

// peerLabelRe is an item opening with a body's name and a colon, its duty
// after it: 市文化执法总队:负责…, 各区县政府(地区管委会):落实属地责任….
var peerLabelRe = lazyRe(`^([^，,。；;：:\s]{3,24})\s*[：:]\s*(\S.*)$`)

// peerBodyRe ends a body's name beyond the words a department's duty reads:
// a brigade or corps (执法总队, 城管大队) or a level's government with a
// bracket after it (各区县政府(地区管委会)).
var peerBodyRe = lazyRe(`(?:总队|支队|大队|政府|管委会)(?:[（(][\p{Han}、]{2,12}[）)])?$`)

// labelledPeers reads, in a division of duties by body, the items of the
// same section that open with a name and a colon no rule of departments
// took (市文化执法总队:, 各区县政府(地区管委会):): the name their owner, the
// text after the colon their title, listed.
func (n *Notice) labelledPeers(section string) {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if t.Section != section || len(t.raw.resp) > 0 || len(t.Owners) > 0 {
			continue
		}
		m := peerLabelRe.FindStringSubmatch(t.Title)
		if m == nil || !peerBodyRe.MatchString(m[1]) || openNameRe.MatchString(m[1]) {
			continue
		}
		t.raw.resp = []piece{{m[1] + "负责", t.Line, FromInline, ""}}
		t.Title = m[2]
		t.review("owners", t.Line, i18n.F("这一项开头写的是“%s”的职责（按单位分工），已读作责任单位；请核对", "the item opens with the duties of %q (a division of duties by body); read as its owners: check them", m[1]))
	}
}

// dutySectionRe is a section heading that says a division of duties
// follows: 二、职责分工, 三、部门职责.
var dutySectionRe = lazyRe(`^(?:[一二三四五六七八九十]{1,3}、)?\s*(?:职责分工|工作职责|部门职责|责任分工|任务分工)$`)

// dutySection says a section is headed as a division of duties.
func (n *Notice) dutySection(id string) bool {
	for _, s := range n.Sections {
		if s.ID == id {
			return dutySectionRe.MatchString(trimLine(s.Title))
		}
	}
	return false
}

// levelDutyRe is an item opening with a collective of a level's
// governments and 负责: 各市、区政府负责落实….
var levelDutyRe = lazyRe(`^(各[^，,。；;：:\s]{1,12}?(?:人民政府|政府))负责\s*\S`)

// levelLabelDutyRe is an item opening with a collective of a level's
// bodies as a label, its duty after the colon: 各乡镇:负责结合绿化造林….
var levelLabelDutyRe = lazyRe(`^(各[^，,。；;：:\s]{1,12}?)\s*[：:]\s*((?:负责|承担|牵头|配合|做好|抓好)\S.*)$`)

// levelLabelDuty is the collective a level's duty opens with as a label,
// and the duty after it; "" for any other opening.
func levelLabelDuty(title string) (string, string) {
	if m := levelLabelDutyRe.FindStringSubmatch(title); m != nil && Collective(dutyOfLabel(m[1])) {
		return dutyOfLabel(m[1]), m[2] // (各乡镇职责: names 各乡镇)
	}
	return "", ""
}

// otherMembersDuty reads a line giving the members not named before their
// part, and a label of a collective or of places before a duty, among
// units' duty lines: the names that answer for it, the duty after them,
// and whether their list is open (…等). 其他成员单位：按照各自职责… gives
// the group as written; 其他成员单位（县财政局、县交通运输局等）：… and
// 其他成员单位：县教育局、县卫健局按照… the units it names; 县直各单位：负责…
// and 城关镇、东城街道：负责… the collective and the places. A line pointing
// to an attachment (其他成员单位：详见附件) is no duty: nil.
func otherMembersDuty(title string) ([]string, string, bool) {
	if m := otherMembersDutyRe.FindStringSubmatch(title); m != nil {
		rest := m[3]
		if seeAttachedRe.MatchString(rest) || strings.HasPrefix(rest, "见附件") {
			return nil, "", false
		}
		if m[2] != "" {
			inner := strings.TrimSpace(m[2])
			open := strings.HasSuffix(inner, "等")
			if names := dutyNames(strings.TrimSuffix(inner, "等")); names != nil {
				return names, rest, open
			}
		}
		if u := leadingUnitsRe.FindStringSubmatch(rest); u != nil {
			if names := dutyNames(u[1]); names != nil {
				return names, strings.TrimSpace(rest[len(u[1]):]), false
			}
		}
		return []string{m[1]}, rest, false
	}
	if m := labelDutyRe.FindStringSubmatch(title); m != nil && dutyLeadRe.MatchString(m[2]) {
		name := strings.TrimSpace(m[1])
		if Collective(name) {
			return []string{name}, m[2], false
		}
		parts := strings.Split(name, "、")
		for _, p := range parts {
			if !townNameRe.MatchString(p) && !streetTownRe.MatchString(p) {
				return nil, "", false
			}
		}
		return parts, m[2], false
	}
	return nil, "", false
}

// otherMembersDutyRe is the members not named before, as a label, with
// the units meant in brackets or none, and their part after it: 其他成员
// 单位：…, 其余成员单位（县财政局等）：…, 其他有关单位：….
var otherMembersDutyRe = lazyRe(`^((?:其他|其它|其余)(?:各)?(?:\p{Han}{0,2}直)?(?:有关|相关)?(?:成员)?(?:单位|部门))\s*(?:[（(]([^（()）]{2,60})[）)])?\s*[：:]\s*(\S.*)$`)

// leadingUnitsRe is a list of units opening a duty, before the words of
// how they do it: 县教育局、县卫健局、县公安局按照….
var leadingUnitsRe = lazyRe(`^((?:[^、，,。；;：:\s]{2,16}?(?:局|委|办|院|中心|部|厅|室|站|馆|所|队|公司|政府)、)*[^、，,。；;：:\s]{2,16}?(?:局|委|办|院|中心|部|厅|室|站|馆|所|队|公司|政府))(?:按照|根据|负责|做好|要|共同|分别|结合)`)

// labelDutyRe is a line opening with a label of ten characters at most and
// a colon, its duty after it: 县直各单位：负责…, 城关镇、东城街道：负责….
var labelDutyRe = lazyRe(`^([^：:，,。；;\s]{2,12})\s*[：:]\s*(\S.*)$`)

// levelDuty is the collective a level's duty opens with, or "".
func levelDuty(title string) string {
	if m := levelDutyRe.FindStringSubmatch(title); m != nil && Collective(m[1]) {
		return m[1]
	}
	return ""
}
