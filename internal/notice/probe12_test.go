package notice

import (
	"slices"
	"strings"
	"testing"
)

// Probe 11's harness, run again after its fixes, still found fields read
// wrong with nothing listed where a PDF's copy broke the lines. Each
// closed by a general rule:

// a number at a printed line's head that is no item's (17、18号线 after
// a line stopping inside a sentence) was read as an item without a word,
// the item before it cut short. A number that does not follow the last
// one of its level is listed, where the item before stops inside a
// sentence or the number goes back or jumps far; an excerpt that skips a
// number or two between whole items is read as it stands.
func TestOutOfSequenceNumberIsListed(t *testing.T) {
	n := Parse("一、重点任务\n"+
		"1.推进轨道交通建设，年内开通地铁\n"+
		"17、18号线。（牵头单位：市交通局）\n"+
		"2.完善公交线网。（牵头单位：市交通局）\n", today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	listed := func(task Task) bool {
		return slices.ContainsFunc(task.Review, func(r Review) bool { return strings.Contains(r.Text.Zh, "没有接着上一项的编号") })
	}
	if !listed(n.Tasks[1]) || n.Tasks[1].Review[0].Line != 3 {
		t.Errorf("17 after 1 not listed at its line: %+v", n.Tasks[1].Review)
	}
	if listed(n.Tasks[0]) || listed(n.Tasks[2]) {
		t.Errorf("items in sequence listed: %+v / %+v", n.Tasks[0].Review, n.Tasks[2].Review)
	}
	// A page's number read as an item far from the last: 3 then 40.
	n = Parse("一、重点任务\n3.完善公交线网。（牵头单位：市交通局）\n40.推进道路建设。（牵头单位：市住建局）\n", today)
	if len(n.Tasks) != 2 || !listed(n.Tasks[1]) {
		t.Errorf("3 then 40 not listed: %+v", n.Tasks)
	}
	// An excerpt that leaves out an item (2. then 4.), a list that starts
	// again at 1 and a new section's rows read as they stand.
	for _, text := range []string{
		"一、重点任务\n1.完善公交线网。（牵头单位：市交通局）\n2.推进道路建设。（牵头单位：市住建局）\n4.推进传统中医惠民行动。（责任单位：区卫生健康局）\n",
		"一、重点任务\n1.完善公交线网。（牵头单位：市交通局）\n2.推进道路建设。（牵头单位：市住建局）\n1.教育工作全面贯彻性别平等原则。（牵头单位：市教育局）\n",
	} {
		for _, task := range Parse(text, today).Tasks {
			if listed(task) {
				t.Errorf("%q: %s listed: %+v", text, task.Title, task.Review)
			}
		}
	}
	// A fraction at a line's head goes on the sentence: no item is 0.55.
	n = Parse("一、重点任务\n"+
		"1. 全面建成覆盖城乡的中医医疗服务网络，每千人口公立中医类医院床位数达到\n"+
		"0.55张。（国家中医药局负责）\n", today)
	if len(n.Tasks) != 1 || !strings.HasSuffix(n.Tasks[0].Title, "床位数达到0.55张") || !slices.Equal(n.Tasks[0].Owners, []string{"国家中医药局"}) {
		t.Errorf("0.55张: %+v", n.Tasks)
	}
}

// 由王同志负责 (a surname alone with 同志) gave no leader and nothing was
// listed; nor was a task whose text names who does it (由张三同志负责)
// where no leader was read. The surname is kept as written, 同志 and all,
// and listed; a task whose leaders came out empty where its text names a
// person is listed.
func TestSurnameAloneAndUnreadLeaderListed(t *testing.T) {
	n := Parse("一、重点任务\n"+
		"（一）组织开展全区安全生产大检查，检查工作由王同志负责。\n"+
		"（二）完成年度培训任务，由张三同志负责。（牵头单位：区人社局）\n"+
		"（三）完成道路改造任务，由李明同志负责。\n", today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	leaderListed := func(task Task, want string) bool {
		return slices.ContainsFunc(task.Review, func(r Review) bool { return r.Field == "leaders" && strings.Contains(r.Text.Zh, want) })
	}
	if got := n.Tasks[0]; !slices.Equal(got.Leaders, []string{"王同志"}) || !leaderListed(got, "只写了姓") {
		t.Errorf("王同志: leaders %q review %+v", got.Leaders, got.Review)
	}
	if got := n.Tasks[1]; len(got.Leaders) == 0 && !leaderListed(got, "由张三同志负责") {
		t.Errorf("由张三同志负责 with no leader read, not listed: %+v", got.Review)
	}
	if got := n.Tasks[2]; !slices.Equal(got.Leaders, []string{"李明"}) || leaderListed(got, "") {
		t.Errorf("李明同志: leaders %q review %+v", got.Leaders, got.Review)
	}
}

// a short copy (a few items of two lines) showed no printed width, and a
// list of owners a page broke inside a name (古林镇、石 / 碶街道) kept its
// first half, the rest and the lead lost. Three lines of just one width,
// each stopping inside a sentence, with no line of the text longer, show
// the width.
func TestShortCopyShowsItsWidth(t *testing.T) {
	text := "1.一般公共预算收入与经济增长基本同步。\n" +
		"责任单位：区财政局\n" +
		"2.统筹推进镇（乡）街道财权事权体制调整、股权投资等系列改革，落实上级\n" +
		"“乡财区管”“乡债区管”整体性要求，切实减轻基层负担。\n" +
		"责任单位：区财政局\n" +
		"二、张盈军区政府党组成员牵头重点工作\n" +
		"1.推动临空经济示范区建设，力争完成旅客吞吐量1370万人次、货邮吞吐量15.\n" +
		"5万吨。\n" +
		"责任单位：临空航空口岸局\n" +
		"2.全力保障宁波枢纽空铁一体主体工程、国际智造中心和航空物流中心等项目\n" +
		"建设，完成60万平方米征拆任务。\n" +
		"责任单位：区房屋征收中心、区发改局、海曙自然资源规划分局、古林镇、石\n" +
		"碶街道（列第一位者为牵头或汇总单位，下同）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 4 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[3]
	want := []string{"区房屋征收中心", "区发改局", "海曙自然资源规划分局", "古林镇", "石碶街道"}
	if !slices.Equal(got.Owners, want) || !slices.Equal(got.Lead, []string{"区房屋征收中心"}) {
		t.Errorf("owners %q lead %q, want %q lead 区房屋征收中心", got.Owners, got.Lead, want)
	}
	// The same lines where one paragraph runs longer than them (a web
	// page's text): no width is read from them.
	web := strings.Replace(text, "责任单位：临空航空口岸局\n", "责任单位：临空航空口岸局。本项工作由区政府统一部署，各有关单位要按照职责分工抓好落实，确保按期完成各项任务\n", 1)
	if w := textWidth(text); w != 68 {
		t.Errorf("short copy's width %d, want 68", w)
	}
	if w := textWidth(web); w != 0 {
		t.Errorf("web text's width %d, want none", w)
	}
}

// textWidth is the printed width wrapWidth reads from text's lines.
func textWidth(text string) int {
	var lines []Line
	var widths []int
	for i, s := range strings.Split(strings.TrimSpace(text), "\n") {
		t := strings.TrimLeft(s, " \u3000")
		lines = append(lines, Line{i + 1, t})
		widths = append(widths, printColumns(s[:len(s)-len(t)])+printColumns(trimLine(t)))
	}
	return wrapWidth(lines, widths)
}

// a list of owners broken after a bracket naming two kinds of place
// (各县（市、区） / 政府、丽水开发区管委会) lost its last names: a bracket
// with an enumeration comma in it is a name's part as 各县（市） is.
func TestOwnersBrokenAfterTwoPlaceBracket(t *testing.T) {
	n := Parse("一、重点任务\n"+
		"10.实施招商引资“百千”行动，每年招引亿元以上制造业项目100个。\n"+
		"责任单位：市双招双引办、市发改委、市经信局，各县（市、区）\n"+
		"政府、丽水开发区管委会\n", today)
	want := []string{"市双招双引办", "市发改委", "市经信局", "各县（市、区）政府", "丽水开发区管委会"}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, want) {
		t.Errorf("tasks %+v, want owners %q", n.Tasks, want)
	}
}

// a short copy whose items are one line each (责任单位：… of one length
// over and over) read the items' length as the likeliest width, found no
// broken lines at it and so read none: the one list of owners broken
// inside a name (各开发 / 区管委会) kept its first half. The commonest
// widths are tried in turn.
func TestShortItemsDoNotHideTheWidth(t *testing.T) {
	text := "　　为全面贯彻落实党的二十大精神，深入贯彻落实习近平总书记关于东北、\n" +
		"辽宁振兴发展的重要讲话和指示精神，认真贯彻中央、省委经济工作会议和\n" +
		"市委十三届五次全会精神，做好今年政府工作，实现经济社会发展目标任务，\n" +
		"现就2023年市《政府工作报告》确定的重点工作，制定分工方案如下。\n" +
		"　　一、经济社会发展主要预期目标\n" +
		"　　1.地区生产总值增长6%左右。\n" +
		"　　牵头单位：市发展改革委\n" +
		"— 1 —\n" +
		"　　责任单位：全市经济运行工作专班各部门，各县（市）区政府、各开发\n" +
		"区管委会\n" +
		"　　2.规模以上工业增加值增长7%左右。\n" +
		"　　牵头单位：市工业和信息化局\n" +
		"　　责任单位：各相关部门，各县（市）区政府、各开发区管委会\n" +
		"　　3.固定资产投资增长12%左右。\n" +
		"　　牵头单位：市发展改革委\n" +
		"　　责任单位：各相关部门，各县（市）区政府、各开发区管委会\n" +
		"　　4.社会消费品零售总额增长9%左右。\n" +
		"　　牵头单位：市商务局\n" +
		"　　责任单位：各相关部门，各县（市）区政府、各开发区管委会\n" +
		"　　5.一般公共预算收入增长8%左右。\n" +
		"　　牵头单位：市财政局\n" +
		"　　责任单位：各相关部门，各县（市）区政府、各开发区管委会\n" +
		"\n"
	n := Parse(text, today)
	if len(n.Tasks) != 5 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	want := []string{"市发展改革委", "全市经济运行工作专班各部门", "各县（市）区政府", "各开发区管委会"}
	if got := n.Tasks[0].Owners; !slices.Equal(got, want) {
		t.Errorf("owners %q, want %q", got, want)
	}
	if w := textWidth(text); w != 66 {
		t.Errorf("width %d, want 66", w)
	}
}

// a list of owners broken after a place's bracket, the body's name on the
// next line (各市（州） / 人民政府), lost 人民政府 without a word.
func TestOwnersBrokenBeforePlaceBody(t *testing.T) {
	n := Parse("二、重点任务\n"+
		"（三）合理分解节能减排指标。\n"+
		"牵头单位：省发展改革委\n"+
		"责任单位：省统计局、四川电监办，各市（州）\n"+
		" 人民政府\n", today)
	want := []string{"省发展改革委", "省统计局", "四川电监办", "各市（州）人民政府"}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, want) {
		t.Errorf("tasks %+v, want owners %q", n.Tasks, want)
	}
}

// a paragraph a page's break parted from its item, ending in its own
// bracket of owners (…燃煤锅炉。（市生态环境局、市场监管局牵头…）), was
// left among the lines not placed and the item kept the owners of its
// first bracket alone, nothing listed. The item is listed at that line.
func TestOwnedParagraphAfterItemIsListed(t *testing.T) {
	n := Parse("二、工作任务\n"+
		"1.制定实施准入清单。完成环境准入清单编制工作。〔市生态环境局牵头，市发展和改革局参与。〕\n"+
		"按省的要求，县级及以上城市建成区原则上不再新建燃煤锅炉。（市生态环境局、市场监管局牵头，市发展和改革局参与）\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if !slices.ContainsFunc(n.Tasks[0].Review, func(r Review) bool { return r.Field == "owners" && r.Line == 3 }) {
		t.Errorf("owned paragraph not listed: %+v", n.Tasks[0].Review)
	}
}

// a label after a space broken inside it (问题整改责任单位：市卫生健康委员会
// 整改 / 时限：5天) left 整改 on the owner's name: 市卫生健康委员会 整改.
// The label's halves are joined again.
func TestLabelBrokenAfterSpaceIsJoined(t *testing.T) {
	n := Parse("具体问题如下：\n"+
		"1. 市第二人民医院\n"+
		"（1）院内禁烟标识数量不达标；\n"+
		"（2）宣传牌内容不规范。\n"+
		"问题整改责任单位：市卫生健康委员会 整改\n"+
		"时限：5天\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市卫生健康委员会"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// an item numbered in the run of a paragraph and broken off its text by
// a PDF's line (会议确定：1.由办公室（政策调研室） / 负责，…) was lost, and
// the first item read, 2., gave no word of it. Where the first item read
// is numbered past 1 and a line of text just before it holds the number
// before, that line is listed.
func TestItemInParagraphBeforeFirstIsListed(t *testing.T) {
	text := "一图速览|刘兴云厅长主持召开厅长办公会议\n" +
		"2021年9月29日下午，刘兴云厅长主持召开厅长办\n" +
		"公会议，研究加强厅机关政务公开事项。纪要如下：\n" +
		"关于加强厅机关政务公开工作，会议指出，推行政\n" +
		"务公开工作，是政府服务人民、接受人民监督的重\n" +
		"要制度安排。财政部门作为政府重要组成机构，做\n" +
		"好财政政务公开义不容辞、责无旁贷。下步，各处\n" +
		"室（单位）要按照省政府要求，针对我厅政务公开\n" +
		"工作中存在的短板弱项，压实工作责任、加大工作\n" +
		"力度，并结合数字机关建设统筹推进，确保各项任\n" +
		"务落实到位。会议确定：1.由办公室（政策调研室）\n" +
		"负责，按照汇报意见，对我厅政务公开工作领导小\n" +
		"组进行调整，及时将《2021年政务公开重点任务分\n" +
		"解表》发各处室（单位），并抓好督促落实。2.由\n" +
		"办公室（政策调研室）、省财政研究和教育中心负\n" +
		"责，对厅门户网站栏目设置、信息表现形式等进行\n" +
		"探索创新，提高音视频等内容的比重，进一步提升\n" +
		"网站的吸引力、影响力。\n"
	n := Parse(text, today)
	if len(n.Tasks) == 2 {
		return // both read
	}
	if len(n.Tasks) != 1 || !slices.ContainsFunc(n.Tasks[0].Review, func(r Review) bool { return strings.Contains(r.Text.Zh, "写有第1项") }) {
		t.Errorf("item 1 lost without a word: %+v", n.Tasks)
	}
	// A page's copy that starts at item 5 says nothing.
	n = Parse("一、重点任务\n会议要求，各单位抓好落实。\n5.完善公交线网。（牵头单位：市交通局）\n", today)
	if len(n.Tasks) != 1 || len(n.Tasks[0].Review) != 0 {
		t.Errorf("item 5 first: %+v", n.Tasks)
	}
}

// a table's row broken over lines put its time limit's cell under the
// units (2010年9月20日前, 2010年9) with nothing listed. A date or a bare
// number is no unit's name: it is listed.
func TestDateAsOwnerIsListed(t *testing.T) {
	n := Parse("一、重点任务\n1.建设防护绿地，缓解城市热效应。\n责任单位：市规划局、2010年9\n", today)
	if len(n.Tasks) != 1 || !slices.ContainsFunc(n.Tasks[0].Review, func(r Review) bool { return r.Field == "owners" && strings.Contains(r.Text.Zh, "“2010年9”") }) {
		t.Errorf("date as owner not listed: %+v", n.Tasks)
	}
	task := Task{Owners: []string{"市规划局", "2010年9月20日前"}}
	(&Notice{}).reviewNames(&task)
	if !slices.ContainsFunc(task.Review, func(r Review) bool { return r.Field == "owners" && strings.Contains(r.Text.Zh, "2010年9月20日前") }) {
		t.Errorf("date as owner not listed: %+v", task.Review)
	}
	task = Task{Owners: []string{"市第11中学", "市规划局"}}
	(&Notice{}).reviewNames(&task)
	if len(task.Review) != 0 {
		t.Errorf("units listed: %+v", task.Review)
	}
}

// a line a PDF broke just after an item's number run on after a stop
// (…并抓好督促落实。2. / 由办公室…负责，…) was not joined: item 2 was lost
// in item 1's text without a word. A line stopping at such a number
// stops inside a sentence.
func TestLineEndingInItemNumberGoesOn(t *testing.T) {
	text := "一图速览|刘兴云厅长主持召开厅长办公会议\n" +
		"2021年9月29日下午，刘兴云厅长主持召开厅长办\n" +
		"公会议，研究加强厅机关政务公开事项。纪要如下\n" +
		"：\n" +
		"关于加强厅机关政务公开工作，会议指出，推行政\n" +
		"务公开工作，是政府服务人民、接受人民监督的重\n" +
		"要制度安排。财政部门作为政府重要组成机构，做\n" +
		"好财政政务公开义不容辞、责无旁贷。下步，各处\n" +
		"室（单位）要按照省政府要求，针对我厅政务公开\n" +
		"工作中存在的短板弱项，压实工作责任、加大工作\n" +
		"力度，并结合数字机关建设统筹推进，确保各项任\n" +
		"务落实到位。会议确定：1.由办公室（政策调研室\n" +
		"）负责，按照汇报意见，对我厅政务公开工作领导\n" +
		"小组进行调整，及时将《2021年政务公开重点任务\n" +
		"分解表》发各处室（单位），并抓好督促落实。2.\n" +
		"由办公室（政策调研室）、省财政研究和教育中心\n" +
		"负责，对厅门户网站栏目设置、信息表现形式等进\n" +
		"行探索创新，提高音视频等内容的比重，进一步提\n" +
		"升网站的吸引力、影响力。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[1].Owners, []string{"办公室（政策调研室）", "省财政研究和教育中心"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}
