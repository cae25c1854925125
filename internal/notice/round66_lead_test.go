package notice

import "testing"

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
