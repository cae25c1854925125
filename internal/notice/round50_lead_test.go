package notice

import (
	"slices"
	"testing"
)

// A table flattened with each cell on a line of its own opening with "| "
// and each row closed by a lone "|" (set 61's 长沙 table): the lead's
// name broken a few characters a line is one name; a row with fewer cells
// than the header takes the cells it left out (merged over it) from the
// row above, each listed.
func TestLeadingPipeTable(t *testing.T) {
	n := Parse("牵头单位\n| 目 标 任 务\n| 责 任 单 位\n|\n"+
		"市政\n府办\n公厅\n| 强化行政监督,自觉接受人大和政协监督\n| 市直各单位、各区县市\n|\n"+
		"推进国家安全工作发展\n| 市直各单位、各区县市\n|\n"+
		"市\n发\n改\n委\n| 地区生产总值增长13%\n| 统计局、各区县市\n|\n"+
		"固定资产投资增长20%\n|\n", today)
	type row struct {
		title         string
		owners, lead  []string
		listed        []string
		listedNothing bool
	}
	want := []row{
		{"强化行政监督,自觉接受人大和政协监督", []string{"市政府办公厅", "市直各单位", "各区县市"}, []string{"市政府办公厅"}, nil, true},
		{"推进国家安全工作发展", []string{"市政府办公厅", "市直各单位", "各区县市"}, []string{"市政府办公厅"}, []string{"lead"}, false},
		{"地区生产总值增长13%", []string{"市发改委", "统计局", "各区县市"}, []string{"市发改委"}, nil, true},
		{"固定资产投资增长20%", []string{"市发改委", "统计局", "各区县市"}, []string{"市发改委"}, []string{"owners", "lead"}, false},
	}
	if n.Title != "" {
		t.Errorf("title %q: the header's cells are no title", n.Title)
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(n.Tasks), len(want), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if tk.Title != w.title || !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Lead, w.lead) {
			t.Errorf("task %s: %q %q lead %q, want %q %q lead %q", tk.ID, tk.Title, tk.Owners, tk.Lead, w.title, w.owners, w.lead)
		}
		for _, f := range w.listed {
			if !reviewed(tk, f) {
				t.Errorf("task %s: %s taken from the row above and not listed", tk.ID, f)
			}
		}
		if w.listedNothing && (reviewed(tk, "owners") || reviewed(tk, "lead")) {
			t.Errorf("task %s: a whole row listed: %+v", tk.ID, tk.Review)
		}
	}
}

// A row of such a table that is never closed by its lone "|" ends the
// table: the lines after it are no cells.
func TestLeadingPipeTableUnclosed(t *testing.T) {
	n := Parse("牵头单位\n| 目标任务\n| 责任单位\n|\n市发改委\n| 地区生产总值增长13%\n| 统计局\n|\n"+
		"一、其他事项\n各单位要认真落实。\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市发改委", "统计局"}) {
		t.Errorf("tasks %q", owned(n))
	}
}
