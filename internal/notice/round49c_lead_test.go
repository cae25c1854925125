package notice

import (
	"slices"
	"testing"
)

// Set 55, measured unseen: rules a county sends as articles (第二条  推进…
// (牵头责任单位:…;责任单位:各相关单位)) under chapters (第二章 …): the
// chapters were read as tasks and the articles as their text.
func TestArticlesAsItems(t *testing.T) {
	n := Parse("湘阴县进一步优化营商环境的若干规定\n\n第一章  总  则\n\n第一条  为全面提升行政效能,特制定本规定。\n\n第二章  推进“最多跑一次”改革高效落地\n\n"+
		"第二条  推进“一件事”一窗办。在政务服务大厅设立综合受理窗口。(牵头责任单位:县政务服务中心;责任单位:各相关单位)\n\n"+
		"第三条  推进政务服务事项网上办。引导企业群众网上办事。(牵头责任单位:县政务服务中心;责任单位:各相关单位)\n", today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "推进“一件事”一窗办" || !slices.Equal(n.Tasks[1].Lead, []string{"县政务服务中心"}) {
		t.Errorf("articles: %+v", n.Tasks)
	}
}

// Set 57, measured unseen: a table written one row a line, cells apart by
// spaces, its header's task column written one character apart (序号 工 作
// 任 务 牵头负责部门): the notice was refused.
func TestSpacedHeaderLetters(t *testing.T) {
	n := Parse("2016年《政府工作报告》量化指标任务分工\n\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n3 安排地方专项债券4000亿元 财政部\n", today)
	if len(n.Tasks) != 3 || !slices.Equal(n.Tasks[1].Owners, []string{"人力资源社会保障部"}) || !slices.Equal(n.Tasks[1].Lead, []string{"人力资源社会保障部"}) {
		t.Errorf("spaced table: %+v", n.Tasks)
	}
}

// Set 55, measured unseen: a 落实单位 label after each item, and activities
// headed 活动二、 as sections: the label ran on into the next activity's
// heading and was read as an owner.
func TestLuoshiLabelAndActivities(t *testing.T) {
	n := Parse("活动一、开展创建文明县城活动。\n1、县爱卫办要开展“我为国家卫生镇添光彩”活动。\n落实单位:县委宣传部、县建设局\n"+
		"活动二、深入开展创建文明社区、文明单位系列活动。\n1、各社区要逐步建立社区基础设施。\n落实单位:县建设局、文体局\n", today)
	var got [][]string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
	}
	if want := [][]string{{"县委宣传部", "县建设局"}, {"县建设局", "文体局"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
}
