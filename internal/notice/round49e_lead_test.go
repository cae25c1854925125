package notice

import (
	"slices"
	"testing"
)

// Set 58, measured unseen: inspection bulletins whose section headings are
// only who answers (一、责任单位:综合执法局; 一、属住建局职责范围:), over
// numbered problems, over sub-headings of places, or over one problem
// unnumbered: the notices were refused.
func TestHeadingOwners(t *testing.T) {
	n := Parse("郑州市爱卫办对我县城区环境进行了检查\n现将检查中发现的问题交办相关单位进行整改。\n一、责任单位:综合执法局\n1、官渡大街市场对面围墙乱涂乱画;\n2、建设路北段小广告乱贴乱画。\n"+
		"二、责任单位:交通运输局\n汽车站洗手间水龙头不能正常使用\n三、属凤城镇职责范围:\n(一)金安路\n1、流动摊点沿街随意摆摊。\n2、乱停车现象严重。\n", today)
	var got [][]string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
		if !reviewed(tk, "owners") {
			t.Errorf("task %s's owners from the heading not listed", tk.ID)
		}
	}
	want := [][]string{{"综合执法局"}, {"综合执法局"}, {"交通运输局"}, {"凤城镇"}, {"凤城镇"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
	if len(n.Tasks) == 5 && n.Tasks[2].Title != "汽车站洗手间水龙头不能正常使用" {
		t.Errorf("the one problem under its heading is titled %q", n.Tasks[2].Title)
	}
}

// Set 58, measured unseen: a portal's index given as bullets with no
// labels (• F70631069/2016-00049 / • 中牟县爱国卫生运动委员会办公室 / •
// 2016-10-11) ran into the title; a labelled one (• 发文机构:阿里地区环保专班)
// named a working group no rule took for an issuer.
func TestBulletIndex(t *testing.T) {
	n := Parse("• F70631069/2016-00049\n  • 中牟县爱国卫生运动委员会办公室\n  • 综合,政务,工作,工作信息\n  • 2016-10-11\n  • 2016-10-11\n"+
		"郑州市爱卫办对我县城区环境进行了检查\n一、责任单位:综合执法局\n1、官渡大街市场对面围墙乱涂乱画。\n", today)
	if n.Title != "郑州市爱卫办对我县城区环境进行了检查" || n.Issuer != "中牟县爱国卫生运动委员会办公室" || n.Date.Format("2006-01-02") != "2016-10-11" {
		t.Errorf("title %q, issuer %q, date %v", n.Title, n.Issuer, n.Date)
	}
	n = Parse("• 本站支持IPV6\n  • 登录\n  • 索引号:dqhbzb/2020-00014\n  • 发文机构:阿里地区环保专班\n  • 发布日期:2020-04-21\n"+
		"阿里地区整改任务完成情况公示表\n1.推进大气污染防治工作。(责任单位:阿里地区行署)\n", today)
	if n.Issuer != "阿里地区环保专班" {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// Set 59, measured unseen: an event notice whose items say who holds which
// event on which day (由宣传部、文化局联合在县影剧院举办…, 县文联在老干部活动
// 中心举办…, 各乡镇要…) was refused; 元月26日 is January 26, and a lunar day
// (正月十五) is turned into the festival's day (lunar.go), listed, not in
// silence.
func TestEventHolders(t *testing.T) {
	n := Parse("关于搞好2017年春节期间文化活动的通知\n各乡镇党委:\n1、元月26日,由宣传部、文化局联合在县影剧院举办迎春文艺晚会。\n2、正月十五,县文联在老干部活动中心举办书画展。\n"+
		"3、正月十五,各乡镇要组织节目在乡镇所在地演出。\n4、正月十六,宣传部在县城搞大型民间游艺活动。\n", today)
	var got [][]string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
	}
	if want := [][]string{{"宣传部", "文化局"}, {"县文联"}, {"各乡镇"}, {"宣传部"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	if dueOf(n.Tasks[0]) != "2017-01-26" {
		t.Errorf("元月26日 read as %q", dueOf(n.Tasks[0]))
	}
	if dueOf(n.Tasks[1]) != "2017-02-11" || !reviewed(n.Tasks[1], "due") {
		t.Errorf("正月十五: due %q, listed %v", dueOf(n.Tasks[1]), reviewed(n.Tasks[1], "due"))
	}
}

// Set 58, measured unseen: a county's notice of duties saying who the law
// names and who now does the work (应由公安部门负责管理,现由县公安局委托县城
// 管办负责管理), and who leads and who helps (由县公安局负责牵头管理,县交通局
// 协管): the entrusted office was read with its principal, and the lead
// was missed in silence.
func TestEntrustedAndLedBy(t *testing.T) {
	n := Parse("一、人车分行按照《中华人民共和国道路交通安全法》规定应由公安部门负责管理,现由县公安局委托县城管办负责管理,并行使行政处罚权。\n"+
		"二、两轮摩托车非法载客、擅自设置雨篷由县公安局负责牵头管理,县交通局协管。\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"县城管办"}) ||
		!slices.Equal(n.Tasks[1].Lead, []string{"县公安局"}) || !slices.Equal(n.Tasks[1].Owners, []string{"县公安局", "县交通局"}) {
		t.Errorf("tasks: %+v", n.Tasks)
	}
}

// Set 59, measured unseen: a township's division naming a body with the
// parts it holds in brackets (社會事務辦(計劃生育服務站、民政)負責…): no
// owner was read.
func TestBracketedBodyDuty(t *testing.T) {
	n := Parse("(二)宣傳分工\n1、鎮衛生院負責衛生保健常識宣傳;\n2、社會事務辦(計劃生育服務站、民政)負責優生優育及相關政策宣傳;\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[1].Owners, []string{"社會事務辦(計劃生育服務站、民政)"}) {
		t.Errorf("tasks: %+v", n.Tasks)
	}
}

// Sets 58 and 59, measured unseen: a page's furniture ran into the title
// or became it: a download page's button (…的通知 下载) and fields (授权方式:,
// 下载次数:), a samples site's 相关推荐 and post line (2020-09-05 策划书), an
// index's two fields on one line (发布机构: 天度镇 发文字号: 扶天政发〔2018〕36号).
func TestPageFurnitureTitles(t *testing.T) {
	n := Parse("关于搞好2017年春节期间文化活动的通知 下载\n\n类型:通知公告\n\n授权方式:免费版\n\n下载次数:676\n\n语言简体中文\n正文: 各乡镇党委:\n1、正月十五,各乡镇要组织节目演出。\n2、文化局要充分发挥职能作用。\n", today)
	if n.Title != "关于搞好2017年春节期间文化活动的通知" {
		t.Errorf("download page title %q", n.Title)
	}
	n = Parse("乡村2018年春节文化活动的实施方案\n更新时间:2022-06-16 20:56:10 活动方案 我要投稿\n- 相关推荐\n乡村2018年春节文化活动的实施方案\n1、文化站负责组织文艺演出。\n2、派出所负责维护秩序。\n", today)
	if n.Title != "乡村2018年春节文化活动的实施方案" {
		t.Errorf("samples site title %q", n.Title)
	}
	n = Parse("关于做好2018年春节文化活动的通知\n索引号: XXGK-2018-000813 主题分类:\n发布机构: 天度镇 发文字号: 扶天政发〔2018〕36号\n1、文化站负责组织文艺演出。\n2、派出所负责维护秩序。\n", today)
	if n.Number != "扶天政发〔2018〕36号" {
		t.Errorf("number %q", n.Number)
	}
}

// Set 59, measured unseen: a sub-district's working groups whose 职责分工
// gives inline sub-items each opening with its section (职责分工:(1)街道综治
// 信访科和派出所负责…(2)街道经济发展科负责…): the group was read as one task
// with no owner.
func TestInlineSubItemSubjects(t *testing.T) {
	n := Parse("(二)各工作组负责人名单及职责分工如下:\n1、活动协调组\n组长:z\n职责分工:(1)街道党政办负责元宵系列活动的宣传报道工作。(2)街道文化站负责制订元宵系列活动总体方案。\n"+
		"2、安全保卫组\n组长:z\n职责分工:(1)街道综治信访科和派出所负责制定安全保卫工作方案。(2)街道经济发展科负责元宵系列活动期间的消防安全工作。\n", today)
	var got [][]string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
	}
	want := [][]string{{"街道党政办"}, {"街道文化站"}, {"街道综治信访科", "派出所"}, {"街道经济发展科"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// Set 59, measured unseen: a township party committee's event plan whose
// duties lie with each village's branch (各党支部应…, 各党支部要…) after the
// event's particulars (活动时间, 参赛对象, 活动地点) was refused: the
// particulars are no work, the branches are who does it, and the work is
// due by the event's day, listed. Its preamble's 经镇主要领导同意 makes it
// no letter sending another document.
func TestEventPlanBranches(t *testing.T) {
	n := Parse("渡委发〔2017〕187号\n各村(社区)党支部:\n为丰富老年朋友的日常精神文化生活,经镇主要领导同意,决定举办重阳节体育活动,现将有关事项通知如下:\n"+
		"一、活动时间\n2017年10月28日\n二、参赛对象\n渡市镇12个老年协会会员\n三、活动地点\n渡市镇中心文化广场\n"+
		"四、经费保障\n各党支部应拿出一定经费,确保本村老年协会会员当天的生活保障。\n五、组织保障\n各党支部要安排专人负责,组织好各分会会员参与活动项目的报名。\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"各党支部"}) || dueOf(n.Tasks[1]) != "2017-10-28" || !reviewed(n.Tasks[1], "due") {
		t.Errorf("tasks: %+v", n.Tasks)
	}
}

// Set 59, measured unseen: a sub-district's plan whose 五、责任分工 heads
// each office's duties with its name alone ((一)党政办 / 负责策划宣传造势…),
// cut after the first: refused. The name alone over its 负责… is the
// owner, and so is a name over numbered duties under the division.
func TestDivisionBodyHeadings(t *testing.T) {
	n := Parse("街道办环境综合整治方案\n四、整治目标\n(一)新港路必须规范门前三包管理。\n五、责任分工\n(一)党政办\n负责策划宣传造势,全面发动辖区群众加入。\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"党政办"}) {
		t.Errorf("one body's duties: %+v", n.Tasks)
	}
	n = Parse("街道办环境综合整治方案\n五、责任分工\n(一)党政办\n1.负责策划宣传造势。\n2.负责发动群众。\n(二)城管中队\n1.负责清理占道经营。\n", today)
	var got [][]string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
	}
	if want := [][]string{{"党政办"}, {"党政办"}, {"城管中队"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
}
