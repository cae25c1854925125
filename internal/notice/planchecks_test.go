package notice

import (
	"strings"
	"testing"
)

// What plan.yaml takes on trust is listed for review (walk 5, #1, #3): a
// year taken from a document the list cites, or from its body, where the
// notice's title, number and date name none; a notice without its title;
// a day for the year's report that the periods do not follow.
func TestPlanChecksSayWhatWasTakenOnTrust(t *testing.T) {
	has := func(n *Notice, want string) bool {
		for _, c := range n.PlanChecks() {
			if strings.Contains(c.Zh, want) && c.En != "" {
				return true
			}
		}
		return false
	}
	cited := Parse("根据《关于印发稳增长措施的通知》（昆政发〔2015〕13号）要求，现将任务分解如下：\n1.开展督查，5月底前完成。（区督查室负责）\n", today)
	if cited.Year != 2015 || !has(cited, "年份（2015 年）取自第 1 行引用的文件“〔2015〕13号”，那份文件可能是上一年的；请核对") {
		t.Errorf("a year from a cited document is not listed: %d %+v", cited.Year, cited.PlanChecks())
	}
	if !has(cited, "没有找到通知的标题") {
		t.Errorf("a notice without its title is not listed: %+v", cited.PlanChecks())
	}
	body := Parse("1.开展督查，2016年5月底前完成。（区督查室负责）\n", today)
	if body.Year != 2016 || !has(body, "年份（2016 年）取自第 1 行的“2016年”；请核对") {
		t.Errorf("a year from the body is not listed: %d %+v", body.Year, body.PlanChecks())
	}
	titled := Parse("关于印发2016年重点工作任务的通知\n1.开展督查，5月底前完成。（区督查室负责）\n", today)
	for _, c := range titled.PlanChecks() {
		if strings.Contains(c.Zh, "年份") || strings.Contains(c.Zh, "标题") {
			t.Errorf("a notice with its title and year: %s", c.Zh)
		}
	}
	yearEnd := Parse("2026年重点工作任务\n各牵头单位于每季度结束后10日内，将任务进展情况报县政府督查室，12月25日前报送全年完成情况。\n1.开展督查。（县督查室负责）\n", today)
	if !has(yearEnd, "通知第 2 行另有要求“12月25日前报送全年”：最后一期的 due 没有照此填写") {
		t.Errorf("the year's report day is not listed: %+v", yearEnd.PlanChecks())
	}
}

// A time limit that is the day work starts (5月底前动工) on a task to have
// something built is read as the due date, but listed, and kept in the
// task's text (walk 5, #2); on a task that is itself to start work
// (开工建设…) it is its due date like any other.
func TestStartOfWorkIsListed(t *testing.T) {
	text := "2016年民生实事\n序号\n民生实事\n责任单位\n完成时限\n1\n建成县残疾人综合服务中心。\n县残联\n5月底前动工\n2\n开工建设县老年养护楼。\n县民政局\n5月底前动工\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	built, started := n.Tasks[0], n.Tasks[1]
	if built.Due.Format("2006-01-02") != "2016-05-31" || len(built.Review) != 1 || built.Review[0].Field != "due" ||
		!strings.Contains(built.Review[0].Text.Zh, "完成时限“5月底前动工”写的是动工的时间，不一定是完成的时间") {
		t.Errorf("建成…, 5月底前动工: due %v, review %+v", built.Due, built.Review)
	}
	if !strings.Contains(built.Body, "5月底前动工") {
		t.Errorf("the time limit is not kept in the text: %q", built.Body)
	}
	if len(started.Review) != 0 {
		t.Errorf("开工建设…, 5月底前动工 is listed: %+v", started.Review)
	}
}

// A table row whose cell lists its own parts, （1）…；（2）…, is not two items
// run together; a title with a number in its middle still is listed.
func TestOwnListIsNoRunTogetherItem(t *testing.T) {
	n := Parse("2026年民生实事\n序号\n民生实事\n责任单位\n完成时限\n1\n（1）新建乡镇卫生院2所；（2）改造村卫生室20个\n县卫生健康局\n（1）9月底前；（2）12月底前\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for _, w := range n.Warnings {
		if strings.Contains(w.Text.Zh, "另一项的编号") {
			t.Errorf("a row's own parts are warned of: %s", w.Text.Zh)
		}
	}
	glued := Parse("2026年重点工作\n1.开展督查工作（2）建立长效机制。（县督查室负责）\n", today)
	found := false
	for _, w := range glued.Warnings {
		found = found || strings.Contains(w.Text.Zh, "另一项的编号“（2）”")
	}
	if !found {
		t.Errorf("a number inside a title is not warned of: %+v %+v", glued.Tasks, glued.Warnings)
	}
}

// Periods that end on their day of report (每月28日前报送) stop before the
// plan does: the days after the last are listed (probe, F6a).
func TestCutPeriodsListTheDaysLeft(t *testing.T) {
	n := Parse("2023年重点工作任务\n各牵头单位每月28日前将工作进展情况报送县政府督查室。\n1.开展督查。（县督查室负责）\n", today)
	found := false
	for _, c := range n.PlanChecks() {
		found = found || strings.Contains(c.Zh, "最后一期 2023-12 截至 2023-12-28，此后到 2023-12-31 的几天不在任何一期中")
	}
	if !found {
		t.Errorf("the days after the last period are not listed: %+v", n.PlanChecks())
	}
}

// A quarter's report due on a day of its last month, worded as notices
// word it (walk 5, #4): 每季度末月20日前, 每季度最后一个月的30日前.
func TestQuarterCutWordings(t *testing.T) {
	for text, want := range map[string]string{
		"请各责任单位于每季度末月20日前将进展情况报县政府督查室。":  "2016-03-20",
		"在每季度最后一个月的30日前将本季度进展情况报区政府办公室。": "2016-03-30",
		"各牵头单位每季度末25日前报送。":               "2016-03-25",
	} {
		n := Parse("2016年重点工作任务\n"+text+"\n1.开展督查。（县督查室负责）\n", today)
		ps := n.Periods()
		if n.cadence.every != "quarter" || !n.cadence.cut || len(ps) == 0 || ps[0].Due.Format("2006-01-02") != want || !ps[0].End.Equal(ps[0].Due) {
			t.Errorf("%s: cadence %+v, first period %+v", text, n.cadence, ps)
		}
	}
	if c := readCadence("每月30日前报送"); c.every != "" {
		t.Errorf("每月30日前 read as %+v", c)
	}
}
