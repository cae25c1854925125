package notice

import (
	"slices"
	"testing"
)

// Round 28's held-out set (set 30: science and innovation, tax and fees,
// employment, rural revitalisation, environment, city management, key
// projects, grain security) showed, each closed by a general rule:

// a law site's copy of a table drawn with box characters (┌─┬│), its first
// row's unit cell merged over sub-rows each numbered in the task's cell
// (│ 1 │ 金水区 │1.新建绿地50万平方米。│2006.11.30│…). Before, the
// table's top border ran into the title over it, and the first sub-row's
// task kept its 1. (the sub-rows after it had theirs dropped). Now a
// border line is no title's, and the first measure's number under the
// row's own is no part of its task.
func TestBoxDrawnTable(t *testing.T) {
	text := "附件:\n2006年省会郑州城市管理年园林绿化整治各责任单位工作任务\n" +
		"┌──┬────┬───────────────────────────┬─────┬────┬───┐\n" +
		"│序号│责任单位│ 任务目标 │ 完成时间 │分管领导│责任人│\n" +
		"├──┼────┼───────────────────────────┼─────┼────┼───┤\n" +
		"│ 1 │ 金水区 │1.新建绿地50万平方米。 │2006.11.30│ │ 区长 │\n" +
		"│ │ ├───────────────────────────┼─────┤ │ │\n" +
		"│ │ │2.新建游园5个,每个面积不少于4000平方米。 │2006.11.30│ │ │\n"
	n := Parse(text, today)
	if n.Title != "2006年省会郑州城市管理年园林绿化整治各责任单位工作任务" {
		t.Errorf("title %q", n.Title)
	}
	want := []string{"新建绿地50万平方米", "新建游园5个,每个面积不少于4000平方米"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; got.Title != w || !slices.Equal(got.Owners, []string{"金水区"}) {
			t.Errorf("task %d: %q owners %q, want %q by 金水区", i+1, got.Title, got.Owners, w)
		}
	}
	if d := n.Tasks[1].Due.Format("2006-01-02"); d != "2006-11-30" {
		t.Errorf("due %s", d)
	}
}
