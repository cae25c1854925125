package notice

import (
	"slices"
	"strings"
	"time"

	"tally/internal/i18n"
)

// A list divided under headings naming who leads the work under each
// ((一)省监察厅牵头的工作, (二)省审计厅牵头的工作 / 协同单位:…): the unit a
// heading names with 牵头 leads, whether the heading is the task (its
// text unnumbered under it) or heads items naming the units that help
// (协同单位). Before, the heading's unit was taken only where an item named
// no units at all, and a heading that was the task named none.

// titleLeadRe is a task's title that is such a heading: X牵头的工作.
var titleLeadRe = lazyRe(`^(\S{2,20}?)牵头的?(?:重点)?(?:工作|任务|事项)(?:[（(]\s*\d{1,3}\s*项\s*[）)])?$`)

// titleStatesLead makes the unit a task's title names with 牵头 its lead,
// and its first owner beside the units its labels name, listed.
func (n *Notice) titleStatesLead(t *Task) {
	if len(t.Lead) > 0 || !leadHeading(t.Title) {
		return
	}
	n.leadFromHeading(t, headingUnits(titleLeadRe.FindStringSubmatch(t.Title)[1]), From{Kind: FromHeading, Line: t.Line}, t.Line)
}

// leadFromHeading makes units the task's lead and its first owners, from
// the heading at line, listed.
func (n *Notice) leadFromHeading(t *Task, units []string, at From, line int) {
	var first []string
	for _, u := range units {
		if !slices.Contains(t.Owners, u) {
			first = append(first, u)
		}
	}
	if len(first) > 0 {
		t.Owners = append(first, t.Owners...)
		if len(t.Owners) == len(first) {
			t.Sources.Owners = at
		}
	}
	t.Lead, t.Sources.Lead = slices.Clone(units), at
	who := strings.Join(units, "、")
	t.review("lead", line, atF(n.At(line), "牵头单位“%s”取自{at}的标题（%s牵头或负责的工作），已列为责任单位；请核对",
		"the lead %q comes from the heading at {at} (its units lead the work), made owners: check it", who, who))
}

// twoLeadLabels lists an item whose lines give leads under two labels
// (牵头协调部门:县民族局 / 主办部门:各乡(镇)人民政府): both are its leads,
// which the notice may not mean.
func twoLeadLabels(t *Task) {
	var labels []string
	for _, p := range t.raw.resp {
		if p.label != "" && leadHead.MatchString(p.label) && !slices.Contains(labels, p.label) {
			labels = append(labels, p.label)
		}
		for _, m := range innerLeadLabelRe.FindAllStringSubmatch(p.text, -1) {
			if !slices.Contains(labels, m[1]) {
				labels = append(labels, m[1])
			}
		}
	}
	if len(labels) >= 2 && len(t.Lead) > 1 {
		t.review("lead", t.Line, i18n.F("这一项在“%s”下都写了单位，都已列为牵头单位；请核对哪个是牵头", "the item names units under %s, all made its leads: check which leads", strings.Join(labels, "”“")))
	}
}

// innerLeadLabelRe is a label of who leads inside a line of labels run
// together: …主办部门:…, …牵头协调部门:….
var innerLeadLabelRe = lazyRe(`((?:牵头\p{Han}{0,2}|主办)(?:单位|部门))\s*[：:]`)

// partnersOnlyReview lists an item whose own lines name only the units
// that help (协同单位:市信访局) where nothing names who leads or answers
// for it: its owners are the helpers alone.
func (n *Notice) partnersOnlyReview(t *Task) {
	if len(t.Lead) > 0 || !onlyPartners(t.raw.resp) || len(t.Owners) == 0 {
		return
	}
	t.review("owners", t.Line, i18n.F("这一项只写了“%s”，没有写明牵头或责任单位：责任单位只有协助的单位；请核对",
		"the item names only its %s, not who leads or answers for it: its owners are the helping units alone; check them", t.raw.resp[0].label))
}

// leadHeading says a heading names the unit that leads its work:
// 省监察厅牵头的工作.
func leadHeading(title string) bool {
	m := titleLeadRe.FindStringSubmatch(title)
	return m != nil && headingUnits(m[1]) != nil
}

// onlyPartners says an item's own responsibility names only the units
// that help (协同单位:…, 配合单位:…): the unit leading them is named
// elsewhere, by the heading over it. An item naming who answers for it
// ((县农业农村局负责)) keeps its own units alone.
func onlyPartners(resp []piece) bool {
	for _, p := range resp {
		if p.label == "" || !partnersHead.MatchString(p.label) {
			return false
		}
	}
	return len(resp) > 0
}

// partnersOnly says each of an item's responsibility texts names only
// those who help, by its label or by its words (partnersText).
func partnersOnly(resp []piece) bool {
	return len(resp) > 0 && !slices.ContainsFunc(resp, func(p piece) bool {
		return !(p.label != "" && partnersHead.MatchString(p.label) || p.label == "" && partnersText(p.text))
	})
}

// helpersOnlyRe is a bracket naming only those who help: (县自然资源局配合).
var helpersOnlyRe = lazyRe(`^[（(]?\s*([^（()）：:]{2,60}?)(?:配合|协助|参与|协办)\s*[）)]?$`)

// partnersText says a responsibility text names only those who help: its
// labels are all a helper's (配合单位:…, 协办单位:…), or it is a clause of
// helpers alone.
func partnersText(text string) bool {
	t := strings.TrimSpace(text)
	if strings.Contains(t, "牵头") || strings.Contains(t, "负责") || strings.Contains(t, "主办") {
		return false
	}
	labels := labelRe.FindAllStringSubmatch(t, -1)
	if len(labels) == 0 {
		return helpersOnlyRe.MatchString(t)
	}
	for _, m := range labels {
		if !partnersHead.MatchString(m[1]) {
			return false
		}
	}
	return true
}

// labelledPersonRe is a person named with the label of one among a task's
// units (负责人李健华, 责任人:崔利锋): a leader, not a unit.
var labelledPersonRe = lazyRe(`^(?:负责人|责任人)(?:\s*[：:]\s*(\p{Han}{2,4})|([^才员事工作人\P{Han}]\p{Han}{1,2}))$`)

// personWordRe is a person in charge written among an item's units
// (负责人为王刚同志, 责任人种业司长), and postOrNameRe a post or a person's
// name after it.
var (
	personWordRe = lazyRe(`^(?:负责人|责任人)(.+)$`)
	postOrNameRe = lazyRe(`^\p{Han}{2,4}同志$|^\p{Han}{1,6}(?:长|主任|书记)$`)
)

// contactRe is a contact's details among an item's units: 电话12345678,
// 手机13800000000, 邮箱…, 联系人王强 (a contact, no leader).
var contactRe = lazyRe(`^(?:联系人|联系电话|电话|手机|邮箱|传真|电子邮箱)\s*[：:]?\s*\S*$|[@＠]|\d{7,}`)

// labelledPersons moves the persons an item's text names with their label
// among its units (渔业局负责,…参与。负责人李健华,责任人崔利锋) from the
// owners to the leaders, listed.
func labelledPersons(t *Task) {
	if t.raw.cellLabels {
		// 区责任单位：… read from a cell: the label's level alone (区) is
		// no unit.
		bare := func(o string) bool { return levelOnlyRe.MatchString(o) && !strings.HasPrefix(o, "各") }
		t.Owners, t.Lead = slices.DeleteFunc(t.Owners, bare), slices.DeleteFunc(t.Lead, bare)
	}
	var persons, contacts []string
	t.Owners = slices.DeleteFunc(t.Owners, func(o string) bool {
		if m := labelledPersonRe.FindStringSubmatch(o); m != nil {
			persons = append(persons, m[1]+m[2])
			return true
		}
		if contactRe.MatchString(o) {
			contacts = append(contacts, o)
			return true
		}
		if m := personWordRe.FindStringSubmatch(o); m != nil {
			// 负责人才引进, 责任人种业司长, 负责人为王刚同志: the words of a
			// person in charge, no unit; a post or a name is a leader.
			contacts = append(contacts, o)
			if p := strings.TrimPrefix(m[1], "为"); postOrNameRe.MatchString(p) {
				persons = append(persons, p)
			}
			return true
		}
		return false
	})
	if len(contacts) > 0 {
		t.Lead = slices.DeleteFunc(t.Lead, contactRe.MatchString)
		t.review("owners", t.Line, i18n.F("正文在单位之后写了联系方式或负责的人（%s），不是责任单位，未列入；请核对", "the text gives contact details or persons in charge after the units (%s), no owners, left out: check them", strings.Join(contacts, "、")))
	}
	if len(persons) == 0 {
		return
	}
	t.Lead = slices.DeleteFunc(t.Lead, func(o string) bool { return labelledPersonRe.MatchString(o) })
	for _, p := range persons {
		addNew(&t.Leaders, p)
	}
	t.review("leaders", t.Line, i18n.F("正文在单位之后写了负责人或责任人（%s），已列为责任领导；请核对", "the text names persons in charge after the units (%s), made its leaders: check them", strings.Join(persons, "、")))
}

// parentLeadRe is an item's sentence over its sub-items naming who leads
// them all: 由市文化出版局牵头组织实施, 由大型活动部牵头组织.
var parentLeadRe = lazyRe(`由([^由，,。；;：:“”《》\s]{2,20}?)(?:负责)?牵头`)

// parentLead gives each sub-item the lead its item's own text names over
// them (1.开幕式 / 暂定于2026年7月下旬举行。由市文化局牵头组织实施。 / ①…由X
// 组织实施), and its one date where the sub-item names none, listed: the
// item is no task of its own, and what it says holds for its parts.
func (n *Notice) parentLead(t *Task) {
	if t.sub == 0 || t.Parent == "" {
		return
	}
	own := runSubjects(t.Title + "。" + t.Body)
	if len(t.Owners) == 0 && own == nil {
		return // 场地待定: no work given to anyone, no task
	}
	if m := parentLeadRe.FindStringSubmatch(t.Parent); m != nil && len(t.Lead) == 0 && unitNames(m[1]) {
		lead := readNames(m[1]).names
		var owners []string
		for _, u := range append(append(slices.Clone(lead), t.Owners...), own...) {
			addNew(&owners, u)
		}
		if len(t.Owners) == 0 {
			t.review("owners", t.Line, i18n.F("这一分项正文中写由“%s”去做，已读作责任单位；请核对", "the sub-item's text gives its work to %q, read as its owners: check them", strings.Join(own, "、")))
		}
		t.Owners, t.Lead = owners, lead
		t.Sources.Lead = From{Kind: FromInline, Line: t.Line}
		if t.Sources.Owners.Kind == 0 {
			t.Sources.Owners = t.Sources.Lead
		}
		t.review("lead", t.Line, i18n.F("这一分项所属的项写明由“%s”牵头，已作为这一分项的牵头单位；请核对", "the item this sub-item belongs to says %s leads it, made this sub-item's lead: check it", m[1]))
	}
	if f := findDates(t.Parent, years{n.Year, n.issued}); t.Due.IsZero() && t.raw.due.text == "" && len(f) == 1 {
		t.Due, t.Sources.Due = f[0].date, From{Kind: FromText, Line: t.Line}
		t.review("due", t.Line, i18n.F("这一分项没有写时间，已取所属的项写明的日期（%s）；请核对", "this sub-item names no time; the date its item names (%s) was taken: check it", f[0].date.Format("2006-01-02")))
	} else if m := leadInYearRe.FindStringSubmatch(t.Parent); t.Due.IsZero() && t.raw.due.text == "" && len(f) == 0 && m != nil &&
		len(findDates(t.Title+"。"+t.Body, years{n.Year, n.issued})) == 0 && !resultsLeadInRe.MatchString(t.Parent) {
		// 主要目标：到2025年,全市主要经济指标如下: the year the targets
		// under it are to be met in, its end.
		y := atoi(m[1])
		t.Due, t.Sources.Due = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), From{Kind: FromText, Line: t.Line}
		t.review("due", t.Line, i18n.F("这一分项没有写时间，所属的项写明目标到%d年，已按该年年底计作完成时限；请核对", "this sub-item names no time; its item sets the targets for %d, taken as that year's end: check it", y))
	}
}

// resultsLeadInRe is words opening a list of what a year achieved, no
// targets: 2023年主要指标完成情况如下.
var resultsLeadInRe = lazyRe(`完成情况|执行情况|实际完成|完成了`)

// leadInYearRe is the year the words opening a list of targets set them
// for: 到2025年,全市主要经济指标如下 / 力争到2025年, / 2023年, / 2024年主要
// 预期目标如下.
var leadInYearRe = lazyRe(`：(?:力争|确保)?(?:到|至)?\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*(?:[,，]|(?:的|度)?(?:全市|全县|全区|全省)?(?:经济社会发展)?(?:主要)?(?:预期)?(?:目标|指标))`)
