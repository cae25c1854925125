package notice

import (
	"slices"
	"testing"
)

// Round 43's notices of held-out set 46 (a district's progress table
// flattened one cell a line, a county's fund-allocation 公告 listing
// projects with their 实施单位, the same county's cover 公告 under a page
// heading, a city's progress table with rows split by " | ") showed, each
// closed by a general rule:

// a city's progress table of livelihood projects, each row on one line
// split by " | ", its category cell (大类) before the 序号 merged over the
// rows of its group and served on the group's first row only, and a unit
// column headed 牵头单位及 主要负责人 holding the unit and its head's name
// apart by a space. Before, the rows after the first, a cell short, were
// not read, and the first row's lead was 市民政局 伍泽国, in silence. Now
// each row is a task under its own columns, the head's name no unit's.
func TestMergedCategoryBeforeNumber(t *testing.T) {
	text := "大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |\n" +
		"一、继续提高底线民生保障水平 | 1 | 将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 从2020年1月1日起,已将我市城乡低保标准提高到835元/人月。 |\n" +
		"2 | 特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 从2020年1月1日起,已提高我市城乡特困人员供养最低标准。 |\n" +
		"3 | 将全市集中供养孤儿养育标准提高到每人每月2200元。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v, want the three rows", n.Tasks)
	}
	for i, got := range n.Tasks {
		if got.Number != i+1 || !slices.Equal(got.Owners, []string{"市民政局"}) || !slices.Equal(got.Lead, []string{"市民政局"}) ||
			!slices.Equal(got.Leaders, []string{"陈宣群"}) || !got.Due.IsZero() {
			t.Errorf("task %d %q: owners %q lead %q leaders %q due %v, want 市民政局 leading, 陈宣群, no due",
				got.Number, got.Title, got.Owners, got.Lead, got.Leaders, got.Due)
		}
	}
	if got := n.Tasks[1].Title; got != "特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍" {
		t.Errorf("task 2 title %q: the row's number read as its task", got)
	}
	// Under a heading naming the unit alone, a name after a space is kept.
	if got := unitHeadOff("市民政局 伍泽国", "牵头单位"); got != "市民政局 伍泽国" {
		t.Errorf("unitHeadOff under 牵头单位: %q", got)
	}
}

// a county's fund-allocation 公告 read as a list of projects: each
// numbered project's name on its line, a field line under it holding the
// project's investment and, apart by a space (or run on after a bracket
// closing the field before it), the 实施单位 that carries it out. Before,
// 实施单位 was no label and the notice was refused for naming no one. Now
// 实施单位 names the project's owner (no lead), and the field line is the
// project's text, never its title.
func TestProjectFieldLine(t *testing.T) {
	text := "关于泽库县2023年第二批中央财政衔接推进乡村振兴补助资金分配计划的公告\n" +
		"社会各界广大人民群众:\n" +
		"按照资金下达规模,共安排了6个项目,项目总投资为1259万元。资金分配计划具体如下:\n" +
		"1.西卜沙乡三个村游牧民定居点人饮巩固提升工程\n" +
		"投资:500万元 实施单位:泽库县农牧水利和科技局\n" +
		"2.王家乡叶金木村饲料加工基地扩建项目\n" +
		"投资:167万元(少数民族发展资金)实施单位:王家乡人民政府\n" +
		"经县委农村牧区工作领导小组会议研究审议通过,现将资金分配计划予以公告,现接受社会监督。\n" +
		"公告期:2023年6月9日—6月19日\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v, want the two projects", n.Tasks)
	}
	want := []struct{ title, owner string }{
		{"西卜沙乡三个村游牧民定居点人饮巩固提升工程", "泽库县农牧水利和科技局"},
		{"王家乡叶金木村饲料加工基地扩建项目", "王家乡人民政府"},
	}
	for i, got := range n.Tasks {
		if got.Title != want[i].title || !slices.Equal(got.Owners, []string{want[i].owner}) || len(got.Lead) != 0 || !got.Due.IsZero() {
			t.Errorf("task %d: %q owners %q lead %q due %v, want %q by %s, no lead, no due",
				i+1, got.Title, got.Owners, got.Lead, got.Due, want[i].title, want[i].owner)
		}
	}
	// A line opening with a label of who answers is no field line.
	if got := fieldLabelsApart("责任单位:县财政局(牵头)配合单位:县审计局"); got != "责任单位:县财政局(牵头)配合单位:县审计局" {
		t.Errorf("fieldLabelsApart changed a label line: %q", got)
	}
}
