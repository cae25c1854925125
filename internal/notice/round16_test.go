package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 16's held-out set showed, each read now by a general rule:

// an item whose sentences each close with a bracket naming who does them
// (…跟踪评价。（区卫生健康委负责）严格贯彻…。（区农业农村局负责）, 贵池 2020;
// a section's paragraph with three such brackets, 广东 2019) names all
// those units: before, only the last bracket was read and the others'
// units were lost, not listed. Now each is an owner, and the item is
// listed for review (it may be several tasks).
func TestEachSentenceBracketNamesOwners(t *testing.T) {
	text := "2020年食品安全重点工作安排\n一、年度重点任务\n" +
		"1.实施风险评估和标准贯宣专项行动。完善食品安全标准管理制度，加强宣贯培训、跟踪评价。（区卫生健康委负责）严格贯彻落实农药残留限量新标准，出台贯彻实施意见。（区农业农村局负责）\n" +
		"2.开展专项整治。加强校园食品安全管理。（区教育局负责，以下不再单独列出）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if strings.Join(k.Owners, "、") != "区卫生健康委、区农业农村局" || len(k.Lead) != 0 {
		t.Errorf("owners %q lead %q", k.Owners, k.Lead)
	}
	if !slices.ContainsFunc(k.Review, func(r Review) bool {
		return r.Field == "owners" && strings.Contains(r.Text.Zh, "区卫生健康委负责")
	}) {
		t.Errorf("not listed: %+v", k.Review)
	}
	// One bracket, at the end: nothing more is read or listed.
	if k := n.Tasks[1]; strings.Join(k.Owners, "、") != "区教育局" || slices.ContainsFunc(k.Review, func(r Review) bool { return strings.Contains(r.Text.Zh, "拆成几项") }) {
		t.Errorf("task 2: owners %q review %+v", k.Owners, k.Review)
	}
}

// X负责落实 is X's duty, not part of its name: （市民政局牵头，各区、市政府负责
// 落实。以下各项工作均需各区、市政府负责落实，不再一一列出。） (青岛 2023) gave
// the owner 各区、市政府负责, listed as odd; now 各区、市政府.
func TestDutyThenLuoshiIsNoName(t *testing.T) {
	text := "关于推进基本养老服务体系建设的实施意见\n一、建立健全基本养老服务制度体系\n" +
		"1.健全基本养老服务清单制度。发布基本养老服务清单。（市民政局牵头，各区、市政府负责落实。以下各项工作均需各区、市政府负责落实，不再一一列出。）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if strings.Join(k.Owners, "|") != "市民政局|各区、市政府" || strings.Join(k.Lead, "|") != "市民政局" {
		t.Errorf("owners %q lead %q review %+v", k.Owners, k.Lead, k.Review)
	}
}

// a flattened table's header cell may carry a note in brackets after the
// column's name (重点工作任务(民生实事项目), 进展情况(一季度), 西湖区 2024): it
// names the column all the same. Before, the header was not read, nor
// its rows, and the import said only that line 3 looked like a label.
func TestHeaderCellWithNote(t *testing.T) {
	text := "序号\n重点工作任务(民生实事项目)\n牵头单位\n计划完成时间\n进展情况(一季度)\n" +
		"1\n新增老年食堂(助餐点)15个\n区民政局\n11月底前\n已完成3个。\n" +
		"2\n新增认知障碍照护专区床位100张\n区卫健局\n10月底前\n已完成选址。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || n.Tasks[1].Title != "新增认知障碍照护专区床位100张" || strings.Join(n.Tasks[1].Lead, "") != "区卫健局" {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if n.Title != "" {
		t.Errorf("title %q: the header's cells are no title", n.Title)
	}
}

// a header cell that names a column by the duty of those it lists (负责科室,
// 责任处室) ends like a unit's name, but is none: under 牵头单位 on its
// own line it was read as that label's value (牵头单位：负责科室), and the
// table's header was lost.
func TestDutyNamedColumnIsNoLabelValue(t *testing.T) {
	text := "序号\n重点工作任务\n牵头单位\n负责科室\n负责人\n计划完成时间\n" +
		"1\n新增老年食堂15个\n区民政局\n养老服务科\n何滢\n11月底前\n" +
		"2\n新增护理型床位500张\n区卫健局\n医政科\n王明\n10月底前\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if k := n.Tasks[0]; strings.Join(k.Lead, "") != "区民政局" || strings.Join(k.Leaders, "") != "何滢" {
		t.Errorf("lead %q leaders %q", k.Lead, k.Leaders)
	}
}

// a flattened table's rows that give no cell of who answers for them under
// a row that does: the cells are merged over the rows and a page's text
// gives them on the first only (西湖区 2024, rows 2–5 under row 1's 区民政局 /
// 何滢, rows 3–5 under row 2's 10月底前). The row above's units, persons and
// time limit are taken, each listed for review. Before, the rows had no
// owner (listed) and no lead or leader (not listed).
func TestMergedCellsTakeTheRowAbove(t *testing.T) {
	text := "2024年民生实事项目进展情况\n序号\n重点工作任务\n牵头单位\n负责人\n计划完成时间\n进展情况\n" +
		"1\n新增老年食堂15个\n区民政局\n何滢\n2024年11月底前\n已完成3个。\n" +
		"2\n新增认知障碍照护专区床位100张\n2024年10月底前\n已完成选址。\n" +
		"3\n建成启用区级老年活动中心\n正在装修。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for _, k := range n.Tasks[1:] {
		if strings.Join(k.Owners, "") != "区民政局" || strings.Join(k.Lead, "") != "区民政局" || strings.Join(k.Leaders, "") != "何滢" {
			t.Errorf("task %s: owners %q lead %q leaders %q", k.ID, k.Owners, k.Lead, k.Leaders)
		}
		for _, f := range []string{"owners", "lead", "leaders"} {
			if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == f && strings.Contains(r.Text.Zh, "合并") }) {
				t.Errorf("task %s: %s not listed: %+v", k.ID, f, k.Review)
			}
		}
	}
	if k := n.Tasks[1]; k.Due.Format("2006-01-02") != "2024-10-31" || slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "due" && strings.Contains(r.Text.Zh, "合并") }) {
		t.Errorf("row 2 keeps its own time limit: %v %+v", k.Due, k.Review)
	}
	if k := n.Tasks[2]; k.Due.Format("2006-01-02") != "2024-10-31" || !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "due" && strings.Contains(r.Text.Zh, "合并") }) {
		t.Errorf("row 3: due %v review %+v", k.Due, k.Review)
	}
}

// a section whose first paragraph says only who leads its work and who
// assists (一、治理畜牧业产品污染 / 由乡三农服务中心承办，乡畜牧站、卫生院、派出所、
// 工商所配合。, a township's 2015 plan after the Fujian one of round 15b):
// the net listed it, and the import found no task. Now the units are the
// item's (承办 leads), listed for review; under a heading over items, they
// are the section's, for items that name none.
func TestLeadAndAssistParagraph(t *testing.T) {
	text := "2015年度治理“餐桌污染”建设“食品放心工程”工作方案\n各村（场）、有关部门：\n根据乡党委、政府要求，制定方案如下：\n" +
		"一、治理畜牧业产品污染\n由乡三农服务中心承办，乡畜牧站、卫生院、派出所、工商所配合。\n治理工作目标：全乡生猪定点屠宰率达100%。\n" +
		"二、治理水产品污染\n由乡水产站承办，乡市场监管所配合。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if k.Title != "治理畜牧业产品污染" || strings.Join(k.Owners, "、") != "乡三农服务中心、乡畜牧站、卫生院、派出所、工商所" || strings.Join(k.Lead, "") != "乡三农服务中心" {
		t.Errorf("title %q owners %q lead %q", k.Title, k.Owners, k.Lead)
	}
	if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" && strings.Contains(r.Text.Zh, "承办") }) {
		t.Errorf("not listed: %+v", k.Review)
	}
	text = "工作方案\n一、治理畜牧业产品污染\n由乡三农服务中心承办，乡畜牧站、卫生院配合。\n" +
		"（一）加快无公害畜禽基地建设。（乡畜牧站负责）\n（二）加强定点屠宰监管，确保屠宰率达100%。\n"
	n = Parse(text, today)
	if len(n.Tasks) != 2 || strings.Join(n.Tasks[1].Owners, "、") != "乡三农服务中心、乡畜牧站、卫生院" || strings.Join(n.Tasks[0].Owners, "、") != "乡畜牧站" {
		t.Errorf("items under the heading: %+v", n.Tasks)
	}
}

// a flattened table's header whose cells a page broke over lines: a name
// over two (项目 / 名称) and a column's note on a line of its own (进展情况 /
// (7月), a 2021 district progress page): before, 名称 was joined to the
// next cell (名称内容) and (7月) to the next column's name, and the
// header's cells were read as the notice's title.
func TestHeaderCellsBrokenOverLines(t *testing.T) {
	text := "序号\n\n项目\n\n名称\n\n建设内容\n\n牵头单位\n\n进展情况\n\n(7月)\n\n进展情况\n\n(10月)\n\n" +
		"1\n\n养老服务项目\n\n新增15家示范型居家养老服务照料中心。\n\n区民政局\n\n已完成8家。\n\n已完成15家。\n\n" +
		"2\n\n助残服务项目\n\n新建残疾人之家3家。\n\n区残联\n\n已选址。\n\n已完成。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || n.Tasks[1].Title != "助残服务项目" || strings.Join(n.Tasks[1].Lead, "") != "区残联" {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if n.Title != "" {
		t.Errorf("title %q: the header's cells are no title", n.Title)
	}
}

// a document-sharing site's copy opens with the file's name (….docx), its
// uploader's line, page labels (….docx_第1页, 第1页 / 共8页), buttons and a
// blurb (《….docx》由会员分享，…): none is the notice's title (a township's
// 2015 plan read 餐桌污染建设食品放心工程年度工作方案.docx as its title).
func TestDocSiteFileNameIsNoTitle(t *testing.T) {
	text := "食品放心工程年度工作方案.docx\n\n上传人:b****5 文档编号:11623267 上传时间:2023-03-29 格式:DOCX 页数:8 大小:23.73KB\n" +
		"下载 相关 举报\n食品放心工程年度工作方案.docx_第1页\n第1页 / 共8页\n点击查看更多>>\n下载资源\n资源描述\n\n" +
		"《食品放心工程年度工作方案.docx》由会员分享，可在线阅读，更多相关请在冰豆网上搜索。\n\n" +
		"2015年度治理餐桌污染工作方案\n\n各村（场）、有关部门：\n\n根据乡党委要求，制定方案如下：\n\n" +
		"一、治理畜牧业产品污染（乡畜牧站负责）\n"
	n := Parse(text, today)
	if n.Title != "2015年度治理餐桌污染工作方案" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 1 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// an index table whose first label is 信息索引号 (夏县 2024: 信息索引号 | … |
// 发布时间 | …) was not known as one, so its line stayed in the head and
// hid the signature's date below it; and a street office (…街道办事处)
// named as 发布机构 was no body's name, so no issuer was read (贵池 2020).
func TestIndexLabelsAndStreetOffice(t *testing.T) {
	text := "夏县人民政府办公室关于印发《水土保持实施方案》的通知\n时间:2025-01-03 信息来源: 夏县人民政府 浏览次数: 【字体:大 中 小】\n" +
		"信息索引号 | 012925369/2025-00012 | 发布时间 | 2025-01-03 | ||\n" +
		"发布机构 | 夏县人民政府 | 文号 | 夏政办函〔2024〕37号 | ||\n主题词 | 其他 | 体裁 | 其他 |\n" +
		"各相关乡（镇）人民政府：\n现将《水土保持实施方案》印发给你们，请认真组织实施。\n夏县人民政府办公室\n2024年12月10日\n" +
		"（此件公开发布）\n水土保持实施方案\n为深入贯彻习近平生态文明思想，制定本方案。\n一、总体要求\n"
	n := Parse(text, today)
	if n.Date.Format("2006-01-02") != "2024-12-10" || n.Number != "夏政办函〔2024〕37号" {
		t.Errorf("date %v number %q", n.Date, n.Number)
	}
	text = "索引号: 1134180255634735XL/202006-00026 组配分类: 政策文件\n发布机构: 贵池区杏花村街道办事处 主题分类: 综合政务\n" +
		"名称: 池州市贵池区2020年食品安全重点工作安排 文号:\n\n池州市贵池区2020年食品安全重点工作安排\n\n" +
		"1.实施风险评估专项行动。完善标准管理制度。（区卫生健康委负责）\n"
	if n := Parse(text, today); n.Issuer != "贵池区杏花村街道办事处" {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// a bracket inside an item's sentence naming who does part of it
// (…跟踪评价（区卫生健康委负责），严格贯彻…), which no rule reads as the
// item's owners, is listed with the units it names that are not owners:
// the net's gap round 16 showed (each such unit had been lost unlisted).
func TestBodyBracketNamingOthersIsListed(t *testing.T) {
	text := "2020年食品安全重点工作安排\n" +
		"1.实施风险评估专项行动。加强宣贯培训、跟踪评价（区卫生健康委负责），严格贯彻落实农药残留限量新标准。（区农业农村局负责）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if !slices.Contains(k.Owners, "区卫生健康委") && !slices.ContainsFunc(k.Review, func(r Review) bool {
		return r.Field == "owners" && strings.Contains(r.Text.Zh, "区卫生健康委")
	}) {
		t.Errorf("区卫生健康委 neither an owner nor listed: owners %q review %+v", k.Owners, k.Review)
	}
}
