package notice

import (
	"slices"
	"strings"
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

// Set 55, measured unseen: a bulletin numbering its headings and problems
// with the small enumeration comma (一﹑, 1﹑): no item was seen and the
// notice was refused.
func TestSmallCommaNumbers(t *testing.T) {
	n := Parse("荆州市创文曝光台\n一﹑沙市区中山街道办植物园社区 (责任单位:植物园社区)\n1﹑无障碍通道装饰砖破损\n2﹑社区内电线乱牵乱搭\n"+
		"二﹑沙市区中山街道办长港路社区 (责任单位:长港路社区)\n1﹑灭烟台与灭烟标识位置分离\n", today)
	var got [][]string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
	}
	if want := [][]string{{"植物园社区"}, {"植物园社区"}, {"长港路社区"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// Set 55, measured unseen: a bulletin giving each problem under the place
// it was found at, unnumbered (明馨园小区 / 存在问题:… / 责任单位:…): the
// tasks were titled by the label and the places left unread.
func TestProblemPlaces(t *testing.T) {
	n := Parse("嵩明县第16次实地督查问题曝光通报\n5月24日,县领导小组开展实地督导检查,现对发现的问题进行曝光通报。\n明馨园小区\n存在问题:公示栏、公益广告管理不到位,电动车乱停放。\n责任单位:嵩阳街道\n"+
		"黄龙街县医院路段\n存在问题:电动车乱停放,占据人行道。\n责任单位:县卫生健康局、县公安局\n", today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "明馨园小区" || n.Tasks[1].Title != "黄龙街县医院路段" || !slices.Equal(n.Tasks[1].Owners, []string{"县卫生健康局", "县公安局"}) {
		t.Errorf("problems: %+v", n.Tasks)
	}
	for _, l := range n.Unplaced {
		if l.Text == "黄龙街县医院路段" {
			t.Errorf("the place left unplaced though it heads its task")
		}
	}
}

// Set 55, measured unseen: a page saved as its source, one line of <p>
// paragraphs, an inspection's good findings beside its problems: the items
// were never seen; read as the page shows them, the good findings ((一)…
// 整体良好。 / 1.…) are no tasks and the reader is told of the markup.
func TestHTMLPage(t *testing.T) {
	n := Parse(`<p class="ql-block">为完成创建工作目标,督查组进行专项检查,突出问题如下:</p> <p class="ql-block">一、儋州村社区</p> <p class="ql-block">(一)社区居委会</p> `+
		`<p class="ql-block">该点位文明创建工作整体良好。</p> <p class="ql-block">1.显著位置设置公益宣传广告。</p> <p class="ql-block">2.显著位置设置导视图。</p> `+
		`<p class="ql-block">(二)背街小巷</p> <p class="ql-block">1.南二巷门前三包责任落实不到位&nbsp;,门口杂物乱堆乱放。(责任单位:市综合行政执法局天涯分局)</p> `+
		`<p class="ql-block">2.南二巷车辆乱停放现象普遍。(责任单位:市综合行政执法局天涯分局)</p>`, today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"市综合行政执法局天涯分局"}) {
		t.Fatalf("tasks: %+v", n.Tasks)
	}
	if strings.ContainsAny(n.Tasks[0].Title+n.Tasks[0].Body, "<>&") {
		t.Errorf("markup left in the task: %q", n.Tasks[0].Title+n.Tasks[0].Body)
	}
	if !slices.ContainsFunc(n.Warnings, func(w Warning) bool { return strings.Contains(w.Text.Zh, "网页源码") }) {
		t.Errorf("no word that the notice was a page's source: %+v", n.Warnings)
	}
}

// Set 55, measured unseen: a law site's index field 发布部门 naming in full
// the body the title names short (南京市政府关于…): the issuer is the full
// name, as for 发布机构.
func TestIssuerIndexFullName(t *testing.T) {
	n := Parse("南京市政府关于分解落实《南京市十一五规划纲要》主要目标和任务的通知\n\n发布部门: 江苏省南京市人民政府\n发布文号: 宁政发[2006]275号\n\n各区县人民政府,市府各委办局:\n"+
		"一、推进产业升级。(市发改委负责)\n", today)
	if n.Issuer != "江苏省南京市人民政府" {
		t.Errorf("issuer %q", n.Issuer)
	}
}
