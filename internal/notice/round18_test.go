package notice

import (
	"strings"
	"testing"
)

// Round 18's held-out set showed, each closed by a general rule:

// a table flattened one cell to a line whose first row the columns did not
// fit (a third unit's name on a line of its own) ends after that row; the
// rows after it name their units without a place (文化宣传股, 执法大队) and
// carry no label, so no line of theirs looked like a task's and nineteen
// tasks were missed with nothing said (略阳 2019). Now their row numbers,
// standing alone and numbered in turn, list them for a person to check.
func TestFlatRowsLeftAfterATableAreListed(t *testing.T) {
	text := "序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n备注\n" +
		"1\n公共文化服务\n免费开放服务人次较上年增长15%。\n12月底前\n张某某\n文化宣传股\n文化馆\n图书馆\n" +
		"2\n全年组织开展文化下乡等惠民演出不少于100场。\n文化宣传股\n" +
		"3\n开展好“三下乡”活动。\n" +
		"4\n文化市场管理\n开展专项整治行动4次以上。\n执法大队\n" +
		"5\n完成县级应急广播系统建设。\n广电事业股\n"
	n := Parse(text, today)
	at := strings.Index(text, "开展好")
	line := strings.Count(text[:at], "\n") + 1
	if !unreadAt(n, line) {
		t.Fatalf("row 3 (line %d) is not listed: tasks %+v, unread %+v", line, n.Tasks, n.Unread)
	}
	// Numbers in turn far apart (a page's number at each page's foot), or
	// only two of them, are no table's rows.
	pages := "一、总体要求\n坚持问题导向。\n\n\n\n\n\n\n\n\n\n\n\n\n\n1\n推进改革。\n\n\n\n\n\n\n\n\n\n\n\n\n\n2\n优化服务。\n\n\n\n\n\n\n\n\n\n\n\n\n\n3\n"
	if n := Parse(pages, today); len(n.Unread) != 0 {
		t.Errorf("page numbers listed: %+v", n.Unread)
	}
	if n := Parse("一、总体要求\n1\n推进改革。\n2\n优化服务。\n", today); len(n.Unread) != 0 {
		t.Errorf("two numbers listed: %+v", n.Unread)
	}
}
