package notice

import (
	"slices"
	"testing"
)

// a notice's heading naming a division of duties by its words alone (一、
// 明确部门职责, no colon, no 如下), each paragraph under it a department's
// duty, named with no level (应急管理部门负责…). Before, the notice was
// refused for holding no task. Now each paragraph is its body's task,
// listed, the department with no level listed too, the chapter after it
// (二、工作要求) left among the lines not placed.
func TestDivisionNamedByHeading(t *testing.T) {
	text := "关于做好2025年秋冬季森林防火工作的通知\n各乡镇人民政府，县直有关部门：\n" +
		"为切实做好今冬明春森林防火工作，现就有关事项通知如下：\n" +
		"一、明确部门职责\n" +
		"应急管理部门负责森林防火工作的综合协调，组织开展火灾隐患排查。\n" +
		"林业部门负责森林防火宣传教育和防火设施建设，于2025年12月31日前完成防火通道修缮。\n" +
		"公安部门负责森林火灾案件的侦破工作。\n" +
		"二、工作要求\n各乡镇要加强值班值守。\n县应急管理局\n2025年10月20日\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, want := range []string{"应急管理部门", "林业部门", "公安部门"} {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, []string{want}) || !reviewed(got, "owners") {
			t.Errorf("task %d: owners %q (listed %v), want [%s] listed", i+1, got.Owners, reviewed(got, "owners"), want)
		}
	}
	if got := n.Tasks[1].Due; got.IsZero() || got.Format("2006-01-02") != "2025-12-31" {
		t.Errorf("task 2: due %v", got)
	}
	// A heading naming no division (二、工作措施) over paragraphs opening
	// with bodies is not read so: the notice is refused as before.
	other := "关于做好森林防火工作的通知\n一、工作措施\n应急管理部门负责综合协调。\n林业部门负责宣传教育。\n"
	if n := Parse(other, today); len(n.Tasks) != 0 {
		t.Errorf("tasks under a heading naming no division: %+v", n.Tasks)
	}
}
