package notice

import (
	"slices"
	"strings"
	"testing"
)

// unreadAt is the run of lines listed as read as no task that covers
// line, if any.
func unreadCovering(n *Notice, line int) (Span, bool) {
	for _, s := range n.Unread {
		if s.From <= line && line <= s.To {
			return s, true
		}
	}
	return Span{}, false
}

// A table whose cells a page set apart by single spaces (平顶山's 河长制
// 任务分解表, round 14) is read by no rule: its rows fell into the
// preamble and the import found no task, saying nothing of them. The
// rows are listed as lines that look like tasks, by range.
func TestUnreadTableRowsAreListed(t *testing.T) {
	text := "平顶山市全面推行河长制主要任务分解表\n\n" +
		"序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n" +
		"1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动。到2020年,全市用水总量控制在11.88亿立方米以内。 市水利局 市发展改革委、工业和信息化委、住房和城乡建设局、农业局等 各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会\n" +
		"2  严守用水 效率控制 红线 落实万元国内生产总值水耗指标等用水效率评估体系。 市水利局 市发展改革委、工业和信息化委、住房和城乡建设局等 各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会\n"
	n := Parse(text, today)
	if len(n.Tasks) != 0 {
		t.Skipf("the table is read now (%d tasks): this test is for a layout no rule reads", len(n.Tasks))
	}
	for _, line := range []int{4, 5} {
		s, ok := unreadCovering(n, line)
		if !ok || !strings.Contains(s.Text.Zh, "没有读作任务") || !strings.Contains(s.Text.Zh, "请核对是否漏了任务") || s.Text.En == "" {
			t.Errorf("row on line %d is not listed: %+v", line, n.Unread)
		}
	}
	if len(n.Unread) > 0 {
		if got := n.SpanText(n.Unread[0]).Zh; !strings.HasPrefix(got, "第 3–5 行") {
			t.Errorf("the span is said as %q", got)
		}
	}
}

// A progress table's header run together on one line
// (实事内容工作任务责任单位进展情况, round 13) was read as the list's title and
// its row as preamble: the header and the lines under it are listed.
func TestUnreadHeaderRunTogether(t *testing.T) {
	text := "主题:\n教育惠民\n实事内容工作任务责任单位进展情况\n一季度二季度三季度四季度\n" +
		"教育惠民启动学校空调、新风系统加装工程,年内完成公办幼儿园、公办小学空调和新风系统加装。\n\n区教育局,各平台、镇街\n\n" +
		"完成调查摸底工作,拟定空调及新风净化系统加装项目实施方案。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 0 {
		t.Skipf("the table is read now")
	}
	s, ok := unreadCovering(n, 5)
	if !ok || s.From != 3 || !strings.Contains(s.Text.Zh, "有表头，但表中的行没有读作任务") {
		t.Errorf("the unread table is not listed from its header: %+v", n.Unread)
	}
}

// Items a page ran together with a separator of its own between them
// (一、背街小巷>1.…>2.…(责任单位:…)) are one task: the task is listed as
// holding items not read as tasks of their own. (三亚's 督查 list of round
// 14, served as one line of HTML paragraphs, was such a case; its markup
// is now read as the page shows it, TestHTMLPage.)
func TestRunTogetherItemsAreListed(t *testing.T) {
	text := "督查组进行专项检查,突出问题如下:\n一、背街小巷>1.儋州南二巷门口杂物乱堆乱放>2.儋州南二巷车辆乱停放现象普遍。(责任单位:市综合行政执法局天涯分局)\n"
	n := Parse(text, today)
	s, ok := unreadCovering(n, 2)
	if !ok || !strings.Contains(s.Text.Zh, "的内容中还有几个编号的条目，没有分别读作任务") {
		t.Errorf("items run into one task are not listed: tasks %d, %+v", len(n.Tasks), n.Unread)
	}
}

// What the nets must not do: list a notice read right. A covering letter
// that names units and a time limit, its recipients on a line without a
// colon, a numbered letter paragraph and a list read whole give no run of
// lines to check.
func TestUnreadQuietOnNoticesReadRight(t *testing.T) {
	text := "区人民政府办公室关于印发2025年重点工作任务分解方案的通知\n" +
		"各街道办事处、乡人民政府,区人民政府各部门,各有关单位\n" +
		"现印发给你们，请区发改局于12月底前汇总报送完成情况。\n" +
		"一、加强组织领导。各责任单位要高度重视，区政府办公室负责督办。\n" +
		"2025年重点工作任务分解方案\n" +
		"1.开展督查，5月底前完成。（区督查室负责）\n" +
		"2.整治环境，9月底前完成。（区环保局牵头，各街道配合）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || len(n.Unread) != 0 {
		t.Errorf("tasks %d, unread %+v", len(n.Tasks), n.Unread)
	}
}

// A numbered paragraph whose responsibility no rule reads ((X负责) then a
// label no rule knows on the same line) is no task; its whole text is
// kept among the lines not placed, not its title alone, and it is listed.
func TestUnownedItemKeepsItsTextAndIsListed(t *testing.T) {
	n := Parse("1.开展督查，5月底前完成。（县督查室负责）主要协作单位：县财政局\n", today)
	if len(n.Tasks) != 0 {
		t.Skipf("the item is read now")
	}
	if len(n.Unplaced) != 1 || !strings.Contains(n.Unplaced[0].Text, "主要协作单位：县财政局") {
		t.Errorf("the item's text is not kept: %+v", n.Unplaced)
	}
	if _, ok := unreadCovering(n, 1); !ok {
		t.Errorf("the item is not listed: %+v", n.Unread)
	}
}

// An owner whose name holds what no unit's name holds (省政务办等各有关部门
// 和单位, 江苏 round 14: an open tail run into the name) is listed; so is a
// task whose text still holds a responsibility label after reading (the
// units after it were not read), and 相关市(州)人民政府, which leaves open
// which of them.
func TestOddOwnersAndLabelsLeftAreListed(t *testing.T) {
	has := func(t Task, field, want string) bool {
		for _, r := range t.Review {
			if r.Field == field && strings.Contains(r.Text.Zh, want) && r.Text.En != "" {
				return true
			}
		}
		return false
	}
	odd := Parse("2022年工作要点\n1﹒打造“苏服办”总门户。6月底前,制定发布管理规范。(责任单位:省政务办等各有关部门和单位,各设区市人民政府)\n", today)
	if len(odd.Tasks) != 1 {
		t.Fatalf("tasks %+v", odd.Tasks)
	}
	for _, o := range odd.Tasks[0].Owners {
		if strings.Contains(o, "等") && !has(odd.Tasks[0], "owners", "“"+o+"”不像一个单位的名称（其中有“等”）") {
			t.Errorf("an owner with 等 inside is not listed: %q %+v", o, odd.Tasks[0].Review)
		}
	}
	if strings.Join(odd.Tasks[0].Owners, "、") != "省政务办等各有关部门和单位、各设区市人民政府" {
		t.Logf("owners read as %q: this case no longer needs the net", odd.Tasks[0].Owners)
	}
	lead := Parse("2022年工作要点\n1.打造总门户。(牵头单位:省政务办等各有关部门和单位)\n", today)
	if len(lead.Tasks) != 1 {
		t.Fatalf("tasks %+v", lead.Tasks)
	}
	if k := lead.Tasks[0]; slices.Contains(k.Lead, "省政务办等各有关部门和单位") && !has(k, "lead", "不像一个单位的名称") {
		t.Errorf("a lead with 等 inside is not listed: %+v", k.Review)
	}
	left := Parse("2022年工作要点\n1.开展督查，5月底前完成。（县督查室负责）\n2.整治环境，县环保局牵头，责任单位：各镇。（县环保局负责）\n", today)
	if len(left.Tasks) != 2 {
		t.Fatalf("tasks %+v", left.Tasks)
	}
	if k := left.Tasks[1]; strings.Contains(k.Title+k.Body, "责任单位：") && !has(k, "owners", "任务的内容中还有“责任单位：”") {
		t.Errorf("a label left in the task's text is not listed: %q %v %+v", k.Title, k.Owners, k.Review)
	} else if !strings.Contains(k.Title+k.Body, "责任单位：") {
		t.Logf("the label is read now: %v", k.Owners)
	}
	some := Parse("2022年方案\n1.加强市场体系建设。(责任单位:省市场监管局、相关市(州)人民政府)\n", today)
	if len(some.Tasks) != 1 || !has(some.Tasks[0], "owners", "“相关市(州)人民政府”没有说明是其中哪些") {
		t.Errorf("相关市(州)人民政府 is not listed: %+v", some.Tasks)
	}
}

// Tables whose rows no rule read, drawn as pages serve them (round 13's
// before-state): a header flattened one cell to a line over rows flattened
// too, and rows apart by | whose unit cells name stations (安监站 安监所):
// the whole table is listed, from its header to where it ends.
func TestUnreadTablesOfOtherDrawings(t *testing.T) {
	flat := Parse("2021年任务清单\n\n考核项目\n\n序号\n\n考核指标\n\n考核内容\n\n单位\n\n年度目标\n\n"+
		"农业高质高效\n\n确保粮食和重要农产品有效供给\n\n农林牧渔业增加值增幅\n\n%\n\n≥2%\n\n县海洋与渔业局\n\n县农业农村局\n", today)
	if len(flat.Tasks) == 0 {
		if s, ok := unreadCovering(flat, 17); !ok || s.From > 3 || s.To < 27 {
			t.Errorf("a flattened table no rule read is not listed whole: %+v", flat.Unread)
		}
	}
	piped := Parse("徐庄镇2017年度安全生产专项整治工作计划\n一、专项整治安排\n专项整治行业 | 时间 | 负责 |\n"+
		"烟花爆竹 | 1月份 | 安监站 安监所 |\n危险化学品 | 2月份 | 安监站 |\n交通运输 | 12月份 | 超限站 交警六中队 |\n", today)
	if len(piped.Tasks) == 0 {
		for _, line := range []int{4, 5, 6} {
			if _, ok := unreadCovering(piped, line); !ok {
				t.Errorf("row %d naming stations is not listed: %+v", line, piped.Unread)
			}
		}
	}
}

// A label line left after a task (主要协作单位：… under 牵头责任单位：…,
// 灵璧 round 13, before a rule read it) is listed on that task's owners;
// numbered lines left unread inside a task's lines (1﹒ items under 一、
// whose label lines went to the heading, 安徽 round 12, before a rule read
// 1﹒; here 1) items) are listed as lines to check.
func TestLinesLeftInsideTasksAreListed(t *testing.T) {
	has := func(k Task, field, want string) bool {
		for _, r := range k.Review {
			if r.Field == field && strings.Contains(r.Text.Zh, want) && r.Text.En != "" {
				return true
			}
		}
		return false
	}
	n := Parse("2021年任务分解\n1.开展督查。（县督查室负责）\n协作单位:县财政局\n2.整治环境。（县环保局负责）\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if !slices.Contains(n.Tasks[0].Owners, "县财政局") && !has(n.Tasks[0], "owners", "第 3 行的“协作单位:县财政局”没有读进任务 01 的责任单位") {
		t.Errorf("the label line left after task 01 is not listed: %v %+v", n.Tasks[0].Owners, n.Tasks[0].Review)
	}
	inside := Parse("2022年重点工作\n一、确保完成全年主要预期目标\n1)全省生产总值增长7%以上。\n牵头单位:省发展改革委\n2)固定资产投资增长10%以上。\n牵头单位:省发展改革委\n3)社会消费品零售总额增长9%左右。\n牵头单位:省商务厅\n", today)
	if len(inside.Tasks) == 1 {
		for _, line := range []int{5, 7} {
			if _, ok := unreadCovering(inside, line); !ok {
				t.Errorf("numbered line %d inside task 01 is not listed: %+v %+v", line, inside.Unread, inside.Unplaced)
			}
		}
	}
}

// A table of rows one to a line copied out of a PDF (怀远's, in the PDF
// probe's copy): the line breaks inside rows 3 and 4 (a progress cell,
// a unit's name: 经济和信息化 / 局) left them and row 5 unread after the
// rows read, with no label, no
// place-named unit and no time limit to look like a task's. The numbering
// going on from the tasks read lists them.
func TestUnreadRowsNumberedOnFromTasks(t *testing.T) {
	text := "序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况\n" +
		"1 地区生产总值增长9%以上。 路 军 发展改革委 数据上报中\n" +
		"2 固定资产投资增长10%。 路 军 发展改革委 1-2月份,我县完\n成固定资产投资18.6亿元。\n" +
		"　　3 社会消费品零售总额增长11%。 屈 磊 商务局 截至2月份,\n我县限额以上社会消费品零售额累计完成6.69亿元。\n" +
		"　　4 规模以上工业增加值增长10%以上。 屈 磊 经济和信息化\n局 规上工业增加值2月累计增速39.9%。\n" +
		"5\n单位生产总值能耗、主要污染物排放均控制在上级下达的目标以内。\n路 军\n发展改革委\n"
	n := Parse(text, today)
	if len(n.Tasks) > 2 {
		t.Skipf("tasks %d: the rows are read otherwise now", len(n.Tasks))
	}
	for _, line := range []int{5, 7, 9, 10} {
		s, ok := unreadCovering(n, line)
		if !ok || !strings.Contains(s.Text.Zh, "接着已读任务编号") {
			t.Errorf("line %d is not listed: %+v", line, n.Unread)
		}
	}
	// Numbers that do not go on from the tasks read are not listed: a
	// preamble's 1. 2. above the tasks, a figure opening a line of text.
	quiet := Parse("关于印发2024年重点工作的通知\n\n1.总体要求。\n2.工作目标。\n\n重点任务\n\n1.建设产业园。（责任单位：县工信局）\n2.新建学校。（责任单位：县教育局）\n"+
		"2024年底前完成。\n7 个项目已开工。\n", today)
	for _, s := range quiet.Unread {
		if strings.Contains(s.Text.Zh, "接着已读任务编号") {
			t.Errorf("listed: %+v", s)
		}
	}
}
