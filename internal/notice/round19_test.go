package notice

import (
	"strings"
	"testing"
)

// Round 19's held-out set showed, each closed by a general rule:

// a table with each row on one line split by |, whose first column (a
// category, 生态环境) is merged over its group and given on the group's
// first row only, and whose row's line broke inside a cell (the second
// 协助单位 on the next line, with the time limit after it). The broken
// row lost its last cells and was read one column over, its helper made
// the lead, with no flag; the next row, one cell short, lost its lead and
// its time limit. Now a line of cells that starts no row goes on with the
// row above whose line ended inside a cell, a row one cell short whose
// last cell is the time limit is read one column over (listed), and 协助
// names a column of helpers (a city's 园林城市 table, 2010).
func TestPipeRowBrokenInACellAndShortByAMergedCell(t *testing.T) {
	text := "任务 内容 | 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |\n" +
		"生 态 环 境 | 1、城市大环境绿化扎实开展。 | 禁止开发城市周围的自然山体。 | 市规划局 | 市国土资源局\n" +
		"市农牧林业局 | 2010年9月20日前 |\n" +
		"2、按照要求建设防护绿地。 | 加强建成区防护绿地的建设。 | 市规划局 市建设局 | 市环保局 | 2010年9月20日前 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	a, b := n.Tasks[0], n.Tasks[1]
	if strings.Join(a.Owners, "|") != "市规划局|市国土资源局|市农牧林业局" || strings.Join(a.Lead, "|") != "市规划局" || a.Due.Format("2006-01-02") != "2010-09-20" {
		t.Errorf("row 1: owners %q lead %q due %v", a.Owners, a.Lead, a.Due)
	}
	if strings.Join(b.Owners, "|") != "市规划局|市建设局|市环保局" || strings.Join(b.Lead, "|") != "市规划局|市建设局" || b.Due.Format("2006-01-02") != "2010-09-20" {
		t.Errorf("row 2: owners %q lead %q due %v", b.Owners, b.Lead, b.Due)
	}
	if !reviewed(a, "lead") || !reviewed(b, "lead") {
		t.Errorf("rows read one column over are not listed: %v / %v", a.Review, b.Review)
	}
	// A whole row (its line ending in |) takes no line after it; a row of
	// as many cells as the header is read as it stands, unlisted.
	whole := "序号 | 工作任务 | 牵头单位 | 完成时限 |\n1 | 建设防护绿地。 | 市规划局 | 2010年9月20日前 |\n市建设局 | 2010年10月底前 |\n"
	n = Parse(whole, today)
	if len(n.Tasks) != 1 || strings.Join(n.Tasks[0].Owners, "|") != "市规划局" || reviewed(n.Tasks[0], "lead") {
		t.Errorf("whole row: %+v", n.Tasks)
	}
}
