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
