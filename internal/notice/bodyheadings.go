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
