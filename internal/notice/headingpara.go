package notice

import (
	"slices"
	"strings"

	"tally/internal/i18n"
)

// A list whose sections hold items numbered under them may give one
// section no items, its work a paragraph under its heading that names
// who does it:
//
//	一、开展集中宣传活动
//	(一)…。由煤监一处牵头负责,办公室配合。
//	(二)…。由协调处负责协调调度。
//	二、播放安全生产公益广告
//	6月份每天黄金时段,在吉林卫视播放公益广告。由宣教办和教育中心负责。
//
// The heading and its paragraph are then a task, as the items are; before,
// the heading was dropped and its paragraph left unplaced, the section's
// work lost.

// openHeading is the heading the walker stands under with no task begun
// since it: the sub-heading, else the section's, where no task took it.
func (w *walker) openHeading() *heading {
	for _, h := range []*heading{w.subH, w.topH} {
		if h != nil && h.sec.ID == w.section && !h.used && !h.early {
			return h
		}
	}
	return nil
}

// headingParaTask makes a task of a heading no item followed whose
// paragraphs name who does the work: a closing bracket or label of owners,
// or 由X负责 naming units or offices (listed). It says whether it did; the
// paragraphs are then the task's, no longer lines unplaced.
func (w *walker) headingParaTask(h *heading) bool {
	if len(h.paras) == 0 || len(h.paras) > 3 || h.used || h.resp != nil || len(w.n.Tasks) == 0 {
		return false
	}
	if generalHeadingRe.MatchString(strings.TrimSpace(h.sec.Title)) {
		return false // 附则, 工作要求: what the plan asks of all, no task
	}
	var body []string
	for _, l := range h.paras {
		p := trimLine(l.Text)
		if m := articleRe.FindStringSubmatch(p); m != nil {
			p = m[2]
		}
		if rulesItselfRe.MatchString(p) {
			return false // 本规定由县优化营商环境办公室负责解释: the rules', no work
		}
		body = append(body, p)
	}
	last := h.paras[len(h.paras)-1].N
	num := h.num
	if len(h.group) == 2 && h.group[1] == 0 {
		num = 1 // the section's one task: 2.1 beside 1.1 and 1.2
	}
	t := Task{Number: num, Section: h.sec.ID, Line: h.line.N, group: h.group, raw: raw{last: last}}
	t.cut(strings.TrimRight(h.sec.Title, "。") + "\n" + strings.Join(body, "\n"))
	if len(t.raw.resp) == 0 {
		var who []string
		for _, m := range byClauseRe.FindAllStringSubmatch(strings.Join(body, ""), -1) {
			if (byNames(m[1]) || byOffices(m[1])) && !slices.Contains(who, m[1]) {
				who = append(who, m[1])
			}
		}
		if len(who) == 0 {
			return false
		}
		for _, u := range who {
			t.raw.resp = append(t.raw.resp, piece{"由" + u + "负责", last, FromInline, ""})
		}
		t.review("owners", last, i18n.F("这一部分没有分项，标题下的段落写明了由谁负责（由%s负责），已把标题和段落读作一项任务；请核对",
			"the section has no items; the paragraph under its heading says who does its work (由%s负责), read with the heading as a task: check it", strings.Join(who, "负责、由")))
	}
	w.headingAsTask(h, t)
	w.n.Unplaced = slices.DeleteFunc(w.n.Unplaced, func(l Line) bool {
		return slices.ContainsFunc(h.paras, func(p Line) bool { return p.N == l.N }) || l.N == h.line.N
	})
	return true
}

// generalHeadingRe is a heading over what a plan asks of all or says of
// itself: 附则, 总则, 工作要求, 保障措施, 组织领导.
var generalHeadingRe = lazyRe(`^(?:附\s*则|总\s*则|工作要求|保障措施|组织领导|组织保障|工作步骤|实施步骤|方法步骤)$`)
