package notice

import (
	"slices"
	"testing"
)

// Round 46's held-out set (set 49: a city's work-report division, a
// prefecture's motion-handling plan of 2012, a prefecture's plan with four
// heading levels over circled sub-items, a prefecture's education plan with
// targets year by year, a prefecture's covering letter on a portal) showed,
// each closed by a general rule:

// a plan whose sections are a heading over one paragraph, the lead named in
// running text (X为该议案办理工作的牵头责任单位) and the assisting units in
// another sentence (A、B为协办单位). Before, no owner was read and the lead
// was missed in silence. Now the lead and the owners are read, listed.
func TestLeadUnitInRunningText(t *testing.T) {
	text := "州七届人大一次会议代表议案办理方案\n" +
		"为认真做好议案办理工作,特提出如下方案:\n" +
		"一、明确工作责任\n" +
		"州交通运输局为该议案办理工作的牵头责任单位,负责拟定办理工作总体实施方案。州发改委、州财政局、巴东县政府为协办单位,各单位要互相配合、积极支持。\n" +
		"二、实行跟踪督办\n" +
		"州政府督查室要将该议案办理工作纳入年度督查工作重点,实行跟踪督查。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Lead, []string{"州交通运输局"}) || !slices.Equal(got.Owners, []string{"州交通运输局", "州发改委", "州财政局", "巴东县政府"}) {
		t.Errorf("owners %q lead %q", got.Owners, got.Lead)
	}
	if !reviewed(got, "lead") || !reviewed(got, "owners") {
		t.Errorf("lead and owners read from running text not listed: %+v", got.Review)
	}
	// A sentence naming no 牵头 unit names no lead.
	if got := n.Tasks[1]; len(got.Lead) != 0 {
		t.Errorf("task 2 lead %q", got.Lead)
	}
}

// an item whose running text sets targets year by year, each year's for
// some of the counties (确保到2032年底,贡山县、兰坪县实现…;2033年底,泸水市
// 实现…;2034年底,福贡县实现…). Before, the last year was taken as the due
// in silence. Now it is still the due, listed; dates within one year stay
// unlisted steps.
func TestStagedYearsDue(t *testing.T) {
	text := "怒江州义务教育优质均衡发展实施方案\n" +
		"一、推进措施\n" +
		"1.加强统筹谋划。各县市要将义务教育优质均衡发展纳入经济社会发展统筹谋划。确保到2032年底,贡山县、兰坪县实现义务教育优质均衡发展目标;2033年底,泸水市实现义务教育优质均衡发展目标;2034年底,福贡县实现义务教育优质均衡发展目标。(责任单位:州教育体育局,各县市人民政府)\n" +
		"2.推进项目建设。2024年6月底前完成项目选址,2024年9月底前开工建设,2024年12月底前全部建成。(责任单位:州教育体育局)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; got.Due.Format("2006-01-02") != "2034-12-31" || !reviewed(got, "due") {
		t.Errorf("task 1 due %v review %+v, want 2034-12-31 listed", got.Due, got.Review)
	}
	if got := n.Tasks[1]; got.Due.Format("2006-01-02") != "2024-12-31" || reviewed(got, "due") {
		t.Errorf("task 2 due %v review %+v, want 2024-12-31 unlisted", got.Due, got.Review)
	}
}

// a plan with four levels of headings over circled sub-items (一、 (一) 1.
// (1) ①), each ① closed by its own bracket (牵头部门:X;责任单位:Y,Z).
// Before, the 1. heading was read as the task and the ① under it lost in
// silence. Now each ① is a task, the headings over it none.
func TestCirclesUnderFourLevels(t *testing.T) {
	text := "楚雄州2021年8项民生工程和10件惠民实事工作方案\n" +
		"一、工作任务\n" +
		"(一)实施8项民生工程\n" +
		"1.城乡居民增收工程\n" +
		"(1)增加城镇居民收入\n" +
		"①以就业促增收,增加城镇居民工资性收入。全面落实就业优先政策,帮助就业困难人员实现就业0.78万人。(牵头部门:州人力资源和社会保障局;责任单位:10县市人民政府)\n" +
		"②以创业促增收,增加城镇居民经营性收入。落实创业担保贷款政策。(牵头部门:州人力资源和社会保障局;责任单位:州财政局)\n" +
		"(2)增加农村居民收入\n" +
		"①以产业促增收,增加农村居民经营净收入。发展高原特色农业。(牵头部门:州农业农村局;责任单位:10县市人民政府)\n"
	n := Parse(text, today)
	var titles []string
	for _, k := range n.Tasks {
		titles = append(titles, k.Title)
	}
	want := []string{"以就业促增收,增加城镇居民工资性收入", "以创业促增收,增加城镇居民经营性收入", "以产业促增收,增加农村居民经营净收入"}
	if !slices.Equal(titles, want) {
		t.Fatalf("tasks %q, want %q", titles, want)
	}
	if got := n.Tasks[2]; !slices.Equal(got.Lead, []string{"州农业农村局"}) || !slices.Equal(got.Owners, []string{"州农业农村局", "10县市人民政府"}) {
		t.Errorf("task 3 owners %q lead %q", got.Owners, got.Lead)
	}
	// ① lines sharing one owners line after them name no one each: the
	// item is read as before, the 1. item the task.
	n = Parse("方案\n一、工作任务\n1.城乡居民增收工程\n(1)增加城镇居民收入\n①以就业促增收。全面落实就业优先政策。\n②以创业促增收。落实创业担保贷款政策。\n(牵头部门:州人力资源和社会保障局)\n2.住房保障工程\n(1)改造棚户区\n①推进棚改。完成改造1000套。\n②推进公租房建设。\n(牵头部门:州住房城乡建设局)\n", today)
	titles = nil
	for _, k := range n.Tasks {
		titles = append(titles, k.Title)
	}
	if !slices.Equal(titles, []string{"城乡居民增收工程", "住房保障工程"}) {
		t.Errorf("tasks %q, want the 1. items", titles)
	}
}

// a plan's first section setting up the group that leads the work
// (一、成立领导小组 / 成立…领导小组,由副州长张宇任组长,…为成员。领导小组办公室
// 设在州交通运输局…). Before, it was read as a task of the group, its 组长
// as leader. Now it is no task; a section setting up a 专班 with its own
// bracket of owners stays one.
func TestSetUpGroupSection(t *testing.T) {
	text := "州七届人大一次会议代表议案办理方案\n" +
		"为认真做好议案办理工作,特提出如下方案:\n" +
		"一、成立领导小组\n" +
		"成立州七届人大一次会议议案办理工作领导小组,由副州长张宇任组长,州政府相关职能部门主要负责人为成员(成员名单附后)。领导小组办公室设在州交通运输局,李义同志兼任办公室主任。\n" +
		"二、明确工作责任\n" +
		"州交通运输局为该议案办理工作的牵头责任单位,负责拟定办理工作总体实施方案。\n" +
		"三、成立工作专班\n" +
		"成立港口建设工作专班,统筹推进港口建设。(责任单位:州交通运输局)\n"
	n := Parse(text, today)
	var titles []string
	for _, k := range n.Tasks {
		titles = append(titles, k.Title)
	}
	if !slices.Equal(titles, []string{"明确工作责任", "成立工作专班"}) {
		t.Errorf("tasks %q, want the group's set-up none", titles)
	}
}

// a heading over one paragraph opened by the body that is to do the work
// (三、实行跟踪督办 / 州政府督查室要将该议案办理工作纳入年度督查工作重点,…),
// among items that name their owners. Before, no owner was read (listed).
// Now the body is the owner, listed; a paragraph opened by no body's name
// (各单位要…) still names no one.
func TestParagraphSubjectOwner(t *testing.T) {
	text := "州七届人大一次会议代表议案办理方案\n" +
		"为认真做好议案办理工作,特提出如下方案:\n" +
		"一、明确工作责任\n" +
		"州交通运输局为该议案办理工作的牵头责任单位,负责拟定办理工作总体实施方案。\n" +
		"二、实行跟踪督办\n" +
		"州政府督查室要将该议案办理工作纳入年度督查工作重点,实行跟踪督查。\n" +
		"三、加强协调配合\n" +
		"各单位要互相配合,形成合力。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Owners, []string{"州政府督查室"}) || len(got.Lead) != 0 || !reviewed(got, "owners") {
		t.Errorf("task 2 owners %q lead %q review %+v", got.Owners, got.Lead, got.Review)
	}
	if got := n.Tasks[2]; len(got.Owners) != 0 {
		t.Errorf("task 3 owners %q, want none", got.Owners)
	}
}
