package notice

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// A unit's label can name the person who answers for the work after the
// unit, apart by a space or in brackets:
//
//	责任单位:县发改局 县财政局 张伟
//	责任单位:县发改局(张伟同志)
//
// Before, the whole was read as one owner, a person's name inside a
// unit's, and nothing was listed. Now the units are owners and the person
// a leader, as under a 责任人 label, both listed.

// ownerPersonRe is a unit followed by a person in brackets: 县发改局(张伟),
// 县发改局(张伟同志).
var ownerPersonRe = lazyRe(`^(\p{Han}{2,30}?)[（(](\p{Han}{2,4}?)(?:同志)?[）)]$`)

// ownerPersons splits off the persons named after units in an owner.
func (n *Notice) ownerPersons() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		var out []string
		saw := false // a person read after a unit already
		for _, o := range t.Owners {
			if unitPostRe.MatchString(o) || roleOnlyRe.MatchString(o) {
				// (由局长负责,10月底前完成): a post where a unit would stand,
				// a leader; no owner.
				addNew(&t.Leaders, o)
				t.Sources.Leaders = t.Sources.Owners
				t.Lead = slices.DeleteFunc(t.Lead, func(l string) bool { return l == o })
				t.review("leaders", t.Sources.Owners.Line, i18n.F("“%s”写在责任单位中，是职务，不是单位，已列为责任领导（leaders）；请写上姓名，并补上责任单位", "%q stands among the owners and is a post, not a unit; made a leader: write the person's name, and add the owners", o))
				t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”是职务，不是单位，未列为责任单位；请补上责任单位", "%q is a post, not a unit, and was not made an owner; add the owners", o))
				continue
			}
			if postedPerson(o) {
				// 副县长王刚, 副县长 王刚 among the owners (a column of units
				// that also names the leader): a leader, as written; no owner.
				addNew(&t.Leaders, o)
				t.Sources.Leaders = t.Sources.Owners
				t.Lead = slices.DeleteFunc(t.Lead, func(l string) bool { return l == o })
				t.review("leaders", t.Sources.Owners.Line, i18n.F("“%s”写在责任单位中，是领导的职务和姓名，已列为责任领导（leaders），未列为责任单位；请核对", "%q stands among the owners and names a leader's post and name: made a leader, not an owner; check it", o))
				continue
			}
			m := unitPostNameRe.FindStringSubmatch(o)
			if h := unitNamePostRe.FindStringSubmatch(o); h != nil && isPersonName(h[2]) {
				m = []string{o, h[1], h[3], h[2]} // 县农业农村局张华局长
			}
			if m != nil && (endsOrg(m[1]) || bodyName(m[1]) || bankRe.MatchString(m[1]) || schoolNameRe.MatchString(m[1])) && !Collective(m[1]) && !strings.HasPrefix(m[1], "各") && (m[3] == "" || isPersonName(m[3])) {
				// 县教育局局长, 县林业局局长张军: the unit's post (and its
				// holder), a leader as written; the unit an owner. (Every
				// unit's post, 各村(社区)党组织书记, stays an owner as the
				// corpus reads it, listed by reviewNames.)
				addNew(&t.Leaders, o)
				t.Sources.Leaders = t.Sources.Owners
				if k := slices.Index(t.Lead, o); k >= 0 {
					t.Lead[k] = m[1]
				}
				addNew(&out, m[1])
				t.review("leaders", t.Sources.Owners.Line, i18n.F("“%s”写在责任单位中，是单位的职务（负责人），已列为责任领导（leaders），“%s”列为责任单位；请核对", "%q stands among the owners and names a unit's post (its head): made a leader, and %q an owner; check them", o, m[1]))
				t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”写在责任单位中，是单位的职务（负责人），已列为责任领导（leaders），“%s”列为责任单位；请核对", "%q stands among the owners and names a unit's post (its head): made a leader, and %q an owner; check them", o, m[1]))
				continue
			}
			units, persons := unitsThenPerson(o)
			if p := strings.TrimSuffix(o, "同志"); persons == nil && isPersonName(p) && (saw || p != o) {
				// 县住建局 张伟、李明同志: the second person, apart by 、.
				if !slices.Contains(t.Leaders, p) {
					t.Leaders = append(t.Leaders, p)
					t.Sources.Leaders = t.Sources.Owners
				}
				t.review("leaders", t.Sources.Owners.Line, i18n.F("“%s”写在责任单位中，像是人名，已列为责任领导（leaders）；请核对是否是领导", "%q stands among the owners and reads as a person's name, made a leader; check that it is one", o))
				continue
			}
			if persons == nil {
				out = append(out, o)
				continue
			}
			saw = true
			person := strings.Join(persons, "、")
			for _, u := range units {
				if !slices.Contains(out, u) {
					out = append(out, u)
				}
			}
			if k := slices.Index(t.Lead, o); k >= 0 {
				t.Lead = slices.Replace(t.Lead, k, k+1, units[0])
			}
			for _, p := range persons {
				if !slices.Contains(t.Leaders, p) {
					t.Leaders = append(t.Leaders, p)
					t.Sources.Leaders = t.Sources.Owners
				}
			}
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”中的“%s”像是人名，不是单位：责任单位读作“%s”，“%s”已列为责任领导（leaders）；请核对",
				"%q holds %q, a person's name rather than a unit's: the owners were read as %q and %[2]q made a leader; check them", o, person, strings.Join(units, "、"), person))
			t.review("leaders", t.Sources.Owners.Line, i18n.F("“%s”写在责任单位之后，已列为责任领导（leaders）；请核对是否是领导", "%q is named after the owners and was made a leader; check that it is one", person))
		}
		t.Owners = out
	}
}

// unitsThenPerson reads an owner as units and the persons named with them,
// the pieces apart by spaces each a unit's name or a person's (县发改局 县财政局
// 张伟, 县住建局 张伟 李明, 县文旅局 王伟同志, 县文旅局 王伟 县体育中心 李强), or a
// unit with a person in brackets (县发改局(张伟同志), 县应急局(刘洋同志)
// 县发改局(陈刚同志)). It gives no persons where the owner is no such one.
func unitsThenPerson(o string) (units, persons []string) {
	f := strings.Fields(o)
	for k := 0; k < len(f); k++ {
		p := f[k]
		switch m := ownerPersonRe.FindStringSubmatch(p); {
		case unitPostRe.MatchString(p) && k+1 < len(f) && isPersonName(strings.TrimSuffix(f[k+1], "同志")):
			// 县大数据局 局长 赵刚: the unit's post and its holder, one
			// person as written.
			persons = append(persons, p+" "+strings.TrimSuffix(f[k+1], "同志"))
			k++
		case isPersonName(strings.TrimSuffix(p, "同志")):
			persons = append(persons, strings.TrimSuffix(p, "同志"))
		case m != nil && isPersonName(m[2]) && spacedUnitRe.MatchString(m[1]):
			units = append(units, m[1])
			persons = append(persons, m[2])
		case spacedUnitRe.MatchString(p):
			units = append(units, p)
		default:
			return nil, nil
		}
	}
	if len(units) == 0 || len(persons) == 0 {
		return nil, nil
	}
	return units, persons
}

// unitPostNameRe is a unit's name with its post after it, and the
// post's holder or none: 县教育局局长, 县卫健委主任, 各乡镇乡镇长, 县林业局
// 局长张军.
var unitPostNameRe = lazyRe(`^((?:\p{Han}|[（(][^（()）]{1,8}[）)]){2,20}?)((?:分管|主管|常务)?副?(?:局长|主任|书记|部长|科长|所长|站长|院长|校长|董事长|总经理|大队长|中队长|队长|乡镇长|[县区镇乡市]长))(\p{Han}{2,3})?$`)

// schoolNameRe is a school's short name: 县一中, 实验小学.
var schoolNameRe = lazyRe(`(?:[一二三四五六七八九十]中|小学|中学|学校|幼儿园)$`)

// unitNamePostRe is a unit's name, then a person's and the post after it:
// 县农业农村局张华局长.
var unitNamePostRe = lazyRe(`^(\p{Han}{2,20}?(?:局|委|办|院|中心|站|所|部|厅|政府))(\p{Han}{2,3})((?:分管|主管|常务)?副?(?:局长|主任|书记|部长|科长|所长|站长|院长|校长|[县区镇乡市]长))$`)

// unitPostRe is a post in a unit, before its holder's name: 局长, 分管副局长.
var unitPostRe = lazyRe(`^(?:分管|主管|常务)?(?:副)?(?:局长|主任|书记|部长|科长|所长|站长|院长|校长|乡镇长|[县区镇乡市]长)$|^(?:[省市县区]委)?常委$|^[^县市区省州镇乡局\s]\p{Han}{0,2}[^局科\s][局科]长$`)

// isPersonName says a name reads as a person's of two, three or four
// characters.
func isPersonName(s string) bool { return personShaped(s) || personLikeName(s) }

// personDoerRe is a clause of an item's text naming the person who
// carries the work out, after the unit answering for it: 由县文旅局负责,
// 张三同志具体负责; 副局长李四具体负责; 王五同志具体抓落实. The name is
// group 2, a post before it group 1.
var personDoerRe = lazyRe(`(?:^|[，,。；;])\s*由?((?:副?[县市区镇乡]?(?:长|局长|主任|书记|部长|委员))?)(\p{Han}{2,4}?)(?:同志)?(?:具体|亲自|全面)(?:负责|抓落实|落实|牵头)`)

// postDoerRe is a clause naming the post that carries an item out where a
// person would be named: 分管副镇长具体负责, 由局长亲自抓落实.
var postDoerRe = lazyRe(`(?:^|[，,。；;])\s*由?(` + leadPost + `)(?:同志)?(?:具体|亲自)(?:负责|抓落实|落实)`)

// leadPost is a post an item's text may give its work to: 县长, 分管副县长,
// 党组书记, 纪检组长.
const leadPost = `(?:党组|党委|党工委|纪检|纪委|[省市县区镇乡]委)?(?:分管|主管|常务)?副?(?:[省市县区镇乡]长|局长|主任|书记|校长|院长|组长|常委)`

// namePostLeadRe is a clause giving an item's work to a person named
// before the post: 由王强副县长牵头.
var namePostLeadRe = lazyRe(`(?:^|[，,。；;]|项工作|项任务)\s*由(\p{Han}{2,3}?)((?:常务)?副?(?:[省市县区镇乡]长|书记|主任|局长))(?:同志)?(?:牵头|负总责|负责)`)

// personLeadRe is a clause giving an item's work to a person named alone:
// 由王强牵头, 由刘志刚同志负责.
var personLeadRe = lazyRe(`(?:^|[，,。；;]|项工作|项任务)\s*由((?:\p{Han}{2,4}、){0,3}\p{Han}{2,4}?)(?:同志)?(?:牵头|负总责|负责)`)

// postLeadRe is a clause naming a post, and its holder or none, as
// leading an item's work: 由县长牵头负责, 由县委常委、常务副县长王明牵头负责.
// The post is group 1 (its last, where the holder has several), the
// name group 2; posts before it group 3 (由县委书记、县长共同牵头), and
// one alone may answer for the work (由局长负责).
var postLeadRe = lazyRe(`(?:^|[，,。；;]|项工作|项任务)\s*由((?:` + leadPost + `[、，,])*)(` + leadPost + `)(\p{Han}{2,3}?)??(?:同志)?(?:共同)?(?:牵头|负总责|负责)`)

// overseerRe is a clause naming the leaders who oversee an item's work,
// after it: ,副县长王明督办; ,副县长王明、县长助理刘洋督办; ,由副县长赵刚督办;
// ,副县长王明负责督导.
var overseerRe = lazyRe(`[，,]\s*由?(\p{Han}[\p{Han} \x{3000}]{2,12}?(?:、\p{Han}[\p{Han} \x{3000}]{2,12}?){0,3})(?:负责)?(?:督办|督导|督促落实|牵头督办)(?:[。；;，,]|$)`)

// leadPostsRe is posts alone, one or several, before a post leading the
// work: 县委书记、.
var leadPostsRe = lazyRe(`^(?:` + leadPost + `[、，,])+$`)

// textLeaders reads the persons an item's text names as carrying its work
// out where no label or heading names its leaders: they are its leaders,
// listed.
func (n *Notice) textLeaders() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		var found []string
		for _, m := range postDoerRe.FindAllStringSubmatch(t.Title+"。"+t.Body, -1) {
			if !slices.Contains(found, m[1]) {
				found = append(found, m[1]) // 分管副镇长具体负责: a post, listed as one
			}
		}
		for _, m := range postLeadRe.FindAllStringSubmatch(t.Title+"。"+t.Body, -1) {
			// 由常务副县长王明牵头: the post and its holder as written.
			m = []string{m[0], m[2], m[3], m[1]}
			if m[2] != "" && !isPersonName(m[2]) {
				continue
			}
			if m[2] == "" && leadPostsRe.MatchString(m[3]) {
				for _, p := range strings.FieldsFunc(m[3], func(r rune) bool { return strings.ContainsRune("、，,", r) }) {
					addNew(&found, p) // 由县委书记、县长共同牵头: each post
				}
			}
			if p := m[1] + m[2]; !slices.Contains(found, p) {
				found = append(found, p)
			}
		}
		for _, m := range namePostLeadRe.FindAllStringSubmatch(t.Title+"。"+t.Body, -1) {
			// 由王强副县长牵头: a person and the post after the name.
			if isPersonName(m[1]) && !bodyName(m[1]) {
				addNew(&found, m[1]+m[2])
			}
		}
		for _, m := range personLeadRe.FindAllStringSubmatch(t.Title+"。"+t.Body, -1) {
			// 由王强牵头,县林业局具体负责; 由张伟、李娜负责: persons named
			// alone.
			names := strings.Split(m[1], "、")
			if slices.ContainsFunc(names, func(p string) bool { return !isPersonName(p) || bodyName(p) || slices.Contains(t.Owners, p) }) {
				continue
			}
			for _, p := range names {
				addNew(&found, p)
			}
		}
		for _, m := range personDoerRe.FindAllStringSubmatch(t.Title+"。"+t.Body, -1) {
			// A person is written as the notice writes it, with
			// the post before the name (副局长李四).
			if p := m[1] + m[2]; isPersonName(m[2]) && !slices.Contains(found, p) {
				found = append(found, p)
			}
		}
		var overseen []string
		for _, m := range overseerRe.FindAllStringSubmatch(t.Title+"。"+t.Body, -1) {
			// …完成校舍排查,副县长王明督办: the leaders who oversee the work.
			names := strings.Split(m[1], "、")
			if !slices.ContainsFunc(names, func(p string) bool { return !postedPerson(p) && !unitHeadNamed(squeezeSpace(p)) }) {
				overseen = append(overseen, names...)
			}
		}
		overseen = slices.DeleteFunc(overseen, func(p string) bool { return slices.Contains(t.Leaders, p) || slices.Contains(found, p) })
		if len(overseen) > 0 {
			if len(t.Leaders) == 0 && len(found) == 0 {
				t.Sources.Leaders = From{Kind: FromInline, Line: t.Line}
			}
			t.Leaders = append(t.Leaders, overseen...)
			t.review("leaders", t.Line, i18n.F("这一项的文字写明由“%s”督办，已列为责任领导（leaders）；请核对", "the item's text says %q oversees the work, made its leaders: check it", strings.Join(overseen, "、")))
		}
		// Beside a label's leaders (责任领导:副市长王明) the text's own
		// (由市长牵头负责) are added, each not named there already.
		found = slices.DeleteFunc(found, func(p string) bool {
			// (市长 is no 副市长李建华; 常务副市长张志刚 is 张志刚.)
			return slices.ContainsFunc(t.Leaders, func(l string) bool {
				return l == p || utf8.RuneCountInString(l) >= 3 && utf8.RuneCountInString(p) >= 3 && (strings.HasSuffix(l, p) || strings.HasSuffix(p, l))
			})
		})
		if len(found) == 0 {
			continue
		}
		if len(t.Leaders) == 0 {
			t.Sources.Leaders = From{Kind: FromInline, Line: t.Line}
			// (The note that the text names who does it and no leader was
			// read, made before, holds no more.)
			t.Review = slices.DeleteFunc(t.Review, func(r Review) bool {
				return r.Field == "leaders" && strings.Contains(r.Text.En, "and no leader was read")
			})
		}
		t.Leaders = append(t.Leaders, found...)
		t.review("leaders", t.Line, i18n.F("这一项的文字写明由“%s”牵头或具体负责，已列为责任领导（leaders）；请核对是否是领导",
			"the item's text says %q leads or carries the work out, made its leaders: check that they are", strings.Join(found, "、")))
	}
}
