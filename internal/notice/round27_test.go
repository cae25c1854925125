package notice

import (
	"slices"
	"testing"
)

// Round 27's held-out sets (28 and 29) showed, each closed by a general
// rule:

// a city's plan for managing the actual population and housing, as a law
// site's middle page serves it: items 5.–11. each opening with a kind of
// department and 负责 (5.公安部门负责会同民政部门清理…, 8.市政、城管部门负责…),
// and a prefecture's copy whose duties stand after a department's label
// ((五)统计部门: 按照上级统一部署…). No task was read and nothing was listed.
// Two or more items so opening are a division of duties by department:
// each a task, the department its owner (no lead), listed; 部门 written
// once for two kinds is each's, and a label's colon ends it; an item among
// them asking every level in general ((五)切实保障经费。各级政府要…) is the
// notice's safeguard, no task (两实, 2010).
func TestDepartmentDutyItems(t *testing.T) {
	text := "6.财政部门负责落实“两实”管理工作所需的各项经费。\n" +
		"7.规划部门和测绘部门负责实地勘查、采集提供实地影像图,绘制辖区房屋平面图。\n" +
		"8.市政、城管部门负责配合民政部门做好地名牌的安装、维护管理工作。\n"
	n := Parse(text, today)
	want := [][]string{{"财政部门"}, {"规划部门", "测绘部门"}, {"市政部门", "城管部门"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, w) || len(got.Lead) != 0 || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q lead %q, want %q listed", i+1, got.Title, got.Owners, got.Lead, w)
		}
	}
	n = Parse("(五)统计部门: 按照上级统一部署,修订完善入户调查表格。\n\n(十)教育部门:负责落实全州大、中、小学校校园网络安全技术措施。\n\n(五)切实保障经费。各级政府要加大保障力度,将所需经费纳入同级财政预算。\n", today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "按照上级统一部署,修订完善入户调查表格" || !slices.Equal(n.Tasks[1].Owners, []string{"教育部门"}) {
		t.Errorf("labelled duties: %+v", n.Tasks)
	}
	// One item so opening closes a letter; 各级, 有关部门 and 市直各部门 name
	// no one in particular.
	for _, s := range []string{
		"一、请各单位高度重视。\n二、市督考办要加大督查考评力度,及时调度进展情况。\n",
		"1.各级民政部门要充分发挥职能作用。\n2.有关部门要积极配合。\n",
		"一、市直各部门要高度重视。\n二、市政府各部门要按时报送。\n",
	} {
		if n := Parse("通知\n"+s, today); len(n.Tasks) != 0 {
			t.Errorf("%q: tasks %+v", s, n.Tasks)
		}
	}
}

// the same plan's other copy: its duty section served as paragraphs with no
// number, each opening with a kind of department and 要 (公安机关要制定…。 /
// 人口计生部门要…。). Nothing was read or listed. Two or more such
// paragraphs are each a task, listed.
func TestDepartmentDutyParagraphs(t *testing.T) {
	text := "公安机关要制定具体的实施方案;负责门楼牌的统一规范、制作和安装。\n" +
		"规划(测绘)部门要提供相关的城市规划资料和航拍图。\n" +
		"统计部门要规范信息采集表格,指导信息采集工作。\n"
	n := Parse(text, today)
	want := []string{"公安机关", "规划(测绘)部门", "统计部门"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; !slices.Equal(got.Owners, []string{w}) || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q", i+1, got.Title, got.Owners)
		}
	}
	// A paragraph naming every level in general is none.
	if n := Parse("各级政府要加大保障力度。\n各地要高度重视。\n", today); len(n.Tasks) != 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a division of duties for family planning among the floating population,
// a law site's pages: headings naming a kind of department alone, with or
// without a colon ((二)公安部门, (四)建设(房管)部门:), over items 1、–3、, and
// a page run on in one line after the site's [接上页]. The items were lost
// (no owner) and [接上页] read as the title. A heading that is kinds of
// department gives them to its items, as a heading of units' names does,
// listed; so does a heading naming whose duties its items are
// ((一)县(市、区)政府的主要任务). ([接上页] is the site's by round 26's rule.)
func TestDepartmentHeadings(t *testing.T) {
	text := "|\n[接上页] 4、建立警计联手责任制。充分发挥社区警务室的优势。 (四)建设(房管)部门: 1、各级建设部门加强对建筑施工人员的计划生育管理。 2、物业管理企业要依法落实国家、省有关人口和计划生育的法律法规。\n"
	n := Parse(text, today)
	if n.Title != "" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 3 || len(n.Tasks[0].Owners) != 0 || !reviewed(n.Tasks[0], "owners") ||
		!slices.Equal(n.Tasks[1].Owners, []string{"建设(房管)部门"}) || !slices.Equal(n.Tasks[2].Owners, []string{"建设(房管)部门"}) || !reviewed(n.Tasks[2], "owners") {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	n = Parse("三、工作任务\n(一)县(市、区)政府的主要任务\n1、负责研究部署和组织实施本辖区纠风工作,并认真抓好落实。\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"县(市、区)政府"}) || len(n.Tasks[0].Lead) != 0 || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a county's notice on the safety of its protected cultural sites: items
// 1、–6、 under a heading (一), each naming the site and the body that
// answers for it in running text (1、蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责
// …工作。), and siblings (二)(三) with no item under them, one paragraph each
// (…执法工作由县文物旅游局负责实施。); a city's publicity plan whose item closes
// with two such sentences (…由市创建办负责,…由各镇街及相关部门负责。). No task
// was read and nothing was listed. The bodies a 由X负责 clause names are
// the item's owners, listed, an open tail after 及 left out; a heading
// with no item under it that is such a paragraph is a task (蓝田, 2013;
// 增城).
func TestByClauseOwners(t *testing.T) {
	text := "二、明确文物安全管责任\n(一)全县6处由文物部门设置的专门管理单位,全面负责各自文物保护单位的安全管理工作。\n" +
		"1、蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责文物保护单位的安全管理工作。\n" +
		"2、锡水洞遗址,由蓝田县辋川溶洞管理处全面负责文物保护单位的安全管理工作。\n" +
		"(二)其它33处文物部门未专门设置管理单位的,由所在镇人民政府负责,指定专人履行文物安全管理责任。\n" +
		"(三)我县境内的文物行政执法工作由县文物旅游局负责实施。\n"
	n := Parse(text, today)
	want := []string{"蓝田县猿人遗址文管所", "蓝田县辋川溶洞管理处", "所在镇人民政府", "县文物旅游局"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; !slices.Equal(got.Owners, []string{w}) || len(got.Lead) != 0 || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q", i+1, got.Title, got.Owners)
		}
	}
	n = Parse("(一)社会宣传\n1、制作发放宣传单张和画报。宣传单张的设计制作由市创建办负责,宣传单张的发放、张贴工作由各镇街及相关部门负责。\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市创建办", "各镇街"}) || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("tasks %+v", n.Tasks)
	}
	// A letter's 由办公室负责 names no one.
	if n := Parse("通知\n一、由办公室负责汇总各单位的材料。\n二、请各单位按时报送。\n", today); len(n.Tasks) != 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a district bureau's notice on its portal: the post's date with its view
// count's label left empty (2022-07-15    点击数:) over an index whose labels
// stand without colons, two pairs to a line (公开方式  主动公开  文号  临兰统字
// 〔2022〕9号). The post line, ending in a colon, was read as the recipients
// and ended the page's furniture, so the index line was read as the number
// whole. A post's date may carry its view count's label (兰山, 2022).
func TestPostDateWithViewCountLabel(t *testing.T) {
	text := "临沂市兰山区统计局\n关于印发《专项纠治实施方案》的通知\n2022-07-15    点击数:  \n" +
		" 索引号  lanshanqutjj/2022-0000108  公开目录  公开目录\n 公开方式  主动公开  文号  临兰统字〔2022〕9号\n" +
		"各科室:\n现将《专项纠治实施方案》印发给你们,请认真贯彻执行。\n"
	n := Parse(text, today)
	if n.Number != "临兰统字〔2022〕9号" || n.Issuer != "临沂市兰山区统计局" {
		t.Errorf("number %q issuer %q", n.Number, n.Issuer)
	}
}

// a county's notice under its masthead (蓝田县人民政府办公室文件), its number,
// and the issuer again on a line over the title: the issuer was read twice,
// joined as joint issuers. The masthead's body named again is one issuer
// (蓝田, 2013).
func TestMastheadIssuerRepeated(t *testing.T) {
	text := "蓝田县人民政府办公室文件\n蓝政办发〔2013〕148号\n蓝田县人民政府办公室\n关于落实各级文物保护单位安全管理责任的\n通 知\n各镇人民政府,县人民政府各有关工作部门:\n为认真贯彻落实《文物保护法》,现就有关事项通知如下:\n"
	if n := Parse(text, today); n.Issuer != "蓝田县人民政府办公室" || n.Number != "蓝政办发〔2013〕148号" {
		t.Errorf("issuer %q number %q", n.Issuer, n.Number)
	}
}

// a city sports bureau's monthly list on its portal: menu bullets and a
// breadcrumb broken over lines (• 微信公众平台 / • 首页 / >政务公开>每月工作)
// over the title, then a table flattened one cell to a line under the
// header 工作安排 / 工作完成情况(具体表述) / 牵头单位, and a section 二、 of
// items of one line each reporting work done. The menu was read into the
// title; the table's rows were not read (工作安排 named no column), and
// once they were, the items under 二、 were read as its rows, each taking
// the unit above; 分析一季度各项指标 gave a row the quarter's end as its due,
// not listed. Now bulleted menu entries and a breadcrumb's rest are the
// page's; 工作安排 names the work's column; a heading over items of one
// line each ends a flattened table; a quarter whose figures are meant
// (一季度各项指标) is no time limit (绍兴, 2024).
func TestMonthlyProgressTable(t *testing.T) {
	text := "  • 微信公众平台\n  • 首页\n    >政务公开>每月工作\n\n    绍兴市体育局2024年4月份重点工作\n\n    工作安排\n\n    工作完成情况(具体表述)\n\n    牵头单位\n\n" +
		"    1.持续推进公共服务“七优享”工程和口内民生实事项目,分析一季度各项指标,加强工作指导和进度通报\n\n    市体育局积极推进七优享任务。\n\n    市府办\n\n" +
		"    2.评选2023年度全市体育品牌赛事,完成2023年度体育产业发展专项引导资金拨付工作。\n\n    完成2023年度绍兴市体育品牌赛事评选,共有19项赛事入选。\n\n    市体育局\n\n" +
		"    二、4月份清单之外其他重要工作完成情况\n\n    1、下发《试点工作方案》,各区、县(市)共上报试点项目12项。\n\n    2、启动2024年中国气排球公开赛筹备工作。\n\n    3、按赛事计划开展各项市青少年体育比赛。\n"
	n := Parse(text, today)
	if n.Title != "绍兴市体育局2024年4月份重点工作" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"市府办"}) || !slices.Equal(n.Tasks[1].Lead, []string{"市体育局"}) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if !n.Tasks[0].Due.IsZero() {
		t.Errorf("分析一季度各项指标 read as due %v", n.Tasks[0].Due)
	}
	// A quarter as a time limit is one still.
	if d, ok := dueDate("第三季度前完成", sameYear(2024)); !ok || d.Format("2006-01-02") != "2024-09-30" {
		t.Errorf("第三季度前完成: %v %v", d, ok)
	}
}

// a county's plan served as one line under a document site's heading for
// the file (2022年县旅游市场秩序专项整治行动方案), the plan's own title run
// into its preamble with no stop and its county blanked (XX县…方案为优化…).
// The site's heading was the title: the run-on title was not split off (it
// opened with X and its preamble with 为优化). Now a run-on plan title may
// open with the blank X and its preamble with 为 and one of more verbs, and
// a site's heading naming the plan by its year gives way to the plan's own
// title naming its place (XX县, 2022).
func TestRunOnPlanTitleOverYearHeading(t *testing.T) {
	text := "2022年县旅游市场秩序专项整治行动方案\n\n" +
		"XX县旅游市场秩序专项整治行动方案为优化全县旅游市场经营环境,切实保障旅游者和旅游经营者合法权益,结合我县实际,特制定本方案。一、工作目标通过对旅游市场中“不合理低价游”、虚假广告、销售假冒伪劣商品、强迫和变相强迫消费、价格欺诈、违反旅游合同等行为的集中整治,进一步规范旅游市场秩序。二、重点任务(一)从严查处违法违规行为1.严查不合理低价游经营模式。(牵头单位:县综合行政执法局;配合单位:县文体旅游局)\n"
	if n := Parse(text, today); n.Title != "XX县旅游市场秩序专项整治行动方案" {
		t.Errorf("title %q", n.Title)
	}
}

// the last page of a national joint notice on a law site: [接上页], the
// notice's last item, and the joint signature and date run on after its
// last sentence with spaces, a cell mark after them (…专项督查。 中共中央组织部
// 民政部 2010年11月5日 |). Neither issuer nor date was read. A lone cell
// mark ending a page served as one line is the page's; issuers apart by
// spaces and their date after the last sentence are the signature, the
// issuers joined (中央组织部, 2010).
func TestJointSignatureRunOn(t *testing.T) {
	text := "|\n[接上页] 六、加强组织领导。各级党委组织部门要发挥牵头协调作用,统筹抓好换届选举工作;各级民政部门要充分发挥职能作用,加强对村委会换届选举的指导和督查。县、乡党委书记要切实履行第一责任人和直接责任人的职责,认真抓好工作落实。中央组织部将会同民政部,适时对各地村“两委”换届工作纪律执行情况进行专项督查。 中共中央组织部 民政部 2010年11月5日 |\n"
	n := Parse(text, today)
	if n.Title != "" || n.Issuer != "中共中央组织部、民政部" || n.Date.Format("2006-01-02") != "2010-11-05" || len(n.Tasks) != 0 {
		t.Errorf("title %q issuer %q date %v tasks %+v", n.Title, n.Issuer, n.Date, n.Tasks)
	}
}

// a site that serves a prefecture's notice under a heading of its own made
// of a phrase from the text (相互支持, from 有关部门要分工协作,相互支持,密切配合)
// and a post time. The phrase was read as the title. A short heading that
// names no document and whose words the text holds is the site's (两实).
func TestHeadingLiftedFromText(t *testing.T) {
	text := "相互支持\n\n2016-10-05 09:04\n\n(五)统计部门: 按照上级统一部署,修订完善入户调查表格。\n\n(九)工商部门:根据确定后的街路巷名称和门牌编号,及时办理注册地址变更登记手续。\n\n" +
		"加强两实管理是一项系统工程,有关部门要分工协作,相互支持,密切配合,形成合力。具体职责分工如下:\n"
	if n := Parse(text, today); n.Title != "" || len(n.Tasks) != 2 {
		t.Errorf("title %q tasks %+v", n.Title, n.Tasks)
	}
	// A short title the text does not repeat stays.
	if n := Parse("工作要点\n\n1.推进改革。(责任单位:县发改局)\n", today); n.Title != "工作要点" {
		t.Errorf("title %q", n.Title)
	}
}

// a county bureau's plan whose item (一) is a heading over a paragraph
// closing with a bracket naming persons only (…。(牵头责任人:涂娟,具体责任人:
// 王勇、张伟、蒋丽)), before any task: the item was kept in the preamble and
// nothing listed it. 牵头责任人 is a responsibility label the net knows now
// (华容, 2021).
func TestPersonsLabelListed(t *testing.T) {
	text := "华容县文旅广电局 关于落实2021年县政府重点工作任务的实施方案\n三、工作任务\n(一)加强乡镇文化活动场所、图书馆建设,实施县级图书馆数字化升级改造。\n" +
		"全年计划完成乡镇文化分馆8家,充实完善图书馆微信公众号建设。(牵头责任人:涂娟,具体责任人:王勇、张伟、蒋丽)\n"
	n := Parse(text, today)
	if len(n.Tasks) == 0 && (len(n.Unread) == 0 || n.Unread[0].From > 4 || n.Unread[0].To < 4) {
		t.Errorf("the item is neither read nor listed: tasks %+v, listed %+v", n.Tasks, n.Unread)
	}
}

// Set 29's question, whichever reading holds: a department's duty that no
// rule reads as a task — one item or paragraph alone opening with a kind of
// department (二、公安部门负责…, 公安机关要…), no division of duties — is
// listed for review with its line. A body named with its level closing a
// letter (二、旗政府督查室要加强…调度) is the letter's request and is not.
func TestLoneDepartmentDutyListed(t *testing.T) {
	for _, c := range []struct {
		text string
		line int
	}{
		{"关于加强两实管理的通知\n各有关单位:\n现就有关事项通知如下:\n一、提高认识。各地要高度重视。\n二、公安部门负责门楼牌的统一规范、制作和安装,此项工作在4月底前完成。\n三、加强督查。\n", 5},
		{"关于加强两实管理的通知\n各有关单位:\n为加强管理,通知如下。\n公安机关要制定具体的实施方案,负责门楼牌的统一规范、制作和安装。\n请认真贯彻执行。\n", 4},
	} {
		n := Parse(c.text, today)
		if len(n.Tasks) != 0 || len(n.Unread) != 1 || n.Unread[0].From != c.line {
			t.Errorf("tasks %+v, listed %+v, want line %d listed", n.Tasks, n.Unread, c.line)
		}
	}
	letter := "关于印发重点任务责任落实分工的通知\n各苏木乡镇:\n现将分工印发给你们,请认真贯彻落实。\n一、各地区、各部门要高度重视重点任务责任落实工作。\n二、旗政府督查室要加强对重点工作的日常调度,建立重点任务落实台账。\n此通知\n"
	if n := Parse(letter, today); len(n.Unread) != 0 {
		t.Errorf("a letter's request listed: %+v", n.Unread)
	}
}
