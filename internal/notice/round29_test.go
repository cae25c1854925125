package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 29's held-out set (set 31: a heritage bid's table, trade-union
// work points, a progress bulletin, duty lists of member units, a repost,
// a science association's work points) showed, each closed by a general
// rule:

// a document site's preview of a county's straw-burning plan served as one
// line, page markers inside its words (县农作第2页共4页物秸秆…) and at its
// head (第1页共4页政府秸秆禁烧工作实施方案为…), its member units' duties
// run on, each paragraph opening with the units as a sentence of their own
// (县环保局。负责… 县交通局、公路局。负责…). Before, the marker stood in the
// title and no duty was read, nor listed. Now the markers are no part of
// the text, each unit's paragraph is on a line of its own and is read as
// a task, its units the owners, listed; the plan's chapter the paragraphs
// stood in (一、组织领导及职责分工…) names no one and is no task.
func TestRunOnUnitDuties(t *testing.T) {
	text := "第1页共4页政府秸秆禁烧工作实施方案为认真做好我县农作物秸秆禁烧工作,进一步改善环境质量,制订本方案。" +
		"一、组织领导及职责分工为切实加强对秸秆禁烧工作的领导,县政府成立县农作第2页共4页物秸秆禁烧工作领导小组(名单附后)。各组成单位及其职责如下:" +
		"县环保局。负责对全县秸秆禁烧工作实施统一监督,并承担县禁烧办的日常工作。" +
		"县交通局、公路局。负责对全县辖区内国道、省道、县道两侧燃烧秸秆情况的巡查,依法进行查处。" +
		"县监察局。负责对全县秸秆禁烧工作的行政监督,对发第3页共4页生重大责任事故的有关责任人员进行行政责任追究和处理。\n"
	n := Parse(text, today)
	if n.Title != "政府秸秆禁烧工作实施方案" {
		t.Errorf("title %q", n.Title)
	}
	want := []struct {
		title  string
		owners []string
	}{
		{"负责对全县秸秆禁烧工作实施统一监督", []string{"县环保局"}},
		{"负责对全县辖区内国道、省道、县道两侧燃烧秸秆情况的巡查", []string{"县交通局", "公路局"}},
		{"负责对全县秸秆禁烧工作的行政监督", []string{"县监察局"}},
	}
	duties := n.Tasks
	if len(duties) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := duties[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, w.owners) || !reviewed(got, "owners") {
			t.Errorf("duty %d: %q owners %q, want %q by %q, listed", i+1, got.Title, got.Owners, w.title, w.owners)
		}
		if strings.Contains(got.Title+got.Body, "页") {
			t.Errorf("duty %d keeps a page marker: %q", i+1, got.Title+got.Body)
		}
	}
	if n.Tasks[0].ID != "01" {
		t.Errorf("first duty's id %q, want 01", n.Tasks[0].ID)
	}
}

// One unit's sentence alone in a long line is a sentence of the text, not
// a division of duties: the line is not cut there.
func TestOneUnitSentenceNoDuties(t *testing.T) {
	line := strings.Repeat("为切实加强对秸秆禁烧工作的领导,", 10) + "县环保局。负责对全县秸秆禁烧工作实施统一监督。"
	if got := unitParagraphs(line); got != line {
		t.Errorf("cut: %q", got)
	}
}
