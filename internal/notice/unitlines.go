package notice

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// A division of the year's work by department on a middle page of a law
// site's copy: a line that is a unit's name alone (市卫生局), not numbered,
// over items numbered again from 一、 that name no one. The line heads the
// unit's items as a numbered heading would (五、省发改委, unitHeading).

// unitLineOwners gives each task that names no owners the units of the
// latest such line above it, as owners (not leads), listed.
func (n *Notice) unitLineOwners(text []Line) {
	type head struct {
		line  int
		units []string
	}
	var heads []head
	loose := 0 // heads naming a body with no level or place (总工会, 团市委)
	lines := append(slices.Clone(n.preambleLines), n.Unplaced...)
	if len(n.titleLines) == 1 && n.ListTitle == trimLine(n.titleLines[0].Text) {
		// 市住建委 right under the notice's title, over its first items:
		// read as the list's own title line, it heads them as well.
		lines = append(lines, n.titleLines[0])
	}
	slices.SortFunc(lines, func(a, b Line) int { return a.N - b.N })
	for _, l := range lines {
		t := trimLine(l.Text)
		units := unitHeading(t)
		if units == nil && memberBody(t) {
			units = []string{t}
			loose++
		}
		if units == nil {
			if units = spacedBodies(t); units != nil {
				loose++
			}
		}
		if bracketHeadRe.MatchString(t) && units == nil {
			// 【安全生产】 over items numbered again: a topic's heading,
			// ending the items a unit's name headed above it.
			units = []string{}
		}
		if units == nil || strings.ContainsAny(t, "。：:") {
			continue
		}
		// The first task after it is numbered 1 as written and stands
		// under it, at most one line of text between (a grade's label).
		for _, t := range n.Tasks {
			if t.Line > l.N {
				if t.sub == 0 && nearBelow(text, l.N, t.Line) && writtenFirst(text, t.Line) {
					heads = append(heads, head{l.N, units})
				}
				break
			}
		}
	}
	if len(heads) == 0 || loose > 0 && len(heads) < 2 {
		// A body named with no level heads its items only among others
		// so heading theirs: a list of members' duties.
		return
	}
	for _, h := range heads {
		if len(n.titleLines) == 1 && h.line == n.titleLines[0].N {
			n.ListTitle = "" // a unit heading its items, no title
		}
	}
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if len(t.Owners) > 0 || len(t.raw.resp) > 0 {
			continue
		}
		var h *head
		for k := range heads {
			if heads[k].line < t.Line {
				h = &heads[k]
			}
		}
		if h == nil || len(h.units) == 0 {
			continue
		}
		t.Owners, t.Sources.Owners = h.units, From{Kind: FromHeading, Line: h.line}
		// The owners are found now: the item no longer asks for them.
		t.Review = slices.DeleteFunc(t.Review, func(r Review) bool {
			return r.Field == "owners" && r.Line == t.Line && r.Text.Zh == noOwnersText.Zh
		})
		t.review("owners", h.line, atF(n.At(h.line), "这一项没有写明责任单位；{at}只写了单位名称“%s”，已列为责任单位（不是牵头单位）；请核对",
			"this item names no owners; the line at {at} is the name of %q alone, made its owner (not its lead): check it", strings.Join(h.units, "、")))
	}
}

// nearBelow says line b stands right under line a: at most one line of
// text between them (a grade's label, 一类目标:), and empty lines.
func nearBelow(text []Line, a, b int) bool {
	between := 0
	for _, l := range text {
		if l.N > a && l.N < b && trimLine(l.Text) != "" {
			between++
		}
	}
	return between <= 1 && b > a
}

// writtenFirst says the line at n opens with the number 1 (一、, (一), 1.):
// an item numbered first as written, whatever number the tasks' ids gave
// it where the numbers start again.
func writtenFirst(text []Line, n int) bool {
	for _, l := range text {
		if l.N != n {
			continue
		}
		t := trimLine(l.Text)
		if m := topMatch(t); m != nil {
			return chineseNumber(m[1]) == 1
		}
		if m := subRe.FindStringSubmatch(t); m != nil {
			return chineseNumber(m[1]) == 1
		}
		if m := taskRe.FindStringSubmatch(t); m != nil {
			return m[1] == "1"
		}
		return false
	}
	return false
}

// memberBodyRe is a body a list of members names with no level: a mass
// organisation (总工会, 团市委, 妇联) or a short body's name.
var memberBodyRe = lazyRe(`^(?:总工会|妇联|团市委|团县委|团区委|团省委|科协|残联|工商联|红十字会|文联|侨联|关工委)$`)

// memberBody says a line is a body's name alone, of any form: a member of
// a committee heading its duties (住房和城乡建设委员会, 总工会).
func memberBody(t string) bool {
	return memberBodyRe.MatchString(t) || utf8.RuneCountInString(t) <= 16 && endsOrg(t) && !strings.ContainsAny(t, "，,。；;、：: （）()") &&
		!openNameRe.MatchString(t) && !Collective(t) && !oddNameRe.MatchString(t) && !suffixRe.MatchString(t)
}

// bracketHeadRe is a heading in square brackets alone on its line:
// 【安全生产】, 【工作要求】.
var bracketHeadRe = lazyRe(`^[【［]\s*\p{Han}{2,16}\s*[】］]$`)

// spacedBodies reads a line of two or three bodies' names apart by spaces
// (党建科 工会) heading their items together, nil where it is not one.
func spacedBodies(t string) []string {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 3 {
		return nil
	}
	for _, p := range f {
		if !memberBody(p) && unitHeading(p) == nil {
			return nil
		}
	}
	return f
}

// unitLineOverItems says item i is a line that is a unit's name alone over
// the items that follow it, numbered again from 1 at the level of tasks:
// it ends the item before, whose text it is not.
func (w *walker) unitLineOverItems(i int) bool {
	t := trimLine(w.items[i].line.Text)
	if w.kinds[i] != kText || unitHeading(t) == nil && !memberBody(t) && spacedBodies(t) == nil && !bracketHeadRe.MatchString(t) || strings.ContainsAny(t, "。：:") || i+1 >= len(w.items) {
		return false
	}
	j := i + 1
	if gradeLabelRe.MatchString(trimLine(w.items[j].line.Text)) && j+1 < len(w.items) {
		j++ // 省工商局 / 一类目标: / (一)…: the grade of the targets under it
	}
	if w.kinds[j] != w.taskKind {
		return false
	}
	next := w.items[j].line.Text
	switch w.taskKind {
	case kTop:
		m := topMatch(next)
		return m != nil && chineseNumber(m[1]) == 1
	case kSub:
		m := subRe.FindStringSubmatch(next)
		return m != nil && chineseNumber(m[1]) == 1
	case kNum:
		m := taskRe.FindStringSubmatch(next)
		return m != nil && m[1] == "1"
	}
	return false
}

// gradeLabelRe is a label of the grade of the targets under it: 一类目标:,
// 二类目标：, 共性目标:.
var gradeLabelRe = lazyRe(`^[一二三四五六七八九十\p{Han}]{1,4}类?目标\s*[：:]$`)

// noOwnersText is what an item that names no owner asks (respondTask).
var noOwnersText = i18n.T("没有找到责任单位，请在 owners 中补上", "no owner could be found; add the owners")

// subParagraphTask reads item i, a paragraph right under a sub-heading with
// no item under it, in a section headed by a unit's name alone whose other
// sub-headings hold items (三、儋州市政府 / (一)重点项目(4个)。 / 1.… /
// (二)预备重点项目(2个)。 / 儋州东坡山水文化旅游区、…): the sub-heading is a
// task of its own, the paragraph its text; its owner comes from the unit's
// heading, listed. It says whether it read the item so.
func (w *walker) subParagraphTask(i int) bool {
	h, top := w.subH, w.topH
	if h == nil {
		h, top = w.topH, nil // (十一)… heading a list with no 一、 over it
	}
	if w.cur != nil || h == nil || h.used || h.line.N != w.items[i-1].line.N {
		return false
	}
	if (top == nil || !top.used || unitHeading(top.sec.Title) == nil) && (deptHeading(h.sec.Title) == nil || !dutyHeadingRe.MatchString(strings.TrimRight(trimLine(h.sec.Title), "。：: "))) {
		// (十一)县农牧局主要工作任务: / its paragraph: a sub-heading naming
		// the body whose duties it heads is a task by itself too.
		return false
	}
	j := i + 1
	for ; j < len(w.items) && w.kinds[j] == kText; j++ {
	}
	if j < len(w.items) && w.kinds[j] != kTop && w.kinds[j] != kSub {
		return false
	}
	t := Task{Number: h.num, Section: h.sec.ID, Line: h.line.N, group: h.group, raw: raw{last: w.items[j-1].line.N}}
	var body []string
	for k := i; k < j; k++ {
		body = append(body, trimLine(w.items[k].line.Text))
	}
	t.cut(strings.TrimRight(h.sec.Title, "。：: ") + "。" + strings.Join(body, ""))
	w.headingAsTask(h, t)
	w.skip = j - i - 1
	return true
}
