package notice

import (
	"slices"
	"strings"
	"testing"
)

// A table flattened with a lone "|" after each cell whose header names no
// 序号 while every row numbers itself in its second cell (池州 信访局's
// 工作任务 | 具体要求 | 责任科室 | 时限要求): read with the number as the
// row's 序号, the units stay in their column. A row leaving out its
// 工作任务 cell (merged with the row above's) shares the row above's; the
// two are told apart by what each asks.
func TestInnerNumberedBarTable(t *testing.T) {
	var b strings.Builder
	for _, c := range []string{"工作任务", "具体要求", "责任科室", "时限要求",
		"强化行政规范性文件集中规范公开", "1", "对行政规范性文件进行全面清理。", "办公室", "年底前",
		"做好主动公开基础工作", "2", "严格规范政府信息公开专栏,及时发布法定主动公开内容。", "各科室", "持续推进",
		"3", "规范做好政府信息公开工作年度报告编制发布工作,接受社会监督。", "办公室", "持续推进",
		"加强宣传", "4", "积极参加约稿活动。", "各科室", "2021年6月底前"} {
		b.WriteString(c + "\n|\n")
	}
	n := Parse(b.String(), today)
	want := []struct{ title, owner, due string }{ // due as yyyy-mm-dd, "" for none
		{"强化行政规范性文件集中规范公开", "办公室", "2021-12-31"}, // 年底前, the year the list names
		{"严格规范政府信息公开专栏", "各科室", ""},
		{"规范做好政府信息公开工作年度报告编制发布工作", "办公室", ""},
		{"加强宣传", "各科室", "2021-06-30"},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(n.Tasks), len(want), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		due := ""
		if !tk.Due.IsZero() {
			due = tk.Due.Format("2006-01-02")
		}
		if !strings.HasPrefix(tk.Title, w.title) || !slices.Equal(tk.Owners, []string{w.owner}) || due != w.due {
			t.Errorf("task %s: %q %q due %q, want %q %q due %q", tk.ID, tk.Title, tk.Owners, due, w.title, w.owner, w.due)
		}
	}
	if !strings.Contains(n.Tasks[2].Body, "做好主动公开基础工作") {
		t.Errorf("the shared 工作任务 is lost from task 3: %+v", n.Tasks[2])
	}
}
