package notice

import (
	"strings"
	"testing"
)

// Round 63, on the notices of the held-out sets the import refused whole.

// A table of the work and what it asks (工作任务 | 具体要求 | 责任股室)
// flattened one cell a line with no 序号 and no |: each 工作任务 cell
// stands once over its requirements. A group of one requirement with no
// number is one task under the group's words; a group of numbered
// requirements is a heading over them, each a task; a unit cell merged
// over a group's requirements, given after the first (or after the
// last), is taken by the others, listed. The import had refused the
// notice whole ("有表头，但表中的行没有读作任务").
func TestGroupedRequirementsTable(t *testing.T) {
	cells := func(s ...string) string { return strings.Join(s, "\n\n") + "\n" }
	sections := "某县教育局2022年政务公开工作要点分工方案\n\n" + cells("工作任务", "具体要求", "责任股室",
		"一、做好教育规划主动公开。", "做好“十四五”教育事业发展规划的公开工作。", "办公室",
		"二、做好财政信息公开", "1.推进部门预算、决算公开。", "计划财务股、办公室",
		"2.做好教育收费信息公开。", "3.公开学生资助资金发放情况。",
		"三、做好重点领域信息公开", "1.公开义务教育招生政策。", "基础教育股和学前教育股",
		"2.公开教师招聘信息。", "人事股")
	wantRows(t, "sections", parseAt(sections), []probeRow{
		{"做好教育规划主动公开", []string{"办公室"}, nil, nil, "", nil},
		{"推进部门预算、决算公开", []string{"计划财务股", "办公室"}, nil, nil, "", nil},
		{"做好教育收费信息公开", []string{"计划财务股", "办公室"}, nil, nil, "", []string{"owners"}},
		{"公开学生资助资金发放情况", []string{"计划财务股", "办公室"}, nil, nil, "", []string{"owners"}},
		{"公开义务教育招生政策", []string{"基础教育股和学前教育股"}, nil, nil, "", nil},
		{"公开教师招聘信息", []string{"人事股"}, nil, nil, "", nil},
	})
	groups := "某市医疗保障局2021年政务公开工作要点分工方案\n" + strings.Join([]string{"工作任务", "具体要求", "落实科室(部门)",
		"做好各类规划主动公开", "1.主动公开医疗保障事业发展规划。", "各科室、医保中心按职责分工落实",
		"2.做好数据归集整理工作。", "办公室",
		"做好监管执法信息公开", "3.公开定点医药机构名单。", "4.公开医保基金监督检查结果。", "基金监管科、医药服务管理科按职责分工落实"}, "\n") + "\n"
	wantRows(t, "groups", parseAt(groups), []probeRow{
		{"主动公开医疗保障事业发展规划", []string{"各科室", "医保中心"}, nil, nil, "", nil},
		{"做好数据归集整理工作", []string{"办公室"}, nil, nil, "", nil},
		{"公开定点医药机构名单", []string{"基金监管科", "医药服务管理科"}, nil, nil, "", []string{"owners"}},
		{"公开医保基金监督检查结果", []string{"基金监管科", "医药服务管理科"}, nil, nil, "", nil},
	})
}

// A portal's header the import misread, each silently: an index whose
// fields stand several to a line with their labels in square brackets
// (the number and the date were lost); a spaced index's label with its
// value left empty before a known one (存放位置   公开日期  2020-07-08, which
// became the head of the title); a post's date (日期:2022-02-10) and a
// read-aloud player's lines (语音播报, 进入播报模式) after the title, run on
// into it; a yearbook's tag for the province before a title opening with
// its year ((湖北省)2023年咸宁市…); a field's line under a title that
// names no document kind (征集时间:自…), run on into it; a page's fields in
// a bracket closing the title's line (发布日期:… 文号:…), the number lost;
// a post's time and view count, and a line of buttons in brackets; a
// site's heading naming the document in 《》 over the document's own title
// line.
func TestPortalHeaderLines(t *testing.T) {
	item := "\n1.推进老旧小区改造。(责任单位:区住建委)\n2.新建社区食堂。(责任单位:区民政局)\n"
	tests := []struct {
		name, text                  string
		title, number, issuer, date string
	}{
		{"brackets", "[ 索引号 ]11500110588903728C/2026-00076 [ 发文字号 ]某经开办发〔2026〕1号 [ 发布机构 ]某经济技术开发区 [ 成文日期 ]2026-01-29 [ 发布日期 ]2026-02-09 [ 有效性 ]\n某经开区管委会办公室关于印发2026年重点民生实事的通知\n",
			"某经开区管委会办公室关于印发2026年重点民生实事的通知", "某经开办发〔2026〕1号", "某经开区管委会办公室", "2026-01-29"},
		{"empty label", "索 引 号  1440153660/jtysj/2020-0000137  发布机构  某市交通运输局\n 存放位置   公开日期  2020-07-08\n 信息名称  2020年某市政府工作报告责任分工\n\n2020年某市政府工作报告责任分工\n",
			"2020年某市政府工作报告责任分工", "", "某市交通运输局", ""},
		{"post date", "关于2025年某区重点民生实事1季度推进情况公示\n日期:2025-04-11 来源:某区发展和改革委员会\n语音播报\n语音合成中,请耐心等待...\n进入播报模式\n退出播报模式\n",
			"关于2025年某区重点民生实事1季度推进情况公示", "", "", ""},
		{"field under title", "关于区人民医院创建二级甲等综合医院的意见征集\n征集时间:自2018年8月1日—2018年8月31日\n",
			"关于区人民医院创建二级甲等综合医院的意见征集", "", "", ""},
		{"fields after title", "关于印发首批某区联动创新区建设方案的通知 (发布日期:2024年08月21日 文号:沪自贸组〔2024〕2号)\n各相关区政府、各有关单位:\n",
			"关于印发首批某区联动创新区建设方案的通知", "沪自贸组〔2024〕2号", "", ""},
		{"post stamp", "某学院评估知识手册之二\n2020-03-10 10:45     (点击: )\n[文章下载] [字号: ]\n",
			"某学院评估知识手册之二", "", "", ""},
		{"named own title", "评估知识手册之二《某学院合格评估指标责任部门分工》\n2020-03-10 10:45     (点击: )\n[文章下载] [字号: ]\n某学院合格评估指标责任部门分工\n",
			"某学院合格评估指标责任部门分工", "", "", ""},
		{"province tag", "导航菜单\n\n(湖北省)2023年某市《政府工作报告》确定的主要目标任务责任分解方案\n",
			"2023年某市《政府工作报告》确定的主要目标任务责任分解方案", "", "", ""},
	}
	for _, tt := range tests {
		n := parseAt(tt.text + item)
		date := ""
		if !n.Date.IsZero() {
			date = n.Date.Format("2006-01-02")
		}
		if n.Title != tt.title || n.Number != tt.number || n.Issuer != tt.issuer || date != tt.date {
			t.Errorf("%s: title %q number %q issuer %q date %q, want %q %q %q %q", tt.name, n.Title, n.Number, n.Issuer, date, tt.title, tt.number, tt.issuer, tt.date)
		}
		if len(n.Tasks) != 2 {
			t.Errorf("%s: %d tasks, want 2: %q", tt.name, len(n.Tasks), owned(n))
		}
	}
}

// A unit cell of a flattened table naming towns one a line (万盛街道 /
// 东林街道 / 万东镇): a town whose name reads as a person's was no unit, and
// was dropped from the row's owners in silence.
func TestTownReadingAsPersonInUnitCell(t *testing.T) {
	text := "某区2026年重点民生实事工作目标任务\n序号\n事项名称\n责任单位\n事项内容\n" +
		"1\n实施中心城区生活服务圈建设\n万盛街道\n东林街道\n万东镇\n完成中心城区生活服务圈建设,提升居住、就业、医疗服务。\n" +
		"2\n实施老旧小区居住品质提升工程\n住房城乡建设局\n完成城镇老旧小区改造;完成50台老旧电梯更新改造。\n"
	wantRows(t, "towns", parseAt(text), []probeRow{
		{"实施中心城区生活服务圈建设", []string{"万盛街道", "东林街道", "万东镇"}, nil, nil, "", nil},
		{"实施老旧小区居住品质提升工程", []string{"住房城乡建设局"}, nil, nil, "", nil},
	})
}

// A table flattened one cell a line between lone bars whose 工作任务 cell
// is merged over several rows: a row under the first leaves that cell out
// and pads its end with an empty cell (2 | 统筹… | 教育部… | |). Read by
// position, its units stood as the work's text and the row took the row
// above's units, listed. A unit cell saying whom the units work with
// (国家发展改革委会同有关部门) was one open name, its body lost. Units under
// a 主办单位 before an empty 承办单位 stay the row's own cells.
func TestTrailingPadAndJointUnitCells(t *testing.T) {
	cells := func(s ...string) string { return strings.Join(s, "\n|\n") + "\n|\n" }
	text := "某省深化产教融合重点任务分工\n" + cells("序号", "工作任务", "主要内容", "责任单位",
		"1", "构建教育和产业统筹融合发展格局", "同步规划产教融合与经济社会发展。", "省发展改革委会同有关部门,各市人民政府",
		"2", "统筹职业教育与区域发展布局。", "省教育厅、省人力资源社会保障厅,各市人民政府", "",
		"3", "健全人才培养结构调整机制。", "省教育厅会同有关部门", "",
		"4", "强化企业重要主体作用", "鼓励企业依法参与举办职业教育。", "省教育厅、省工业和信息化厅会同有关部门",
		"5", "深化“引企入教”改革。", "省人力资源社会保障厅", "")
	wantRows(t, "trailing pad", parseAt(text), []probeRow{
		{"构建教育和产业统筹融合发展格局", []string{"省发展改革委", "各市人民政府"}, nil, nil, "", []string{"owners"}},
		{"统筹职业教育与区域发展布局", []string{"省教育厅", "省人力资源社会保障厅", "各市人民政府"}, nil, nil, "", nil},
		{"健全人才培养结构调整机制", []string{"省教育厅"}, nil, nil, "", []string{"owners"}},
		{"强化企业重要主体作用", []string{"省教育厅", "省工业和信息化厅"}, nil, nil, "", []string{"owners"}},
		{"深化“引企入教”改革", []string{"省人力资源社会保障厅"}, nil, nil, "", nil},
	})
	hosts := "某县春节文化活动安排\n" + strings.Join([]string{"序号 |", "活动内容 |", "活动地点 |", "主办单位 |", "承办单位 |",
		"1 |", "迎春书画展 |", "县文化馆 |", "县委宣传部 |", "县文化馆、县书协 |",
		"2 |", "干部职工篮球比赛 |", "县体育场、县体育馆 |", "县教育体育局 |", "|"}, "\n") + "\n"
	wantRows(t, "hosts", parseAt(hosts), []probeRow{
		{"迎春书画展", []string{"县委宣传部", "县文化馆", "县书协"}, []string{"县委宣传部"}, nil, "", nil},
		{"干部职工篮球比赛", []string{"县教育体育局"}, []string{"县教育体育局"}, nil, "", nil},
	})
}

// An item of two sentences, each closing with a bracket naming its lead
// (…标准化建设(县卫健局牵头)。…检查20400人(县妇联牵头)。): the last
// bracket's lead was read alone; the owners were listed for the unit the
// first bracket names, the lead was not. (Since round 65 each bracket
// closing a sentence before its stop is read as one after a stop is: both
// units own and lead the item, listed as perhaps two tasks.)
func TestSentenceLeadBracketListsLead(t *testing.T) {
	text := "某县2023年重点民生实事项目\n1.开展妇幼健康守护行动。完成县妇幼保健院标准化建设(县卫健局牵头)。农村适龄妇女“两癌”免费检查2万人(县妇联牵头)。\n" +
		"2.新建城区公办幼儿园2所。(县教育局牵头)\n"
	wantRows(t, "sentence leads", parseAt(text), []probeRow{
		{"开展妇幼健康守护行动", []string{"县卫健局", "县妇联"}, []string{"县卫健局", "县妇联"}, nil, "", []string{"owners", "lead"}},
		{"新建城区公办幼儿园2所", []string{"县教育局"}, []string{"县教育局"}, nil, "", nil},
	})
	if n := parseAt(text); reviewed(n.Tasks[1], "lead") {
		t.Errorf("a single bracket's lead listed: %+v", n.Tasks[1].Review)
	}
}

// Probe 64 of this round's rules. Grouped requirements: a group of one
// requirement after a numbered group is a section of its own (it had
// been filed under 一 with ids 1.0.x); requirements numbered （1）; a unit
// cell naming a village (王庄村, which had ended the table and lost a
// group); groups with no number, each one requirement and its cell, the
// header's last cell no label of the first row's (the notice had been
// refused). Padded rows under two unit columns (牵头单位 | 责任单位 | |)
// lost their lead in silence. A 会同县 after 、 is a county, no 会同. A
// heading that names the notice in 《》 over its own title line with the
// issuer at its head was run into it.
func TestProbe64Findings(t *testing.T) {
	inletter := "某县文化广电旅游局2022年政务公开工作要点分工方案\n" + strings.Join([]string{"工作任务", "具体要求", "责任股室",
		"一、做好文旅规划公开", "1．公开“十四五”文化和旅游发展规划。", "办公室", "2．公开年度重点项目建设进展。", "产业发展股",
		"二、做好惠民信息公开", "公开公共文化场馆免费开放时间和活动安排。", "县文化馆、图书馆",
		"三、做好市场监管信息公开", "（1）公开A级旅游景区名录。", "资源开发股", "（2）公开文化市场行政处罚结果。", "执法大队",
		"四、做好村务信息公开", "1.公开村级财务收支。", "王庄村", "10月底前"}, "\n") + "\n"
	n := parseAt(inletter)
	wantRows(t, "inletter", n, []probeRow{
		{"公开“十四五”文化和旅游发展规划", []string{"办公室"}, nil, nil, "", nil},
		{"公开年度重点项目建设进展", []string{"产业发展股"}, nil, nil, "", nil},
		{"做好惠民信息公开", []string{"县文化馆", "图书馆"}, nil, nil, "", nil},
		{"公开A级旅游景区名录", []string{"资源开发股"}, nil, nil, "", nil},
		{"公开文化市场行政处罚结果", []string{"执法大队"}, nil, nil, "", nil},
		{"公开村级财务收支", []string{"王庄村"}, nil, nil, "", nil},
	})
	if ids := []string{n.Tasks[2].ID, n.Tasks[3].ID}; ids[0] != "2.1" || ids[1] != "3.1" {
		t.Errorf("ids %q, want 2.1 and 3.1", ids)
	}
	own := "某县林业局2022年政务公开重点工作分工\n工作任务\n具体要求\n责任股室\n做好林长制信息公开\n公开县、乡、村三级林长名单。\n林长办\n" +
		"做好森林防火信息公开\n及时发布森林火险预警信息。\n防火办\n"
	wantRows(t, "own rows", parseAt(own), []probeRow{
		{"做好林长制信息公开", []string{"林长办"}, nil, nil, "", nil},
		{"做好森林防火信息公开", []string{"防火办"}, nil, nil, "", nil},
	})
	cells := func(s ...string) string { return strings.Join(s, "\n|\n") + "\n|\n" }
	two := "某市数字政府建设任务分工\n" + cells("序号", "工作任务", "主要内容", "牵头单位", "责任单位",
		"1", "夯实数字基础设施", "建设全市统一政务云。", "市大数据局", "市直各部门",
		"2", "推进政务数据共享。", "市大数据局", "各区县政府", "",
		"3", "推行电子证照应用。", "市公安局", "市大数据局", "")
	wantRows(t, "two unit columns", parseAt(two), []probeRow{
		{"夯实数字基础设施", []string{"市大数据局", "市直各部门"}, []string{"市大数据局"}, nil, "", nil},
		{"推进政务数据共享", []string{"市大数据局", "各区县政府"}, []string{"市大数据局"}, nil, "", nil},
		{"推行电子证照应用", []string{"市公安局", "市大数据局"}, []string{"市公安局"}, nil, "", nil},
	})
	county := "某市油茶产业任务分工\n序号 | 工作任务 | 责任单位 |\n1 | 推进油茶产业发展 | 市林业局、会同县林业局 |\n2 | 建设油茶加工园 | 市发改委会同市财政局 |\n"
	wantRows(t, "会同县", parseAt(county), []probeRow{
		{"推进油茶产业发展", []string{"市林业局", "会同县林业局"}, nil, nil, "", nil},
		{"建设油茶加工园", []string{"市发改委", "市财政局"}, nil, nil, "", nil},
	})
	heading := parseAt("《关于印发某区2023年重点工作任务分工的通知》\n某区人民政府关于印发某区2023年重点工作任务分工的通知\n某府发〔2023〕5号\n\n" +
		"1.推进老旧小区改造。(责任单位:区住建委)\n2.新建社区食堂。(责任单位:区民政局)\n")
	if heading.Title != "某区人民政府关于印发某区2023年重点工作任务分工的通知" || heading.Issuer != "某区人民政府" {
		t.Errorf("heading in 《》: title %q issuer %q", heading.Title, heading.Issuer)
	}
}

// Probe 65. A card's leader, a two-character name before the next label
// (责任领导 / 张伟 / 完成时限), was read as a header cell broken in two and
// lost in silence. A group's cell of a zone (高新区) ended a grouped table
// and the notice was refused; so did a group holding two requirements with
// no number. A row padded at its end whose work's cell reads as a short
// heading (明确牵头部门 | 县应急管理局 | 县政府办 | |) is listed; a place's
// column holding the row's unit (王庄镇 | 王庄镇人民政府 | |) is a padded
// row. A heading naming a notice whole in 《》 over another notice's title
// line ran into it.
func TestProbe65Findings(t *testing.T) {
	card := "某县2023年重点工作任务\n\n一、推进医疗卫生服务提质\n具体任务\n完善县乡村三级医疗服务网络。\n责任单位\n县卫健局\n责任领导\n张伟\n完成时限\n2023年12月底\n"
	wantRows(t, "card leader", parseAt(card), []probeRow{
		{"完善县乡村三级医疗服务网络", []string{"县卫健局"}, nil, []string{"张伟"}, "2023-12-31", nil},
	})
	zone := "某区2023年重点工作任务分解表\n\n工作任务\n具体要求\n责任单位\n生态保护\n完成国土绿化2万亩。\n区农业农村局\n园区建设\n新引进企业20家。\n高新区\n道路建设\n完成通村道路硬化15公里。\n区住建局\n"
	wantRows(t, "zone cell", parseAt(zone), []probeRow{
		{"生态保护", []string{"区农业农村局"}, nil, nil, "", nil},
		{"园区建设", []string{"高新区"}, nil, nil, "", nil},
		{"道路建设", []string{"区住建局"}, nil, nil, "", nil},
	})
	two := "某县卫健局2023年重点工作分工\n工作任务\n具体要求\n责任股室\n提升基层医疗服务能力\n推进乡镇卫生院标准化建设。\n医政股\n开展基层医务人员培训。\n科教股\n" +
		"加强公共卫生服务\n做好慢性病患者健康管理。\n公卫股\n"
	wantRows(t, "two requirements", parseAt(two), []probeRow{
		{"推进乡镇卫生院标准化建设", []string{"医政股"}, nil, nil, "", nil},
		{"开展基层医务人员培训", []string{"科教股"}, nil, nil, "", nil},
		{"加强公共卫生服务", []string{"公卫股"}, nil, nil, "", nil},
	})
	cells := func(s ...string) string { return strings.Join(s, "\n|\n") + "\n|\n" }
	heads := "某县领导小组成员单位调整分工\n" + cells("序号", "工作任务", "主要内容", "责任单位", "配合单位",
		"1", "调整成员单位", "增补县大数据中心为成员单位。", "县政府办", "县委编办",
		"2", "明确牵头部门", "县应急管理局", "县政府办", "")
	if n := parseAt(heads); len(n.Tasks) != 2 || !reviewed(n.Tasks[1], "owners") {
		t.Errorf("a padded reading of a short work cell not listed: %q", owned(n))
	}
	place := "某县2023年农村公路建设任务\n" + cells("序号", "工作任务", "建设地点", "责任单位",
		"1", "农村公路提质改造", "城关镇", "县交通运输局",
		"2", "王庄镇", "王庄镇人民政府", "")
	wantRows(t, "place column", parseAt(place), []probeRow{
		{"农村公路提质改造", []string{"县交通运输局"}, nil, nil, "", nil},
		{"王庄镇", []string{"王庄镇人民政府"}, nil, nil, "", []string{"owners"}},
	})
	other := parseAt("《关于印发某区2023年重点工作任务分工的通知》\n某区人民政府关于做好2023年重点工作任务分工落实的通知\n某府发〔2023〕6号\n\n" +
		"1.推进老旧小区改造。(责任单位:区住建委)\n2.新建社区食堂。(责任单位:区民政局)\n")
	if other.Title != "某区人民政府关于做好2023年重点工作任务分工落实的通知" {
		t.Errorf("heading over another notice's title: %q", other.Title)
	}
}

// A division of duties by department whose duty opens with 牵头 and a
// verb other than 负责 (发改委:牵头申报…; 经信委:负责…;牵头推广…): the
// department leads that work, as 牵头负责 reads; its lead was left empty
// in silence, also where that clause is the duty's only one (probe 66).
// A duty naming no 牵头, or another's (参与县发改委牵头开展的), leads nothing.
func TestDutyOpeningWithLeadVerb(t *testing.T) {
	text := "四、各部门职责\n(一)发改委:牵头申报分布式光伏发电规模化应用示范区;牵头审批光伏发电应用项目。\n" +
		"(二)经信委:负责制定光伏发电应用扶持政策;牵头推广工业企业光伏发电应用。\n(三)财政局:负责光伏发电专项资金的筹措、整合、管理。\n" +
		"(四)商务局:牵头开展招商引资活动。\n(五)统计局:负责数据核查;参与县发改委牵头开展的评估。\n"
	wantRows(t, "duty leads", parseAt(text), []probeRow{
		{"牵头申报分布式光伏发电规模化应用示范区", []string{"发改委"}, []string{"发改委"}, nil, "", nil},
		{"负责制定光伏发电应用扶持政策", []string{"经信委"}, []string{"经信委"}, nil, "", nil},
		{"负责光伏发电专项资金的筹措", []string{"财政局"}, nil, nil, "", nil},
		{"牵头开展招商引资活动", []string{"商务局"}, []string{"商务局"}, nil, "", nil},
		{"负责数据核查", []string{"统计局"}, nil, nil, "", nil},
	})
}
