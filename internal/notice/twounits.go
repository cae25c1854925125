package notice

import (
	"slices"
	"strings"

	"tally/internal/i18n"
)

// A table's cell can run two units' names together with nothing between
// (城关街道办事处县域工业集中区: a 配合单位 cell whose two lines were joined),
// the second named with its place's level after the first's body
// (twoUnitsRe). Each is an owner of its own; the split is listed, since
// only the office can say the cell meant two units.

// splitTwoUnits parts such a name among a task's owners into its two.
func (n *Notice) splitTwoUnits() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		var out []string
		for _, o := range t.Owners {
			m := twoUnitsRe.FindStringSubmatch(o)
			if m == nil {
				m = bareTwoUnits(o)
			}
			if m == nil || slices.Contains(t.Lead, o) || verticalBranchRe.MatchString(o) {
				// (国家税务总局杭州市萧山区税务局: a national body's local
				// branch, named so in full, is one body.)
				out = append(out, o)
				continue
			}
			first := strings.TrimSuffix(o, m[1])
			for _, p := range []string{first, m[1]} {
				if !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”像是两个单位连在了一起，已分成“%s”和“%s”；请核对",
				"%q looks like two units run together, read as %q and %q; check it", o, first, m[1]))
		}
		t.Owners = out
	}
}

// verticalBranchRe is a local branch of a body run from the centre, its
// official name opening with the national body's: 国家税务总局某某县税务局,
// 国家金融监督管理总局某某监管分局.
var verticalBranchRe = lazyRe(`^(?:国家税务总局|国家金融监督管理总局|中国银行保险监督管理委员会|国家统计局|国家外汇管理局|中国人民银行)\p{Han}{2,20}(?:税务局|税务分局|稽查局|监管局|监管分局|调查队|分局|中心支行|支行|分行)$`)

// bareTwoUnitsRe is two bodies named short, with no level, run together:
// 政法委社会发展局, 经信商务局制造业招商局 (a list whose 、 was lost).
var bareTwoUnitsRe = lazyRe(`^(\p{Han}{2,8}?(?:局|委|部))(\p{Han}{2,10}(?:局|委|办|中心))$`)

// ownServiceRe is a body's own service or support unit, named after it
// with no level of its own: 省气象局后勤服务中心, 市统计局信息中心.
var ownServiceRe = lazyRe(`^(?:后勤|机关|信息|培训|财务|档案|数据|技术|服务|监测|保障|宣传)\p{Han}{0,6}中心$`)

// partyCommitteeRe is a level's party committee, which other names go on
// from (市委政法委, 县委统战部): no body of its own before them.
var partyCommitteeRe = lazyRe(`(?:省|市|县|区|州|旗|盟|镇|乡|党|纪|军)委$`)

// bareTwoUnits is twoUnitsRe's match for two short names run together:
// the second as its group.
func bareTwoUnits(o string) []string {
	m := bareTwoUnitsRe.FindStringSubmatch(o)
	if m == nil || partyCommitteeRe.MatchString(m[1]) || ownServiceRe.MatchString(m[2]) || strings.HasSuffix(m[2], "分局") || strings.HasPrefix(m[2], "员") || strings.HasPrefix(m[2], "会") {
		return nil
	}
	// 市公安局公安交通管理局: a bureau inside the first, named with its
	// field, is one body.
	first := []rune(strings.TrimLeft(m[1], "省市县区州"))
	if second := []rune(m[2]); len(first) >= 2 && string(first[:2]) == string(second[:2]) {
		return nil
	}
	return []string{m[0], m[2]}
}
