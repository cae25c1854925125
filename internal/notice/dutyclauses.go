package notice

import (
	"slices"
	"strings"
)

// A covering letter can divide the work in one numbered paragraph of
// clauses apart by ；, each opening with the bodies it gives their part
// (二、明确工作责任。亭子镇、浙水乡负责做好…;县发改局负责做好…;县财政局负责…;
// 县审计局要负责…;县国农区办等有资金整合任务的县级部门要切实做好…): the paragraph
// is a task, its owners every body its clauses open with, listed (an open
// tail, 等…部门, listed as open). The letter's other paragraphs that name
// no one (一、加强统筹协调。各参建乡镇和部门要…; 三、严肃追责问责) are its
// requests, no tasks.

// clauseOpenTailRe is a clause's subject ending in an open tail: 县国农区办
// 等有资金整合任务的县级部门.
var clauseOpenTailRe = lazyRe(`^(.{2,40}?)等(?:[^、，,。；;]{0,20}(?:部门|单位))?$`)

// clauseSubjectRe opens a clause with its subject and the word that gives
// it the work: 县审计局要负责…, 县发改局负责….
// 市教育局、市卫生局分别负责…, …等部门按照职责,协同做好…: see clausekinds.go.
var clauseSubjectRe = lazyRe(`^([^，,。；;：:“”《》\s]{2,40}?)\s*(?:(?:分别|共同|具体)?(?:要负责|负责)|要|应|(?:按照|按)(?:各自)?职责(?:分工)?[，,]?)\s*\S`)

// clauseNames is the bodies a clause's subject names, each a body's name
// or a place standing for its government (亭子镇), and whether an open tail
// follows them; nil where it names anything else.
func clauseNames(subject string) ([]string, bool) {
	if kinds := clauseKinds(subject); kinds != nil {
		return kinds, true
	}
	open := false
	if m := clauseOpenTailRe.FindStringSubmatch(subject); m != nil {
		subject, open = m[1], true
	}
	parts := splitTop(subject, "、")
	for _, p := range parts {
		if clauseCollective(p) {
			continue
		}
		if dutyNames(p) == nil && !placeItemRe.MatchString(p) || Collective(p) || strings.Contains(p, "各") {
			return nil, false
		}
	}
	return parts, open
}

// clauseDuties reads, in a notice where no item names anyone, an item whose
// text after its first sentence is three or more clauses apart by ；, each
// opening with the bodies it gives their part (see above).
func (n *Notice) clauseDuties() {
	for _, t := range n.Tasks {
		if len(t.raw.resp) > 0 || len(t.Owners) > 0 {
			return
		}
	}
	found := -1
	var who []string
	open := false
	for i, t := range n.Tasks {
		clauses := strings.FieldsFunc(strings.TrimRight(t.Body, "。"), func(r rune) bool { return r == '；' || r == ';' })
		if len(clauses) < 3 {
			continue
		}
		var names []string
		tail := false
		particular := 0 // clauses naming a body, not only collectives
		for _, c := range clauses {
			m := clauseSubjectRe.FindStringSubmatch(strings.TrimSpace(c))
			if m == nil {
				names = nil
				break
			}
			more, o := clauseNames(m[1])
			if more == nil {
				names = nil
				break
			}
			names, tail = append(names, more...), tail || o
			if slices.ContainsFunc(more, func(p string) bool { return !clauseCollective(p) }) {
				particular++
			}
		}
		if names == nil || particular < 3 {
			continue
		}
		if found >= 0 {
			// Two such paragraphs: no letter's one division.
			return
		}
		found, who, open = i, names, tail
	}
	if found < 0 {
		return
	}
	t := &n.Tasks[found]
	resp := strings.Join(who, "、")
	if open {
		resp += "等部门"
	}
	t.raw.resp = []piece{{resp + "负责", t.Line, FromInline, ""}}
	t.review("owners", t.Line, atF(n.At(t.Line), "{at}这一段用分号分开写明了各单位的职责，已读作一项任务，其责任单位为各分句开头的单位（%s）；请核对",
		"the paragraph at {at} gives each body its part in clauses apart by ；: read as one task, its owners the bodies the clauses open with (%s); check them", resp))
	var out []Task
	for i, o := range n.Tasks {
		if i == found {
			out = append(out, o)
			continue
		}
		if who := clauseItemOwners(o.Body); who != nil {
			// An item of the same list naming bodies in its clauses:
			// theirs, listed (clausekinds.go).
			o.raw.resp = []piece{{strings.Join(who, "、") + "负责", o.Line, FromInline, ""}}
			o.review("owners", o.Line, atF(n.At(o.Line), "{at}这一项在句中写明了由哪些单位做（%s），已列为责任单位；请核对",
				"the item at {at} names in its sentences the bodies that do the work (%s): made its owners; check them", strings.Join(who, "、")))
			out = append(out, o)
			continue
		}
		n.Unplaced = append(n.Unplaced, Line{o.Line, strings.TrimSpace(o.Title + "。" + o.Body)})
	}
	n.Tasks = out
	sortLines(n.Unplaced)
}
