package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 64: the silent findings probe 66 left of older rules.

// A division of duties by department whose departments are headings of
// their own ((一)发改委: / 1.负责… / 2.牵头申报…): the heading's body owns
// each numbered duty under it, leads one opening with 牵头, and a bracket
// naming only who helps ((县科技局配合)) adds the helper, no longer
// taking the item whole (it had made 县科技局 the only owner, in
// silence, and the first department's duties were not read at all). A
// heading naming a topic (项目建设:) gives no owner.
func TestDepartmentHeadingOverDuties(t *testing.T) {
	text := "一、各部门职责\n（一）发改委：\n1.负责重大项目储备。\n2.牵头申报中央预算内投资项目。\n" +
		"（二）经信委：\n1.负责工业经济运行监测。\n2.牵头推广节能降耗新技术（县科技局配合）。\n"
	wantRows(t, "heading", parseAt(text), []probeRow{
		{"负责重大项目储备", []string{"发改委"}, nil, nil, "", []string{"owners"}},
		{"牵头申报中央预算内投资项目", []string{"发改委"}, []string{"发改委"}, nil, "", []string{"owners"}},
		{"负责工业经济运行监测", []string{"经信委"}, nil, nil, "", []string{"owners"}},
		{"牵头推广节能降耗新技术", []string{"经信委", "县科技局"}, []string{"经信委"}, nil, "", []string{"owners"}},
	})
	topic := "一、重点工作\n（一）项目建设：\n1.推进重大项目储备（县发改委负责）。\n2.开展项目观摩（县重点办负责）。\n"
	wantRows(t, "topic", parseAt(topic), []probeRow{
		{"推进重大项目储备", []string{"县发改委"}, nil, nil, "", nil},
		{"开展项目观摩", []string{"县重点办"}, nil, nil, "", nil},
	})
}

// The same duties on one line each: a closing bracket naming only who
// helps (经信委:牵头推广…(县科技局配合)) and a label naming only the lead
// (林业局:负责森林防火;牵头单位:县应急管理局) had taken the item whole, the
// department before the colon lost in silence; a lead named inside the
// duty (牵头单位为县城管委, 会同发改委牵头推进) was dropped unlisted.
func TestDutyLineHelpersAndNamedLeads(t *testing.T) {
	text := "一、各部门职责\n（一）发改委：负责重大项目储备。\n（二）经信委：牵头推广节能降耗新技术（县科技局配合）。\n" +
		"（三）林业局：负责森林防火；牵头单位：县应急管理局。\n（四）住建局：负责城市管理；牵头单位为县城管委。\n" +
		"（五）财政局：负责资金拨付；会同发改委牵头推进专项债券项目申报。\n"
	n := parseAt(text)
	wantRows(t, "duties", n, []probeRow{
		{"负责重大项目储备", []string{"发改委"}, nil, nil, "", []string{"owners"}},
		{"牵头推广节能降耗新技术", []string{"经信委", "县科技局"}, []string{"经信委"}, nil, "", []string{"owners"}},
		{"负责森林防火", []string{"林业局", "县应急管理局"}, []string{"县应急管理局"}, nil, "", []string{"owners"}},
		{"负责城市管理", []string{"住建局"}, nil, nil, "", []string{"owners", "lead"}},
		{"负责资金拨付", []string{"财政局"}, nil, nil, "", []string{"owners", "lead"}},
	})
	if reviewed(n.Tasks[0], "lead") {
		t.Errorf("a duty naming no lead is listed for its lead: %+v", n.Tasks[0].Review)
	}
}

// A card's progress row (进展落实情况: | 第三季度 按计划推进中。 1.9月17日…
// 召开…。 2.跟进… |) reports what was done: its numbered points had each
// become a task of its own, with no owner and a date of the past as its
// due. They are the card's text now, and the card stays one task.
func TestCardProgressPointsNoTasks(t *testing.T) {
	text := "\n重点工作: | 弘扬企业家精神,构建新型政商关系,定期办好市长与民营企业家恳谈会。 |\n牵头单位: | 市工业和信息化局 |\n" +
		"年度阶段性工作目标: | 第一季度:1.组织召开恳谈会。2.督促各区建立挂点联系制度。 第四季度:1.组织召开恳谈会。2.汇总收集挂点联系情况。 |\n" +
		"进展落实情况: | 第一季度: 按计划推进中。 第四季度 已完成。 1.先后于4月4日、9月20日举办3次恳谈会。 2.发文督促各区设立挂点联系制度,至6月末已全部建立。 3.印发2019年挂点服务工作方案。 |\n"
	wantRows(t, "card", parseAt(text), []probeRow{
		{"弘扬企业家精神", []string{"市工业和信息化局"}, []string{"市工业和信息化局"}, nil, "2019-12-31", []string{"due"}},
	})
}

// Names of a unit's cell the import misread: a body, then 及 and a
// collective of levels listed with 、 (中国残联及各省、自治区、直辖市人民
// 政府有关主管部门) had split inside the collective (中国残联及各省 one
// owner); the levels' 有关主管部门, as 有关部门, name no one in particular
// (kept as text, listed); a note after the names (。注:市、县信用办指…,下同)
// had become owners (注:市).
func TestUnitCellCollectiveAndNote(t *testing.T) {
	text := "关于印发某市2024年社会信用体系建设工作要点的通知\n" +
		"1.强化乡村公共服务标准支撑。(教育部、民政部、中国残联及各省、自治区、直辖市人民政府有关主管部门按职责分工负责)\n" +
		"2.贯彻落实信用体系建设决策部署。(责任单位:市信用办;各县(市、区)人民政府、某开发区管委会。注:市、县信用办指市社会信用体系建设联席会议办公室和县(市、区)社会信用体系建设联席会议办公室,下同)\n" +
		"3.推进项目观摩。(县发改委、县政府有关主管部门负责)\n"
	wantRows(t, "cells", parseAt(text), []probeRow{
		{"强化乡村公共服务标准支撑", []string{"教育部", "民政部", "中国残联"}, nil, nil, "", []string{"owners"}},
		{"贯彻落实信用体系建设决策部署", []string{"市信用办", "各县(市、区)人民政府", "某开发区管委会"}, nil, nil, "", nil},
		{"推进项目观摩", []string{"县发改委"}, nil, nil, "", []string{"owners"}},
	})
}

// Header lines a copy ran together: the number with the recipients after
// it (卫政办发〔2025〕26号各县(区)人民政府,…:), the number lost; the signer
// with the date after it, no space between (…办公厅2020 年 2 月 16 日,
// from a PDF), the date lost. Both silently.
func TestHeaderRunOnNumberAndDate(t *testing.T) {
	items := "某某措施\n1.推进项目建设。(责任单位:省发展改革委)\n2.推进项目观摩。(责任单位:省工业和信息化厅)\n"
	n := parseAt("市人民政府办公室关于印发某市优化营商环境行动方案的通知\n卫政办发〔2025〕26号各县(区)人民政府,市政府各部门、直属机构:\n" +
		"《某市优化营商环境行动方案》已经市人民政府研究同意,现印发给你们,请认真抓好落实。\n某市人民政府办公室\n2025年6月4日\n" + items)
	if n.Number != "卫政办发〔2025〕26号" || n.Date.Format("2006-01-02") != "2025-06-04" {
		t.Errorf("number run on: number %q date %s", n.Number, n.Date.Format("2006-01-02"))
	}
	for _, signed := range []string{"陕西省人民政府办公厅2020年2月16日", "陕西省人民政府办公厅2020 年 2 月 16 日"} {
		n = parseAt("陕西省人民政府办公厅关于印发某某措施的通知\n各设区市人民政府:\n《某某措施》已经省政府同意,现印发给你们,请认真贯彻执行。\n" + signed + "\n" + items)
		if n.Issuer != "陕西省人民政府办公厅" || n.Date.Format("2006-01-02") != "2020-02-16" || len(n.Tasks) != 2 {
			t.Errorf("%s: issuer %q date %s, %d tasks", signed, n.Issuer, n.Date.Format("2006-01-02"), len(n.Tasks))
		}
	}
}

// Cards of label and value lines: a field with a value a line (责任单位 /
// 县水利局 / 县住建局, 责任领导 / 张伟 / 李强) kept its first value only, the
// rest among the lines not placed; a label broken over two lines (分管 /
// 领导 / 王强, 责任 / 单位 / 县水利局, 完成 / 时限 / 5月底) lost its value
// in silence. A table's header so broken (序号 / 重点工作 / 责任 / 领导 /
// 责任 / 科室) stays a header.
func TestCardFieldsOverSeveralLines(t *testing.T) {
	text := "2024年全县重点工作任务清单\n\n1.推进城乡供水一体化\n责任单位\n县水利局\n县住建局\n责任领导\n张伟\n李强\n完成时限\n2024年12月底\n\n" +
		"2.推进城区污水管网改造\n分管\n领导\n王强\n责任单位\n县住建局\n完成时限\n2024年10月底\n\n" +
		"3.做好防汛备汛工作\n责任\n单位\n县水利局\n完成\n时限\n5月底\n责任\n领导\n王刚\n\n" +
		"4.新建农村幼儿园3所\n牵头单位\n县教育局\n责任单位\n王庄村\n城关镇\n分管\n领导：\n李强\n完成时限\n2024年9月底\n"
	wantRows(t, "cards", parseAt(text), []probeRow{
		{"推进城乡供水一体化", []string{"县水利局", "县住建局"}, nil, []string{"张伟", "李强"}, "2024-12-31", nil},
		{"推进城区污水管网改造", []string{"县住建局"}, nil, []string{"王强"}, "2024-10-31", nil},
		{"做好防汛备汛工作", []string{"县水利局"}, nil, []string{"王刚"}, "2024-05-31", nil},
		{"新建农村幼儿园3所", []string{"县教育局", "王庄村", "城关镇"}, []string{"县教育局"}, []string{"李强"}, "2024-09-30", nil},
	})
	table := "某镇2024年重点工作计划\n序号\n重点工作\n责任\n领导\n责任\n科室\n完成时限\n1\n白仙山水库工程政策处理\n欧乾震\n农业办\n6月底\n2\n现代化美丽城镇建设\n李明\n建设办\n12月底\n"
	n := parseAt(table)
	if len(n.Tasks) != 2 || !strings.HasPrefix(n.Tasks[0].Title, "白仙山水库") || !slices.Equal(n.Tasks[1].Leaders, []string{"李明"}) {
		t.Errorf("a header's broken cells read as a card's: %q %+v", owned(n), n.Tasks)
	}
}

// Probe 67 of this round's rules. A department's duty with labels naming
// its lead and its helpers (县交通运输局:负责…;牵头单位:县公安局;配合单位:
// 各乡镇人民政府) lost the department, and took every other item of the
// list with it; a time limit after a label's names in the item's line
// (牵头单位:县应急管理局。2024年12月底前完成。) was lost, another item's
// listed in its stead; 牵头印发 opening a duty led nothing; under a heading
// naming two bodies an item opening with 牵头 names no lead (listed now);
// brackets of helpers labelled 协助单位: or 参与: inside an item's text
// were neither read nor listed.
func TestProbe67Findings(t *testing.T) {
	duties := "2024年重点工作任务分工\n\n一、安全生产\n1.县交通运输局:负责道路运输安全整治;牵头单位:县公安局;配合单位:各乡镇人民政府。\n" +
		"2.县水利局:负责水利工程安全度汛;牵头单位:县应急管理局。2024年12月底前完成。\n3.县文旅局:牵头印发文旅融合发展实施方案，2024年5月底前完成。\n"
	wantRows(t, "duties", parseAt(duties), []probeRow{
		{"负责道路运输安全整治", []string{"县交通运输局", "县公安局", "各乡镇人民政府"}, []string{"县公安局"}, nil, "", []string{"owners"}},
		{"负责水利工程安全度汛", []string{"县水利局", "县应急管理局"}, []string{"县应急管理局"}, nil, "2024-12-31", []string{"owners"}},
		{"牵头印发文旅融合发展实施方案", []string{"县文旅局"}, []string{"县文旅局"}, nil, "2024-05-31", []string{"owners"}},
	})
	dated := "2024年重点工作任务分工\n\n一、安全生产\n1.加强森林防灭火工作。牵头单位:县应急管理局。2024年12月底前完成全部林区巡护改造任务。\n" +
		"2.加强道路运输安全整治。牵头单位:县公安局;配合单位:各乡镇人民政府。2024年9月底前完成。\n"
	wantRows(t, "dated", parseAt(dated), []probeRow{
		{"加强森林防灭火工作", []string{"县应急管理局"}, []string{"县应急管理局"}, nil, "2024-12-31", nil},
		{"加强道路运输安全整治", []string{"县公安局", "各乡镇人民政府"}, []string{"县公安局"}, nil, "2024-09-30", nil},
	})
	heads := "2024年重点工作任务分工\n\n(一)县发改委、县财政局:\n1.负责做好专项债券项目申报，2024年6月底前完成。\n2.牵头建立项目资金保障机制，2024年9月底前完成。\n" +
		"(二)县税务局:\n1.负责推行“非接触式”办税缴费服务（协助单位：县人社局、县医保局），2024年9月底前完成。\n"
	n := parseAt(heads)
	wantRows(t, "heads", n, []probeRow{
		{"负责做好专项债券项目申报", []string{"县发改委", "县财政局"}, nil, nil, "2024-06-30", []string{"owners"}},
		{"牵头建立项目资金保障机制", []string{"县发改委", "县财政局"}, nil, nil, "2024-09-30", []string{"owners", "lead"}},
		{"负责推行“非接触式”办税缴费服务", []string{"县税务局"}, nil, nil, "2024-09-30", []string{"owners"}},
	})
	if !slices.ContainsFunc(n.Tasks[2].Review, func(r Review) bool { return strings.Contains(r.Text.Zh, "县人社局、县医保局") }) {
		t.Errorf("the helpers' bracket inside the text is not listed: %+v", n.Tasks[2].Review)
	}
	card := "2024年重点工作任务推进卡\n\n重点工作: | 推进县城污水处理厂提标改造。 |\n牵头单位: | 县住建局 |\n责任领导: | 张三 |\n完成时限: | 2024年12月底 |\n进展落实情况: | 1.已完成可研批复。2.正在开展施工招标。 |\n\n" +
		"重点工作: | 推进王庄村污水管网建设。 |\n牵头单位: | 县水利局 |\n责任领导: | 李四 |\n完成时限: | 2024年9月底 |\n完成情况: | 1.管网铺设完成60%。 2.泵站主体完工。 |\n"
	n = parseAt(card)
	wantRows(t, "card", n, []probeRow{
		{"推进县城污水处理厂提标改造", []string{"县住建局"}, []string{"县住建局"}, []string{"张三"}, "2024-12-31", nil},
		{"推进王庄村污水管网建设", []string{"县水利局"}, []string{"县水利局"}, []string{"李四"}, "2024-09-30", nil},
	})
	for _, tk := range n.Tasks {
		if reviewed(tk, "leaders") {
			t.Errorf("card %s: its leader, read, is listed as not read: %+v", tk.ID, tk.Review)
		}
	}
}

// Shapes of held-out sets 229–232: points numbered with their item's
// number and no space (1.2绘制…) were titled "2绘制…"; a list's 制定日期
// under its title is its date; a page's image left as markup (![]() |)
// had become the head of the title; a cell of units run on with no mark
// (区文广旅游体育局钱江世纪城湘湖国家旅游度假区瓜沥镇) was one owner, unlisted.
func TestHeldOut229To232Shapes(t *testing.T) {
	text := "![]() |\n|\n某市创建公共文化服务体系示范区工作任务清单\n制定日期:2022年3月16日\n" +
		"一级指标 | 任务分解 | 责任单位 | 完成时限 |\n" +
		"1.2绘制某市公共文化服务设施布局图(要求:体现城区、乡镇(街道)构成全市文化服务圈); | 市民政局 市文旅局 | 2022年11月 | ||||\n" +
		"1.3建成文体中心群艺馆,并对外开放; | 市文旅局 城发集团 | 2022年10月 | ||||\n" +
		"1.4推进场馆赛后利用,举办品牌赛事3场以上; | 区文广旅游体育局钱江世纪城湘湖国家旅游度假区瓜沥镇 | 2022年12月 | ||||\n"
	n := parseAt(text)
	if n.Title != "某市创建公共文化服务体系示范区工作任务清单" || n.Date.Format("2006-01-02") != "2022-03-16" {
		t.Errorf("header: title %q date %s", n.Title, n.Date.Format("2006-01-02"))
	}
	wantRows(t, "points", n, []probeRow{
		{"绘制某市公共文化服务设施布局图", []string{"市民政局", "市文旅局"}, nil, nil, "2022-11-30", nil},
		{"建成文体中心群艺馆", []string{"市文旅局", "城发集团"}, nil, nil, "2022-10-31", nil},
		{"推进场馆赛后利用", []string{"区文广旅游体育局钱江世纪城湘湖国家旅游度假区瓜沥镇"}, nil, nil, "2022-12-31", []string{"owners"}},
	})
	if n := parseAt("2024年重点工作任务\n1.5万亩高标准农田建设,年底前完成。(县农业农村局负责)\n1.6万人次技能培训,年底前完成。(县人社局负责)\n"); len(n.Tasks) != 2 || !strings.HasPrefix(n.Tasks[0].Title, "5万亩") {
		t.Errorf("a quantity (1.5万亩) read as a point's number: %q", owned(n))
	}
}

// A card's target under its own label after the unit labels (任务目标:
// 2024年度计划对…进行改造) was among the lines not placed, and a target
// run on after a unit label's names (责任单位:莲塘镇任务目标:2024年计划…)
// gave no time: the year a plan's work is for is its due, that year's
// end, listed, as 2024年, opening a clause, is.
func TestCardTargetYear(t *testing.T) {
	text := "关于下达2024年民生实事项目任务的通知\n\n一、雨污管网分流改造项目\n\n牵头领导:涂超\n\n牵头单位:县城管执法局\n\n责任单位:江西洪城水业环保公司\n\n" +
		"任务目标:2024年度计划对20个排水单元进行雨污管网分流改造\n\n二、10万平方米老旧小区改造项目\n\n牵头领导:涂超\n\n牵头单位:县城管执法局\n\n" +
		"责任单位:莲塘镇任务目标:2024年计划改造完成莲水巷等住宅小区。\n"
	wantRows(t, "targets", parseAt(text), []probeRow{
		{"雨污管网分流改造项目", []string{"县城管执法局", "江西洪城水业环保公司"}, []string{"县城管执法局"}, []string{"涂超"}, "2024-12-31", []string{"due"}},
		{"10万平方米老旧小区改造项目", []string{"县城管执法局", "莲塘镇"}, []string{"县城管执法局"}, []string{"涂超"}, "2024-12-31", []string{"due"}},
	})
}

// A grouped table's last unit cell right over the signature (建成省级示范村
// 3个。 / 县农业农村局 / XX县人民政府办公室 / 2024年3月1日) was taken as a
// joint signer: the task took the row above's unit, and the unit was
// shown nowhere (probe 66). A bureau signing its own letter under a
// closing sentence still signs.
func TestGroupedLastCellOverSignature(t *testing.T) {
	table := "XX县人民政府办公室关于印发2024年重点任务分解表的通知\n\n各乡镇人民政府，县直有关单位：\n  现将《重点任务分解表》印发给你们，请认真组织实施。\n\n" +
		"附件\n2024年重点任务分解表\n\n工作任务\n具体要求\n责任单位\n集镇提升\n完成集镇污水管网改造。\n城关镇\n完成农贸市场升级改造。\n王庄镇\n" +
		"乡村振兴\n建成省级示范村3个。\n县农业农村局\n\nXX县人民政府办公室\n2024年3月1日\n"
	n := parseAt(table)
	wantRows(t, "grouped", n, []probeRow{
		{"完成集镇污水管网改造", []string{"城关镇"}, nil, nil, "", nil},
		{"完成农贸市场升级改造", []string{"王庄镇"}, nil, nil, "", nil},
		{"乡村振兴", []string{"县农业农村局"}, nil, nil, "", nil},
	})
	if n.Issuer != "XX县人民政府办公室" {
		t.Errorf("issuer %q", n.Issuer)
	}
	letter := "关于做好春耕备耕工作的通知\n各乡镇人民政府：\n1.做好农资供应。(县供销社负责)\n2.做好技术指导。(县农技中心负责)\n请认真组织实施。\n县农业农村局\n2024年3月1日\n"
	if n := parseAt(letter); n.Issuer != "县农业农村局" || len(n.Tasks) != 2 {
		t.Errorf("a bureau's own letter: issuer %q, %d tasks", n.Issuer, len(n.Tasks))
	}
}

// Probe 68 of this round's rules: a leader's name over a time limit's
// label broken in two (王强 / 完成 / 时限) took 完成 as a second leader and
// lost the time; a second unit ending in 社 or 公司 (县供销社, 县城投公司)
// was dropped; a card's target under its own label line (任务目标 /
// 2024年度计划…) lost the card's leader; a quantity opening a line of an
// item's text (1.5万亩…) became a task titled 5万亩; points numbered under
// their item's number (3.1推进… / 3.2完成…) over the item's shared labels
// were tasks of their own; a list's 印发日期 ran into its title; a national
// body's local branch (国家税务总局某某县税务局) was split in two.
func TestProbe68Findings(t *testing.T) {
	cards := "某某县2024年重点工作任务清单\n\n1．加快推进城区防洪排涝工程建设\n责任\n单位\n县水利局\n县城投公司\n分管\n领导\n王强\n完成\n时限\n5月底\n\n" +
		"2．推进县域商业体系建设\n责任单位\n县商务局\n县供销社\n责任领导\n赵军\n任务目标\n2024年度计划新建村级物流服务点30个。\n"
	wantRows(t, "cards", parseAt(cards), []probeRow{
		{"加快推进城区防洪排涝工程建设", []string{"县水利局", "县城投公司"}, nil, []string{"王强"}, "2024-05-31", nil},
		{"推进县域商业体系建设", []string{"县商务局", "县供销社"}, nil, []string{"赵军"}, "2024-12-31", []string{"due"}},
	})
	points := "关于印发某某县2024年为民办实事项目的通知\n\n各乡镇人民政府，县直各单位：\n经县政府常务会议研究，确定2024年为民办实事项目如下，请认真组织实施。\n\n" +
		"1.实施农田水利建设。\n1.5万亩高标准农田年底前全部完工；\n2.3亿元项目资金按进度拨付到位。\n责任单位：县农业农村局\n完成时限：2024年12月底\n" +
		"2.推进城乡道路建设。\n2.1推进城东快速路建设\n2.2完成城西大桥主体工程\n责任单位：县交通运输局\n完成时限：2024年10月底\n\n某某县人民政府\n2024年1月15日\n"
	n := parseAt(points)
	wantRows(t, "points", n, []probeRow{
		{"实施农田水利建设", []string{"县农业农村局"}, nil, nil, "2024-12-31", nil},
		{"推进城乡道路建设", []string{"县交通运输局"}, nil, nil, "2024-10-31", nil},
	})
	if !strings.Contains(n.Tasks[0].Body, "1.5万亩") || !strings.Contains(n.Tasks[1].Body, "2.2完成城西大桥") {
		t.Errorf("the points are not the items' text: %q / %q", n.Tasks[0].Body, n.Tasks[1].Body)
	}
	titled := "某某县人民政府办公室关于印发2024年重点工作任务分解的通知\n\n各乡镇人民政府：\n现将《某某县2024年重点工作任务分解》印发给你们，请认真贯彻执行。\n\n某某县人民政府办公室\n2024年3月12日\n\n" +
		"某某县2024年重点工作任务分解\n印发日期：2024年3月12日\n\n一、推进城区防洪排涝工程建设\n责任单位：国家税务总局某某县税务局、县水利局\n完成时限：2024年6月底\n"
	n = parseAt(titled)
	if n.ListTitle != "某某县2024年重点工作任务分解" {
		t.Errorf("list title %q", n.ListTitle)
	}
	wantRows(t, "titled", n, []probeRow{
		{"推进城区防洪排涝工程建设", []string{"国家税务总局某某县税务局", "县水利局"}, nil, nil, "2024-06-30", nil},
	})
}

// A division of duties among kinds of bodies with no level (a national
// opinion's page: 3.人民检察院。依法开展… 4.公安机关。把… 5.财政部门。做好…),
// each kind's name alone and a full stop, then its duty: each is a task of
// that kind, listed (which level, which body?). The page had been refused.
func TestKindsOfBodiesDuties(t *testing.T) {
	text := "[接上页] 3.人民检察院。依法开展对判决、裁定、决定监外执行的检察。 4.公安机关。把社区服刑人员列入人口管理。 5.财政部门。做好社区矫正经费保障工作。\n"
	wantRows(t, "kinds", parseAt(text), []probeRow{
		{"人民检察院", []string{"人民检察院"}, nil, nil, "", []string{"owners"}},
		{"公安机关", []string{"公安机关"}, nil, nil, "", []string{"owners"}},
		{"财政部门", []string{"财政部门"}, nil, nil, "", []string{"owners"}},
	})
}

// Probe 69 of this round's rules: points numbered under their item's
// number closing with a full stop (3.1…。 / 3.2…。) or with a space after
// the number (5.1 PM2.5…；) over the item's shared labels became tasks of
// their own, the last taking the item's fields; a grouped table's last
// unit cell broken over two lines over the signature lost its second unit
// to the signature; a national body's branch run together with another
// body (县统计局国家统计局某某调查队) was one owner, unlisted.
func TestProbe69Findings(t *testing.T) {
	points := "一、交通基础设施\n3.推进农村公路建设。\n3.1推进县乡道提档升级，完成改造里程50公里。\n3.2完成危桥改造10座。\n" +
		"责任单位：县交通运输局、各乡镇人民政府\n责任领导：李强\n完成时限：2024年12月底\n" +
		"5.打好污染防治攻坚战。\n5.1 PM2.5平均浓度控制在35微克/立方米以下；\n5.2 地表水国考断面达标率100%；\n" +
		"（责任单位：县生态环境分局、县林业局；责任领导：赵敏；完成时限：2024年12月底）\n"
	wantRows(t, "points", parseAt(points), []probeRow{
		{"推进农村公路建设", []string{"县交通运输局", "各乡镇人民政府"}, nil, []string{"李强"}, "2024-12-31", nil},
		{"打好污染防治攻坚战", []string{"县生态环境分局", "县林业局"}, nil, []string{"赵敏"}, "2024-12-31", nil},
	})
	grouped := "关于印发《某某县2024年乡村振兴重点任务清单》的通知\n\n各乡镇人民政府：\n现将《清单》印发给你们，请认真抓好落实。\n\n" +
		"工作任务\n具体要求\n责任单位\n推进和美乡村建设\n完成村庄规划编制20个。\n县自然资源局\n建成省级示范村3个。\n县农业农村局\n县乡村振兴局\n\n某某县人民政府办公室\n2024年3月1日\n"
	n := parseAt(grouped)
	wantRows(t, "grouped", n, []probeRow{
		{"完成村庄规划编制20个", []string{"县自然资源局"}, nil, nil, "", nil},
		{"建成省级示范村3个", []string{"县农业农村局", "县乡村振兴局"}, nil, nil, "", nil},
	})
	if n.Issuer != "某某县人民政府办公室" {
		t.Errorf("issuer %q", n.Issuer)
	}
	run := parseAt("2024年重点工作\n1.推进统计调查。(县统计局国家统计局某某调查队负责)\n2.推进稽查。(国家税务总局某某市税务局稽查局负责)\n")
	if len(run.Tasks) != 2 || !reviewed(run.Tasks[0], "owners") || reviewed(run.Tasks[1], "owners") {
		t.Errorf("run-together branch not listed, or a branch's own name listed: %+v", run.Tasks)
	}
}

// Header fields of held-out sets 229 and 233: a number in brackets whose
// year is in round brackets of its own ((宁委发(2007)9号)) was lost; a law
// site's 效力级别 field ran into the title, and its 颁布日期 is the date
// where nothing else gives one.
func TestLawSiteHeaderFields(t *testing.T) {
	n := parseAt("中共南京市委关于印发《重点工作任务分工落实意见》的通知\n(宁委发(2007)9号)\n各区县委,市委各部委:\n现将《意见》印发给你们,请认真贯彻落实。\n中国共产党南京市委员会\n2007年1月22日\n" +
		"1、推进项目建设。(牵头部门:市发改委)\n2、推进招商引资。(牵头部门:市商务局)\n")
	if n.Number != "宁委发(2007)9号" {
		t.Errorf("number %q", n.Number)
	}
	n = parseAt("颁布单位:甘肃省兰州市人民政府办公厅 | 文号: |\n颁布日期:2011-02-24 | 失效日期: |\n效力级别:地方政府规范性文件 |\n兰州市人民政府办公厅关于分解落实2011年环境保护目标任务的通知\n各县、区人民政府:\n")
	if n.Title != "兰州市人民政府办公厅关于分解落实2011年环境保护目标任务的通知" || n.Date.Format("2006-01-02") != "2011-02-24" {
		t.Errorf("title %q date %s", n.Title, n.Date.Format("2006-01-02"))
	}
}

// A letter's link to a file it attaches (附件:湛江市人民政府办公室关于印发…的
// 通知.pdf) over its signature names another document: it had become the
// head of the title, the list's own title under the letter lost.
func TestAttachedFileLineNoTitle(t *testing.T) {
	n := parseAt("各县(市)公安局、各分局:\n《某市公安局2019年政务公开工作要点分工方案》已经局领导同意,现印发给你们,请认真贯彻执行。\n" +
		"附件:某市人民政府办公室关于印发某市2019年政务公开工作要点分工方案的通知.pdf\n某市公安局\n2019年9月5日\n" +
		"某市公安局2019年政务公开工作要点分工方案\n1.全面公开、精准解读重要政策措施。(责任单位:各县(市)公安局)\n2.建立健全政策解读机制。(责任单位:各分局)\n")
	if n.Title != "某市公安局2019年政务公开工作要点分工方案" || n.Issuer != "某市公安局" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
}
