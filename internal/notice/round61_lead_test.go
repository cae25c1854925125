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
