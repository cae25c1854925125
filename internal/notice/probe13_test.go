package notice

import (
	"slices"
	"strings"
	"testing"
)

// Probe 13 copied every notice of the corpus out of its PDF as an official
// document prints it (28 characters a line, each paragraph's first line
// indented by two characters) and read it again. What it read worse, each
// closed by a general rule:

// a preamble broken at the printed width leaves lines that end in neither
// 。 nor ；: 为全面贯彻落实《数字山东2021行动方案》,推进数字政府 / 、数字
// 社会…,制 was read as the list's title, and a news headline took the
// report's next line as its second half (…要求限期整改8月30日,市创文办…).
// A line that holds a comma and opens as a letter's sentence does, or
// stops inside one under a title line, is no title line.
func TestBrokenPreambleIsNoTitle(t *testing.T) {
	n := Parse("各区市人民政府,市政府各部门、单位:\n"+
		"　　《数字威海2021行动方案》已经市政府同意,现印发给你们,\n"+
		"请认真贯彻实施。\n"+
		"威海市人民政府办公室\n"+
		"2021年6月29日\n"+
		"(此件公开发布)\n"+
		"　　为全面贯彻落实《数字山东2021行动方案》,推进数字政府\n"+
		"、数字社会、数字经济建设,加快数字化转型,根据我市实际,制\n"+
		"定本行动方案。\n"+
		"一、建设融合创新的基础设施\n"+
		"(一)加快建设新一代通信基础设施。年内新建基站1500个以上。(牵头单位:市大数据局)\n", today)
	if n.Title != "" || len(n.Tasks) != 1 || n.Tasks[0].Title != "加快建设新一代通信基础设施" {
		t.Errorf("title %q tasks %+v", n.Title, n.Tasks)
	}
	n = Parse("创文进行时丨27个问题清单曝光,要求限期整改\n"+
		"　　8月30日,市创文办发布8月29日至30日督查组实地督查中发\n"+
		"现的创文工作相关问题,并要求相关责任单位在规定时限内处理整改。\n"+
		"1. 市科技馆\n"+
		"(1)灭火器过期未更换;\n"+
		"问题整改责任单位:市科技馆 整改时限:3天\n", today)
	if n.Title != "27个问题清单曝光,要求限期整改" {
		t.Errorf("headline: title %q", n.Title)
	}
	// A title line of a plan, no comma in it, is read as before.
	n = Parse("关于推动经济高质量发展若干政策举措的实施方案\n"+
		"　　为全面落实中央、省委经济工作会议决策部署,特制定以下政策举措。\n"+
		"一、强化科技创新\n"+
		"1.支持企业研发。对研发投入给予补助。(牵头单位:区科技局)\n", today)
	if n.Title != "关于推动经济高质量发展若干政策举措的实施方案" {
		t.Errorf("plan: title %q", n.Title)
	}
}

// a page heads a notice with its title on one line, as wide as a PDF
// copy's printed lines: where the body's paragraphs come broken at that
// width, the title (…工作方案的通知, ending inside no sentence by its
// marks) took the line under it, the document's number, its date or the
// title again, and the number was lost. A title whole on its line takes
// no more; an item's line or a sentence citing a document goes on.
func TestWholeTitleAtPrintedWidth(t *testing.T) {
	body := "　　为深入贯彻落实省委、省政府深化“三个年”活动和市委、\n" +
		"市政府“八个新突破”重点工作部署,切实强化项目全生命周期\n" +
		"服务保障,加快推进项目建设,全面提升项目服务保障水平,制定\n" +
		"本工作方案。各区县、各部门要高度重视,加强组织领导,切实\n" +
		"把各项任务落到实处,确保取得实效,推动经济高质量发展,请\n" +
		"认真贯彻执行。\n" +
		"一、重点任务\n" +
		"　　1.营造项目公平准入环境。严格落实市场准入负面清单制度\n" +
		",全面清理妨碍统一市场和公平竞争的政策措施,切实保障民营企\n" +
		"业公平参与工程建设、招标投标、政府采购,定期制定公布项目\n" +
		"机会清单。\n" +
		"牵头单位:市发改委\n"
	n := Parse("西安市人民政府办公厅关于印发强化项目服务保障优化营商环境工作方案的通知\n"+
		"市政办函〔2024〕26号\n"+
		"各区、县人民政府,市人民政府各工作部门:\n"+body, today)
	if n.Title != "西安市人民政府办公厅关于印发强化项目服务保障优化营商环境工作方案的通知" || n.Number != "市政办函〔2024〕26号" {
		t.Errorf("title %q number %q", n.Title, n.Number)
	}
	if len(n.Tasks) != 1 || n.Tasks[0].Title != "营造项目公平准入环境" {
		t.Errorf("tasks %+v", n.Tasks)
	}
	// An item's line that ends citing a document goes on under it.
	n = Parse("一、重点任务\n"+
		"　　1.认真贯彻落实省人民政府办公厅关于印发营商环境工作方案的通知\n"+
		"精神,全面清理妨碍统一市场和公平竞争的政策措施,切实保障民营企\n"+
		"业公平参与工程建设、招标投标、政府采购,定期制定公布项目机会\n"+
		"清单,鼓励和吸引更多社会资本参与基础设施、民生保障领域建设\n"+
		",推动项目早落地、早开工、早见效,确保全年目标任务圆满完成\n"+
		"。(牵头单位:市发改委)\n", today)
	if len(n.Tasks) != 1 || !strings.Contains(n.Tasks[0].Title+n.Tasks[0].Body, "方案的通知精神") {
		t.Errorf("item citing a notice: %+v", n.Tasks)
	}
}

// a cover letter broken at the printed width gave the notice's title: its
// first line names a document with 关于 and holds no stop
// (为贯彻落实《国务院关于印发…纲要(201 / 6—2030年)的通知》…,经国务院领导同志同
// / 意,现将…), and the lines under it up to the signature were taken as
// the title's rest. A line that opens as only a letter's sentence does
// (为贯彻…, 经…同意, 现将…), or says what a letter says of what it sends
// (…》已经省政府同意), is no title and ends none.
func TestCoverLetterLineIsNoTitle(t *testing.T) {
	plan := "中医药发展战略规划纲要\n" +
		"(2016—2030年)实施分工方案\n" +
		"一、切实提高中医医疗服务能力\n" +
		"1. 全面建成覆盖城乡的中医医疗服务网络。(国家中医药局、国家发展改革委负责)\n"
	n := Parse("各省、自治区、直辖市人民政府,国务院中医药工作部际联席会议各成员单位:\n"+
		"　　为贯彻落实《国务院关于印发中医药发展战略规划纲要(201\n"+
		"6—2030年)的通知》(国发〔2016〕15号),经国务院领导同志同\n"+
		"意,现将实施分工方案印发给你们,请认真落实。\n"+
		"国务院中医药工作部际联席会议办公室\n"+
		"2017年2月10日\n"+plan, today)
	if n.Title != "中医药发展战略规划纲要(2016—2030年)实施分工方案" || n.Issuer != "国务院中医药工作部际联席会议办公室" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	n = Parse("各开发区管委会,各镇人民政府、街道办事处,市政府各部门:\n"+
		"　　经市政府研究同意,现将《海城市关于贯彻落实2023年<辽宁\n"+
		"省政府工作报告><鞍山市政府工作报告><海城市政府工作报告>\n"+
		"任务分解和责任分工方案》印发给你们,请认真贯彻落实。\n"+
		"海城市人民政府\n"+
		"2023年3月17日\n"+
		"海城市关于贯彻落实2023年《辽宁省政府工作报告》任务分解和责任分工方案\n"+
		"一、经济社会发展主要目标\n"+
		"　　1.地区生产总值增长6.5%以上。\n"+
		"牵头单位:市发展和改革局\n", today)
	if n.Title != "海城市关于贯彻落实2023年《辽宁省政府工作报告》任务分解和责任分工方案" {
		t.Errorf("cover letter over a plan: title %q", n.Title)
	}
	// A title with 关于 over the letter is read as before.
	n = Parse("市人民政府关于印发海城市任务分解和责任分工方案的通知\n"+
		"各镇人民政府:\n"+
		"　　经市政府研究同意,现将《海城市任务分解和责任分工方案》印\n"+
		"发给你们,请认真贯彻落实。\n", today)
	if n.Title != "市人民政府关于印发海城市任务分解和责任分工方案的通知" {
		t.Errorf("title over the letter: %q", n.Title)
	}
}

// a line a PDF's copy broke out of a sentence, at its head a document's
// name (《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的 under …,根据),
// or the letter's words about what it sends cut short (《陕西省关于加快文旅
// 产业发展的若干措施》已经省政府同), was taken for the notice's title, its
// issuer read off it. A line under a printed line's width of a sentence
// left open is no title; nor is one saying a document 已经 approved.
func TestLineOfABrokenSentenceIsNoTitle(t *testing.T) {
	n := Parse("　　为认真贯彻落实国家和省、市关于稳增长各项决策部署,加\n"+
		"快推进供给侧结构性改革,着力促进全区经济平稳较快发展,根据\n"+
		"《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的\n"+
		"通知》(昆政发〔2016〕13号),结合官渡区实际,特制定如下政策\n"+
		"措施。\n"+
		"一、 提高投资项目审批效率\n"+
		"1. 精简项目审批手续。加快推进网上审批。(责任单位:区发展改革局)\n", today)
	if n.Title != "" || n.Issuer != "" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	n = Parse("陕政办发〔2023〕29号\n"+
		"各设区市人民政府,省人民政府各工作部门、各直属机构:\n"+
		"　　《陕西省关于加快文旅产业发展的若干措施》已经省政府同\n"+
		"意,现印发给你们,请认真贯彻执行。\n"+
		"陕西省人民政府办公厅\n"+
		"2023年12月28日\n"+
		"陕西省关于加快文旅产业发展的若干措施\n"+
		"一、以文塑旅,厚植文化根基\n"+
		"1.加强文化遗产保护利用。积极申报世界文化遗产。(省文物局负责)\n", today)
	if n.Title != "陕西省关于加快文旅产业发展的若干措施" {
		t.Errorf("letter over its measures: title %q", n.Title)
	}
}

// a table copied one cell a line, each cell's sentence broken where the
// copy broke it: 成立防治艾滋病工作委员会,设立办公室,配置专兼职工作人 / 员。 gave
// an owner 员 unlisted, and 将艾滋病防治规划纳入…总体规划, / 建立和完善…。 two
// tasks, the first not found. No printed width is read from cells of two
// lines; a line that ends at a comma goes on, and a sentence's last
// character or two under a line stopping inside a word go on it.
func TestCellBrokenInsideItsSentence(t *testing.T) {
	n := Parse("序号\n任务\n具体措施\n主要职能部门\n主要协作部门\n"+
		"1\n组织管理\n"+
		"成立防治艾滋病工作委员会,设立办公室,配置专兼职工作人\n员。\n"+
		"区公共卫生工作联席会议\n区卫生局\n"+
		"将艾滋病防治规划纳入本区国民经济和社会发展总体规划,\n建立和完善防治经费投入机制和多部门协调机制。\n"+
		"区公共卫生工作联席会议\n区卫生局\n", today)
	owners := []string{"区公共卫生工作联席会议", "区卫生局"}
	if len(n.Tasks) != 2 || !strings.HasSuffix(n.Tasks[0].Title, "配置专兼职工作人员") || !slices.Equal(n.Tasks[0].Owners, owners) ||
		!strings.HasSuffix(n.Tasks[1].Title, "总体规划,建立和完善防治经费投入机制和多部门协调机制") || !slices.Equal(n.Tasks[1].Owners, owners) {
		t.Errorf("tasks %+v", n.Tasks)
	}
	// A label's line under a line ending at a comma is its own.
	n = Parse("一、重点任务\n1.加快推进网上审批,\n责任单位:区发展改革局\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"区发展改革局"}) {
		t.Errorf("label under a comma: %+v", n.Tasks)
	}
}

// a paragraph with no number over a label of who answers for it
// (…饮水问题。 / 责任单位:市水务局) is read as a task where the label comes
// right under it; a paragraph a PDF's copy broke over four lines, joined
// again, is numbered by its first line, and the label four lines on was
// taken for another's: no task was read and nothing listed. The label
// under a paragraph's last line, nothing between, is right under it.
func TestLabelUnderAJoinedParagraph(t *testing.T) {
	n := Parse("　　通过新建水厂、水厂改造、引水库水等方式,积极推进集中\n"+
		"供水工程建设,延伸集中供水管网,提高农村自来水普及率,有条\n"+
		"件的地方发展城乡一体化供水。到2015年,基本解决全市农村饮\n"+
		"水不安全人口的饮水问题。\n"+
		"责任单位:市水务局\n", today)
	if len(n.Tasks) != 1 || !strings.HasPrefix(n.Tasks[0].Title, "通过新建水厂、水厂改造") || !slices.Equal(n.Tasks[0].Owners, []string{"市水务局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a PDF's line may end at the bracket that opens an item's owners
// (…查询涉案信息。（ / 责任单位：市高院、…上海银保监局、 / 上海证监局、…各区政府）):
// the line ended at no character, so nothing went on it, the bracket's
// label took its own line and the item was not found, with no word. A
// line that ends at a bracket it opens stops inside its sentence.
func TestLineEndingAtAnOpenBracketGoesOn(t *testing.T) {
	n := Parse("一、重点任务\n"+
		"　　（八）提升涉案信息线下查询渠道便利度。各相关部门和单\n"+
		"位支持管理人持人民法院受理破产申请裁定书在各区登记事务中心\n"+
		"等线下窗口查询破产企业相关信息，进一步便利管理人查询信息。（\n"+
		"责任单位：市高院、市公安局、市规划资源局、上海银保监局、\n"+
		"上海证监局、市税务局、市人力资源社会保障局、市住房城乡建\n"+
		"设管理委、市通信管理局；各区政府）\n"+
		"　　（九）完善综合竣工验收制度。结合不同类型项目特点，完善建\n"+
		"筑工程综合竣工验收制度。（责任部门：市住房城乡建设管理委）\n", today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "提升涉案信息线下查询渠道便利度" || !slices.Contains(n.Tasks[0].Owners, "市高院") ||
		!slices.Contains(n.Tasks[0].Owners, "各区政府") || !slices.Contains(n.Tasks[0].Owners, "市住房城乡建设管理委") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a page's title with the site's name after a dash (…的通知-九游会真人第一
// 品牌), as wide as a PDF copy's printed lines and ending at no mark, took
// the recipients line under it, and the notice's title was lost. A line
// of one piece with no comma or stop takes no recipients line.
func TestTitleTakesNoRecipients(t *testing.T) {
	// The notice as a PDF's copy gives it, its head as the page has it.
	text := "关于印发2023年全市普法依法治理工作要点的通知-九游会真人第一品牌\n" +
		"各县市区法治宣传教育工作领导小组,皖江江北新兴产业集中区、经济技术开发区、三山经济开发区管委,市直、驻芜各单位:\n" +
		"　　《2023年全市普法依法治理工作要点》已经市法治宣传教育\n" +
		"工作领导小组会议审议通过,现印发给你们,请结合实际认真贯彻\n" +
		"落实。\n" +
		"芜湖市法治宣传教育工作领导小组\n" +
		"2023年3月31日\n" +
		"2023年全市普法依法治理工作要点\n" +
		"　　2023年是全面贯彻落实党的二十大精神的开局之年,是“八\n" +
		"五”普法规划实施的中期之年。全市普法依法治理工作的总体要\n" +
		"求是:坚持以习近平新时代中国特色社会主义思想为指导,全面贯\n" +
		"彻落实党的二十大精神,深入学习宣传贯彻习近平法治思想,紧紧\n" +
		"围绕党委政府工作大局、围绕人民群众关心关注的问题开展普法\n" +
		"依法治理工作。在落实普法责任、增强普法实效、推进法治文化\n" +
		"建设、加强基层依法治理上下功夫。大力实施公民法治素养提升\n" +
		"行动,着力抓好中期检查评估,推动“八五”普法规划进一步落实,\n" +
		"努力使尊法学法守法用法在全社会蔚然成风,为加快打造省域副\n" +
		"中心、建设人民城市营造良好法治环境。\n" +
		"一、围绕工作大局、聚焦重点任务,广泛深入开展法治宣传教育\n" +
		"　　1. 深入学习宣传党的二十大精神。把学习宣传党的二十大\n" +
		"精神作为首要政治任务,切实把思想和行动统一到党的二十大精\n" +
		"神上来,把党的二十大重大决策部署,特别是关于全面依法治国的\n" +
		"重要论述贯彻到普法依法治理工作中。\n" +
		"　　2. 深入学习宣传习近平法治思想。通过多种形式,运用各类\n" +
		"媒体和平台,发挥各类普法阵地和各级普法讲师团作用,推动习近\n" +
		"平法治思想进农村、进社区、进机关、进企业、进校园、进军营、\n" +
		"进网络走深走实。\n" +
		"PASS\n"
	n := Parse(text, today)
	if n.Title != "关于印发2023年全市普法依法治理工作要点的通知" {
		t.Errorf("title %q", n.Title)
	}
}

// a page's breadcrumb (您当前所在的位置:首页 > 政务 > … > 信息公开规定), as
// wide as a PDF copy's printed lines and ending at no mark, took the
// notice's title under it, and the title was lost. A page's own line,
// which no PDF holds, takes no line under it.
func TestBreadcrumbTakesNoTitle(t *testing.T) {
	text := "欢迎浏览长沙市雨花区人民政府网站,\n" +
		"您当前所在的位置:首页 > 政务 > 基本信息公开 > 信息公开规定\n" +
		"长沙市人民政府办公厅关于印发《长沙市2014年度重点领域政府信息公开工作任务分解表》的通知\n" +
		"发布日期:2014-04-29 09:00:31     来源:\n" +
		"各区县(市)人民政府,市直机关各单位:\n" +
		"　　为深入推进我市政府信息公开工作,及时回应公众关切,保障\n" +
		"人民群众依法获取政府信息,根据《国务院办公厅关于印发当前\n" +
		"政府信息公开重点工作安排的通知》(国办发〔2013〕73号)和\n" +
		"《湖南省人民政府办公厅关于印发当前全省政府信息公开重点工\n" +
		"作安排的通知》(湘政办发〔2013〕54号)要求,经市人民政府同\n" +
		"意,现将我市2014年度重点领域政府信息公开工作任务分解到各\n" +
		"有关单位。请各单位对照工作任务,明确专人负责,强化组织协调,\n" +
		"确保工作落实。各项重点工作的牵头单位,要对工作任务进行细\n" +
		"化分解,明确具体要求,加强工作指导,各相关责任单位要密切配\n" +
		"合,落实责任,确保重点领域政府信息公开工作按要求落实到位。\n" +
		"市政府办公厅将适时组织有关部门对落实情况进行督查。\n" +
		"                                                                                长沙市人民政府办公厅\n"
	n := Parse(text, today)
	if n.Title != "长沙市人民政府办公厅关于印发《长沙市2014年度重点领域政府信息公开工作任务分解表》的通知" {
		t.Errorf("title %q", n.Title)
	}
}

// a page sets no bracket at a line's end: the bracket of an item's owners
// goes down to the next line (…查询涉案信息。 / （责任单位：市高院、…上海银保
// 监局、 / …各区政府）). Read apart, the item's sentence lost its owners,
// and the item, its number (（八）) a heading's over 2., was no task, with
// nothing listed. A bracket opened with a responsibility label and left
// open, under a line ending a sentence, goes on that line.
func TestPushedOwnersBracketGoesOnItsItem(t *testing.T) {
	n := Parse("营商环境政策汇编（2023）- 上海:\n"+
		"　　（八）提升涉案信息线下查询渠道便利度。各相关部门和单位支\n"+
		"持管理人持人民法院受理破产申请裁定书查询破产企业相关信息。\n"+
		"（责任单位：市高院、市公安局、市规划资源局、上海银保监局、\n"+
		"上海证监局、市税务局；各区政府）\n"+
		"　　2.完善综合竣工验收制度。结合不同类型项目特点，完善建筑工\n"+
		"程综合竣工验收制度。（责任部门：市住房城乡建设管理委）\n", today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "提升涉案信息线下查询渠道便利度" || !slices.Contains(n.Tasks[0].Owners, "市高院") || !slices.Contains(n.Tasks[0].Owners, "各区政府") {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a table's target cell that a PDF's copy broke at its 、 (对各街道和公共机构、
// 公共场所开展生活垃圾分类督查考核 / 1次,开展…) was read as more units of the
// row, with nothing listed. A name that holds a work's verb (开展) is
// listed, as one holding 完成 or 落实 is.
func TestNameHoldingAWorkVerbIsListed(t *testing.T) {
	n := Parse("一、重点任务\n"+
		"1.深入推进生活垃圾分类工作。(责任单位:区环卫所、公共场所开展生活垃圾分类督查考核)\n", today)
	if len(n.Tasks) != 1 || !slices.ContainsFunc(n.Tasks[0].Review, func(r Review) bool {
		return r.Field == "owners" && strings.Contains(r.Text.Zh, "“公共场所开展生活垃圾分类督查考核”不像一个单位的名称")
	}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a page's post line of labels in brackets, its last cut off (【文章来源:】
// 【作者:继教园区】【发布时间:2015-03-13】【点击量:), ends in a label's colon
// inside a bracket left open, as a PDF's bracket of owners broken at the
// width does, and took the notice's title under it. A page's post line
// takes no line under it.
func TestPostLabelsTakeNoTitle(t *testing.T) {
	text := "省厅文件\n" +
		"中共安徽省委教育工委 安徽省教育厅2015年工作要点\n" +
		"【文章来源:】 【作者:继教园区】 【发布时间:2015-03-13】 【点击量:\n" +
		"中共安徽省委教育工委  安徽省教育厅关于印发2015年工作要点的通知\n" +
		"各市、省直管县教育局,各高等学校、厅直属中专学校,委厅机关各处室、厅属各事业单位:\n" +
		"　　现将《中共安徽省委教育工委安徽省教育厅2015年工作要点》\n" +
		"印发给你们,请结合实际,认真贯彻落实。\n" +
		" 中共安徽省委教育工委      安徽省教育厅\n" +
		"2015年3月3日\n" +
		"(此件主动公开)\n" +
		"中共安徽省委教育工委安徽省教育厅2015年工作要点\n" +
		"　　2015年全省教育工作的总体要求是:深入学习贯彻党的十八\n" +
		"届三中、四中全会精神和习近平总书记系列重要讲话精神,坚决\n" +
		"落实省委、省政府和教育部决策部署,紧密结合实际,主动适应经\n" +
		"济发展新常态,全面加强党的建设,全面深化综合改革,全面推进\n" +
		"依法治教,坚持立德树人,提高教育质量,促进教育公平,以优良的\n" +
		"作风,全面完成“十二五”规划目标任务,为“十三五”时期全省\n" +
		"教育事业科学发展、基本实现教育现代化打下坚实基础。\n" +
		"　　一、深入学习贯彻习近平总书记系列重要讲话精神,加强教\n" +
		"育系统党的建设。\n"
	n := Parse(text, today)
	if strings.Join(strings.Fields(n.Title), "") != "中共安徽省委教育工委安徽省教育厅关于印发2015年工作要点的通知" {
		t.Errorf("title %q", n.Title)
	}
}
