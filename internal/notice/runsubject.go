package notice

import (
	"slices"
	"strings"

	"tally/internal/i18n"
)

// A township's or an event's plan often gives its numbered items with no
// label, bracket or column naming who answers: each says it in its
// running words, the body first and the duty after it (一、强化宣传力度。
// 各村(居)委应通过…; 2、县供电支公司要做好…; 同时,镇将建立…评比; 管护资金由
// 镇政府统筹解决). Where no item of a notice names its owners any other
// way, and two or more items so say who is to do their work, those items
// are the tasks: the bodies their sentences open with are their owners,
// each reading listed, and the items naming no one are no tasks (a
// plan's theme, its time, a leading group set up).

// runClauseRe is a clause of an item's running text that opens with who is
// to do the work and the word that gives it (要, 应, 将, 负责), after a
// time or a joining word the clause may open with (节日期间, 同时).
var runClauseRe = lazyRe(`^(?:同时|并且?|另外|此外|(?:\p{Han}{0,6}?)期间)?\s*([^，,。；;：:“”《》\s]{1,20}?)(?:要|应当|应|将|负责)\S`)

// runByRe is a clause naming who answers for a thing with 由: 管护资金由
// 镇政府统筹解决, 由县住建局负责.
var runByRe = lazyRe(`由([^，,。；;：:“”《》\s由]{1,20}?)(?:统筹|负责|牵头)`)

// runCollectiveRe is a collective of places or units a township's plan
// gives work to, a place before it where only some are meant: 各村(居)委,
// 项目区各村(居)委, 各村(社区), 各村(社区)党组织书记, 各新闻单位, 各单位.
var runCollectiveRe = lazyRe(`^\p{Han}{0,4}?各(?:村|社区|居委|乡镇|镇|街道|\p{Han}{0,4}?单位)(?:[（(][\p{Han}、]{1,6}[）)])?\p{Han}{0,8}$`)

// runSelfRe is the township or its government written bare, as its own
// plan names it: 镇, 镇政府, 乡人民政府.
var runSelfRe = lazyRe(`^(?:本)?(?:镇|乡|街道)(?:人民)?(?:政府|办事处)?$`)

// runSendsRe says a text sends or explains another document that holds
// the list (《…》已经区政府同意,现印发给你们; a reading of the notice that
// calls it 《通知》): its numbered paragraphs are its requests about that
// list (各责任单位要增强全局意识, 区发展改革委要发挥牵头作用), no tasks.
var runSendsRe = lazyRe(`现(?:将|予)?印发|印发给你们|已经\S{0,12}?同意|以下简称“?《?通知》?”?|政策解读`)

// runGeneralRe is a collective of every unit a letter asks (各单位, 各参与
// 单位, 各责任单位): it names no one the item is for.
var runGeneralRe = lazyRe(`^各(?:参与|责任|牵头|成员|承办|协办|配合|级)?(?:单位|部门)`)

// runWordEndRe ends a subject read short of a word holding 要 or 应
// (主要, 需要, 重要, 只要, 相应): the clause names no one.
var runWordEndRe = lazyRe(`(?:主|需|重|只|相|必|不|还|也|都)$`)

// runPlaceRe is a clause's subject after the place it works in: 在文化活动点
// 公安局 (公安局要合理布置警力).
var runPlaceRe = lazyRe(`^在\p{Han}{1,12}?(?:点|处|内|外|场所|现场|区域|沿线|周边)(\p{Han}{2,12})$`)

// runSubject says a clause's subject names who is to do the work: a
// body's name, a collective of places or units that is not open (各相关
// 单位 names no one), or the township itself.
func runSubject(s string) bool {
	switch {
	case runGeneralRe.MatchString(s) || runWordEndRe.MatchString(s) || strings.HasPrefix(s, "要求"):
		return false
	case oddNameRe.MatchString(s) || openNameRe.MatchString(s) || strings.HasPrefix(s, "各种") || strings.HasPrefix(s, "各类") || strings.HasSuffix(s, "场所"):
		return false
	case runSelfRe.MatchString(s) || runCollectiveRe.MatchString(s):
		return true
	}
	return bodyName(s) && !generalDeptRe.MatchString(s) && !personRoleRe.MatchString(s) && !slices.Contains(orgWords, s)
}

// runSubjects is who an item's running text gives its work to, in order,
// each once.
func runSubjects(text string) []string {
	var out []string
	for _, sentence := range strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' || r == ';' }) {
		for _, clause := range strings.FieldsFunc(sentence, func(r rune) bool { return r == '，' || r == ',' }) {
			clause = strings.TrimSpace(clause)
			if m := runClauseRe.FindStringSubmatch(clause); m != nil {
				s := m[1]
				if p := runPlaceRe.FindStringSubmatch(s); p != nil {
					s = p[1]
				}
				if runSubject(s) {
					addNew(&out, s)
				}
			}
			for _, m := range runByRe.FindAllStringSubmatch(clause, -1) {
				if runSubject(m[1]) {
					addNew(&out, m[1])
				}
			}
		}
	}
	return out
}

// runningSubjects reads, in a notice where no item names who answers by
// any other rule, the owners of each item from its running text; it says
// whether it read two or more items so, half of them or more, and then
// sets aside the items naming no one. A policy's articles naming a body
// here and there (临港地区管委会负责统筹…) are no such list.
func (n *Notice) runningSubjects() bool {
	if n.sends {
		return false
	}
	found := make([][]string, len(n.Tasks))
	hits := 0
	for i, t := range n.Tasks {
		if found[i] = runSubjects(t.Title + "。" + t.Body); found[i] != nil {
			hits++
		}
	}
	if hits < 2 || 2*hits < len(n.Tasks) {
		return false
	}
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if found[i] == nil {
			continue
		}
		who := strings.Join(found[i], "、")
		t.Owners = found[i]
		t.Sources.Owners = From{Kind: FromInline, Line: t.Line}
		t.Review = slices.DeleteFunc(t.Review, func(r Review) bool { return r.Field == "owners" && r.Text.Zh == noOwnersText.Zh })
		t.review("owners", t.Line, i18n.F("通知中没有标签、括号或表格列写明责任单位；这一项正文中写由“%s”去做，已读作责任单位；请核对",
			"no label, bracket or column of the notice names the owners; the item's text gives its work to %q, read as its owners: check them", who))
	}
	n.setAside(func(t Task) bool { return len(t.Owners) == 0 })
	return true
}
