package notice

import (
	"tally/internal/i18n"
)

// latestDue reads the due of an item whose running text sets several
// deadlines, each for a piece of its work, the last written not the
// latest (…须于6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达
// 到位。…第3季度对…进行检查): the item is done when its latest piece is, so
// the latest date is the due, the others milestones; a reader could take
// another, so it is listed.
func (n *Notice) latestDue(t *Task, kept []Milestone) {
	at := 0
	for i, m := range kept {
		if m.Due.After(kept[at].Due) {
			at = i
		}
	}
	t.Due, t.Sources.Due = kept[at].Due, From{Kind: FromText, Line: t.raw.last}
	for i, m := range kept {
		if i != at {
			t.Milestones = append(t.Milestones, m)
		}
	}
	t.review("due", t.raw.last, i18n.F("正文中有多个时间节点，最晚的“%s”（%s）作为完成时限，其余作为时间节点；请核对",
		"the text names several dates: the latest, %q (%s), was taken as the due date, the others as milestones; check it", kept[at].phrase, kept[at].Due.Format("2006-01-02")))
}
