package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 23's held-out set showed, each closed by a general rule:

// a township's river-chief plan in traditional characters: each item has
// three label lines under it, the third a label a word qualifies
// (主體責任單位:各村(居)), and one helpers' line runs two of the town's
// bodies together (鎮城建辦鎮農技站). That line, ending in a station's
// name (站), was taken for a name a line break cut, and the label line
// under it was joined on: 鎮城建辦鎮農技站主體 became one owner, not
// listed. Now a name ending as a small body does is whole, a qualified
// label starts a line of its own, and two bodies of one level run
// together are split, listed (XX鎮, 2020).
func TestRunTogetherStationsAndAQualifiedLabel(t *testing.T) {
	text := "XX鎮2020年河長制湖長制工作計劃\n" +
		"一、強化水資源保護行動\n" +
		"2.落實國家節水行動方案,加強用水管理。\n" +
		"牽頭部門:鎮水利站\n" +
		"配合部門:鎮工業辦公室,鎮城建辦鎮農技站\n" +
		"主體責任單位:各村(居)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if want := []string{"鎮水利站", "鎮工業辦公室", "鎮城建辦", "鎮農技站", "各村(居)"}; !slices.Equal(got.Owners, want) ||
		!slices.Equal(got.Lead, []string{"鎮水利站"}) || !reviewed(got, "owners") {
		t.Errorf("owners %q lead %q reviews %+v", got.Owners, got.Lead, got.Review)
	}
	// A station's name ending a label line is whole: the line under it
	// is no more of it.
	n = Parse("2020年计划\n1.加强巡河。\n配合部门:镇农技站\n主体责任单位:各村(居)\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"镇农技站", "各村(居)"}) || reviewed(n.Tasks[0], "owners") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a page of a plan for special campaigns on work safety: each item gives
// the campaign's name, then who does it, in its first sentence
// ((三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要…). No task
// was read and no line listed. Now the name is the task and the units
// before 负责 its owners, listed (the sentence has no label); 有关部门配合
// names no one (a law site's page 3).
func TestNameThenWhoDoesIt(t *testing.T) {
	text := "(三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要继续加大无证驾驶、疲劳驾车等违法行为的整治力度。\n" +
		"(四)公众聚集场所消防安全专项整治,由公安部门负责,有关部门配合。要坚决整治严重威胁公共安全的重大火灾隐患。\n" +
		"(五)建筑领域安全专项整治,由县住建局牵头负责,县安监局配合。以预防建筑事故为重点。\n"
	n := Parse(text, today)
	want := []struct {
		title        string
		owners, lead []string
	}{
		{"道路交通安全专项整治", []string{"公安", "交通部门"}, nil},
		{"公众聚集场所消防安全专项整治", []string{"公安部门"}, nil},
		{"建筑领域安全专项整治", []string{"县住建局", "县安监局"}, []string{"县住建局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Owners, w.owners) || !slices.Equal(got.Lead, w.lead) || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q lead %q reviews %+v, want %q, %q led by %q, listed", i+1, got.Title, got.Owners, got.Lead, got.Review, w.title, w.owners, w.lead)
		}
	}
	if got := n.Tasks[0].Body; got != "要继续加大无证驾驶、疲劳驾车等违法行为的整治力度。\n" {
		t.Errorf("body %q", got)
	}
	// A letter's paragraph naming its own office is no task.
	letter := "一、加强组织领导,由办公室负责。各单位要高度重视。\n二、严格督查考核,确保工作落实。\n"
	if n := Parse(letter, today); len(n.Tasks) != 0 {
		t.Errorf("a letter's paragraphs read as tasks: %+v", n.Tasks)
	}
}

// a township's plan for work safety during the Expo, as a local site
// reposts it: a read-aloud button (朗读) over the title, the title with the
// town's government at its head and no 关于, its number under it; each
// check's item closes with a person who leads it (…等安全检查由叶晓挺同志
// 负责牵头实施。). Neither title nor issuer was read, and no task: the items
// name no unit. Now the button is the page's, a title over its number is
// the title though it says no 关于, the body at its head its issuer, and a
// person named with 同志 in the item's last words is its leader (the
// honorific dropped, as after a list of leaders), the item's owners
// listed as missing (双屿, 2010).
func TestPersonLeadsAnItem(t *testing.T) {
	text := "朗读\n" +
		"温州市鹿城区双屿镇人民政府“上海世博会”期间安全生产工作实施方案\n" +
		"温鹿双政〔2010〕38号\n" +
		"各有关单位:\n" +
		"为了切实加强我镇在上海世博会期间的安保工作,特制定本方案。\n" +
		"一、检查内容及分工\n" +
		"(一)人员密集场所、高层建筑、出租房等安全检查由叶晓挺同志负责牵头实施。\n" +
		"(二)农林水利、农机等安全检查由徐海文同志负责牵头实施。\n"
	n := Parse(text, today)
	if n.Title != "温州市鹿城区双屿镇人民政府“上海世博会”期间安全生产工作实施方案" || n.Issuer != "温州市鹿城区双屿镇人民政府" || n.Number != "温鹿双政〔2010〕38号" {
		t.Errorf("title %q issuer %q number %q", n.Title, n.Issuer, n.Number)
	}
	want := []struct{ title, leader string }{{"人员密集场所、高层建筑、出租房等安全检查", "叶晓挺"}, {"农林水利、农机等安全检查", "徐海文"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Leaders, []string{w.leader}) || len(got.Owners) != 0 || got.OwnersText != "" || !reviewed(got, "owners") {
			t.Errorf("task %d: %q leaders %q owners %q (%q) reviews %+v", i+1, got.Title, got.Leaders, got.Owners, got.OwnersText, got.Review)
		}
	}
	// A title under a site's heading that says 关于 is not displaced.
	n = Parse("某县人民政府关于印发安全生产工作方案的通知\n安全生产工作方案\n县政发〔2010〕3号\n各乡镇:\n", today)
	if n.Title != "某县人民政府关于印发安全生产工作方案的通知" {
		t.Errorf("title %q", n.Title)
	}
}

// a law site's middle pages of a province's division of its rural
// programme by unit: each section heading is a unit's name alone
// (五、省发改委), the items (一)(二)… under it name no one, and a unit
// whose work is one paragraph has it right under its name (三、省委政法委 /
// 深入开展…). No task was read and no line listed. Now a heading that is
// units' names alone gives them to the items under it that name no one,
// as owners (no lead: it says no 牵头), listed; a paragraph alone under
// such a heading is its task; and items before the first heading, whose
// unit is on the page before, are tasks with no owners, listed. 2009年
// 全部完成 is a time limit as 2009年全面完成 is (黑龙江, 2009).
func TestUnitNamesAsHeadings(t *testing.T) {
	text := "(三)加强农村医疗救助制度与新型农村合作医疗制度衔接,扩大医疗救助覆盖面。\n" +
		"三、省委政法委\n" +
		"深入开展“平安乡村”创建活动,提高“平安乡村”建设标准和水平。\n" +
		"六、省财政厅\n" +
		"(一)2009年全部完成化解农村义务教育“普九”债务工作任务。\n" +
		"(二)统筹安排,确保各项支农专项资金按时足额到位。\n" +
		"七、省人力资源和社会保障厅\n" +
		"(一)研究制定出台新型农村社会养老保险实施方案。\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"加强农村医疗救助制度与新型农村合作医疗制度衔接,扩大医疗救助覆盖面", nil},
		{"深入开展“平安乡村”创建活动,提高“平安乡村”建设标准和水平", []string{"省委政法委"}},
		{"2009年全部完成化解农村义务教育“普九”债务工作任务", []string{"省财政厅"}},
		{"统筹安排,确保各项支农专项资金按时足额到位", []string{"省财政厅"}},
		{"研究制定出台新型农村社会养老保险实施方案", []string{"省人力资源和社会保障厅"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Owners, w.owners) || len(got.Lead) != 0 || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q lead %q reviews %+v, want %q owned by %q, listed", i+1, got.Title, got.Owners, got.Lead, got.Review, w.title, w.owners)
		}
	}
	if d := n.Tasks[2].Due; d.Format("2006-01-02") != "2009-12-31" {
		t.Errorf("2009年全部完成: due %v", d)
	}
	// A heading that names no unit (二、总体目标) over a paragraph, and a
	// member's standing duties under a unit's name, are no tasks.
	n = Parse("二、总体目标\n到2025年,基本建成现代农业体系。\n三、县委宣传部\n负责全县新农村建设的宣传报道工作。\n四、县财政局\n(一)安排专项资金1亿元。\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"县财政局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a county's progress report on its leaders' key projects, as its portal
// serves it: an index whose summary (内容概述:…) repeats the report's opening
// and runs into its first heading (…通报如下。一、工程项目概况全县…,…), cut
// with …. The summary was split at 一、 into an item, which ended the page's
// furniture: the title under it was read as that item's text, and the
// report's headings, naming no one, as tasks. An index's summary is now
// one line, the page's (灌南, 2017).
func TestIndexSummaryIsNoItem(t *testing.T) {
	text := "索引号: 014309260/2017-00171 信息分类: 重大项目,\n" +
		"发布机构: 灌南县人民政府办公室 发文日期: 2017-05-24\n" +
		"内容概述: 为加快重点工作推进,现将1-4月份有关情况通报如下。一、工程项目概况全县2017年县领导挂钩重点工程项目总计62个,其中建设工程23个、…\n" +
		"全县1-4月份县领导挂钩重点工程项目推进情况督查通报\n" +
		"浏览次数:  字体:[ ]\n" +
		"为加快重点工作推进,现将1-4月份有关情况通报如下。\n" +
		"一、工程项目概况\n" +
		"全县2017年县领导挂钩重点工程项目总计62个,涉及责任单位41个。\n" +
		"二、存在主要问题\n" +
		"目前仍有过半工程项目没有开工。\n"
	n := Parse(text, today)
	if n.Title != "全县1-4月份县领导挂钩重点工程项目推进情况督查通报" || n.Issuer != "灌南县人民政府办公室" || n.Date.Format("2006-01-02") != "2017-05-24" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	if len(n.Tasks) != 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a township's notice on a writing-samples site: the site's heading names
// it short with a stray digit (第一篇:2009高山镇创建国家卫生镇实施方案2), read
// as a part 第一篇 holding the whole notice; the number's brackets are
// low and high quotes and its serial is lost (高发„2009‟号), a 签发人 after
// it. Title, number, issuer and date were all "". Now the heading is the
// site's, the number is read as the copy gives it (with a warning) and the
// signer is no part of it (高山镇, 2009).
func TestSampleSiteHeadingAndANumberWithNoSerial(t *testing.T) {
	text := "第一篇:2009高山镇创建国家卫生镇实施方案2\n" +
		"高发„2009‟号 签发人:周进良\n" +
		"中共高山镇委员会 高山镇人民政府 关于印发《高山镇创建国家卫生镇工作\n" +
		"实施方案》的通知\n" +
		"各党(总)支部、村委、企业、镇直部门:\n" +
		"《高山镇创建国家卫生镇工作实施方案》已经镇党委、政府研究通过,现印发给你们,望认真遵照执行。\n" +
		"中共高山镇委员会 高山镇人民政府 2009年3月3日\n" +
		"高山镇创建国家卫生镇工作\n" +
		"实 施 方 案\n"
	n := Parse(text, today)
	if squeeze(n.Title) != "中共高山镇委员会高山镇人民政府关于印发《高山镇创建国家卫生镇工作实施方案》的通知" || n.Number != "高发„2009‟号" ||
		n.Issuer != "中共高山镇委员会、高山镇人民政府" || n.Date.Format("2006-01-02") != "2009-03-03" {
		t.Errorf("title %q number %q issuer %q date %v", n.Title, n.Number, n.Issuer, n.Date)
	}
	if len(n.Warnings) == 0 {
		t.Errorf("the number with no serial is not warned of")
	}
	// A plan's own part 第一篇 with its text is no site's heading.
	n = Parse("第一篇:总体要求\n1.加强领导。(责任单位:县政府办)\n", today)
	if len(n.Tasks) != 1 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a district's notice as a document site previews it: the whole notice on
// one line with neither breaks nor spaces (文档介绍:龙府发〔2009〕23号成都市…
// 的通知各街道办事处…:为…。附件:…二○○九年五月十四日主题词:…抄送:…). The line
// was read as one task whose owner was a cited number's year (成府发〔2009〕
// 23号 gave 2009), and no header field. Now such a preview is split where
// a notice's parts meet (number, title, recipients, sentences, date,
// imprint, an attached table's unit and header), and a bracket naming
// only figures names no one (龙泉驿, 2009).
func TestPreviewOnOneLine(t *testing.T) {
	text := "文档介绍:龙府发〔2009〕23号成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知各街道办事处、镇(乡)人民政府,区政府有关部门:" +
		"为充分发挥重大项目的支撑作用,根据市政府《关于2009年重点推进金融后援支持中心等43个重大项目的通知》(成府发〔2009〕23号)精神,决定对十陵景区项目等9个重大项目予以重点推进。" +
		"附件:龙泉驿区2009年重点推进的9个重大项目情况表二○○九年五月十四日主题词:经济管理项目推进通知抄送:区委办,区人大办。" +
		"成都市龙泉驿区人民政府办公室2009年5月14日印(共印30份)附件成都市龙泉驿区2009年重点推进的9个重大项目情况表单位:万元\n"
	n := Parse(text, today)
	if n.Title != "成都市龙泉驿区人民政府关于2009年重点推进重大项目有关事项的通知" || n.Number != "龙府发〔2009〕23号" ||
		n.Issuer != "成都市龙泉驿区人民政府" || n.Date.Format("2006-01-02") != "2009-05-14" {
		t.Errorf("title %q number %q issuer %q date %v", n.Title, n.Number, n.Issuer, n.Date)
	}
	if len(n.Tasks) != 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
	if n.ListTitle != "成都市龙泉驿区2009年重点推进的9个重大项目情况表" {
		t.Errorf("list title %q", n.ListTitle)
	}
	// Without the site's label, the line is left whole; its cited
	// number still names no one.
	n = Parse(strings.TrimPrefix(text, "文档介绍:"), today)
	if len(n.Tasks) != 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// the same preview's attached table, run together too: header and rows
// with nothing between the cells (序号项目名称建设阶段…项目业主牵头协调部门
// 牵头区领导合计 7089078737500 1十陵景区项目加快建设43000020000市兴城公司区
// 建设局王天刚郭代辉2…). No row was read and no line listed. Now a table run
// together whose header opens with 序号项目名称 and ends with a unit's column
// and a leader's is read from each row's ends: its number in turn, the
// project's name up to 项目, the leaders' names last (one or two names of
// two or three characters, 王天刚郭代辉 two of three), the public body's name
// before them from its level (区…局), every field listed; a row that
// cannot be read so leaves the table unread, and listed (龙泉驿, 2009).
func TestTableRunTogetherReadFromItsEnds(t *testing.T) {
	text := "成都市龙泉驿区2009年重点推进的9个重大项目情况表\n" +
		"序号项目名称建设阶段总投资2009年计划投资项目业主牵头协调部门牵头区领导合计 7089078737500 " +
		"1十陵景区项目加快建设43000020000市兴城公司区建设局王天刚郭代辉2成都市农产品交易中心项目加快建设3200003000四川聚和生态农业发展有限公司、聚和村农村股份合作社区农发局宋凯\n"
	n := Parse(text, today)
	want := []struct {
		title, unit string
		leaders     []string
	}{
		{"十陵景区项目", "区建设局", []string{"王天刚", "郭代辉"}},
		{"成都市农产品交易中心项目", "区农发局", []string{"宋凯"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Owners, []string{w.unit}) || !slices.Equal(got.Lead, []string{w.unit}) || !slices.Equal(got.Leaders, w.leaders) ||
			!reviewed(got, "owners") || !reviewed(got, "lead") || !reviewed(got, "leaders") {
			t.Errorf("task %d: %q owners %q lead %q leaders %q reviews %+v", i+1, got.Title, got.Owners, got.Lead, got.Leaders, got.Review)
		}
	}
	if !strings.Contains(n.Tasks[1].Body, "聚和村农村股份合作社") || strings.Contains(n.Tasks[1].Body, "区农发局") {
		t.Errorf("the row's cells between are not its text: %q", n.Tasks[1].Body)
	}
	// A row whose end names no public body and persons (the company
	// building it, then a note) is no row read: the table is listed.
	n = Parse("附件\n序号项目名称建设阶段项目业主牵头协调部门牵头区领导1十陵景区项目加快建设市兴城公司正在协调2成都市农产品交易中心项目加快建设区农发局宋凯\n", today)
	if len(n.Tasks) != 0 || len(n.Unread) == 0 {
		t.Errorf("tasks %+v unread %+v", n.Tasks, n.Unread)
	}
}
