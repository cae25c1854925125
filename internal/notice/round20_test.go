package notice

import (
	"strings"
	"testing"
)

// Round 20's held-out set showed, each closed by a general rule:

// a district bureau's page of its rows of the district's list: the header
// and each row on one line, cells apart by spaces, one row's unit cell
// running over four lines (one unit a line) before the line with its last
// cells. No row was read (the import listed the lines as looking like
// tasks). Now a header on one line whose space-apart cells all name
// columns, starting with 序号, reads the rows under it: a row short of
// cells goes on on the lines under it up to the next row, the last of
// them giving its last cells and the ones between going on the cell
// where its line stopped (谯城区 科技局, 2023).
func TestSpacedTableRowsAndACellOverLines(t *testing.T) {
	text := "谯城区2023年政府工作报告重点工作任务分解表\n" +
		"序号 重点工作任务 主要责任单位 协同配合单位 完成期限\n" +
		"33 新培育科技型中小企业50家以上。 区科技局 区经信局、区税务局,谯城经开区管委会。 2023年12月底\n" +
		"34 发挥拓展离岸健康科技研发中心等平台作用。 区科技局\n区商务局(区药发中心)\n区药投公司\n区发改委、区农业农村局,区农投公司。 2023年12月底\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	a, b := n.Tasks[0], n.Tasks[1]
	if strings.Join(a.Owners, "|") != "区科技局|区经信局|区税务局|谯城经开区管委会" || a.Due.Format("2006-01-02") != "2023-12-31" {
		t.Errorf("row 33: owners %q due %v", a.Owners, a.Due)
	}
	if strings.Join(b.Owners, "|") != "区科技局|区商务局(区药发中心)|区药投公司|区发改委|区农业农村局|区农投公司" || b.Due.Format("2006-01-02") != "2023-12-31" {
		t.Errorf("row 34: owners %q due %v", b.Owners, b.Due)
	}
	if len(a.Lead)+len(b.Lead) != 0 {
		t.Errorf("主要责任单位 is no 牵头 label: %q %q", a.Lead, b.Lead)
	}
	// A row whose lines do not fit the header stays text: nothing is
	// guessed, and the lines are listed as not read.
	odd := "序号 重点工作任务 主要责任单位 完成期限\n1 推进 项目 建设 区发改委 区住建局 2023年12月底\n"
	if n := Parse(odd, today); len(n.Tasks) != 0 {
		t.Errorf("a row of more cells than the header was read: %+v", n.Tasks)
	}
}

// a progress table flattened one cell to a line, each closing with " |",
// with no 序号: its header (项目 名称 | 内容 | 牵头单位 | 进展情况 (7月) …)
// took the first row's 项目名称 cell (婴幼儿童照护服务项目, a name ending in
// 项目) as one more column, and no row was read. Now a project's name after
// a header that already names the work, its items and who leads starts
// the first row (a district's 民生实事 progress page, 2021).
func TestProjectNameAfterAFlatHeaderStartsTheRow(t *testing.T) {
	text := "项目 名称 |\n内容 |\n牵头单位 |\n进展情况 (7月) |\n进展情况 (12月) |\n" +
		"婴幼儿童照护服务项目 |\n新增示范型儿童之家12家。 |\n区民政局、区卫生健康局 |\n区民政局:已新增10家。 |\n已完成12家。 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !strings.HasPrefix(got.Title, "婴幼儿童照护服务项目") || strings.Join(got.Lead, "|") != "区民政局|区卫生健康局" || strings.Join(got.Owners, "|") != "区民政局|区卫生健康局" {
		t.Errorf("row: %q owners %q lead %q", got.Title, got.Owners, got.Lead)
	}
	// A column named for a kind of project (重点项目) is still a column.
	head := "序号 |\n重点项目 |\n牵头单位 |\n1 |\n建设污水处理厂。 |\n区住建局 |\n"
	if n := Parse(head, today); len(n.Tasks) != 1 || strings.Join(n.Tasks[0].Owners, "|") != "区住建局" {
		t.Errorf("重点项目 column: %+v", n.Tasks)
	}
}

// a unit named before an open tail that names the district government's
// departments (区财政局等区政府有关部门) was dropped with the tail, where a
// named unit before 等有关部门 is kept: 等区政府有关部门 (and 等市人民政府
// 有关部门) is an open tail like 等区有关部门.
func TestOpenTailOfAGovernmentsDepartments(t *testing.T) {
	text := "1.新培育科技型中小企业50家以上。(责任单位:区科技局、区财政局等区政府有关部门)\n" +
		"2.推进研发投入增长。(责任单位:市科技局、市统计局等市人民政府相关部门)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := strings.Join(n.Tasks[0].Owners, "|"); got != "区科技局|区财政局" || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("item 1: owners %q review %v", got, n.Tasks[0].Review)
	}
	if got := strings.Join(n.Tasks[1].Owners, "|"); got != "市科技局|市统计局" || !reviewed(n.Tasks[1], "owners") {
		t.Errorf("item 2: owners %q review %v", got, n.Tasks[1].Review)
	}
}

// a consultancy site's repost of a plan: its menu line (国内政策【切换】
// 国际政策) and its breadcrumb (您现在的位置: 首页 > 政策前沿), blank lines
// apart, were run together with the plan's title into one title. Now a
// menu line with a 【切换】 button is page furniture, and 您现在的位置 starts
// a breadcrumb as 您现在所在的位置 does (西宁's 流通业 plan, 2017).
func TestMenuSwitchLineAndBreadcrumbAreNoTitle(t *testing.T) {
	text := "国内政策【切换】 国际政策\n\n您现在的位置: 首页 > 政策前沿\n\n加快西宁市流通业发展实施意见\n\n" +
		"发布人:春秋智谷  /  发布时间:2017-11-24 10:12:15  \n\n为进一步深化流通业改革,现制定我市加快流通业发展实施意见。\n\n" +
		"1.提高流通管理部门管理效能。(牵头单位:市商务局  责任单位:市编办、市发改委)\n"
	n := Parse(text, today)
	if n.Title != "加快西宁市流通业发展实施意见" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 1 || strings.Join(n.Tasks[0].Lead, "|") != "市商务局" {
		t.Errorf("tasks %+v", n.Tasks)
	}
}
