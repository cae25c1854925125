package notice

import "strings"

// hostClause reads one clause of a responsibility text without labels in
// the words of lists that name a host and helpers after the item
// ((省财政厅主办,省国税局、地税局协办)) and of those that name a person who
// coordinates before the units that do the work ((由徐明金同志协调,区瀛湖
// 管理局负责)). The units before 主办 lead, as those before 牵头 do: the
// clause is given back so worded. The persons before 同志协调 are the
// task's leaders (同志 dropped, as 由X同志负责牵头实施 is read): they are
// added to r and the clause is used up (ok).
func (r *respParts) hostClause(part string) (rest string, used bool) {
	if m := coordinatorRe.FindStringSubmatch(part); m != nil {
		names, joined := persons(m[1])
		addNew(&r.leaders, names...)
		r.joined = append(r.joined, joined...)
		return "", true
	}
	if q, ok := strings.CutSuffix(part, "主办"); ok && !strings.HasSuffix(q, "负责") && q != "" {
		return q + "牵头", false
	}
	return part, false
}

// coordinatorRe is a clause naming the persons who coordinate an item's
// work: 由徐明金同志协调, 由张三、李四同志统筹协调.
var coordinatorRe = lazyRe(`^由?(\p{Han}{2,4}(?:、\p{Han}{2,4})*)同志(?:牵头协调|统筹协调|负责协调|协调)$`)

// secretaryLabel reports whether a label names the secretary-general who
// answers for an item beside its leading official (牵头领导:张同生,责任秘书长:
// 石海波): a person who answers for it, read as a leader.
func secretaryLabel(label string) bool { return label == "责任秘书长" }
