package notice

import (
	"strings"
	"testing"
)

func readProbe35(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe35", name) }

// Probe 35 of round 52's later rules. A project named as the body it
// builds (城东社区卫生服务中心) in a | row leaving out a cell took the row
// above's title and stood as the lead, in silence: the cell after the
// number is the task's (only a table telling the work from its detail
// carries the task's cell from above). A table numbering its tasks 一、二
// has no section rows; a section row may count its items (一 | 产业发展 |
// 共2项 |); work setting a body up (设立综合行政执法股) is no unit.
func TestProbe35PipeRows(t *testing.T) {
	n := readProbe35(t, "p01-pipe-project-noverb.txt")
	wantRows(t, "p01", n, []probeRow{
		{"城区第二污水处理厂二期工程", []string{"县住建局", "县发改局", "县生态环境局"}, []string{"县住建局"}, nil, "2024-12-31", nil},
		{"城东社区卫生服务中心", []string{"县卫健局", "县发改局", "县生态环境局"}, []string{"县卫健局"}, nil, "2024-09-30", []string{"owners", "lead"}},
		{"县中医院门诊综合楼", []string{"县卫健局", "县财政局"}, []string{"县卫健局"}, nil, "2024-11-30", nil},
		{"城北第二幼儿园", []string{"县教育局", "县财政局"}, []string{"县教育局"}, nil, "2024-08-31", []string{"owners"}},
		{"县城公共停车场", []string{"县城管局", "县公安局", "县自然资源局"}, []string{"县城管局"}, nil, "2024-10-31", nil},
		{"乡镇综合文化站", []string{"县文旅局", "县公安局", "县自然资源局"}, []string{"县文旅局"}, nil, "2024-10-31", []string{"owners"}},
	})
	n = readProbe35(t, "p12-pipe-project-names.txt")
	for k, title := range []string{"市民文化中心", "市第二人民医院", "城北污水处理厂", "市档案馆新馆", "滨江公园", "市急救指挥中心", "城南派出所业务用房"} {
		if k >= len(n.Tasks) || !strings.HasPrefix(n.Tasks[k].Title, title) || len(n.Tasks[k].Lead) != 0 {
			t.Errorf("p12 task %d: %q, want %q, no lead", k+1, owned(n), title)
		}
	}
	n = readProbe35(t, "p03-pipe-numeral-tasks.txt")
	if len(n.Tasks) != 6 || !strings.HasPrefix(n.Tasks[1].Title, "压缩企业开办时间") || !reviewed(n.Tasks[1], "owners") {
		t.Errorf("p03: tasks numbered 一、二 lost: %q", owned(n))
	}
	n = readProbe35(t, "p24-pipe-section-counts.txt")
	if len(n.Tasks) != 4 || !strings.HasPrefix(n.Tasks[0].Title, "新增规模以上工业企业") {
		t.Errorf("p24: a section row with its count read as a task: %q", owned(n))
	}
	n = readProbe35(t, "p16-detail-section-word.txt")
	if k := n.Tasks[1]; strings.Contains(strings.Join(k.Owners, ""), "设立") || !reviewed(k, "owners") {
		t.Errorf("p16: %q %+v", k.Owners, k.Review)
	}
}

// Members' duty lines naming two bodies (镇派出所、综治中心：, 镇党政办、应急
// 办：) keep the run going and give both; 应 inside 应急办 is no 应 giving a
// duty; 其他事项：, 其他县直部门： and 其他： keep the run going too.
func TestProbe35MemberRuns(t *testing.T) {
	for _, name := range []string{"n08a-duty-two-bodies-first.txt", "n08b-duty-two-bodies-jiwei.txt"} {
		n := readProbe35(t, name)
		if len(n.Tasks) != 4 || len(n.Tasks[2].Owners) != 2 || n.Tasks[3].Owners[0] != "镇卫生院" {
			t.Errorf("%s: %q", name, owned(n))
		}
	}
	if n := readProbe35(t, "n08a-duty-two-bodies-first.txt"); strings.Join(n.Tasks[0].Owners, "、") != "镇党政办、应急办" || strings.Contains(n.Tasks[0].Title, "应急办") {
		t.Errorf("n08a: %q %q", n.Tasks[0].Owners, n.Tasks[0].Title)
	}
	n := readProbe35(t, "n03-other-lines.txt")
	want := []string{"县应急管理局", "县住建局", "", "县交通运输局", "其他县直部门", "县教育局", "", "县消防救援大队"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("n03: %q", owned(n))
	}
	for k, w := range want {
		if got := strings.Join(n.Tasks[k].Owners, "、"); got != w || w == "" && !reviewed(n.Tasks[k], "owners") {
			t.Errorf("n03 task %d: %q, want %q", k+1, got, w)
		}
	}
}

// A news page's 原标题: line naming the notice's own title under a headline
// of the paper's: the original is the title.
func TestProbe35OriginalTitle(t *testing.T) {
	if n := readProbe35(t, "h03-yuanbiaoti.txt"); n.Title != "市人民政府关于印发2024年市级民生实事项目的通知" {
		t.Errorf("title %q", n.Title)
	}
}

// A table whose two-line header the rows do not line up with put a
// figure (100.0) in the units' column, in silence (set 87, measured
// unseen): an owner with no Chinese character is listed.
func TestFigureOwnerListed(t *testing.T) {
	n := Parse("序号 | 项目名称 | 完成比例 | 责任单位 |\n1 | 中小学校护眼灯光工程 | 县教育局 | 100.0 |\n2 | 敬老院电梯加装工程 | 县民政局 | 县民政局 |\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("%q", owned(n))
	}
	if k := n.Tasks[0]; !hasReview(k, "owners", "没有汉字") {
		t.Errorf("figure owner %q not listed: %+v", k.Owners, k.Review)
	}
	if hasReview(n.Tasks[1], "owners", "没有汉字") {
		t.Errorf("a unit's name listed as a figure: %+v", n.Tasks[1].Review)
	}
}

// Months joined by 、 in a time limit (2024年3月、6月、9月、12月各更新一次)
// were due at the first, unlisted: due at the last, listed. A place's
// party committee with its government written bare after it (镇党委、
// 政府; 街道党工委、办事处) gave 政府 and 办事处 alone: the place is theirs.
func TestProbe35MonthsAndPartyPlace(t *testing.T) {
	n := readProbe35(t, "d01-due-neighbours.txt")
	if k := n.Tasks[2]; k.Due.Format("2006-01-02") != "2024-12-31" || !hasReview(k, "due", "几个月份") {
		t.Errorf("months joined by 、: due %v %+v", k.Due, k.Review)
	}
	n = readProbe35(t, "n01-party-prefix.txt")
	if got := strings.Join(n.Tasks[4].Owners, "、"); got != "镇党委、镇政府" {
		t.Errorf("镇党委、政府: %q", got)
	}
	if got := strings.Join(n.Tasks[6].Owners, "、"); got != "街道党工委、街道办事处" {
		t.Errorf("街道党工委、办事处: %q", got)
	}
}
