package notice

import (
	"strings"
	"unicode/utf8"
)

// A division of duties in clauses apart by ； (dutyclauses.go) can write
// its clauses more ways than 负责 and 要 (市教育局、市卫生局分别负责…; 市科技、财政、
// …、质量技术监督等部门按照职责,协同做好…), close a clause's bodies with 等 alone
// (市农业局、市林业局等负责…), write the level and 部门 once for a run of kinds
// (市科技、财政、统计…等部门: 市科技部门, 市财政部门, …), and give a clause to a
// level's governments or a kind of place (县(区、市)政府、各工业园区负责…),
// which are collectives the notice addresses and owners as they are written.

// clauseKindsRe is a level written once before kinds of department with
// 等部门 after the last: 市科技、财政、统计、规划等部门.
var clauseKindsRe = lazyRe(`^(省|市|县|区|州|盟|旗)(\p{Han}{1,8}(?:、\p{Han}{1,8})+)等部门$`)

// clauseKinds is each kind of clauseKindsRe's run with the level and 部门
// written out (市财政部门), nil for any other subject.
func clauseKinds(subject string) []string {
	m := clauseKindsRe.FindStringSubmatch(subject)
	if m == nil {
		return nil
	}
	var out []string
	for _, k := range strings.Split(m[2], "、") {
		if endsOrg(k) || utf8.RuneCountInString(k) > 8 || strings.Contains(k, "各") || strings.HasSuffix(k, "部门") {
			return nil
		}
		out = append(out, m[1]+k+"部门")
	}
	return out
}

// clauseCollectiveRe is a collective a clause can give its part to: a
// level's governments with the other levels in brackets (县(区、市)政府), or
// every place of a kind (各工业园区, 各乡镇人民政府).
var clauseCollectiveRe = lazyRe(`^(?:县|区|市|州)[（(](?:县|区|市|州|旗)(?:[、，,](?:县|区|市|州|旗))*[）)](?:人民政府|政府)$|^各(?:工业园区|园区|开发区|乡镇|乡|镇|街道|县区|县市区|县市|区县)(?:人民政府|政府|管委会|办事处)?$`)

// clauseCollective says a clause's name is such a collective.
func clauseCollective(s string) bool {
	return clauseCollectiveRe.MatchString(s)
}

// Beside the item dividing duties in clauses, an item of the same list can
// name bodies in its sentences: 在市政府的领导下,市发改委、市经贸委对全市能源和节能
// 工作总负责、总协调,县(区、市)政府、各工业园区也要明确相应的管理机构. Those bodies
// are that item's owners, listed, where a clause opens with them and gives
// them the work (对…负责, 负责, 要, 也要); a clause opening with anything else
// (各级政府要…, 在…下) names no one.

// itemClauseRe is a clause opening with its bodies and the words giving
// them the work.
var itemClauseRe = lazyRe(`^([^，,。；;：:“”《》\s]{2,40}?)\s*(?:对[^，,。；;]{1,30}?(?:总负责|负责)|(?:也|还|均|都)?要|负责)\S`)

// clauseItemOwners is the bodies an item's clauses open with and give
// work to (see above), nil where none does.
func clauseItemOwners(text string) []string {
	var out []string
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，,。；;", r) }) {
		m := itemClauseRe.FindStringSubmatch(strings.TrimSpace(c))
		if m == nil {
			continue
		}
		if names, open := clauseNames(m[1]); names != nil && !open {
			out = append(out, names...)
		}
	}
	return out
}
