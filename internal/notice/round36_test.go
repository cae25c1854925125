package notice

import (
	"slices"
	"testing"
)

// Round 36's held-out set (set 41: Zhejiang district progress tables, rows
// on one line split by |, tables flattened one cell a line with a group's
// cell served once, a traditional-character mirror with pinyin readings,
// cover letters) showed, each closed by a general rule:

// a district's list of practical projects under an index, each row on one
// line split by |, whose 工作举措及实施计划 cell lists its points 1. 2. 3.
// each with its monthly limits. Before, the row was split at each point's
// number: the points became tasks of their own, the row's unit cells went
// to the last point and the row took the row above's units. Now a number
// inside a | row's cell stays in the cell, and a column of measures and
// their plan stands for the missing time-limit column: its last stage is
// the due, listed; the points of another column's cell are not listed as
// tasks run together into the row.
func TestPipeRowPointsStayInTheirCell(t *testing.T) {
	text := "发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n" +
		"序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n" +
		"1 | 新建成公办中小学、幼儿园7所。 | 1.4月底前职教中心主体完工。 2.8月底前职教中心竣工交付。 3.11月底前天目山镇中心幼儿园竣工交付。 | 教育局 | 发改局、住建局 |\n" +
		"2 | 新建成婴幼儿照护服务成长驿站7家,新增婴幼儿照护服务托位500个,开展胃肠癌联合筛查1万例以上。 | 1.婴幼儿照护服务成长驿站:3月底前新建成2家;6月底前新建成2家;9月底前完成7家建设任务。 2.婴幼儿照护服务托位:3月底前新增100个以上托位;6月底前新增200个以上托位;9月底前完成500个托位。 3.胃肠癌联合筛查:4月底前完成胃肠癌联合筛查方案制定;5月底前启动胃肠癌联合筛查;11月底前完成胃肠癌联合筛查工作。 | 卫生健康局 | 财政局、教育局、规划和自然资源分局、医疗保障分局、民政局、妇联,各镇(街道) |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	want := [][]string{{"教育局", "发改局", "住建局"}, {"卫生健康局", "财政局", "教育局", "规划和自然资源分局", "医疗保障分局", "民政局", "妇联", "各镇(街道)"}}
	for i, task := range n.Tasks {
		if !slices.Equal(task.Owners, want[i]) {
			t.Errorf("row %d: owners %q, want %q", i+1, task.Owners, want[i])
		}
		if task.Due.Format("01-02") != "11-30" || !reviewed(task, "due") {
			t.Errorf("row %d: due %v (listed %v), want the last stage's 11月底, listed", i+1, task.Due, reviewed(task, "due"))
		}
	}
	if len(n.Unread) > 0 {
		t.Errorf("the points of a row's plan cell are listed as tasks run together: %+v", n.Unread)
	}
}

// a district's division of its work report with a quarter's progress,
// its table flattened one cell a line: a 分类 column before 序号 whose cell
// (发展目标) is served once, right before its group's first row, under the
// page's heading and the table's own shorter title. Before, 分类 / 序号 was
// read as one column, 发展目标 as a column of the header, and no row: the
// notice was refused; its title ran the heading, the table's title and 分类
// together. Now a 序号 starts a column of its own, a group's cell before a
// row's number is kept as a line of its own (the next group's too, a line
// past the row's columns before the next number), and a title line the lines
// before it already hold ends the title.
func TestFlatTableGroupCellServedOnce(t *testing.T) {
	text := "2023年莲都区政府工作报告重点工作责任分解第一季度进展情况\n\n" +
		"2023年莲都区政府工作报告重点工作责任分解\n\n分类\n\n序号\n\n事项\n\n责任单位\n\n牵头单位\n\n发展目标\n\n" +
		"1\n\n地区生产总值增长6.5%以上。\n\n区农业农村局、区经商局、区发改局\n\n区发改局\n\n" +
		"2\n\n区本级固定资产投资增长25%。\n\n区发改局\n\n区发改局\n\n" +
		"3\n\n区本级规上工业增加值增长10%。\n\n区经商局、莲都经开区管委会\n\n区经商局\n\n" +
		"激发市场活力\n\n4\n\n新增市场主体5000户。\n\n区市场监管局、区经商局\n\n区市场监管局\n"
	n := Parse(text, today)
	if n.Title != "2023年莲都区政府工作报告重点工作责任分解第一季度进展情况" {
		t.Errorf("title %q, want the page's heading alone", n.Title)
	}
	want := []struct {
		title        string
		owners, lead []string
	}{
		{"地区生产总值增长6.5%以上", []string{"区农业农村局", "区经商局", "区发改局"}, []string{"区发改局"}},
		{"区本级固定资产投资增长25%", []string{"区发改局"}, []string{"区发改局"}},
		{"区本级规上工业增加值增长10%", []string{"区经商局", "莲都经开区管委会"}, []string{"区经商局"}},
		{"新增市场主体5000户", []string{"区市场监管局", "区经商局"}, []string{"区市场监管局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		slices.Sort(got.Owners)
		slices.Sort(w.owners)
		if got.Title != w.title || !slices.Equal(got.Owners, w.owners) || !slices.Equal(got.Lead, w.lead) {
			t.Errorf("row %d: %q owners %q lead %q, want %q %q %q", i+1, got.Title, got.Owners, got.Lead, w.title, w.owners, w.lead)
		}
	}
}

// a district's key-work table served by a mirror in traditional
// characters with pinyin readings, flattened one cell a line: 序號 | 項目 |
// 重點工作 | 牽頭領導 | 牽頭單位 | 主要參與單位, the 項目 cell served on its
// group's first row only, two leaders in a row (one padded: 顧  斌), a lead
// unit's bracketed other name on the line under it, a second lead unit
// under that, and 各平臺、鎮街. Before, the 項目 cell was read as the task
// (the work lost), the second leader as the lead, (區金融辦) as a unit and
// 各平臺、鎮街 as two, unlisted. Now 項目 before 重點工作 is the row's field,
// a leaders' cell takes the persons one a line, a bracketed name alone on
// a line goes with the unit above, single names one a line go on a cell
// before a line listing units does, and 鎮街 goes on a 各… of a place's kind.
func TestFlatFieldColumnLeadersAndOtherName(t *testing.T) {
	text := "序號\n\n項目\n\n重點工作\n\n牽頭領導\n\n牽頭單位\n\n主要參與單位\n\n" +
		"一、在鑄強發(fā)展引擎上大抓落實、勇當標桿\n\n1\n\n厚植創(chuàng)新發(fā)展源動力\n\n" +
		"建設城西科創(chuàng)大走廊核心區(qū),推進浙大超重力離心模擬與實驗室裝置建設。\n\n梅建勝\n\n顧國煜\n\n區(qū)科技局\n\n區(qū)發(fā)改局、未來科技城\n\n" +
		"2\n\n深挖浙江大學、北航創(chuàng)新研究院等名校名院名企資源,加快構建技術創(chuàng)新中心體系。\n\n顧國煜\n\n區(qū)科技局\n\n各平臺、鎮(zhèn)街\n\n" +
		"3\n\n實施“雄鷹計劃”“雙百計劃”“鳳凰行動”,新增國家級和省級“專精特新”企業35家。\n\n姚文華\n\n顧  斌\n\n區(qū)發(fā)改局\n\n(區(qū)金融辦)\n\n區(qū)經(jīng)信局\n\n" +
		"區(qū)科技局、區(qū)財政局,各平臺、鎮(zhèn)街\n"
	n := Parse(text, today)
	want := []struct {
		title                 string
		owners, lead, leaders []string
	}{
		{"建設城西科創大走廊核心區,推進浙大超重力離心模擬與實驗室裝置建設", []string{"區科技局", "區發改局", "未來科技城"}, []string{"區科技局"}, []string{"梅建勝", "顧國煜"}},
		{"深挖浙江大學、北航創新研究院等名校名院名企資源,加快構建技術創新中心體系", []string{"區科技局", "各平臺、鎮街"}, []string{"區科技局"}, []string{"顧國煜"}},
		{"實施“雄鷹計劃”“雙百計劃”“鳳凰行動”,新增國家級和省級“專精特新”企業35家", []string{"區發改局(區金融辦)", "區經信局", "區科技局", "區財政局", "各平臺、鎮街"},
			[]string{"區發改局(區金融辦)", "區經信局"}, []string{"姚文華", "顧  斌"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Owners, w.owners) || !slices.Equal(got.Lead, w.lead) || !slices.Equal(got.Leaders, w.leaders) {
			t.Errorf("row %d: %q owners %q lead %q leaders %q, want %q %q %q %q", i+1, got.Title, got.Owners, got.Lead, got.Leaders, w.title, w.owners, w.lead, w.leaders)
		}
	}
	if !reviewed(n.Tasks[2], "lead") {
		t.Errorf("row 3's three unit lines under two unit columns: which stand under 牽頭單位 is a guess, the lead should be listed")
	}
}
