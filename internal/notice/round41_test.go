package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 41's held-out set (set 45: a district's bulletin on handled
// suggestions, a report on proposals handled with 主办单位 / 协办单位
// labels, a mirror's plan cut before its first item, a 2010 cover letter,
// a traditional copy with pinyin, a 2008 law site's middle page) showed,
// each closed by a general rule:

// a district government's report on how the proposals of a CPPCC session
// were handled, each proposal on a line of its own opened by its number
// word (第1号“…的建议”(A类)) with its 主办单位 and 协办单位 after it, under a
// heading counting them ((一)重点提案办理情况(6件)). Before, the proposal
// was read as the heading's text, the task titled by the count, in
// silence. Now the proposal is the task, the heading a heading.
func TestProposalNumberWord(t *testing.T) {
	text := "关于政协红寺堡区委员会三届五次会议委员提案办理情况的报告\n\n" +
		"根据会议安排,现将政协红寺堡区委员会三届五次会议委员提案办理情况报告如下:\n\n" +
		"一、提案办理情况\n\n" +
		"区政府承办政协红寺堡区委员会三届五次会议的提案共38件(6件重点提案)。截至目前,提案办结31件。\n\n" +
		"(一)重点提案办理情况(6件)\n\n" +
		"第1号“关于进一步推进乡村振兴和产业发展的建议”(A类)。主办单位:农业农村局;协办单位:文体局、住建交通局。\n\n" +
		"第2号“关于加强农村道路建设的建议”(A类)。主办单位:住建交通局;协办单位:财政局。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !strings.HasPrefix(got.Title, "“关于进一步推进乡村振兴") || got.Number != 1 {
		t.Errorf("task 1: %d %q, want the proposal numbered 1", got.Number, got.Title)
	}
	if !slices.Equal(got.Lead, []string{"农业农村局"}) || !slices.Equal(got.Owners, []string{"农业农村局", "文体局", "住建交通局"}) {
		t.Errorf("task 1: owners %q lead %q", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; got.Number != 2 || !slices.Equal(got.Lead, []string{"住建交通局"}) {
		t.Errorf("task 2: %d %q lead %q", got.Number, got.Title, got.Lead)
	}
	// 第1号 with no quoted title after it (第1号令) is no item.
	if k := classify(item{line: Line{Text: "第1号令公布施行。"}}); k == kNum {
		t.Errorf("第1号令 read as an item")
	}
}

// a district's inspection bulletin on how suggestions were handled, as its
// portal serves it: login buttons over the title (登录个人中心), index
// pairs several to a line apart by spaces ending with a field no index
// label names (发布机构 X 责任部门 Y), each suggestion an item opened by the
// body that handles it (1.X承办的“…的建议”(第1号)) and followed by its
// 办理情况 with the dates of work done. Before, the login line was read as
// the issuer and the notice refused for naming no one. Now the login line
// is the page's, the issuer the index's, the body before 承办的 the owner
// (listed, no lead), and the report's dates no due.
func TestHandledSuggestionBulletin(t *testing.T) {
	text := "无障碍浏览 长者模式\n登录个人中心\n首页 政府信息公开 新闻中心 网上办事 互动交流\n\n" +
		"关于2017年中卫市、沙坡头区人大建议、政协提案办理情况的督查通报\n\n" +
		"索引号 640502001/2017-62520 文号 督查通报第13期 生成日期 2017-10-17\n" +
		"公开方式 主动公开 发布机构 沙坡头区人民政府办公室 责任部门 沙坡头区政府办\n\n" +
		"近期,区政府督查室对各部门承办的人大建议、政协提案办理情况进行了督查,现将具体情况通报如下:\n\n" +
		"一、基本情况\n\n代表建议涉及沙坡头区3件,2件已办结,1件正在办理。\n\n" +
		"(一)中卫市四届一次会议代表建议办理情况\n\n" +
		"1.农业和科技委员会承办的“关于解决柔远镇夹渠村自来水并网的建议”(第1号)\n\n" +
		"办理情况:已办结。该工程于2017年4月20日开工建设,7月27日通过工程竣工验收,目前运行良好。\n"
	n := Parse(text, today)
	if n.Issuer != "沙坡头区人民政府办公室" {
		t.Errorf("issuer %q, want the index's 发布机构 without the field after it", n.Issuer)
	}
	if !n.Date.IsZero() {
		t.Errorf("date %v: the index's 生成日期 is not the notice's", n.Date)
	}
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Owners, []string{"农业和科技委员会"}) || len(got.Lead) != 0 {
		t.Errorf("owners %q lead %q, want the body before 承办的, no lead", got.Owners, got.Lead)
	}
	if !got.Due.IsZero() || len(got.Milestones) != 0 {
		t.Errorf("due %v milestones %v: the 办理情况 dates are work done", got.Due, got.Milestones)
	}
	if !hasReview(got, "owners", "承办") || !hasReview(got, "due", "办理情况") {
		t.Errorf("reviews %+v: the owners and the dates left out are listed", got.Review)
	}
}

// a province's 2008 division of its key work, a law site's middle page:
// each item holds several sentences, each closing before its full stop
// with a bracket of the units that do it, the brackets ending open (等)
// and naming places too (宜昌市). Before, only a bracket after the full
// stop was read: the items named no one and the notice was refused. Now
// the units of all the brackets are the item's owners, listed where there
// are several brackets, as the item may be several tasks.
func TestSentenceClosingBrackets(t *testing.T) {
	text := "中共湖北省委办公厅、湖北省人民政府办公厅关于印发《省委、省政府2008年若干重要工作责任分工方案》的通知\n\n" +
		"  11、抓紧制定和启动武汉城市圈综合配套改革试验区实施方案。提升武汉城市圈整体发展实力(省发改委、交通厅、商务厅等)。" +
		"支持宜昌、襄樊两个省域副中心城市建设(省发改委、建设厅、宜昌市、襄樊市)。推动“一江两线”经济带建设(省发改委、建设厅等)。\n\n" +
		"  12、完善扶持政策,进一步发展壮大县域经济(省经委、发改委、财政厅)。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	want := []string{"省发改委", "交通厅", "商务厅", "建设厅", "宜昌市", "襄樊市"}
	if !slices.Equal(got.Owners, want) || !hasReview(got, "owners", "括号") {
		t.Errorf("item 11: owners %q reviews %+v, want %q listed", got.Owners, got.Review, want)
	}
	got = n.Tasks[1]
	if !slices.Equal(got.Owners, []string{"省经委", "发改委", "财政厅"}) || hasReview(got, "owners", "括号") {
		t.Errorf("item 12: owners %q reviews %+v, want its one bracket's units", got.Owners, got.Review)
	}
	// A closing bracket that names no body (a span of years) names no one.
	n = Parse("工作方案\n1、推进改革试点工作(2008-2010年)。\n", today)
	if len(n.Tasks) != 0 {
		t.Errorf("a bracket of years read as owners: %+v", n.Tasks)
	}
}

// a district government's report to a CPPCC committee, titled 关于…的报告,
// its author and the month alone in brackets on lines of their own under
// the title. Before, both lines ran on into the title and the issuer was
// the index's office. Now the title ends at 的报告 and the author line is
// the issuer; a month with no day gives no date.
func TestReportByline(t *testing.T) {
	text := "关于政协红寺堡区委员会三届五次会议委员提案办理情况的报告\n\n\n吴忠市红寺堡区人民政府\n\n(2021年10月)\n\n" +
		"根据会议安排,现将提案办理情况报告如下:\n\n一、提案办理情况\n\n" +
		"第1号“关于进一步推进乡村振兴和产业发展的建议”(A类)。主办单位:农业农村局;协办单位:文体局、住建交通局。\n"
	n := Parse(text, today)
	if n.Title != "关于政协红寺堡区委员会三届五次会议委员提案办理情况的报告" || n.Issuer != "吴忠市红寺堡区人民政府" || !n.Date.IsZero() {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	if len(n.Tasks) != 1 {
		t.Errorf("tasks %+v", n.Tasks)
	}
	// A title broken after a bare 报告 goes on over the next line.
	n = Parse("关于印发2024年政府工作报告\n重点工作任务分工的通知\n\n1.稳增长。(市发改委)\n", today)
	if n.Title != "关于印发2024年政府工作报告重点工作任务分工的通知" {
		t.Errorf("title %q", n.Title)
	}
}
