package notice

import (
	"strings"
	"testing"
)

// Round 19's held-out set showed, each closed by a general rule:

// a table with each row on one line split by |, whose first column (a
// category, 生态环境) is merged over its group and given on the group's
// first row only, and whose row's line broke inside a cell (the second
// 协助单位 on the next line, with the time limit after it). The broken
// row lost its last cells and was read one column over, its helper made
// the lead, with no flag; the next row, one cell short, lost its lead and
// its time limit. Now a line of cells that starts no row goes on with the
// row above whose line ended inside a cell, a row one cell short whose
// last cell is the time limit is read one column over (listed), and 协助
// names a column of helpers (a city's 园林城市 table, 2010).
func TestPipeRowBrokenInACellAndShortByAMergedCell(t *testing.T) {
	text := "任务 内容 | 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |\n" +
		"生 态 环 境 | 1、城市大环境绿化扎实开展。 | 禁止开发城市周围的自然山体。 | 市规划局 | 市国土资源局\n" +
		"市农牧林业局 | 2010年9月20日前 |\n" +
		"2、按照要求建设防护绿地。 | 加强建成区防护绿地的建设。 | 市规划局 市建设局 | 市环保局 | 2010年9月20日前 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	a, b := n.Tasks[0], n.Tasks[1]
	if strings.Join(a.Owners, "|") != "市规划局|市国土资源局|市农牧林业局" || strings.Join(a.Lead, "|") != "市规划局" || a.Due.Format("2006-01-02") != "2010-09-20" {
		t.Errorf("row 1: owners %q lead %q due %v", a.Owners, a.Lead, a.Due)
	}
	if strings.Join(b.Owners, "|") != "市规划局|市建设局|市环保局" || strings.Join(b.Lead, "|") != "市规划局|市建设局" || b.Due.Format("2006-01-02") != "2010-09-20" {
		t.Errorf("row 2: owners %q lead %q due %v", b.Owners, b.Lead, b.Due)
	}
	if !reviewed(a, "lead") || !reviewed(b, "lead") {
		t.Errorf("rows read one column over are not listed: %v / %v", a.Review, b.Review)
	}
	// A whole row (its line ending in |) takes no line after it; a row of
	// as many cells as the header is read as it stands, unlisted.
	whole := "序号 | 工作任务 | 牵头单位 | 完成时限 |\n1 | 建设防护绿地。 | 市规划局 | 2010年9月20日前 |\n市建设局 | 2010年10月底前 |\n"
	n = Parse(whole, today)
	if len(n.Tasks) != 1 || strings.Join(n.Tasks[0].Owners, "|") != "市规划局" || reviewed(n.Tasks[0], "lead") {
		t.Errorf("whole row: %+v", n.Tasks)
	}
}

// a document site's preview of a township's table with no header, cells one
// to a line: each row's work numbered (5、整治农村河流…), then its units
// and a person's name, each alone on a line. No line of it looked like a
// task's (no label, no place-named unit, no time limit): the import said it
// found no numbered task and listed nothing (郭坑镇). Now numbered lines
// each followed closely by a unit's name alone are listed, two or more.
func TestHeadlessRowsCellsOneToALineAreListed(t *testing.T) {
	text := "郭坑镇城乡环境卫生整治任务分解表\n" +
		"5、整治农村河流保障饮水安全。加强对农村中小河流的治理。\n各村(居、场)\n苏荣义\n" +
		"6、开展农村环境连片整治活动。结合生态村创建,组织示范工作。\n镇创卫办\n各村(居、场)\n林玉铭\n" +
		"2、垃圾及时清运处理。继续开展家园清洁行动。\n镇区管理中心\n各村(居、场)\n林玉铭\n"
	n := Parse(text, today)
	for _, w := range []string{"整治农村河流", "开展农村环境", "垃圾及时清运"} {
		at := strings.Index(text, w)
		if line := strings.Count(text[:at], "\n") + 1; !unreadAt(n, line) {
			t.Errorf("row %q (line %d) is not listed: tasks %+v, unread %+v", w, line, n.Tasks, n.Unread)
		}
	}
	// A covering letter's last numbered paragraph over its signature is
	// one such pair, no table.
	letter := "各乡镇人民政府:\n一、请各单位高度重视,认真组织实施。\n二、请于6月底前报送工作总结。\n盘山县人民政府办公室\n2016年9月8日\n"
	if n := Parse(letter, today); len(n.Unread) != 0 {
		t.Errorf("a letter's signature listed: %+v", n.Unread)
	}
}

// a card of one item (a city's 民生工程 page) gives its paragraph and, on
// the line under it, 责任单位:市水务局, with no number and no heading: no
// task was read, the label line alone listed. Now a paragraph with a label
// of who answers for it on the line under it is a task (listed), and the
// year a target is to be met by (到2015年,基本解决…) is a time in its text,
// listed.
func TestParagraphOverALabelLineIsATask(t *testing.T) {
	text := "通过新建水厂、水厂改造等方式,积极推进集中供水工程建设,延伸集中供水管网。到2015年,基本解决全市农村饮水不安全人口的饮水问题。\n责任单位:市水务局\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v, unread %+v", n.Tasks, n.Unread)
	}
	k := n.Tasks[0]
	if !strings.HasPrefix(k.Title, "通过新建水厂") || strings.Join(k.Owners, "|") != "市水务局" || !reviewed(k, "owners") {
		t.Errorf("task %q owners %q review %v", k.Title, k.Owners, k.Review)
	}
	if !hasReview(k, "due", "2015") {
		t.Errorf("the target year is not listed: %v", k.Review)
	}
	// A letter's paragraph over a contact line, or a label naming no unit,
	// is no task.
	for _, s := range []string{
		"请各单位认真贯彻落实,按时报送工作进展情况和年度总结。\n联系人:张三\n",
		"请各单位认真贯彻落实,按时报送工作进展情况和年度总结。\n完成时限:2023年6月底\n",
	} {
		if n := Parse(s, today); len(n.Tasks) != 0 {
			t.Errorf("%q: tasks %+v", s, n.Tasks)
		}
	}
	// 到2025年,全市新增… names a figure by a year: no time limit.
	n = Parse("1.促进残疾人就业。到2025年,全市新增残疾人就业800人以上。(责任单位:市残联)\n", today)
	if len(n.Tasks) != 1 || len(n.Tasks[0].Milestones) != 0 {
		t.Errorf("a figure by a year read as a time: %+v", n.Tasks)
	}
}

// and in the header: a | table's category cell (生 态 环 境 |) on a page
// with no title was read as the title; a document site's breadcrumb
// (文档之家› …) and a table's unit cells under the file's title were run
// into it; a news report's summary of figures (地区生产总值增长5%左右 …)
// over the list was read as its title, though the report names the list in
// book brackets and its own title line follows; an index in | cells whose
// last line (公开属性: | 全部公开 | 公开期限: | 长期公开 |) has labels no
// rule knew ended the index there and was read as the title.
func TestHeaderTitlesRound19(t *testing.T) {
	for _, c := range []struct{ text, title string }{
		{"任务 内容 | 标准或要求 | 工作内容及要求 | 牵头单位 | 协助 单位 | 完成 期限 |\n" +
			"生 态 环 境 | 1、城市大环境绿化扎实开展。 | 禁止开发城市周围的自然山体。 | 市规划局 | 市国土资源局 | 2010年9月20日前 |\n", ""},
		{"当前位置:\n文档之家› 郭坑镇城乡环境卫生整治任务分解表\n郭坑镇城乡环境卫生整治任务分解表\n镇科教文卫中心\n各村(居、场)\n李永其\n" +
			"5、整治农村河流保障饮水安全。\n各村(居、场)\n苏荣义\n", "郭坑镇城乡环境卫生整治任务分解表"},
		{"地区生产总值增长5%左右\n固定资产投资总额增长5%以上\n……\n" +
			"近日,渝中区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》方案,共细分出171项目标任务。\n" +
			"2023年区政府工作报告重点工作目标任务分解\n一、主要预期指标\n1.地区生产总值增长5%左右。\n牵头单位:区发改委\n", "2023年区政府工作报告重点工作目标任务分解"},
		{"索 引 号: | WA1304001-2024-002 | 主题分类: | 区政府 |\n名 称: | 上海市嘉定区人民政府办公室关于转发《嘉定区海绵城市建设实施方案》的通知 | ||\n" +
			"文 号: | 嘉府办发〔2024〕23号 | 公开类型: | 主动公开 |\n公开属性: | 全部公开 | 公开期限: | 长期公开 |\n" +
			"各镇人民政府,区政府相关委、办、局、街道办事处,嘉定工业区、菊园新区管委会:\n区建设管理委拟定的《嘉定区海绵城市建设实施方案》已经区政府同意,现转发给你们,请认真按照执行。\n" +
			"上海市嘉定区人民政府办公室\n2024年10月10日\n嘉定区海绵城市建设实施方案\n为贯彻落实文件精神,制定本方案。\n一、工作目标\n",
			"上海市嘉定区人民政府办公室关于转发《嘉定区海绵城市建设实施方案》的通知"},
	} {
		if n := Parse(c.text, today); squeeze(n.Title) != squeeze(c.title) {
			t.Errorf("title %q, want %q", n.Title, c.title)
		}
	}
}

// a plan's attachment table flattened one cell to a line (a law database's
// page, 徐汇 2007): 序号 | 任务 | 项目 | 具体措施 | 主要职能部门 | 主要协作部门 |
// 工作目标和指标 | 2007 | 2010, several measures under one number, the 任务
// cell (组织管理) merged over them, the unit cells of some merged too, empty
// cells written as dashes. No unit column was known (职能部门, 协作), so no
// task was read; the net listed the lines. Now 职能部门 names the owners'
// column and 协作 the helpers', a 任务 column before a 措施 column names
// the field and the measures are the tasks, each under its row's number
// with units of its own or carried from the row above (listed).
func TestMeasuresUnderOneNumberAreTasks(t *testing.T) {
	text := "序号\n\n任务\n\n项目\n\n具体措施\n\n主要职能部门\n\n主要协作部门\n\n工作目标和指标\n\n2007\n\n2010\n\n" +
		"1\n\n组织管理\n\n成立防治艾滋病工作委员会,设立办公室,配置专兼职工作人员。\n\n区公共卫生工作联席会议\n\n区卫生局\n\n-\n\n-\n\n-\n\n" +
		"制订具体防治目标,明确各部门职责和任务,实施目标考核管理。\n\n-\n\n-\n\n-\n\n" +
		"2\n\n机构和能力建设\n\n设置艾滋病、性病防制专业科室。\n\n区卫生局\n\n \n\n-\n\n-\n\n-\n\n" +
		"对社区卫生服务中心医务人员进行艾滋病防治知识和技能培训。\n\n区卫生局\n\n \n\n培训率\n\n85%\n\n95%\n"
	n := Parse(text, today)
	if len(n.Tasks) != 4 {
		t.Fatalf("tasks %+v, unread %+v", n.Tasks, n.Unread)
	}
	want := []struct{ title, owners string }{
		{"成立防治艾滋病工作委员会", "区公共卫生工作联席会议|区卫生局"},
		{"制订具体防治目标", "区公共卫生工作联席会议|区卫生局"},
		{"设置艾滋病、性病防制专业科室", "区卫生局"},
		{"对社区卫生服务中心医务人员", "区卫生局"},
	}
	for i, w := range want {
		k := n.Tasks[i]
		if !strings.HasPrefix(k.Title, w.title) || strings.Join(k.Owners, "|") != w.owners || len(k.Lead) != 0 {
			t.Errorf("task %d: title %q owners %q lead %q", i+1, k.Title, k.Owners, k.Lead)
		}
	}
	if !reviewed(n.Tasks[1], "owners") || n.Tasks[0].ID == n.Tasks[1].ID {
		t.Errorf("the measure's carried owners are not listed, or ids clash: %+v", n.Tasks[1])
	}
}
