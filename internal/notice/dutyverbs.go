package notice

import (
	"slices"
	"strings"
)

// A division of duties by department words each department's part in more
// ways than 负责 and 要: a department that helps the census's lead opens
// its item with 配合 or 协助 (3.国土资源部门配合文物普查专业队伍…, 5.交通部门
// 协助文化、文物部门做好…: the item is the helper's duty, the helped its
// partner, no owner); a news report of a city's division asks each
// department in turn (要求农牧部门进一步加大…, 要求卫生部门负责人间疫情…:
// 要求 no part of the name); and a paragraph gives several kinds their
// duty at once (铁路、交通、民航、海关等部门的职责是禁止…: 部门 written once
// for all, the list left open by 等). Among such duties, two or more, an
// item or paragraph that opens with a department and any verb (2.发改委对
// 此次文物普查成果…列入…计划, 要求财政部门落实…经费) is that department's
// too. Each reading is listed, as every division of duties by department
// is.

// requestWordRe is the word a report asks a department with, before its
// name: 要求卫生部门负责….
var requestWordRe = lazyRe(`^要求\s*`)

// helperDutyRe opens a duty with the departments and the word that has
// them help: 国土资源部门配合…, 交通部门协助….
var helperDutyRe = lazyRe(`^([^，,。；;：:“”《》\s]{2,30}?)\s*(?:配合|协助)\s*\S`)

// kindsDutyRe opens a paragraph with several kinds of department sharing
// one 部门 and an open 等: 铁路、交通、民航、海关等部门的职责是….
var kindsDutyRe = lazyRe(`^([^，,。；;：:“”《》\s]{2,30}?)等部门的?(?:职责|任务)(?:是|为)\s*\S`)

// anyVerbDutyRe opens a duty with the departments and any word after
// them: 发改委对…, 财政部门落实…, 农牧部门进一步…, 旅游部门,指导….
var anyVerbDutyRe = lazyRe(`^([^，,。；;：:“”《》\s]{2,16}?)(?:[，,]\s*)?(?:对|落实|进一步|做好|加强|组织|按照|根据|及时|认真|切实|指导|安排好|汇总|统筹|督促|确保|保障|发布)\S`)

// dutyOpening is dutySubject with the other openings above: the
// departments, whether they are a label's, the text after them, and
// whether the list they name is left open (等部门).
func dutyOpening(text string) (names []string, label bool, rest string, open bool) {
	text = requestWordRe.ReplaceAllString(text, "")
	if names, label, rest = dutySubject(text); names != nil {
		return names, label, rest, false
	}
	if m := helperDutyRe.FindStringSubmatchIndex(text); m != nil {
		if names = dutyNames(text[m[2]:m[3]]); names != nil {
			return names, false, strings.TrimSpace(text[m[3]:]), false
		}
	}
	if m := kindsDutyRe.FindStringSubmatchIndex(text); m != nil {
		if names = dutyNames(text[m[2]:m[3]] + "部门"); names != nil {
			return names, false, strings.TrimSpace(text[m[1]-1:]), true
		}
	}
	return nil, false, "", false
}

// weakDutyMin is how many items of one section must open with their
// offices and a verb, and be most of its items, for the section to be a
// division of duties where no item says 负责.
const weakDutyMin = 3

// sectionOfWeak says the items weak indexes (each opening with its offices
// and a verb, dutyAnyVerb) are weakDutyMin or more of one section, and
// most of the tasks in it.
func (n *Notice) sectionOfWeak(weak []int) bool {
	if len(weak) < weakDutyMin {
		return false
	}
	sec := n.Tasks[weak[0]].Section
	all := 0
	for _, t := range n.Tasks {
		if t.Section == sec {
			all++
		}
	}
	for _, i := range weak {
		if n.Tasks[i].Section != sec {
			return false
		}
	}
	return 2*len(weak) > all
}

// dutyAnyVerb is the departments an item opens with before any verb
// (anyVerbDutyRe), read only among two or more duties dutyOpening reads.
func dutyAnyVerb(text string) []string {
	text = requestWordRe.ReplaceAllString(text, "")
	m := anyVerbDutyRe.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	names := dutyNames(m[1])
	for _, p := range names {
		if !deptKind(p) && !endsOrg(p) && !bodyName(p) {
			return nil
		}
	}
	return names
}

// laterDutyNames adds to a duty paragraph's departments those a later
// sentence of it opens with and gives work to (林业部门负责…的落实。野生
// 动物保护部门要及时组织人员监测…): the paragraph's work is theirs too, as an
// item naming a second body in a later sentence is read.
func laterDutyNames(text string, names []string) []string {
	if names == nil {
		return nil
	}
	sentences := strings.Split(text, "。")
	for _, s := range sentences[1:] {
		more, label, _ := dutySubject(strings.TrimSpace(s))
		if label {
			continue
		}
		for _, m := range more {
			if deptKind(m) && !slices.Contains(names, m) {
				names = append(names, m)
			}
		}
	}
	return names
}
