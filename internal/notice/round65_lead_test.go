package notice

import (
	"slices"
	"testing"
)

// Round 65: the silent findings of the held-out sets at the session's start.

// A department dividing a plan above among its offices copies the plan's
// bracket with the item's text ((1-4项牵头落实单位:省编办、…)) and gives its
// own 责任处室 line after it. The items the bracket speaks for (1-4项) had
// become a lead unit "1-4项", in silence; both sources of units are now
// listed for review, and 牵头落实单位 is a lead's label.
func TestItemRangeBeforeLabelAndTwoSources(t *testing.T) {
	text := "一、任务分解\n1. 以清单管理推动简政放权。及时公开各类清单。(1-4项牵头落实单位:省编办、发展改革委,各州、市人民政府负责落实。)\n" +
		"责任处室:人事处牵头,有关处室局配合落实\n2. 及时公开规范性文件的修改情况。\n责任处室:政法处\n"
	n := parseAt(text)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %d, want 2", len(n.Tasks))
	}
	first := n.Tasks[0]
	for _, o := range append(first.Owners, first.Lead...) {
		if o == "1-4项" {
			t.Errorf("the items a label speaks for became a unit: owners %q lead %q", first.Owners, first.Lead)
		}
	}
	if !slices.Contains(first.Owners, "人事处") || !slices.Contains(first.Lead, "人事处") {
		t.Errorf("the office's own line lost: owners %q lead %q", first.Owners, first.Lead)
	}
	if !reviewed(first, "owners") || !reviewed(first, "lead") {
		t.Errorf("units named in a bracket and a label line after it are not listed: %+v", first.Review)
	}
	if second := n.Tasks[1]; !slices.Equal(second.Owners, []string{"政法处"}) || reviewed(second, "owners") {
		t.Errorf("an item with its label line alone: owners %q review %+v", second.Owners, second.Review)
	}
}

// A year alone before the work, with a condition (2024年根据国家批复情况
// 启动项目建设) or a comma (2021年,完成…专项规划的编制) between, or the
// work 编制完成, sets the year's end as the due, listed; it had been lost
// in silence.
func TestYearBeforeConditionedWork(t *testing.T) {
	text := "一、城市安居项目\n(一)启动城中村改造项目\n项目内容:对接配套政策。2024年根据国家批复情况启动项目建设。\n责任单位:市住房城乡建设局、市财政局。\n" +
		"(二)规划设计提升\n项目内容:2021年,完成教育、医疗等专项规划的编制工作。\n责任单位:市自然资源局。\n" +
		"(三)编制国土空间规划\n项目内容:2022年编制完成国土空间总体规划。\n责任单位:市自然资源局。\n"
	wantRows(t, "years", parseAt(text), []probeRow{
		{"启动城中村改造项目", []string{"市住房城乡建设局", "市财政局"}, nil, nil, "2024-12-31", []string{"due"}},
		{"规划设计提升", []string{"市自然资源局"}, nil, nil, "2021-12-31", []string{"due"}},
		{"编制国土空间规划", []string{"市自然资源局"}, nil, nil, "2022-12-31", []string{"due"}},
	})
}

// A second paragraph under an item's heading closing with its own lead's
// bracket ((一)推进决策公开 / …(牵头部门:综合规划处) / …(牵头部门:法规处)):
// its units were listed as perhaps the item's, its lead was not; both are.
func TestParagraphAfterItemNamesLead(t *testing.T) {
	text := "(一)推进决策公开\n建立重大决策预公开制度。(牵头部门:综合规划处)\n做好规范性文件公开工作,及时公开废止情况。(牵头部门:法规处)\n" +
		"(二)推进执行公开\n做好重点改革任务公开。(牵头部门:办公室)\n"
	n := parseAt(text)
	if len(n.Tasks) == 0 || n.Tasks[0].Title != "推进决策公开" {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if !reviewed(n.Tasks[0], "lead") || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("a paragraph naming its own lead after the item is not listed on the lead: %+v", n.Tasks[0].Review)
	}
}
