package notice

import (
	"slices"
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
