package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 15's held-out set showed, each read now by a general rule:

// a flattened progress table's 当前进度 cell that lists places in its
// bracket (88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢), 苍南 2022) is a
// figure, not the row's units: before, it was read into 牵头单位, owner and
// lead, and nothing was listed.
func TestProgressCellIsNoUnits(t *testing.T) {
	text := "2022年度民生实事未完成项目进度表\n\n序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n备注\n\n" +
		"1\n\n建设四好农村路55公里。\n\n95%\n\n县交通局\n\n县民生实事\n\n" +
		"2\n\n打通县城人民大道等12条断头路。\n\n88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢)\n\n县住建局\n\n县民生实事\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[1]
	if strings.Join(k.Owners, "、") != "县住建局" || strings.Join(k.Lead, "、") != "县住建局" {
		t.Errorf("owners %q lead %q", k.Owners, k.Lead)
	}
}

// an owner that holds a percentage reads as no unit's name and is listed
// (owners and lead): a progress figure run into the names.
func TestPercentInOwnerIsListed(t *testing.T) {
	n := Parse("2022年工作要点\n1.打通断头路。（牵头单位：88%推进缓慢、县住建局）\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	for _, f := range []string{"owners", "lead"} {
		if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == f && strings.Contains(r.Text.Zh, "%") }) {
			t.Errorf("%s not listed: owners %q, review %+v", f, k.Owners, k.Review)
		}
	}
}

// a list of projects, each with its group's member units on a line of its
// own under the project's heading (成员单位：…, 佳县 项目攻坚月), is no
// layout a rule reads: it is listed now, each project from its heading,
// where before the import found no task and said nothing of the lines. A
// leadership group's one line of members is not listed.
func TestMemberUnitsUnderProjectsAreListed(t *testing.T) {
	text := "项目攻坚月活动工作意见\n\n一、重点项目和责任分工\n\n(一)物资大楼改造项目\n\n1、任务\n\n完成拆迁尾留工作,开工建设。\n\n" +
		"2、项目攻坚领导小组\n\n组长:常务副县长\n\n成员单位:城建局、土地局、文体局、物资总公司\n\n" +
		"(二)王寨供水工程\n\n1、任务\n\n基础工程,超额完成土方任务。\n\n2、项目攻坚领导小组\n\n组长:副县长\n\n成员:水利局、经发局、盐化办、王家砭镇政府\n"
	n := Parse(text, today)
	if len(n.Tasks) != 0 {
		t.Skipf("the projects are read now: %+v", n.Tasks)
	}
	for _, line := range []int{5, 17} {
		if !slices.ContainsFunc(n.Unread, func(s Span) bool { return s.From == line && strings.Contains(s.Text.Zh, "成员单位") }) {
			t.Errorf("the project on line %d is not listed from its heading: %+v", line, n.Unread)
		}
	}
	group := "一、组织领导\n成立工作领导小组。组长:县长\n成员:县发改局、县财政局、县住建局\n二、工作要求\n1.加强督查。（县督查室负责）\n"
	if g := Parse(group, today); len(g.Unread) != 0 {
		t.Errorf("a leadership group's members are listed: %+v", g.Unread)
	}
}

// a PDF table's text whose cells are interleaved line by line (内蒙古 老旧
// 小区改造, a flipbook page): the 责任部门 cell runs on after the task's
// text on the same line (形成 自治区住房城乡建设厅牵头,) and its last word is
// cut where the line broke (…人民政府负责落 / 实). No task is read; the
// lines are listed now, where before nothing was.
func TestInterleavedDutyCellsAreListed(t *testing.T) {
	text := "重 点 任 务 责 任 部 门\n充分发挥联席会议\n制度的作用,各相关部门要加强协同配合、形成 自治区住房城乡建设厅牵头,\n" +
		"工作合力,构建齐抓共管的工作 联席会议成员单位按职责分工负\n(二)明确\n格局。自治区住房城乡建设厅要加强督促指导和工作调 责;各盟行政公署、市人民政府,\n" +
		"部门职责\n度,建立健全年度改造计划进度月报制度,按月通报各 各旗县(市、区)人民政府负责落\n盟市进展情况 实。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 0 {
		t.Skipf("the rows are read now: %+v", n.Tasks)
	}
	if !slices.ContainsFunc(n.Unread, func(s Span) bool { return s.From <= 3 && s.To >= 4 }) {
		t.Errorf("the interleaved cells are not listed: %+v", n.Unread)
	}
	if !slices.ContainsFunc(n.Unread, func(s Span) bool { return s.From <= 5 && s.To >= 5 }) {
		t.Errorf("the row whose duty was cut is not listed: %+v", n.Unread)
	}
	prose := "各单位要加强协作。\n具体工作由市政务服务数据管理局牵头,\n1.开展督查。（县督查室负责）\n"
	if p := Parse(prose, today); len(p.Unread) != 0 {
		t.Errorf("a sentence naming who leads is listed: %+v", p.Unread)
	}
}

// a year named alone before 完工 (确保2022年完工并投入使用, 遵化 2022) is a
// time limit as 2022年建成 is: read as the year's end and listed; before,
// nothing of it was read or listed.
func TestYearBeforeWorkDoneIsATimeLimit(t *testing.T) {
	n := Parse("二、主要任务\n1、农村中小学校改扩建工程。计划投资3491万元,实施六合中心小学迁建,确保2022年完工并投入使用。(责任单位:市教育局)\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	read := k.Due.Format("2006-01-02") == "2022-12-31" || slices.ContainsFunc(k.Milestones, func(m Milestone) bool { return m.Due.Format("2006-01-02") == "2022-12-31" })
	listed := slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "due" })
	if !read || !listed {
		t.Errorf("due %v milestones %+v, listed %v", k.Due, k.Milestones, listed)
	}
}

// an item whose number and first character a wrong decoding garbled
// (（一）緊 as ?。ㄒ唬┚o, 韶关 2023, round 14) runs into the heading above
// it, which is read as the task: the garbled text is listed now, where
// before the item was missed with nothing said.
func TestGarbledItemIsListed(t *testing.T) {
	text := "韶關市數字政府改革建設2023年工作要點\n\n  一、以均衡化發展為契機,持續提升數字政府基礎能力\n\n" +
		" ?。ㄒ唬┚o扣指標任務,統籌推進均衡化發展工作。制定實施方案,夯實數字政府建設根基。(市政務服務數據管理局、各縣(市、區)政府牽頭)\n"
	n := Parse(text, today)
	if !slices.ContainsFunc(n.Unread, func(s Span) bool { return s.From <= 5 && s.To >= 5 && strings.Contains(s.Text.Zh, "乱码") }) {
		t.Errorf("the garbled item is not listed: tasks %+v, unread %+v", n.Tasks, n.Unread)
	}
}

// joint issuers signing two to a line over six lines, a bank among them
// (中国人民银行西安分行, 陕西 2021), are the notice's issuer, joined by 、;
// before, the bank's name was no body's and no issuer was read.
func TestJointSignersWithABank(t *testing.T) {
	text := "各设区市人民政府:\n经省政府同意,现印发给你们,请认真贯彻执行。\n" +
		"陕西省乡村振兴局 中共陕西省委组织部\n陕西省发展和改革委员会 陕西省教育厅\n陕西省卫生健康委员会 中国人民银行西安分行\n" +
		"2021年9月17日\n关于支持国家和省级乡村振兴重点帮扶县的\n实施意见\n"
	want := "陕西省乡村振兴局、中共陕西省委组织部、陕西省发展和改革委员会、陕西省教育厅、陕西省卫生健康委员会、中国人民银行西安分行"
	if n := Parse(text, today); n.Issuer != want {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// a party committee and a government named together at the head of a
// title with nothing between (中共宿州市委宿州市人民政府关于…, 宿州 2023) are
// two issuers; before, they were one.
func TestPartyAndGovernmentRunTogether(t *testing.T) {
	text := "中共宿州市委宿州市人民政府关于深化文旅融合加快建设高品质旅游强市的实施意见\n宿发〔2023〕11号\n为促进文化和旅游深度融合,制定如下实施意见。\n"
	if n := Parse(text, today); n.Issuer != "中共宿州市委、宿州市人民政府" {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// a flipbook's page label naming the notice (Page 22 - …的通知, 内蒙古 2020)
// and a browser's title line (…的通知_区政府办公室文件_…门户网站, 宝山 2022)
// give the title without the rest; before, the label was dropped whole
// (and a table's text read as the title) and the site's names stayed on.
func TestTitleFromPageLabelAndBrowserTitle(t *testing.T) {
	label := "Page 22 - 内蒙古自治区人民政府办公厅关于印发自治区全面推进城镇老旧小区改造工作实施方案的通知\nP. 22\n重 点 任 务 责 任 部 门\n" +
		"充分发挥联席会议\n制度的作用,各相关部门要加强协同配合、形成 自治区住房城乡建设厅牵头,\n"
	n := Parse(label, today)
	if n.Title != "内蒙古自治区人民政府办公厅关于印发自治区全面推进城镇老旧小区改造工作实施方案的通知" || n.Issuer != "内蒙古自治区人民政府办公厅" {
		t.Errorf("page label: title %q issuer %q", n.Title, n.Issuer)
	}
	browser := "上海市宝山区人民政府办公室关于印发《2022年区政府要完成的实事》的通知_区政府办公室文件_上海市宝山区人民政府门户网站\n\n" +
		"上海市宝山区人民政府办公室关于印发《2022年区政府要完成的实事》的通知\n\n各镇人民政府,各街道办事处:\n\n经区政府研究同意,现印发给你们。\n"
	if n := Parse(browser, today); n.Title != "上海市宝山区人民政府办公室关于印发《2022年区政府要完成的实事》的通知" {
		t.Errorf("browser title: %q", n.Title)
	}
	journal := "Page 7 - 中国药房(网络版)2023年1期\n健康中国行动推进委员会办公室:健康中国行动2023年工作要点\n"
	if n := Parse(journal, today); strings.Contains(n.Title, "中国药房") {
		t.Errorf("a journal's page label read as the title: %q", n.Title)
	}
}

// a table's section row whose bracket names the persons leading it and no
// unit (一、主要经济社会发展指标…工作目标（牵头领导：成坤、柯相国、王俊）, 郧阳
// 2023) is no task of its own where no row under it was kept; before, it
// was read as a task with leaders and no owners.
func TestSectionRowNamingLeadersIsNoTask(t *testing.T) {
	text := "2023年区政府工作目标任务落实责任分解表\n\n序号\n\n目  标  任  务\n\n牵头单位\n\n责任单位\n\n责任人\n\n" +
		"一、主要经济社会发展指标、发改、财政等工作目标(牵头领导:成坤、柯相国、王俊)\n"
	if n := Parse(text, today); len(n.Tasks) != 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
	owned := "2023年区政府工作目标任务落实责任分解表\n\n序号\n\n目  标  任  务\n\n牵头单位\n\n责任单位\n\n责任人\n\n" +
		"一、主要经济社会发展指标等工作目标(牵头单位:区发改局)\n"
	if n := Parse(owned, today); len(n.Tasks) != 1 {
		t.Errorf("a heading whose bracket names its unit is no task now: %+v", n.Tasks)
	}
}

// a writing-samples site's heading (…工作意见范文) and blurb (本站小编为你
// 精心准备了…) over a notice (佳县 项目攻坚月) are no title: the notice's own
// line under them is; before, the site's lines were joined into the title.
func TestSampleSiteHeadingIsNoTitle(t *testing.T) {
	text := "美章网 资料文库 镇村项目攻坚月活动工作意见范文\n\n镇村项目攻坚月活动工作意见范文\n\n" +
		"本站小编为你精心准备了镇村项目攻坚月活动工作意见参考范文,愿这些范文能点燃您思维的火花,激发您的写作灵感。欢迎深入阅读并收藏。\n\n" +
		"镇村项目攻坚月活动工作意见\n\n各乡镇人民政府,县政府各有关工作部门和直属事业机构:\n\n为了进一步加快项目建设进度,集中力量,重点突破,县政府决定从4月下旬开始。具体安排如下:\n"
	if n := Parse(text, today); n.Title != "镇村项目攻坚月活动工作意见" {
		t.Errorf("title %q", n.Title)
	}
}

// a site's 导航菜单 line, its tag for the province before a city's list
// ((湖北省)武汉市…方案) and a dash heading under the title (——推进教育高质量
// 发展, 武汉 2023) are no part of the title; before, all three were joined
// into it.
func TestTitleWithoutMenuTagAndDashHeading(t *testing.T) {
	text := "导航菜单\n\n(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案\n\n  ——推进教育高质量发展\n\n" +
		"  204.推进学前教育优质普惠发展,新改扩建公办幼儿园45所。(牵头单位:市教育局;责任单位:各区人民政府)\n\n" +
		"  205.推进普通高中优质多样化发展。(责任单位:市教育局)\n"
	n := Parse(text, today)
	title := n.Title
	if title == "" {
		title = n.ListTitle
	}
	if title != "武汉市2023年《政府工作报告》目标任务责任分解方案" || len(n.Tasks) != 2 {
		t.Errorf("title %q list %q, tasks %d", n.Title, n.ListTitle, len(n.Tasks))
	}
}

// a page whose heading names the plan (白银区关于…工作方案 | |) over the
// notice's own line issuing it (中共…委办公室 …政府办公室 印发《…》的通知),
// signed by both offices and dated on one line (白银区 2021): the title is
// the notice's line, the issuers the two offices, the date the signature's;
// before, the heading was the title, the index's publisher the issuer and
// no date was read.
func TestNoticeLineOverPlanHeading(t *testing.T) {
	text := "所属机构: | 发布机构: | 白银区人民政府 |\n白银区关于实现巩固拓展脱贫攻坚成果 同乡村振兴有效衔接的工作方案 | |\n信息来源:区委办、区政府办\n" +
		"中共白银市白银区委办公室 白银市白银区人民政府办公室 印发《白银区关于实现巩固拓展脱贫攻坚成果 同乡村振兴有效衔接的工作方案》的通知\n" +
		"各党(工)委、党组,各乡镇人民政府,区委各部门: 现将《白银区关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的工作方案》印发你们,请结合实际,认真抓好贯彻落实。\n" +
		"中共白银市白银区委办公室 白银市白银区人民政府办公室 2021年4月22日\n白银区关于实现巩固拓展脱贫攻坚成果 同乡村振兴有效衔接的工作方案\n"
	n := Parse(text, today)
	if spaceless(n.Title) != "中共白银市白银区委办公室白银市白银区人民政府办公室印发《白银区关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的工作方案》的通知" {
		t.Errorf("title %q", n.Title)
	}
	if n.Issuer != "中共白银市白银区委办公室、白银市白银区人民政府办公室" || n.Date.Format("2006-01-02") != "2021-04-22" {
		t.Errorf("issuer %q date %v", n.Issuer, n.Date)
	}
}

// a card's heading (任务163) with its page's bulleted buttons under it
// (• 听全文, • 2022-04-14, • 来源:…, • 分享到, 广州 2022, round 14) is no
// title; before, all of them were joined into one.
func TestCardHeadingIsNoTitle(t *testing.T) {
	text := "任务163\n\n  • 听全文\n  • 2022-04-14\n  • 来源: 广州市人民政府办公厅\n  • 分享到\n  • -\n" +
		"重点工作: 全面推行林长制。\n牵头单位: 市林业园林局\n"
	n := Parse(text, today)
	if n.Title != "" || n.ListTitle != "" && !strings.Contains(n.ListTitle, "林长制") {
		t.Errorf("title %q list %q", n.Title, n.ListTitle)
	}
}

// a heading whose paragraph opens by naming the unit that leads and those
// that assist (一、治理畜牧业产品污染 / 由省经贸委承办，省农业厅、…协办。, a
// Fujian plan measured after round 15's rules) is listed: no rule reads it
// as a task's owners, and before, nothing of it was said.
func TestLeadAndAssistParagraphIsListed(t *testing.T) {
	text := "省治理“餐桌污染”工作实施方案\n\n根据省委、省政府的要求,制定工作方案如下:\n\n一、治理畜牧业产品污染\n\n" +
		"由省经贸委承办,省农业厅、卫生厅、公安厅协办。治理工作目标:定点屠宰率均达85%以上。主要措施:\n"
	n := Parse(text, today)
	if len(n.Tasks) == 1 {
		// Read since round 16 (TestLeadAndAssistParagraph): listed on its owners.
		if !slices.ContainsFunc(n.Tasks[0].Review, func(r Review) bool { return r.Field == "owners" }) {
			t.Errorf("the heading read from the paragraph is not listed: %+v", n.Tasks[0])
		}
	} else if !slices.ContainsFunc(n.Unread, func(s Span) bool { return s.From <= 5 && s.To >= 5 }) {
		t.Errorf("the paragraph naming who leads is not listed: %+v %+v", n.Unread, n.Unplaced)
	}
	letter := "各单位:\n现将方案印发给你们。该项工作由市政务服务数据管理局牵头,各有关部门配合,请认真落实。\n1.开展督查。（县督查室负责）\n"
	if l := Parse(letter, today); len(l.Unread) != 0 {
		t.Errorf("a letter's sentence naming who leads is listed: %+v", l.Unread)
	}
}
