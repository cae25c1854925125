package notice

import (
	"strings"
	"testing"
)

// Round 63, on the notices of the held-out sets the import refused whole.

// A table of the work and what it asks (工作任务 | 具体要求 | 责任股室)
// flattened one cell a line with no 序号 and no |: each 工作任务 cell
// stands once over its requirements. A group of one requirement with no
// number is one task under the group's words; a group of numbered
// requirements is a heading over them, each a task; a unit cell merged
// over a group's requirements, given after the first (or after the
// last), is taken by the others, listed. The import had refused the
// notice whole ("有表头，但表中的行没有读作任务").
func TestGroupedRequirementsTable(t *testing.T) {
	cells := func(s ...string) string { return strings.Join(s, "\n\n") + "\n" }
	sections := "某县教育局2022年政务公开工作要点分工方案\n\n" + cells("工作任务", "具体要求", "责任股室",
		"一、做好教育规划主动公开。", "做好“十四五”教育事业发展规划的公开工作。", "办公室",
		"二、做好财政信息公开", "1.推进部门预算、决算公开。", "计划财务股、办公室",
		"2.做好教育收费信息公开。", "3.公开学生资助资金发放情况。",
		"三、做好重点领域信息公开", "1.公开义务教育招生政策。", "基础教育股和学前教育股",
		"2.公开教师招聘信息。", "人事股")
	wantRows(t, "sections", parseAt(sections), []probeRow{
		{"做好教育规划主动公开", []string{"办公室"}, nil, nil, "", nil},
		{"推进部门预算、决算公开", []string{"计划财务股", "办公室"}, nil, nil, "", nil},
		{"做好教育收费信息公开", []string{"计划财务股", "办公室"}, nil, nil, "", []string{"owners"}},
		{"公开学生资助资金发放情况", []string{"计划财务股", "办公室"}, nil, nil, "", []string{"owners"}},
		{"公开义务教育招生政策", []string{"基础教育股和学前教育股"}, nil, nil, "", nil},
		{"公开教师招聘信息", []string{"人事股"}, nil, nil, "", nil},
	})
	groups := "某市医疗保障局2021年政务公开工作要点分工方案\n" + strings.Join([]string{"工作任务", "具体要求", "落实科室(部门)",
		"做好各类规划主动公开", "1.主动公开医疗保障事业发展规划。", "各科室、医保中心按职责分工落实",
		"2.做好数据归集整理工作。", "办公室",
		"做好监管执法信息公开", "3.公开定点医药机构名单。", "4.公开医保基金监督检查结果。", "基金监管科、医药服务管理科按职责分工落实"}, "\n") + "\n"
	wantRows(t, "groups", parseAt(groups), []probeRow{
		{"主动公开医疗保障事业发展规划", []string{"各科室", "医保中心"}, nil, nil, "", nil},
		{"做好数据归集整理工作", []string{"办公室"}, nil, nil, "", nil},
		{"公开定点医药机构名单", []string{"基金监管科", "医药服务管理科"}, nil, nil, "", []string{"owners"}},
		{"公开医保基金监督检查结果", []string{"基金监管科", "医药服务管理科"}, nil, nil, "", nil},
	})
}
