package notice

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

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
// to do the work and the word that gives it (要, 应, 负责; 县文联在老干部
// 活动中心举办…: where it holds an event), after a time or
// a joining word the clause may open with (节日期间, 同时) and an inline
// number ((2)镇林业站要…). Words holding 要 or 应 that give no work (主要,
// 要求, 应急) are masked before it is matched (runMask). 将 is no such word:
// news and policies say what a body will do (县政府将给予…).
var runClauseRe = lazyRe(`^(?:同时|并且?|另外|此外|(?:\p{Han}{0,6}?)期间)?\s*(?:[（(]\d{1,2}[）)]|\d{1,2}\s*[.、．])?\s*由?([^，,。；;：:“”《》\s]{1,20}?)(?:要|应当|应|负责|做好|抓好|继续|切实|积极|在\p{Han}{2,16}?(?:举办|举行|开展|组织|搞))\S`)

// runMask hides, in a clause, the words holding 要, 应 or 负责 that give
// no one work, so that the subject runs on over them (县应急管理局要…, 各村
// 主要负责人要…); runUnmask writes them back.
var (
	runMask = strings.NewReplacer("组织部", "组\x05部", "主要", "主\x01", "重要", "重\x01", "只要", "只\x01", "要求", "\x01求",
		"应急", "\x02急", "应对", "\x02对", "应用", "\x02用", "相应", "相\x02", "响应", "响\x02", "供应", "供\x02", "适应", "适\x02",
		"对应", "对\x02", "反应", "反\x02", "效应", "效\x02", "负责人", "负\x03人", "负责同志", "负\x03同志")
	runUnmask = strings.NewReplacer("\x01", "要", "\x02", "应", "\x03", "责", "\x05", "织")
)

// runOpenClauseRe is a clause giving work to bodies named before an open
// tail: 街道宣教办、文体站、涵东派出所等部门要深化….
var runOpenClauseRe = lazyRe(`^\s*([^，,。；;：:“”《》\s]{2,60}?)等(?:有关|相关)?(?:部门|单位)(?:要|应当|应|负责)\S`)

// pastRe is a clause telling what was done: 举办了, 开展了, 已经完成.
var pastRe = lazyRe(`(?:举办|举行|开展|组织|完成|召开|主办|承办|联合|实施|建成|落实)了|已经|已于|圆满`)

// runByRe is a clause naming who answers for a thing with 由: 管护资金由
// 镇政府统筹解决, 由县住建局负责, 由宣传部、文化局联合在县影剧院举办….
var runByRe = lazyRe(`由([^，,。；;：:“”《》\s由]{1,20}?)(?:统筹|负责|牵头|联合|组织|主办|承办|举办|举行|提供|落实)`)

// runHelpRe is a clause naming who helps with the work: 宣传部配合,
// 市教育局、各县区教育局配合.
var runHelpRe = lazyRe(`^([^，,。；;：:“”《》\s]{2,30}?)(?:配合|协助|协办)$`)

// runCollectiveRe is a collective of places or units a township's plan
// gives work to, a place before it where only some are meant: 各村(居)委,
// 项目区各村(居)委, 各村(社区), 各村(社区)党组织书记, 各新闻单位, 各单位.
var runCollectiveRe = lazyRe(`^(?:\p{Han}{0,3}?[区县镇乡市])?各(?:村|社区|居委|乡镇|镇|街道|党支部|党组织|支部|协会|分会|\p{Han}{0,4}?(?:单位|学校))(?:[（(][\p{Han}、]{1,6}[）)])?\p{Han}{0,8}$`)

// eventFieldRe is an event plan's item that states one of its particulars,
// no work: 活动时间, 活动地点, 参赛对象, 活动主题.
var eventFieldRe = lazyRe(`^(?:活动|比赛|竞赛|晚会|演出)?(?:时间|地点|对象|主题|名称|内容|形式|规模|范围|参赛对象|参加对象|参加人员|参与人员|参赛人员)(?:及(?:时间|地点|人员|对象))?$`)

// runPostsRe is persons by their post in each of a collective of places,
// named as who is to do the work: 各村主要负责人, 各村(社区)党组织书记.
var runPostsRe = lazyRe(`^(?:\p{Han}{0,3}?[区县镇乡市])?各(?:村|社区|居委|乡镇|镇|街道)(?:[（(][\p{Han}、]{1,6}[）)])?(?:主要)?(?:负责人|负责同志|党组织书记|党支部书记|书记|主任)$`)

// runSchoolRe ends the name of a township's school or clinic, or of a
// people's organization, which its plan gives work to as it does its
// offices: 中心小学, 卫生院, 县文联.
var runSchoolRe = lazyRe(`\p{Han}(?:小学|中学|学校|幼儿园|卫生院|文联|科协|工商联|妇联|残联|团委)$`)

// runSelfRe is the township or its government written bare, as its own
// plan names it: 镇, 镇政府, 乡人民政府.
var runSelfRe = lazyRe(`^(?:本)?(?:镇|乡|街道)(?:人民)?(?:政府|办事处)?$`)

// runSendsRe says a text is no list of its own: it sends or explains
// another document that holds the list (《…》已经区政府同意,现印发给你们;
// 经县委常委会会议审议通过,现予以印发; …分工表(见附件); a reading of the
// notice, 解读, 起草说明), or it is a meeting's notice, a holiday's
// arrangement or a news report. Its numbered paragraphs are its requests
// or its news (各责任单位要增强全局意识, 区发展改革委要发挥牵头作用), no
// tasks.
var runSendsRe = lazyRe(runLetterSends + `|` + `以下简称“?《?通知》?”?|解读|起草说明|说明如下|[（(]见附件|会议时间|参会人员|参加人员|放假安排|放假时间|本报讯|日电|记者\p{Han}{2,3}[报摄]|` +
	`会议指出|会议强调|会议要求|出席会议|主持会议|会议召开|总结如下|关于表彰|关于表扬|同志们[，,：:]|[（(]\s*来源\s*[：:]`)

// runSummaryRe is a work summary's word at the head of a text (…年度工作
// 总结): a report, no list; deep in the text, an item may ask for one (12月
// 20日前报送年度普法工作总结).
var runSummaryRe = lazyRe(`工作总结`)

// runLetterSends is a letter's words sending what follows it (现将…印发给
// 你们): the list may be the letter's own items.
const runLetterSends = `现(?:将|予以?)?(?:印发|下发|转发)|(?:印发|下发|转发)给你们`

// runLetterSendsRe is runLetterSends alone.
var runLetterSendsRe = lazyRe(runLetterSends)

// runAttachedRe is a line naming the attachment a letter sends: 附件:…, 附件1.
var runAttachedRe = lazyRe(`(?m)^[\s\x{3000}\x{00a0}]*附件\s*[：:\d一二三四五六七八九]`)

// runGeneralRe is a collective of every unit a letter asks (各单位, 各参与
// 单位, 各责任单位): it names no one the item is for.
var runGeneralRe = lazyRe(`^各(?:参与|责任|牵头|成员|承办|协办|配合|级)?(?:单位|部门)`)

// runWordEndRe ends a subject read short of a word holding 要 or 应
// (重要, 只要): the clause names no one. An adverb before 要 (还要, 也要, 都要,
// 需要) is no part of the name (runAdverbRe).
var runWordEndRe = lazyRe(`(?:主|重|只|相|必|不)$`)

// runAdverbRe ends a subject with the adverb before its 要: 镇财政所需(要).
var runAdverbRe = lazyRe(`(?:需|还|也|都|均|必须|一定|具体|全面)$`)

// runPlaceRe is a clause's subject after the place it works in: 在文化活动点
// 公安局 (公安局要合理布置警力).
var runPlaceRe = lazyRe(`^在\p{Han}{1,12}?(?:点|处|内|外|场所|现场|区域|沿线|周边)(\p{Han}{2,12})$`)

// runLevelRe opens a body's name with its level or place, or a collective
// with 各: 县公安局, 镇卫生院, 各村.
var runLevelRe = lazyRe(`^(?:县|市|区|镇|乡|街道|村|各|盟|旗|州)`)

// runOddRe is a name that ends as a body's does but names a thing, or opens
// with a time or a purpose that is no part of a name: 产业布局, 元宵晚会,
// 教室, 我局, 今年….
var runOddRe = lazyRe(`(?:布局|格局|大局|全局|结局|开局|新局|破局|晚会|大会|例会|舞会|教室|会议室)$|^(?:我|本|今年|明年|当年|今后|当天|每|届时|活动|节日|为|在|对|从|自)`)

// runBareRe is a body's kind named bare: 党委, 政府, 中心, 办公室.
var runBareRe = lazyRe(`^(?:党委|党组|政府|中心|办公室|部门|单位|机关|领导小组|支部)$`)

// runSubject says a clause's subject names who is to do the work: a
// body's name, a collective of places or units that is not open (各相关
// 单位 names no one), or the township itself.
func runSubject(s string) bool {
	switch {
	case strings.ContainsAny(s, "（(）)") && strings.Count(s, "(")+strings.Count(s, "（") != strings.Count(s, ")")+strings.Count(s, "）"):
		return false // 市书房5个(县文旅局: words cut inside a bracket, no name
	case runPostsRe.MatchString(s):
		return true
	case runGeneralRe.MatchString(s) || runWordEndRe.MatchString(s) || strings.HasPrefix(s, "要求"):
		return false
	case runSelfRe.MatchString(s):
		return true
	case runOddRe.MatchString(s):
		return false
	case oddNameRe.MatchString(s) || openNameRe.MatchString(s) || strings.HasPrefix(s, "各种") || strings.HasPrefix(s, "各类") || strings.HasSuffix(s, "场所") || roomRe.MatchString(s):
		return false // 学校阅览室: a room, no office
	case runCollectiveRe.MatchString(s):
		return true
	case runBareRe.MatchString(s):
		return false // 党委, 政府, 办公室: which one, the words do not say
	}
	// A body's name opens with its level or place, or is short: 派出所,
	// 企管站, 农业办, 交警队.
	short := utf8.RuneCountInString(s) >= 2 && utf8.RuneCountInString(s) <= 6
	return (runLevelRe.MatchString(s) || short) && (bodyName(s) || runSchoolRe.MatchString(s) || runLevelRe.MatchString(s) && sectionOfficeRe.MatchString(s)) &&
		!generalDeptRe.MatchString(s) && !personRoleRe.MatchString(s)
}

// runSubjects is who an item's running text gives its work to, in order,
// each once.
func runSubjects(text string) []string {
	var out []string
	for _, sentence := range strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' || r == ';' }) {
		for _, clause := range strings.FieldsFunc(sentence, func(r rune) bool { return r == '，' || r == ',' }) {
			clause = runMask.Replace(strings.TrimSpace(clause))
			if pastRe.MatchString(clause) {
				continue // 县文联在…举办了书画展: what was done, no work given
			}
			if m := runClauseRe.FindStringSubmatch(clause); m != nil {
				s := runAdverbRe.ReplaceAllString(runUnmask.Replace(m[1]), "")
				if p := runPlaceRe.FindStringSubmatch(s); p != nil {
					s = p[1]
				}
				addNew(&out, runNames(s)...)
			}
			if m := runOpenClauseRe.FindStringSubmatch(clause); m != nil {
				// 街道宣教办、文体站、涵东派出所等部门要…: the bodies named
				// before an open tail (the owners are listed all the same).
				if names := runNamesWhole(runUnmask.Replace(m[1])); names != nil {
					addNew(&out, names...)
				} else if parts := splitTop(runUnmask.Replace(m[1]), "、"); len(parts) >= 3 && 3*countFunc(parts, runSubject) >= 2*len(parts) &&
					!slices.ContainsFunc(parts, func(p string) bool { return utf8.RuneCountInString(p) > 10 || strings.ContainsAny(p, "，,。") }) {
					// …、安监站、消防大队包涵东片等部门要…: bodies most of which
					// read as such; the owners are listed all the same.
					addNew(&out, parts...)
				}
			}
			for _, m := range runByRe.FindAllStringSubmatch(clause, -1) {
				addNew(&out, runNames(runUnmask.Replace(m[1]))...)
			}
			if m := runHelpRe.FindStringSubmatch(clause); m != nil && len(out) > 0 {
				// …由大型活动部组织实施,宣传部配合: who helps is an owner too.
				addNew(&out, runNames(runUnmask.Replace(m[1]))...)
			}
		}
	}
	return out
}

// runNames is the bodies a clause's subject names: each of several apart
// by 、 or 和 (城监队、公用事业办; 村建所、环卫公司和各村(社区)), or the
// subject whole where its parts are no bodies (区经济和信息化局); nil
// where it names no one. A time or a purpose before a body's name
// (活动当天县公安局, 为确保群众健康镇卫生院) is no part of it: the name is
// read from its level on.
func runNames(s string) []string {
	if strings.HasPrefix(s, "各") && endsOrg(s) && runLevelRe.MatchString(strings.TrimPrefix(s, "各")) && !strings.ContainsAny(s, "、和") {
		return []string{s} // 各县区分局: every one of them, 各 and all
	}
	if names := runNamesWhole(s); names != nil {
		return names
	}
	// Each place a level opens is tried once, left to right (no level
	// inside a tried suffix is tried again from it: the reading stays
	// linear in the subject's length).
	for i, r := range s {
		if i > 0 && strings.ContainsRune("县市区镇乡各", r) {
			if names := runNamesWhole(s[i:]); names != nil {
				return names
			}
		}
	}
	return nil
}

// runNamesWhole is runNames without a time or a purpose before the names.
func runNamesWhole(s string) []string {
	var parts []string
	for _, p := range splitTop(s, "、") {
		parts = append(parts, strings.Split(p, "和")...)
	}
	if len(parts) > 1 && slices.ContainsFunc(parts, runSubject) && !slices.ContainsFunc(parts, func(p string) bool { return !runSubject(p) && p != "各部门" && p != "各单位" }) {
		// (各社区、各部门要…: every department beside the communities, as
		// the text writes it; the owners are listed.)
		return parts
	}
	if runSubject(s) {
		return []string{s}
	}
	return nil
}

// runningSubjects reads, in a notice where no item names who answers by
// any other rule, the owners of each item from its running text; it says
// whether it read two or more items so, half of them or more, and then
// sets aside the items naming no one. A policy's articles naming a body
// here and there (临港地区管委会负责统筹…) are no such list.
func (n *Notice) runningSubjects() bool {
	found := make([][]string, len(n.Tasks))
	hits, fields := 0, 0
	for i, t := range n.Tasks {
		if found[i] = runSubjects(t.Title + "。" + t.Body); found[i] != nil {
			hits++
		} else if eventFieldRe.MatchString(strings.TrimSpace(t.Title)) {
			fields++ // 一、活动时间 / 2017年10月28日: the plan's particulars, no work
		}
	}
	if hits < 2 || 2*hits < len(n.Tasks)-fields {
		return false
	}
	if n.sends && (!n.sendsItems || hits < 3 || hits < len(n.Tasks)-fields) {
		// A letter sending a document (现将…印发给你们): its own points
		// naming a body here and there are no list; every item opening
		// with the body that does it is.
		return false
	}
	day, dayLine := n.eventDay(found)
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if found[i] == nil {
			continue
		}
		if !day.IsZero() && t.raw.due.text == "" && t.Due.IsZero() && len(findDates(t.Title+"。"+t.Body, years{n.Year, n.issued})) == 0 {
			// 一、活动时间 / 2017年10月28日 over 四、经费保障 / 各党支部应…:
			// the work is for the event, done by its day.
			t.Due, t.Sources.Due = day, From{Kind: FromText, Line: dayLine}
			t.review("due", dayLine, atF(n.At(dayLine), "活动在{at}写明的日期（%s）举行，已作为这一项的完成时限；请核对", "the event is held on the day given at {at} (%s), taken as this item's due date: check it", day.Format("2006-01-02")))
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

// eventTimeItemRe is an event plan's item giving its time: 活动时间, 比赛时间.
var eventTimeItemRe = lazyRe(`^(?:活动|比赛|竞赛|晚会|演出)?时间(?:及地点)?$`)

// eventDay is the one day an event plan's time item names with its year
// (一、活动时间 / 2017年10月28日), and its line; zero where it names none,
// or several, or a span.
func (n *Notice) eventDay(found [][]string) (time.Time, int) {
	for i, t := range n.Tasks {
		if found[i] != nil || !eventTimeItemRe.MatchString(strings.TrimSpace(t.Title)) {
			continue
		}
		text, line := strings.TrimSpace(t.Body), t.raw.last
		if text == "" {
			// Its date alone on the line under it, read as a date line
			// and left among the lines not placed.
			for _, l := range n.Unplaced {
				if l.N > t.Line && l.N <= t.Line+2 && strings.TrimSpace(l.Text) != "" {
					text, line = trimLine(l.Text), l.N
					break
				}
			}
		}
		dates := allDates(text, years{n.Year, n.issued})
		if len(dates) != 1 || !explicitYearRe.MatchString(text[dates[0].start:]) || spanWordRe.MatchString(text) {
			return time.Time{}, 0
		}
		return dates[0].date, line
	}
	return time.Time{}, 0
}

// countFunc counts the items of s for which f holds.
func countFunc(s []string, f func(string) bool) int {
	n := 0
	for _, v := range s {
		if f(v) {
			n++
		}
	}
	return n
}
