package notice

import (
	"strings"
	"testing"
)

// Round 18's held-out set showed, each closed by a general rule:

// a table flattened one cell to a line whose first row the columns did not
// fit (a third unit's name on a line of its own, or a note too many) ends
// after that row; the
// rows after it name their units without a place (文化宣传股, 执法大队) and
// carry no label, so no line of theirs looked like a task's and nineteen
// tasks were missed with nothing said (略阳 2019). Now their row numbers,
// standing alone and numbered in turn, list them for a person to check.
func TestFlatRowsLeftAfterATableAreListed(t *testing.T) {
	text := "序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n备注\n" +
		"1\n公共文化服务\n免费开放服务人次较上年增长15%。\n12月底前\n张某某\n文化宣传股\n按季度报送进展。\n年底前报送总结。\n" +
		"2\n全年组织开展文化下乡等惠民演出不少于100场。\n文化宣传股\n" +
		"3\n开展好“三下乡”活动。\n" +
		"4\n文化市场管理\n开展专项整治行动4次以上。\n执法大队\n" +
		"5\n完成县级应急广播系统建设。\n广电事业股\n"
	n := Parse(text, today)
	at := strings.Index(text, "开展好")
	line := strings.Count(text[:at], "\n") + 1
	if !unreadAt(n, line) {
		t.Fatalf("row 3 (line %d) is not listed: tasks %+v, unread %+v", line, n.Tasks, n.Unread)
	}
	// Numbers in turn far apart (a page's number at each page's foot), or
	// only two of them, are no table's rows.
	pages := "一、总体要求\n坚持问题导向。\n\n\n\n\n\n\n\n\n\n\n\n\n\n1\n推进改革。\n\n\n\n\n\n\n\n\n\n\n\n\n\n2\n优化服务。\n\n\n\n\n\n\n\n\n\n\n\n\n\n3\n"
	if n := Parse(pages, today); len(n.Unread) != 0 {
		t.Errorf("page numbers listed: %+v", n.Unread)
	}
	if n := Parse("一、总体要求\n1\n推进改革。\n2\n优化服务。\n", today); len(n.Unread) != 0 {
		t.Errorf("two numbers listed: %+v", n.Unread)
	}
}

// the same table, read: its 指标 column names a field of work (公共文化服务),
// a cell merged over the rows under it, and the 工作任务 column after it the
// task; its units are small bodies (文化馆, 执法大队) whose short names read
// as persons' and ended the table; a row naming its units but no leader or
// time limit took them from a merged cell, which the copy left out. Each
// row is a task now, the field is no title, the leader and the time limit
// carried down are listed, and a time limit without a year, in a notice
// whose header names none, says where its year came from.
func TestFlatTableFieldColumnAndMergedCells(t *testing.T) {
	text := "序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n备注\n" +
		"1\n公共文化服务\n免费开放服务人次较上年增长15%。\n12月底前\n张某某\n文化宣传股\n文化馆\n图书馆\n" +
		"2\n全年组织开展文化下乡等惠民演出不少于100场。\n文化宣传股\n" +
		"3\n文化市场管理\n开展专项整治行动4次以上,精心策划2019年执法活动。\n执法大队\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v, unread %+v", n.Tasks, n.Unread)
	}
	k := n.Tasks[0]
	if !strings.HasPrefix(k.Title, "免费开放服务人次") || strings.Join(k.Owners, "|") != "文化宣传股|文化馆|图书馆" || strings.Join(k.Leaders, "|") != "张某某" {
		t.Errorf("row 1: title %q owners %q leaders %q", k.Title, k.Owners, k.Leaders)
	}
	if !hasReview(k, "due", "年份取自") {
		t.Errorf("row 1: the year taken from the list is not listed: %+v", k.Review)
	}
	for _, k := range n.Tasks[1:] {
		if strings.Join(k.Leaders, "|") != "张某某" || k.Due.Format("2006-01-02") != "2019-12-31" || !hasReview(k, "leaders", "合并") || !hasReview(k, "due", "合并") {
			t.Errorf("task %s: leaders %q due %v, carried down unlisted: %+v", k.ID, k.Leaders, k.Due, k.Review)
		}
	}
	if got := strings.Join(n.Tasks[2].Owners, "|"); got != "执法大队" {
		t.Errorf("row 3 owners %q", got)
	}
}

func hasReview(k Task, field, word string) bool {
	for _, r := range k.Review {
		if r.Field == field && strings.Contains(r.Text.Zh, word) {
			return true
		}
	}
	return false
}

// two small bodies' names on one line of a flat table's cell, nothing
// between them (文化宣传股文化馆), were one owner, unlisted. Now such a name
// is listed; one body's name is not.
func TestTwoBodiesRunTogetherAreListed(t *testing.T) {
	n := Parse("序号\n工作任务\n完成时限\n责任股室\n1\n全年组织开展文化下乡等惠民演出。\n12月底前\n文化宣传股文化馆\n2\n开展好“三下乡”活动。\n12月底前\n县文化馆\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if !hasReview(n.Tasks[0], "owners", "连在了一起") {
		t.Errorf("two bodies run together unlisted: %q %+v", n.Tasks[0].Owners, n.Tasks[0].Review)
	}
	if hasReview(n.Tasks[1], "owners", "连在了一起") {
		t.Errorf("one body listed as two: %+v", n.Tasks[1].Review)
	}
}

// a page's title with the site's name after a dash (…的通知-九游会真人第一
// 品牌) was the title, and a leading group signing (…工作领导小组) was no
// issuer (芜湖 2023); a signature's date whose 年月日 the copy lost
// (20221117) was no date (隆德 2022).
func TestRound18HeaderFurniture(t *testing.T) {
	n := Parse("关于印发2023年全市普法依法治理工作要点的通知-九游会真人第一品牌\n各县市区法治宣传教育工作领导小组,市直各单位:\n现印发给你们,请认真贯彻落实。\n某某市法治宣传教育工作领导小组\n2023年3月31日\n2023年全市普法依法治理工作要点\n", today)
	if n.Title != "关于印发2023年全市普法依法治理工作要点的通知" || n.Issuer != "某某市法治宣传教育工作领导小组" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	n = Parse("某县人民政府办公室关于印发某县气象灾害应急预案的通知\n各乡镇人民政府:\n现印发给你们,请认真抓好贯彻落实。\n某县人民政府办公室\n20221117\n(此件公开发布)\n某县气象灾害应急预案\n", today)
	if n.Date.Format("2006-01-02") != "2022-11-17" || n.Issuer != "某县人民政府办公室" {
		t.Errorf("date %v issuer %q", n.Date, n.Issuer)
	}
	// A title with a year range in it keeps it.
	n = Parse("关于印发《某市规划(2021-2025年)》的通知\n各区人民政府:\n现印发给你们。\n某市人民政府\n2021年3月1日\n", today)
	if n.Title != "关于印发《某市规划(2021-2025年)》的通知" {
		t.Errorf("title %q", n.Title)
	}
}

// an index whose labels 信息名称, 内容概览, 在线链接地址 and 文件下载 were not
// known stood in | cells over the notice: the header was read as none, the
// index's short issuer stood for the signature's full one and the date was
// lost (溧水 2023).
func TestIndexLabelsOfRound18(t *testing.T) {
	text := "发布机构: | 某区人民政府办公室 | 生成日期: | 2023-11-20 |\n信息名称: | 区政府办公室关于印发某实施意见的通知 | ||\n文 号: | 某政办发〔2023〕50号 | 关 键 词: | 燃气 |\n内容概览: | |||\n在线链接地址: | |||\n文件下载: | |||\n" +
		"区政府办公室关于印发某实施意见的通知\n各镇(街),区各委办局:\n《某实施意见》已经区政府同意,现印发给你们,请贯彻执行。\n某市某区人民政府办公室\n2023年11月20日\n某实施意见\n"
	n := Parse(text, today)
	if n.Issuer != "某市某区人民政府办公室" || n.Date.Format("2006-01-02") != "2023-11-20" || n.Title != "区政府办公室关于印发某实施意见的通知" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
}
