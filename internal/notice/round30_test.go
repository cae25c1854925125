package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 30's held-out set (set 32: a county's progress table in
// traditional characters with pinyin readings, a news report quoting a
// regional plan, a policy site's duty split, a county's repost of an
// opinion, a news item quoting one measure, a letter with @@ marks inside
// its words, a law site's middle page of a city letter) showed, each
// closed by a general rule:

// a county's progress table with no time-limit column, its 工作进度安排 cell
// a schedule of stages by quarter, the last a month in brackets
// (第四季度(11月份)). Before, the row had no due and nothing said so. Now
// the schedule column stands for the time limit: its last stage's month is
// the due (2023-11-30), listed, since a reader could take the year's end.
func TestScheduleColumnDue(t *testing.T) {
	text := "2023年省政府民生实事项目实施计划(截至4月10日)\n" +
		"序号 | 项目内容 | 工作进度安排 | 目前实施情况 | 牵头单位 |\n" +
		"1 | 完成“县中崛起” (苍南中学结对瑞安中学)。 | 第一季度:受援地,、支援地的学校举行跨地区教共体学校结对仪式; 第二季度:组织安排优秀教师按1:3比例与受援校教师建立师徒结对关系,; 第三季度:支援校向受援校开展同步课堂或送教下乡示范课,; 第四季度(11月份):组织开展教师集体网络研修或教师线下集体教研活动。 | 已完成第一季度结对仪式,,签订结对帮扶协议,。 | 县教育局 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if got.Due.Format("2006-01-02") != "2023-11-30" || !reviewed(got, "due") {
		t.Errorf("due %v (review %v), want 2023-11-30 listed", got.Due, got.Review)
	}
	if len(got.Lead) != 1 || got.Lead[0] != "县教育局" {
		t.Errorf("lead %q", got.Lead)
	}
}

// A quarter's stage names a month of it in brackets: that month's end; a
// month outside the quarter is no reading of it, and the quarter's end
// stands.
func TestQuarterWithMonth(t *testing.T) {
	for s, want := range map[string]string{
		"第四季度(11月份)": "2023-11-30",
		"第二季度（5月）":   "2023-05-31",
		"第四季度(3月份)":  "2023-12-31",
	} {
		if d, ok := dueDate(s, sameYear(2023)); !ok || d.Format("2006-01-02") != want {
			t.Errorf("%s: %v %v, want %s", s, d, ok, want)
		}
	}
}

// a county's repost of a provincial opinion whose item sets several
// deadlines in its running text, each for a piece of the work, the last
// written (2017年第3季度 …检查) not the latest (11月底前全部下达到位).
// Before, every date was a milestone, the item had no due and nothing
// said so. Now the latest is the due (2017-11-30), listed, the others
// milestones.
func TestLatestOfSeveralDates(t *testing.T) {
	text := "一、推进重大项目建设\n" +
		"加快资金拨付进度,发展改革、财政部门2017年3月底前拨付省预算内前期工作经费。全省各部门预算内专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位。凡未按照时限达到进度的,财政部门将未达到比例部分收回同级财政。2017年第3季度对省预算内基建投资完成情况进行检查,对完成不好的项目资金一律收回。(省发展改革委、财政厅牵头;省工业和信息化委、国土资源厅,各州、市人民政府配合)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if got.Due.Format("2006-01-02") != "2017-11-30" || !reviewed(got, "due") {
		t.Errorf("due %v (review %v), want 2017-11-30 listed", got.Due, got.Review)
	}
	if len(got.Milestones) != 4 {
		t.Errorf("milestones %+v, want the four other dates", got.Milestones)
	}
}

// a news item in traditional characters quoting one measure of an opinion
// as a paragraph with no number, closing with a sentence of who answers
// for it (此項目X牽頭,Y、Z配合,常態化開展,年內完成), no bracket around it.
// Before, no task was read and nothing was listed. Now the paragraph is a
// task, listed, its lead X, 省有关部门 an open tail (listed), 年内完成 with
// no year anywhere listed; a numbered item so closing is read the same.
func TestClosingLeadSentence(t *testing.T) {
	text := "為積極應對不斷加大的投資下行壓力,青海省人民政府辦公廳印發《關于進一步抓項目穩投資的若干意見》,要求保障砂石供應。\n" +
		"圍繞全年完成300億元的投資總量,《意見》要求簡化優化砂石料場審批流程,有效保障砂石料需求。 加強政策解讀和業務指導,提高砂石礦產資源出讓、審批和監管工作效率。此項目青海省自然資源廳牽頭,省有關部門、各市州政府配合,常態化開展,年內完成。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !strings.HasPrefix(got.Title, "圍繞全年完成300億元") || !slices.Equal(got.Owners, []string{"青海省自然資源廳", "各市州政府"}) ||
		!slices.Equal(got.Lead, []string{"青海省自然資源廳"}) || !reviewed(got, "owners") || !reviewed(got, "due") || !got.Due.IsZero() {
		t.Errorf("task %q owners %q lead %q due %v review %v", got.Title, got.Owners, got.Lead, got.Due, got.Review)
	}
	if strings.Contains(got.Title+got.Body, "牽頭") {
		t.Errorf("the closing sentence stayed in the text: %q", got.Title+got.Body)
	}
	numbered := Parse("一、加强政策解读和业务指导,提高砂石矿产资源出让、审批和监管工作效率。此项工作由省自然资源厅牵头,各市州政府配合。\n", today)
	if len(numbered.Tasks) != 1 || !slices.Equal(numbered.Tasks[0].Lead, []string{"省自然资源厅"}) {
		t.Errorf("numbered item: %+v", numbered.Tasks)
	}
}

// A sentence alone pointing back at work it does not hold is no task.
func TestClosingLeadNeedsWork(t *testing.T) {
	if _, _, ok := closingLead("此项工作由省自然资源厅牵头。"); ok {
		t.Error("a lone sentence read as work")
	}
}

// a policy site's copy of a provincial letter with @@ put after words and
// inside them (各州@@、市人民政府@@, 一@@、, 国办@@发@@〔2017〕24号@@).
// Before, the marks stayed in every line read: an item 一@@、 was no
// numbered item, a title and number kept them. Now runs of two or more @
// are no part of the text.
func TestCopyMarksDropped(t *testing.T) {
	text := "云南省人民政府办公厅关于印发@@云南省@@政务公开工作@@分工方案的通知@@\n" +
		"云政办@@发@@〔2017〕24号@@\n" +
		"各州@@、市人民政府@@,省直各委@@、办@@、厅@@、局@@:\n" +
		"一@@、强化组织领导@@,确保扎实推进@@。(省政府办@@公厅@@牵头,省直各部门配合)\n"
	n := Parse(text, today)
	if n.Title != "云南省人民政府办公厅关于印发云南省政务公开工作分工方案的通知" || n.Number != "云政办发〔2017〕24号" {
		t.Errorf("title %q number %q", n.Title, n.Number)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"省政府办公厅"}) || strings.Contains(n.Tasks[0].Title, "@") {
		t.Errorf("tasks %+v", n.Tasks)
	}
	if got := dropMarks("请发送至 office@example.cn"); got != "请发送至 office@example.cn" {
		t.Errorf("a lone @ dropped: %q", got)
	}
}

// a site's repost, in traditional characters, of a news item whose lead
// names the notice in book brackets (…網站發布了《自治區人民政府辦公廳關于印發…
// 的通知》), and a news item naming an opinion a body issued (…辦公廳印發《關于
// 進一步抓項目穩投資的若干意見》), neither with a title line. Before, both had
// no title. Now the document the lead names is the title, the body at its
// head the issuer (none where it opens with 关于); an interpretation naming
// the notice it explains, and a cover letter naming the list it sends,
// stay without a title, as the corpus reads them.
func TestUntitledNewsLeadNamesDocument(t *testing.T) {
	n := Parse("北測教的最新消息:今天,寧夏回族自治區人民政府網站發布了《自治區人民政府辦公廳關于印發銀川都市圈建設2019年工作計劃的通知》,明確了銀川都市圈建設2019年工作計劃。\n"+
		"一、基礎設施互聯互通\n(一)道路暢通工程。加快建設都市圈快速通道。(自治區交通運輸廳牽頭,自治區發展改革委配合)\n", today)
	if n.Title != "自治區人民政府辦公廳關于印發銀川都市圈建設2019年工作計劃的通知" || n.Issuer != "自治區人民政府辦公廳" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	n = Parse("為積極應對投資下行壓力,青海省人民政府辦公廳印發《關于進一步抓項目穩投資的若干意見》,要求保障砂石供應。\n", today)
	if n.Title != "關于進一步抓項目穩投資的若干意見" || n.Issuer != "" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	for _, text := range []string{
		"2024年3月28日,高唐县人民政府印发了《<2024年政府工作报告目标任务分工方案>的通知》(高政字〔2024〕5号,以下简称《通知》),现将主要内容解读如下:\n一、出台背景\n",
		"各区人民政府,市政府各部门:\n《数字威海2021行动方案》已经市政府同意,现印发给你们,请认真贯彻实施。\n",
	} {
		if n := Parse(text, today); n.Title != "" {
			t.Errorf("title %q of %q", n.Title, text)
		}
	}
}

// a county's page in traditional characters with pinyin readings: a
// breadcrumb, a summary paragraph, then the table's own title right over
// its header. Before, the title line was taken for the preamble and the
// notice had no title. Now, where nothing else gives one, the line right
// over a table's header that reads as a list's title, a note in brackets
// after it, is the title.
func TestTableTitleOverHeader(t *testing.T) {
	text := "當(dāng)前位置: | 首頁(yè) |\n|\n" +
		"2023年我縣共承辦省政府民生實(shí)事指標(biāo)46項(xiàng),。截至4月10日,有8項(xiàng)已提前完成。\n" +
		"2023年省政府民生實(shí)事項(xiàng)目實(shí)施計(jì)劃(截至4月10日)\n" +
		"序號(hào) | 項(xiàng)目內容 | 工作進(jìn)度安排 | 目前實(shí)施情況 | 牽頭單位 |\n" +
		"1 | 完成“縣中崛起” (蒼南中學(xué)結(jié)對(duì)瑞安中學(xué))。 | 第四季度(11月份):組織開展教師集體網(wǎng)絡(luò)研修。 | 已完成第一季度結(jié)對(duì)儀式。 | 縣教育局 |\n"
	n := Parse(text, today)
	if n.Title != "2023年省政府民生實事項目實施計劃(截至4月10日)" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 1 {
		t.Errorf("tasks %+v", n.Tasks)
	}
	// Empty lines between the title and the header do not part them.
	if n := Parse(strings.ReplaceAll(text, "\n", "\n\n\n"), today); n.Title != "2023年省政府民生實事項目實施計劃(截至4月10日)" {
		t.Errorf("title over empty lines %q", n.Title)
	}
	// A sentence over a table is no title.
	n = Parse("各单位要按下表抓好落实,确保按期完成。\n序号 | 工作任务 | 牵头单位 |\n1 | 完成老旧小区改造。 | 县住建局 |\n", today)
	if strings.Contains(n.Title, "各单位要按下表") {
		t.Errorf("sentence read as title: %q", n.Title)
	}
}

// a policy site's copy of an Inner Mongolia duty split whose items close
// with (X牵头,Y、Z和W及相关盟市配合). Before, 相关盟市 was made an owner
// (listed): it names no league or city in particular. Now 相关 or 有关
// before two levels joined, bare (盟市, 市县), is an open tail, as
// 相关街道 and 相关县区 are: not an owner, owners listed. A collective of
// governments (相关市(州)人民政府, 各相关区人民政府) stays an owner.
func TestOpenJoinedLevels(t *testing.T) {
	text := "一、战略定位\n" +
		"(一) 国家综合能源基地。统筹煤炭、油气资源的勘探开发。(自治区能源开发局牵头,自治区发展改革委、经济和信息化委、国土资源厅、环保厅和内蒙古电力监管办及相关盟市配合)\n" +
		"(二) 全国节水型社会建设示范区。实施最严格的水资源管理制度。(自治区水利厅牵头,自治区发展改革委、相关市(州)人民政府配合)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"自治区能源开发局", "自治区发展改革委", "经济和信息化委", "国土资源厅", "环保厅", "内蒙古电力监管办"}) || !reviewed(got, "owners") {
		t.Errorf("owners %q review %v", got.Owners, got.Review)
	}
	if got := n.Tasks[1]; !slices.Contains(got.Owners, "相关市(州)人民政府") {
		t.Errorf("a collective of governments dropped: %q", got.Owners)
	}
}

// 延续至2027年底 is the end of a policy's period, as 执行至 is: no
// deadline (a Jiaxing opinion's tax relief, …并延续至2027年底).
func TestPolicyContinuedUntil(t *testing.T) {
	if f := findDates("顶格上浮重点群体和退役士兵创业就业税费扣除限额,并延续至2027年底。", sameYear(2024)); len(f) != 0 {
		t.Errorf("dates %+v", f)
	}
}

// The one date of an item's running text is its due, listed: the corpus's
// readers take it so (fourteen tasks, among them a Weihai plan's 年内新建基站
// and a Zunhua plan's 确保2022年完工). Where it opens one of several
// bullets (?2019年建成…;?加快建设…;?开工建设…, a news copy of a Ningxia plan
// that lost its bullets), it is that bullet's, a milestone, listed.
func TestLoneDateInText(t *testing.T) {
	n := Parse("2022年方案\n1、农村中小学校改扩建工程。计划投资3491万元,实施六合中心小学迁建及29所中小学校校舍维修改造工程,确保2022年完工并投入使用。(责任单位:市教育局)\n", today)
	if len(n.Tasks) != 1 || n.Tasks[0].Due.Format("2006-01-02") != "2022-12-31" || !reviewed(n.Tasks[0], "due") {
		t.Errorf("tasks %+v", n.Tasks)
	}
	n = Parse("一、基础设施互联互通\n(一)道路畅通工程。加快建设都市圈快速通道。全面规划都市圈快速通道路网,?2019年建成典农河至沙湖旅游公路等项目;?加快建设银川东线公路等项目;?开工建设银川至青铜峡快速通道等项目。进一步规范道路限高、限宽等交通设施。(自治区交通运输厅牵头,自治区发展改革委配合)\n", today)
	if len(n.Tasks) != 1 || !n.Tasks[0].Due.IsZero() || len(n.Tasks[0].Milestones) != 1 || !reviewed(n.Tasks[0], "due") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// Ongoing work (持续…, 常态化…, 坚持…) has no completion date of its own: the
// one date of its running text is the time of one piece of it, a milestone,
// listed — the bundled list's task 16 (持续大力整顿软弱涣散基层党组织 …
// 在9月底前全面完成…清理及补齐配强工作), whose due is the plan's end as
// DESIGN §1's example of a task file writes it.
func TestLoneDateInOngoingWork(t *testing.T) {
	n := Parse("2019年重点工作任务清单\n16.持续大力整顿软弱涣散基层党组织。分领域滚动排查整顿软弱涣散基层党组织。持续深化扫黑除恶专项斗争，在9月底前全面完成村（社区）“两委”“三类”干部的清理及补齐配强工作。【市县党委组织部负责】\n", today)
	if len(n.Tasks) != 1 || !n.Tasks[0].Due.IsZero() || len(n.Tasks[0].Milestones) != 1 ||
		n.Tasks[0].Milestones[0].Due.Format("2006-01-02") != "2019-09-30" || !reviewed(n.Tasks[0], "due") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// A line holding a date written day.month.year (05.06.2022, a page's
// stamp between items; 13.03.2015  07:51 under a headline) is no item
// numbered 5 or 13. Before, it was read as a task (06.2022) naming no
// one, and the next item was listed as out of order.
func TestDottedDateNoItem(t *testing.T) {
	n := Parse("2022年工作要点\n1.稳定就业。扩大就业规模。（市人社局负责）\n05.06.2022\n2.创业带动就业。（市发改委负责）\n", today)
	if len(n.Tasks) != 2 || n.Tasks[1].Title != "创业带动就业" || reviewed(n.Tasks[1], "owners") {
		t.Errorf("tasks %+v", n.Tasks)
	}
	for _, s := range []string{"13.03.2015  07:51", "5.6.2022"} {
		if !dottedDateRe.MatchString(s) {
			t.Errorf("%q not read as a date", s)
		}
	}
	if dottedDateRe.MatchString("5.6万亩高标准农田建设") {
		t.Error("an item read as a date")
	}
}

// A PDF's page number left between a flattened table's cells. Where it is
// the next row's number (3 before 市教育局), it cut row 2 in two: row 2
// took the units and time of the row above (listed), a row "市教育局" was
// read, and the real row 3 was lost, not listed. Where it is a number
// already past (2), it was taken for a unit (listed). Now a bare number
// before a later cell of a row (units, a time limit), the same number
// standing again a little further on over a task's text, or inside a row
// longer than the header, is a page number, no cell.
func TestPageNumberBetweenCells(t *testing.T) {
	head := "2023年重点工作任务分解表\n序号\n工作任务\n牵头单位\n完成时限\n1\n推进重点项目建设,完成年度投资计划。\n市发改委\n2023年6月底前\n2\n加强义务教育学校建设。\n"
	tail := "市教育局\n2023年12月底前\n3\n实施老旧小区改造。\n市住建局\n2023年11月底前\n"
	for _, page := range []string{"3", "2", "- 2 -"} {
		n := Parse(head+page+"\n"+tail, today)
		if len(n.Tasks) != 3 {
			t.Fatalf("page %s: tasks %+v", page, n.Tasks)
		}
		for i, want := range []string{"市发改委", "市教育局", "市住建局"} {
			if k := n.Tasks[i]; !slices.Equal(k.Owners, []string{want}) || len(k.Review) != 0 {
				t.Errorf("page %s: task %d owners %q review %v", page, i+1, k.Owners, k.Review)
			}
		}
		if d := n.Tasks[1].Due.Format("2006-01-02"); d != "2023-12-31" {
			t.Errorf("page %s: task 2 due %s", page, d)
		}
	}
	// A figure's cell under a column of figures stays a cell.
	var lines []Line
	for i, s := range []string{"1", "新建学校。", "扩建校舍。", "12", "市教育局"} {
		lines = append(lines, Line{i + 1, s})
	}
	if pageNumberAt(lines, 3, &columns{names: []string{"序号", "工作任务", "目标值", "牵头单位"}}, 1, 5) {
		t.Error("a figure under 目标值 read as a page number")
	}
	if !pageNumberAt(lines, 3, &columns{names: []string{"序号", "工作任务", "备注", "牵头单位"}}, 1, 5) {
		t.Error("a number in a row longer than the header, before its unit, not read as a page number")
	}
}

// 重庆's culture commission's division of the city's open-government work
// points (set 28, left out of the corpus then): a table served one cell to
// a line with " |", its header's last cell and the row's closed by empty
// cells (责任单位 | ||, 牵头处室:财务处 | |), a section's row (一、…) over a
// row numbered (三) in its task's cell, a cell listing points in brackets
// (公开路径:1.…,2.…), a 市级牵头单位 column naming the city list's lead
// beside the commission's 责任单位, whose cell says 牵头处室:财务处. Before,
// no row was read (listed as not read). Now the empty cells close the
// cell, the section's row is a heading, a row of sentences is no header,
// the numbers inside a bracket are its points, (三) is the row's number,
// 市级牵头单位 is the upper list's lead (no owner here), and 牵头处室 labels
// the lead.
func TestUpperLeadColumn(t *testing.T) {
	text := "市文化旅游委关于贯彻落实市政府办公厅2021年政务公开工作要点任务分工\n" +
		"工作任务 |\n贯彻举措(市上统一要求) |\n工作要求 |\n时限要求 |\n市级牵头单位 |\n责任单位 | ||\n" +
		"一、紧扣“十四五”开好局起好步深化政务公开 |\n(三)做好财政信息公开。 |\n" +
		"按照市财政局统一要求,及时公开本部门财政预决算信息(公开路径:1.政府网站>政府信息公开>法定主动公开内容>预算/决算,2.政务新媒体等其他适合的公开渠道)。 |\n" +
		"每年度公开市文化旅游委财政预决算信息 |\n每年度 |\n市财政局 |\n牵头处室:财务处 | |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if got.Title != "做好财政信息公开" || !slices.Equal(got.Owners, []string{"财务处"}) || !slices.Equal(got.Lead, []string{"财务处"}) || !reviewed(got, "due") {
		t.Errorf("task %q owners %q lead %q review %v", got.Title, got.Owners, got.Lead, got.Review)
	}
	if len(n.Sections) != 1 || n.Sections[0].ID != "一" {
		t.Errorf("sections %+v", n.Sections)
	}
	if parts := runTogether("按照市财政局统一要求,及时公开本部门财政预决算信息(公开路径:1.政府网站>政府信息公开>预算/决算,2.政务新媒体等其他适合的公开渠道)。"); len(parts) != 1 {
		t.Errorf("a bracket's points cut into items: %q", parts)
	}
}
