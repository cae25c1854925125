package notice

import (
	"slices"
	"strings"
	"testing"
)

// A probe of this stop's import rules (probe 19) found them reading some
// ordinary texts wrongly and in silence; each case here read so before.
func TestProbe19Readings(t *testing.T) {
	// 该项展会由X主办,Y协办 / 该项活动由X牵头: the event's host, no owner of
	// the item (the names were 展会由文化和旅游部, 活动由…).
	n := Parse("关于印发2024年文旅工作要点的通知\n一、重点任务\n1.组织我市文旅企业参加中国国际旅游交易会，做好展位布置。该项展会由文化和旅游部主办，上海市人民政府协办。\n"+
		"2.开展驻外招商联络处考核。（责任单位：市投资促进局）\n", today)
	if len(n.Tasks) != 2 || slices.ContainsFunc(n.Tasks[0].Owners, func(o string) bool { return strings.Contains(o, "由") }) {
		t.Errorf("the host's sentence: %+v", n.Tasks)
	}
	// 2、制定…行动方案 为…: an item whose work is a plan, no page's title
	// run on into its preamble (the item was dropped into the one before).
	n = Parse("关于印发农业农村重点工作的通知\n1、推进高标准农田建设，年内新建5万亩，由市农业农村局负责。\n"+
		"2、制定农村人居环境整治提升五年行动方案 为全面改善农村人居环境，按照省委、省政府统一部署，结合我市实际，组织开展村庄清洁行动，推进农村厕所革命，统筹农村生活污水和垃圾治理，健全长效管护机制，形成可复制可推广的经验做法，由市农业农村局负责，2024年6月底前完成。\n"+
		"3、实施农村供水保障工程，由市水务局负责。\n", today)
	if len(n.Tasks) != 3 {
		t.Errorf("tasks %d, want the three items", len(n.Tasks))
	}
	// A unit's cell under 牵头单位及主要负责人 whose second name is a place
	// (市教育局 各区) holds two units, not a unit and its head.
	if got := unitHeadOff("市教育局 各区", "牵头单位及主要负责人"); got != "市教育局、各区" {
		t.Errorf("unit and place: %q", got)
	}
	if got := unitHeadOff("市民政局 伍泽国", "牵头单位及主要负责人"); got != "市民政局" {
		t.Errorf("unit and head: %q", got)
	}
	// X与Y… where what follows 与 names no level or place of its own is one
	// body's name.
	if got := splitWith("市政府与社会资本合作中心"); !slices.Equal(got, []string{"市政府与社会资本合作中心"}) {
		t.Errorf("one body: %q", got)
	}
	if got := splitWith("市城规局与11个县区政府"); len(got) != 2 {
		t.Errorf("two bodies: %q", got)
	}
	// A leaders' column left empty under a group's first row, in a table
	// apart by tabs, takes the leader of the row above, listed.
	n = Parse("2024年市政府工作报告重点工作任务分解表\n\n分管市领导\t序号\t工作任务\t责任单位\t完成时限\n王强\t1\t新建改扩建中小学10所\t市教育局\t2024年12月底\n"+
		"\t2\t新增公办幼儿园学位3000个\t市教育局\t2024年9月底\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[1].Leaders, []string{"王强"}) || !reviewed(n.Tasks[1], "leaders") {
		t.Errorf("leader carried: %+v", n.Tasks)
	}
	// 由各区区长负责: the heads of every district, no person as leader.
	n = Parse("关于印发城建重点工作的通知\n1.推进老旧小区改造。由各区区长负责，区住建局牵头，街道办事处配合，年内完成。\n", today)
	if len(n.Tasks) != 1 || slices.Contains(n.Tasks[0].Leaders, "各区区长") && !reviewed(n.Tasks[0], "leaders") {
		t.Errorf("collective post: %+v", n.Tasks)
	}
}
