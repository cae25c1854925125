package notice

import (
	"strings"
	"unicode/utf8"
)

// A bulletin of problems can head each place's problems with the place's
// name and a bracket of who answers for them, unnumbered, the problems
// under it numbered from 1 again:
//
//	三义街社区(责任单位:荆州区西城街道办事处三义街社区)
//	1、学雷锋志愿岗上班时间无人在岗
//	2、三义街便民广场电动车乱停乱放
//	通会桥社区(责任单位:荆州区西城街道办事处通会桥社区)
//	1、临街商铺普遍存在出店经营、占道经营问题。
//
// Read as lines of responsibility, each heading gave its units to the
// item above it, the last of the place before, in silence, and the items
// under it named no one. Such headings are numbered as sections (一、…),
// as a list numbering them reads already, so that each one's bracket
// names the owners of the items under it.

// placeBracketHeadRe is a short name with a bracket of owners and nothing
// else: 三义街社区(责任单位:…), 胜利街道办:(责任单位:…), 市第二中学迁建项目
// (牵头单位:市教育局;配合单位:…).
var placeBracketHeadRe = lazyRe(`^([^，,。；;：:（()）\s]{2,20})\s*[：:]?\s*[（(]\s*(?:整改单位|责任主体|` + respLabels + `)\s*[：:][^（()）]{2,80}[）)]\s*$`)

// numberBracketHeadings numbers such headings, each followed by an item
// numbered 1 (one place alone too: 胖东来时代广场(责任单位:魏都区,市消防
// 支队) / 1.进门地面无…). Under a section's heading (一、推进重点项目建设 /
// 市民中心项目建设(责任单位:…) / 1.6月底前…) they are its sub-sections
// ((一), (二)), numbered anew in each section, unless the section has
// sub-sections of its own.
func numberBracketHeadings(lines []Line) []Line {
	type head struct{ i, section int }
	var at []head
	section := 0           // the section's count, 0 before the first
	subs := map[int]bool{} // sections with sub-headings of their own
	for i, l := range lines {
		t := trimLine(l.Text)
		if topMatch(t) != nil {
			section++
			continue
		}
		if subRe.MatchString(t) {
			subs[section] = true
			continue
		}
		if !placeBracketHeadRe.MatchString(t) {
			continue
		}
		j := i + 1
		for j < len(lines) && trimLine(lines[j].Text) == "" {
			j++ // (a copy may put a blank line after each)
		}
		if j >= len(lines) {
			continue
		}
		if m := taskRe.FindStringSubmatch(trimLine(lines[j].Text)); m != nil && m[1] == "1" {
			at = append(at, head{i, section})
		}
	}
	if len(at) == 0 {
		return lines
	}
	out := append([]Line(nil), lines...)
	count := map[int]int{}
	for _, h := range at {
		if subs[h.section] || count[h.section] >= 99 {
			continue
		}
		t := trimLine(out[h.i].Text)
		if name := placeBracketHeadRe.FindStringSubmatch(t)[1]; utf8.RuneCountInString(name) < 2 || strings.ContainsAny(name, "、") {
			continue
		}
		count[h.section]++
		if h.section == 0 {
			out[h.i].Text = chineseNumeral(count[h.section]) + "、" + t
			continue
		}
		out[h.i].Text = "（" + chineseNumeral(count[h.section]) + "）" + t
	}
	return out
}
