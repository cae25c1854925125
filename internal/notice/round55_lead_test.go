package notice

import (
	"slices"
	"testing"
)

// Round 55, on probe 39's findings.

// A label of units and their persons (责任单位及责任人) written as the unit,
// then its person after a space or a 、, read the person as part of the
// unit's name (县教体局 张伟) or as an owner (李明), in silence. The unit is
// the owner, the person a leader, listed as 责任人 are.
func TestUnitsThenPersonsLabel(t *testing.T) {
	n := parseAt("XX县2023年民生实事项目责任分解\n1.新建城区公办幼儿园2所,8月底前投入使用。\n责任单位及责任人:县教体局 张伟\n2.改造老旧小区12个。\n责任单位及责任人:县住建局、李明\n" +
		"3.实施城区道路提升工程。\n责任部门及负责人:县住建局 王建华;配合部门:县交通运输局\n")
	wantRows(t, "units then persons", n, []probeRow{
		{"新建城区公办幼儿园2所", []string{"县教体局"}, nil, []string{"张伟"}, "2023-08-31", []string{"leaders"}},
		{"改造老旧小区12个", []string{"县住建局"}, nil, []string{"李明"}, "", []string{"leaders"}},
		{"实施城区道路提升工程", []string{"县住建局", "县交通运输局"}, nil, []string{"王建华"}, "", []string{"leaders"}},
	})
}

// Labels run on with no colon at an item's end were read for units only:
// a 责任领导 among them stayed in the title and its person was lost, and a
// 完成时限 after the units made the whole run unread.
func TestColonlessLeaderAndTimeLabels(t *testing.T) {
	n := parseAt("XX街道2023年环境综合整治工作方案\n三、整治重点和责任分解\n1、老旧小区楼道堆物清理责任单位物业办完成时限6月底前\n" +
		"2、沿街商铺门前三包落实不到位责任单位城管中队、市场监管所完成时限9月底\n3、建设垃圾中转站一处责任领导王建华责任单位环卫所\n")
	wantRows(t, "colonless", n, []probeRow{
		{"老旧小区楼道堆物清理", []string{"物业办"}, nil, nil, "2023-06-30", nil},
		{"沿街商铺门前三包落实不到位", []string{"城管中队", "市场监管所"}, nil, nil, "2023-09-30", nil},
		{"建设垃圾中转站一处", []string{"环卫所"}, nil, []string{"王建华"}, "", nil},
	})
	for _, tk := range n.Tasks {
		if len([]rune(tk.Title)) > 14 {
			t.Errorf("task %s: title %q keeps its labels", tk.ID, tk.Title)
		}
	}
}

// A leader at an item's head other than 由X副市长负责: 王建国副县长牵头 with
// a unit 负责 after him, 县长张伟亲自抓, and 由副县长李明牵头 with only helpers
// after him (read as the lead unit 副县长李明). The person is the leader;
// the units after him the owners, those before 牵头 the lead.
func TestPersonsAtItemHead(t *testing.T) {
	n := parseAt("XX县2023年重点工作任务分工\n1.王建国副县长牵头,县水利局负责,县应急管理局配合,做好防汛调度工作。\n2.由副县长李明牵头,县教体局、县卫健局配合,负责校园安全工作。\n" +
		"3.县长张伟亲自抓,县发改局牵头,负责重大项目建设。\n")
	wantRows(t, "persons at head", n, []probeRow{
		{"王建国副县长牵头", []string{"县水利局", "县应急管理局"}, nil, []string{"王建国副县长"}, "", nil},
		{"负责校园安全工作", []string{"县教体局", "县卫健局"}, nil, []string{"副县长李明"}, "", nil},
		{"县长张伟亲自抓", []string{"县发改局"}, []string{"县发改局"}, []string{"县长张伟"}, "", nil},
	})
}

// An item opening with the units that lead or do it and closing with a
// bracket of other units kept only the bracket's: 市文旅局 (and 市商务局
// 配合) lost in silence, or listed only as "not among the owners".
func TestHeadUnitsAndClosingBracket(t *testing.T) {
	n := parseAt("XX市2024年重点工作任务分工\n1.市文旅局牵头,负责文旅消费季活动。(市商务局、市财政局按职责分工负责)\n" +
		"2.市文旅局负责,市商务局配合,开展文旅消费季活动。(市财政局)\n3.市文旅局牵头组织实施文旅消费季活动。(市商务局配合)\n")
	wantRows(t, "head units", n, []probeRow{
		{"市文旅局牵头", []string{"市文旅局", "市商务局", "市财政局"}, []string{"市文旅局"}, nil, "", []string{"owners"}},
		{"市文旅局负责", []string{"市文旅局", "市商务局", "市财政局"}, nil, nil, "", []string{"owners"}},
		{"市文旅局牵头组织实施", []string{"市文旅局", "市商务局"}, []string{"市文旅局"}, nil, "", nil},
	})
}

// A university's safety check (set 113): each item's last clause names
// who leads or does it and who helps, 、 or a comma between them
// (,由后勤资产处牵头、使用部门配合;). Only 由X负责 with nothing after it was
// read; these items named no one.
func TestTailLeadAndHelpers(t *testing.T) {
	n := parseAt("XX大学关于开展集中安全大检查的通知\n二、检查内容及负责单位:\n(一)校园常规安全隐患排查\n1.校园的基础建筑、办公用房等基础设施的安全方面,由后勤资产处牵头、使用部门配合;\n" +
		"2.离退休老干部活动中心的消防安全管理,由离退休工作处负责、保卫处配合;\n3.学生公寓、餐厅的消防安全管理,由后勤资产处负责,保卫处、学生工作处配合;\n")
	wantRows(t, "tail lead", n, []probeRow{
		{"校园的基础建筑", []string{"后勤资产处", "使用部门"}, []string{"后勤资产处"}, nil, "", []string{"owners"}},
		{"离退休老干部活动中心", []string{"离退休工作处", "保卫处"}, nil, nil, "", nil},
		{"学生公寓、餐厅", []string{"后勤资产处", "保卫处", "学生工作处"}, nil, nil, "", nil},
	})
}

// A college's start-of-term plan (set 113): every item of a section opens
// with its offices and what they do (后勤处做好…, 教务处、信息化处安排好…), no
// 负责 in any. Items opening with a body and any verb were read only
// beside two or more that say 负责; here none was read.
func TestSectionOfOfficesAndVerbs(t *testing.T) {
	n := parseAt("XX学院2021年春季开学工作安排\n二、主要任务及工作要求\n1.学工部汇总寒假期间学生每日打卡信息,全面准确掌握学生健康状况。\n" +
		"2.后勤处做好校园环境保洁、餐饮从业人员健康管理等工作。\n3.保卫处、后勤处加强门禁管理,做好师生返校查验体温和健康码等工作。\n4.教务处、信息化处安排好3月1日开学第一课,确保教学秩序平稳。\n")
	wantRows(t, "offices and verbs", n, []probeRow{
		{"学工部汇总", []string{"学工部"}, nil, nil, "", []string{"owners"}},
		{"后勤处做好", []string{"后勤处"}, nil, nil, "", []string{"owners"}},
		{"保卫处、后勤处加强", []string{"保卫处", "后勤处"}, nil, nil, "", []string{"owners"}},
		{"教务处、信息化处安排好", []string{"教务处", "信息化处"}, nil, nil, "2021-03-01", []string{"owners"}},
	})
}

// A city's division of duties (set 116): a run of lines each a body's
// name, a colon and its duty ended at counties named before the one 政府
// they share (秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区管委会:) and at a
// company (湖北楚天高速公路股份公司:): those lines and the ones after were
// glued into the last read duty's text in silence. And 秭归县 took a
// second level from 伍家岗区政府 (秭归县区政府).
func TestDutyRunPlacesAndCompanies(t *testing.T) {
	n := parseAt("宜昌市人民政府办公室关于印发专项整治工作方案的通知\n五、职责分工\n市旅游局:负责专项整治工作的组织协调,审核旅游经营点资质。\n市公安局:负责查处违规设点和拦车拉客等行为。\n" +
		"秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区管委会:负责本辖区内专项整治工作。\n湖北楚天高速公路股份公司:协助有关部门对休息区内违规设立的广告和经营站点进行查处。\n")
	wantRows(t, "duty run", n, []probeRow{
		{"负责专项整治工作的组织协调", []string{"市旅游局"}, nil, nil, "", []string{"owners"}},
		{"负责查处违规设点", []string{"市公安局"}, nil, nil, "", []string{"owners"}},
		{"负责本辖区内专项整治工作", []string{"秭归县", "夷陵区", "西陵区", "伍家岗区政府", "宜昌开发区管委会"}, nil, nil, "", []string{"owners"}},
		{"协助有关部门", []string{"湖北楚天高速公路股份公司"}, nil, nil, "", []string{"owners"}},
	})
}

// A university's safety check (set 113): a sub-heading with no item under
// it saying in its own words which office does it ((二)校园及周边的治安秩序
// 专项整治由保卫处负责。) was left unread in silence, as an office named with
// no level is no unit byClauses takes; and units named by their relation
// to the work (学生所在单位, 车辆日常使用单位) were owners unlisted.
func TestOfficeHeadingAndRelationNames(t *testing.T) {
	n := parseAt("XX大学关于开展集中安全大检查的通知\n二、检查内容及负责单位:\n(一)校园常规安全隐患排查\n1.校园饮用水、食品安全方面,由后勤资产处负责;\n" +
		"2.学生的消防安全教育,由学生所在单位负责。\n(二)校园及周边的治安秩序专项整治由保卫处负责。\n(三)校园交通安全专项整治\n1.校园办公用车的安全方面,由后勤资产处负责,车辆日常使用单位配合;\n")
	wantRows(t, "office heading", n, []probeRow{
		{"校园饮用水", []string{"后勤资产处"}, nil, nil, "", nil},
		{"学生的消防安全教育", []string{"学生所在单位"}, nil, nil, "", []string{"owners"}},
		{"校园及周边的治安秩序专项整治", []string{"保卫处"}, nil, nil, "", []string{"owners"}},
		{"校园办公用车的安全方面", []string{"后勤资产处", "车辆日常使用单位"}, nil, nil, "", []string{"owners"}},
	})
	// A numbered line left unread that says which office does the work is
	// listed; a letter's sentence saying who leads is not.
	n = parseAt("XX学院国庆安全检查通知\n一、检查内容\n1.校园的基础设施的安全方面。(后勤处负责)\n2.校园药品安全方面。(校医院负责)\n" +
		"二、工作要求\n(一)人员密集场所的安全监管专项整治\n校园内人员密集的公共场所的安全,由保卫处牵头、日常管理部门配合;\n")
	if !slices.ContainsFunc(n.Unread, func(s Span) bool { return s.From <= 7 && s.To >= 7 }) && !slices.ContainsFunc(n.Tasks, func(t Task) bool { return t.Line >= 6 }) {
		t.Errorf("the paragraph naming its office is neither read nor listed: tasks %q unread %+v", owned(n), n.Unread)
	}
}

// A city's five-year-plan division (set 117): its first-listed rule stands
// in a principle of the division, a (三) with no item under it, and holds
// only for items of several units (由多个单位负责的,排在第一位的为牵头单位).
// The rule was lost: no item had a lead.
func TestFirstLeadsRuleInAPrinciple(t *testing.T) {
	n := parseAt("各县、市、区人民政府,市政府各部门:\n一、分工原则\n(一)突出主要目标和任务。围绕《纲要》提出的发展目标,对主要任务进行分工。\n" +
		"(二)合理划分责任。重点将发展目标和任务分解落实到市有关部门。由多个单位负责的,排在第一位的为牵头单位;各县(市、区)人民政府应认真贯彻落实。\n" +
		"二、主要指标分工\n1.户籍人口城镇化率达到40%。(市公安局、市统计局)\n2.劳动年龄人口平均受教育年限达到11.1年。(市教育局)\n")
	wantRows(t, "principle rule", n, []probeRow{
		{"户籍人口城镇化率", []string{"市公安局", "市统计局"}, []string{"市公安局"}, nil, "", nil},
		{"劳动年龄人口", []string{"市教育局"}, nil, nil, "", nil},
	})
}

// A city bureau's 政务公开 plan (set 118): a bracket of two clauses gives
// each body its part ((各处室、单位负责解读材料起草;政策研究室、信息中心做好
// 材料公开工作)): the parts were read into the names (单位负责解读材料起草,
// 信息中心做好材料公开工作); and 各科室、单位, one collective, lost 单位.
func TestBracketOfPartsAndOfficesCollective(t *testing.T) {
	n := parseAt("长春市人力资源和社会保障局政务公开工作要点及分工方案\n(一)突出做好重要政策措施的解读工作。要按照“谁起草、谁解读”的原则做好解读。(各处室、单位负责解读材料起草;政策研究室、信息中心做好材料公开工作)\n" +
		"(二)深化重点领域信息公开。依法、规范、及时发布信息。(责任单位:各科室、单位)\n(三)加强审核把关。(由市住建局牵头,会同市住建局建设工程质量监督站开展专项检查)\n")
	wantRows(t, "parts", n, []probeRow{
		{"突出做好重要政策措施的解读工作", []string{"各处室、单位", "政策研究室", "信息中心"}, nil, nil, "", nil},
		{"深化重点领域信息公开", []string{"各科室、单位"}, nil, nil, "", nil},
		{"加强审核把关", []string{"市住建局", "市住建局建设工程质量监督站"}, []string{"市住建局"}, nil, "", nil},
	})
}

// A district's report of its targets (set 115): paragraphs with no number,
// each a target closing with 责任单位为X (two in one paragraph), were read
// as no task and the notice refused.
func TestParagraphsClosingWithUnitsAre(t *testing.T) {
	n := parseAt("XX区2021年县域经济考核指标目标任务\n按照区政府安排,现将目标设定情况报告如下:\n人均地区生产总值:增长6%左右(依据区人代会目标设置),责任单位为区发改委;\n" +
		"规模以上工业增加值:增长8%(依据区人代会目标设置),责任单位为区经信局;\n固定资产投资及技术改造投资占比:固定资产投资162亿元,增长7%,责任单位为区发改委;技改投资占固定资产投资比重16.5%,责任单位为区经信局;\n")
	wantRows(t, "units are", n, []probeRow{
		{"人均地区生产总值", []string{"区发改委"}, nil, nil, "", []string{"owners"}},
		{"规模以上工业增加值", []string{"区经信局"}, nil, nil, "", []string{"owners"}},
		{"固定资产投资及技术改造投资占比", []string{"区发改委", "区经信局"}, nil, nil, "", []string{"owners"}},
	})
}

// A city bureau's | table (set 120): 局防控办主办、各工作组协办 kept 主办 in
// the name and named no lead; 局宣传科研组, a group inside the bureau, was
// no unit's name in the 责任科室 column, its row given the row above's unit
// as merged; 局主办科室 (whichever section hosts) was an owner unlisted.
func TestHostAndOfficeGroupCells(t *testing.T) {
	n := parseAt("江门市卫生健康局2021年政务公开工作要点分工方案\n工作任务 | 具体要求 | 责任科室 |\n一、做好行政执法信息公开 | 1.加强行政执法信息公开。 | 局政法科 |\n" +
		"2.及时反馈网民对调查征集信息的意见。 | 局主办科室 | |\n四、做好疫情防控信息公开 | 3.设立专栏,发布权威信息。 | 局防控办主办、各工作组协办 |\n" +
		"4.扎实做好疫苗接种信息公开工作。 | 局疾控科 | |\n5.提高新冠肺炎防控信息发布规范化水平。 | 局宣传科研组 | |\n")
	wantRows(t, "host", n, []probeRow{
		{"加强行政执法信息公开", []string{"局政法科"}, nil, nil, "", nil},
		{"及时反馈网民", []string{"局主办科室"}, nil, nil, "", []string{"owners"}},
		{"设立专栏", []string{"局防控办", "各工作组"}, []string{"局防控办"}, nil, "", nil},
		{"扎实做好疫苗接种", []string{"局疾控科"}, nil, nil, "", nil},
		{"提高新冠肺炎", []string{"局宣传科研组"}, nil, nil, "", nil},
	})
}

// A university's inspection plan (set 113): top headings that are the
// bodies' names alone (一、党政办公室, 二、保卫部、武装部), each over its duties
// (负责督查…, numbered or not). Every item named no one and the notice was
// refused. One such heading alone is no division (一、办公室 over a plan's
// first chapter).
func TestBodyNameHeadings(t *testing.T) {
	n := parseAt("湖南中医药大学关于开展安全隐患督查的通知\n学校将分组对各隐患排查工作进行检查督查,具体安排如下:\n一、党政办公室\n负责督查学校档案室安全隐患。\n" +
		"二、保卫部、武装部\n1.负责督查学校消防控制室、消防设施设备安全隐患。\n2.负责督查校内交通安全隐患。\n三、后勤处\n1.负责督查学校各场所用电、用气安全隐患。\n")
	wantRows(t, "body headings", n, []probeRow{
		{"负责督查学校档案室", []string{"党政办公室"}, nil, nil, "", []string{"owners"}},
		{"负责督查学校消防控制室", []string{"保卫部", "武装部"}, nil, nil, "", []string{"owners"}},
		{"负责督查校内交通", []string{"保卫部", "武装部"}, nil, nil, "", []string{"owners"}},
		{"负责督查学校各场所", []string{"后勤处"}, nil, nil, "", []string{"owners"}},
	})
	if n := parseAt("XX县2023年重点工作\n一、办公室\n负责全县重点工作的统筹协调。\n二、重点任务\n1.推进项目建设。(县发改委)\n"); len(n.Tasks) != 1 || n.Tasks[0].Owners[0] != "县发改委" {
		t.Errorf("one body heading made a division: %q", owned(n))
	}
}

// A bureau's | table (set 120): a row whose other cells are merged with the
// row above is written as its one cell and " |" (2.做好…归集整理和主动公开
// 工作。 |). The line was glued into the row above's text in silence, the
// task lost. Now it is a row, the cells above its own (listed as merged).
func TestOneCellPipeRow(t *testing.T) {
	n := parseAt("工作任务 | 具体要求 | 责任部门 |\n一、做好各类规划主动公开。 | 1.主动公开“十四五”规划纲要、各项规划、政策解读等相关信息。 | 办公室牵头,其他股室及属下单位配合 |\n" +
		"2.做好“十一五”规划至“十三五”规划等各项规划的归集整理和主动公开工作。 |\n二、做好执法信息公开。 | 3.加强行政执法信息公开。 | 市场执法股 |\n" +
		"三、做好财政信息公开。 | 4.积极推进部门单位财政预算、决算及相关报表公开。 | 计划财务股 |\n5.持续深化地方政府债务信息公开。 | 计划财务股 |\n")
	wantRows(t, "one cell", n, []probeRow{
		{"主动公开“十四五”规划纲要", []string{"办公室", "属下单位"}, []string{"办公室"}, nil, "", nil},
		{"做好“十一五”规划", []string{"办公室", "属下单位"}, []string{"办公室"}, nil, "", []string{"owners", "lead"}},
		{"加强行政执法信息公开", []string{"市场执法股"}, nil, nil, "", nil},
		{"积极推进部门单位财政预算", []string{"计划财务股"}, nil, nil, "", nil},
		{"持续深化地方政府债务", []string{"计划财务股"}, nil, nil, "", nil},
	})
}

// Probe 40 of this round's rules. A bracket's clause X、Y共同牵头 lost its
// lead (the part after the names was cut as work); labels inside an item's
// sentences (明确责任领导和责任单位,完成时限由各社区自定。责任单位各社区) made
// the colonless run at its end unread and the notice refused; two leaders
// (责任领导王建华、李明责任单位环卫所) made it unread; a verb before the unit
// at an item's head (完善县住建局负责…) was read into the name; a run of
// duties stopped at a county named alone (秭归县:), the lines after glued
// in silence; and a lead taken by a rule stated among the principles was
// not listed.
func TestProbe40Findings(t *testing.T) {
	n := parseAt("XX市2023年重点工作任务分工\n1.推进新型工业化。(市经信局、市发改委共同牵头,市财政局)\n2.推进城乡融合发展。(市农业农村局、市发改委共同牵头负责)\n")
	wantRows(t, "jointly", n, []probeRow{
		{"推进新型工业化", []string{"市经信局", "市发改委", "市财政局"}, []string{"市经信局", "市发改委"}, nil, "", nil},
		{"推进城乡融合发展", []string{"市农业农村局", "市发改委"}, []string{"市农业农村局", "市发改委"}, nil, "", nil},
	})
	n = parseAt("XX街道2023年环境综合整治工作方案\n三、整治重点和责任分解\n1、落实网格化管理责任,明确责任领导和责任单位,完成时限由各社区自定。责任单位各社区\n" +
		"2、建立完成时间倒排机制,每月通报责任单位完成情况。责任单位街道党政办\n3、建设垃圾中转站一处责任领导王建华、李明责任单位环卫所\n")
	wantRows(t, "colonless", n, []probeRow{
		{"落实网格化管理责任", []string{"各社区"}, nil, nil, "", nil},
		{"建立完成时间倒排机制", []string{"街道党政办"}, nil, nil, "", nil},
		{"建设垃圾中转站一处", []string{"环卫所"}, nil, []string{"王建华", "李明"}, "", nil},
	})
	n = parseAt("XX县2023年重点工作任务分工\n1.完善县住建局负责、各乡镇配合的城乡建设协调机制。(县住建局)\n2.县文旅局负责,县商务局配合,开展文旅消费季活动。(县财政局)\n")
	if got := owned(n); len(got) != 2 || slices.Contains(got[0], "完善县住建局") {
		t.Errorf("a verb before the head unit: %q", got)
	}
	n = parseAt("XX市人民政府办公室关于印发城乡环境整治工作方案的通知\n五、职责分工\n市住建局:负责城区环境整治的统筹协调。\n夷陵区、点军区政府:负责本辖区城乡结合部环境整治。\n" +
		"秭归县:负责县城及集镇环境整治。\n五峰土家族自治县、长阳土家族自治县:负责本辖区地质灾害防治。\n市生态环境局:负责扬尘污染监管。\n")
	wantRows(t, "county alone", n, []probeRow{
		{"负责城区环境整治", []string{"市住建局"}, nil, nil, "", []string{"owners"}},
		{"负责本辖区城乡结合部", []string{"夷陵区", "点军区政府"}, nil, nil, "", []string{"owners"}},
		{"负责县城及集镇环境整治", []string{"秭归县"}, nil, nil, "", []string{"owners"}},
		{"负责本辖区地质灾害防治", []string{"五峰土家族自治县", "长阳土家族自治县"}, nil, nil, "", []string{"owners"}},
		{"负责扬尘污染监管", []string{"市生态环境局"}, nil, nil, "", []string{"owners"}},
	})
	n = parseAt("各县、市、区人民政府:\n一、分工原则\n(一)合理划分责任。由多个单位负责的,排在第一位的为牵头单位。\n二、主要指标分工\n1.户籍人口城镇化率达到40%。(市公安局、市统计局)\n")
	wantRows(t, "principle listed", n, []probeRow{
		{"户籍人口城镇化率", []string{"市公安局", "市统计局"}, []string{"市公安局"}, nil, "", []string{"lead"}},
	})
}

// Probe 40: helpers after a closing 由X负责 joined by 和 (后勤资产处和各学院)
// were one owner, as 后勤资产处 ended as 产科 does, no section; and 学生所在
// 学院 was split as two stations run together (学生所, 在学院).
func TestAssetSectionAndWhereNames(t *testing.T) {
	n := parseAt("XX大学关于开展集中安全大检查的通知\n(一)校园安全\n1.校园的基础设施的安全方面,由保卫处负责、后勤资产处和各学院配合;\n2.学生的安全教育,由学生所在学院负责;\n3.教职工的安全教育,由各单位负责;\n")
	wantRows(t, "asset", n, []probeRow{
		{"校园的基础设施", []string{"保卫处", "后勤资产处", "各学院"}, nil, nil, "", nil},
		{"学生的安全教育", []string{"学生所在学院"}, nil, nil, "", []string{"owners"}},
		{"教职工的安全教育", []string{"各单位"}, nil, nil, "", nil},
	})
}

// Probe 40: a leader at an item's head beside a closing bracket of units
// (王建国副县长牵头,做好…。(县水利局、县应急管理局)) was lost; with units at
// the head too (副县长李明牵头,县教体局负责,…。(县公安局配合)) they were lost
// as well; a party post before the leader's (县委书记、县长张伟亲自抓) named
// no one.
func TestLeaderAtHeadBesideBracket(t *testing.T) {
	n := parseAt("XX县2023年重点工作任务分工\n1.王建国副县长牵头,做好防汛调度工作。(县水利局、县应急管理局)\n2.副县长李明牵头,县教体局负责,做好校园安全工作。(县公安局配合)\n" +
		"3.县委书记、县长张伟亲自抓,县发改局牵头,负责重大项目建设。\n")
	wantRows(t, "leader at head", n, []probeRow{
		{"王建国副县长牵头", []string{"县水利局", "县应急管理局"}, nil, []string{"王建国副县长"}, "", nil},
		{"副县长李明牵头", []string{"县公安局", "县教体局"}, nil, []string{"副县长李明"}, "", []string{"owners"}},
		{"县委书记、县长张伟亲自抓", []string{"县发改局"}, []string{"县发改局"}, []string{"县委书记、县长张伟"}, "", nil},
	})
}

// Probe 40: words saying how units lead, other than 分别 and 共同, were read
// into the names ((市农业农村局统筹牵头,…) → 市农业农村局统筹, no lead), as
// were 同为牵头单位, 担任牵头单位 and 为第一牵头单位; X会同Y共同牵头 led with Y
// alone; and 负总责 stayed in the name.
func TestLeadWordsInBrackets(t *testing.T) {
	n := parseAt("XX市2023年重点工作任务分工\n1.推进城乡融合发展。(市农业农村局统筹牵头,市发改委配合)\n2.推进乡村振兴。(市农业农村局、市发改委轮流牵头)\n" +
		"3.加强安全生产。(市应急局、市住建局同为牵头单位)\n4.加快数字经济发展。(市大数据局担任牵头单位,市经信局配合)\n5.推进产业链招商。(市商务局会同市投促局共同牵头,各县区配合)\n" +
		"6.优化营商环境。(市发改委负总责,市市场监管局配合)\n")
	wantRows(t, "lead words", n, []probeRow{
		{"推进城乡融合发展", []string{"市农业农村局", "市发改委"}, []string{"市农业农村局"}, nil, "", nil},
		{"推进乡村振兴", []string{"市农业农村局", "市发改委"}, []string{"市农业农村局", "市发改委"}, nil, "", nil},
		{"加强安全生产", []string{"市应急局", "市住建局"}, []string{"市应急局", "市住建局"}, nil, "", nil},
		{"加快数字经济发展", []string{"市大数据局", "市经信局"}, []string{"市大数据局"}, nil, "", nil},
		{"推进产业链招商", []string{"市商务局", "市投促局", "各县区"}, []string{"市商务局", "市投促局"}, nil, "", nil},
		{"优化营商环境", []string{"市发改委", "市市场监管局"}, nil, nil, "", nil},
	})
}

// Probe 41 of this round's rules: paragraphs closing 责任单位为X right under
// the title went to the preamble, a paragraph's 区财政局配合 after its
// 责任单位为 clause was lost; helpers joined by 和 stayed one owner where the
// first was 审计处 (计 read as a count, 共计) or 图书馆; 依托/确保 before a
// head unit were read into its name; (县市场监管局) after 由副县长李明牵头,…
// was lost; a zone named alone (白洋工业园区:) ended a run of duties; a | row
// of one cell naming its own body (由执法大队负责…) took the row above's unit;
// a leader named after his post (副主任王建华) made a colonless run unread.
func TestProbe41Findings(t *testing.T) {
	n := parseAt("XX区2023年主要目标任务分解\n地区生产总值增长6%左右,责任单位为区发改委;规模以上工业增加值增长7%,责任单位为区经信局。\n" +
		"城镇新增就业5000人,责任单位为区人社局,区财政局配合。\n")
	wantRows(t, "units are", n, []probeRow{
		{"地区生产总值增长6%左右", []string{"区发改委", "区经信局"}, nil, nil, "", []string{"owners"}},
		{"城镇新增就业5000人", []string{"区人社局", "区财政局"}, nil, nil, "", []string{"owners"}},
	})
	n = parseAt("XX学院2023年工作要点\n(一)科研管理\n1.做好科研经费监管,由科技处负责,审计处和计划财务处配合;\n2.做好档案管理,由档案馆负责,图书馆和党政办公室配合;\n")
	wantRows(t, "he", n, []probeRow{
		{"做好科研经费监管", []string{"科技处", "审计处", "计划财务处"}, nil, nil, "", nil},
		{"做好档案管理", []string{"档案馆", "图书馆", "党政办公室"}, nil, nil, "", nil},
	})
	n = parseAt("XX县2023年重点工作任务分工\n1.依托县人民医院牵头的医联体,提升基层诊疗能力。(县卫健局)\n2.确保县城投公司负责的保障房项目10月底前交付。(县住建局)\n" +
		"3.由副县长李明牵头,县教体局、县卫健局配合,做好校园食品安全工作。(县市场监管局)\n")
	wantRows(t, "verbs", n, []probeRow{
		{"依托县人民医院", []string{"县卫健局"}, nil, nil, "", nil},
		{"确保县城投公司", []string{"县住建局"}, nil, nil, "2023-10-31", nil},
		{"做好校园食品安全工作", []string{"县教体局", "县卫健局", "县市场监管局"}, nil, []string{"副县长李明"}, "", []string{"owners"}},
	})
	n = parseAt("XX市人民政府办公室关于印发城乡环境整治工作方案的通知\n五、职责分工\n市住建局:负责城区环境整治的统筹协调。\n白洋工业园区:负责园区内企业环境整治。\n市生态环境局:负责扬尘污染监管。\n")
	wantRows(t, "zone", n, []probeRow{
		{"负责城区环境整治", []string{"市住建局"}, nil, nil, "", []string{"owners"}},
		{"负责园区内企业环境整治", []string{"白洋工业园区"}, nil, nil, "", []string{"owners"}},
		{"负责扬尘污染监管", []string{"市生态环境局"}, nil, nil, "", []string{"owners"}},
	})
	n = parseAt("XX街道2023年环境综合整治工作方案\n三、整治重点和责任分解\n1、建设垃圾中转站一处责任领导副主任王建华责任单位环卫所\n2、背街小巷路面修复责任单位城建办\n")
	wantRows(t, "post name", n, []probeRow{
		{"建设垃圾中转站一处", []string{"环卫所"}, nil, []string{"副主任王建华"}, "", nil},
		{"背街小巷路面修复", []string{"城建办"}, nil, nil, "", nil},
	})
}

// Probe 41: the commonest card, 责任单位及责任人:县教体局 张伟 over a line
// 完成时限:2023年9月底, lost 张伟 in silence: the two label lines run
// together, and 张伟完成时限 was read as one qualified field's label.
func TestUnitPersonOverTimeLabel(t *testing.T) {
	n := parseAt("XX县2023年民生实事工作任务清单\n1.新建城区幼儿园2所。\n责任单位及责任人:县教体局 张伟\n完成时限:2023年9月底\n2.改造老旧小区10个。\n责任单位及责任人:县住建局 李明\n")
	wantRows(t, "card", n, []probeRow{
		{"新建城区幼儿园2所", []string{"县教体局"}, nil, []string{"张伟"}, "2023-09-30", []string{"leaders"}},
		{"改造老旧小区10个", []string{"县住建局"}, nil, []string{"李明"}, "", []string{"leaders"}},
	})
}
