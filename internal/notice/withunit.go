package notice

import (
	"strings"
	"unicode/utf8"
)

// splitWith splits two bodies joined by 与 (由市城规局与11个县区政府牵头):
// where what stands before 与 is a whole organisation and what follows it
// one too, or a collective, they are two. A name with 与 inside
// (市自然资源与规划局) keeps it: what stands before its 与 is no body.
func splitWith(s string) []string {
	i := strings.LastIndex(s, "与")
	if i < 0 {
		return []string{s}
	}
	// The last 与 joins the two (新闻与传播学院与科研处); a short name
	// before it with no level is a name's first words (实验室与设备管理处).
	before, after := s[:i], s[i+len("与"):]
	// A section's short name before it (教务处与学生处, 办公室与人事科,
	// 组织部与宣传部) is a body of its own where a body's name follows.
	section := (shortSectionRe.MatchString(before) || before == "办公室" || partyOfficeRe.MatchString(before)) && endsOrg(stripSuffix(strings.TrimSuffix(after, "牵头")))
	if !section && (!bodyLike(before) || utf8.RuneCountInString(before) < 4 && !levelHeadRe.MatchString(before)) {
		return []string{s}
	}
	if levelHeadRe.MatchString(before) && !endsOrg(before) && !levelHeadRe.MatchString(after) && endsOrg(after) {
		// 区景区与城镇管理局: the level heads one body's name holding 与
		// (a scenic area is no body; the bureau named after it names no
		// level of its own).
		return []string{s}
	}
	rest := stripSuffix(strings.TrimSuffix(after, "牵头"))
	if len([]rune(rest)) < 2 || !(bodyLike(rest) || Collective(rest) || countedCollective(rest)) {
		return []string{s}
	}
	if !Collective(rest) && !countedCollective(rest) && !levelHeadRe.MatchString(rest) && govEndRe.MatchString(before) {
		// 市政府与社会资本合作中心: a body whose name holds 与, what
		// follows a government naming no level or place of its own
		// (probe 19). A section before 与 (后勤资产处与饮食服务中心) is a
		// body of its own.
		return []string{s}
	}
	return []string{before, after}
}

// shortSectionRe is a section's short name: 教务处, 人事科, 财务股.
var shortSectionRe = lazyRe(`^\p{Han}{1,4}(?:处|科|股)$`)

// govEndRe ends the name of a government or a committee, which may open a
// longer name holding 与.
var govEndRe = lazyRe(`(?:政府|委)$`)

// countedCollective is a collective counted by its members: 11个县区政府.
func countedCollective(s string) bool {
	m := countRe.FindString(s)
	return m != "" && len(s) > len(m)
}

// levelHeadRe is a body's name opening with its level or place, as a
// second body after 与 does: 市卫生局, 县水利局, 省交通厅, 区政府.
var levelHeadRe = lazyRe(`^(?:省|市|县|区|州|盟|旗|镇|乡|街道|\p{Han}{1,4}(?:省|市|县|区|州))`)

// splitJoint splits two bodies joined by 联合 (市城管局联合市自然资源局):
// what stands before it a body's whole name, what follows one named with
// its level or a collective. 市城管局联合执法支队 (the bureau's joint squad)
// is one name.
func splitJoint(s string) []string {
	before, after, ok := strings.Cut(s, "联合")
	if !ok || !endsOrg(before) || !(levelHeadRe.MatchString(after) || Collective(after)) || !(endsOrg(stripSuffix(after)) || Collective(after)) {
		return []string{s}
	}
	return []string{before, after}
}
