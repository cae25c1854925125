package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 25's held-out set showed, each closed by a general rule:

// a heading naming a kind of content (1.主要指标的责任部门。, (一)约束性指标)
// over targets each closing with its own bracket, run together in one
// paragraph (天津, the 11th five-year plan's division) or one a line (长春,
// the 12th's). Before, the heading was read as one task with every
// target's units, listed, or the first target as its body and the second
// left unread. Now each target is a task, the heading their parent.
func TestListHeadingEntries(t *testing.T) {
	runOn := "(一)主要目标。\n" +
		"1.主要指标的责任部门。\n" +
		"常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)耕地保有量保持在我市2010年耕地保有量面积。\n" +
		"(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)\n"
	lines := "二、主要目标和任务分工安排\n" +
		"(一)约束性指标\n" +
		"耕地保有量保持在2000.9万亩。(市国土局牵头)\n" +
		"单位工业增加值用水量达到省要求标准。(市水利局、市发展改革委等部门按职责分工负责)\n"
	type want struct {
		title string
		lead  []string
	}
	for _, c := range []struct {
		text   string
		parent string
		want   []want
	}{
		{runOn, "主要指标的责任部门", []want{
			{"常住人口控制在1150万人左右", []string{"市人口计生委", "市公安局"}},
			{"万元地区生产总值能源消耗降低20%", []string{"市经委"}},
			{"耕地保有量保持在我市2010年耕地保有量面积", []string{"市国土房管局"}},
			{"主要污染物排放总量减少10%", []string{"市环保局"}},
		}},
		{lines, "约束性指标", []want{
			{"耕地保有量保持在2000.9万亩", []string{"市国土局"}},
			{"单位工业增加值用水量达到省要求标准", nil},
		}},
	} {
		n := Parse(c.text, today)
		if len(n.Tasks) != len(c.want) {
			t.Fatalf("tasks %+v", n.Tasks)
		}
		for i, w := range c.want {
			got := n.Tasks[i]
			if got.Title != w.title || !slices.Equal(got.Lead, w.lead) || got.Parent != c.parent || !got.Due.IsZero() {
				t.Errorf("task %d: %q lead %q parent %q due %v, want %q led by %q under %q", i+1, got.Title, got.Lead, got.Parent, got.Due, w.title, w.lead, c.parent)
			}
		}
		if len(n.Unread) != 0 {
			t.Errorf("unread %+v", n.Unread)
		}
	}
	// A heading that is a piece of work stays one task with all the units.
	work := "一、完善食品安全法规制度\n修订食品安全企业标准备案管理制度。(省卫生健康委负责)修订食品相关产品生产加工监督管理办法。(省市场监管局负责)\n"
	if n := Parse(work, today); len(n.Tasks) != 1 || len(n.Tasks[0].Owners) != 2 || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("work heading: %+v", n.Tasks)
	}
}

// a women's and a children's plan's responsibility table (广东 2014),
// flattened one cell a line under 领域 | 主要目标 | 主要责任单位 | 责任单位: a
// goal's numbered line, then its —— sub-targets, each run of them closed
// by unit cells of its own, one a line. Before, the first row took two
// units and the table ended there: the other goals' units ran into their
// text, and the rest of the table was not read. Now each group of
// sub-targets closed by its units is a task under its goal, a goal whose
// sub-targets share one run of units is one task, and a goal with more
// units than the columns take has them all as owners.
func TestDashGroupRows(t *testing.T) {
	text := "《广东省妇女发展规划(2011—2020年)》目标责任分解书\n" +
		"领域\n\n主要目标\n\n主要责任单位\n\n责任单位\n\n" +
		"1.妇女在整个生命周期享有良好的基本卫生服务。\n\n" +
		"——女性人均预期寿命延长。\n\n——建立妇女健康档案。\n\n" +
		"省卫生厅\n\n省发改委\n\n省财政厅\n\n省人口计生\n\n" +
		"2.提高孕产妇医疗保健水平。\n\n" +
		"——孕产妇死亡率控制在15/10万以内。\n\n省卫生厅\n\n省公安厅\n\n" +
		"——孕产妇系统管理率达到90%以上。\n\n——全省孕产妇住院分娩率达到98%以上。\n\n省卫生厅\n\n省发改委\n\n省财政厅\n\n" +
		"3.妇女艾滋病、性病感染率得到控制。\n\n省卫生厅\n\n人口计生\n\n省公安厅\n\n省妇联\n"
	n := Parse(text, today)
	want := []struct {
		title, parent string
		owners        []string
	}{
		{"妇女在整个生命周期享有良好的基本卫生服务", "", []string{"省卫生厅", "省发改委", "省财政厅", "省人口计生"}},
		{"孕产妇死亡率控制在15/10万以内", "提高孕产妇医疗保健水平", []string{"省卫生厅", "省公安厅"}},
		{"孕产妇系统管理率达到90%以上", "提高孕产妇医疗保健水平", []string{"省卫生厅", "省发改委", "省财政厅"}},
		{"妇女艾滋病、性病感染率得到控制", "", []string{"省卫生厅", "人口计生", "省公安厅", "省妇联"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || got.Parent != w.parent || !slices.Equal(got.Owners, w.owners) || len(got.Lead) != 0 {
			t.Errorf("task %d: %q under %q owners %q lead %q, want %q under %q owned by %q", i+1, got.Title, got.Parent, got.Owners, got.Lead, w.title, w.parent, w.owners)
		}
	}
	if len(n.Unread) != 0 {
		t.Errorf("unread %+v", n.Unread)
	}
}

// the year a goal's targets are to be met by, opening a clause of its
// text (——到2020年,妇女常见病筛查率达到80%以上): the goal's only time. Before,
// it was neither read nor listed. Now it is the due date, that year's
// end, listed; a text naming two such years is left alone.
func TestTargetYearIsDueListed(t *testing.T) {
	text := "一、主要目标\n1.妇女享有良好的基本卫生服务。到2020年,妇女常见病筛查率达到80%以上。（省卫生厅负责）\n" +
		"2.提高健康水平。到2015年,筛查率达到60%;到2020年,达到80%。（省卫生厅负责）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if k := n.Tasks[0]; k.Due.Format("2006-01-02") != "2020-12-31" || !reviewed(k, "due") {
		t.Errorf("task 1: due %v reviews %+v", k.Due, k.Review)
	}
	if k := n.Tasks[1]; !k.Due.IsZero() {
		t.Errorf("task 2: due %v", k.Due)
	}
}

// a document preview of a city's five-year plan's division served as one
// line: the table's title, its header (工作重点序号主要工作任务第一责任单位主要
// 责任单位), category headings, page markers and rows run together, each
// row's text then its units, the first column's run into the second's
// (嘉兴 2006). Nothing was read and nothing listed. Now such a line is
// read from each row's end: the longest run of units' names closing the
// row, the run together ones split where each starts with its level, all
// but the last of them the first column's, which 第一责任单位 names as
// the lead; every field is listed.
func TestJoinedTableTwoUnitColumns(t *testing.T) {
	text := "—1—分解落实方案工作重点序号主要工作任务第一责任单位主要责任单位一、主要发展指标" +
		"1地区生产总值年均增长12%左右,人均生产总值达到6万元左右。市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区" +
		"2单位生产总值综合能耗下降20%。市发展改革委市经贸委市规划建设局、市统计局,各县(市、区)政府—2—二、产业优化升级" +
		"3积极推进技术创新,推广应用网络通信技术、微电子技术等先进生产技术市科技局市发展改革委、市经贸委\n"
	n := Parse(text, today)
	want := []struct {
		title        string
		lead, owners []string
	}{
		{"地区生产总值年均增长12%左右,人均生产总值达到6万元左右", []string{"市发展改革委"}, []string{"市发展改革委", "各县(市、区)政府", "嘉兴经济开发区", "嘉兴港区"}},
		{"单位生产总值综合能耗下降20%", []string{"市发展改革委", "市经贸委"}, []string{"市发展改革委", "市经贸委", "市规划建设局", "市统计局", "各县(市、区)政府"}},
		{"积极推进技术创新,推广应用网络通信技术、微电子技术等先进生产技术", []string{"市科技局"}, []string{"市科技局", "市发展改革委", "市经贸委"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Lead, w.lead) || !slices.Equal(got.Owners, w.owners) || !reviewed(got, "owners") || !reviewed(got, "lead") {
			t.Errorf("task %d: %q lead %q owners %q reviews %+v, want %q led by %q, owners %q, listed", i+1, got.Title, got.Lead, got.Owners, got.Review, w.title, w.lead, w.owners)
		}
	}
	if n.Title != "分解落实方案" {
		t.Errorf("title %q: the header's first column (工作重点) is no part of it", n.Title)
	}
	if len(n.Sections) != 2 || n.Sections[1].Title != "产业优化升级" {
		t.Errorf("sections %+v", n.Sections)
	}
}

// 第一责任单位 names the unit that answers first for a row: the lead, as
// 牵头单位 does (嘉兴 2006). Before, its units were owners only.
func TestFirstResponsibleIsLead(t *testing.T) {
	text := "序号|主要工作任务|第一责任单位|主要责任单位\n1|地方财政收入年均增长13%。|市财政局|市国税局\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"市财政局"}) || !slices.Equal(n.Tasks[0].Owners, []string{"市财政局", "市国税局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a waste-sorting division's document preview (成都): the header has one
// unit column, a column of targets and one of notes (序号工作内容目标任务责任
// 单位备注), a target opens with its date (2021年2月底前), and the table
// runs on over a second line where the preview's next page begins, a
// unit's name cut across the break. The lines were listed as not read.
// Now the rows are read across the lines, all units owners, listed, and
// a date inside a row is no row's number.
func TestJoinedTableOneUnitColumnOverLines(t *testing.T) {
	text := "分工表序号工作内容目标任务责任单位备注1将生活垃圾分类投放作为精神文明建设的重要内容,加强宣传发动。2021年2月底前,群众知晓率达90%以上。市委宣传部(市文明办)、市城管委,市妇联、市文广旅局等部门,各区(市)县政府(管委会)" +
		"2完善生活垃圾回收利用体系。2021年2月底前,基本建成生活垃圾回收利用体系。市商务局,市\n" +
		"住建局、市城管委,各区(市)县政府(管委会)3加强家庭源危险废物处置的规范化管理。2021年2月底前,制定指导意见。市生态环境局,各区(市)县政府(管委会)\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"将生活垃圾分类投放作为精神文明建设的重要内容,加强宣传发动", []string{"市委宣传部(市文明办)", "市城管委", "市妇联", "市文广旅局", "各区(市)县政府(管委会)"}},
		{"完善生活垃圾回收利用体系", []string{"市商务局", "市住建局", "市城管委", "各区(市)县政府(管委会)"}},
		{"加强家庭源危险废物处置的规范化管理", []string{"市生态环境局", "各区(市)县政府(管委会)"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Owners, w.owners) || len(got.Lead) != 0 || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q lead %q, want %q owned by %q, listed", i+1, got.Title, got.Owners, got.Lead, w.title, w.owners)
		}
	}
	if len(n.Unread) != 0 {
		t.Errorf("unread %+v", n.Unread)
	}
}

// a township's rectification plan (射箭乡 2018): 1.专项整改问题, an item
// naming a kind of content, over one sub-item (1) that closes with who
// leads and who carries it out. The heading was read as the task, the
// problem its text. Now the lone sub-item is the task, the heading its
// parent; an item that is a piece of work keeps its one sub-item as text.
func TestLoneSubItemUnderCategory(t *testing.T) {
	text := "一、整改内容\n1.专项整改问题\n(1)将脱贫人口指标集中安排给当年计划退出村,无指标的即使达到也不让退出。(牵头单位:扶贫办;责任单位:各村支部)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || n.Tasks[0].Parent != "专项整改问题" || !strings.HasPrefix(n.Tasks[0].Title, "将脱贫人口指标") || !slices.Equal(n.Tasks[0].Lead, []string{"扶贫办"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
	work := "一、整改内容\n1.加强村级组织建设\n(1)选优配强村两委班子。(牵头单位:组织办;责任单位:各村支部)\n"
	if n := Parse(work, today); len(n.Tasks) != 1 || n.Tasks[0].Title != "加强村级组织建设" {
		t.Errorf("work item: %+v", n.Tasks)
	}
}

// a county's opinion on a site's page (沙县 2012): the heading repeats the
// title, 关于加快第三产业发展的实施意见(试行), over a post line, the issuer
// alone on a line and the title again. The title ran on over the next
// four lines (…(试行)日期:…来源:本网沙县人民政府…). Now a standing mark
// ((试行), (暂行)) after the document's kind ends a title.
func TestStandingMarkEndsTitle(t *testing.T) {
	text := "关于加快第三产业发展的实施意见(试行)\n\n日期:2012-10-11 16:17 来源:本网\n| | | |\n\n沙县人民政府\n\n关于加快第三产业发展的实施意见(试行)\n\n沙政〔2012478\n\n各乡(镇)人民政府、街道办事处,县直各单位:\n" +
		"为进一步提升我县第三产业的质量和水平,提出如下意见。\n一、总体要求\n以科学发展观为统领。\n"
	n := Parse(text, today)
	if n.Title != "关于加快第三产业发展的实施意见(试行)" {
		t.Errorf("title %q", n.Title)
	}
}
