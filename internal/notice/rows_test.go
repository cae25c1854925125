package notice

import (
	"strings"
	"testing"

	"tally/internal/i18n"
)

// A table row of two sub-items with a time limit each (walk-through of a
// county's list): the earlier limit is a milestone named by its own
// sub-item, not by its number; the 责任领导 cell is no part of the units'
// text; owners from the 牵头单位 and 配合单位 columns name both columns.
func TestTableRowSubItemsLeadersAndColumns(t *testing.T) {
	n := Parse("清水县2026年重点工作任务清单\n"+
		"序号\t重点工作\t责任领导\t牵头单位\t配合单位\t完成时限\n"+
		"1\t（1）新建乡镇卫生院2所；（2）改造村卫生室20个\t张丽\t县卫生健康局\t县财政局、有关乡镇人民政府\t（1）9月底前；（2）12月底前\n"+
		"2\t建成产业园区标准厂房5万平方米\t王建国\t县发展改革局\t\t2026年9月底前\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks: %+v", n.Tasks)
	}
	tk := n.Tasks[0]
	if len(tk.Milestones) != 1 || tk.Milestones[0].Text != "新建乡镇卫生院2所" || tk.Milestones[0].Due.Format("2006-01-02") != "2026-09-30" {
		t.Errorf("milestones %+v", tk.Milestones)
	}
	if tk.Due.Format("2006-01-02") != "2026-12-31" {
		t.Errorf("due %v", tk.Due)
	}
	if tk.OwnersText != "县卫生健康局；县财政局、有关乡镇人民政府" {
		t.Errorf("owners_text %q", tk.OwnersText)
	}
	if strings.Join(tk.Leaders, "|") != "张丽" {
		t.Errorf("leaders %q", tk.Leaders)
	}
	if got := n.Source(tk.Sources.Owners).In(i18n.Zh); got != "表格“牵头单位”“配合单位”列（第 3 行）" {
		t.Errorf("owners from %q", got)
	}
	if got := n.Source(tk.Sources.Owners).In(i18n.En); !strings.Contains(got, "columns 牵头单位 and 配合单位") {
		t.Errorf("owners from %q", got)
	}
	// Owners from the 牵头单位 column alone name it alone.
	if got := n.Source(n.Tasks[1].Sources.Owners).In(i18n.Zh); got != "表格“牵头单位”列（第 4 行）" {
		t.Errorf("task 2's owners from %q", got)
	}
	if n.Tasks[1].OwnersText != "县发展改革局" {
		t.Errorf("task 2's owners_text %q", n.Tasks[1].OwnersText)
	}
}

// Sub-item numbers are found in either bracket; one the row does not
// hold names the task itself.
func TestSubItemWords(t *testing.T) {
	for _, c := range []struct{ text, marker, want string }{
		{"（1）新建乡镇卫生院2所；（2）改造村卫生室20个", "（2）", "改造村卫生室20个"},
		{"(1)新建卫生院2所，(2)改造卫生室", "(1)", "新建卫生院2所"},
		{"①修路；②架桥", "①", "修路"},
		{"新建卫生院", "（3）", ""},
	} {
		if got := subItemWords(c.text, c.marker); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.text, c.marker, got, c.want)
		}
	}
}

// A section heading that is a whole paragraph is titled by its first
// sentence; the rest, the section's preamble, is kept in plan.yaml.
func TestHeadingParagraphTitle(t *testing.T) {
	n := Parse("2012年实施意见\n二、实施六大人才行动计划\n"+
		"（一）产业提升人才行动计划。围绕发展战略性主导产业，实施如下重点项目：\n"+
		"1.企业家培养工程。（牵头单位：市经贸委，配合单位：市人力资源社会保障局）\n", today)
	if len(n.Sections) != 1 || len(n.Tasks) != 1 {
		t.Fatalf("sections %+v tasks %d", n.Sections, len(n.Tasks))
	}
	s := n.Sections[0]
	if s.ID != "二（一）" || s.Title != "产业提升人才行动计划" || s.Preamble != "围绕发展战略性主导产业，实施如下重点项目：" {
		t.Errorf("section %+v", s)
	}
	plan := PlanFile(n, "seeds/x.txt")
	if !strings.Contains(plan, "    title: 产业提升人才行动计划\n    # 围绕发展战略性主导产业，实施如下重点项目：\n") {
		t.Errorf("plan.yaml:\n%s", plan)
	}
	// A heading of one sentence is its title, as it was.
	n = Parse("2012年实施意见\n一、产业提升人才行动计划。\n1.企业家培养工程。（牵头单位：市经贸委）\n", today)
	if s := n.Sections[0]; s.Title != "产业提升人才行动计划" || s.Preamble != "" {
		t.Errorf("section %+v", s)
	}
}

// 各项目牵头单位 among the partners names no unit: it is listed once, for
// the owners; the lead the notice names is no question.
func TestMetaNameReviewedOnce(t *testing.T) {
	n := Parse("2012年实施意见\n1.加强组织领导。（牵头单位：市委组织部，配合单位：各项目牵头单位）\n2.制定实施细则。（牵头单位：各项目牵头单位）\n", today)
	var got []string
	for _, tk := range n.Tasks {
		for _, r := range tk.Review {
			got = append(got, tk.ID+" "+r.Field)
		}
	}
	if strings.Join(got, "|") != "01 owners|02 owners|02 lead" {
		t.Errorf("reviews %q", got)
	}
}

// 2023年内 with no verb after it is the end of 2023, whatever the list's
// year: a 2022 list's item due 2023年内 is not due at the end of 2022.
func TestYearWithinIsThatYear(t *testing.T) {
	for _, c := range []struct{ name, text, due string }{
		{"after the item, in a list of another year", "2022年重点工作\n1.建设产业园区标准厂房，2023年内。（县发展改革局负责）\n", "2023-12-31"},
		{"after the item, in the list's year", "2023年重点工作\n1.建设产业园区标准厂房，2023年内。（县发展改革局负责）\n", "2023-12-31"},
		{"in the brackets", "2022年重点工作\n1.建设产业园区标准厂房。（县发展改革局负责，2023年内）\n", "2023-12-31"},
		{"in a 完成时限 column", "2022年重点工作\n序号\t工作任务\t责任单位\t完成时限\n1\t建设产业园区标准厂房\t县发展改革局\t2023年内\n", "2023-12-31"},
		{"a verb after it, as before", "2022年重点工作\n1.建设产业园区标准厂房，2023年内完成。（县发展改革局负责）\n", "2023-12-31"},
		{"年内 alone is the list's year", "2022年重点工作\n1.建设产业园区标准厂房，年内完成。（县发展改革局负责）\n", "2022-12-31"},
	} {
		n := Parse(c.text, today)
		if len(n.Tasks) != 1 {
			t.Errorf("%s: tasks %+v", c.name, n.Tasks)
			continue
		}
		if got := n.Tasks[0].Due.Format("2006-01-02"); got != c.due {
			t.Errorf("%s: due %s, want %s", c.name, got, c.due)
		}
	}
}

// A flattened table (round 11's held-out county list) whose rows each open
// with a lone |, with columns for where and how much (建设地点, 年度投资金额
// （万元）) between the task and its owners, and a 建设时间 cell that only
// names the year: every row is read whole, the last too, and the year is
// listed, not taken as a day.
func TestFlatTableLoneBarsAndPlaceColumns(t *testing.T) {
	text := "2024年十大民生实事项目清单 |\n||||||\n|\n序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n2024年建设内容 |\n年度投资金额 (万元) |\n责任单位 |\n" +
		"|\n1 |\n城北小学门前道路建设项目 |\n纸坊街道 |\n2024 |\n建成唐塔北路延伸段道路。 |\n300 |\n住建局 |\n" +
		"|\n2 |\n高标准农田建设项目 |\n谢村镇 |\n2024 |\n实施田块整治500亩。 |\n4930 |\n农业农村局 |\n"
	n := Parse(text, today)
	var got []string
	for _, tk := range n.Tasks {
		got = append(got, tk.Title+"="+strings.Join(tk.Owners, "|"))
		listed := false
		for _, r := range tk.Review {
			listed = listed || r.Field == "due"
		}
		if !tk.Due.IsZero() || !listed {
			t.Errorf("%s: due %v, listed %v: a year alone is no day", tk.Title, tk.Due, listed)
		}
	}
	if want := "城北小学门前道路建设项目=住建局 / 高标准农田建设项目=农业农村局"; strings.Join(got, " / ") != want {
		t.Errorf("tasks %q, want %q", got, want)
	}
}

// A table whose first column (类别) is a cell merged over a group of rows:
// the rows after the group's first leave it out, so their first cell is the
// task with its number. They are read one column to the right, with their
// units and leader, not dropped.
func TestRowWithoutMergedFirstCell(t *testing.T) {
	n := Parse("2022年民生事项进展\n"+
		"类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 监督电话 |\n"+
		"四、教育文化 | 14.改扩建泉山学校 | 完成一期2座教学楼建设。 | 教育体育局 | 刘福利 | 0535-8246306 |\n"+
		"15.推进学校塑胶运动场地建设 | 完成罗峰学校场地建设。 | 教育体育局 | 刘福利 | 0535-8246306 | |\n"+
		"16.推进义务教育课后服务 | 课后服务全覆盖。 | 教育体育局 | 刘福利 | 0535-8246336 |\n", today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks: %+v", n.Tasks)
	}
	for i, want := range []string{"14", "15", "16"} {
		tk := n.Tasks[i]
		if tk.ID != want || strings.Join(tk.Owners, "|") != "教育体育局" || strings.Join(tk.Leaders, "|") != "刘福利" {
			t.Errorf("task %d: id %s owners %q leaders %q", i, tk.ID, tk.Owners, tk.Leaders)
		}
	}
	if !strings.HasPrefix(n.Tasks[1].Title, "推进学校塑胶运动场地建设") {
		t.Errorf("task 15's title %q", n.Tasks[1].Title)
	}
}

// A flattened table whose first column names the leader (牵头领导 |
// 重点工作 | 牵头单位 | 配合单位 | 备注): the leader's cell stands on its own
// line before the first row's task and is merged over the rows under it;
// the rows carry their numbers in the task's cell (round 13, a city's list).
func TestFlatTableLeadersColumnFirst(t *testing.T) {
	n := Parse("2021年市政府重点工作责任分工抓落实方案\n\n牵头领导\n\n重点工作\n\n牵头单位\n\n配合单位\n\n备注\n\n周阳市长\n\n"+
		"1.始终做到忠诚于党。不折不扣落实上级党委、政府和市委各项决策部署。\n\n市府办\n\n市委办\n\n"+
		"2.始终坚持依法行政。规范重大行政决策法定程序,深化行政复议体制改革。\n\n市司法局\n\n市审计局\n", today)
	var got []string
	for _, k := range n.Tasks {
		got = append(got, strings.Join([]string{k.Title, strings.Join(k.Owners, "|"), strings.Join(k.Lead, "|"), strings.Join(k.Leaders, "|")}, " / "))
	}
	want := []string{"始终做到忠诚于党 / 市府办|市委办 / 市府办 / 周阳市长", "始终坚持依法行政 / 市司法局|市审计局 / 市司法局 / 周阳市长"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tasks: title / owners / lead / leaders\n got\n%s\n want\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A flattened assessment table (round 13, a county's 乡村振兴 list): a
// target of 0, 1 or 42 on a line of its own is a cell of its row, not the
// number of a new one, and the 评分部门 column names who scores the work,
// not who does it.
func TestFlatTableTargetsAndScorers(t *testing.T) {
	text := "2021年乡村振兴任务清单\n\n序号\n\n考核指标\n\n单位\n\n年度目标\n\n责任部门\n\n评分部门\n\n" +
		"1\n\n粮食播种面积\n\n万亩\n\n0.07\n\n县农业农村局\n\n市农业农村局\n\n" +
		"2\n\n生猪存栏\n\n万头\n\n0\n\n县农业农村局\n\n市农业农村局\n\n" +
		"3\n\n家禽出栏\n\n万只\n\n1\n\n县农业农村局\n\n市农业农村局\n\n" +
		"4\n\n水产品产量\n\n万吨\n\n42\n\n县海洋与渔业局\n\n县农业农村局\n\n市海洋渔业局\n"
	n := Parse(text, today)
	var got []string
	for _, k := range n.Tasks {
		got = append(got, k.Title+" / "+strings.Join(k.Owners, "|"))
	}
	want := []string{"粮食播种面积 / 县农业农村局", "生猪存栏 / 县农业农村局", "家禽出栏 / 县农业农村局", "水产品产量 / 县海洋与渔业局|县农业农村局"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tasks: title / owners\n got\n%s\n want\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
