package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 41's held-out set (set 45: a district's bulletin on handled
// suggestions, a report on proposals handled with 主办单位 / 协办单位
// labels, a mirror's plan cut before its first item, a 2010 cover letter,
// a traditional copy with pinyin, a 2008 law site's middle page) showed,
// each closed by a general rule:

// a district government's report on how the proposals of a CPPCC session
// were handled, each proposal on a line of its own opened by its number
// word (第1号“…的建议”(A类)) with its 主办单位 and 协办单位 after it, under a
// heading counting them ((一)重点提案办理情况(6件)). Before, the proposal
// was read as the heading's text, the task titled by the count, in
// silence. Now the proposal is the task, the heading a heading.
func TestProposalNumberWord(t *testing.T) {
	text := "关于政协红寺堡区委员会三届五次会议委员提案办理情况的报告\n\n" +
		"根据会议安排,现将政协红寺堡区委员会三届五次会议委员提案办理情况报告如下:\n\n" +
		"一、提案办理情况\n\n" +
		"区政府承办政协红寺堡区委员会三届五次会议的提案共38件(6件重点提案)。截至目前,提案办结31件。\n\n" +
		"(一)重点提案办理情况(6件)\n\n" +
		"第1号“关于进一步推进乡村振兴和产业发展的建议”(A类)。主办单位:农业农村局;协办单位:文体局、住建交通局。\n\n" +
		"第2号“关于加强农村道路建设的建议”(A类)。主办单位:住建交通局;协办单位:财政局。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !strings.HasPrefix(got.Title, "“关于进一步推进乡村振兴") || got.Number != 1 {
		t.Errorf("task 1: %d %q, want the proposal numbered 1", got.Number, got.Title)
	}
	if !slices.Equal(got.Lead, []string{"农业农村局"}) || !slices.Equal(got.Owners, []string{"农业农村局", "文体局", "住建交通局"}) {
		t.Errorf("task 1: owners %q lead %q", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; got.Number != 2 || !slices.Equal(got.Lead, []string{"住建交通局"}) {
		t.Errorf("task 2: %d %q lead %q", got.Number, got.Title, got.Lead)
	}
	// 第1号 with no quoted title after it (第1号令) is no item.
	if k := classify(item{line: Line{Text: "第1号令公布施行。"}}); k == kNum {
		t.Errorf("第1号令 read as an item")
	}
}
