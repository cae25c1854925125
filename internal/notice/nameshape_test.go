package notice

import (
	"strings"
	"testing"
)

// reviewOf is the review of a task's field, "" where it is not listed.
func reviewOf(t Task, field string) string {
	for _, r := range t.Review {
		if r.Field == field {
			return r.Text.Zh
		}
	}
	return ""
}

// On notices never seen, rules read words of a style they were not written
// for as names, with nothing said: 省财政厅主办 (the lead's mark run into its
// name), 徐明金同志协调 (a person among the units), a bracket's 责任秘书长：
// whose persons were not read as leaders. Whatever rule read them, such
// names are listed.
func TestNamesNoUnitIsLikeAreListed(t *testing.T) {
	n := Parse("县2024年重点工作任务分解\n\n"+
		"1.完成农村公路提档升级100公里。（县交通局抓总，县财政局、各乡镇配合）\n"+
		"2.新建幼儿园3所。（县教育局，王明同志督办）\n"+
		"3.引进项目10个。（包保县长：李强、张伟，责任单位：县商务局）\n", today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %d", len(n.Tasks))
	}
	one, two, three := n.Tasks[0], n.Tasks[1], n.Tasks[2]
	if containsStr(one.Owners, "县交通局抓总") {
		if r := reviewOf(one, "owners"); !strings.Contains(r, "“县交通局抓总”") || !strings.Contains(r, "请核对") {
			t.Errorf("task 1's owners %q are not listed: %q", one.Owners, r)
		}
		if r := reviewOf(one, "lead"); !strings.Contains(r, "牵头") {
			t.Errorf("task 1's lead %q is not listed: %q", one.Lead, r)
		}
	} else if len(one.Lead) != 1 || one.Lead[0] != "县交通局" {
		t.Errorf("task 1: owners %q, lead %q", one.Owners, one.Lead)
	}
	if containsStr(two.Owners, "王明同志督办") {
		if !strings.Contains(reviewOf(two, "owners"), "写的是一个人") || !strings.Contains(reviewOf(two, "leaders"), "王明同志督办") {
			t.Errorf("task 2's person among the owners is not listed: %+v", two.Review)
		}
	} else if !containsStr(two.Leaders, "王明") {
		t.Errorf("task 2: owners %q, leaders %q", two.Owners, two.Leaders)
	}
	if !containsStr(three.Leaders, "李强") || !containsStr(three.Leaders, "张伟") {
		if r := reviewOf(three, "leaders"); !strings.Contains(r, "包保县长") {
			t.Errorf("task 3's leaders %q are not listed: %q", three.Leaders, r)
		}
	}
}

// Names read right are not listed: leaders read from 责任领导, units whose
// names end in 办 or 中心, a 项目责任人 (a person inside the unit, no leader).
func TestNamesReadRightAreNotListed(t *testing.T) {
	n := Parse("市重点工作\n\n"+
		"1.推进总部中心建设。\n责任领导：蒋永根、俞福才\n责任单位：市发改局、市政务服务中心、市金融办\n"+
		"2.建成公交首末站2个。\n牵头领导：王仁洲 责任单位：市交通局 项目责任人：尹文德\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %d", len(n.Tasks))
	}
	for _, tk := range n.Tasks {
		for _, f := range []string{"owners", "lead", "leaders"} {
			if r := reviewOf(tk, f); r != "" {
				t.Errorf("task %s: %s listed: %q", tk.ID, f, r)
			}
		}
	}
}

// Two units' names a table's cell ran together (a preview's cell of two
// lines joined: 城关街道办事处 / 县域工业集中区) read as one owner; a body's
// branch (国家统计局镇江调查队) or office (市政府办公室) is one name.
func TestTwoUnitsRunTogetherAreListed(t *testing.T) {
	n := Parse("县创建森林城市目标任务分工\n\n"+
		"1.城区绿化覆盖率达到40%以上。（牵头单位：县城管局；配合单位：城关街道办事处县域工业集中区）\n"+
		"2.完成林业统计。（责任单位：国家统计局镇江调查队、市政府办公室）\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %d", len(n.Tasks))
	}
	if one := n.Tasks[0]; containsStr(one.Owners, "城关街道办事处县域工业集中区") && !strings.Contains(reviewOf(one, "owners"), "县域工业集中区") {
		t.Errorf("task 1's owners %q are not listed: %+v", one.Owners, one.Review)
	}
	if r := reviewOf(n.Tasks[1], "owners"); strings.Contains(r, "两个单位连在了一起") {
		t.Errorf("task 2's owners %q are listed: %q", n.Tasks[1].Owners, r)
	}
}
