package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 17's held-out set showed, each read now by a general rule:

// a document site's preview numbers its pages 1、 2、 at the head of each
// page's text, and a page may break a word (…个体工商 / 2、户提供…; 嘉兴,
// a city's 无障碍 plan, 成都). Read as items, page 1 (the plan's title and
// preamble) was a task with no owner and page 2 (the rest of the item, with
// its bracket) another: the item itself was not found. Now the page numbers
// are no items and the broken word goes down to the page it ends on.
func TestPreviewPagesAreNoItems(t *testing.T) {
	text := "《某市实施方案.docx》由会员分享,可在线阅读,更多相关请在文秘上搜索。\n" +
		"1、某市实施方案为深入贯彻上级关于促进民营经济发展壮大的决策部署,激发民营经济发展活力,提振民营经济发展信心,结合本市实际,制定本实施方案。一、加强资源要素支持(一)强化财税政策保障。依规加大减税降费力度,落实各项税费优惠政策,为农户、小微企业及个体工商\n" +
		"2、户提供融资担保及再担保业务免征增值税,金融机构与小微企业签订借款合同免征印花税等政策延续执行至2027年底。对个体工商户年应纳税所得额不超过200万元部分减半征收个人所得税。(市税务局、市财政局、市科技局,各县市、区政府,列第一位的为牵头单位,下同)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if k.Title != "强化财税政策保障" || strings.Join(k.Owners, "|") != "市税务局|市财政局|市科技局|各县市、区政府" || strings.Join(k.Lead, "|") != "市税务局" {
		t.Errorf("task %q owners %q lead %q", k.Title, k.Owners, k.Lead)
	}
	if !strings.Contains(k.Body, "个体工商户提供") {
		t.Errorf("the broken word is not mended: %q", k.Body)
	}
	// Items numbered 1、 2、 are items, short lines each ending a sentence.
	n = Parse("一、重点任务\n1、推进改革。(市发改委负责)\n2、加强监管。(市场监管局负责)\n", today)
	if len(n.Tasks) != 2 {
		t.Errorf("real items 1、 2、: tasks %+v", n.Tasks)
	}
}

// a page served as one line runs each heading straight into the item under
// it and each item into the next after its closing bracket (二、重点任务(一)
// 建立…行动1.中医医院…,(责任单位:…等)2.政府…; 彭山 2021), and a summary may
// leave items out (1. 2. 4.). Before, the whole line was read as no task.
func TestOneLineHeadingsRunIntoItems(t *testing.T) {
	text := "二、重点任务(一)建立健全服务体系行动1.医院高质量发展,参与信息化体系建设,(责任单位:区卫生健康局、区财政局等)2.科室建设,(责任单位:区卫生健康局、区发展改革局)4.推进惠民行动,(责任单位:区委宣传部)(二)提升服务能力行动5.打造示范品牌,(责任单位:区农业农村局)三、组织实施区政府成立领导小组负责统筹上述重点任务。\n"
	n := Parse(text, today)
	var got []string
	for _, k := range n.Tasks {
		got = append(got, k.ID+"="+strings.Join(k.Owners, "、"))
	}
	if strings.Join(got, " ") != "01=区卫生健康局、区财政局 02=区卫生健康局、区发展改革局 04=区委宣传部 05=区农业农村局" {
		t.Errorf("tasks %q", got)
	}
	if len(n.Tasks) > 0 && !slices.ContainsFunc(n.Tasks[0].Review, func(r Review) bool { return r.Field == "owners" }) {
		t.Errorf("the open tail 等 is not listed: %+v", n.Tasks[0].Review)
	}
	// An enumeration inside an item keeps its smaller numbers.
	n = Parse("一、重点任务\n3.推进改革，包括：1.简政放权；2.优化服务。（市发改委负责）\n", today)
	if len(n.Tasks) != 1 {
		t.Errorf("an enumeration inside an item: tasks %+v", n.Tasks)
	}
}

// an item numbered in brackets whose labels are run on after its sentence,
// listing names a page broke after a 、 (…现查现改。牵头单位:市住建局、残联
// 责任单位:市城市管理局、教育局、 / 文体旅局、…等无障碍设施所有权人或管理人):
// the labels were left in the item's text (a line opening with a bracket
// was taken for a bracket of labels), the names after the break were lost,
// and the open tail was kept as a name.
func TestBracketItemWithRunOnLabels(t *testing.T) {
	text := "三、主要任务\n(一)全面排查建档由市住建局、残联牵头,各责任单位具体负责,开展全面检查,建立台账。各责任单位应做到现查现改。牵头单位:市住建局、残联责任单位:市城市管理局、教育局、\n" +
		"文体旅局、桂林街道办事处等无障碍设施所有权人或管理人。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if strings.Join(k.Owners, "|") != "市住建局|残联|市城市管理局|教育局|文体旅局|桂林街道办事处" || strings.Join(k.Lead, "|") != "市住建局|残联" {
		t.Errorf("owners %q lead %q", k.Owners, k.Lead)
	}
	if !slices.ContainsFunc(k.Review, func(r Review) bool {
		return r.Field == "owners" && strings.Contains(r.Text.Zh, "所有权人或管理人")
	}) {
		t.Errorf("the open tail is not listed: %+v", k.Review)
	}
}

// an item that names its owners only in its text (编制改造计划由市住建局、残联
// 牵头,各责任单位具体负责,…) had no owner and no lead, and only the owners
// were listed; now the lead the text names is read, owners and lead listed.
func TestLeadNamedInTextOnly(t *testing.T) {
	n := Parse("三、主要任务\n(二)编制改造计划由市住建局、残联牵头,各责任单位具体负责,于2021年10月底前制定改造提升计划。\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if strings.Join(k.Owners, "|") != "市住建局|残联" || strings.Join(k.Lead, "|") != "市住建局|残联" {
		t.Errorf("owners %q lead %q", k.Owners, k.Lead)
	}
	if k.Sources.Owners.Kind != FromInline || k.Sources.Lead.Kind != FromInline {
		t.Errorf("sources %+v: the account must say they came from the words 由…牵头", k.Sources)
	}
	for _, f := range []string{"owners", "lead"} {
		if !slices.ContainsFunc(k.Review, func(r Review) bool {
			return r.Field == f && strings.Contains(r.Text.Zh, "由市住建局、残联牵头")
		}) {
			t.Errorf("%s not listed: %+v", f, k.Review)
		}
	}
}

// a date whose year the copy garbled (202*年9月25日前) was no date at all,
// and the task's due was left empty with nothing listed.
func TestGarbledYearIsListed(t *testing.T) {
	n := Parse("一、重点任务\n1.全面排查建档。在202*年9月25日前建立台账。（市住建局负责）\n", today)
	if len(n.Tasks) != 1 || !n.Tasks[0].Due.IsZero() || !slices.ContainsFunc(n.Tasks[0].Review, func(r Review) bool {
		return r.Field == "due" && strings.Contains(r.Text.Zh, "202*年9月25日")
	}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// 按照职责分工分别牵头负责 says each unit leads its part (2014—2016 信用):
// before, it was read as an unusual word for 负责, no lead, listed.
func TestEachLeadsByDuty(t *testing.T) {
	n := Parse("一、重点任务\n6.制定统一社会信用代码制度建设方案。（发展改革委、公安部按照职责分工分别牵头负责，中央编办、民政部参加）\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if strings.Join(k.Owners, "|") != "发展改革委|公安部|中央编办|民政部" || strings.Join(k.Lead, "|") != "发展改革委|公安部" || len(k.Review) != 0 {
		t.Errorf("owners %q lead %q review %+v", k.Owners, k.Lead, k.Review)
	}
}

// a table whose header a copy ran together with its rows on one line
// (序号工作内容目标任务责任单位备注1将…; 成都, 钟楼区 2023) was read as no task
// and the import said only that it found no numbered task. Now the line is
// listed, with the lines its rows run on over. (Since round 25 its rows
// are read, each from its end, every field listed: TestJoinedTable….)
func TestHeaderRunOnWithRowsIsListed(t *testing.T) {
	text := "贯彻落实生活垃圾分类制度重点任务责任分工表序号工作内容目标任务责任单位备注1将生活垃圾分类投放作为精神文明建设的重要内容。2021年2月底前,知晓率达90%以上。市委宣传部、市城管委,各区(市)县政府2完善生活垃圾回收利用体系。市商务局,市\n" +
		"住建局、市城管委,各区(市)县政府3加强家庭源危险废物处置的规范化管理。2021年2月底前,完善处置体系。市生态环境局,各区(市)县政府\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 || len(n.Unread) != 0 {
		t.Fatalf("tasks %d, unread %+v", len(n.Tasks), n.Unread)
	}
	for _, k := range n.Tasks {
		if !reviewed(k, "owners") || !reviewed(k, "lead") {
			t.Errorf("task %q not listed: %+v", k.Title, k.Review)
		}
	}
}

// and in the header: a font-size button in cells (| 字号: |, 中卫 2018) and a
// site's 手机版 link (广东) and welcome line over 党务公开 (西安) were read as
// the title or into it; a copy's note that it is cut, (本文有删减), was read
// into the plan's title under it (天津 2022); an index whose 文件名称 label
// stands without a colon (后柳镇 2025) gave the title with its label; a
// document site's 亲,该文档总共8页… was read as the title (钟楼区 2023); a
// document site's share line whose file name holds 《》 of its own (《嘉兴市
// 贯彻落实《浙江省…》实施方案.docx》由会员分享) was kept as the preamble,
// and the plan's title under it was not read (嘉兴).
func TestRound17HeaderFurniture(t *testing.T) {
	for _, c := range []struct{ text, title string }{
		{"当前位置:首页 > 市政府(办)文件\n\n| 字号: |\n\n市人民政府办公室关于印发残疾人事业发展规划的通知\n\n卫政办发〔2018〕183号\n\n各县(区)人民政府:\n现印发给你们,请认真抓好贯彻落实。\n", "市人民政府办公室关于印发残疾人事业发展规划的通知"},
		{"手机版\n\n《广东省妇女发展规划(2011—2020年)》目标责任分解书\n\n来源:本网 时间:2014-02-12\n\n1.妇女享有优质避孕节育计生服务。（省计生委负责）\n", "《广东省妇女发展规划(2011—2020年)》目标责任分解书"},
		{"欢迎访问中国共产党西安市委员会网站!\n\n党务公开\n\n中共西安市委办公厅 西安市人民政府办公厅  关于印发《加强和改进乡村治理重点任务分工》的通知\n\n各区、县党委和人民政府:\n现将《分工》印发给你们,请认真抓好落实。\n", "中共西安市委办公厅 西安市人民政府办公厅  关于印发《加强和改进乡村治理重点任务分工》的通知"},
		{"天津市人民政府\n2022年5月30日\n(本文有删减)\n天津市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案\n为深入贯彻,制定本实施方案。\n", "天津市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案"},
		{"文件名称 石泉县后柳镇人民政府关于印发《后柳镇2025年控辍保学工作实施方案》的通知\n文号 后政发〔2025〕3号 成文日期: 2025年01月06日\n\n石泉县后柳镇人民政府关于印发《后柳镇2025年控辍保学工作实施方案》的通知\n\n各驻村工作队:\n现将方案印发给你们。\n", "石泉县后柳镇人民政府关于印发《后柳镇2025年控辍保学工作实施方案》的通知"},
		{"钟楼区2023年生活垃圾分类工作任务清单.docx\n第8页 / 共8页\n亲,该文档总共8页,全部预览完了,如果喜欢就下载吧!\n资源描述\n", ""},
		{"《嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案.docx》由会员分享,可在线阅读,更多相关请在三一办公上搜索。\n嘉兴市贯彻落实浙江省促进民营经济高质量发展若干措施实施方案\n为深入贯彻中共中央、国务院关于促进民营经济发展壮大的决策部署,结合嘉兴实际,制定本实施方案。\n一、加强民营经济资源要素支持\n(一)强化财税政策保障。依规加大减税降费力度。(市税务局、市财政局)\n", "嘉兴市贯彻落实浙江省促进民营经济高质量发展若干措施实施方案"},
	} {
		if n := Parse(c.text, today); n.Title != c.title {
			t.Errorf("title %q, want %q", n.Title, c.title)
		}
	}
}

// a document site's preview runs a plan's title into its table's header
// with no stop (贯彻落实生活垃圾分类制度重点任务责任分工表序号工作内容…, 成都;
// …工作任务清单序号任务名称…, 钟楼区 2023): the page had no title. Now the
// title is cut off before the header; the rows stay listed.
func TestPlanTitleRunIntoHeader(t *testing.T) {
	text := "贯彻落实生活垃圾分类制度重点任务责任分工表序号工作内容目标任务责任单位备注1将生活垃圾分类投放作为精神文明建设的重要内容,加强生活垃圾分类宣传发动;广泛开展生活垃圾分类宣传引导志愿活动、家庭主题活动等,大力开展公益宣传和社区入户宣传等,引导市民参与生活垃圾分类。2021年2月底前,群众对生活垃圾分类的知晓率达90%以上。市委宣传部(市文明办)、市城管委,各区(市)县政府\n"
	n := Parse(text, today)
	if n.Title != "贯彻落实生活垃圾分类制度重点任务责任分工表" || len(n.Unread) == 0 {
		t.Errorf("title %q, unread %+v", n.Title, n.Unread)
	}
}
