package notice

import (
	"slices"
	"testing"
)

// a flood command's working groups, each an item naming the group with
// its heads, members and duties on label lines under it (组长：…,
// 成员单位：…, 职责：…). Before, no label was read, every item dropped for
// naming no one and the notice refused. Now the members are the owners
// (listed), a 牵头单位 the lead, the heads the leaders, the duties the
// text, their date the due.
func TestWorkingGroupLabels(t *testing.T) {
	text := "关于成立县防汛抗旱指挥部工作组的通知\n各乡镇人民政府，县直各单位：\n" +
		"为做好2026年防汛工作，指挥部下设以下工作组：\n" +
		"（一）综合协调组\n组长：张明（县应急管理局局长）\n成员单位：县应急管理局、县水利局、县气象局\n" +
		"职责：负责指挥部日常工作，收集汇总雨情水情信息。\n" +
		"（二）抢险救援组\n组长：李强\n牵头单位：县消防救援大队\n成员单位：县公安局、县人武部\n" +
		"职责：负责组织抢险救援和人员转移，\n6月1日前完成队伍集结演练。\n" +
		"县防汛抗旱指挥部\n2026年4月10日\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v (listed %+v)", n.Tasks, n.Unread)
	}
	a, b := n.Tasks[0], n.Tasks[1]
	if a.Title != "综合协调组" || !slices.Equal(a.Owners, []string{"县应急管理局", "县水利局", "县气象局"}) || len(a.Lead) != 0 ||
		!slices.Equal(a.Leaders, []string{"张明"}) || !reviewed(a, "owners") || a.Body != "负责指挥部日常工作，收集汇总雨情水情信息。" {
		t.Errorf("group 1: %q owners %q lead %q leaders %q listed %v body %q", a.Title, a.Owners, a.Lead, a.Leaders, reviewed(a, "owners"), a.Body)
	}
	if !slices.Equal(b.Owners, []string{"县消防救援大队", "县公安局", "县人武部"}) || !slices.Equal(b.Lead, []string{"县消防救援大队"}) ||
		!slices.Equal(b.Leaders, []string{"李强"}) || b.Due.Format("2006-01-02") != "2026-06-01" {
		t.Errorf("group 2: owners %q lead %q leaders %q due %v", b.Owners, b.Lead, b.Leaders, b.Due)
	}
	// An item that is no group's name (一、加强宣传) keeps a 成员单位 line
	// unread as before.
	n = Parse("关于宣传工作的通知\n一、加强宣传\n成员单位：县委宣传部、县文旅局\n职责：负责宣传。\n", today)
	if len(n.Tasks) != 0 {
		t.Errorf("a 成员单位 line under an item that names no group: %+v", n.Tasks)
	}
}

// The last group's duties with no stop after them (a copy lost it) end
// at the next heading: the chapter, the contact line, the signature and
// its date are not the group's (probe 18: its body took them and the
// signature's date became its due).
func TestWorkingGroupDutiesEndAtHeading(t *testing.T) {
	text := "关于成立防汛指挥部工作组的通知\n指挥部下设以下工作组：\n" +
		"（一）综合协调组\n组长：王五\n成员单位：县应急管理局、县水利局\n职责：负责指挥部日常工作，收集汇总雨情水情信息\n" +
		"（二）抢险救援组\n组长：赵六\n成员单位：县消防救援大队、县人武部\n职责：负责组织抢险救援队伍开展抢险救灾\n" +
		"二、工作要求\n各成员单位要按照职责分工报送工作开展情况\n联系人：陈某某，电话：0797-8888888\n某县人民政府办公室\n2025年4月1日\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if b := n.Tasks[1]; b.Body != "负责组织抢险救援队伍开展抢险救灾" || !b.Due.IsZero() {
		t.Errorf("group 2: body %q due %v", b.Body, b.Due)
	}
}
