package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 24's held-out set showed, each closed by a general rule:

// a law site's middle page of a notice on compiling a city's plans: the
// steps every plan follows ((二)起草。牵头编制部门…), naming no unit, then
// the list of plans, each naming who leads it after its name
// ((一)…城镇化发展规划,由市规划和建设局、市发改委牵头;). No task was read
// and no line listed: 由X牵头 alone, with no 负责, was not taken for who
// does it, and the steps, naming no one, made the whole page a letter.
// Now the plans are the tasks, every unit named before 牵头 a lead,
// listed; the steps, in a section where no item names or inherits owners,
// are no tasks (广元, a “十二五” plans list).
func TestPlanListNameThenLeads(t *testing.T) {
	text := "(二)起草。牵头编制部门认真做好基础调查、信息搜集、课题研究。\n" +
		"(三)衔接。牵头编制部门应主动与总体规划、相关领域专项规划衔接。\n" +
		"四、重点专项规划目录\n" +
		"(一)广元市“十二五”城镇化发展规划,由市规划和建设局、市发改委牵头;\n" +
		"(二)广元市“十二五”工业发展规划(含新型战略性产业、信息化),由市经委牵头;\n"
	n := Parse(text, today)
	want := []struct {
		title string
		lead  []string
	}{
		{"广元市“十二五”城镇化发展规划", []string{"市规划和建设局", "市发改委"}},
		{"广元市“十二五”工业发展规划(含新型战略性产业、信息化)", []string{"市经委"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if got.Title != w.title || !slices.Equal(got.Owners, w.lead) || !slices.Equal(got.Lead, w.lead) || !reviewed(got, "owners") {
			t.Errorf("task %d: %q owners %q lead %q reviews %+v, want %q led by %q, listed", i+1, got.Title, got.Owners, got.Lead, got.Review, w.title, w.lead)
		}
	}
	// Orphan items of a middle page whose owners come from unit headings
	// stay: their heading is on the page before.
	orphans := "(一)完善农村低保制度,健全社会救助体系。\n" +
		"十五、省人力资源和社会保障厅\n" +
		"(一)研究制定出台新型农村社会养老保险实施方案。\n"
	if n := Parse(orphans, today); len(n.Tasks) != 2 || !reviewed(n.Tasks[0], "owners") {
		t.Errorf("orphan items: %+v", n.Tasks)
	}
}

// a news site's repost of a city's plan: an item holds two pieces of
// work, each closing with its bracket, the first a square one holding a
// collective with a bracket of its own and a rule for the items after it
// (〔X牵头,Y、Z参与,各县、区人民政府(管委会)负责落实。以下各项工作均需…
// 落实,不再列出。〕). Only the last bracket was read: the first one's
// collective was lost, not listed. Now a bracket closing a sentence may be
// square and hold brackets, its rule sentence is left out, and the units
// of both are the item's, listed (潮州, 2019).
func TestSquareClauseBracketWithRule(t *testing.T) {
	text := "潮州市打赢蓝天保卫战实施方案(2019-2020年)\n" +
		"二、工作任务\n" +
		"1.制定实施准入清单。完成环境准入清单编制工作。〔市生态环境局牵头,市发展和改革局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕县级及以上城市建成区原则上不再新建燃煤锅炉。(市生态环境局、市场监管局牵头,工业和信息化局参与)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	want := []string{"市生态环境局", "市发展和改革局", "各县、区人民政府(管委会)", "市场监管局", "工业和信息化局"}
	if !sameSet(got.Owners, want) || !sameSet(got.Lead, []string{"市生态环境局", "市场监管局"}) || !reviewed(got, "owners") {
		t.Errorf("owners %q lead %q reviews %+v, want %q, listed", got.Owners, got.Lead, got.Review, want)
	}
}

// a newspaper's report quoting items of a province's division: under the
// headline, the report's date stamp written day first with its time
// (13.03.2015  07:51) was read as item 13, a task of no one. Now a date
// stamp day first is a page's furniture, as one year first is (三秦都市报,
// 2015).
func TestDayFirstDateStamp(t *testing.T) {
	text := "陕西《政府工作报告》部门分工确定\n\n13.03.2015  07:51\n\n" +
		"记者昨日获悉,省政府就落实《政府工作报告》中的重点工作提出分工意见。\n\n" +
		"1、继续实施“十百千万”工程,大力培育新型农业经营主体。(省农业厅牵头)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 || n.Tasks[0].Number != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"省农业厅"}) {
		t.Errorf("tasks %+v", n.Tasks)
	}
	if n.Title != "陕西《政府工作报告》部门分工确定" {
		t.Errorf("title %q", n.Title)
	}
}

// a draft implementation opinion circulated for comment: its title, then
// the draft's mark in brackets, then its date in brackets, and no 关于
// anywhere. The date line made the lines above it a header, where only a
// title with 关于 was read: the title was lost; with no date the mark ran
// into the title. Now a title line over the date, alone at the head, is
// the title, and a draft's mark is no part of it (杭州, 2015).
func TestDraftTitleOverItsDate(t *testing.T) {
	body := "为贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》,特制订以下实施意见。\n" +
		"二、 实施重点\n" +
		"1.大力发展众创空间。三年内认定市级众创空间60家以上。(牵头单位:市科委,配合单位:各区县市)\n"
	for _, head := range []string{
		"杭州市推进“互联网+”行动实施意见\n(征求意见稿V2.2)\n(2015年9月15日)\n",
		"杭州市推进“互联网+”行动实施意见\n(征求意见稿V2.2)\n",
	} {
		n := Parse(head+body, today)
		if n.Title != "杭州市推进“互联网+”行动实施意见" || len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"市科委"}) {
			t.Errorf("%q: title %q tasks %+v", head, n.Title, n.Tasks)
		}
	}
}

// a regulations mirror's copy of a province's letter: an index table in |
// cells whose rows open with labels of its own (颁布单位 | 155 | 发文文号 |
// 苏政办发〔2013〕5号 |), some values garbled. The rows were not read as an
// index: the number was lost. Now the mirror's labels are an index's, its
// 发文文号 the number, and a 颁布单位 that names no body is none (江苏,
// 2013).
func TestMirrorIndexLabels(t *testing.T) {
	text := "名称 | 省政府办公厅关于分解下达2013年保障性安居工程建设目标任务的通知 | ||\n" +
		"颁布单位 | 155 | 发文文号 | 苏政办发〔2013〕5号 |\n" +
		"法规类型 | 行政法规 | 所属行业 | 118 |\n" +
		"各市、县(市)及有关区人民政府:\n" +
		"现将《2013年保障性安居工程建设目标任务分解方案》印发给你们,请认真抓好落实。\n"
	n := Parse(text, today)
	if n.Number != "苏政办发〔2013〕5号" || n.Title != "省政府办公厅关于分解下达2013年保障性安居工程建设目标任务的通知" || n.Issuer != "省政府办公厅" {
		t.Errorf("number %q title %q issuer %q", n.Number, n.Title, n.Issuer)
	}
}

// the same letter, cut off by the site mid-sentence (…确保在), then its
// signature naming in full the body the title writes short: the issuer
// stayed the title's short form. Now a last line naming in full the body
// the title names short is the signature, and the issuer that full name.
func TestFullSignatureUnderCutLetter(t *testing.T) {
	text := "名称 | 省政府办公厅关于分解下达2013年保障性安居工程建设目标任务的通知 | ||\n" +
		"各市、县(市)及有关区人民政府:\n" +
		"现将《2013年保障性安居工程建设目标任务分解方案》印发给你们,请认真抓好落实。\n" +
		"各地要尽快将省分解下达的目标任务落实到具体项目,确保在\n" +
		"江苏省人民政府办公厅\n"
	n := Parse(text, today)
	if n.Issuer != "江苏省人民政府办公厅" || len(n.Tasks) != 0 {
		t.Errorf("issuer %q tasks %+v", n.Issuer, n.Tasks)
	}
	// A last line naming another body is no signature of the title's.
	n = Parse(strings.Replace(text, "江苏省人民政府办公厅\n", "江苏省住房和城乡建设厅\n", 1), today)
	if n.Issuer != "省政府办公厅" {
		t.Errorf("issuer %q", n.Issuer)
	}
}
