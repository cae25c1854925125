package notice

import (
	"slices"

	"tally/internal/i18n"
)

// stagedYearsReview lists the due of an item whose running text sets
// targets year by year, each year's for a part of the work (确保到2032年底,
// 贡山县、兰坪县实现…;2033年底,泸水市实现…;2034年底,福贡县实现…): the
// latest year, read as the due, is when the last part is done; a reader
// could take the item to have no due of its own, or the first year's.
// Dates in one year (6月底前…、9月底前…、12月底前全部完成) are steps of one
// year's work and stay unlisted; a due already listed (明年底, counted
// from the notice's year) is not listed twice.
func stagedYearsReview(t *Task, kept []Milestone) {
	if len(kept) < 2 || kept[0].Due.Year() == kept[len(kept)-1].Due.Year() || slices.ContainsFunc(t.Review, func(r Review) bool { return r.Field == "due" }) {
		return
	}
	last := kept[len(kept)-1]
	t.review("due", t.raw.last, i18n.F("正文中的目标分年份写出（%s至%s），最晚的“%s”（%s）作为完成时限，其余作为时间节点；请核对",
		"the text sets targets year by year (%s to %s): the latest, %q (%s), was taken as the due date, the others as milestones; check it",
		kept[0].phrase, last.phrase, last.phrase, last.Due.Format("2006-01-02")))
}
