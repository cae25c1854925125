package notice

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// A new user's walk (walk 11) imported a county's notice (嘉鱼县,
// 嘉政办发〔2021〕5号) as a clerk copies it. The clean copy was read right;
// the copies a clerk makes were not. Each is closed by a general rule:

// jiayuPDF is the notice as its text comes out of the PDF: a line to each
// printed line (28 characters), the brackets of who is responsible broken
// across lines, a number cut in two (增长1 / 6%), a page number between.
const jiayuPDF = "嘉政办发〔2021〕5号\n" +
	"县人民政府办公室关于\n" +
	"对县《政府工作报告》确定的2021年\n" +
	"重点工作及市《政府工作报告》涉及嘉鱼的\n" +
	"重点事项进行责任分解的通知\n" +
	"各镇人民政府,县政府各部门,嘉鱼经济开发区、武汉新港潘湾\n" +
	"工业园:\n" +
	"经县人民政府同意,现将县第十八届人民代表大会第五次会议审\n" +
	"议通过的县《政府工作报告》确定的2021年重点工作,以及\n" +
	"市《政府工作报告》涉及嘉鱼的重点事项责任分解给你们,请你\n" +
	"们对照目标任务确定的重点工作、重点事项,建立健全推进机制\n" +
	",强化协调配合,夯实责任体系,狠抓工作落实。县政府政务督\n" +
	"查室将对各单位的贯彻落实情况开展专项督查,对工作进展缓慢\n" +
	"、落实不力、推诿扯皮、弄虚作假的单位和相关责任人予以通报\n" +
	",并根据相关规定严肃追责问责。\n" +
	"附件:1.县《政府工作报告》确定的2021年重点工作责任\n" +
	"分解\n" +
	"2.市《政府工作报告》涉及嘉鱼的重点事项责任分解\n" +
	"2021年5月12日\n" +
	"(此件公开发布)\n" +
	"附件1\n" +
	"县《政府工作报告》确定的2021年重点工作责任分解\n" +
	"\n— 2 —\n\n" +
	"一、2021年经济社会发展主要目标\n" +
	"(一)地区生产总值增长11%。[牵头单位:县发改局(粮食\n" +
	"局);责任单位:各镇人民政府,嘉鱼经济开发区]\n" +
	"(二)地方公共预算收入增长32%。(牵头单位:县财政局;\n" +
	"责任单位:县税务局,各镇人民政府,嘉鱼经济开发区)\n" +
	"(三)规模以上工业增加值增长11.5%。(牵头单位:县科\n" +
	"经局;责任单位:各镇人民政府,嘉鱼经济开发区)\n" +
	"(四)固定资产投资增长12%。[牵头单位:县发改局(粮食\n" +
	"局);责任单位:各镇人民政府,嘉鱼经济开发区]\n" +
	"(五)社会消费品零售总额增长16%、外贸进出口总额增长1\n" +
	"6%。(牵头单位:县科经局;责任单位:各镇人民政府,嘉鱼\n" +
	"经济开发区)\n"

// jiayuTasks is what the clean copy gives: each task's title, lead and
// owners.
var jiayuTasks = []struct {
	title  string
	lead   string
	owners []string
}{
	{"地区生产总值增长11%", "县发改局(粮食局)", []string{"县发改局(粮食局)", "各镇人民政府", "嘉鱼经济开发区"}},
	{"地方公共预算收入增长32%", "县财政局", []string{"县财政局", "县税务局", "各镇人民政府", "嘉鱼经济开发区"}},
	{"规模以上工业增加值增长11.5%", "县科经局", []string{"县科经局", "各镇人民政府", "嘉鱼经济开发区"}},
	{"固定资产投资增长12%", "县发改局(粮食局)", []string{"县发改局(粮食局)", "各镇人民政府", "嘉鱼经济开发区"}},
	{"社会消费品零售总额增长16%、外贸进出口总额增长16%", "县科经局", []string{"县科经局", "各镇人民政府", "嘉鱼经济开发区"}},
}

func assertJiayu(t *testing.T, n *Notice) {
	t.Helper()
	if len(n.Tasks) != len(jiayuTasks) {
		t.Fatalf("%d tasks, want %d: %+v", len(n.Tasks), len(jiayuTasks), n.Tasks)
	}
	for i, w := range jiayuTasks {
		got := n.Tasks[i]
		if got.ID != "0"+string(rune('1'+i)) || got.Title != w.title || !slices.Equal(got.Owners, w.owners) || !slices.Equal(got.Lead, []string{w.lead}) {
			t.Errorf("task %s %q owners %q lead %q, want %q owners %q lead %q", got.ID, got.Title, got.Owners, got.Lead, w.title, w.owners, w.lead)
		}
		if len(got.Review) > 0 {
			t.Errorf("task %s: checks %+v", got.ID, got.Review)
		}
	}
	if n.Number != "嘉政办发〔2021〕5号" || n.Date.Format("2006-01-02") != "2021-05-12" || n.Issuer != "县人民政府办公室" {
		t.Errorf("number %q date %v issuer %q", n.Number, n.Date, n.Issuer)
	}
	if n.ListTitle != "县《政府工作报告》确定的2021年重点工作责任分解" {
		t.Errorf("list title %q", n.ListTitle)
	}
	if !slices.Equal(n.Recipients, []string{"各镇人民政府", "县政府各部门", "嘉鱼经济开发区、武汉新港潘湾工业园"}) {
		t.Errorf("recipients %q", n.Recipients)
	}
}

// 1. Text copied out of a PDF: the brackets split across a line break
// gave owners 嘉鱼经济开发区] and 嘉鱼经济开发区) (two units, two forms),
// every lead dropped, task (五) lost, the recipients 工业园 alone and the
// list's title a body sentence; the account said only that a task's text
// held 牵头单位:. Now lines broken inside a sentence are joined before
// items and brackets are read, and the copy reads as the clean one.
func TestPDFCopyReadsAsTheCleanOne(t *testing.T) {
	assertJiayu(t, Parse(jiayuPDF, today))
}

// The walk's smallest repro: two items whose brackets a line break cut,
// with no paragraph to show the printed width. A bracket opened and not
// closed goes on on the next line that closes it.
func TestBracketBrokenAcrossLinesIsJoined(t *testing.T) {
	text := "一、主要目标\n" +
		"(一)地区生产总值增长11%。[牵头单位:县发改局(粮食\n" +
		"局);责任单位:各镇人民政府,嘉鱼经济开发区]\n" +
		"(二)地方公共预算收入增长32%。(牵头单位:县财政局;\n" +
		"责任单位:县税务局,嘉鱼经济开发区)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	want := [][]string{{"县发改局(粮食局)", "各镇人民政府", "嘉鱼经济开发区"}, {"县财政局", "县税务局", "嘉鱼经济开发区"}}
	for i, w := range want {
		if got := n.Tasks[i]; !slices.Equal(got.Owners, w) || !slices.Equal(got.Lead, w[:1]) {
			t.Errorf("task %s owners %q lead %q, want %q led by %q", got.ID, got.Owners, got.Lead, w, w[0])
		}
	}
}

// What is no broken line stays as it is: a heading over its paragraph, a
// sentence that ends at the width, a table's cell of % alone, and in a
// text of whole paragraphs (a web page's) a line that stops without a
// stop.
func TestWholeLinesAreNotJoined(t *testing.T) {
	text := "一、2021年经济社会发展主要目标\n" +
		"为推动全县经济高质量发展,确保全年目标任务顺利完成,现提出如下目标。\n" +
		"1.地区生产总值增长11%。(牵头单位:县发改局;责任单位:各镇人民政府)\n" +
		"2.固定资产投资增长12%\n" +
		"%\n" +
		"3.地方公共预算收入增长32%。(牵头单位:县财政局)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 || n.Tasks[1].Title != "固定资产投资增长12%" || n.Tasks[2].Title != "地方公共预算收入增长32%" {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	lines := []Line{
		{1, "为推动全县经济高质量发展,确保全年目标任务顺利完成,现提出如下"},
		{2, "目标。"},
	}
	if got := joinWrapped(lines); len(got) != 2 {
		t.Errorf("a text with no printed width joined a line: %+v", got)
	}
}

// A name whose bracket lost its other half is never a unit without a
// word: where no line closes the bracket, the owner is listed to check.
func TestUnevenBracketInANameIsListed(t *testing.T) {
	text := "1.社会消费品零售总额增长16%。责任单位:县税务局、嘉鱼经济开发区)\n" +
		"2.固定资产投资增长12%。责任单位:县发改局(粮食局)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	listed := false
	for _, r := range n.Tasks[0].Review {
		listed = listed || r.Field == "owners" && strings.Contains(r.Text.Zh, "括号不成对") && strings.Contains(r.Text.Zh, "嘉鱼经济开发区)")
	}
	if !listed {
		t.Errorf("the owner with half a bracket is not listed: owners %q, checks %+v", n.Tasks[0].Owners, n.Tasks[0].Review)
	}
	for _, r := range n.Tasks[1].Review {
		if strings.Contains(r.Text.Zh, "括号不成对") {
			t.Errorf("a name with both brackets listed: %+v", r)
		}
	}
}

// jiayuHead is the notice's header and letter as the clean copy gives
// them, up to its attachments.
const jiayuHead = "嘉政办发〔2021〕5号\n" +
	"县人民政府办公室关于\n" +
	"对县《政府工作报告》确定的2021年\n" +
	"重点工作及市《政府工作报告》涉及嘉鱼的\n" +
	"重点事项进行责任分解的通知\n"

// jiayuList is the list as the clean copy gives it, from 附件1 on.
const jiayuList = "附件1\n" +
	"县《政府工作报告》确定的2021年重点工作责任分解\n" +
	"一、2021年经济社会发展主要目标\n" +
	"(一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]\n" +
	"(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局,各镇人民政府,嘉鱼经济开发区)\n" +
	"(三)规模以上工业增加值增长11.5%。(牵头单位:县科经局;责任单位:各镇人民政府,嘉鱼经济开发区)\n" +
	"(四)固定资产投资增长12%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]\n" +
	"(五)社会消费品零售总额增长16%、外贸进出口总额增长16%。(牵头单位:县科经局;责任单位:各镇人民政府,嘉鱼经济开发区)\n"

const jiayuLetter = "经县人民政府同意,现将县第十八届人民代表大会第五次会议审议通过的县《政府工作报告》确定的2021年重点工作,以及市《政府工作报告》涉及嘉鱼的重点事项责任分解给你们,请你们对照目标任务确定的重点工作、重点事项,建立健全推进机制,强化协调配合,夯实责任体系,狠抓工作落实。\n"

// 2. The 附件 line broken in a name (附件:1.…责任 / 分解 / 2.…): the
// second attachment was read as a task, every real task renumbered
// 1.0.1–1.0.6 and the notice's date lost. An attachment's name goes on
// over a line of a few words before the next attachment's number, or
// before the date where it is the last.
func TestAttachmentNameBrokenOverTwoLines(t *testing.T) {
	recipients := "各镇人民政府,县政府各部门,嘉鱼经济开发区、武汉新港潘湾工业园:\n"
	for _, attachments := range []string{
		"附件:1.县《政府工作报告》确定的2021年重点工作责任\n分解\n2.市《政府工作报告》涉及嘉鱼的重点事项责任分解\n",
		"附件:1.县《政府工作报告》确定的2021年重点工作责任分解\n2.市《政府工作报告》涉及嘉鱼的重点事项责任\n分解\n",
	} {
		n := Parse(jiayuHead+recipients+jiayuLetter+attachments+"2021年5月12日\n(此件公开发布)\n"+jiayuList, today)
		assertJiayu(t, n)
		for _, l := range n.Unplaced {
			t.Errorf("line %d not placed: %q", l.N, l.Text)
		}
	}
}

// 3. The recipients line broken before its colon (…武汉新港潘湾 / 工业园:)
// gave recipients [工业园], and the brief opened 工业园：. The line above a
// recipients line that stops inside a name is their start.
func TestRecipientsBrokenBeforeTheirColon(t *testing.T) {
	recipients := "各镇人民政府,县政府各部门,嘉鱼经济开发区、武汉新港潘湾\n工业园:\n"
	attachments := "附件:1.县《政府工作报告》确定的2021年重点工作责任分解\n2.市《政府工作报告》涉及嘉鱼的重点事项责任分解\n"
	assertJiayu(t, Parse(jiayuHead+recipients+jiayuLetter+attachments+"2021年5月12日\n(此件公开发布)\n"+jiayuList, today))
	// The title's last line above the recipients is no part of them.
	n := Parse("关于印发重点工作任务清单的通知\n各镇人民政府:\n为推进工作,现印发给你们,请认真贯彻落实。\n1.开展督查。(县督查室负责)\n", today)
	if !slices.Equal(n.Recipients, []string{"各镇人民政府"}) {
		t.Errorf("recipients %q", n.Recipients)
	}
}

// hasCheck says one of the plan's checks holds every word given.
func hasCheck(n *Notice, words ...string) bool {
	for _, c := range n.PlanChecks() {
		all := true
		for _, w := range words {
			all = all && strings.Contains(c.Zh, w)
		}
		if all {
			return true
		}
	}
	return false
}

// 2 (continued). With the letter wrapped too, plan.yaml's title became a
// sentence of the letter, and nothing said so. Whatever put it there, a
// list's title that reads as a sentence (a comma, a stop, a bracket left
// open) is listed with its line: here a recipients line that lost its
// colon (长清区, 2021).
// (Since probe 13, a line as long as a PDF's printed line that holds a
// comma and stops inside a sentence is no title line at all; a shorter
// one still reaches the title and is listed.)
func TestListTitleThatIsASentenceIsListed(t *testing.T) {
	text := func(recipients string) string {
		return "济南市长清区人民政府办公室\n" +
			"关于印发《政府工作报告》重点工作任务分工的通知\n" +
			"济长政办字〔2021〕3号\n" +
			recipients + "\n" +
			"2021年《政府工作报告》重点工作责任分工已经区政府同意,现印发给你们,请一并抓好贯彻落实。\n" +
			"一、推进改革\n" +
			"1.深化放管服改革。(牵头单位:区政务服务中心)\n"
	}
	n := Parse(text("各街道办事处,区政府各部门(单位"), today)
	if !hasCheck(n, "plan.yaml 的 title 取自第 4 行", "像是一句正文") {
		t.Errorf("list title %q not listed: %+v", n.ListTitle, n.PlanChecks())
	}
	n = Parse(text("各街道办事处、镇人民政府,济南经济开发区管委会,区政府各部门(单位"), today)
	if strings.Contains(n.ListTitle, "街道") {
		t.Errorf("a recipients line as long as a printed line read as the list's title: %q", n.ListTitle)
	}
	if n := Parse(jiayuHead+jiayuLetter+jiayuList, today); hasCheck(n, "像是一句正文") {
		t.Errorf("the list's own title listed: %+v", n.PlanChecks())
	}
}

// 8. An import of the 附件 alone took the list's heading as the notice's
// title without a word, though README promises 没有找到通知标题 is listed.
// Where no title, number, issuer or date of the notice was found, the
// title taken from the list is listed.
func TestListAloneSaysTheNoticesTitleWasNotFound(t *testing.T) {
	n := Parse(jiayuList, today)
	if n.Title != "县《政府工作报告》确定的2021年重点工作责任分解" || !hasCheck(n, "没有找到通知的标题", "取了清单的标题“县《政府工作报告》确定的2021年重点工作责任分解”") {
		t.Errorf("title %q, checks %+v", n.Title, n.PlanChecks())
	}
	if n := Parse(jiayuHead+jiayuLetter+jiayuList, today); hasCheck(n, "没有找到通知的标题") {
		t.Errorf("the notice's own title listed as not found: %+v", n.PlanChecks())
	}
}

// 6. The reporting schedule was made up (quarterly, due 5 days after)
// where the notice says nothing, with only a comment in plan.yaml; its
// due dates decide who is late. It is listed, with the periods made.
func TestMadeUpScheduleIsListed(t *testing.T) {
	n := Parse(jiayuHead+jiayuLetter+"2021年5月12日\n"+jiayuList, today)
	if !hasCheck(n, "通知中没有写何时报送进展", "2021Q2 至 2021Q4", "2021-07-05") {
		t.Errorf("checks %+v", n.PlanChecks())
	}
	said := strings.Replace(jiayuLetter, "狠抓工作落实。", "狠抓工作落实。请各牵头单位于每季度结束后10日内报送工作进展。", 1)
	if n := Parse(jiayuHead+said+jiayuList, today); hasCheck(n, "通知中没有写何时报送进展") {
		t.Errorf("a schedule the notice gives listed as made up: %+v", n.PlanChecks())
	}
}

// 7. plan.yaml's start was the notice's date (2021-05-12) for a list of
// the year's tasks, and the year's start for the same list imported from
// its 附件 alone: the lights differ with the copy. A list of a year's
// tasks starts with its year (what is expected of it by a day is the
// share of its year gone by), its reports with the quarter the notice
// was issued in; any other list starts with its notice. plan.yaml and
// the account say which and why.
func TestYearsListStartsWithItsYear(t *testing.T) {
	for _, text := range []string{jiayuHead + jiayuLetter + "2021年5月12日\n" + jiayuList, jiayuList} {
		n := Parse(text, today)
		plan := PlanFile(n, "")
		if !strings.Contains(plan, "\nstart: 2021-01-01\n") || !strings.Contains(n.StartNote().Zh, "清单是 2021 年全年的任务") {
			t.Errorf("start:\n%s", plan)
		}
		if !strings.Contains(plan, "# start：2021-01-01（清单是 2021 年全年的任务，进度从年初算起）") {
			t.Errorf("plan.yaml does not say why:\n%s", plan)
		}
	}
	n := Parse(jiayuHead+jiayuLetter+"2021年5月12日\n"+jiayuList, today)
	if ps := n.Periods(); len(ps) != 3 || ps[0].ID != "2021Q2" || !strings.Contains(n.StartNote().Zh, "报送期次从通知印发时的 2021Q2 开始") {
		t.Errorf("periods %+v, note %q", ps, n.StartNote().Zh)
	}
	// A list of no year's (a plan of its own) starts with its notice.
	other := "关于印发嘉鱼县招商引资攻坚行动方案的通知\n2021年5月12日\n1.开展招商。(县商务局负责)\n"
	n = Parse(other, today)
	if start, _ := n.span(); start.Format("2006-01-02") != "2021-05-12" || !strings.Contains(n.StartNote().Zh, "从通知的日期算起") {
		t.Errorf("start %v, note %q", start, n.StartNote().Zh)
	}
}

// 9. An item whose bracket of owners is followed by its time limit
// (一、抓好招商引资。（责任单位：县商务局、县发改局(粮食局)）2021年12月底前完成。)
// gave no due but a milestone whose text held the bracket; with a unit's
// name in brackets inside, no task at all. The bracket is the item's
// owners, the date after it its due.
func TestBracketThenDateIsOwnersAndDue(t *testing.T) {
	for _, text := range []string{
		"2021年重点工作\n一、抓好招商引资。（责任单位：县商务局、县发改局(粮食局)）2021年12月底前完成。\n二、抓好项目建设。（责任单位：县发改局）2021年9月底前完成。\n",
		"2021年重点工作\n1.抓好招商引资。（县商务局、县发改局(粮食局)负责）完成时限：2021年12月底前\n2.抓好项目建设。（县发改局负责）完成时限：2021年9月底前\n",
	} {
		n := Parse(text, today)
		if len(n.Tasks) != 2 {
			t.Fatalf("tasks %+v", n.Tasks)
		}
		for i, w := range []struct {
			owners []string
			due    string
		}{{[]string{"县商务局", "县发改局(粮食局)"}, "2021-12-31"}, {[]string{"县发改局"}, "2021-09-30"}} {
			got := n.Tasks[i]
			if !slices.Equal(got.Owners, w.owners) || got.Due.Format("2006-01-02") != w.due || len(got.Milestones) > 0 || strings.Contains(got.Body, "责任单位") {
				t.Errorf("task %s: owners %q due %v milestones %+v body %q; want %q due %s", got.ID, got.Owners, got.Due, got.Milestones, got.Body, w.owners, w.due)
			}
		}
	}
	// A bracket that says what the work holds, before a date, names no
	// one: the item has no owners, and says so.
	n := Parse("2021年重点工作\n1.建设养老院（含日间照料中心）2021年底前完成。\n2.乙。（县民政局负责）\n", today)
	if len(n.Tasks) != 2 || len(n.Tasks[0].Owners) != 0 || len(n.Tasks[0].Review) == 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// Joining stays linear: a hundred thousand lines each going on the one
// before (a comma at each head, a bracket closed on each) make one line,
// read once.
func TestJoiningManyLinesStaysFast(t *testing.T) {
	var lines []Line
	for i := range 100000 {
		text := "，甲（乙"
		if i%2 == 1 {
			text = "丙）丁"
		}
		lines = append(lines, Line{i + 1, text})
	}
	if got := joinWrapped(lines); len(got) != 1 || utf8.RuneCountInString(got[0].Text) != 100000*4-50000 {
		t.Errorf("%d lines", len(got))
	}
	n := Parse("1.任务\n"+strings.Repeat("，乙\n", 20000)+"。（甲负责）\n", today)
	if len(n.Tasks) != 1 {
		t.Errorf("tasks %d", len(n.Tasks))
	}
}
