package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 45's held-out set (set 48: law sites' middle pages of 2005–2011
// city documents, a district's table of its five-year plan's division, a
// rectification list of polluted waters, a writing site's division of
// duties) showed, each closed by a general rule:

// a district's table dividing its five-year plan, each row's 完成时间 cell
// a year alone (2010年). Before, the row's due was that year's end, in
// silence. Now it still is, and it is listed: the cell names no month.
func TestYearAloneTimeLimitListed(t *testing.T) {
	text := "上海市徐汇区人民政府办公室关于印发徐汇区“十一五”规划工作分解的通知\n\n" +
		"序号\n\n具 体 内 容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n" +
		"108\n\n继续全面推进素质教育\n\n教育局\n\n民政局\n\n2010年\n\n" +
		"109\n\n深化推进二期课程教材改革\n\n教育局\n\n信息委\n\n2010年底\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, tk := range n.Tasks {
		if got := tk.Due.Format("2006-01-02"); got != "2010-12-31" {
			t.Errorf("task %d: due %s, want 2010-12-31", i+1, got)
		}
	}
	if !hasReview(n.Tasks[0], "due", "只写了年份") {
		t.Errorf("2010年 alone not listed: %+v", n.Tasks[0].Review)
	}
	if hasReview(n.Tasks[1], "due", "") {
		t.Errorf("2010年底 listed: %+v", n.Tasks[1].Review)
	}
}

// the same table's 相关责任部门 cells naming the district's street offices
// and towns by their count (13个街道、镇). Before, the collective was
// parted at its 、 into 13个街道 and 镇, in silence. Now it is one owner,
// as 各开发区、镇 is; two units counted apart stay two.
func TestCountedCollectiveOneOwner(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"13个街道、镇", "13个街道、镇"},
		{"人口计生委,13个街道、镇", "人口计生委|13个街道、镇"},
		{"11个县区政府、市林业局", "11个县区政府|市林业局"},
	} {
		got, _ := names(c.in)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%s: %q, want %s", c.in, got, c.want)
		}
	}
}

// a city's page of its post-earthquake planning tasks, run on in one
// paragraph, each item closing 由X牵头,…共同编制,分管副市长负责,6月25日完成.
// Before, the post doing the work was read as no one, in silence. Now it
// is the item's leader, listed as a post where a person should be.
func TestPostClauseLeader(t *testing.T) {
	text := "[接上页] 5.基础设施建设规划。提出交通、通信等基础设施恢复重建的具体方案。由市发改委牵头,市经委、市交通局分别与区、县政府和园区共同编制,分管副市长负责,6月25日完成。 " +
		"6.公共服务设施建设规划。提出教育、卫生等恢复重建的具体方案。由市教育局牵头,市卫生局分别与区、县人民政府共同编制。分管副市长负责,6月25日完成。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for _, tk := range n.Tasks {
		if !slices.Equal(tk.Leaders, []string{"分管副市长"}) || !hasReview(tk, "leaders", "是职务") {
			t.Errorf("%s: leaders %q review %+v", tk.Title, tk.Leaders, tk.Review)
		}
	}
	// A unit doing the work (市民政局负责) is no post.
	n = Parse("1.编制规划。由市民政局牵头,市林业局负责。\n", today)
	if len(n.Tasks) == 1 && len(n.Tasks[0].Leaders) != 0 {
		t.Errorf("leaders %q", n.Tasks[0].Leaders)
	}
}

// a city's list of matters undertaken for the people, each item followed
// by label lines: 完成时限:, 主要责任单位:, 项目负责人: naming each unit's
// head after the unit (市卫生局方来英), 协办单位:. Before, the 项目负责人
// line was read as nothing, in silence. Now it is a responsibility line:
// the persons, without their units, are the leaders, listed as 责任人 are.
func TestUnitPersonsLine(t *testing.T) {
	text := "十一、为两个院前急救体系配备100辆急救摩托车。\n完成时限:2009年11月底前\n主要责任单位:市卫生局、市红十字会\n" +
		"项目负责人:市卫生局方来英、市红十字会韩陆\n协办单位:市公安局公安交通管理局\n" +
		"十二、推进义务教育均衡发展。\n完成时限:2009年11月底前\n主要责任单位:市教委\n项目负责人:市教委刘利民\n协办单位:各区县政府\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, want := range [][]string{{"方来英", "韩陆"}, {"刘利民"}} {
		tk := n.Tasks[i]
		if !slices.Equal(tk.Leaders, want) || !hasReview(tk, "leaders", "责任人") {
			t.Errorf("%s: leaders %q, want %q listed; review %+v", tk.ID, tk.Leaders, want, tk.Review)
		}
	}
	if !slices.Equal(n.Tasks[0].Owners, []string{"市卫生局", "市红十字会", "市公安局公安交通管理局"}) {
		t.Errorf("owners %q", n.Tasks[0].Owners)
	}
}

// a city's environment plan on a law site's page, each item closing with
// a bracket that names the work before the units doing it
// ((本部分工作由市建委,市规划局等部门负责制定方案并组织实施),
// (村庄规划工作由市规划局牵头组织实施,…)). Before, the work was read into
// the first unit's name (村庄规划工作由市规划局 as a lead), in silence. Now
// the work before 由 and the doing after 负责 are no part of the names.
func TestWorkBeforeUnits(t *testing.T) {
	text := "49.有序推进“城中村”改造。完善基础设施。(本部分工作由市建委,市公安消防局、市规划局等部门负责制定方案并组织实施)\n" +
		"50.大力开展村容村貌整治。加快推进村庄规划编制工作。(农村居住环境整治和新农村绿化工作由市农业局牵头组织实施,村庄规划工作由市规划局牵头组织实施,市建委、市绿委办等部门配合)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"市建委", "市公安消防局", "市规划局"}) || len(got.Lead) != 0 || !hasReview(got, "owners", "等部门") {
		t.Errorf("49: owners %q lead %q review %+v", got.Owners, got.Lead, got.Review)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Lead, []string{"市农业局", "市规划局"}) || !slices.Equal(got.Owners, []string{"市农业局", "市规划局", "市建委", "市绿委办"}) {
		t.Errorf("50: owners %q lead %q", got.Owners, got.Lead)
	}
}

// a city's opinions on a province's people's projects, on a law site's
// page: items (二十一) each followed by a line 此项工作由市卫生局主办,市民政局、
// 劳动和社会保障局协办。, the page opening with such a line of the item
// before. Before, no item was read and the notice refused. Now the line
// names the item's owners, 主办 its lead, and the orphan line no task.
func TestClosingHostLine(t *testing.T) {
	text := "法搜网--中国法律信息搜索网\n中共深圳市委、深圳市人民政府关于贯彻落实广东省委省政府《十项民心工程》的实施意见\n\n" +
		"  此项工作由市卫生局主办,市发展和改革局、规划局协办。\n" +
		"  (二十一)建立完善医疗保障和救助体系。建立多层次医疗保障体系。\n  此项工作由市卫生局主办,市民政局、劳动和社会保障局协办。\n" +
		"  (二十二)不断提高医疗服务水平和质量。继续深化改革。\n  此项工作由市卫生局主办,市食品药品监督管理局、工商局协办。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, want := range [][]string{{"市卫生局", "市民政局", "劳动和社会保障局"}, {"市卫生局", "市食品药品监督管理局", "工商局"}} {
		if got := n.Tasks[i]; !slices.Equal(got.Owners, want) || !slices.Equal(got.Lead, []string{"市卫生局"}) {
			t.Errorf("%s: owners %q lead %q", got.Title, got.Owners, got.Lead)
		}
	}
}

// a city's page of matters to seek the state's support for, each item's
// name on its line (1、在兰州设立综合配套改革试验区事宜) over a paragraph
// opening 由杨志武副市长负责,市发改委牵头,相关部门配合,…. Before, no item
// named an owner and the notice was refused. Now the person is the
// leader, the unit before 牵头 the lead, the helpers owners (相关部门 an
// open name, listed).
func TestPersonLeadRunOpening(t *testing.T) {
	text := "1、在兰州设立综合配套改革试验区事宜\n由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区实施方案》。\n" +
		"4、兰州城市轨道交通项目\n由吴继德副市长负责,市建设局牵头,市发改委配合,按照要求进一步修改完善项目建设方案。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	a, b := n.Tasks[0], n.Tasks[1]
	if a.Title != "在兰州设立综合配套改革试验区事宜" || !slices.Equal(a.Owners, []string{"市发改委"}) || !slices.Equal(a.Lead, []string{"市发改委"}) ||
		!slices.Equal(a.Leaders, []string{"杨志武副市长"}) || !hasReview(a, "owners", "相关部门") {
		t.Errorf("1: %q owners %q lead %q leaders %q review %+v", a.Title, a.Owners, a.Lead, a.Leaders, a.Review)
	}
	if !slices.Equal(b.Owners, []string{"市建设局", "市发改委"}) || !slices.Equal(b.Lead, []string{"市建设局"}) || !slices.Equal(b.Leaders, []string{"吴继德副市长"}) {
		t.Errorf("4: owners %q lead %q leaders %q", b.Owners, b.Lead, b.Leaders)
	}
}

// a city's page of its model-city review, items with brackets, then a
// section 三、 of items (一)(二)(三) each naming who does the work only in
// its own sentences (市水务局负责编写…;市环保局会同市水务局负责编写…). Before,
// those items were no task and nothing was said. Now their lines are
// listed as not read.
func TestNumberedAtWorkListed(t *testing.T) {
	text := "2.2007年底前建成机动车排气检测在线监控系统(市环保局负责)。\n" +
		"3.加强环境监督管理(市环保局牵头组织,各区政府负责落实)。\n" +
		"三、做好迎检的各项准备工作\n" +
		"(一)高标准做好2004年以来各项考核指标的统计汇总工作。\n" +
		"负责考核指标填报的各责任单位必须在8月底前完成统计汇总,并于2007年9月10日前报迎检办。\n" +
		"(二)高质量编写好2004年以来的有关专项工作报告。\n" +
		"市水务局负责编写全市污水处理设施建设及管理情况专题报告;市建设局负责编写城市园林绿化专题报告。\n" +
		"(三)考核办汇总整理迎检材料,10月份市政府向国家提出复查申请。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for _, line := range []int{4, 6, 8} {
		listed := false
		for _, u := range n.Unread {
			listed = listed || u.From <= line && line <= u.To
		}
		if !listed {
			t.Errorf("line %d not listed: %+v", line, n.Unread)
		}
	}
}

// the city's list of matters on a law site's middle page, which opens with
// the last label lines of the item on the page before (主要责任单位:… /
// 项目负责人:…). Before, they were read as the notice's title. Now a
// responsibility's label line is never a title: the page has none.
func TestLabelLinesNoTitle(t *testing.T) {
	text := "主要责任单位:市药品监督局、市卫生局\n项目负责人:市药品监督局方来英、市卫生局方来英\n" +
		"十二、推进义务教育均衡发展。\n完成时限:2009年11月底前\n主要责任单位:市教委\n项目负责人:市教委刘利民\n协办单位:各区县政府\n"
	n := Parse(text, today)
	if n.Title != "" || len(n.Tasks) != 1 {
		t.Errorf("title %q, tasks %d", n.Title, len(n.Tasks))
	}
}

// a city's post-earthquake planning tasks naming two bodies that lead
// joined by 与 (由市城规局与11个县区政府牵头). Before, the two were read as
// one unit and the lead missed. Now they are two leads; a name with 与
// inside (市自然资源与规划局) stays one.
func TestTwoBodiesWith(t *testing.T) {
	n := Parse("5.城镇体系规划。提出城镇体系恢复重建的方案。由市城规局与11个县区政府牵头,7月1日有关部门参与完成。\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if tk := n.Tasks[0]; !slices.Equal(tk.Owners, []string{"市城规局", "11个县区政府"}) || !slices.Equal(tk.Lead, []string{"市城规局", "11个县区政府"}) {
		t.Errorf("owners %q lead %q", tk.Owners, tk.Lead)
	}
	if got, _ := names("市自然资源与规划局"); !slices.Equal(got, []string{"市自然资源与规划局"}) {
		t.Errorf("names %q", got)
	}
}

// a document site's preview of a city's three-year plan served as one
// line, its page marker 1、 before the plan's title, the title run on after
// a space into the preamble (1、生态市建设三年行动计划 为有序推进…,…). Before,
// the page had no title. Now the plan's title is the title.
func TestPlanTitleBeforeSpace(t *testing.T) {
	text := "1、生态市建设三年行动计划 为有序推进生态市建设,确保在2007年前建成全国生态市,根据全国生态市建设的指标要求,结合我市实际,特制定2005-2007年生态市建设三年行动计划如下: " +
		"一、社会经济 1、国内生产总值保持适度增长,城乡人民生活水平不断提高。到2007年,恩格尔系数小于40。 责任部门:农工办、财政局、劳动社保局 " +
		"2、扩大充分就业,减少收入差距。 责任部门:劳动社保局\n"
	n := Parse(text, today)
	if n.Title != "生态市建设三年行动计划" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"农工办", "财政局", "劳动社保局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}
