package notice

import (
	"strings"
	"testing"
)

// Walk 12: a year's target with a share of it due earlier (全年引进…60个，
// 9月底前完成年度目标的80%) was read as due on 30 September, nothing
// listed; the workbook then expected 100% by September and the task went
// red in the fourth quarter. A date by which a share of the target is to
// be met is a step, not the due date: kept as a milestone and listed.
func TestShareOfTargetIsAStep(t *testing.T) {
	for _, line := range []string{
		"4.全面实施招商行动，全年引进10亿元以上产业项目60个，9月底前完成年度目标的80%。（牵头单位：市商务局）",
		"4.新增城镇就业2.5万人，6月底前完成全年任务的50%以上。（牵头单位：市人力社保局）",
		"4.完成植树造林1.2万亩，6月底前完成任务过半。（牵头单位：市林业局）",
		// Probe 13's phrasings.
		"4.推进重大项目建设，9月底前完成年度投资计划的80%。（牵头单位：市发改委）",
		"4.实施老旧小区改造，9月底前完成总工程量的50%。（牵头单位：市住建局）",
		"4.实施老旧小区改造，9月底前完成改造任务的80%以上。（牵头单位：市住建局）",
		"4.实施老旧小区改造，9月底前完成目标任务的四分之三。（牵头单位：市住建局）",
		"4.推进项目开工，6月底前实现计划开工项目的60%。（牵头单位：市发改委）",
		"4.加快项目建设，9月底前投资完成率达到年度计划的80%。（牵头单位：市发改委）",
	} {
		n := Parse("2024年重点工作任务\n"+line+"\n", today)
		if len(n.Tasks) != 1 {
			t.Fatalf("%s: tasks %+v", line, n.Tasks)
		}
		k := n.Tasks[0]
		if !k.Due.IsZero() {
			t.Errorf("%s: due %v, want none (the date is a step)", line, k.Due)
		}
		if len(k.Milestones) != 1 {
			t.Errorf("%s: milestones %+v, want the step", line, k.Milestones)
		}
		listed := false
		for _, r := range k.Review {
			listed = listed || r.Field == "due" && strings.Contains(r.Text.Zh, "阶段")
		}
		if !listed {
			t.Errorf("%s: the step is not listed for review: %+v", line, k.Review)
		}
	}
	// The date of the whole task, or of a rate to reach, stays its due date.
	for _, line := range []string{
		"4.9月底前完成产业项目招引年度目标。（牵头单位：市商务局）",
		"4.推进电子社保卡应用，9月底前覆盖率达到80%。（牵头单位：市人力社保局）",
		"4.新增城镇就业2.5万人，9月底前完成全年任务的100%。（牵头单位：市人力社保局）",
	} {
		n := Parse("2024年重点工作任务\n"+line+"\n", today)
		if len(n.Tasks) != 1 || n.Tasks[0].Due.Format("2006-01-02") != "2024-09-30" {
			t.Errorf("%s: %+v", line, n.Tasks)
		}
	}
}
