package notice

import (
	"slices"
	"strings"
	"testing"
)

// Items whose last clause names who leads and who helps with no bracket,
// label or words pointing back (…。市文化广电旅游局牵头，市教育局配合。) were
// read as having no owner; where the clause stood after the item's date
// sentence, a rule for a first paragraph of units took the clause and the
// date was lost.
func TestClosingUnitsClause(t *testing.T) {
	const head = "关于印发2023年文化工作要点的通知\n各区人民政府，市政府各部门：\n一、重点任务\n1."
	const tail = "\n2.实施文物保护工程。（责任单位：市文物局）\n"
	for _, c := range []struct {
		body, title string
		owners      []string
		lead        []string
		due         string
	}{
		{"开展全民阅读活动。市文化广电旅游局牵头，市教育局配合。", "开展全民阅读活动", []string{"市文化广电旅游局", "市教育局"}, []string{"市文化广电旅游局"}, ""},
		{"开展全民阅读活动，市文化广电旅游局牵头，市教育局、各区政府配合，2023年10月底前完成。", "开展全民阅读活动", []string{"市文化广电旅游局", "市教育局", "各区政府"}, []string{"市文化广电旅游局"}, "2023-10-31"},
		{"开展全民阅读活动，2023年10月底前完成。由市文化广电旅游局牵头，各区配合。", "开展全民阅读活动，2023年10月底前完成", []string{"市文化广电旅游局", "各区"}, []string{"市文化广电旅游局"}, "2023-10-31"},
		{"推进公共文化服务体系建设。市委宣传部、市文明办负责，各区配合。", "推进公共文化服务体系建设", []string{"市委宣传部", "市文明办", "各区"}, nil, ""},
		{"推进公共文化服务体系建设。市委宣传部负责。", "推进公共文化服务体系建设", []string{"市委宣传部"}, nil, ""},
	} {
		n := Parse(head+c.body+tail, today)
		if len(n.Tasks) != 2 {
			t.Errorf("%s: tasks %d, want 2", c.body, len(n.Tasks))
			continue
		}
		tk := n.Tasks[0]
		if tk.Title != c.title || !slices.Equal(tk.Owners, c.owners) || !slices.Equal(tk.Lead, c.lead) || dueOf(tk) != c.due || !reviewed(tk, "owners") {
			t.Errorf("%s:\n title %q owners %q lead %q due %q review %+v\nwant %q %q %q %q, listed", c.body, tk.Title, tk.Owners, tk.Lead, dueOf(tk), tk.Review, c.title, c.owners, c.lead, c.due)
		}
	}
	// Words that name no unit, or a date clause that names helpers, are no
	// such clause: the owners stay empty and listed as missing.
	for _, body := range []string{"推进公共文化服务体系建设，主要领导负责。", "推进公共文化服务体系建设，有关部门负责。"} {
		n := Parse(head+body+tail, today)
		if len(n.Tasks) != 2 || len(n.Tasks[0].Owners) != 0 {
			t.Errorf("%s: %+v", body, n.Tasks)
		}
	}
	// 由X与Y牵头: both lead, the clause's helpers owners too.
	n := Parse("5.城镇体系规划。提出方案。由市城规局与11个县区政府牵头,市发改委参与,7月1日完成。\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"市城规局", "11个县区政府"}) || !slices.Contains(n.Tasks[0].Owners, "市发改委") {
		t.Errorf("two leads joined by 与: %+v", n.Tasks)
	}
}

// A table's task cell opening with a decimal figure (1.5万名教师…) lost its
// "1." as if it were the row's number; a year after an item's number
// (5.2006年春完成…) is still the number and the item's words.
func TestDecimalOpensCell(t *testing.T) {
	n := Parse("某县2023年教育重点工作任务清单\n序号 |\n工作任务 |\n责任单位 |\n完成时限 |\n1 |\n1.5万名教师完成全员轮训 |\n县教育局 |\n2023年12月底 |\n"+
		"2 |\n新建幼儿园3所 |\n县教育局、县住建局 |\n2023年9月底 |\n", today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "1.5万名教师完成全员轮训" {
		t.Errorf("decimal cell: %+v", n.Tasks)
	}
	if !decimalHeadRe.MatchString("2.35亿元用于") || decimalHeadRe.MatchString("5.2006年春完成") {
		t.Error("decimalHeadRe")
	}
}

// dueOf is a task's due as written in its file, "" for none.
func dueOf(t Task) string {
	if t.Due.IsZero() {
		return ""
	}
	return t.Due.Format("2006-01-02")
}

// A town's inspection notice whose copy wrote its lost spaces as ?
// (???(一)第一检查督导组; / 责任领导:胡小波 ?杨 ?剑): the groups were read as
// no items (the sections over them became the tasks), the leaders kept
// the ?. An open name ending a label's line (所涉建设单位) took the next
// labelled line (检查范围:…) as more names; the town at the title's head
// is the issuer.
func TestLostSpacesAndTownIssuer(t *testing.T) {
	n := Parse("卢市镇关于做好安全生产大检查的通知\n一、检查整改时间\n2021年3月7日-3月10日\n三、分组情况\n"+
		"???(一)第一检查督导组;\n责任领导:胡小波 ?杨 ?剑\n责任单位:扶贫办、财管所、所涉建设单位\n检查范围:扶贫项目、财管所改扩建项目工地,福利院。\n"+
		"?(二)第二检查督导组;\n责任领导:艾 ?进\n责任单位:农 办、供电所\n检查范围:加油站。\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if a := n.Tasks[0]; a.Title != "第一检查督导组" || !slices.Equal(a.Leaders, []string{"胡小波", "杨 剑"}) || !slices.Equal(a.Owners, []string{"扶贫办", "财管所"}) || !reviewed(a, "owners") {
		t.Errorf("first group: %q leaders %q owners %q review %+v", a.Title, a.Leaders, a.Owners, a.Review)
	}
	if b := n.Tasks[1]; !slices.Equal(b.Leaders, []string{"艾 进"}) {
		t.Errorf("second group's leader: %q", b.Leaders)
	}
	if n.Issuer != "卢市镇" {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// A bulletin of inspection findings, each with a line 整改措施:由X督促… or
// 由X负责…: the body urged to act, or the task force named with its
// place, is the owner; 联合 inside a task force's name joins nothing.
func TestRectifyByWhom(t *testing.T) {
	n := Parse("11月8日市容环境综合整治情况的通报\n县双创办巡查,发现存在以下问题亟待整改:\n1、广伟商城户外宣传广告破损。\n整改措施:由县住建局督促商户更换。\n"+
		"2、新正街人行道多处水果摊贩流动经营。\n整改措施:由市容环境综合整治联合执法工作组负责整治。\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"县住建局"}) || !slices.Equal(n.Tasks[1].Owners, []string{"市容环境综合整治联合执法工作组"}) {
		t.Errorf("owners: %+v", n.Tasks)
	}
	for _, tk := range n.Tasks {
		if !reviewed(tk, "owners") {
			t.Errorf("%s: owners read from the text, not listed", tk.Title)
		}
	}
}

// Probe 20 of the closing-clause rule and the running-text rules beside it:
// each case read wrongly, most in silence, before.
func TestProbe20Readings(t *testing.T) {
	const head = "关于印发2023年重点工作任务分工方案的通知\n各区人民政府，市政府各部门：\n一、重点任务\n1."
	const tail = "\n2.开展老旧小区改造。（责任单位：市住建局）\n"
	first := func(body string) Task {
		t.Helper()
		n := Parse(head+body+tail, today)
		if len(n.Tasks) < 2 {
			t.Fatalf("%s: tasks %+v", body, n.Tasks)
		}
		return n.Tasks[0]
	}
	// 由X牵头 before the closing clause leads; the clause's units own.
	if tk := first("开展校园安全专项整治，由市教育局牵头，市财政局、各区政府负责，2023年底前完成。"); !slices.Equal(tk.Lead, []string{"市教育局"}) ||
		!slices.Equal(tk.Owners, []string{"市教育局", "市财政局", "各区政府"}) || tk.Title != "开展校园安全专项整治" {
		t.Errorf("lead before the clause: %q owners %q lead %q", tk.Title, tk.Owners, tk.Lead)
	}
	// The words of the sentence before a name are no unit: no owner,
	// listed as missing.
	for _, body := range []string{"编制城市更新专项规划，经市规划委员会审议后，报市政府负责。", "做好防汛抗旱工作，汛期值班市应急管理局负责。",
		"压实属地责任，督促各区政府负责。", "重大活动安保工作市公安局牵头，负责制定方案并组织实施。"} {
		if tk := first(body); len(tk.Owners) != 0 || !reviewed(tk, "owners") {
			t.Errorf("%s: owners %q review %+v", body, tk.Owners, tk.Review)
		}
	}
	// A person, a post, a meeting, those the work concerns: no owners.
	for _, body := range []string{"落实意识形态工作责任制，由市委书记负责。", "重大事项提交市政府常务会议研究，由市政府常务会议负责。",
		"做好城市门前三包工作，由沿街商户负责。", "由居民自行负责，做好房屋安全自查。", "落实安全生产主体责任，开展隐患排查，由企业负责。"} {
		if tk := first(body); len(tk.Owners) != 0 || !reviewed(tk, "owners") {
			t.Errorf("%s: owners %q review %+v", body, tk.Owners, tk.Review)
		}
	}
	// 由张华副市长负责，市发改委牵头，各区政府配合 on the item's own line.
	if tk := first("由张华副市长负责，市发改委牵头，各区政府配合，加快推进重大项目建设。"); !slices.Equal(tk.Leaders, []string{"张华副市长"}) ||
		!slices.Equal(tk.Lead, []string{"市发改委"}) || !slices.Equal(tk.Owners, []string{"市发改委", "各区政府"}) {
		t.Errorf("leader, lead, helpers: leaders %q lead %q owners %q", tk.Leaders, tk.Lead, tk.Owners)
	}
	// 上述工作，X牵头，Y配合 on a line of its own: the pointing words go too.
	if tk := first("开展全民阅读活动。\n上述工作，市委宣传部牵头，各区配合。"); strings.Contains(tk.Body, "上述工作") || !slices.Equal(tk.Lead, []string{"市委宣传部"}) {
		t.Errorf("pointing back: body %q lead %q", tk.Body, tk.Lead)
	}
	// The text names a unit leading that the bracket leaves out: listed.
	if tk := first("开展校园周边环境整治，市公安局牵头，市市场监管局配合。（责任单位：市教育局）"); !slices.Equal(tk.Owners, []string{"市教育局"}) || !reviewed(tk, "owners") {
		t.Errorf("text's lead beside the bracket: owners %q review %+v", tk.Owners, tk.Review)
	}
	if tk := first("由市公安局牵头，开展校园周边环境整治。（责任单位：市教育局、市公安局）"); len(tk.Lead) == 0 && !reviewed(tk, "lead") {
		t.Errorf("text's lead not read, not listed: %+v", tk)
	}
	// Headings with a paragraph each closing with who does the work, then
	// a section of numbered items: the headings are tasks, not preamble.
	n := Parse("关于印发2023年重点工作任务分工方案的通知\n一、繁荣文化事业\n（一）开展全民阅读活动\n办好书香节，推动书香城市建设。\n市文化广电旅游局牵头，市教育局配合。\n"+
		"（二）实施文物保护工程\n加强文物安全巡查。\n市文物局负责。\n二、改善人居环境\n1.开展老旧小区改造。（责任单位：市住建局）\n2.推进生活垃圾分类。（责任单位：市城管局）\n", today)
	if len(n.Tasks) != 4 || n.Tasks[0].Title != "开展全民阅读活动" || !slices.Equal(n.Tasks[0].Lead, []string{"市文化广电旅游局"}) || !slices.Equal(n.Tasks[1].Owners, []string{"市文物局"}) {
		t.Errorf("headings with closing clauses: %+v", n.Tasks)
	}
	// A table numbered in its task cells: 2.3所… is row 2, not a decimal.
	n = Parse("某县2023年教育重点工作任务清单\n工作任务 |\n责任单位 |\n完成时限 |\n1.新建幼儿园2所 |\n县教育局 |\n2023年12月底 |\n"+
		"2.3所薄弱学校完成改造 |\n县教育局、县住建局 |\n2023年10月底 |\n", today)
	if len(n.Tasks) != 2 || n.Tasks[1].Title != "3所薄弱学校完成改造" {
		t.Errorf("counted row: %+v", n.Tasks)
	}
}

// A time limit that is a span read as its first month's end (2024年9月—12月
// due 09-30), or gave no due, in silence.
func TestSpanLimit(t *testing.T) {
	for _, c := range []struct{ limit, due string }{
		{"完成时限：2024年9月—12月", "2024-12-31"},
		{"完成时限：2024年9-12月", "2024-12-31"},
		{"完成时限：2024年10月至2025年3月", "2025-03-31"},
		{"完成时限：2024年1月1日至12月31日", "2024-12-31"},
		{"完成时限：2024年至2025年", "2025-12-31"},
		{"县公安局负责，2024年1月1日至12月31日", ""},
	} {
		n := Parse("关于印发2024年重点工作任务清单的通知\n一、重点任务\n1.推进老旧小区改造。（责任单位：市住建局；"+c.limit+"）\n", today)
		if len(n.Tasks) != 1 || dueOf(n.Tasks[0]) != c.due || !reviewed(n.Tasks[0], "due") {
			t.Errorf("%s: %+v", c.limit, n.Tasks)
		}
	}
}

// Probe 21 of round 47's rules: each case read wrongly, most in silence,
// before.
func TestProbe21Readings(t *testing.T) {
	// A bare 名称 column holding a category shared by rows: the work's
	// text is the task, the category kept under it.
	n := Parse("XX县关于印发2024年民生实事项目任务清单的通知\n序号\t名称\t工作任务\t责任单位\t完成时限\n1\t教育\t新建城区幼儿园2所，新增学位540个\t县教育局\t2024年8月底\n"+
		"2\t教育\t改造农村薄弱学校10所\t县教育局\t2024年10月底\n3\t卫生\t为65岁以上老人免费体检\t县卫健委\t2024年12月底\n", today)
	if len(n.Tasks) != 3 || n.Tasks[0].Title != "新建城区幼儿园2所，新增学位540个" || !strings.Contains(n.Tasks[0].Body, "教育") {
		t.Errorf("category column: %+v", n.Tasks)
	}
	// A name in the 名称 column is the title, the work's text its body.
	n = Parse("某县城管局2014年工作台账\n名 称 |\n责任单位 |\n工作任务与目标 |\n门前六包 |\n市容大队 |\n保持门店门前清洁有序,杜绝随意堆放生活垃圾。 |\n"+
		"商贩疏导工程 |\n市容大队 |\n结合市民需求,合理规划临时市场。 |\n", today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "门前六包" || !strings.Contains(n.Tasks[0].Body, "保持门店门前清洁有序") {
		t.Errorf("name column's body: %+v", n.Tasks)
	}
	// A meeting over the work is no leader and no owner; the units after
	// it are read, listed.
	n = Parse("关于印发2024年财政重点工作的通知\n一、重点任务\n1.由市长办公会负责，市财政局牵头，加强预算绩效管理。\n2.由市长常务会议负责，市发改委牵头，加强财政资源统筹。\n", today)
	for _, tk := range n.Tasks {
		if len(tk.Leaders) != 0 || len(tk.Lead) != 1 || slices.ContainsFunc(tk.Owners, func(o string) bool { return strings.Contains(o, "会") }) || !reviewed(tk, "owners") {
			t.Errorf("meeting: %q leaders %q lead %q owners %q", tk.Title, tk.Leaders, tk.Lead, tk.Owners)
		}
	}
	// A real question mark after a space stays where no line shows the
	// copy lost its spaces as ?.
	n = Parse("关于解决“办证难 ?办证慢”问题的通知\n一、重点任务\n1.解决“办证难 ?办证慢”问题。（责任单位：县行政审批局）\n", today)
	if len(n.Tasks) != 1 || !strings.Contains(n.Tasks[0].Title, "办证难 ?办证慢") {
		t.Errorf("question mark: %+v", n.Tasks)
	}
	// 联合 inside a body's name, and between two bodies.
	n = Parse("关于印发2024年城管重点工作的通知\n一、重点任务\n1.开展占道经营专项整治。（市城管局联合执法支队负责）\n2.开展违法建设专项整治。（责任单位：市城管局联合市自然资源局）\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"市城管局联合执法支队"}) || !slices.Equal(n.Tasks[1].Owners, []string{"市城管局", "市自然资源局"}) {
		t.Errorf("联合: %+v", n.Tasks)
	}
	// The text closing with units a label leaves out: listed.
	n = Parse("关于印发2024年文化惠民重点任务的通知\n1.开展送戏下乡500场，各区政府负责。\n牵头单位：市文旅局\n完成时限：2024年12月底\n", today)
	if len(n.Tasks) != 1 || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("closing units beside a label: %+v", n.Tasks)
	}
	// Who answers if something happens is no owner of the item.
	n = Parse("关于印发2024年安全生产重点工作任务的通知\n一、压实安全生产责任\n1.严格落实党政同责、一岗双责，发生重大事故的，各区政府负责。\n2.建立隐患排查台账。（责任单位：市应急管理局）\n", today)
	if len(n.Tasks) != 2 || len(n.Tasks[0].Owners) != 0 {
		t.Errorf("conditional clause: %+v", n.Tasks[0])
	}
	// More spans, and a span that is a stage before the deadline.
	for _, c := range []struct{ limit, due string }{
		{"2024.09-2024.12", "2024-12-31"},
		{"2024年9月—2025年", "2025-12-31"},
		{"2024年底-2025年上半年", "2025-06-30"},
		{"2024年12月10日—20日", "2024-12-20"},
		{"2023年11月—2月", "2024-02-29"},
		{"2023年-2024年3月", "2024-03-31"},
		{"2024年6月—8月排查，9月底前完成整改", "2024-09-30"},
	} {
		n := Parse("关于印发2024年重点工作任务清单的通知\n一、重点任务\n1.推进老旧小区改造。（责任单位：市住建局；完成时限："+c.limit+"）\n", today)
		if len(n.Tasks) != 1 || dueOf(n.Tasks[0]) != c.due {
			t.Errorf("%s: due %q, want %s", c.limit, dueOf(n.Tasks[0]), c.due)
		}
	}
	// An event's 活动时间 that is a span is how long it runs: no due, listed.
	n = Parse("某县春节文化活动日程安排\n序号\t活动内容\t活动时间\t主办单位\n1\t首届厨艺大赛\t2011年11月20日至2011年12月31日\t县委宣传部\n2\t迎春文艺汇演\t2012年1月20日至2012年1月22日\t县文化局\n", today)
	if len(n.Tasks) != 2 || dueOf(n.Tasks[0]) != "" || !reviewed(n.Tasks[0], "due") {
		t.Errorf("event span: %+v", n.Tasks)
	}
}

// An item naming its own owners and no lead under a section heading whose
// bracket names the lead: the section's lead is not the item's in silence.
func TestSectionLeadNotTaken(t *testing.T) {
	n := Parse("XX市关于印发2024年优化营商环境重点任务的通知\n一、提升政务服务效能（牵头单位：市政务服务局）\n1.推行“一件事一次办”，年内实现50个事项集成办理，各区政府负责。\n"+
		"2.推进“跨省通办”，拓展通办事项范围。\n", today)
	if len(n.Tasks) != 2 || len(n.Tasks[0].Lead) != 0 || !reviewed(n.Tasks[0], "lead") {
		t.Errorf("section's lead: %+v", n.Tasks)
	}
	if !slices.Equal(n.Tasks[1].Lead, []string{"市政务服务局"}) {
		t.Errorf("item naming no one takes the section's: %+v", n.Tasks[1])
	}
}
