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
