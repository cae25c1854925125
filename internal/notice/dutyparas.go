package notice

import (
	"sort"
	"strings"
)

// A division of duties can stand under a heading item as paragraphs with
// no number, one body a paragraph, opening with the body and 负责, after a
// general paragraph that ends in the words opening the division:
//
//	一、职责分工
//	人口普查是一项重大的国情国力调查,…按照各部门的工作职能,具体分工如下:
//	省统计局负责人口普查的日常工作,并全面负责专业技术工作。
//	省公安厅负责户口整顿工作,…。
//
// Each such paragraph is its body's task; the item over them names no one
// and is no task, and its general paragraph is left among the lines not
// placed. Before, the item was dropped for naming no one and the notice
// refused for holding no task.

// divisionParagraphs replaces each item naming no one whose lines, after a
// paragraph opening the division (openDivisionRe) or its own line so
// ending or naming the division by its words (一、明确部门职责), are two or more duty paragraphs each opening with a body and 负责
// or 承担, and nothing else, by those paragraphs' tasks, each listed.
//
// Where the division is all the notice gives to anyone (no other item
// names who answers for it, and no rule does), the other items naming no
// one are its chapters (二、工作方式, 三、工作要求), no tasks: their lines
// are left among the lines not placed.
func (n *Notice) divisionParagraphs(lines []Line) {
	var out []Task
	split := map[int]bool{} // the index in out of each duty paragraph's task
	for i, t := range n.Tasks {
		next := n.lastLine + 1
		if i+1 < len(n.Tasks) {
			next = n.Tasks[i+1].Line
		}
		if subs := n.dutyParagraphsUnder(t, lines, next); subs != nil {
			for _, st := range subs {
				split[len(out)] = true
				out = append(out, st)
			}
			continue
		}
		out = append(out, t)
	}
	n.Tasks = out
	if len(split) == 0 || len(n.rules) > 0 {
		return
	}
	for i, t := range out {
		if !split[i] && (len(t.raw.resp) > 0 || len(t.Owners) > 0 || t.raw.due.text != "" || t.sub > 0) {
			return
		}
	}
	var kept []Task
	for i, t := range out {
		if split[i] {
			kept = append(kept, t)
			continue
		}
		n.Unplaced = append(n.Unplaced, Line{t.Line, strings.TrimSpace(t.Title + "。" + t.Body)})
	}
	n.Tasks = kept
	sort.SliceStable(n.Unplaced, func(i, j int) bool { return n.Unplaced[i].N < n.Unplaced[j].N })
}

// divisionHeadRe is a heading that names a division of duties by its words
// alone, no colon after them: 明确部门职责, 成员单位职责, 职责分工.
var divisionHeadRe = lazyRe(`^\p{Han}{0,6}(?:职责|职责分工|责任分工|任务分工)$`)

// divisionDutyRe is a paragraph of a division of duties opening with the
// body whose duty it is and the word that gives it: 派出所负责…, 农业办积极
// 开展…, 企管站做好…, 县教育局要….
var divisionDutyRe = lazyRe(`^([^，,。；;：:“”《》\s]{2,16}?)(?:负责|承担|做好|积极|要|应|牵头|配合|协助)\S`)

// divisionDuty is the bodies a paragraph of a division opens with, nil
// where it opens otherwise.
func divisionDuty(p string) []string {
	m := divisionDutyRe.FindStringSubmatch(p)
	if m == nil || runWordEndRe.MatchString(m[1]) {
		return nil
	}
	return dutyNames(m[1])
}

// dutyParagraphsUnder is the tasks of the duty paragraphs under item t,
// from its line up to the line next, nil where there are none such.
func (n *Notice) dutyParagraphsUnder(t Task, lines []Line, next int) []Task {
	if len(t.raw.resp) > 0 || len(t.Owners) > 0 || t.sub > 0 || t.raw.due.text != "" {
		return nil
	}
	var general, duties []Line
	opened, named := false, false // named: the heading's words name the division
	closed := false               // a paragraph after two duties or more closed the division
	for _, l := range lines {
		if l.N == t.Line {
			// 一、职责分工如下: the item's own line opens the division.
			named = divisionHeadRe.MatchString(strings.TrimSpace(t.Title))
			opened = opened || openDivisionRe.MatchString(trimLine(l.Text)) || named
			continue
		}
		if l.N < t.Line || l.N >= next {
			continue
		}
		p := trimLine(l.Text)
		if !opened {
			general = append(general, l)
			opened = openDivisionRe.MatchString(p)
			continue
		}
		if divisionDuty(p) == nil || !dutySentence(p) {
			if named && len(duties) == 0 || len(duties) >= 2 {
				// 一、职责分工 / 人口普查是…具体分工如下: / 省统计局负责…:
				// the heading names the division, a general paragraph
				// opens it; one after two duties or more closes it
				// (全乡上下要统一思想…).
				general = append(general, l)
				closed = closed || len(duties) >= 2
				continue
			}
			return nil
		}
		if closed {
			return nil // a duty after the division closed: no division of this shape
		}
		duties = append(duties, l)
	}
	if len(duties) < 2 {
		return nil
	}
	var subs []Task
	for k, l := range duties {
		p := trimLine(l.Text)
		names := divisionDuty(p)
		who := strings.Join(names, "、")
		st := Task{Number: t.Number, Section: t.Section, Line: l.N, group: t.group, sub: k + 1,
			Parent: strings.TrimRight(strings.TrimSpace(t.Title), "。：:"), raw: raw{last: l.N}}
		st.cut(p)
		st.raw.resp = []piece{{dutyResp(who, len(names) == 1, p), l.N, FromInline, ""}}
		st.review("owners", l.N, atF(n.At(l.N), "{at}的段落没有编号，开头写的是“%s”的职责（按部门分工），已读作一项任务；请核对",
			"the paragraph at {at} has no number and opens with the duties of %q (a division of duties by department); read as a task: check it", who))
		subs = append(subs, st)
	}
	n.Unplaced = append(n.Unplaced, general...)
	sort.SliceStable(n.Unplaced, func(i, j int) bool { return n.Unplaced[i].N < n.Unplaced[j].N })
	return subs
}
