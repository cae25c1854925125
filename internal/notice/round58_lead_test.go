package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 58, on the leftovers of round 57 and the sets gathered this round.

// A covering letter sending a document not on the page asks every unit to
// act in its numbered paragraphs; one of them saying in passing who
// handles the whole (议案由市工业和信息化局负责主办) made all three tasks,
// two of them naming no one. They are the letter's, no task list.
func TestLetterParagraphsNameInPassing(t *testing.T) {
	n := parseAt("各县、区人民政府,市直各有关部门:\n《关于市十五届人大五次会议确定议案的分解办理意见》已经市政府同意,现印发给你们,并就有关事项通知如下:\n" +
		"一、高度重视,加强领导\n各承办单位要高度重视,将议案办理工作列入重要议事日程。\n" +
		"二、明确责任,狠抓落实\n根据办理工作分工,议案由市工业和信息化局负责主办,并于9月19日前向市人大代表进行答复。\n" +
		"三、密切配合,通力协作\n各配合单位要密切配合,通力协作。\n2022年3月14日\n")
	if len(n.Tasks) != 0 {
		t.Fatalf("a letter's paragraphs read as %d tasks: %q", len(n.Tasks), owned(n))
	}
	// A list whose items name their owners by label stays a list, though
	// the letter sends a document too.
	n = parseAt("现将《XX县2023年重点工作任务》印发给你们,请认真贯彻落实。\n一、推进农村饮水安全巩固提升工程。责任单位:县水利局\n" +
		"二、实施老旧小区改造。由县住建局负责。\n三、开展全民健身活动。责任单位:县文旅局\n")
	if len(n.Tasks) != 3 {
		t.Fatalf("a labelled list in a letter read as %d tasks: %q", len(n.Tasks), owned(n))
	}
}

// A unit's label naming the person after the unit, apart by a space or in
// brackets (县发改局 县财政局 张伟, 县发改局(张伟同志)), was read as one
// owner holding a person's name, silent. And a person an item's text says
// carries the work out (由县文旅局负责,张三同志具体负责) was lost.
func TestPersonsAfterUnits(t *testing.T) {
	n := parseAt("某县2023年重点工作任务分工方案\n一、推进农村饮水安全工程。责任单位:县水利局 县财政局\n二、实施老旧小区改造30个。责任单位:县发改局 县财政局 张伟\n" +
		"三、实施老旧小区改造40个。责任单位:县发改局、县财政局 张伟\n四、实施老旧小区改造50个。责任单位:县发改局(张伟同志)\n" +
		"五、开展全民健身活动。由县文旅局负责,张三同志具体负责。\n六、开展全民阅读活动。由县文旅局负责,副局长李四具体负责。\n" +
		"七、开展体育进校园活动。由县教育局负责。\n")
	wantRows(t, "persons", n, []probeRow{
		{"推进农村饮水安全工程", []string{"县水利局", "县财政局"}, nil, nil, "", nil},
		{"实施老旧小区改造30个", []string{"县发改局", "县财政局"}, nil, []string{"张伟"}, "", []string{"owners", "leaders"}},
		{"实施老旧小区改造40个", []string{"县发改局", "县财政局"}, nil, []string{"张伟"}, "", []string{"owners", "leaders"}},
		{"实施老旧小区改造50个", []string{"县发改局"}, nil, []string{"张伟"}, "", []string{"owners", "leaders"}},
		{"开展全民健身活动", []string{"县文旅局"}, nil, []string{"张三"}, "", []string{"owners", "leaders"}},
		{"开展全民阅读活动", []string{"县文旅局"}, nil, []string{"副局长李四"}, "", []string{"owners", "leaders"}},
		{"开展体育进校园活动", []string{"县教育局"}, nil, nil, "", []string{"owners"}},
	})
}

// A bracket's clause naming its units with an open tail before the work
// (县水务局等部门负责地质灾害隐患调查) kept the work in the last unit's name.
func TestOpenTailBeforeWork(t *testing.T) {
	n := parseAt("某县地质灾害防治重点工作分工方案\n(一)加强地质灾害调查评价。开展调查评价工作。(县国土资源局会同县住房城乡规划建设局、县交通运输局、县水务局等部门负责地质灾害隐患调查;县水务局负责组织山洪灾害调查)\n" +
		"(二)加强监测。开展监测工作。(县国土资源局会同县水务局等部门负责地质灾害隐患调查)\n")
	wantRows(t, "opentail", n, []probeRow{
		{"加强地质灾害调查评价", []string{"县国土资源局", "县住房城乡规划建设局", "县交通运输局", "县水务局"}, nil, nil, "", []string{"owners"}},
		{"加强监测", []string{"县国土资源局", "县水务局"}, nil, nil, "", []string{"owners"}},
	})
}

// An event's items labelled 主办: and 承办: lost the units under 承办
// (the organizer carrying the event out), silent.
func TestOrganizerLabels(t *testing.T) {
	n := parseAt("XX县2022年元宵文化活动安排\n二、线上线下展\n1.“福见云霄”书画展\n主办:县文体旅局、县文联\n承办:县文化馆\n时间:2022年2月15日-21日\n" +
		"2.灯谜晚会\n主办:县统计局\n承办:县灯谜协会\n")
	wantRows(t, "organizers", n, []probeRow{
		{"“福见云霄”书画展", []string{"县文体旅局", "县文联", "县文化馆"}, []string{"县文体旅局", "县文联"}, nil, "", nil},
		{"灯谜晚会", []string{"县统计局", "县灯谜协会"}, []string{"县统计局"}, nil, "", nil},
	})
}

// A card's cell of the work's steps by quarter (年度阶段性工作目标: |
// 第一季度:… 第四季度:… |) was left unread, the task's due empty; where
// the steps were numbered (第三季度:1.…2.…) each point became a task of its
// own, naming no one. The steps are the task's time limits: due at the
// last quarter's end, listed, and none where no year is known.
func TestCardQuarterSteps(t *testing.T) {
	n := parseAt("\n重点工作: | 积极承办国家主场外交活动。推进国际城市间交流合作。 |\n牵头单位: | 市政府外办 |\n" +
		"年度阶段性工作目标: | 第一季度:拜访外交部。举行2021年广州奖初评结果发布会。 第二季度:做好会议报批。 第三季度:跟进项目建设情况。 第四季度:举办2021年全球市长论坛等活动。 |\n" +
		"进展情况、存在问题及下一步工作建议: |\n")
	wantRows(t, "card", n, []probeRow{
		{"积极承办国家主场外交活动", []string{"市政府外办"}, []string{"市政府外办"}, nil, "2021-12-31", []string{"due"}},
	})
	n = parseAt("\n重点工作: | 培育和践行社会主义核心价值观。弘扬红色文化。 |\n牵头单位: | 市文化广电旅游局 |\n" +
		"年度阶段性工作目标: | 第三季度:1.中共三大会址纪念馆土建工程入场施工。2.启动展陈招标。 第四季度:1.继续做好土建工程施工。2.完成展陈招标及设计。 |\n" +
		"进展情况、存在问题及下一步工作建议: |\n")
	wantRows(t, "card points", n, []probeRow{
		{"培育和践行社会主义核心价值观", []string{"市文化广电旅游局"}, []string{"市文化广电旅游局"}, nil, "", []string{"due"}},
	})
}

// A division of duties by department naming one body in quotes
// ((六)“三防办”:负责…) read that item with no owner.
func TestQuotedDutyBody(t *testing.T) {
	n := parseAt("防灾减灾日宣传周活动方案\n三、职责分工\n(一)教育局:负责在全市大、中、小学开展防灾减灾知识宣传。\n(二)团市委:负责组织青年志愿者开展宣传活动。\n" +
		"(三)“三防办”:负责三防知识的宣传,并提供相关材料给其他部门。\n(四)气象局:负责气象灾害知识的宣传。\n")
	wantRows(t, "quoted", n, []probeRow{
		{"负责在全市大、中、小学", []string{"教育局"}, nil, nil, "", []string{"owners"}},
		{"负责组织青年志愿者", []string{"团市委"}, nil, nil, "", []string{"owners"}},
		{"负责三防知识的宣传", []string{"“三防办”"}, nil, nil, "", []string{"owners"}},
		{"负责气象灾害知识的宣传", []string{"气象局"}, nil, nil, "", []string{"owners"}},
	})
}

// Items saying in running text who carries them out with 会同, a
// principal (以各地法院为主, 由各地经贸部门为主) or a bank lost their owners
// or kept 为主 in them (各地经贸部门为主).
func TestByClausesPrincipalsAndBanks(t *testing.T) {
	n := parseAt("某市金融生态县创建实施意见\n8、金融内生环境建设。由各县(市)人民银行会同金融监管部门组织实施。\n" +
		"9、金融法制建设。金融涉诉案件涉及到金融债权维护工作的,以各地法院为主组织实施;企业改制涉及到金融债权维护工作的,由各地经贸部门为主组织实施;打击金融犯罪行为的,由各地公安部门为主组织实施。\n" +
		"10、金融服务建设。由市人民银行组织实施。\n11、社会信用建设。以诚信为本,全面负责。\n")
	wantRows(t, "by", n, []probeRow{
		{"金融内生环境建设", []string{"各县(市)人民银行", "金融监管部门"}, nil, nil, "", []string{"owners"}},
		{"金融法制建设", []string{"各地法院", "各地经贸部门", "各地公安部门"}, nil, nil, "", []string{"owners"}},
		{"金融服务建设", []string{"市人民银行"}, nil, nil, "", []string{"owners"}},
		{"社会信用建设", []string{}, nil, nil, "", []string{"owners"}},
	})
}

// A bureau's monthly plan heading each office's items with its name alone
// (【安保科】, 民幼科, 党建科 工会): the first heading was glued into the
// title, a bracketed one was read as the item above's owner in silence,
// two bodies apart by a space as the one before; and an item opening with
// its date (4.6月26日幼升小…审核) was run into the item before as a decimal.
func TestOfficeHeadingsOverItems(t *testing.T) {
	n := parseAt("长沙市岳麓区教育局2022年6月工作计划\n\n【安保科】\n\n1.继续认真开展防溺水工作;\n\n2.认真组织全区中小学生安全知识竞赛;\n\n" +
		"【督导室】\n\n1.开展幼儿园办园行为督导评估\n\n【教育科】\n\n1.区中小学艺术节集体项目比赛;\n\n2.组织2022年长沙市小学毕业检测;\n\n3.6月26日幼升小第五类生源现场审核。\n\n" +
		"党建科 工会\n\n1.落实今年新党员发展各项审核及上报工作\n")
	if n.Title != "长沙市岳麓区教育局2022年6月工作计划" {
		t.Errorf("title %q", n.Title)
	}
	wantRows(t, "offices", n, []probeRow{
		{"继续认真开展防溺水工作", []string{"安保科"}, nil, nil, "", []string{"owners"}},
		{"认真组织全区中小学生", []string{"安保科"}, nil, nil, "", []string{"owners"}},
		{"开展幼儿园办园行为督导评估", []string{"督导室"}, nil, nil, "", []string{"owners"}},
		{"区中小学艺术节集体项目比赛", []string{"教育科"}, nil, nil, "", []string{"owners"}},
		{"组织2022年长沙市小学毕业检测", []string{"教育科"}, nil, nil, "", []string{"owners"}},
		{"6月26日幼升小第五类生源现场审核", []string{"教育科"}, nil, nil, "2022-06-26", []string{"owners"}},
		{"落实今年新党员发展", []string{"党建科", "工会"}, nil, nil, "", []string{"owners"}},
	})
}

// A bureau's list of its offices' duties, each paragraph unnumbered, the
// office's name and a colon before its duties (办公室:把关…; 人事科:抓好…),
// was refused for finding no task.
func TestLabelledDutyParagraphs(t *testing.T) {
	n := parseAt("酉阳自治县教育委员会创建全国义务教育优质均衡发展县科室工作职责清单\n\n创建工作在县教委的领导下,由督导科牵头,相关科室按照职能职责负责相关工作。\n\n" +
		"办公室:把关各类自查自评材料、申报材料、汇报资料;做好宣传报道工作。\n\n县委教育秘书组综合科:根据县委教育工作领导小组安排,协调相关部门履行教育职责。\n\n" +
		"人事科:抓好义务教育师资建设,落实教师工资待遇。\n\n时间:2025年3月至12月,分三个阶段进行。\n")
	wantRows(t, "offices", n, []probeRow{
		{"把关各类自查自评材料", []string{"办公室"}, nil, nil, "", []string{"owners"}},
		{"根据县委教育工作领导小组安排", []string{"县委教育秘书组综合科"}, nil, nil, "", []string{"owners"}},
		{"抓好义务教育师资建设", []string{"人事科"}, nil, nil, "", []string{"owners"}},
	})
	// Two such lines among others are no division of duties.
	n = parseAt("某县活动方案\n\n办公室:把关各类自查自评材料、申报材料、汇报资料。\n\n人事科:抓好义务教育师资建设,落实教师工资待遇。\n\n一、活动时间\n2025年3月。\n")
	if len(n.Tasks) != 0 {
		t.Errorf("two label lines read as %d tasks: %q", len(n.Tasks), owned(n))
	}
}

// Items opening with a level's duty label before the body and its duty
// (1、县级职责:县人口计生部门负责…) were refused for finding no task.
func TestLevelDutyLabels(t *testing.T) {
	n := parseAt("二、工作职责\n1、县级职责:县人口计生部门负责全县计划生育基础服务工作的领导、检查和指导。\n" +
		"2、乡(镇)级职责:乡(镇)政府负责全乡计划生育基础服务工作的领导,做好流动人口计生管理服务工作。\n")
	wantRows(t, "levels", n, []probeRow{
		{"县人口计生部门负责全县计划生育", []string{"县人口计生部门"}, nil, nil, "", []string{"owners"}},
		{"乡(镇)政府负责全乡计划生育", []string{"乡(镇)政府"}, nil, nil, "", []string{"owners"}},
	})
}

// An item closing with a bracket that names a post where a unit would
// stand ((分管副校长)) lost it: no owner (listed) and no leader (silent).
func TestPostBracketLeader(t *testing.T) {
	n := parseAt("开展预防溺水专项安全教育实施方案\n二、分工负责\n(一)召开班主任工作会和教职工动员大会。部署学校预防学生溺水宣传教育工作。(分管副校长)\n" +
		"(二)开展集体预防溺水安全教育活动。(团委、少先队)\n")
	wantRows(t, "post", n, []probeRow{
		{"召开班主任工作会", []string{}, nil, []string{"分管副校长"}, "", []string{"owners", "leaders"}},
		{"开展集体预防溺水安全教育活动", []string{"团委", "少先队"}, nil, nil, "", nil},
	})
}

// Page heads the header misread (held-out sets 143, 145): a portal's
// bulleted index with its labels alone, no colon, the values under them
// (• 组配分类 / 市政府文件 read as a masthead: issuer 市政府); a breadcrumb
// written 首页 >> … taken for the page's text, the index under the title
// unread (number and date lost); 发文日期 before 成文日期 on one index line
// (the signing day is the notice's); a banner to old browsers over the
// title hiding it (title and issuer lost).
func TestPageHeadsOfPortals(t *testing.T) {
	n := parseAt("您当前所在的位置: 网站首页 > 政府公报 > 市政府文件\n  • 索引号\n\n    11341700003244967K/202203-00032\n  • 组配分类\n\n    市政府文件\n" +
		"  • 发布机构\n\n    宣城市人民政府(办公室)\n  • 发布文号\n\n    宣政秘〔2022〕14号\n" +
		"宣城市人民政府关于印发联动创新区建设实施方案的通知\n各县、市、区人民政府:\n现印发给你们,请认真贯彻执行。\n  2022年2月18日\n")
	if n.Issuer != "宣城市人民政府" || n.Number != "宣政秘〔2022〕14号" {
		t.Errorf("bulleted index: issuer %q number %q", n.Issuer, n.Number)
	}
	n = parseAt("无障碍浏览\n长者模式 元谋县人民政府\n首页 >> 公开信息内容\n\n元谋县人民政府关于进一步加快老龄事业发展的实施方案\n\n" +
		"索引号:11532328015177503N-/2020-0813006 公文目录:政府文件 发文日期:2020年08月13日 主题词: 文  号:元政发〔2020〕6号 成文日期:2020年08月12日 发布机构:元谋县政府办\n\n" +
		"(一)完善养老服务体系。(牵头单位:县民政局,责任单位:县财政局)\n")
	if n.Number != "元政发〔2020〕6号" || n.Date.Format("2006-01-02") != "2020-08-12" || n.Title != "元谋县人民政府关于进一步加快老龄事业发展的实施方案" {
		t.Errorf("index under the title: title %q number %q date %v", n.Title, n.Number, n.Date)
	}
	n = parseAt("为了获得更好的访问效果,建议您将IE升级至IE9及以上版本! x\n您的位置:\n市卫生健康委 市财政局 市计划生育协会关于印发《天津市婴幼儿照护服务示范机构创建活动工作方案》的通知\n" +
		"来源:天津市卫生健康委员会 发布时间:2022-11-04 11:05\n\n津卫人口〔2022〕500号\n\n各区卫生健康委、财政局、计划生育协会:\n现将方案印发给你们,请认真组织实施。\n")
	if n.Title != "市卫生健康委 市财政局 市计划生育协会关于印发《天津市婴幼儿照护服务示范机构创建活动工作方案》的通知" || n.Issuer != "市卫生健康委、市财政局、市计划生育协会" {
		t.Errorf("under a browser banner: title %q issuer %q", n.Title, n.Issuer)
	}
}

// Probe 46 of this round's rules: persons after units in more forms (two
// persons, 同志, one in brackets after each unit), a village, town or zone
// after a unit (an owner of its own), and 会同县, a county, read as 会同.
func TestProbe46UnitsAndPersons(t *testing.T) {
	n := parseAt("XX县2023年重点工作安排\n一、推进城区雨水管网改造。责任单位:县住建局 县财政局 张伟 李明\n二、实施全民健身工程。责任单位:县文旅局 王伟同志\n" +
		"三、建设县级应急物资库。责任单位:县应急局(刘洋同志) 县发改局(陈刚同志)\n四、实施王庄村人居环境整治。责任单位:县农业农村局 王庄村\n" +
		"五、推进标准厂房建设。责任单位:县发改局 高新区\n六、开展森林防火专项整治,由会同县林业局组织实施。\n七、实施湿地保护修复,由市林业局会同会同县人民政府组织实施。\n")
	wantRows(t, "probe46", n, []probeRow{
		{"推进城区雨水管网改造", []string{"县住建局", "县财政局"}, nil, []string{"张伟", "李明"}, "", []string{"owners", "leaders"}},
		{"实施全民健身工程", []string{"县文旅局"}, nil, []string{"王伟"}, "", []string{"owners", "leaders"}},
		{"建设县级应急物资库", []string{"县应急局", "县发改局"}, nil, []string{"刘洋", "陈刚"}, "", []string{"owners", "leaders"}},
		{"实施王庄村人居环境整治", []string{"县农业农村局", "王庄村"}, nil, nil, "", nil},
		{"推进标准厂房建设", []string{"县发改局", "高新区"}, nil, nil, "", nil},
		{"开展森林防火专项整治", []string{"会同县林业局"}, nil, nil, "", []string{"owners"}},
		{"实施湿地保护修复", []string{"市林业局", "会同县人民政府"}, nil, nil, "", []string{"owners"}},
	})
}

// Probe 46: a heading in square brackets that is a topic (【安全生产】) was
// read as the closing bracket of the item above it, its owner in silence,
// and glued onto the title; the items under it took the office heading
// above.
func TestProbe46TopicBrackets(t *testing.T) {
	n := parseAt("XX区教育局2022年6月工作计划\n【工作要求】\n1.各科室要严格按照计划推进工作;\n2.每月底前报送工作进展情况。\n【安保科】\n1.继续认真开展防溺水工作;\n" +
		"2.开展校园安全隐患排查。\n【安全生产】\n1.开展校舍安全大检查;\n2.组织消防应急演练。\n【督导室】\n1.开展幼儿园办园行为督导评估。\n")
	if n.Title != "XX区教育局2022年6月工作计划" {
		t.Errorf("title %q", n.Title)
	}
	want := map[string][]string{"继续认真开展防溺水工作": {"安保科"}, "开展校园安全隐患排查": {"安保科"}, "开展校舍安全大检查": nil, "组织消防应急演练": nil,
		"开展幼儿园办园行为督导评估": {"督导室"}}
	for _, tk := range n.Tasks {
		for title, owners := range want {
			if strings.HasPrefix(tk.Title, title) && !slices.Equal(tk.Owners, owners) {
				t.Errorf("%s: owners %q, want %q", title, tk.Owners, owners)
			}
		}
	}
}

// Probe 46: helpers after a principal (以县教育局为主组织实施,县卫健局配合)
// were dropped; a body saying it leads (综治办负责牵头、组织协调…) gave no
// lead; a post or a person carrying an item out with no unit before it
// (分管副镇长具体负责, 由张三同志具体负责) was lost.
func TestProbe46HelpersLeadsAndDoers(t *testing.T) {
	n := parseAt("XX镇2023年重点工作安排\n一、学校卫生。以县教育局为主组织实施,县卫健局配合。\n二、医疗救助。由县医保局为主组织实施,各乡镇配合。\n" +
		"三、开展安全生产大检查,5月底前完成。由张三同志具体负责。\n四、组织春季植树造林,4月底前完成。由镇林业站负责,分管副镇长具体负责。\n")
	wantRows(t, "helpers", n, []probeRow{
		{"学校卫生", []string{"县教育局", "县卫健局"}, nil, nil, "", []string{"owners"}},
		{"医疗救助", []string{"县医保局", "各乡镇"}, nil, nil, "", []string{"owners"}},
		{"开展安全生产大检查", []string{}, nil, []string{"张三"}, "2023-05-31", []string{"owners", "leaders"}},
		{"组织春季植树造林", []string{"镇林业站"}, nil, []string{"分管副镇长"}, "2023-04-30", []string{"owners", "leaders"}},
	})
	n = parseAt("XX乡预防溺水工作方案\n三、职责分工\n综治办负责牵头、组织协调相关单位开展专项工作,将预防溺水纳入平安建设考核。\n" +
		"党政办负责利用微信公众号、微信群等媒体,加强游泳安全宣传。\n派出所负责组织民警在走访活动中开展预防溺水安全宣传。\n")
	if len(n.Tasks) != 3 || !slices.Equal(n.Tasks[0].Lead, []string{"综治办"}) || len(n.Tasks[1].Lead) != 0 {
		t.Errorf("duty paragraphs: %q", owned(n))
	}
}

// Probe 46: a card's quarter of the year after (2022年第一季度 in a 2021
// ledger) was read in the ledger's year; a list of contacts (县发改局:张伟,
// 联系电话:…) was read as a division of duties; 县级部门职责: gave the
// owner 县级部门.
func TestProbe46QuartersContactsLevels(t *testing.T) {
	n := parseAt("广州市2021年市政府重点工作任务台账\n重点工作: | 推进跨年度项目。 |\n牵头单位: | 市发展改革委 |\n" +
		"年度阶段性工作目标: | 第三季度:完成立项。 第四季度:开工建设。 2022年第一季度:完成主体工程。 |\n进展情况、存在问题及下一步工作建议: |\n")
	wantRows(t, "quarters", n, []probeRow{
		{"推进跨年度项目", []string{"市发展改革委"}, []string{"市发展改革委"}, nil, "2022-03-31", []string{"due"}},
	})
	n = parseAt("关于报送2023年重点工作进展情况联络员名单的通知\n各有关单位:\n现将各单位联络员名单公布如下:\n县发改局:张伟,联系电话:13800000001\n" +
		"县财政局:李明,联系电话:13800000002\n县住建局:王芳,联系电话:13800000003\n县教育局:赵强,联系电话:13800000004\nXX县人民政府办公室\n2023年3月1日\n")
	if len(n.Tasks) != 0 {
		t.Errorf("contacts read as %d tasks: %q", len(n.Tasks), owned(n))
	}
	n = parseAt("二、工作职责\n1、县级职责:县人口计生部门负责全县计划生育基础服务工作的领导。\n2、县级部门职责:县公安局、县民政局负责流动人口信息共享。\n")
	wantRows(t, "levels", n, []probeRow{
		{"县人口计生部门负责", []string{"县人口计生部门"}, nil, nil, "", []string{"owners"}},
		{"县公安局、县民政局负责", []string{"县公安局", "县民政局"}, nil, nil, "", []string{"owners"}},
	})
}

// Held-out set 156: a count under the list's title ((共118项)) was glued
// onto it; a page's tools lines (不能读取jquery, English Deutsch 无障碍浏览工具
// 去除导航) onto a street's title; and an item whose bracket names its
// owners and whose text says who leads (由行政办公室牵头) lost the lead in
// silence.
func TestStreetPageAndBodyLead(t *testing.T) {
	n := parseAt("区政府2024年重点工作目标任务分解落实方案\n(共118项)\n一、推进城市更新。(责任单位:区住建局)\n")
	if n.Title != "区政府2024年重点工作目标任务分解落实方案" {
		t.Errorf("title with its count: %q", n.Title)
	}
	n = parseAt("不能读取jquery\nEnglish Deutsch 无障碍浏览工具 去除导航\n大桥街道2012年政府信息公开工作要点\n\n" +
		"一、加强政府信息公开基础保障工作。由行政办公室牵头,各科室协同参与。(责任部门:办公室、相关科室)\n\n" +
		"二、做好市、区有关政策公开工作。(责任部门:市政科、劳动科)\n")
	if n.Title != "大桥街道2012年政府信息公开工作要点" {
		t.Errorf("title under a page's tools: %q", n.Title)
	}
	if m := parseAt("进入老年版\n索引号 11330283002979996P/2022-113679 组配分类 重点工作\n发布机构 区政府办公室 发文日期 2022-05-06\n\n" +
		"《政府工作报告》重点工作2022年第一季度进展情况表\n\n一、推进城市更新。(牵头单位:区住建局)\n"); m.Title != "《政府工作报告》重点工作2022年第一季度进展情况表" {
		t.Errorf("title under a link to the version for the old: %q", m.Title)
	}
	wantRows(t, "street", n, []probeRow{
		{"加强政府信息公开基础保障工作", []string{"行政办公室", "办公室"}, []string{"行政办公室"}, nil, "", []string{"owners", "lead"}},
		{"做好市、区有关政策公开工作", []string{"市政科", "劳动科"}, nil, nil, "", nil},
	})
}

// Held-out set 153: a plan's table of press conferences whose task column
// is 发布主题, one cell a line, was refused (no column of work known); and
// the letter's own points before 附件1 (三、…1.发布会通稿;2.…) then read as
// tasks naming no one beside the table's.
func TestThemeColumnAndLetterBeforeAttachment(t *testing.T) {
	n := parseAt("关于印发2023年度新闻发布工作计划的通知\n各乡镇党委,市直各单位党组织:\n现将2023年度新闻发布工作计划安排通知如下:\n" +
		"一、精心组织实施。各承办单位根据计划表做好发布工作。\n二、完善资料报送。发布单位需提供以下资料:1.发布会通稿;2.发布会现场视频;3.发布会现场照片。\n" +
		"附件1:广德市2023年度新闻发布工作计划表\n附件1\n广德市2023年度新闻发布工作计划表\n序号 |\n发布主题 |\n时间 |\n承办单位 |\n1 |\n广德市“便民停车 让城市更有温度” |\n6月 |\n市城管局 |\n" +
		"2 |\n优化营商环境新闻发布会 |\n7月 |\n市发改委 |\n")
	if len(n.Tasks) != 2 {
		t.Fatalf("%d tasks: %q", len(n.Tasks), owned(n))
	}
	for k, w := range []string{"市城管局", "市发改委"} {
		if !slices.Equal(n.Tasks[k].Owners, []string{w}) {
			t.Errorf("task %d owners %q, want %s", k, n.Tasks[k].Owners, w)
		}
	}
}

// Held-out set 152: a month's guide giving each piece of work under its
// day (9月3日:抗战胜利纪念日 / 组织开展… / 牵头单位:…) read the work with no due
// date, nothing listed. The day is its due date, listed; a span is none.
func TestDayHeadings(t *testing.T) {
	n := parseAt(`首页 > 庆阳文化 > 文章正文

庆阳市9月份重要传统节日和重大节庆日、纪念日群众性主题活动指引

时间:2023-08-30 19:51:00 字体设置:

 

  2023年3月9日,庆阳市创建全国文明城市工作指挥部办公室印发《关于利用重要传统节日和重大节庆日、纪念日组织开展群众性主题活动的通知》(庆创办发〔2023〕1号),要求利用重要传统节日和重大节庆日、纪念日,组织开展特色鲜明、氛围浓郁的群众性宣传教育和道德实践活动,推动形成适应新时代要求的思想观念、精神面貌、文明风尚、行为规范。9月份群众性主题活动建议如下:

  9月1日—9月30日:全国“质量月”

  

 

  组织开展质量计量、知识产权、食品药品、医疗器械安全等质量服务进企业、进社区活动,向广大市民宣传质量法律法规,普及质量安全知识,营造“政府重视质量、企业追求质量、社会崇尚质量、人人关注质量”的浓厚氛围。

  牵头单位:市市场监管局

  9月3日:抗战胜利纪念日

  

 

  组织开展群众性主题纪念活动和主题党日、专题党课、祭扫烈士陵园等活动,深切缅怀抗日战争中牺牲的革命先烈,弘扬爱国主义精神和伟大民族精神。

  牵头单位:市退役军人局

  9月9日:世界急救日

  
`)
	wantRows(t, "days", n, []probeRow{
		{"组织开展质量计量、知识产权", []string{"市市场监管局"}, []string{"市市场监管局"}, nil, "", []string{"owners"}},
		{"组织开展群众性主题纪念活动", []string{"市退役军人局"}, []string{"市退役军人局"}, nil, "2023-09-03", []string{"owners", "due"}},
	})
}

// Held-out set 145: a closing bracket of bare names ending with every city
// of a region ((省发展改革委,省工业和信息化厅,大湾区内地各市)) was no bracket:
// the item named no one.
func TestBracketWithPlacesEach(t *testing.T) {
	n := parseAt("广东省推进粤港澳大湾区建设三年行动计划\n一、优化提升空间发展格局\n1.构建网络化空间格局。以四大中心城市作为区域发展的核心引擎。(省发展改革委,省工业和信息化厅、省交通运输厅,大湾区内地各市)\n" +
		"2.推进珠江口东西两岸融合发展。加快建设通道。(省发展改革委,省交通运输厅)\n")
	wantRows(t, "places", n, []probeRow{
		{"构建网络化空间格局", []string{"省发展改革委", "省工业和信息化厅", "省交通运输厅", "大湾区内地各市"}, nil, nil, "", nil},
		{"推进珠江口东西两岸融合发展", []string{"省发展改革委", "省交通运输厅"}, nil, nil, "", nil},
	})
}

// Probe 47 of this round's rules: a theme column beside a column of work
// (主题 | 工作任务) took the titles, every task misread in silence; the rule
// setting aside a letter's points before 附件1 dropped a plan's own items;
// persons among units in more forms; 2024年上半年 read in the notice's year;
// a bare post in a closing bracket ((副校长)) not listed; 由纪工委牵头负责。
// with no comma after it, beside a bracket's owners, giving no lead.
func TestProbe47(t *testing.T) {
	n := parseAt("XX县应急管理局2023年重点工作安排表\n序号 |\n主题 |\n工作任务 |\n责任股室 |\n完成时间 |\n1 |\n安全生产 |\n开展危化品企业专项检查 |\n危化股 |\n6月底前 |\n" +
		"2 |\n安全生产 |\n推进非煤矿山整治 |\n安监股 |\n9月底前 |\n")
	wantRows(t, "theme", n, []probeRow{
		{"开展危化品企业专项检查", []string{"危化股"}, nil, nil, "2023-06-30", nil},
		{"推进非煤矿山整治", []string{"安监股"}, nil, nil, "2023-09-30", nil},
	})
	n = parseAt("XX县2023年民生实事工作方案\n1.新建城区幼儿园2所,8月底前完成。\n2.改造农村公路50公里,10月底前完成。\n3.实施城乡居民免费健康体检(详见附件1),年底前完成。\n" +
		"附件1:体检项目及责任分工表\n序号 | 项目 | 责任单位 |\n1 | 血常规检查 | 县卫健局 |\n2 | 心电图检查 | 县人民医院 |\n")
	if len(n.Tasks) != 5 {
		t.Errorf("a plan's items before its attachment: %d tasks, want 5: %q", len(n.Tasks), owned(n))
	}
	n = parseAt("XX县2023年重点工作安排\n一、推进城区雨水管网改造。责任单位:县住建局 张伟、李明同志\n二、实施全民健身工程。责任单位:县文旅局 王伟 县体育中心 李强\n" +
		"三、推进产业园区建设,2024年上半年建成投用。责任单位:县发改局\n四、开展心理健康教育。(副校长)\n" +
		"五、强化监督考核。由纪工委牵头负责。(责任部门:纪工委、党政办公室)\n")
	wantRows(t, "probe47", n, []probeRow{
		{"推进城区雨水管网改造", []string{"县住建局"}, nil, []string{"张伟", "李明"}, "", []string{"owners", "leaders"}},
		{"实施全民健身工程", []string{"县文旅局", "县体育中心"}, nil, []string{"王伟", "李强"}, "", []string{"owners", "leaders"}},
		{"推进产业园区建设", []string{"县发改局"}, nil, nil, "2024-06-30", nil},
		{"开展心理健康教育", []string{}, nil, []string{"副校长"}, "", []string{"owners", "leaders"}},
		{"强化监督考核", []string{"纪工委", "党政办公室"}, []string{"纪工委"}, nil, "", []string{"lead"}},
	})
}

// Probe 48: a day's line over a piece of work replaced the deadline the
// work writes itself (…10月底前完成评选表彰 under 9月10日:教师节); a half-year
// or a quarter named as a baseline (比2024年上半年增长5%, 在2023年上半年基础上)
// became the due date in silence; a lead the text names with a short name
// not among the bracket's owners (由学生处牵头负责。) was lost.
func TestProbe48(t *testing.T) {
	n := parseAt("某市2023年工作安排\n一、推动工业经济稳增长,规模以上工业增加值比2024年上半年增长5%。(责任单位:市工信局)\n" +
		"二、推进产业园区建设,2024年上半年建成投用。(责任单位:市发改委)\n三、在2023年上半年基础上再提高10个百分点。(责任单位:市教育局)\n" +
		"四、开展心理健康教育。由学生处牵头负责。(责任部门:教务处、团委)\n")
	wantRows(t, "baseline", n, []probeRow{
		{"推动工业经济稳增长", []string{"市工信局"}, nil, nil, "", nil},
		{"推进产业园区建设", []string{"市发改委"}, nil, nil, "2024-06-30", nil},
		{"在2023年上半年基础上", []string{"市教育局"}, nil, nil, "", nil},
		{"开展心理健康教育", []string{"学生处", "教务处", "团委"}, []string{"学生处"}, nil, "", []string{"lead"}},
	})
	if d := dayHeadingDue(t, "  9月10日:教师节\n\n  组织开展“最美教师”评选活动,10月底前完成评选表彰。\n\n  牵头单位:市教育局\n"); d != "2023-10-31" {
		t.Errorf("a day's line over work with its own deadline: due %s, want 2023-10-31", d)
	}
}

// dayHeadingDue reads a month's guide with one day's piece of work and
// gives its due date.
func dayHeadingDue(t *testing.T, day string) string {
	t.Helper()
	n := parseAt("首页 > 文明创建 > 文章正文\n\n庆阳市9月份重大节庆日群众性主题活动指引\n\n时间:2023-08-30 19:51:00\n\n" +
		"  2023年3月9日,市创城办印发《关于利用重要传统节日开展群众性主题活动的通知》,现将9月份活动指引如下:\n\n" + day)
	if len(n.Tasks) != 1 {
		t.Fatalf("%d tasks: %q", len(n.Tasks), owned(n))
	}
	if n.Tasks[0].Due.IsZero() {
		return ""
	}
	return n.Tasks[0].Due.Format("2006-01-02")
}

// Probe 48: brackets of posts alone ((校长、副校长), (工会主席), (副校长 王刚))
// lost their leaders, and a unit's post and its holder after the unit
// (县大数据局 局长 赵刚) stayed one owner, silent.
func TestPostsInBracketsAndLabels(t *testing.T) {
	n := parseAt("XX中学2023年秋季学期工作安排\n1.加强校园安全管理。(校长、副校长)\n2.组织教职工培训。(工会主席)\n3.开展校园安全检查。(副校长 王刚)\n" +
		"4.推进数字政府建设。(责任单位:县大数据局 局长 赵刚)\n5.推进教学质量提升。(教务处)\n")
	wantRows(t, "posts", n, []probeRow{
		{"加强校园安全管理", []string{}, nil, []string{"校长", "副校长"}, "", []string{"owners", "leaders"}},
		{"组织教职工培训", []string{}, nil, []string{"工会主席"}, "", []string{"owners", "leaders"}},
		{"开展校园安全检查", []string{}, nil, []string{"副校长 王刚"}, "", []string{"owners", "leaders"}},
		{"推进数字政府建设", []string{"县大数据局"}, nil, []string{"局长 赵刚"}, "", []string{"owners", "leaders"}},
		{"推进教学质量提升", []string{"教务处"}, nil, nil, "", nil},
	})
}
