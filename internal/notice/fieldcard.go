package notice

import (
	"strings"
	"unicode/utf8"
)

// A rectification's card (整改公示) numbers the fields of its one item as a
// notice numbers its sections: 一、整改事项 / 盐城市内河码头… / 二、责任单位 /
// 盐城市盐都区人民政府。 / 三、验收单位 / … / 五、整改时限 / 2023年11月30日前。
// The headings are no sections: the item is one task, its text under the
// heading of the matter, its owners, leaders and time limit under theirs.

// cardHeadRe is a field of such a card as a numbered heading.
var cardHeadRe = lazyRe(`^[一二三四五六七八九十]{1,2}、\s*(整改事项|整改问题|反馈问题|存在问题|问题描述|问题|整改责任单位|责任单位|牵头单位|整改实施主体|实施主体|整改责任主体|责任主体|责任领导|验收单位|整改目标|目标任务|整改时限|完成时限|整改措施|重点措施|主要措施|整改完成情况|整改情况|完成情况)\s*[：:]?$`)

// cardMatter, cardUnits, cardLeaders and cardDue name the fields that give
// the task its text, owners, leaders and time limit.
var (
	cardMatterRe  = lazyRe(`事项|问题`)
	cardUnitsRe   = lazyRe(`^(?:整改责任单位|责任单位|牵头单位|整改实施主体|实施主体|整改责任主体|责任主体)$`)
	cardLeadersRe = lazyRe(`^责任领导$`)
	cardDueRe     = lazyRe(`时限$`)
)

// fieldCard rewrites a card's numbered fields as one item and its labels,
// line for line (each line keeps its number): the headings go, the
// matter's first line is the item (1.…), the units' first line its label
// line, with the time limit and leaders run on after it (责任单位：…；整改
// 时限：…); the other fields' lines stay text. Other texts are given back
// as they are.
func fieldCard(raw []string) []string {
	var heads []int
	for i, l := range raw {
		t := trimLine(l)
		if cardHeadRe.MatchString(t) {
			heads = append(heads, i)
		} else if sectionRe.MatchString(t) && len(heads) > 0 {
			return raw // a section of another kind among them: no card
		}
	}
	if len(heads) < 3 {
		return raw
	}
	field := func(k int) string { return cardHeadRe.FindStringSubmatch(trimLine(raw[heads[k]]))[1] }
	// first is the first line of text under heading k, -1 where none.
	first := func(k int) int {
		end := len(raw)
		if k+1 < len(heads) {
			end = heads[k+1]
		}
		for i := heads[k] + 1; i < end; i++ {
			if trimLine(raw[i]) != "" {
				return i
			}
		}
		return -1
	}
	matter, units, due, leaders := -1, -1, -1, -1
	for k := range heads {
		switch f := field(k); {
		case cardMatterRe.MatchString(f) && matter < 0:
			matter = first(k)
		case cardUnitsRe.MatchString(f) && units < 0:
			units = first(k)
		case cardDueRe.MatchString(f) && due < 0:
			due = first(k)
		case cardLeadersRe.MatchString(f) && leaders < 0:
			leaders = first(k)
		}
	}
	if matter < 0 || units < 0 || !cardMatterRe.MatchString(field(0)) ||
		utf8.RuneCountInString(trimLine(raw[matter])) < 6 {
		return raw
	}
	out := append([]string{}, raw...)
	for _, i := range heads {
		out[i] = ""
	}
	out[matter] = "1." + trimLine(raw[matter])
	label := "责任单位：" + strings.TrimRight(trimLine(raw[units]), "。；;")
	if due >= 0 {
		label += "；整改时限：" + strings.TrimRight(trimLine(raw[due]), "。；;")
		out[due] = ""
	}
	if leaders >= 0 {
		label += "；责任领导：" + strings.TrimRight(trimLine(raw[leaders]), "。；;")
		out[leaders] = ""
	}
	out[units] = label
	for k := range heads {
		if f := field(k); cardMatterRe.MatchString(f) || cardUnitsRe.MatchString(f) || cardDueRe.MatchString(f) || cardLeadersRe.MatchString(f) {
			continue
		}
		end := len(raw)
		if k+1 < len(heads) {
			end = heads[k+1]
		}
		for i := heads[k] + 1; i < end; i++ {
			// 三、重点措施 / 1.及时制止烧荒行为…: the field's points, no
			// items of the list: written as the item's points, （1）, kept
			// in its text and listed (they had been tasks of their own).
			if m := cardPointRe.FindStringSubmatch(trimLine(raw[i])); m != nil {
				out[i] = "（" + m[1] + "）" + m[2]
			}
		}
	}
	return out
}

// cardPointRe is a point numbered under a card's field: 1.及时制止….
var cardPointRe = lazyRe(`^(\d{1,2})\s*[.．、]\s*(\S.*)$`)
