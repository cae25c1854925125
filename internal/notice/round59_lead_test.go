package notice

import (
	"strings"
	"testing"
)

// Round 59, on the leftovers of round 58 and the sets gathered this round.

// bars writes cells one a line, each with a lone | on the line after it,
// as some pages flatten a table; a cell "" stands for a lone | alone, a
// cell of bars only ("||") for a run of them.
func bars(cells ...string) string {
	var b strings.Builder
	for _, c := range cells {
		switch {
		case c == "":
			b.WriteString("|\n")
		case strings.Trim(c, "|") == "":
			b.WriteString(c + "\n")
		default:
			b.WriteString(c + "\n|\n")
		}
	}
	return b.String()
}

// A table flattened with each | on a line of its own opens every row with
// a lone |; a row leaving out the 工作任务 merged over its group has two
// cells. Counted cell by cell, its opening | stood as a third, empty cell,
// and the rows of two cells went unread; the page says where each opens.
func TestLoneBarRowsShortOfMergedCell(t *testing.T) {
	text := "|\n" + bars("工作任务", "具体内容", "责任部门", "",
		"推进政策公开", "常态化公开就业、住房、教育等领域信息。", "财政所、便民综合服务中心", "",
		"积极探索特定群体的线下公开渠道,持续发布相关政策文件。", "便民综合服务中心", "",
		"聚焦就业创业、医疗卫生等民生实事,开展政策宣讲。", "民政办公室、卫生院", "",
		"强化权力配置信息公开", "细化权力配置信息公开,动态更新权责事项清单。", "党政办公室", "",
		"健全本镇行政执法信息全流程公示机制。", "党政办公室")
	wantRows(t, "lonebars", parseAt(text), []probeRow{
		{"推进政策公开", []string{"财政所", "便民综合服务中心"}, nil, nil, "", nil},
		{"积极探索特定群体的线下公开渠道", []string{"便民综合服务中心"}, nil, nil, "", nil},
		{"聚焦就业创业", []string{"民政办公室", "卫生院"}, nil, nil, "", nil},
		{"强化权力配置信息公开", []string{"党政办公室"}, nil, nil, "", nil},
		{"健全本镇行政执法信息全流程公示机制", []string{"党政办公室"}, nil, nil, "", nil},
	})
}

// A copy that pads each row of such a table to the header's width with a
// run of | at its end, for the cells merged into it from above (序号 and
// 项目 over a group's targets 1.–4., a 牵头领导 over two rows): read from
// number to number, the group's targets ran into one row, three lost in
// silence. Each run ends a row; a row's empty cell is empty, a cell it
// leaves out is the row above's, listed. A mark no rule explains (★) is
// no part of a unit's name, and the lead it may mean is listed.
func TestPaddedBarRows(t *testing.T) {
	text := "某区2024年重点工作目标任务分解落实方案\n" + bars("序号", "项目", "重点工作目标任务", "牵头领导", "责任单位",
		"一、2024年全区经济社会发展主要预期目标", "||||",
		"1", "主要预期目标", "1.地区生产总值增长5%以上。", "钱 宇", "★区发改委、统计局",
		"2.一般公共预算收入同口径增长6%以上。", "★区财政局、税务局", "|||",
		"3.规上工业总产值增长5%左右。", "", "★区工信局、统计局", "||",
		"4.全社会固定资产投资增长5%左右。", "方 勇", "★区发改委、统计局", "||")
	n := parseAt(text)
	wantRows(t, "padded", n, []probeRow{
		{"地区生产总值增长5%以上", []string{"区发改委", "统计局"}, nil, []string{"钱 宇"}, "", []string{"lead"}},
		{"一般公共预算收入同口径增长6%以上", []string{"区财政局", "税务局"}, nil, []string{"钱 宇"}, "", []string{"lead", "leaders"}},
		{"规上工业总产值增长5%左右", []string{"区工信局", "统计局"}, nil, nil, "", []string{"lead"}},
		{"全社会固定资产投资增长5%左右", []string{"区发改委", "统计局"}, nil, []string{"方 勇"}, "", []string{"lead"}},
	})
	for k, tk := range n.Tasks {
		if want := []string{"1", "2", "3", "4"}[k]; !strings.HasSuffix(tk.ID, want) || strings.Contains(tk.ID, ".0.") {
			t.Errorf("task %d id %q, want one ending in %s", k, tk.ID, want)
		}
	}
}
