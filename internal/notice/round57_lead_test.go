package notice

import (
	"strings"
	"testing"
)

// Round 57, on probes 42 and 43's leftovers and the sets gathered this round.

// An item's closing clause naming its helpers was cut where they held a
// kind of bodies before 和 (社会组织和各社区: owner "社会", silent), a
// bracket (各村(社区)) or a company leading (国网XX县供电公司牵头): the
// units were lost. Helpers written first (由物业公司和社区居委会配合,县住建
// 局牵头) gave the lead alone; an item opening with its lead and its work
// (县教体局牵头检查学校食堂) lost helpers in a clause after the work.
func TestClosingAndHeadHelpers(t *testing.T) {
	n := parseAt("XX县2023年城乡建设重点工作\n1.推进农村污水治理,县生态环境分局牵头,县城投公司和各村(社区)配合,12月底前完成。\n" +
		"2.推进社区养老,县民政局牵头,社会组织和各社区配合。\n3.做好供电保障,国网XX县供电公司牵头,各乡镇配合。\n" +
		"4.做好物业管理,由物业公司和社区居委会配合,县住建局牵头;\n5.做好供水,由县自来水公司和各乡镇配合,县水利局负责;\n" +
		"6.县教体局牵头检查学校食堂,县市场监管局配合。\n7.县市场监管局牵头检查,县商务局配合,开展节前食品安全检查。\n")
	wantRows(t, "closing", n, []probeRow{
		{"推进农村污水治理", []string{"县生态环境分局", "县城投公司", "各村(社区)"}, []string{"县生态环境分局"}, nil, "2023-12-31", nil},
		{"推进社区养老", []string{"县民政局", "社会组织", "各社区"}, []string{"县民政局"}, nil, "", nil},
		{"做好供电保障", []string{"国网XX县供电公司", "各乡镇"}, []string{"国网XX县供电公司"}, nil, "", nil},
		{"做好物业管理", []string{"县住建局", "物业公司", "社区居委会"}, []string{"县住建局"}, nil, "", nil},
		{"做好供水", []string{"县水利局", "县自来水公司", "各乡镇"}, nil, nil, "", nil},
		{"县教体局牵头检查学校食堂", []string{"县教体局", "县市场监管局"}, []string{"县教体局"}, nil, "", nil},
		{"县市场监管局牵头检查", []string{"县市场监管局", "县商务局"}, []string{"县市场监管局"}, nil, "", nil},
	})
	for _, tk := range n.Tasks[:5] {
		if strings.Contains(tk.Title, "牵头") || strings.Contains(tk.Title, "配合") {
			t.Errorf("task %s keeps its clause in the title: %q", tk.ID, tk.Title)
		}
	}
}

// A carry-forward rule written 不再逐一列出 was read as an owner; and a
// rule giving every item below a name that names no unit (相关乡镇政府为
// 责任主体,以下不再列出) said so on its own item only.
func TestRuleCarriesOpenNames(t *testing.T) {
	n := parseAt("XX市排水防涝行动计划\n一、全面排查\n(一)城市排水防涝设施。排查排涝通道。(住房和城乡建设部牵头,城市人民政府负责落实。以下均需城市人民政府落实,不再逐一列出)\n" +
		"(二)城市防洪工程设施。排查堤防。(水利部)\n")
	wantRows(t, "zhuyi", n, []probeRow{
		{"城市排水防涝设施", []string{"住房和城乡建设部", "城市人民政府"}, []string{"住房和城乡建设部"}, nil, "", nil},
		{"城市防洪工程设施", []string{"水利部", "城市人民政府"}, nil, nil, "", []string{"owners"}},
	})
	n = parseAt("XX县地下水超采综合治理实施方案\n二、重大举措\n1.强化节水宣传教育。研究制定节水宣传教育实施方案。(牵头部门:县水利局;配合部门:县委宣传部,县教育局。相关乡镇政府为责任主体,以下不再列出)\n" +
		"2.实施农业节水增效。大力推广农业节水措施。(牵头部门:县农业农村局;配合部门:县自然资源和规划局)\n")
	wantRows(t, "open", n, []probeRow{
		{"强化节水宣传教育", []string{"县水利局", "县委宣传部", "县教育局"}, []string{"县水利局"}, nil, "", []string{"owners"}},
		{"实施农业节水增效", []string{"县农业农村局", "县自然资源和规划局"}, []string{"县农业农村局"}, nil, "", []string{"owners"}},
	})
}

// A sub-heading naming a body's duties ((一)旗民政局职责:承担…) over duties
// numbered 1、 gave no task at all: the notice was refused. The body is
// the owner of each duty under it, listed; a heading of the members' duties
// (三、成员单位职责) or a post's (各村党组织意识形态工作职责) names no body.
func TestBodyDutiesHeading(t *testing.T) {
	n := parseAt("(一)旗民政局职责:承担对全旗社会救助工作的监管责任,负责制定社会救助相关政策。\n1、指导苏木镇按照救助制度开展社会救助相关工作;\n" +
		"2、 组织开展苏木镇社会救助经办人员的业务培训;\n(二)苏木镇职责:苏木镇作为赋权事项的审核审批责任主体。\n1、全面做好社会救助类统计报表、档案管理工作;\n" +
		"(三)镇乡工作职责\n1.落实场地,准备桌凳;\n")
	wantRows(t, "duties", n, []probeRow{
		{"指导苏木镇按照救助制度开展", []string{"旗民政局"}, nil, nil, "", []string{"owners"}},
		{"组织开展苏木镇社会救助经办人员", []string{"旗民政局"}, nil, nil, "", []string{"owners"}},
		{"全面做好社会救助类统计报表", []string{"苏木镇"}, nil, nil, "", []string{"owners"}},
		{"落实场地,准备桌凳", []string{"镇乡"}, nil, nil, "", []string{"owners"}},
	})
	if len(n.Sections) == 0 || n.Sections[0].Title != "旗民政局职责" {
		t.Errorf("sections %+v, want the first titled 旗民政局职责", n.Sections)
	}
	n = parseAt("XX县防汛工作方案\n三、成员单位职责\n1.县应急管理局负责综合协调。\n2.县水利局负责水利工程调度。\n")
	wantRows(t, "members", n, []probeRow{
		{"县应急管理局负责综合协调", []string{"县应急管理局"}, nil, nil, "", nil},
		{"县水利局负责水利工程调度", []string{"县水利局"}, nil, nil, "", nil},
	})
}

// A hall named with its level opening an item with 负责 (市文化馆负责节目的
// 组织实施) was no owner, where a bureau in its place was.
func TestHallOpensDuty(t *testing.T) {
	n := parseAt("XX市2023年重点工作\n1.市委宣传部负责活动的总协调;\n2.市文化馆负责节目的组织实施。\n3.县图书馆负责图书的采购工作。\n4.市文广新局负责节目的组织实施。\n")
	wantRows(t, "hall", n, []probeRow{
		{"市委宣传部负责活动的总协调", []string{"市委宣传部"}, nil, nil, "", nil},
		{"市文化馆负责节目的组织实施", []string{"市文化馆"}, nil, nil, "", nil},
		{"县图书馆负责图书的采购工作", []string{"县图书馆"}, nil, nil, "", nil},
		{"市文广新局负责节目的组织实施", []string{"市文广新局"}, nil, nil, "", nil},
	})
}
