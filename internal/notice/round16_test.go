package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 16's held-out set showed, each read now by a general rule:

// an item whose sentences each close with a bracket naming who does them
// (…跟踪评价。（区卫生健康委负责）严格贯彻…。（区农业农村局负责）, 贵池 2020;
// a section's paragraph with three such brackets, 广东 2019) names all
// those units: before, only the last bracket was read and the others'
// units were lost, not listed. Now each is an owner, and the item is
// listed for review (it may be several tasks).
func TestEachSentenceBracketNamesOwners(t *testing.T) {
	text := "2020年食品安全重点工作安排\n一、年度重点任务\n" +
		"1.实施风险评估和标准贯宣专项行动。完善食品安全标准管理制度，加强宣贯培训、跟踪评价。（区卫生健康委负责）严格贯彻落实农药残留限量新标准，出台贯彻实施意见。（区农业农村局负责）\n" +
		"2.开展专项整治。加强校园食品安全管理。（区教育局负责，以下不再单独列出）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if strings.Join(k.Owners, "、") != "区卫生健康委、区农业农村局" || len(k.Lead) != 0 {
		t.Errorf("owners %q lead %q", k.Owners, k.Lead)
	}
	if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" && strings.Contains(r.Text.Zh, "区卫生健康委负责") }) {
		t.Errorf("not listed: %+v", k.Review)
	}
	// One bracket, at the end: nothing more is read or listed.
	if k := n.Tasks[1]; strings.Join(k.Owners, "、") != "区教育局" || slices.ContainsFunc(k.Review, func(r Review) bool { return strings.Contains(r.Text.Zh, "拆成几项") }) {
		t.Errorf("task 2: owners %q review %+v", k.Owners, k.Review)
	}
}

// X负责落实 is X's duty, not part of its name: （市民政局牵头，各区、市政府负责
// 落实。以下各项工作均需各区、市政府负责落实，不再一一列出。） (青岛 2023) gave
// the owner 各区、市政府负责, listed as odd; now 各区、市政府.
func TestDutyThenLuoshiIsNoName(t *testing.T) {
	text := "关于推进基本养老服务体系建设的实施意见\n一、建立健全基本养老服务制度体系\n" +
		"1.健全基本养老服务清单制度。发布基本养老服务清单。（市民政局牵头，各区、市政府负责落实。以下各项工作均需各区、市政府负责落实，不再一一列出。）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if strings.Join(k.Owners, "|") != "市民政局|各区、市政府" || strings.Join(k.Lead, "|") != "市民政局" {
		t.Errorf("owners %q lead %q review %+v", k.Owners, k.Lead, k.Review)
	}
}
