package notice

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// leadUnitRe is a sentence of an item's running text naming the unit
// that leads the work: 州交通运输局为该议案办理工作的牵头责任单位,负责….
// What stands between 为 and 牵头 (该议案办理工作的) is the work, no name.
var leadUnitRe = lazyRe(`(?:^|[。；;])\s*([^，,。；;：:（）()“”《》为]{2,40}?)(?:为|是|作为)[^，,。；;：:]{0,24}?牵头(?:责任)?(?:单位|部门)(?:[，,。；;]|$)`)

// helpUnitsRe is a sentence naming the units that assist: 州发改委、…、
// 恩施市政府为协办单位,各单位要….
var helpUnitsRe = lazyRe(`(?:^|[。；;])\s*([^，,。；;：:（）()“”《》为]{2,200}?)(?:均|都)?(?:为|是|作为)[^，,。；;：:]{0,24}?(?:协办|配合|参与|协助|责任)(?:单位|部门)(?:[，,。；;]|$)`)

// bodyLeadUnit reads an item with no label, bracket or column naming who
// answers, whose running text says which unit is the 牵头(责任)单位 and which
// units assist (协办单位, 配合单位): the first leads, all are owners. Read
// from running text, both are listed.
func (n *Notice) bodyLeadUnit(t *Task) {
	if len(t.Owners) > 0 {
		return
	}
	text := t.Title + "。" + t.Body
	m := leadUnitRe.FindStringSubmatch(text)
	if m == nil {
		return
	}
	lead, _ := names(m[1])
	if len(lead) == 0 || len(lead) > 3 || slices.ContainsFunc(lead, notBody) {
		return
	}
	owners := slices.Clone(lead)
	for _, h := range helpUnitsRe.FindAllStringSubmatch(text, -1) {
		if strings.Contains(h[0], "牵头") {
			continue // the lead's own sentence
		}
		if help, _ := names(h[1]); len(help) > 0 && !slices.ContainsFunc(help, notBody) {
			addNew(&owners, help...)
		}
	}
	t.Owners, t.Lead = owners, slices.Clone(lead)
	t.Sources.Owners = From{Kind: FromInline, Line: t.Line}
	t.Sources.Lead = t.Sources.Owners
	for _, f := range []string{"owners", "lead"} {
		t.review(f, t.Line, i18n.F("没有写明责任单位的标签或括号，已从正文“%s为…牵头责任单位”读出牵头单位，并把正文中的协办单位列为责任单位；请核对",
			"no label or bracket names the owners; the lead was read from the text (%s为…牵头责任单位) and the assisting units named there made owners: check them", m[1]))
	}
}

// notBody says a name read from running text is not a body's: a body's
// ends in its kind (局, 委, 政府, 室) or is named with its place or level;
// 州 before a department (州交通运输局) is the prefecture's.
func notBody(o string) bool {
	return !unitName(o) && !(utf8.RuneCountInString(o) >= 3 && endsOrg(o))
}

// subjectUnitRe is a heading's paragraph opened by the one body that is to
// do the work: 州政府督查室要将该议案办理工作纳入年度督查工作重点,….
var subjectUnitRe = lazyRe(`^([^，,。；;：:、（）()“”《》为要]{3,24}?)(?:要|应)`)

// paragraphSubjects reads, among the tasks kept, an item that names no one
// by label, bracket or column and whose paragraph opens with the one body
// that is to do it (三、实行跟踪督办 / 州政府督查室要将…纳入…): that body is
// its owner, no lead, listed in place of the request to add the owners.
// It runs after the items naming no one were taken out, so it makes no
// item a task.
func (n *Notice) paragraphSubjects() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if len(t.Owners) > 0 || len(t.raw.resp) > 0 || t.Body == "" || strings.ContainsAny(strings.TrimSpace(t.Title), "。；;，,") {
			continue
		}
		m := subjectUnitRe.FindStringSubmatch(strings.TrimSpace(t.Body))
		if m == nil {
			continue
		}
		owners, _ := names(m[1])
		if len(owners) != 1 || notBody(owners[0]) || !endsOrg(owners[0]) {
			continue
		}
		t.Owners = owners
		t.Sources.Owners = From{Kind: FromInline, Line: t.Line}
		t.Review = slices.DeleteFunc(t.Review, func(r Review) bool { return r.Field == "owners" && r.Text.Zh == noOwnersText.Zh })
		t.review("owners", t.Line, i18n.F("没有写明责任单位的标签或括号，已把正文开头的“%s”列为责任单位；请核对",
			"no label or bracket names the owners; %q, opening the text, was made the owner: check it", m[1]))
	}
}
