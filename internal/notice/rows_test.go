package notice

import (
	"strings"
	"testing"

	"tally/internal/i18n"
)

// A table row of two sub-items with a time limit each (walk-through of a
// county's list): the earlier limit is a milestone named by its own
// sub-item, not by its number; the 责任领导 cell is no part of the units'
// text; owners from the 牵头单位 and 配合单位 columns name both columns.
func TestTableRowSubItemsLeadersAndColumns(t *testing.T) {
	n := Parse("清水县2026年重点工作任务清单\n"+
		"序号\t重点工作\t责任领导\t牵头单位\t配合单位\t完成时限\n"+
		"1\t（1）新建乡镇卫生院2所；（2）改造村卫生室20个\t张丽\t县卫生健康局\t县财政局、有关乡镇人民政府\t（1）9月底前；（2）12月底前\n"+
		"2\t建成产业园区标准厂房5万平方米\t王建国\t县发展改革局\t\t2026年9月底前\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks: %+v", n.Tasks)
	}
	tk := n.Tasks[0]
	if len(tk.Milestones) != 1 || tk.Milestones[0].Text != "新建乡镇卫生院2所" || tk.Milestones[0].Due.Format("2006-01-02") != "2026-09-30" {
		t.Errorf("milestones %+v", tk.Milestones)
	}
	if tk.Due.Format("2006-01-02") != "2026-12-31" {
		t.Errorf("due %v", tk.Due)
	}
	if tk.OwnersText != "县卫生健康局；县财政局、有关乡镇人民政府" {
		t.Errorf("owners_text %q", tk.OwnersText)
	}
	if strings.Join(tk.Leaders, "|") != "张丽" {
		t.Errorf("leaders %q", tk.Leaders)
	}
	if got := n.Source(tk.Sources.Owners).In(i18n.Zh); got != "表格“牵头单位”“配合单位”列（第 3 行）" {
		t.Errorf("owners from %q", got)
	}
	if got := n.Source(tk.Sources.Owners).In(i18n.En); !strings.Contains(got, "columns 牵头单位 and 配合单位") {
		t.Errorf("owners from %q", got)
	}
	// Owners from the 牵头单位 column alone name it alone.
	if got := n.Source(n.Tasks[1].Sources.Owners).In(i18n.Zh); got != "表格“牵头单位”列（第 4 行）" {
		t.Errorf("task 2's owners from %q", got)
	}
	if n.Tasks[1].OwnersText != "县发展改革局" {
		t.Errorf("task 2's owners_text %q", n.Tasks[1].OwnersText)
	}
}

// Sub-item numbers are found in either bracket; one the row does not
// hold names the task itself.
func TestSubItemWords(t *testing.T) {
	for _, c := range []struct{ text, marker, want string }{
		{"（1）新建乡镇卫生院2所；（2）改造村卫生室20个", "（2）", "改造村卫生室20个"},
		{"(1)新建卫生院2所，(2)改造卫生室", "(1)", "新建卫生院2所"},
		{"①修路；②架桥", "①", "修路"},
		{"新建卫生院", "（3）", ""},
	} {
		if got := subItemWords(c.text, c.marker); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.text, c.marker, got, c.want)
		}
	}
}
