package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 59, on the leftovers of round 58 and the sets gathered this round.

// bars writes cells one a line, each with a lone | on the line after it,
// as some pages flatten a table; a cell "" stands for a lone | alone, a
// cell of bars only ("||") for a run of them.
func bars(cells ...string) string {
	var b strings.Builder
	for _, c := range cells {
		switch {
		case c == "":
			b.WriteString("|\n")
		case strings.Trim(c, "|") == "":
			b.WriteString(c + "\n")
		default:
			b.WriteString(c + "\n|\n")
		}
	}
	return b.String()
}

// A table flattened with each | on a line of its own opens every row with
// a lone |; a row leaving out the 工作任务 merged over its group has two
// cells. Counted cell by cell, its opening | stood as a third, empty cell,
// and the rows of two cells went unread; the page says where each opens.
func TestLoneBarRowsShortOfMergedCell(t *testing.T) {
	text := "|\n" + bars("工作任务", "具体内容", "责任部门", "",
		"推进政策公开", "常态化公开就业、住房、教育等领域信息。", "财政所、便民综合服务中心", "",
		"积极探索特定群体的线下公开渠道,持续发布相关政策文件。", "便民综合服务中心", "",
		"聚焦就业创业、医疗卫生等民生实事,开展政策宣讲。", "民政办公室、卫生院", "",
		"强化权力配置信息公开", "细化权力配置信息公开,动态更新权责事项清单。", "党政办公室", "",
		"健全本镇行政执法信息全流程公示机制。", "党政办公室")
	wantRows(t, "lonebars", parseAt(text), []probeRow{
		{"推进政策公开", []string{"财政所", "便民综合服务中心"}, nil, nil, "", nil},
		{"积极探索特定群体的线下公开渠道", []string{"便民综合服务中心"}, nil, nil, "", nil},
		{"聚焦就业创业", []string{"民政办公室", "卫生院"}, nil, nil, "", nil},
		{"强化权力配置信息公开", []string{"党政办公室"}, nil, nil, "", nil},
		{"健全本镇行政执法信息全流程公示机制", []string{"党政办公室"}, nil, nil, "", nil},
	})
}

// A copy that pads each row of such a table to the header's width with a
// run of | at its end, for the cells merged into it from above (序号 and
// 项目 over a group's targets 1.–4., a 牵头领导 over two rows): read from
// number to number, the group's targets ran into one row, three lost in
// silence. Each run ends a row; a row's empty cell is empty, a cell it
// leaves out is the row above's, listed. A mark no rule explains (★) is
// no part of a unit's name, and the lead it may mean is listed.
func TestPaddedBarRows(t *testing.T) {
	text := "某区2024年重点工作目标任务分解落实方案\n" + bars("序号", "项目", "重点工作目标任务", "牵头领导", "责任单位",
		"一、2024年全区经济社会发展主要预期目标", "||||",
		"1", "主要预期目标", "1.地区生产总值增长5%以上。", "钱 宇", "★区发改委、统计局",
		"2.一般公共预算收入同口径增长6%以上。", "★区财政局、税务局", "|||",
		"3.规上工业总产值增长5%左右。", "", "★区工信局、统计局", "||",
		"4.全社会固定资产投资增长5%左右。", "方 勇", "★区发改委、统计局", "||")
	n := parseAt(text)
	wantRows(t, "padded", n, []probeRow{
		{"地区生产总值增长5%以上", []string{"区发改委", "统计局"}, nil, []string{"钱 宇"}, "", []string{"lead"}},
		{"一般公共预算收入同口径增长6%以上", []string{"区财政局", "税务局"}, nil, []string{"钱 宇"}, "", []string{"lead", "leaders"}},
		{"规上工业总产值增长5%左右", []string{"区工信局", "统计局"}, nil, nil, "", []string{"lead"}},
		{"全社会固定资产投资增长5%左右", []string{"区发改委", "统计局"}, nil, []string{"方 勇"}, "", []string{"lead"}},
	})
	for k, tk := range n.Tasks {
		if want := []string{"1", "2", "3", "4"}[k]; !strings.HasSuffix(tk.ID, want) || strings.Contains(tk.ID, ".0.") {
			t.Errorf("task %d id %q, want one ending in %s", k, tk.ID, want)
		}
	}
}

// Targets set off by dashes under (二)主要目标, each closing with its lead
// in a bracket: the words opening them (到2018年底,全市主要经济指标如下:)
// ran into the first target's title, and the others had no time limit;
// the dash stood in each title. The words are the item's, their date each
// target's, listed. (一)指导思想, naming no one, is no task.
func TestDashTargetsUnderLeadIn(t *testing.T) {
	n := parseAt("某市2018年工作实施方案\n一、总体要求\n(一)指导思想\n以新发展理念为指导,加快建设现代化港口城市。\n(二)主要目标\n到2018年底,全市主要经济指标如下:\n" +
		"——地区生产总值增长7.5%;(牵头部门:市发改委)\n——一般公共预算收入增长12%;(牵头部门:市财政局)\n")
	wantRows(t, "dashes", n, []probeRow{
		{"地区生产总值增长7.5%", []string{"市发改委"}, []string{"市发改委"}, nil, "2018-12-31", []string{"due"}},
		{"一般公共预算收入增长12%", []string{"市财政局"}, []string{"市财政局"}, nil, "2018-12-31", []string{"due"}},
	})
}

// Running text naming its bodies: two bodies each with its level joined by
// 和 (由县市政园林所和县环境卫生所负责) are two owners, not one name; each
// part of an item closing with 此项工作由X牵头负责 gives a lead, listed; a
// closing paragraph opening with bodies (各区市、各部门可根据…开展…) no
// owners running on from the last item's label line.
func TestRunningTextBodies(t *testing.T) {
	n := parseAt("某县冬季除雪工作方案\n一、明确任务\n1. 主干道的除雪工作由县市政园林所和县环境卫生所负责。\n2. 县级以上公路的除雪工作由县交通事业服务中心负责。\n" +
		"3. 县级以下公路的除雪工作由县人力资源和社会保障局负责。\n")
	wantRows(t, "and", n, []probeRow{
		{"主干道的除雪工作", []string{"县市政园林所", "县环境卫生所"}, nil, nil, "", []string{"owners"}},
		{"县级以上公路的除雪工作", []string{"县交通事业服务中心"}, nil, nil, "", nil},
		{"县级以下公路的除雪工作", []string{"县人力资源和社会保障局"}, nil, nil, "", nil},
	})
	n = parseAt("(五)理顺监督体制。组建全市统一的机关效能投诉中心。此项工作由市效能办牵头负责。\n" +
		"(六)创新政府文化。加强对工作人员的教育和培训。此项工作由市效能办牵头负责。完善制度文化,建立考评机制。此项工作由市人事局牵头负责。\n")
	wantRows(t, "parts", n, []probeRow{
		{"理顺监督体制", []string{"市效能办"}, []string{"市效能办"}, nil, "", nil},
		{"创新政府文化", []string{"市效能办", "市人事局"}, []string{"市效能办", "市人事局"}, nil, "", []string{"lead"}},
	})
	n = parseAt("5.规范出租汽车行业管理。健全相关制度。\n责任单位:市交通委、市财政局\n6.做好治理报刊散滥工作。严格规范报刊征订发行行为。\n责任单位:市新闻出版局、市农委\n" +
		"各区市、各部门可根据本区市、本行业存在的突出不正之风,有针对性地开展专项清理纠正活动。\n")
	wantRows(t, "closing", n, []probeRow{
		{"规范出租汽车行业管理", []string{"市交通委", "市财政局"}, nil, nil, "", nil},
		{"做好治理报刊散滥工作", []string{"市新闻出版局", "市农委"}, nil, nil, "", nil},
	})
}

// A labelled bracket closing an item's first sentence, its name, with the
// work after the stop ((牵头单位:市民政局、市物价局)。坚持…): the item named
// no one and the notice was refused. And items each opening with a body's
// name alone and a full stop (1、区住建局。排查…) divide the duties.
func TestBracketAfterNameAndNameAlone(t *testing.T) {
	n := parseAt("(九)其他专项工作。\n1、进一步规范行业协会和市场中介组织服务和收费行为(牵头单位:市民政局、市物价局)。坚持分类指导原则,整治行业协会。\n" +
		"2、巩固清理规范面向乡镇检查考核活动工作成果(牵头单位:市委办、市府办)。严格贯彻落实意见。\n")
	wantRows(t, "titlebracket", n, []probeRow{
		{"进一步规范行业协会和市场中介组织", []string{"市民政局", "市物价局"}, []string{"市民政局", "市物价局"}, nil, "", nil},
		{"巩固清理规范面向乡镇检查考核活动", []string{"市委办", "市府办"}, []string{"市委办", "市府办"}, nil, "", nil},
	})
	if strings.Contains(n.Tasks[0].Title+n.Tasks[0].Body, "牵头单位") {
		t.Errorf("the bracket stays in the task's text: %q %q", n.Tasks[0].Title, n.Tasks[0].Body)
	}
	n = parseAt("某区黑臭水体防治工作实施方案\n一、指导思想\n坚持问题导向,分工负责。\n二、任务分工\n1、区住建局。排查生活污水直排污染源,发现问题立即报告。\n" +
		"2、生态局东安分局。排查工业污水排放污染源,启动水质监测。\n3、新安街道办事处。加强环境保护宣传力度。\n")
	wantRows(t, "namealone", n, []probeRow{
		{"区住建局", []string{"区住建局"}, nil, nil, "", []string{"owners"}},
		{"生态局东安分局", []string{"生态局东安分局"}, nil, nil, "", []string{"owners"}},
		{"新安街道办事处", []string{"新安街道办事处"}, nil, nil, "", []string{"owners"}},
	})
}

// A document site's buttons under the title (返回 下载 相关 举报) are no
// part of it.
func TestDocSiteButtons(t *testing.T) {
	n := parseAt("2020年县土壤污染防治计划\n返回 下载 相关 举报\n一、加强土壤污染源头管控。开展排查。(县环保局牵头)\n二、推进土壤修复。开展试点。(县农业局牵头)\n")
	if n.Title != "2020年县土壤污染防治计划" {
		t.Errorf("title %q", n.Title)
	}
}

// Probe 48's leftovers. A quarter or a half-year whose work a meeting
// plans (研究部署四季度工作, 部署下半年重点工作) is no time limit. A lead the
// text names beside a bracket's owners: a body of two characters (团委),
// the bracket glued to the clause (由信息中心牵头负责(责任部门:…)). A post
// leading the work (由县长牵头负责, 由县委常委、常务副县长王明牵头负责) is a
// leader, listed. A lead the text names that differs from the label's is
// listed.
func TestProbe48Leftovers(t *testing.T) {
	n := parseAt("XX市2023年重点工作安排\n1.召开全市经济运行分析会,研究部署四季度工作。(责任单位:市发改委)\n2.召开全市三级干部大会,部署下半年重点工作。(责任单位:市委办公室)\n" +
		"3.开展秋季安全生产大检查,四季度完成。(责任单位:市应急局)\n")
	wantRows(t, "planned", n, []probeRow{
		{"召开全市经济运行分析会", []string{"市发改委"}, nil, nil, "", nil},
		{"召开全市三级干部大会", []string{"市委办公室"}, nil, nil, "", nil},
		{"开展秋季安全生产大检查", []string{"市应急局"}, nil, nil, "2023-12-31", nil},
	})
	n = parseAt("XX学校2023年工作要点\n一、推进智慧校园建设。由信息中心牵头负责(责任部门:信息中心、教务处)\n二、加强校园文化建设。由团委牵头负责。(责任部门:宣传部、各学院)\n")
	wantRows(t, "leads", n, []probeRow{
		{"推进智慧校园建设", []string{"信息中心", "教务处"}, []string{"信息中心"}, nil, "", []string{"lead"}},
		{"加强校园文化建设", []string{"团委", "宣传部", "各学院"}, []string{"团委"}, nil, "", []string{"lead"}},
	})
	n = parseAt("XX县2023年重点工作任务清单\n1.推进县城棚户区改造。由县财政局牵头负责。(牵头单位:县住建局;配合单位:县财政局)\n2.推进工业园区建设。由县长牵头负责。(责任单位:县发改局、县工信局)\n" +
		"3.开展“双招双引”。由县委常委、常务副县长王明牵头负责。(责任单位:县商务局、县投促中心)\n")
	wantRows(t, "posts", n, []probeRow{
		{"推进县城棚户区改造", []string{"县住建局", "县财政局"}, []string{"县住建局"}, nil, "", []string{"lead"}},
		{"推进工业园区建设", []string{"县发改局", "县工信局"}, nil, []string{"县长"}, "", []string{"leaders"}},
		{"开展“双招双引”", []string{"县商务局", "县投促中心"}, nil, []string{"常务副县长王明"}, "", []string{"leaders"}},
	})
}

// Sets 165–169: two leaders apart by a space (王金法 贾军芳) are two; a
// label with its note in square brackets (责任处室〔单位〕:) is a label; a
// table's second column of units (负责单位 | 承办单位) gives owners too,
// each unit one a line in its cell (图书馆 / 院团委 / 宣传部).
func TestSets165To169(t *testing.T) {
	n := parseAt("关于做好民生工程的通知\n一、继续实施就业再就业工程。\n分管领导:王金法 贾军芳\n责任单位:就业促进处\n二、继续实施技能培训计划。\n分管领导:副厅长 王明\n责任单位:职业能力建设处\n")
	wantRows(t, "spaced", n, []probeRow{
		{"继续实施就业再就业工程", []string{"就业促进处"}, nil, []string{"王金法", "贾军芳"}, "", nil},
		{"继续实施技能培训计划", []string{"职业能力建设处"}, nil, []string{"副厅长 王明"}, "", nil},
	})
	n = parseAt("三、保障措施\n(一)加强组织领导。成立领导小组。(牵头处室:规划处;责任处室〔单位〕:各相关处室)\n(二)保障经费投入。加强资金保障。(牵头处室:财务处;责任处室〔单位〕:审计处)\n")
	wantRows(t, "squarenote", n, []probeRow{
		{"加强组织领导", []string{"规划处"}, []string{"规划处"}, nil, "", []string{"owners"}},
		{"保障经费投入", []string{"财务处", "审计处"}, []string{"财务处"}, nil, "", nil},
	})
	text := "读书月活动安排如下:\n" + bars("序号", "活动内容", "活动时间", "负责单位", "承办单位",
		"1", "开幕式", "4月21日", "图书馆\n院团委\n教务处", "",
		"2", "书画比赛", "4月15日", "学生工作处\n图书馆", "社联联合会\n卧龙书社",
		"3", "读书支教活动", "4月20日", "院团委", "青麓读书会\n艺术系")
	wantRows(t, "twocolumns", parseAt(text), []probeRow{
		{"开幕式", []string{"图书馆", "院团委", "教务处"}, nil, nil, "", nil},
		{"书画比赛", []string{"学生工作处", "图书馆", "社联联合会", "卧龙书社"}, nil, nil, "", nil},
		{"读书支教活动", []string{"院团委", "青麓读书会", "艺术系"}, nil, nil, "", nil},
	})
}

// Probe 49 of this round's rules. Lone-bar tables: an empty cell in a
// full row's middle is a cell, no row's opening; a bar closing the table
// closes its last row; a short row takes the time limit merged over its
// group, listed. Dash targets under a lead-in naming a year alone (到2025
// 年,…如下:) take that year's end, listed. A legend of marks anywhere in
// the notice is read (标★的为牵头单位 in the letter, (★为牵头单位), 标▲的为
// 配合单位 with the others leading); marks after a name or in brackets are
// no part of it. 此项工作由分管副市长牵头负责 gives a leader; a part's
// 牵头负责,各部门配合 its helpers.
func TestProbe49Findings(t *testing.T) {
	text := "某镇2024年政务公开工作要点\n|\n" + bars("工作任务", "具体内容", "责任部门", "",
		"推进政策公开", "及时发布规范性文件。", "党政办公室", "",
		"推进决策公开", "", "党政办公室", "",
		"推进执行公开", "公开重点改革任务执行情况。", "综合行政执法队", "")
	wantRows(t, "emptymiddle", parseAt(text), []probeRow{
		{"推进政策公开", []string{"党政办公室"}, nil, nil, "", nil},
		{"推进决策公开", []string{"党政办公室"}, nil, nil, "", nil},
		{"推进执行公开", []string{"综合行政执法队"}, nil, nil, "", nil},
	})
	text = "某镇2024年政务公开重点工作\n|\n" + bars("工作任务", "具体内容", "责任部门", "完成时限", "",
		"推进决策公开", "重大行政决策事项目录向社会公开。", "党政办公室", "2024年6月底前", "",
		"公开决策草案并征求意见。", "党政办公室", "",
		"强化政策解读", "主要负责人带头解读重要政策。", "宣传办", "2024年12月底前", "",
		"拓展解读渠道。", "宣传办", "")
	wantRows(t, "shortdue", parseAt(text), []probeRow{
		{"推进决策公开", []string{"党政办公室"}, nil, nil, "2024-06-30", nil},
		{"公开决策草案并征求意见", []string{"党政办公室"}, nil, nil, "2024-06-30", []string{"due"}},
		{"强化政策解读", []string{"宣传办"}, nil, nil, "2024-12-31", nil},
		{"拓展解读渠道", []string{"宣传办"}, nil, nil, "2024-12-31", []string{"due"}},
	})
	n := parseAt("某市2024年重点工作实施方案\n一、主要目标\n到2025年,全市主要经济指标如下:\n——地区生产总值年均增长6.5%;(牵头部门:市发改委)\n——城乡居民人均可支配收入年均增长7%。(牵头部门:市统计局)\n")
	wantRows(t, "leadinyear", n, []probeRow{
		{"地区生产总值年均增长6.5%", []string{"市发改委"}, []string{"市发改委"}, nil, "2025-12-31", []string{"due"}},
		{"城乡居民人均可支配收入年均增长7%", []string{"市统计局"}, []string{"市统计局"}, nil, "2025-12-31", []string{"due"}},
	})
	n = parseAt("某县2024年乡村振兴重点工作任务清单\n注:标▲的为配合单位,未标注的为牵头单位。\n1.新建高标准农田2万亩。(责任单位:县农业农村局、▲县财政局)\n2.推进农村人居环境整治。(责任单位:▲各乡镇、县住建局)\n")
	wantRows(t, "helpers", n, []probeRow{
		{"新建高标准农田2万亩", []string{"县农业农村局", "县财政局"}, []string{"县农业农村局"}, nil, "", []string{"lead"}},
		{"推进农村人居环境整治", []string{"各乡镇", "县住建局"}, []string{"县住建局"}, nil, "", []string{"lead"}},
	})
	n = parseAt("某区人民政府办公室关于印发2024年重点工作任务分解方案的通知\n各街道办事处,区政府各部门:\n现将《方案》印发给你们,标★的为牵头单位,请认真抓好落实。\n" +
		"某区人民政府办公室\n2024年2月20日\n2024年重点工作任务分解方案\n1.推进城市更新行动。(责任单位:★区住建局、区财政局)\n2.实施招商引资攻坚。(责任单位:区发改委、★区商务局)\n")
	wantRows(t, "letterlegend", n, []probeRow{
		{"推进城市更新行动", []string{"区住建局", "区财政局"}, []string{"区住建局"}, nil, "", []string{"lead"}},
		{"实施招商引资攻坚", []string{"区发改委", "区商务局"}, []string{"区商务局"}, nil, "", []string{"lead"}},
	})
	n = parseAt("某市2024年生态环境重点工作\n1.完成PM2.5年均浓度下降目标。(责任单位:市生态环境局★、市工信局)\n2.开展土壤污染状况详查。(责任单位:市☆自然资源局、区商务局(★))\n")
	wantRows(t, "marksinside", n, []probeRow{
		{"完成PM2.5年均浓度下降目标", []string{"市生态环境局", "市工信局"}, nil, nil, "", []string{"lead"}},
		{"开展土壤污染状况详查", []string{"市自然资源局", "区商务局"}, nil, nil, "", []string{"lead"}},
	})
	n = parseAt("某市2008年机关效能建设工作要点\n(六)创新政府文化。加强教育培训。此项工作由分管副市长牵头负责。完善考评机制。此项工作由市人事局牵头负责。\n" +
		"(八)优化服务。推行首问负责制。此项工作由市行政服务中心牵头负责,各部门配合。推行限时办结制。此项工作由市政务服务管理办公室牵头负责。\n")
	wantRows(t, "parts", n, []probeRow{
		{"创新政府文化", []string{"市人事局"}, []string{"市人事局"}, []string{"分管副市长"}, "", []string{"leaders"}},
		{"优化服务", []string{"市行政服务中心", "各部门", "市政务服务管理办公室"}, []string{"市行政服务中心", "市政务服务管理办公室"}, nil, "", []string{"lead"}},
	})
}

// A bulletin's items each closing with a bracket of one small body named
// with no level ((运管所), beside (运管所、执法大队、交警大队)): its owner.
func TestSmallBodyAloneInBracket(t *testing.T) {
	n := parseAt("【文明卫生县城创建通报】3月26日至30日\n一、三角坪、火车站非法营运车辆多。(运管所、执法大队、交警大队)\n二、出租车不打表现象普遍。(运管所)\n三、部分路段路灯不亮。(路灯所)\n")
	wantRows(t, "small", n, []probeRow{
		{"三角坪、火车站非法营运车辆多", []string{"运管所", "执法大队", "交警大队"}, nil, nil, "", nil},
		{"出租车不打表现象普遍", []string{"运管所"}, nil, nil, "", nil},
		{"部分路段路灯不亮", []string{"路灯所"}, nil, nil, "", nil},
	})
}

// Probe 50 of this round's rules. Every 由X牵头 clause of an item whose
// owners a label or bracket names gives a lead (its parts', several in
// one clause, a short name standing for an owner with its level: 妇联 for
// 县妇联), listed. A legend's marks in brackets or on leaders are no part
// of the names; a mark beside the first-listed rule's lead neither. Three
// columns of units are owners all. A post the text names as leading
// (由市长牵头负责) joins the label's leaders. A dash target's own date
// stands; 2024年主要预期目标如下 gives the targets that year's end. A lone-
// bar table's short last row takes the time limit above.
func TestProbe50Findings(t *testing.T) {
	n := parseAt("某市2008年机关效能建设工作要点\n(一)优化服务。推行首问负责制。此项工作由市行政服务中心牵头负责。推行限时办结制。此项工作由市政务服务管理办公室牵头负责。(责任单位:市监察局)\n" +
		"(二)推进城乡环境整治。由县委办、县政府办牵头负责。(责任单位:县城管局)\n(三)开展巾帼建功活动,由妇联牵头负责。(责任单位:县妇联、县人社局)\n")
	wantRows(t, "leads", n, []probeRow{
		{"优化服务", []string{"市行政服务中心", "市政务服务管理办公室", "市监察局"}, []string{"市行政服务中心", "市政务服务管理办公室"}, nil, "", []string{"lead"}},
		{"推进城乡环境整治", []string{"县委办", "县政府办", "县城管局"}, []string{"县委办", "县政府办"}, nil, "", []string{"lead"}},
		{"开展巾帼建功活动", []string{"县妇联", "县人社局"}, []string{"县妇联"}, nil, "", []string{"lead"}},
	})
	n = parseAt("某区2024年重点工作任务清单\n(★为牵头单位)\n序号 | 工作任务 | 责任领导 | 责任单位 | 完成时限\n1 | 推进老旧小区改造 | 王建军★ | 区住建局、区财政局 | 2024年12月底前\n" +
		"2 | 推进背街小巷整治 | 刘海峰 | 区城管局(★)、各街道 | 2024年10月底前\n")
	wantRows(t, "legend", n, []probeRow{
		{"推进老旧小区改造", []string{"区住建局", "区财政局"}, nil, []string{"王建军"}, "2024-12-31", nil},
		{"推进背街小巷整治", []string{"区城管局", "各街道"}, []string{"区城管局"}, []string{"刘海峰"}, "2024-10-31", []string{"lead"}},
	})
	n = parseAt("某县2024年重点项目清单\n注:责任单位中排在第一位的为牵头单位。\n序号 | 项目名称 | 负责单位 | 协办单位 | 承办单位 | 完成时限\n" +
		"1 | 新建城区公办幼儿园2所 | 县教育局 | 县财政局 | 城关镇人民政府 | 2024年8月底前\n2 | 实施城区供水管网改造 | 县水利局★ | 县住建局 | 城关镇人民政府 | 2024年10月底前\n")
	for k, want := range [][]string{{"县教育局", "县财政局", "城关镇人民政府"}, {"县水利局", "县住建局", "城关镇人民政府"}} {
		if k >= len(n.Tasks) || !slices.Equal(n.Tasks[k].Owners, want) {
			t.Errorf("three unit columns: %q, want %q", owned(n), want)
		}
	}
	n = parseAt("某市2024年重点工作任务\n1.推进城市更新行动,由市长牵头负责。(责任领导:副市长李建华;责任单位:市住建局)\n")
	wantRows(t, "textpost", n, []probeRow{
		{"推进城市更新行动", []string{"市住建局"}, nil, []string{"副市长李建华", "市长"}, "", []string{"leaders"}},
	})
	n = parseAt("某市2024年重点工作实施方案\n一、主要目标\n2024年主要预期目标如下:\n——地区生产总值增长5.8%;(牵头部门:市发改委)\n——2024年6月底前完成“十四五”规划中期评估。(牵头部门:市发改委)\n")
	wantRows(t, "leadindates", n, []probeRow{
		{"地区生产总值增长5.8%", []string{"市发改委"}, []string{"市发改委"}, nil, "2024-12-31", []string{"due"}},
		{"2024年6月底前完成", []string{"市发改委"}, []string{"市发改委"}, nil, "2024-06-30", nil},
	})
	text := "某镇2024年重点工作任务清单\n|\n" + bars("工作任务", "具体内容", "责任单位", "完成时限", "",
		"推进项目建设", "完成工业园区道路硬化。", "经济发展办", "2024年6月底前", "",
		"推进标准厂房招租。", "财政所") + "某镇人民政府\n2024年3月5日\n"
	wantRows(t, "lastshort", parseAt(text), []probeRow{
		{"推进项目建设", []string{"经济发展办"}, nil, nil, "2024-06-30", nil},
		{"推进标准厂房招租", []string{"财政所"}, nil, nil, "2024-06-30", []string{"due"}},
	})
}

// Sets 170–173: an event's numbered fields (1、时 间: / 2、地 点: / 3、承办单位:
// / 4、活动内容:) are its fields, no sub-items; a bureau's list giving its
// work to its own offices with no level (由煤监一处牵头负责,办公室配合; 由协
// 调处负责) names owners, listed.
func TestEventFieldsAndOffices(t *testing.T) {
	n := parseAt("六、主体活动:\n(一)首届樱花旅游节开幕式\n1、时 间:2010年3月27日9:30\n2、地 点:平坝农场\n3、承办单位:县委宣传部,县旅游发展局\n4、活动内容:领导讲话致辞,文艺表演\n" +
		"(二)摄影比赛\n1、时 间:2010年3月28日\n2、地 点:平坝农场\n3、承办单位:县旅游发展局\n4、活动内容:进行摄影采风。\n")
	wantRows(t, "fields", n, []probeRow{
		{"首届樱花旅游节开幕式", []string{"县委宣传部", "县旅游发展局"}, nil, nil, "2010-03-27", []string{"due"}},
		{"摄影比赛", []string{"县旅游发展局"}, nil, nil, "2010-03-28", []string{"due"}},
	})
	n = parseAt("省局开展2015年安全生产月活动任务分工方案\n一、开展集中宣传活动\n(一)与吉煤集团面对面交流、谈心对话。由煤监一处牵头负责,办公室配合。\n" +
		"(二)省安委会有关成员单位领导与企业负责人面对面交流。由协调处负责协调调度。\n(三)组织安全生产应急预案演练。由应急救援指挥中心负责。\n")
	wantRows(t, "offices", n, []probeRow{
		{"与吉煤集团面对面交流", []string{"煤监一处", "办公室"}, []string{"煤监一处"}, nil, "", []string{"owners"}},
		{"省安委会有关成员单位领导", []string{"协调处"}, nil, nil, "", []string{"owners"}},
		{"组织安全生产应急预案演练", []string{"应急救援指挥中心"}, nil, nil, "", []string{"owners"}},
	})
}

// A section with no items whose heading stands over one paragraph naming
// who does its work (二、播放安全生产公益广告 / …。由宣教办和教育中心负责。),
// beside sections of items: the heading and its paragraph are a task,
// listed; before, the section's work was lost.
func TestHeadingParagraphTask(t *testing.T) {
	n := parseAt("某局活动任务分工方案\n一、开展集中宣传活动\n(一)与企业面对面交流。由煤监一处牵头负责,办公室配合。\n(二)与企业负责人面对面交流。由协调处负责协调调度。\n" +
		"二、播放安全生产公益广告\n6月份每天黄金时段,在吉林卫视播放公益广告。由宣教办和教育中心负责。\n三、打造网络专题精品节目\n继续办好三个平台和栏目。由人事处(宣教办)和教育中心负责。\n" +
		"四、工作要求\n各处室要高度重视,认真组织。\n")
	wantRows(t, "headingpara", n, []probeRow{
		{"与企业面对面交流", []string{"煤监一处", "办公室"}, []string{"煤监一处"}, nil, "", []string{"owners"}},
		{"与企业负责人面对面交流", []string{"协调处"}, nil, nil, "", []string{"owners"}},
		{"播放安全生产公益广告", []string{"宣教办", "教育中心"}, nil, nil, "", []string{"owners"}},
		{"打造网络专题精品节目", []string{"人事处(宣教办)", "教育中心"}, nil, nil, "", []string{"owners"}},
	})
}

// Probe 51 of this round's rules. 标★的为共同牵头单位 beside the first-listed
// rule: the marked units lead with the first, listed; (★为牵头领导) marks
// leaders, no unit leads by it. A body that no longer leads (不再由X牵头,
// 原由X牵头) gives no lead. A year's results (2023年主要指标完成情况如下:)
// give no due date to the targets under them.
func TestProbe51Findings(t *testing.T) {
	n := parseAt("某县2024年重点工作任务清单\n(注:责任单位排在第一位的为牵头单位,标★的为共同牵头单位)\n1.推进县城污水处理厂扩容。(责任单位:县住建局、县发改局★、县财政局)\n" +
		"2.推进高标准农田建设。(责任单位:县农业农村局、县财政局)\n")
	wantRows(t, "colead", n, []probeRow{
		{"推进县城污水处理厂扩容", []string{"县住建局", "县发改局", "县财政局"}, []string{"县住建局", "县发改局"}, nil, "", []string{"lead"}},
		{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, []string{"县农业农村局"}, nil, "", nil},
	})
	n = parseAt("某区2024年重点工作任务清单\n(★为牵头领导)\n1.推进老旧小区改造。(责任领导:王建军★、李明;责任单位:区住建局、区财政局)\n")
	if len(n.Tasks) != 1 || len(n.Tasks[0].Lead) != 0 || !slices.Equal(n.Tasks[0].Leaders, []string{"王建军", "李明"}) {
		t.Errorf("a leaders' legend: %q lead %q leaders %q", owned(n), n.Tasks[0].Lead, n.Tasks[0].Leaders)
	}
	n = parseAt("某县2024年重点工作任务清单\n1.推进县城供热改造,原由县住建局牵头,调整为由县城管局牵头负责。(责任单位:县城管局、县住建局)\n")
	wantRows(t, "former", n, []probeRow{
		{"推进县城供热改造", []string{"县城管局", "县住建局"}, []string{"县城管局"}, nil, "", []string{"lead"}},
	})
	n = parseAt("某市2024年工作方案\n一、主要指标\n2023年主要指标完成情况如下:\n——地区生产总值增长5.2%;(牵头部门:市发改委)\n——城镇调查失业率5.1%。(牵头部门:市人社局)\n")
	for _, tk := range n.Tasks {
		if !tk.Due.IsZero() && tk.Due.Year() == 2023 {
			t.Errorf("task %s %q took the results' year as its due: %s", tk.ID, tk.Title, tk.Due.Format("2006-01-02"))
		}
	}
}

// An item's last clause naming who does it with no label or bracket (…,由
// 办公室负责。完成时限:…): read, and listed — whose office it is the list
// does not say.
func TestTailClauseListed(t *testing.T) {
	n := parseAt("某县2024年政府重点工作任务清单\n1.完善政务值班制度,由办公室负责。完成时限:2024年12月底前。\n2.加强财务内控管理,由财务股负责。完成时限:2024年11月底前。\n")
	wantRows(t, "tail", n, []probeRow{
		{"完善政务值班制度", []string{"办公室"}, nil, nil, "2024-12-31", []string{"owners"}},
		{"加强财务内控管理", []string{"财务股"}, nil, nil, "2024-11-30", []string{"owners"}},
	})
}

// A lead the text names by its field or without its level (由公安牵头, 由政法
// 委牵头负责) stands for the owner so named in full (县公安局, 县委政法委), not
// another owner beside it.
func TestLeadShortNames(t *testing.T) {
	n := parseAt("某县2024年平安建设重点工作任务清单\n1.开展电信诈骗专项打击,由公安牵头。(责任单位:县公安局、县司法局)\n2.开展校园周边环境整治,由教育牵头负责。(责任单位:县教育局、县教育基金会、县公安局)\n" +
		"3.开展矛盾纠纷排查,由政法委牵头负责。(责任单位:县委政法委、县司法局)\n")
	wantRows(t, "short", n, []probeRow{
		{"开展电信诈骗专项打击", []string{"县公安局", "县司法局"}, []string{"县公安局"}, nil, "", []string{"lead"}},
		{"开展校园周边环境整治", []string{"县教育局", "县教育基金会", "县公安局"}, []string{"县教育局"}, nil, "", []string{"lead"}},
		{"开展矛盾纠纷排查", []string{"县委政法委", "县司法局"}, []string{"县委政法委"}, nil, "", []string{"lead"}},
	})
}
