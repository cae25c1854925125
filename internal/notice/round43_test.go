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
