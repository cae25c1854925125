package notice

import (
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// A section headed as a division of duties (四、责任分工:, 三、职责分工) can
// give its items with the body first in running words, no label and no
// bracket: 1.由保洁公司负责组织…, 2.各包村干部、村干部,负责…, 3.乡村振兴办公室
// 做好…, 1、派出所负责…, 2、农服中心组织兽医站负责…. Under such a heading
// the opening words are the item's owners, listed: they may name a body
// short or persons by their role.

// sectionSubjectRe is an item's opening subject in a division of duties:
// 由X负责, X负责, X,负责, X做好, X承担.
var sectionSubjectRe = lazyRe(`^(?:由)?([^，,。；;：:“”《》\s]{2,30}?)\s*[，,]?\s*(?:负责|做好|承担)`)

// personRoleRe ends the name of persons by their role: 包村干部, 网格员.
var personRoleRe = lazyRe(`(?:干部|网格员|保洁员|联络员|信息员)$`)

// organizesRe is a body organizing another that does the work: 农服中心组织
// 兽医站.
var organizesRe = lazyRe(`^(\p{Han}{2,12}?)组织(\p{Han}{2,12})$`)

// sectionSubject is the owners an item's opening subject names, nil where
// any part is no body's name nor persons' role.
func sectionSubject(title string) []string {
	m := sectionSubjectRe.FindStringSubmatch(title)
	if m == nil {
		return nil
	}
	subject := m[1]
	if o := organizesRe.FindStringSubmatch(subject); o != nil && bodyName(o[1]) && bodyName(o[2]) {
		return []string{o[1], o[2]}
	}
	parts := splitTop(subject, "、")
	for _, p := range parts {
		if !(bodyName(p) || personRoleRe.MatchString(p)) || oddNameRe.MatchString(p) || generalDeptRe.MatchString(p) && !Collective(p) {
			return nil
		}
	}
	return parts
}

// sectionDutySubjects reads the owners of the items that name no one in a
// section headed as a division of duties from their opening words, where
// two or more of its items so open.
func (n *Notice) sectionDutySubjects() {
	duty := map[string]bool{}
	for _, s := range n.Sections {
		duty[s.ID] = dutySectionRe.MatchString(strings.TrimRight(trimLine(s.Title), "：: "))
	}
	hits := map[string][]int{}
	for i, t := range n.Tasks {
		if duty[t.Section] && len(t.raw.resp) == 0 && len(t.Owners) == 0 && (sectionSubject(t.Title) != nil || titleBody(t) != "") {
			hits[t.Section] = append(hits[t.Section], i)
		}
	}
	for _, is := range hits {
		if titleBody(n.Tasks[is[0]]) != "" && n.setsUpGroup {
			// 成立县安全生产委员会 / 二、职责分工 / (一)县安委会办公室 / 负责日常
			// 工作: a group's members' standing duties, which the office,
			// not the import, calls tasks or not.
			continue
		}
		if len(is) < 2 && titleBody(n.Tasks[is[0]]) == "" {
			// One item so opening is no division; one titled by a body
			// alone over its 负责… under 责任分工 is (a page cut after it).
			continue
		}
		for _, i := range is {
			t := &n.Tasks[i]
			who := strings.Join(sectionSubject(t.Title), "、")
			if who == "" {
				who = titleBody(*t) // (一)党政办 / 负责策划宣传造势…
			}
			t.raw.resp = []piece{{who + "负责", t.Line, FromInline, ""}}
			t.review("owners", t.Line, i18n.F("这一项在“责任分工”一节中，开头写的是“%s”，已读作责任单位；请核对是哪个单位或哪些人",
				"the item stands in a division of duties and opens with %q; read as its owners: check which body or persons it means", who))
		}
	}
}

// setsUpGroupRe says a notice's head sets up a committee or a leading
// group (关于成立县安全生产委员会的通知, 调整…领导小组): a plan that sets one up
// in a section of its own (一、组织领导 / 成立…领导小组) is no such notice.
var setsUpGroupRe = lazyRe(`关于(?:成立|调整|组建)\S{0,30}?(?:领导小组|委员会|指挥部|工作专班|工作组)`)

// headOf is a text's first n characters.
func headOf(text string, n int) string {
	if r := []rune(text); len(r) > n {
		return string(r[:n])
	}
	return text
}

// titleBody is the body an item of a division of duties is titled by
// alone, its duties under it opening with 负责: (一)党政办 / 负责策划宣传
// 造势…; "" for any other item.
func titleBody(t Task) string {
	who := strings.TrimRight(strings.TrimSpace(t.Title), "。：:")
	if !bodyName(who) || utf8.RuneCountInString(who) > 10 || strings.ContainsAny(who, "，,；;、（）() ") || Collective(who) || !dutyOpenRe.MatchString(strings.TrimSpace(t.Body)) {
		return ""
	}
	return who
}

// bodyName says a name ends as a body's does, a station, a squad or a
// company named bare among them (派出所, 兽医站, 保洁公司).
func bodyName(p string) bool {
	return (endsOrg(p) || smallBodyRe.MatchString(p) || strings.HasSuffix(p, "公司")) && !roomRe.MatchString(p)
}
