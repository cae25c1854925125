package notice

import (
	"slices"
	"testing"
)

// Round 36's held-out set (set 41: Zhejiang district progress tables, rows
// on one line split by |, tables flattened one cell a line with a group's
// cell served once, a traditional-character mirror with pinyin readings,
// cover letters) showed, each closed by a general rule:

// a district's list of practical projects under an index, each row on one
// line split by |, whose 工作举措及实施计划 cell lists its points 1. 2. 3.
// each with its monthly limits. Before, the row was split at each point's
// number: the points became tasks of their own, the row's unit cells went
// to the last point and the row took the row above's units. Now a number
// inside a | row's cell stays in the cell, and a column of measures and
// their plan stands for the missing time-limit column: its last stage is
// the due, listed.
func TestPipeRowPointsStayInTheirCell(t *testing.T) {
	text := "发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n" +
		"序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n" +
		"1 | 新建成公办中小学、幼儿园7所。 | 1.4月底前职教中心主体完工。 2.8月底前职教中心竣工交付。 3.11月底前天目山镇中心幼儿园竣工交付。 | 教育局 | 发改局、住建局 |\n" +
		"2 | 新建成婴幼儿照护服务成长驿站7家。 | 1.婴幼儿照护服务成长驿站:3月底前新建成2家;9月底前完成7家建设任务。 2.婴幼儿照护服务托位:6月底前新增200个以上托位。 3.胃肠癌联合筛查:11月底前完成胃肠癌联合筛查工作。 | 卫生健康局 | 财政局、民政局,各镇(街道) |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	want := [][]string{{"教育局", "发改局", "住建局"}, {"卫生健康局", "财政局", "民政局", "各镇(街道)"}}
	for i, task := range n.Tasks {
		if !slices.Equal(task.Owners, want[i]) {
			t.Errorf("row %d: owners %q, want %q", i+1, task.Owners, want[i])
		}
		if task.Due.Format("01-02") != "11-30" || !reviewed(task, "due") {
			t.Errorf("row %d: due %v (listed %v), want the last stage's 11月底, listed", i+1, task.Due, reviewed(task, "due"))
		}
	}
}
