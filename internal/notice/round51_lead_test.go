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

// A county bureau's breakdown table under its section heading (二、重点工作
// 任务分解 / 重点任务 | 工作内容 | 负责科室 |): 负责科室 names the rows'
// owners; a row whose first cell is the word a page's index uses for a
// label (政策解读) is a row of the table, not the page's index; 各责任科室
// names no section in particular (listed); the section's heading is no
// title of the notice.
func TestSectionsTableUnderHeading(t *testing.T) {
	n := Parse("二、重点工作任务分解\n重点任务 | 工作内容 | 负责科室 |\n"+
		"政策解读 | 对以我局名义制定的政策文件进行全面解读。 | 各责任科室 |\n"+
		"回应关切 | 对群众普遍关注的社会热点问题及时、主动回应。 | 各业务科室 |\n"+
		"政务服务 | 注重政务服务办理流程、办理结果等信息发布 | 综合科 |\n", today)
	if n.Title != "" {
		t.Errorf("title %q: a section's heading", n.Title)
	}
	want := []struct {
		title  string
		owners []string
		listed bool
	}{
		{"政策解读", nil, true},
		{"回应关切", []string{"各业务科室"}, false},
		{"政务服务", []string{"综合科"}, false},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(n.Tasks), len(want), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if tk.Title != w.title || !slices.Equal(tk.Owners, w.owners) || reviewed(tk, "owners") != w.listed {
			t.Errorf("task %s: %q %q listed %v, want %q %q listed %v", tk.ID, tk.Title, tk.Owners, reviewed(tk, "owners"), w.title, w.owners, w.listed)
		}
	}
}
