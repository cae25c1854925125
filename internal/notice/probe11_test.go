package notice

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Probe 11 copied the corpus's notices as a PDF's copy prints them,
// broken at a page's width, paragraphs indented, page numbers between the
// lines, and found fields read wrong with nothing listed. Each closed by a
// general rule:

// a quantity at a printed line's head (3.5%左右, 1.2万个, 3、4月份) was read
// as a new item: the task lost its end, or vanished under （一） items, and
// an invented task (03 5%左右) took its owners. A line opening with a
// decimal, a number and its unit, or two months, goes on the sentence
// broken before it.
func TestQuantityAtLineHeadGoesOn(t *testing.T) {
	cases := []struct {
		name, text string
		titles     []string
		owners     [][]string
	}{
		{"numbered items at a width", "一、主要预期目标\n" +
			"1.地区生产总值增长8%以上，规模以上工业增加值\n" +
			"增长10%以上。\n" +
			"责任单位：区发改局、区科经局\n" +
			"2.城乡居民收入增长与经济增长基本同步，城镇登\n" +
			"记失业率控制在4.5%以内，居民消费价格涨幅控制在\n" +
			"3.5%左右。\n" +
			"责任单位：区人社局、区统计局\n",
			[]string{"地区生产总值增长8%以上，规模以上工业增加值增长10%以上", "城乡居民收入增长与经济增长基本同步，城镇登记失业率控制在4.5%以内，居民消费价格涨幅控制在3.5%左右"},
			[][]string{{"区发改局", "区科经局"}, {"区人社局", "区统计局"}}},
		{"（一） items, no width", "一、主要预期目标\n" +
			"（一）城乡居民收入增长与经济增长基本同步，居民消费价格涨幅控制在\n" +
			"3.5%左右。（牵头单位：区统计局）\n" +
			"（二）粮食产量稳定在23万吨。（牵头单位：区农业农村局）\n",
			[]string{"城乡居民收入增长与经济增长基本同步，居民消费价格涨幅控制在3.5%左右", "粮食产量稳定在23万吨"},
			[][]string{{"区统计局"}, {"区农业农村局"}}},
		{"months", "一、重点任务\n" +
			"（一）组织开展全区安全生产大检查，检查工作集中安排在\n" +
			"3、4月份进行。（牵头单位：区应急局）\n" +
			"（二）完成年度培训任务。（牵头单位：区人社局）\n",
			[]string{"组织开展全区安全生产大检查，检查工作集中安排在3、4月份进行", "完成年度培训任务"},
			[][]string{{"区应急局"}, {"区人社局"}}},
	}
	for _, c := range cases {
		n := Parse(c.text, today)
		if len(n.Tasks) != len(c.titles) {
			t.Errorf("%s: tasks %+v", c.name, n.Tasks)
			continue
		}
		for i, got := range n.Tasks {
			if got.Title != c.titles[i] || !slices.Equal(got.Owners, c.owners[i]) {
				t.Errorf("%s: task %d %q owners %q, want %q owners %q", c.name, i+1, got.Title, got.Owners, c.titles[i], c.owners[i])
			}
		}
	}
	// An item numbered 1.2 (a second level) still starts an item.
	n := Parse("一、重点任务\n1.1推进道路建设，完成主干道改造工程和配套管网建设任务\n1.2完善公共服务设施。（牵头单位：区住建局）\n", today)
	if len(n.Tasks) != 2 {
		t.Errorf("1.2 item: %+v", n.Tasks)
	}
}

// a page's number printed alone between a name's two halves (县商 / 1 /
// 务局）) was glued into it: 县商1务局, 2县人社局. A page number written out
// (第3页, 第 3 页 共 8 页) or between dots (·3·) is furniture wherever it
// stands; a bare one (3, 3/8) where a sentence goes on over it.
func TestPageNumbersWithoutDashes(t *testing.T) {
	for _, mark := range []string{"1", "第3页", "第 3 页 共 8 页", "·3·", "3/8"} {
		text := "一、主要预期目标\n" +
			"4.规上工业增加值增长8.5%。（牵头单位：县工业和信\n" +
			"息化局）\n" +
			"5.社会消费品零售总额增长8%以上。（牵头单位：县商\n" +
			mark + "\n" +
			"务局）\n" +
			"6.城乡居民人均可支配收入分别增长6%、6.5%。（牵头单位：县发展和改革局；责任单位：县财政局、\n" +
			mark + "\n" +
			"县人社局）\n"
		n := Parse(text, today)
		if len(n.Tasks) != 3 {
			t.Errorf("%q: tasks %+v", mark, n.Tasks)
			continue
		}
		if !slices.Equal(n.Tasks[1].Owners, []string{"县商务局"}) || !slices.Equal(n.Tasks[2].Owners, []string{"县发展和改革局", "县财政局", "县人社局"}) {
			t.Errorf("%q: owners %q and %q", mark, n.Tasks[1].Owners, n.Tasks[2].Owners)
		}
	}
	// A bare page number after a label's colon is no part of the name
	// after it.
	text := "一、重点项目\n" +
		"3.企业经营管理人才培养项目。培养100名优秀企业家。（牵头单位：\n" +
		"6\n" +
		"市委组织部，配合单位：市国资委）\n"
	if n := Parse(text, today); len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"市委组织部"}) {
		t.Errorf("after a colon: %+v", n.Tasks)
	}
	// Nor is one under an item a page broke over lines, before the next.
	text = "三、检查内容及分工\n" +
		"（一）供水、供电、供气、特种设备、道路交通等行业安全检查由姜辉同志负责牵头实\n" +
		"施。\n" +
		"1\n" +
		"（二）人员密集场所安全检查由叶晓挺同志负责牵头实施。\n"
	if n := Parse(text, today); len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Leaders, []string{"姜辉"}) {
		t.Errorf("under an item: %+v", n.Tasks)
	}
}

// brokenParagraph is a paragraph of a PDF's copy at 28 characters a line,
// its first line indented.
const brokenParagraph = "　　一、抓好安全生产。深入开展安全生产专项整治三年行动，严\n" +
	"厉打击非法违法生产经营建设行为，坚决遏制重特大事故发生，\n" +
	"确保全县安全生产形势持续稳定向好，守牢安全发展底线不放松\n" +
	"，落实企业主体责任，强化部门监管责任，压实属地管理责任，\n" +
	"做好隐患排查治理，提升应急处置能力和水平，保障群众安全。\n"

// a list of owners ending at the printed width was joined to what came
// after it: the closing request (县住建局请各单位于…) or the signature
// (县住建局某县人民政府办公室). A line indented as a paragraph opens, where
// the text's broken lines go on at the margin, starts a paragraph; and a
// closing request (请各…), or a line over the date, does not go on a list
// of owners.
func TestOwnersAtWidthThenClosing(t *testing.T) {
	for _, indent := range []string{"", "　　"} {
		for _, after := range []string{"　　请各单位于每季度结束后5日内将工作进展情况报县政府督查室\n。\n", "　　某县人民政府办公室\n　　2021年3月1日\n"} {
			text := brokenParagraph + indent + "责任单位：县应急管理局、县公安局、县交通运输局、县住建局\n" + strings.ReplaceAll(after, "　　", indent)
			n := Parse(text, today)
			if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"县应急管理局", "县公安局", "县交通运输局", "县住建局"}) {
				t.Errorf("indent %q, then %q: tasks %+v", indent, after, n.Tasks)
			}
		}
	}
	// The list's own second line goes on it.
	text := brokenParagraph + "责任单位：县应急管理局、县公安局、县交通运输局、县住建局、县\n市场监管局\n"
	if n := Parse(text, today); len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"县应急管理局", "县公安局", "县交通运输局", "县住建局", "县市场监管局"}) {
		t.Errorf("list over two lines: %+v", n.Tasks)
	}
}

// a paragraph's first line, indented, was two characters short of the
// width and never read as full: an owners line broken after it lost its
// second line and the rule bracket (列第一位者为…牵头单位，下同), the lead
// lost, nothing listed. A printed line's width counts its indent, and
// half-width digits and letters as half a character.
func TestIndentedFirstLineIsFull(t *testing.T) {
	text := "　　2020年政府工作报告重点工作责任分解\n" +
		"　　一、加快经济发展\n" +
		"　　1.坚定不移支持企业发展。认真落实关于营造\n" +
		"更好发展环境、推动民营企业改革发展的各项政策\n" +
		"措施。全面落实疫情发生以来出台的各类稳企业、\n" +
		"稳经济、稳发展政策意见，大力实施减税、减费、\n" +
		"减租、减息措施，力争减轻企业各类负担200亿元，\n" +
		"全力支持企业复产达产、健康发展。\n" +
		"　　责任单位：市经信局、市财政局、市发展改革\n" +
		"委、市人力社保局、市金融办、市税务局（列第一\n" +
		"位者为工作牵头单位或汇总单位，下同）\n" +
		"　　2.加快建设交通设施。推进高速公路、轨道交通\n" +
		"和城市快速路建设，完善综合交通网络，提升运输\n" +
		"效率，降低物流成本，方便群众出行。\n" +
		"　　责任单位：市交通运输局、市发展改革委\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Owners, []string{"市经信局", "市财政局", "市发展改革委", "市人力社保局", "市金融办", "市税务局"}) || !slices.Equal(got.Lead, []string{"市经信局"}) {
		t.Errorf("owners %q lead %q", got.Owners, got.Lead)
	}
}

// a line stopping at a document number's year (…赣府厅字〔2022〕 / 49号文件)
// was never joined, and 〔2022〕 was read as the owners' bracket: owner
// 2022. A document number's year stops no sentence.
func TestLineEndingInDocYearGoesOn(t *testing.T) {
	text := "　　一、建立数字政府工作体系。成立由省政府办公厅牵头的全省推进\n" +
		"数字政府建设工作专班，省委网信办、省政府办公厅、省发展改革委、\n" +
		"省科技厅、省工业和信息化厅、省财政厅、省信息中心相关负责同志参\n" +
		"加，具体工作由省政府办公厅政务公开与信息化处承担，从相关部门抽\n" +
		"调人员加强专班工作力量。有数字政府建设任务的部门要明确1名处级\n" +
		"干部作为联络员，并确定分管领导、内设机构和工作人员负责数字政府\n" +
		"建设工作。各设区市政府要按照国发〔2022〕14号和赣府厅字〔2022〕\n" +
		"49号文件要求，建立完善数字政府工作机制。有关工作机构设置情况和\n" +
		"分管领导、联络员名单请于2022年7月20日前报送省政府办公厅。（责任\n" +
		"单位：省政府办公厅、各设区市政府。完成时限：7月30日前）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"省政府办公厅", "各设区市政府"}) || n.Tasks[0].Due.Format("01-02") != "07-30" {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a bracket over three lines whose middle line neither opens nor closes
// one kept its breaks: leader "曹\n俊杰"; or, its middle line opening
// with a label, lost its lead. The middle line goes on the bracket.
func TestBracketOverThreeLines(t *testing.T) {
	text := "一、经济社会发展主要预期目标\n" +
		"（六）全社会研发投入增长12%。（牵头领导：曹\n" +
		"俊杰，牵头单位：市科技局，责任单位：市经信局、市\n" +
		"教育局、市住建局，数据提供单位：市统计局）\n" +
		"（七）地区生产总值增长7.5%左右。（牵头单位：市发改委；\n" +
		"责任单位：市财政局、市统计局、市商务局、市经信局、\n" +
		"市住建局）\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Leaders, []string{"曹俊杰"}) || !slices.Equal(got.Lead, []string{"市科技局"}) {
		t.Errorf("leaders %q lead %q", got.Leaders, got.Lead)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Lead, []string{"市发改委"}) || !slices.Equal(got.Owners, []string{"市发改委", "市财政局", "市统计局", "市商务局", "市经信局", "市住建局"}) {
		t.Errorf("owners %q lead %q", got.Owners, got.Lead)
	}
}

// a title at the printed width was joined to the recipients under it.
func TestTitleAtWidthThenRecipients(t *testing.T) {
	text := "某县人民政府办公室关于印发2021年重点工作任务分解的通知\n" +
		"各乡镇人民政府，县政府各部门：\n" +
		"　　现将2021年重点工作任务分解如下，请认真抓好落实。\n" +
		strings.Repeat(brokenParagraph, 2) +
		"　　责任单位：县应急管理局。\n" +
		"　　某县人民政府办公室\n" +
		"　　2021年3月1日\n"
	if n := Parse(text, today); n.Title != "某县人民政府办公室关于印发2021年重点工作任务分解的通知" {
		t.Errorf("title %q", n.Title)
	}
}

// a short notice has no width to read: a list of owners broken in a role
// word (市审计局配 / 合。) or before its next names (海曙自然资源规划 /
// 分局、古林镇…（列第一位者为牵头…）) kept its first half, the lead lost.
// A line that finishes the role word, or goes on with names apart by 、,
// goes on a list of owners.
func TestShortNoticeOwnersBroken(t *testing.T) {
	text := "一、积极化解公办学校债务。\n" +
		"责任部门：市教育局牵头，市财政局、市审计局配\n" +
		"合。\n" +
		"二、进一步扩大廉租住房保障范围。\n" +
		"责任部门：市房管局牵头，市民政局、市财政局\n" +
		"配合。\n" +
		"三、全力保障项目建设，完成60万平方米征拆任务。\n" +
		"责任单位：区房屋征收中心、区发改局、海曙自然资源规划\n" +
		"分局、古林镇、石碶街道（列第一位者为牵头或汇总单位，\n" +
		"下同）\n"
	n := Parse(text, today)
	want := [][]string{{"市教育局", "市财政局", "市审计局"}, {"市房管局", "市民政局", "市财政局"}, {"区房屋征收中心", "区发改局", "海曙自然资源规划分局", "古林镇", "石碶街道"}}
	lead := []string{"市教育局", "市房管局", "区房屋征收中心"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, got := range n.Tasks {
		if !slices.Equal(got.Owners, want[i]) || !slices.Equal(got.Lead, []string{lead[i]}) {
			t.Errorf("task %d: owners %q lead %q, want %q led by %q", i+1, got.Owners, got.Lead, want[i], lead[i])
		}
	}
}

// a post taken for a person: 由镇长同志负责牵头实施 gave leader 镇长,
// not listed, and 由主要领导同志负责 none. A post alone is kept as written,
// 同志 and all, and listed; a name is still a person.
func TestPostAsLeaderListed(t *testing.T) {
	text := "某镇2021年安全生产工作方案\n" +
		"一、检查内容及分工\n" +
		"（一）人员密集场所安全检查由镇长同志负责牵头实施。\n" +
		"（二）农林水利安全检查由副镇长同志负责。\n" +
		"（三）危化品安全检查由主要领导同志负责。\n" +
		"（四）道路交通安全检查由叶晓挺同志负责牵头实施。\n"
	n := Parse(text, today)
	want := []string{"镇长同志", "副镇长同志", "主要领导同志", "叶晓挺"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, got := range n.Tasks {
		if !slices.Equal(got.Leaders, []string{want[i]}) || reviewed(got, "leaders") != (i < 3) {
			t.Errorf("task %d: leaders %q reviews %+v, want %q", i+1, got.Leaders, got.Review, want[i])
		}
	}
}

// a short notice's run-on label whose next sentence the line broke
// (牵头部门：市民政局。生活无着人员社会 / 救助，…。) took the fragment for an
// owner and lead; an item's one sentence broken before or inside
// 由X同志负责 lost its leader. With no width to read, a sentence begun
// after a stop and cut at the line's end goes on the line that ends it,
// and so does an item's long first line the next line ends saying who
// does it.
func TestShortNoticeSentenceBroken(t *testing.T) {
	text := "二、民生工程进展情况\n" +
		"3、特困人员供养及生活无着人员救助，牵头部门：市民政局。生活无着人员社会\n" +
		"救助，市本级完成进度较慢。\n" +
		"4、城乡困难群体法律援助，牵头部门：市司法局。全市未完成援助任务的县区为\n" +
		"舒城县、霍山县。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"市民政局"}) || !slices.Equal(n.Tasks[0].Lead, []string{"市民政局"}) ||
		!slices.Equal(n.Tasks[1].Owners, []string{"市司法局"}) {
		t.Errorf("run-on labels: %+v", n.Tasks)
	}
	text = "三、检查内容及分工\n" +
		"（一）道路交通安全检查由姜辉同志负责牵头实施。\n" +
		"（二）人员密集场所、高层建筑、出租房等安\n" +
		"全检查由叶晓挺同志负责牵头实施。\n" +
		"（三）农林水利、农机等安全检查由徐海文同\n" +
		"志负责牵头实施。\n"
	n = Parse(text, today)
	want := []string{"姜辉", "叶晓挺", "徐海文"}
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, got := range n.Tasks {
		if !slices.Equal(got.Leaders, []string{want[i]}) || strings.Contains(got.Title, "由") {
			t.Errorf("task %d: %q leaders %q, want %q", i+1, got.Title, got.Leaders, want[i])
		}
	}
}

// a list of owners broken before a name's tail and its role word (市审计 /
// 局配合。) or after a bracket a name holds (各县（市） / 区政府、…) kept the
// name's first half.
func TestOwnersBrokenInsideName(t *testing.T) {
	text := "一、积极化解公办学校债务。\n" +
		"责任部门：市教育局牵头，市财政局、市审计\n" +
		"局配合。\n" +
		"二、地区生产总值增长6%左右。\n" +
		"牵头单位：市发展改革委\n" +
		"责任单位：全市经济运行工作专班各部门，各县（市）\n" +
		"区政府、各开发区管委会\n"
	n := Parse(text, today)
	want := [][]string{{"市教育局", "市财政局", "市审计局"}, {"市发展改革委", "全市经济运行工作专班各部门", "各县（市）区政府", "各开发区管委会"}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, got := range n.Tasks {
		if !slices.Equal(got.Owners, want[i]) {
			t.Errorf("task %d: owners %q, want %q", i+1, got.Owners, want[i])
		}
	}
}

// a plan's title broken over two lines over its number was not read, and
// the letter's line citing a document a break cut (为了认真落实《…关于立)
// became the title and the issuer. A title over two lines above a number
// is the title; a letter's sentence citing a cut document is none.
func TestTitleOverTwoLinesLetterCited(t *testing.T) {
	text := "温州市鹿城区双屿镇人民政府“上海世博会”\n" +
		"期间安全生产工作实施方案\n" +
		"温鹿双政〔2010〕38号\n" +
		"各有关单位：\n" +
		"为了认真落实《鹿城区安全生产委员会关于立\n" +
		"即开展全区安全生产大检查的通知》（〔2010〕2\n" +
		"号）的文件精神，切实加强我镇在上海世博会期间\n" +
		"的安保工作，特制定本方案。\n" +
		"一、检查内容及分工\n" +
		"（一）人员密集场所、高层建筑、出租房等安全检查由叶晓挺同志负责牵头实施。\n"
	n := Parse(text, today)
	want := "温州市鹿城区双屿镇人民政府“上海世博会”期间安全生产工作实施方案"
	if n.Title != want || n.ListTitle != want || n.Issuer != "温州市鹿城区双屿镇人民政府" || n.Number != "温鹿双政〔2010〕38号" {
		t.Errorf("title %q list %q issuer %q number %q", n.Title, n.ListTitle, n.Issuer, n.Number)
	}
}

// a list of short items, each over two printed lines, gave no width: no
// two full lines followed each other. An owners line at the width lost
// its last names (各 / 开发区管委会). Six lines of just the width, each a
// sentence's part broken off, show it too.
func TestWidthOfShortItems(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 6; i++ {
		b.WriteString(fmt.Sprintf("　　%d.第一项重点工作稳步推进，各项指标完成情况良好，力\n争全年目标任务。\n", i))
	}
	text := "一、主要目标\n" + b.String() +
		"　　7.地区生产总值增长6%左右。\n" +
		"　　责任单位：全市经济运行工作专班各部门，各县（市）区政府、各\n" +
		"开发区管委会\n"
	n := Parse(text, today)
	if len(n.Tasks) != 7 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	want := []string{"全市经济运行工作专班各部门", "各县（市）区政府", "各开发区管委会"}
	if got := n.Tasks[6]; !slices.Equal(got.Owners, want) {
		t.Errorf("owners %q, want %q", got.Owners, want)
	}
}

// a bracket broken at the width before its label's line (…（牵头 / 领导：
// 谢瑞武，…责任单位： / 市农业农村局…， / 数据提供单位：市统计局）) was not
// joined: a line opening with a label was never read as going on, nor a
// line stopping at a colon. Inside an open bracket both go on.
func TestBracketLabelsAtWidth(t *testing.T) {
	var b strings.Builder
	b.WriteString("一、经济社会发展主要预期目标\n")
	for i, w := range []string{"一", "二", "三", "四", "五", "六"} {
		b.WriteString(fmt.Sprintf("　　（%s）第%d项指标稳步增长，完成情况良好，确保全\n年目标实现。\n", w, i+1))
	}
	b.WriteString("　　（七）全社会固定资产投资增长百分之十。（牵头\n" +
		"领导：谢瑞武，牵头单位：市发改委，责任单位：\n" +
		"市农业农村局、市经信局、市商务局、市住建局，\n" +
		"数据提供单位：市统计局）\n")
	n := Parse(b.String(), today)
	if len(n.Tasks) != 7 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[6]
	if !slices.Equal(got.Leaders, []string{"谢瑞武"}) || !slices.Equal(got.Lead, []string{"市发改委"}) ||
		!slices.Equal(got.Owners, []string{"市发改委", "市农业农村局", "市经信局", "市商务局", "市住建局", "市统计局"}) {
		t.Errorf("owners %q lead %q leaders %q", got.Owners, got.Lead, got.Leaders)
	}
}
