package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 48's held-out set (set 52: holiday and event plans, a committee's
// quarterly table, a 督查室's notice, a samples site's page) showed, each
// closed by a general rule:

// a county bureau's event plan whose 责任分工 section writes each unit's
// part on a line of its own, the unit's name opening with its place's name
// (铁岭县文旅广局:, 凡河镇人民政府:), no number. Before, no line was read and
// the notice was refused. Now each line is a task, its unit the owner.
func TestPlaceUnitDutyLines(t *testing.T) {
	text := "“粽情文化迎端午 暖心中医送安康” 文化广场活动方案\n\n" +
		"  五、主办、支持、承办单位\n\n  主办单位:铁岭县文化旅游和广播电视局\n\n" +
		"  六、责任分工\n\n" +
		"  铁岭县文旅广局:负责综合协调工作;\n\n" +
		"  铁岭市中医院:负责中医专家义诊相关准备工作;\n\n" +
		"  凡河镇人民政府:负责现场环境卫生、安全保障和组织群众参与活动等相关工作;\n\n" +
		"  开发区社会事业服务中心:负责舞龙舞狮团队表演相关工作;\n"
	n := Parse(text, today)
	want := []string{"铁岭县文旅广局", "铁岭市中医院", "凡河镇人民政府", "开发区社会事业服务中心"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v, want %d", n.Tasks, len(want))
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, []string{w}) || len(got.Lead) != 0 || !strings.HasPrefix(got.Title, "负责") {
			t.Errorf("task %d: %q owners %q lead %q, want %s's duty", i+1, got.Title, got.Owners, got.Lead, w)
		}
	}
	// A place's name and a colon opening a line that is no duty is none.
	if unitDutyLine("铁岭县文旅广局:王小明,联系电话12345678") {
		t.Errorf("a contact read as a duty")
	}
}

// a township's holiday plan whose events (一)–(五) each carry sub-items
// numbered 1、–4、 that are labels (竞赛时间:, 竞赛地点:, 负责单位:), and a
// spun copy that pushed a sentence's full stop onto the next item's line
// (。(三)…). Before, the sub-items were items naming no one and the notice
// was refused. Now the labels are the event's card, the event the task,
// its 负责单位 the owner (参演单位, the performers, is no owner).
func TestNumberedLabelSubItems(t *testing.T) {
	text := "乡镇春节活动方案\n一、春节活动项目\n" +
		"(一)春节农夫篮球赛\n1、竞赛时间:年初一、初二\n2、竞赛地点:黄山风景区消防大队篮球场\n3、负责单位:汤口社区\n4、组队形式:以村居为单位\n" +
		"(二)贺岁电影播放\n1、放映时间:年初一至初七晚七点至九点\n2、放映地点:各村居会议室\n3、负责单位:各村居\n" +
		"4、活动要求:由各村居放映电影,由政务公开频道对外发布,乡镇春节活动方案\n" +
		"。(三)舞龙贺新春表演\n1、活动时间:年初一、初二、初三。\n2、活动地点:山岔至汤口社区沿路巡街表演\n3、参演单位:九龙瀑舞龙队\n4、负责单位:山岔村\n"
	n := Parse(text, today)
	want := [][2]string{{"春节农夫篮球赛", "汤口社区"}, {"贺岁电影播放", "各村居"}, {"舞龙贺新春表演", "山岔村"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v, want %d", n.Tasks, len(want))
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w[0] || !slices.Equal(got.Owners, []string{w[1]}) {
			t.Errorf("task %d: %q owners %q, want %s by %s", i+1, got.Title, got.Owners, w[0], w[1])
		}
	}
	// Numbered points that are no labels, or labels naming no unit in
	// charge, keep their numbers.
	lines := unnumberLabelSubs(scanLinesPlain("(一)要求\n1、时间:5月\n2、地点:广场\n3、内容:演出\n"))
	if !strings.HasPrefix(lines[1].Text, "1、") {
		t.Errorf("a card naming no unit lost its numbers: %q", lines[1].Text)
	}
}

// a committee's quarterly work plan, a table flattened one cell to a line
// (计划时间 | 内容 | 牵头市政协领导 | 备注) with no unit column, its months in
// Chinese numerals on the first row of each month only (a merged cell,
// an empty | on the rows under it), and one cell holding two numbered
// items. Before, a header naming no unit was no table's and the notice
// was refused. Now each row is a task with its leader, owners empty and
// listed, due at its month's end (the empty month cell carried, listed),
// and each of the two items in one cell a task sharing the row's cells.
func TestLeadersOnlyMonthTable(t *testing.T) {
	text := "市政协学习文史2010年一季度工作计划表\n计划时间 |\n内 容 |\n牵头市政协领导 |\n备注 |\n" +
		"一月 |\n1、筹备、参加市政协十届五次全会;举行专委主任扩大会议 |\n覃泽芬 |\n|\n" +
		"|\n2、到柳北区调研。参加柳北区农都项目调研会。 |\n覃泽芬 |\n|\n" +
		"二月 |\n1、陪同胡锦朝主席考察民营企业。 |\n胡锦朝 |\n|\n" +
		"|\n2、召开柳州汽车工业史料征集座谈会。 3、筹备组织业务培训会。 |\n|\n|\n" +
		"|\n4、走访专委委员和文史顾问。 |\n覃泽芬 |\n|\n"
	n := Parse(text, today)
	if n.Title != "市政协学习文史2010年一季度工作计划表" {
		t.Errorf("title %q", n.Title)
	}
	want := []struct {
		title, leader, due string
		carried            bool
	}{
		{"筹备、参加市政协十届五次全会", "覃泽芬", "2010-01-31", false},
		{"到柳北区调研", "覃泽芬", "2010-01-31", true},
		{"陪同胡锦朝主席考察民营企业", "胡锦朝", "2010-02-28", false},
		{"召开柳州汽车工业史料征集座谈会", "", "2010-02-28", true},
		{"筹备组织业务培训会", "", "2010-02-28", true},
		{"走访专委委员和文史顾问", "覃泽芬", "2010-02-28", true},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v, want %d", n.Tasks, len(want))
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || len(got.Owners) != 0 || !reviewed(got, "owners") || got.Due.Format("2006-01-02") != w.due || reviewed(got, "due") != w.carried {
			t.Errorf("task %d: %q owners %q due %s (listed %v), want %s due %s", i+1, got.Title, got.Owners, got.Due.Format("2006-01-02"), reviewed(got, "due"), w.title, w.due)
		}
		if w.leader != "" && !slices.Equal(got.Leaders, []string{w.leader}) || w.leader == "" && len(got.Leaders) > 0 && !reviewed(got, "leaders") {
			t.Errorf("task %d: leaders %q, want %q", i+1, got.Leaders, w.leader)
		}
	}
	for s, want := range map[string]string{"一月": "1月", "十二月底前": "12月底前", "十月份": "10月份", "一月至三月": "一月至三月"} {
		if got := hanMonthDigits(s); got != want {
			t.Errorf("hanMonthDigits(%q) = %q, want %q", s, got, want)
		}
	}
}

// a county's holiday plan on a samples site, each event with label lines
// (承办单位: / 活动时间: / 活动地点:), no year anywhere in the plan. Before,
// an event held on one day (活动时间:2月6日) got no due in silence. Now its
// day is listed for the year to be added; a span (2月6日至8日) is none.
func TestUndatedEventDay(t *testing.T) {
	text := "一、文体活动\n\n" +
		"1、迎春文艺汇演\n\n承办单位:文化馆、金沙艺术团\n\n活动时间:2月6日\n\n活动地点:鼓韵广场\n\n" +
		"2、有奖猜谜活动\n\n承办单位:谜协\n\n活动时间:2月6日至8日\n\n活动地点:鼓韵广场\n\n" +
		"3、魔术、歌舞表演\n\n承办单位:高原魔技艺术团\n\n活动时间:2月7日\n\n活动地点:鼓韵广场\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, want := range []bool{true, false, true} {
		got := n.Tasks[i]
		if !got.Due.IsZero() || reviewed(got, "due") != want {
			t.Errorf("task %d %q: due %v listed %v, want none, listed %v", i+1, got.Title, got.Due, reviewed(got, "due"), want)
		}
	}
	// With a year in the plan the day is not listed as one with no year.
	n = Parse("2025年春节活动方案\n"+text, today)
	if got := n.Tasks[0]; slices.ContainsFunc(got.Review, func(r Review) bool { return strings.Contains(r.Text.Zh, "没有年份") }) {
		t.Errorf("with a year: reviews %+v", got.Review)
	}
}

// a county's schedule (traditional, with pinyin) whose 承辦 cell lists
// names apart by 、 and by a space in one cell (縣文化館、縣電視臺 縣書協、
// 縣美協), and a samples site's plan writing two associations' shared word
// once (书法、美术协会). Before, 縣電視臺 縣書協 stayed one name (an
// association's short name, 书协, ended no unit) and 书法 was a name, both
// in silence. Now 书协 ends a unit's name, and a field named alone before
// a field with 协会 after it takes 协会, listed.
func TestAssociationNames(t *testing.T) {
	got, _ := names("县文化馆、县电视台 县书协、县美协")
	if want := []string{"县文化馆", "县电视台", "县书协", "县美协"}; !slices.Equal(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
	n := Parse("一、文体活动\n1、现场书法、绘画及书法、美术作品展\n承办单位:书法、美术协会\n活动时间:2月7日至8日\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"书法协会", "美术协会"}) || !reviewed(got, "owners") {
		t.Errorf("owners %q listed %v, want 书法协会 and 美术协会, listed", got.Owners, reviewed(got, "owners"))
	}
	// A unit before an association keeps its name; so does a field of
	// another length (体育、美术家协会).
	for _, c := range [][2]string{{"文化馆", "美术协会"}, {"体育", "美术家协会"}, {"县文联", "书法协会"}} {
		if q, ok := sharedTail(c[0], c[1]); ok {
			t.Errorf("sharedTail(%q, %q) = %q", c[0], c[1], q)
		}
	}
}

// a district's letter on its portal, links to other portals over it
// (中国政府网 | 山西省政府网 | 长治市政府网) and an index whose labels lost
// their colons (发文字号长上政办函〔2023〕24号 发文时间2023-09-21). Before,
// the link bar was the title and the number was lost. Now the bar is the
// page's, the labels are read with their values.
func TestGluedIndexUnderSiteLinks(t *testing.T) {
	text := "中国政府网  |   山西省政府网  |   长治市政府网\n\n今天是\n\n" +
		"索引号000014349/2023-55225\n发文字号长上政办函〔2023〕24号 发文时间2023-09-21\n" +
		"发文机关长治市上党区人民政府办公室 主题词\n" +
		"标题长治市上党区人民政府办公室关于印发长治市上党区承办2023年长治市中小学生田径运动会工作方案的通知\n" +
		"主题分类其它 发布日期2023-09-21\n\n" +
		"长治市上党区人民政府办公室关于印发长治市上党区承办2023年长治市中小学生田径运动会工作方案的通知\n\n" +
		"各相关责任单位:\n\n现将《长治市上党区承办2023年长治市中小学生田径运动会工作方案》印发给你们,请遵照执行。\n\n" +
		"长治市上党区人民政府办公室\n\n2023年9月21日\n"
	n := Parse(text, today)
	if !strings.HasPrefix(n.Title, "长治市上党区人民政府办公室关于印发") || n.Number != "长上政办函〔2023〕24号" || n.Issuer != "长治市上党区人民政府办公室" {
		t.Errorf("title %q number %q issuer %q", n.Title, n.Number, n.Issuer)
	}
	if len(n.Tasks) != 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
	// A label opening one line alone, no index's run, is left as it is.
	lines := colonGluedIndex(scanLinesPlain("标题党的说法\n正文\n"))
	if lines[0].Text != "标题党的说法" {
		t.Errorf("a line opening with 标题 read as an index: %q", lines[0].Text)
	}
	if portalBar("学习 | 工作 | 生活") || !portalBar("中国政府网 | 山西省政府网") {
		t.Errorf("portalBar misreads a bar of site links")
	}
}

// a samples site's page heading its collection by name and count in book
// brackets (《2025乡镇春节文化活动方案五篇》) over the collection heading
// (…(通用5篇)) and the sample's label (…篇1). Before, the bracketed name
// was the title. Now it is the site's, as the 篇1 label is: no title.
func TestSampleCollectionCountTitle(t *testing.T) {
	text := "首页 > 短语口号 > 节日庆典 > 春节 > 2025乡镇春节文化活动方案五篇正文\n\n" +
		"《2025乡镇春节文化活动方案五篇》\n\n时间:\n\n2025乡镇春节文化活动方案(通用5篇)\n\n" +
		"2025乡镇春节文化活动方案 篇1\n\n一、文体活动\n\n1、送春联下乡\n\n承办单位:书法协会、美术协会\n\n" +
		"活动时间:元月13日至元月25日\n"
	n := Parse(text, today)
	if n.Title != "" || len(n.Tasks) != 1 {
		t.Errorf("title %q tasks %d, want no title and one task", n.Title, len(n.Tasks))
	}
	if sampleCountRe.MatchString("关于印发2025年工作要点的通知") {
		t.Errorf("a notice's title read as a collection's")
	}
}

// a county's schedule whose 主辦單位 cell closes with the column's word
// (縣委、縣政府主辦). Before, 縣政府主辦 was read as a name (listed) and the
// lead it names missed. Now the column's word is taken off: 縣委 and 縣政府
// lead.
func TestColumnWordAtCellEnd(t *testing.T) {
	text := "清水縣2012年春節系列文化活動日程安排\n序號 |\n活動內容 |\n活動時間 |\n主辦單位 |\n承辦單位 |\n" +
		"1 |\n“慶元旦”文藝演出 |\n2011年12月27日下午3:00 |\n縣委、縣政府主辦 |\n縣委宣傳部、縣教育體育局 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Lead, []string{"縣委", "縣政府"}) || !slices.Equal(got.Owners, []string{"縣委", "縣政府", "縣委宣傳部", "縣教育體育局"}) {
		t.Errorf("lead %q owners %q", got.Lead, got.Owners)
	}
	if got := columnWordOff("县财政局主办", "责任单位"); got != "县财政局主办" {
		t.Errorf("a word of another column taken off: %q", got)
	}
}

// a 督查室's notice copied on one line, each item's units in a bracket
// (责任单位:…), one bracket's label closed by a semicolon (责任单位;住建局、
// 畜牧局、各乡镇场). Before, 责任单位 was read as an owner (listed). Now the
// semicolon after a bracket's opening label reads as its colon.
func TestBracketLabelSemicolon(t *testing.T) {
	text := "扶余市人民政府督查室关于对全市开展农村人居环境综合整治工作专项督查的通知\n" +
		"市直相关部门、各乡、镇(场)人民政府: 现将有关事宜通知如下: 一、重点督办事项 " +
		"1.加快推进全市农村垃圾收储运一体化进程。(责任单位:城市管理执法大队、各乡镇场) " +
		"2.实施改厨、改厕、改圈等工程,提升村屯人居环境质量和水平。(责任单位;住建局、畜牧局、各乡镇场) " +
		"二、几点要求 1.市直相关部门、各乡镇,对以上各项工作,要主动认领。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Owners, []string{"住建局", "畜牧局", "各乡镇场"}) || reviewed(got, "lead") {
		t.Errorf("owners %q, reviews %+v", got.Owners, got.Review)
	}
	if got := labelSemicolon("各单位要落实责任;住建局负责"); got != "各单位要落实责任;住建局负责" {
		t.Errorf("a sentence's semicolon changed: %q", got)
	}
}

// a samples site's third page of a county's opinions, its items (七)…
// each closed by a 责任单位 line, its last item (八) the closing
// requirements, points 1、–4、 run on in one paragraph naming no one by a
// label. Before, (八) was read as a task with no owners (listed), a task
// that is none. Now it is set aside, its lines still shown.
func TestClosingRequirementsItem(t *testing.T) {
	text := "县小春生产意见\n" +
		"10000亩高稳农田(地)建设,推广绿肥种植和秸杆还田等技术,促进农田(地)大面积上档升级。\n" +
		"责任单位:县农业局、各乡镇人民政府。\n" +
		"(七)抓好农业技能培训\n" +
		"围绕秋冬农业开发,大力开展农业科技培训,举办培训现场会40期(次),参训3800人(次)。\n" +
		"责任单位:县农业局、各乡镇人民政府。\n" +
		"(八)搞好服务,抓责任考核和任务落实\n" +
		"1、涉农部门要结合实际,认真分解细化各项计划任务,做到目标明确,责任清晰,考核完善。\n" +
		"2、县人民政府将对各乡镇人民政府、各责任单位的任务落实及完成情况实行定期不定期的督查。\n" +
		"3、县人民政府将安排经费3万元,由县财政局按计划拨付县农业局。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || !strings.HasPrefix(n.Tasks[0].Title, "抓好农业技能培训") {
		t.Fatalf("tasks %+v, want (七) alone", n.Tasks)
	}
	if !slices.ContainsFunc(n.Unplaced, func(l Line) bool { return strings.Contains(l.Text, "搞好服务") }) {
		t.Errorf("(八) not kept among the lines shown")
	}
	// A last item naming its own owners stays a task.
	n = Parse(text+"责任单位:县财政局。\n", today)
	if len(n.Tasks) != 2 {
		t.Errorf("an owned last item set aside: %d tasks", len(n.Tasks))
	}
}
