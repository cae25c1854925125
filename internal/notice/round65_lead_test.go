package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 65: the silent findings of the held-out sets at the session's start.

// A department dividing a plan above among its offices copies the plan's
// bracket with the item's text ((1-4项牵头落实单位:省编办、…)) and gives its
// own 责任处室 line after it. The items the bracket speaks for (1-4项) had
// become a lead unit "1-4项", in silence; both sources of units are now
// listed for review, and 牵头落实单位 is a lead's label.
func TestItemRangeBeforeLabelAndTwoSources(t *testing.T) {
	text := "一、任务分解\n1. 以清单管理推动简政放权。及时公开各类清单。(1-4项牵头落实单位:省编办、发展改革委,各州、市人民政府负责落实。)\n" +
		"责任处室:人事处牵头,有关处室局配合落实\n2. 及时公开规范性文件的修改情况。\n责任处室:政法处\n"
	n := parseAt(text)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %d, want 2", len(n.Tasks))
	}
	first := n.Tasks[0]
	for _, o := range append(first.Owners, first.Lead...) {
		if o == "1-4项" {
			t.Errorf("the items a label speaks for became a unit: owners %q lead %q", first.Owners, first.Lead)
		}
	}
	if !slices.Contains(first.Owners, "人事处") || !slices.Contains(first.Lead, "人事处") {
		t.Errorf("the office's own line lost: owners %q lead %q", first.Owners, first.Lead)
	}
	if !reviewed(first, "owners") || !reviewed(first, "lead") {
		t.Errorf("units named in a bracket and a label line after it are not listed: %+v", first.Review)
	}
	if second := n.Tasks[1]; !slices.Equal(second.Owners, []string{"政法处"}) || reviewed(second, "owners") {
		t.Errorf("an item with its label line alone: owners %q review %+v", second.Owners, second.Review)
	}
}

// A year alone before the work, with a condition (2024年根据国家批复情况
// 启动项目建设) or a comma (2021年,完成…专项规划的编制) between, or the
// work 编制完成, sets the year's end as the due, listed; it had been lost
// in silence.
func TestYearBeforeConditionedWork(t *testing.T) {
	text := "一、城市安居项目\n(一)启动城中村改造项目\n项目内容:对接配套政策。2024年根据国家批复情况启动项目建设。\n责任单位:市住房城乡建设局、市财政局。\n" +
		"(二)规划设计提升\n项目内容:2021年,完成教育、医疗等专项规划的编制工作。\n责任单位:市自然资源局。\n" +
		"(三)编制国土空间规划\n项目内容:2022年编制完成国土空间总体规划。\n责任单位:市自然资源局。\n"
	wantRows(t, "years", parseAt(text), []probeRow{
		{"启动城中村改造项目", []string{"市住房城乡建设局", "市财政局"}, nil, nil, "2024-12-31", []string{"due"}},
		{"规划设计提升", []string{"市自然资源局"}, nil, nil, "2021-12-31", []string{"due"}},
		{"编制国土空间规划", []string{"市自然资源局"}, nil, nil, "2022-12-31", []string{"due"}},
	})
}

// A second paragraph under an item's heading closing with its own lead's
// bracket ((一)推进决策公开 / …(牵头部门:综合规划处) / …(牵头部门:法规处)):
// its units were listed as perhaps the item's, its lead was not; both are.
func TestParagraphAfterItemNamesLead(t *testing.T) {
	text := "(一)推进决策公开\n建立重大决策预公开制度。(牵头部门:综合规划处)\n做好规范性文件公开工作,及时公开废止情况。(牵头部门:法规处)\n" +
		"(二)推进执行公开\n做好重点改革任务公开。(牵头部门:办公室)\n"
	n := parseAt(text)
	if len(n.Tasks) == 0 || n.Tasks[0].Title != "推进决策公开" {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if !reviewed(n.Tasks[0], "lead") || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("a paragraph naming its own lead after the item is not listed on the lead: %+v", n.Tasks[0].Review)
	}
}

// Held-out sets 235–241, first findings. A portal's index numbered as a
// list (1. [主题分类] 综合政务, 3. [联合发文单位]) had become ten tasks;
// its fields are read and none is a task. 有效期 is an index's label, not
// part of the title after it. A signature spread by spaces (办 公 室) is
// one name.
func TestNumberedIndexAndSpreadSignature(t *testing.T) {
	text := "  1. [主题分类] 综合政务/电子政务\n  2. [发文机构] 北京市政务公开领导小组\n  3. [联合发文单位]\n  4. [成文日期] 2016-06-08\n  5. [有效性]\n\n" +
		"北京市政务公开工作重点任务分工(2016-2020年)\n\n  一、推进行政权力运行全流程公开\n\n  1.积极推进本市行政程序立法进程。\n\n  牵头单位:市政府法制办\n\n  完成时限:2018年底\n"
	n := parseAt(text)
	if n.Title != "北京市政务公开工作重点任务分工(2016-2020年)" || n.Issuer != "北京市政务公开领导小组" || n.Date.Format("2006-01-02") != "2016-06-08" {
		t.Errorf("header %q %q %v", n.Title, n.Issuer, n.Date)
	}
	wantRows(t, "numbered index", n, []probeRow{{"积极推进本市行政程序立法进程", []string{"市政府法制办"}, []string{"市政府法制办"}, nil, "2018-12-31", nil}})

	idx := " 索 引 号: 014000060/2017-03421 文  号: 发布机构:江苏省国土资源厅\n 有 效 期: 长 期  \n江苏省国土资源厅2017年政务公开工作要点\n" +
		"(一)推进重大惠民政策公开。重点围绕供给侧结构性改革公开政策。(牵头单位:调控处,信息中心、相关业务处室)\n"
	n = parseAt(idx)
	if n.Title != "江苏省国土资源厅2017年政务公开工作要点" {
		t.Errorf("title %q", n.Title)
	}
	// After the comma, those who join in with the offices concerned: no
	// lead; 相关业务处室 names none of them (listed).
	wantRows(t, "comma", n, []probeRow{{"推进重大惠民政策公开", []string{"调控处", "信息中心"}, []string{"调控处"}, nil, "", []string{"owners"}}})

	signed := "省商务厅2019年政务公开工作实施方案\n1.推进政策公开。(办公室负责)\n\n办 公 室\n\n                             2019年7月30日\n"
	if n := parseAt(signed); n.Issuer != "办公室" {
		t.Errorf("spread signature: issuer %q", n.Issuer)
	}
}

// An encyclopedia's page on a document opens with a section name (制定
// 經過) and a sentence naming the day and the body that issued it
// (2022年5月5日,民政部辦公廳發布《…》): the title is the plan's, not the
// section's, and the issuer and date are the sentence's.
func TestEncyclopediaLeadNamesIssuerAndDay(t *testing.T) {
	text := "制定經過\n2022年5月5日,民政部辦公廳發布《民政部2022年政務公開工作要點及任務分工》。\n通知內容\n一、提高政務公開質量\n" +
		"(一)深化行政法規和規章集中公開。建立健全動態更新工作機制。〔政策法規司牽頭,信息中心配合〕\n"
	n := parseAt(text)
	if n.Title != "民政部2022年政務公開工作要點及任務分工" || n.Issuer != "民政部辦公廳" || n.Date.Format("2006-01-02") != "2022-05-05" {
		t.Errorf("header %q %q %v", n.Title, n.Issuer, n.Date)
	}
}

// Brackets closing sentences before their stops (…机制(分管副省长、协管副
// 秘书长负责,省国资委牵头。…下同)。毫不动摇…(…省工商局牵头)。): each names
// units of the item, as brackets after a stop do; the posts answering for
// the work are leaders, never units (分管副省长 had been an owner, in
// silence), and the item's lead is listed where brackets give several.
func TestBracketsBeforeStopsAndPosts(t *testing.T) {
	text := "一、全面落实改革开放目标任务\n(一)促进多种所有制经济共同发展。出台全省深化国有企业改革的指导意见(分管副省长、协管副秘书长负责,省国资委牵头)。" +
		"毫不动摇鼓励非公有制经济发展(分管副省长、协管副秘书长负责,省经信委、省发改委负责)。推进工商注册便利化(分管副省长、协管副秘书长负责,省工商局牵头)。\n"
	n := parseAt(text)
	wantRows(t, "posts", n, []probeRow{{"促进多种所有制经济共同发展", []string{"省国资委", "省经信委", "省发改委", "省工商局"}, []string{"省国资委", "省工商局"},
		[]string{"分管副省长", "协管副秘书长"}, "", []string{"owners", "lead", "leaders"}}})
}

// 由X牵头,Y等负责 closing an item: Y carries the work out, an owner (it
// was lost, the owners listed only as perhaps incomplete); a target year
// (到2015年,…达到80%) no rule takes for a limit is shown on the due, and
// 今年 on a page naming no year.
func TestLeadThenOthersAndTargetYears(t *testing.T) {
	text := "1、巩固提高基础教育水平。到2010年,全省学前三年教育毛入园率达到70%。到2015年,毛入园率达到80%。由省教育厅负责。\n" +
		"2、加大薄弱学校改造力度,实施农村学校改水改厕工程。由省教育厅牵头,省财政厅、省建设厅等负责。\n" +
		"3、推进课程改革。开展课程改革试点。由省教育厅负责。\n"
	wantRows(t, "lead then others", parseAt(text), []probeRow{
		{"巩固提高基础教育水平", []string{"省教育厅"}, nil, nil, "", []string{"due"}},
		{"加大薄弱学校改造力度", []string{"省教育厅", "省财政厅", "省建设厅"}, []string{"省教育厅"}, nil, "", []string{"owners"}},
		{"推进课程改革", []string{"省教育厅"}, nil, nil, "", nil},
	})
	undated := "16.优先发展教育事业。今年农村中、小学的生均公用经费定额分别提高155元和105元。(主要责任部门:省教育厅、省财政厅)\n"
	wantRows(t, "this year", parseAt(undated), []probeRow{{"优先发展教育事业", []string{"省教育厅", "省财政厅"}, nil, nil, "", []string{"due"}}})
}

// Probe 70's findings. An item's units in a bracket closing its first
// sentence (一、建立…机制(县发改局负责,县财政局牵头)。…(县工信局牵头)。) and
// a time limit as a sentence of its own after its last bracket (…(县住建局
// 负责)。2023年9月底前完成。, …。确保10月底前通车。): the whole notice had
// been refused, and the title kept the bracket.
func TestBracketThenLimitSentence(t *testing.T) {
	text := "关于印发《县2023年优化营商环境重点任务》的通知\n\n各乡镇人民政府,县直各部门:\n现将《县2023年优化营商环境重点任务》印发给你们,请认真贯彻落实。\n\n" +
		"一、建立企业诉求快速响应机制(县发改局负责,县财政局牵头)。完善政企沟通平台(县工信局牵头)。2023年6月底前完成。\n" +
		"二、优化工程建设项目审批流程。压缩审批时限至60个工作日以内(县住建局、县自然资源局负责)。2023年9月底前完成。\n" +
		"三、新建农村公路30公里。完成路面硬化(县交通运输局牵头,各乡镇配合)。确保10月底前通车。\n\n县人民政府办公室\n2023年3月10日\n"
	wantRows(t, "limit sentence", parseAt(text), []probeRow{
		{"建立企业诉求快速响应机制", []string{"县发改局", "县财政局", "县工信局"}, []string{"县财政局", "县工信局"}, nil, "2023-06-30", []string{"owners", "lead"}},
		{"优化工程建设项目审批流程", []string{"县住建局", "县自然资源局"}, nil, nil, "2023-09-30", nil},
		{"新建农村公路30公里", []string{"县交通运输局", "各乡镇"}, []string{"县交通运输局"}, nil, "2023-10-31", nil},
	})
	if n := parseAt(text); n.Tasks[0].Title != "建立企业诉求快速响应机制" {
		t.Errorf("the title kept its bracket: %q", n.Tasks[0].Title)
	}
}

// Posts answering for an item with a person's name before them (王刚副县长
// 负责, 李明副县长牵头, 刘洋副县长、陈静副主任督办) or a party post (县委
// 书记、县长牵头) are leaders: they had been owners, or the lead, in
// silence (县委书记 made 县委 the lead).
func TestNamedPostsAreLeaders(t *testing.T) {
	text := "县2023年重点工作任务\n\n1.推进公立医院改革(王刚副县长负责,县卫健局牵头)。\n\n2.推进招商引资(县委书记、县长牵头,县商务局负责)。\n\n" +
		"3.推进老旧小区改造(县住建局负责,刘洋副县长、陈静副主任督办)。\n\n4.完善政务服务体系(区长办公室、县政府办公室负责)。\n"
	wantRows(t, "posts", parseAt(text), []probeRow{
		{"推进公立医院改革", []string{"县卫健局"}, []string{"县卫健局"}, []string{"王刚副县长"}, "", nil},
		{"推进招商引资", []string{"县商务局"}, nil, []string{"县委书记", "县长"}, "", []string{"leaders"}},
		{"推进老旧小区改造", []string{"县住建局"}, nil, []string{"刘洋副县长", "陈静副主任"}, "", nil},
		{"完善政务服务体系", []string{"区长办公室", "县政府办公室"}, nil, nil, "", nil},
	})
}

// Under a lead's label, a body's own offices after a comma (牵头单位:办公
// 室,各科室) join in: owners, not leads, listed; governments of a level
// after a comma (牵头单位:县农业农村局,各乡镇) lead too, as the corpus
// reads 牵头单位:市质监局,各县区政府.
func TestLeadLabelCommaOffices(t *testing.T) {
	text := "局2024年重点工作任务分解\n\n1.加强档案管理。\n牵头单位:办公室,各科室\n完成时限:2024年11月底\n\n" +
		"2.推进乡村振兴示范点建设(牵头单位:县农业农村局,各乡镇)。\n完成时限:2024年10月底\n"
	wantRows(t, "comma offices", parseAt(text), []probeRow{
		{"加强档案管理", []string{"办公室", "各科室"}, []string{"办公室"}, nil, "2024-11-30", []string{"lead"}},
		{"推进乡村振兴示范点建设", []string{"县农业农村局", "各乡镇"}, []string{"县农业农村局", "各乡镇"}, nil, "2024-10-31", nil},
	})
}

// A news lead naming a list whose name ends in 任务 or 实事 (近日,县人民政府
// 办公室印发《县2023年重点民生实事》) gives the title and its year; the
// title had been empty and the year today's.
func TestNewsLeadListTitleAndYear(t *testing.T) {
	text := "近日,县人民政府办公室印发《县2023年重点民生实事》,明确了以下任务:\n\n1.新建城区停车场2个,年底前完成(县住建局负责)。\n2.改造农村公路50公里(县交通运输局负责)。\n"
	n := parseAt(text)
	if n.Title != "县2023年重点民生实事" || n.Year != 2023 || n.Issuer != "" {
		t.Errorf("title %q year %d issuer %q", n.Title, n.Year, n.Issuer)
	}
	if len(n.Tasks) != 2 || n.Tasks[0].Due.Format("2006-01-02") != "2023-12-31" {
		t.Errorf("tasks %q", owned(n))
	}
}

// Issuers: two bodies of one place run together at a title's head (吕梁市
// 商务局吕梁市财政局关于…) are two; a joint signature with one spread by
// spaces (中 共 台 州 市 委 办 公 室 台州市人民政府办公室) is two.
func TestJointIssuersRunTogetherOrSpread(t *testing.T) {
	if got := jointIssuers("吕梁市商务局吕梁市财政局"); got != "吕梁市商务局、吕梁市财政局" {
		t.Errorf("run together: %q", got)
	}
	for _, one := range []string{"吕梁市商务局", "北京市人民政府办公厅", "中共台州市委办公室"} {
		if got := jointIssuers(one); got != one {
			t.Errorf("one body split: %q → %q", one, got)
		}
	}
	text := "关于加快推进慈善事业高质量发展的实施意见\n\n1.壮大慈善力量。(市民政局负责)\n\n中 共 台 州 市 委 办 公 室 台州市人民政府办公室\n\n2021 年 12 月 2 日\n"
	if n := parseAt(text); n.Issuer != "中共台州市委办公室、台州市人民政府办公室" {
		t.Errorf("spread joint signature: %q", n.Issuer)
	}
}

// Owners that name no body in particular are listed: pilot units named as
// a group (各试点单位, 各试点区政府), bodies named by their role (办医主体);
// the offices concerned of a ministry (各有关司(局)) are open. A lead rule
// naming the units before the comma (逗号前的单位为牵头单位,下同) holds for
// the items after it; they had no lead, in silence.
func TestGroupsRolesAndCommaLeadRule(t *testing.T) {
	text := "1.啟動目錄編制工作。(市政府辦公廳、各試點單位、各試點區政府負責)\n2.指导医疗机构院务公开。(医政医管处、办医主体负责)\n" +
		"3.开展规范性文件集中公开。〔制发司(局)牵头,各有关司(局)、信息中心配合〕\n"
	n := parseAt(text)
	for k, f := range []string{"owners", "owners", "owners"} {
		if !reviewed(n.Tasks[k], f) {
			t.Errorf("task %d: %s not listed: %+v", k+1, f, n.Tasks[k].Review)
		}
	}
	if slices.Contains(n.Tasks[2].Owners, "各有关司(局)") {
		t.Errorf("an open name made an owner: %q", n.Tasks[2].Owners)
	}
	rule := "1.坚持精准方略。〔责任单位:市脱贫攻坚办,各县(市、区)、市级各部门(逗号前的单位为牵头单位,下同)〕\n" +
		"2.加强驻村帮扶管理。〔责任单位:市委组织部,各县(市、区)、市级各部门〕\n"
	wantRows(t, "comma rule", parseAt(rule), []probeRow{
		{"坚持精准方略", []string{"市脱贫攻坚办", "各县(市、区)", "市级各部门"}, []string{"市脱贫攻坚办"}, nil, "", nil},
		{"加强驻村帮扶管理", []string{"市委组织部", "各县(市、区)", "市级各部门"}, []string{"市委组织部"}, nil, "", nil},
	})
}

// An activity's fields numbered as its parts, a label's further units a
// line each (1、主办单位:市总工会 / 市委文明办 / 协办单位:… / 2、参赛对象:…):
// the hosts had been lost, the helpers made the only owners.
func TestNumberedFieldsUnitsOnLines(t *testing.T) {
	text := "二、活动内容\n(一)“争创文明城职工当先锋”知识竞赛\n1、主办单位:市总工会\n市委文明办\n市文化体育新闻出版局\n协办单位:中国移动有限公司某分公司\n" +
		"2、参赛对象:系统工会、基层工会组队报名参赛\n3、竞赛地点:一中报告厅\n(二)劳模风采宣传活动\n1、主办单位:市总工会\n2、协办单位:市广电局、市电视台\n"
	wantRows(t, "numbered fields", parseAt(text), []probeRow{
		{"“争创文明城职工当先锋”知识竞赛", []string{"市总工会", "市委文明办", "市文化体育新闻出版局", "中国移动有限公司某分公司"}, []string{"市总工会", "市委文明办", "市文化体育新闻出版局"}, nil, "", nil},
		{"劳模风采宣传活动", []string{"市总工会", "市广电局", "市电视台"}, []string{"市总工会"}, nil, "", nil},
	})
}

// Held-out set 244: a bureau's own service centre named after it (省气象
// 局后勤服务中心) is one body, no two run together; 省气象台 is a body; 项目
// 实施: labels who carries a project out; a youth league committee's
// departments after its first (团省委办公室、组织部、学校部) take its prefix,
// as 市县党委组织部、宣传部 does.
func TestBureauCentresAndLeaguePrefix(t *testing.T) {
	text := "四、职责分工\n6.省气象台\n负责气象灾害应急相关监测、预报、预警信息的发布。\n12.省气象局后勤服务中心\n负责应急期间的后勤保障工作。\n"
	wantRows(t, "bureau", parseAt(text), []probeRow{
		{"省气象台", []string{"省气象台"}, nil, nil, "", []string{"owners"}},
		{"省气象局后勤服务中心", []string{"省气象局后勤服务中心"}, nil, nil, "", []string{"owners"}},
	})
	league := "三、重点活动\n(一)海西建设青年标兵座谈会\n邀请百名海西建设青年标兵座谈,展示青春风采。\n项目实施:团省委办公室、组织部、宣传部\n" +
		"(二)先进青年典型进校园\n组织先进青年典型进校园,共话成长。\n项目实施:团省委学校部、农村部、宣传部\n"
	wantRows(t, "league", parseAt(league), []probeRow{
		{"海西建设青年标兵座谈会", []string{"团省委办公室", "团省委组织部", "团省委宣传部"}, nil, nil, "", nil},
		{"先进青年典型进校园", []string{"团省委学校部", "团省委农村部", "团省委宣传部"}, nil, nil, "", nil},
	})
}

// Probe 71's findings. Bare units in a bracket, then the limit a sentence
// of its own ((县住建局,县水务局、县财政局)。2023年10月底前完成。): the whole
// notice had been refused. A bracket closing an item's first sentence with
// more text after it ((县教育局负责)。2022年已完成3所。) names its owners;
// the title had taken the bracket and the owners were cut inside it. A
// rule that the units before the comma lead makes every one of them lead
// (县人社局、县就业服务中心,各乡镇 → two leads), not the first alone.
func TestProbe71Findings(t *testing.T) {
	bare := "1.推进县城污水管网改造(县住建局,县水务局、县财政局)。2023年10月底前完成。\n2.开展全民技能提升行动(县人社局)。2023年12月底前完成。\n"
	wantRows(t, "bare", parseAt(bare), []probeRow{
		{"推进县城污水管网改造", []string{"县住建局", "县水务局", "县财政局"}, nil, nil, "2023-10-31", nil},
		{"开展全民技能提升行动", []string{"县人社局"}, nil, nil, "2023-12-31", nil},
	})
	first := "一、教育\n1.新建农村寄宿制学校5所(县教育局负责)。2022年已完成3所。\n2.推进城区学校扩容(县教育局负责)。该项目由县发改局统筹协调,2023年12月底前完成主体工程。\n"
	wantRows(t, "first sentence", parseAt(first), []probeRow{
		{"新建农村寄宿制学校5所", []string{"县教育局"}, nil, nil, "", nil},
		{"推进城区学校扩容", []string{"县教育局"}, nil, nil, "2023-12-31", []string{"owners"}},
	})
	comma := "某县2023年重点工作任务分工方案\n(逗号前的单位为牵头单位,下同)\n一、稳增长\n1.推进县城污水管网改造(县住建局,县水务局、县财政局负责)。\n" +
		"2.落实就业优先政策(县人社局、县就业服务中心,各乡镇负责)。\n3.开展招商引资行动(县商务局负责)。\n"
	wantRows(t, "comma", parseAt(comma), []probeRow{
		{"推进县城污水管网改造", []string{"县住建局", "县水务局", "县财政局"}, []string{"县住建局"}, nil, "", nil},
		{"落实就业优先政策", []string{"县人社局", "县就业服务中心", "各乡镇"}, []string{"县人社局", "县就业服务中心"}, nil, "", nil},
		{"开展招商引资行动", []string{"县商务局"}, []string{"县商务局"}, nil, "", nil},
	})
}

// A table's column of the leaders answering for its rows named by their
// post (分管市长 | 序号 | 主要工作任务 | … | 责任单位 |) gives the leaders;
// the name had been lost, in silence, and a row whose cell is merged
// with the row above's takes it, listed.
func TestPostColumnLeaders(t *testing.T) {
	text := "分管市长 | 序号 | 主要工作任务 | 一季度重点工作完成情况 | 责任单位 |\n" +
		"周军波 | 1 | 一般公共预算收入增长2.5%。 | 1-3月份完成37.58亿元。 | 财政局、税务局 |\n" +
		"2 | 坚决扛起政府系统全面从严治党政治责任。 | 严格落实各项规定。 | 市府办 |\n"
	wantRows(t, "post column", parseAt(text), []probeRow{
		{"一般公共预算收入增长2.5%", []string{"财政局", "税务局"}, nil, []string{"周军波"}, "", nil},
		{"坚决扛起政府系统全面从严治党政治责任", []string{"市府办"}, nil, []string{"周军波"}, "", []string{"leaders"}},
	})
}

// Held-out sets 246 and 247: 由X牵头,会同Y、Z等部门提出实施意见 and 由X牵头,
// 会同Y等部门负责落实: the bodies X works with are owners (they were
// lost, or read as 会同Y); 由X、Y分别牵头 names two leads, not Y分别; a
// date and a number in one bracket under the title ((2003年3月19日 沪府
// 办发[2003]4号)) are the notice's date and number.
func TestJoinedBodiesAndDateBeforeNumber(t *testing.T) {
	text := "(一)关于“提高农业机械化水平”问题,由农业部牵头,会同财政部等部门负责落实。\n" +
		"(二)关于“支持主产区建立一批农业科技型企业”问题,由农业部牵头,会同财政部、税务总局、发展改革委等部门提出实施意见。\n" +
		"(三)关于“现有农业固定资产投资向主产区倾斜”问题,由发展改革委、财政部分别牵头,会同国土资源部、农业部等部门研究提出具体实施意见。\n"
	wantRows(t, "joined", parseAt(text), []probeRow{
		{"关于“提高农业机械化水平", []string{"农业部", "财政部"}, []string{"农业部"}, nil, "", []string{"owners"}},
		{"关于“支持主产区建立一批农业科技型企业", []string{"农业部", "财政部", "税务总局", "发展改革委"}, []string{"农业部"}, nil, "", []string{"owners"}},
		{"关于“现有农业固定资产投资向主产区倾斜", []string{"发展改革委", "财政部", "国土资源部", "农业部"}, []string{"发展改革委", "财政部"}, nil, "", []string{"owners"}},
	})
	dated := "上海市人民政府办公厅关于印发2003年\n市政府要完成的与人民生活密切相关的实事的通知\n(2003年3月19日 沪府办发[2003]4号)\n各区、县人民政府,市政府各委、办、局:\n" +
		"经市政府同意,现将《实事》印发给你们,请抓紧组织实施。\n"
	if n := parseAt(dated); n.Number != "沪府办发[2003]4号" || n.Date.Format("2006-01-02") != "2003-03-19" {
		t.Errorf("number %q date %v", n.Number, n.Date)
	}
}

// A writing-samples site's watermark over the text (本 文由 第 一 公文 网
// 收 集 整理5) and a line of backquotes are the site's: no part of the
// title they stood over.
func TestSampleSiteWatermark(t *testing.T) {
	text := "``\n本 文由 第 一 公文 网 收 集 整理5\n\n2017年市妇联纪念“三八”国际劳动妇女节活动方案\n\n" +
		"一、开展“好家风好家训”主题宣传展示活动(宣传部牵头)\n活动时间:2017年3月4日\n"
	if n := parseAt(text); n.Title != "2017年市妇联纪念“三八”国际劳动妇女节活动方案" {
		t.Errorf("title %q", n.Title)
	}
}

// Probe 72's findings. A numbered field's label with its units on the
// lines under it (2、承办单位： / 县卫健局 / 县公安局) had made the whole
// notice unreadable; a closing 三、工作要求 naming no one became a task; a
// date and a number apart by a full-width space, a mark after them
// ((2022年1月5日　×府发〔2022〕1号　主动公开)), lost the number; a person
// before a post among the units (县卫健局、张伟副县长负责) was an owner.
func TestProbe72Findings(t *testing.T) {
	text := "关于开展2024年“安全生产月”系列活动的通知\n\n各乡镇人民政府，县安委会各成员单位：\n    经研究，决定开展系列活动，现将有关事项通知如下：\n\n" +
		"一、安全生产宣传咨询日活动\n1、主办单位：县应急管理局、县消防救援大队\n2、协办单位：各乡镇人民政府\n3、活动时间：2024年6月16日\n\n" +
		"二、应急救援综合演练\n1、主办单位：县应急管理局\n2、承办单位：\n县卫健局\n县公安局\n3、活动时间：2024年6月底前\n\n" +
		"三、工作要求\n各单位要高度重视，精心组织，确保活动安全有序。\n\n××县安全生产委员会办公室\n2024年5月20日\n"
	// The event's time under its label after the labels is the task's
	// text, its date shown on the due (it had been left unplaced, the due
	// empty in silence); the units taken onto their label's line leave no
	// empty unplaced line behind.
	n := parseAt(text)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[1].Owners, []string{"县应急管理局", "县卫健局", "县公安局"}) || !slices.Equal(n.Tasks[1].Lead, []string{"县应急管理局"}) ||
		!slices.Equal(n.Tasks[0].Owners, []string{"县应急管理局", "县消防救援大队", "各乡镇人民政府"}) {
		t.Fatalf("empty label: %q", owned(n))
	}
	for _, k := range n.Tasks {
		if !reviewed(k, "due") && k.Due.IsZero() {
			t.Errorf("task %s: its event's time neither read nor listed: %+v", k.ID, k.Review)
		}
	}
	for _, l := range n.Unplaced {
		if strings.TrimSpace(l.Text) == "" {
			t.Errorf("an empty unplaced line %d", l.N)
		}
	}
	dated := "××市人民政府关于印发××市2022年为民办实事项目的通知\n（2022年1月5日　×府发〔2022〕1号　主动公开）\n\n各区人民政府，市政府各委、办、局：\n现将项目印发给你们。\n"
	if n := parseAt(dated); n.Number != "×府发〔2022〕1号" || n.Date.Format("2006-01-02") != "2022-01-05" {
		t.Errorf("number %q date %v", n.Number, n.Date)
	}
	posts := "1.加强医疗卫生服务体系建设（县卫健局、张伟副县长负责）。\n2.推进城区学校扩容（县教育局负责）。\n"
	wantRows(t, "post in list", parseAt(posts), []probeRow{
		{"加强医疗卫生服务体系建设", []string{"县卫健局"}, nil, []string{"张伟副县长"}, "", []string{"leaders"}},
		{"推进城区学校扩容", []string{"县教育局"}, nil, nil, "", nil},
	})
}

// Probe 72, further: an item's sentence opening with the units that lead
// it, then those they work with, with no 由 before them (县住建局牵头，会同
// 县财政局、县自然资源局研究制定…): the notice had been refused whole, where
// 由县住建局牵头，会同… was read; the listing quotes the words as written.
func TestLeadThenWithoutYou(t *testing.T) {
	text := "某县2023年重点工作\n1.推进城区更新改造。县住建局牵头，会同县财政局、县自然资源局研究制定实施方案，年底前完成。\n" +
		"2.推进产业园建设。县发改局牵头，会同县工信局、县商务局等部门抓好落实。\n"
	n := parseAt(text)
	wantRows(t, "no you", n, []probeRow{
		{"推进城区更新改造", []string{"县住建局", "县财政局", "县自然资源局"}, []string{"县住建局"}, nil, "2023-12-31", []string{"owners", "lead"}},
		{"推进产业园建设", []string{"县发改局", "县工信局", "县商务局"}, []string{"县发改局"}, nil, "", []string{"owners", "lead"}},
	})
	if !hasReview(n.Tasks[0], "owners", "“县住建局牵头”") {
		t.Errorf("the listing misquotes the text: %+v", n.Tasks[0].Review)
	}
}

// An item opening with its lead, then the bodies it works with (市发改委
// 牵头，会同市财政局、市税务局出台…) had only the lead read; 由X牵头会同Y…
// with no comma read nothing.
func TestLeadWithBodiesAtHead(t *testing.T) {
	text := "一、深化审批制度改革\n（一）市发改委牵头，会同市财政局、市税务局出台减税降费配套措施。\n" +
		"（二）由市人社局牵头会同市教育局研究制定人才引进办法，市委组织部、市财政局配合。\n"
	wantRows(t, "with at head", parseAt(text), []probeRow{
		{"市发改委牵头，会同市财政局、市税务局出台", []string{"市发改委", "市财政局", "市税务局"}, []string{"市发改委"}, nil, "", []string{"owners"}},
		{"由市人社局牵头会同市教育局研究制定", []string{"市人社局", "市教育局", "市委组织部", "市财政局"}, []string{"市人社局"}, nil, "", []string{"owners"}},
	})
}

// Probe 73: a bureau's post written short among the units (县林业局、林业
// 局长负责), and a clause of a post's part (局长亲自抓, 李红常务副县长分管),
// had been owners, in silence: they are leaders, listed as posts are.
func TestShortPostsAndPostClauses(t *testing.T) {
	text := "1.推进林业建设（县林业局、林业局长负责）。\n2.推进文旅建设（县文旅局负责，局长亲自抓）。\n3.推进医改（县卫健局负责，李红常务副县长分管）。\n"
	wantRows(t, "short posts", parseAt(text), []probeRow{
		{"推进林业建设", []string{"县林业局"}, nil, []string{"林业局长"}, "", []string{"leaders"}},
		{"推进文旅建设", []string{"县文旅局"}, nil, []string{"局长"}, "", []string{"leaders"}},
		{"推进医改", []string{"县卫健局"}, nil, []string{"李红常务副县长"}, "", nil},
	})
}
