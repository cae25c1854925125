package notice

import (
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
