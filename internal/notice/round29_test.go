package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 29's held-out set (set 31: a heritage bid's table, trade-union
// work points, a progress bulletin, duty lists of member units, a repost,
// a science association's work points) showed, each closed by a general
// rule:

// a document site's preview of a county's straw-burning plan served as one
// line, page markers inside its words (县农作第2页共4页物秸秆…) and at its
// head (第1页共4页政府秸秆禁烧工作实施方案为…), its member units' duties
// run on, each paragraph opening with the units as a sentence of their own
// (县环保局。负责… 县交通局、公路局。负责…). Before, the marker stood in the
// title and no duty was read, nor listed. Now the markers are no part of
// the text, each unit's paragraph is on a line of its own and is read as
// a task, its units the owners, listed; the plan's chapter the paragraphs
// stood in (一、组织领导及职责分工…) names no one and is no task.
func TestRunOnUnitDuties(t *testing.T) {
	text := "第1页共4页政府秸秆禁烧工作实施方案为认真做好我县农作物秸秆禁烧工作,进一步改善环境质量,制订本方案。" +
		"一、组织领导及职责分工为切实加强对秸秆禁烧工作的领导,县政府成立县农作第2页共4页物秸秆禁烧工作领导小组(名单附后)。各组成单位及其职责如下:" +
		"县环保局。负责对全县秸秆禁烧工作实施统一监督,并承担县禁烧办的日常工作。" +
		"县交通局、公路局。负责对全县辖区内国道、省道、县道两侧燃烧秸秆情况的巡查,依法进行查处。" +
		"县监察局。负责对全县秸秆禁烧工作的行政监督,对发第3页共4页生重大责任事故的有关责任人员进行行政责任追究和处理。\n"
	n := Parse(text, today)
	if n.Title != "政府秸秆禁烧工作实施方案" {
		t.Errorf("title %q", n.Title)
	}
	want := []struct {
		title  string
		owners []string
	}{
		{"负责对全县秸秆禁烧工作实施统一监督", []string{"县环保局"}},
		{"负责对全县辖区内国道、省道、县道两侧燃烧秸秆情况的巡查", []string{"县交通局", "公路局"}},
		{"负责对全县秸秆禁烧工作的行政监督", []string{"县监察局"}},
	}
	duties := n.Tasks
	if len(duties) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := duties[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, w.owners) || !reviewed(got, "owners") {
			t.Errorf("duty %d: %q owners %q, want %q by %q, listed", i+1, got.Title, got.Owners, w.title, w.owners)
		}
		if strings.Contains(got.Title+got.Body, "页") {
			t.Errorf("duty %d keeps a page marker: %q", i+1, got.Title+got.Body)
		}
	}
	if n.Tasks[0].ID != "01" {
		t.Errorf("first duty's id %q, want 01", n.Tasks[0].ID)
	}
}

// One unit's sentence alone in a long line is a sentence of the text, not
// a division of duties: the line is not cut there.
func TestOneUnitSentenceNoDuties(t *testing.T) {
	line := strings.Repeat("为切实加强对秸秆禁烧工作的领导,", 10) + "县环保局。负责对全县秸秆禁烧工作实施统一监督。"
	if got := unitParagraphs(line); got != line {
		t.Errorf("cut: %q", got)
	}
}

// a law site's copy of a heritage bid's task table, flattened one cell a
// line with blank lines between, its last header cell naming two columns
// in one (牵头单位、相关单位) and each row labelling its two cells
// (牵头单位:市文物局 / 相关单位:市水务局), a column of requirements (工作要求)
// before the time's. Before, 工作要求 and 时间 were read as one cell, the
// header named no unit's column and no row was read (listed as not read).
// Now 工作要求 is a column, the paired cell two columns (相关单位 the
// partners'), each cell's own label taken off: the lead, the 部门 cell's
// unit and the partners are the row's owners, the last date its due.
func TestPairedUnitColumns(t *testing.T) {
	text := "洛阳市大运河申报世界文化遗产任务一览表\n\n序号\n\n工作任务\n\n工作要求\n\n时间\n\n部门\n\n牵头单位、相关单位\n\n" +
		"1\n\n大运河专家指导委员会的筹建\n\n专家范围涉及考古、历史、水利、遗产保护等方面。\n\n2011年8月底前完成\n\n大运河申遗工作领导小组办公室\n\n牵头单位:市文物局\n\n相关单位:市水务局\n\n" +
		"2\n\n含嘉仓160号窖保护展示提升工程\n\n结合规划进行。\n\n设计方案2011年9月底前完成,展示工程2013年6月底前完成。\n\n大运河申遗工作领导小组综合协调处\n\n牵头单位:市文物局\n\n相关单位:市住建委、城乡规划局\n"
	n := Parse(text, today)
	want := []struct {
		title, due string
		owners     []string
	}{
		{"大运河专家指导委员会的筹建", "2011-08-31", []string{"大运河申遗工作领导小组办公室", "市文物局", "市水务局"}},
		{"含嘉仓160号窖保护展示提升工程", "2013-06-30", []string{"大运河申遗工作领导小组综合协调处", "市文物局", "市住建委", "城乡规划局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		owners := slices.Clone(got.Owners)
		slices.Sort(owners)
		slices.Sort(w.owners)
		if got.Title != w.title || !slices.Equal(owners, w.owners) || !slices.Equal(got.Lead, []string{"市文物局"}) || got.Due.Format("2006-01-02") != w.due {
			t.Errorf("row %d: %q owners %q lead %q due %s, want %q by %q led by 市文物局, due %s",
				i+1, got.Title, got.Owners, got.Lead, got.Due.Format("2006-01-02"), w.title, w.owners, w.due)
		}
	}
}

// a county's bulletin on the matters its government's meeting set, its
// page's index giving an issue for its number (文号 | 督察通报第十七期) and
// only the department answering for the page (公开责任部门 | 紫阳县政府办公室),
// its letter naming who is behind on which numbered matter of a list not
// on the page (由县民政局负责的第1件…进展滞后). Before, the two headings
// 一、总体情况 and 二、工作要求 were read as tasks, 县民政局 the second's
// owner, and the header had no number and no issuer. Now a 由X负责 clause
// that names a numbered matter gives no work (the bulletin holds no task),
// the issue is the number, and the department the issuer, where nothing
// else names one.
func TestBulletinIndexIssue(t *testing.T) {
	text := "文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||\n" +
		"公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |\n" +
		"文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |\n" +
		"近期,县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查,现通报如下。\n" +
		"一、总体情况\n2022年第八次县政府常务会议确定事项22件,截至9月14日,已办结6件,占比27%;正在办理16件,占比73%(详见附件)。\n" +
		"二、工作要求\n2022年第八次县政府常务会议确定的22件事项中,16件正在办理。其中,由县民政局负责的第1件、县发改局负责的第4件确定事项进展滞后,请以上责任单位加快工作节奏,全力推动确定事项落实。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 0 {
		t.Errorf("tasks %+v", n.Tasks)
	}
	if n.Number != "督察通报第十七期" || n.Issuer != "紫阳县政府办公室" {
		t.Errorf("number %q issuer %q", n.Number, n.Issuer)
	}
	if n.Title != "2022年第八次县政府常务会议确定事项落实情况的通报" {
		t.Errorf("title %q", n.Title)
	}
}

// a writing-samples site's copy of a trade union's work points, a date
// widget over it (28 / 2024-04: the day over the year and month). Before,
// the widget ran into the title (282024-04xx市总工会…). Now a month stamp
// alone at the head, and a day alone over it, are the page's.
func TestDateWidgetOverTitle(t *testing.T) {
	text := "28\n\n2024-04\n\n当前位置: 首页 > 范文大全 > 公文范文 >\n\nxx市总工会20xx年工作要点\n\n" +
		"一、强化政治引领\n深入学习宣传贯彻党的二十大精神。(责任部门:办公室、宣传教育部)\n"
	n := Parse(text, today)
	if n.Title != "xx市总工会20xx年工作要点" {
		t.Errorf("title %q", n.Title)
	}
}

// a news site's repost of a city's letter, its own heading leaving out a
// word of the letter's title (关于《…方案》的通知 over 关于印发《…方案》的通知,
// the own title broken over two lines under its number and issuers).
// Before, the repost's heading was the title. Now a heading that is the
// title below it with a word left out is the page's.
func TestRepostHeadingLeavesWordOut(t *testing.T) {
	text := "首页 > 通知公告 > 正文\n\n关于《邹城市2016年农作物秸秆禁烧和综合利用工作方案》的通知\n\n" +
		"信息发布者:某某\n2017-01-11 11:53:18    来源:邹城外宣网   转载\n\n" +
		"市委办公室  市政府办公室\n\n关于印发《邹城市2016年农作物秸秆禁烧\n\n和综合利用工作方案》的通知\n\n" +
		"各镇党委、政府,各街道党工委、办事处,市政府各部门:\n\n《邹城市2016年农作物秸秆禁烧和综合利用工作方案》已经市委、市政府同意,现印发给你们,请认真组织实施。\n"
	n := Parse(text, today)
	if n.Title != "关于印发《邹城市2016年农作物秸秆禁烧和综合利用工作方案》的通知" {
		t.Errorf("title %q", n.Title)
	}
}
