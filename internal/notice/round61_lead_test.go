package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 61, on the held-out sets of the session.

// A table whose cells close on lone bars, as a district's disclosure page
// serves it: a header cell over three lines holding the marks' rule
// (责任部门 / (加*号为牵头部门, / 其余为参与部门)), a 类别 column merged over
// its rows and broken into short lines ((一) / 持续 / 推进 / 建设), units
// marked with a * after the name, and a second column of towns (责任街镇).
// The import refused it whole; the unit with its * was read as a name.
func TestBarTableMarkedLeadsCategoryTowns(t *testing.T) {
	text := "某区2023年乡村振兴重点任务清单\n" + bars("类别", "序号", "任务名称", "任务要求及举措") +
		"责任部门\n(加*号为牵头部门,\n其余为参与部门)\n|\n" + bars("责任街镇", "完成时间节点") +
		"(一)\n持续\n推进\n“两个\n示范村”\n建设\n|\n" +
		bars("1", "完成2022年度\n乡村振兴示范村建设", "完成1个乡村振兴示范村建设。", "区农业农村委*", "浦江镇", "10月底",
			"2", "开展市级\n美丽乡村示范村创建", "按市级部署开展创建工作。", "区农业农村委*", "浦江镇、浦锦街道、\n马桥镇", "12月底") +
		"(二)\n全面\n推进\n集中居住\n|\n" +
		bars("3", "推进\n农民相对集中居住", "持续稳妥推进农民相对集中居住。", "区农业农村委*、\n区规划资源局、\n区房管局", "梅陇镇、颛桥镇", "12月底")
	wantRows(t, "bartable", parseAt(text), []probeRow{
		{"完成2022年度乡村振兴示范村建设", []string{"区农业农村委", "浦江镇"}, []string{"区农业农村委"}, nil, "2023-10-31", []string{"lead"}},
		{"开展市级美丽乡村示范村创建", []string{"区农业农村委", "浦江镇", "浦锦街道", "马桥镇"}, []string{"区农业农村委"}, nil, "2023-12-31", []string{"lead"}},
		{"推进农民相对集中居住", []string{"区农业农村委", "区规划资源局", "区房管局", "梅陇镇", "颛桥镇"}, []string{"区农业农村委"}, nil, "2023-12-31", []string{"lead"}},
	})
}

// A unit with a * after its name where the notice says nothing of the
// mark: the * is no part of the name, and the lead it may mark is listed.
func TestUnexplainedAsteriskOffName(t *testing.T) {
	text := "某区2023年重点任务清单\n1.推进示范村建设。（责任单位：区农业农村委*、区发改委）\n2.推进集中居住。（责任单位：区房管局＊、区财政局）\n"
	wantRows(t, "asterisk", parseAt(text), []probeRow{
		{"推进示范村建设", []string{"区农业农村委", "区发改委"}, nil, nil, "", []string{"lead"}},
		{"推进集中居住", []string{"区房管局", "区财政局"}, nil, nil, "", []string{"lead"}},
	})
}

// A whole notice served as one line: its title runs straight into the
// recipients (…的通知各县(区)人民政府、…:), its issuer heads the title
// (南昌市人民政府印发…), and a heading of phrases apart by 、 runs into
// its first item (一、优服务、提效能1.…). The heading and the first item
// stood as one task, swallowing the items after it.
func TestOneLineNoticeGluedTitleHeadingWithCommas(t *testing.T) {
	text := "某市人民政府印发某市关于有效应对疫情稳定经济增长若干政策措施的通知各县(区)人民政府、开发区(新区)管委会,市政府各部门:" +
		"为全力做好疫情防控工作,现提出以下政策措施:一、优服务、提效能1.加快防控疫情所需物资的项目审批进度,全面推行不见面审批。(责任单位:市行政审批局、市税务局)" +
		"2.对扩大疫情防控重点物资产能的企业,可先扩产再补办相关审批手续。(责任单位:市行政审批局、各行业主管部门)" +
		"二、扶实体、保经营3.鼓励金融机构扩大信贷投放,适当下调贷款利率。(责任单位:市金融办)4.更好发挥纾困基金作用。(责任单位:市金融办、市财政局)\n"
	n := parseAt(text)
	if n.Title != "某市人民政府印发某市关于有效应对疫情稳定经济增长若干政策措施的通知" || n.Issuer != "某市人民政府" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	wantRows(t, "oneline", n, []probeRow{
		{"加快防控疫情所需物资的项目审批进度", []string{"市行政审批局", "市税务局"}, nil, nil, "", nil},
		{"对扩大疫情防控重点物资产能的企业", []string{"市行政审批局", "各行业主管部门"}, nil, nil, "", []string{"owners"}},
		{"鼓励金融机构扩大信贷投放", []string{"市金融办"}, nil, nil, "", nil},
		{"更好发挥纾困基金作用", []string{"市金融办", "市财政局"}, nil, nil, "", nil},
	})
}

// An open tail joined to the names after it (金融监管局等部门和各镇街):
// the names before and after it are units, the tail listed; it stood as
// one name.
func TestOpenTailJoinedToNamesAfter(t *testing.T) {
	text := "某县稳经济政策措施\n1.全面落实促进工业经济高质量发展政策。（责任单位：县工信局、县科技局、县金融监管局等部门和各镇街、经济开发区）\n" +
		"2.落实减税降费政策。（责任单位：县税务局、县财政局等单位及各乡镇）\n"
	wantRows(t, "opentailand", parseAt(text), []probeRow{
		{"全面落实促进工业经济高质量发展政策", []string{"县工信局", "县科技局", "县金融监管局", "各镇街", "经济开发区"}, nil, nil, "", []string{"owners"}},
		{"落实减税降费政策", []string{"县税务局", "县财政局", "各乡镇"}, nil, nil, "", []string{"owners"}},
	})
}

// A department's list of its own sections: a 任务分工 column holding the
// units (the table was refused), 各高等学校 read as a name with 等 in it
// (listed as odd), items whose brackets were lost (…动态更新。办公室牵头,
// 各有关处室、民服中心,省信息中心配合: the sections named with no level,
// the helpers apart by commas, were read as nobody), and an item whose
// lead the text names where no unit can be read (…等信息审批处牵头,…): the
// lead is listed along with the owners.
func TestSectionsListTaskDivisionColumnLostBrackets(t *testing.T) {
	table := "某省教育厅2023年政务公开工作要点任务分工\n工作要点 | 具体要求 | 任务分工 |\n" +
		"教育民生 | 做好高校毕业生就业创业补贴等信息公开。 | 学生处,各高等学校 |\n" +
		"规范管理 | 加强民办教育学校监管,推进办学资质等信息集中公开。 | 民继处,校外监管处 |\n"
	wantRows(t, "taskdivision", parseAt(table), []probeRow{
		{"教育民生", []string{"学生处", "各高等学校"}, nil, nil, "", nil},
		{"规范管理", []string{"民继处", "校外监管处"}, nil, nil, "", nil},
	})
	if r := parseAt(table).Tasks[0].Review; len(r) != 0 {
		t.Errorf("各高等学校 listed: %+v", r)
	}
	text := "省民政厅2020年政务公开工作要点及任务分工\n一、推进政策制度履职依据公开\n" +
		"1. 系统梳理我厅制发的规范性文件,通过网站集中统一对外公开并动态更新。办公室牵头,各有关处室、民服中心,省信息中心运维九部配合\n" +
		"2. 全面优化政务服务办事流程,及时更新并公开政务服务办事方式等信息审批处牵头,各有关处室、民服中心配合\n"
	wantRows(t, "lostbrackets", parseAt(text), []probeRow{
		{"系统梳理我厅制发的规范性文件", []string{"办公室", "民服中心", "省信息中心运维九部"}, []string{"办公室"}, nil, "", []string{"owners"}},
		{"全面优化政务服务办事流程", nil, nil, nil, "", []string{"owners", "lead"}},
	})
}

// A time limit that is a span of years ending in 年底前 (2016—2017 年底前)
// is a deadline, the last year's end, in a table with no header naming
// the column; it was read as how long the work runs, no due.
func TestYearSpanByItsEnd(t *testing.T) {
	text := "某市环境卫生工作任务分解表\n序号 | 工作任务 | 责任单位 | 时间安排 |\n" +
		"1 | 开展城镇生活垃圾分类试点 | 市住建局、市发改委 | 2016—2017 年底前 |\n" +
		"2 | 加快环境卫生设施建设 | 市住建局 | 2016年至2018年 |\n"
	wantRows(t, "spanby", parseAt(text), []probeRow{
		{"开展城镇生活垃圾分类试点", []string{"市住建局", "市发改委"}, nil, nil, "2017-12-31", []string{"due"}},
		{"加快环境卫生设施建设", []string{"市住建局"}, nil, nil, "", []string{"due"}},
	})
}

// A ministry's line saying how the notice is published ((信息公开形式:主动
// 公开)) is no part of the title under it; 有关成员单位 names no unit.
func TestPublicationFormLineAndSomeMembers(t *testing.T) {
	text := "全爱卫发〔2021〕5号\n全国爱卫会各成员单位:\n现将《全国爱国卫生运动2021年工作要点》印发给你们,请结合实际认真贯彻落实。\n全国爱国卫生运动委员会\n2021年4月2日\n" +
		"(信息公开形式:主动公开)\n全国爱国卫生运动2021年工作要点\n一、研究制订的文件\n" +
		"(一)印发《关于开展倡导文明健康绿色环保生活方式活动的通知》。(全国爱卫办牵头,有关成员单位参与)\n" +
		"(二)修订国家卫生城市标准。(全国爱卫办牵头,各成员单位参与)\n"
	n := parseAt(text)
	if n.Title != "全国爱国卫生运动2021年工作要点" {
		t.Errorf("title %q", n.Title)
	}
	wantRows(t, "publicform", n, []probeRow{
		{"印发《关于开展倡导文明健康绿色环保生活方式", []string{"全国爱卫办"}, []string{"全国爱卫办"}, nil, "", []string{"owners"}},
		{"修订国家卫生城市标准", []string{"全国爱卫办", "各成员单位"}, []string{"全国爱卫办"}, nil, "", nil},
	})
}

// Items opening with who does them and the bodies they work with
// (由国库处负责,会同信息中心,在…; 由国库处牵头,会同预算处、债务债券处,根据…):
// the bodies after 会同 are owners too; they were dropped, the first in
// silence. A date with no year in a notice whose only year is a finding's
// (通知公告2020年只有3月更新一条) takes that year, listed; it was not.
func TestHeadLeadWithBodiesAndBorrowedYear(t *testing.T) {
	text := "关于做好政务公开有关问题整改的通知\n厅内有关单位:\n一、存在问题\n1.“减税降费”指标检查情况:网站上有减税降费专栏,通知公告2020年只有3月更新一条。\n二、整改要求\n" +
		"1.由国库处负责,会同信息中心,在厅门户网站开设财政资金直达基层专栏,2月5日前完成。\n" +
		"2.由国库处牵头,会同预算处、债务债券处、监督评价处,根据工作实际,及时公开与直达资金相关的内容,2月5日前完成。\n"
	wantRows(t, "headwith", parseAt(text), []probeRow{
		{"由国库处负责,会同信息中心", []string{"国库处", "信息中心"}, nil, nil, "2020-02-05", []string{"due"}},
		{"由国库处牵头,会同预算处", []string{"国库处", "预算处", "债务债券处", "监督评价处"}, []string{"国库处"}, nil, "2020-02-05", []string{"owners", "lead", "due"}},
	})
}

// A rectification plan's findings with label lines under each: 整改期限 is
// a time limit's label (it stayed in the text, the date unread, and a
// limit that is no date went unlisted), and 区景区与城镇管理局 is one
// body whose level heads a name holding 与 (it was split into 区景区 and
// 城镇管理局, in silence).
func TestRectificationLabelsAndBodyWithYu(t *testing.T) {
	text := "某区生态环境问题专项整治工作方案\n二、工作任务\n(一)汤家山取土场位于新319国道临时停车场一侧,现场山体表层土壤被采挖取走。\n整改要求:对汤家山取土场整地平坡、复绿。\n" +
		"整改期限:2019年5月30日\n主体责任单位:桃花源镇政府、区景区与城镇管理局、林业分局\n(二)二级保护区修建酒吧,属违规建设项目。\n整改要求:限期办理相关手续。\n" +
		"整改期限:由于详细规划待批,批准后再补办手续。\n主体责任单位:桃花源镇政府、区景区与城镇管理局\n"
	wantRows(t, "rectify", parseAt(text), []probeRow{
		{"汤家山取土场位于新319国道", []string{"桃花源镇政府", "区景区与城镇管理局", "林业分局"}, nil, nil, "2019-05-30", nil},
		{"二级保护区修建酒吧", []string{"桃花源镇政府", "区景区与城镇管理局"}, nil, nil, "", []string{"due"}},
	})
}

// A meeting's report giving its decisions in one paragraph apart by
// semicolons, each naming who leads and who helps before the work
// (…曲道凯要求,由县发展和改革局牵头,县委党校、县自然资源局配合,在9月底前完成…;
// 由丹凤街道牵头,县自然资源局配合,…): each clause is a task, listed. The
// notice was refused.
func TestMeetingDecisionsLeadFirst(t *testing.T) {
	text := "6月14日下午,某县召开2022年批而未供和闲置土地处置工作推进会。\n" +
		"为顺利完成市委、市政府下达的处置目标任务,县长要求,由县发展和改革局牵头,县委党校、县自然资源局配合,在9月底前完成县委党校项目供地工作;" +
		"由县工业园区管委会牵头,县自然资源局、漾月街道配合,在12月底前完成工业园区74.0亩批而未供土地处置任务;" +
		"由丹凤街道牵头,县自然资源局配合,在12月底前完成荣海新区50.06亩批而未供土地处置任务。其他涉及部门要积极配合。\n"
	wantRows(t, "decisionsleadfirst", parseAt(text), []probeRow{
		{"由县发展和改革局牵头,县委党校", []string{"县发展和改革局", "县委党校", "县自然资源局"}, []string{"县发展和改革局"}, nil, "2022-09-30", []string{"owners", "due"}},
		{"由县工业园区管委会牵头", []string{"县工业园区管委会", "县自然资源局", "漾月街道"}, []string{"县工业园区管委会"}, nil, "2022-12-31", []string{"owners", "due"}},
		{"由丹凤街道牵头", []string{"丹凤街道", "县自然资源局"}, []string{"丹凤街道"}, nil, "2022-12-31", []string{"owners", "due"}},
	})
}

// What the session's probe found silent or lost among its own rules:
// a legend written with ＊ over units marked * (no lead), bodies after
// 会同 that are a collective or end in an open tail (由县财政局负责，会同各乡镇),
// sections joined by 与 (教务处与学生处, one owner), 整改时间 in a bracket
// (长期坚持 read as a unit), a numbered row short of its time limit's
// cell (due empty, unlisted), a line 信息公开选项：主动公开 glued to the
// list's title, a 分类 column glued to it too, and decisions in two
// clauses, led by a person or helped by an open name (the notice refused,
// or the paragraph lost after another was read).
func TestProbe56Findings(t *testing.T) {
	marks := "某县2023年重点工作任务\n（标＊的为牵头单位）\n1.推进全域旅游。（责任单位：县文旅局*、县交通局）\n2.建设智慧城市。（责任单位：县大数据中心、县工信局＊）\n"
	wantRows(t, "widestar", parseAt(marks), []probeRow{
		{"推进全域旅游", []string{"县文旅局", "县交通局"}, []string{"县文旅局"}, nil, "", nil},
		{"建设智慧城市", []string{"县大数据中心", "县工信局"}, []string{"县工信局"}, nil, "", nil},
	})
	with := "某县财政局2023年重点工作安排\n1.由县财政局负责，会同各乡镇，做好综合治税工作。\n2.由县财政局负责，会同县税务局、县市场监管局等部门，做好综合治税工作。\n" +
		"3.完善教学管理制度。（责任单位：教务处与学生处）\n4.项目审批不规范。（责任单位：县发改局；整改时间：长期坚持）\n"
	wantRows(t, "withyu", parseAt(with), []probeRow{
		{"由县财政局负责，会同各乡镇", []string{"县财政局", "各乡镇"}, nil, nil, "", nil},
		{"由县财政局负责，会同县税务局", []string{"县财政局", "县税务局", "县市场监管局"}, nil, nil, "", []string{"owners"}},
		{"完善教学管理制度", []string{"教务处", "学生处"}, nil, nil, "", nil},
		{"项目审批不规范", []string{"县发改局"}, nil, nil, "", []string{"due"}},
	})
	table := "某区人民政府办公室关于印发《某区2023年重点任务清单》的通知\n各街道办事处，区政府各部门：\n现将《某区2023年重点任务清单》印发给你们，请认真按照执行。\n某区人民政府办公室\n2023年3月15日\n" +
		"信息公开选项：主动公开\n某区2023年重点任务清单\n" + bars("分类", "序号", "任务名称", "责任部门", "完成时间") + "(一)\n产业\n发展\n|\n" +
		bars("1", "推进产业园建设", "区经委", "10月底", "2", "招引优质项目", "区投促中心") + bars("3", "盘活低效用地", "区规划资源局", "11月底")
	n := parseAt(table)
	if n.ListTitle != "某区2023年重点任务清单" {
		t.Errorf("list title %q", n.ListTitle)
	}
	wantRows(t, "shortdue", n, []probeRow{
		{"推进产业园建设", []string{"区经委"}, nil, nil, "2023-10-31", nil},
		{"招引优质项目", []string{"区投促中心"}, nil, nil, "2023-10-31", []string{"due"}},
		{"盘活低效用地", []string{"区规划资源局"}, nil, nil, "2023-11-30", nil},
	})
	decisions := "县政府第12次常务会议议定事项分工\n会议研究了城区防汛工作，要求由县水利局牵头，县应急管理局、县气象局配合，在7月15日前完成城区排涝设施检修；由县住建局牵头，各社区配合，在7月底前完成地下车库挡水设施安装。\n" +
		"会议研究了教育工作。会议要求，由王强牵头，县教育局配合，在9月底前完成教师招聘。\n"
	wantRows(t, "decisions2", parseAt(decisions), []probeRow{
		{"由县水利局牵头", []string{"县水利局", "县应急管理局", "县气象局"}, []string{"县水利局"}, nil, "", []string{"owners", "due"}},
		{"由县住建局牵头", []string{"县住建局", "各社区"}, []string{"县住建局"}, nil, "", []string{"owners", "due"}},
		{"由王强牵头", []string{"县教育局"}, nil, []string{"王强"}, "", []string{"owners", "leaders", "due"}},
	})
}

// A table whose cells end in " |", one a line, where a row's number lost
// its bar to the next line (4 / |): the table ended there and the rows
// after it were lost in silence.
func TestFlatCellBarOnNextLine(t *testing.T) {
	text := "某区2022年实事项目8月进展情况\n" + "序号 |\n项目内容 |\n牵头单位 |\n进展情况 |\n" +
		"1 |\n新增1个共享充电桩示范小区 |\n区发展改革委 |\n正在建设。 |\n" +
		"2\n|\n为老旧小区既有电动自行车集中充电所加装喷淋装置 |\n区消防救援支队 |\n正在招标。 |\n" +
		"3 |\n新增760张养老床位 |\n区民政局 |\n已完成。 |\n"
	wantRows(t, "barbelow", parseAt(text), []probeRow{
		{"新增1个共享充电桩示范小区", []string{"区发展改革委"}, []string{"区发展改革委"}, nil, "", nil},
		{"为老旧小区既有电动自行车集中充电所", []string{"区消防救援支队"}, []string{"区消防救援支队"}, nil, "", nil},
		{"新增760张养老床位", []string{"区民政局"}, []string{"区民政局"}, nil, "", nil},
	})
}

// A body's name alone over its projects with their count (区委办公室(8项)),
// unnumbered, each project labelled (1.领办项目:…。工作进展:…): the name is
// the owner (listed) and the label no word of the title. The notice was
// refused: the name was read into the title.
func TestCountedBodyHeadingLabelledProjects(t *testing.T) {
	text := "某区“我为群众办实事”项目公布\n区委办公室(2项)\n1.领办项目:下荒村路灯损坏修复项目。工作进展:目前全部更换完毕。\n" +
		"2.领办项目:锦绣社区外围车位规划项目。工作进展:目前已完成66个车位划定工作。\n区财政局(1项)\n1.项目名称:乡村公路养护资金拨付项目。工作进展:已拨付。\n"
	wantRows(t, "countedbody", parseAt(text), []probeRow{
		{"下荒村路灯损坏修复项目", []string{"区委办公室"}, nil, nil, "", []string{"owners"}},
		{"锦绣社区外围车位规划项目", []string{"区委办公室"}, nil, nil, "", []string{"owners"}},
		{"乡村公路养护资金拨付项目", []string{"区财政局"}, nil, nil, "", []string{"owners"}},
	})
}

// A district portal's page: the browser's title line (…3月进展情况_政府实事
// 项目进展_上海市宝山区人民政府门户网站) and bullets of its index (• 机构名称:
// 区府督查室): the title without the site, the issuer the index's.
func TestPortalTitleLineAndAgencyBullet(t *testing.T) {
	text := "2023年区政府实事项目3月进展情况_政府实事项目进展_上海市宝山区人民政府门户网站\n\n2023年区政府实事项目3月进展情况\n\n" +
		"信息来源: 区府督查室 发布时间 2023-04-03\n  • 所属类目: 政府实事项目进展\n  • 主题分类: 综合政务\n  • 发布日期: 2023-04-03\n  • 发文字号:\n  • 机构名称: 区府督查室\n\n" +
		"序号\n\n项目内容\n\n牵头单位\n\n1\n\n新增1个共享充电桩示范小区\n\n区发展改革委\n\n2\n\n既有多层住宅加装电梯新增400台\n\n区房管局\n"
	n := parseAt(text)
	if n.Title != "2023年区政府实事项目3月进展情况" || n.Issuer != "区府督查室" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
}

// Lone-bar tables the probe found refused or short: a header cell whose
// note states the first-leads rule (责任部门 / (排在第一位的为牵头部门)),
// a footnote * closing a task's name, and 类别 cells written 一、 / 产业 /
// 发展 with the rows numbered from 1 again under each (the second group's
// rows were lost in silence).
func TestBarTableFirstLeadsNoteAndRestartedNumbers(t *testing.T) {
	note := "某区2023年营商环境重点任务清单\n" + bars("序号", "任务名称") + "责任部门\n(排在第一位的为牵头部门)\n|\n" + bars("完成时间节点",
		"1", "企业开办一网通办*", "区市场监管局、区税务局", "6月底", "2", "推进工程建设项目审批改革", "区建管委、区规划资源局", "9月底")
	wantRows(t, "firstnote", parseAt(note), []probeRow{
		{"企业开办一网通办", []string{"区市场监管局", "区税务局"}, []string{"区市场监管局"}, nil, "2023-06-30", nil},
		{"推进工程建设项目审批改革", []string{"区建管委", "区规划资源局"}, []string{"区建管委"}, nil, "2023-09-30", nil},
	})
	restart := "某区2023年重点任务清单\n" + bars("类别", "序号", "任务名称", "责任部门", "完成时间节点") + "一、\n产业\n发展\n|\n" +
		bars("1", "推进产业园建设", "区经委", "10月底", "2", "招引优质项目", "区投促中心", "12月底") + "二、\n城市\n更新\n|\n" +
		bars("1", "盘活低效用地", "区规划资源局", "11月底")
	wantRows(t, "restart", parseAt(restart), []probeRow{
		{"推进产业园建设", []string{"区经委"}, nil, nil, "2023-10-31", nil},
		{"招引优质项目", []string{"区投促中心"}, nil, nil, "2023-12-31", nil},
		{"盘活低效用地", []string{"区规划资源局"}, nil, nil, "2023-11-30", nil},
	})
}

// What the second probe of the session's rules found silent: 由X负责 with
// those who help or carry it out in the next clause (区卫健委配合, 各街道
// 落实) or after 会同 (王庄村, 有关部门: listed) dropped them; a meeting
// report's headline (县政府召开…推进会) stood as its issuer; a date set in
// a bracket's 整改措施 field was lost.
func TestProbe57Findings(t *testing.T) {
	text := "某区2023年重点工作任务\n1.由区民政局负责,区卫健委配合,开展养老服务提升行动,11月底前完成。\n2.由区民政局负责,各街道落实,开展养老服务提升行动,11月底前完成。\n" +
		"3.由县民政局负责,会同王庄村,完成养老服务站建设,10月底前完成。\n4.由县农业农村局负责,会同有关部门,做好高标准农田建设,10月底前完成。\n" +
		"5.审批效率不高。(责任单位:县政务服务中心;整改措施:压缩审批时间,6月底前完成)\n"
	wantRows(t, "probe57", parseAt(text), []probeRow{
		{"由区民政局负责,区卫健委配合", []string{"区民政局", "区卫健委"}, nil, nil, "2023-11-30", nil},
		{"由区民政局负责,各街道落实", []string{"区民政局", "各街道"}, nil, nil, "2023-11-30", nil},
		{"由县民政局负责,会同王庄村", []string{"县民政局", "王庄村"}, nil, nil, "2023-10-31", nil},
		{"由县农业农村局负责,会同有关部门", []string{"县农业农村局"}, nil, nil, "2023-10-31", []string{"owners"}},
		{"审批效率不高", []string{"县政务服务中心"}, nil, nil, "2023-06-30", []string{"due"}},
	})
	news := "县政府召开批而未供土地处置工作推进会\n6月14日下午,某县召开2022年批而未供和闲置土地处置工作推进会。\n" +
		"县长要求,由县发展和改革局牵头,县自然资源局配合,在9月底前完成县委党校项目供地工作;由县工业园区管委会牵头,漾月街道配合,在12月底前完成工业园区土地处置任务。\n"
	if n := parseAt(news); n.Issuer != "" || len(n.Tasks) != 2 {
		t.Errorf("issuer %q, %d tasks", n.Issuer, len(n.Tasks))
	}
}

// A body's counted heading over items whose brackets name only those who
// help ((配合单位:各社区), (县自然资源局配合)): the body does the work and
// leads it (listed); it was dropped, the helpers the only owners, in
// silence. A meeting report's decisions after 会议强调, and a browser's
// title line with its parts apart by dashes (…-通知公告-某县人民政府网).
func TestCountedHeadingHelpersAndDashTitle(t *testing.T) {
	text := "某县2023年重点工作任务-通知公告-某县人民政府网\n县住建局(2项)\n1.完成老旧小区改造8个,10月底前完成。(配合单位:各社区)\n" +
		"2.新建停车位500个,12月底前完成。(县公安局、县城管局配合)\n县教育局(1项)\n1.新建幼儿园3所,9月底前完成。(责任单位:县教育局、县自然资源局)\n"
	n := parseAt(text)
	if n.Title != "某县2023年重点工作任务" {
		t.Errorf("title %q", n.Title)
	}
	wantRows(t, "countedhelpers", n, []probeRow{
		{"完成老旧小区改造8个", []string{"县住建局", "各社区"}, []string{"县住建局"}, nil, "2023-10-31", []string{"lead"}},
		{"新建停车位500个", []string{"县住建局", "县公安局", "县城管局"}, []string{"县住建局"}, nil, "2023-12-31", []string{"lead"}},
		{"新建幼儿园3所", []string{"县教育局", "县自然资源局"}, nil, nil, "2023-09-30", nil},
	})
	news := "县政府召开重点项目推进会\n5月8日,某县召开2023年重点项目推进会。\n会议要求,由县发改局牵头,县财政局配合,在6月底前完成专项债项目申报;由县自然资源局牵头,县住建局配合,在7月底前完成项目用地报批。\n" +
		"会议强调,由县住建局牵头,县城管局配合,在8月底前完成老旧小区改造;由县交通局牵头,各乡镇配合,在10月底前完成农村公路建设。\n"
	if n := parseAt(news); len(n.Tasks) != 4 {
		t.Errorf("%d tasks, want 4: %q", len(n.Tasks), owned(n))
	}
}

// Counted headings with more on their line: a leader after the count
// (区发改局(2项) 责任领导:张伟, given to the next heading's item in silence),
// a role inside the count's bracket (区商务局(牵头,1项), read as the owner
// 1项) and a colon before it (区发改局:2项).
func TestCountedHeadingsWithLeadersAndRoles(t *testing.T) {
	text := "某区2023年重点工作任务\n\n区发改局(2项) 责任领导:张伟\n1.完成重点项目投资50亿元,12月底前完成。\n2.新开工项目30个,9月底前完成。\n" +
		"区商务局(牵头,1项)\n1.引进内资10亿元,12月底前完成。\n区财政局:1项\n1.盘活存量资金2亿元,11月底前完成。\n"
	wantRows(t, "countedmore", parseAt(text), []probeRow{
		{"完成重点项目投资50亿元", []string{"区发改局"}, nil, []string{"张伟"}, "2023-12-31", []string{"owners", "leaders"}},
		{"新开工项目30个", []string{"区发改局"}, nil, []string{"张伟"}, "2023-09-30", []string{"owners", "leaders"}},
		{"引进内资10亿元", []string{"区商务局"}, nil, nil, "2023-12-31", []string{"owners"}},
		{"盘活存量资金2亿元", []string{"区财政局"}, nil, nil, "2023-11-30", []string{"owners"}},
	})
}

// A table's header over two rows: 责任分工 over 牵头单位 | 配合单位 on the
// row under it. Read as one column of owners (责任分工), the helpers and
// the lead were lost in silence; now the second row names the columns.
func TestTwoRowHeaderTaskDivision(t *testing.T) {
	text := "宁远县2023年重点工作任务清单\n序号|任务内容|责任分工| |完成时限\n | |牵头单位|配合单位|\n" +
		"1|推进高标准农田建设|县农业农村局|县财政局|2023年12月底\n2|推进城区排水防涝|县住建局|县水利局、县城管局|2023年6月底\n"
	wantRows(t, "tworowhead", parseAt(text), []probeRow{
		{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, []string{"县农业农村局"}, nil, "2023-12-31", nil},
		{"推进城区排水防涝", []string{"县住建局", "县水利局", "县城管局"}, []string{"县住建局"}, nil, "2023-06-30", nil},
	})
}

// A table's header written apart by spaces under a list's title (序号  目标
// 任务 三季度 推进情况) is no part of the title.
func TestSpacedHeaderOffTitle(t *testing.T) {
	n := parseAt("2020年第三季度重点工作推进目标表\n\n发布时间: 2020-11-19 09:57 字体:[]\n\n序号  目标任务 三季度 推进情况\n1 推进控辍保学工作。 开展专项治理。\n")
	if n.Title != "2020年第三季度重点工作推进目标表" {
		t.Errorf("title %q", n.Title)
	}
}

// The third probe: counted headings under the notice's own sections (一、经济
// 发展 / 区民政局(1项) / 1.…) lost the body of items naming only helpers and
// gave leaders to the wrong items, in silence; over items numbered 一、 they
// are listed. A meeting report's headline (…召开…会) is no masthead: the
// signature names the issuer.
func TestCountedHeadingsUnderSectionsAndHeadlineIssuer(t *testing.T) {
	text := "某区2023年重点工作任务清单\n一、经济发展\n区发改局(2项)\n责任领导:副区长张伟\n1.完成固定资产投资50亿元,12月底前完成。\n2.新开工重点项目30个,9月底前完成。\n" +
		"二、社会民生\n区民政局(1项)\n责任领导:副区长刘芳\n1.新建养老服务中心3个,11月底前完成。(配合单位:各街道)\n"
	wantRows(t, "countedsub", parseAt(text), []probeRow{
		{"完成固定资产投资50亿元", []string{"区发改局"}, nil, []string{"副区长张伟"}, "2023-12-31", []string{"owners", "leaders"}},
		{"新开工重点项目30个", []string{"区发改局"}, nil, []string{"副区长张伟"}, "2023-09-30", []string{"owners", "leaders"}},
		{"新建养老服务中心3个", []string{"区民政局", "各街道"}, []string{"区民政局"}, []string{"副区长刘芳"}, "2023-11-30", []string{"lead", "leaders"}},
	})
	over := "某县2023年重点工作任务分解方案\n县住建局(2项)\n一、完成老旧小区改造8个,10月底前完成。(配合单位:各社区)\n二、实施雨污分流改造5公里,11月底前完成。\n"
	for _, tk := range parseAt(over).Tasks {
		if !slices.ContainsFunc(tk.Review, func(r Review) bool {
			return r.Field == "owners" && strings.Contains(r.Text.Zh, "单位名称和事项数")
		}) {
			t.Errorf("task %s: the counted name over it is not listed: %+v", tk.ID, tk.Review)
		}
	}
	news := "县防汛抗旱指挥部召开防汛工作调度会\n6月14日上午,县防汛抗旱指挥部召开2023年防汛工作调度会。\n" +
		"会议要求,由县水利局牵头,各乡镇配合,在6月20日前完成水库安全隐患排查;由县气象局牵头,县应急局配合,在6月底前完成预警系统升级。\n县防汛抗旱指挥部办公室\n2023年6月14日\n"
	if n := parseAt(news); n.Issuer != "县防汛抗旱指挥部办公室" {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// A header whose 责任单位 spans the empty cell after it, each row's units
// in both: the second cell's units were dropped in silence.
func TestOwnersColumnSpanningTwo(t *testing.T) {
	text := "某县2023年重点工作任务清单\n序号|任务内容|责任单位| |完成时限\n1|推进高标准农田建设|县农业农村局|县财政局|2023年12月底\n2|推进城区排水防涝|县住建局|县水利局、县城管局|2023年6月底\n"
	wantRows(t, "spanned", parseAt(text), []probeRow{
		{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, nil, nil, "2023-12-31", nil},
		{"推进城区排水防涝", []string{"县住建局", "县水利局", "县城管局"}, nil, nil, "2023-06-30", nil},
	})
}

// A counted name over a paragraph beside counted names over items (县发改局
// (2项) / 全年完成…;新开工…。): the paragraph was lost in silence and the name
// read into the title. A portal's title line ending in a government's name
// (…_通知公告_政务公开_某区人民政府) gives the title without it.
func TestCountedNameOverParagraphAndGovernmentSiteTitle(t *testing.T) {
	text := "某县2023年重点工作任务分工\n县发改局(2项)\n全年完成固定资产投资50亿元,12月底前完成;新开工重点项目30个,9月底前完成。\n县商务局(1项)\n1.引进内资10亿元,12月底前完成。\n"
	n := parseAt(text)
	if n.Title != "某县2023年重点工作任务分工" {
		t.Errorf("title %q", n.Title)
	}
	wantRows(t, "countedpara", n, []probeRow{
		{"全年完成固定资产投资50亿元", []string{"县发改局"}, nil, nil, "2023-12-31", []string{"owners", "due"}},
		{"引进内资10亿元", []string{"县商务局"}, nil, nil, "2023-12-31", []string{"owners"}},
	})
	if n := parseAt("某区2023年民生实事项目分解_通知公告_政务公开_某区人民政府\n1.完成老旧小区改造8个,10月底前完成。(责任单位:区住建局)\n"); n.Title != "某区2023年民生实事项目分解" {
		t.Errorf("title %q", n.Title)
	}
}

// A group's closing label whose time limit stands apart after its units
// (整改责任单位:… 整改时限:…, split in two when 整改时限 became a label):
// the time limit is the group's too; its first items lost it in silence.
func TestGroupLabelTimeLimitShared(t *testing.T) {
	text := "某县“七城创建”督查曝光\n1.员工食堂橱柜杂物乱堆放;\n2.在建工程临时厨房杂物、垃圾乱堆放。\n整改责任单位:县污水处理厂 整改时限:2021年8月13日前\n" +
		"1.厂区门口未设置疫情防控;\n2.食品添加剂堆放不规范。\n整改责任单位:县市场监督管理局 整改时限:2021年8月13日前\n"
	n := parseAt(text)
	if len(n.Tasks) != 4 {
		t.Fatalf("%d tasks: %q", len(n.Tasks), owned(n))
	}
	for _, tk := range n.Tasks[2:] {
		// (The list's first group, before its first label, is no group
		// the label is given to: listed as naming no one.)
		if tk.Due.Format("2006-01-02") != "2021-08-13" {
			t.Errorf("task %s %q: due %v", tk.ID, tk.Title, tk.Due)
		}
	}
}

// A meeting's decisions naming who answers for each, not who leads (会议
// 要求,由县农业农村局负责,县财政局配合,…;由县乡村振兴局负责,各乡镇落实,…), or
// the bodies it works with (由县水利局负责,会同各乡镇,…): each a task with no
// lead, listed. The report was refused.
func TestMeetingDecisionsAnswering(t *testing.T) {
	text := "县政府召开乡村振兴工作推进会\n8月2日,县政府召开2023年乡村振兴工作推进会。\n" +
		"会议要求,由县农业农村局负责,县财政局配合,在9月底前完成衔接资金项目验收;由县乡村振兴局负责,各乡镇落实,在10月底前完成防返贫动态监测。\n" +
		"会议强调,由县水利局负责,会同各乡镇,在11月底前完成农村饮水巩固提升工程。\n"
	wantRows(t, "answering", parseAt(text), []probeRow{
		{"由县农业农村局负责", []string{"县农业农村局", "县财政局"}, nil, nil, "2023-09-30", []string{"owners", "due"}},
		{"由县乡村振兴局负责", []string{"县乡村振兴局", "各乡镇"}, nil, nil, "2023-10-31", []string{"owners", "due"}},
		{"由县水利局负责", []string{"县水利局", "各乡镇"}, nil, nil, "2023-11-30", []string{"owners", "due"}},
	})
}
