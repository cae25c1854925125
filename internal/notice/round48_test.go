package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 48's held-out set (set 52: holiday and event plans, a committee's
// quarterly table, a 督查室's notice, a samples site's page) showed, each
// closed by a general rule:

// a county bureau's event plan whose 责任分工 section writes each unit's
// part on a line of its own, the unit's name opening with its place's name
// (铁岭县文旅广局:, 凡河镇人民政府:), no number. Before, no line was read and
// the notice was refused. Now each line is a task, its unit the owner.
func TestPlaceUnitDutyLines(t *testing.T) {
	text := "“粽情文化迎端午 暖心中医送安康” 文化广场活动方案\n\n" +
		"  五、主办、支持、承办单位\n\n  主办单位:铁岭县文化旅游和广播电视局\n\n" +
		"  六、责任分工\n\n" +
		"  铁岭县文旅广局:负责综合协调工作;\n\n" +
		"  铁岭市中医院:负责中医专家义诊相关准备工作;\n\n" +
		"  凡河镇人民政府:负责现场环境卫生、安全保障和组织群众参与活动等相关工作;\n\n" +
		"  开发区社会事业服务中心:负责舞龙舞狮团队表演相关工作;\n"
	n := Parse(text, today)
	want := []string{"铁岭县文旅广局", "铁岭市中医院", "凡河镇人民政府", "开发区社会事业服务中心"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v, want %d", n.Tasks, len(want))
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, []string{w}) || len(got.Lead) != 0 || !strings.HasPrefix(got.Title, "负责") {
			t.Errorf("task %d: %q owners %q lead %q, want %s's duty", i+1, got.Title, got.Owners, got.Lead, w)
		}
	}
	// A place's name and a colon opening a line that is no duty is none.
	if unitDutyLine("铁岭县文旅广局:王小明,联系电话12345678") {
		t.Errorf("a contact read as a duty")
	}
}

// a township's holiday plan whose events (一)–(五) each carry sub-items
// numbered 1、–4、 that are labels (竞赛时间:, 竞赛地点:, 负责单位:), and a
// spun copy that pushed a sentence's full stop onto the next item's line
// (。(三)…). Before, the sub-items were items naming no one and the notice
// was refused. Now the labels are the event's card, the event the task,
// its 负责单位 the owner (参演单位, the performers, is no owner).
func TestNumberedLabelSubItems(t *testing.T) {
	text := "乡镇春节活动方案\n一、春节活动项目\n" +
		"(一)春节农夫篮球赛\n1、竞赛时间:年初一、初二\n2、竞赛地点:黄山风景区消防大队篮球场\n3、负责单位:汤口社区\n4、组队形式:以村居为单位\n" +
		"(二)贺岁电影播放\n1、放映时间:年初一至初七晚七点至九点\n2、放映地点:各村居会议室\n3、负责单位:各村居\n" +
		"4、活动要求:由各村居放映电影,由政务公开频道对外发布,乡镇春节活动方案\n" +
		"。(三)舞龙贺新春表演\n1、活动时间:年初一、初二、初三。\n2、活动地点:山岔至汤口社区沿路巡街表演\n3、参演单位:九龙瀑舞龙队\n4、负责单位:山岔村\n"
	n := Parse(text, today)
	want := [][2]string{{"春节农夫篮球赛", "汤口社区"}, {"贺岁电影播放", "各村居"}, {"舞龙贺新春表演", "山岔村"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v, want %d", n.Tasks, len(want))
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w[0] || !slices.Equal(got.Owners, []string{w[1]}) {
			t.Errorf("task %d: %q owners %q, want %s by %s", i+1, got.Title, got.Owners, w[0], w[1])
		}
	}
	// Numbered points that are no labels, or labels naming no unit in
	// charge, keep their numbers.
	lines := unnumberLabelSubs(scanLinesPlain("(一)要求\n1、时间:5月\n2、地点:广场\n3、内容:演出\n"))
	if !strings.HasPrefix(lines[1].Text, "1、") {
		t.Errorf("a card naming no unit lost its numbers: %q", lines[1].Text)
	}
}
