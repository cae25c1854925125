package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 22's held-out set showed, each closed by a general rule:

// a city's progress report on its 民生工程: each item gives a project's
// name, then its label run on after a comma, then what the report says of
// the work (1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为
// 舒城县。). No task was read: the label after a comma was not split off
// the item. Now it is, and the sentence after the label's names is no
// more of them (六安, 2017 and 2021).
func TestLabelAfterAnItemsNameAndComma(t *testing.T) {
	text := "二、部分项目进展情况\n" +
		"1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。\n" +
		"2、技能培训提升,牵头单位:市退役军人局。其中,退役军人技能培训提升进度较慢的为叶集区。\n" +
		"3、棚户区和老旧小区改造,牵头单位:市住建局。其中,棚户区改造新开工进度较慢的为舒城县、金安区;棚户区改造基本建成进度较慢的为霍邱县。\n"
	n := Parse(text, today)
	want := []struct{ title, owner string }{{"农村道路畅通工程", "市交通局"}, {"技能培训提升", "市退役军人局"}, {"棚户区和老旧小区改造", "市住建局"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Owners, []string{w.owner}) || !slices.Equal(got.Lead, []string{w.owner}) {
			t.Errorf("task %d: %q owners %q lead %q, want %q led by %q", i+1, got.Title, got.Owners, got.Lead, w.title, w.owner)
		}
	}
	// The counties reported late are no owners, and the sentence is
	// still shown among the lines not placed.
	found := false
	for _, l := range n.Unplaced {
		found = found || strings.Contains(l.Text, "进度较慢的为叶集区")
	}
	if !found {
		t.Errorf("the report's sentence is lost: %+v", n.Unplaced)
	}
}

// the same report of 2021 ranks the counties first, numbered and run
// together on one line (1、金寨县;2、裕安区;…): each was read as a task
// naming no one. An item that is a place's name alone, naming no one and
// no work, is no task (六安, 2021).
func TestRankedPlacesAreNoTasks(t *testing.T) {
	text := "一、各县区民生工程实施进度综合排名\n" +
		"1、金寨县;2、裕安区;3、霍山县;4、金安区。\n" +
		"二、部分项目进展情况\n" +
		"1、技能培训提升,牵头单位:市退役军人局。其中,退役军人技能培训提升进度较慢的为叶集区。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || n.Tasks[0].Title != "技能培训提升" {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	placed := 0
	for _, l := range n.Unplaced {
		if l.N == 2 {
			placed++
		}
	}
	if placed != 4 {
		t.Errorf("the ranking is not shown: %+v", n.Unplaced)
	}
	// A place with work under it is still a task.
	n = Parse("1. 市科技馆\n(1)院内电动车未按指定区域停放;\n责任单位:市科技馆\n", today)
	if len(n.Tasks) != 1 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a county's list of inspection findings: each numbered finding, then a
// line 整改要求: saying who does it in a 由X负责 clause, the unit named
// after its role where it is in charge of the area (由包片单位县气象局负责,
// 由陈家坝沿线包片单位县职教中心、县消防大队负责…). No task was read and no line
// was listed. Now a sentence opened by a label of what is to be done that
// says 由X负责 names the item's owners (no lead), listed; the role before
// the unit's name is dropped; and a time counted from the month the notice
// was sent in (在本月底以前) is listed under due (平利).
func TestDutyClauseUnderALabel(t *testing.T) {
	text := "1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。\n" +
		"整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。\n" +
		"2、平利花园对面迎宾大道南围墙上有牛皮癣和野广告。\n" +
		"整改要求:由包片单位县气象局负责清除。\n" +
		"3、陈家坝药妇沟口至西大桥入口沿线商户出店占道经营问题较为突出。\n" +
		"整改要求:按照先劝阻、再强制的要求,由陈家坝沿线包片单位县职教中心、县消防大队、县供销社负责对各自片区出店商户开展经常性劝阻教育,在本月底以前将屡教不改的门店报县住建局城建监察大队。\n"
	n := Parse(text, today)
	want := [][]string{{"县环卫站"}, {"县气象局"}, {"县职教中心", "县消防大队", "县供销社"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, w) || len(got.Lead) != 0 || !reviewed(got, "owners") {
			t.Errorf("task %d: owners %q lead %q reviews %+v, want %q listed", i+1, got.Owners, got.Lead, got.Review, w)
		}
	}
	if got := n.Tasks[2]; !got.Due.IsZero() || !reviewed(got, "due") {
		t.Errorf("在本月底以前: due %v reviews %+v", got.Due, got.Review)
	}
	// A letter's paragraph saying 由办公室负责 after a comma names no
	// task's owners.
	letter := "一、层层压实责任,积极推进办理工作。各责任单位要加强组织领导,由办公室负责抓好综合督办协调工作。\n" +
		"二、加强工作统筹,科学制订办理方案。各责任单位要对所承办的责任事项逐个进行研究。\n"
	if n := Parse(letter, today); len(n.Tasks) != 0 {
		t.Errorf("a letter's paragraphs read as tasks: %+v", n.Tasks)
	}
}

// a city's list of places inspected, in a news post: each numbered place
// (1. 市科技馆) has its problems (1)… under it and one line naming who
// answers for them and in how many days, the labels qualified by what
// they are of (问题整改责任单位:市卫生健康委员会 整改时限:5天). No task was
// read. A label a few words qualify is the label (its words are no
// unit), a time limit's label a word qualifies (整改时限) is a time limit,
// and a time limit in days, counted from a day the page does not give,
// is listed under due (荆州).
func TestQualifiedLabels(t *testing.T) {
	text := "具体问题如下:\n" +
		"1. 市科技馆\n" +
		"(1)院内电动车未按指定区域停放;\n" +
		"(2)灭火器过期未更换。\n" +
		"问题整改责任单位:市科技馆 整改时限:3天\n" +
		"2. 市第二人民医院\n" +
		"(1)院内禁烟标识数量不达标;\n" +
		"(2)宣传牌内容不规范。\n" +
		"问题整改责任单位:市卫生健康委员会 整改时限:5天\n"
	n := Parse(text, today)
	want := []struct{ title, owner string }{{"市科技馆", "市科技馆"}, {"市第二人民医院", "市卫生健康委员会"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Owners, []string{w.owner}) || len(got.Lead) != 0 || !got.Due.IsZero() || !reviewed(got, "due") {
			t.Errorf("task %d: %q owners %q lead %q due %v reviews %+v", i+1, got.Title, got.Owners, got.Lead, got.Due, got.Review)
		}
		if !strings.Contains(got.Body, "(1)") {
			t.Errorf("task %d: the problems are not its text: %q", i+1, got.Body)
		}
		// The limit that is no date stays in the text under its own
		// label, not the line's first.
		if !strings.Contains(got.Body, "整改时限：") || strings.Contains(got.Body, "责任单位：") {
			t.Errorf("task %d: the time limit is kept as %q", i+1, got.Body)
		}
	}
}

// the same post's headline carries the column's name before 丨
// (创文进行时丨27个问题清单曝光,要求限期整改), read whole as the title. A column's
// name set off by 丨 over a headline (words with no stop) is the page's, as
// it is over a notice's title (政务服务丨济宁市人民政府关于…) (荆州).
func TestColumnNameBeforeAHeadline(t *testing.T) {
	text := "创文进行时丨27个问题清单曝光,要求限期整改\n" +
		"8月30日,市创文办发布8月29日至30日督查组实地督查中发现的创文工作相关问题,并要求相关责任单位在规定时限内处理整改。\n" +
		"1. 市科技馆\n(1)灭火器过期未更换。\n问题整改责任单位:市科技馆 整改时限:3天\n"
	if n := Parse(text, today); n.Title != "27个问题清单曝光,要求限期整改" {
		t.Errorf("title %q", n.Title)
	}
	// A line whose bar splits a sentence is no column's.
	if n := Parse("全市丨各单位要按时报送。\n1. 市科技馆\n责任单位:市科技馆\n", today); strings.HasPrefix(n.Title, "各单位") {
		t.Errorf("title %q", n.Title)
	}
}

// a city's 民生实事 progress notice in a newspaper, served as one line:
// each item's labels run on apart by spaces (牵头领导:林静国 责任单位:市轨道交通
// 工程建设指挥部 项目责任人:尹文德 配合单位:… 实际完成情况:…). The unit took the
// next label's head (市轨道交通工程建设指挥部 项目, not listed), the persons
// and units the progress text after 实际完成情况:, and the last units a
// table of districts' targets flattened after them. Now a known label a
// word qualifies (项目责任人) is that label, and names the unit's person,
// no leader where the item names one; any other word and colon after a
// space (实际完成情况:) ends the names and names no one; and a table run on
// after the names (figures apart by spaces) is no unit, listed (宁波, 2014).
func TestRunOnFieldsEndTheNames(t *testing.T) {
	text := "2014年市政府民生实事项目共有42项任务。现将实事项目1—6月份进展情况予以公示,接受社会监督。\n" +
		"1.轨道交通1号线一期工程投入试运营。\n" +
		"牵头领导:林静国 责任单位:市轨道交通工程建设指挥部 项目责任人:尹文德 实际完成情况:轨道交通1号线一期工程已于2014年5月30日通车试运营。\n" +
		"2.新增安装300套路口交通信息视频采集设备。\n" +
		"牵头领导:王仁洲 责任单位:市公安局 项目责任人:王伟标 配合单位:市城管局、市财政局 实际完成情况:中心设备调试、前端摄像机上杆安装,项目按预期计划扎实有序推进。\n" +
		"3.新辟公交线路10条,优化调整20条。\n" +
		"牵头领导:王仁洲 责任单位:市交通委 项目责任人:劳可军 配合单位:市公安局、市城管局,各区政府 鄞州 海曙、江东、江北 镇海 北仑 合计 新辟线路年度目标 2 5 1 2 10 实际完成 1 2 0 3 6\n"
	n := Parse(text, today)
	want := []struct{ owners, leaders []string }{
		{[]string{"市轨道交通工程建设指挥部"}, []string{"林静国"}},
		{[]string{"市公安局", "市城管局", "市财政局"}, []string{"王仁洲"}},
		{[]string{"市交通委", "市公安局", "市城管局", "各区政府"}, []string{"王仁洲"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, w.owners) || !slices.Equal(got.Leaders, w.leaders) || len(got.Lead) != 0 {
			t.Errorf("task %d: owners %q lead %q leaders %q, want %q and %q", i+1, got.Owners, got.Lead, got.Leaders, w.owners, w.leaders)
		}
	}
	if !reviewed(n.Tasks[2], "owners") {
		t.Errorf("the table after the names is not listed: %+v", n.Tasks[2].Review)
	}
	// Where no leader is named, the unit's person is read as a 责任人 is:
	// a leader, listed.
	n = Parse("1.建设养老服务中心。\n责任单位:市民政局 项目责任人:张明\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Leaders, []string{"张明"}) || !reviewed(n.Tasks[0], "leaders") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a county's report on its 我为群众办实事 projects: each project numbered 01,
// a space and its name under a label (01 项目名称:提升县域生态环境), then labels
// on lines of their own, each value on the line under it (项目内容: / …,
// 责任单位 / 文广旅局). The names were lost (the first run into the title)
// and each project read by its 项目内容 paragraph. A number, a space and a
// name's label (项目名称, 任务名称) is an item whose text is the name (a
// report, 2021).
func TestNumberedNameLabel(t *testing.T) {
	text := "全县“我为群众办实事”实践活动20个项目进展与成效情况总结汇报\n" +
		"01 项目名称:提升县域生态环境\n项目内容:\n连通城区河道水系,新开引水河道。\n责任单位:\n水务局、城管局、自然资源局\n" +
		"进展与成效:\n城区河道水系工程已完成可行性研究报告,5月28日已完成开标。\n" +
		"02 项目名称:加大文化惠民力度\n项目内容:\n新建“城市书房”1个,配合市图书馆完成一卡通项目。\n责任单位\n文广旅局\n"
	n := Parse(text, today)
	if n.Title != "全县“我为群众办实事”实践活动20个项目进展与成效情况总结汇报" {
		t.Errorf("title %q", n.Title)
	}
	want := []struct {
		title  string
		owners []string
	}{{"提升县域生态环境", []string{"水务局", "城管局", "自然资源局"}}, {"加大文化惠民力度", []string{"文广旅局"}}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; got.Title != w.title || got.Number != i+1 || !slices.Equal(got.Owners, w.owners) || !strings.Contains(got.Body, "项目内容") {
			t.Errorf("task %d: %d %q owners %q body %q", i+1, got.Number, got.Title, got.Owners, got.Body)
		}
	}
}

// the same reports end with their office's name and no date: on a line of
// its own above the page's 扫一扫在手机打开当前页 (2021), or run on after the
// last item's sentence with a space (…为开发区和市本级。 六安市民生办, 2017).
// Neither was read as the issuer: a signature was one only with a date
// under it. A body named with its place, alone after the text's last
// sentence (or run on after it), is the signature; the page's footer under
// it is the page's (六安).
func TestSignatureWithNoDate(t *testing.T) {
	item := "1、技能培训提升,牵头单位:市退役军人局。其中,退役军人技能培训提升进度较慢的为叶集区。\n"
	for _, text := range []string{
		item + "六安市民生办\n扫一扫在手机打开当前页\n",
		"1、棚户区改造,牵头部门:市住建委。新开工,完成进度相对较慢的为开发区和市本级。 六安市民生办\n",
	} {
		n := Parse(text, today)
		if n.Issuer != "六安市民生办" || len(n.Tasks) != 1 {
			t.Errorf("%q: issuer %q tasks %+v", text, n.Issuer, n.Tasks)
		}
		for _, l := range n.Unplaced {
			if strings.Contains(l.Text, "民生办") || strings.Contains(l.Text, "扫一扫") {
				t.Errorf("%q: %q left among the lines not placed", text, l.Text)
			}
		}
	}
	// A table's last cell naming a unit, under its row's line, is no
	// signature.
	n := Parse("1、整治农村河流沟渠,清理河道垃圾。\n镇创卫办\n2、开展病媒生物防制。\n平利县城关镇人民政府\n", today)
	if n.Issuer != "" {
		t.Errorf("a row's unit read as the issuer: %q", n.Issuer)
	}
	// Nor is a unit's cell in a table's row.
	n = Parse("序号 | 工作任务 | 责任单位\n1 | 推进老旧小区改造 | 区住建局\n2 | 建设口袋公园 | 区城管局\n", today)
	if n.Issuer != "" || len(n.Tasks) != 2 {
		t.Errorf("issuer %q tasks %+v", n.Issuer, n.Tasks)
	}
}

// a district's plan whose page lost the 号 of its number, on a line of its
// own with a space after it (咸安政发〔2019〕1 ): the number was not read.
// A number alone on its line in 〔〕 whose 号 was lost is the number as the
// page gives it, its year the notice's, and a warning says it may be cut
// (咸安, 2019).
func TestNumberThatLostItsMark(t *testing.T) {
	text := "关于印发咸安区进一步优化营商环境 实施方案的通知\n咸安政发〔2019〕1 \n" +
		"各乡、镇人民政府,区政府各部门:\n《咸安区进一步优化营商环境实施方案》已经区政府常务会议审议通过,现印发给你们,请认真组织实施。\n" +
		"1.推进企业开办便利化。(责任单位:区市场监管局)12月底前完成。\n"
	n := Parse(text, today)
	if n.Number != "咸安政发〔2019〕1" || n.Year != 2019 || len(n.Warnings) == 0 {
		t.Errorf("number %q year %d warnings %+v", n.Number, n.Year, n.Warnings)
	}
	// A cited number in a sentence is no number of the notice.
	if n := Parse("关于印发某方案的通知\n根据咸宁市人民政府咸政发〔2018〕17的要求,现印发给你们。\n", today); n.Number != "" {
		t.Errorf("number %q", n.Number)
	}
}

// the same list closes with a request to the units after its last item
// (请各相关单位对本次巡查的问题认真整改,整改落实情况及时报县双创办。), which ran
// into the last item's text. A last paragraph that asks the units (请各…,
// 请有关…) is the notice's closing, not the item's: it is shown among the
// lines not placed (平利).
func TestClosingRequestIsNoItemsText(t *testing.T) {
	text := "1、迎宾大道南侧沿线部分居户旱厕外露。\n" +
		"整改要求:由城关镇负责组织拆除旱厕或改建无害化厕所。\n" +
		"请各相关单位对本次巡查的问题认真整改,整改落实情况及时报县双创办。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || strings.Contains(n.Tasks[0].Body, "请各相关单位") {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if len(n.Unplaced) != 1 || n.Unplaced[0].N != 3 {
		t.Errorf("the closing request is not shown: %+v", n.Unplaced)
	}
	// A last line that asks the units and names who answers is the item's.
	text = "1、建立工作台账。\n请各乡镇于每月底前报送进展情况。（责任单位：县双创办）\n"
	if n := Parse(text, today); len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"县双创办"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
	// A request inside an item, with items after it, stays the item's.
	text = "1、迎宾大道南侧沿线部分居户旱厕外露。\n请各村配合摸底。\n整改要求:由城关镇负责组织拆除旱厕。\n" +
		"2、西大桥西侧有垃圾死角。\n整改要求:由县环卫站负责清除。\n"
	if n := Parse(text, today); len(n.Tasks) != 2 || !strings.Contains(n.Tasks[0].Body, "请各村配合摸底") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// (net) the findings' lines 整改要求:由X负责… were not listed where no rule
// read them. Where the findings are not numbered (no item to give owners
// to), a line opening with a label that says 由X负责, X a unit's name, is
// listed as a task's line not read (平利).
func TestDutyUnderALabelIsListed(t *testing.T) {
	text := "西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。\n" +
		"整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。\n" +
		"平利花园对面迎宾大道南围墙上有牛皮癣和野广告。\n" +
		"整改要求:由包片单位县气象局负责清除。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 0 || len(n.Unread) != 1 || n.Unread[0].From != 2 || n.Unread[0].To != 4 {
		t.Errorf("tasks %+v unread %+v", n.Tasks, n.Unread)
	}
	// A letter's sentence saying 由办公室负责 is none.
	if n := Parse("工作要求:各单位要加强组织领导,由办公室负责抓好综合督办协调工作。\n", today); len(n.Unread) != 0 {
		t.Errorf("unread %+v", n.Unread)
	}
}
