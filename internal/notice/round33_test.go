package notice

import (
	"slices"
	"testing"
)

// Round 33's held-out set (set 37: county and city bureaus' progress
// tables flattened one cell a line, rows on one line with cells split by
// spaces, a table with no title and no header, header cells broken by
// spaces, leaders padded with a space, a law site's targets closing with a
// bracket of units, a headerless middle page, a news repost) showed, each
// closed by a general rule:

// a district bureau's quarterly table, each cell closed by " |", whose
// leaders' cell holds a two-character name padded with a space and a
// second name one space after it (耿 峰 彭开国). Before, the cell was one
// leader, unflagged. Now two single characters in a row pair into one
// padded name, the others stay as written, and the split is listed for
// review: read at spaces alone the cell would give three names.
func TestPaddedNameAmongSpacedLeaders(t *testing.T) {
	text := "2023年二季度《政府工作报告》完成情况\n序 号 |\n年度目标 |\n分管 区领导 |\n责任单位 |\n是否完成 |\n" +
		"1 |\n坚守耕地保护红线,全方位夯实粮食安全基础。 |\n耿 峰 彭开国 |\n区自然资源局 区农业农村局 |\n完成 |\n" +
		"2 |\n拓宽村集体增收路径。 |\n彭开国 |\n区农业农村局 |\n完成 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Leaders, []string{"耿 峰", "彭开国"}) {
		t.Errorf("leaders %q, want the padded name and the other", got.Leaders)
	}
	if !slices.ContainsFunc(got.Review, func(r Review) bool { return r.Field == "leaders" }) {
		t.Errorf("the split leaders are not listed for review: %+v", got.Review)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Leaders, []string{"彭开国"}) || slices.ContainsFunc(got.Review, func(r Review) bool { return r.Field == "leaders" }) {
		t.Errorf("one leader: %q %+v", got.Leaders, got.Review)
	}
	// Three full names apart by spaces are no such mix.
	if out, ok := paddedMix("张三丰 李四 王五"); ok {
		t.Errorf("paddedMix of full names: %q", out)
	}
}

// a city bureau's half-year table whose page glues the site's column name
// in 【】 to the table's heading on the first line (【落实情况】市机关事务
// 管理局2025年…主要任务上半年落实情况). Before, the column's name stayed in
// the title. Now a 【】 name heading the page's first line, a table's
// heading after it, is the site's and left out.
func TestBracketColumnOverTableHeading(t *testing.T) {
	text := "【落实情况】市机关事务管理局2025年《政府工作报告》主要任务上半年落实情况\n" +
		"序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n" +
		"1 |\n严格执行城市公共空间规划建设治理导则。 |\n市自规局 |\n已完成。 |\n"
	n := Parse(text, today)
	if want := "市机关事务管理局2025年《政府工作报告》主要任务上半年落实情况"; n.Title != want {
		t.Errorf("title %q, want %q", n.Title, want)
	}
	// A 【】 name before a sentence of the text stays.
	if bracketHeadOfTable("【通知】", "各单位要按时报送完成情况。", nil) {
		t.Errorf("a sentence read as a table's heading")
	}
}
