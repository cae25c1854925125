package notice

import (
	"strings"
	"testing"
	"time"
)

func parseAt(text string) *Notice { return Parse(text, time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)) }

// A page's index table, as cells or as "label: value" pairs, is no title;
// what it says of the notice fills what the notice's own lines leave out.
func TestChromeIndexTable(t *testing.T) {
	n := parseAt("索引号: | 002489401/2024-00380 | 公开方式: | 主动公开 |\n文号: | 杭政办函〔2024〕4号 | 成文日期: | 2024-02-04 |\n" +
		"发布单位: | 市政府办公厅 | 主题分类: | 综合政务/其他 |\n各区、县(市)人民政府,市政府各部门:\n" +
		"1.抓好任务分解。(市政府督查室负责)\n")
	if n.Number != "杭政办函〔2024〕4号" || n.Issuer != "市政府办公厅" || n.Date.Format("2006-01-02") != "2024-02-04" || n.Title != "" {
		t.Errorf("number %q issuer %q date %v title %q", n.Number, n.Issuer, n.Date, n.Title)
	}
	n = parseAt("废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n信息来源: 关键词:\n浏览次数: 590 内容概述:\n" +
		"太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n各乡、镇人民政府,县政府各部门:\n现予印发,请遵照执行。\n太湖县人民政府\n2019年1月17日\n")
	if n.Title != "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知" || n.Issuer != "太湖县人民政府" || n.Date.Format("2006-01-02") != "2019-01-17" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	// The index's issuer is more of a name than the title's 县人民政府.
	n = parseAt("县人民政府关于分解落实2022年县政府重点工作任务的通知\n主题分类: 政务公开 发文单位: 通山县人民政府\n各乡镇人民政府,县政府各部门:\n")
	if n.Issuer != "通山县人民政府" {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// A breadcrumb, a post's time, view count and tags, a summary that
// repeats the title, and a column's label glued to the title are the
// page's, not the notice's.
func TestChromeFurniture(t *testing.T) {
	n := parseAt("您的位置:首页 » 政策文件\n安徽省人民政府关于实施基础教育改革的意见\n2025-06-07 16:43\n166人看过\n学校\n农村\n" +
		"安徽省人民政府关于实施基础教育改革的意见(皖政[2001]85号)各市、县人民政府:为认真贯彻落实国务院关于基础教育改革\n" +
		"(皖政[2001]85号)\n各市、县人民政府,省政府各部门:\n")
	if n.Title != "安徽省人民政府关于实施基础教育改革的意见" || n.Number != "皖政[2001]85号" {
		t.Errorf("title %q number %q", n.Title, n.Number)
	}
	n = parseAt("【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n发布时间:2020-02-03 17:29\n【字体:打印\n各县、市、区人民政府:\n")
	if n.Title != "滁州市人民政府关于2020年市政府重点工作及责任分解的通知" || n.Issuer != "滁州市人民政府" || !n.Date.IsZero() {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
}

// An imprint (抄送：…) under the cover letter's date is no part of the
// list's title.
func TestImprintIsNoTitle(t *testing.T) {
	n := parseAt("各乡镇人民政府:\n现转发给你们,请认真贯彻执行。\n2015年9月7日\n抄送:县委办、人大办\n化隆县深化医药卫生体制改革综合试点方案\n一、基本思路\n")
	if n.Title != "化隆县深化医药卫生体制改革综合试点方案" {
		t.Errorf("title %q", n.Title)
	}
}

// 牵头负责领导 names the task's leader, as 牵头领导 does.
func TestLeaderLabelWithFuze(t *testing.T) {
	n := parseAt("滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n各县、市、区人民政府:\n一、确保完成全年主要预期目标\n" +
		"1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n协同责任单位:市经信局、市商务局。\n")
	if len(n.Tasks) != 1 || len(n.Tasks[0].Leaders) != 1 || n.Tasks[0].Leaders[0] != "金力" || len(n.Tasks[0].Lead) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
}

// An open name before 及 is split off, left out of the owners and listed:
// 市级各有关部门及各县市区政府 names 各县市区政府.
func TestOpenNameBeforeJi(t *testing.T) {
	if got := splitAnd("市级各有关部门及各县市区政府"); len(got) != 2 || got[1] != "各县市区政府" {
		t.Errorf("split %q", got)
	}
	if got := splitAnd("市人力资源和社会保障局"); len(got) != 1 {
		t.Errorf("split %q", got)
	}
}

// How long a policy runs (实施期限至…, 延长至…) is no deadline; a date
// that ends a piece of work is.
func TestPolicyPeriodIsNoDeadline(t *testing.T) {
	for s, want := range map[string]int{
		"实施阶段性降低医疗保险费率政策，实施期限至2021年12月31日。":  0,
		"将失业保险浮动费率政策实施期限延长至2022年4月30日。":      0,
		"原政策实施至2021年4月30日，2021年5月1日起按新规定执行。": 0,
		"2021年12月31日前完成全部清理工作。":              1,
	} {
		if got := findDates(s, sameYear(2021)); len(got) != want {
			t.Errorf("%s: %d deadlines, want %d", s, len(got), want)
		}
	}
}

// A flattened progress table: header cells broken by spaces (分管 领导),
// cells tally knows no column for at the header's end (是否达序, 说明),
// rows that leave the header's 全年目标任务 out, empty cells run together
// (||), and 相关街道, which names no one.
func TestFlatProgressTable(t *testing.T) {
	text := "2023年区政府重点民生实事项目推进情况(1-11月)\n序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n" +
		"1-10月推进情况 |\n1-11月推进情况 |\n是否达序 |\n说明 |\n" +
		"24 |\n优化提升50条背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n已进场施工,完成30%。 |\n已进场施工,完成60%。 |\n是 |\n||\n" +
		"25 |\n新增四分类达标小区210个。 |\n徐国江 |\n城管局 |\n市政局、环卫处、各街道 |\n已进场施工,正在推进点位选址、场地硬化。 |\n在46个小区,建成38个厢房。 |\n否 |\n项目于9月28才签订合同,后期将加快推进。 |\n|\n"
	n := parseAt(text)
	if n.Title != "2023年区政府重点民生实事项目推进情况(1-11月)" || len(n.Tasks) != 2 {
		t.Fatalf("title %q, %d tasks", n.Title, len(n.Tasks))
	}
	a, b := n.Tasks[0], n.Tasks[1]
	if strings.Join(a.Owners, "|") != "城管局|市政局" || strings.Join(a.Leaders, "|") != "徐国江" || !reviewed(a, "owners") {
		t.Errorf("row 24: owners %q leaders %q review %v", a.Owners, a.Leaders, a.Review)
	}
	if strings.Join(b.Owners, "|") != "城管局|市政局|环卫处|各街道" || strings.Join(b.Lead, "|") != "城管局" || strings.Join(b.Leaders, "|") != "徐国江" || !reviewed(b, "owners") {
		t.Errorf("row 25: owners %q lead %q leaders %q review %v", b.Owners, b.Lead, b.Leaders, b.Review)
	}
}

func reviewed(t Task, field string) bool {
	for _, r := range t.Review {
		if r.Field == field {
			return true
		}
	}
	return false
}

// More of a page's furniture: an accessibility line, a column name glued
// with 丨, bulleted post lines, index labels in [ ] cells, and index
// bullets whose value is on a line below the label.
func TestChromeMoreFurniture(t *testing.T) {
	n := parseAt("无障碍浏览 长者模式\n政务服务丨济宁市人民政府关于持续深化改革的实施意见\n- 发布日期:2021-07-19\n- 浏览次数:\n济政字〔2021〕30号\n各县(市、区)人民政府:\n")
	if n.Title != "济宁市人民政府关于持续深化改革的实施意见" || n.Issuer != "济宁市人民政府" || n.Number != "济政字〔2021〕30号" {
		t.Errorf("title %q issuer %q number %q", n.Title, n.Issuer, n.Number)
	}
	n = parseAt("[ 索引号 ] | 115001130093083510/2024-00007 | [ 发文字号 ] | 木洞府发〔2024〕2号 |\n[ 成文日期 ] | 2024-02-22 | [ 发布日期 ] | 2024-02-22 |\n" +
		"重庆市巴南区木洞镇人民政府关于印发2024年政府工作报告的通知\n各村(居)民委员会:\n")
	if n.Number != "木洞府发〔2024〕2号" || n.Date.Format("2006-01-02") != "2024-02-22" || n.Issuer != "重庆市巴南区木洞镇人民政府" {
		t.Errorf("number %q date %v issuer %q", n.Number, n.Date, n.Issuer)
	}
	n = parseAt("返回顶部\n镇巴县人民政府工作规则\n  • 索引号:\n    6107280000/2024-001005\n  • 主题分类:\n  • 来源:\n  • 发文机构:\n    县政府网站\n" +
		"  • 发文字号:\n    镇政发〔2024〕7号\n  • 发文日期:\n    2024年04月06日 16:40\n镇巴县人民政府工作规则\n第一章总则\n")
	if n.Title != "镇巴县人民政府工作规则" || n.Number != "镇政发〔2024〕7号" || n.Date.Format("2006-01-02") != "2024-04-06" || n.Issuer != "" {
		t.Errorf("title %q number %q date %v issuer %q", n.Title, n.Number, n.Date, n.Issuer)
	}
}

func TestDropReadings(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"州政發(fā)〔2020〕5號，經(jīng)開區(qū)", "州政發〔2020〕5號，經開區"},
		{"廳(局(ju)(ju)(ju)(ju)、委)、法(fa)院", "廳(局、委)、法院"},
		// Two brackets of letters are no mirror's readings.
		{"附件(a)和附件(b)", "附件(a)和附件(b)"},
		// A bracket of letters after no Chinese character stays.
		{"發(fā)經(jīng)區(qū) see (ok)", "發經區 see (ok)"},
	} {
		if got := dropReadings(c.in); got != c.want {
			t.Errorf("dropReadings(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The seventh held-out set's page shapes, each an excerpt of a real page.
func TestChromeHeldOutSeven(t *testing.T) {
	// A regulations database's 文章属性 block, one field a line after a bullet.
	n := parseAt("文章属性\n∙【制定机关】武汉市人民政府办公厅\n∙【公布日期】2020.01.17\n∙【字 号】武政办〔2020〕1号\n∙【时效性】现行有效\n正文\n" +
		"市人民政府办公厅关于印发2020年市\n《政府工作报告》确定的主要目标任务责任分解方案的通知\n武政办〔2020〕1号\n各区人民政府,市人民政府各部门:\n")
	if n.Number != "武政办〔2020〕1号" || n.Issuer != "武汉市人民政府办公厅" || n.Date.Format("2006-01-02") != "2020-01-17" ||
		n.Title != "市人民政府办公厅关于印发2020年市《政府工作报告》确定的主要目标任务责任分解方案的通知" {
		t.Errorf("title %q number %q issuer %q date %v", n.Title, n.Number, n.Issuer, n.Date)
	}
	// The same block run on in one line with the title before it and the letter after it.
	n = parseAt("武汉市人民政府办公厅关于印发全市交通秩序综合整治工作方案的通知\n\n武汉市人民政府办公厅关于印发全市交通秩序综合整治工作方案的通知文章属性•【制定机关】武汉市人民政府办公厅•【公布日期】2021.04.18•【字号】武政办〔2021〕37号•【主题分类】交通运输综合规定正文武汉市人民政府办公厅关于印发全市交通秩序综合整治工作方案的通知各区人民政府,市人民政府各部门:《全市交通秩序综合整治工作方案》已经市人民政府同意,现印发给你们,请认真组织实施。\n")
	if n.Number != "武政办〔2021〕37号" || n.Date.Format("2006-01-02") != "2021-04-18" || n.Title != "武汉市人民政府办公厅关于印发全市交通秩序综合整治工作方案的通知" {
		t.Errorf("title %q number %q date %v", n.Title, n.Number, n.Date)
	}
	// Spaces a copy could not encode, written as ?.
	n = parseAt("各市(区)人民政府:\n《泰州市长江保护修复攻坚战行动计划实施方案》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。\n?\n??? 泰州市人民政府办公室\n???? 2019年8月26日\n(此件公开发布)\n?\n泰州市长江保护修复攻坚战行动计划实施方案\n为切实把修复长江生态环境摆在压倒性位置,制定本方案。\n")
	if n.Issuer != "泰州市人民政府办公室" || n.Date.Format("2006-01-02") != "2019-08-26" || n.Title != "泰州市长江保护修复攻坚战行动计划实施方案" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	// A site's heading shorter than the title below it, a 字号: button between.
	n = parseAt("奉贤区人民政府办公室关于印发《奉贤区行动方案》的通知\n\n字号:\n\n上海市奉贤区人民政府办公室关于印发《奉贤区行动方案》的通知\n\n各镇人民政府,街道办事处:\n")
	if n.Title != "上海市奉贤区人民政府办公室关于印发《奉贤区行动方案》的通知" || n.Issuer != "上海市奉贤区人民政府办公室" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	// Joint issuers apart by spaces at the head of the title.
	n = parseAt("成都市发展和改革委员会 中共成都市委社会工作部 成都市住房和城乡建设局 关于印发成都市实施方案的通知\n\n各区(市)县政府(管委会),市级有关部门:\n")
	if n.Issuer != "成都市发展和改革委员会、中共成都市委社会工作部、成都市住房和城乡建设局" {
		t.Errorf("issuer %q", n.Issuer)
	}
	// A 成文日期 over a 公布日期.
	n = parseAt("公布日期:2020-01-20\n成文日期:2020-01-17\n关于印发方案的通知\n各区人民政府:\n")
	if n.Date.Format("2006-01-02") != "2020-01-17" {
		t.Errorf("date %v", n.Date)
	}
}

// Round 11's held-out pages: index bullets whose labels are 公文生成日期 and
// 备注/文号, and index lines whose labels stand without colons, spread by
// spaces, two pairs to a line.
func TestChromeHeldOutEleven(t *testing.T) {
	n := Parse("- 首頁 > 政務公開 > 市政府文件\n- 索 引 號:QZ05101-3000-2025-00003\n- 發布機構:石獅市人民政府辦公室\n- 公文生成日期:2025-01-24\n"+
		"- 標題:石獅市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知\n- 備注/文號:獅政辦〔2025〕1號\n- 發布日期:2025-01-26\n"+
		"各鎮人民政府、街道辦事處:\n現將目標任務責任分解給你們,請抓好落實。\n", today)
	if n.Number != "獅政辦〔2025〕1號" || n.Date.Format("2006-01-02") != "2025-01-24" || n.Title != "石獅市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知" {
		t.Errorf("bullets: number %q date %v title %q", n.Number, n.Date, n.Title)
	}
	n = Parse("文      号 洪政办〔2025〕1号 信息分类: 综合政务\n发布机构 洪山区人民政府办公室 有 效 性 有效\n"+
		"标     题 区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n"+
		"各街道办事处、乡人民政府,区人民政府各部门\n现将方案印发给你们,请一并贯彻执行。\n", today)
	if n.Number != "洪政办〔2025〕1号" || n.Issuer != "洪山区人民政府办公室" || n.Title != "区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知" {
		t.Errorf("spaced labels: number %q issuer %q title %q", n.Number, n.Issuer, n.Title)
	}
}

// Index bullets with a field left empty (公文种类:) and labels spread by
// spaces (文  号:, 有 效 性 :): the empty field is no recipients line, so
// the fields after it still give the number, issuer and date.
func TestChromeEmptyIndexField(t *testing.T) {
	for _, empty := range []string{"公文种类:", "信息体裁:", "公开时限:"} {
		n := parseAt("当前位置:政务公开 > 政策文件\n  • 索 引 号 : 008282882/2017-00378\n  • " + empty + "\n  • 发布机构:四川省人民政府办公厅\n" +
			"  • 成文日期:2017-06-30\n  • 文  号:川办发〔2017〕64号\n  • 有 效 性 :有效\n四川省人民政府办公厅\n关于印发分工方案的通知\n" +
			"川办发〔2017〕64号\n各市(州)人民政府,省政府各部门:\n现将《分工方案》印发你们。\n")
		if n.Number != "川办发〔2017〕64号" || n.Issuer != "四川省人民政府办公厅" || n.Date.Format("2006-01-02") != "2017-06-30" || n.Title != "关于印发分工方案的通知" {
			t.Errorf("%s number %q issuer %q date %v title %q", empty, n.Number, n.Issuer, n.Date, n.Title)
		}
	}
}

// A page's 头部 line is its template's, no issuer; an index number written
// with 【】 is the notice's number; the index's 发布机构 区政府 names the
// government, not the 区人民政府办公室 the title names, so the title's
// body is the issuer.
func TestChromeOfficeOverIndexGovernment(t *testing.T) {
	n := parseAt("头部\n\n名  称: 区人民政府办公室关于印发2019年责任分工的通知 发布机构: 区政府\n文  号: 武昌政办【2019】3号 索 引 号: 737546075/2020-837611\n" +
		"公开日期: 2019年12月27日 公开方式: 有效\n  各街道办事处,区人民政府各部门:\n  现将相关工作要求通知如下:\n")
	if n.Number != "武昌政办【2019】3号" || n.Issuer != "区人民政府办公室" || n.Title != "区人民政府办公室关于印发2019年责任分工的通知" {
		t.Errorf("number %q issuer %q title %q", n.Number, n.Issuer, n.Title)
	}
}

// An index table under the notice, at the end of the page, gives the date
// the notice's own lines leave out; its lines are no task's and its cut
// 发布机构 cell, which names no body, no issuer.
func TestChromeTrailingIndex(t *testing.T) {
	n := parseAt("类别 | 民生事项名称 | 责任单位 | 分管市领导 |\n四、教育文化 | 14.改扩建泉山学校 | 教育体育局 | 刘福利 |\n" +
		"索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |\n发布机构: | 365彩票数\n")
	if n.Date.Format("2006-01-02") != "2022-10-08" || n.Issuer != "" || len(n.Tasks) != 1 || len(n.Unplaced) != 0 {
		t.Errorf("date %v issuer %q tasks %d unplaced %+v", n.Date, n.Issuer, len(n.Tasks), n.Unplaced)
	}
}

// A short recipients line under a page's index is the recipients line, not
// an index field left empty.
func TestChromeShortRecipientsUnderIndex(t *testing.T) {
	n := parseAt("索引号: 11330800002618015K/2021-121563 成文日期: 2021-03-24\n文件编号: 某政办发〔2021〕3号\n各乡镇:\n现将重点工作印发给你们。\n1.甲。(县财政局负责)\n")
	if len(n.Recipients) != 1 || n.Recipients[0] != "各乡镇" {
		t.Errorf("recipients %q", n.Recipients)
	}
}

// Round 13's held-out pages: a post line with 文章来源/发表时间 under a
// list's title, 来源/编辑 lines at the end of a page, a document site's
// furniture (file size, page count, view count, buttons) over the text, and
// a number after the title and a space on its line, closed by a cell's |.
func TestChromeHeldOutThirteen(t *testing.T) {
	n := parseAt("县卫健委2021年政府工作报告任务分解\n\n文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49 责任编辑:卫健委政务公开\n\n" +
		"1.创建国家卫生县城。\n\n牵头责任单位:县卫健委\n")
	if n.Title != "县卫健委2021年政府工作报告任务分解" {
		t.Errorf("post line under a title: title %q", n.Title)
	}
	n = parseAt("根据上级有关文件精神,现将2020年我局承办的项目予以公示。\n一、省(市)重点民生实事项目:\n1、村卫生室运行经费任务数192.6万元;\n" +
		"湘潭县卫生健康局\n2020年6月11日\n来源:湘潭县融媒体中心\n编辑:李辉军\n")
	if n.Title != "" || n.Issuer != "湘潭县卫生健康局" {
		t.Errorf("post lines at the end: title %q issuer %q", n.Title, n.Issuer)
	}
	n = parseAt("市教育局2022年工作要点\nVIP专免\n2024-06-03\n999+\n29.51KB\n24 页\n海报\n侵权投诉\n市教育局 2022 年工作要点\n" +
		"2022 年是全面实施“十四五”规划的关键之年,全市教育系统坚持以习近平新时代中国特色社会主义思想为指导。\n" +
		"一、建设区域教育中心\n1.推进区域教育中心建设。(责任单位:区域教育中心建设专班)\n")
	var tasks []string
	for _, k := range n.Tasks {
		tasks = append(tasks, k.Title)
	}
	if n.Title != "市教育局2022年工作要点" || strings.Join(tasks, " ") != "推进区域教育中心建设" {
		t.Errorf("a document site's furniture: title %q tasks %q", n.Title, tasks)
	}
	n = parseAt("|\n|||||||||\n关于印发2023年《政府工作报告》重点任务分解落实方案的通知 常政发〔2023〕1号 |\n|||||||||\n各辖市、区人民政府,市各委办局:\n")
	if n.Title != "关于印发2023年《政府工作报告》重点任务分解落实方案的通知" || n.Number != "常政发〔2023〕1号" {
		t.Errorf("a number after the title and a space: title %q number %q", n.Title, n.Number)
	}
	n = parseAt("索 引 号: | 11330683002585196F/2023-75840 | 主题分类: | 环境监测、保护与治理 |\n发布机构: | 生态环境分局 | 公开日期: | 2023-05-29 16:56:51 |\n" +
		"市委市政府美丽嵊州建设领导小组办公室关于印发2023年嵊州市国家生态文明建设示范区创建工作推进方案的通知 | |||||||||||||||\n| ||||||||||||\n" +
		"各乡镇(街道)、部门(单位): 现将《2023年嵊州市国家生态文明建设示范区创建工作推进方案》印发给你们,请认真组织实施。 市委市政府美丽嵊州建设领导小组办公室 2023年3月30日 2023年嵊州市国家生态文明建设示范区创建工作推进方案为认真贯彻落实\n")
	if n.Title != "市委市政府美丽嵊州建设领导小组办公室关于印发2023年嵊州市国家生态文明建设示范区创建工作推进方案的通知" {
		t.Errorf("a title before a run of empty cells: title %q", n.Title)
	}
	// A journal's flipbook page: its page labels are the site's; the running
	// head names the document reprinted and its issuer.
	n = parseAt("Page 7 - 中国药房(网络版)2023年1期\nP. 7\n\n2023 年 3 月 第 1 期            健康中国行动推进委员会办公室:健康中国行动2023年工作要点                                     3\n\n" +
		"                  (八)组织做好2023年青少年烟草流行监测和控烟干预工作。(国家卫生健康委牵头负责)\n")
	if n.Title != "健康中国行动2023年工作要点" || n.Issuer != "健康中国行动推进委员会办公室" || len(n.Tasks) != 1 {
		t.Errorf("a running head: title %q issuer %q tasks %d", n.Title, n.Issuer, len(n.Tasks))
	}
}
