package notice

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// The last look at every task's names, whichever rule read them. A rule
// that meets a style it was not written for reads its words as names: a
// duty word run into a unit's name (省财政厅主办), a person asked to
// coordinate (徐明金同志协调), the division a person answers by
// (按《市委工作要点》分工(蒋永根、俞福才)). No unit's or person's name is
// written so; each such name is listed, whatever the style, so that none
// is wrong in silence.

// workTailRe is a word of work at a unit's name's end: 主办, 承办, 协办,
// 协调, 督办, 抓总, 分管, 联系 (省财政厅主办: the body that leads, its 主办
// not read as the lead's mark).
var workTailRe = lazyRe(`\p{Han}{2,}(主办|承办|协办|协调|督办|抓总|分管|联系)$`)

// leadWordTailRe is such a word saying the unit leads the work.
var leadWordTailRe = lazyRe(`(主办|承办|牵头|抓总)$`)

// twoUnitsRe is two units' names run together, the second named with its
// place's level after the first's body: 城关街道办事处县域工业集中区,
// 区住建局区城管局 (a table's cell of two lines joined). A body's branch
// after it (国家统计局镇江调查队, 市公安局交警支队) ends as a branch does,
// and 市政府办公室 has no level after 政府.
var twoUnitsRe = lazyRe(`(?:局|委|办事处|政府|管委会|中心|公司)((?:省|市|县|区|州|镇|乡|街道)\p{Han}{2,12}(?:局|委|办|中心|政府|管委会|区|镇|乡|街道|公司|集团|办事处))$`)

// verticalRunRe is a national body's local branch run together with
// another body, before or after it.
var verticalRunRe = lazyRe(`\p{Han}(?:局|委|办|中心|政府)(?:国家税务总局|国家统计局|中国人民银行|人民银行|国家金融监督管理总局)|(?:调查队|中心支行|支行|分行|税务局|监管分局)(?:[省市县区]\p{Han}{1,10}|\p{Han}{2,10})(?:局|委|办|中心)$`)

// innerBodyEndRe is a word a body's or a place's name ends with, found
// inside a name: more than one before its end is several names run on.
var innerBodyEndRe = lazyRe(`局|委员会|办事处|管委会|中心|政府|[^城]镇|街道|度假区|开发区|宣传部|组织部|统战部`)

// personInNameRe is a person named among units: 徐明金同志协调, 李建飞同志.
var personInNameRe = lazyRe(`^\p{Han}{2,4}同志`)

// leaderOddRe is what no person's name, nor a post's, holds: a bracket,
// a stop (not 、: 市委常委、常务副市长 张三 is one person), a digit or a
// letter, a work's word (按…分工, 负责 not that of 主要负责同志, 牵头, 协调).
var leaderOddRe = lazyRe(`[《》()（）\[\]【】〔〕，,。；;：:0-9A-Za-z]|按|分工|牵头|配合|协调|负责(?:[^同人]|$)`)

// personLabelRe is a label naming persons by their post in a task's
// responsibility text, and its value: 牵头领导：, 责任秘书长：, 包保县长：
// (项目责任人, a person inside the unit, is no leader.)
var personLabelRe = lazyRe(`(\p{Han}{0,6}(?:领导|秘书长|[省市县区镇乡旗]长|书记|主任))\s*[：:]\s*([^，,；;。：:（）()]+)`)

// reviewShapes lists the names no unit's or person's name is like, and
// persons a task's responsibility text names by a label that were not
// read as its leaders.
func (n *Notice) reviewShapes() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		t.reviewPersonLabels()
		t.reviewMasked() // maskednames.go
		for _, o := range t.Owners {
			switch {
			case personInNameRe.MatchString(o):
				t.reviewOnce("owners", t.Sources.Owners.Line, i18n.F("“%s”写的是一个人，不是单位：这个人可能是这项任务的责任领导；请核对责任单位和责任领导",
					"%q names a person, not a unit: the person may be the task's leader; check its owners and leaders", o))
				t.reviewOnce("leaders", t.Sources.Owners.Line, i18n.F("责任单位中的“%s”写的是一个人：可能是这项任务的责任领导；请核对",
					"%q among the owners names a person, who may be the task's leader; check the leaders", o))
			case bracketTailRe.MatchString(o) && !bracketOfParts(bracketTailRe.FindString(o)):
				// 县农业农村局(张明): a note in brackets after the unit, a
				// person or a contact, no part of its name.
				t.reviewOnce("owners", t.Sources.Owners.Line, i18n.F("“%s”的括号中写的像是人名或备注，不是单位名称的一部分；请核对责任单位（人名可能是责任领导）",
					"the brackets of %q seem to hold a person or a note, no part of the unit's name; check the owners (a person may be the leader)", o))
			case twoUnitsRe.MatchString(o):
				m := twoUnitsRe.FindStringSubmatch(o)
				t.reviewOnce("owners", t.Sources.Owners.Line, i18n.F("“%s”像是两个单位连在了一起（后一个是“%s”）；请核对",
					"%q reads as two units run together (the second %q); check it", o, m[1]))
			case verticalRunRe.MatchString(o) && !verticalBranchRe.MatchString(o):
				// 县统计局国家统计局某某调查队, 中国人民银行某某中心支行县金融办:
				// a national body's branch run together with another.
				t.reviewOnce("owners", t.Sources.Owners.Line, i18n.F("“%s”像是几个单位连在了一起，中间没有分隔；请核对",
					"%q reads as several units run together with no mark between them; check it", o))
			case utf8.RuneCountInString(o) >= 16 && len(innerBodyEndRe.FindAllStringIndex(o[:len(o)-len(lastRune(o))], -1)) >= 2:
				// 区文广旅游体育局钱江世纪城湘湖国家旅游度假区瓜沥镇临浦镇:
				// a cell of units run on with no mark between them.
				t.reviewOnce("owners", t.Sources.Owners.Line, i18n.F("“%s”像是几个单位连在了一起，中间没有分隔；请核对",
					"%q reads as several units run together with no mark between them; check it", o))
			case workTailRe.MatchString(o):
				m := workTailRe.FindStringSubmatch(o)
				t.reviewOnce("owners", t.Sources.Owners.Line, i18n.F("“%s”不像一个单位的名称（末尾是“%s”，说的是做什么，不是单位）；请核对",
					"%q does not read as a unit's name (it ends in %q, a word of what it does); check it", o, m[1]))
				if leadWordTailRe.MatchString(m[1]) && !slices.Contains(t.Lead, strings.TrimSuffix(o, m[1])) {
					t.reviewOnce("lead", t.Sources.Owners.Line, i18n.F("“%s”说这个单位牵头，但没有读作牵头单位；请核对",
						"%q says the unit leads, but it was not read as the lead; check it", o))
				}
			}
		}
		if title := strings.TrimRight(trimLine(t.Title), "。；;"); t.Body == "" && strings.Contains(title, "、") && unitList(title) && unitNames(title) && !strings.ContainsAny(title, "，,") {
			// 区发改委、统计局 as a task's whole text: a table's row whose
			// cells slid, a unit cell standing where the work would.
			t.reviewOnce("owners", t.Line, i18n.F("这一项的文字只是单位名称（%s），不像一项工作：可能是表格的行没有对齐；请按原件核对这一项的内容和责任单位",
				"the item's whole text is units' names (%s), no work: a table's row may not have lined up; check its text and owners against the original", title))
		}
		for _, p := range t.Leaders {
			if m := leaderOddRe.FindString(p); m != "" {
				t.reviewOnce("leaders", t.Sources.Leaders.Line, i18n.F("责任领导“%s”不像一个人的姓名或职务（其中有“%s”）；请核对",
					"the leader %q does not read as a person's name or post (it holds %q); check it", p, m))
				break
			}
		}
	}
}

// reviewPersonLabels lists a task's leaders where its responsibility text
// names persons under a label (责任秘书长：李振峰) and not all of them were
// read as its leaders.
func (t *Task) reviewPersonLabels() {
	for _, p := range t.raw.resp {
		for _, m := range personLabelRe.FindAllStringSubmatchIndex(p.text, -1) {
			label, value := p.text[m[2]:m[3]], p.text[m[4]:m[5]]
			names := strings.FieldsFunc(value, func(r rune) bool { return strings.ContainsRune("、 \u3000", r) })
			if rest := strings.TrimSpace(p.text[m[5]:]); strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") {
				if len(names) > 1 {
					names = names[:len(names)-1] // the next label: 牵头领导：王明 责任单位：
				} else if len(names) == 1 {
					// 责任领导：张三完成时限：…: the next label run on to the
					// name, the lines of a card joined.
					names[0] = gluedLabelRe.ReplaceAllString(names[0], "")
				}
			}
			for _, who := range names {
				// A person's name, not words of how (按《…》分工) nor a body.
				who = strings.TrimSuffix(strings.TrimSpace(who), "同志")
				if who == "" || leaderOddRe.MatchString(who) || unitSuffixRe.MatchString(who) || strings.HasSuffix(who, "单位") || strings.HasSuffix(who, "部门") {
					continue
				}
				if !slices.ContainsFunc(t.Leaders, func(l string) bool { return strings.Contains(l, who) }) {
					t.reviewOnce("leaders", p.line, i18n.F("“%s：”写的“%s”没有读作这项任务的责任领导；请核对",
						"%q names %q, who was not read as a leader of the task; check the leaders", label, who))
					return
				}
			}
		}
	}
}

// gluedLabelRe is a label closing a name it was run on to: 张三完成时限.
var gluedLabelRe = lazyRe(`(?:` + respLabels + `)$`)

// reviewOnce lists a field for review unless it is listed already.
func (t *Task) reviewOnce(field string, line int, text i18n.Text) {
	if slices.ContainsFunc(t.Review, func(r Review) bool { return r.Field == field }) {
		return
	}
	t.review(field, line, text)
}
