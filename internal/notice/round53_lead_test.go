package notice

import (
	"strings"
	"testing"
)

// A two-column table of units and duties flattened one cell per line with
// no 序号 (相关部门 / 职责分工, 成员单位 / 工作职责, either order) was read as
// no table at all and the notice refused: each unit's line and the work's
// line after it (or before it) is a row, numbered by its place. A site's
// label given twice (职责分工 职责分工) is no column, and a short line with
// no full stop after the last row (相关依据) ends the table.
func TestPairedUnitDutyTable(t *testing.T) {
	n := parseAt("中考、高考保障职责分工\n\n职责分工 职责分工\n\n相关部门\n\n职责分工\n\n区公安分局\n\n维护考点周边安全、试卷运送保管安全保障。\n\n" +
		"区教育局\n\n负责高考、中考的具体组织、实施和协调工作;层层签订教育考试责任书。\n\n区市场监管局\n\n考点周边宾馆及服务业、餐饮卫生检查。\n\n" +
		"相关依据 相关依据\n\n《关于召开2014年全国普通高校招生考试安全工作电视电话会议的通知》。\n")
	wantRows(t, "unit first", n, []probeRow{
		{"维护考点周边安全", []string{"区公安分局"}, nil, nil, "", nil},
		{"负责高考、中考的具体组织", []string{"区教育局"}, nil, nil, "", nil},
		{"考点周边宾馆及服务业", []string{"区市场监管局"}, nil, nil, "", nil},
	})
	if strings.Contains(n.Tasks[2].Title+n.Tasks[2].Body, "相关依据") || strings.Contains(n.Tasks[2].Title+n.Tasks[2].Body, "电视电话会议") {
		t.Errorf("the page's parts after the table joined the last row: %q", n.Tasks[2].Title+n.Tasks[2].Body)
	}
	n = parseAt("关于明确防汛工作成员单位职责的通知\n\n工作职责\n\n成员单位\n\n负责组织指导全县防汛抢险工作。\n\n县应急局\n\n负责水利工程的安全运行和调度。\n\n县水利局\n")
	wantRows(t, "work first", n, []probeRow{
		{"负责组织指导全县防汛抢险", []string{"县应急局"}, nil, nil, "", nil},
		{"负责水利工程的安全运行", []string{"县水利局"}, nil, nil, "", nil},
	})
}

// An item's points numbered ①② on its one line, each closing with its own
// bracket of owners, are its tasks as (1)(2) points are: before, the item
// took the last point's owners and listed the first's.
func TestCircledInlineSubItems(t *testing.T) {
	n := parseAt("关于印发2019年重点工作任务分工的通知\n一、招商引资\n1.加快项目建设。①积极宣传推介园区,完成上稿8篇（县委宣传部负责）；②积极协调落实单位“三定方案”（县委编办负责）。\n2.优化营商环境（县政务服务中心负责）。\n")
	wantRows(t, "circled", n, []probeRow{
		{"积极宣传推介园区", []string{"县委宣传部"}, nil, nil, "", nil},
		{"积极协调落实单位", []string{"县委编办"}, nil, nil, "", nil},
		{"优化营商环境", []string{"县政务服务中心"}, nil, nil, "", nil},
	})
	if n.Tasks[0].ID != "01.1" || n.Tasks[0].Parent != "加快项目建设" {
		t.Errorf("task %s under %q, want 01.1 under 加快项目建设", n.Tasks[0].ID, n.Tasks[0].Parent)
	}
}

// A list of proposals whose brackets open with the proposal's number
// (第1413号。牵头单位:…;协办单位:…) gave the number as an owner, in
// silence.
func TestProposalNumberNoOwner(t *testing.T) {
	n := parseAt("关于印发2013年重点督办建议提案的通知\n1.关于建设国家北斗卫星导航产业基地的建议(第1413号。牵头单位:省经济和信息化委;协办单位:省财政厅、中山市政府);\n" +
		"2.关于解决采矿许可证办理难问题的建议(第1672号。牵头单位:省环境保护厅;协办单位:清远市政府)。\n")
	wantRows(t, "proposals", n, []probeRow{
		{"关于建设国家北斗卫星导航", []string{"省经济和信息化委", "省财政厅", "中山市政府"}, []string{"省经济和信息化委"}, nil, "", nil},
		{"关于解决采矿许可证办理难", []string{"省环境保护厅", "清远市政府"}, []string{"省环境保护厅"}, nil, "", nil},
	})
}

// A table of indicators whose merged heading cells and work cells slid
// into its unit column gave owners such as ( 二)绩效 考核(6 分) and
// 将农产品质量安全监管工作纳入政府考核体系, in silence: a heading's number,
// a score or a work's verb in a long name that ends as no body does is
// listed.
func TestSlidCellsAsOwnersListed(t *testing.T) {
	for _, o := range []string{"( 二)绩效 考核(6 分)", "将农产品质量安全监管工作纳入政府考核体系", "三、规划计划"} {
		tk := Task{Owners: []string{o}}
		(&Notice{}).reviewNames(&tk)
		if !reviewed(tk, "owners") {
			t.Errorf("%q: not listed", o)
		}
	}
	for _, o := range []string{"中国人民银行苏州市中心支行", "白仙山水库工程政策处理工作领导小组", "市人力资源和社会保障局", "县(市、区)政府"} {
		tk := Task{Owners: []string{o}}
		(&Notice{}).reviewNames(&tk)
		if reviewed(tk, "owners") {
			t.Errorf("%q: listed: %+v", o, tk.Review)
		}
	}
}

// A page served as one line ran a list's name into its first heading
// (…责任单位职责分解一、县城区办事处(一)…): the heading was no heading and
// its first duty was lost. After a list's name a first heading's number
// starts a line; a figure after such a word (方案1.5倍) does not.
func TestFirstHeadingAfterListName(t *testing.T) {
	n := parseAt("xx县创建省级园林县城责任单位职责分解一、县城区办事处(一)积极做好辖区范围内建筑物立体绿化。(二)积极开展全民义务植树活动。二、县建设局(一)加强绿化建设,分类统计绿化覆盖面积。(二)完善城市绿地系统规划,实行“绿线”制度。\n")
	if len(n.Tasks) != 4 || !strings.HasPrefix(n.Tasks[0].Title, "积极做好辖区") || strings.Join(n.Tasks[0].Owners, "") != "县城区办事处" {
		t.Errorf("%q", owned(n))
	}
	for _, s := range []string{"按照实施方案1.5倍的标准", "本分工二、三条所列"} {
		if got := runTogether(s + "落实，确保完成。"); len(got) != 1 {
			t.Errorf("%q split: %q", s, got)
		}
	}
}

// A list of water bodies naming a person for each and a time limit, no
// unit column (编号 | 水体名称 (起始边界) | 水体类型 | 面积/长度 | 所在区域 |
// 责任人 | 达标期限), flattened one cell per line, was refused: its header
// named no column tally knew past the name. Each body is a task, its
// person a leader; the header's note on a line of its own is the name's;
// 已完成 under the time limit is no date; 830 before 南谯区 is a figure.
func TestPersonsDueTable(t *testing.T) {
	n := parseAt("关于滁州市黑臭水体2020年上半年治理情况的公布\n\n滁州市黑臭水体清单\n\n编号\n\n水体名称\n\n(起始边界)\n\n水体类型\n\n面积/长度\n\n所在区域\n\n责任人\n\n达标期限\n\n" +
		"1\n\n内城河\n\n(上水关-下水关)\n\n河流\n\n1700\n\n琅琊区\n\n许光友\n\n已完成\n\n" +
		"2\n\n来安路出水口\n\n(京沪铁路-清流河)\n\n渠道\n\n830\n\n南谯区\n\n许光友\n\n2020年12月底\n")
	wantRows(t, "water", n, []probeRow{
		{"内城河(上水关-下水关)", nil, nil, []string{"许光友"}, "", []string{"owners", "due"}},
		{"来安路出水口(京沪铁路-清流河)", nil, nil, []string{"许光友"}, "2020-12-31", []string{"owners"}},
	})
}

// A | table with a header of two lines (the second naming the columns
// under merged cells) gave rows with more cells than the first line has
// columns: the cell under 责任单位 was a percentage (100.0), read as the
// owner; the 建设起止年限 column was no time limit, its year dropped in
// silence. The unit cell further right is the owner now, listed; the
// year is listed.
func TestWidePipeRowsUnits(t *testing.T) {
	n := parseAt("序号 | 项目名称 | 建设规模及内容 | 总投资 | 建设起止年限 | 2022年工作计划 | 项目建设阶段 | 责任单位 | 政策处理单位 | |||\n" +
		"投资 | 工程主要形象进度 | 完成投资 | % | 主要形象进度 | ||||||||\n" +
		"1 | 中小学校护眼灯光工程 | 对全县70所中小学校教室照明进行护眼灯光提升 | 1800 | 2022 | 1800 | 建成 | 1800 | 100 | 完成 | 县教育局 | ||\n" +
		"2 | 学校周边停车场地改造工程一期 | 利用宁海中学南侧场地筹建学生接送临时停车场 | 300 | 2022 | 300 | 建成 | 300 | 100.0 | 建成 | 县城投集团 | ||\n")
	wantRows(t, "wide", n, []probeRow{
		{"中小学校护眼灯光工程", []string{"县教育局"}, nil, nil, "", []string{"owners", "due"}},
		{"学校周边停车场地改造工程一期", []string{"县城投集团"}, nil, nil, "", []string{"owners", "due"}},
	})
}

// A bureau's own work points close each item with a bracket of its
// sections alone, no label (…。(综合科、污染防治科)): a section of two
// characters and 科 (综合科, 监管科) and a station (监测站) were no unit's
// names, so no item named anyone and the notice was refused.
func TestBareSectionBrackets(t *testing.T) {
	n := parseAt("海南州生态环境局2019年政务公开工作要点\n一、工作要点\n(一)深入解读重要政策措施。加强解读。(综合科、污染防治科)\n" +
		"(二)积极回应社会关切。及时回应。(综合科、监察支队)\n(三)强化重点领域信息公开。做好公开。(监管科、监测站)\n")
	wantRows(t, "sections", n, []probeRow{
		{"深入解读重要政策措施", []string{"综合科", "污染防治科"}, nil, nil, "", nil},
		{"积极回应社会关切", []string{"综合科", "监察支队"}, nil, nil, "", nil},
		{"强化重点领域信息公开", []string{"监管科", "监测站"}, nil, nil, "", nil},
	})
	for _, s := range []string{"结合处", "本科", "学科", "落到实处", "门口处"} {
		if endsOrg(s) {
			t.Errorf("%q read as a section", s)
		}
	}
}

// A | table whose header lost its first cells (具 体 要 求 | 责任科室 |,
// the 工作任务 and 序号 columns gone) over rows numbered 1 to 5, the
// first of a section giving its heading in a cell before the number: the
// header names no work, so no row was read and the notice was refused.
func TestHeaderLostNumberColumn(t *testing.T) {
	n := parseAt("怀远县医疗保障局2025年度政务公开重点工作清单及分工\n具 体 要 求 | 责任科室 | ||\n" +
		"一、围绕中心工作抓好主动公开。 | 1 | 紧扣民生领域,深化卫生健康等民生领域信息公开。 | 办公室牵头,局各股室、局属各中心配合 |\n" +
		"2 | 做好本单位重点领域信息更新和维护。 | 办公室 |\n" +
		"二、围绕提质增效抓好政策解读 | 3 | 严格落实政策解读与政策文件同步起草。 | 办公室牵头,局各股室配合 |\n")
	wantRows(t, "lost header", n, []probeRow{
		{"紧扣民生领域", []string{"办公室", "局各股室", "局属各中心"}, []string{"办公室"}, nil, "", nil},
		{"做好本单位重点领域", []string{"办公室"}, nil, nil, "", nil},
		{"严格落实政策解读", []string{"办公室", "局各股室"}, []string{"办公室"}, nil, "", nil},
	})
	if n.Tasks[0].Section != "一" || n.Tasks[2].Section != "二" {
		t.Errorf("sections %q %q, want the headings before the numbers (一, 二)", n.Tasks[0].Section, n.Tasks[2].Section)
	}
}

// An item of several sentences, each closing after its full stop with a
// bracket of units ((大气司、水司)…。(执法局)), took the last bracket's
// units alone, the others lost in silence. All are its owners, listed; a
// bracket naming bodies in general (各有关部门) names none, listed; a
// ministry's department named short (水司) is a unit.
func TestBracketsAfterStops(t *testing.T) {
	n := parseAt("生态环境部2020年政务公开工作安排\n一、重点工作\n1.污染防治攻坚战信息。及时公开目标任务进展。(大气司、水司、土壤司、海洋司)加强专项行动信息公开。(执法局)\n" +
		"2.疫情防控信息。及时公开政策文件。(各相关部门)定期公布监测情况。(监测司)公开复工复产政策。(综合司、环评司)指导地方加大公开力度。(各有关部门)\n")
	wantRows(t, "stops", n, []probeRow{
		{"污染防治攻坚战信息", []string{"大气司", "水司", "土壤司", "海洋司", "执法局"}, nil, nil, "", []string{"owners"}},
		{"疫情防控信息", []string{"监测司", "综合司", "环评司"}, nil, nil, "", []string{"owners"}},
	})
	for _, s := range []string{"公司", "上司", "县城投公司"} {
		if ministryDept(s) {
			t.Errorf("%q read as a ministry's department", s)
		}
	}
}

// An item naming its only time as the end of a five-year plan's period
// (“十三五”末三级以上县道比重稳步提升) had no due and no word; the period's
// last year is read as its end, listed, as 到2020年 is.
func TestPlanPeriodEnd(t *testing.T) {
	for s, want := range map[string]int{"加快。“十三五”末三级以上县道比重提升": 2020, "到十四五期末,": 2025, "“十五”末,": 2005, "十五五末，": 2030, "十三五期间,": 0} {
		if got := targetYear(s); got != want {
			t.Errorf("%q: %d, want %d", s, got, want)
		}
	}
	n := parseAt("关于印发鄱余万都滨湖四县小康攻坚规划任务分工的通知\n1、加快国省道升级改造,提升区域内公路等级。“十三五”末三级以上县道比重稳步提升,促进互联互通。(省发改委、省交通运输厅负责)\n")
	wantRows(t, "plan end", n, []probeRow{{"加快国省道升级改造", []string{"省发改委", "省交通运输厅"}, nil, nil, "2020-12-31", []string{"due"}}})
}

// A heading of a post's duties (二、支部书记意识形态工作职责) gave its items
// 支部 as their owner and no leader, the post lost in silence: the post is
// the items' leader as written, listed.
func TestPostDutyHeading(t *testing.T) {
	n := parseAt("领导班子意识形态工作责任清单\n一、文化馆党支部意识形态工作职责\n1.牢牢掌握意识形态工作的领导权、管理权。\n2.把意识形态工作纳入党建工作责任制。\n" +
		"二、支部书记意识形态工作职责\n1.支部书记是意识形态工作第一责任人,要带头抓好意识形态工作。\n2.带头研究意识形态工作重大问题。\n")
	wantRows(t, "post", n, []probeRow{
		{"牢牢掌握意识形态工作", []string{"文化馆党支部"}, nil, nil, "", []string{"owners"}},
		{"把意识形态工作纳入", []string{"文化馆党支部"}, nil, nil, "", []string{"owners"}},
		{"支部书记是意识形态工作", nil, nil, []string{"支部书记"}, "", []string{"leaders", "owners"}},
		{"带头研究意识形态工作", nil, nil, []string{"支部书记"}, "", []string{"leaders", "owners"}},
	})
}

// A body's responsibility list headed (一)党委(党支部)主体责任清单 over its
// duties 1.–6. was no heading of duties: the duties named no one and the
// notice was refused. The body is their owner, listed, as under 职责.
func TestBodyResponsibilityListHeading(t *testing.T) {
	n := parseAt("意识形态风险排查清单\n一、主要内容\n(一)党委(党支部)主体责任清单\n党委(党支部)对本地本单位意识形态工作负主体责任。\n" +
		"1.及时传达学习上级党委关于意识形态工作的决策部署。\n2.牢牢掌握意识形态工作的领导权、管理权、话语权。\n")
	wantRows(t, "list heading", n, []probeRow{
		{"及时传达学习上级党委", []string{"党委(党支部)"}, nil, nil, "", []string{"owners"}},
		{"牢牢掌握意识形态工作", []string{"党委(党支部)"}, nil, nil, "", []string{"owners"}},
	})
	if deptHeading("意识形态工作责任清单") != nil {
		t.Errorf("a list of a field's work read as a body's")
	}
}

// A bare flattened table headed 序号 | 目标名称 | 工 作 标 准 | 区政府 /
// 分管领导 | 牵头单位 | 配合单位 was no table (标准 named no column): the
// notice was refused. The work asked (工作标准) is the task, the name its
// field; a cell's one point's number (1) is no part of its words; a list
// of streets and bureaus is a unit cell however long.
func TestTargetNameStandardTable(t *testing.T) {
	n := parseAt("2022年《政府工作报告》主要目标任务责任分解表\n序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n牵头单位\n配合单位\n" +
		"1\n四大功能区建设\n(1)老城复兴样板区要见成效,以文化复兴、商圈振兴、旅游创新为目标,年内完成37个老旧小区改造。\n王旭锋\n胡金芳\n住建局\n" +
		"新闸街道、五星街道、永红街道、南大街街道、荷花池街道,发改局、财政局、文体旅局\n")
	wantRows(t, "standard", n, []probeRow{
		{"老城复兴样板区要见成效", []string{"住建局", "新闸街道", "五星街道", "永红街道", "南大街街道", "荷花池街道", "发改局", "财政局", "文体旅局"},
			[]string{"住建局"}, []string{"王旭锋", "胡金芳"}, "2022-12-31", nil},
	})
}

// A page's post date glued onto the title's end (…的通知(2025-01-27)) was
// kept in the title.
func TestPostDateOffTitle(t *testing.T) {
	n := parseAt("上海市民政局关于下达2025年民心工程和为民办实事项目任务指标的通知(2025-01-27)\n各区民政局:\n现将任务指标下达给你们,请认真组织实施。\n")
	if n.Title != "上海市民政局关于下达2025年民心工程和为民办实事项目任务指标的通知" {
		t.Errorf("title %q", n.Title)
	}
}

// Probe 36: a list's words inside an item's text (任务清单一、二季度,
// 建设方案一、二期, 工作要点一、二项) split the item as if a heading ran on
// after a list's name; only a line opening with the list's name, a short
// heading and its first point after it (…职责分解一、县城区办事处(一)…) is
// so split. Many such words on one long line no longer slow the reading.
func TestListWordsInsideItems(t *testing.T) {
	n := parseAt("关于做好2023年三季度重点工作推进的通知\n各乡镇人民政府，县直各单位：\n" +
		"1.对照年度任务清单一、二季度未完成事项，2023年8月底前全部整改到位。(县政府督查室负责)\n" +
		"2.加快城区防洪工程建设，按照批复的建设方案一、二期工程2023年12月底前完工。(县水利局负责)\n" +
		"3.按照工作要点一、二项要求，做好安全生产检查，2023年9月30日前完成。(县应急管理局负责)\n")
	wantRows(t, "list words", n, []probeRow{
		{"对照年度任务清单一、二季度", []string{"县政府督查室"}, nil, nil, "2023-08-31", nil},
		{"加快城区防洪工程建设", []string{"县水利局"}, nil, nil, "2023-12-31", nil},
		{"按照工作要点一、二项要求", []string{"县应急管理局"}, nil, nil, "2023-09-30", nil},
	})
	long := strings.Repeat("按照方案一、二期和清单一、二类推进，", 3000) + "。"
	if got := runTogether(long); len(got) != 1 {
		t.Errorf("a long line of list words split in %d", len(got))
	}
}

// Probe 36: a paired table whose unit cell numbers its duties (区教育局 /
// 1.负责… / 2.负责…) gave the duties to the wrong units in silence; one
// whose later units no rule knew (县妇联) or whose unit cell took two
// lines stopped at them. Each numbered duty is a row of its unit's; past
// the first row any short name is a unit's; a unit cell of two lines
// gives both.
func TestPairedTableNumberedAndLooseUnits(t *testing.T) {
	n := parseAt("XX区2023年高考保障工作职责分工\n相关部门\n职责分工\n区教育局\n1.负责高考的组织实施和统筹协调工作。\n2.负责考务人员培训，2023年5月底前完成。\n" +
		"区公安分局\n1.负责考点周边治安秩序维护。\n2.负责试卷运送保管安全保障。\n各街道办事处\n负责辖区考点周边环境整治。\n")
	wantRows(t, "numbered", n, []probeRow{
		{"负责高考的组织实施", []string{"区教育局"}, nil, nil, "", nil},
		{"负责考务人员培训", []string{"区教育局"}, nil, nil, "2023-05-31", nil},
		{"负责考点周边治安秩序", []string{"区公安分局"}, nil, nil, "", nil},
		{"负责试卷运送保管", []string{"区公安分局"}, nil, nil, "", nil},
		{"负责辖区考点周边", []string{"各街道办事处"}, nil, nil, "", nil},
	})
	n = parseAt("XX县2024年防汛抗旱指挥部成员单位职责\n成员单位\n工作职责\n县应急管理局\n负责指挥部日常工作。\n县交通运输局\n县公路事业发展中心\n负责公路、桥梁的防汛安全。\n县妇联\n负责家庭教育指导服务。\n")
	wantRows(t, "loose", n, []probeRow{
		{"负责指挥部日常工作", []string{"县应急管理局"}, nil, nil, "", nil},
		{"负责公路、桥梁的防汛安全", []string{"县交通运输局", "县公路事业发展中心"}, nil, nil, "", nil},
		{"负责家庭教育指导服务", []string{"县妇联"}, nil, nil, "", nil},
	})
}

// Probe 36: a header that lost its task and number columns over rows with
// a time-limit column, one row leaving its last cell empty, gave each
// task its number as its title and its work as its owner, in silence; a
// post's duties under a heading (三、党支部书记工作职责) were dropped where
// the other items named units.
func TestLostHeaderShortRowAndPostItems(t *testing.T) {
	n := parseAt("XX县自然资源局2023年政务公开工作任务分工\n具 体 要 求 | 责任股室 | 完成时限\n" +
		"一、主动公开 | 1 | 及时公开国土空间规划批前公示信息。 | 规划股牵头,各自然资源所配合 | 长期 |\n" +
		"2 | 公开土地征收成片开发方案。 | 耕保股 | 2023年6月 |\n3 | 公开不动产登记办事指南。 | 不动产登记中心 | |\n")
	wantRows(t, "lost header", n, []probeRow{
		{"及时公开国土空间规划", []string{"规划股", "各自然资源所"}, []string{"规划股"}, nil, "", []string{"due"}},
		{"公开土地征收成片开发方案", []string{"耕保股"}, nil, nil, "2023-06-30", nil},
		{"公开不动产登记办事指南", []string{"不动产登记中心"}, nil, nil, "", nil},
	})
	n = parseAt("XX县2023年基层党建重点任务清单\n一、村党组织书记队伍建设\n1.开展村党组织书记轮训，2023年6月底前完成。(县委组织部、县委党校负责)\n" +
		"二、党支部书记工作职责\n1.落实“三会一课”制度。\n")
	wantRows(t, "post items", n, []probeRow{
		{"开展村党组织书记轮训", []string{"县委组织部", "县委党校"}, nil, nil, "2023-06-30", nil},
		{"落实“三会一课”制度", nil, nil, []string{"党支部书记"}, "", []string{"leaders", "owners"}},
	})
}

// Probe 36: places in a bare bracket after a full stop ((加油站、液化气站),
// (图书馆、博物馆、文化馆)) became owners in silence: small bodies' names are
// units there only beside a body's (监管科、监测站; 文物股、博物馆). A
// proposal's number in any of its forms (建议第56号, 第1023号提案, 市人大第
// 15号, 第2023-008号, 政协第3-12号) is no owner.
func TestPlacesInBracketsAndProposalNumbers(t *testing.T) {
	for s, want := range map[string]bool{"加油站、液化气站": false, "图书馆、博物馆、文化馆": false, "高铁站、汽车站": false,
		"监管科、监测站": true, "文物股、博物馆": true, "综合科、监察支队": true} {
		if got := unitNames(s); got != want {
			t.Errorf("unitNames(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"第1413号", "建议第56号", "第1023号提案", "市人大第15号", "第2023-008号", "政协第3-12号"} {
		if !serialNumberRe.MatchString(s) {
			t.Errorf("%q read as an owner", s)
		}
	}
	if serialNumberRe.MatchString("市住建局") {
		t.Errorf("a unit read as a number")
	}
}

// Probe 36: posts the post headings did not know were cut into units that
// do not exist (党委委员 → 党委委, 党委宣传委员 → 党委宣传委), or gave no one
// (纪检委员); 各村党组织 was cut to 各村党组. A heading's post (委员 too,
// several apart by 、, a bracket inside) is its items' leader; 党组织 is a
// body's name; 中共XX县委员会 is no post.
func TestMorePostHeadings(t *testing.T) {
	n := parseAt("XX镇党委意识形态工作责任清单\n一、党委委员意识形态工作职责\n1.按照“一岗双责”要求，抓好分管领域意识形态工作。\n" +
		"二、各村党组织意识形态工作职责\n1.落实意识形态工作责任，每季度分析研判一次。\n三、党委书记、镇长职责\n1.带头抓意识形态工作。\n" +
		"四、村（社区）党组织书记职责\n1.抓好本村意识形态阵地管理。\n")
	wantRows(t, "posts", n, []probeRow{
		{"按照“一岗双责”要求", nil, nil, []string{"党委委员"}, "", []string{"leaders", "owners"}},
		{"落实意识形态工作责任", []string{"各村党组织"}, nil, nil, "", []string{"owners"}},
		{"带头抓意识形态工作", nil, nil, []string{"党委书记", "镇长"}, "", []string{"leaders", "owners"}},
		{"抓好本村意识形态阵地管理", nil, nil, []string{"村（社区）党组织书记"}, "", []string{"leaders", "owners"}},
	})
}

// Probe 36: 序号 | 所在乡镇 | 水体名称 | 治理措施 | 责任人 | 完成时限: the
// header joined 所在乡镇 and 水体名称 as one cell broken over two lines,
// so each row's town stood as its task and its water body as a leader,
// listed under misleading words. 所在 names a column; a row with a cell
// for each column before the work's puts each in its own.
func TestColumnsBeforeTheWork(t *testing.T) {
	n := parseAt("XX县2022年农村黑臭水体治理清单\n序号\n所在乡镇\n水体名称\n治理措施\n责任人\n完成时限\n1\n城关镇\n东沟渠\n截污清淤\n张德明\n2022年6月底\n2\n新城镇\n北塘\n生态修复\n李卫东\n2022年9月底\n")
	wantRows(t, "before", n, []probeRow{
		{"截污清淤", nil, nil, []string{"张德明"}, "2022-06-30", []string{"owners"}},
		{"生态修复", nil, nil, []string{"李卫东"}, "2022-09-30", []string{"owners"}},
	})
}

// 工作 考核 closing a header (a column of how the work is scored) was no
// column's name, so the header ended before it and the cell began the
// first row: every row's cells slid one column.
func TestScoringColumnInHeader(t *testing.T) {
	if !isColumnName("工作 考核") {
		t.Errorf("工作 考核 is no column name")
	}
	h, _ := flatHeader([]Line{{1, "建设指标 |"}, {2, "任务内容 |"}, {3, "责任单位 |"}, {4, "工作 考核 |"}, {5, "1. 市、县政府成立领导机构。 |"}}, 0)
	if len(h) != 4 {
		t.Errorf("header %q, want four columns", h)
	}
}

// A document viewer's page counter over a preview (1 / 13) was read as the
// notice's title.
func TestViewerPageCounterNoTitle(t *testing.T) {
	n := parseAt("1 / 13\n关于做好2017年节假日维稳工作的通知\n各乡镇、区直各单位：\n1.做好矛盾纠纷排查化解工作。（区信访局负责）\n")
	if n.Title != "关于做好2017年节假日维稳工作的通知" {
		t.Errorf("title %q", n.Title)
	}
}

// Probe 37: past a paired table's first row a short line inside a duty's
// cell (每季度报送一次工作进展) was read as part of the next unit's name,
// and a duty with no full stop (负责考生运力保障) swapped with its unit; a
// score (6分) stood as an owner; a plan period already past (“十三五”末
// in a 2021 list) was read as a target year.
func TestProbe37PairedAndScores(t *testing.T) {
	n := parseAt("XX县2023年河湖长制工作职责分工\n相关部门\n职责分工\n县水利局\n负责河湖管理保护日常工作。\n每季度报送一次工作进展\n" +
		"县生态环境分局\n负责水污染防治和水质监测。\n县交通运输局\n负责考生运力保障\n县卫健局\n负责考点医疗保障。\n")
	wantRows(t, "paired", n, []probeRow{
		{"负责河湖管理保护日常工作", []string{"县水利局"}, nil, nil, "", nil},
		{"负责水污染防治和水质监测", []string{"县生态环境分局"}, nil, nil, "", nil},
		{"负责考生运力保障", []string{"县交通运输局"}, nil, nil, "", nil},
		{"负责考点医疗保障", []string{"县卫健局"}, nil, nil, "", nil},
	})
	tk := Task{Owners: []string{"县农业农村局", "6分"}}
	(&Notice{}).reviewNames(&tk)
	if !reviewed(tk, "owners") {
		t.Errorf("a score among the owners not listed")
	}
	n = parseAt("XX县2021年生态环境保护重点任务清单\n1.“十三五”末已建成的污水管网要加强维护。(县住建局负责)\n2.到“十四五”末，城市污水处理率达到98%。(县住建局负责)\n")
	wantRows(t, "periods", n, []probeRow{
		{"“十三五”末已建成的污水管网", []string{"县住建局"}, nil, nil, "", nil},
		{"到“十四五”末", []string{"县住建局"}, nil, nil, "2025-12-31", []string{"due"}},
	})
}

// Probe 37: 县政协办 lost its 协办 (read as a duty word: 县政), in owners
// and lead, in silence; a proposal's number before a comma (第67号,市交通运
// 输局主办) or named with its session (市政协十三届二次会议第88号提案) stood
// as an owner.
func TestCPPCCOfficeAndProposalRefs(t *testing.T) {
	n := parseAt("XX市2023年重点工作任务清单\n1.做好政协提案办理工作。(县政协办负责)\n2.加强协商议政。(牵头单位：县政协办；配合单位：县委办)\n" +
		"3.关于优化公交线路的建议。(第67号,市交通运输局主办)\n4.关于推进垃圾分类的建议。(市政协十三届二次会议第88号提案。主办单位：市城管局)\n")
	wantRows(t, "cppcc", n, []probeRow{
		{"做好政协提案办理工作", []string{"县政协办"}, nil, nil, "", nil},
		{"加强协商议政", []string{"县政协办", "县委办"}, []string{"县政协办"}, nil, "", nil},
		{"关于优化公交线路的建议", []string{"市交通运输局"}, []string{"市交通运输局"}, nil, "", nil},
		{"关于推进垃圾分类的建议", []string{"市城管局"}, []string{"市城管局"}, nil, "", nil},
	})
}
