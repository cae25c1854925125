package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 56, on probe 41's leftovers and the sets gathered this round.

// A label or a column of units and their persons holding two units each
// with its person apart by spaces (县商务局 王强 县市场监管局 赵刚) was read
// as one owner with the second person lost; a person's post after the
// name (张伟 副局长) made the whole value one owner; and in a table with no
// column of leaders, the person after the unit was dropped. Each unit is
// an owner, each person a leader, listed as 责任人 are.
func TestUnitsAndPersonsApartBySpaces(t *testing.T) {
	n := parseAt("XX县2023年民生实事工作任务清单\n1.新建农贸市场1个。\n责任单位及责任人:县商务局 王强 县市场监管局 赵刚\n完成时限:2023年12月底\n" +
		"2.新建城区幼儿园2所。\n责任单位及责任人:县教体局 张伟 副局长\n完成时限:2023年9月底\n")
	wantRows(t, "pairs", n, []probeRow{
		{"新建农贸市场1个", []string{"县商务局", "县市场监管局"}, nil, []string{"王强", "赵刚"}, "2023-12-31", []string{"leaders"}},
		{"新建城区幼儿园2所", []string{"县教体局"}, nil, []string{"张伟 副局长"}, "2023-09-30", []string{"leaders"}},
	})
	n = parseAt("XX县2023年民生实事工作任务清单\n序号 | 工作任务 | 责任单位及责任人 | 完成时限 |\n1 | 新建城区幼儿园2所 | 县教体局 张伟 | 2023年9月底 |\n" +
		"2 | 改造老旧小区10个 | 县住建局、李明 | 2023年11月底 |\n")
	wantRows(t, "table", n, []probeRow{
		{"新建城区幼儿园2所", []string{"县教体局"}, nil, []string{"张伟"}, "2023-09-30", []string{"leaders"}},
		{"改造老旧小区10个", []string{"县住建局"}, nil, []string{"李明"}, "2023-11-30", []string{"leaders"}},
	})
}

// Two bodies joined by 与 or 和 stayed one owner where the first was a
// section and the second no level's name (后勤资产处与饮食服务中心), where they
// lead together (市文旅局与市商务局联合牵头: one lead "X与Y"), or where the
// first was a company (物业公司和各学院).
func TestBodiesJoinedByYuAndHe(t *testing.T) {
	n := parseAt("XX学院2023年后勤保障工作要点\n一、资产管理\n1.做好食堂食品安全管理,由后勤资产处与饮食服务中心共同负责;\n" +
		"2.做好校园绿化养护,由后勤资产处牵头、物业公司和各学院配合;\n3.推进文旅融合。(市文旅局与市商务局联合牵头)\n4.推进城乡融合发展。(市农业农村局与市乡村振兴局共同牵头)\n")
	wantRows(t, "yu", n, []probeRow{
		{"做好食堂食品安全管理", []string{"后勤资产处", "饮食服务中心"}, nil, nil, "", nil},
		{"做好校园绿化养护", []string{"后勤资产处", "物业公司", "各学院"}, []string{"后勤资产处"}, nil, "", nil},
		{"推进文旅融合", []string{"市文旅局", "市商务局"}, []string{"市文旅局", "市商务局"}, nil, "", nil},
		{"推进城乡融合发展", []string{"市农业农村局", "市乡村振兴局"}, []string{"市农业农村局", "市乡村振兴局"}, nil, "", nil},
	})
	// A government's body named with 与 stays one (政府与社会资本合作: PPP).
	n = parseAt("XX市2023年重点工作任务分工\n1.规范PPP项目管理。(市政府与社会资本合作中心)\n2.推进财政改革。(市财政局)\n")
	wantRows(t, "ppp", n, []probeRow{
		{"规范PPP项目管理", []string{"市政府与社会资本合作中心"}, nil, nil, "", nil},
		{"推进财政改革", []string{"市财政局"}, nil, nil, "", nil},
	})
}

// A portal's banner naming two bodies over a plan's title (山西省人民政府
// 商务部, its furniture after them) left the notice with no title.
func TestBannerOverPlanTitle(t *testing.T) {
	n := parseAt("山西省人民政府     商务部    今天是: 设为首页加入收藏   切换到繁体 无障碍浏览\n山西省推进服务业提质增效2022年行动计划\n发布日期:2022-04-22 16:05       来源:       \n\n晋政办发〔2022〕35号\n\n" +
		"为推动服务业提质增效,制定本行动计划。\n一、促进服务业恢复稳定增长\n1.全面落实服务业普惠性纾困扶持措施。(省发展改革委、省财政厅负责)\n")
	if n.Title != "山西省推进服务业提质增效2022年行动计划" || n.Issuer != "" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
}

// A site's line of labels apart by " | " under the title (政策来源:… |
// 发布机构:… | 发布时间:…) was taken for a table, and the letter's signature
// under it was never read: no issuer, no date.
func TestPolicySourceLineIsNoTable(t *testing.T) {
	n := parseAt("当前位置:\n\n关于印发成华区促进消费恢复发展若干措施的通知\n\n政策来源:成都市成华区人民政府办公室 | 发布机构:成都市成华区人民政府办公室 | 发布时间:2022-07-27 | 2296 次浏览: | 分享到:\n\n" +
		"各街道办事处,区政府各部门:\n    《成华区促进消费恢复发展若干措施》现印发你们,请认真贯彻执行。\n\n成都市成华区人民政府办公室\n2022年7月25日\n\n成华区促进消费恢复发展若干措施\n一、促进汽车消费\n1.发放汽车消费券。(区商务局)\n")
	if n.Issuer != "成都市成华区人民政府办公室" || n.Date.Format("2006-01-02") != "2022-07-25" {
		t.Errorf("issuer %q date %v", n.Issuer, n.Date)
	}
}

// A union's form (set 125): 单位(盖章):区总工会 under the title was glued
// into it; the columns 对标对象 / 对标项目 were read as one, putting the peer
// union in the task's place; two persons one a line in the 责任人 cell lost
// the second; a row whose merged first cell is left out took its task as
// that cell; and 2018.09 was no date.
func TestUnionFormTable(t *testing.T) {
	n := parseAt("2018年度对标管理工作任务清单\n单位(盖章):区总工会\n序号\n对标对象\n对标项目\n年度赶超目标任务\n赶超工作措施\n(含阶段性重点工作)\n责任人\n完成时限\n" +
		"1\n武汉市江夏区总工会\n改善劳动模范评选和管理服务\n表彰25名襄州劳动模范和先进工作者。\n开展全区第九届劳动模范评选推荐工作。\n姚勇\n肖 扬\n2018.09\n" +
		"2\n职工权益维护\n通过机制维权,加大职工维权力度\n发挥职工法律服务团作用;全年办理职工维权案件不少于10件。\n习志奇\n2018.12\n")
	if n.Title != "2018年度对标管理工作任务清单" || n.Issuer != "区总工会" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	wantRows(t, "union form", n, []probeRow{
		{"改善劳动模范评选和管理服务", nil, nil, []string{"姚勇", "肖 扬"}, "2018-09-30", []string{"leaders"}},
		{"职工权益维护", nil, nil, []string{"习志奇"}, "2018-12-31", []string{"leaders"}},
	})
}

// A rule that marked units lead, its mark lost in the text (责任单位中标记的
// 为牵头单位): the lead was left empty in silence, and the rule's line was
// listed as a task left unread.
func TestLostMarkRule(t *testing.T) {
	n := parseAt("全面推进民和气象高质量发展工作任务分工\n为贯彻落实…要求,特制定以下工作任务分工。(责任单位中标记的为牵头单位)\n一、夯实基础能力\n1.补充建设区域自动气象观测站。\n责任单位:县气象局、发展和改革局、财政局\n" +
		"2.做好气象科普。\n责任单位:县气象局\n")
	wantRows(t, "lost mark", n, []probeRow{
		{"补充建设区域自动气象观测站", []string{"县气象局", "发展和改革局", "财政局"}, nil, nil, "", []string{"lead"}},
		{"做好气象科普", []string{"县气象局"}, nil, nil, "", nil},
	})
	if len(n.Unread) != 0 {
		t.Errorf("the rule's line listed unread: %v", n.Unread)
	}
}

// Page furniture read as the notice's (sets 123, 126): a law site's 目录
// button as the title, a samples site's 标签: line glued onto it, a site's
// menu a word a line as the title and its font-size buttons ([ 大 ]) as the
// item's owner, 发文序号: kept in the number, and the index's short issuer
// (区政府办) over the signature's full name.
func TestPageFurnitureNotTheNotices(t *testing.T) {
	n := parseAt("首页 > 法律法规 > 正文阅览\n\n目录\n\n1.实行医疗联合体网格化管理。(市卫生计生委、市人力社保局负责,排在第一位的为牵头部门,下同)\n2.落实不同医疗机构功能定位。(市卫生计生委、市财政局负责)\n")
	if n.Title != "" || len(n.Tasks) != 2 {
		t.Errorf("law site: title %q, %d tasks", n.Title, len(n.Tasks))
	}
	n = parseAt("在精神文明创建活动中深入开展爱国卫生运动的实施方案\n标签: #实施方案\n一、工作任务\n1.开展市容环境整治。(县总医院)\n2.开展公共场所整治。(县妇幼保健院)\n")
	if n.Title != "在精神文明创建活动中深入开展爱国卫生运动的实施方案" {
		t.Errorf("tag line in the title: %q", n.Title)
	}
	n = parseAt("网站首页\n民生动态\n信息公示\n领导关注\n政策措施\n媒体聚焦\n您当前所在的位置:\n首页\n>\n民生工程\n十九、县级公立医院药品零差率补助\n发布日期2014-04-11\n作者:市民生办\n字体大小:\n[ 大 ]\n[ 小 ]\n" +
		"在7个县(市、区)施行县级公立医院药品零差率补助,省级财政补助及时拨付医院。(牵头部门:市卫生局)\n打印\n关闭\n")
	if n.Title != "" {
		t.Errorf("menu as title: %q", n.Title)
	}
	wantRows(t, "card", n, []probeRow{{"县级公立医院药品零差率补助", []string{"市卫生局"}, []string{"市卫生局"}, nil, "", nil}})
	n = parseAt("• 索引号:11N000/ZK-2023-000021\n  • 发文单位:区政府办\n  • 信息名称:关于印发《2023年区政府工作报告重点工作分工方案》的通知\n  • 发文序号:京兴政办发〔2023〕1 号\n  • 成文日期:2023年3月3日\n\n" +
		"关于印发《2023年区政府工作报告重点工作分工方案》的通知\n\n  各镇人民政府,区政府各委、办、局:\n\n  《2023年区政府工作报告重点工作分工方案》已经区政府常务会审议通过,现印发给你们,\n\n" +
		"  一、提高政治站位,强化担当意识。各部门、各单位要将落实好区政府工作报告重点工作作为一项重要政治任务。\n\n  二、狠抓工作落实,确保任务完成。各部门、各单位要按照原则将重点工作进行分解。\n\n  北京市大兴区人民政府办公室\n\n  2023年3月3日 \n")
	if n.Number != "京兴政办发〔2023〕1 号" || n.Issuer != "北京市大兴区人民政府办公室" {
		t.Errorf("number %q issuer %q", n.Number, n.Issuer)
	}
}

// A hospital's plan issued as it is (set 123): its title under its number
// and over the recipients, closing with the years it runs (2023-2025年),
// was no title, and the masthead 医院文件 gave the issuer 医院.
func TestPlanTitleUnderNumber(t *testing.T) {
	n := parseAt("医院文件\n蚌五院〔2023〕 50号\n蚌埠市第五人民医院改善就医感受提升患者体验主题活动方案(2023-2025年)\n院属各科室:\n根据上级通知要求,现将工作内容进行责任分解,请各科室压实责任。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。\n")
	if n.Title != "蚌埠市第五人民医院改善就医感受提升患者体验主题活动方案(2023-2025年)" || n.Issuer == "医院" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
}

// A duty table (set 124) whose header stands on one line apart by spaces
// (序号 涉及部门 职责分工) over rows one cell a line lost its last row to
// the notes after it; 涉及部门 named no unit column. And 由各村和各单位各自
// 负责 read 各单位各自 as a unit.
func TestSpacedHeaderBareRowsAndEachOwn(t *testing.T) {
	n := parseAt("中小学校食品安全管理\n序号 涉及部门 职责分工\n1\n市教育局\n负责校园食品安全管理工作。\n2\n市市场监督管理局\n负责学校集中用餐食品安全的监督管理。\n3\n市卫生健康委\n负责组织开展校园食品安全风险监测。\n\n相关依据:\n\n" +
		"1.《学校食品安全与营养健康管理规定》\n2.《河北省校园食品安全守护行动实施方案》\n")
	wantRows(t, "duty table", n, []probeRow{
		{"负责校园食品安全管理工作", []string{"市教育局"}, nil, nil, "", nil},
		{"负责学校集中用餐食品安全的监督管理", []string{"市市场监督管理局"}, nil, nil, "", nil},
		{"负责组织开展校园食品安全风险监测", []string{"市卫生健康委"}, nil, nil, "", nil},
	})
	n = parseAt("XX镇春节期间安全工作检查方案\n一、检查内容\n1.交通安全。加大对运输安全的执法检查力度,由各村和各单位各自负责。\n2.消防安全。开展消防安全检查,由各村和各单位各自负责。\n")
	for _, k := range n.Tasks {
		if slices.Contains(k.Owners, "各单位各自") || !slices.Contains(k.Owners, "各单位") {
			t.Errorf("task %s owners %q", k.ID, k.Owners)
		}
	}
}

// Items that open with the unit leading them and go straight on to the
// work (安监股牵头检查…), no bracket or label after: the whole list was
// refused as holding no task. The unit leads and owns the item, listed;
// 市发改委牵头的项目 names no one.
func TestHeadLeadWorkItems(t *testing.T) {
	n := parseAt("教育系统安全生产实施方案\n四、职责分工\n1、安监股牵头检查中小学安全管理、安全教育、隐患排查整治工作;\n2、工农办牵头检查幼儿园安全管理、安全监管工作;\n" +
		"3、校园交通安全管理中队牵头检查学生上下学交通安全和校车安全运行情况。\n")
	wantRows(t, "head lead", n, []probeRow{
		{"安监股牵头检查中小学安全管理", []string{"安监股"}, []string{"安监股"}, nil, "", []string{"owners"}},
		{"工农办牵头检查幼儿园安全管理", []string{"工农办"}, []string{"工农办"}, nil, "", []string{"owners"}},
		{"校园交通安全管理中队牵头检查", []string{"校园交通安全管理中队"}, []string{"校园交通安全管理中队"}, nil, "", []string{"owners"}},
	})
	if _, ok := headLeadWork("市发改委牵头的项目要加快推进"); ok {
		t.Error("市发改委牵头的项目 read as the item's lead")
	}
}

// Units at an item's head beside a closing bracket (probe 41): a head unit
// whose name opens as a verb would (组织部, 监督科, 协调办, 建设银行XX支行)
// was refused and lost in silence; a bracket of collectives ((各乡镇),
// (各乡镇配合)) dropped the head's units or all owners; 牵头组织实施 hid
// the helpers after it (县城管局参与); collectives and open names at the
// head or among the helpers were refused.
func TestHeadUnitsBesideBracketMore(t *testing.T) {
	n := parseAt("中共XX县委办公室关于印发2023年党建工作要点的通知\n一、加强党的政治建设\n1.组织部牵头,宣传部、统战部配合,开展党员教育培训。(县委组织部)\n" +
		"2.建设银行XX支行负责,各商业银行配合,做好普惠金融服务。(县金融办)\n3.县文旅局负责,县商务局配合,开展文旅消费季活动。(各乡镇)\n" +
		"4.县教体局负责,做好学生体检工作。(各乡镇配合)\n5.县住建局牵头组织实施,县城管局参与,推进城区道路改造。(县交通局)\n6.各乡镇负责,县直有关部门配合,做好秸秆禁烧工作。(县生态环境分局)\n")
	wantRows(t, "head units", n, []probeRow{
		{"组织部牵头", []string{"组织部", "宣传部", "统战部", "县委组织部"}, []string{"组织部"}, nil, "", []string{"owners"}},
		{"建设银行XX支行负责", []string{"建设银行XX支行", "各商业银行", "县金融办"}, nil, nil, "", []string{"owners"}},
		{"县文旅局负责", []string{"县文旅局", "县商务局", "各乡镇"}, nil, nil, "", []string{"owners"}},
		{"县教体局负责", []string{"县教体局", "各乡镇"}, nil, nil, "", []string{"owners"}},
		{"县住建局牵头组织实施", []string{"县住建局", "县城管局", "县交通局"}, []string{"县住建局"}, nil, "", []string{"owners"}},
		{"各乡镇负责", []string{"各乡镇", "县生态环境分局"}, nil, nil, "", []string{"owners"}},
	})
}

// A forum's copy guard glued to an item's ends (, I% H9 r: m2 |* {对府东…
// (住建局牵头) x& L1 ]8 N) l6 J( k) was read into the first item and the
// rest, short lines with no stop in them before their bracket
// ((三水街道牵头)), were not read (set 130).
func TestForumGuardAndShortBracketLines(t *testing.T) {
	n := parseAt("|\n下面是民生实事里面提到的部分:\n) Y3 J/ M3 J\" R! Z\n, I% H9 r: m2 |* {对府东新村、光明北村等7个老旧小区进行基础性改造,选择3个小区进行宜居住区提升性改造(住建局牵头) x& L1 ]8 N) l6 J( k\n" +
		"马厂七期6栋396套安置房完成主体工程(三水街道牵头)' l1 J8 n9 Y9 x\n东桥新村22栋900套高层安置房主体工程完成正负零 (罗塘街道牵头)9 @! _2 C* M0 C% r+ U' q\n兴梁公寓9栋312套安置房主体工程完成正负零(梁徐街道牵头) |\n|\n")
	wantRows(t, "forum", n, []probeRow{
		{"对府东新村、光明北村等7个老旧小区", []string{"住建局"}, []string{"住建局"}, nil, "", []string{"owners"}},
		{"马厂七期6栋396套安置房完成主体工程", []string{"三水街道"}, []string{"三水街道"}, nil, "", []string{"owners"}},
		{"东桥新村22栋900套高层安置房主体工程", []string{"罗塘街道"}, []string{"罗塘街道"}, nil, "", []string{"owners"}},
		{"兴梁公寓9栋312套安置房主体工程", []string{"梁徐街道"}, []string{"梁徐街道"}, nil, "", []string{"owners"}},
	})
	// A row of figures apart by spaces is no guard.
	if got := dropJammers([]string{"1 2 3 4 5", "6 7 8 9 10", "11 12 13 14 15"}); len(got) != 3 || got[0] != "1 2 3 4 5" {
		t.Errorf("figures dropped: %q", got)
	}
	// Nor are a table's empty cells (| | |).
	if got := dropJammers([]string{"| | | 牵头单位 |", "1 | | | 县财政局 |", "2 | | | 县税务局 |"}); got[1] != "1 | | | 县财政局 |" {
		t.Errorf("empty cells dropped: %q", got)
	}
}

// Dates that are no deadline and deadlines said otherwise (set 130):
// 2000年前建成的(老旧小区) names which estates, and 力争到"十四五"末 is the
// year the target is met by.
func TestBuiltBeforeAndPlanEnd(t *testing.T) {
	n := parseAt("关于实施城市更新行动推动城市高质量发展的实施方案\n一、重点任务\n(一)实施城镇老旧小区改造工程。建立改造资金机制。力争到“十四五”末基本完成2000年前建成的需改造城镇老旧小区改造任务。(省住房城乡建设厅、省财政厅按职责分工负责)\n")
	wantRows(t, "built before", n, []probeRow{{"实施城镇老旧小区改造工程", []string{"省住房城乡建设厅", "省财政厅"}, nil, nil, "2025-12-31", []string{"due"}}})
}

// Headers said otherwise (sets 129, 130): a news post headlined 上海印发
// 2022年…工作要点 whose lead names the body and the day it issued the
// document, and a letter signed with a date naming no year.
func TestNewsLeadIssuerAndYearlessSignature(t *testing.T) {
	n := parseAt("上海印发2022年上海市打击侵犯知识产权和制售假冒伪劣商品工作要点\n\n时间:2022-09-06 来源:上海市双打办 阅读:1112\n\n" +
		"上海市打击侵犯知识产权和制售假冒伪劣商品工作领导小组于2022年7月7日印发《2022年上海市打击侵犯知识产权和制售假冒伪劣商品工作要点》,全文如下:\n\n" +
		"2022年上海市打击侵犯知识产权和制售假冒伪劣商品工作要点\n\n开展2022年全国打击侵犯知识产权和制售假冒伪劣商品工作,要坚持以习近平新时代中国特色社会主义思想为指导。\n\n一、坚持多点发力\n\n" +
		"1.加强商标保护。以驰名商标为重点,加大保护力度。(市市场监管局、市知识产权局按职责分工负责)\n2.加强专利保护。(市知识产权局负责)\n")
	if n.Title != "2022年上海市打击侵犯知识产权和制售假冒伪劣商品工作要点" || n.Issuer != "上海市打击侵犯知识产权和制售假冒伪劣商品工作领导小组" || n.Date.Format("2006-01-02") != "2022-07-07" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	n = parseAt("各市(区)人民政府,市各有关部门、单位:\n为加快推进市区棚户区改造工作,经市政府同意,现将分解方案印发给你们,请认真贯彻执行。\n附件:1.2015年—2017年全市棚户区改造目标任务分解方案\n泰州市人民政府办公室\n12月30日\n")
	if n.Issuer != "泰州市人民政府办公室" || !n.Date.IsZero() {
		t.Errorf("issuer %q date %v", n.Issuer, n.Date)
	}
}

// Set 128 (measured unseen before): a bracket naming a kind of firms
// beside bodies (基础电信企业) was no bracket of units; a document site's
// blurb (文本为Word版本,下载可任意编辑) ran into the title and its page mark
// (2、) split an item's bracket where the page above stopped mid-list; a
// rectification's card numbering its fields (一、整改事项 / 二、责任单位 /
// … / 五、整改时限) was read as sections, no task.
func TestFirmsBracketPreviewAndFieldCard(t *testing.T) {
	n := parseAt("延边州人民政府办公室关于加快推动第五代移动通信网络建设的通知\n各县(市)人民政府,州人民政府各委办局:\n现就推进全州5G移动通信网络建设工作通知如下:\n一、统筹规划5G网络及相关配套建设\n" +
		"进一步加强统筹协调和规划布局,充分利用现有资源。2020年底前完成5G基站专项规划。(州自然资源局、州工信局、基础电信企业、各县〔市〕人民政府)\n")
	wantRows(t, "firms", n, []probeRow{{"统筹规划5G网络及相关配套建设", []string{"州自然资源局", "州工信局", "基础电信企业", "各县〔市〕人民政府"}, nil, nil, "2020-12-31", []string{"due"}}})
	n = parseAt("加快推进5G网络建设实施方案.docx\n《加快推进5G网络建设实施方案.docx》由会员分享,可在线阅读,更多相关《加快推进5G网络建设实施方案.docx(9页珍藏版)》请在淘文阁 - 分享文档赚钱的网站上搜索。\n" +
		"1、文本为Word版本,下载可任意编辑加快推进5G网络建设实施方案加快推进5G网络建设实施方案 (一)加快5G网络规划建设。 1.加快5G站址规划的审批工作。各县(市、区)要对应明确主管部门和职责分工,做好本地区5G网络站址规划(简称“5G规划”)编制审批工作。5G规划审批完成后及时向社会进行公示。自然资源和规划部门要加大支持力度,将5G基站建设用地需求统筹纳入国土空间规划,保障5G基站建设用地。(责任单位:市通信发展办、市工业和信息化局\n" +
		"2、、市自然资源和规划局,各县市、区政府管委会)\n")
	if n.Title != "加快推进5G网络建设实施方案" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 1 || !slices.Contains(n.Tasks[0].Owners, "市自然资源和规划局") {
		t.Errorf("preview: %+v", n.Tasks)
	}
	n = parseAt("《整改方案》明确的编号36整改事项已整改完成。现予以公示。\n一、整改事项\n盐城市内河码头布局分散、发展无序,55个码头不在港口规划范围内。\n二、责任单位\n盐城市盐都区人民政府。\n三、验收单位\n盐城市交通局。\n" +
		"四、整改目标\n加快推进内河码头合理布局,有序发展。\n五、整改时限\n2023年 11 月 30日前。\n六、整改完成情况\n已完成问题整改。\n")
	wantRows(t, "card", n, []probeRow{{"盐城市内河码头布局分散、发展无序", []string{"盐城市盐都区人民政府"}, nil, nil, "2023-11-30", nil}})
	if len(n.Tasks) == 1 && n.Tasks[0].Line != 3 {
		t.Errorf("the task's line %d, want 3 (lines keep their numbers)", n.Tasks[0].Line)
	}
}

// Joint issuers (set 129): sixteen bodies signing two a line over eight
// lines, one of them a federation (全国工商联), gave no issuer; two signing
// one a line, the first a joint office whose name quotes “双随机、一公开”,
// gave the second only.
func TestJointSignersMore(t *testing.T) {
	n := parseAt("关于印发贯彻实施《国家标准化发展纲要》行动计划的通知\n国市监标技发〔2022〕64号\n经国务院同意,现将《行动计划》印发给你们,请认真贯彻执行。\n" +
		"市场监管总局 中央网信办\n国家发展改革委 科技部\n工业和信息化部 公安部\n民政部 住房城乡建设部\n交通运输部 农业农村部\n商务部 卫生健康委\n应急部 人民银行\n国务院国资委 全国工商联\n2022年7月6日\n(此件公开发布)\n" +
		"贯彻实施《国家标准化发展纲要》行动计划\n一、强化标准化工作统筹推进。完善配套政策。〔市场监管总局(标准委)、国家发展改革委等部门按职责分工负责〕\n")
	if !strings.HasPrefix(n.Issuer, "市场监管总局、中央网信办、") || !strings.HasSuffix(n.Issuer, "国务院国资委、全国工商联") {
		t.Errorf("issuer %q", n.Issuer)
	}
	n = parseAt("各成员单位,各有关部门:\n根据有关要求,研究制定了《2023年度部门联合抽查工作计划》,现予以印发,请认真组织实施。\n特此通知。\n附件:2023年度部门联合抽查工作计划.doc\n" +
		"上海市嘉定区市场监管领域联合“双随机、一公开”监管联席会议办公室\n上海市嘉定区市场监督管理局\n2023年3月28日\n")
	if n.Issuer != "上海市嘉定区市场监管领域联合“双随机、一公开”监管联席会议办公室、上海市嘉定区市场监督管理局" {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// Probe 42's findings on this round's rules. Units and persons in more
// shapes: a post before the name, a four-character name, padded names, a
// unit's section, two persons, a last unit with none; a table's unit
// column naming a unit and its section keeps both, and a row naming no
// person takes none from the row above (no column of persons to merge).
func TestUnitsAndPersonsMoreShapes(t *testing.T) {
	for _, c := range []struct{ in, units, people string }{
		{"县教体局 副局长 张伟", "县教体局", "副局长 张伟"},
		{"县水利局 欧阳明华", "县水利局", "欧阳明华"},
		{"县城管局 张 军 县住建局 李 明", "县城管局、县住建局", "张 军|李 明"},
		{"县住建局 王强 李刚", "县住建局", "王强|李刚"},
		{"县民政局 王强 县商务局", "县民政局、县商务局", "王强"},
		{"镇农办 王强 主任 镇环卫所 李刚 所长", "镇农办、镇环卫所", "王强 主任|李刚 所长"},
		{"县民政局 社会事务股 李明", "县民政局 社会事务股", "李明"},
	} {
		u, p := unitsThenPersons(c.in)
		if u != c.units || strings.Join(p, "|") != c.people {
			t.Errorf("%s: units %q persons %q, want %q %q", c.in, u, p, c.units, c.people)
		}
	}
	if u, p := unitsThenPersons("县城管局 环卫所"); p != nil {
		t.Errorf("a unit's station read as a person: %q %q", u, p)
	}
	n := parseAt("XX县2023年民生实事工作任务清单\n序号 | 工作任务 | 责任单位及责任人 | 完成时限 |\n1 | 新建城区幼儿园2所 | 县教体局 张伟 | 2023年9月底 |\n" +
		"2 | 改造老旧小区10个 | 县住建局 建管股 | 2023年11月底 |\n3 | 新建农贸市场1个 | 县商务局、县市场监管局 | 2023年12月底 |\n")
	wantRows(t, "table", n, []probeRow{
		{"新建城区幼儿园2所", []string{"县教体局"}, nil, []string{"张伟"}, "2023-09-30", []string{"leaders"}},
		{"改造老旧小区10个", []string{"县住建局 建管股"}, nil, nil, "2023-11-30", nil},
		{"新建农贸市场1个", []string{"县商务局", "县市场监管局"}, nil, nil, "2023-12-31", nil},
	})
}

// Probe 42: bodies joined by 与 or 和 acting together whose names end as a
// broadcaster, a school or a company; a company among the helpers of a
// closing clause (县住建局牵头,城投公司和各乡镇配合); a head run 牵头、Y配合
// and 牵头抓总,Y具体负责; marks kept under a rule on a line of its own
// (标★的为牵头单位, 注:…) or under 标记的 wording; a date that says which
// things (建成投用的).
func TestProbe42Findings(t *testing.T) {
	n := parseAt("XX市2023年重点工作任务分工\n1.加强新闻宣传。(市广播电视台与市融媒体中心共同负责)\n2.加强学科建设,由新闻与传播学院与科研处共同负责。\n" +
		"3.推进安置房建设,由XX建设有限公司和XX监理公司共同负责。\n4.推进道路改造,县住建局牵头,城投公司和各乡镇配合。\n5.做好实验室安全,由实验室与设备管理处负责。\n")
	wantRows(t, "joined", n, []probeRow{
		{"加强新闻宣传", []string{"市广播电视台", "市融媒体中心"}, nil, nil, "", nil},
		{"加强学科建设", []string{"新闻与传播学院", "科研处"}, nil, nil, "", nil},
		{"推进安置房建设", []string{"XX建设有限公司", "XX监理公司"}, nil, nil, "", nil},
		{"推进道路改造", []string{"县住建局", "城投公司", "各乡镇"}, []string{"县住建局"}, nil, "", []string{"owners"}},
		{"做好实验室安全", []string{"实验室与设备管理处"}, nil, nil, "", nil},
	})
	n = parseAt("XX县2023年重点工作实施方案\n三、重点任务\n1、县住建局牵头、县城管局配合开展城区道路改造;\n2、县发改局牵头抓总,各乡镇具体负责项目推进;\n")
	wantRows(t, "head run", n, []probeRow{
		{"县住建局牵头、县城管局配合开展城区道路改造", []string{"县住建局", "县城管局"}, []string{"县住建局"}, nil, "", []string{"owners"}},
		{"县发改局牵头抓总", []string{"县发改局", "各乡镇"}, []string{"县发改局"}, nil, "", []string{"owners"}},
	})
	for _, text := range []string{
		"XX县2023年优化营商环境重点任务分工\n(标★的为牵头单位)\n1.压缩企业开办时间。(★县市场监管局、县税务局、县人社局)\n2.推进工程建设项目审批改革。(县住建局、★县行政审批局)\n",
		"XX县2023年优化营商环境重点任务分工\n一、提升政务服务效能\n1.压缩企业开办时间。\n责任单位:★县市场监管局、县税务局、县人社局\n2.推进工程建设项目审批改革。\n责任单位:县住建局、★县行政审批局\n注:标★的为牵头单位。\n",
		"XX县2023年优化营商环境重点任务分工\n(责任单位中标记的为牵头单位)\n1.压缩企业开办时间。(★县市场监管局、县税务局、县人社局)\n2.推进工程建设项目审批改革。(县住建局、★县行政审批局)\n",
	} {
		wantRows(t, "marks", parseAt(text), []probeRow{
			{"压缩企业开办时间", []string{"县市场监管局", "县税务局", "县人社局"}, []string{"县市场监管局"}, nil, "", nil},
			{"推进工程建设项目审批改革", []string{"县住建局", "县行政审批局"}, []string{"县行政审批局"}, nil, "", nil},
		})
	}
	n = parseAt("XX市2023年城市建设重点任务\n1.2022年底前建成投用的充电桩要纳入统一监管平台。(市发改委)\n2.新建公共充电桩500个,2023年底前完成。(市发改委)\n")
	if len(n.Tasks) != 2 || !n.Tasks[0].Due.IsZero() || n.Tasks[1].Due.Format("2006-01-02") != "2023-12-31" {
		t.Errorf("dues: %+v", n.Tasks)
	}
}

// Probe 42, older gaps beside this round's rules: a level's own hall or
// station alone in a bracket (县图书馆, 镇文化站) was no unit, and the list
// was refused; the notice's joint issuers over a list's title were glued
// into it; a form's 单位(盖章) beside its 填报日期; a letter signed over a
// date with no year, the list under it.
func TestHallsBannersFormsYearless(t *testing.T) {
	n := parseAt("XX县2023年文化工作要点\n1.开展全民阅读活动。(县图书馆)\n2.举办非遗展演。(县文化馆)\n3.新建村级文化广场3个。(镇文化站)\n")
	wantRows(t, "halls", n, []probeRow{
		{"开展全民阅读活动", []string{"县图书馆"}, nil, nil, "", nil},
		{"举办非遗展演", []string{"县文化馆"}, nil, nil, "", nil},
		{"新建村级文化广场3个", []string{"镇文化站"}, nil, nil, "", nil},
	})
	n = parseAt("中共XX县委     XX县人民政府\nXX县2023年乡村振兴重点工作任务清单\n1.稳定粮食生产。(县农业农村局牵头,各乡镇负责)\n2.巩固脱贫攻坚成果。(县乡村振兴局牵头,县直各单位配合)\n")
	if n.Title != "XX县2023年乡村振兴重点工作任务清单" || n.Issuer != "中共XX县委、XX县人民政府" {
		t.Errorf("banner: title %q issuer %q", n.Title, n.Issuer)
	}
	n = parseAt("2023年上半年重点工作任务完成情况报告表\n单位(盖章):县民政局                填报日期:2023年7月5日\n序号 | 工作任务 | 完成情况 | 责任股室 | 完成时限 |\n" +
		"1 | 新建社区养老服务站5个 | 已完成3个 | 养老服务股 | 2023年12月底 |\n2 | 开展困难群众救助 | 已完成 | 社会救助股 | 2023年6月底 |\n")
	if n.Title != "2023年上半年重点工作任务完成情况报告表" || n.Issuer != "县民政局" || n.Date.Format("2006-01-02") != "2023-07-05" {
		t.Errorf("form: title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	n = parseAt("各市(区)人民政府,市各有关部门、单位:\n为加快推进棚户区改造工作,经市政府同意,现将分解方案印发给你们,请认真贯彻执行。\n附件:棚户区改造任务分解表\nXX市人民政府办公室\n12月30日\n" +
		"棚户区改造任务分解表\n1.完成棚户区改造5000户。(市住建局)\n2.落实改造资金。(市财政局)\n")
	if n.Issuer != "XX市人民政府办公室" || n.Title != "棚户区改造任务分解表" || !n.Date.IsZero() || len(n.Tasks) != 2 {
		t.Errorf("yearless: title %q issuer %q date %v, %d tasks", n.Title, n.Issuer, n.Date, len(n.Tasks))
	}
}

// A paid sample's card over the text (set 122): its heading marked *, its
// readers, price and free preview, and its warning were read into the
// title.
func TestPaidSampleCard(t *testing.T) {
	n := parseAt("乡镇2021年创建全国文明城市工作方案*\n\n90 人阅读 2022-05-22 9.00元(299 积分) 免费试读\n\n(仅供学习参考,切勿通篇使用)\n\nxx镇2021年创建全国文明城市工作方案\n\n" +
		"公共文明是衡量城市文明的重要标尺,我镇制定本方案。\n\n一、工作任务\n\n1.生活垃圾定点投放。(拆违控违办、各村、社区)\n2.整治背街小巷。(城管中队)\n")
	if n.Title != "xx镇2021年创建全国文明城市工作方案" {
		t.Errorf("title %q", n.Title)
	}
}

// A cover letter from a result list (set 132): the entry's number before
// the title (1. 关于…), and the signature and date whose indent the copy
// lost as question marks (??上海市崇明区农业农村委员会).
func TestEntryNumberAndLostIndent(t *testing.T) {
	n := parseAt("1. 關(guān)于印發(fā)《2025年崇明區(qū)地產(chǎn)農(nóng)產(chǎn)品質(zhì)量安全監(jiān)管工作方案》的通知\n\n        字號:\n\n        關(guān)于印發(fā)《2025年崇明區(qū)地產(chǎn)農(nóng)產(chǎn)品質(zhì)量安全監(jiān)管工作方案》的通知\n\n        滬崇農(nóng)發〔2025〕33號\n\n        各鄉(xiāng)鎮(zhèn)人民政府,各有關(guān)單位:\n\n        ??圍繞貫徹落實(shí)中央農(nóng)村工作會議及上海市農(nóng)業(yè)生產(chǎn)工作會議精神,按照本市農(nóng)產(chǎn)品質(zhì)量安全監(jiān)管年度工作部署,為扎實(shí)做好本區(qū)農(nóng)產(chǎn)品質(zhì)量安全監(jiān)管工作,全面落實(shí)上海市鄉(xiāng)村振興重點(diǎn)任務(wù)清單,我委研究制定《2025年崇明區(qū)地產(chǎn)農(nóng)產(chǎn)品質(zhì)量安全監(jiān)管工作方案》,現(xiàn)予印發(fā)。請認(rèn)真抓好落實(shí)。\n\n        ??特此通知。\n\n        ??上海市崇明區(qū)農(nóng)業(yè)農(nóng)村委員會\n\n        ??2025年4月11日\n\n        2025年崇明區(qū)地產(chǎn)農(nóng)產(chǎn)品質(zhì)量安全監(jiān)管工作方案\n")
	if n.Title != "關于印發《2025年崇明區地產農產品質量安全監管工作方案》的通知" || n.Issuer != "上海市崇明區農業農村委員會" || n.Date.Format("2006-01-02") != "2025-04-11" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
}

// Probe 43: the site's blurb is the text's own words inside a sentence
// (…目录文本为Word版本,下载可任意编辑的格式) and was cut out of it; a mark
// after a unit's name (县市场监管局★) emptied the bracket; units before 的
// (县住建局牵头、县城管局配合的城区道路改造项目) qualify the work and do not
// open the item.
func TestProbe43Findings(t *testing.T) {
	n := parseAt("XX县2023年政务公开重点工作任务清单\n1.各单位报送的公开目录文本为Word版本,下载可任意编辑的格式,9月底前完成。(县政务公开办负责)\n" +
		"2.改造老旧小区10个,11月底前完成。(县住建局负责)文本为Word版本,下载可任意编辑\n")
	if len(n.Tasks) != 2 || !strings.Contains(n.Tasks[0].Title, "文本为Word版本,下载可任意编辑的格式") || strings.Contains(n.Tasks[1].Title+n.Tasks[1].Body, "Word") {
		t.Errorf("blurb: %+v", n.Tasks)
	}
	n = parseAt("XX县2023年优化营商环境重点任务分工\n(标★的为牵头单位)\n1.压缩企业开办时间。(县市场监管局★、县税务局、县人社局)\n2.提升获得电力便利度。(国网XX县供电公司★)\n")
	wantRows(t, "mark after", n, []probeRow{
		{"压缩企业开办时间", []string{"县市场监管局", "县税务局", "县人社局"}, []string{"县市场监管局"}, nil, "", nil},
		{"提升获得电力便利度", []string{"国网XX县供电公司"}, []string{"国网XX县供电公司"}, nil, "", nil},
	})
	n = parseAt("XX县2023年重点工作实施方案\n1.县住建局牵头、县城管局配合的城区道路改造项目要在10月底前完工。(县住建局负责)\n2.县发改局牵头抓总的重大项目要按月调度。(县发改局负责)\n")
	wantRows(t, "attributive", n, []probeRow{
		{"县住建局牵头、县城管局配合的城区道路改造项目", []string{"县住建局"}, nil, nil, "2023-10-31", nil},
		{"县发改局牵头抓总的重大项目要按月调度", []string{"县发改局"}, nil, nil, "", nil},
	})
}

// Probe 43, more: a padded name before a time-limit label run on after it
// (县商务局 王 强 / 完成时限:…) lost its last character; posts of more words
// and a unit's section before the post (县公安局 交警大队 大队长 刘洋); a news
// lead alone on the first line, no headline over it, was the title.
func TestPaddedNamePostsAndLeadLine(t *testing.T) {
	n := parseAt("XX县2023年民生实事工作任务清单\n1.新建农贸市场1个。\n责任单位及责任人:县商务局 王 强\n完成时限:2023年12月底\n2.整治交通秩序。\n责任单位及责任人:县公安局 交警大队 大队长 刘洋\n")
	wantRows(t, "padded", n, []probeRow{
		{"新建农贸市场1个", []string{"县商务局"}, nil, []string{"王 强"}, "2023-12-31", []string{"leaders"}},
		{"整治交通秩序", []string{"县公安局", "交警大队"}, nil, []string{"大队长 刘洋"}, "", []string{"leaders"}},
	})
	n = parseAt("XX县人民政府办公室于2023年3月1日印发《XX县2023年民生实事工作任务清单》,全文如下:\nXX县2023年民生实事工作任务清单\n1.新建城区幼儿园2所,9月底前完成。(县教体局负责)\n")
	if n.Title != "XX县2023年民生实事工作任务清单" || n.Issuer != "XX县人民政府办公室" || n.Date.Format("2006-01-02") != "2023-03-01" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
}
