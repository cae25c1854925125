package notice

import (
	"strings"
	"testing"
)

// Round 57, on probes 42 and 43's leftovers and the sets gathered this round.

// An item's closing clause naming its helpers was cut where they held a
// kind of bodies before 和 (社会组织和各社区: owner "社会", silent), a
// bracket (各村(社区)) or a company leading (国网XX县供电公司牵头): the
// units were lost. Helpers written first (由物业公司和社区居委会配合,县住建
// 局牵头) gave the lead alone; an item opening with its lead and its work
// (县教体局牵头检查学校食堂) lost helpers in a clause after the work.
func TestClosingAndHeadHelpers(t *testing.T) {
	n := parseAt("XX县2023年城乡建设重点工作\n1.推进农村污水治理,县生态环境分局牵头,县城投公司和各村(社区)配合,12月底前完成。\n" +
		"2.推进社区养老,县民政局牵头,社会组织和各社区配合。\n3.做好供电保障,国网XX县供电公司牵头,各乡镇配合。\n" +
		"4.做好物业管理,由物业公司和社区居委会配合,县住建局牵头;\n5.做好供水,由县自来水公司和各乡镇配合,县水利局负责;\n" +
		"6.县教体局牵头检查学校食堂,县市场监管局配合。\n7.县市场监管局牵头检查,县商务局配合,开展节前食品安全检查。\n")
	wantRows(t, "closing", n, []probeRow{
		{"推进农村污水治理", []string{"县生态环境分局", "县城投公司", "各村(社区)"}, []string{"县生态环境分局"}, nil, "2023-12-31", nil},
		{"推进社区养老", []string{"县民政局", "社会组织", "各社区"}, []string{"县民政局"}, nil, "", nil},
		{"做好供电保障", []string{"国网XX县供电公司", "各乡镇"}, []string{"国网XX县供电公司"}, nil, "", nil},
		{"做好物业管理", []string{"县住建局", "物业公司", "社区居委会"}, []string{"县住建局"}, nil, "", nil},
		{"做好供水", []string{"县水利局", "县自来水公司", "各乡镇"}, nil, nil, "", nil},
		{"县教体局牵头检查学校食堂", []string{"县教体局", "县市场监管局"}, []string{"县教体局"}, nil, "", nil},
		{"县市场监管局牵头检查", []string{"县市场监管局", "县商务局"}, []string{"县市场监管局"}, nil, "", nil},
	})
	for _, tk := range n.Tasks[:5] {
		if strings.Contains(tk.Title, "牵头") || strings.Contains(tk.Title, "配合") {
			t.Errorf("task %s keeps its clause in the title: %q", tk.ID, tk.Title)
		}
	}
}

// A carry-forward rule written 不再逐一列出 was read as an owner; and a
// rule giving every item below a name that names no unit (相关乡镇政府为
// 责任主体,以下不再列出) said so on its own item only.
func TestRuleCarriesOpenNames(t *testing.T) {
	n := parseAt("XX市排水防涝行动计划\n一、全面排查\n(一)城市排水防涝设施。排查排涝通道。(住房和城乡建设部牵头,城市人民政府负责落实。以下均需城市人民政府落实,不再逐一列出)\n" +
		"(二)城市防洪工程设施。排查堤防。(水利部)\n")
	wantRows(t, "zhuyi", n, []probeRow{
		{"城市排水防涝设施", []string{"住房和城乡建设部", "城市人民政府"}, []string{"住房和城乡建设部"}, nil, "", nil},
		{"城市防洪工程设施", []string{"水利部", "城市人民政府"}, nil, nil, "", []string{"owners"}},
	})
	n = parseAt("XX县地下水超采综合治理实施方案\n二、重大举措\n1.强化节水宣传教育。研究制定节水宣传教育实施方案。(牵头部门:县水利局;配合部门:县委宣传部,县教育局。相关乡镇政府为责任主体,以下不再列出)\n" +
		"2.实施农业节水增效。大力推广农业节水措施。(牵头部门:县农业农村局;配合部门:县自然资源和规划局)\n")
	wantRows(t, "open", n, []probeRow{
		{"强化节水宣传教育", []string{"县水利局", "县委宣传部", "县教育局"}, []string{"县水利局"}, nil, "", []string{"owners"}},
		{"实施农业节水增效", []string{"县农业农村局", "县自然资源和规划局"}, []string{"县农业农村局"}, nil, "", []string{"owners"}},
	})
}

// A sub-heading naming a body's duties ((一)旗民政局职责:承担…) over duties
// numbered 1、 gave no task at all: the notice was refused. The body is
// the owner of each duty under it, listed; a heading of the members' duties
// (三、成员单位职责) or a post's (各村党组织意识形态工作职责) names no body.
func TestBodyDutiesHeading(t *testing.T) {
	n := parseAt("(一)旗民政局职责:承担对全旗社会救助工作的监管责任,负责制定社会救助相关政策。\n1、指导苏木镇按照救助制度开展社会救助相关工作;\n" +
		"2、 组织开展苏木镇社会救助经办人员的业务培训;\n(二)苏木镇职责:苏木镇作为赋权事项的审核审批责任主体。\n1、全面做好社会救助类统计报表、档案管理工作;\n" +
		"(三)镇乡工作职责\n1.落实场地,准备桌凳;\n")
	wantRows(t, "duties", n, []probeRow{
		{"指导苏木镇按照救助制度开展", []string{"旗民政局"}, nil, nil, "", []string{"owners"}},
		{"组织开展苏木镇社会救助经办人员", []string{"旗民政局"}, nil, nil, "", []string{"owners"}},
		{"全面做好社会救助类统计报表", []string{"苏木镇"}, nil, nil, "", []string{"owners"}},
		{"落实场地,准备桌凳", []string{"镇乡"}, nil, nil, "", []string{"owners"}},
	})
	if len(n.Sections) == 0 || n.Sections[0].Title != "旗民政局职责" {
		t.Errorf("sections %+v, want the first titled 旗民政局职责", n.Sections)
	}
	n = parseAt("XX县防汛工作方案\n三、成员单位职责\n1.县应急管理局负责综合协调。\n2.县水利局负责水利工程调度。\n")
	wantRows(t, "members", n, []probeRow{
		{"县应急管理局负责综合协调", []string{"县应急管理局"}, nil, nil, "", nil},
		{"县水利局负责水利工程调度", []string{"县水利局"}, nil, nil, "", nil},
	})
}

// A hall named with its level opening an item with 负责 (市文化馆负责节目的
// 组织实施) was no owner, where a bureau in its place was.
func TestHallOpensDuty(t *testing.T) {
	n := parseAt("XX市2023年重点工作\n1.市委宣传部负责活动的总协调;\n2.市文化馆负责节目的组织实施。\n3.县图书馆负责图书的采购工作。\n4.市文广新局负责节目的组织实施。\n")
	wantRows(t, "hall", n, []probeRow{
		{"市委宣传部负责活动的总协调", []string{"市委宣传部"}, nil, nil, "", nil},
		{"市文化馆负责节目的组织实施", []string{"市文化馆"}, nil, nil, "", nil},
		{"县图书馆负责图书的采购工作", []string{"县图书馆"}, nil, nil, "", nil},
		{"市文广新局负责节目的组织实施", []string{"市文广新局"}, nil, nil, "", nil},
	})
}

// A stage's heading closed by its month ((一)部署发动(6月份)) over items with
// no time of their own left them with no due date, in silence: each is due
// at the stage's last day, listed; with no year known, it is listed only.
func TestStageHeadingMonth(t *testing.T) {
	n := parseAt("滨州市2017年散煤清洁化治理工作方案\n二、主要工作和时限要求\n(一)部署发动(6月份)\n1.制定2017年度环保炉具标准。(责任单位:市环保局)\n" +
		"2.召开全市散煤清洁化治理工作会议。(责任单位:市经信委)\n(二)集中推广(7月—9月)\n1.推广洁净型煤。(责任单位:市经信委)\n2.检查煤炭质量,8月底前完成。(责任单位:市质监局)\n")
	wantRows(t, "stage", n, []probeRow{
		{"制定2017年度环保炉具标准", []string{"市环保局"}, nil, nil, "2017-06-30", []string{"due"}},
		{"召开全市散煤清洁化治理工作会议", []string{"市经信委"}, nil, nil, "2017-06-30", []string{"due"}},
		{"推广洁净型煤", []string{"市经信委"}, nil, nil, "2017-09-30", []string{"due"}},
		{"检查煤炭质量", []string{"市质监局"}, nil, nil, "2017-08-31", nil},
	})
	if n.Sections[0].Title != "部署发动" {
		t.Errorf("section %q, want 部署发动", n.Sections[0].Title)
	}
	n = parseAt("散煤治理工作方案\n(一)部署发动(6月份)\n1.制定环保炉具标准。(责任单位:市环保局)\n")
	wantRows(t, "noyear", n, []probeRow{{"制定环保炉具标准", []string{"市环保局"}, nil, nil, "", []string{"due"}}})
}

// Pages' furniture read as the title: a document site's card set as
// bullets (- 2021-04-13 发布 | - 37.5 KB | - 11页) and its 申明敬告 and
// 文档介绍 lines; an index's 公文时效 left empty; a samples site's post line
// (时间:2022-02-25 11:35:00) under its heading; its column (工作方案) and its
// heading naming the plan without the year the plan's own title has.
func TestPageFurnitureRound57(t *testing.T) {
	cases := []struct{ text, title string }{
		{"- 2021-04-13 发布 |\n- 37.5 KB |\n- 11页\n申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。\n文档介绍\n社会扶贫专项工作方案\n" +
			"一、重点任务\n1.扎实开展定点帮扶工作。(县扶贫办负责)\n", "社会扶贫专项工作方案"},
		{"索 引 号 000014349DSQ025/2020-03259\n成文日期 2020-07-23\n公文时效\n鄂尔多斯市东胜区公园街道办事处第七次全国人口普查工作实施方案\n" +
			"一、工作任务\n1.做好普查区划分。(街道普查办负责)\n", "鄂尔多斯市东胜区公园街道办事处第七次全国人口普查工作实施方案"},
		{"成立运动会领导小组事宜\n时间:2022-02-25 11:35:00\n二、工作职责\n1.做好场馆周边环境卫生。(区卫生局负责)\n", "成立运动会领导小组事宜"},
		{"工作方案\n\n端午节龙舟赛工作方案\n\n时间:2021-03-02 11:37:13 工作方案 我要投稿\n\n2018年端午节龙舟赛工作方案\n\n" +
			"一、工作任务\n1.做好赛道安全保卫。(县公安局负责)\n", "2018年端午节龙舟赛工作方案"},
	}
	for _, c := range cases {
		if n := parseAt(c.text); n.Title != c.title || len(n.Tasks) != 1 {
			t.Errorf("title %q (%d tasks), want %q\n%s", n.Title, len(n.Tasks), c.title, c.text)
		}
	}
}

// Items naming their body as the subject of their running text with 做好,
// 继续 or 具体负责 (区管理科做好…, 区农机监理所继续加大…, 区农机总站具体负责…),
// a section (科) among them, gave no task: the notice was refused. And a
// heading opening with such a body (一、区农机总站要做好…,具体包括:) gave its
// items no owners.
func TestRunningSubjectsMoreVerbs(t *testing.T) {
	n := parseAt("一、区农机总站要成立督导组,督导、检查各街道农机主管部门春季农机具准备的落实情况。\n二、区农机总站具体负责春耕作业期间全区机具的总体协调、调度工作。\n" +
		"三、区管理科做好春耕生产期间所需柴油数量的统计,为农机服务组织送油上门。\n四、区农机监理所继续加大农机安全生产监管力度。\n")
	wantRows(t, "run", n, []probeRow{
		{"区农机总站要成立督导组", []string{"区农机总站"}, nil, nil, "", []string{"owners"}},
		{"区农机总站具体负责", []string{"区农机总站"}, nil, nil, "", []string{"owners"}},
		{"区管理科做好", []string{"区管理科"}, nil, nil, "", []string{"owners"}},
		{"区农机监理所继续加大", []string{"区农机监理所"}, nil, nil, "", []string{"owners"}},
	})
	n = parseAt("XX区2023年春耕生产工作方案\n(一)区农机总站要做好春耕机具调度,具体包括:\n1.编制机具调度计划;\n2.组织跨区作业;\n(二)区管理科做好油料保障,具体包括:\n1.统计柴油需求;\n2.送油到田间;\n")
	wantRows(t, "heads", n, []probeRow{
		{"编制机具调度计划", []string{"区农机总站"}, nil, nil, "", []string{"owners"}},
		{"组织跨区作业", []string{"区农机总站"}, nil, nil, "", []string{"owners"}},
		{"统计柴油需求", []string{"区管理科"}, nil, nil, "", []string{"owners"}},
		{"送油到田间", []string{"区管理科"}, nil, nil, "", []string{"owners"}},
	})
}

// Probe 44. An item opening with its lead and work lost who carries it
// out after it (…,各乡镇卫生院具体负责: the lead lost, in silence; …,县市场
// 监管局配合,各乡镇负责落实: 各乡镇 lost); a body with its level before 和
// and a collective (县消防救援大队和各乡镇) stayed one owner.
func TestHeadLeadDoersAfterWork(t *testing.T) {
	n := parseAt("XX县2023年食品安全重点工作\n1.县卫健局牵头做好食源性疾病监测,各乡镇卫生院具体负责。\n2.县农业农村局牵头抓好农产品质量安全,县市场监管局配合,各乡镇负责落实。\n" +
		"3.县应急局牵头检查危化品企业,县消防救援大队和各乡镇配合,6月底前完成。\n4.县住建局牵头开展燃气排查,县城管局负责落实。\n")
	wantRows(t, "doers", n, []probeRow{
		{"县卫健局牵头做好食源性疾病监测", []string{"县卫健局", "各乡镇卫生院"}, []string{"县卫健局"}, nil, "", nil},
		{"县农业农村局牵头抓好农产品质量安全", []string{"县农业农村局", "县市场监管局", "各乡镇"}, []string{"县农业农村局"}, nil, "", nil},
		{"县应急局牵头检查危化品企业", []string{"县应急局", "县消防救援大队", "各乡镇"}, []string{"县应急局"}, nil, "2023-06-30", nil},
		{"县住建局牵头开展燃气排查", []string{"县住建局", "县城管局"}, []string{"县住建局"}, nil, "", nil},
	})
}

// Probe 44. Under a body's duties heading an item naming its helpers (…,
// 县民政局配合) kept the heading's body only, and said the item named no
// unit; 村(社区)职责 and 乡镇(街道)职责 named no one, and 各乡镇职责: gave
// the owner 各乡镇职责.
func TestDutiesHeadingNeighbours(t *testing.T) {
	n := parseAt("XX县2023年社会救助工作方案\n二、职责分工\n(一)县财政局职责:\n1、保障救助资金,县民政局配合;\n(二)村(社区)职责:\n1、做好困难群众排查。\n" +
		"(三)乡镇(街道)职责:\n1、做好审核确认。\n")
	wantRows(t, "helpers", n, []probeRow{
		{"保障救助资金", []string{"县财政局", "县民政局"}, nil, nil, "", []string{"owners"}},
		{"做好困难群众排查", []string{"村(社区)"}, nil, nil, "", []string{"owners"}},
		{"做好审核确认", []string{"乡镇(街道)"}, nil, nil, "", []string{"owners"}},
	})
	if r := n.Tasks[0].Review; len(r) == 0 || !strings.Contains(r[0].Text.Zh, "配合单位") {
		t.Errorf("task 1's line %+v, want it to say the item names its helpers", r)
	}
	n = parseAt("XX县2023年森林防火工作方案\n三、职责分工\n1.县林业局职责:负责森林防火的组织协调。\n2.县应急局职责:负责扑火救援力量的调度。\n3.各乡镇职责:负责辖区森林防火巡查。\n")
	wantRows(t, "level", n, []probeRow{
		{"负责森林防火的组织协调", []string{"县林业局"}, nil, nil, "", []string{"owners"}},
		{"负责扑火救援力量的调度", []string{"县应急局"}, nil, nil, "", []string{"owners"}},
		{"负责辖区森林防火巡查", []string{"各乡镇"}, nil, nil, "", []string{"owners"}},
	})
}

// Probe 44 on the stage's month: a stage over the new year (12月—2月)
// ended before it began, one the notice sent after it would have ended
// (1月—3月 in a notice of November) ended in the past, 上旬 and 中旬 were the
// month's end, and work done over and over (常态化, 每季度, 按月) took the
// stage's end as its deadline.
func TestStageMonthNeighbours(t *testing.T) {
	n := parseAt("XX县冬春农田水利建设工作方案\nXX县人民政府办公室\n2022年11月20日\n二、实施步骤\n(一)建设阶段(1月—3月)\n1.完成渠道清淤100公里。(责任单位:各乡镇)\n" +
		"(二)整治阶段(12月—2月)\n1.清理河道垃圾。(责任单位:县水利局)\n(三)准备阶段(12月上旬)\n1.落实造林地块。(责任单位:县林业局)\n" +
		"(四)提升阶段(4月—11月)\n1.常态化开展政策宣传。(责任单位:县委宣传部)\n2.按月调度工作进展。(责任单位:县发改局)\n")
	wantRows(t, "stages", n, []probeRow{
		{"完成渠道清淤100公里", []string{"各乡镇"}, nil, nil, "2023-03-31", []string{"due"}},
		{"清理河道垃圾", []string{"县水利局"}, nil, nil, "2023-02-28", []string{"due"}},
		{"落实造林地块", []string{"县林业局"}, nil, nil, "2022-12-10", []string{"due"}},
		{"常态化开展政策宣传", []string{"县委宣传部"}, nil, nil, "", nil},
		{"按月调度工作进展", []string{"县发改局"}, nil, nil, "", nil},
	})
}

// Probe 44: a kind of document alone on the first line is the title where
// no title of that kind stands below it (an item 1.印发年度宣传工作要点, a
// sentence …制定本工作方案 are none); an event's time under the title with
// no seconds (时间:2023-06-22 09:00) is the plan's, no page's post line.
func TestKindTitleNeighbours(t *testing.T) {
	for _, c := range []struct{ text, title string }{
		{"工作要点\n一、加强理论武装\n1.印发年度宣传工作要点\n2.开展理论宣讲100场。(责任单位:县委宣传部)\n", "工作要点"},
		{"工作方案\n为做好2023年防汛工作,结合我县实际,制定本工作方案\n一、工作任务\n1.修订防汛应急预案,5月底前完成。(责任单位:县应急局)\n", "工作方案"},
	} {
		if n := parseAt(c.text); n.Title != c.title {
			t.Errorf("title %q, want %q\n%s", n.Title, c.title, c.text)
		}
	}
	n := parseAt("XX县2023年龙舟赛工作方案\n时间:2023-06-22 09:00\n一、工作任务\n1.做好赛道安全保卫。(县公安局负责)\n")
	if !strings.Contains(n.Title+n.Preamble, "时间") {
		t.Errorf("the event's time was dropped as a page's: title %q preamble %q", n.Title, n.Preamble)
	}
}

// Held-out sets 139-142. A closing sentence 具体工作由X负责,Y配合 lost its
// helpers; items opening with their bodies and 确保, 保障 or 发布 (a
// company among them) gave no task, under a page's ↓↓ read as the title;
// a list of laws each closing with who spreads word of it ((监狱管理局))
// took its heading (重点普法内容及责任部门) as the owner.
func TestRound57HeldOutShapes(t *testing.T) {
	n := parseAt("八一建军节系列活动安排\n5、八一期间,举办女青年与部队官兵的联谊活动。具体工作由区妇联负责,双拥办配合。\n6、7月8日,组织“区少年军校”活动。具体工作由团区委负责,民政局配合。\n")
	wantRows(t, "closing", n, []probeRow{
		{"八一期间,举办女青年", []string{"区妇联", "双拥办"}, nil, nil, "", nil},
		{"7月8日,组织", []string{"团区委", "民政局"}, nil, nil, "", nil},
	})
	n = parseAt("↓↓\n各镇人民政府,县政府各工作部门、直属机构:\n四、工作职责\n1.县国动办、县文旅广电局确保应急广播终端防空警报专用频率安全可靠;\n" +
		"2.县供电分公司保障防空警报设施供电需要;\n3.县公安局保障防空警报试鸣期间的社会治安、交通安全;\n")
	wantRows(t, "weak", n, []probeRow{
		{"县国动办、县文旅广电局确保", []string{"县国动办", "县文旅广电局"}, nil, nil, "", []string{"owners"}},
		{"县供电分公司保障", []string{"县供电分公司"}, nil, nil, "", []string{"owners"}},
		{"县公安局保障", []string{"县公安局"}, nil, nil, "", []string{"owners"}},
	})
	if n.Title != "" {
		t.Errorf("title %q, want none", n.Title)
	}
	n = parseAt("上海市司法局普法责任清单\n一、重点普法内容及责任部门\n(一)《中华人民共和国监狱法》(监狱管理局)\n(二)《中华人民共和国禁毒法》《戒毒条例》(戒毒管理局)\n(三)《中华人民共和国仲裁法》(市局法制处)\n")
	wantRows(t, "laws", n, []probeRow{
		{"《中华人民共和国监狱法》", []string{"监狱管理局"}, nil, nil, "", nil},
		{"《中华人民共和国禁毒法》《戒毒条例》", []string{"戒毒管理局"}, nil, nil, "", nil},
		{"《中华人民共和国仲裁法》", []string{"市局法制处"}, nil, nil, "", nil},
	})
}

// A meeting's decisions run on in one paragraph apart by semicolons, each
// 由[person]牵头,[unit]落实, gave no task: the notice was refused. Each
// clause naming who leads it is a task, the person its leader, the unit
// its owner; a clause naming a person alone has no owner, listed.
func TestMeetingDecisionClauses(t *testing.T) {
	n := parseAt("县迎通水指挥部召开碰头会\n11月11日下午,县指挥部领导在指挥部召开碰头会。\n会议决定:要按照“持续、提升、高效”要求,全力做好保鲜提升工作。九重区域环境整治由王光玲牵头,九重镇落实;" +
		"干渠绿化由顾理牵头,林业局落实;两场建设由辛泽涛牵头,住建局落实,香花污水处理厂由住建局派驻专人指导督导;陶岔风情小镇扫尾提升由陈太良牵头,连夜开会研究遗留问题处理;督导组负责每天向市里报送进度。\n")
	wantRows(t, "decisions", n, []probeRow{
		{"九重区域环境整治由王光玲牵头", []string{"九重镇"}, nil, []string{"王光玲"}, "", nil},
		{"干渠绿化由顾理牵头", []string{"林业局"}, nil, []string{"顾理"}, "", nil},
		{"两场建设由辛泽涛牵头", []string{"住建局"}, nil, []string{"辛泽涛"}, "", nil},
		{"陶岔风情小镇扫尾提升由陈太良牵头", nil, nil, []string{"陈太良"}, "", []string{"owners"}},
		{"督导组负责每天向市里报送进度", []string{"督导组"}, nil, nil, "", nil},
	})
}

// Probe 45. A letter sending its list (现将…印发给你们) over items each
// opening with its body was refused; a duty opening with its body and 保障
// lost the helpers after it; 各乡镇(街道)负责落实 after a led item's work was
// lost; A和B牵头 led with B alone; 各县区分局 lost its 各; under a heading
// opening with a body, an item's own label was overruled and its helpers
// lost; and a body a later clause names overseeing (县审计局负责监督) took
// the item from the body its heading names.
func TestProbe45Neighbours(t *testing.T) {
	n := parseAt("XX区农业农村局关于印发2023年农机安全生产重点工作任务的通知\n各单位:\n现将有关工作任务印发给你们,请认真贯彻执行。\n" +
		"1.区农机监理所继续加大拖拉机检验力度,6月底前完成。\n2.区管理科做好农机安全生产宣传,9月底前完成。\n3.各县区分局切实抓好农机执法,全年推进。\n")
	wantRows(t, "letter", n, []probeRow{
		{"区农机监理所继续加大", []string{"区农机监理所"}, nil, nil, "2023-06-30", []string{"owners"}},
		{"区管理科做好", []string{"区管理科"}, nil, nil, "2023-09-30", []string{"owners"}},
		{"各县区分局切实抓好", []string{"各县区分局"}, nil, nil, "", []string{"owners"}},
	})
	n = parseAt("XX县2023年迎峰度夏保供电工作方案\n三、职责分工\n1.县供电分公司确保城乡居民用电安全稳定。\n2.县发改局保障电煤供应,县交通运输局配合。\n3.县应急局发布高温预警信息。\n")
	wantRows(t, "duty", n, []probeRow{
		{"县供电分公司确保", []string{"县供电分公司"}, nil, nil, "", []string{"owners"}},
		{"县发改局保障电煤供应", []string{"县发改局", "县交通运输局"}, nil, nil, "", []string{"owners"}},
		{"县应急局发布", []string{"县应急局"}, nil, nil, "", []string{"owners"}},
	})
	n = parseAt("XX县2023年环境整治重点工作\n1.县水利局牵头做好河道清淤,各乡镇(街道)负责落实,10月底前完成。\n2.县消防救援大队和各乡镇牵头做好冬季火灾防控,12月底前完成。\n")
	wantRows(t, "led", n, []probeRow{
		{"县水利局牵头做好河道清淤", []string{"县水利局", "各乡镇(街道)"}, []string{"县水利局"}, nil, "2023-10-31", nil},
		{"县消防救援大队和各乡镇牵头", []string{"县消防救援大队", "各乡镇"}, []string{"县消防救援大队", "各乡镇"}, nil, "2023-12-31", nil},
	})
	n = parseAt("XX区2023年农机化工作要点\n一、区农机总站要做好农机推广工作,具体包括:\n1.推广水稻机插秧技术,区农技中心配合,6月底前完成。\n" +
		"2.开展农机购置补贴核查(责任单位:区财政局),10月底前完成。\n二、县财政局职责:\n1.确保资金及时足额拨付,县审计局负责监督。\n")
	wantRows(t, "heads", n, []probeRow{
		{"推广水稻机插秧技术", []string{"区农机总站", "区农技中心"}, nil, nil, "2023-06-30", []string{"owners"}},
		{"开展农机购置补贴核查", []string{"区财政局"}, nil, nil, "2023-10-31", nil},
		{"确保资金及时足额拨付", []string{"县财政局"}, nil, nil, "", []string{"owners"}},
	})
}

// Probe 45. An item closing with every body of a level (…,各乡镇负责,
// 各乡镇(街道)负责) named no owner; one opening with its body and 保障
// whose closing clause named who carries it out (…,县交警大队具体负责) kept
// that one alone, in silence; a stage ending 上旬 of its second month
// ((7月—12月上旬)) gave no due.
func TestProbe45Closings(t *testing.T) {
	n := parseAt("XX县2023年城乡环境整治重点工作\n1.清理积存垃圾,各乡镇负责,6月底前完成。\n2.整治河道沿岸,各乡镇(街道)负责,9月底前完成。\n")
	wantRows(t, "level", n, []probeRow{
		{"清理积存垃圾", []string{"各乡镇"}, nil, nil, "2023-06-30", nil},
		{"整治河道沿岸", []string{"各乡镇(街道)"}, nil, nil, "2023-09-30", nil},
	})
	n = parseAt("XX县2023年春运工作方案\n四、部门职责\n1.县交通运输局确保春运期间道路运输安全,2月15日前完成。\n2.县公安局保障道路交通秩序,县交警大队具体负责。\n" +
		"3.县气象局发布恶劣天气预警,县融媒体中心配合。\n")
	wantRows(t, "duty", n, []probeRow{
		{"县交通运输局确保", []string{"县交通运输局"}, nil, nil, "2023-02-15", []string{"owners"}},
		{"县公安局保障道路交通秩序", []string{"县公安局", "县交警大队"}, nil, nil, "", []string{"owners"}},
		{"县气象局发布", []string{"县气象局", "县融媒体中心"}, nil, nil, "", []string{"owners"}},
	})
	n = parseAt("XX县2023年城乡环境卫生整治实施方案\n二、巩固提升阶段(7月—12月上旬)\n1.开展“回头看”,县城管局负责。\n")
	wantRows(t, "stage", n, []probeRow{{"开展“回头看”", []string{"县城管局"}, nil, nil, "2023-12-10", []string{"due"}}})
}

// Probe 45: a page's arrows (↓↓, ↓↓↓点击下方查看全文↓↓↓) were glued to the
// title and to the item before them, whose closing clause was then lost.
func TestPageArrows(t *testing.T) {
	n := parseAt("XX县2023年重点工作任务清单\n↓↓\n↓↓↓点击下方查看全文↓↓↓\n1.推进产业园区建设,县发改局负责,12月底前完成。\n2.推进老旧小区改造,县住建局负责,10月底前完成。\n↓↓\n")
	if n.Title != "XX县2023年重点工作任务清单" {
		t.Errorf("title %q", n.Title)
	}
	wantRows(t, "arrows", n, []probeRow{
		{"推进产业园区建设", []string{"县发改局"}, nil, nil, "2023-12-31", nil},
		{"推进老旧小区改造", []string{"县住建局"}, nil, nil, "2023-10-31", nil},
	})
}

// Probe 45: a line after the last item saying who does all the work above
// it (以上工作由团区委负责,区民政局、区教育局配合) went to the last item only,
// its helpers dropped, the items before it naming no one. Each item above
// that names no one is theirs, listed; one naming its own keeps it.
func TestAboveAllLine(t *testing.T) {
	n := parseAt("XX区2023年志愿服务工作方案\n1.招募青年志愿者500名,3月底前完成。\n2.开展学雷锋志愿服务月活动,3月底前完成。(区文明办负责)\n" +
		"3.开展关爱留守儿童行动,8月底前完成。\n以上工作由团区委负责,区民政局、区教育局配合。\n")
	all := []string{"团区委", "区民政局", "区教育局"}
	wantRows(t, "above", n, []probeRow{
		{"招募青年志愿者500名", all, nil, nil, "2023-03-31", []string{"owners"}},
		{"开展学雷锋志愿服务月活动", []string{"区文明办"}, nil, nil, "2023-03-31", nil},
		{"开展关爱留守儿童行动", all, nil, nil, "2023-08-31", []string{"owners"}},
	})
}

// Probe 44. A rule's sentence X为责任主体(实施主体),以下不再列出 after a lead
// label was glued onto the unit's name in its own item, the lead too, in
// silence; 各乡镇 and 各乡镇(街道) there carried to no item below; and a
// unit carrying the work out after the lead label's unit (牵头单位:市公安局,
// 各县区政府负责落实) was made a lead.
func TestRuleSubjectSentence(t *testing.T) {
	n := parseAt("XX县2023年大气污染防治重点任务\n1.推进散煤治理。(牵头单位:县发改局;各乡镇人民政府为责任主体,以下不再列出)\n2.推进扬尘治理。(牵头单位:县住建局)\n" +
		"3.推进柴油车治理。(牵头单位:县公安局,各县区政府负责落实)\n")
	wantRows(t, "zhuti", n, []probeRow{
		{"推进散煤治理", []string{"各乡镇人民政府", "县发改局"}, []string{"县发改局"}, nil, "", nil},
		{"推进扬尘治理", []string{"县住建局", "各乡镇人民政府"}, []string{"县住建局"}, nil, "", []string{"owners"}},
		{"推进柴油车治理", []string{"各县区政府", "县公安局", "各乡镇人民政府"}, []string{"县公安局"}, nil, "", []string{"owners"}},
	})
	n = parseAt("XX县秸秆禁烧工作方案\n二、主要任务\n1.加强宣传引导。(责任单位:县农业农村局、县委宣传部。各乡镇(街道)为实施主体,以下不再列出)\n2.加强巡查管控。(责任单位:县生态环境分局)\n")
	wantRows(t, "level", n, []probeRow{
		{"加强宣传引导", []string{"各乡镇(街道)", "县农业农村局", "县委宣传部"}, nil, nil, "", nil},
		{"加强巡查管控", []string{"县生态环境分局", "各乡镇(街道)"}, nil, nil, "", []string{"owners"}},
	})
}
