package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 39's held-out set (set 44: duty divisions of departments named with
// no level, a news report run on one line, a national command's middle page
// with working groups heading their items, a county letter dividing duties
// in clauses, a document site's flattened table) showed, each closed by a
// general rule:

// listed says a task has a review of field at line.
func listed(t Task, field string, line int) bool {
	return slices.ContainsFunc(t.Review, func(r Review) bool { return r.Field == field && r.Line == line })
}

// a city's census plan on a law site's middle page divides the work by
// department under 各职能部门具体职责:, most departments helping the
// census's lead (3.国土资源部门配合…, 5.交通部门协助文化、文物部门做好…) and one
// with neither 负责 nor 配合 (2.发改委对…列入…计划). Before, only 1.财政部门
// 负责 was a duty: one alone is no division, and the notice was refused.
// Now 配合 and 协助 open a duty too, the helped departments no owners, and
// among two or more duties an item opening with a department and any verb
// is that department's; each is listed.
func TestHelperDutiesByDepartment(t *testing.T) {
	text := "三明市人民政府办公室转发市文化与出版局关于落实国务院通知精神做好第三次全国文物普查工作实施方案的通知\n\n" +
		"  各职能部门具体职责:\n" +
		"  1.财政部门负责普查预算审核、安排、及时拨付使用,做好监督、审计工作。\n" +
		"  2.发改委对此次文物普查成果,科学有效地列入我市社会发展计划。\n" +
		"  3.国土资源部门配合文物普查专业队伍重点针对矿冶遗址进行调查工作。\n" +
		"  4.交通部门协助文化、文物部门做好古桥梁、古码头的文物普查工作。\n"
	n := Parse(text, today)
	want := [][]string{{"财政部门"}, {"发改委"}, {"国土资源部门"}, {"交通部门"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %d, want %d: %+v", len(n.Tasks), len(want), n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, w) || len(got.Lead) != 0 {
			t.Errorf("item %d: owners %q lead %q, want %q and no lead", i+1, got.Owners, got.Lead, w)
		}
		if !listed(got, "owners", got.Line) {
			t.Errorf("item %d: owners not listed: %+v", i+1, got.Review)
		}
	}
	// One department helping, among items naming no one, is no division.
	n = Parse("某某工作方案\n一、工作任务\n1.加强宣传。\n2.建设部门配合做好项目审批工作。\n3.完善制度。\n", today)
	for _, task := range n.Tasks {
		if slices.Contains(task.Owners, "建设部门") {
			t.Errorf("a lone helper read as a division: %+v", n.Tasks)
		}
	}
}

// a news report of a city's division of duties, its paragraphs run on one
// line apart by two spaces, each asking a department in turn (要求农牧部门
// 进一步加大…, 要求卫生部门负责人间疫情…, 要求财政部门落实…), a paragraph naming
// a second department in a later sentence, and a last paragraph giving
// several kinds one duty (铁路、交通、民航、海关等部门的职责是…, its stop lost).
// Before, 要求 was read into the department's name and three paragraphs
// were not read, in silence. Now 要求 is no part of the name, any verb opens
// a duty among two or more, the later sentence's department is an owner
// too, and 部门 written once before 等 is each kind's, the open list listed.
func TestNewsDutyParagraphs(t *testing.T) {
	text := "西安市政府进一步安排部署禽流感防控工作\n\n" +
		"本报讯(记者)昨天,西安市政府进一步安排部署防控高致病性禽流感工作,要求相关部门统筹规划。  " +
		"要求农牧部门进一步加大免疫工作力度,切实搞好禽类的检疫。  " +
		"要求卫生部门负责人间疫情的测报和防治,切实搞好人间禽流感疫情的监测工作。  " +
		"要求财政部门落实重大动物疫病防治所需经费按时足额拨付。  " +
		"林业部门负责野生动物的防疫监督管理。野生动物保护部门要及时组织人员监测野生鸟的活动状况。  " +
		"铁路、交通、民航、海关等部门的职责是禁止无检疫合格证明的动物及其产品运输;对来自疫区的运载工具,认真开展消毒工作\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"要求农牧部门进一步加大免疫工作力度", []string{"农牧部门"}},
		{"要求卫生部门负责人间疫情的测报和防治", []string{"卫生部门"}},
		{"要求财政部门落实重大动物疫病防治所需经费", []string{"财政部门"}},
		{"林业部门负责野生动物的防疫监督管理", []string{"林业部门", "野生动物保护部门"}},
		{"铁路、交通、民航、海关等部门的职责是禁止", []string{"铁路部门", "交通部门", "民航部门", "海关部门"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %d, want %d: %+v", len(n.Tasks), len(want), n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, w.owners) {
			t.Errorf("paragraph %d: %q owners %q, want %q… owners %q", i+1, got.Title, got.Owners, w.title, w.owners)
		}
		if !listed(got, "owners", got.Line) {
			t.Errorf("paragraph %d: owners not listed", i+1)
		}
	}
}

// a national command's page 2 on a law site, run on in one line after
// [接上页]: items 3.–9. of a group headed on page 1, then (五)农村组: over
// items 1.–10. Before, no item named anyone and the page was refused. Now
// the items under a working group's heading are the group's, listed, and
// those before it stay tasks naming no owner, listed.
func TestWorkingGroupHeadings(t *testing.T) {
	text := "|\n[接上页] 3.组织解决防治非典型肺炎医药用品等生产应急所需资金和物资。 4.负责组织接受国内外对防治非典型肺炎的捐赠事宜。 " +
		"(五)农村组: 1.制定农村非典型肺炎防治工作预案。 2.分析并预测农村非典型肺炎疫情,及时提出相关措施和建议。 3.承办指挥部领导同志交办的工作。\n"
	n := Parse(text, today)
	want := [][]string{nil, nil, {"农村组"}, {"农村组"}, {"农村组"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %d, want %d: %+v", len(n.Tasks), len(want), n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, w) {
			t.Errorf("item %d %q: owners %q, want %q", i+1, got.Title, got.Owners, w)
		}
		if !slices.ContainsFunc(got.Review, func(r Review) bool { return r.Field == "owners" }) {
			t.Errorf("item %d: owners not listed", i+1)
		}
	}
}

// a county's covering letter whose second paragraph divides the work in
// clauses apart by ；, each opening with the bodies it gives their part,
// the last an open tail (县国农区办等有资金整合任务的县级部门要…). Before, no
// item named anyone and the letter was refused. Now that paragraph is one
// task, its owners every clause's bodies, listed, and the letter's other
// paragraphs naming no one are its requests, no tasks.
func TestClauseDuties(t *testing.T) {
	text := "苍溪县人民政府办公室\n关于下达苍溪县国家现代农业产业园亭子湖基地建设任务及资金计划的通知\n苍府办函〔2019〕43号\n" +
		"亭子镇、浙水乡人民政府,县级有关部门:\n" +
		"一、加强统筹协调。各参建乡镇和部门要加强统筹协调,加快项目实施进度。\n" +
		"二、明确工作责任。亭子镇、浙水乡负责做好项目规划、设计、实施等工作;县发改局负责做好项目的立项审批;" +
		"县财政局负责会同各项目主管部门抓好资金管理;县审计局要负责对整合资金的使用情况进行监督审计;" +
		"县国农区办等有资金整合任务的县级部门要切实做好项目的规划申报。\n" +
		"三、严肃追责问责。对项目推进工作不力的,县纪委监委将严肃追责问责。\n" +
		"苍溪县人民政府办公室\n2019年11月25日\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %d, want the one paragraph: %+v", len(n.Tasks), n.Tasks)
	}
	got := n.Tasks[0]
	want := []string{"亭子镇", "浙水乡", "县发改局", "县财政局", "县审计局", "县国农区办"}
	if got.Title != "明确工作责任" || !slices.Equal(got.Owners, want) || !listed(got, "owners", got.Line) {
		t.Errorf("task %q owners %q review %+v, want 明确工作责任 owners %q, listed", got.Title, got.Owners, got.Review, want)
	}
	// A paragraph of clauses that do not each open with a body is no division.
	n = Parse("某县人民政府办公室\n关于做好某某工作的通知\n一、加强领导;明确责任;强化督查。\n二、县财政局负责保障经费。\n", today)
	for _, task := range n.Tasks {
		if task.Number == 1 && len(task.Owners) > 0 {
			t.Errorf("clauses naming no body read as a division: %+v", task)
		}
	}
}

// a document site's preview heads the table with the file's name and then
// the table's own fuller title (洛南创建国家森林城目标任务及责任分工 over
// 洛南县创建国家森林城市目标任务及责任分工, 序号 under it). Before, the file's
// name was the title. Now the fuller line, holding every character of the
// name in order, is.
func TestFullerOwnTitle(t *testing.T) {
	text := "洛南创建国家森林城目标任务及责任分工\n\n洛南县创建国家森林城市目标任务及责任分工\n\n序号\n\n指标任务\n\n牵头单位\n\n责任人\n\n配合单位\n\n" +
		"1\n\n全县森林覆盖率达到69.8%。\n\n县林业局\n\n杨善文\n\n各镇办\n"
	n := Parse(text, today)
	if n.Title != "洛南县创建国家森林城市目标任务及责任分工" {
		t.Errorf("title %q, want the table's own fuller title", n.Title)
	}
	if !fullerName("洛南创建国家森林城目标任务及责任分工", "洛南县创建国家森林城市目标任务及责任分工") ||
		fullerName("洛南创建国家森林城目标任务及责任分工", "洛南县创建国家园林城市目标任务及责任分工") {
		t.Error("fullerName: only a line holding the name's characters in order is fuller")
	}
}

// a city's notice forwarding a bureau's plan, titled with both
// (三明市人民政府办公室转发市文化与出版局关于…的通知). Before, the issuer was
// both run together. Now it is the forwarder.
func TestForwarderIssuer(t *testing.T) {
	text := "三明市人民政府办公室转发市文化与出版局关于做好第三次全国文物普查工作实施方案的通知\n\n" +
		"1.财政部门负责普查预算审核。\n2.建设部门配合做好文物普查工作。\n"
	if n := Parse(text, today); n.Issuer != "三明市人民政府办公室" {
		t.Errorf("issuer %q, want the forwarder 三明市人民政府办公室", n.Issuer)
	}
}

// a document site's flattened table whose 配合单位 cell runs two names
// together (城关街道办事处县域工业集中区). Before, the cell was one owner,
// listed. Now it is the two units, the split listed.
func TestTwoUnitsParted(t *testing.T) {
	text := "洛南县创建国家森林城市目标任务及责任分工\n\n序号\n\n指标任务\n\n牵头单位\n\n责任人\n\n配合单位\n\n" +
		"1\n\n城区绿化覆盖率达到40%以上。\n\n县城管局\n\n尤正启\n\n城关街道办事处县域工业集中区\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	want := []string{"县城管局", "城关街道办事处", "县域工业集中区"}
	if !slices.Equal(got.Owners, want) || !slices.Equal(got.Lead, []string{"县城管局"}) {
		t.Errorf("owners %q lead %q, want %q led by 县城管局", got.Owners, got.Lead, want)
	}
	if !slices.ContainsFunc(got.Review, func(r Review) bool {
		return r.Field == "owners" && strings.Contains(r.Text.Zh, "城关街道办事处县域工业集中区")
	}) {
		t.Errorf("the split is not listed: %+v", got.Review)
	}
}

// A heading setting up the leading group is no working group's share.
func TestSetUpGroupHeadingIsNoGroup(t *testing.T) {
	n := Parse("某县某某工作方案\n一、成立工作领导小组\n1.组长由县长担任。\n2.副组长由分管副县长担任。\n二、工作任务\n1.县财政局负责保障经费。\n", today)
	for _, task := range n.Tasks {
		if slices.Contains(task.Owners, "成立工作领导小组") {
			t.Errorf("a heading setting up the group read as its owner: %+v", task)
		}
	}
}
