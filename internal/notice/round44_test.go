package notice

import (
	"slices"
	"testing"
)

// Round 44's held-out set (set 46: a province's tourism list with no
// header, a gazette mirror's list leading by open governments, a 2010
// traditional copy with pinyin, a law site's middle page, a prefecture's
// measures opening at the recipients, a prefecture's opinions marked
// (印发稿), a city's letter cut at its table) showed, each closed by a
// general rule:

// a province's list whose items close with a bracket of two parts apart
// by ;: the bodies answering (各州、市人民政府负责) and the provincial bodies
// coordinating (省旅游发展委协调推动). Before, 协调推动 was read into the last
// body's name, in silence. Now it is the wording after the names: the
// coordinating bodies are owners, leading nothing.
func TestCoordinatingBodies(t *testing.T) {
	text := "一、打造全域旅游精品\n" +
		"(一)创建一批全域旅游示范区。加强全域旅游示范区创建工作,重点推动实施50个国家、省级全域旅游示范区创建。(各州、市人民政府负责;省旅游发展委协调推动)\n" +
		"(二)加快创建一批生态旅游示范区。科学规划发展生态旅游。(各州、市人民政府负责;省环境保护厅、林业厅、文化厅、旅游发展委协调推进)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"各州、市人民政府", "省旅游发展委"}) || len(got.Lead) != 0 {
		t.Errorf("item 1: owners %q lead %q", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Owners, []string{"各州、市人民政府", "省环境保护厅", "林业厅", "文化厅", "旅游发展委"}) {
		t.Errorf("item 2: owners %q", got.Owners)
	}
}

// a province's gazette page whose item closes with
// (有关州、市人民政府牵头负责;省旅游发展委配合): the leading governments are
// named by 有关 before two levels sharing 人民政府, no government in
// particular. Before, the run was parted into 有关州 and 市人民政府, both read
// as owners and leads, the leads in silence. Now the run is one open name:
// no owner, no lead, and the owners are listed for the office to say which.
func TestOpenLevelsGovernment(t *testing.T) {
	text := "云南省加快推进旅游产业转型升级重点任务\n" +
		"一、推进旅游目的地转型升级\n" +
		"(一)加快建设一批全域旅游示范区。推动大理州、丽江市等20个州、市、县、区创建国家全域旅游示范区。(有关州、市人民政府牵头负责;省旅游发展委配合)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Owners, []string{"省旅游发展委"}) || len(got.Lead) != 0 || !hasReview(got, "owners", "有关州、市人民政府") {
		t.Errorf("owners %q lead %q reviews %+v, want the helper alone, the open governments listed", got.Owners, got.Lead, got.Review)
	}
	// Governments named in particular are read as before.
	n = Parse("重点任务\n(一)加快建设示范区。(州、市人民政府牵头负责;省旅游发展委配合)\n", today)
	if len(n.Tasks) != 1 || len(n.Tasks[0].Lead) == 0 {
		t.Errorf("州、市人民政府 not read as leads: %+v", n.Tasks)
	}
}

// a prefecture's measures, its items numbered with one enclosed character
// and a space (㈠ 强化促进就业主体责任。…). Before, ㈠ was no number: the
// section heading was read as the task, titled wrong, in silence. Now ㈠ to
// ㈩ at a line's head are read as （一） to （十）.
func TestEnclosedItemNumbers(t *testing.T) {
	text := "自治州进一步做好新形势下就业创业工作实施办法\n" +
		"一、全面实施就业优先战略\n" +
		"㈠ 强化促进就业主体责任。强化各级政府促进就业的主体责任。(牵头单位:州人社局;协助单位:州财政局)\n" +
		"㈡ 落实就业扶持政策。按规定落实各项补贴。(牵头单位:州财政局)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; got.Title != "强化促进就业主体责任" || !slices.Equal(got.Lead, []string{"州人社局"}) {
		t.Errorf("item 1: %q lead %q", got.Title, got.Lead)
	}
	if got := n.Tasks[1]; got.Title != "落实就业扶持政策" {
		t.Errorf("item 2: %q", got.Title)
	}
	// One inside a sentence is left as written.
	if s := enclosedNumbers("见第㈠项"); s != "见第㈠项" {
		t.Errorf("enclosed numeral inside a line rewritten: %q", s)
	}
}

// a prefecture's opinions as a news site serves them: the mark of the copy
// for issue alone on the first line ((印发稿)), the recipients under it and
// no title line at all. Before, the mark was read as the title, in
// silence. Now a copy's stage in brackets alone on a line (印发稿, 报批稿,
// 审定稿, 定稿, as 征求意见稿 and 送审稿) is no title.
func TestIssueCopyMark(t *testing.T) {
	text := "(印发稿)\n" +
		"各县市人民政府,州直各部门:\n" +
		"为促进全州经济平稳健康发展,现提出以下意见:\n" +
		"一、全面开展10大专项行动\n" +
		"大力开展10大专项行动,提高推进跨越发展的能力。(州发改委、州工信委等州级有关部门,各县市人民政府负责)\n"
	n := Parse(text, today)
	if n.Title != "" {
		t.Errorf("title %q, want none", n.Title)
	}
	if len(n.Tasks) != 1 || n.Tasks[0].Title != "全面开展10大专项行动" {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// a news report quoting a division of work in paragraphs with no number,
// each naming the bodies that will answer for its part (…,发展改革委、…、中国
// 石油天然气集团公司将负责支持建设…; 发展改革委、财政部等部门还将负责推动…), after
// a lead summing up who works together (…等10多个部门和中石油集团将共同努力).
// Before, no rule read such a paragraph: the notice was refused. Now each
// is a task, its bodies the owners, listed; the lead is none.
func TestWillAnswerParagraphs(t *testing.T) {
	text := "新华社北京10月21日电 国务院办公厅日前印发《关于进一步支持甘肃经济社会发展若干意见重点工作分工方案》。国家发展和改革委员会等10多个部门和中石油集团将共同努力,落实若干意见。\n" +
		"根据《分工方案》,为大力支持兰(州)白(银)核心经济区率先发展,发展改革委、工业和信息化部、国资委、中国石油天然气集团公司将负责支持建设兰(州)白(银)都市经济圈,做大做强主导产业。\n" +
		"发展改革委、财政部等部门还将负责推动经济区加快发展,构建新能源开发利用示范区。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"发展改革委", "工业和信息化部", "国资委", "中国石油天然气集团公司"}) || len(got.Lead) != 0 || !hasReview(got, "owners", "没有编号") {
		t.Errorf("paragraph 1: owners %q lead %q reviews %+v", got.Owners, got.Lead, got.Review)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Owners, []string{"发展改革委", "财政部"}) || !hasReview(got, "owners", "等部门") {
		t.Errorf("paragraph 2: owners %q reviews %+v", got.Owners, got.Review)
	}
	// One such paragraph alone is no division of work.
	n = Parse("新华社电 发展改革委将负责推动经济区加快发展。\n", today)
	if len(n.Tasks) != 0 {
		t.Errorf("one paragraph read as a division: %+v", n.Tasks)
	}
}

// a law site's middle page of a city's energy-saving plan: item (二) divides
// the duties in eleven clauses apart by ; written several ways (X负责…;
// X、Y分别负责…; X、Y等负责…; 县(区、市)政府、各工业园区负责…; 市科技、财政、…等
// 部门按照职责,协同做好…), and item (一) names its bodies in its clauses
// (市发改委、市经贸委对…总负责…,县(区、市)政府、各工业园区也要…). Before, no
// clause rule read them: the notice was refused. Now item (二)'s owners are
// every clause's bodies, the kinds written out with the level and 部门
// (市财政部门), listed, and item (一)'s bodies are its owners, listed.
func TestClauseDutiesWritten(t *testing.T) {
	text := "四、主要任务\n" +
		"(一)加强领导,统筹协调。在市政府的领导下,市发改委、市经贸委对全市能源和节能工作总负责、总协调,县(区、市)政府、各工业园区也要明确相应的管理机构。各级政府要建立健全能源工作领导和协调机制。\n" +
		"(二)明确分工,责任到人。市发改委负责提出全市节能规划;市规划局、市建设局负责建筑节能;市教育局、市卫生局分别负责教育、卫生系统节能;" +
		"市农业局、市林业局等负责所属系统及行业节能;县(区、市)政府、各工业园区负责本行政区域内节能工作;市科技、财政、统计等部门按照职责,协同做好相关工作。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Owners, []string{"市发改委", "市经贸委", "县(区、市)政府", "各工业园区"}) || len(got.Lead) != 0 || !hasReview(got, "owners", "句中") {
		t.Errorf("item 1: owners %q lead %q reviews %+v", got.Owners, got.Lead, got.Review)
	}
	got = n.Tasks[1]
	want := []string{"市发改委", "市规划局", "市建设局", "市教育局", "市卫生局", "市农业局", "市林业局", "县(区、市)政府", "各工业园区", "市科技部门", "市财政部门", "市统计部门"}
	if !slices.Equal(got.Owners, want) || !hasReview(got, "owners", "分号") {
		t.Errorf("item 2: owners %q reviews %+v, want %q listed", got.Owners, got.Review, want)
	}
	// Clauses giving their parts only to collectives are no division.
	n = Parse("四、主要任务\n(二)明确分工。各乡镇要做好宣传;各工业园区要做好排查;各街道要做好上报;各开发区要做好统计。\n", today)
	if len(n.Tasks) != 0 {
		t.Errorf("collectives' clauses read as a division: %+v", n.Tasks)
	}
}
