package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A notice can divide its work by body with headings that are the bodies'
// names alone, each over the duties it gives them, numbered or not:
//
//	一、党政办公室
//	负责督查学校档案室安全隐患。
//	二、保卫部、武装部
//	1.负责督查学校消防控制室、消防设施设备…。
//	2.负责督查校内交通安全隐患。
//
// Before, every item named no one and the notice was refused. Where two
// or more of its top headings are bodies' names alone and a duty (负责…)
// stands right under each, each such heading answers for what stands under
// it, as a heading closing with a bracket of owners does (listed).

// bodyHeadingTitle is the bodies a heading's title names alone, apart by
// 、 (保卫部、武装部), "" where it names anything else.
func bodyHeadingTitle(title string) string {
	who := strings.TrimRight(strings.TrimSpace(title), "。：:")
	if who == "" || utf8.RuneCountInString(who) > 24 || strings.ContainsAny(who, "，,；;（）() ") {
		return ""
	}
	parts := strings.Split(who, "、")
	if len(parts) > 4 {
		return ""
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) > 12 || !bodyName(p) || Collective(p) || oddNameRe.MatchString(p) {
			return ""
		}
	}
	return who
}

// bodyHeadings counts the top headings of items that are bodies' names
// alone with a duty (负责…) on the line right under them, numbered or not.
func bodyHeadings(items []item, kinds []kind) int {
	count := 0
	for i, it := range items {
		if kinds[i] != kTop || i+1 >= len(items) {
			continue
		}
		m := topMatch(it.line.Text)
		if m == nil || bodyHeadingTitle(m[2]) == "" {
			continue
		}
		next := leadItemNumberRe.ReplaceAllString(trimLine(items[i+1].line.Text), "")
		if dutyOpenRe.MatchString(next) {
			count++
		}
	}
	return count
}

// countedBodyRe is a body's name alone on its line with the count of the
// items under it: 区委办公室(8项), 县住建局（共5项）, 区商务局(牵头,1项),
// 区发改局:2项.
var countedBodyRe = lazyRe(`^(\p{Han}{2,20}?)\s*(?:[（(]\s*(?:(?:牵头|负责|主办)\s*[，,、]\s*)?共?\s*\d{1,3}\s*项\s*[）)]|[：:]\s*共?\s*\d{1,3}\s*项)$`)

// countedBodyHeadings numbers such lines as headings one level above the
// items that follow them (一、 over 1.… or （1）…, (一) over 1.… under the
// notice's own 一、 sections): a body's items listed under its name, the
// name their owner (unitHeading, listed). Over items numbered 一、 the
// line is left as it is, and listed (looksLikeTask). Unnumbered, the line
// was read into the title or the text, and the items named no one.
func countedBodyHeadings(lines []Line) []Line {
	has := func(re *lazyRegexp) bool {
		return slices.ContainsFunc(lines, func(l Line) bool {
			return re.MatchString(trimLine(l.Text)) && !countedBodyRe.MatchString(trimLine(l.Text))
		})
	}
	sections, subs := has(sectionRe), has(subRe)
	// The level the notice's counted names stand at, from the first one
	// over a numbered item; those over a paragraph (县发改局(2项) / 全年完成
	// …;新开工…。) stand at it too, their paragraph read under them.
	level := ""
	var counted []int
	for i, l := range lines {
		m := countedBodyRe.FindStringSubmatch(trimLine(l.Text))
		if m == nil || !endsOrg(m[1]) || !unitName(m[1]) {
			continue
		}
		counted = append(counted, i)
		for j := i + 1; j < len(lines) && level == ""; j++ {
			t := trimLine(lines[j].Text)
			if t == "" || respLineRe.MatchString(t) {
				continue // (责任领导:张伟 under it is the heading's, read with it.)
			}
			switch {
			case (taskRe.MatchString(t) || taskParenRe.MatchString(t)) && !sections:
				level = "section"
			case taskRe.MatchString(t) && sections && !subs:
				level = "sub"
			}
			break
		}
	}
	for k, i := range counted {
		n := hanNumeral(k + 1)
		switch level {
		case "section":
			lines[i].Text = n + "、" + trimLine(lines[i].Text)
		case "sub":
			lines[i].Text = "（" + n + "）" + trimLine(lines[i].Text)
		}
	}
	return lines
}

// hanNumeral writes k (1–99) as a heading numbers it: 一, 十, 十二, 二十三.
func hanNumeral(k int) string {
	const digits = "零一二三四五六七八九"
	d := []rune(digits)
	switch {
	case k < 10:
		return string(d[k])
	case k < 20:
		return "十" + strings.TrimPrefix(string(d[k%10]), "零")
	default:
		return string(d[k/10]) + "十" + strings.TrimPrefix(string(d[k%10]), "零")
	}
}

// countedBodyReview lists the owners and leaders of the items under a body's
// counted name that countedBodyHeadings could not number (over items
// numbered 一、): the name may be their owner, and a leader's line under it
// theirs, which the reading does not know.
func (n *Notice) countedBodyReview(lines []Line) {
	for k, l := range lines {
		m := countedBodyRe.FindStringSubmatch(trimLine(l.Text))
		if m == nil || !endsOrg(m[1]) || !unitName(m[1]) {
			continue
		}
		end := 1 << 30
		for _, l2 := range lines[k+1:] {
			if countedBodyRe.MatchString(trimLine(l2.Text)) {
				end = l2.N
				break
			}
		}
		for i := range n.Tasks {
			t := &n.Tasks[i]
			if t.Line <= l.N || t.Line >= end {
				continue
			}
			for _, f := range []string{"owners", "leaders"} {
				t.review(f, l.N, atF(n.At(l.N), "{at}写有单位名称和事项数（%s），没有读作小节标题：它可能是其下各项的责任单位，其下的领导也可能是它们的；请核对",
					"{at} names a body and how many items it has (%s), not read as a heading: it may be the owner of the items under it, and a leader under it theirs; check them", trimLine(l.Text)))
			}
		}
	}
}
