package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 26's held-out set (set 27: agriculture, petitions and governance,
// market supervision, digital government) showed, each closed by a
// general rule:

// a page that served the notice as one line, its section headings run on
// into their first item: after a space (广州, 一、总体目标 1.总体目标。…
// 二、加强社会建设统筹规划 2.完善社会建设规划体系。…) or straight on after a
// heading of commas and quotes (长宁, 一、对接市级“一网通办”平台,以“…”为
// 目标,全力推进业务流程革命性再造1.实现…). Before, the heading and the
// item were read as one task's title, and 长宁's second item ran into the
// first. Now the heading is the section, each item a task.
func TestHeadingRunOnIntoItem(t *testing.T) {
	spaced := "关于加强社会建设的实施意见为深入贯彻科学发展观,提出以下实施意见。 一、总体目标 1.总体目标。按照建设“大社会、好社会”的总体要求,争当排头兵。 " +
		"二、加强社会建设统筹规划 2.完善社会建设规划体系。加强和创新社会建设规划管理。2013年底前编制完成《广州市社会建设规划纲要》。(牵头单位:市社工委,配合单位:市发展改革委、市民政局等)\n"
	n := Parse(spaced, today)
	if len(n.Tasks) != 1 || n.Tasks[0].Title != "完善社会建设规划体系" || !slices.Equal(n.Tasks[0].Lead, []string{"市社工委"}) || !reviewed(n.Tasks[0], "owners") {
		t.Fatalf("spaced: %+v", n.Tasks)
	}
	if s := n.Sections[len(n.Sections)-1]; s.Title != "加强社会建设统筹规划" {
		t.Errorf("section %q", s.Title)
	}
	straight := "现提出工作要点安排如下:一、对接市级“一网通办”平台,以“减时间、减环节、减材料、减跑动”为目标,全力推进业务流程革命性再造1.实现网上行政审批事项提交材料平均减少一半。对接市级“一网通办”,实现网上行政审批事项提交材料平均减少一半。(责任部门:区府办、区科委)2.实现所有行政审批事项办理时限平均减少一半。紧密对接全市行政审批制度改革,审批办理时限比承诺时限平均减少一半。(责任部门:区审改办)\n"
	n = Parse(straight, today)
	want := [][]string{{"实现网上行政审批事项提交材料平均减少一半", "区府办", "区科委"}, {"实现所有行政审批事项办理时限平均减少一半", "区审改办"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("straight: %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; got.Title != w[0] || !slices.Equal(got.Owners, w[1:]) || len(got.Lead) != 0 {
			t.Errorf("task %d: %q owners %q lead %q, want %q", i+1, got.Title, got.Owners, got.Lead, w)
		}
	}
	// A heading's words that cite a figure (1.5倍), or a sentence closed by
	// a stop before a number, run on as they were.
	for _, s := range []string{"一、提高城乡居民收入水平,力争人均收入达到2010年的1.5倍以上", "一、总体目标。按照“大社会、好社会”的要求,完成1.改造任务。"} {
		if got := splitItems(s); len(got) != 1 {
			t.Errorf("split %q", got)
		}
	}
}

// an item's closing bracket naming its lead, helpers and the collective
// that carries it out, then a rule for the items below whose sentence
// goes on over commas (佳木斯, [市水务局牵头,…,各县(市)区政府负责落实。
// 以下均需各县(市)区政府落实,区政府无相关工作职能的,由市政府直属责任部门
// 负责相关工作,不再列出)]); and a year opening the item's target sentence
// (2018年,省考核范围内用水总量控制在…). Before, the rule's clauses were
// read as two more owners, and the year was no due and not listed. Now
// the rule's sentence names no owner of the item, and the year, the
// item's only time, is its due at the year's end, listed.
func TestBracketRuleSentenceAndYearTarget(t *testing.T) {
	text := "二、工作任务\n(一)实施最严格水资源管理。\n" +
		"1.控制用水总量。   强化用水监督管理。新、改、扩建项目用水要达到行业先进水平。2018年,省考核范围内用水总量控制在47.38亿立方米。" +
		"[市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。以下均需各县(市)区政府落实,区政府无相关工作职能的,由市政府直属责任部门负责相关工作,不再列出)]\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if got.Title != "控制用水总量" || !slices.Equal(got.Owners, []string{"市水务局", "市工信委", "城乡建设局", "各县(市)区政府"}) || !slices.Equal(got.Lead, []string{"市水务局"}) {
		t.Errorf("owners %q lead %q", got.Owners, got.Lead)
	}
	if got.Due.Format("2006-01-02") != "2018-12-31" || !reviewed(got, "due") {
		t.Errorf("due %v review %+v", got.Due, got.Review)
	}
	// A year among others, or a date of its own, is no year target.
	two := "1.控制用水总量。2018年,用水总量控制在47亿立方米;2019年,控制在46亿立方米。(市水务局负责)\n"
	if n := Parse(two, today); len(n.Tasks) != 1 || !n.Tasks[0].Due.IsZero() {
		t.Errorf("two years: %+v", n.Tasks)
	}
}

// a portal's row of links to the city's bodies at the head of the page,
// above its 首页 link and its breadcrumb (萍乡, 中共萍乡市委 萍乡市人大 萍乡市政协 /
// 首页 / 当前栏目: 首页>政务>政府文库>萍府办发). Before, the row was read as the
// notice's three joint issuers. Now a row of three or more bodies' names
// above a breadcrumb is the page's, and the issuer is the one the title
// names at its head; two bodies over a title with no breadcrumb stay its
// issuers.
func TestMastheadLinksAboveBreadcrumb(t *testing.T) {
	page := "中共萍乡市委 萍乡市人大 萍乡市政协\n \n 首页\n当前栏目: 首页>政务>政府文库>萍府办发\n" +
		"萍乡市人民政府办公室关于印发萍乡市创建全国禁毒示范城市实施方案的通知\n" +
		"2018-08-27     来源:市政府办公室 字号:[            ]\n\n" +
		"各县(区)人民政府,市政府各部门:\n\n《萍乡市创建全国禁毒示范城市实施方案》已经市政府同意,现印发给你们,请遵照执行。\n\n" +
		"                           2018年 8 月23日\n\n(此件主动公开)\n"
	n := Parse(page, today)
	if n.Issuer != "萍乡市人民政府办公室" || n.Title != "萍乡市人民政府办公室关于印发萍乡市创建全国禁毒示范城市实施方案的通知" || n.Date.Format("2006-01-02") != "2018-08-23" {
		t.Errorf("header %q %q %v", n.Issuer, n.Title, n.Date)
	}
	if !mastheadLinks("中共萍乡市委 萍乡市人大 萍乡市政协") || mastheadLinks("中共萍乡市委 萍乡市人民政府") || mastheadLinks("关于印发 萍乡市…方案 的通知") {
		t.Error("masthead links")
	}
}

// a PDF's text layer of a scanned notice served as one line, each of its
// line breaks a space (南京, 秘密 宁政法[2012]1 号 ★ 市委政法委、市综治委关于印发
// 市政法综治部门…工程 项目任务责任分解方案的通知 市政法各部门、…综治 委: 为了…).
// Before, the whole line was a paragraph: no title, number or issuer.
// Now the number (as written), the title and the recipients are read
// from its head, the issuers the bodies the title names at its head.
func TestPDFLayerOneLineHead(t *testing.T) {
	text := "秘密 宁政法[2012]1 号 ★ 市委政法委、市综治委关于印发 市政法综治部门实施社会管理创新工程 项目任务责任分解方案的通知 " +
		"市政法各部门、市综治委各成员单位,各区县政法委、综治 委: 为了认真贯彻省委办公厅、省政府办公厅转发《省委政 法委、省综治委关于社会管理创新工程实施方案》的通知(苏 办[2011]42 号)精神," +
		"结合南京实际,市委政法委、市综治委研究制 定了《市政法综治部门实施社会管理创新工程项目任务责任 分解方案》 。现印发给你们,请结合实际抓好贯彻落实,并提 出如下要求: " +
		"1、加强组织领导。各级政法综治部门和综治委成员单 位要在党委、政府的统一领导下,把实施《分解方案》项目 摆上突出位置,全力组织实施。\n"
	n := Parse(text, today)
	if n.Number != "宁政法[2012]1 号" || n.Issuer != "市委政法委、市综治委" || spaceless(n.Title) != "市委政法委、市综治委关于印发市政法综治部门实施社会管理创新工程项目任务责任分解方案的通知" {
		t.Errorf("header %q %q %q", n.Number, n.Issuer, n.Title)
	}
	if len(n.Tasks) != 0 {
		t.Errorf("the letter's request is no task: %+v", n.Tasks)
	}
	// A long paragraph that cites a number and a title is no head.
	para := "根据 宁政法[2012]1 号 ★ 市委政法委、市综治委关于印发 市政法综治部门实施社会管理创新工程 项目任务责任分解方案的通知 " +
		"市政法各部门: 为了认真贯彻省委办公厅、省政府办公厅转发《省委政法委、省综治委关于社会管理创新工程实施方案》的通知精神,结合南京实际,现提出如下要求,请结合实际抓好贯彻落实,确保各项任务扎实推进、如期实现。"
	if got := lostBreaks(para); got != para {
		t.Errorf("paragraph split: %q", got)
	}
}

// 全区各责任单位等 closing a bracket of named offices (长宁, (责任部门:区府办、
// 区科委、全区各责任单位等)): every unit answering for the work, no one an
// office can chase. Before, it was kept as an owner and a lead to check.
// Now it is an open name like 各有关单位: the named offices are the owners,
// listed.
func TestEveryResponsibleUnitIsOpen(t *testing.T) {
	n := Parse("1.实现网上行政审批事项提交材料平均减少一半。对接市级“一网通办”,实现网上行政审批事项提交材料平均减少一半。(责任部门:区府办、区科委、全区各责任单位等)\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"区府办", "区科委"}) || len(n.Tasks[0].Lead) != 0 || !reviewed(n.Tasks[0], "owners") || reviewed(n.Tasks[0], "lead") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// Set 26 (safety, education, health; law sites' middle pages, news
// reports, inspection lists) showed:

// a label of the units and of the persons in them (昆明, 1.2009年底前,完成
// 盘龙消防三中队建设… / 责任单位及责任人:盘龙区政府主要领导。), the post standing
// for each unit's head after the last unit. Before, no label was read:
// the ten items were dropped as naming no one, and nothing was listed.
// Now the units are the owners, and the post is the leaders, listed.
func TestUnitsAndPersonsLabel(t *testing.T) {
	text := "一、消防站点建设\n1.2009年底前,完成特勤消防三中队、呈贡消防二中队建设,并配套完成消防车辆装备建设。\n" +
		"责任单位及责任人:呈贡县政府、市发改委、市财政局、市规划局、市建设局、市国土局、市公安消防支队主要领导。\n" +
		"2.2009年底前,完成盘龙消防三中队建设,并配套完成消防车辆装备建设。\n责任单位及责任人:盘龙区政府主要领导。\n"
	n := Parse(text, today)
	want := [][]string{{"呈贡县政府", "市发改委", "市财政局", "市规划局", "市建设局", "市国土局", "市公安消防支队"}, {"盘龙区政府"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, w) || len(got.Lead) != 0 || !slices.Equal(got.Leaders, []string{"主要领导"}) || !reviewed(got, "leaders") ||
			got.Due.Format("2006-01-02") != "2009-12-31" {
			t.Errorf("task %d: owners %q lead %q leaders %q due %v", i+1, got.Owners, got.Lead, got.Leaders, got.Due)
		}
	}
}

// a section whose (一) and (二) are each one paragraph closing with who
// leads it, and whose (三) holds items 1. 2. (镇江, 三、活动安排 / (一)万企安全
// 责任落实行动 / 组织所有企业…。(牵头单位:各地、各部门) / … / (三)“安全生产月”系列
// 活动 / 1.举办…。(牵头单位:市安委办)). Before, the 1. items made every (一)
// of the section a heading: (一) and (二) were lost, one of them not even
// listed. Now a (一) with no 1. item under it, its paragraph closing with
// its bracket, is a task beside the 1. items of its sibling.
func TestParenItemBesideNumberedSibling(t *testing.T) {
	text := "三、活动安排\n(一)万企安全责任落实行动\n组织所有企业对安全生产规章制度进行修改完善,各地、各部门分别对所属企业责任落实情况进行专项执法检查。(牵头单位:各地、各部门)\n" +
		"(二)万人培训活动\n依法全面轮训、复训企业主要负责人、分管负责人、安全管理人员、特种作业人员万人以上。(牵头单位:市安监局)\n" +
		"(三)“安全生产月”系列活动\n1.举办“安全生产月”启动仪式及以“关爱生命、安全发展”为主题的文艺演出。(牵头单位:市安委办)\n" +
		"2.开展安全生产法律、法规知识万人咨询活动(含各辖市区)。(牵头单位:市安委办)\n"
	n := Parse(text, today)
	want := []string{"万企安全责任落实行动", "万人培训活动", "举办“安全生产月”启动仪式及以“关爱生命、安全发展”为主题的文艺演出", "开展安全生产法律、法规知识万人咨询活动(含各辖市区)"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if n.Tasks[i].Title != w || len(n.Tasks[i].Lead) == 0 {
			t.Errorf("task %d: %q lead %q, want %q", i+1, n.Tasks[i].Title, n.Tasks[i].Lead, w)
		}
	}
	if !slices.Equal(n.Tasks[1].Lead, []string{"市安监局"}) {
		t.Errorf("lead %q", n.Tasks[1].Lead)
	}
}

// a news report giving a campaign's division of work as one paragraph of
// unnumbered sentences, each opening with who leads it (开封, 市安全监管局牵头,
// 负责组织开展对…的专项整治工作。市公安局牵头,负责…。…公安消防支队牵头,…), over a
// site's copyright terms numbered 1、–3、 under 豫都网版权与免责声明. Before,
// the sentences were one line not placed and not listed, and the terms
// items. Now each such sentence, two or more in a paragraph, is a task, its
// units the lead, listed; the terms under a disclaimer's heading at the
// page's foot are the site's.
func TestLedSentencesAndDisclaimer(t *testing.T) {
	text := "此次专项行动时间为2016年12月1日至2017年2月28日。按照安委会要求,各县区负责组织开展本辖区专项整治工作。\n" +
		"市安全监管局牵头,负责组织开展对危险化学品和烟花爆竹领域的专项整治工作。市公安局牵头,负责组织开展对道路交通领域的专项整治工作。公安消防支队牵头,负责组织开展对人员密集场所的专项整治工作。开封供电公司牵头,负责组织开展对供电安全领域的专项整治工作。\n" +
		"豫都网版权与免责声明\n1、未经豫都网(以下简称本网)许可,任何人不得非法使用本网自有版权作品。\n2、本网转载其他媒体之稿件,不代表本网赞同其观点和对其真实性负责。\n"
	n := Parse(text, today)
	want := []string{"市安全监管局", "市公安局", "公安消防支队", "开封供电公司"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w+"牵头,负责组织开展对") || !slices.Equal(got.Owners, []string{w}) || !slices.Equal(got.Lead, []string{w}) || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q lead %q", i+1, got.Title, got.Owners, got.Lead)
		}
	}
	// One such sentence in a paragraph is no division of work.
	if n := Parse("按照安委会要求,市安全监管局牵头,负责组织开展专项整治工作。各县区负责本辖区工作。\n", today); len(n.Tasks) != 0 {
		t.Errorf("one sentence: %+v", n.Tasks)
	}
}

// a news report's division of work counted in words (铜川, 一是由市公安局负责,
// 成立…。 / 二是由市安监局负责,… / 三是由市环保局负责,…;四是进一步规范…). Before,
// the points were lines of the preamble, none read or listed. Now points
// 一是, 二是 … in order, two or more of them opening with 由X负责, are items:
// each a task, listed; a clause naming units that act each by its own
// duties (市公安局、…、市四创办结合各自职能,…) names the owners of the fourth.
func TestOrdinalPoints(t *testing.T) {
	text := "铜川多部门联动开展烟花爆竹专项整治\n  针对近期态势,市四创办牵头组织公安、环保、安监等部门召开专题协调会,布置任务,明确分工。\n" +
		"  一是由市公安局负责,成立烟花爆竹检查稽查队,加强对烟花爆竹燃放管理。\n  二是由市安监局负责,加强对烟花爆竹生产批发企业的安全监督。\n" +
		"  三是由市环保局负责,多渠道向社会各界广泛宣传,并加大对燃放烟花造成污染的监督处罚;四是进一步规范烟花爆竹市场管理经营秩序,市公安局、市环保局、市安监局、市四创办结合各自职能,联合起草了《通告》,建立长效机制。\n"
	n := Parse(text, today)
	want := [][]string{{"由市公安局负责,成立烟花爆竹检查稽查队", "市公安局"}, {"由市安监局负责,加强对烟花爆竹生产批发企业的安全监督", "市安监局"}, {"由市环保局负责,多渠道向社会各界广泛宣传", "市环保局"},
		{"进一步规范烟花爆竹市场管理经营秩序", "市公安局", "市环保局", "市安监局", "市四创办"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w[0]) || !slices.Equal(got.Owners, w[1:]) || len(got.Lead) != 0 || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q lead %q", i+1, got.Title, got.Owners, got.Lead)
		}
	}
	// Principles counted in words that name no one are no tasks.
	if n := Parse("一、基本原则\n一是坚持统筹兼顾。二是坚持突出重点。三是坚持改革创新。\n", today); len(n.Tasks) != 0 {
		t.Errorf("principles: %+v", n.Tasks)
	}
}

// inspection-item lists (抽查事项清单) as | rows (华县, 石泉, 长治): a header
// naming the department alone (部门), the body that checks (检查主体), the
// one that starts an inspection (發起部門) beside the ones helping (配合部門),
// a code column (事项编号) and a kind column (事项类别) before the items, or
// a heading given over two columns (抽查类别 | 抽查类别); a remark naming the
// lead (备注: 教育局牵头); a cell joining units with a word and spaces (教育局
// 联合 卫健委 市场监管局); a row numbered 3 whose cells hold a header's words
// (…事项清单…的通知》, 教育局牵头). Before, no header was read (or the row 3 was
// taken for one and lost, not listed). Now each row is a task; a kind of
// department at no level (卫生健康部门) is listed.
func TestInspectionItemLists(t *testing.T) {
	huaxian := "序号 | 部门 | 事项编号 | 事项名称 | 依据 | 检查内容 | 备注 |\n" +
		"1 | 教育局 | 36041052602001 | 营养改善计划 | 省教体卫艺[2016]1004号 | 营养改善计划 | |\n" +
		"3 | 教育局 联合 卫健委 市场监管局 | 36041052605001 | 中小学办学情况“双随机、一公开”部门联合抽查 | 《关于印发滑县市场监管领域部门联合抽查事项清单(第一版)的通知》(滑双随机办〔2020〕4号) | 学校卫生情况;学校食堂食品安全情况。 | 教育局牵头 |\n"
	n := Parse(huaxian, today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "营养改善计划" || !slices.Equal(n.Tasks[0].Owners, []string{"教育局"}) ||
		!strings.HasPrefix(n.Tasks[1].Title, "中小学办学情况") || !slices.Equal(n.Tasks[1].Owners, []string{"教育局", "卫健委", "市场监管局"}) || !slices.Equal(n.Tasks[1].Lead, []string{"教育局"}) {
		t.Fatalf("华县: %+v", n.Tasks)
	}
	shiquan := "| 抽查类别 | 抽查类别 | 检查对象 | 事项类别 | 检查方式 | 检查主体 | 检查依据 |\n" +
		"| 一般检查 | 劳动防护用品管理情况 | 生产经营单位 | 安全生产随机抽查综合事项 | 现场检查、查阅资料 | 石泉县应急管理局 | 《安全生产法》 |\n" +
		"| 一般检查 | 危险作业安全管理情况 | 生产经营单位 | 安全生产随机抽查综合事项 | 现场检查、查阅资料 | 石泉县应急管理局 | 《安全生产法》 |\n"
	n = Parse(shiquan, today)
	if len(n.Tasks) != 2 || n.Tasks[1].Title != "危险作业安全管理情况" || !slices.Equal(n.Tasks[1].Owners, []string{"石泉县应急管理局"}) || len(n.Tasks[1].Lead) != 0 {
		t.Fatalf("石泉: %+v", n.Tasks)
	}
	changzhi := "序号 | 抽查领域 | 抽查事项 | 检查对象 | 发起部门 | 配合部门 | 抽查层级 | 备注 |\n" +
		"1 | 旅馆抽查 | 旅馆从业单位及人员取得许可证及旅馆卫生管理等情况 | 各类旅馆 | 卫生健康部门 | 市场监管部门 | 市级/县级 | 重点抽查 |\n" +
		"2 | 学校抽查 | 中小学校每年开展学生体检情况 | 市直各类学校 | 市卫生健康委员会 | 市教育局 | 市级 | 一般抽查 |\n"
	n = Parse(changzhi, today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Lead, []string{"卫生健康部门"}) || !reviewed(n.Tasks[0], "owners") ||
		!slices.Equal(n.Tasks[1].Owners, []string{"市卫生健康委员会", "市教育局"}) || reviewed(n.Tasks[1], "owners") {
		t.Fatalf("长治: %+v", n.Tasks)
	}
}

// a law site's middle page served as one line (三亚, [接上页] (十一)破产企业卫生
// 管理 牵头单位:市国资委 配合单位:河东区、河西区 主要任务:1、…;2、…。 (十二)…):
// each item's heading, its labels run on after spaces, and its duties
// numbered 1、2、 under 主要任务. Before, [接上页] was the title, the duties
// were read as items and the (十X) as headings: nothing read, one line
// listed. Now the page's mark is dropped, the duties under a task's label
// are the item's text, and each (十X) is a task.
func TestContinuedPageLabelledItems(t *testing.T) {
	text := "[接上页] (十一)破产企业卫生管理 牵头单位:市国资委 配合单位:河东区、河西区 主要任务:1、对破产企业的卫生进行整治,特别是外贸路的外贸破产企业;2、由市国资委、河东区、河西区组织下岗职工组成卫生专业队进行保洁。 " +
		"(十二)城区废品收购站清理 牵头单位:河东区、河西区 配合单位:市公安局、市商务局、三亚工商局 主要任务:在10月20日前将城区的废品收购站清理到选定的郊区地段,对无证站点进行取缔。 " +
		"二、具体要求 (一)各镇、区、农场、各有关单位要提高认识,按时按质按量完成整改任务。 二OO八年九月八日\n"
	n := Parse(text, today)
	if n.Title != "" || len(n.Tasks) != 2 {
		t.Fatalf("title %q tasks %+v", n.Title, n.Tasks)
	}
	if got := n.Tasks[0]; got.Title != "破产企业卫生管理" || !slices.Equal(got.Owners, []string{"市国资委", "河东区", "河西区"}) || !slices.Equal(got.Lead, []string{"市国资委"}) ||
		!strings.HasPrefix(got.Body, "1、对破产企业") {
		t.Errorf("task 1: %q %q %q body %q", got.Title, got.Owners, got.Lead, got.Body)
	}
	if got := n.Tasks[1]; got.Title != "城区废品收购站清理" || !slices.Equal(got.Lead, []string{"河东区", "河西区"}) || !reviewed(got, "due") {
		t.Errorf("task 2: %+v", got)
	}
}

// an item whose sub-item says who answers for it in a sentence (灾后重建,
// 3. 卫生。 / (1)重建任务及实施步骤。…8月底前完成。 / (2)责任主体。卫生主管部门、
// 受灾医疗卫生机构是责任主体。). Before, no owner was read: the item was dropped
// and not listed. Now X是责任主体 names the owners, listed, and the kinds of
// body at no level are listed too.
func TestSubjectSentenceNamesOwners(t *testing.T) {
	text := "3. 卫生。\n(1)重建任务及实施步骤。恢复重建县乡两级医疗卫生机构的倒塌及损坏业务用房,更新部分设备。8月底前完成。\n(2)责任主体。卫生主管部门、受灾医疗卫生机构是责任主体。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || n.Tasks[0].Title != "卫生" || !slices.Equal(n.Tasks[0].Owners, []string{"卫生主管部门", "受灾医疗卫生机构"}) || len(n.Tasks[0].Lead) != 0 ||
		!reviewed(n.Tasks[0], "owners") {
		t.Fatalf("tasks %+v", n.Tasks)
	}
}

// a price site's copy under a document block of 【…】 fields with no colons
// (洛阳, 【发布单位】洛阳市政府 / 【发布文号】洛政〔2009〕128号 / 【发布日期】2009-11-06 /
// 【失效日期】 / 【所属类别】政策参考 / 【文件来源】洛阳市), then a letter whose
// only bracket points to the attachment (…15处重大火灾隐患(火灾隐患及责任单位、
// 责任人名单见附件)。). Before, the number kept its label, the date was
// missed and the letter was read as a task owned by the bracket's words.
// Now the block's fields are an index's (【发布日期】 its date of
// promulgation, as 【公布日期】), and a bracket pointing to an attachment
// names no one.
func TestDocumentBlockAndSeeAttached(t *testing.T) {
	text := "【发布单位】洛阳市政府\n【发布文号】洛政〔2009〕128号\n【发布日期】2009-11-06\n【失效日期】\n【所属类别】政策参考\n【文件来源】洛阳市\n" +
		"洛阳市人民政府关于挂牌督办全市重大火灾隐患单位的通知\n(洛政〔2009〕128号)\n各县(市、区)人民政府,市人民政府有关部门:\n" +
		"为有效预防火灾事故,各级公安消防部门在全市范围内开展了火灾隐患大排查,最终认定洛宁县土产大厦等15处重大火灾隐患(火灾隐患及责任单位、责任人名单见附件)。确保15处重大火灾隐患在2010年8月30日前彻底整改完毕。\n" +
		"附件:1. 市政府挂牌督办的重大火灾隐患情况一览表\n2. 县(市、区)政府挂牌督办的重大火灾隐患一览表\n洛阳市人民政府\n"
	n := Parse(text, today)
	if n.Number != "洛政〔2009〕128号" || n.Date.Format("2006-01-02") != "2009-11-06" || n.Issuer != "洛阳市人民政府" || len(n.Tasks) != 0 {
		t.Errorf("number %q date %v issuer %q tasks %+v", n.Number, n.Date, n.Issuer, n.Tasks)
	}
}

// a development zone's division with no title line of the notice
// (宿迁经开区): the signature, the date and (此件公开发布) on one line, then
// the list's title, naming in book brackets the document it carries out,
// run on into its preamble (关于贯彻落实…《…重点工作任务的分工方案》为深入贯彻…).
// Before, the issuer, the date and the title were all missed. Now a mark
// after the date ends the signature's line, and the list's title closing
// with 》 is cut from the preamble and read, though over 60 characters.
func TestSignatureWithMarkAndLongListTitle(t *testing.T) {
	title := "关于贯彻落实市委办公室市政府办公室《关于贯彻落实省委办公厅省政府办公厅〈关于进一步加强安全生产工作的意见〉重点工作任务的分工方案》"
	text := "区各部门、各招商局、科创园,驻区各单位,区各国有公司: 经党工委、管委会领导同意,现将《分工方案》印发给你们,请认真贯彻执行。\n" +
		"宿迁经济技术开发区党政办公室 2020年2月20日 (此件公开发布)\n" +
		title + "为深入贯彻市委办公室市政府办公室《关于贯彻落实省委办公厅省政府办公厅〈关于进一步加强安全生产工作的意见〉重点工作任务的分工方案》精神,进一步加强我区安全生产工作,特制定本方案。 " +
		"一、全面开展安全隐患大排查大整治 (一)全面彻底排查隐患 1、坚持问题导向,各乡(街道)和各国有公司要对所有行业领域开展拉网式排查。 责任单位:各乡(街道),区各国有公司\n"
	n := Parse(text, today)
	if n.Issuer != "宿迁经济技术开发区党政办公室" || n.Date.Format("2006-01-02") != "2020-02-20" || n.Title != title {
		t.Errorf("header %q %v %q", n.Issuer, n.Date, n.Title)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"各乡(街道)", "区各国有公司"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a middle page that opens on the letter's last paragraph, then the
// attachments listed with one left out of the page (昆明, 附件:1.加强…责任分解; /
// 2.重点项目资金估算表。(略)), the date in Chinese numerals, 附件1 and the
// attachment's title over two lines. Before, the second attachment's line
// was read as an item, which ended the header before the date: no date,
// no title. Now an attachment marked (略) is one more of the list, and the
// date and the attachment's title are read.
func TestOmittedAttachmentInList(t *testing.T) {
	text := "各级目督办要把上述重点建设任务纳入目标管理内容,定期跟踪落实。\n附件:1.加强全市消防部队应急救援能力建设主要目标任务及责任分解;\n2.重点项目资金估算表。(略)\n" +
		"二〇〇九年五月三十一日\n附件1\n加强全市消防部队应急救援能力建设\n主要目标任务及责任分解\n一、消防站点建设\n" +
		"1.2009年底前,完成盘龙消防三中队建设,并配套完成消防车辆装备建设。\n责任单位及责任人:盘龙区政府主要领导。\n"
	n := Parse(text, today)
	if n.Date.Format("2006-01-02") != "2009-05-31" || n.Title != "加强全市消防部队应急救援能力建设主要目标任务及责任分解" || len(n.Tasks) != 1 {
		t.Errorf("date %v title %q tasks %+v", n.Date, n.Title, n.Tasks)
	}
}

// a news report stored with no headline, the site's copy note under it
// naming the report (开封, 《12月1日开始开封开展十大重点行业领域安全生产专项整治行动》由
// 河南新闻网-豫都网提供,转载请注明出处:…). Before, the title was empty. Now,
// where nothing else gives a title, the report the copy note names is it.
func TestCopyNoteNamesReport(t *testing.T) {
	text := "发布时间:2016-12-02 11:59 我要投稿\n全媒体记者报道 为确保全市安全生产形势持续稳定,从12月1日开始,我市集中开展十大重点行业领域安全生产专项整治行动。\n" +
		"市安全监管局牵头,负责组织开展对危险化学品和烟花爆竹领域的专项整治工作。市公安局牵头,负责组织开展对道路交通领域的专项整治工作。\n" +
		"《12月1日开始开封开展十大重点行业领域安全生产专项整治行动》由河南新闻网-豫都网提供,转载请注明出处:http://kaifeng.yuduxx.com/minsheng/514642.html,谢谢合作!\n"
	n := Parse(text, today)
	if n.Title != "12月1日开始开封开展十大重点行业领域安全生产专项整治行动" || len(n.Tasks) != 2 {
		t.Errorf("title %q tasks %d", n.Title, len(n.Tasks))
	}
}

// an item beside one naming its owners that says only that some body
// will see to it (灾后重建, 4. 政策支持。 / 对教育、广播电视、卫生、等恢复重建,由相关单位
// 分别按现有管理渠道向上争取资金解决。). Before, it was read as a task with no
// owners. Now, naming no one but 相关单位, it is a policy, no task: its
// lines stay among those not placed.
func TestOpenBodyItemIsNoTask(t *testing.T) {
	text := "3. 卫生。\n(1)重建任务及实施步骤。恢复重建县乡两级医疗卫生机构的倒塌及损坏业务用房。\n(2)责任主体。卫生主管部门、受灾医疗卫生机构是责任主体。\n" +
		"4. 政策支持。\n对教育、广播电视、卫生、等恢复重建,由相关单位分别按现有管理渠道向上争取资金解决。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || n.Tasks[0].Title != "卫生" || len(n.Unplaced) == 0 {
		t.Errorf("tasks %+v unplaced %+v", n.Tasks, n.Unplaced)
	}
}
