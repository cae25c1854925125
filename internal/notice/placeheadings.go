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
// else: 三义街社区(责任单位:…), 胜利街道办:(责任单位:…).
var placeBracketHeadRe = lazyRe(`^([^，,。；;：:（()）\s]{2,20})\s*[：:]?\s*[（(]\s*(?:责任单位|责任部门|整改单位|责任主体)\s*[：:][^（()）]{2,80}[）)]\s*$`)

// numberBracketHeadings numbers such headings, each followed by an item
// numbered 1, where the text has no section heading of its own (one place
// alone too: 胖东来时代广场(责任单位:魏都区,市消防支队) / 1.进门地面无…).
func numberBracketHeadings(lines []Line) []Line {
	var at []int
	for i, l := range lines {
		t := trimLine(l.Text)
		if topMatch(t) != nil {
			return lines
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
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return lines
	}
	out := append([]Line(nil), lines...)
	for k, i := range at {
		if k >= 99 {
			break
		}
		t := trimLine(out[i].Text)
		if name := placeBracketHeadRe.FindStringSubmatch(t)[1]; utf8.RuneCountInString(name) < 2 || strings.ContainsAny(name, "、") {
			continue
		}
		out[i].Text = chineseNumeral(k+1) + "、" + t
	}
	return out
}
