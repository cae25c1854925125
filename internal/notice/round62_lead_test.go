package notice

import (
	"testing"
)

// Round 62, on the probes of the last session's rules and the held-out
// sets of this one.

// Header cells left empty, each named by the cells under it: after the
// lead's column, the units answering with it; two empty cells after the
// owners' column, both owners; a column of persons (bare or after their
// posts), leaders; a lead's note, (牵头), in the owners' second cell, the
// lead; an empty cell ending the header, over a cell more in each row,
// owners too. Each of these was dropped, or read as an owner, in silence.
// A cell under an empty header cell after the time limit is read as
// nothing, and listed.
func TestEmptyHeaderCellsNamedByCellsUnder(t *testing.T) {
	tests := []struct {
		name, text string
		want       []probeRow
	}{
		{"after lead", "序号|任务内容|牵头单位| |完成时限\n1|推进高标准农田建设|县农业农村局|县财政局|2023年12月底\n2|推进城区排水防涝|县住建局|县水利局、县城管局|2023年6月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, []string{"县农业农村局"}, nil, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局", "县水利局", "县城管局"}, []string{"县住建局"}, nil, "2023-06-30", nil},
		}},
		{"persons", "序号|任务内容|牵头单位| |配合单位|完成时限\n1|推进高标准农田建设|县农业农村局|李明|县财政局|2023年12月底\n2|推进城区排水防涝|县住建局|王强|县水利局|2023年6月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, []string{"县农业农村局"}, []string{"李明"}, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局", "县水利局"}, []string{"县住建局"}, []string{"王强"}, "2023-06-30", nil},
		}},
		{"posts", "序号|任务内容|责任单位| |完成时限\n1|推进高标准农田建设|县农业农村局|副县长王刚|2023年12月底\n2|推进城区排水防涝|县住建局|县长助理李强|2023年6月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局"}, nil, []string{"副县长王刚"}, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局"}, nil, []string{"县长助理李强"}, "2023-06-30", nil},
		}},
		{"two empty", "序号|任务内容|责任单位| | |完成时限\n1|推进高标准农田建设|县农业农村局|县财政局|县自然资源局|2023年12月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局", "县自然资源局"}, nil, nil, "2023-12-31", nil},
		}},
		{"at the end", "序号|任务内容|完成时限|责任单位| \n1|推进高标准农田建设|2023年12月底|县农业农村局|县财政局\n2|推进城区排水防涝|2023年6月底|县住建局|县水利局\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, nil, nil, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局", "县水利局"}, nil, nil, "2023-06-30", nil},
		}},
		{"lead note", "序号|任务内容|责任领导|责任单位| |完成时限\n1|推进高标准农田建设|王刚|县农业农村局|县财政局|2023年12月底\n2|推进城区排水防涝|李强|县住建局|(牵头)|2023年6月底\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局", "县财政局"}, nil, []string{"王刚"}, "2023-12-31", nil},
			{"推进城区排水防涝", []string{"县住建局"}, []string{"县住建局"}, []string{"李强"}, "2023-06-30", nil},
		}},
		{"after due", "序号|任务内容|责任单位|完成时限| \n1|推进高标准农田建设|县农业农村局|2023年12月底|2023年6月底前完成招标\n2|推进城区排水防涝|县住建局|2023年6月底|汛前完工\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局"}, nil, nil, "2023-12-31", []string{"owners"}},
			{"推进城区排水防涝", []string{"县住建局"}, nil, nil, "2023-06-30", []string{"owners"}},
		}},
		{"after remark", "序号|任务内容|责任单位|完成时限|备注| \n1|推进高标准农田建设|县农业农村局|2023年12月底|省定任务|县财政局\n", []probeRow{
			{"推进高标准农田建设", []string{"县农业农村局"}, nil, nil, "2023-12-31", []string{"owners"}},
		}},
	}
	for _, tt := range tests {
		wantRows(t, tt.name, parseAt("某县2023年重点工作任务清单\n"+tt.text), tt.want)
	}
}

// A table whose cells close on lone bars, a section's heading in a row of
// its own before the rows (一、… |), a unit cell of four lines, one unit a
// line, and a time cell of two lines: the table ended at the unit cell
// and every row after it was lost in silence. A time limit that dates
// the work and then keeps it up (2021年12月底前完成并长期坚持) was read as
// no date; its date is the due, listed.
func TestBarTableHeadingRowAndUnitsOneALine(t *testing.T) {
	text := "某市医保基金监管重点工作\n" + bars("重点工作", "具体任务", "责任单位", "完成时限", "一、强化医保部门常态监管机制",
		"严格定点协议管理", "切实加强医保经办机构内控制度建设。", "市医保局", "2021年12月底前完成并长期坚持",
		"坚持多形式检查", "严格落实属地管理责任。", "市医保局\n市卫生健康委\n市市场监管局\n市公安局", "每年开展\n并长期坚持",
		"加强监管力量", "建立健全市、县医保基金监管机构。", "市委编办\n市医保局\n市财政局", "2022年12月底前完成")
	wantRows(t, "bar-heading", parseAt(text), []probeRow{
		{"严格定点协议管理", []string{"市医保局"}, nil, nil, "2021-12-31", []string{"due"}},
		{"坚持多形式检查", []string{"市医保局", "市卫生健康委", "市市场监管局", "市公安局"}, nil, nil, "", []string{"due"}},
		{"加强监管力量", []string{"市委编办", "市医保局", "市财政局"}, nil, nil, "2022-12-31", nil},
	})
}

// A notice served as one line from a PDF, each line break a space: its
// title holds spaces up to the recipients, the signature's date is
// written 2021 年 5 月 21 日, and a label is broken (牵头单 位:). The title,
// issuer and date were lost, and the label read as a unit's name with no
// lead (listed, the lead not).
func TestOneLinePDFSpacedTitleDateAndLabel(t *testing.T) {
	text := "某市人民政府办公室 关于印发某市 2021 年法治政府建设 工作计划的通知 各县(市、区)人民政府,市政府各部门、 直属机构: " +
		"《某市 2021 年法治政府建设工作计划》已经市政府同意, 现印发给你们,请结合实际认真贯彻执行。 某市人民政府办公室 2021 年 5 月 21 日 " +
		"(此件公开发布) 某市 2021 年法治政府建设工作计划 为深入学习贯彻习近平法治思想,制定本年度法治政府 建设工作计划。 " +
		"一、深入学习宣传贯彻习近平法治思想 1.加强对习近平法治思想的学习宣传和贯彻落实。结合庆祝建党 100 周年组织开展 系列法治宣传教育活动。 " +
		"〔牵头单位:市政府办公室、市司法局;责任单位:市政府各部门〕 2.市政府常务会定期研究法治建设工作。 〔牵头单 位:市政府办公室、市司法局;责任单位:市政府各部门〕\n"
	n := parseAt(text)
	if n.Title != "某市人民政府办公室 关于印发某市 2021 年法治政府建设 工作计划的通知" || n.Issuer != "某市人民政府办公室" || n.Date.Format("2006-01-02") != "2021-05-21" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	wantRows(t, "pdf-oneline", n, []probeRow{
		{"加强对习近平法治思想的学习宣传和贯彻落实", []string{"市政府办公室", "市司法局", "市政府各部门"}, []string{"市政府办公室", "市司法局"}, nil, "", nil},
		{"市政府常务会定期研究法治建设工作", []string{"市政府办公室", "市司法局", "市政府各部门"}, []string{"市政府办公室", "市司法局"}, nil, "", nil},
	})
}

// Full-width digits, as a Word document typed with a Chinese input method
// writes them: the number (某政办发〔２０２４〕３号), the signature's date, the
// items' numbers (１．, （１）), time limits in labels and brackets, dates
// in a meeting's decisions. None was read: the number and date were
// lost, the items read as paragraphs with no number, and every due left
// empty (some listed, the decisions' not at all).
func TestFullWidthDigits(t *testing.T) {
	text := "某县人民政府办公室关于印发２０２４年重点工作任务的通知\n某政办发〔２０２４〕３号\n各乡镇:\n现印发给你们。\n" +
		"１．推进县城老旧小区改造。责任单位:县住建局;完成时限:１０月底。\n２．推进农田建设。(责任单位:县农业农村局,６月３０日前完成)\n\n某县人民政府办公室\n２０２４年１月１５日\n"
	n := parseAt(text)
	if n.Number != "某政办发〔２０２４〕３号" || n.Date.Format("2006-01-02") != "2024-01-15" || n.Issuer != "某县人民政府办公室" {
		t.Errorf("number %q date %v issuer %q", n.Number, n.Date, n.Issuer)
	}
	wantRows(t, "fullwidth", n, []probeRow{
		{"推进县城老旧小区改造", []string{"县住建局"}, nil, nil, "2024-10-31", nil},
		{"推进农田建设", []string{"县农业农村局"}, nil, nil, "2024-06-30", nil},
	})
	if n.Tasks[0].ID != "01" || n.Tasks[1].ID != "02" {
		t.Errorf("ids %q %q", n.Tasks[0].ID, n.Tasks[1].ID)
	}
	decisions := parseAt("区政府召开优化营商环境会议\n\n会议要求，由区行政审批局负责，区数据局配合，在２０２４年７月３１日前完成“一件事一次办”上线；由区税务局负责，各街道落实，在８月底前完成企业走访。\n")
	wantRows(t, "fullwidth decisions", decisions, []probeRow{
		{"由区行政审批局负责", []string{"区行政审批局", "区数据局"}, nil, nil, "2024-07-31", nil},
		{"由区税务局负责", []string{"区税务局", "各街道"}, nil, nil, "2024-08-31", []string{"due"}},
	})
}

// A meeting's decisions led by a leader named with his post (由副县长赵刚
// 负责,县财政局配合: the decision was lost) or overseen by one (…完成检查,
// 副县长王明督办: no leader read, in silence).
func TestDecisionsLedOrOverseenByPostedLeader(t *testing.T) {
	text := "县政府召开招商引资工作调度会\n\n会议要求,由县商务局牵头,县发改委配合,在3月31日前完成年度招商项目清单;" +
		"由县住建局负责,会同县消防救援大队、县城管局,在2024年4月30日前完成高层建筑消防设施检查,副县长王明督办;" +
		"由副县长赵刚负责,县财政局配合,在6月底前完成产业基金设立。\n\n县政府办公室\n2024年2月29日\n"
	wantRows(t, "decisions posted", parseAt(text), []probeRow{
		{"由县商务局牵头", []string{"县商务局", "县发改委"}, []string{"县商务局"}, nil, "2024-03-31", nil},
		{"由县住建局负责", []string{"县住建局", "县消防救援大队", "县城管局"}, nil, []string{"副县长王明"}, "2024-04-30", []string{"leaders"}},
		{"在6月底前完成产业基金设立", []string{"县财政局"}, nil, []string{"副县长赵刚"}, "2024-06-30", []string{"leaders"}},
	})
}

// Probe 60 of this session's rules: a leader's post and name apart by a
// space under an empty header cell (副县长 王刚), or among units in a
// column of owners; two persons one a line in a lone-bar 责任领导 cell
// (read as one name, 王刚李强); a lone-bar table whose (一) headings stand
// in rows of their own over rows with no number (its columns slid); a
// header of two | lines, the first with two merged cells, the second
// naming the columns under both (the due taken from the start's column);
// time limits dating the work then keeping it up, written otherwise;
// labels a PDF's line break split in running text.
func TestProbe60Findings(t *testing.T) {
	spaced := parseAt("某县2023年重点项目\n序号|项目名称|责任单位| |完成时限\n1|县城污水处理厂提标改造|县住建局|副县长 王刚|2023年10月底\n2|县第二中学新建工程|县教育局|县长助理李强|2023年8月底\n")
	wantRows(t, "posted spaced", spaced, []probeRow{
		{"县城污水处理厂提标改造", []string{"县住建局"}, nil, []string{"副县长 王刚"}, "2023-10-31", nil},
		{"县第二中学新建工程", []string{"县教育局"}, nil, []string{"县长助理李强"}, "2023-08-31", nil},
	})
	mixed := parseAt("某县2023年重点改革任务\n序号|改革任务|完成时限|责任单位| \n1|全面推行证照分离改革|2023年6月底|县市场监管局|县行政审批局\n2|推进不动产登记一窗受理|2023年9月底|县自然资源局|副县长王刚\n")
	wantRows(t, "posted among units", mixed, []probeRow{
		{"全面推行证照分离改革", []string{"县市场监管局", "县行政审批局"}, nil, nil, "2023-06-30", nil},
		{"推进不动产登记一窗受理", []string{"县自然资源局"}, nil, []string{"副县长王刚"}, "2023-09-30", []string{"leaders"}},
	})
	persons := parseAt("某县2022年安全生产重点工作\n" + bars("序号", "工作任务", "责任单位", "责任领导", "完成时限",
		"1", "开展安全生产巡查", "县应急局", "王刚\n李强", "2022年6月底前"))
	wantRows(t, "bar persons", persons, []probeRow{
		{"开展安全生产巡查", []string{"县应急局"}, nil, []string{"王刚", "李强"}, "2022-06-30", nil},
	})
	subHeads := parseAt("某县2022年重点工作任务清单\n" + bars("工作任务", "具体措施", "责任单位", "完成时限",
		"（一）做好农业生产", "稳定粮食生产", "落实粮食播种面积。", "县农业农村局", "2022年10月底前",
		"（二）推进乡村建设", "改善人居环境", "完成农村改厕3000户。", "县农业农村局\n县卫健局", "2022年11月底前"))
	wantRows(t, "bar sub-headings", subHeads, []probeRow{
		{"稳定粮食生产", []string{"县农业农村局"}, nil, nil, "2022-10-31", nil},
		{"改善人居环境", []string{"县农业农村局", "县卫健局"}, nil, nil, "2022-11-30", nil},
	})
	twoLines := parseAt("某县2024年重大项目建设计划表\n| 序号 | 项目 | 责任单位 |  | 时间安排 |  |\n|  |  | 牵头单位 | 配合单位 | 启动时间 | 完成时间 |\n" +
		"| 1 | 县城供热管网改造 | 县住建局 | 县发改局、县财政局 | 2024年3月 | 2024年10月底 |\n")
	wantRows(t, "two-line header", twoLines, []probeRow{
		{"县城供热管网改造", []string{"县住建局", "县发改局", "县财政局"}, []string{"县住建局"}, nil, "2024-10-31", nil},
	})
	ongoing := parseAt("某县2022年重点工作任务清单\n序号|工作任务|责任单位|完成时限\n1|推进河长制工作|县水利局|6月底前完成，并持续推进\n" +
		"2|开展安全隐患排查|县应急局|2022年6月底前完成整治并长期坚持\n3|建立河湖巡查制度|县水利局|2022年6月底前启动，长期坚持\n" +
		"4|推进移风易俗|县民政局|持续推进，2022年12月底前取得阶段性成效\n")
	wantRows(t, "dated then ongoing", ongoing, []probeRow{
		{"推进河长制工作", []string{"县水利局"}, nil, nil, "2022-06-30", []string{"due"}},
		{"开展安全隐患排查", []string{"县应急局"}, nil, nil, "2022-06-30", []string{"due"}},
		{"建立河湖巡查制度", []string{"县水利局"}, nil, nil, "", []string{"due"}},
		{"推进移风易俗", []string{"县民政局"}, nil, nil, "", []string{"due"}},
	})
	labels := parseAt("某市2022年优化营商环境重点任务\n1.推行企业开办一日办结。牵头单 位:市市场监管局;配合单位:市税务局;完成 时限:2022年6月底。\n")
	wantRows(t, "broken labels", labels, []probeRow{
		{"推行企业开办一日办结", []string{"市市场监管局", "市税务局"}, []string{"市市场监管局"}, nil, "2022-06-30", nil},
	})
}

// Held-out sets of this session: leaders named by posts alone (牵头领导:
// 市长、副市长, read as one leader and not listed); label lines naming the
// bureau's leader and its lead section (牵头局领导:罗晔 / 牵头责任部门:… /
// 重点责任部门:…: the leader dropped and the lead not read, in silence); a
// progress report's table with no column of units (序号 | 目标任务 | 推进情况),
// its units in the work's closing bracket (its rows read as paragraphs, the
// number in the title).
func TestPostsAloneBureauLabelsProgressTable(t *testing.T) {
	posts := parseAt("某市2021年政府工作报告目标任务责任分解\n一、2021年经济社会主要发展目标\n(一)地区生产总值增长7%左右\n牵头领导:市长、副市长,责任单位:市发改局、市统计局。\n")
	wantRows(t, "posts alone", posts, []probeRow{
		{"地区生产总值增长7%左右", []string{"市发改局", "市统计局"}, nil, []string{"市长", "副市长"}, "", []string{"leaders"}},
	})
	labels := parseAt("某市城管局2023年工作要点\n1.建设城市客厅示范区域。逐步健全城市精细管理体系。\n牵头局领导:罗晔\n牵头责任部门:城市管理科,\n重点责任部门:综合执法支队、环卫处\n" +
		"2.强化闲置地块改造利用。全面排查闲置地块。\n牵头局领导:袁启华\n牵头责任部门:环卫处\n重点责任部门:园林绿化管理处\n")
	wantRows(t, "bureau labels", labels, []probeRow{
		{"建设城市客厅示范区域", []string{"城市管理科", "综合执法支队", "环卫处"}, []string{"城市管理科"}, []string{"罗晔"}, "", nil},
		{"强化闲置地块改造利用", []string{"环卫处", "园林绿化管理处"}, []string{"环卫处"}, []string{"袁启华"}, "", nil},
	})
	progress := parseAt("市政府工作报告重点工作进展情况汇总(1-7月)\n序号 | 目标任务 | 推进情况 |\n" +
		"1 | 坚持房子是用来住的、不是用来炒的定位,促进房地产市场平稳健康发展。(责任单位:市建设局) | 1-7月,核发商品房预售许可证面积497万平方米。 |\n" +
		"2 | 开展绿色建筑和绿色金融协同发展试点。(责任单位:市建设局、市金融办) | 1.编制湖州市绿色建筑评价及设计导则。 |\n")
	wantRows(t, "progress table", progress, []probeRow{
		{"坚持房子是用来住的、不是用来炒的定位", []string{"市建设局"}, nil, nil, "", nil},
		{"开展绿色建筑和绿色金融协同发展试点", []string{"市建设局", "市金融办"}, nil, nil, "", nil},
	})
}

// Problems in groups, each group closed by one label line (整改责任单位:X
// 整改时限:Y): the list's first group, and groups under 一、二、 headings
// whose items are numbered on across them, gave the label to the group's
// last item alone, the others listed as having no owner; a group's label
// written 整改单位: was not read.
func TestGroupLabelsFirstGroupAndUnderHeadings(t *testing.T) {
	headings := parseAt("关于中央环保督察反馈问题整改情况的通报\n\n一、水污染问题\n1.城区部分河段存在黑臭水体。\n2.部分乡镇污水处理厂运行不正常。\n" +
		"整改责任单位:县住建局 整改时限:2024年6月30日\n二、大气污染问题\n3.部分建筑工地扬尘管控不到位。\n4.城区餐饮油烟直排。\n整改责任单位:县城管局 整改时限:2024年8月31日\n")
	wantRows(t, "under headings", headings, []probeRow{
		{"城区部分河段存在黑臭水体", []string{"县住建局"}, nil, nil, "2024-06-30", []string{"owners"}},
		{"部分乡镇污水处理厂运行不正常", []string{"县住建局"}, nil, nil, "2024-06-30", nil},
		{"部分建筑工地扬尘管控不到位", []string{"县城管局"}, nil, nil, "2024-08-31", []string{"owners"}},
		{"城区餐饮油烟直排", []string{"县城管局"}, nil, nil, "2024-08-31", nil},
	})
	restarted := parseAt("某县“七城创建”督查曝光\n\n1.员工食堂橱柜杂物乱堆放;\n2.在建工程临时厨房杂物、垃圾乱堆放。\n整改责任单位:县污水处理厂 整改时限:2021年8月13日前\n" +
		"1.厂区门口未设置疫情防控提示;\n2.食品添加剂堆放不规范。\n整改单位:县市场监督管理局 整改时限:2021年8月20日前\n")
	wantRows(t, "first group", restarted, []probeRow{
		{"员工食堂橱柜杂物乱堆放", []string{"县污水处理厂"}, nil, nil, "2021-08-13", []string{"owners"}},
		{"在建工程临时厨房杂物、垃圾乱堆放", []string{"县污水处理厂"}, nil, nil, "2021-08-13", nil},
		{"厂区门口未设置疫情防控提示", []string{"县市场监督管理局"}, nil, nil, "2021-08-20", []string{"owners"}},
		{"食品添加剂堆放不规范", []string{"县市场监督管理局"}, nil, nil, "2021-08-20", nil},
	})
	// A single group is no list of groups: the label is the last item's.
	single := parseAt("某县督查通报\n\n1.员工食堂橱柜杂物乱堆放;\n2.在建工程临时厨房杂物乱堆放。\n整改责任单位:县污水处理厂 整改时限:2021年8月13日前\n")
	wantRows(t, "single group", single, []probeRow{
		{"员工食堂橱柜杂物乱堆放", []string{}, nil, nil, "", []string{"owners"}},
		{"在建工程临时厨房杂物乱堆放", []string{"县污水处理厂"}, nil, nil, "2021-08-13", nil},
	})
}

// Probe 61 of this session's rules: a title's year in full-width digits
// (a notice for ２０２４ signed in December 2023 dated its items a year
// early, in silence); decisions run on with commas, led by a leader with
// two posts (由市委常委、常务副市长张三牵头,市财政局负责: the whole paragraph
// was refused), by a unit's head (由县林业局局长王林负责), by a post alone,
// overseen by two leaders (副县长王明、县长助理刘洋督办) or in other words
// (负责督导, 由…督办), in numbered items too; a bureau's labels on one line
// (牵头责任股室:); units, villages and posts with no name as leaders
// (王庄村, 高新区党工委书记: not listed); two units one a line in a
// lone-bar cell (高新区管委会 under 县商务局: run into one name); a row's
// number in full-width digits in a | table (every row lost).
func TestProbe61Findings(t *testing.T) {
	year := parseAt("某县人民政府关于印发２０２４年重点工作目标任务的通知\n各乡镇:\n1.完成春耕备耕,３月底前完成。(责任单位:县农业农村局)\n\n某县人民政府\n２０２３年１２月２８日\n")
	wantRows(t, "title year", year, []probeRow{{"完成春耕备耕", []string{"县农业农村局"}, nil, nil, "2024-03-31", nil}})
	comma := parseAt("市政府召开优化营商环境推进会\n会议要求,由市政府副市长刘强负责,市发改委配合,在8月底前完成企业开办全程网办;" +
		"由市委常委、常务副市长张三牵头,市财政局负责,在2024年10月31日前完成政府性债务清理,由市审计局负责,在11月底前完成审计整改,副县长王明、县长助理刘洋督办;" +
		"由县林业局局长王林负责,在8月底前完成林长公示牌设置;由分管副县长负责,县住建局配合,在6月底前完成道路修复,由副县长赵刚督办。\n\n市政府办公室\n2024年7月2日\n")
	wantRows(t, "comma decisions", comma, []probeRow{
		{"由市政府副市长刘强负责", []string{"市发改委"}, nil, []string{"市政府副市长刘强"}, "2024-08-31", []string{"leaders"}},
		{"在2024年10月31日前完成政府性债务清理", []string{"市财政局"}, nil, []string{"市委常委、常务副市长张三"}, "2024-10-31", []string{"leaders"}},
		{"由市审计局负责", []string{"市审计局"}, nil, []string{"副县长王明", "县长助理刘洋"}, "2024-11-30", []string{"leaders"}},
		{"由县林业局局长王林负责", []string{"县林业局"}, nil, []string{"县林业局局长王林"}, "2024-08-31", []string{"leaders"}},
		{"在6月底前完成道路修复", []string{"县住建局"}, nil, []string{"分管副县长", "副县长赵刚"}, "2024-06-30", []string{"leaders"}},
	})
	numbered := parseAt("县政府第12次常务会议议定事项督办清单\n1.关于校舍安全问题。由县教育局负责,8月底前完成校舍排查,副县长王明督办。\n2.关于供暖问题。由县住建局负责,10月15日前完成管网改造,副县长赵刚负责督导。\n\n县政府办公室\n2024年4月3日\n")
	wantRows(t, "numbered overseen", numbered, []probeRow{
		{"关于校舍安全问题", []string{"县教育局"}, nil, []string{"副县长王明"}, "2024-08-31", []string{"leaders"}},
		{"关于供暖问题", []string{"县住建局"}, nil, []string{"副县长赵刚"}, "2024-10-15", []string{"leaders"}},
	})
	inline := parseAt("某县住建局2024年重点工作任务分工\n1.推进保障性住房建设。分管局领导:李强;牵头责任股室:住房保障股;配合股室:规划股、城建股;完成时限:10月底。\n")
	wantRows(t, "bureau inline", inline, []probeRow{
		{"推进保障性住房建设", []string{"住房保障股", "规划股", "城建股"}, []string{"住房保障股"}, []string{"李强"}, "2024-10-31", nil},
	})
	oddLeaders := parseAt("某县2023年重点工作\n1.推进高新区扩区。\n牵头领导:高新区党工委书记\n责任单位:高新区管委会\n2.推进王庄村美丽乡村建设。\n牵头领导:王庄村\n责任单位:某镇政府\n")
	wantRows(t, "odd leaders", oddLeaders, []probeRow{
		{"推进高新区扩区", []string{"高新区管委会"}, nil, []string{"高新区党工委书记"}, "", []string{"leaders"}},
		{"推进王庄村美丽乡村建设", []string{"某镇政府"}, nil, []string{"王庄村"}, "", []string{"leaders"}},
	})
	units := parseAt("某县2023年重点工作任务清单\n" + bars("序号", "工作任务", "责任单位", "完成时限",
		"1", "建设标准化厂房10万平方米。", "高新区管委会\n县住建局", "2023年12月底前",
		"2", "推进王庄村集体经济发展。", "某镇政府\n王庄村", "2023年12月底前",
		"3", "招引亿元以上项目5个。", "县商务局\n高新区管委会", "2023年10月底前"))
	wantRows(t, "units one a line", units, []probeRow{
		{"建设标准化厂房10万平方米", []string{"高新区管委会", "县住建局"}, nil, nil, "2023-12-31", nil},
		{"推进王庄村集体经济发展", []string{"某镇政府", "王庄村"}, nil, nil, "2023-12-31", nil},
		{"招引亿元以上项目5个", []string{"县商务局", "高新区管委会"}, nil, nil, "2023-10-31", nil},
	})
	rows := parseAt("某市2024年重点工作任务分解表\n序号|工作任务|责任单位|完成时限\n１|新建公共停车场５处|市城管局|１０月底前\n２|完成棚户区改造２０００户|市住建局|１２月底前\n")
	wantRows(t, "wide row numbers", rows, []probeRow{
		{"新建公共停车场５处", []string{"市城管局"}, nil, nil, "2024-10-31", nil},
		{"完成棚户区改造２０００户", []string{"市住建局"}, nil, nil, "2024-12-31", nil},
	})
}

// Probe 62 of this session's rules: a group's label naming a leader gave
// the later groups' items the owner alone (the leader and the time limit
// read after it on the label's line were lost in silence); a decision led
// by a leader with the units doing and helping after it (…,县商务局负责,
// 县发改委配合) dropped the helpers; an overseer written with a space or as
// a unit's head (副县长　王明督办, 县林业局局长王林督办) was not read; a
// unit's post with no name, a development zone or 县长助理 as a leader was
// not listed.
func TestProbe62Findings(t *testing.T) {
	groups := parseAt("巡察整改清单\n\n1.村级财务公开不及时。\n2.村集体资产台账不全。\n整改责任单位:县农业农村局 责任领导:副县长李强 整改时限:2024年8月31日\n" +
		"1.低保对象认定不精准。\n2.临时救助审批慢。\n整改责任单位:县民政局 责任领导:副县长王芳 整改时限:2024年7月31日\n")
	wantRows(t, "group leaders", groups, []probeRow{
		{"村级财务公开不及时", []string{"县农业农村局"}, nil, []string{"副县长李强"}, "2024-08-31", []string{"owners"}},
		{"村集体资产台账不全", []string{"县农业农村局"}, nil, []string{"副县长李强"}, "2024-08-31", nil},
		{"低保对象认定不精准", []string{"县民政局"}, nil, []string{"副县长王芳"}, "2024-07-31", []string{"owners"}},
		{"临时救助审批慢", []string{"县民政局"}, nil, []string{"副县长王芳"}, "2024-07-31", nil},
	})
	helpers := parseAt("县政府召开招商引资工作调度会\n\n会议要求,由县委常委、副县长陈刚牵头,县商务局负责,县发改委配合,在6月30日前完成年度招商项目签约;由县投促中心负责,在9月底前举办一次招商推介会。\n\n县人民政府办公室\n2024年3月1日\n")
	wantRows(t, "lead then doers", helpers, []probeRow{
		{"在6月30日前完成年度招商项目签约", []string{"县商务局", "县发改委"}, nil, []string{"县委常委、副县长陈刚"}, "2024-06-30", []string{"leaders"}},
		{"由县投促中心负责", []string{"县投促中心"}, nil, nil, "2024-09-30", nil},
	})
	overseers := parseAt("重点工作任务\n\n１．完成老旧小区改造１５个，副县长　王明督办。（责任单位：县住建局，完成时限：２０２４年９月底）\n" +
		"２．落实林长制，县林业局局长王林督办。（责任单位：各乡镇，完成时限：２０２４年１１月底）\n")
	wantRows(t, "overseers", overseers, []probeRow{
		{"完成老旧小区改造１５个", []string{"县住建局"}, nil, []string{"副县长　王明"}, "2024-09-30", []string{"leaders"}},
		{"落实林长制", []string{"各乡镇"}, nil, []string{"县林业局局长王林"}, "2024-11-30", []string{"leaders"}},
	})
	odd := parseAt("2024年重点任务清单\n\n1.完成社保扩面2000人。(责任单位:县人社局,责任领导:县人社局局长,完成时限:2024年9月底)\n" +
		"2.建设开发区标准厂房。(责任单位:经开区管委会,责任领导:经开区,完成时限:2024年12月底)\n3.建设创业孵化基地。(责任单位:县科技局,责任领导:县长助理,完成时限:2024年11月底)\n")
	wantRows(t, "odd leaders", odd, []probeRow{
		{"完成社保扩面2000人", []string{"县人社局"}, nil, []string{"县人社局局长"}, "2024-09-30", []string{"leaders"}},
		{"建设开发区标准厂房", []string{"经开区管委会"}, nil, []string{"经开区"}, "2024-12-31", []string{"leaders"}},
		{"建设创业孵化基地", []string{"县科技局"}, nil, []string{"县长助理"}, "2024-11-30", []string{"leaders"}},
	})
}

// Probe 63, false alarms and over-reach: a section's paragraph of several
// decisions read as one task kept only the last clause's unit in silence
// (listed now: the others the text names); two leaders apart by a space in
// a cell (王刚 李强, 副县长王刚 县长助理李强) read as one; a leader named by
// surname and post (王区长) listed as a post with no name; a column under
// an empty header cell holding notes or flags (续建, 是) listed row by row.
func TestProbe63Findings(t *testing.T) {
	paras := parseAt("某市人民政府常务会议纪要\n2024年3月5日,市长李明主持召开市政府第3次常务会议。纪要如下:\n一、关于财政资金清理问题\n" +
		"会议决定,6月底前完成历年暂付款清理,由市审计局负责,市财政局配合;9月底前完成国有资产清查,由市国资委负责;年底前完成政府债务化解任务,由市财政局负责。\n")
	if len(paras.Tasks) != 1 || !reviewed(paras.Tasks[0], "owners") {
		t.Fatalf("paragraph of decisions: %q, owners not listed", owned(paras))
	}
	cells := parseAt("某县2024年重点工作任务分解表\n序号 | 重点任务 | 责任领导 | 责任单位 | 完成时限 | 备注 | \n" +
		"1 | 建成污水处理厂二期 | 王刚 李强 | 县住建局 | 2024年9月底 | 市定 | 续建\n2 | 完成农村公路新改建50公里 | 副县长王刚 县长助理李强 | 县交通局 | 2024年11月底 | 县定 | 新建\n3 | 引进亿元以上项目10个 | 王区长 | 县商务局 | 2024年12月底 | 县定 | 是\n")
	wantRows(t, "spaced leaders", cells, []probeRow{
		{"建成污水处理厂二期", []string{"县住建局"}, nil, []string{"王刚", "李强"}, "2024-09-30", nil},
		{"完成农村公路新改建50公里", []string{"县交通局"}, nil, []string{"副县长王刚", "县长助理李强"}, "2024-11-30", nil},
		{"引进亿元以上项目10个", []string{"县商务局"}, nil, []string{"王区长"}, "2024-12-31", nil},
	})
	for _, k := range cells.Tasks {
		if len(k.Review) > 0 {
			t.Errorf("task %s: listed %+v", k.ID, k.Review)
		}
	}
}

// Labels written BEFORE each group of problems gave each label to the item
// above it and dropped the first, in silence; a closing clause led by a
// town or a firm named by its own name (由陈庄镇牵头负责，县水利局具体落实)
// lost its lead; a lead's note under an empty header cell stays listed.
func TestLabelsBeforeGroupsAndTownLeads(t *testing.T) {
	before := parseAt("整改任务清单\n\n整改责任单位:县财政局 整改时限:2024年6月30日\n1.部分项目资金拨付滞后。\n2.专项资金存在挤占挪用。\n" +
		"整改责任单位:县交通运输局 整改时限:2024年8月31日\n1.农村道路养护资金未足额到位。\n2.部分道路工程未按期验收。\n")
	wantRows(t, "labels before", before, []probeRow{
		{"部分项目资金拨付滞后", []string{"县财政局"}, nil, nil, "2024-06-30", []string{"owners"}},
		{"专项资金存在挤占挪用", []string{"县财政局"}, nil, nil, "2024-06-30", []string{"owners"}},
		{"农村道路养护资金未足额到位", []string{"县交通运输局"}, nil, nil, "2024-08-31", []string{"owners"}},
		{"部分道路工程未按期验收", []string{"县交通运输局"}, nil, nil, "2024-08-31", []string{"owners"}},
	})
	// One label over items 1., 2. is no list of groups: as before.
	one := parseAt("某县2025年重点工作任务\n责任单位:县财政局\n1.推进预算绩效管理改革。(责任单位:县财政局、县审计局)\n2.推进国库集中支付。(责任单位:县财政局)\n")
	wantRows(t, "one label", one, []probeRow{
		{"推进预算绩效管理改革", []string{"县财政局", "县审计局"}, nil, nil, "", nil},
		{"推进国库集中支付", []string{"县财政局"}, nil, nil, "", nil},
	})
	towns := parseAt("某县2025年重点工作任务\n1.推进陈庄镇污水处理厂建设。由陈庄镇牵头负责，县水利局具体落实，年底前完成。\n2.推进万达广场项目建设。由万达集团牵头负责，县发改局具体落实，年底前完成。\n")
	wantRows(t, "town lead", towns, []probeRow{
		{"推进陈庄镇污水处理厂建设", []string{"陈庄镇", "县水利局"}, []string{"陈庄镇"}, nil, "2025-12-31", []string{"owners"}},
		{"推进万达广场项目建设", []string{"万达集团", "县发改局"}, []string{"万达集团"}, nil, "2025-12-31", []string{"owners"}},
	})
	note := parseAt("某县2023年重点工作任务清单\n序号|任务内容|牵头单位| |责任单位|完成时限\n1|推进高标准农田建设|县农业农村局|(县农业农村局牵头)|县财政局|2023年12月底\n2|推进城区排水防涝|县住建局| |县水利局|2023年6月底\n")
	if !reviewed(note.Tasks[0], "owners") {
		t.Errorf("a lead's note under an empty header cell not listed: %+v", note.Tasks[0].Review)
	}
}
