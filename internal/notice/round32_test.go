package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 32's held-out sets (set 36: State Council implementations, work
// report divisions, county lists, lead rules, mayors' headings, traditional
// characters, news reprints; set 35: 2004–2009 divisions from law sites'
// middle pages, label lines, unit names as headings, open tails, a table
// with a total row) showed, each closed by a general rule:

// a province's division of its work report, reprinted by a news site in
// traditional characters, whose label line names two units that lead and
// then the units that help (責任單位:省政府辦公廳、省財政廳牽頭,省商務廳、…).
// Before, only the unit 牽頭 stood right after led, the other of the pair
// not, and nothing said so. Now every unit of the run before 牵头 leads,
// as where the run stands alone.
func TestLeadRunAmongClauses(t *testing.T) {
	text := "2024年政府工作報告重點工作責任分解\n\n一、王浩省長牽頭重點工作\n\n" +
		"1.堅持政府過緊日子,嚴肅財經紀律,嚴控一般性支出。\n\n" +
		"責任單位:省政府辦公廳、省財政廳牽頭,省商務廳、省文化廣電和旅遊廳(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)\n\n" +
		"2.積極爭取並高效用好地方政府專項債券。\n\n責任單位:省財政廳、省發展改革委\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Lead, []string{"省政府辦公廳", "省財政廳"}) ||
		!slices.Equal(got.Owners, []string{"省政府辦公廳", "省財政廳", "省商務廳", "省文化廣電和旅遊廳"}) {
		t.Errorf("item 1: owners %q lead %q, want both units before 牽頭 to lead", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Lead, []string{"省財政廳"}) {
		t.Errorf("item 2: lead %q, want the first-listed unit by the rule (下同)", got.Lead)
	}
	// A clause of one unit before 牵头 among others is read as it was.
	n = Parse("重点工作分工\n1.抓好粮食生产。责任单位:市农业局牵头,市财政局、市水利局\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"市农业局"}) {
		t.Errorf("one unit before 牵头: %+v", n.Tasks)
	}
}

// a district's division of its work report as a web page serves it, each
// row of the table on one line with its cells apart by spaces, a category
// heading between the header and the rows (一、2025年经济社会发展的主要预期
// 目标), and a row whose unit cell holds two units one a line. Before, the
// heading ended the table at once: no row was read (only listed as not
// read). Now a chapter heading with a row under it goes on the table.
func TestSpacedTableCategoryHeading(t *testing.T) {
	text := "谯城区2025年政府工作报告重点工作任务分解表\n" +
		"序号 重点工作任务 主要责任单位 协同配合单位\n" +
		"一、2025年经济社会发展的主要预期目标\n" +
		"1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处,谯城经开区管委会。\n" +
		"2 一般公共预算收入增长5%左右。 区财政局\n区税务局\n区政府有关部门,谯城经开区管委会。\n" +
		"3 社会消费品零售总额增长8.2%左右。 区商务局 区发改委、区市场监管局。\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"地区生产总值增长6.5%左右", []string{"区发改委", "区政府各部门", "各乡镇人民政府、街道办事处", "谯城经开区管委会"}},
		{"一般公共预算收入增长5%左右", []string{"区财政局", "区税务局", "谯城经开区管委会"}},
		{"社会消费品零售总额增长8.2%左右", []string{"区商务局", "区发改委", "区市场监管局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; got.Title != w.title || !slices.Equal(got.Owners, w.owners) {
			t.Errorf("row %d: %q owners %q, want %q by %q", i+1, got.Title, got.Owners, w.title, w.owners)
		}
	}
	if !reviewed(n.Tasks[1], "owners") {
		t.Errorf("row 2's 区政府有关部门 names no one: owners should be listed")
	}
}

// a city's cover letter whose rule names the units that help with every
// item unless one says otherwise (除特别注明的外,各县(市、区)政府和金华开发区、
// 金义都市新区、金华山旅游经济区管委会都是配合单位), signed and dated over the
// list. Before, the rule was not read: the item's owners lacked those units
// and nothing said so. Now the rule's units are owners of every item,
// listed with the rule's line, and zones written whole before the last
// one's committee each have that committee.
func TestLetterRuleOwners(t *testing.T) {
	text := "金华市人民政府办公室关于印发2018年政府工作报告重点工作责任分解的通知\n\n金政办发〔2018〕23号\n\n" +
		"各县(市、区)人民政府,市直属各单位:\n\n" +
		"  各牵头单位要充分发挥指导协调作用。除特别注明的外,各县(市、区)政府和金华开发区、金义都市新区、金华山旅游经济区管委会都是配合单位。市督考办要定期督查通报进展情况。\n\n" +
		"  金华市人民政府办公室\n\n  2018年4月18日\n\n" +
		"2018年政府工作报告重点工作责任分解\n\n  一、尹学群市长牵头的重点工作\n\n" +
		"  1.全面完成2018年全市经济社会发展预期目标。\n\n  牵头单位:市发改委\n\n  配合单位:市农办、市经信委\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	want := []string{"市发改委", "市农办", "市经信委", "各县(市、区)政府", "金华开发区管委会", "金义都市新区管委会", "金华山旅游经济区管委会"}
	if !slices.Equal(got.Owners, want) || !slices.Equal(got.Lead, []string{"市发改委"}) {
		t.Errorf("owners %q lead %q, want %q led by 市发改委", got.Owners, got.Lead, want)
	}
	if !slices.ContainsFunc(got.Review, func(r Review) bool { return r.Field == "owners" && r.Line == 7 }) {
		t.Errorf("the owners the letter's rule adds should be listed with its line 7: %+v", got.Review)
	}
	// A letter that names no such rule adds no one.
	n = Parse(strings.Replace(text, "除特别注明的外,各县(市、区)政府和金华开发区、金义都市新区、金华山旅游经济区管委会都是配合单位。", "", 1), today)
	if len(n.Tasks) != 1 || len(n.Tasks[0].Owners) != 3 {
		t.Errorf("no rule: %+v", n.Tasks)
	}
}

// a wiki's copy of a province's work points whose first sentence the page
// broke over short lines where it had links (2016年是 / “十三五”規劃和 /
// 全面建成小康社會決勝階段的開局之年,…), with no title line at all. Before,
// the two short lines were read as the title. Now lines that end in a word
// waiting for more (是, 和) and go on in the line under them are the
// sentence's start: the title is "".
func TestSentenceStartNoTitle(t *testing.T) {
	text := "2016年是\n“十三五”規劃和\n全面建成小康社會決勝階段的開局之年,也是推進結構性改革的攻堅之年。主要任務是:\n" +
		"1.加大精準扶貧力度。把脫貧攻堅作為第一民生工程。(責任單位:省扶貧和移民辦、省財政廳)\n"
	n := Parse(text, today)
	if n.Title != "" {
		t.Errorf("title %q, want none", n.Title)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"省扶貧和移民辦", "省財政廳"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
	// A title over the preamble is still one.
	n = Parse("2016年省政府工作要点分工方案\n2016年是全面建成小康社会决胜阶段的开局之年。\n1.加大精准扶贫力度。(责任单位:省财政厅)\n", today)
	if n.Title != "2016年省政府工作要点分工方案" {
		t.Errorf("title %q", n.Title)
	}
}

// a city's 2008 list with label lines, its leaders written as the document
// that divides the work among them with their names in brackets
// (责任领导:按《市委工作要点》分工(蒋永根、俞福才、金跃民)). Before, the whole
// phrase was one leader, not listed. Now the leaders are the names in the
// brackets.
func TestLeadersByDivision(t *testing.T) {
	text := "关于印发政府工作报告若干重点工作任务的通知\n一、突出工业转型升级\n1.推进总部中心、会展中心建设。\n" +
		"责任领导:按《市委工作要点》分工(蒋永根、俞福才、金跃民);责任单位:总部办、科技局;配合单位:经贸局。\n" +
		"2.加大招商引资力度。\n责任领导:吴晓平;责任单位:外贸局、发改局。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Leaders, []string{"蒋永根", "俞福才", "金跃民"}) || !slices.Equal(n.Tasks[1].Leaders, []string{"吴晓平"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a county's public notice of projects, each item followed by label lines
// a word qualifies (项目责任领导:, 项目责任单位:), the leader written with
// posts in brackets (阿布力肯·阿布都热合曼(县委常委、统战部部长…)). Before,
// the 项目责任领导 line stayed in the item's text and it had no leader (only
// a warning that a label stood in the text). Now the line is the item's
// responsibility, and the leader is the name without the posts.
func TestQualifiedLeaderLabel(t *testing.T) {
	text := "现将项目有关情况公示如下:\n(一)实施产业发展项目2个。\n" +
		"1.叶城县2026年宗朗乡种植业基地配套建设项目:投资340万元。建设地点:宗朗乡5村。\n" +
		"项目责任领导:阿布力肯·阿布都热合曼(县委常委、统战部部长、县政协党组副书记)\n项目责任单位:宗朗乡、水利局\n项目责任人:吴维强、王平\n" +
		"2.叶城县2026年洛克乡种植业基地配套建设项目:投资340万元。\n项目责任领导:努尔买买提·阿布来提(县人大常委会四级调研员)\n项目责任单位:洛克乡、水利局\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, want := range []string{"阿布力肯·阿布都热合曼", "努尔买买提·阿布来提"} {
		if got := n.Tasks[i]; !slices.Equal(got.Leaders, []string{want}) || len(got.Owners) != 2 || strings.Contains(got.Body, "责任领导") {
			t.Errorf("item %d: leaders %q owners %q body %q, want leader %s", i+1, got.Leaders, got.Owners, got.Body, want)
		}
	}
}

// a city's 2009 division on a law site's middle page whose items close with
// (牵头责任单位:市民政局;责任单位:各区县及园区). Before, 各区县及园区 was one
// owner and, where nothing else in the item was open, not listed. Now a
// collective of governments and a kind of zone joined by 及 are two owners
// (split at 及 as the conventions split names), listed.
func TestCollectiveAndZone(t *testing.T) {
	text := "遂宁市人民政府办公室关于印发《2009年政府工作报告主要工作任务解读》的通知\n\n" +
		"  6.完善城乡社会救助体系,实施城乡医疗救助。(牵头责任单位:市民政局;责任单位:各区县及园区)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Owners, []string{"市民政局", "各区县", "园区"}) || !slices.Equal(got.Lead, []string{"市民政局"}) || !reviewed(got, "owners") {
		t.Errorf("owners %q lead %q, want 市民政局 leading 各区县 and 园区, listed", got.Owners, got.Lead)
	}
	// Two bodies joined by 及 where the first is no collective stay as read.
	if two := collectiveAnd("市财政局及所属单位"); two != nil {
		t.Errorf("市财政局及所属单位 split %q", two)
	}
}

// a law site's second page of a city's division of targets by department:
// items 二、–八、 of a department named on the page before, then a line
// that is a unit's name alone (市卫生局) over items numbered again from 一、
// that name no one. Before, the unit's line ran into item 八's text and no
// item was read at all (nor listed). Now the unit's line ends the item
// before and gives the unit to the items under it, as owner, not lead,
// listed; the items before it, a middle page's, are tasks with no owners,
// listed.
func TestUnitLineOverItems(t *testing.T) {
	text := "二、继续开展资助农村义务教育活动。巩固276所农村薄弱中小学对接成果。\n" +
		"三、继续巩固义务教育成果。保证小学入学率达到100%。\n" +
		"市卫生局\n" +
		"一、开展助产机构清理整顿工作,坚决打击、取缔非法接生;\n并进行助产人员资格审查及重新注册。\n" +
		"二、继续加强妇女孕产期保健工作。\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"继续开展资助农村义务教育活动", nil},
		{"继续巩固义务教育成果", nil},
		{"开展助产机构清理整顿工作", []string{"市卫生局"}},
		{"继续加强妇女孕产期保健工作", []string{"市卫生局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, w.owners) || len(got.Lead) > 0 || !reviewed(got, "owners") {
			t.Errorf("item %d: %q owners %q lead %q, want %q by %q, listed", i+1, got.Title, got.Owners, got.Lead, w.title, w.owners)
		}
		if strings.Contains(got.Body, "市卫生局") {
			t.Errorf("item %d keeps the unit's line in its text: %q", i+1, got.Body)
		}
	}
}

// a city's card of one 民生 item: its paragraph, then 承办部门:市人社局 with
// a contact number after the unit. Before, 承办部门 was no label and nothing
// was read (the line only listed as not read). Now 承办部门 labels the
// owners as 承办单位 does (no lead), and the paragraph over it is a task,
// listed.
func TestUndertakingDepartmentCard(t *testing.T) {
	text := "继续巩固和完善新型农村合作医疗制度。参合率不低于95%,人均缴费标准120元左右。\n承办部门:市人社局 咨询电话:2126816\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市人社局"}) || len(n.Tasks[0].Lead) > 0 || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a portal's copy of a city's key work of 2004 whose heading carries the
// page's post time on its line (2004年上海市政府重点工作 2004-04-22 17:21).
// Before, the time was read into the title. Now it is the page's.
func TestTitlePostTime(t *testing.T) {
	text := "2004年上海市政府重点工作 2004-04-22 17:21\n按照《政府工作报告》中提出的目标、任务,确定今年政府重点工作如下。\n" +
		"一、实施《行政许可法》,促进依法行政\n(责任单位:市政府法制办、市审改办)\n"
	n := Parse(text, today)
	if n.Title != "2004年上海市政府重点工作" || !n.Date.IsZero() {
		t.Errorf("title %q date %v", n.Title, n.Date)
	}
}

// a law site's second page of a province's key projects by city: each
// city's government a heading alone (三、儋州市政府), its (一) holding
// numbered items, its (二)预备重点项目(2个)。 only a paragraph of names.
// Before, the (二) and its paragraph were read as nothing, nor listed. Now
// such a sub-heading is a task of its own, the paragraph its text, its
// owner the government of the heading above, listed.
func TestSubHeadingParagraphUnderUnit(t *testing.T) {
	text := "三、儋州市政府\n(一)重点项目(4个)。\n1.竣工项目(2个):200万头生猪肉联加工项目、海南西部中心医院一期工程。\n" +
		"2.续建项目(2个):儋州滨海新区开发项目。\n(二)预备重点项目(2个)。\n儋州东坡山水文化旅游区、儋州白马湾综合开发项目。\n" +
		"四、文昌市政府\n(一)重点项目(7个)。\n1.续建项目(6个):文昌航天发射场项目。\n(二)预备重点项目(4个)。\n文昌铺前大桥、文昌市文昌河综合整治工程。\n"
	n := Parse(text, today)
	want := []struct{ title, owner string }{
		{"竣工项目(2个)", "儋州市政府"}, {"续建项目(2个)", "儋州市政府"}, {"预备重点项目(2个)", "儋州市政府"},
		{"续建项目(6个)", "文昌市政府"}, {"预备重点项目(4个)", "文昌市政府"},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, []string{w.owner}) || len(got.Lead) > 0 || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q, want %q by %s, listed", i+1, got.Title, got.Owners, w.title, w.owner)
		}
	}
	if !strings.Contains(n.Tasks[2].Body, "儋州东坡山水文化旅游区") {
		t.Errorf("the paragraph is the task's text: %q", n.Tasks[2].Body)
	}
}

// a plan from a writing-samples site whose items (一)(二) each close with
// label lines (责任科室:, 责 任 人:, 完成时限:), the second's text being its
// sub-items 1、–3、 with the labels after the last. Before, the 1、 items
// were taken for the tasks: (一) was lost, the three sub-items read as tasks
// naming no one. Now 1、 items that mostly name no one, under （一） items
// that do, are the sub-items of those, as （1） items are.
func TestSubItemsShareLabels(t *testing.T) {
	text := "二、迎检内容及职责分工\n(一)加大创建迎检宣传力度。局机关各位干部职工要掌握应知应会手册。\n责任科室:办公室\n责 任 人:\n完成时限:8月15日前\n" +
		"(二)加强局机关、包保路段、河段的保洁工作。\n1、局机关:各办公室要定期开展卫生大扫除。\n2、包保河段:要确保包保河段的清洁。\n" +
		"3、包保路段:局机关要排好值班表。\n责任科室:局办公室\n责 任 人:\n完成时限:8月9号—8月20号\n"
	n := Parse(text, today)
	want := []struct{ title, owner string }{{"加大创建迎检宣传力度", "办公室"}, {"加强局机关、包保路段、河段的保洁工作", "局办公室"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; got.Title != w.title || !slices.Equal(got.Owners, []string{w.owner}) {
			t.Errorf("task %d: %q owners %q, want %q by %s", i+1, got.Title, got.Owners, w.title, w.owner)
		}
	}
	if !strings.Contains(n.Tasks[1].Body, "包保河段") {
		t.Errorf("the sub-items are the task's text: %q", n.Tasks[1].Body)
	}
}

// the same sample site's heading over the plan, its count in a bracket it
// left open (第一篇:教育系统…验收工作方案(167), over the plan's title broken
// over two lines. Before, the heading was not known for the site's and no
// title was read. Now it is the page's, and the title is the plan's.
func TestSampleHeadingOpenCount(t *testing.T) {
	text := "第一篇:教育系统迎接全国文明城市测评检查及省级城市复评验收工作方案(167\n" +
		"某某市教育系统迎接全国文明城市测评检查及\n省级城市复评验收工作方案\n" +
		"省文明办考核测评组将于8月16日—19日对我市省级文明城市创建工作进行复评验收。\n" +
		"一、迎检内容及职责分工\n(一)加大创建迎检宣传力度。\n责任科室:办公室\n"
	n := Parse(text, today)
	if n.Title != "某某市教育系统迎接全国文明城市测评检查及省级城市复评验收工作方案" {
		t.Errorf("title %q", n.Title)
	}
}
