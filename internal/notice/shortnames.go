package notice

import (
	"strings"

	"tally/internal/i18n"
)

// Two kinds of owner are no unit as written, and before they went in
// silence. A department's field written alone, its body word shared with a
// name after it or left off (县发改、工信、商务局; 发改、财政、审计局; 公安、
// 交通部门): the corpus reads such a list as written (公安 stays 公安), and
// so does the import, but an office cannot chase 工信: it is listed. And a
// person's name among the units, of two characters or with a two-character
// surname (王刚, 欧阳建国), which no longer takes the place written before
// it either (县委组织部、王刚 is no 县委王刚).

// fieldStemRe is a department's field with no body word after it, at a
// level or none: 发改, 县工信, 市场监管, 人口计生, 省新闻出版.
var fieldStemRe = lazyRe(`^(?:(?:省|市|县|区|州|镇|乡)委?)?(?:组织|宣传|统战|政法|老干|网信|林草|史志|发改|发展改革|工信|经信|科技|教育|公安|民政|司法|财政|人社|人力社保|人力资源社会保障|自然资源|国土|国土资源|规划|生态环境|环保|住建|城建|建设|交通|交通运输|水利|水务|农业|农业农村|林业|商务|文旅|文化|旅游|广电|文广|文广旅|卫健|卫生|卫生健康|卫计|计生|人口计生|退役军人|应急|审计|国资|市场监管|工商|质监|食药监|统计|医保|税务|体育|城管|信访|气象|地震|粮食|新闻出版|档案|物价|安监|人防|金融|外事|侨务|民宗|宗教|商务经信|生态|环境)$`)

// hanOnlyRe is a name of Chinese characters alone.
var hanOnlyRe = lazyRe(`^\p{Han}+$`)

// compoundSurnames are the two-character family names a person's name of
// four characters opens with: 欧阳建国.
var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "公孙", "慕容", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "呼延"}

// notPersonRe is a body's or field's short name opening as a surname
// does: 武警, 林场, 金融, 高新, 石化.
var notPersonRe = lazyRe(`^(?:武警|林场|金融|高新|石化|方志|江海|海事|海关|邮政|电信|移动|联通|铁塔|供电|烟草|水文|石油|黄河|长江|林区|林站|马场)$`)

// personShaped says a name reads as a person's of two characters (王刚)
// or four with a two-character surname (欧阳建国), ending as no body,
// place or field does; personLikeName says it of three (张建国).
func personShaped(o string) bool {
	r := []rune(o)
	switch len(r) {
	case 2:
		if !strings.ContainsRune(surnames, r[0]) {
			return false
		}
	case 3, 4:
		if !hasCompoundSurname(o) {
			return false
		}
	default:
		return false
	}
	return hanOnlyRe.MatchString(o) && !bodyName(o) && !shortBodyRe.MatchString(o) && !townNameRe.MatchString(o) && !placeEndRe.MatchString(o) &&
		!Collective(o) && !deptKind(o) && !unitSuffixRe.MatchString(o) && !fieldStemRe.MatchString(o) && !notPersonRe.MatchString(o) && !strings.ContainsAny(o, "联协")
}

func hasCompoundSurname(o string) bool {
	for _, s := range compoundSurnames {
		if strings.HasPrefix(o, s) {
			return true
		}
	}
	return false
}

// joinedByHuiRe is two sections' names joined by 会, short for 会同:
// 宣传处会办公室.
var joinedByHuiRe = lazyRe(`^(\p{Han}{2,8}(?:处|局|厅|科|室|股|委|中心))会(?:同)?(\p{Han}{2,12})$`)

// notHuiRe opens words 会 begins that join no two bodies: 会计, 会展, 会议.
var notHuiRe = lazyRe(`^(?:计|展|议|员|商|谈|审|务|所|馆|堂|场)`)

// reviewShortNames lists the owners that are a field with no body word,
// two sections joined by 会 (宣传处会办公室), and those that read as a
// person's name of two or four characters.
func (t *Task) reviewShortNames() {
	for _, o := range t.Owners {
		if !strings.ContainsFunc(o, isHanRune) {
			// 100.0, 55.6: a table's figure read as a unit where the
			// header's columns did not line up with the rows'.
			for _, f := range fieldsOf(t, o) {
				t.review(f, t.Sources.Owners.Line, i18n.F("“%s”不是单位的名称（没有汉字）：可能是表格的列没有对齐，把别的列读成了单位；请核对",
					"%q is no unit's name (it holds no Chinese character): a table's columns may not line up, another column read as the units; check it", o))
			}
			continue
		}
		if fieldStemRe.MatchString(o) {
			for _, f := range fieldsOf(t, o) {
				t.review(f, t.Sources.Owners.Line, i18n.F("“%s”只写了部门的领域，没有写全单位的名称（可能与前后的名称共用“局”“委”“部门”等字）；请核对是哪个单位",
					"%q names a department's field, not the whole unit (it may share 局, 委 or 部门 with a name beside it); check which unit it is", o))
			}
		}
		if m := joinedByHuiRe.FindStringSubmatch(o); m != nil && (endsOrg(m[2]) || deptSectionRe.MatchString(m[2])) && (strings.Contains(o, "会同") || !notHuiRe.MatchString(m[2])) {
			for _, f := range fieldsOf(t, o) {
				t.review(f, t.Sources.Owners.Line, i18n.F("“%s”像是“%s”会同“%s”两个单位；请核对", "%q reads as two units, %q with (会同) %q; check it", o, m[1], m[2]))
			}
		}
		if personShaped(o) {
			for _, f := range fieldsOf(t, o) {
				t.review(f, t.Sources.Owners.Line, i18n.F("“%s”像是人名，不是单位；请核对（人员请写在 leaders 中）",
					"%q reads as a person's name, not a unit's; check it (persons belong in leaders)", o))
			}
		}
	}
}
