package notice

import (
	"slices"
	"testing"
)

// Round 23's held-out set showed, each closed by a general rule:

// a township's river-chief plan in traditional characters: each item has
// three label lines under it, the third a label a word qualifies
// (主體責任單位:各村(居)), and one helpers' line runs two of the town's
// bodies together (鎮城建辦鎮農技站). That line, ending in a station's
// name (站), was taken for a name a line break cut, and the label line
// under it was joined on: 鎮城建辦鎮農技站主體 became one owner, not
// listed. Now a name ending as a small body does is whole, a qualified
// label starts a line of its own, and two bodies of one level run
// together are split, listed (XX鎮, 2020).
func TestRunTogetherStationsAndAQualifiedLabel(t *testing.T) {
	text := "XX鎮2020年河長制湖長制工作計劃\n" +
		"一、強化水資源保護行動\n" +
		"2.落實國家節水行動方案,加強用水管理。\n" +
		"牽頭部門:鎮水利站\n" +
		"配合部門:鎮工業辦公室,鎮城建辦鎮農技站\n" +
		"主體責任單位:各村(居)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if want := []string{"鎮水利站", "鎮工業辦公室", "鎮城建辦", "鎮農技站", "各村(居)"}; !slices.Equal(got.Owners, want) ||
		!slices.Equal(got.Lead, []string{"鎮水利站"}) || !reviewed(got, "owners") {
		t.Errorf("owners %q lead %q reviews %+v", got.Owners, got.Lead, got.Review)
	}
	// A station's name ending a label line is whole: the line under it
	// is no more of it.
	n = Parse("2020年计划\n1.加强巡河。\n配合部门:镇农技站\n主体责任单位:各村(居)\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"镇农技站", "各村(居)"}) || reviewed(n.Tasks[0], "owners") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}
