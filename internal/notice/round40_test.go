package notice

import (
	"slices"
	"testing"
)

// Round 40's held-out set (set 43: local implementations of central
// campaigns — 涉企行政检查, 提振消费, 浙江's 推动经济高质量发展若干政策 — a
// traditional copy with pinyin, a writing-samples preview, a cover letter)
// showed, each closed by a general rule:

// a county-level city's policies whose section heading closes with the
// unit that leads the section (一、…政策(由市发改局牵头实施)) over items that
// each close with their own 责任单位. Before, the heading was read as a
// task of its own and the items had no lead, not listed. Now the heading
// is no task; its unit leads the items that name it, listed, and an item
// that does not name it has no lead, listed.
func TestHeadingBracketLeadOverOwnUnits(t *testing.T) {
	text := "关于进一步推动经济高质量发展的若干政策\n" +
		"为深入贯彻落实经济工作会议精神,现制定以下政策。\n" +
		"一、扩大有效投资政策(由市发改局牵头实施)\n" +
		"落实省扩大投资“千项万亿”工程,力争固定资产投资增长10%。\n" +
		"1.发挥省市重大建设项目带动支撑作用。实施省市重大项目攻坚。(责任单位:市发改局)\n" +
		"2.加大财政支持力度。市财政2024年预算安排1.95亿元用于基础设施建设。(责任单位:市财政局)\n" +
		"3.向上争取资金支持。积极争取地方政府专项债券。(责任单位:市发改局、市财政局、人行建德分行)\n"
	n := Parse(text, today)
	want := []struct {
		owners, lead []string
	}{
		{[]string{"市发改局"}, []string{"市发改局"}},
		{[]string{"市财政局"}, nil},
		{[]string{"市发改局", "市财政局", "人行建德分行"}, []string{"市发改局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("want the three items alone, the heading no task: %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, w.owners) || !slices.Equal(got.Lead, w.lead) || !reviewed(got, "lead") {
			t.Errorf("item %d: owners %q lead %q review %v, want %q lead %q, lead listed", i+1, got.Owners, got.Lead, got.Review, w.owners, w.lead)
		}
	}
	// Items that name no one still take the heading's unit as owner and lead.
	n = Parse("关于推动经济高质量发展若干政策\n一、科技创新政策(由市科技局牵头实施)\n(一)推动高能级科创平台提质增效。支持建设实验室。\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市科技局"}) || !slices.Equal(n.Tasks[0].Lead, []string{"市科技局"}) {
		t.Errorf("an item naming no one under the heading: %+v", n.Tasks)
	}
}
