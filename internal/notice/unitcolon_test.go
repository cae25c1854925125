package notice

import (
	"slices"
	"strings"
	"testing"
)

// a 领导小组's members' duties, each line opening with the unit and a colon
// and no number (县卫健局：负责…), under a sentence ending 明确如下：. Before,
// the notice was refused (the lines listed as looking like tasks). Now
// each line is its unit's task, listed, as the numbered form is read.
func TestUnnumberedUnitColonDuties(t *testing.T) {
	text := "关于调整县创建国家卫生县城工作领导小组成员单位职责的通知\n各乡镇人民政府，县直各单位：\n" +
		"经县政府研究，现将领导小组成员单位职责明确如下：\n" +
		"县卫健局：负责创卫日常工作，牵头做好健康教育和病媒生物防制工作。\n" +
		"县住建局：负责城区市政设施建设和维护，2026年6月底前完成老旧小区改造。\n" +
		"县市场监管局：负责食品生产经营单位的监督管理。\n" +
		"县人民政府办公室\n2026年3月1日\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v (listed %+v)", n.Tasks, n.Unread)
	}
	for i, want := range []string{"县卫健局", "县住建局", "县市场监管局"} {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, []string{want}) || !reviewed(got, "owners") || !strings.HasPrefix(got.Title, "负责") || got.Line != i+4 {
			t.Errorf("task %d: line %d %q owners %q listed %v, want %s's duty on line %d, listed", i+1, got.Line, got.Title, got.Owners, reviewed(got, "owners"), want, i+4)
		}
	}
	if got := n.Tasks[1].Due.Format("2006-01-02"); got != "2026-06-30" {
		t.Errorf("task 2: due %s", got)
	}
	// Not so: one such line alone; lines under a sentence that ends (…。),
	// which may be an item's units written out.
	for _, s := range []string{
		"关于职责的通知\n现将成员单位职责明确如下：\n县卫健局：负责创卫日常工作，牵头做好健康教育。\n",
		"关于职责的通知\n一、重点任务\n1.开展城区环境卫生整治。\n县卫健局：负责病媒生物防制工作的组织。\n县住建局：负责城区市政设施建设和维护。\n",
	} {
		lines := numberUnitDuties(scanLinesPlain(s))
		for _, l := range lines {
			if strings.HasPrefix(l.Text, "1．县") {
				t.Errorf("numbered %q in\n%s", l.Text, s)
			}
		}
	}
}

// scanLinesPlain is a text's non-blank lines, numbered, as read.
func scanLinesPlain(s string) []Line {
	var out []Line
	for i, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, Line{i + 1, l})
		}
	}
	return out
}

// Lines opening with a unit and a colon that hold no duty — a contact
// list under 联络员如下：, who attends a meeting under 参会： — are not
// numbered (probe 18: they were read as tasks and the notice's own items
// renumbered 1.0.1…).
func TestUnitColonLinesThatAreNoDuties(t *testing.T) {
	text := "关于印发重点工作任务清单的通知\n各乡镇人民政府，县直各单位：\n现将清单印发给你们。\n" +
		"一、经济发展\n1．推进工业园区标准厂房建设。（责任单位：县工信局；完成时限：2025年12月底）\n" +
		"2．开展招商引资活动。（责任单位：县商务局；完成时限：2025年12月底）\n" +
		"二、有关要求\n各单位联络员如下：\n县工信局：王小明，联系电话0797-1234567\n县商务局：李小红，联系电话0797-7654321\n" +
		"请参会单位如下：\n县发改委：主要负责同志及分管负责同志各1名\n县财政局：主要负责同志及业务股室负责人各1名\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || n.Tasks[0].ID != "01" || n.Tasks[1].ID != "02" {
		var ids []string
		for _, k := range n.Tasks {
			ids = append(ids, k.ID+" "+k.Title)
		}
		t.Errorf("tasks %q, want the two items 01 and 02 alone", ids)
	}
}
