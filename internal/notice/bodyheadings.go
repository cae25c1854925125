package notice

import (
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

// countedBodyHeadings numbers such lines as a list's top headings (一、,
// 二、…) where the notice numbers none of its own and a numbered item
// (1.…) follows each: a body's projects listed under its name, the name
// their owner (unitHeading, listed). Unnumbered, the line was read into
// the title or the text, and the items named no one.
func countedBodyHeadings(lines []Line) []Line {
	for _, l := range lines {
		if sectionRe.MatchString(trimLine(l.Text)) {
			return lines
		}
	}
	k := 0
	for i, l := range lines {
		m := countedBodyRe.FindStringSubmatch(trimLine(l.Text))
		if m == nil || !endsOrg(m[1]) || !unitName(m[1]) {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			if t := trimLine(lines[j].Text); t != "" && !respLineRe.MatchString(t) {
				// (责任领导:张伟 under it is the heading's, read with it.)
				if taskRe.MatchString(t) {
					k++
					lines[i].Text = hanNumeral(k) + "、" + trimLine(l.Text)
				}
				break
			}
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
