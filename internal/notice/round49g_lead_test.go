package notice

import (
	"slices"
	"strings"
	"testing"
)

// readProbe26 reads one of probe 26's texts.
func readProbe26(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe26", name) }

// Probe 26: under owner headings, a closing line (以上问题请于…整改到位), a
// praise (予以肯定) and a sub-point (其中…, 具体表现为…) are no problems of
// their own: the problems stay as many as the bulletin gives.
func TestProbe26OwnerHeadingLines(t *testing.T) {
	for name, want := range map[string]int{"owner-heading-closing-line-and-praise.txt": 3, "owner-heading-subpoints-as-tasks.txt": 5, "praise-yiyukending-as-task.txt": 2} {
		n := readProbe26(t, name)
		if len(n.Tasks) != want {
			t.Errorf("%s: %d tasks, want %d", name, len(n.Tasks), want)
		}
		for _, tk := range n.Tasks {
			if noProblemRe.MatchString(tk.Title) || subPointRe.MatchString(tk.Title) {
				t.Errorf("%s: task %s is %q", name, tk.ID, tk.Title)
			}
		}
	}
}

// Probe 26: a counted line (3项目标的责任单位均为…) does not go over an item
// naming its own units, is not added to them (该项工作责任单位为…), and counts
// no more items than stand above it; 两项 counts two.
func TestProbe26CountedUnits(t *testing.T) {
	for _, tk := range readProbe26(t, "counted-line-overrides-item-own-unit.txt").Tasks {
		if strings.HasPrefix(tk.Title, "地区生产总值") && slices.Contains(tk.Owners, "县发展改革委") {
			t.Errorf("the counted line went over the item's own unit: %q", tk.Owners)
		}
	}
	if n := readProbe26(t, "counted-line-merges-own-unit-count-exceeds.txt"); len(n.Tasks) == 0 || !slices.Equal(n.Tasks[0].Owners, []string{"县行政审批局"}) {
		t.Errorf("the item's own unit: %q", owned(n))
	}
	for _, tk := range readProbe26(t, "count-exceeds-items.txt").Tasks {
		if slices.Contains(tk.Owners, "县发展改革委") {
			t.Errorf("a count (5项) larger than the items above (2) was applied to task %s", tk.ID)
		}
	}
	n := readProbe26(t, "liang-xiang-count-zero.txt")
	if len(n.Tasks) < 2 || !slices.Equal(n.Tasks[0].Owners, n.Tasks[1].Owners) || len(n.Tasks[0].Owners) == 0 {
		t.Errorf("两项: %q", owned(n))
	}
}

// Probe 26: a notice setting up a committee or a leading group lists its
// members' standing duties: no tasks; places and zones in brackets after a
// body (高新区, 王庄村) are parts of its name, not persons; an index's
// labelled issuer keeps its bulleted bodies and related titles out.
func TestProbe26Readings(t *testing.T) {
	for _, name := range []string{"committee-standing-duties-as-tasks.txt", "leading-group-office-one-duty-as-task.txt"} {
		if n := readProbe26(t, name); len(n.Tasks) != 0 {
			t.Errorf("%s: %d tasks, want none", name, len(n.Tasks))
		}
	}
	got := owned(readProbe26(t, "bracket-surname-like-part-dropped.txt"))
	if len(got) < 3 || !slices.Equal(got[1], []string{"镇管委会（高新区）"}) || !slices.Equal(got[2], []string{"镇人民政府（王庄村）"}) {
		t.Errorf("brackets of places: %q", got)
	}
	n := readProbe26(t, "bullet-index-title-and-issuer-overridden.txt")
	if n.Title != "关于做好2024年乡村教师生活补助发放工作的通知" || n.Issuer != "县人民政府办公室" {
		t.Errorf("title %q, issuer %q", n.Title, n.Issuer)
	}
}

// Set 58, measured unseen: a bulletin's groups of problems, each numbered
// from 1 and closed by one label (1.…; 2.…。 / 整改责任单位:X 整改时限:…): the
// label went to each group's last problem only. It goes to every problem
// of its group, listed; a group's item naming its own label keeps it.
func TestGroupLabels(t *testing.T) {
	n := Parse("马关县督查曝光\n1.市场内无障碍卫生间堆放有杂物。\n整改责任单位:县市场监督管理局 整改时限:2021年8月13日前\n"+
		"1.B3-03住户门前水体植物盆底积水;\n2.B23-02住户旁积水花盆较多;\n3.大门口垃圾桶未加盖。\n责任单位:县住房和城乡建设局 整改时限:2021年8月13日前\n"+
		"1.厂区门口未设置疫情防控;\n2.食品添加剂堆放不规范。\n整改责任单位:县市场监督管理局 整改时限:2021年8月13日前\n", today)
	want := [][]string{{"县市场监督管理局"}, {"县住房和城乡建设局"}, {"县住房和城乡建设局"}, {"县住房和城乡建设局"}, {"县市场监督管理局"}, {"县市场监督管理局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	if dueOf(n.Tasks[1]) != "2021-08-13" || !reviewed(n.Tasks[1], "owners") {
		t.Errorf("a group's first problem: due %q, listed %v", dueOf(n.Tasks[1]), reviewed(n.Tasks[1], "owners"))
	}
}

// Probe 27: a group's label keeps off an item's own date and own body, and
// off a list's first items before its first label; a notice whose opening
// mentions a committee is no committee's setting up; a problem line that
// praises and goes on to a fault is a problem.
func TestProbe27(t *testing.T) {
	read := func(name string) *Notice { t.Helper(); return readProbe(t, "probe27", name) }
	n := read("group-label-overwrites-item-own-due.txt")
	if len(n.Tasks) != 4 || dueOf(n.Tasks[2]) != "2021-08-10" || dueOf(n.Tasks[1]) != "2021-08-20" {
		t.Errorf("own date in a group: %+v", n.Tasks)
	}
	if n := read("fengong-item-own-due-overwritten.txt"); len(n.Tasks) == 0 || dueOf(n.Tasks[0]) != "2024-06-30" {
		t.Errorf("a list's first item's own date: %+v", n.Tasks)
	}
	for _, name := range []string{"item-own-subject-colon-overridden.txt", "item-own-subject-bumen-yao-overridden.txt", "fengong-item4-label-shared.txt"} {
		n := read(name)
		last := n.Tasks[len(n.Tasks)-1].Owners
		for _, tk := range n.Tasks[:len(n.Tasks)-1] {
			if slices.Equal(tk.Owners, last) {
				t.Errorf("%s: task %s took the last item's label %q", name, tk.ID, last)
			}
		}
	}
	if n := read("head-tiaozheng-weiyuanhui-no-tasks.txt"); len(n.Tasks) != 2 {
		t.Errorf("a division after a committee mentioned: %d tasks, want 2", len(n.Tasks))
	}
	if n := read("head-chengli-zhihuibu-duty-tasks-unplaced.txt"); len(n.Tasks) != 4 {
		t.Errorf("a division in a notice setting up a headquarters in its text: %d tasks, want 4", len(n.Tasks))
	}
	if n := read("owner-heading-problem-folded-by-praise-or-fixed-words.txt"); len(n.Tasks) < 8 {
		t.Errorf("problems folded into the one above: %d tasks, %q", len(n.Tasks), owned(n))
	}
}

// Probe 27: the last item's label naming a unit with a person in brackets
// (责任单位：县农业农村局（张明）) took the signature under it into the name in
// silence; the signature is the issuer, and the bracket is listed.
func TestPersonBracketOverSignature(t *testing.T) {
	n := readProbe(t, "probe27", "person-in-owner-bracket-silent.txt")
	if n.Issuer != "南康区人民政府办公室" || len(n.Tasks) != 2 || strings.Contains(strings.Join(n.Tasks[1].Owners, ""), "南康区") || !reviewed(n.Tasks[1], "owners") {
		t.Errorf("issuer %q, tasks %+v", n.Issuer, n.Tasks)
	}
}
