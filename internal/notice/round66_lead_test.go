package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 66: what this session's probes and held-out sets found.

// An item's closing clause naming who does it with an open-ended limit
// after it (县发改局负责，长期坚持) had lost its owner: only a dated limit
// was taken after the names. Work with no end is a limit too; the owner
// is read and listed, as no label says so.
func TestClosingUnitsWithOpenLimit(t *testing.T) {
	text := "一、推动经济高质量发展\n1.加快重点项目建设，全年完成投资50亿元。县发改局负责，长期坚持。\n" +
		"2.深化“放管服”改革。县数据局牵头，县市场监管局配合，持续推进。\n"
	wantRows(t, "open limit", parseAt(text), []probeRow{
		{"加快重点项目建设，全年完成投资50亿元", []string{"县发改局"}, nil, nil, "", []string{"owners", "due"}},
		{"深化“放管服”改革", []string{"县数据局", "县市场监管局"}, []string{"县数据局"}, nil, "", []string{"owners", "due"}},
	})
}

// A first-listed-leads rule saying 以上 after the items of a section spoke
// only for the items after it, leaving those it names without a lead in
// silence. It speaks for the items above; items after it take it too,
// listed.
func TestAboveRuleBetweenSections(t *testing.T) {
	text := "一、经济发展\n1.推进重大项目建设。责任单位：市发改委、市住建局。\n2.优化营商环境。责任单位：市政务服务中心、市工商局。\n" +
		"以上各项任务中，排在第一位的为牵头单位。\n二、社会事业\n3.推进教育均衡发展。责任单位：市教育局、市财政局。\n"
	wantRows(t, "above rule", parseAt(text), []probeRow{
		{"推进重大项目建设", []string{"市发改委", "市住建局"}, []string{"市发改委"}, nil, "", nil},
		{"优化营商环境", []string{"市政务服务中心", "市工商局"}, []string{"市政务服务中心"}, nil, "", nil},
		{"推进教育均衡发展", []string{"市教育局", "市财政局"}, []string{"市教育局"}, nil, "", []string{"lead"}},
	})
}

// ASCII full stops closing a notice's sentences (…2万人. 责任单位:市扶贫办,
// 市农委. 完成时限:…) had stayed on the last unit's name (市农委.), a unit
// of its own in the ledger, and on titles. A number's point, an item's
// number and a web address keep theirs.
func TestASCIIStops(t *testing.T) {
	text := "列第一位的为牵头部门。\n1. 推进精准扶贫,完成脱贫人口2.5万人. 责任单位:市扶贫办,市财政局,市农委. 完成时限:2015年12月底\n" +
		"2. 建设综合交通枢纽,详见www.gov.cn. 责任单位:市交通局,市发改委.\n"
	wantRows(t, "ascii stops", parseAt(text), []probeRow{
		{"推进精准扶贫,完成脱贫人口2.5万人", []string{"市扶贫办", "市财政局", "市农委"}, []string{"市扶贫办"}, nil, "2015-12-31", nil},
		{"建设综合交通枢纽,详见www.gov.cn.", []string{"市交通局", "市发改委"}, []string{"市交通局"}, nil, "", nil},
	})
	for _, s := range []string{"（1）.推进", "一.推进", "第2.3条", "(二).加强"} {
		if got := asciiStops(s); got != s {
			t.Errorf("asciiStops(%q) = %q, want it as written", s, got)
		}
	}
}

// A task sending its own data each month (每月10日前报送债务数据) had set
// the plan's reporting periods to months, due on the 10th, and silenced
// the note that the notice says nothing of reporting: the periods decide
// who is late. A sentence asking for the progress itself still sets them.
func TestScheduleNotFromTasksOwnData(t *testing.T) {
	items := "一、加强预算管理。3月底前完成部门预算批复。（责任科室：预算股）\n二、做好政府债务风险防控。每月10日前报送债务数据。（责任科室：债务管理股）\n"
	if n := parseAt(items); n.schedule.Text != "" {
		t.Errorf("a task's own data made the schedule: %q", n.schedule.Text)
	}
	if n := parseAt(items + "三、工作要求\n各股室每月10日前报送工作进展情况。\n"); n.schedule.Text == "" {
		t.Errorf("a request for progress each month no longer sets the schedule")
	}
}

// A limit set by the work's season (2025年汛期前完成…) was no date and no
// review: the task fell back to the plan's end in silence.
func TestSeasonLimitListed(t *testing.T) {
	text := "一、防汛抗旱。2025年汛期前完成山洪灾害预警设施更新。（责任股室：防汛办）\n二、城区供热。供暖季前完成管网改造。（责任单位：县住建局）\n"
	n := parseAt(text)
	for _, task := range n.Tasks {
		if !task.Due.IsZero() || !hasReview(task, "due", "时节") {
			t.Errorf("%s: due %v, review %+v; want no date and the season listed", task.Title, task.Due, task.Review)
		}
	}
}

// Parts of an item each closing with a bracket of who does them and by
// when ((县教育局负责，2025年8月底前建成)；…(…负责，年底前完成)) had kept the
// last bracket's limit and dropped the earlier, later one, in silence.
func TestPartsBracketsWithOwnLimits(t *testing.T) {
	text := "一、实施教育提质工程。一是新建城南小学（县教育局负责，2025年8月底前建成）；二是改造农村薄弱学校10所（县教育局、各乡镇人民政府负责，年底前完成）。\n"
	n := parseAt(text)
	if len(n.Tasks) != 1 || !hasReview(n.Tasks[0], "due", "2025年8月底前建成") {
		t.Fatalf("the earlier part's limit is not listed: %+v", n.Tasks)
	}
}

// A table naming the task and then its measures (重点任务 | 具体措施 | …)
// had kept the task's name and dropped the measures, the work itself, in
// silence. They are its text; a bare field (任务 | 具体措施) still makes
// each measure the task.
func TestTaskThenMeasuresColumn(t *testing.T) {
	text := "序号\t重点任务\t具体措施\t牵头单位\t责任单位\t完成时限\n" +
		"1\t优化营商环境\t全面推行“一网通办”，压缩企业开办时间至1个工作日。\t县政务服务中心\t县市场监管局\t2025年6月底前\n" +
		"2\t推进乡村振兴\t新建高标准农田2万亩。\t县农业农村局\t各乡镇\t2025年12月底前\n"
	n := parseAt(text)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %d, want 2", len(n.Tasks))
	}
	if got := n.Tasks[0]; got.Title != "优化营商环境" || !strings.Contains(got.Body, "一网通办") {
		t.Errorf("the measures are lost: title %q body %q", got.Title, got.Body)
	}
	if got := n.Tasks[1]; !strings.Contains(got.Body, "高标准农田") || got.Due.Format("2006-01-02") != "2025-12-31" {
		t.Errorf("second row: body %q due %v", got.Body, got.Due)
	}
}

// An event's month under a numbered field ((二)时间安排:2月。) had been no
// date and no review: the month's end is its due, listed.
func TestEventMonthUnderNumberedField(t *testing.T) {
	text := "根据区政协2017年工作要点，特制订2017年度协商工作计划。\n一、围绕“一府两院”工作报告开展全体协商\n(一)协商形式:区政协全体会议。\n(二)时间安排:2月。\n" +
		"(三)组织实施:由区政协主席会议组织实施。责任部门:区政协办公室。\n"
	n := parseAt(text)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %d, want 1", len(n.Tasks))
	}
	if got := n.Tasks[0]; got.Due.Format("2006-01-02") != "2017-02-28" || !hasReview(got, "due", "2月") {
		t.Errorf("due %v review %+v, want 2017-02-28 listed", got.Due, got.Review)
	}
}

// A card's line of the progress asked for after its labels
// (进度和工作成果要求:…2020年制定…) was left unread, and the task had no
// due in silence: it is the task's text, its time read as any is.
func TestProgressRequirementLine(t *testing.T) {
	text := "一、改革举措项目及院内分工\n1.严格落实各级人民法院党组的主体责任。\n牵头部门:办公厅\n参加部门:政治部、研究室\n" +
		"进度和工作成果要求:结合落实《条例》,2020年制定相关制度。\n2.健全配合参与巡视巡察机制。\n牵头部门:监察局\n"
	n := parseAt(text)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %d, want 2", len(n.Tasks))
	}
	if got := n.Tasks[0]; got.Due.Format("2006-01-02") != "2020-12-31" || !reviewed(got, "due") || !strings.Contains(got.Body, "2020年制定") {
		t.Errorf("due %v body %q review %+v", got.Due, got.Body, got.Review)
	}
}

// A label a word processor spaced out (责 任 人：吴刚) was no label: the
// line was left unread and its person lost, in silence. It reads as the
// label it is; beside a leader's own label (分管领导:王金法) the 责任人 is
// the office's staff, no leader. A problem's label (问题：) is no word of
// the task's title.
func TestSpacedLabels(t *testing.T) {
	text := "1. 问题：河长制落实不到位\n整改措施：开展河湖“清四乱”行动\n责任单位：县水利局\n责 任 人：吴刚\n整改时限：2025年6月底前\n" +
		"2. 问题：污水处理厂运行不稳定\n分管领导：王金法\n责任单位：县住建局\n责　任　人：郑伟\n完 成 时 限：2025年11月底前\n"
	wantRows(t, "spaced labels", parseAt(text), []probeRow{
		{"河长制落实不到位", []string{"县水利局"}, nil, []string{"吴刚"}, "2025-06-30", []string{"leaders"}},
		{"污水处理厂运行不稳定", []string{"县住建局"}, nil, []string{"王金法"}, "2025-11-30", nil},
	})
	if got := spacedLabels("工 作 目 标：完成"); got != "工 作 目 标：完成" {
		t.Errorf("words spaced out that make no label of responsibility were changed: %q", got)
	}
}

// A bracket naming the lead by a bare label (牵头：县农业农村局；责任单位：
// 城关镇) had lost the lead, and with it the owner and the limit of a
// bracket naming no other (牵头：高新区管委会；12月底前完成), in silence. A
// note before the lead ((此项为年度重点，县纪委监委牵头)) had become a unit;
// it is listed.
func TestBareLeadLabelInBracket(t *testing.T) {
	text := "2031年重点工作任务\n1. 推进美丽乡村示范建设（分管县领导：副县长王某某；牵头：县农业农村局；责任单位：城关镇；9月底前完成）\n" +
		"2. 完成高新区二期基础设施建设（分管县领导：县委常委李某；牵头：高新区管委会；12月底前完成）\n"
	n := parseAt(text)
	wantRows(t, "bare lead label", n, []probeRow{
		{"推进美丽乡村示范建设", []string{"县农业农村局", "城关镇"}, []string{"县农业农村局"}, []string{"副县长王某某"}, "2031-09-30", nil},
		{"完成高新区二期基础设施建设", []string{"高新区管委会"}, []string{"高新区管委会"}, []string{"县委常委李某"}, "2031-12-31", nil},
	})
	n = parseAt("1. 推进美丽乡村示范建设。（责任单位：城关镇）\n2. 开展“清廉机关”创建（此项为年度重点，县纪委监委牵头）\n")
	if len(n.Tasks) != 2 || !hasReview(n.Tasks[1], "owners", "此项为年度重点") {
		t.Errorf("a note before the lead is not listed: %+v", n.Tasks)
	}
}

// A 督办单's card under its first line (督办事项：… / 承办单位：… / 协办单位：…
// / 办结时限：… / 督办领导：…) had been read to its second line only: the
// helpers, the limit and the leader were left unread.
func TestDubanCard(t *testing.T) {
	text := "督办事项：加快推进城南污水处理厂建设，确保年底前通水运行。\n承办单位：县住建局\n协办单位：县生态环境局、县财政局\n" +
		"办结时限：2031年11月30日\n督办领导：副县长王某某\n"
	wantRows(t, "duban card", parseAt(text), []probeRow{
		{"加快推进城南污水处理厂建设，确保年底前通水运行", []string{"县住建局", "县生态环境局", "县财政局"}, nil, []string{"副县长王某某"}, "2031-11-30", []string{"owners"}},
	})
}

// Problem cards with no number (问题：… / 整改措施：… / 责任单位：… / 整改时限：…)
// under headings (一、全面从严治党方面) had been read as one task a
// heading, the second card's problem lost and its unit merged into the
// first's, in silence; with no heading the notice was refused. Each card
// is a task.
func TestUnnumberedProblemCards(t *testing.T) {
	text := "一、全面从严治党方面\n问题：“两个责任”落实不到位\n整改措施：制定党委主体责任清单。\n责任单位：县委办公室\n整改时限：2031年5月底前\n\n" +
		"问题：廉政风险防控不严\n整改措施：开展廉政风险点排查。\n责任单位：县纪委监委\n整改时限：2031年6月底前\n\n" +
		"二、选人用人方面\n问题：干部档案管理不规范\n整改措施：开展干部档案专项审核。\n责任单位：县委组织部\n整改时限：2031年7月底前\n"
	rows := []probeRow{
		{"“两个责任”落实不到位", []string{"县委办公室"}, nil, nil, "2031-05-31", nil},
		{"廉政风险防控不严", []string{"县纪委监委"}, nil, nil, "2031-06-30", nil},
		{"干部档案管理不规范", []string{"县委组织部"}, nil, nil, "2031-07-31", nil},
	}
	n := parseAt(text)
	wantRows(t, "cards under headings", n, rows)
	if n.Tasks[2].Section != "二" || !strings.Contains(n.Tasks[1].Body, "廉政风险点排查") {
		t.Errorf("section %q body %q", n.Tasks[2].Section, n.Tasks[1].Body)
	}
	wantRows(t, "cards alone", parseAt(strings.NewReplacer("一、全面从严治党方面\n", "", "二、选人用人方面\n", "").Replace(text)), rows)
}

// Items numbered with one character (⑴⑵⑶, ⒈⒉) had not been read as
// items: under a heading the heading became one task holding every
// item's units, the items after the first lost, in silence.
func TestEnclosedDigitItems(t *testing.T) {
	text := "一、整治内容\n⑴开展背街小巷卫生清理，2031年底前全面完成。责任单位：市城管局\n⑵整治马路市场。责任单位：市工商局、市城管局\n⑶治理河道污染。责任单位：市环保局\n"
	rows := []probeRow{
		{"开展背街小巷卫生清理，2031年底前全面完成", []string{"市城管局"}, nil, nil, "2031-12-31", nil},
		{"整治马路市场", []string{"市工商局", "市城管局"}, nil, nil, "", nil},
		{"治理河道污染", []string{"市环保局"}, nil, nil, "", nil},
	}
	wantRows(t, "parenthesized digits", parseAt(text), rows)
	wantRows(t, "digits with a full stop", parseAt(strings.NewReplacer("⑴", "⒈", "⑵", "⒉", "⑶", "⒊").Replace(text)), rows)
	if got := enclosedNumbers("⑿项 ⑴不在行首"); got != "(12)项 ⑴不在行首" {
		t.Errorf("enclosedNumbers = %q", got)
	}
}

// A heading and its paragraph before the first numbered items (一、王庄村、
// 李庄村 / 会议要求两村于7月底前完成土地流转。 over 二、高新区 / 1.…) had been
// kept as the letter's preamble: the work it asks was in no task and in no
// list. It is listed as perhaps a task; a plan's aims are not.
func TestHeadingParagraphLeftInPreamble(t *testing.T) {
	text := "议定事项\n一、王庄村、李庄村\n会议要求两村于7月底前完成土地流转。\n二、高新区\n1.完成道路建设，9月底前（高新区管委会）。\n2.完成招商引资10亿元，12月底前（县商务局）。\n"
	n := parseAt(text)
	if len(n.Tasks) != 2 || !slices.ContainsFunc(n.Unread, func(s Span) bool { return s.From == 2 && s.To == 3 }) {
		t.Errorf("tasks %d, unread %+v: want lines 2–3 listed", len(n.Tasks), n.Unread)
	}
	n = parseAt(strings.Replace(text, "王庄村、李庄村", "工作目标", 1))
	if slices.ContainsFunc(n.Unread, func(s Span) bool { return s.From == 2 }) {
		t.Errorf("a plan's aims listed as a task: %+v", n.Unread)
	}
}

// Items under a plan's closing part (三、保障措施 / 1.县财政局要统筹安排资金…)
// were read as tasks and only their owners listed; they are listed as
// perhaps no task. Under the part's heading with no number (工作要求 /
// 1.提高思想认识。…), numbered from 1 again after the list's items, they are
// set aside: they had been tasks, their ids made as for sections (1.0.3).
func TestClosingPartItems(t *testing.T) {
	text := "一、产业发展\n1.建设食品产业园。（责任单位：县工信局）\n2.培育龙头企业3家。（责任单位：县农业农村局）\n" +
		"三、保障措施\n1.县财政局要统筹安排资金，确保项目资金及时到位。\n2.县委督查室、县政府督查室负责跟踪督办。\n"
	n := parseAt(text)
	if len(n.Tasks) != 4 || reviewed(n.Tasks[0], "owners") || !hasReview(n.Tasks[2], "owners", "保障措施") || !hasReview(n.Tasks[3], "owners", "保障措施") {
		t.Errorf("closing part's items not listed: %+v", n.Tasks)
	}
	text = "1.建设智慧城市平台。\n牵头单位：县大数据中心\n2.推进农村厕所改造2000户。\n牵头单位：县农业农村局\n" +
		"工作要求\n1.提高思想认识。各单位要把重点工作摆在突出位置。\n2.严格督查问效。县政府督查室要对各项任务进行跟踪督办。\n"
	n = parseAt(text)
	if len(n.Tasks) != 2 || n.Tasks[1].ID != "02" {
		t.Errorf("the bare closing part's items read as tasks: %+v", n.Tasks)
	}
}

// A | row's cell breaking its names with the tag a page keeps
// (县财政局<br>县水利局) had made one unit of both, in silence.
func TestPipeCellBreakTag(t *testing.T) {
	text := "| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |\n|---|---|---|---|---|\n" +
		"| 1 | 完成高标准农田建设2万亩<br>重点在东部乡镇 | 县农业农村局 | 县财政局<br>县水利局 | 2031年底前 |\n"
	n := parseAt(text)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %d", len(n.Tasks))
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Owners, []string{"县农业农村局", "县财政局", "县水利局"}) || strings.Contains(got.Title+got.Body, "<br>") {
		t.Errorf("owners %q title %q body %q", got.Owners, got.Title, got.Body)
	}
}

// A label's list of units going on to a line of one name between two
// label lines (责任单位：县财政局 / 县住建局 / 完成时限：…), and a time
// limit's stages a line each (完成时限：2025年3月底前完成排查； / 6月底前完成
// 整治； / 长期坚持), had been left unread: a unit and the later stages
// lost, the due the first stage's, in silence.
func TestLabelValuesGoingOnOverLines(t *testing.T) {
	text := "1.新建幼儿园3所。\n牵头单位：县教育局\n责任单位：县财政局\n县住建局\n完成时限：2031年底前\n" +
		"2.开展农村人居环境整治。\n牵头单位：县农业农村局\n完成时限：2031年3月底前完成排查；\n6月底前完成整治；\n长期坚持\n"
	n := parseAt(text)
	wantRows(t, "values over lines", n, []probeRow{
		{"新建幼儿园3所", []string{"县教育局", "县财政局", "县住建局"}, []string{"县教育局"}, nil, "2031-12-31", nil},
		{"开展农村人居环境整治", []string{"县农业农村局"}, []string{"县农业农村局"}, nil, "2031-06-30", []string{"due"}},
	})
	if len(n.Tasks[1].Milestones) != 1 || len(n.Unplaced) > 0 {
		t.Errorf("milestones %+v unplaced %+v", n.Tasks[1].Milestones, n.Unplaced)
	}
}

// 督办单 cards with a short matter (督办事项：加快推进… / 承办单位：… /
// 协办单位：… / 办结时限：… / 督办领导：…): the matter had been read as the
// notice's title and the notice refused; 协办单位：无 had become a unit.
func TestDubanCardsShortMatter(t *testing.T) {
	text := "督 办 单\n\n督办事项：解决城东片区群众反映的供水不稳定问题\n承办单位：县水务集团\n协办单位：无\n办结时限：2031年9月底\n督办领导：王副县长\n\n" +
		"督办事项：处理南山矿区环境信访问题\n承办单位：县生态环境分局\n协办单位：县自然资源局、南山镇\n办结时限：2031年10月底\n督办领导：李强\n"
	wantRows(t, "duban cards", parseAt(text), []probeRow{
		{"解决城东片区群众反映的供水不稳定问题", []string{"县水务集团"}, nil, []string{"王副县长"}, "2031-09-30", []string{"owners"}},
		{"处理南山矿区环境信访问题", []string{"县生态环境分局", "县自然资源局", "南山镇"}, nil, []string{"李强"}, "2031-10-31", []string{"owners"}},
	})
}

// A leader's two-character name padded with a space (包保领导：王 伟) over a
// time limit's line had been joined with it as a label broken in two (伟 +
// 完成时限): the leader read as 王, in silence. A time limit under a label
// of its own (化解时限：…) had been no limit.
func TestPaddedLeaderAndQualifiedLimit(t *testing.T) {
	text := "1.改造城东老旧供水管网8公里。\n责任单位：县水利局\n包保领导：王 伟\n完成时限：2031年9月底\n" +
		"2.化解农民工欠薪信访案件。\n责任单位：县人社局\n化解时限：2031年5月底\n"
	wantRows(t, "padded leader", parseAt(text), []probeRow{
		{"改造城东老旧供水管网8公里", []string{"县水利局"}, nil, []string{"王 伟"}, "2031-09-30", nil},
		{"化解农民工欠薪信访案件", []string{"县人社局"}, nil, nil, "2031-05-31", nil},
	})
}

// A web copy's links after the notice (相关链接：政策解读：《…》解读 /
// 扫一扫在手机打开当前页) had made the letter's own items a list sent after
// the signature and the notice was refused: every task lost.
func TestRelatedLinksAfterSignature(t *testing.T) {
	text := "各乡镇人民政府，县政府各部门：\n现将《东湖县2031年重点工作任务分工》印发给你们，请认真贯彻执行。\n" +
		"一、加快工业园区基础设施建设。责任单位：县发改委。完成时限：2031年12月底。\n二、推进城乡供水一体化。责任单位：县水利局。完成时限：2031年8月31日。\n" +
		"东湖县人民政府办公室\n2031年3月12日\n相关链接：政策解读：《东湖县2031年重点工作任务分工》解读\n扫一扫在手机打开当前页\n"
	n := parseAt(text)
	if len(n.Tasks) != 2 || n.Issuer != "东湖县人民政府办公室" {
		t.Errorf("tasks %d issuer %q", len(n.Tasks), n.Issuer)
	}
}

// A signature dated in figures (2031-03-05, 2031.3.5) had been no date,
// and the signature over it no issuer; a title's year in full-width
// figures (２０３１年…) had started the plan at the notice's date.
func TestSignatureDateInFigures(t *testing.T) {
	for _, date := range []string{"2031-03-05", "2031.3.5"} {
		text := "关于做好２０３１年防汛抗旱工作的通知\n各乡镇：\n一、完成水库除险加固3座。责任单位：县水利局。完成时限：2031年5月31日。\n" +
			"二、修订防汛应急预案。责任单位：县应急管理局。\n县防汛抗旱指挥部办公室\n" + date + "\n"
		n := parseAt(text)
		if n.Date.Format("2006-01-02") != "2031-03-05" || n.Issuer != "县防汛抗旱指挥部办公室" || !n.yearsList() {
			t.Errorf("%s: date %v issuer %q years list %v", date, n.Date, n.Issuer, n.yearsList())
		}
	}
}

// A section naming who does its items once, under its heading (以下任务由
// 县住建局负责。) or after them (以上任务由县商务局负责; 本部分任务由县工信局
// 牵头,各乡镇配合.): the notice had been refused, the section's items set
// aside, or the last item alone given the units, in silence; and the
// sentence over the signature had been read as part of the issuer.
func TestSectionRespSentences(t *testing.T) {
	text := "2031年城乡建设重点任务\n一、城市建设\n以下任务由县住建局负责。\n1. 实施城市更新行动，年底前完成老旧小区改造10个。\n2. 推进燃气管道老化更新改造。\n" +
		"二、交通建设\n以下任务由县交通运输局牵头，县自然资源局配合。\n1. 加快国道改线工程建设，年底前通车。\n" +
		"三、工业经济\n1.推动规上工业增加值增长8%.\n2.新增规上工业企业20家.\n本部分任务由县工信局牵头,各乡镇配合.\n" +
		"四、招商引资\n1.全年引进亿元以上项目30个。\n2.举办招商推介会4场。\n以上任务由县商务局负责\n\nXX县人民政府\n2031年2月2日\n"
	n := parseAt(text)
	wantRows(t, "section sentences", n, []probeRow{
		{"实施城市更新行动，年底前完成老旧小区改造10个", []string{"县住建局"}, nil, nil, "2031-12-31", []string{"owners"}},
		{"推进燃气管道老化更新改造", []string{"县住建局"}, nil, nil, "", []string{"owners"}},
		{"加快国道改线工程建设，年底前通车", []string{"县交通运输局", "县自然资源局"}, []string{"县交通运输局"}, nil, "2031-12-31", []string{"owners"}},
		{"推动规上工业增加值增长8%", []string{"县工信局", "各乡镇"}, []string{"县工信局"}, nil, "", []string{"owners"}},
		{"新增规上工业企业20家", []string{"县工信局", "各乡镇"}, []string{"县工信局"}, nil, "", []string{"owners"}},
		{"全年引进亿元以上项目30个", []string{"县商务局"}, nil, nil, "", []string{"owners"}},
		{"举办招商推介会4场", []string{"县商务局"}, nil, nil, "", []string{"owners"}},
	})
	if n.Issuer != "XX县人民政府" {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// A rectification's card naming its owners under 整改实施主体 and its
// measures numbered under 重点措施 (1.…2.…) and its report under 整改完成
// 情况: the headings had been read as sections and each measure and each
// line of the report as a task, in silence. The card is one task; its
// fields' points are its text, listed.
func TestCardWithImplementerAndPoints(t *testing.T) {
	text := "一、整改问题\n南陵奎湖省级湿地公园巡查管护不到位,存在烧荒、倾倒建筑垃圾等现象。\n二、整改实施主体\n南陵县委、县政府\n" +
		"三、重点措施\n1.及时制止烧荒行为并按规定予以处罚,清理建筑垃圾。\n2.强化人员技能培训,加强日常巡查管护。\n四、完成时限\n立行立改、长期坚持\n" +
		"五、整改完成情况\n1.清理建筑垃圾。督促第三方物业公司,做到日集日清。\n2.加强巡查管护力度。\n"
	n := parseAt(text)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %d, want the card's one: %+v", len(n.Tasks), n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Owners, []string{"南陵县委", "县政府"}) || !strings.Contains(got.Body, "及时制止烧荒") || !reviewed(got, "due") {
		t.Errorf("owners %q body %q review %+v", got.Owners, got.Body, got.Review)
	}
}

// A leader named with a school's or a hospital's post in a bracket
// ((王静副校长牵头)) had been read as the lead unit, in silence.
func TestSchoolPostLeader(t *testing.T) {
	n := parseAt("二、责任分工\n1、宣传氛围组:(王静副校长牵头)\n2、环境整治组:(责任单位：总务处)\n")
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %d", len(n.Tasks))
	}
	got := n.Tasks[0]
	if got.Title != "宣传氛围组" || !slices.Equal(got.Leaders, []string{"王静副校长"}) || len(got.Lead) > 0 || slices.Contains(got.Owners, "王静副校长") {
		t.Errorf("title %q leaders %q lead %q owners %q", got.Title, got.Leaders, got.Lead, got.Owners)
	}
}

// A notice dated in November handing out work over the winter (今冬明春),
// its limits naming no year (2月底前, 4月底前): they had been read in the
// notice's year, before the notice was written, in silence. They are next
// year's (a month's last day staying its last), listed, and the plan's
// periods run into the next year to the last of them. A title naming next
// year's work (明年重点工作) sets the plan's year; a title's span of years
// (2031—2032年) starts it with its first.
func TestLimitsBeforeTheNoticeDate(t *testing.T) {
	text := "关于做好冬春季农田水利建设工作的通知\n各乡镇：\n一、完成小型水库除险加固。（责任单位：县水利局；完成时限：12月底前）\n" +
		"二、完成山塘清淤。（责任单位：各乡镇人民政府；完成时限：2月底前）\n三、完成渠道防渗改造。（责任单位：县水利局；完成时限：4月底前）\n" +
		"县人民政府办公室\n2031年11月5日\n"
	n := parseAt(text)
	wantRows(t, "winter work", n, []probeRow{
		{"完成小型水库除险加固", []string{"县水利局"}, nil, nil, "2031-12-31", nil},
		{"完成山塘清淤", []string{"各乡镇人民政府"}, nil, nil, "2032-02-29", []string{"due"}},
		{"完成渠道防渗改造", []string{"县水利局"}, nil, nil, "2032-04-30", []string{"due"}},
	})
	ps := n.Periods()
	if len(ps) == 0 || ps[0].ID != "2031Q4" || ps[len(ps)-1].ID != "2032Q2" {
		t.Errorf("periods %+v, want 2031Q4 to 2032Q2", ps)
	}
	n = parseAt("关于做好明年重点工作谋划的通知\n各镇：\n一、完成国土空间详细规划编制。（牵头单位：县自然资源局；完成时限：3月底前）\n县人民政府办公室\n2031年12月10日\n")
	if n.Year != 2032 || len(n.Tasks) != 1 || n.Tasks[0].Due.Format("2006-01-02") != "2032-03-31" {
		t.Errorf("next year's work: year %d tasks %+v", n.Year, n.Tasks)
	}
	n = parseAt("关于印发2031—2032年城镇化工作要点的通知\n各县：\n一、完成项目储备。（责任单位：市发改委；完成时限：6月底前）\n市人民政府办公室\n2031年4月2日\n")
	if n.Year != 2031 || n.Tasks[0].Due.Format("2006-01-02") != "2031-06-30" {
		t.Errorf("span of years: year %d due %v", n.Year, n.Tasks[0].Due)
	}
}

// A section heading's bracket naming its leader beside its lead unit
// (一、…（牵头领导：黄海；牵头单位：县乡村振兴局）) over items naming their own
// units: the leader had been given to none of them, in silence. Each item
// takes the section's leader, listed, as a bracket naming leaders alone
// gives them.
func TestHeadingLeaderBesideUnits(t *testing.T) {
	text := "一、巩固拓展脱贫攻坚成果（牵头领导：黄海；牵头单位：县乡村振兴局）\n1.新识别监测对象及时纳入帮扶。（责任单位：县民政局；完成时限：2031年12月底）\n" +
		"2.衔接资金用于产业比例不低于60%。（责任单位：县农业农村局）\n"
	n := parseAt(text)
	var items []Task
	for _, task := range n.Tasks {
		if task.Title != "巩固拓展脱贫攻坚成果" {
			items = append(items, task)
		}
	}
	if len(items) != 2 {
		t.Fatalf("items %+v", n.Tasks)
	}
	for _, task := range items {
		if !slices.Equal(task.Leaders, []string{"黄海"}) || !reviewed(task, "leaders") {
			t.Errorf("%s: leaders %q review %+v", task.Title, task.Leaders, task.Review)
		}
	}
}

// A quarter or half-year named as the figures the work is about (对一季度
// 经济运行情况开展分析, 汇总上半年…数据, 做好前三季度GDP核算) had been read as
// a time point, and as the due of an item naming no other (对第三季度末规上
// 企业入库情况进行核查), in silence. A season closing a bracket's units
// (…，各乡镇配合，汛期) had become a unit.
func TestPeriodsTheWorkIsAbout(t *testing.T) {
	text := "一、对一季度经济运行情况开展分析，2031年4月15日前形成分析报告。（责任单位：县统计局）\n" +
		"二、对第三季度末规上企业入库情况进行核查。（责任单位：县统计局）\n" +
		"三、汇总上半年固定资产投资数据并报送县政府。（责任单位：县发改局；完成时限：2031年7月10日前）\n" +
		"四、做好防汛抗旱工作。（由县水利局牵头，各乡镇配合，汛期）\n"
	n := parseAt(text)
	wantRows(t, "periods", n, []probeRow{
		{"对一季度经济运行情况开展分析，2031年4月15日前形成分析报告", []string{"县统计局"}, nil, nil, "2031-04-15", nil},
		{"对第三季度末规上企业入库情况进行核查", []string{"县统计局"}, nil, nil, "", nil},
		{"汇总上半年固定资产投资数据并报送县政府", []string{"县发改局"}, nil, nil, "2031-07-10", nil},
		{"做好防汛抗旱工作", []string{"县水利局", "各乡镇"}, []string{"县水利局"}, nil, "", []string{"due"}},
	})
	for _, task := range n.Tasks[:3] {
		if len(task.Milestones) > 0 {
			t.Errorf("%s: milestones %+v from the period the work is about", task.Title, task.Milestones)
		}
	}
}

// A task's stages under 时间节点 (a label alone, a stage a line; or on its
// line, 完成时限 under it) had been lost to the 完成时限 that followed, or
// left unread, in silence: they are its milestones, kept in its text.
func TestStagesLabelBeforeLimit(t *testing.T) {
	text := "一、举办专题招商推介会。\n牵头单位：县投资促进中心\n时间节点：\n3月底前，制定推介方案；\n5月中旬，举办长三角专场推介会；\n完成时限：2031年10月底\n" +
		"二、建立重点项目服务机制。\n牵头单位：县投资促进中心\n时间节点：2031年1季度建立机制\n完成时限：2031年12月底\n"
	n := parseAt(text)
	wantRows(t, "stages", n, []probeRow{
		{"举办专题招商推介会", []string{"县投资促进中心"}, []string{"县投资促进中心"}, nil, "2031-10-31", nil},
		{"建立重点项目服务机制", []string{"县投资促进中心"}, []string{"县投资促进中心"}, nil, "2031-12-31", nil},
	})
	if len(n.Tasks[0].Milestones) != 2 || len(n.Tasks[1].Milestones) != 1 || len(n.Unplaced) > 0 {
		t.Errorf("milestones %+v / %+v, unplaced %+v", n.Tasks[0].Milestones, n.Tasks[1].Milestones, n.Unplaced)
	}
}

// A notice whose footer names whom it is reported to (报送：县委常委。)
// before 抄送 and 印发 had been read as a letter over a list after its
// signature, and refused: every task lost. Bare units in a bracket with
// 下同 ((县政务服务中心、县数据局，下同)), and bare units after a stop with a
// limit after them (…。（县市场监管局、县司法局）2031年6月底前。), had named
// no one, their section set aside in silence; a first-listed-leads rule in
// the closing requirements (…（排在第一位的为牵头单位）抓好落实) had been
// left unread, every lead empty.
func TestFooterCarriedBracketsClosingRule(t *testing.T) {
	n := parseAt("1.修路。责任单位：县交通局。\n2.建桥。责任单位：县住建局。\n\n××县人民政府\n2031年7月10日\n\n报送：县委常委。\n抄送：县委办公室。\n××县人民政府办公室　　2031年7月10日印发\n")
	if len(n.Tasks) != 2 {
		t.Errorf("the footer's 报送 line: tasks %d", len(n.Tasks))
	}
	text := "一、提升政务服务效能\n1.推行“一件事一次办”。（县政务服务中心、县数据局，下同）\n2.深化“证照分离”改革。（县市场监管局、县司法局）2031年6月底前。\n3.推行“免申即享”。\n" +
		"二、降低企业成本\n4.落实减税降费政策（县税务局、县财政局）。\n三、工作要求\n各单位要按照任务分工（排在第一位的为牵头单位）抓好落实。\n"
	n = parseAt(text)
	wantRows(t, "carried and closing rule", n, []probeRow{
		{"推行“一件事一次办”", []string{"县政务服务中心", "县数据局"}, []string{"县政务服务中心"}, nil, "", nil},
		{"深化“证照分离”改革", []string{"县市场监管局", "县司法局"}, []string{"县市场监管局"}, nil, "2031-06-30", nil},
		{"推行“免申即享”", []string{"县政务服务中心", "县数据局"}, nil, nil, "", []string{"owners"}},
		{"落实减税降费政策", []string{"县税务局", "县财政局"}, []string{"县税务局"}, nil, "", nil},
	})
}

// A task's own limit saying how often it reports (完成时限：每月25日前报送
// 进展) had set the plan's periods over the closing requirements'
// schedule (每季度末5日前将进展情况报县政府督查室). A leader's label with a
// level before it (市政府分管领导：) had been no label; its value ran on to
// the limit after the stop (副市长 郑华。2031年11月底前全部开工。), the limit
// read into the leader, in silence.
func TestOwnScheduleAndLeaderLabels(t *testing.T) {
	text := "（一）开工建设城市更新项目50个。牵头单位：市住建局。市政府分管领导：副市长 郑华。2031年11月底前全部开工。\n" +
		"（二）新建改造城市道路40公里。\n责任单位：市城管局\n市政府分管领导：郑华\n" +
		"（三）研究确定年度民生实事。\n责任单位：县政府办公室\n完成时限：每月25日前报送进展\n" +
		"四、工作要求\n各责任单位要高度重视，每季度末5日前将进展情况报县政府督查室。\n"
	n := parseAt(text)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %d", len(n.Tasks))
	}
	if got := n.Tasks[0]; !slices.Equal(got.Leaders, []string{"副市长 郑华"}) || got.Due.Format("2006-01-02") != "2031-11-30" {
		t.Errorf("leaders %q due %v", got.Leaders, got.Due)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Leaders, []string{"郑华"}) {
		t.Errorf("the qualified leader label: leaders %q", got.Leaders)
	}
	if !strings.Contains(n.schedule.Text, "每季度末") {
		t.Errorf("schedule %q, want the closing requirements'", n.schedule.Text)
	}
}

// Owners joined by 以及 (各乡镇人民政府以及县交通运输局, 县市场监管局 以及
// 县教体局) had been one unit or a garbled one; a company and a group
// joined by 及 (华润燃气有限公司及县城投集团) one unit; a unit's leader in a
// bracket after it (县教体局（分管领导：刘芳）, 县退役军人事务局（局长：赵勇）)
// had broken the unit's name, or been kept in it; a post before a name
// among the owners (局长李强) had been a unit, in silence.
func TestOwnerJoinsAndBracketLeaders(t *testing.T) {
	text := "一、做好转移安置准备。责任单位：县民政局、各乡镇人民政府以及县交通运输局。\n二、整治校园周边食品安全。责任单位：县市场监管局 以及 县教体局。\n" +
		"三、保障天然气供应。责任单位：吉水县华润燃气有限公司及县城投集团。\n四、推进智慧校园建设。责任单位：县教体局（分管领导：刘芳）。完成时限：2031年8月底。\n" +
		"五、做好退役军人服务保障。责任单位：县退役军人事务局（局长：赵勇）、各乡镇人民政府。\n六、加快乡镇文化站提质。责任单位：县文广新旅局，局长李强负责。\n"
	n := parseAt(text)
	wantRows(t, "owner joins", n, []probeRow{
		{"做好转移安置准备", []string{"县民政局", "各乡镇人民政府", "县交通运输局"}, nil, nil, "", nil},
		{"整治校园周边食品安全", []string{"县市场监管局", "县教体局"}, nil, nil, "", nil},
		{"保障天然气供应", []string{"吉水县华润燃气有限公司", "县城投集团"}, nil, nil, "", nil},
		{"推进智慧校园建设", []string{"县教体局"}, nil, []string{"刘芳"}, "2031-08-31", nil},
		{"做好退役军人服务保障", []string{"县退役军人事务局", "各乡镇人民政府"}, nil, []string{"局长赵勇"}, "", nil},
		{"加快乡镇文化站提质", []string{"县文广新旅局"}, nil, []string{"局长李强"}, "", []string{"leaders"}},
	})
}

// An item's sub-items on lines of their own, each with its own bracket,
// and one leaders' line after the last (6.… / （1）…（县委巡察办负责，3月底前）
// / （2）… / 责任领导：刘建国、周强): the leaders had gone to the last
// sub-item alone, in silence.
func TestLeadersAfterSubItems(t *testing.T) {
	text := "6.上轮巡视整改不彻底的问题\n整改措施：\n（1）逐项回头看，开展评估（县委巡察办负责，2031年3月底前）；\n" +
		"（2）对未完成整改事项建立销号台账（县纪委监委负责，2031年4月底前）；\n责任领导：刘建国、周强\n"
	n := parseAt(text)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for _, task := range n.Tasks {
		if !slices.Equal(task.Leaders, []string{"刘建国", "周强"}) {
			t.Errorf("%s: leaders %q", task.Title, task.Leaders)
		}
	}
	if !reviewed(n.Tasks[0], "leaders") {
		t.Errorf("the first sub-item's leaders are not listed: %+v", n.Tasks[0].Review)
	}
}

// A due date before the notice was issued, written with its year
// (完成农村改厕1.2万户，2030年底前已完成部分纳入考核 in a notice of 2031), had
// been taken in silence: it is listed.
func TestDueBeforeIssueListed(t *testing.T) {
	n := parseAt("一、完成农村改厕1.2万户，2030年底前已完成部分纳入考核。（责任单位：县农业农村局）\n二、新建公厕20座。（责任单位：县城管局；完成时限：2031年10月底）\n县人民政府办公室\n2031年2月20日\n")
	if len(n.Tasks) != 2 || !hasReview(n.Tasks[0], "due", "早于通知印发") || hasReview(n.Tasks[1], "due", "早于通知印发") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// Late-session probe: a numbered heading that is the section's sentence
// (二、以下任务由县卫健委负责。) had left the items of the whole notice
// unread; a due date in the month just before the notice's stayed in the
// past in silence; a title's span starting the year after the notice
// (2032—2034年, issued in December 2031) left the plan in 2031; a meeting
// (局长办公会) and a unit's 指导 read as owners; a hall's head in its
// bracket (县文化馆（馆长：周涛）) was kept in the unit's name.
func TestLateSessionProbe(t *testing.T) {
	n := parseAt("一、基础建设\n1.新建学校2所，2031年8月底前完成。（责任单位：县教体局）\n二、以下任务由县卫健委负责。\n2.开展学生体检，2031年10月底前完成。\n")
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[1].Owners, []string{"县卫健委"}) {
		t.Errorf("the heading sentence: %+v", n.Tasks)
	}
	n = parseAt("一、完成三季度经济运行分析，9月底前完成。（责任单位：县统计局）\n县人民政府办公室\n2031年10月15日\n")
	if len(n.Tasks) != 1 || !hasReview(n.Tasks[0], "due", "早于通知印发") {
		t.Errorf("the month just gone: %+v", n.Tasks)
	}
	n = parseAt("关于印发2032—2034年数字经济发展行动方案的通知\n一、制定数字经济促进条例，年底前完成。（责任单位：市司法局）\n市人民政府\n2031年12月10日\n")
	if n.Year != 2032 || len(n.Tasks) != 1 || n.Tasks[0].Due.Format("2006-01-02") != "2032-12-31" {
		t.Errorf("a span from next year: year %d tasks %+v", n.Year, n.Tasks)
	}
	n = parseAt("一、引进亿元以上项目10个。（县商务局负责，由局长办公会研究确定具体方案）\n二、推进王庄村集体经济发展。（王庄村负责，县农业农村局指导）\n三、推进非遗保护传承。责任单位：县文化馆（馆长：周涛）\n")
	if len(n.Tasks) != 3 || !hasReview(n.Tasks[0], "owners", "局长办公会") || !slices.Equal(n.Tasks[1].Owners, []string{"王庄村", "县农业农村局"}) ||
		!slices.Equal(n.Tasks[2].Owners, []string{"县文化馆"}) || !slices.Equal(n.Tasks[2].Leaders, []string{"馆长周涛"}) {
		t.Errorf("owners: %+v", n.Tasks)
	}
}

// An event's month run on with the next field (1.时间安排：9月 / 2.地点：
// 王庄村, its fields joined) had not been read: no due and no review. It
// is the month's end, listed, as a limit naming a month is its end.
func TestBareMonthLimits(t *testing.T) {
	text := "关于举办2031年全县系列文体活动的通知\n一、农民丰收节\n1.时间安排：9月\n2.地点：王庄村\n3.承办单位：县农业农村局\n" +
		"二、秋季运动会\n责任单位：县教体局\n完成时限：10月\n"
	n := parseAt(text)
	wantRows(t, "bare months", n, []probeRow{
		{"农民丰收节", []string{"县农业农村局"}, nil, nil, "2031-09-30", []string{"due"}},
		{"秋季运动会", []string{"县教体局"}, nil, nil, "2031-10-31", nil},
	})
}

// A section's closing sentence in brackets, read with its last item as
// the item's bracket (2.推进长江大保护。 / （以上任务由市生态环境局负责）), had
// given its units to the last item alone; the items before it are listed
// as naming no one no more: they take its units, listed.
func TestClosingBracketSpeaksForSection(t *testing.T) {
	text := "二、加强生态保护\n1. 开展蓝天保卫战。\n2. 推进长江大保护。\n（以上任务由市生态环境局负责）\n"
	wantRows(t, "closing bracket", parseAt(text), []probeRow{
		{"开展蓝天保卫战", []string{"市生态环境局"}, nil, nil, "", []string{"owners"}},
		{"推进长江大保护", []string{"市生态环境局"}, nil, nil, "", nil},
	})
}

// A table's column of fields before its measures (序号 | 领域 | 具体措施 |
// …), a cell merged over its rows and given on the first, had been
// dropped: the field's words were in no task. Each row's task keeps its
// field in its text.
func TestTableFieldColumnKept(t *testing.T) {
	text := "序号\t领域\t具体措施\t牵头单位\t完成时限\n1\t政务服务\t推行企业开办“一日办结”。\t市政务服务中心\t2031年6月底前\n" +
		"2\t\t推广电子证照应用。\t市大数据局\t2031年12月底前\n3\t要素保障\t降低企业用电成本。\t市发改局\t2031年12月底前\n"
	n := parseAt(text)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %d", len(n.Tasks))
	}
	for i, want := range []string{"政务服务", "政务服务", "要素保障"} {
		if !strings.Contains(n.Tasks[i].Body, "领域："+want) {
			t.Errorf("task %d body %q, want its field %s", i+1, n.Tasks[i].Body, want)
		}
	}
}

// Stages under 进度安排： (a stage a line, no 完成时限 after them) had been
// left unread, the task with no due in silence: the last stage is its
// due, the others its milestones.
func TestProgressArrangementStages(t *testing.T) {
	text := "2031年重点项目推进任务清单\n1.推进县医院新院区建设。\n责任单位：县卫健委\n进度安排：\n4月底前完成土地征收；\n8月底前完成主体封顶。\n"
	n := parseAt(text)
	wantRows(t, "进度安排", n, []probeRow{
		{"推进县医院新院区建设", []string{"县卫健委"}, nil, nil, "2031-08-31", nil},
	})
	if len(n.Tasks[0].Milestones) != 1 || len(n.Unplaced) > 0 {
		t.Errorf("milestones %+v unplaced %+v", n.Tasks[0].Milestones, n.Unplaced)
	}
}
