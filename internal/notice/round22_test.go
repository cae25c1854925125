package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 22's held-out set showed, each closed by a general rule:

// a city's progress report on its 民生工程: each item gives a project's
// name, then its label run on after a comma, then what the report says of
// the work (1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为
// 舒城县。). No task was read: the label after a comma was not split off
// the item. Now it is, and the sentence after the label's names is no
// more of them (六安, 2017 and 2021).
func TestLabelAfterAnItemsNameAndComma(t *testing.T) {
	text := "二、部分项目进展情况\n" +
		"1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。\n" +
		"2、技能培训提升,牵头单位:市退役军人局。其中,退役军人技能培训提升进度较慢的为叶集区。\n" +
		"3、棚户区和老旧小区改造,牵头单位:市住建局。其中,棚户区改造新开工进度较慢的为舒城县、金安区;棚户区改造基本建成进度较慢的为霍邱县。\n"
	n := Parse(text, today)
	want := []struct{ title, owner string }{{"农村道路畅通工程", "市交通局"}, {"技能培训提升", "市退役军人局"}, {"棚户区和老旧小区改造", "市住建局"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Owners, []string{w.owner}) || !slices.Equal(got.Lead, []string{w.owner}) {
			t.Errorf("task %d: %q owners %q lead %q, want %q led by %q", i+1, got.Title, got.Owners, got.Lead, w.title, w.owner)
		}
	}
	// The counties reported late are no owners, and the sentence is
	// still shown among the lines not placed.
	found := false
	for _, l := range n.Unplaced {
		found = found || strings.Contains(l.Text, "进度较慢的为叶集区")
	}
	if !found {
		t.Errorf("the report's sentence is lost: %+v", n.Unplaced)
	}
}

// the same report of 2021 ranks the counties first, numbered and run
// together on one line (1、金寨县;2、裕安区;…): each was read as a task
// naming no one. An item that is a place's name alone, naming no one and
// no work, is no task (六安, 2021).
func TestRankedPlacesAreNoTasks(t *testing.T) {
	text := "一、各县区民生工程实施进度综合排名\n" +
		"1、金寨县;2、裕安区;3、霍山县;4、金安区。\n" +
		"二、部分项目进展情况\n" +
		"1、技能培训提升,牵头单位:市退役军人局。其中,退役军人技能培训提升进度较慢的为叶集区。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || n.Tasks[0].Title != "技能培训提升" {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	placed := 0
	for _, l := range n.Unplaced {
		if l.N == 2 {
			placed++
		}
	}
	if placed != 4 {
		t.Errorf("the ranking is not shown: %+v", n.Unplaced)
	}
	// A place with work under it is still a task.
	n = Parse("1. 市科技馆\n(1)院内电动车未按指定区域停放;\n责任单位:市科技馆\n", today)
	if len(n.Tasks) != 1 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}
