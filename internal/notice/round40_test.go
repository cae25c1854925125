package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 40's held-out set (set 43: local implementations of central
// campaigns — 涉企行政检查, 提振消费, 浙江's 推动经济高质量发展若干政策 — a
// traditional copy with pinyin, a writing-samples preview, a cover letter)
// showed, each closed by a general rule:

// a county-level city's policies whose section heading closes with the
// unit that leads the section (一、…政策(由市发改局牵头实施)) over items that
// each close with their own 责任单位. Before, the heading was read as a
// task of its own and the items had no lead, not listed. Now the heading
// is no task; its unit leads the items that name it, listed, and an item
// that does not name it has no lead, listed.
func TestHeadingBracketLeadOverOwnUnits(t *testing.T) {
	text := "关于进一步推动经济高质量发展的若干政策\n" +
		"为深入贯彻落实经济工作会议精神,现制定以下政策。\n" +
		"一、扩大有效投资政策(由市发改局牵头实施)\n" +
		"落实省扩大投资“千项万亿”工程,力争固定资产投资增长10%。\n" +
		"1.发挥省市重大建设项目带动支撑作用。实施省市重大项目攻坚。(责任单位:市发改局)\n" +
		"2.加大财政支持力度。市财政2024年预算安排1.95亿元用于基础设施建设。(责任单位:市财政局)\n" +
		"3.向上争取资金支持。积极争取地方政府专项债券。(责任单位:市发改局、市财政局、人行建德分行)\n"
	n := Parse(text, today)
	want := []struct {
		owners, lead []string
	}{
		{[]string{"市发改局"}, []string{"市发改局"}},
		{[]string{"市财政局"}, nil},
		{[]string{"市发改局", "市财政局", "人行建德分行"}, []string{"市发改局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("want the three items alone, the heading no task: %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, w.owners) || !slices.Equal(got.Lead, w.lead) || !reviewed(got, "lead") {
			t.Errorf("item %d: owners %q lead %q review %v, want %q lead %q, lead listed", i+1, got.Owners, got.Lead, got.Review, w.owners, w.lead)
		}
	}
	// Items that name no one still take the heading's unit as owner and lead.
	n = Parse("关于推动经济高质量发展若干政策\n一、科技创新政策(由市科技局牵头实施)\n(一)推动高能级科创平台提质增效。支持建设实验室。\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市科技局"}) || !slices.Equal(n.Tasks[0].Lead, []string{"市科技局"}) {
		t.Errorf("an item naming no one under the heading: %+v", n.Tasks)
	}
}

// a writing-samples site's preview of a city's 降成本 plan whose items run
// their fields on after the text, each label closed by a full stop, not a
// colon (责任主体。市编办、市法制办。执行对象。…。执行时间。…), and the
// preview's next page carrying an item's last label. Before, no label was
// read and the notice was refused for finding no task. Now the labels of
// units and of time are read as labels; the card's other sentences
// (执行对象, 工作流程) stay text.
func TestLabelsClosedByFullStop(t *testing.T) {
	text := "《2022年降成本减负担实施方案.doc》由会员分享,可在线阅读,更多相关《2022年降成本减负担实施方案.doc(23页珍藏版)》请在某网站上搜索。\n" +
		"1、降成本减负担实施方案降成本减负担实施方案下面是小编为大家整理的降成本减负担实施方案,请大家参阅。为推进降本增效,减轻实体经济企业负担,特制定以下实施方案。一、降低制度性交易成本1.全面推进“五证合一、一照一码”等商事制度落实,深化“放管服”改革。责任主体。市工商质监局。执行对象。除个体工商户外其他工商登记市场主体。\n" +
		"2、工作流程。市工商质监局窗口受理登记,经审查、审核后,予以发证。执行时间。长期有效。2.开展政府权力清单、责任清单优化提升试点,编制市级行政权力事中事后监管实施细则,建立动态调整机制。责任主体。市编办、市法制办。执行对象。市各相关部门。工作流程。市编办、市法制办制定方案,启动试点。执行时间。试点工作 xx 年 11 月底前完成,每年定期开展动态调整。\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"全面推进“五证合一、一照一码”", []string{"市工商质监局"}},
		{"开展政府权力清单、责任清单优化提升试点", []string{"市编办", "市法制办"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, w.owners) || len(got.Lead) != 0 || !got.Due.IsZero() || !reviewed(got, "due") {
			t.Errorf("item %d: title %q owners %q lead %q due %v review %v, want %q %q, no lead, no due, due listed", i+1, got.Title, got.Owners, got.Lead, got.Due, got.Review, w.title, w.owners)
		}
	}
	// One label so in prose, its sentence no names, is text.
	if got := stopLabels("1.明确责任单位。各部门要加强协作,形成合力。"); len(got) != 1 {
		t.Errorf("a sentence of the text split: %q", got)
	}
}

// the same preview opens its first page with the plan's title written
// twice, run on into the site's blurb. Before, no title was read. Now the
// title is read once.
func TestDoubledTitle(t *testing.T) {
	text := "降成本减负担实施方案降成本减负担实施方案下面是小编为大家整理的降成本减负担实施方案,请大家参阅。为深入贯彻中央经济工作会议精神,推进降本增效,减轻实体经济企业负担,促进经济持续健康较快发展,特制定以下实施方案。一、降低制度性交易成本1.全面推进商事制度落实,深化“放管服”改革。(责任单位:市市场监管局)\n"
	n := Parse(text, today)
	if n.Title != "降成本减负担实施方案" {
		t.Errorf("title %q, want 降成本减负担实施方案", n.Title)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市市场监管局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a city's 提振消费 measures served with the cover letter first, its date
// line carrying the publication mark run on (2025年7月13日(此件主动公开)).
// Before, neither the issuer nor the date was read. Now the mark is a line
// of its own and the signature and date are the notice's.
func TestDateWithMarkRunOn(t *testing.T) {
	text := "各县市区人民政府,市直各单位:\n" +
		"《岳阳市提振消费若干措施》已经市人民政府同意,现印发给你们,请认真组织实施。\n" +
		"岳阳市人民政府办公室\n" +
		"2025年7月13日(此件主动公开)\n" +
		"岳阳市提振消费若干措施\n" +
		"一、促进城乡居民增收减负\n" +
		"(一)稳定扩大就业。突出就业优先导向。[市人社局、市商务局]\n"
	n := Parse(text, today)
	if n.Issuer != "岳阳市人民政府办公室" || n.Date.Format("2006-01-02") != "2025-07-13" || n.Title != "岳阳市提振消费若干措施" {
		t.Errorf("issuer %q date %v title %q, want 岳阳市人民政府办公室 2025-07-13 岳阳市提振消费若干措施", n.Issuer, n.Date, n.Title)
	}
}

// the same measures' first square bracket states a carry-forward rule by
// what the owners include (本条及以下责任单位均包括各县市区政府(管委会),
// 不再重复列举). Before, the rule's two clauses were read as owners. Now
// its units are added to this item and to those below, listed.
func TestIncludesCarryRule(t *testing.T) {
	text := "岳阳市提振消费若干措施\n" +
		"一、促进城乡居民增收减负\n" +
		"(一)稳定扩大就业。突出就业优先导向。[市人社局、市商务局、市财政局等按职责分工负责。排名第一的为牵头单位,下同。本条及以下责任单位均包括各县市区政府(管委会),不再重复列举]\n" +
		"(二)助力农民增收。深入开展消费帮扶。[市农业农村局、市发改委等按职责分工负责]\n"
	n := Parse(text, today)
	want := [][]string{
		{"市人社局", "市商务局", "市财政局", "各县市区政府(管委会)"},
		{"市农业农村局", "市发改委", "各县市区政府(管委会)"},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !slices.Equal(got.Owners, w) || !slices.Equal(got.Lead, w[:1]) || !reviewed(got, "owners") {
			t.Errorf("item %d: owners %q lead %q, want %q led by the first, owners listed", i+1, got.Owners, got.Lead, w)
		}
	}
}

// a law site's copy of a city's cover letter served as one line, its title
// parted from its recipients by a space alone (…目标任务的通知 各区、县(市)
// 人民政府,市直机关有关单位: 2005年,…). Before, the recipients were read as
// part of the title. Now the title is the line's head up to the space.
func TestTitleSpaceRecipients(t *testing.T) {
	text := "长沙市人民政府办公厅关于下达2006年商务工作目标任务的通知 各区、县(市)人民政府,市直机关有关单位: 2005年,在市委、市政府的领导下,经过全市上下共同努力,商务工作取得了显著成绩。为进一步扩大对外开放,促进我市经济持续快速协调健康发展,市人民政府决定2006年继续下达商务工作目标任务,现将有关事项通知如下: 一、全市总体目标任务:2006年合同利用外资17亿美元,外资项目290个。 二、目标任务分解原则:2006年目标任务参照各单位经济发展状况及2005年目标任务下达。\n"
	n := Parse(text, today)
	if n.Title != "长沙市人民政府办公厅关于下达2006年商务工作目标任务的通知" || n.Issuer != "长沙市人民政府办公厅" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
}

// a news site's spun copy of a county's policies whose words a program
// swapped (人民政府 → 國民當局, 通知 → 告訴): the line above the recipients
// issues the list by its own title but closes with no word a title ends
// with. Before, the list's title was taken and no issuer read. Now that
// line is the title, and the signature that is its head the issuer.
func TestIssuedListTitle(t *testing.T) {
	text := "北極星氫能網獲悉,4月23日,嵊泗縣國民當局印發關于推動經濟高質量發展若干政策(2025年版)的告訴。\n" +
		"原文如下:\n" +
		"嵊泗縣國民當局印發關于推動經濟高質量發展若干政策(2025年版)的告訴\n" +
		"各鄉鎮國民當局,縣當局直屬各單位:\n" +
		"《關于推動經濟高質量發展若干政策(2025年版)》已經縣當局常務會議審議通過,現印發給你們,請認真貫徹落實。\n" +
		"嵊泗縣國民當局\n" +
		"202包養網5年4月23日\n" +
		"關于推動經濟高質量發展若干政策(2025年版)\n" +
		"為貫徹落實經濟任務會議決策安排,制定以下政策。\n" +
		"一、推進教導科技人才一體發展(由縣經信局牽頭)\n" +
		"加速建設現代化海島縣,隨機應變發展新質生產力。\n"
	n := Parse(text, today)
	if n.Title != "嵊泗縣國民當局印發關于推動經濟高質量發展若干政策(2025年版)的告訴" || n.Issuer != "嵊泗縣國民當局" || !n.Date.IsZero() {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"縣經信局"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
}
