package notice

import (
	"slices"
	"strings"
	"testing"
)

// A table flattened with each cell on a line of its own opening with "| "
// and each row closed by a lone "|" (set 61's 长沙 table): the lead's
// name broken a few characters a line is one name; a row with fewer cells
// than the header takes the cells it left out (merged over it) from the
// row above, each listed.
func TestLeadingPipeTable(t *testing.T) {
	n := Parse("牵头单位\n| 目 标 任 务\n| 责 任 单 位\n|\n"+
		"市政\n府办\n公厅\n| 强化行政监督,自觉接受人大和政协监督\n| 市直各单位、各区县市\n|\n"+
		"推进国家安全工作发展\n| 市直各单位、各区县市\n|\n"+
		"市\n发\n改\n委\n| 地区生产总值增长13%\n| 统计局、各区县市\n|\n"+
		"固定资产投资增长20%\n|\n", today)
	type row struct {
		title         string
		owners, lead  []string
		listed        []string
		listedNothing bool
	}
	want := []row{
		{"强化行政监督,自觉接受人大和政协监督", []string{"市政府办公厅", "市直各单位", "各区县市"}, []string{"市政府办公厅"}, nil, true},
		{"推进国家安全工作发展", []string{"市政府办公厅", "市直各单位", "各区县市"}, []string{"市政府办公厅"}, []string{"lead"}, false},
		{"地区生产总值增长13%", []string{"市发改委", "统计局", "各区县市"}, []string{"市发改委"}, nil, true},
		{"固定资产投资增长20%", []string{"市发改委", "统计局", "各区县市"}, []string{"市发改委"}, []string{"owners", "lead"}, false},
	}
	if n.Title != "" {
		t.Errorf("title %q: the header's cells are no title", n.Title)
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(n.Tasks), len(want), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if tk.Title != w.title || !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Lead, w.lead) {
			t.Errorf("task %s: %q %q lead %q, want %q %q lead %q", tk.ID, tk.Title, tk.Owners, tk.Lead, w.title, w.owners, w.lead)
		}
		for _, f := range w.listed {
			if !reviewed(tk, f) {
				t.Errorf("task %s: %s taken from the row above and not listed", tk.ID, f)
			}
		}
		if w.listedNothing && (reviewed(tk, "owners") || reviewed(tk, "lead")) {
			t.Errorf("task %s: a whole row listed: %+v", tk.ID, tk.Review)
		}
	}
}

// A row of such a table that is never closed by its lone "|" ends the
// table: the lines after it are no cells.
func TestLeadingPipeTableUnclosed(t *testing.T) {
	n := Parse("牵头单位\n| 目标任务\n| 责任单位\n|\n市发改委\n| 地区生产总值增长13%\n| 统计局\n|\n"+
		"一、其他事项\n各单位要认真落实。\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市发改委", "统计局"}) {
		t.Errorf("tasks %q", owned(n))
	}
}

// A table run together one row a line (a yearbook's 表1): the header's
// names with nothing between them, each row's number glued to its text and
// its first unit to the text's last full stop, more units one a line. The
// table's own title over 表1, naming the year and the government, is the
// title and names the issuer, not the article's heading over it.
func TestJoinedLineTable(t *testing.T) {
	n := Parse("政府26件实事工程暖人心\n\n【概 况】 2009年,市政府组织实施为民办26件实事项目,至年底已经基本完成。\n"+
		"2009年盐城市政府26件为民办实事工程项目\n表1\n序号项目名称责任单位\n"+
		"1切实解决市区低收入家庭住房困难,对5300户低收入住房困难家庭实现应保尽保。市房管局\n"+
		"2对城北小区等2个小区进行重点整治;对4个易淹片区进行排水专项整治。市房管局\n市建设局\n亭湖区政府\n"+
		"3进一步推进新型农村合作医疗工作,人均筹资100元以上。市卫生局\n", today)
	if n.Title != "2009年盐城市政府26件为民办实事工程项目" || n.Issuer != "盐城市政府" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	want := [][]string{{"市房管局"}, {"市房管局", "市建设局", "亭湖区政府"}, {"市卫生局"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
	if len(n.Tasks) == 3 && (!strings.HasPrefix(n.Tasks[1].Title, "对城北小区") || strings.Contains(n.Tasks[1].Title, "市房管局")) {
		t.Errorf("task 2's title %q", n.Tasks[1].Title)
	}
	// A line of names run together that are no such header is text.
	if h := joinedHeader("序号工作进展情况说明"); h != nil {
		t.Errorf("header %q", h)
	}
}

// A lunar day an event plan names is the calendar's day of the festival
// the notice plans for, listed; a day work starts from is no due.
func TestLunarDays(t *testing.T) {
	for _, c := range []struct {
		day  string
		year int
		want string
	}{
		{"正月十五", 2017, "2017-02-11"}, {"正月初一", 2024, "2024-02-10"}, {"大年初三", 2024, "2024-02-12"},
		{"除夕", 2025, "2025-01-28"}, {"腊月二十三", 2017, "2017-01-20"}, {"腊月廿九", 2024, "2024-02-08"},
		{"正月十五", 1990, "1990-02-10"}, {"正月十五", 2050, "2050-02-06"},
	} {
		d, ok := lunarDate(c.day, c.year)
		if !ok || d.Format("2006-01-02") != c.want {
			t.Errorf("%s of %d: %v %v, want %s", c.day, c.year, d, ok, c.want)
		}
	}
	for _, c := range []struct {
		day  string
		year int
	}{{"腊月三十", 2025}, {"正月十五", 1989}, {"正月十五", 2051}, {"冬月初一", 2020}} {
		if d, ok := lunarDate(c.day, c.year); ok {
			t.Errorf("%s of %d: %v, want none", c.day, c.year, d)
		}
	}
	n := Parse("关于开展2017年春节文化活动的通知\n一、活动安排\n1、正月十五,县文联在老干部活动中心举办书画展。\n"+
		"2、从正月初八开始,县文化馆负责组织送戏下乡。\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("%d tasks", len(n.Tasks))
	}
	if got := n.Tasks[0].Due.Format("2006-01-02"); got != "2017-02-11" || !reviewed(n.Tasks[0], "due") {
		t.Errorf("正月十五: due %s, listed %v", got, reviewed(n.Tasks[0], "due"))
	}
	if !n.Tasks[1].Due.IsZero() {
		t.Errorf("a start (从正月初八开始) read as due %v", n.Tasks[1].Due)
	}
}

// Set 63, measured unseen: a province's division under headings naming
// who leads the work under each ((一)省监察厅牵头的工作). The unit leads,
// whether the heading is the task (its paragraph unnumbered, with or
// without 协同单位) or heads items naming only the units that help; the
// governor in the section heading is one person, not two names run
// together; a heading task is numbered as its sub-section (1.1).
func TestLeadNamingHeadings(t *testing.T) {
	n := Parse("山西省人民政府关于印发2008年省人民政府工作目标责任分解的通知\n一、孟学农省长负责的工作\n全面负责省人民政府工作任务的落实。\n"+
		"(一)省监察厅牵头的工作\n加强行政监察工作,全面落实政府系统党风廉政建设责任制。\n"+
		"(二)省审计厅牵头的工作\n全面加强审计工作。\n协同单位:省直各部门和各市人民政府。\n"+
		"(三)省人民政府办公厅牵头的工作\n1.加强政府自身建设,切实优化政务环境。\n协同单位:省财政厅和各市人民政府。\n"+
		"2.认真执行省人大及其常委会的各项决议。\n协同单位:省人事厅。\n", today)
	want := []struct {
		id, title string
		owners    []string
	}{
		{"1.1", "省监察厅牵头的工作", []string{"省监察厅"}},
		{"1.2", "省审计厅牵头的工作", []string{"省审计厅", "省直各部门", "各市人民政府"}},
		{"1.3.1", "加强政府自身建设,切实优化政务环境", []string{"省人民政府办公厅", "省财政厅", "各市人民政府"}},
		{"1.3.2", "认真执行省人大及其常委会的各项决议", []string{"省人民政府办公厅", "省人事厅"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks: %q", len(n.Tasks), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if tk.ID != w.id || tk.Title != w.title || !slices.Equal(tk.Owners, w.owners) || len(tk.Lead) != 1 || tk.Lead[0] != w.owners[0] {
			t.Errorf("task %s %q owners %q lead %q, want %s %q %q", tk.ID, tk.Title, tk.Owners, tk.Lead, w.id, w.title, w.owners)
		}
		if !slices.Equal(tk.Leaders, []string{"孟学农省长"}) || !reviewed(tk, "leaders") {
			t.Errorf("task %s leaders %q", tk.ID, tk.Leaders)
		}
		for _, r := range tk.Review {
			if strings.Contains(r.Text.Zh, "两个人名") {
				t.Errorf("task %s: %s", tk.ID, r.Text.Zh)
			}
		}
	}
}

// Set 62, measured unseen: a table flattened with each cell on its line
// and a lone "|" on the line after it, the leaders' headings in rows of
// their own between the numbered rows.
func TestBarCellTable(t *testing.T) {
	n := Parse("序号\n|\n重点工作任务\n|\n责任单位\n|\n(一)刘忻市长牵头重点工作\n|\n1\n|\n"+
		"学懂弄通做实习近平新时代中国特色社会主义思想,严守政治纪律和政治规矩。\n|\n市政府各直属单位\n|\n"+
		"(二)戴建平常务副市长牵头重点工作\n|\n2\n|\n加快建设城西科创大走廊,\n打造创新策源地。\n|\n市科技局、市发改委\n|\n"+
		"3\n|\n加大项目建设力度。\n|\n市发改委\n|\n", today)
	want := []struct {
		owners  []string
		leaders []string
	}{
		{[]string{"市政府各直属单位"}, []string{"刘忻市长"}},
		{[]string{"市科技局", "市发改委"}, []string{"戴建平常务副市长"}},
		{[]string{"市发改委"}, []string{"戴建平常务副市长"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks: %q", len(n.Tasks), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		if !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Leaders, w.leaders) {
			t.Errorf("task %s %q: owners %q leaders %q, want %q %q", tk.ID, tk.Title, tk.Owners, tk.Leaders, w.owners, w.leaders)
		}
	}
	if !strings.HasPrefix(n.Tasks[1].Title, "加快建设城西科创大走廊") || strings.Contains(n.Tasks[1].Title, "|") {
		t.Errorf("task 2's title %q", n.Tasks[1].Title)
	}
}

// Set 62, measured unseen: a résumé site's copy of a city's division of
// the province's tasks, flattened one cell a line with no bars: the site's
// name and its 位置: breadcrumb are no title; the header's last name is no
// label over the first heading; a header cell's note (2项配合工作) does not
// make the task column a partners' one; the province's lead under a row
// (省牵头单位:省商务厅) is no owner of the city's; a row numbered 1* is row 1.
func TestProvinceTasksOfACity(t *testing.T) {
	n := Parse("豆豆简历馆\n位置:首页 > 职场 > 工作报告\n2021年省政府工作报告重点工作涉杭任务责任分解\n"+
		"一、省政府工作报告重点工作涉杭任务\n序号\n重点工作任务(杭州市2项配合工作)\n责任单位\n(一)王宏副市长牵头重点工作\n1\n"+
		"加强粮食和重要农产品保障,严格保护永久基本农田。\n市农业农村局、市商务局\n省牵头单位:省农业农村厅\n"+
		"二、省政府工作报告2021年重点工作涉杭任务\n序号\n重点工作任务(杭州市2项牵头工作、19项配合工作)\n责任单位\n(一)戴建平常务副市长牵头重点工作\n1*\n"+
		"大力推进杭州城西科创大走廊建设。\n市科技局、市发改委\n", today)
	if n.Title != "2021年省政府工作报告重点工作涉杭任务责任分解" {
		t.Errorf("title %q", n.Title)
	}
	want := [][]string{{"市农业农村局", "市商务局"}, {"市科技局", "市发改委"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	for _, tk := range n.Tasks {
		if len(tk.Lead) > 0 || len(tk.Leaders) != 1 {
			t.Errorf("task %s lead %q leaders %q", tk.ID, tk.Lead, tk.Leaders)
		}
		for _, r := range tk.Review {
			if r.Field == "owners" {
				t.Errorf("task %s listed: %s", tk.ID, r.Text.Zh)
			}
		}
	}
	if !strings.Contains(n.Tasks[0].Body, "省牵头单位:省农业农村厅") {
		t.Errorf("the province's lead line is lost from the task's text: %q", n.Tasks[0].Body)
	}
}

// Set 62, measured unseen: a portal's bulleted index whose values stand
// on the lines under their labels, and labels left empty (有效性:, 字体大小:)
// over the page's title and its first heading: the index's number is no
// title, the title and the heading no values of the empty labels.
func TestBulletIndexValuesBelow(t *testing.T) {
	n := Parse("  • 信息索引号:\n\n    11330922090963010M/2023-31395\n\n  • 主题分类:\n\n  • 发布机构:\n\n    嵊泗县人民政府办公室\n\n"+
		"  • 成文日期:\n\n    2023-02-22\n\n  • 有效性:\n\n2023年政府工作报告重点工作责任分解\n\n发布时间:2023-02-22 09:12\n\n字体大小:\n\n"+
		"一、杨松县长牵头重点工作\n\n1.一般公共预算收入与经济增长基本同步。\n\n责任单位:县财政局\n", today)
	if n.Title != "2023年政府工作报告重点工作责任分解" || n.Issuer != "嵊泗县人民政府办公室" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Leaders, []string{"杨松县长"}) {
		t.Errorf("tasks %+v: the heading naming the leader was lost", n.Tasks)
	}
}

// Set 65, measured unseen: a provincial department dividing the
// province's tasks among its sections (处): a bracket of sections names
// owners (工资处、就管中心); a lone sub-item numbered past 1 with its own
// bracket, under an item naming no one, is the task. A table's 负责科室
// column after 牵头单位 is the lead's own section, no owner.
func TestDepartmentSections(t *testing.T) {
	n := Parse("对省政府2007年工作目标任务中涉及我厅目标任务分解落实方案\n一、目标分解\n5.城镇居民人均可支配收入增长9%。 (工资处、就管中心)\n"+
		"7.城镇登记失业率控制在4%。 (就业处、就管中心)\n二、任务分解\n17.继续办好农村新五件实事。省安排补助资金61.7亿元。\n"+
		"(2)教育培训工程。培训农村劳动力240万人。(就管中心)\n18.坚持就地转移。 (就管中心)\n", today)
	want := [][]string{{"工资处", "就管中心"}, {"就业处", "就管中心"}, {"就管中心"}, {"就管中心"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	if n.Tasks[2].Title != "教育培训工程" {
		t.Errorf("task %s %q: the sub-item its bracket names is the task", n.Tasks[2].ID, n.Tasks[2].Title)
	}
	for _, w := range []string{"好处", "之处", "本科", "学科"} {
		if endsOrg(w) {
			t.Errorf("%s read as a body", w)
		}
	}
	n = Parse("序号\n重点工作任务\n牵头单位\n负责科室\n负责人\n计划完成时间\n1\n新增老年食堂15个\n区民政局\n养老服务科\n何滢\n11月底前\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"区民政局"}) {
		t.Errorf("a 负责科室 cell read as an owner: %q", owned(n))
	}
}

// Sets 63, 64 and 66, measured unseen: an event plan's items saying who
// hosts, undertakes and helps in running words (由县文广局主办,县体育中心
// 承办; 由宣传部主办,县文广局、教育局承办,公安局、电力局协办); a samples
// site's breadcrumb run on before its heading; 有关市、县(区)人民政府 as one
// collective; and a flattened table whose rows number themselves in a cell
// its header does not name, which is not read by position.
func TestHostedEventsAndOthers(t *testing.T) {
	n := Parse("當前位置:萬佳範文網 >\n策劃書 >策劃書精選 >\n鄉村春節活動方案\n二、活動安排\n"+
		"1.舉辦體育比賽。由縣文廣局主辦,縣體育中心承辦,在縣城舉辦越野賽。\n"+
		"2.舉辦春節團拜會文藝演出。由宣傳部主辦,縣文廣局、教育局承辦,公安局、電力局協辦,舉辦專場。\n", today)
	if n.Title != "鄉村春節活動方案" {
		t.Errorf("title %q", n.Title)
	}
	want := []struct{ owners, lead []string }{
		{[]string{"縣文廣局", "縣體育中心"}, []string{"縣文廣局"}},
		{[]string{"宣傳部", "縣文廣局", "教育局", "公安局", "電力局"}, []string{"宣傳部"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %q", owned(n))
	}
	for k, w := range want {
		if tk := n.Tasks[k]; !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Lead, w.lead) || !reviewed(tk, "owners") {
			t.Errorf("task %s owners %q lead %q", tk.ID, tk.Owners, tk.Lead)
		}
	}
	n = Parse("一、项目\n1.建设敬老院。\n主办单位:省民政厅、有关市、县(区)人民政府\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"省民政厅", "有关市、县(区)人民政府"}) {
		t.Errorf("collective split: %q", owned(n))
	}
	n = Parse("工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n强化规范性文件公开\n|\n1\n|\n对规范性文件进行全面清理。\n|\n办公室\n|\n年底前\n|\n"+
		"深化政策解读\n|\n2\n|\n积极做好政策解读工作。\n|\n各科室\n|\n持续推进\n|\n3\n|\n规范做好年度报告编制发布工作。\n|\n办公室\n|\n持续推进\n|\n", today)
	for _, tk := range n.Tasks {
		for _, o := range tk.Owners {
			if o == "持续推进" || o == "年底前" || bareNumberRe.MatchString(o) {
				t.Errorf("a row read by position: task %s %q owners %q", tk.ID, tk.Title, tk.Owners)
			}
		}
	}
}

// Sets 64 and 67, measured unseen: pages' furniture — a portal's masthead
// over its column and search box (庆城县人民政府 / 桐川镇政府信息公开 / 全文
// 检索), an index line whose number is followed by a field no rule knows
// (文 号: 政府发〔2023〕54号 所属主题: 政府文件), a site's hotline, a document
// site's reading prompts — is no title, and the number is read.
func TestPortalFurniture(t *testing.T) {
	n := Parse("庆城县人民政府\n\n桐川镇政府信息公开\n\n全文检索\n索引号: 621021/2023-00005 发布机构:\n文 号: 政府发〔2023〕54号 所属主题: 政府文件\n\n"+
		"桐川镇2023年防汛工作安排意见\n\n各村委会:\n一、明确职责\n1.镇水管站负责水库巡查。\n2.镇派出所负责群众转移。\n", today)
	if n.Title != "桐川镇2023年防汛工作安排意见" || n.Number != "政府发〔2023〕54号" {
		t.Errorf("title %q number %q", n.Title, n.Number)
	}
	for _, text := range []string{"客户专属热线\n138-0888-4776\n", "已阅读5页,还剩17页未读 继续免费阅读\n", "2023年“壮族三月三”活动工作方案\n\n整理文档很辛苦,赏杯茶钱您下走!\n"} {
		n := Parse(text+"一、活动安排\n1.县文化馆负责组织演出。\n2.县公安局负责安全保卫。\n", today)
		if strings.Contains(n.Title, "热线") || strings.Contains(n.Title, "阅读") || strings.Contains(n.Title, "辛苦") || strings.Contains(n.Title, "138") {
			t.Errorf("title %q", n.Title)
		}
	}
}

// Set 63, measured unseen: a province's division served on one line,
// spaces for its breaks: a part's heading run on with its first section's,
// a lead heading run on with its text; the governor's heading naming the
// persons who assist him in brackets; 协同部门 lines; 省政府办公厅、财政厅,
// where 财政厅 is the province's department, no part of the government's
// office.
func TestOneLineProvinceDivision(t *testing.T) {
	n := Parse("第一部分:“十一五”期间主要工作任务的责任分解 一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助)\n"+
		"对主要工作任务负总责,同时具体负责以下工作:\n"+
		"(一)省监察委员会牵头的工作 强化行政监察,建立健全惩治和预防腐败体系。\n协同部门:省政府办公厅、发展改革委、教育厅等。\n"+
		"(二)省审计厅牵头的工作 强化审计监督,依法开展审计工作。\n协同部门:省政府办公厅、财政厅、地税局等和各市、县人民政府。\n", today)
	want := [][]string{{"省监察委员会", "省政府办公厅", "发展改革委", "教育厅"}, {"省审计厅", "省政府办公厅", "财政厅", "地税局", "各市、县人民政府"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	for _, tk := range n.Tasks {
		if !slices.Equal(tk.Leaders, []string{"于幼军省长", "李政文秘书长", "刘俊谦省长助理"}) || len(tk.Lead) != 1 || tk.Lead[0] != tk.Owners[0] {
			t.Errorf("task %s lead %q leaders %q", tk.ID, tk.Lead, tk.Leaders)
		}
	}
}

// Set 68, measured unseen: a city's table with a bar line before each cell
// and two between rows, headed 负责部门; collectives with 、 inside (各县
// (区)政府、市直园区管委会, 各县区、功能板块) are one name each.
func TestBarsBeforeCellsAndCollectives(t *testing.T) {
	n := Parse("|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n|\n1\n|\n完善城市管理体制\n|\n市委编办、市住建局\n|\n2016年6月底前\n|\n|\n"+
		"2\n|\n完善城市工作机制\n|\n市住建局、各县(区)政府、市直园区管委会\n|\n2016年6月底前\n|\n|\n", today)
	want := [][]string{{"市委编办", "市住建局"}, {"市住建局", "各县(区)政府、市直园区管委会"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
	n = Parse("2023年民生实事\n1.新建中小学15所。(牵头单位:市教育局;责任单位:各县区、功能板块)\n", today)
	if got := owned(n); len(got) != 1 || !slices.Contains(got[0], "各县区、功能板块") {
		t.Errorf("owners %q", got)
	}
}

// Set 63, measured unseen: a gazette's number line with the date after it
// in Chinese numerals (川府发〔2011〕8号 二○一一年三月十七日).
func TestNumberWithChineseDate(t *testing.T) {
	n := Parse("四川省人民政府\n关于落实《政府工作报告》重点工作\n部门分工的意见\n川府发〔2011〕8号 二○一一年三月十七日\n省政府各部门:\n"+
		"一、扩大内需\n1.认真落实积极的财政政策。(财政厅牵头)\n", today)
	if n.Number != "川府发〔2011〕8号" || n.Date.Format("2006-01-02") != "2011-03-17" {
		t.Errorf("number %q date %v", n.Number, n.Date)
	}
}

// Set 65, measured unseen: a county's table of 民生实事 where a row under a
// project's row gives only a time and a unit (merged cells above it): the
// unit joins the project's, its time the due where later, listed; a time
// cell numbering the parts of the work (1、…7月1日… 2、…2022年12月底… 3、…
// 10月1日前…) is due at the latest of them, listed.
func TestTimeAndUnitRowsAndNumberedTimes(t *testing.T) {
	n := Parse("登记表\n项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n2.生态公墓建设项目 | 持续推进生态公墓建设。 | 10月底 | 民政局 |\n"+
		"计划10月底完成新增墓地建设 | 公共服务集团 | ||\n"+
		"4.农贸市场综合提升项目 | 建成农副产品交易物流区域。 | 1、物流中心7月1日投入试运营 2、南岩农贸市场计划2022年12月底完成 3、钟楼农贸市场10月1日前完成 | 公共服务集团 |\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %q", owned(n))
	}
	if tk := n.Tasks[0]; !slices.Equal(tk.Owners, []string{"民政局", "公共服务集团"}) || !reviewed(tk, "owners") {
		t.Errorf("task %s owners %q", tk.ID, tk.Owners)
	}
	if tk := n.Tasks[1]; dueOf(tk) != "2022-12-31" || !reviewed(tk, "due") {
		t.Errorf("task %s due %q", tk.ID, dueOf(tk))
	}
}

// Set 66, measured unseen: a province's department closing an item with
// (人事处牵头,各相关处室、单位分工负责): the open sections and units are no
// owners (listed), and 分工负责 is wording, no unit 单位分工.
func TestOpenSectionsTail(t *testing.T) {
	n := Parse("2025年工作要点\n1.健全巡视反馈问题整改工作机制。(人事处牵头,各相关处室、单位分工负责)\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"人事处"}) || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("%q", owned(n))
	}
}

// Set 70, measured unseen: a portal's index with its labels in square
// brackets (- [ 发文字号 ] 双河府发〔2026〕 1号); persons named with their
// label after an item's units (负责人李健华,责任人崔利锋) are its leaders,
// not units; a duty opening with the work before 由 (义务植树活动由县农林局
// 负责…) names the body after 由; 当前路径: is a breadcrumb.
func TestSet70Readings(t *testing.T) {
	n := Parse("- [ 发文字号 ] 双河府发〔2026〕 1号\n关于开展植树活动的通知\n一、任务分工\n1.植树。由乡农业服务中心负责。\n", today)
	if n.Number != "双河府发〔2026〕 1号" {
		t.Errorf("number %q", n.Number)
	}
	n = Parse("2009年实事分工\n14.开展渔业资源增殖放流。\n责任分工:渔业局负责,财务司、中国水产科学研究院参与。负责人李健华,责任人崔利锋。\n", today)
	if len(n.Tasks) != 1 || slices.ContainsFunc(n.Tasks[0].Owners, func(o string) bool { return strings.Contains(o, "李健华") }) ||
		!slices.Equal(n.Tasks[0].Leaders, []string{"李健华", "崔利锋"}) || !reviewed(n.Tasks[0], "leaders") {
		t.Errorf("persons among units: %+v", n.Tasks)
	}
	n = Parse("当前路径:皮学网范文大全条据书信通知书内容\n植树节活动通知\n三、有关要求\n1.义务植树活动由县农林局负责组织实施。\n2.小村镇政府负责引导行车路线。\n", today)
	if strings.Contains(n.Title, "当前路径") || len(n.Tasks) == 0 || !slices.Equal(n.Tasks[0].Owners, []string{"县农林局"}) {
		t.Errorf("title %q owners %q", n.Title, owned(n))
	}
}

// Set 71, measured unseen: an event's plan whose circled sub-items each
// give their work to bodies in running words (②…由大型活动部组织实施,宣传部
// 配合。③…由市教育局组织实施。): each is a task, the helpers owners too, and
// the lead and day the item names over them are theirs, listed.
func TestCircledSubItemsByBody(t *testing.T) {
	n := Parse("九、组织工作\n1.开幕式\n暂定于2009年7月下旬举行。\n分工与配合:\n由市文化出版局牵头组织实施。\n①场地待定。\n"+
		"②裁判员、运动员入场式由大型活动部组织实施,宣传部配合。\n③仪仗队、花束队由市教育局组织实施。\n④各类奖项名单由竞赛部提供。\n", today)
	// The item's own 由市文化出版局牵头 leads each part, and its day is
	// theirs, listed (probe 31: they were lost in silence).
	want := [][]string{{"市文化出版局", "大型活动部", "宣传部"}, {"市文化出版局", "市教育局"}, {"市文化出版局", "竞赛部"}}
	var got [][]string
	for _, tk := range n.Tasks {
		if len(tk.Owners) == 0 {
			if !reviewed(tk, "owners") {
				t.Errorf("task %s %q: no owners, not listed", tk.ID, tk.Title)
			}
			continue
		}
		got = append(got, tk.Owners)
		if !slices.Equal(tk.Lead, []string{"市文化出版局"}) || !reviewed(tk, "lead") || dueOf(tk) != "2009-07-31" || !reviewed(tk, "due") {
			t.Errorf("task %s lead %q due %q", tk.ID, tk.Lead, dueOf(tk))
		}
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// Set 69, measured unseen: a bracket naming 各市(县)、区政府, levels with
// one in brackets sharing one body: one collective, and the bracket names
// units.
func TestBracketedLevelCollective(t *testing.T) {
	n := Parse("一、目标分解\n5、城镇登记失业率控制在3.5%以内。\n(市人保局,各市(县)、区政府)\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市人保局", "各市(县)、区政府"}) {
		t.Errorf("%q", owned(n))
	}
}

// Set 62, measured unseen: a district's table headed 序号 whose rows carry
// no number, each opening with its work's sentence, its two leaders one a
// line, then its unit: each sentence starts a row, its cells placed by
// what they hold, listed.
func TestUnnumberedRowsUnderNumberHeader(t *testing.T) {
	n := Parse("2018年《政府工作报告》工作任务分解表\n序号\n重 点 工 作 任 务\n牵头领导\n牵头单位\n"+
		"未来科技城要围绕打造创新驱动策源地,进一步发挥杭州城西科创大走廊核心区作用。\n祝振伟\n陈夏林\n未来科技城(海创园)\n"+
		"临平新城要围绕打造时尚产业新地标,设立大学生创业园。\n祝振伟\n李敏华\n临平新城\n", today)
	want := []struct{ owners, leaders []string }{
		{[]string{"未来科技城(海创园)"}, []string{"祝振伟", "陈夏林"}},
		{[]string{"临平新城"}, []string{"祝振伟", "李敏华"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %q", owned(n))
	}
	for k, w := range want {
		if tk := n.Tasks[k]; !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Leaders, w.leaders) || !reviewed(tk, "owners") {
			t.Errorf("task %s owners %q leaders %q", tk.ID, tk.Owners, tk.Leaders)
		}
	}
}

// Set 62, measured unseen: a forum's copy of a notice with its copy guard
// (runs of one or two ASCII characters apart by spaces, whole lines of
// them and runs glued to the title): the guard is no part of the title.
func TestForumCopyGuard(t *testing.T) {
	n := Parse("' R6 B7 g2 Y! p. T1 |6 u重庆市潼南区人民政府关于下达工作任务的通知\n5 R8 z6 k3 `: G- V) X+ z1 U9 l\n* t8 p! Z) z1 N% M, v7 S$ {0 }& r6 h' H\n"+
		"区级有关部门:\n9 ]0 M# L- t' n3 d: {7 l# T Y\" h% L u) L5 p4 @% u0\n一、加强组织领导。(区发展改革委负责)\n", today)
	if n.Title != "重庆市潼南区人民政府关于下达工作任务的通知" || n.Issuer != "重庆市潼南区人民政府" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
}

// Set 64, measured unseen: a county's plan served as one preview line,
// each item's labels run on after its sentence and the next item's number
// run on after the labels' last unit (…县直相关部门(二)组织…): each item
// keeps its own labels; 牵头协调部门 leads; leads under two labels are
// listed.
func TestItemsRunOnAfterLabels(t *testing.T) {
	n := Parse("三、重点活动内容安排\n(一)组织宣传活动适时公布全县节庆活动日程。\n牵头部门:县委宣传部配合部门:各乡(镇)人民政府,县直相关部门(二)组织进校园活动引导师生积极参与。牵头协调部门:县教育和科技局配合部门:各乡(镇)人民政府(三)组织民族团结宣传月活动举办座谈会。牵头协调部门:县民族局主办部门:各乡(镇)人民政府\n", today)
	want := []struct{ owners, lead []string }{
		{[]string{"县委宣传部", "各乡(镇)人民政府"}, []string{"县委宣传部"}},
		{[]string{"县教育和科技局", "各乡(镇)人民政府"}, []string{"县教育和科技局"}},
		{[]string{"县民族局", "各乡(镇)人民政府"}, []string{"县民族局", "各乡(镇)人民政府"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %q", owned(n))
	}
	for k, w := range want {
		if tk := n.Tasks[k]; !slices.Equal(tk.Owners, w.owners) || !slices.Equal(tk.Lead, w.lead) {
			t.Errorf("task %s owners %q lead %q", tk.ID, tk.Owners, tk.Lead)
		}
	}
	if !reviewed(n.Tasks[2], "lead") {
		t.Errorf("leads under two labels not listed")
	}
}
