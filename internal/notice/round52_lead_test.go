package notice

import (
	"slices"
	"strings"
	"testing"
)

// A department's field written alone in a list of owners, its body word
// shared with a name after it or left off (县发改、工信、商务局), is kept as
// written, as the corpus reads it, and listed: an office cannot chase 工信.
// A person's name of two characters or with a two-character surname among
// the units (王刚, 欧阳建国) is listed as a person's, and takes no place
// from the name before it (县委组织部、王刚 is no 县委王刚). Places before a
// town's government share it (城关、城西镇政府), listed.
func TestShortNamesListed(t *testing.T) {
	for _, c := range []struct {
		owners string
		want   []string
		word   string // a word the review must hold
	}{
		{"县发改、工信、商务局", []string{"县发改", "工信", "商务局"}, "工信"},
		{"发改、财政、审计局", []string{"发改", "财政", "审计局"}, "发改"},
		{"市教育、卫健、民政局", []string{"市教育", "卫健", "民政局"}, "卫健"},
		{"县委组织部、王刚", []string{"县委组织部", "王刚"}, "王刚"},
		{"欧阳建国、县财政局", []string{"欧阳建国", "县财政局"}, "欧阳建国"},
		{"县发改局、县财政局、李明", []string{"县发改局", "县财政局", "李明"}, "李明"},
		{"城关、城西镇政府", []string{"城关镇政府", "城西镇政府"}, "城关"},
	} {
		n := Parse("关于印发2024年重点工作任务分工的通知\n\n一、做好农村公路建设养护工作。（责任单位："+c.owners+"）\n二、推进项目建设。（责任单位：县财政局）\n\n县人民政府办公室\n2024年3月1日\n", today)
		if len(n.Tasks) != 2 {
			t.Fatalf("%s: %d tasks, want 2: %q", c.owners, len(n.Tasks), owned(n))
		}
		k := n.Tasks[0]
		if !slices.Equal(k.Owners, c.want) || !hasReview(k, "owners", c.word) {
			t.Errorf("%s: owners %q (review %+v), want %q listed with %q", c.owners, k.Owners, k.Review, c.want, c.word)
		}
		if hasReview(n.Tasks[1], "owners", "县财政局") {
			t.Errorf("%s: a whole unit's name is listed: %+v", c.owners, n.Tasks[1].Review)
		}
	}
}

// A run of members' duty lines (县公安局：负责…) broken by the line giving
// the members not named their part (其他成员单位：按照各自职责…) goes on
// after it: the units under it kept their duties in silence inside the
// line before. The line is a task of its own whose owner is the group,
// listed.
func TestOtherMembersInDutyRun(t *testing.T) {
	n := Parse("关于调整县食品安全委员会成员单位职责分工的通知\n\n各乡镇人民政府，县直各有关单位：\n现将县食品安全委员会成员单位职责分工通知如下。\n一、成员单位职责\n"+
		"县市场监管局：负责食品生产、流通和餐饮服务环节的监督管理，承担委员会办公室日常工作。\n"+
		"县农业农村局：负责食用农产品种植养殖环节的质量安全监督管理。\n"+
		"其他成员单位：按照各自职责做好食品安全相关工作。\n"+
		"县公安局：负责组织侦办食品安全犯罪案件。\n"+
		"县教育局：负责学校食堂食品安全管理工作。\n"+
		"二、工作要求\n各成员单位要加强协调配合。\n\n县食品安全委员会\n2023年4月10日\n", today)
	want := [][]string{{"县市场监管局"}, {"县农业农村局"}, {"其他成员单位"}, {"县公安局"}, {"县教育局"}}
	wantOwnersListed(t, n, want)
	if !hasReview(n.Tasks[2], "owners", "一组单位") {
		t.Errorf("the group's task does not ask for its members: %+v", n.Tasks[2].Review)
	}
	if got := n.Tasks[1].Body; strings.Contains(got, "县公安局") {
		t.Errorf("task 2 holds the lines after it: %q", got)
	}
}
