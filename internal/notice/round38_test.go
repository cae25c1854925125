package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 38's held-out set (set 42: law sites' middle pages of city 创建
// campaigns, duty divisions for one-off work — a census, an economic
// census, an inspection — working groups with their heads, a wiki page in
// traditional characters, cover letters) showed, each closed by a general
// rule:

// a law site's page 7 of a 创建国家卫生城市 plan whose standards under item
// 10 are numbered 10.7, 10.8, 10.9 with a space after the number. Before,
// each was read as item 10 with the text "7 除…": its title held its own
// number and nothing said so. Now a run of such points under one number
// are items numbered by their point.
func TestDecimalPointItems(t *testing.T) {
	text := "金昌市人民政府关于印发金昌市2010年创建国家卫生城市实施方案的通知\n\n" +
		"  10.7 除“四害”措施落实,无违规饲养畜禽。(金川区政府负责)\n" +
		"  10.8 农产品交易市场、“五小”行业管理及环境保护符合有关规定。(金川区政府负责,市商务局、市卫生局、市工商局配合)\n" +
		"  10.9 所辖镇建成不少于一个省级以上卫生镇。(金川区政府负责)\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"除“四害”措施落实", []string{"金川区政府"}},
		{"农产品交易市场、“五小”行业管理", []string{"金川区政府", "市商务局", "市卫生局", "市工商局"}},
		{"所辖镇建成不少于一个省级以上卫生镇", []string{"金川区政府"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, w.owners) || len(got.Lead) != 0 {
			t.Errorf("point %d: title %q owners %q lead %q, want %q %q and no lead", i+7, got.Title, got.Owners, got.Lead, w.title, w.owners)
		}
	}
	// A plan's chapter headings numbered so (1.1 编制目的) are no items.
	n = Parse("某县突发事件应急预案\n1.1 编制目的\n1.2 编制依据\n1.3 适用范围\n", today)
	if len(n.Tasks) != 0 {
		t.Errorf("chapter headings read as tasks: %+v", n.Tasks)
	}
}
