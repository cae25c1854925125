package notice

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// A plan's division of duties by department gives each department its
// part of the work: one department an item (5.公安部门负责…), a paragraph
// with no number (人口计生部门要…), a label before its duties ((五)统计部门:
// 按照…) or a heading over numbered items ((二)公安部门 / 1、…). The
// departments are often kinds with no level or place (公安部门, 工商行政管理
// 部门, 建设(房管)部门): an office knows which it means, the import cannot,
// so each such reading is listed for review. So is an item that names who
// answers for its work only in its running text (…,由X全面负责…工作。).

// deptKindRe is a kind of department named with no level or place:
// 公安部门, 工商行政管理部门, 建设(房管)部门, 规划(测绘)部门, 公安机关.
var deptKindRe = lazyRe(`^\p{Han}{1,10}(?:[（(]\p{Han}{1,6}[）)])?\p{Han}{0,6}(?:部门|机关)$`)

// generalDeptRe is a kind of department that names no one: 有关部门,
// 职能部门, 主管部门, 各级党政机关.
var generalDeptRe = lazyRe(`^(?:各级?|全|本|所在|当地|基层|上级|下级|同级|其他|其它)|^(?:职能|主管|业务|行政|政府|党政|国家|执法|监管|责任|成员)(?:部门|机关)$`)

// deptKind says a name is a kind of department (公安部门, 公安机关).
func deptKind(s string) bool {
	return deptKindRe.MatchString(s) && !oddNameRe.MatchString(s) && !generalDeptRe.MatchString(s) && !strings.Contains(s, "各")
}

// dutySubjectRe opens an item or a paragraph with the departments it is
// about and the word that gives them the work: 公安部门负责…, 人口计生部门
// 要…, 统计部门: …, a comma between them or none (交通部门,负责…).
var dutySubjectRe = lazyRe(`^(“[^，,。；;：:“”《》\s]{2,20}”|[^，,。；;：:“”《》\s]{2,40}?)\s*(?:[，,]\s*)?(负责|要|应当|应|[：:])\s*(\S)`)

// sectionOfficeRe ends the name of an office's section, a township's
// 科 or 室: 街道经济发展科, 财务室, 计划生育科.
var sectionOfficeRe = lazyRe(`\p{Han}{2,}科$|(?:财务|办公|档案管理|综合)室$|\p{Han}+[^入参控持]股$`)

// bracketOfParts says a bracket after a body's name holds the parts it
// is made of or the work it stands for ((计划生育服务站、民政), (安全)), not
// a note on it: a person (张三), a contact, a post, a former name.
func bracketOfParts(b string) bool {
	inner := strings.Trim(strings.TrimSpace(b), "（）() ")
	if inner == "" || noteInBracketRe.MatchString(inner) {
		return false
	}
	for _, p := range splitTop(inner, "、") {
		if personNameRe.MatchString(p) && strings.ContainsRune(surnames, []rune(p)[0]) && !bodyName(p) && !townNameRe.MatchString(p) && !placeEndRe.MatchString(p) {
			return false
		}
	}
	return true
}

// placeEndRe ends a place's or a zone's name, which a surname may open:
// 高新区, 王庄村.
var placeEndRe = lazyRe(`(?:区|村|镇|乡|县|市|社区|街道|组|园)$`)

// noteInBracketRe is a note in brackets after a name: 联系人:李四, 所长王五,
// 另文通知, 原农技站, a telephone number.
var noteInBracketRe = lazyRe(`联系|[：:]|长|另文|另行|待定|通知|^原|电话|\d{3,}`)

// surnames are the commonest family names, for telling a person's name
// in brackets (张三) from a body's part (民政).
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// roomRe is a room, no office: 会议室, 实验室, 阅览室.
var roomRe = lazyRe(`(?:会议|实验|阅览|活动|教|值班|休息|接待|监控|储藏|医务|卫生|观察|隔离)室$`)

// bracketTailRe is a bracket closing a name: (计划生育服务站、民政).
var bracketTailRe = lazyRe(`[（(][^（()）]{1,24}[）)]\s*$`)

// dutyNames is the departments a duty's subject names, or nil where it
// names anything else: 规划部门和测绘部门 gives both, and 市政、城管部门,
// 部门 written once for two kinds, gives 市政部门 and 城管部门. Each is a
// kind of department or a body's name (政府电子政务办, 县民政局), none a
// collective or an open name.
func dutyNames(subject string) []string {
	if names := dutyNamesSplit(subject, true); names != nil {
		return names
	}
	return dutyNamesSplit(subject, false)
}

// dutyNamesSplit is dutyNames, splitting at 和 or not (a body's own name
// can hold it: 区经济信息化和科学技术局), and at 协同 (dutyJoinWords).
func dutyNamesSplit(subject string, and bool) []string {
	if utf8.RuneCountInString(subject) > 30 {
		return nil
	}
	var parts []string
	anded := map[int]bool{} // parts split at 和: 部门 is not theirs to share (人口和计生部门)
	for _, p := range dutyJoinWords(splitTop(subject, "、")) {
		if !and {
			parts = append(parts, p)
			continue
		}
		split := strings.Split(p, "和")
		for k := range split {
			anded[len(parts)+k] = len(split) > 1
		}
		parts = append(parts, split...)
	}
	last := parts[len(parts)-1]
	for i, p := range parts {
		if p == "" {
			return nil
		}
		if i < len(parts)-1 && !anded[i] && strings.HasSuffix(last, "部门") && !strings.HasSuffix(p, "部门") && !strings.HasSuffix(p, "机关") && !endsOrg(p) &&
			utf8.RuneCountInString(p) <= 6 {
			// 市政、城管部门: 部门 written once for both.
			parts[i] = p + "部门"
		}
	}
	for i, p := range parts {
		// 社会事务办(计划生育服务站、民政): a body with the parts it
		// holds in brackets after it is that body.
		core := strings.TrimSpace(bracketTailRe.ReplaceAllString(p, ""))
		if core != p && !bracketOfParts(p[len(core):]) {
			// 镇党政办(张三), 镇安监站(联系人:李四): a note on the body, no
			// part of its name.
			parts[i], p = core, core
		}
		body := (endsOrg(core) || bankBranchRe.MatchString(core) || mediaRe.MatchString(core) || unitSuffixRe.MatchString(core) || sectionOfficeRe.MatchString(core) || zoneNameRe.MatchString(core)) && !roomRe.MatchString(core) && !slices.Contains(orgWords, core) && !Collective(core) && !oddNameRe.MatchString(core) && !strings.Contains(core, "各") &&
			!generalDeptRe.MatchString(core) && utf8.RuneCountInString(p) <= 30 && (core == p || utf8.RuneCountInString(core) <= 20)
		if !deptKind(p) && !body && !placeBeforeGov(parts, i) && !countyPlace(parts) {
			return nil
		}
	}
	return parts
}

// placeBeforeGov says parts[i] is a county's or a district's name before
// a later part naming its 政府 (秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区
// 管委会: 政府 written once for the places before it), kept as written.
func placeBeforeGov(parts []string, i int) bool {
	p := parts[i]
	if !countyOrDistrictRe.MatchString(p) || strings.Contains(p, "各") || notDistrictRe.MatchString(p) {
		return false
	}
	for _, q := range parts[i+1:] {
		if strings.HasSuffix(q, "政府") && countyOrDistrictRe.MatchString(strings.TrimSuffix(strings.TrimSuffix(q, "人民政府"), "政府")) {
			return true
		}
	}
	return false
}

// countyPlace says every part names a county, a district or a county-level
// city alone (秭归县, 兴山县; 五峰土家族自治县、长阳土家族自治县): a division of
// duties among places, each place its government, kept as written.
func countyPlace(parts []string) bool {
	for _, p := range parts {
		if !countyOrDistrictRe.MatchString(p) && !autonomousCountyRe.MatchString(p) || strings.Contains(p, "各") || notDistrictRe.MatchString(p) {
			return false
		}
	}
	return len(parts) > 0
}

// notDistrictRe ends a place's name in 区 that is no district: a housing
// estate (蓝色港湾小区), a community, a park, a scenic area, a campus.
var notDistrictRe = lazyRe(`(?:小区|社区|园区|景区|城区|校区|厂区|矿区|营区|库区|片区|街区|辖区|山区|湖区|灾区|老区|市区|郊区|牧区|林区|垦区|示范区)$`)

// autonomousCountyRe is an autonomous county's name: 五峰土家族自治县.
var autonomousCountyRe = lazyRe(`^\p{Han}{2,12}自治[县旗]$`)

// countyOrDistrictRe is a county's, a district's or a county-level city's
// name: 秭归县, 夷陵区, 宜都市.
var countyOrDistrictRe = lazyRe(`^\p{Han}{1,5}[县区市旗]$`)

// dutySubject reads the departments that open a duty and says whether the
// subject is a label before a colon (统计部门: 按照…), whose text is the
// duty after it.
func dutySubject(text string) (names []string, label bool, rest string) {
	// 应 inside a word (应急办, 响应) gives no duty: masked by a character
	// of as many bytes, so that the match's places hold in text.
	m := dutySubjectRe.FindStringSubmatchIndex(yingMask.Replace(text))
	if m == nil {
		return nil, false, ""
	}
	verb := text[m[4]:m[5]]
	label = verb == ":" || verb == "："
	subject := text[m[2]:m[3]]
	if label {
		subject = dutyOfLabel(subject)
	} else if k := strings.LastIndex(subject, "由"); k > 0 && !strings.HasPrefix(subject[k:], "由于") && !strings.ContainsRune("自理缘", []rune(subject[:k])[len([]rune(subject[:k]))-1]) {
		// 义务植树活动由县农林局负责…: the work, then who does it.
		subject = subject[k+len("由"):]
	}
	if q := strings.TrimSuffix(strings.TrimPrefix(subject, "“"), "”"); len(q)+len("“”") == len(subject) {
		// (六)“三防办”:负责…: a body written in quotes, kept so.
		if names = dutyNames(q); len(names) != 1 {
			return nil, false, ""
		}
		return []string{subject}, label, strings.TrimSpace(text[m[6]:])
	}
	names = dutyNames(subject)
	if names == nil {
		return nil, false, ""
	}
	return names, label, strings.TrimSpace(text[m[6]:])
}

// dutySubjects reads the items that name no one where two or more of them
// open with the departments whose duty they are (5.公安部门负责…, 6.财政部门
// 负责…; (五)统计部门: 按照…): a division of duties by department, each
// such item the department's task, listed. A label's colon and the
// departments before it are no part of the task's title. One item so
// opening among others is no division of duties (四、市督考办要加大督查力度
// closing a letter).
func (n *Notice) dutySubjects() {
	type hit struct {
		i       int
		names   []string
		label   bool
		rest    string
		open    bool
		problem bool // a problem found at the body (光辉镇:一是未落实…), no duty
	}
	var hits []hit
	var weak []hit
	for i, t := range n.Tasks {
		if len(t.raw.resp) > 0 && !helpersOnly(t.raw.resp) && !otherLabelsOnly(t.raw.resp) || len(t.Owners) > 0 {
			// (经信委:牵头推广…(县科技局配合), 林业局:负责…;牵头单位:县应急
			// 管理局: a bracket naming only who helps, or a label only the
			// lead, leaves the duty's department to be read.)
			continue
		}
		if name, rest, ok := bodyProblem(t.Title); ok && n.problemSection(t.Section) {
			// 济民医院(老院区):预检分诊台未建立… under 一、存在的问题.
			hits = append(hits, hit{i, []string{name}, true, rest, false, true})
		} else if names, rest, open := levelDutyOpening(t.Title); names != nil {
			// 1、县级职责:县人口计生部门负责…: the level's label, then the
			// body and its duty; the label is no part of the title.
			hits = append(hits, hit{i, names, true, rest, open, false})
		} else if names, label, rest, open := dutyOpening(t.Title); names != nil {
			hits = append(hits, hit{i, names, label, rest, open, false})
		} else if c := levelDuty(t.Title); c != "" && n.dutySection(t.Section) {
			// (一)各市、区政府负责落实… under 二、职责分工.
			hits = append(hits, hit{i, []string{c}, false, "", false, false})
		} else if c, rest := levelLabelDuty(t.Title); c != "" && n.dutySection(t.Section) {
			// 各乡镇:负责… under 三、责任分工.
			hits = append(hits, hit{i, []string{c}, true, rest, false, false})
		} else if names, rest, open := otherMembersDuty(t.Title); names != nil {
			// 其他成员单位：按照各自职责…, 县直各单位：负责… among units'
			// duty lines.
			hits = append(hits, hit{i, names, true, rest, open, false})
		} else if names := nameAloneDuty(t); names != nil && !n.setsUpGroup {
			// 1、区住建局。排查生活污水直排污染源,…: the body's name alone,
			// a full stop, then its duty.
			hits = append(hits, hit{i, names, false, "", false, false})
		} else if names := dutyAnyVerb(t.Title); names != nil {
			weak = append(weak, hit{i, names, false, "", false, false})
		}
	}
	weakAt := make([]int, len(weak))
	for k, h := range weak {
		weakAt[k] = h.i
	}
	if len(hits) == 0 && n.sectionOfWeak(weakAt) {
		// 3.后勤处做好校园环境保洁…, 4.保卫处、后勤处加强门禁管理…, 5.教务处、
		// 信息化处安排好…: three or more items of one section, most of its
		// items, each opening with its offices and what they do.
		hits = weak
		weak = nil
	}
	if len(hits) < 2 && !(len(hits) == 1 && n.dutySection(n.Tasks[hits[0].i].Section)) {
		return
	}
	if len(hits) >= 2 {
		// 2.发改委对…列入…计划 among 1.财政部门负责…, 3.国土资源部门配合….
		hits = append(hits, weak...)
	}
	for _, h := range hits {
		t := &n.Tasks[h.i]
		who := strings.Join(h.names, "、")
		if h.open {
			who += "等部门"
		}
		helpers, labels := "", []piece(nil)
		if helpersOnly(t.raw.resp) {
			helpers = helperText(t.raw.resp)
		} else if otherLabelsOnly(t.raw.resp) {
			// 林业局:负责森林防火;牵头单位:县应急管理局。: the department's
			// duty, and the lead (or helpers) its labels name.
			labels = t.raw.resp
		}
		// (县发改局保障电煤供应,县交通运输局配合: the helpers too.)
		t.raw.resp = append([]piece{{who + "负责" + helpers + laterDoers(t.Title+"。"+t.Body), t.Line, FromInline, ""}}, labels...)
		if len(h.names) == 1 && !h.open && selfLeadRe.MatchString(t.Title+"。"+t.Body) {
			// 6.商务部门:负责…;按照…的原则牵头负责对市场内…的整治: the
			// department leads that work.
			t.raw.resp = append([]piece{{who + "牵头负责" + helpers, t.Line, FromInline, ""}}, labels...)
		}
		if h.label {
			t.Title = h.rest
		}
		if h.problem {
			t.review("owners", t.Line, i18n.F("这一项开头写的是在“%s”发现的问题，已把它读作整改的责任单位；请核对",
				"the item opens with a problem found at %q, read as the owner that puts it right: check it", who))
			continue
		}
		t.review("owners", t.Line, i18n.F("这一项开头写的是“%s”的职责（按部门分工），已读作责任单位；请核对是哪一级、哪个单位",
			"the item opens with the duties of %q (a division of duties by department); read as its owners: check which body it means", who))
	}
	n.labelledPeers(n.Tasks[hits[0].i].Section)
	n.dropGeneralRequests(n.Tasks[hits[0].i].Section)
}

// selfLeadRe is a clause of a department's duty saying, with no other
// name before it, that the department leads a piece of work: …;牵头负责
// 对小流动食品摊贩的卫生整治工作, …的原则牵头负责…. One naming who
// leads (牵头负责单位为教育部门) names another.
var selfLeadRe = lazyRe(`(?:^|[；;。，,：:]|原则)\s*牵头(?:负责|组织|做好|申报|推广|推进|开展|制定|编制|协调|实施|落实|审批|建立|印发|起草|拟定|修订|出台|完善|研究|统筹|推动|督促|督导|抓好|召开|举办|办理|谋划|健全|指导)(?:[^单部为是]|$)|^[^，,。；;]{2,16}?负责牵头(?:[、，,]|组织|协调|做好)`)

// generalRequestRe is an item's text asking every level or place in
// general to do something: 各级政府要加大保障力度…, 各地要….
var generalRequestRe = lazyRe(`^(?:各级|各地)[^，,。；;]{0,12}?(?:要|应)`)

// dropGeneralRequests takes out of a division of duties by department the
// items of its section that name no one and ask every level in general
// ((五)切实保障经费。各级政府要加大保障力度…): a safeguard of the notice, no
// task. Their lines are not placed.
func (n *Notice) dropGeneralRequests(section string) {
	n.setAside(func(t Task) bool {
		return t.Section == section && len(t.raw.resp) == 0 && len(t.Owners) == 0 &&
			(generalRequestRe.MatchString(t.Title) || generalRequestRe.MatchString(t.Body))
	})
}

// dutyParagraphs reads a text with no numbered item whose paragraphs, two
// or more, each open with the departments whose duty they are (公安机关要
// 制定…。 / 人口计生部门要…。): each such paragraph is a task, its
// departments the owners, listed.
//
// On a middle page whose numbered items follow such paragraphs ([接上页]
// 交通部门,负责…。 教育部门,负责…。 (七)严格目标考核。…), the paragraphs at
// the page's head are read alike (head): the division the page before
// began, its paragraphs the last lines before the first item.
func (w *walker) dutyParagraphs(head bool) {
	lines := append(slices.Clone(w.preamble), w.n.Unplaced...)
	if head {
		lines = slices.Clone(w.preamble)
	}
	var duties, labelled []Line
	byLabel := map[int]labelledLine{}
	strong := 0
	for _, l := range lines {
		t := trimLine(l.Text)
		if names, rest := labelledDuty(t); names != nil {
			// 人事科:抓好义务教育师资建设…: read only among three or
			// more such lines (时间:, 地点: open a line so too).
			labelled = append(labelled, l)
			byLabel[l.N] = labelledLine{names, rest}
			continue
		}
		if names, label, _, open := dutyOpening(t); names != nil && !label && (dutySentence(t) || open) {
			// X、Y等部门的职责是… says it is a duty though a page cut
			// its last stop.
			duties, strong = append(duties, l), strong+1
		} else if names, _ := unitSentence(t); names != nil {
			duties, strong = append(duties, l), strong+1
		} else if dutyAnyVerb(t) != nil && dutySentence(t) {
			// 要求财政部门落实…经费 among 要求卫生部门负责…, read only
			// among two or more duties read above.
			duties = append(duties, l)
		}
	}
	if len(labelled) >= labelledDutyMin && len(labelled) > len(duties) {
		duties, strong = append(duties, labelled...), strong+len(labelled)
	}
	if strong < 2 {
		return
	}
	in := map[int]bool{}
	for _, l := range duties {
		in[l.N] = true
	}
	if head {
		for _, l := range lines {
			if l.N > duties[0].N && !in[l.N] {
				return // the paragraphs are not the page's head before its items
			}
		}
	}
	before := len(w.n.Tasks)
	sort.SliceStable(duties, func(i, j int) bool { return duties[i].N < duties[j].N })
	for k, l := range duties {
		t := trimLine(l.Text)
		names, _, _, open := dutyOpening(t)
		if ll, ok := byLabel[l.N]; ok {
			names, t = ll.names, ll.rest
		}
		if names == nil {
			names = dutyAnyVerb(t)
		}
		names = laterDutyNames(t, names)
		if units, duty := unitSentence(t); units != nil {
			// 县环保局。负责…: the units a sentence of their own, the
			// duty after them the task's text.
			names, t = units, duty
		}
		task, who := w.paragraphTask(k+1, t, l.N, names, open)
		task.review("owners", l.N, atF(w.n.At(l.N), "{at}的段落没有编号，开头写的是“%s”的职责（按部门分工），已读作一项任务；请核对是哪一级、哪个单位",
			"the paragraph at {at} has no number and opens with the duties of %q (a division of duties by department); read as a task: check which body it means", who))
	}
	w.dropPlaced(in)
	if head && before > 0 {
		// The page's head first, then its numbered items; its paragraphs
		// are parts of the item before the first (六 before 七), whose
		// heading is on the page before.
		added := slices.Clone(w.n.Tasks[before:])
		for k := range added {
			added[k].Number, added[k].sub = w.n.Tasks[0].Number-1, k+1
		}
		w.n.Tasks = append(added, w.n.Tasks[:before]...)
	}
}

// labelledDutyMin is how many paragraphs with no number, each a body's
// name, a colon and its duties (办公室:把关…; 人事科:抓好…), make a division
// of duties by body.
const labelledDutyMin = 3

// levelDutyLabelRe is a label naming the level whose duties follow, before
// the body that bears them: 县级职责:, 乡(镇)级职责:.
var levelDutyLabelRe = lazyRe(`^(?:省|市|州|县|区|乡|镇|村|乡[（(]镇[）)]|县[（(]市、?区?[）)])级(?:部门)?(?:主要)?职责\s*[：:]\s*`)

// levelDutyOpening reads an item opening with a level's duty label, then
// the body and its duty (县级职责:县人口计生部门负责…): the body, and the
// item's title without the label. It gives no names for any other item.
func levelDutyOpening(title string) (names []string, rest string, open bool) {
	lv := levelDutyLabelRe.FindString(title)
	if lv == "" {
		return nil, "", false
	}
	names, label, rest, open := dutyOpening(title[len(lv):])
	if !label {
		rest = title[len(lv):]
	}
	return names, rest, open
}

// labelledLine is a paragraph giving a body's duties after its name and a
// colon: the names, and the duties.
type labelledLine struct {
	names []string
	rest  string
}

// labelledDutyRe is a paragraph opening with names and a colon: 人事科:….
var labelledDutyRe = lazyRe(`^([\p{Han}、]{2,24})\s*[：:]\s*(\S.*)$`)

// contactWordRe is a contact's particulars: 联系电话, 手机, 邮箱.
var contactWordRe = lazyRe(`电话|手机|联系人|联系方式|邮箱|传真|QQ|微信号`)

// labelledDuty reads a paragraph giving a body's duties after its name and
// a colon (办公室:把关…; 人事科:抓好…; 县委教育秘书组综合科:…): every name a
// body's, a sentence of work after the colon. It gives nil where the
// paragraph is no such one.
func labelledDuty(t string) ([]string, string) {
	m := labelledDutyRe.FindStringSubmatch(t)
	if m == nil || utf8.RuneCountInString(m[2]) < 8 || !strings.ContainsAny(m[2], "，,。；;、") || contactWordRe.MatchString(m[2]) ||
		isPersonName(strings.FieldsFunc(m[2], func(r rune) bool { return strings.ContainsRune("，,。；;、 ", r) })[0]) {
		// 县发改局:张伟,联系电话:138…: a list of contacts, no duties.
		return nil, ""
	}
	names := splitTop(m[1], "、")
	for _, o := range names {
		if !memberBody(o) && unitHeading(o) == nil && !sectionOfficeRe.MatchString(o) {
			return nil, ""
		}
	}
	return names, m[2]
}

// paragraphTask makes paragraph t, at line n and with no number of its
// own, the task numbered k, the bodies names (an open tail after them
// where open) answering for it; it returns the task and who answers, as
// written.
func (w *walker) paragraphTask(k int, t string, n int, names []string, open bool) (*Task, string) {
	w.startTask(k, t, n)
	w.finish()
	task := &w.n.Tasks[len(w.n.Tasks)-1]
	who := strings.Join(names, "、")
	if open {
		who += "等部门"
	}
	task.raw.resp = []piece{{dutyResp(who, len(names) == 1 && !open, t), n, FromInline, ""}}
	return task, who
}

// dutyResp is the responsibility a paragraph of a division of duties gives
// who: who does it, or, one body saying it leads the work (综治办负责牵头、
// 组织协调…), who leads it.
func dutyResp(who string, one bool, text string) string {
	if one && selfLeadRe.MatchString(text) {
		return who + "牵头负责"
	}
	return who + "负责"
}

// dropPlaced takes the lines read as tasks (in, by number) out of the
// preamble and the lines not placed.
func (w *walker) dropPlaced(in map[int]bool) {
	w.preamble = slices.DeleteFunc(w.preamble, func(l Line) bool { return in[l.N] })
	w.n.Unplaced = slices.DeleteFunc(w.n.Unplaced, func(l Line) bool { return in[l.N] })
}

// dutyHeadingRe is a heading naming whose duties the items under it are:
// 县(市、区)政府的主要任务, 公安部门的职责.
var dutyHeadingRe = lazyRe(`^(.{2,30}?)的?(?:主要工作任务|主要任务|主要职责|工作职责|职责|工作任务|主体责任清单|责任清单|主体责任|监督责任)$`)

// deptHeading is the departments a section heading names where it is
// kinds of department and nothing more ((二)公安部门, (四)建设(房管)部门:),
// or a body's duties ((一)县(市、区)政府的主要任务); nil for any other.
// inspectionGroupRe is a discipline inspection group posted to a body
// (驻局纪检监察组, 派驻纪检组): one body, not 驻局 and a topic.
var inspectionGroupRe = lazyRe(`^\p{Han}{0,10}(?:纪检监察组|纪检组|监察组)$`)

func deptHeading(title string) []string {
	title = strings.TrimRight(trimLine(title), "。：: ")
	if title == "" || utf8.RuneCountInString(title) > 30 || strings.ContainsAny(title, " \u3000，,；;“”《》") || strings.Contains(title, "责任部门") {
		// (重点普法内容及责任部门: the label of what the items give.)
		return nil
	}
	parts := splitTop(title, "、")
	all := true
	for _, p := range parts {
		all = all && deptKind(p)
	}
	if all {
		return parts
	}
	if m := dutyHeadingRe.FindStringSubmatch(title); m != nil {
		who := m[1]
		// A body named with no level heading its duties (电力公司主要工作任务,
		// 广电局主要工作任务) is named as a body all the same.
		if (unitName(who) && endsOrg(who) || deptKind(who) || endsOrg(who) || strings.HasSuffix(who, "公司") || inspectionGroupRe.MatchString(who)) && !openNameRe.MatchString(who) && !oddNameRe.MatchString(who) && !Collective(who) {
			return []string{who}
		}
		if parts := bodiesBeforeTopic(who); parts != nil {
			return parts
		}
	}
	return nil
}

// bodiesBeforeTopic is the bodies a duty heading names before the field
// of their duties (乡(镇)人民政府、街道办事处 in 乡(镇)人民政府、街道办事处消防
// 安全工作职责), each ending as a body does; nil where who is no such words.
func bodiesBeforeTopic(who string) []string {
	for i := len(who) - 1; i > 0; i-- {
		if !utf8.RuneStart(who[i]) || !endsOrg(who[:i]) {
			continue
		}
		topic := []rune(who[i:])
		if len(topic) < 2 || len(topic) > 8 || !isHan(string(topic)) || endsOrg(string(topic)) {
			return nil
		}
		parts := splitTop(who[:i], "、")
		for _, p := range parts {
			if !endsOrg(p) && !deptKind(p) || openNameRe.MatchString(p) || oddNameRe.MatchString(p) {
				return nil
			}
		}
		return parts
	}
	return nil
}

// byClauseRe is a clause of an item's text naming who answers for its
// work: 由蓝田县猿人遗址文管所全面负责…, …执法工作由县文物旅游局负责实施,
// ──由市卫生局会同有关部门和各县市区组织落实, 以各地法院为主组织实施 (以
// only with 为主), 由各地经贸部门为主组织实施.
var byClauseRe = lazyRe(`(?:由|以)((?:[^由以，,。；;：:“”《》（）()]|[（(][\p{Han}、]{1,6}[）)]){2,40}?)(为主)?(?:(?:全面|具体)?负责|组织落实|组织实施)`)

// smallBodyRe ends the name of a small body named with its place: a
// station, an office, a hall, a squad (蓝田县辋川溶洞管理处).
var smallBodyRe = lazyRe(`(?:处|所|馆|站|队|中心|办)$`)

// byNames says the words of a 由X负责 clause name bodies, an open tail
// after them allowed (各镇街及相关部门): each named with its level or
// place, none a word no unit's name holds.
func byNames(s string) bool {
	r := readNames(s)
	names := r.names
	if len(names) == 0 {
		if i := strings.LastIndex(s, "及"); i > 0 && openNameRe.MatchString(s[i+len("及"):]) {
			names = readNames(s[:i]).names
		}
	}
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		if utf8.RuneCountInString(n) > 20 || oddNameRe.MatchString(n) || slices.Contains(orgWords, n) ||
			!unitName(n) && !(localityRe.MatchString(n) && (smallBodyRe.MatchString(n) || bankRe.MatchString(n))) {
			return false
		}
	}
	return true
}

// byClauses reads an item that names no one by a label, a bracket or its
// head, but whose sentences say who answers for its work in running text
// (1、蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责文物保护单位的安全管理工作。;
// …设计制作由市创建办负责,…发放、张贴、维护工作由各镇街及相关部门负责。):
// the bodies so named are its owners, listed.
func (n *Notice) byClauses() {
	// A bureau's own list gives its work to its offices, named with no
	// level (由煤监一处牵头负责,办公室配合; 由宣教办和教育中心负责): read
	// where two items or more name offices so.
	offices := 0
	for _, t := range n.Tasks {
		if len(t.raw.resp) == 0 && len(t.Owners) == 0 && slices.ContainsFunc(byClauseRe.FindAllStringSubmatch(t.Title+"。"+t.Body, -1), func(m []string) bool { return byOffices(m[1]) }) {
			offices++
		}
	}
	named := func(s string) bool { return byNames(s) || offices >= 2 && byOffices(s) }
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if len(t.raw.resp) > 0 || len(t.Owners) > 0 {
			continue
		}
		var who []string
		text := t.Title + "。" + t.Body
		if i := strings.Index(text, "现由"); i > 0 && shouldByRe.MatchString(text[:i]) {
			if j := strings.LastIndex(text[:i], "应由"); !strings.ContainsAny(text[j:i], "。；;") {
				// …规定应由公安部门负责管理,现由县公安局委托县城管办负责
				// 管理: who the law names is not who the notice now gives
				// it to; what the text says before it stays.
				text = text[:j] + text[i:]
			}
		}
		for _, loc := range byClauseRe.FindAllStringSubmatchIndex(text, -1) {
			m := []string{text[loc[0]:loc[1]], text[loc[2]:loc[3]]}
			if strings.HasPrefix(m[0], "以") && loc[4] < 0 {
				continue // 以…负责: no 为主, no clause naming who
			}
			if numberedMatterRe.MatchString(text[loc[1]:]) {
				// 由县民政局负责的第1件: the matter a list elsewhere
				// numbers, named by who answers for it, is no work given.
				continue
			}
			if d := delegateRe.FindStringSubmatch(m[1]); d != nil && named(d[2]) {
				// 由县公安局委托县城管办负责: the body entrusted does it.
				m[1] = d[2]
			}
			if a, b, ok := strings.Cut(m[1], "会同"); ok && a != "" && !strings.HasPrefix(b, "县") && named(a) && named(b) {
				// 由各县(市)人民银行会同金融监管部门组织实施: both
				// answer, neither leads. (会同县 is a county: 由市林业局会同
				// 会同县人民政府组织实施 cuts at the first.)
				for _, w := range []string{a, b} {
					if !slices.Contains(who, w) {
						who = append(who, w)
					}
				}
				continue
			}
			if named(m[1]) && !slices.Contains(who, m[1]) {
				who = append(who, m[1])
			}
		}
		if len(who) == 0 {
			continue
		}
		if len(who) == 1 {
			if m := ledByRe.FindStringSubmatch(text); m != nil && (m[1] == who[0] || m[1]+"牵头" == who[0]) {
				// 由县公安局负责牵头管理,县交通局协管: who leads, and who
				// helps.
				resp := m[1] + "牵头"
				rest := text[strings.Index(text, m[0])+len(m[0]):]
				if k := strings.IndexAny(rest, "。；;"); k >= 0 {
					rest = rest[:k]
				}
				// …,县文广局、教育局承办,公安局、电力局协办: each clause after
				// it naming who helps or undertakes.
				for _, h := range append(helpedByAllRe.FindAllStringSubmatch(rest, -1), carriedOutByRe.FindAllStringSubmatch(rest, -1)...) {
					// (…,县水利局具体落实: who carries the work out, too.)
					if named(h[1]) {
						resp += "，" + h[1] + "配合"
					}
				}
				t.raw.resp = append(t.raw.resp, piece{resp, t.Line, FromInline, ""})
				t.review("owners", t.Line, i18n.F("这一项的文字中写明了由谁牵头（%s），已读作牵头单位和责任单位；请核对",
					"the item's text says who leads its work (%s); read as its lead and owners: check them", resp))
				continue
			}
		}
		var helpers []string
		for _, loc := range byClauseRe.FindAllStringIndex(text, -1) {
			// 以县教育局为主组织实施,县卫健局配合: who helps, after it in
			// its sentence.
			rest := text[loc[1]:]
			if k := strings.IndexAny(rest, "。；;"); k >= 0 {
				rest = rest[:k]
			}
			for _, h := range helpedByAllRe.FindAllStringSubmatch(rest, -1) {
				if named(h[1]) && !slices.Contains(who, h[1]) && !slices.Contains(helpers, h[1]) {
					helpers = append(helpers, h[1])
				}
			}
		}
		for _, w := range who {
			if i := strings.LastIndex(w, "及"); i > 0 && len(readNames(w).names) == 0 {
				// 各镇街及相关部门: the bodies named, and an open tail.
				w = w[:i] + "、" + w[i+len("及"):]
			}
			t.raw.resp = append(t.raw.resp, piece{"由" + w + "负责", t.Line, FromInline, ""})
		}
		for _, h := range helpers {
			t.raw.resp = append(t.raw.resp, piece{h + "配合", t.Line, FromInline, ""})
		}
		said := "由" + strings.Join(who, "负责、由") + "负责"
		if len(helpers) > 0 {
			said += "，" + strings.Join(helpers, "、") + "配合"
		}
		t.review("owners", t.Line, i18n.F("这一项的文字中写明了由谁负责（%s），已读作责任单位；请核对",
			"the item's text says who answers for its work (%s); read as its owners: check them", said))
	}
}

// ledByRe is a clause saying who leads a piece of work with 由: 由县公安局
// 负责牵头管理, 由县公安局牵头.
var ledByRe = lazyRe(`由(\p{Han}{2,20}?)(?:负责)?(?:牵头|主办)`)

// helpedByAllRe is each clause after it naming who helps or undertakes
// the work: ,县文广局、教育局承办 / ,公安局、电力局协办.
var helpedByAllRe = lazyRe(`[，,]\s*([\p{Han}、]{2,40}?)(?:协管|配合|协助|协办|承办|参与)`)

// helpedByRe is the clause after it naming who helps: ,县交通局协管.
var helpedByRe = lazyRe(`^[^。；;]*?[，,]\s*(\p{Han}{2,20}?)(?:协管|配合|协助|协办)`)

// shouldByRe is who a law says should answer for a thing, before the
// notice says who now does: …规定应由公安部门负责管理,现由….
var shouldByRe = lazyRe(`应由\p{Han}{2,20}?负责`)

// delegateRe is a body entrusting its work to another: 县公安局委托县城管办.
var delegateRe = lazyRe(`^(\p{Han}{2,20}?)委托(\p{Han}{2,20})$`)

// byHeadingTask makes a task of a numbered heading with no item under it
// whose own line is a paragraph saying, in running text, who answers for
// its work ((二)其它33处…的,由所在镇人民政府负责,指定专人…; (三)…执法工作由县
// 文物旅游局负责实施。 beside a (一) over items 1、–6、): byClauses reads
// its owners, listed.
func (w *walker) byHeadingTask(h *heading) {
	if !strings.ContainsAny(h.text, "，,。") {
		return
	}
	named, offices := false, ""
	for _, m := range byClauseRe.FindAllStringSubmatch(h.text, -1) {
		named = named || byNames(m[1])
		if offices == "" && !byNames(m[1]) && unitNames(m[1]) && !strings.ContainsAny(m[1], "该本其") {
			// (五)校园及周边的治安秩序专项整治由保卫处负责。: offices named
			// with no level, as a university's or a bureau's are, which
			// byClauses does not take.
			offices = m[1]
		}
	}
	if !named && offices == "" {
		return
	}
	t := Task{Number: h.num, Section: h.sec.ID, Line: h.line.N, group: h.group, raw: raw{last: h.line.N}}
	t.cut(h.text)
	if !named && len(t.raw.resp) == 0 {
		t.raw.resp = []piece{{"由" + offices + "负责", h.line.N, FromInline, ""}}
		t.review("owners", h.line.N, i18n.F("这一项的文字中写明了由谁负责（由%s负责），已读作责任单位；请核对",
			"the item's text says who answers for its work (由%s负责); read as its owners: check them", offices))
	}
	w.headingAsTask(h, t)
}

// leadItemNumberRe is an item's number at a line's head: 5., (二), 三、.
var leadItemNumberRe = lazyRe(`^(?:\d{1,3}\s*[.、．﹒)）]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*`)

// departmentDuty says a line left unread opens, after its number if any,
// with a kind of department and the word that gives it its part of the
// work (公安部门负责…, 公安机关要…, 统计部门: …), a sentence after it: one
// such duty alone is no division of duties the import reads, but the
// office sees it (unread). A body named with its level closing a letter
// (二、旗政府督查室要加强…调度) is the letter's request, as the corpus reads it.
func departmentDuty(t string) bool {
	t = leadItemNumberRe.ReplaceAllString(trimLine(t), "")
	names, _, rest := dutySubject(t)
	return names != nil && !slices.ContainsFunc(names, func(n string) bool { return !deptKind(n) }) && utf8.RuneCountInString(rest) >= 6
}

// mediaRe ends a news body's name: 资阳日报社, 市电视台, 县广播电台.
var mediaRe = lazyRe(`(?:报社|日报|电视台|广播电台|广播电视台|融媒体中心)$`)

// yingMask hides 应 in words that give no duty (应急, 响应), each by 〇,
// of as many bytes.
var yingMask = strings.NewReplacer("应急", "〇急", "应对", "〇对", "应用", "〇用", "响应", "响〇", "相应", "相〇", "供应", "供〇",
	"适应", "适〇", "对应", "对〇", "反应", "反〇", "效应", "效〇")

// nameAloneDuty reads an item whose first sentence is a body's name alone
// and whose text after it is that body's duty (区住建局。排查…, 生态局东安
// 分局。排查…, 新安街道办事处。加强…): the body, or nil. (A notice setting
// up a group lists its members' standing duties so: no tasks.)
func nameAloneDuty(t Task) []string {
	title := strings.TrimSpace(t.Title)
	if t.Body == "" || strings.ContainsAny(title, "，,、；;：:（()）") || !(bodyName(title) && unitNames(title) || kindOfBodyRe.MatchString(title)) ||
		taskForceRe.MatchString(title) || strings.HasSuffix(title, "突击队") || setUpHeadsRe.MatchString(t.Body) {
		return nil
	}
	return []string{title}
}

// kindOfBodyRe is a body named by its kind, no level (a national or a
// province's opinion giving each kind its duty): 人民检察院, 公安机关, 财政部门,
// 人力资源和社会保障部门.
var kindOfBodyRe = lazyRe(`^(?:人民法院|人民检察院|\p{Han}{2,12}(?:行政部门|主管部门|部门|机关))$`)

// setUpHeadsRe is a body's text naming who heads it (由镇长任指挥长, 组长由…
// 担任): a group the plan sets up, its make-up, no duty handed to it.
var setUpHeadsRe = lazyRe(`^[^。]{0,20}(?:任(?:指挥长|组长|队长|主任)|(?:指挥长|组长|队长)由)`)

// byOffices says the words of a 由X负责 clause name a body's own offices,
// with no level: 煤监一处, 协调处, 宣教办, 应急救援指挥中心, 办公室, 财务股.
func byOffices(s string) bool {
	names := readNames(s).names
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		n = officeNoteRe.ReplaceAllString(n, "") // 人事处(宣教办): the office and its other name
		if utf8.RuneCountInString(n) > 12 || oddNameRe.MatchString(n) || !officeNameRe.MatchString(n) {
			return false
		}
	}
	return true
}

// officeNoteRe is an office's other name in brackets after it: (宣教办).
var officeNoteRe = lazyRe(`[（(]\p{Han}{2,8}[）)]$`)

// officeNameRe is an office's name inside a body: …处, …科, …室, …办,
// …中心, 办公室 (a section numbered: 煤监一处, 监管三处).
var officeNameRe = lazyRe(`^\p{Han}{1,10}(?:[一二三四五六七八九十]处|处|科|股|室|办|中心)$`)
