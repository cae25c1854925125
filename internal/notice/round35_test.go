package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 35's held-out set (set 39: divisions of duties by department in
// other forms than the corpus's, from public web pages: label lines under
// an item that opens the division, headings naming the bodies over
// numbered duties, a law site's middle pages) showed, each closed by a
// general rule:

// a law site's middle page of a district's fireworks ban whose item 5、
// opens the division of duties (…其职责分工为:) and gives it on label lines
// under it, one body a line (区委宣传部:制订…, 商委:协调…). Before, nothing
// under the item was read and no item named anyone: every task was dropped,
// unlisted. Now each label line is its body's task, listed; the opener is
// none.
func TestLabelLinesUnderDivisionOpener(t *testing.T) {
	text := "4、清河、西三旗街道和东北旺乡,要组织人力、物力在禁放区一侧设立明显禁放标志。\n" +
		"5、各部门要各司其职、恪尽职守,组织好各项禁放工作。其职责分工为:\n" +
		"区委宣传部:制订宣传工作方案,协调新闻单位做好禁放宣传报导。\n" +
		"商委:协调公安、供销社做好准放区烟花爆竹品种、数量的需求,掌握供销情况。\n" +
		"工商分局:负责烟花爆竹销售的检查,查处违法经营、无照经营。\n"
	n := Parse(text, today)
	want := []struct {
		title, owner string
		line         int
	}{{"制订宣传工作方案", "区委宣传部", 3}, {"协调公安、供销社", "商委", 4}, {"负责烟花爆竹销售的检查", "工商分局", 5}}
	var got []Task
	for _, k := range n.Tasks {
		if k.Line > 2 {
			got = append(got, k)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		k := got[i]
		if !strings.HasPrefix(k.Title, w.title) || !slices.Equal(k.Owners, []string{w.owner}) || k.Line != w.line {
			t.Errorf("line %d: %q owners %q at %d, want %q by %s", w.line, k.Title, k.Owners, k.Line, w.title, w.owner)
		}
		if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" }) {
			t.Errorf("line %d: owners not listed for review", w.line)
		}
	}
	// Label lines under an item that opens no division stay its text.
	n = Parse("1、加强宣传教育。具体要求:\n区委宣传部:制订方案。\n商委:协调供销。\n2、市公安局负责查处。\n", today)
	for _, k := range n.Tasks {
		if slices.Contains(k.Owners, "商委") {
			t.Errorf("label lines under an item opening no division read as tasks: %+v", n.Tasks)
		}
	}
}

// a law site's middle page of a district's relief system whose headings
// name the bodies whose duties the numbered items under them are ((一)区
// 民政局作为主管部门总体负责… / 1.负责起草…; (二)区劳动保障局、…、区红十字
// 会等部门根据…) and two headings with no item under them ((三)各街道办事处
// 负责…). Before, no item named anyone and all were dropped, unlisted. Now
// the items take the heading's bodies (the open tail 等部门 none), and a
// heading with no item is a task of its own, each listed.
func TestHeadingBodiesOverDuties(t *testing.T) {
	text := "(一)区民政局作为主管部门总体负责救助帮困系统的运行、维护和安全。\n" +
		"1.负责起草救助帮困系统的管理办法、工作规范。\n" +
		"2.负责协调本区各部门和社会团体的救助帮困工作。\n" +
		"(二)区劳动保障局、区卫生局、区残联等部门根据救助帮困系统设计功能,做好网上处理。具体包括:\n" +
		"1.负责公布有关救助政策、帮困措施和具体标准。\n" +
		"2.负责与本部门相关的救助帮困业务的网上受理与处理。\n" +
		"(三)各街道办事处负责利用救助帮困系统做好本辖区内帮困救助业务的网上受理与处理工作。\n" +
		"(四)区信访办负责“救助信访”模块的维护,及时汇总、分析救助信访情况。\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"负责起草", []string{"区民政局"}}, {"负责协调", []string{"区民政局"}},
		{"负责公布", []string{"区劳动保障局", "区卫生局", "区残联"}}, {"负责与本部门", []string{"区劳动保障局", "区卫生局", "区残联"}},
		{"各街道办事处负责", []string{"各街道办事处"}}, {"区信访办负责", []string{"区信访办"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		k := n.Tasks[i]
		if !strings.HasPrefix(k.Title, w.title) || !slices.Equal(k.Owners, w.owners) {
			t.Errorf("task %d: %q owners %q, want %q by %q", i+1, k.Title, k.Owners, w.title, w.owners)
		}
		if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" }) {
			t.Errorf("task %d: owners not listed for review", i+1)
		}
	}
}

// a law site's middle page of a county's reform whose headings label each
// body's duties with 职责 ((一)县政府职责:县政府根据…; (二)纪检监察部门职责:
// 纪检监察机关…) and, under (一), a paragraph with no number naming another
// body's duty (各镇政府承担…的责任). Before, the labels named no one the
// import knew and both items were dropped, unlisted. Now a label X职责:
// names X, and the paragraph under it is that body's task, each listed.
func TestDutyLabelsAndParagraphUnder(t *testing.T) {
	text := "推行“一卡通”改革政策性强,需统一思想,明确职责。\n" +
		"(一)县政府职责:县政府根据改革方案要求,制订“一卡通”改革方案;组织相关部门实施改革。\n" +
		"各镇政府承担对本辖区各补贴对象信息审核的责任,确保各类财政补贴对象信息准确无误。\n" +
		"(二)纪检监察部门职责:纪检监察机关主要负责监督检查改革实施情况,查处违纪违法行为。\n"
	n := Parse(text, today)
	want := []struct {
		title string
		owner string
		line  int
	}{{"县政府根据改革方案要求", "县政府", 2}, {"各镇政府承担", "各镇政府", 3}, {"纪检监察机关主要负责", "纪检监察部门", 4}}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		k := n.Tasks[i]
		if !strings.HasPrefix(k.Title, w.title) || !slices.Equal(k.Owners, []string{w.owner}) || k.Line != w.line {
			t.Errorf("task %d: %q owners %q line %d, want %q by %s at %d", i+1, k.Title, k.Owners, k.Line, w.title, w.owner, w.line)
		}
		if !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" }) {
			t.Errorf("task %d: owners not listed for review", i+1)
		}
	}
	if strings.Contains(n.Tasks[0].Body, "各镇政府") {
		t.Errorf("the paragraph under (一) stays in its text: %q", n.Tasks[0].Body)
	}
}

// a township's notice on its portal whose items under 四、责任分工: name
// their owners in running words (1.由保洁公司负责组织…, 2.各包村干部、村干部,
// 负责…, 3.乡村振兴办公室做好…), signed and dated at its end over the site's
// filing footer (陕公网安备 / 61042302000131号). Before, the signature was
// read as a covering letter's over a list: the footer became the title and
// every item was lost, unlisted. Now a signature with items above it and
// only a footer after it closes the notice (its issuer and date), and in a
// section headed 责任分工 the opening words are the owners, listed.
func TestSectionDutySubjectsAndClosingSignature(t *testing.T) {
	text := "各村委会:\n经镇政府研究决定在全镇辖区范围内开展环境卫生大整治活动,现将有关事项通知如下:\n" +
		"一、整治时间:2021年6月23日-2021年7月1日\n" +
		"二、责任分工:\n" +
		"1.由保洁公司负责组织各村保洁人员,按区域及分工开展整治工作;\n" +
		"2.各包村干部、村干部,负责组织协调处理村内乱堆乱放;\n" +
		"3.乡村振兴办公室做好组织协调工作,对各村整治情况进行检查。\n" +
		"高庄镇人民政府\n2021年6月23日\n\n陕公网安备\n61042302000131号\n"
	n := Parse(text, today)
	if n.Title != "" || n.Issuer != "高庄镇人民政府" || n.Date.Format("2006-01-02") != "2021-06-23" {
		t.Errorf("header: title %q issuer %q date %v, want no title, the signature's issuer and date", n.Title, n.Issuer, n.Date)
	}
	want := []string{"由保洁公司负责", "各包村干部、村干部", "乡村振兴办公室做好"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		k := n.Tasks[i]
		if !strings.HasPrefix(k.Title, w) || !slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" }) {
			t.Errorf("task %d: %q owners %q review %+v, want %q, owners listed", i+1, k.Title, k.Owners, k.Review, w)
		}
	}
	if !slices.Equal(n.Tasks[1].Owners, []string{"各包村干部", "村干部"}) || !slices.Equal(n.Tasks[2].Owners, []string{"乡村振兴办公室"}) {
		t.Errorf("owners %q, %q", n.Tasks[1].Owners, n.Tasks[2].Owners)
	}
	// A station named bare, and a body organizing another, under 职责分工.
	n = Parse("三、职责分工\n1、派出所负责养犬管理的日常指导工作,查处违法养犬等行为。\n2、农服中心组织兽医站负责各种犬类的识别、登记。\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"派出所"}) || !slices.Equal(n.Tasks[1].Owners, []string{"农服中心", "兽医站"}) {
		t.Errorf("duty section: %+v", n.Tasks)
	}
}

// a sample site's copy of a district's village-environment duties, one
// body a paragraph with no number, one paragraph closing with a semicolon
// (区城管局负责…实施情况;) among others closing with a full stop. Before,
// that one was no sentence to the reader of such paragraphs and was only
// listed as not read. Now a paragraph ending in a semicolon is one too.
func TestDutyParagraphEndingInSemicolon(t *testing.T) {
	text := "为确保我区按时完成村庄环境整治任务,现将职责分工明确如下:\n" +
		"区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。\n" +
		"区城管局负责村庄生活垃圾的收集、转运和处置的技术指导和督查,督查环境卫生长效管理经费;\n" +
		"区财政局负责村庄环境整治专项经费的落实,监督、审计资金的使用情况。\n"
	n := Parse(text, today)
	want := []string{"区住建局", "区城管局", "区财政局"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if !slices.Equal(n.Tasks[i].Owners, []string{w}) {
			t.Errorf("task %d: %q owners %q, want %s", i+1, n.Tasks[i].Title, n.Tasks[i].Owners, w)
		}
	}
}

// a city portal's open-government page whose name (沧州市人民政府) stands
// over the heading of a notice its office issued (沧州市人民政府办公室关于
// 转发…的通知), only a date under the letter. Before, the portal's name was
// read as the issuer's masthead. Now a masthead naming the body whose
// office the title names at its head gives way to the office.
func TestPortalNameOverOfficeTitle(t *testing.T) {
	text := "沧州市人民政府\n\n" +
		"沧州市人民政府办公室关于转发沧州市人力资源和社会保障局《关于开展全民创业 创建创业型城市的实施意见》的通知\n\n" +
		"各县(市、区)人民政府,市政府有关部门:\n\n" +
		"沧州市人力资源和社会保障局《关于开展全民创业 创建创业型城市的实施意见》已经市政府同意,现转发给你们,请认真贯彻执行。\n\n" +
		"二〇一一年七月二十八日\n"
	n := Parse(text, today)
	if n.Issuer != "沧州市人民政府办公室" {
		t.Errorf("issuer %q, want the office the title names", n.Issuer)
	}
	// A masthead naming the body itself stays the issuer.
	n = Parse("沧州市人民政府\n\n沧州市人民政府关于印发重点工作任务的通知\n\n各县(市、区)人民政府:\n\n现将任务印发给你们,请认真贯彻执行。\n\n二〇一一年七月二十八日\n", today)
	if n.Issuer != "沧州市人民政府" {
		t.Errorf("issuer %q, want the masthead's", n.Issuer)
	}
}

// a writing-samples site's copy of a township's dog campaign, under the
// collection's heading (社区工作管理办法(精选8篇)) and the sample's (社区工作
// 管理办法篇1), neither the document's title. Before, the site's name and
// the sample's heading were read as the title. Now a sample's heading in a
// collection is no title.
func TestSampleHeadingIsNoTitle(t *testing.T) {
	text := "高中作文网\n\n社区工作管理办法(精选8篇)\n\n时间: 2023-08-21 栏目:写作范文\n\n社区工作管理办法篇1\n\n" +
		"三、职责分工\n\n1、派出所负责养犬管理的日常指导工作,查处违法养犬等行为。\n\n2、农服中心组织兽医站负责各种犬类的识别、登记。\n"
	n := Parse(text, today)
	if n.Title != "" {
		t.Errorf("title %q, want none", n.Title)
	}
	if len(n.Tasks) != 2 {
		t.Errorf("tasks %+v", n.Tasks)
	}
}
