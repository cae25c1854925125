package notice

import (
	"slices"
	"strings"
	"testing"
)

// A table flattened with a lone "|" after each cell whose header names no
// 序号 while every row numbers itself in its second cell (池州 信访局's
// 工作任务 | 具体要求 | 责任科室 | 时限要求): read with the number as the
// row's 序号, the units stay in their column. A row leaving out its
// 工作任务 cell (merged with the row above's) shares the row above's; the
// two are told apart by what each asks.
func TestInnerNumberedBarTable(t *testing.T) {
	var b strings.Builder
	for _, c := range []string{"工作任务", "具体要求", "责任科室", "时限要求",
		"强化行政规范性文件集中规范公开", "1", "对行政规范性文件进行全面清理。", "办公室", "年底前",
		"做好主动公开基础工作", "2", "严格规范政府信息公开专栏,及时发布法定主动公开内容。", "各科室", "持续推进",
		"3", "规范做好政府信息公开工作年度报告编制发布工作,接受社会监督。", "办公室", "持续推进",
		"加强宣传", "4", "积极参加约稿活动。", "各科室", "2021年6月底前"} {
		b.WriteString(c + "\n|\n")
	}
	n := Parse(b.String(), today)
	want := []struct{ title, owner, due string }{ // due as yyyy-mm-dd, "" for none
		{"强化行政规范性文件集中规范公开", "办公室", "2021-12-31"}, // 年底前, the year the list names
		{"严格规范政府信息公开专栏", "各科室", ""},
		{"规范做好政府信息公开工作年度报告编制发布工作", "办公室", ""},
		{"加强宣传", "各科室", "2021-06-30"},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(n.Tasks), len(want), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		due := ""
		if !tk.Due.IsZero() {
			due = tk.Due.Format("2006-01-02")
		}
		if !strings.HasPrefix(tk.Title, w.title) || !slices.Equal(tk.Owners, []string{w.owner}) || due != w.due {
			t.Errorf("task %s: %q %q due %q, want %q %q due %q", tk.ID, tk.Title, tk.Owners, due, w.title, w.owner, w.due)
		}
	}
	if !strings.Contains(n.Tasks[2].Body, "做好主动公开基础工作") {
		t.Errorf("the shared 工作任务 is lost from task 3: %+v", n.Tasks[2])
	}
}

// A county bureau's breakdown table under its section heading (二、重点工作
// 任务分解 / 重点任务 | 工作内容 | 负责科室 |): 负责科室 names the rows'
// owners; a row whose first cell is the word a page's index uses for a
// label (政策解读) is a row of the table, not the page's index; 各责任科室
// names no section in particular (listed); the section's heading is no
// title of the notice.
func TestSectionsTableUnderHeading(t *testing.T) {
	n := Parse("二、重点工作任务分解\n重点任务 | 工作内容 | 负责科室 |\n"+
		"政策解读 | 对以我局名义制定的政策文件进行全面解读。 | 各责任科室 |\n"+
		"回应关切 | 对群众普遍关注的社会热点问题及时、主动回应。 | 各业务科室 |\n"+
		"政务服务 | 注重政务服务办理流程、办理结果等信息发布 | 综合科 |\n", today)
	if n.Title != "" {
		t.Errorf("title %q: a section's heading", n.Title)
	}
	want := []struct {
		title  string
		owners []string
		listed bool
	}{
		{"政策解读", nil, true},
		{"回应关切", []string{"各业务科室"}, false},
		{"政务服务", []string{"综合科"}, false},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(n.Tasks), len(want), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if tk.Title != w.title || !slices.Equal(tk.Owners, w.owners) || reviewed(tk, "owners") != w.listed {
			t.Errorf("task %s: %q %q listed %v, want %q %q listed %v", tk.ID, tk.Title, tk.Owners, reviewed(tk, "owners"), w.title, w.owners, w.listed)
		}
	}
}

// A newspaper's e-paper page (第02版:综 合 PDF版阅读 / 信阳日报客户端) of a
// 督察通报: unnumbered paragraphs, each closing with (责任单位:X,责任人:Y),
// are the tasks, and stay so with the page's warning to old browsers after
// the signature and date; the page's marks are no part of the title.
func TestPaperPageBracketParagraphs(t *testing.T) {
	n := Parse("第02版:综 合 PDF版阅读\n\n信阳日报客户端\n\n建设国家卫生城市督察通报\n\n\n"+
		"按照指挥部统一要求,业务督察组对现场督察发现问题督促整改,现通报如下:\n\n"+
		"新六大街西侧待建工地内散在垃圾整改不彻底,围墙多处破损。(责任单位:市国土局,责任人:王功传)\n\n"+
		"新华西路橡胶厂家属院,院内卫生保洁不到位,有卫生死角。(责任单位:浉河区工信委,责任人:杨明)\n\n"+
		"市国家卫生城市建设工作指挥部办公室\n\n2017年8月18日\n\n"+
		"您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。\n", today)
	if n.Title != "建设国家卫生城市督察通报" || n.Issuer != "市国家卫生城市建设工作指挥部办公室" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	want := [][]string{{"市国土局"}, {"浉河区工信委"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	if !slices.Equal(n.Tasks[1].Leaders, []string{"杨明"}) {
		t.Errorf("leaders %q", n.Tasks[1].Leaders)
	}
}

// Units' duties under 三、责任分工, each line a unit, a colon and its duty,
// the first naming every township (各乡镇:负责…): all are tasks, the
// collective the first one's owner.
func TestCollectiveUnitColonDuties(t *testing.T) {
	n := Parse("三、责任分工\n各乡镇:负责结合绿化造林等工作,着力发展花卉、苗木。\n"+
		"区统计局:负责将调减的面积落实到统计数据中。\n区农业农村局:负责统筹协调农业结构调整工作。\n", today)
	want := [][]string{{"各乡镇"}, {"区统计局"}, {"区农业农村局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	if !strings.HasPrefix(n.Tasks[0].Title, "负责结合绿化造林等工作") {
		t.Errorf("title %q: the label is no part of it", n.Tasks[0].Title)
	}
}

// Places written alone before the last, which carries the body they share
// (哈尔滨、黑河、绥芬河市政府): each city's government, whatever the length
// of the places' names, listed once.
func TestSharedBodyAfterPlacesOfOtherLength(t *testing.T) {
	n := Parse("1.推进民航基础设施建设。(哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局负责)\n2.推进铁路建设。(省交通厅负责)\n", today)
	want := []string{"哈尔滨机场扩建指挥部", "哈尔滨市政府", "黑河市政府", "绥芬河市政府", "省农垦总局"}
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, want) {
		t.Fatalf("owners %q, want %q", owned(n), want)
	}
	listed := 0
	for _, r := range n.Tasks[0].Review {
		if r.Field == "owners" {
			listed++
		}
	}
	if listed != 1 {
		t.Errorf("the shared body listed %d times: %+v", listed, n.Tasks[0].Review)
	}
}

// A traditional page writing one simplified character two ways (幹道 in
// a task, 干部 elsewhere) gives each task's title back as it stands.
func TestTraditionalTitleAsWritten(t *testing.T) {
	n := Parse("1.抓住國家加快鐵路建設機遇,今明兩年投資530億元。(省發改委、省交通運輸廳負責)\n"+
		"2.加快國省幹道和農村公路建設,今明兩年投資270億元。(省交通運輸廳負責)\n"+
		"3.加強幹部隊伍建設。(省委組織部負責)\n4.培養年輕干部,選拔干部,考核干部。(省委組織部負責)\n", today)
	if len(n.Tasks) != 4 || !strings.HasPrefix(n.Tasks[1].Title, "加快國省幹道") || !strings.HasPrefix(n.Tasks[3].Title, "培養年輕干部") {
		for _, tk := range n.Tasks {
			t.Errorf("task %s %q", tk.ID, tk.Title)
		}
	}
}

// Brackets of an old provincial plan: 由X牵头,会同Y、Z…组织实施 names Y and Z
// as owners beside the lead, without 会同 in a name or 组织 after the
// last; 由X、Y会同有关部门组织实施 names X and Y, the open 有关部门 listed.
func TestWorkWithAndOrganise(t *testing.T) {
	n := Parse("十三、强化外向拓展。(由省对外经贸厅、计经委会同有关部门组织实施。)\n"+
		"十四、加强环境保护。(由省环保局牵头,会同建设厅、计经委、水利厅组织实施。)\n", today)
	want := []struct{ owners, lead []string }{
		{[]string{"省对外经贸厅", "计经委"}, nil},
		{[]string{"省环保局", "建设厅", "计经委", "水利厅"}, []string{"省环保局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %q", owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Lead, w.lead) {
			t.Errorf("task %s: owners %q lead %q, want %q %q", tk.ID, tk.Owners, tk.Lead, w.owners, w.lead)
		}
	}
	if !reviewed(n.Tasks[0], "owners") {
		t.Errorf("有关部门 left open without a word")
	}
}

// A bar table whose rows carry no number and close with an empty cell
// (南通's 工作目标任务 | 完成时间 | 牵头部门 | 配合部门 | |): a 牵头部门 cell
// of two units on two lines (地震局 / 财政局 |) is two leads, not one name
// and not the table's end; a 配合部门 cell saying the units will be named
// later (按市府办通知另行确定) names none, listed.
func TestBarTableTwoLineCell(t *testing.T) {
	var b strings.Builder
	for _, c := range []string{"工作目标任务", "完成时间", "牵头部门", "配合部门", "",
		"制定年度防震减灾工作实施计划。", "年内", "地震局\n财政局", "建设局", "",
		"收集基础数据资料统计。", "9月底前", "地震局", "按市府办通知另行确定", "",
		"新增监测手段和宏观观测点。", "年内", "地震局", "", ""} {
		if c != "" {
			b.WriteString(c + "\n")
		}
		b.WriteString("|\n")
	}
	n := Parse("二○○七年八月十二日\n近期防震减灾工作目标管理责任分解表\n"+b.String(), today)
	want := []struct {
		owners, lead []string
		listed       bool
	}{
		{[]string{"地震局", "财政局", "建设局"}, []string{"地震局", "财政局"}, false},
		{[]string{"地震局"}, []string{"地震局"}, true},
		{[]string{"地震局"}, []string{"地震局"}, false},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks: %q", len(n.Tasks), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Lead, w.lead) || reviewed(tk, "owners") != w.listed {
			t.Errorf("task %s: owners %q lead %q listed %v, want %q %q %v", tk.ID, tk.Owners, tk.Lead, reviewed(tk, "owners"), w.owners, w.lead, w.listed)
		}
	}
}

// Targets each followed by a line saying who carries them out
// (──由市卫生局会同有关部门和各县市区组织落实。): the bodies named are the
// owners, the open 有关部门 left out, listed.
func TestDashLineOrganiseBy(t *testing.T) {
	n := Parse("(一)约束性指标\n1、城镇养老、失业、医疗保险覆盖率达到90%。\n──由市劳动和社会保障局会同有关部门和各县市区组织落实。\n"+
		"2、新型农村合作医疗覆盖率达到100%。\n──由市卫生局会同有关部门和各县市区组织落实。\n", today)
	want := [][]string{{"市劳动和社会保障局", "各县市区"}, {"市卫生局", "各县市区"}}
	wantOwnersListed(t, n, want)
}

// A middle page of a province's targets by unit: items (四)–(六) of the
// page before name no one (listed), then a unit's name alone and the grade
// of its targets (省工商局 / 一类目标:) over items numbered again from (一):
// those are the unit's, listed.
func TestUnitLineOverGradedTargets(t *testing.T) {
	n := Parse("(五)加快统计信息化建设步伐。\n(六)进一步健全乡镇、街道统计网络。\n省工商局\n一类目标:\n"+
		"(一)认真贯彻全省民营经济工作会议精神。\n(二)以整治“餐桌污染”为切入点,深入开展整顿活动。\n", today)
	want := [][]string{nil, nil, {"省工商局"}, {"省工商局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	for _, tk := range n.Tasks {
		if !reviewed(tk, "owners") {
			t.Errorf("task %s %q: owners not listed", tk.ID, tk.Title)
		}
	}
}

// A first-listed rule inside the first item's bracket, with the case it
// holds for before it (一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。
// 下同): the case is no unit; the rule gives this item and those below
// their first-listed lead.
func TestFirstLeadsRuleWithItsCase(t *testing.T) {
	n := Parse("1、全市GDP增长10%以上(由市发展改革委、经委、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。\n"+
		"2、外贸出口增长15%以上(由市商务局、财政局负责)。\n", today)
	want := []struct{ owners, lead []string }{
		{[]string{"市发展改革委", "经委", "统计局"}, []string{"市发展改革委"}},
		{[]string{"市商务局", "财政局"}, []string{"市商务局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %q", owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Lead, w.lead) {
			t.Errorf("task %s: owners %q lead %q, want %q %q", tk.ID, tk.Owners, tk.Lead, w.owners, w.lead)
		}
	}
}

// A middle page of a law site's copy opening with members' duties, one a
// line, a body, a colon and its duty (省公安厅:配合和协助…), its opening
// sentence on the page before: the lines are the bodies' tasks, those of
// bodies named without a level (人民银行长沙中心支行, 湖南证监局) too.
func TestUnitDutiesAtPageHead(t *testing.T) {
	n := Parse("省公安厅:配合和协助联席会议办公室组织日常工作,负责依法对非法集资活动进行侦查。\n"+
		"省监察厅:负责参与、支持非法集资活动的涉案机关和公职人员的查处等工作。\n"+
		"省财政厅:负责财政系统非法集资活动的查处。\n"+
		"人民银行长沙中心支行:参与非法集资活动的调查及相关查处工作。\n"+
		"湖南证监局:负责证券系统非法集资活动的查处工作。\n"+
		"四、工作规则\n联席会议原则上每半年召开一次全体会议,由召集人负责召集。\n", today)
	want := [][]string{{"省公安厅"}, {"省监察厅"}, {"省财政厅"}, {"人民银行长沙中心支行"}, {"湖南证监局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	if !strings.HasPrefix(n.Tasks[3].Title, "参与非法集资活动的调查") {
		t.Errorf("title %q", n.Tasks[3].Title)
	}
}

// Members' duties, each member's name alone on a line (住房和城乡建设委员会,
// 总工会, 团市委: no level), its duties numbered 一、二、 under it and numbered
// again for the next: each member owns its items, listed; the first name,
// right under the title, is no title of the list.
func TestMemberNamesOverRestartedItems(t *testing.T) {
	n := Parse("大同市人民政府办公厅关于印发《大同市艾滋病防治工作委员会成员单位职责》的通知\n\n  住房和城乡建设委员会\n\n"+
		"  一、联合宣传、农业等部门做好农民工预防艾滋病宣传教育工程。\n  二、做好建筑工地农民工的防治艾滋病工作。\n\n  总工会\n\n"+
		"  一、充分发挥工会工作网络优势,设立艾滋病防治宣传栏。\n  二、每年组织开展1次以上活动。\n\n  团市委\n\n"+
		"  一、依托团组织优势,组织实施大学生预防艾滋病宣传教育活动。\n", today)
	want := [][]string{{"住房和城乡建设委员会"}, {"住房和城乡建设委员会"}, {"总工会"}, {"总工会"}, {"团市委"}}
	wantOwnersListed(t, n, want)
	if n.ListTitle != "" {
		t.Errorf("list title %q", n.ListTitle)
	}
}

// A command's members' duties under a heading with no number (指挥部成员职责
// 分工), each line a unit, a colon and its work, the work opening with any
// words (市科技局:在…给予重点扶持, 市财政局:加大…支持力度); the site's numbered
// terms of use above them are no tasks.
func TestMemberDutiesUnderPlainHeading(t *testing.T) {
	n := Parse("松材线虫病疫情防控指挥部职责分工\n- 1、下载文档前请自行甄别文档内容的完整性。\n- 2、如文档侵犯您的权益,请联系客服反馈。\n"+
		"指挥部成员职责分工\n市发展改革委:负责预防救灾所需项目的申报。\n市科技局:在松材线虫病监测、检疫、防治技术研究及推广项目立项给予重点扶持。\n"+
		"市财政局:加大对松材线虫病预警监测普查、检疫封锁等工作支持力度。\n市城市管理局:负责组织城市建设区域松材线虫病的除治工作。\n", today)
	want := [][]string{{"市发展改革委"}, {"市科技局"}, {"市财政局"}, {"市城市管理局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
}

// A heading's bracket naming its lead with 总牵头 (省发改委总牵头): the lead
// is 省发改委, no 省发改委总.
func TestOverallLead(t *testing.T) {
	n := Parse("一、加快调整能源结构(省发改委总牵头)\n(一)制订煤炭消费总量控制方案。(省经信委牵头,省发改委参与)\n"+
		"二、强化移动源污染防治(省环保厅总牵头)\n(二)加强城市交通管理。(省公安厅牵头)\n", today)
	for _, tk := range n.Tasks {
		for _, o := range append(slices.Clone(tk.Owners), tk.Lead...) {
			if strings.HasSuffix(o, "总") {
				t.Errorf("task %s: %q", tk.ID, o)
			}
		}
	}
}

// A forum's copy of a PDF with the page's number inside a sentence
// (每―10 ― 年3月底前): the number is no part of the text, and a time that
// comes round each year is no deadline, listed.
func TestPageNumberInWordAndYearlyTime(t *testing.T) {
	n := Parse("23.编制年度海绵城市建设计划.围绕 2017-2020 年度海绵 城市建设任务,牵头梳理项目清单,每―10 ― 年3月底前,制定我区年度海绵城市建设计划. (牵头单位:区环保水务局)\n"+
		"24.推进项目建设。(牵头单位:区住建局)\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %q", owned(n))
	}
	tk := n.Tasks[0]
	if strings.Contains(tk.Title+tk.Body, "10") || !tk.Due.IsZero() || !reviewed(tk, "due") {
		t.Errorf("task %s: %q due %v listed %v", tk.ID, tk.Title+tk.Body, tk.Due, reviewed(tk, "due"))
	}
}

// A law site's middle page of a county's division by department: each
// heading (八)县经济局主要工作任务: names the body whose duties stand under
// it, the first at the page's head (no recipients line, for all its
// colon), bodies with no level among them (电力公司, 广电局); a heading over
// one paragraph and no numbered duty is a task by itself, its body the
// owner; all listed.
func TestBodyDutyHeadings(t *testing.T) {
	n := Parse("(八)县经济局主要工作任务:\n1、认真贯彻实施文件精神。\n2、督促企业加快技术改造步伐。\n"+
		"(十一)县农牧局主要工作任务:\n依据沼气工程实施方案,全面推广沼气应用,提高秸秆综合利用。\n"+
		"(十三)电力公司主要工作任务:\n1、停止对依法取缔关闭的企业供应生产用电供应。\n"+
		"(十四)广电局主要工作任务:\n1、加大对全县大气污染综合整治工作的宣传。\n", today)
	want := []struct{ title, owner string }{
		{"认真贯彻实施文件精神", "县经济局"}, {"督促企业加快技术改造步伐", "县经济局"}, {"县农牧局主要工作任务", "县农牧局"},
		{"停止对依法取缔关闭的企业供应生产用电供应", "电力公司"}, {"加大对全县大气污染综合整治工作的宣传", "广电局"},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %q", owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if tk.Title != w.title || !slices.Equal(tk.Owners, []string{w.owner}) || !reviewed(tk, "owners") {
			t.Errorf("task %s: %q %q listed %v, want %q %q", tk.ID, tk.Title, tk.Owners, reviewed(tk, "owners"), w.title, w.owner)
		}
	}
}

// A leader's heading counting its items (一、潘东旭市长负责事项(共9项)) gives
// the items under it their leader, listed; a leader written as a post of a
// body (市政府常务副市长) names no one, listed.
func TestLeaderHeadingCountAndBodyPost(t *testing.T) {
	n := Parse("序号\n重点工作\n牵头责任单位\n协同责任单位\n一、潘东旭市长负责事项(共9项)\n1\n全面延伸“双招双引”,继续坚持“顶格推进”。\n市政府办\n市政府各部门\n"+
		"2\n加快建设高铁新区。\n市发展改革委\n市财政局\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %q", owned(n))
	}
	for _, tk := range n.Tasks {
		if !slices.Equal(tk.Leaders, []string{"潘东旭市长"}) || !reviewed(tk, "leaders") {
			t.Errorf("task %s: leaders %q listed %v", tk.ID, tk.Leaders, reviewed(tk, "leaders"))
		}
	}
	n = Parse("1.全市生产总值增长8.5%。\n牵头负责领导:市政府常务副市长。\n牵头单位:市发展改革委。\n2.财政收入与经济增长同步。\n牵头单位:市财政局。\n", today)
	if tk := n.Tasks[0]; !slices.Equal(tk.Leaders, []string{"市政府常务副市长"}) || !reviewed(tk, "leaders") {
		t.Errorf("a post for a leader: %q listed %v", tk.Leaders, reviewed(tk, "leaders"))
	}
}

// Working groups, each an item closing with a bracket of its head and its
// members by post ((组长:郭丽红,成员:全体党政领导、各村支部书记)): the group
// is the owner (listed), its head the leader; the members named by posts
// are no units.
func TestGroupHeadBracket(t *testing.T) {
	n := Parse("(一)综合协调组。负责常态化防控工作的统筹协调。(组长:郭丽红,成员:全体党政领导、各村支部书记)\n"+
		"(二)医疗救治组。负责组织落实医疗救治工作。(组长:张尚俊、成员:乡卫生院工作人员)\n", today)
	want := []struct{ owner, leader string }{{"综合协调组", "郭丽红"}, {"医疗救治组", "张尚俊"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %q", owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if !slices.Equal(tk.Owners, []string{w.owner}) || !slices.Equal(tk.Leaders, []string{w.leader}) || !reviewed(tk, "owners") {
			t.Errorf("task %s: owners %q leaders %q", tk.ID, tk.Owners, tk.Leaders)
		}
	}
}

// A label's list wrapped onto a line of its own (配合单位:县发改委、环保局、
// 水利局、农业局 / 各乡镇(街道)、黎阳建管办): the names on it are the label's
// too; a sentence under the labels is not.
func TestLabelListWrapped(t *testing.T) {
	n := Parse("1. 深入开展城市黑臭水体整治。2018年10月底前,县城建成区全面消除黑臭水体。\n牵头单位:县住建局\n配合单位:县发改委、环保局、水利局、农业局\n各乡镇(街道)、黎阳建管办\n"+
		"2. 加强工业污染防治。\n牵头单位:县环保局\n配合单位:县工信委\n各乡镇要加强巡查。\n", today)
	want := [][]string{{"县住建局", "县发改委", "环保局", "水利局", "农业局", "各乡镇(街道)", "黎阳建管办"}, {"县环保局", "县工信委"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// A department's duties under its heading closed by a line of its helpers
// (协助单位:交通局、县城管监察大队。): the helpers own each duty with the
// department, listed, and the line is no part of the last duty's text.
func TestSectionHelpersLine(t *testing.T) {
	n := Parse("(九)县公安局主要工作任务:\n1、依法整治尾气排放年检不合格的机动车辆。\n2、依法整治运输车辆的扬尘污染。\n协助单位:交通局、县城管监察大队。\n"+
		"(十)县国土局主要工作任务:\n1、依法取缔农田挖砂。\n", today)
	want := [][]string{{"县公安局", "交通局", "县城管监察大队"}, {"县公安局", "交通局", "县城管监察大队"}, {"县国土局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	if strings.Contains(n.Tasks[1].Body, "协助单位") {
		t.Errorf("body %q", n.Tasks[1].Body)
	}
}

// A section heading naming kinds of body and the field of their duties
// (一、乡(镇)人民政府、街道办事处消防安全工作职责) gives its items those bodies
// as owners, listed.
func TestBodiesBeforeTopicHeading(t *testing.T) {
	n := Parse("一、乡(镇)人民政府、街道办事处消防安全工作职责\n(一)建立消防安全组织,明确专人负责消防工作。\n(二)保障消防工作经费,安排必要的资金。\n"+
		"二、社区(村)居民委员会消防安全工作职责\n(一)确定消防安全管理人,组织开展群众性消防工作。\n", today)
	want := [][]string{{"乡(镇)人民政府", "街道办事处"}, {"乡(镇)人民政府", "街道办事处"}, {"社区(村)居民委员会"}}
	wantOwnersListed(t, n, want)
}

// A progress table's row that left a cell out, a unit landing under 分管领导
// (徐国江 | 城管局 one column early): a leader that reads as a unit is
// listed.
func TestLeaderReadsAsUnit(t *testing.T) {
	n := Parse("1.开展违建专项治理。(责任领导:城管局;牵头单位:区城管局)\n2.推进建设。(责任领导:徐国江;牵头单位:区住建局)\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %q", owned(n))
	}
	if !reviewed(n.Tasks[0], "leaders") {
		t.Errorf("a unit as leader, not listed: %q", n.Tasks[0].Leaders)
	}
	if reviewed(n.Tasks[1], "leaders") {
		t.Errorf("a person as leader listed: %+v", n.Tasks[1].Review)
	}
}

// An index whose labels a copy cut to their last character (号:, 词:,
// 称: 关于…的通知): the lines are the index's, and 称 gives no title with
// its label.
func TestCutIndexLabels(t *testing.T) {
	n := Parse("当前位置:网站首页 > 信息公开 > 长竹园乡 > 本级政府文件\n号: 11411524006117496E/202108-00001\n信息分类: 本级政府文件\n号:\n"+
		"发布机构: 长竹园乡\n词:\n发文日期: 2021-08-10 15:29\n称: 关于进一步明确长竹园乡疫情防控工作包保责任体系的通知\n\n"+
		"关于进一步明确长竹园乡疫情防控工作包保责任体系的通知\n\n一、关于摸排工作。由乡党政办负责。\n二、关于隔离工作。由乡卫生院负责。\n", today)
	if n.Title != "关于进一步明确长竹园乡疫情防控工作包保责任体系的通知" {
		t.Errorf("title %q", n.Title)
	}
}

// wantOwnersListed fails a test whose notice does not give each task the
// owners wanted, in order, or gives one without listing it.
func wantOwnersListed(t *testing.T, n *Notice, want [][]string) {
	t.Helper()
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	for _, tk := range n.Tasks {
		if !reviewed(tk, "owners") {
			t.Errorf("task %s %q: owners %q not listed", tk.ID, tk.Title, tk.Owners)
		}
	}
}
