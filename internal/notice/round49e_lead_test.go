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
// (正月十五) is shown, not turned into a date in silence.
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
	if dueOf(n.Tasks[1]) != "" || !reviewed(n.Tasks[1], "due") {
		t.Errorf("正月十五: due %q, listed %v", dueOf(n.Tasks[1]), reviewed(n.Tasks[1], "due"))
	}
}
