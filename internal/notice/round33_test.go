package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 33's held-out set (set 37: county and city bureaus' progress
// tables flattened one cell a line, rows on one line with cells split by
// spaces, a table with no title and no header, header cells broken by
// spaces, leaders padded with a space, a law site's targets closing with a
// bracket of units, a headerless middle page, a news repost) showed, each
// closed by a general rule:

// a district bureau's quarterly table, each cell closed by " |", whose
// leaders' cell holds a two-character name padded with a space and a
// second name one space after it (耿 峰 彭开国). Before, the cell was one
// leader, unflagged. Now two single characters in a row pair into one
// padded name, the others stay as written, and the split is listed for
// review: read at spaces alone the cell would give three names.
func TestPaddedNameAmongSpacedLeaders(t *testing.T) {
	text := "2023年二季度《政府工作报告》完成情况\n序 号 |\n年度目标 |\n分管 区领导 |\n责任单位 |\n是否完成 |\n" +
		"1 |\n坚守耕地保护红线,全方位夯实粮食安全基础。 |\n耿 峰 彭开国 |\n区自然资源局 区农业农村局 |\n完成 |\n" +
		"2 |\n拓宽村集体增收路径。 |\n彭开国 |\n区农业农村局 |\n完成 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Leaders, []string{"耿 峰", "彭开国"}) {
		t.Errorf("leaders %q, want the padded name and the other", got.Leaders)
	}
	if !slices.ContainsFunc(got.Review, func(r Review) bool { return r.Field == "leaders" }) {
		t.Errorf("the split leaders are not listed for review: %+v", got.Review)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Leaders, []string{"彭开国"}) || slices.ContainsFunc(got.Review, func(r Review) bool { return r.Field == "leaders" }) {
		t.Errorf("one leader: %q %+v", got.Leaders, got.Review)
	}
	// Three full names apart by spaces are no such mix.
	if out, ok := paddedMix("张三丰 李四 王五"); ok {
		t.Errorf("paddedMix of full names: %q", out)
	}
}

// a city bureau's half-year table whose page glues the site's column name
// in 【】 to the table's heading on the first line (【落实情况】市机关事务
// 管理局2025年…主要任务上半年落实情况). Before, the column's name stayed in
// the title. Now a 【】 name heading the page's first line, a table's
// heading after it, is the site's and left out.
func TestBracketColumnOverTableHeading(t *testing.T) {
	text := "【落实情况】市机关事务管理局2025年《政府工作报告》主要任务上半年落实情况\n" +
		"序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n" +
		"1 |\n严格执行城市公共空间规划建设治理导则。 |\n市自规局 |\n已完成。 |\n"
	n := Parse(text, today)
	if want := "市机关事务管理局2025年《政府工作报告》主要任务上半年落实情况"; n.Title != want {
		t.Errorf("title %q, want %q", n.Title, want)
	}
	// A 【】 name before a sentence of the text stays.
	if bracketHeadOfTable("【通知】", "各单位要按时报送完成情况。", nil) {
		t.Errorf("a sentence read as a table's heading")
	}
}

// a county's quarterly table as a mirror serves it: the header and each
// row on one line with cells apart by spaces, the leaders' names padded
// with a space (路 军), one row broken one cell a line (its number alone,
// two leaders and two units each on a line, the progress by unit), and a
// row marked ★ before its number. Before, the padded names gave each row a
// cell too many and the table was no table: no task was read. Now two
// one-character cells in a row too wide are one name, a number alone
// starts a row whose lines are its cells, placed by what they hold, and a
// ★ before a number is no part of it.
func TestSpacedRowsPaddedAndBroken(t *testing.T) {
	text := "怀远县2021年度政府重点工作任务第一季度完成情况汇总表\n" +
		"序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况\n" +
		"1 地区生产总值增长9%以上。 路 军 发展改革委 数据上报中\n" +
		"2 社会消费品零售总额增长11%。 屈 磊 商务局 同比增长40.4%。\n" +
		"3\n单位生产总值能耗、主要污染物排放均控制在上级下达的目标以内。\n路 军\n屈 磊\n发展改革委\n生态环境分局\n" +
		"发展改革委:单位生产总值能耗控制在上级下达的目标以内。\n生态环境分局:主要污染物排放均控制在上级下达的目标以内。\n" +
		"★4 更深层次更多领域融入长三角产业分工协作。 路 军 发展改革委 已成功申报15个项目。\n"
	n := Parse(text, today)
	want := []struct {
		lead, leaders []string
	}{
		{[]string{"发展改革委"}, []string{"路 军"}},
		{[]string{"商务局"}, []string{"屈 磊"}},
		{[]string{"发展改革委", "生态环境分局"}, []string{"路 军", "屈 磊"}},
		{[]string{"发展改革委"}, []string{"路 军"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d: %+v", len(n.Tasks), len(want), n.Tasks)
	}
	for k, w := range want {
		got := n.Tasks[k]
		if !slices.Equal(got.Lead, w.lead) || !slices.Equal(got.Owners, w.lead) || !slices.Equal(got.Leaders, w.leaders) {
			t.Errorf("task %d: owners %q lead %q leaders %q, want %q and %q", k+1, got.Owners, got.Lead, got.Leaders, w.lead, w.leaders)
		}
	}
	// A row whose one-character cells do not make it fit stays as it was.
	if got := joinPaddedNames([]string{"1", "甲", "乙", "丙"}, 3); len(got) != 4 {
		t.Errorf("joinPaddedNames: %q", got)
	}
}

// a city bureau's table with no title and no header, each cell closed by
// a lone | line, a section's cell (一、…) in the first row of each section
// only, and several units and persons one a line in a cell. Its sections
// were read as items naming no one and dropped, their rows shown as text,
// but only the lines down to the first unit's cell were listed as not
// read: the rows after it, in the same dropped item, not. Now a dropped
// item's span runs to its last line.
func TestHeadlessDroppedItemListedToItsEnd(t *testing.T) {
	text := "1\n|\n一、经济社会发展的主要预期目标\n|\n农村常住居民人均可支配收入与全省同步增长。\n|\n法规科\n|\n潘秀峰\n|\n2024年底前\n|\n5555309\n|\n" +
		"2\n|\n粮食产量100亿斤以上。\n|\n市农技中心\n|\n卢伯瑛\n|\n2024年底前\n|\n5555097\n|\n" +
		"3\n|\n二、加快农业农村现代化进程\n|\n坚决扛稳耕地保护和粮食安全政治责任。\n|\n市农技中心\n市农发中心\n|\n卢伯瑛\n|\n2024年底前\n|\n5555097\n|\n" +
		"4\n|\n做好第三次全国土壤普查。\n|\n市农发中心\n|\n潘秀峰\n|\n2024年底前\n|\n5110393\n|\n" +
		"5\n|\n实施种业振兴行动。\n|\n种植业管理科\n|\n卢伯瑛\n|\n2024年底前\n|\n5555701\n|\n"
	n := Parse(text, today)
	for _, task := range []string{"农村常住居民人均可支配收入", "粮食产量100亿斤以上", "坚决扛稳耕地保护", "做好第三次全国土壤普查", "实施种业振兴行动"} {
		at := lineOf(text, task)
		if slices.ContainsFunc(n.Tasks, func(t Task) bool { return t.Line == at }) {
			continue
		}
		if !unreadAt(n, at) {
			t.Errorf("%s (line %d): neither read nor listed as not read; unread %+v", task, at, n.Unread)
		}
	}
}

// a city bureau's share of the city's list, flattened one cell a line with
// each cell closed by " |", its rows keeping the city list's numbers (145,
// 249), a progress cell of many sentences with a space inside one, and a
// unit cell of nine units apart by single spaces, a broadcaster among them.
// Before, the long progress cell lost its mark as a page served on one
// line would, so the next row's number ran into it, and 249, not next in
// turn, was taken as a cell: the row was lost, unlisted. Now a long line
// among cells keeps its mark, a bare number past the one expected after a
// full row starts a row (listed, as a number out of turn), and a cell of
// units apart by spaces is a list of units.
func TestFlatRowsKeepListNumbers(t *testing.T) {
	progress := strings.Repeat("扎实开展道路、游园等城市基础设施建设工作。", 6) + "开展“创优美环境 树城市文明”等净城专项行动,解决问题2.2万余个。"
	text := "市机关事务管理局2025年《政府工作报告》主要任务上半年落实情况\n" +
		"序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n" +
		"145 |\n严格执行城市公共空间规划建设治理导则。 |\n市自规局、市城管局 市商务局 |\n" + progress + " |\n" +
		"249 |\n支持志愿服务、广播电视、地震、气象等事业发展。 |\n市委社会工作部 市广播电视台 市地震局 市气象局 |\n已完成。 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("%d tasks, want 2: %+v", len(n.Tasks), n.Tasks)
	}
	if got := n.Tasks[1]; got.ID != "249" || !slices.Equal(got.Owners, []string{"市委社会工作部", "市广播电视台", "市地震局", "市气象局"}) {
		t.Errorf("row 249: id %s owners %q", got.ID, got.Owners)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"市自规局", "市城管局", "市商务局"}) {
		t.Errorf("row 145: owners %q", got.Owners)
	}
	// A number smaller than expected after a full row is a cell, no row.
	if skipsOn(4, 4, 7, 2, "农业股") || !skipsOn(4, 4, 146, 249, "支持志愿服务等事业发展。") {
		t.Errorf("skipsOn")
	}
}

// a county bureau's monthly report served as a page, its table's header on
// one line of four-character column names apart by spaces with no 序号
// (负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况), its row on one line
// the same way, the progress cell's numbered paragraphs (1、 2、) parted onto
// lines of their own, and a task cell closing with a bracket that uses 牵头
// in naming the work (按序时进度推进牵头联系的重点项目). Before, the header was
// taken for a gazette's motto of four-character phrases and dropped, and
// the row was no task, unlisted. Now a line whose words name a task table's
// columns is a header, a spaced table with no number column is read row by
// row, and a bracket whose 牵头 stands before 的 is the work's.
func TestSpacedHeaderWithoutNumber(t *testing.T) {
	text := "舒城县农业农村局2021年9月份重点工作完成情况\n\n负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况\n" +
		"王波 分管领域投资工作(按序时进度推进牵头联系的重点项目) 桃溪农村产业融合发展示范园(项目规划上报规委会审批) 县农业农村局、县林业局 县科技局、有关乡镇 1、桃溪农村产业融合发展示范园:项目征地已完成。\n" +
		"2、高标准农田建设项目:已完成南港等4个乡镇审计工作。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("%d tasks, want 1: %+v", len(n.Tasks), n.Tasks)
	}
	got := n.Tasks[0]
	if got.Title != "分管领域投资工作(按序时进度推进牵头联系的重点项目)" || !slices.Equal(got.Lead, []string{"县农业农村局", "县林业局"}) ||
		!slices.Equal(got.Owners, []string{"县农业农村局", "县林业局", "县科技局"}) || !slices.Equal(got.Leaders, []string{"王波"}) {
		t.Errorf("title %q owners %q lead %q leaders %q", got.Title, got.Owners, got.Lead, got.Leaders)
	}
	if headerOfColumns("传达指令 指导工作 公开政务 服务社会") {
		t.Errorf("a gazette's motto read as a header")
	}
	if workPhrase("市发改委牵头") {
		t.Errorf("a unit that leads read as the work's name")
	}
}

// a district's 2008 division on a law site's page that opens with the
// notice's date in brackets (二OO八, letter O for zero) over its number
// and the recipients. Before, the date line was taken to close a letter
// over the list, so nothing under it was header: the number was lost.
// Now a date over a number line at the very top is the notice's date, and
// the header goes on below it.
func TestDateOverNumberAtTop(t *testing.T) {
	text := "(二OO八年二月二十六日)\n宝府办〔2008〕18号\n各镇人民政府,各街道办事处:\n根据区委精神,现将任务分解如下。\n特此通知\n" +
		"2008年政府工作目标任务分解\n一、促进经济又好又快发展。\n1、加强经济运行分析,确保完成主要指标。(牵头单位:发改委、统计局)\n"
	n := Parse(text, today)
	if n.Number != "宝府办〔2008〕18号" || n.Date.Format("2006-01-02") != "2008-02-26" {
		t.Errorf("number %q date %v", n.Number, n.Date)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"发改委", "统计局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a county's news repost whose post line opens with its time and runs its
// labels together (2021-07-15 11:05:33来源:井研县人民政府阅读量:677), a blank
// line under the headline. Before, the post line was taken for the
// headline's second half and glued onto the title. Now a line opening with
// a post's time and a post's label is the page's.
func TestPostLineOpeningWithTime(t *testing.T) {
	text := "四川乐山井研县印发《2021年全县24件民生实事实施方案》\n\n2021-07-15 11:05:33来源:井研县人民政府阅读量:677\n\n" +
		"2021年全县24件民生实事实施方案\n\n一、城乡居民增收\n\n牵头单位:县人社局\n"
	n := Parse(text, today)
	if strings.Contains(n.Title, "来源") || strings.Contains(n.Title, "2021-07-15") {
		t.Errorf("title %q holds the post line", n.Title)
	}
	if !postedLabelRe.MatchString("2021-07-15 11:05:33来源:井研县人民政府阅读量:677") || postedLabelRe.MatchString("2021-07-15 完成全部验收") {
		t.Errorf("postedLabelRe")
	}
}

// a county's news repost of its plan: a headline naming the plan in book
// brackets with no 关于 (四川乐山井研县印发《2021年全县24件民生实事实施方案》),
// a lead saying who issued it and when, two offices run together, and the
// plan's own title line below. Before, the headline was the title and no
// issuer or date was read (the lead is read for a 关于 document only). Now
// the plan's title line is the title, and the lead gives the date and the
// issuer, the offices parted by 、.
func TestRepostedPlanTitleFromLead(t *testing.T) {
	text := "四川乐山井研县印发《2021年全县24件民生实事实施方案》\n\n" +
		"2021年5月26日,四川省乐山市井研县委办公室井研县人民政府办公室印发了《2021年全县24件民生实事实施方案》,县委、县政府决定2021年突出办好24件民生实事。\n\n" +
		"2021年全县24件民生实事实施方案\n\n一、城乡居民增收\n\n牵头单位:县人社局\n"
	n := Parse(text, today)
	if n.Title != "2021年全县24件民生实事实施方案" || n.Issuer != "四川省乐山市井研县委办公室、井研县人民政府办公室" || n.Date.Format("2006-01-02") != "2021-05-26" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	if got := partOffices("井研县人民政府办公室"); got != "井研县人民政府办公室" {
		t.Errorf("one office parted: %q", got)
	}
}
