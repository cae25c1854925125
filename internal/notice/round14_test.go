package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 14's held-out set showed, each read now by a general rule:

// an open tail written 等各有关部门和单位 (江苏 2022) is cut off the name
// before it, which stays an owner, and listed; before, the name and its
// tail were one owner not listed, and 省政务办等各有关部门 lost 省政务办.
func TestOpenTailWithGe(t *testing.T) {
	for _, resp := range []string{"省政务办等各有关部门和单位,各设区市人民政府", "省政务办等各有关部门,各设区市人民政府"} {
		n := Parse("2022年工作要点\n1﹒打造“苏服办”总门户。6月底前,制定发布管理规范。(责任单位:"+resp+")\n", today)
		if len(n.Tasks) != 1 {
			t.Fatalf("%s: tasks %+v", resp, n.Tasks)
		}
		k := n.Tasks[0]
		listed := slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" })
		if strings.Join(k.Owners, "、") != "省政务办、各设区市人民政府" || !listed {
			t.Errorf("%s: owners %q, listed %v", resp, k.Owners, listed)
		}
	}
}

// a number a site's heading writes with [ ] (…的通知(珠斗委办[2017]27号))
// gives way to the notice's own line writing it with 〔〕 (斗门 2017);
// a number written with [ ] alone stays as written.
func TestNumberAsTheNoticeWritesIt(t *testing.T) {
	head := "中共珠海市斗门区委办公室 珠海市斗门区人民政府办公室关于印发《斗门区全面推行河长制工作方案》的通知(珠斗委办[2017]27号)\n" +
		"2018-02-09 15:28           来源:           发布机构: 【字体:   打印\n\n" +
		"                                      珠斗委办〔2017〕27号\n\n" +
		"中共珠海市斗门区委办公室  珠海市斗门区人民政府办公室\n\n关于印发《斗门区全面推行河长制\n\n工作方案》的通知\n\n" +
		"各园区党委、管委会,区直各单位:\n\n     《斗门区全面推行河长制工作方案》已经区委、区政府同意,现印发给你们,请认真贯彻执行。\n\n" +
		"                                  中共珠海市斗门区委办公室\n\n                                  珠海市斗门区人民政府办公室\n\n" +
		"                                       2017年7月26日\n\n斗门区全面推行河长制工作方案\n"
	if n := Parse(head, today); n.Number != "珠斗委办〔2017〕27号" {
		t.Errorf("number %q", n.Number)
	}
	if n := Parse("铁政办发 [2021]16 号\n关于印发2021年重点工作的通知\n1.开展督查。（县督查室负责）\n", today); n.Number != "铁政办发 [2021]16 号" {
		t.Errorf("a number written with [ ] alone: %q", n.Number)
	}
}

// a signature that writes short (省政府办公厅) the body the title names in
// full at its head (广东省人民政府办公厅关于…, 广东 2022) gives the full name.
func TestIssuerInFullOverShortSignature(t *testing.T) {
	text := "广东省人民政府办公厅关于印发广东省数字政府改革建设2022年工作要点的通知\n粤办函〔2022〕24号\n" +
		"各地级以上市人民政府，省政府各部门、各直属机构：\n《广东省数字政府改革建设2022年工作要点》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n" +
		"省政府办公厅\n2022年2月28日\n广东省数字政府改革建设2022年工作要点\n"
	if n := Parse(text, today); n.Issuer != "广东省人民政府办公厅" {
		t.Errorf("issuer %q", n.Issuer)
	}
}

// a card whose quarterly targets (年度阶段性工作目标: 第一季度:… 第四季度:…)
// no rule read as the task's time limits (广州 任务163) lists, on the
// task's due, the lines they start on: its due date is empty.
func TestTimeLimitsLeftAfterATaskAreListed(t *testing.T) {
	text := "任务163\n重点工作: 全面推行林长制。\n牵头单位: 市林业园林局\n" +
		"年度阶段性工作目标: 第一季度:成立专项工作小组,工作全面启动。\n第二季度:督导各区成立工作专班。\n第三季度:印发实施方案。\n第四季度:全面推行林长制。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	if !k.Due.IsZero() {
		t.Skipf("the time limits are read now: %v", k.Due)
	}
	listed := slices.ContainsFunc(k.Review, func(r Review) bool {
		return r.Field == "due" && r.Line == 4 && strings.Contains(r.Text.Zh, "第 4 行起有时间节点") && r.Text.En != ""
	})
	if !listed {
		t.Errorf("the time limits left after the task are not listed: %+v", k.Review)
	}
}

// a bare kind after an open name (市直有关部门、单位, 威海 2023) is open
// too, not an owner named 单位; the named units stay, listed.
func TestBareKindAfterOpenName(t *testing.T) {
	n := Parse("2023年工作要点\n1.深化政务服务“网上办”。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委)\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	k := n.Tasks[0]
	listed := slices.ContainsFunc(k.Review, func(r Review) bool { return r.Field == "owners" })
	if strings.Join(k.Owners, "、") != "市行政审批服务局、各区市政府、开发区管委" || !listed {
		t.Errorf("owners %q, listed %v", k.Owners, listed)
	}
}
