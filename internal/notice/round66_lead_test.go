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
