package notice

import (
	"strings"
	"testing"
)

// One excerpt per way published notices write a task's responsibility,
// each read as the corpus conventions (testdata/real/README.md) read it:
// owners, lead, leaders, due, and the fields listed for review.
func TestResponsibilityPatterns(t *testing.T) {
	cases := []struct {
		name, text                 string
		owners, lead, leaders, due string
		review                     string // fields listed for review, in order
	}{
		{"会同 names no lead", "2020年要点\n1.建立联席会议制度。（市发展改革委会同市财政局负责）\n",
			"市发展改革委|市财政局", "", "", "", ""},
		{"X牵头负责", "2020年要点\n1.推进改革。（市委改革办牵头负责）\n", "市委改革办", "市委改革办", "", "", ""},
		{"X牵头，Y、Z配合", "2020年要点\n1.推进改革。（市委改革办牵头，市发展改革委、市财政局配合）\n",
			"市委改革办|市发展改革委|市财政局", "市委改革办", "", "", ""},
		{"由X负责", "2020年要点\n1.推进改革。（由市委改革办负责）\n", "市委改革办", "", "", "", ""},
		{"【责任单位：…】", "2020年要点\n1.推进改革。【责任单位：市教育局、市财政局】\n", "市教育局|市财政局", "", "", "", ""},
		{"〔责任单位：…〕", "2020年要点\n1.推进改革。〔责任单位：市教育局〕\n", "市教育局", "", "", "", ""},
		{"（责任科室：…）", "2020年要点\n1.规范药品采购。（责任科室：药政科、财务科）\n", "药政科|财务科", "", "", "", ""},
		{"责任处室 line", "2020年要点\n1.规范药品采购。\n责任处室：药政处、规划处\n", "药政处|规划处", "", "", "", ""},
		{"责任部门 line", "2020年要点\n1.规范药品采购。\n责任部门：县卫健局\n", "县卫健局", "", "", "", ""},
		{"承办单位 line", "2020年要点\n1.规范药品采购。\n承办单位：县卫健局\n", "县卫健局", "", "", "", ""},
		{"主办/协办", "2020年要点\n1.办好民生实事。（主办：县民政局；协办：县财政局、县卫健局）\n",
			"县民政局|县财政局|县卫健局", "县民政局", "", "", ""},
		{"牵头领导 and 分管领导", "2020年要点\n1.办好民生实事。\n牵头领导：副县长张三\n分管领导：李四、王五同志\n责任单位：县民政局\n",
			"县民政局", "", "副县长张三|李四|王五", "", ""},
		{"等有关部门", "2020年要点\n1.办好民生实事。（县民政局、县财政局等有关部门负责）\n", "县民政局|县财政局", "", "", "", "owners"},
		{"各有关单位", "2020年要点\n1.办好民生实事。（县民政局牵头，各有关单位配合）\n", "县民政局", "县民政局", "", "", "owners"},
		{"first-listed rule", "2020年要点\n1.减税降费。（财政部、税务总局、海关总署负责，排在第一位的部门为牵头部门，下同）\n2.稳定就业。（人力资源社会保障部、教育部负责）\n",
			"人力资源社会保障部|教育部", "人力资源社会保障部", "", "", ""},
		{"列第一位者 in a preamble", "2020年要点\n各项任务中列第一位者为牵头单位。\n1.稳定就业。（县人社局、县教育局负责）\n",
			"县人社局|县教育局", "县人社局", "", "", ""},
		{"以下……不再单独列出", "2020年要点\n一、稳就业\n（以下各项任务均需各县（市、区）人民政府负责落实，不再单独列出）\n1.稳定就业。（市人社局负责）\n",
			"市人社局|各县（市、区）人民政府", "", "", "", "owners"},
		{"shared prefix", "2019年要点\n1.抓好培训。（市县党委组织部、宣传部、党校负责）\n", "市县党委组织部|市县党委宣传部|市县党委党校", "", "", "", ""},
		{"national bodies", "2019年要点\n1.优化通关。（市场监管总局、海关总署负责）\n", "市场监管总局|海关总署", "", "", "", ""},
		{"全年 as a limit", "2020年要点\n1.办好民生实事。\n责任单位：县民政局\n完成时限：全年\n", "县民政局", "", "", "", "due"},
		{"长期坚持 in the bracket", "2020年要点\n1.办好民生实事。（县民政局负责，长期坚持）\n", "县民政局", "", "", "", "due"},
		{"a span is no deadline", "2020年要点\n1.开展专项整治。（县公安局负责，2020年1月1日至12月31日）\n", "县公安局", "", "", "", ""},
		{"a start is no deadline", "2020年要点\n1.实施新标准。（县财政局负责，2020年5月1日起实施）\n", "县财政局", "", "", "", ""},
		{"a deadline in the bracket", "2020年要点\n1.出台实施办法。（县财政局负责，2020年6月底前完成）\n", "县财政局", "", "", "2020-06-30", ""},
		{"last date of the phrase", "2020年要点\n1.建设养老院。6月底前完成方案，12月底前全面完成。（县民政局负责）\n", "县民政局", "", "", "2020-12-31", ""},
		{"two posts of one person", "2020年要点\n1.办好民生实事。\n责任领导：市委常委、常务副市长 张三，副市长李四\n牵头责任单位：市民政局\n",
			"市民政局", "市民政局", "市委常委、常务副市长 张三|副市长李四", "", ""},
		{"持续实施", "2020年要点\n1.办好民生实事。\n责任单位：县民政局\n完成时限：持续实施\n", "县民政局", "", "", "", "due"},
		{"明年 is relative", "2020年要点\n1.办好民生实事。\n责任单位：县民政局\n完成时限：明年6月底前\n", "县民政局", "", "", "", "due"},
		{"no year anywhere", "要点\n1.开展督查。年底前完成。（县督查室负责）\n", "县督查室", "", "", "", "due"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := Parse(c.text, today)
			if len(n.Tasks) == 0 {
				t.Fatalf("%d tasks: %+v", len(n.Tasks), n.Tasks)
			}
			k := n.Tasks[len(n.Tasks)-1]
			due := ""
			if !k.Due.IsZero() {
				due = k.Due.Format("2006-01-02")
			}
			var review []string
			for _, r := range k.Review {
				review = append(review, r.Field)
			}
			got := []string{strings.Join(k.Owners, "|"), strings.Join(k.Lead, "|"), strings.Join(k.Leaders, "|"), due, strings.Join(review, "|")}
			want := []string{c.owners, c.lead, c.leaders, c.due, c.review}
			if strings.Join(got, " / ") != strings.Join(want, " / ") {
				t.Errorf("owners / lead / leaders / due / review\n got  %s\n want %s", strings.Join(got, " / "), strings.Join(want, " / "))
			}
		})
	}
}
