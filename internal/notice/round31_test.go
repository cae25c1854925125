package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 31's held-out sets (set 34: inspection notices, a problem table,
// divisions of a government work report of 2004–2007, a law site's middle
// page, document previews, progress tables; set 33: a joint list of three
// cities, a masthead copy, a card that lost its label) showed, each closed
// by a general rule:

// a city's division of its government work report, whose targets items
// each close with a bracket naming units alone, no label, no 负责 or 牵头
// (…比上年增长12%。(市财政局), …。(市经委、环保局)). Before, no bracket was
// read as responsibility, so no item named anyone and the list was dropped
// whole as a covering letter's paragraphs. Now such a bracket, closing a
// sentence, names the item's owners (no lead).
func TestBareUnitBracket(t *testing.T) {
	text := "2007年市政府工作主要任务责任分解\n一、主要目标\n1.地区生产总值增长12%。\n" +
		"全市生产总值达到3260亿元,增长12%。(市发改委)\n" +
		"2.万元生产总值综合能耗下降4%左右,二氧化硫排放量下降10%。(市经委、环保局)\n" +
		"3.社会消费零售总额增长13%。(市贸易局)\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
	}{
		{"地区生产总值增长12%", []string{"市发改委"}},
		{"万元生产总值综合能耗下降4%左右", []string{"市经委", "环保局"}},
		{"社会消费零售总额增长13%", []string{"市贸易局"}},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		got := n.Tasks[i]
		if !strings.HasPrefix(got.Title, w.title) || !slices.Equal(got.Owners, w.owners) || len(got.Lead) != 0 {
			t.Errorf("task %d: %q owners %q lead %q, want %q by %q, no lead", i+1, got.Title, got.Owners, got.Lead, w.title, w.owners)
		}
		if strings.Contains(got.Title+got.Body, "市发改委") {
			t.Errorf("task %d keeps its bracket: %q", i+1, got.Title+got.Body)
		}
	}
}

// A bracket that says what the work covers is no one's: the item names no
// one.
func TestBareBracketOfWork(t *testing.T) {
	for _, s := range []string{"建设养老服务设施。(含日间照料中心)", "完成改造(市区)", "推进工作。(2023年)"} {
		if _, _, ok := bareUnitBracket(s); ok {
			t.Errorf("%q read as units", s)
		}
	}
}

// the same division served as one line after a lone |, its letter, its
// signature and a date whose zeros are digits (二00四年四月二十四日) and the
// list's own title run on apart by spaces. Before, signature, date and
// title stayed one line of the preamble: no issuer, no date, no title. Now
// the date in Chinese numerals between spaces stands on a line of its own,
// read as the date, the signature over it as the issuer.
func TestOneLineHanDateSignature(t *testing.T) {
	text := "|\n各县(市)、区人民政府,市政府各部门、各直属单位: 市政府办公厅对2004年《政府工作报告》主要任务作了分解和细化,经市政府同意,现印发给你们。" +
		"请各责任单位按照各自的分工,明确责任,相互配合,切实抓好落实,确保圆满完成全年的各项任务。市政府办公厅将对落实情况进行督促检查。 " +
		"宁波市人民政府办公厅 二00四年四月二十四日 2004年《政府工作报告》主要任务分解 一、2004年主要调控预期目标 " +
		"1.生产总值增长12%。 抓好宏观经济调控,第一产业增长4%,第二产业增长14%,第三产业增长12%。(市计委) " +
		"2.财政一般预算收入增长12%。 一般预算总收入350亿元,比上年增长12%。(市财政局)\n"
	n := Parse(text, today)
	if n.Issuer != "宁波市人民政府办公厅" || n.Date.Format("2006-01-02") != "2004-04-24" || n.Title != "2004年《政府工作报告》主要任务分解" {
		t.Errorf("issuer %q date %v title %q", n.Issuer, n.Date, n.Title)
	}
	if len(n.Tasks) != 2 || n.Tasks[1].Owners[0] != "市财政局" {
		t.Errorf("tasks %+v", n.Tasks)
	}
}
