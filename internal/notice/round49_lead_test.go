package notice

import (
	"slices"
	"testing"
)

// Sets 53 and 54, measured unseen: a township's notice and an event's plan
// whose numbered items say in running words who is to do their work
// (各村(居)委应…, 县供电支公司要…, 管护资金由镇政府统筹解决): no item had a
// label, bracket or column, and the import refused them.
func TestRunningSubjects(t *testing.T) {
	n := Parse("店府發〔2020〕32號\n關于切實做好高標準農田建后管護工作的通知\n各村(居)委會:\n為切實加強管護工作,特制定本管護通知。\n"+
		"一、強化宣傳力度。各村(居)委應通過召開村組會議等形式進行廣泛宣傳。\n"+
		"二、明確職責分工。成立鎮管護領導小組,主要負責資金籌措等工作。領導小組下設辦公室,負責管護日常工作。\n"+
		"三、落實管護責任。各掛片區領導主要抓監督工作,蹲點干部要定期巡查。各村(居)委應進一步明確管護主體。\n"+
		"四、加大查出力度。項目區各村(居)委應采取強有力的措施,加強巡查。\n"+
		"五、落實管護經費。管護資金由鎮政府統籌解決。\n", today)
	var got [][]string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
		if !reviewed(tk, "owners") {
			t.Errorf("task %s read from running words and not listed", tk.ID)
		}
	}
	want := [][]string{{"各村(居)委"}, {"各村(居)委"}, {"項目區各村(居)委"}, {"鎮政府"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q (a leading group set up is no task; posts are no owners)", got, want)
	}

	n = Parse("四、元宵节活动期间,确实加强安全保卫工作。\n"+
		"1、各相关单位要制定方案,在文化活动点公安局要合理布置警力,交警队要做好交通管制。\n"+
		"2、县供电支公司要做好电力调度和供给,重点活动场所要搞好预检。\n"+
		"3、各新闻单位要组织好节日期间的宣传报道工作。\n", today)
	got = nil
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
	}
	want = [][]string{{"公安局", "交警队"}, {"县供电支公司"}, {"各新闻单位"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("event plan owners %q, want %q (an open name and a place are no owners)", got, want)
	}
}

// A covering letter's requests about the list it sends (各牵头单位要统筹落实,
// 市发展改革委负责督导) are no tasks, however they name a body.
func TestRunningSubjectsNotInLetter(t *testing.T) {
	n := Parse("关于印发某市2023年分工方案的通知\n《某市分工方案》已经市政府同意,现印发给你们,请认真贯彻执行。\n"+
		"一、压实责任。各牵头单位要统筹落实任务事项。市教育局要加强协调。\n二、加强督导。市发展改革委负责统一督导调度,要建立健全工作推进机制。\n", today)
	if len(n.Tasks) != 0 {
		t.Errorf("a letter's requests read as tasks: %+v", n.Tasks)
	}
}

// A samples site's name for the sample it serves (鸡年元宵节实施方案样本参考)
// is no title of the plan.
func TestSampleNameNoTitle(t *testing.T) {
	n := Parse("鸡年元宵节实施方案样本参考\n发布时间:2019-04-18 11:25:31\n1、县供电支公司要做好电力调度。\n2、县住建局要认真组织督查。\n", today)
	if n.Title != "" {
		t.Errorf("title %q, want none", n.Title)
	}
}

// Set 54, measured unseen: a township's 职责分工 whose paragraphs give each
// body its duty with other words than 负责 (农业办积极开展…, 企管站做好…):
// the division was not read and the notice refused.
func TestDivisionParagraphVerbs(t *testing.T) {
	n := Parse("秋冬季禁止秸秆焚烧烧荒工作实施方案\n一、工作目标和任务\n在乡域范围内全面实施禁止秸秆焚烧。\n三、职责分工\n"+
		"按照“属地管理、源头控制”的原则,各村是禁止秸秆焚烧工作责任主体。\n农业办积极开展农作物秸秆综合利用推广工作,拓宽利用渠道。\n"+
		"企管站做好禁止秸秆焚烧、烧荒的现场检查工作。\n派出所负责对焚烧秸秆造成严重后果的依法查处。\n", today)
	var got [][]string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
	}
	if want := [][]string{{"农业办"}, {"企管站"}, {"派出所"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// Set 56, measured unseen: a law site's middle page opening with the rest
// of a division of duties run on in one line (交通部门,负责…。 教育部门,负责…。),
// a comma between each department and its duty, then item (七): the page
// was refused. The paragraphs are parts of (六), whose heading is on the
// page before; 人口和计生部门 is one name; a month in (七)'s text no rule
// reads as a deadline is shown.
func TestPageHeadDuties(t *testing.T) {
	n := Parse("|\n[接上页] 交通部门,负责通村公路和道路建设。 教育部门,负责试点嘎查村义务教育、职业教育和成人教育。 水利部门,负责指导防洪、排涝、抗旱工作,组织试点嘎查村饮水安全工程和农田水利建设。 "+
		"人口和计生部门,负责人口和计划生育达标工作,落实人口和计划生育的相关政策。 旅游部门,指导发展旅游产业,配合搞好试点嘎查村的旅游发展规划。 "+
		"(七)严格目标考核。盟、旗领导小组具体负责考核验收,制定目标考评方案,进行严格考核。2010年12月对试点工作进行全面考评。 |\n", today)
	var got [][]string
	var ids []string
	for _, tk := range n.Tasks {
		got = append(got, tk.Owners)
		ids = append(ids, tk.ID)
	}
	want := [][]string{{"交通部门"}, {"教育部门"}, {"水利部门"}, {"人口和计生部门"}, {"旅游部门"}, nil}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("owners %q, want %q", got, want)
	}
	if ids[0] != "06.1" || ids[5] != "07" {
		t.Errorf("ids %q, want the head's paragraphs under 06 and (七) as 07", ids)
	}
	if !reviewed(n.Tasks[5], "due") {
		t.Errorf("(七)'s month 2010年12月 not shown: %+v", n.Tasks[5].Review)
	}
}

// Set 56, measured unseen: in a division of duties by department, an item
// saying with no other name that its department 牵头负责 a piece of work:
// the lead was missed in silence.
func TestSelfLeadInDuty(t *testing.T) {
	n := Parse("5.文化部门:负责对小歌舞厅(KTV)、小网吧的卫生整治工作,依法查处违法行为。\n"+
		"6.商务部门:负责小流动食品摊贩经营区域的统筹规划;按照“谁主办、谁监管、谁负责”的原则牵头负责对市场内“五小”行业的卫生整治工作。\n"+
		"7.城管执法部门:负责对“五小”行业经营单位门前三包管理;牵头负责对小流动食品摊贩的卫生整治工作。\n", today)
	if len(n.Tasks) != 3 || len(n.Tasks[0].Lead) != 0 || !slices.Equal(n.Tasks[1].Lead, []string{"商务部门"}) || !slices.Equal(n.Tasks[2].Lead, []string{"城管执法部门"}) {
		t.Errorf("leads: %+v", n.Tasks)
	}
}
