package notice

import (
	"strings"
)

// An item can open a division of duties and give it on lines of its own
// under it, one body a line, its name and a colon before its duties:
// 5、各部门要各司其职…其职责分工为: / 区委宣传部:制订宣传工作方案… / 商委:
// 协调…. The item itself names no one and is no task; each label line is
// the body's task, its label the owners (listed, as any division of duties
// by department is: the label may name a body short, 商委, 教委).

// openDivisionRe is how an item opening a division of duties ends: 其职责
// 分工为:, 具体分工如下：, 职责如下:.
var openDivisionRe = lazyRe(`(?:分工|职责|任务)(?:为|如下)?\s*[：:]\s*$`)

// labelDivisions replaces each item that opens a division of duties,
// every line under it up to the next item a label line and two or more of
// them, by the label lines' tasks.
func (n *Notice) labelDivisions(lines []Line) {
	var out []Task
	at := map[int]int{} // a line's number → its index in lines
	for i, l := range lines {
		at[l.N] = i
	}
	for i, t := range n.Tasks {
		next := n.lastLine + 1
		if i+1 < len(n.Tasks) {
			next = n.Tasks[i+1].Line
		}
		k, ok := at[t.Line]
		if !ok {
			out = append(out, t)
			continue
		}
		if subs := n.labelDuties(t, lines[k:], next); subs != nil {
			out = append(out, subs...)
			continue
		}
		out = append(out, t)
	}
	n.Tasks = out
}

// labelDuties is the tasks of the label lines under an item, from its own
// line (lines start there) up to the line next (labelDivisions), nil where
// the item is no such opener.
func (n *Notice) labelDuties(t Task, lines []Line, next int) []Task {
	if len(t.raw.resp) > 0 || len(t.Owners) > 0 || t.sub > 0 || t.raw.due.text != "" {
		return nil
	}
	var own string
	var under []Line
	for _, l := range lines {
		if l.N >= next {
			break
		}
		switch {
		case l.N == t.Line:
			own = trimLine(l.Text)
		case l.N > t.Line && strings.TrimSpace(l.Text) != "":
			under = append(under, l)
		}
	}
	if len(under) < 2 || !openDivisionRe.MatchString(own) {
		return nil
	}
	var subs []Task
	for k, l := range under {
		names, label, rest := dutySubject(trimLine(l.Text))
		if names == nil || !label || rest == "" {
			return nil
		}
		st := Task{Number: t.Number, Section: t.Section, Line: l.N, group: t.group, sub: k + 1,
			Parent: strings.TrimRight(strings.TrimSpace(t.Title), "。：:"), raw: raw{last: l.N}}
		st.cut(rest)
		who := strings.Join(names, "、")
		st.raw.resp = []piece{{who + "负责", l.N, FromInline, ""}}
		st.review("owners", l.N, atF(n.At(l.N), "{at}写的是“%s”的职责（按部门分工，名称后加冒号），已读作一项任务，其名称为责任单位；请核对是哪一级、哪个单位",
			"{at} gives the duties of %q (a division of duties by department, the name before a colon); read as a task, the name its owners: check which body it means", who))
		subs = append(subs, st)
	}
	return subs
}

// dutyOfLabelRe is a label naming whose duties follow it with the word
// 职责: 县政府职责:, 纪检监察部门职责：, 区民政局的主要职责:, 广电局、资阳日报社
// 职责:.
var dutyOfLabelRe = lazyRe(`^(\p{Han}[\p{Han}、]{1,24}?)(?:的)?(?:主要|工作)?职责$`)

// dutyOfLabel is the body a duty label names (县政府 of 县政府职责), the
// label as it is where it is no such label.
func dutyOfLabel(subject string) string {
	if m := dutyOfLabelRe.FindStringSubmatch(subject); m != nil {
		return m[1]
	}
	return subject
}

// paragraphDutyRe is a paragraph opening with the body whose duty it is and
// the word that gives it: 各镇政府承担对本辖区…的责任, 县财政局负责….
var paragraphDutyRe = lazyRe(`^([^，,。；;：:“”《》\s]{2,16}?)(?:负责|承担)\S`)

// bodyDutyParagraphs splits off, in a division of duties by body (two or
// more items opening with their bodies: (一)县政府职责:…, (二)纪检监察部门
// 职责:…), a paragraph with no number under such an item that opens with
// another body and its duty (各镇政府承担…的责任): that body's task, not
// the item's text, listed.
func (n *Notice) bodyDutyParagraphs(lines []Line) {
	own := map[int]string{}
	for _, l := range lines {
		own[l.N] = leadItemNumberRe.ReplaceAllString(trimLine(l.Text), "")
	}
	division := 0
	for _, t := range n.Tasks {
		if names, _, _ := dutySubject(own[t.Line]); names != nil && len(t.raw.resp) == 0 {
			division++
		}
	}
	if division < 2 {
		return
	}
	var out []Task
	for i, t := range n.Tasks {
		out = append(out, t)
		if names, _, _ := dutySubject(own[t.Line]); names == nil || len(t.raw.resp) > 0 || t.sub > 0 {
			continue
		}
		next := n.lastLine + 1
		if i+1 < len(n.Tasks) {
			next = n.Tasks[i+1].Line
		}
		for at := t.Line + 1; at < next; at++ {
			p := own[at]
			m := paragraphDutyRe.FindStringSubmatch(p)
			if m == nil || !strings.ContainsAny(p, "，,。") || !strings.Contains(out[len(out)-1].Body, p) && !strings.Contains(t.Body, p) {
				continue
			}
			who := m[1]
			if !Collective(who) && dutyNames(who) == nil {
				continue
			}
			parent := &out[len(out)-1]
			if strings.Contains(parent.Body, p) {
				parent.Body = strings.TrimSpace(strings.Replace(parent.Body, p, "", 1))
			}
			st := Task{Number: t.Number, Section: t.Section, Line: at, group: t.group, sub: 1, raw: raw{last: at}}
			st.cut(p)
			st.raw.resp = []piece{{who + "负责", at, FromInline, ""}}
			st.review("owners", at, atF(n.At(at), "{at}的段落没有编号，写在上一项之下，开头写的是“%s”的职责（按单位分工），已读作一项任务；请核对",
				"the paragraph at {at} has no number, stands under the item before, and opens with the duties of %q (a division of duties by body); read as a task: check it", who))
			out = append(out, st)
		}
	}
	n.Tasks = out
}

// dutySentence says a paragraph opening with its body is a sentence: it
// holds a full stop, or ends with the semicolon that closes one duty of a
// run (区城管局负责…,督查…实施情况;).
func dutySentence(t string) bool {
	return strings.Contains(t, "。") || strings.HasSuffix(t, "；") || strings.HasSuffix(t, ";")
}
