package notice

import (
	"time"

	"tally/internal/i18n"
)

// yearCellRe is a time limit that is a year and nothing more but the word
// 年 (a table's 完成时间 cell 2010年, 2010年前): no month says whether the
// year's end or its start is meant. 2010年底, 2010年内 and 2010年度 say
// the end and are not this.
var yearCellRe = lazyRe(`^\s*((?:19|20)\d{2})\s*年\s*(?:前|之前|以前)?\s*$`)

// yearCellReview lists a due read from a time limit that names a year
// alone: it is taken as the year's end, as the rest of the corpus reads a
// lone year in a deadline phrase (确保2022年完工), and an office checks it.
func yearCellReview(t *Task, due piece, d time.Time) {
	if !yearCellRe.MatchString(due.text) {
		return
	}
	t.review("due", due.line, i18n.F("完成时限“%s”只写了年份，按该年年底（%s）计；请核对",
		"the time limit %q names a year only, read as its end (%s); check it", due.text, d.Format("2006-01-02")))
}
