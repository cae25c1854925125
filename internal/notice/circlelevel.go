package notice

import (
	"strings"
	"unicode/utf8"
)

// circlesUnderHeadings marks the circled sub-items (①) that are tasks of
// their own where a plan numbers four levels of headings over them
// (一、工作任务 / (一)实施8项民生工程 / 1.城乡居民增收工程 / (1)增加城镇居民收入 /
// ①以就业促增收,…。(牵头部门:X;责任单位:Y)): the 1. item and the (1) lines
// under it are short headings that name no one, each ① names its own
// owners. The ① lines are the tasks, even one alone (a copy cut after it);
// the (1) headings are none, though ownSubItems took them for sub-items. Where any ① names no one, or a
// (1) line is a sentence, nothing is marked: the item reads as before.
func circlesUnderHeadings(items []item, kinds []kind, own []bool) {
	for i := 0; i < len(items); i++ {
		if kinds[i] != kNum || !shortHeading(itemMatchText(items[i].line.Text)) {
			continue
		}
		var circles []int
		var heads []int
		ok := true
		j := i + 1
	scan:
		for ; j < len(items); j++ {
			t := items[j].line.Text
			switch kinds[j] {
			case kParen:
				if !shortHeading(strings.TrimSpace(t)) {
					ok = false
				}
				heads = append(heads, j)
			case kCircle:
				named := namesResponsibility(t)
				if !named && j+1 < len(items) && kinds[j+1] == kResp {
					named = true
				}
				if !named {
					ok = false
				}
				circles = append(circles, j)
			case kResp:
			default:
				break scan
			}
		}
		if ok && len(heads) > 0 && len(circles) > 0 {
			for _, k := range circles {
				own[k] = true
			}
			for _, k := range heads {
				own[k] = false // a heading, not a task of its own
			}
		}
		i = j - 1
	}
}

// shortHeading says a numbered line is a heading: short, no sentence, no
// one named.
func shortHeading(t string) bool {
	return t != "" && utf8.RuneCountInString(t) <= 24 && !strings.ContainsAny(t, "。；;，,：:") && !namesResponsibility(t)
}

// itemMatchText is a numbered item's words after its number.
func itemMatchText(t string) string {
	if m := itemMatch(t); m != nil {
		return strings.TrimSpace(m[2])
	}
	return strings.TrimSpace(t)
}
