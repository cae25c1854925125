package notice

// A guide to a month's days gives each piece of work under the day it is
// for, a line of its own, the work's paragraph and who leads it under it:
//
//	9月3日:抗战胜利纪念日
//	组织开展群众性主题纪念活动…
//	牵头单位:市退役军人局
//
// Before, the day's line was left unread and the task had no due date,
// nothing listed. The day is the work's: its due date, listed; a span of
// days (9月1日—9月30日) is none.

// dayHeadRe is a line naming one day and what it is: 9月3日:抗战胜利纪念日.
var dayHeadRe = lazyRe(`^(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[：:]\s*\p{Han}[^：:]{0,30}$`)

// dayHeading gives task t the day the line over it names, where it has no
// due date of its own. The line stays among those not placed, shown.
func (n *Notice) dayHeading(t *Task, l Line) {
	m := dayHeadRe.FindStringSubmatch(trimLine(l.Text))
	if m == nil || !t.Due.IsZero() || t.raw.due.text != "" || len(allDates(t.Title+"。"+t.Body, years{n.Year, n.issued})) > 0 {
		return // (…10月底前完成评选表彰 under 9月10日:教师节: its own time.)
	}
	if n.Year == 0 {
		t.review("due", l.N, atF(n.At(l.N), "{at}写的是这一项的日子（%s月%s日），通知中没有年份，未填写完成时限；请补上", "{at} names this item's day (%s/%s) and the notice names no year: due was left empty; add it", m[1], m[2]))
		return
	}
	d, ok := ymd(n.Year, atoi(m[1]), atoi(m[2]))
	if !ok {
		return
	}
	t.Due, t.Sources.Due = d, From{Kind: FromHeading, Line: l.N}
	t.review("due", l.N, atF(n.At(l.N), "{at}写的是这一项的日子（%s），已作为完成时限；请核对", "{at} names this item's day (%s), taken as its due date: check it", d.Format("2006-01-02")))
}
