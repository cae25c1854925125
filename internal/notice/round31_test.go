package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 31's held-out sets (set 34: inspection notices, a problem table,
// divisions of a government work report of 2004–2007, a law site's middle
// page, document previews, progress tables; set 33: a joint list of three
// cities, a masthead copy, a card that lost its label) showed, each closed
// by a general rule:

// a city's division of its government work report, whose targets items
// each close with a bracket naming units alone, no label, no 负责 or 牵头
// (…比上年增长12%。(市财政局), …。(市经委、环保局)). Before, no bracket was
// read as responsibility, so no item named anyone and the list was dropped
// whole as a covering letter's paragraphs. Now such a bracket, closing a
// sentence, names the item's owners (no lead).
func TestBareUnitBracket(t *testing.T) {
	text := "2007年市政府工作主要任务责任分解\n一、主要目标\n1.地区生产总值增长12%。\n" +
		"全市生产总值达到3260亿元,增长12%。(市发改委)\n" +
		"2.万元生产总值综合能耗下降4%左右,二氧化硫排放量下降10%。(市经委、环保局)\n" +
		"3.社会消费零售总额增长13%。(市贸易局)\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"地区生产总值增长12%", []string{"市发改委"}},
		{"万元生产总值综合能耗下降4%左右", []string{"市经委", "环保局"}},
		{"社会消费零售总额增长13%", []string{"市贸易局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, w.owners) || len(got.Lead) != 0 {
			t.Errorf("task %d: %q owners %q lead %q, want %q by %q, no lead", i+1, got.Title, got.Owners, got.Lead, w.title, w.owners)
		}
		if strings.Contains(got.Title+got.Body, "市发改委") {
			t.Errorf("task %d keeps its bracket: %q", i+1, got.Title+got.Body)
		}
	}
}

// A bracket that says what the work covers is no one's: the item names no
// one.
func TestBareBracketOfWork(t *testing.T) {
	for _, s := range []string{"建设养老服务设施。(含日间照料中心)", "完成改造(市区)", "推进工作。(2023年)"} {
		if _, _, ok := bareUnitBracket(s); ok {
			t.Errorf("%q read as units", s)
		}
	}
}

// the same division served as one line after a lone |, its letter, its
// signature and a date whose zeros are digits (二00四年四月二十四日) and the
// list's own title run on apart by spaces. Before, signature, date and
// title stayed one line of the preamble: no issuer, no date, no title. Now
// the date in Chinese numerals between spaces stands on a line of its own,
// read as the date, the signature over it as the issuer.
func TestOneLineHanDateSignature(t *testing.T) {
	text := "|\n各县(市)、区人民政府,市政府各部门、各直属单位: 市政府办公厅对2004年《政府工作报告》主要任务作了分解和细化,经市政府同意,现印发给你们。" +
		"请各责任单位按照各自的分工,明确责任,相互配合,切实抓好落实,确保圆满完成全年的各项任务。市政府办公厅将对落实情况进行督促检查。 " +
		"宁波市人民政府办公厅 二00四年四月二十四日 2004年《政府工作报告》主要任务分解 一、2004年主要调控预期目标 " +
		"1.生产总值增长12%。 抓好宏观经济调控,第一产业增长4%,第二产业增长14%,第三产业增长12%。(市计委) " +
		"2.财政一般预算收入增长12%。 一般预算总收入350亿元,比上年增长12%。(市财政局)\n"
	n := Parse(text, today)
	if n.Issuer != "宁波市人民政府办公厅" || n.Date.Format("2006-01-02") != "2004-04-24" || n.Title != "2004年《政府工作报告》主要任务分解" {
		t.Errorf("issuer %q date %v title %q", n.Issuer, n.Date, n.Title)
	}
	if len(n.Tasks) != 2 || n.Tasks[1].Owners[0] != "市财政局" {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a law site's copy of a city's division of a provincial meeting's work
// (开封 2005): an item's label lines (责任领导, 责任单位 with its units apart
// by spaces, 责 任 人) and under them 工作要求:由市发改委牵头,并负责报进度。
// Before, the lead that line names was missed, not listed. Now a
// requirement's line under the labels that says 由X牵头, X one of the
// item's units, makes X the lead; one naming another body does not.
func TestRequirementNamesLead(t *testing.T) {
	item := "一、重点项目建设\n1.一定的投资拉动仍然是现阶段我省经济实现平稳较快增长的关键。各方面都必须落实重点项目建设责任制。\n" +
		"责任领导:吉炳伟\n责任单位:市发改委 五县五区政府 开发区管委会\n责 任 人:安洪海 五县县长 五区区长 李兵纪\n"
	n := Parse(item+"工作要求:由市发改委牵头,并负责报进度。\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Owners, []string{"市发改委", "五县五区政府", "开发区管委会"}) || !slices.Equal(got.Lead, []string{"市发改委"}) ||
		!slices.Equal(got.Leaders, []string{"吉炳伟"}) {
		t.Errorf("owners %q lead %q leaders %q", got.Owners, got.Lead, got.Leaders)
	}
	n = Parse(item+"工作要求:由市统计局牵头,并负责报进度。\n", today)
	if len(n.Tasks) != 1 || len(n.Tasks[0].Lead) != 0 {
		t.Errorf("a body not among the units leads: %+v", n.Tasks)
	}
}

// a law site's fifth page of a city's plan (深圳 2006), opening inside an
// item: an orphan line (市城管局、各区政府为责任单位。), then sub-item (3)
// of an item on the page before, then items 5.–7.; each paragraph closes
// with a sentence naming its units, X为责任单位,Y协办。 Before, no such
// sentence was read as responsibility and no item was found. Now the
// sentence is a line of the item's responsibility (all its units owners,
// no lead; 我市 before 各区政府 a determiner), the orphan line is no task
// and no title, and the page's sub-item (3) is a task.
func TestUnitsAreRespSentence(t *testing.T) {
	text := "市城管局、各区政府为责任单位。\n(3)严厉打击乱派发卡片、制售假发票、私刻公章行为。\n对全市商业繁华地段进行重点监控。\n" +
		"我市各区政府为责任单位,市城管局、公安局协办。\n加强路面治安管理,重拳打击制售假发票行为。\n" +
		"市公安局、国税局、地税局、各区政府为责任单位,市工商局、城管局协办。\n5.查处利用非农业用地进行种植和养殖的行为。\n在清理后的场地上进行简易绿化。\n" +
		"我市各区政府为责任单位,市农林渔业局、国土房产局协办。\n"
	n := Parse(text, today)
	if n.Title != "" {
		t.Errorf("title %q", n.Title)
	}
	want := []struct {
		title  string
		owners []string
	}{
		{"严厉打击乱派发卡片", []string{"各区政府", "市城管局", "公安局", "市公安局", "国税局", "地税局", "市工商局", "城管局"}},
		{"查处利用非农业用地", []string{"各区政府", "市农林渔业局", "国土房产局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || !sameSet(got.Owners, w.owners) || len(got.Lead) != 0 {
			t.Errorf("task %d: %q owners %q lead %q, want %q by %q", i+1, got.Title, got.Owners, got.Lead, w.title, w.owners)
		}
	}
}

// a law site's third page of a province's rural work (江苏): the page opens
// with the bracket closing sub-item (1) on the page before, then sub-items
// (2)–(6), each closing with (责任部门:…), then item 16. Before, the
// orphan bracket was the title and the sub-items its preamble, listed as
// not read. Now the page's sub-items before its first item are tasks and
// the orphan line is neither title nor task; a page whose sub-items start
// at (1), or one under a title, is read as before.
func TestMiddlePageSubItems(t *testing.T) {
	page := "(2)农民健康工程。农村基本公共卫生服务年人均补助资金不低于15元。\n(责任部门:省卫生厅、财政厅)\n" +
		"(3)为农服务工程。完成1000个为农服务社建设。\n(责任部门:省扶贫办、供销社)\n" +
		"16.深化农村各项改革。新增农业适度规模经营面积300万亩。\n(责任部门:省农委、林业局、金融办)\n"
	n := Parse("(责任部门:省农委、人力资源社会保障厅)\n"+page, today)
	if n.Title != "" {
		t.Errorf("title %q", n.Title)
	}
	want := []string{"农民健康工程", "为农服务工程", "深化农村各项改革"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if n.Tasks[i].Title != w {
			t.Errorf("task %d %q, want %q", i+1, n.Tasks[i].Title, w)
		}
	}
	if !slices.Equal(n.Tasks[0].Owners, []string{"省卫生厅", "财政厅"}) {
		t.Errorf("owners %q", n.Tasks[0].Owners)
	}
	if subs, _ := pageSubItems(nil, nil, kNum, true); subs != nil {
		t.Errorf("a titled notice has page sub-items")
	}
}

// an inspection's problem table (岳阳 2019) flattened one cell a line with
// a trailing |, its columns 序号 | 路段名称 | 问题描述 | 责任单位 | 备注, the
// page's heading, the table's title and a line of the inspection's labels
// (督查领导:… 督查时间:…) over it. Before, no column named the work: no row
// was read and every line ran into the title. Now 问题描述 is the task's
// column (路段名称 a column too), and the table's own title, with only
// label lines under it, is the title; the inspecting leader leads no row.
func TestProblemTableColumns(t *testing.T) {
	text := "2019年4月21日卫生城市检查(张建辉督查路段)\n全国卫生城市测评路段问题汇总表\n督查领导:张建辉 督查时间:2019年 4 月 21日\n" +
		"序号 |\n路段名称 |\n问题描述 |\n责任单位 |\n备注 |\n" +
		"1 |\n湘北大道 |\n湘北大道沿线街道车辆违停严重 |\n停车办 |\n|\n" +
		"2 |\n湘北大道 |\n求真垃圾站前种菜,旁边杂草丛生 |\n市环卫中心 |\n|\n"
	n := Parse(text, today)
	if n.Title != "全国卫生城市测评路段问题汇总表" {
		t.Errorf("title %q", n.Title)
	}
	want := [][2]string{{"湘北大道沿线街道车辆违停严重", "停车办"}, {"求真垃圾站前种菜,旁边杂草丛生", "市环卫中心"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w[0] || !slices.Equal(got.Owners, []string{w[1]}) || len(got.Leaders) != 0 {
			t.Errorf("task %d: %q owners %q leaders %q, want %q by %q", i+1, got.Title, got.Owners, got.Leaders, w[0], w[1])
		}
	}
}

// a district bureau's quarterly progress table (相山 2024) flattened one
// cell a line, a blank line between cells, its number column headed 任务项
// and a progress cell of two numbered paragraphs (1.根据《…》…。 / 2.对万达
// 广场…), the second run on without a blank line. Before, 任务项 was read
// as the work's column and then the second paragraph as one cell too many,
// which ended the table after the first row: neither row read right (both
// listed as not read). Now 任务项 numbers the rows, a line with no blank
// before it in a table whose cells are apart by blank lines runs on its
// cell, and every row is read; its 牵头责任单位 are the leads. Saved with
// no empty lines, a row with one cell too many joins 2.… to the cell that
// holds 1.….
func TestSpacedTableCellParagraphs(t *testing.T) {
	text := "相山区城管局2024年第四季度重点工作任务完成情况\n\n任务项\n\n重点工作内容\n\n牵头责任单位\n\n四季度任务分解\n\n四季度进展情况\n\n完成状况\n\n" +
		"1\n\n开展市容秩序专项整治行动,推行沿街主体“门责制”。\n\n区城管大队法制办及街道城管中队\n\n1.按方案要求迅速动员部署。2.开展商业大街环境治理专项行动\n\n" +
		"1.1129日召开“门责制”管理工作调度会,明确职责、加强协作。\n2.对万达广场、国购广场等周边开展专项治理行动,清理卫生死角30余处。\n\n已完成\n\n" +
		"2\n\n深入推进生活垃圾分类工作。\n\n区环卫所(垃圾分类管理办)\n\n开展生活垃圾分类宣传活动2次。\n\n开展区级生活垃圾分类宣传活动4次。\n\n已完成\n"
	want := []struct {
		title string
		lead  []string
	}{
		{"开展市容秩序专项整治行动", []string{"区城管大队法制办", "街道城管中队"}},
		{"深入推进生活垃圾分类工作", []string{"区环卫所(垃圾分类管理办)"}},
	}
	for _, text := range []string{text, strings.ReplaceAll(text, "\n\n", "\n")} {
		n := Parse(text, today)
		if len(n.Tasks) != len(want) {
			t.Fatalf("tasks %+v", n.Tasks)
		}
		for i, w := range want {
			got := n.Tasks[i]
			if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Lead, w.lead) || !got.Due.IsZero() {
				t.Errorf("task %d: %q lead %q due %v, want %q led by %q, no due", i+1, got.Title, got.Lead, got.Due, w.title, w.lead)
			}
		}
	}
}

// a city portal's card of one key task (广州 2023), each row a line of a
// label cell and a value cell apart by " | " (重点工作: | 135.统筹…。 |).
// Before, the cells were read as a table's: the task's title began
// "1.| 135.", its owner held the bars and the progress label was the
// title. Now a card of label and value cells is read as its labels and
// values, and the item keeps its own number (135), not in its title; a
// table of three columns is left a table.
func TestLabelValueCard(t *testing.T) {
	text := "\n重点工作: | 135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。 |\n牵头单位: | 市城市管理综合执法局 |\n" +
		"年度阶段性工作目标: | 第一季度:印发《广州市2023年违法建设治理工作方案》。 第四季度:确保超额完成年度工作任务。 |\n" +
		"进展情况、存在问题 及下一步工作建议: |\n已完成。 全市治理违法建设2318.70万平方米。 |\n"
	n := Parse(text, today)
	if n.Title != "" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !strings.HasPrefix(got.Title, "统筹违法建设治理与城市更新") || got.Number != 135 || !slices.Equal(got.Owners, []string{"市城市管理综合执法局"}) ||
		!slices.Equal(got.Lead, []string{"市城市管理综合执法局"}) || got.Due.IsZero() && !reviewed(got, "due") {
		t.Errorf("task %d %q owners %q lead %q due %v review %v", got.Number, got.Title, got.Owners, got.Lead, got.Due, got.Review)
	}
	table := "序号 | 工作任务 | 责任单位 |\n1 | 推进改革 | 县发改局 |\n"
	if labelCells(table) != table {
		t.Errorf("a table was read as a card: %q", labelCells(table))
	}
}

// a county's bulletin (通山 2022) whose date line is followed by the page's
// credits, (编辑:谭茜 二审:唐成 终审:阮班新); a mirror's copy of a 2001
// notice (成都) with 扫描二维码 关注我们 under its date. Before, the credits
// and the call to scan ended the notice, and its date was not read. Now
// they are the page's, under the notice, and the date over them is read.
func TestPageCreditsUnderDate(t *testing.T) {
	body := "关于印发某某工作方案的通知\n各单位:\n一、加强领导。\n(责任单位:住建局)\n各单位要迅速落实整改措施。\n2022年8月31日\n"
	for _, foot := range []string{"(编辑:谭茜 二审:唐成 终审:阮班新)", "责任编辑:张三", "\n扫描二维码 关注我们"} {
		n := Parse(body+foot+"\n", today)
		if n.Date.Format("2006-01-02") != "2022-08-31" {
			t.Errorf("under %q: date %v", foot, n.Date)
		}
	}
	for _, s := range []string{"编辑工作要按时完成。", "二审法院判决"} {
		if pageCredit(s) {
			t.Errorf("%q read as a page's credit", s)
		}
	}
}

// a document site's copy of a city's notice (通化 2015) whose regulations
// block runs on after the title with no 文章属性 or bullets: …的通知【法规
// 类别】卫生综合规定【发文字号】通市政明电[2015]7号【发布部门】通化市政府【发布
// 日期】2015.08.10…【效力级别】XP10通化市人民政府关于…的通知(通市政明电【2015】
// 7号)东昌区…:现将…. Before, the block stayed one line: no number, no
// date. Now each field is a line of its own, the notice's text after the
// last field's value where its title starts again, and the fields are
// read as the index's: the number as the block writes it, the date.
func TestRunOnLawFields(t *testing.T) {
	title := "通化市人民政府关于印发通化市2015年创建国家卫生城市实施方案的通知"
	text := title + "【法规类别】卫生综合规定【发文字号】通市政明电[2015]7号【发布部门】通化市政府【发布日期】2015.08.10【实施日期】2015.08.10【时效性】现行有效【效力级别】XP10" +
		title + "(通市政明电【2015】7号)东昌区、二道江区人民政府,市政府有关部门:现将《通化市2015年创建国家卫生城市实施方案》印发给你们,请认真遵照执行。\n" +
		"二、主要任务\n1.改造城市棚户区和工矿棚户区100万平方米。\n(责任单位:市城建局)\n"
	n := Parse(text, today)
	if n.Title != title || n.Number != "通市政明电[2015]7号" || n.Date.Format("2006-01-02") != "2015-08-10" {
		t.Errorf("title %q number %q date %v", n.Title, n.Number, n.Date)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市城建局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
	if got := lawFields("见【发文字号】一文"); got != "见【发文字号】一文" {
		t.Errorf("one field split: %q", got)
	}
}

// a joint list of three cities (海东 2020) on a portal: the issuer alone on
// the line over a title that opens with 关于, under the page's furniture;
// 责任单位:海东市、兰州市、临夏州发展改革部门, the department's kind written once
// after the three places; under it 人:三市州发展改革部门主要负责同志, the
// 责任人 label cut to its last character. Before, no issuer; the first two
// owners were the cities themselves, unlisted leaders missed. Now the line
// over the title is the issuer, each place takes the department's kind
// (listed once), and 人: under a responsibility line is 责任人, its post
// kept as written, 同志 and all, and listed.
func TestJointCitiesDepartments(t *testing.T) {
	text := "网站无障碍 适老版\n海东市人民政府办公室\n关于印发海东市与兰州市、临夏州\n共同推进兰西城市群建设2020年\n重点任务清单的通知\n" +
		"各县区人民政府,市政府有关部门:\n《清单》已经市政府同意,现印发给你们,请认真组织实施。\n2020年10月9日\n" +
		"一、重点规划衔接融合方面\n1. 做好“十四五”规划、国土空间规划等重大规划的有效衔接。\n工作成果:坚持规划先行。\n" +
		"责任单位:海东市、兰州市、临夏州发展改革部门\n人:三市州发展改革部门主要负责同志\n"
	n := Parse(text, today)
	if n.Issuer != "海东市人民政府办公室" {
		t.Errorf("issuer %q", n.Issuer)
	}
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Owners, []string{"海东市发展改革部门", "兰州市发展改革部门", "临夏州发展改革部门"}) || !reviewed(got, "owners") {
		t.Errorf("owners %q review %v", got.Owners, got.Review)
	}
	if !slices.Equal(got.Leaders, []string{"三市州发展改革部门主要负责同志"}) || !reviewed(got, "leaders") {
		t.Errorf("leaders %q", got.Leaders)
	}
	// Cities named alone are owners as written.
	if r := readNames("海东市、兰州市、西宁市"); !slices.Equal(r.names, []string{"海东市", "兰州市", "西宁市"}) {
		t.Errorf("names %q", r.names)
	}
}

// a card of a city's livelihood projects (淮北 2010) that lost its item's
// heading and its label: a paragraph, then ":市市容局". Before, no task.
// Now a line holding only a colon and units under a paragraph is its
// 责任单位 line, and the owners read from it are listed.
func TestBareColonUnits(t *testing.T) {
	text := "从2010-2014年,每年配套建设4-5个乡镇的生活垃圾收集、转运设施,实现农村环境卫生明显改善。\n:市市容局\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !strings.HasPrefix(got.Title, "从2010-2014年") || !slices.Equal(got.Owners, []string{"市市容局"}) || !reviewed(got, "owners") || !got.Due.IsZero() {
		t.Errorf("task %q owners %q due %v review %v", got.Title, got.Owners, got.Due, got.Review)
	}
}

// a bureau's copy of a city's opinions (株洲 2020) from a PDF: the masthead
// 中共株洲市委文件, then the heading with both issuers at its head, the
// first spread by spaces (中 共 株 洲 市 委 株洲市人民政府 关于…的意见).
// Before, the masthead alone gave the issuer. Now, where the masthead names
// the first of the joint issuers the title's head names, all are the
// issuers; a masthead naming another body stays the issuer.
func TestMastheadOfJointIssuers(t *testing.T) {
	text := "中共株洲市委文件\n株发〔2020〕1 号\n中 共 株 洲 市 委 株洲市人民政府 关于切实抓好“三农”领域重点工作 建设更高质量全面小康社会的意见\n(2020 年 3 月 20 日)\n" +
		"一、实现脱贫攻坚战圆满收官\n1.全面完成脱贫任务。确保贫困人口全部脱贫。(责任单位:市扶贫办)\n"
	n := Parse(text, today)
	if n.Issuer != "中共株洲市委、株洲市人民政府" || n.Number != "株发〔2020〕1 号" {
		t.Errorf("issuer %q number %q", n.Issuer, n.Number)
	}
	if mastheadOfJoint([]string{"株洲市人民政府"}, []string{"中共株洲市委", "株洲市人民政府"}) {
		t.Errorf("a masthead of the second issuer read as the first's")
	}
}

// a shop-template page (成都 2024) serving a plan's excerpt under its
// heading 产品详细. Before, that heading was the title. Now a page's
// heading of details that names no document is the page's.
func TestDetailHeading(t *testing.T) {
	text := "产品详细\n为深入贯彻国家、省有关决策部署,制定本方案。\n(二)开展建筑和市政基础设施领域大规模设备更新专项行动\n责任单位:市住建局、市生态环境局\n"
	n := Parse(text, today)
	if n.Title != "" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市住建局", "市生态环境局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
	if detailHeadRe.MatchString("产品质量提升行动方案") {
		t.Errorf("a plan's title read as a page's heading")
	}
}
