package notice

import (
	"slices"
	"strings"
	"testing"
)

// Set 53, measured unseen: a covering letter stating the first-listed
// rule inside a bracket of its sentence, over the list in its attachment:
// every lead missed, in silence.
func TestLetterFirstLeadsRule(t *testing.T) {
	n := Parse("镇政办发〔2011〕15号\n关于印发区政府二〇一一年政府工作报告任务分解的通知\n各镇人民政府、街道办事处,区政府各部门:为全面落实2011年《政府工作报告》提出的各项工作,现将任务予以分解,请各部门(责任单位中排序第一单位为牵头单位)按照职责,认真做好落实工作。\n"+
		"二〇一一年三月七日\n附件\n一、主要预期目标\n1.区属GDP增长12%。(区发改局)\n2.城镇居民人均可支配收入增长10%以上。(区发改局、农业局)\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Lead, []string{"区发改局"}) || !slices.Equal(n.Tasks[1].Lead, []string{"区发改局"}) {
		t.Errorf("letter's rule: %+v", n.Tasks)
	}
}

// A bracket of units closing an item's sentence before its full stop that
// names a development zone (荆州开发区), a power company, and an open name
// beside the units: the items were refused (no task found).
func TestBracketZonesAndOpen(t *testing.T) {
	n := Parse("湖北省荆州市人民政府办公室关于分解落实《政府工作报告》的通知\n一、主要工作目标\n1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。\n"+
		"2、万元生产总值综合能耗下降4.8%(市发改委、市经委、荆州供电公司,各县市区政府,荆州开发区)。\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"市发改委", "各县市区政府", "荆州开发区"}) || !reviewed(n.Tasks[0], "owners") ||
		!slices.Contains(n.Tasks[1].Owners, "荆州供电公司") {
		t.Errorf("zones and open names: %+v", n.Tasks)
	}
}

// A law site's page of 实事: each under its 三、 heading, its label lines
// numbered as its parts ((一)责任领导:高勤 / (二)责任单位:市教育局 /
// (三)协办单位:… / (六)完成时限:2008年内): read as sub-headings, no task
// was found and the notice was refused.
func TestNumberedLabelLines(t *testing.T) {
	n := Parse("十堰市人民政府办公室关于印发2008年十件实事责任落实及任务分解方案的通知\n三、实施农村寄宿制学校建设工程,对农村200所中小学实施改水、改厕\n"+
		"(一)责任领导:高勤\n(二)责任单位:市教育局\n(三)协办单位:市财政局、农业局\n(四)项目内容及任务分解:农村中小学实施改水、改厕,计划安排200所。\n(五)完成时限:2008年内\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Leaders, []string{"高勤"}) || !slices.Equal(n.Tasks[0].Owners, []string{"市教育局", "市财政局", "农业局"}) || dueOf(n.Tasks[0]) != "2008-12-31" {
		t.Errorf("numbered labels: %+v", n.Tasks)
	}
}

// A division of duties whose item names two bodies before 职责: (十三)广电局、
// 资阳日报社职责:负责…: the item's text was read whole as its title, no owner.
func TestDutyOfTwoBodies(t *testing.T) {
	n := Parse("(十二)发改部门职责:负责对客运车辆、临时停车站场的收费行为进行规范。\n(十三)广电局、资阳日报社职责:负责整顿工作的宣传报道,公开曝光非法营运车辆。\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[1].Owners, []string{"广电局", "资阳日报社"}) || !strings.HasPrefix(n.Tasks[1].Title, "负责整顿工作的宣传报道") {
		t.Errorf("two bodies' duties: %+v", n.Tasks)
	}
}

// Probe 22 of the rules above: each case read wrongly in silence, or
// refused, before.
func TestProbe22Readings(t *testing.T) {
	read := func(name string) *Notice { return readProbe22(t, name) }
	// One numbered line of a closing section opening with a label
	// ((二)责任单位：各乡镇…要按照分工…) is a requirement: the tasks stay.
	if n := read("closing-label.txt"); len(n.Tasks) != 4 {
		t.Errorf("closing section's label line: tasks %+v", n.Tasks)
	}
	// A letter denying the first-listed rule, or stating it of leaders:
	// no unit leads.
	for _, name := range []string{"letter-denied.txt", "letter-leaders.txt"} {
		for _, tk := range read(name).Tasks {
			if len(tk.Lead) != 0 {
				t.Errorf("%s: %s lead %q", name, tk.Title, tk.Lead)
			}
		}
	}
	// The letter's rule and a section's heading naming another lead: listed.
	n := read("letter-section.txt")
	if len(n.Tasks) < 2 || !reviewed(n.Tasks[1], "lead") {
		t.Errorf("rule against the heading's lead: %+v", n.Tasks)
	}
	// Kinds of zone (各类园区) name no one: listed, no owner.
	n = Parse("关于印发重点工作的通知\n一、重点任务\n1.加快产业园区建设，完善配套设施(各类园区、市经信委)。\n2.推进招商引资(市商务局、荆州开发区)。\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"市经信委"}) || !reviewed(n.Tasks[0], "owners") || !slices.Contains(n.Tasks[1].Owners, "荆州开发区") {
		t.Errorf("kinds of zone: %+v", n.Tasks)
	}
	// A date inside a span is a step of it; the year before N月前 holds.
	for _, c := range []struct{ limit, due string }{
		{"2024年3月—12月，6月底前完成过半", "2024-12-31"},
		{"6月—9月，其中7月集中攻坚", "2024-09-30"},
		{"2024年7月—2025年6月，2024年底前启动", "2025-06-30"},
		{"2025年3月前（完成）", "2025-02-28"},
		{"2025年1月前", "2024-12-31"},
	} {
		n := Parse("关于印发2024年重点工作任务清单的通知\n一、重点任务\n1.推进老旧小区改造。（责任单位：市住建局；完成时限："+c.limit+"）\n", today)
		if len(n.Tasks) != 1 || dueOf(n.Tasks[0]) != c.due {
			t.Errorf("%s: due %q, want %s", c.limit, dueOf(n.Tasks[0]), c.due)
		}
	}
}

// An item's numbered fields beyond who and when: 项目内容 is the item's text
// (it went to the lines not placed), its steps 1. 2. under a label left
// open are too (the notice was refused), a run with one label of who is the
// item's fields (its section's task was lost), and a closing section's
// numbered requirements (（一）加强领导：各单位要… / （二）时间要求：… /
// （三）责任人：…) are no fields. Two bodies before 职责:, one a squad.
func TestNumberedFieldsText(t *testing.T) {
	read := func(name string) *Notice { return readProbe22(t, name) }
	n := read("fields-steps.txt")
	if len(n.Tasks) != 2 || !strings.Contains(n.Tasks[0].Body, "城市低保月人均补差提高到100元") || dueOf(n.Tasks[0]) != "2008-12-31" || !slices.Equal(n.Tasks[0].Leaders, []string{"张三"}) {
		t.Errorf("steps under a field: %+v", n.Tasks)
	}
	if n := read("fields-one-label.txt"); len(n.Tasks) != 2 || !slices.Equal(n.Tasks[1].Owners, []string{"市环保局"}) {
		t.Errorf("one label of who: %+v", n.Tasks)
	}
	if n := read("closing-requirements.txt"); len(n.Tasks) != 2 {
		t.Errorf("closing requirements: %+v", n.Tasks)
	}
	n = Parse("十堰市人民政府办公室关于印发2008年十件实事责任落实及任务分解方案的通知\n一、实施城乡居民最低生活保障扩面提标工程\n（一）责任领导：张三\n（二）责任单位：市民政局\n"+
		"（三）项目内容及任务分解：城市低保月人均补差提高到100元。\n（四）完成时限：2008年12月底\n", today)
	if len(n.Tasks) != 1 || !strings.Contains(n.Tasks[0].Body, "城市低保") || len(n.Unplaced) != 0 {
		t.Errorf("a field's text: %+v unplaced %+v", n.Tasks, n.Unplaced)
	}
	n = Parse("(一)交通运输局职责:负责非法营运车辆的查处工作。\n(二)公安局、交警大队职责:负责道路交通秩序整治。\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[1].Owners, []string{"公安局", "交警大队"}) {
		t.Errorf("a squad's duties: %+v", n.Tasks)
	}
}

// Set 54, the session's last unseen measure: a collective with its places
// in angle brackets (各县<市、区>人民政府) was parted at its 、 in silence; a
// site's name over its breadcrumb (嵊州市人民政府 / 您当前的位置: / >> 走进嵊州 >>
// …) was read as the issuer and the head of the title; a portal's column
// before the title and a colon (…奖励政策:关于…) stayed in the title.
func TestSet54Readings(t *testing.T) {
	n := Parse("关于印发学前教育行动计划的通知\n一、健全管理体制\n1.健全管理体制。（市教育局、市委农办、各县<市、区>人民政府负责）\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"市教育局", "市委农办", "各县<市、区>人民政府"}) {
		t.Errorf("angle brackets: %+v", n.Tasks)
	}
	n = Parse("嵊州市人民政府\n您當前的位置:\n>> 走進嵊州 >> 投資嵊州 >> 投資政策\n\n加快推進工業經濟高質量發展若干政策\n發布日期:2022-12-19 10:21\n"+
		"一、支持企業技術改造\n1.對投資額500萬元以上的技改項目給予補助。(責任單位:市經信局)\n", today)
	if n.Title != "加快推進工業經濟高質量發展若干政策" || n.Issuer != "" {
		t.Errorf("site name over its breadcrumb: title %q issuer %q", n.Title, n.Issuer)
	}
	n = Parse("杭州市萧山区高新技术企业奖励政策:关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见\n一、支持企业创新\n1.对新认定的高新技术企业给予奖励。\n牵头单位:区科技局\n", today)
	if n.Title != "关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见" {
		t.Errorf("column before the title: %q", n.Title)
	}
}

// readProbe22 parses a notice probe 22 wrote, kept in testdata/probe22.
func readProbe22(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe22", name) }
