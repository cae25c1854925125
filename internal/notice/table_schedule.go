package notice

import (
	"time"

	"tally/internal/i18n"
)

// A progress table may give no time limit but a schedule of stages
// (工作进度安排: 第一季度:… 第二季度:… 第四季度(11月份):…): the row's only
// time. Its last stage is when the work is to be done; a reader could also
// take the year's end, so the due read from it is listed.

// scheduleHead names a column of stages: 工作进度安排, 进度安排, 进度计划,
// 时序进度, 工作举措及实施计划. A column of progress made (目前实施情况, 进展情况) is none.
var scheduleHead = lazyRe(`进度安排|进度计划|计划进度|时序进度|推进计划|实施计划`)

// scheduleColumn takes a column of stages for the time limit, where the
// header names none of its own.
func (c *columns) scheduleColumn(row []string) {
	if c.due >= 0 {
		return
	}
	for i, cell := range row {
		if i != c.content && i != c.num && scheduleHead.MatchString(squeezeSpace(cell)) {
			c.due, c.schedule = i, true
			return
		}
	}
}

// scheduleReview lists a due read from a column of stages.
func scheduleReview(t *Task, due piece, d time.Time) {
	if due.from != FromColumn || !scheduleHead.MatchString(due.label) {
		return
	}
	t.review("due", due.line, i18n.F("表格没有完成时限列，due 取自“%s”列最后一个阶段的时间（%s）；也可能是年底或没有时限，请核对",
		"the table has no time-limit column: due is the time of the last stage in its %q column (%s); it may be the year's end or no time limit: check it", due.label, d.Format("2006-01-02")))
}
