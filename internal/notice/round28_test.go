package notice

import (
	"slices"
	"testing"
)

// Round 28's held-out set (set 30: science and innovation, tax and fees,
// employment, rural revitalisation, environment, city management, key
// projects, grain security) showed, each closed by a general rule:

// a law site's copy of a table drawn with box characters (┌─┬│), its first
// row's unit cell merged over sub-rows each numbered in the task's cell
// (│ 1 │ 金水区 │1.新建绿地50万平方米。│2006.11.30│…). Before, the
// table's top border ran into the title over it, and the first sub-row's
// task kept its 1. (the sub-rows after it had theirs dropped). Now a
// border line is no title's, and the first measure's number under the
// row's own is no part of its task.
func TestBoxDrawnTable(t *testing.T) {
	text := "附件:\n2006年省会郑州城市管理年园林绿化整治各责任单位工作任务\n" +
		"┌──┬────┬───────────────────────────┬─────┬────┬───┐\n" +
		"│序号│责任单位│ 任务目标 │ 完成时间 │分管领导│责任人│\n" +
		"├──┼────┼───────────────────────────┼─────┼────┼───┤\n" +
		"│ 1 │ 金水区 │1.新建绿地50万平方米。 │2006.11.30│ │ 区长 │\n" +
		"│ │ ├───────────────────────────┼─────┤ │ │\n" +
		"│ │ │2.新建游园5个,每个面积不少于4000平方米。 │2006.11.30│ │ │\n"
	n := Parse(text, today)
	if n.Title != "2006年省会郑州城市管理年园林绿化整治各责任单位工作任务" {
		t.Errorf("title %q", n.Title)
	}
	want := []string{"新建绿地50万平方米", "新建游园5个,每个面积不少于4000平方米"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; got.Title != w || !slices.Equal(got.Owners, []string{"金水区"}) {
			t.Errorf("task %d: %q owners %q, want %q by 金水区", i+1, got.Title, got.Owners, w)
		}
	}
	if d := n.Tasks[1].Due.Format("2006-01-02"); d != "2006-11-30" {
		t.Errorf("due %s", d)
	}
}

// a city's opinion names two development zones' committees with the body
// written once after the second place (〔牵头单位:各县(市、区)人民政府,赣州、
// 龙南经济技术开发区管委会;…〕). Before, 赣州 alone was an owner and a lead,
// not listed. Now each place takes the body's name (赣州经济技术开发区
// 管委会), listed; a kind of department written once for two (公安、城管
// 部门) is not read so.
func TestPlacesShareBody(t *testing.T) {
	text := "一、大力实施就业优先战略\n(一)把扩大就业摆在更加重要的位置。在财税、金融、产业、贸易等经济政策的实施过程中注重与就业政策相衔接。〔牵头单位:各县(市、区)人民政府,赣州、龙南经济技术开发区管委会;责任单位:市发改委、市财政局〕\n(二)支持发展新兴业态。大力发展电子商务。〔牵头单位:南昌、九江市人民政府;责任单位:市商务局〕\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	lead := []string{"各县(市、区)人民政府", "赣州经济技术开发区管委会", "龙南经济技术开发区管委会"}
	if got := n.Tasks[0]; !slices.Equal(got.Lead, lead) || !slices.Equal(got.Owners, append(lead, "市发改委", "市财政局")) || !reviewed(got, "lead") || !reviewed(got, "owners") {
		t.Errorf("zones: owners %q lead %q", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Lead, []string{"南昌市人民政府", "九江市人民政府"}) {
		t.Errorf("cities: lead %q", got.Lead)
	}
	for _, s := range []string{"公安、城管部门", "财政、市场监督管理局", "市委、市政府办公室", "市人行、滁州经开区管委会"} {
		if nm := readNames(s); len(nm.shared) != 0 {
			t.Errorf("%s: read as shared %q", s, nm.names)
		}
	}
}

// a document site's preview of a city bureau's notice: the site's numbered
// notes on buying the file (- 1、下载文档前请自行甄别文档内容的完整性…)
// over the notice were read as three tasks and ended its head, so the 文章
// 属性 block's number and date were lost; and the item's label carried a
// note in brackets (牵头科室(单位):计划科、…), so its sections were no
// owners and no lead. Now such notes are the page's, and a label with a
// note naming what else its units may be (单位, 部门, 科室) is the label.
func TestDocSiteNotesAndLabelNote(t *testing.T) {
	text := "延安市科学技术局关于分解落实2018年重点工作任务的通知\n" +
		"- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。\n" +
		"- 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。\n" +
		"- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。\n" +
		"文章属性\n•【制定机关】延安市科学技术局\n•【公布日期】2018.03.23\n•【字号】延市科发〔2018〕24号\n正文\n" +
		"局属各单位、各科室:\n现将2018年重点工作任务分解如下,请认真做好落实工作。\n" +
		"1.加快科技资源统筹中心、孵化基地、创新空间建设,努力建设创新型城市。\n责任领导:李建雄\n牵头科室(单位):计划科、科技资源统筹中心基建办\n完成时限:2018年12月\n"
	n := Parse(text, today)
	if n.Number != "延市科发〔2018〕24号" || n.Date.Format("2006-01-02") != "2018-03-23" {
		t.Errorf("number %q date %v", n.Number, n.Date)
	}
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	units := []string{"计划科", "科技资源统筹中心基建办"}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, units) || !slices.Equal(got.Lead, units) || !slices.Equal(got.Leaders, []string{"李建雄"}) {
		t.Errorf("owners %q lead %q leaders %q", got.Owners, got.Lead, got.Leaders)
	}
	// A numbered item about documents is an item.
	n = Parse("通知\n1.加强档案文档管理,做好下载服务。(责任单位:市档案局)\n2.推进电子文档在线预览。(责任单位:市数据局)\n", today)
	if len(n.Tasks) != 2 {
		t.Errorf("items on documents: %+v", n.Tasks)
	}
}

// a province's target letter gives a date as a year and 前 in an item's
// running text (…工作任务;2015年前,莆田市环境监测站应达到…。(考核责任单位:
// 省环保厅)). Before, the item had no due and nothing listed. Now 2015年前
// is read as by the end of 2015 and listed (it may mean before 2015); a
// count after it (2015年前两个月) or 前后 is no limit.
func TestYearBefore(t *testing.T) {
	n := Parse("通知\n6.按全省年度污染物总量减排监测体系建设实施方案要求完成减排监测体系建设工作任务;2015年前,莆田市环境监测站应达到东部地区二级站标准并通过省级环保部门验收。(考核责任单位:省环保厅)\n"+
		"7.总结2015年前两个月工作,分析2016年前后形势。(考核责任单位:省住房和城乡建设厅)\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; got.Due.Format("2006-01-02") != "2015-12-31" || !reviewed(got, "due") {
		t.Errorf("2015年前: due %v reviews %+v", got.Due, got.Review)
	}
	if got := n.Tasks[1]; !got.Due.IsZero() || len(got.Milestones) != 0 {
		t.Errorf("前两个月, 前后: due %v milestones %+v", got.Due, got.Milestones)
	}
}

// a food-law site's copy of a city's grain-security plan divides the duties
// by body under 二、职责分工: (一)各市、区政府负责落实…, (二)市粮食局负责制订….
// No task was read and the net listed neither line. Now a line opening
// with a body (a collective with 各 too, or one with a bracket) and 负责 or
// a colon is listed; an item that names no body is not.
func TestNetListsDutyByBody(t *testing.T) {
	text := "为做好我市粮食安全责任考核工作,结合我市实际,制订本方案。\n二、职责分工\n" +
		"(一)各市、区政府负责落实《广东省粮食安全责任考核办法》规定的区域内粮食安全责任。\n" +
		"(二)市粮食局负责制订实施粮食流通政府规范性文件,制订实施粮食流通设施建设规划或政策。\n"
	n := Parse(text, today)
	for _, line := range []int{3, 4} {
		// Read as a task with its owners listed, or listed as not read.
		read := false
		for _, k := range n.Tasks {
			read = read || k.Line == line && len(k.Owners) > 0 && reviewed(k, "owners")
		}
		if !read && !unreadListed(n, line) {
			t.Errorf("line %d not listed: %+v", line, n.Unread)
		}
	}
	n = Parse("二、工作要求\n(一)加强组织领导。各地要高度重视。\n(二)强化督促检查。要定期通报进展。\n", today)
	if len(n.Unread) != 0 {
		t.Errorf("false alarm: %+v", n.Unread)
	}
}

func unreadListed(n *Notice, line int) bool {
	for _, u := range n.Unread {
		if u.From <= line && line <= u.To {
			return true
		}
	}
	return false
}

// portals' top bars over a notice: a mirror's 智能問答 | 無障礙浏覽 | | and
// the central portal's 中央人民政府门户网站 | 繁體版 | En | 无障碍阅读 长者模式
// over a gazette's column name and motto (政府公报 / 传达指令 指导工作 公开
// 政务 服务社会) were read as titles. Now a line of short cells apart by |
// with a button of such a bar among them, and a gazette's column name and
// motto, are the page's.
func TestPortalBarsAndGazetteHead(t *testing.T) {
	for _, head := range []string{
		"智能問答 | 無障礙浏覽 | |\n",
		"中央人民政府门户网站 | 繁體版 | En | 无障碍阅读 长者模式\n\n政府公报\n\n传达指令 指导工作 公开政务 服务社会\n\n",
	} {
		text := head + "陕西省人民政府批转西安市城市管理综合行政执法试点工作方案的通知\n\n西安市人民政府,省人民政府各工作部门、各直属机构:\n  现将《西安市城市管理综合行政执法试点工作方案》转发给你们,请认真贯彻执行。\n"
		if n := Parse(text, today); n.Title != "陕西省人民政府批转西安市城市管理综合行政执法试点工作方案的通知" {
			t.Errorf("%q: title %q", head, n.Title)
		}
	}
	if portalBar("序号 | 任务 | 责任单位 | 完成时限") || portalBar("市发改委 | 市财政局") {
		t.Error("a table's row read as a portal's bar")
	}
}

// a mirror's pinyin readings, one with a space left before its closing
// bracket (產(chǎn)業(yè)科技創(chuàng )新中心), stayed in the title. Now such a
// reading goes too; a bracket of Latin words (en) with a space is kept.
func TestReadingWithSpace(t *testing.T) {
	got := dropReadings("關(guān)于加快推進(jìn)產(chǎn)業(yè)科技創(chuàng )新中心建設的通知")
	if got != "關于加快推進產業科技創新中心建設的通知" {
		t.Errorf("got %q", got)
	}
	if got := dropReadings("關(guān)于推(tuī)進(jìn)X (beta)版上線"); got != "關于推進X (beta)版上線" {
		t.Errorf("kept brackets: %q", got)
	}
}

// a wiki's copy of a city's employment notice opens with a lone 通知 over
// its contents list: it was read as the title. A title that is only a kind
// of document names none: no title.
func TestKindAloneNoTitle(t *testing.T) {
	n := Parse("通知\n一、指導思想\n二、工作目標\n三、政策措施\n(一)弘揚就業創業精神。\n7.鼓勵其他人員投身創業。鼓勵失業人員自主創業。(責任單位:市人力資源社會保障局)\n", today)
	if n.Title != "" {
		t.Errorf("title %q", n.Title)
	}
	if n := Parse("关于做好就业工作的\n通知\n各县区人民政府:\n现就有关事项通知如下。\n", today); n.Title != "关于做好就业工作的通知" {
		t.Errorf("title over two lines: %q", n.Title)
	}
}

// a news post quoting the State Council's division of work heads it with a
// question under the site's breadcrumb, and its lead names the document
// whole (近日,国务院发布关于落实《政府工作报告》重点工作部门分工的意见,…).
// The breadcrumb and the question were read as the title, with no issuer.
// Now where the title read is a post's headline (a question, or a body
// issuing a document with no 关于), the document its lead names is the
// title and its body the issuer.
func TestNewsLeadNamesDocument(t *testing.T) {
	text := "南阳生态文明促进会   >   生态聚焦   >   热门话题\n\n国务院发布落实《政府工作报告》重点工作部门分工意见,实施乡村振兴战略的四项工作由哪些部门牵头?\n\n" +
		"发表时间:2018-4-17 来源:南阳生态文明促进会 作者:系统管理员\n\n" +
		"近日,国务院发布关于落实《政府工作报告》重点工作部门分工的意见,就《政府工作报告》确定的重点工作,提出部门分工。\n"
	n := Parse(text, today)
	if n.Title != "国务院关于落实《政府工作报告》重点工作部门分工的意见" || n.Issuer != "国务院" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	// A notice's own title is kept, whatever its letter says it issued.
	n = Parse("某市人民政府关于做好就业工作的通知\n各县区人民政府:\n近日,国务院发布关于进一步做好稳就业工作的意见,现结合我市实际通知如下。\n", today)
	if n.Title != "某市人民政府关于做好就业工作的通知" {
		t.Errorf("own title %q", n.Title)
	}
}

// a document site's preview of a city's draft plan, its pages one a line:
// the plan's title and its draft mark run on into the preamble (…2022年工作
// 方案(征求意见稿)为持续推进…), and items whose number has a space before its
// stop run on after a heading and after a bracket (…攻坚战1 .做好…,
// …成员单位)2 .提升…). The title was not read, and the two items were one
// task under the heading's words. Now a draft mark between a plan's title
// and its preamble (为持续…) ends the title, and 1 . numbers an item.
func TestDraftPreviewRunOn(t *testing.T) {
	text := "武汉市改善空气质量2022年工作方案(征求意见稿)为持续推进武汉市空气质量稳中向好,特制订本方案。一、工作目标2022年,全市PM2.5年均浓度控制在40微克/立方米以下。二、工作任务(一)全力打好重污染天气消除攻坚战1 .做好重污染天气应对。加强空气质量监测和预测预报,科学开展人工增雨作业。(责任单位:市重污染天气应急指挥部各成员单位)2 .提升重点行业企业环保绩效水平。组织企业创建A级绩效企业。(责任单位:市发改委、市经信局)\n"
	n := Parse(text, today)
	if n.Title != "武汉市改善空气质量2022年工作方案" {
		t.Errorf("title %q", n.Title)
	}
	want := [][]string{{"做好重污染天气应对", "市重污染天气应急指挥部各成员单位"}, {"提升重点行业企业环保绩效水平", "市发改委", "市经信局"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; got.Title != w[0] || !slices.Equal(got.Owners, w[1:]) {
			t.Errorf("task %d: %q owners %q, want %q", i+1, got.Title, got.Owners, w)
		}
	}
	// A decimal with a space (提高1 .5倍) is no item.
	if got := splitItems("一、提高城乡居民收入水平,力争人均收入达到2010年的1 .5倍以上"); len(got) != 1 {
		t.Errorf("split %q", got)
	}
}

// a wiki's copy of 六盘水's employment notice names 各縣、特區、區人民政府
// (六枝特区 is one of its counties): it was split into 各縣, 特區 and 區人民
// 政府 (listed). A 特区 is a level like 县 and 区: the levels before the
// body they share are one collective.
func TestSpecialDistrictLevel(t *testing.T) {
	if got, _ := names("市人力资源社会保障局、各县、特区、区人民政府、各经济开发区管委会"); !slices.Equal(got, []string{"市人力资源社会保障局", "各县、特区、区人民政府", "各经济开发区管委会"}) {
		t.Errorf("got %q", got)
	}
}

// a law site's page of a Beijing plan divides the clean-up by body, each
// item a body, a colon and its duties (14.市卫生局:负责…). Round 27's
// reading of such a division took the departments and bureaus, but not a
// corps (20.市文化执法总队:负责…) nor the districts' governments with their
// bracket (23.各区县政府(地区管委会):落实属地责任…): those kept the name and
// colon in their titles, with no owner. Now, in such a division, an item
// opening with a corps, a brigade or a government (a bracket after it) and
// a colon is that body's, listed.
func TestLabelledPeersInDutyDivision(t *testing.T) {
	text := "14.市卫生局:负责医院周边环境秩序综合整治的协调工作。\n15.市药监局:负责查处违法收售药品等行为。\n" +
		"20.市文化执法总队:负责会同公安、城管部门查处非法销售盗版光盘等非法出版物的违法行为。\n" +
		"23.各区县政府(地区管委会):落实属地责任,制定辖区环境秩序综合整治工作方案。\n"
	n := Parse(text, today)
	want := [][]string{{"负责医院周边环境秩序综合整治的协调工作", "市卫生局"}, {"负责查处违法收售药品等行为", "市药监局"},
		{"负责会同公安、城管部门查处非法销售盗版光盘等非法出版物的违法行为", "市文化执法总队"}, {"落实属地责任,制定辖区环境秩序综合整治工作方案", "各区县政府(地区管委会)"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; got.Title != w[0] || !slices.Equal(got.Owners, w[1:]) || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q, want %q listed", i+1, got.Title, got.Owners, w)
		}
	}
}

// a food-law site's copy of a city's grain-security plan divides its
// duties under 二、职责分工: (一)各市、区政府负责落实…, (二)市粮食局负责制订….
// Round 27's reading needs two departments' items and takes no 各
// collective: no task was read. Now under a heading that says a division
// of duties follows, one such item is enough, and a level's governments
// (各市、区政府负责…) open theirs; each is listed.
func TestDutySectionHeading(t *testing.T) {
	text := "为做好我市粮食安全责任考核工作,结合我市实际,制订本方案。\n二、职责分工\n" +
		"(一)各市、区政府负责落实《广东省粮食安全责任考核办法》规定的区域内粮食安全责任。\n" +
		"(二)市粮食局负责制订实施粮食流通政府规范性文件,制订实施粮食流通设施建设规划或政策。\n"
	n := Parse(text, today)
	want := [][]string{{"各市、区政府"}, {"市粮食局"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; !slices.Equal(got.Owners, w) || len(got.Lead) != 0 || !reviewed(got, "owners") {
			t.Errorf("task %d: owners %q lead %q, want %q listed", i+1, got.Owners, got.Lead, w)
		}
	}
	// Under any other heading, a level's governments asked in general
	// make no task.
	if n := Parse("通知\n二、工作要求\n(一)各市、区政府负责组织实施。\n", today); len(n.Tasks) != 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a county bureau's page heads its table with the site's name for it
// (2023年本部门年度重点工作任务的任务分解, the index's 名称 too), and the table
// carries its own title on the line over its header (谯城区2023年政府工作报告
// 重点工作任务分解表): the site's name was read as the title. Now a table's
// own title right over its header (…分解表, …任务清单) is the title where
// the title read names no notice (no 关于, no 通知).
func TestTableOwnTitle(t *testing.T) {
	text := "谯城区科学技术局\n2023年本部门年度重点工作任务的任务分解\n发布时间:2023-07-12 17:04 信息来源:谯城区科学技术局 浏览次数: 字体:[ ]\n" +
		"谯城区2023年政府工作报告重点工作任务分解表\n序号 重点工作任务 主要责任单位 协同配合单位 完成期限\n" +
		"33 新培育科技型中小企业50家以上、高新技术企业30家以上。 区科技局 区经信局、区商务局 2023年12月底\n"
	if n := Parse(text, today); n.Title != "谯城区2023年政府工作报告重点工作任务分解表" {
		t.Errorf("title %q", n.Title)
	}
}

// a mirror mixing the scripts writes the number after the title in
// traditional characters (…的通知(韶府〔2019〕31號)) and 号 elsewhere: the
// number was given back as 31号, in the characters most of the page uses.
// Now a number is given back as the text writes it where it was read.
func TestNumberAsWritten(t *testing.T) {
	text := "韶關市人民政府關于印發降低制造業企業成本若幹政策措施的通知(韶府〔2019〕31號)\n各縣(市、區)人民政府,市政府各部門:\n  现将《若幹政策措施》印发给你们,请认真贯彻执行(原粤府〔2018〕1号、粤府〔2018〕2号同时废止)。执行中遇到的问题,请径向市发展改革局反映。\n" +
		"韶关市人民政府\n2019年8月16日\n(一)降低企业用电成本。(责任单位:市发展改革局、市税务局,排在第一位的为牵头单位,下同)\n"
	if n := Parse(text, today); n.Number != "韶府〔2019〕31號" {
		t.Errorf("number %q", n.Number)
	}
}
