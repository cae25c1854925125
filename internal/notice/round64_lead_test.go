package notice

import (
	"testing"
)

// Round 64: the silent findings probe 66 left of older rules.

// A division of duties by department whose departments are headings of
// their own ((一)发改委: / 1.负责… / 2.牵头申报…): the heading's body owns
// each numbered duty under it, leads one opening with 牵头, and a bracket
// naming only who helps ((县科技局配合)) adds the helper, no longer
// taking the item whole (it had made 县科技局 the only owner, in
// silence, and the first department's duties were not read at all). A
// heading naming a topic (项目建设:) gives no owner.
func TestDepartmentHeadingOverDuties(t *testing.T) {
	text := "一、各部门职责\n（一）发改委：\n1.负责重大项目储备。\n2.牵头申报中央预算内投资项目。\n" +
		"（二）经信委：\n1.负责工业经济运行监测。\n2.牵头推广节能降耗新技术（县科技局配合）。\n"
	wantRows(t, "heading", parseAt(text), []probeRow{
		{"负责重大项目储备", []string{"发改委"}, nil, nil, "", []string{"owners"}},
		{"牵头申报中央预算内投资项目", []string{"发改委"}, []string{"发改委"}, nil, "", []string{"owners"}},
		{"负责工业经济运行监测", []string{"经信委"}, nil, nil, "", []string{"owners"}},
		{"牵头推广节能降耗新技术", []string{"经信委", "县科技局"}, []string{"经信委"}, nil, "", []string{"owners"}},
	})
	topic := "一、重点工作\n（一）项目建设：\n1.推进重大项目储备（县发改委负责）。\n2.开展项目观摩（县重点办负责）。\n"
	wantRows(t, "topic", parseAt(topic), []probeRow{
		{"推进重大项目储备", []string{"县发改委"}, nil, nil, "", nil},
		{"开展项目观摩", []string{"县重点办"}, nil, nil, "", nil},
	})
}

// The same duties on one line each: a closing bracket naming only who
// helps (经信委:牵头推广…(县科技局配合)) and a label naming only the lead
// (林业局:负责森林防火;牵头单位:县应急管理局) had taken the item whole, the
// department before the colon lost in silence; a lead named inside the
// duty (牵头单位为县城管委, 会同发改委牵头推进) was dropped unlisted.
func TestDutyLineHelpersAndNamedLeads(t *testing.T) {
	text := "一、各部门职责\n（一）发改委：负责重大项目储备。\n（二）经信委：牵头推广节能降耗新技术（县科技局配合）。\n" +
		"（三）林业局：负责森林防火；牵头单位：县应急管理局。\n（四）住建局：负责城市管理；牵头单位为县城管委。\n" +
		"（五）财政局：负责资金拨付；会同发改委牵头推进专项债券项目申报。\n"
	n := parseAt(text)
	wantRows(t, "duties", n, []probeRow{
		{"负责重大项目储备", []string{"发改委"}, nil, nil, "", []string{"owners"}},
		{"牵头推广节能降耗新技术", []string{"经信委", "县科技局"}, []string{"经信委"}, nil, "", []string{"owners"}},
		{"负责森林防火", []string{"林业局", "县应急管理局"}, []string{"县应急管理局"}, nil, "", []string{"owners"}},
		{"负责城市管理", []string{"住建局"}, nil, nil, "", []string{"owners", "lead"}},
		{"负责资金拨付", []string{"财政局"}, nil, nil, "", []string{"owners", "lead"}},
	})
	if reviewed(n.Tasks[0], "lead") {
		t.Errorf("a duty naming no lead is listed for its lead: %+v", n.Tasks[0].Review)
	}
}
