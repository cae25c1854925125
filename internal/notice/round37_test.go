package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 37's held-out set (set 40: 2023–2026 local implementations of
// central campaigns, 涉企行政检查, 提振消费, 服务消费, data bureaus' work
// points, from public web pages) showed, each closed by a general rule:

// a city's first-quarter plan whose bracket names two zones, the first
// written whole before the last one's committee (泉州开发区、泉州台商投资区
// 管委会). Before, a 台商投资区 was no zone: 泉州开发区 was read as a body,
// unlisted. Now each zone has the committee, listed.
func TestInvestmentZoneSharesCommittee(t *testing.T) {
	text := "一、持续提振消费\n1.繁荣节日消费。办好系列活动30场以上。〔责任单位:市商务局、文旅局,各县(市、区)人民政府,泉州开发区、泉州台商投资区管委会〕\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	want := []string{"市商务局", "文旅局", "各县(市、区)人民政府", "泉州开发区管委会", "泉州台商投资区管委会"}
	if !slices.Equal(got.Owners, want) {
		t.Errorf("owners %q, want %q", got.Owners, want)
	}
	if !slices.ContainsFunc(got.Review, func(r Review) bool { return r.Field == "owners" }) {
		t.Errorf("the shared committee should be listed: %+v", got.Review)
	}
}

// a news card's measures whose item names the year of its targets running
// on with no comma (…工程,2025年城镇新增就业4万人以上、开展补贴性技能培训2万人
// 以上。) and no time limit. Before, nothing was said of the due. Now the
// due stays empty, as the corpus reads 2004年力争新增就业岗位10万个, and is
// listed; a year with a comma after it is still read as the deadline.
func TestYearOfTargetsListed(t *testing.T) {
	text := "一、落实城乡居民增收行动\n(一)促进工资性收入增长。实施培训行动,2025年城镇新增就业4万人以上、开展补贴性技能培训2万人以上。(责任单位:市人社局、市教育局)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !got.Due.IsZero() {
		t.Errorf("due %v, want none", got.Due)
	}
	if !slices.ContainsFunc(got.Review, func(r Review) bool { return r.Field == "due" && strings.Contains(r.Text.Zh, "2025年") }) {
		t.Errorf("the year of the targets should be listed: %+v", got.Review)
	}
	// A year of a time from it (2025年以来) is no year of targets.
	n = Parse(strings.Replace(text, "2025年城镇", "2025年以来城镇", 1), today)
	if slices.ContainsFunc(n.Tasks[0].Review, func(r Review) bool { return r.Field == "due" }) {
		t.Errorf("2025年以来 listed: %+v", n.Tasks[0].Review)
	}
	// With a comma the year opens the target sentence: its end is the due.
	n = Parse(strings.Replace(text, "2025年城镇", "2025年,城镇", 1), today)
	if n.Tasks[0].Due.Format("2006-01-02") != "2025-12-31" {
		t.Errorf("2025年, due %v, want 2025-12-31", n.Tasks[0].Due)
	}
}

// a county's plan in traditional characters whose first bracket marks its
// lead with ☆ and says so (責任單位:☆經信局、科技局。標☆的為牽頭單位,下同。).
// Before, ☆經信局 and the rule itself were read as owners and no lead was
// found. Now the marked unit leads, its name without the mark, in that item
// and those after it; the rule is no unit.
func TestStarMarksLead(t *testing.T) {
	text := "一、推動重點領域應用\n" +
		"(一)推進“人工智能+工業制造”。打造一批標桿示範項目。(責任單位:☆經信局、科技局。標☆的為牽頭單位,下同。)\n" +
		"(二)推進“人工智能+醫療健康”。建設智慧醫院。(責任單位:科技局、☆衛健局)\n" +
		"(三)推進“人工智能+教育”。建設智慧校園。\n"
	n := Parse(text, today)
	if len(n.Tasks) < 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	want := []struct{ owners, lead []string }{
		{[]string{"經信局", "科技局"}, []string{"經信局"}},
		{[]string{"科技局", "衛健局"}, []string{"衛健局"}},
	}
	for i, w := range want {
		k := n.Tasks[i]
		if !slices.Equal(k.Owners, w.owners) || !slices.Equal(k.Lead, w.lead) {
			t.Errorf("item %d: owners %q lead %q, want %q led by %q", i+1, k.Owners, k.Lead, w.owners, w.lead)
		}
	}
	// The rule's 下同 carries the mark, not item 1's units to an item naming none.
	if len(n.Tasks) > 2 && len(n.Tasks[2].Owners) > 0 {
		t.Errorf("item 3 took owners %q", n.Tasks[2].Owners)
	}
	// With no such rule a ☆ makes no lead.
	n = Parse(strings.Replace(text, "標☆的為牽頭單位,下同。", "", 1), today)
	if len(n.Tasks[0].Lead) > 0 {
		t.Errorf("no rule: lead %q", n.Tasks[0].Lead)
	}
}

// a district portal's index whose labels stand alone on their lines with
// each value under its label, the next label run on after the title's value
// (…实施方案的通知发文机关). Before, the title ran on through the label, the
// issuer's value and the next label. Now the labels and values are the
// index's, and the title is the 标题 value whole with its issuer at its
// head, as the corpus reads the same layout.
func TestLoneIndexLabels(t *testing.T) {
	text := "张店区人民政府\n标题\n张店区人民政府办公室 关于印发张店区规范涉企行政检查工作 实施方案的通知发文机关\n张店区人民政府办公室\n发文字号\n张政办发〔2025〕6号\n" +
		"索引号\n113703030042170202/2025-5551715\n成文日期\n2025-10-01\n有效性\n有效\n" +
		"张店区人民政府办公室\n关于印发张店区规范涉企行政检查工作\n实施方案的通知\n张政办发〔2025〕6号\n各镇政府、街道办事处,区政府有关部门:\n" +
		"《张店区规范涉企行政检查工作实施方案》已经区政府同意,现印发给你们,请认真贯彻落实。\n张店区人民政府办公室\n2025年10月1日\n" +
		"张店区规范涉企行政检查工作实施方案\n一、规范检查事项\n1.规范涉企行政检查主体管理。实施行政检查的主体必须具备法定资格。(牵头单位:区司法局;责任单位:各行政执法机关)\n"
	n := Parse(text, today)
	if n.Title != "张店区人民政府办公室关于印发张店区规范涉企行政检查工作实施方案的通知" {
		t.Errorf("title %q", n.Title)
	}
	if n.Issuer != "张店区人民政府办公室" || n.Number != "张政办发〔2025〕6号" || n.Date.Format("2006-01-02") != "2025-10-01" {
		t.Errorf("issuer %q number %q date %v", n.Issuer, n.Number, n.Date)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"区司法局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a trade association's post of a province's division of its work report
// served as one line: the news lead (2月23日,广东省人民政府办公厅印发《…》),
// 其中明确指出:, the quoted passage and its labels run on. Before, no title
// or issuer was read: the lead stood on the task's line. Now the lead names
// the document and the body that issued it; its month and day with no
// year give no date.
func TestOneLineNewsLead(t *testing.T) {
	text := "2月23日,广东省人民政府办公厅印发《2023年省〈政府工作报告〉工作任务分工方案》(简称《方案》),就主要预期目标进行细化分解。 其中明确指出: " +
		"贯彻实施《广东省数字经济促进条例》。推动5G网络城乡主要区域基本覆盖。 分管领导:广东省副省长吕玉印 部门分工:省工业和信息化厅牵头,省委网信办、省发展改革委等配合。\n"
	n := Parse(text, today)
	if n.Title != "2023年省〈政府工作报告〉工作任务分工方案" || n.Issuer != "广东省人民政府办公厅" || !n.Date.IsZero() {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	if len(n.Tasks) != 1 || !strings.HasPrefix(n.Tasks[0].Title, "贯彻实施") || !slices.Equal(n.Tasks[0].Lead, []string{"省工业和信息化厅"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a local news site's card over a city's measures, short lines: a month
// and day, the office, 发布, the measures' title, 全文内容如下. Before, the
// five lines ran together as the title and no issuer was read. Now the
// title is the measures' own, the office that published them the issuer;
// the month and day with no year give no date.
func TestNewsCardOverText(t *testing.T) {
	text := "6月24日\n咸宁市人民政府办公室\n发布\n咸宁市提振消费专项行动若干措施\n全文内容如下\n\n" +
		"为贯彻落实党中央、国务院关于提振消费专项行动的决策部署,结合我市实际,制定本措施。\n一、落实城乡居民增收行动\n" +
		"(一)促进工资性收入增长。扩大以工代赈项目劳务报酬发放规模。(责任单位:市人社局、市教育局,各县市区人民政府,咸宁高新区管委会)\n"
	n := Parse(text, today)
	if n.Title != "咸宁市提振消费专项行动若干措施" || n.Issuer != "咸宁市人民政府办公室" || !n.Date.IsZero() {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	// Without 发布 the lines say no one published anything: no issuer.
	n = Parse(strings.Replace(text, "\n发布\n", "\n", 1), today)
	if n.Issuer == "咸宁市人民政府办公室" && n.Title == "咸宁市提振消费专项行动若干措施" {
		t.Errorf("no card: title %q issuer %q", n.Title, n.Issuer)
	}
}

// a province's work points in traditional characters whose first bracket
// names its units, then makes the county-level governments responsible in
// a sentence of their own followed by a rule naming none (…按職責分工負責。
// 各市州、縣市區人民政府均為責任單位,以下不再列出). Before, the adverb 均 was
// read into the collective's name and the items below did not have it.
// Now the collective is named whole, an owner of its item and, listed, of
// the items below.
func TestUnitsSentenceThenRule(t *testing.T) {
	text := "一、完善數據基礎制度體系\n" +
		"1.推進數據立法。加快推動出臺《湖南省數據條例》。(省數據局、省司法廳等有關單位按職責分工負責。各市州、縣市區人民政府均為責任單位,以下不再列出)\n" +
		"2.完善數據標準。制定數據標準規範。(省數據局、省市場監管局按職責分工負責)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	want := [][]string{{"省數據局", "省司法廳", "各市州、縣市區人民政府"}, {"省數據局", "省市場監管局", "各市州、縣市區人民政府"}}
	for i, w := range want {
		if !slices.Equal(n.Tasks[i].Owners, w) {
			t.Errorf("item %d: owners %q, want %q", i+1, n.Tasks[i].Owners, w)
		}
	}
	if !slices.ContainsFunc(n.Tasks[1].Review, func(r Review) bool { return r.Field == "owners" && r.Line == 2 }) {
		t.Errorf("item 2's carried owners should be listed with line 2: %+v", n.Tasks[1].Review)
	}
}

// a city's plan whose first bracket names its unit, then a rule that says
// it covers this item and those below (〔市人社局,此项及以下任务均需各县(市、区)
// 落实,不再列出。…〕). Before, the rule's units went to the items below only.
// Now they are the item's own owners too, listed.
func TestRuleCoversItsOwnItem(t *testing.T) {
	text := "一、实施居民增收促进行动\n" +
		"1.促进就业。发挥社会经营主体吸纳就业作用。〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕\n" +
		"2.支持创业。支持重点人群创业。(市人社局)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, k := range n.Tasks {
		if !slices.Equal(k.Owners, []string{"市人社局", "各县(市、区)"}) {
			t.Errorf("item %d: owners %q", i+1, k.Owners)
		}
		if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" }) {
			t.Errorf("item %d: the rule's owners should be listed", i+1)
		}
	}
	// 以下 alone leaves the rule's units to the items below.
	n = Parse(strings.Replace(text, "此项及以下", "以下", 1), today)
	if slices.Contains(n.Tasks[0].Owners, "各县(市、区)") {
		t.Errorf("以下 alone: item 1 owners %q", n.Tasks[0].Owners)
	}
}

// a province's work points whose bracket names a city alone joined by 及 to
// the other cities concerned (…等省直有關單位,福州及相關設區市). Before, the
// two were one name, listed as odd. Now 福州 is an owner as written and
// 相關設區市 an open name, no owner, listed.
func TestPlaceAndOpenCities(t *testing.T) {
	text := "一、實施數字峰會拓展提升行動\n1.謀劃儲備一批數字經濟項目。(責任單位:省發改委、數據管理局等省直有關單位,福州及相關設區市)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if !slices.Equal(k.Owners, []string{"省發改委", "數據管理局", "福州"}) {
		t.Errorf("owners %q", k.Owners)
	}
	if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" && strings.Contains(r.Text.Zh, "相关设区市") }) {
		t.Errorf("the open name should be listed: %+v", k.Review)
	}
	// A body's name holding 和 stays whole.
	n = Parse("一、保障住房\n1.做好住房保障。推进保障性住房建设。(责任单位:市住房和城乡建设局)\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市住房和城乡建设局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}
