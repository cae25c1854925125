package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 15's held-out set showed, each read now by a general rule:

// a flattened progress table's 当前进度 cell that lists places in its
// bracket (88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢), 苍南 2022) is a
// figure, not the row's units: before, it was read into 牵头单位, owner and
// lead, and nothing was listed.
func TestProgressCellIsNoUnits(t *testing.T) {
	text := "2022年度民生实事未完成项目进度表\n\n序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n备注\n\n" +
		"1\n\n建设四好农村路55公里。\n\n95%\n\n县交通局\n\n县民生实事\n\n" +
		"2\n\n打通县城人民大道等12条断头路。\n\n88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢)\n\n县住建局\n\n县民生实事\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[1]
	if strings.Join(k.Owners, "、") != "县住建局" || strings.Join(k.Lead, "、") != "县住建局" {
		t.Errorf("owners %q lead %q", k.Owners, k.Lead)
	}
}

// an owner that holds a percentage reads as no unit's name and is listed
// (owners and lead): a progress figure run into the names.
func TestPercentInOwnerIsListed(t *testing.T) {
	n := Parse("2022年工作要点\n1.打通断头路。（牵头单位：88%推进缓慢、县住建局）\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	for _, f := range []string{"owners", "lead"} {
		if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == f && strings.Contains(r.Text.Zh, "%") }) {
			t.Errorf("%s not listed: owners %q, review %+v", f, k.Owners, k.Review)
		}
	}
}
