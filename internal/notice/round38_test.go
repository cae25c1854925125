package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 38's held-out set (set 42: law sites' middle pages of city 创建
// campaigns, duty divisions for one-off work — a census, an economic
// census, an inspection — working groups with their heads, a wiki page in
// traditional characters, cover letters) showed, each closed by a general
// rule:

// a law site's page 7 of a 创建国家卫生城市 plan whose standards under item
// 10 are numbered 10.7, 10.8, 10.9 with a space after the number. Before,
// each was read as item 10 with the text "7 除…": its title held its own
// number and nothing said so. Now a run of such points under one number
// are items numbered by their point.
func TestDecimalPointItems(t *testing.T) {
	text := "金昌市人民政府关于印发金昌市2010年创建国家卫生城市实施方案的通知\n\n" +
		"  10.7 除“四害”措施落实,无违规饲养畜禽。(金川区政府负责)\n" +
		"  10.8 农产品交易市场、“五小”行业管理及环境保护符合有关规定。(金川区政府负责,市商务局、市卫生局、市工商局配合)\n" +
		"  10.9 所辖镇建成不少于一个省级以上卫生镇。(金川区政府负责)\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"除“四害”措施落实", []string{"金川区政府"}},
		{"农产品交易市场、“五小”行业管理", []string{"金川区政府", "市商务局", "市卫生局", "市工商局"}},
		{"所辖镇建成不少于一个省级以上卫生镇", []string{"金川区政府"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, w.owners) || len(got.Lead) != 0 {
			t.Errorf("point %d: title %q owners %q lead %q, want %q %q and no lead", i+7, got.Title, got.Owners, got.Lead, w.title, w.owners)
		}
	}
	// A plan's chapter headings numbered so (1.1 编制目的) are no items.
	n = Parse("某县突发事件应急预案\n1.1 编制目的\n1.2 编制依据\n1.3 适用范围\n", today)
	if len(n.Tasks) != 0 {
		t.Errorf("chapter headings read as tasks: %+v", n.Tasks)
	}
}

// a law site's middle page of a city's 环境整治 plan giving the work to
// working groups, one an item: the item is the group's name, its tasks
// follow, and a line names its heads (由城区办主任刘鹏任组长,…任副组长).
// Before, the heads were not read (no leaders, not listed) and the
// item's owners were the units its text names for parts of the work. Now
// the heads are the leaders, as written with their posts, and the group is
// the owner, listed.
func TestWorkingGroupHeads(t *testing.T) {
	text := "具体任务分设14个工作组,负责整治落实的各项工作。\n" +
		"1、“门前三包”整治组\n" +
		"主要任务是:①负责全市,特别是主要道路两侧单位落实 “门前三包”责任制;\n" +
		"②督促检查商业门点的亮化。\n" +
		"由城区办主任刘鹏任组长,政协学习文史委副主任曹善忠、水务局纪检组长田瑞任副组长。\n" +
		"2、市场及市场环境整治组\n" +
		"主要任务是:①在市场附近的摊点,由市场管理中心负责接纳,进入市场统一进行管理。\n" +
		"由市场管理中心主任赵录德任组长,市建设局城建管理监察支队队长张韶武任副组长。\n"
	n := Parse(text, today)
	want := []struct {
		group   string
		leaders []string
	}{
		{"“门前三包”整治组", []string{"城区办主任刘鹏", "政协学习文史委副主任曹善忠", "水务局纪检组长田瑞"}},
		{"市场及市场环境整治组", []string{"市场管理中心主任赵录德", "市建设局城建管理监察支队队长张韶武"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, []string{w.group}) || !slices.Equal(got.Leaders, w.leaders) || !reviewed(got, "owners") {
			t.Errorf("group %d: owners %q leaders %q review %v, want [%s] %q, owners listed", i+1, got.Owners, got.Leaders, got.Review, w.group, w.leaders)
		}
	}
	// A group's head named in passing inside an item is no leader of it.
	n = Parse("重点任务\n1.加强中医药师承教育。(责任单位:区卫生健康局)\n"+
		"2.宣传组\n区政府成立由区长任组长的工作领导小组,负责统筹组织实施。\n", today)
	for _, k := range n.Tasks {
		if len(k.Leaders) > 0 {
			t.Errorf("task %q: leaders %q from a clause naming a group's head in passing", k.Title, k.Leaders)
		}
	}
}

// a law site's page 3 of a city's 创建园林城市 division that opens with a
// heading ((七)市级园林单位(小区)创建) with no item under it, its paragraph
// closing with its labels (责任单位:…,完成时间:…), while the headings after
// it hold items 1、 with labels of their own. Before, the paragraph was only
// listed as not read. Now the heading and its paragraph are one task; and
// a collective naming the holders of a kind of thing (各单位庭园(居住区)
// 所属单位) is listed.
func TestLabelledParagraphUnderHeading(t *testing.T) {
	text := "(七)市级园林单位(小区)创建\n" +
		"完成市“创园”办下达的市级园林单位(小区)创建任务,全市园林单位(小区)达60%以上。责任单位:各区人民政府、市房产局、各单位庭园(居住区)所属单位,完成时间:2009年5月底前。\n" +
		"(八)环境绿化、生态防护林及绿化隔离带建设\n" +
		"1、完成葛山森林公园规划及核心区域建设工作。责任单位:市林业局、西山街办,完成时间:2009年9月30日前。\n" +
		"2、完成洲尾江滩防护林、长港绿化带建设。责任单位:鄂州开发区管委会、市水利局,完成时间:2009年5月10日前。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	first := n.Tasks[0]
	if first.Title != "市级园林单位(小区)创建" || !slices.Equal(first.Owners, []string{"各区人民政府", "市房产局", "各单位庭园(居住区)所属单位"}) ||
		first.Due.Format("2006-01-02") != "2009-05-31" || !reviewed(first, "owners") {
		t.Errorf("heading's task: title %q owners %q due %v review %v", first.Title, first.Owners, first.Due, first.Review)
	}
	if got := n.Tasks[1]; !strings.HasPrefix(got.Title, "完成葛山森林公园") || reviewed(got, "owners") {
		t.Errorf("item 1: %q review %v", got.Title, got.Review)
	}
}

// divisions of duties for one-off work: a city's 迎检 duties whose items
// open with units that work with another (市沙澧河建管委协同市建委负责…),
// and a district's economic census whose items open with a body holding
// 和 in its name (区经济信息化和科学技术局负责…) under a heading 区级部门.
// Before, X协同Y was read as one unit's name, and the body's name was cut
// at 和, so the heading's 区级部门 was made the owner (both listed, both
// wrong). Now 协同 parts the units, each an owner and none a lead, and a
// name is kept whole where its parts at 和 are no bodies.
func TestDutySubjectsJoinedAndWhole(t *testing.T) {
	text := "市人民政府有关部门:\n现将各有关部门承担省迎检工作职责明确如下:\n" +
		"一、市交通运输局负责城市综合交通管理工作。\n" +
		"二、市工商局、市沙澧河建管委协同市建委负责城市市容和环境卫生等内容中涉及部门职责的工作。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[1].Owners, []string{"市工商局", "市沙澧河建管委", "市建委"}) || len(n.Tasks[1].Lead) != 0 {
		t.Fatalf("协同: tasks %+v", n.Tasks)
	}
	text = "关于进一步明确经济普查工作职责细化工作任务的通知\n一、职责和任务\n(一)区级部门\n" +
		"1.区经济信息化和科学技术局负责工业和科技方面普查数据审核、登记业务指导等工作;主要任务:全部工业(06至46)的普查相关工作(单位见附件1);\n" +
		"2.区住建局负责建筑业和房地产业单位普查数据审核、登记业务指导等工作;\n"
	n = Parse(text, today)
	want := [][]string{{"区经济信息化和科学技术局"}, {"区住建局"}}
	if len(n.Tasks) != 2 {
		t.Fatalf("census: tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if !slices.Equal(n.Tasks[i].Owners, w) {
			t.Errorf("census item %d: owners %q, want %q", i+1, n.Tasks[i].Owners, w)
		}
	}
	// Bodies joined by 和 are still parted: 规划部门和测绘部门.
	if got := dutyNames("规划部门和测绘部门"); !slices.Equal(got, []string{"规划部门", "测绘部门"}) {
		t.Errorf("dutyNames(规划部门和测绘部门) = %q", got)
	}
}

// a province's census notice whose duty paragraphs stand unnumbered under
// 一、职责分工, after a general paragraph ending 具体分工如下:, each opening
// with a body and 负责. Before, the item was dropped for naming no one and
// the notice refused for holding no task. Now each paragraph is its body's
// task, listed; the general paragraph is no task.
func TestDutyParagraphsUnderHeadingItem(t *testing.T) {
	text := "湖北省统计局关于下发《湖北省人民政府第六次人口普查领导小组成员单位职责分工和工作方式》的通知\n" +
		"一、职责分工\n" +
		"人口普查是一项重大的国情国力调查,需要明确有关部门的职责分工。按照各部门的工作职能,具体分工如下:\n" +
		"省统计局负责人口普查的日常工作,并全面负责专业技术工作。\n" +
		"省公安厅负责户口整顿工作,以及协助配合人口普查登记阶段相关工作。\n" +
		"省财政厅负责人口普查经费的协调保障工作。\n"
	n := Parse(text, today)
	want := []string{"省统计局", "省公安厅", "省财政厅"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w+"负责") || !slices.Equal(got.Owners, []string{w}) || len(got.Lead) != 0 || !reviewed(got, "owners") {
			t.Errorf("paragraph %d: title %q owners %q lead %q review %v", i+1, got.Title, got.Owners, got.Lead, got.Review)
		}
	}
	if !slices.ContainsFunc(n.Unplaced, func(l Line) bool { return strings.Contains(l.Text, "具体分工如下") }) {
		t.Errorf("the general paragraph is not among the lines not placed: %+v", n.Unplaced)
	}
	// The item's own line may open the division; a chapter after it that
	// names no one (二、工作方式) is none where the division is all the
	// notice gives to anyone.
	text = "湖北省统计局关于人口普查领导小组成员单位职责分工的通知\n" +
		"一、职责分工如下:\n" +
		"省统计局负责人口普查的日常工作,并全面负责专业技术工作。\n" +
		"省公安厅负责户口整顿工作,以及协助配合人口普查登记阶段相关工作。\n" +
		"二、工作方式\n" +
		"领导小组实行例会制度,由组长或副组长主持。\n"
	n = Parse(text, today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"省统计局"}) || !slices.Equal(n.Tasks[1].Owners, []string{"省公安厅"}) {
		t.Errorf("opener on the item's line: tasks %+v", n.Tasks)
	}
	if !slices.ContainsFunc(n.Unplaced, func(l Line) bool { return strings.Contains(l.Text, "例会制度") }) {
		t.Errorf("the chapter naming no one is not among the lines not placed: %+v", n.Unplaced)
	}
}
