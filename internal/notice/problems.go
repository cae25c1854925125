package notice

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// problemColumns are the names of an inspection's problem table's
// columns (序号 | 路段名称 | 问题描述 | 责任单位 | 备注): the problem found,
// which its unit is to put right, and the place it was found at.
const problemColumns = `问题描述|存在问题|发现问题|问题内容|主要问题|路段名称|点位名称|路段|点位`

// problemHead is a column holding the problem found: each row's problem
// is the task where no column names the work.
var problemHead = lazyRe(`^(?:问题描述|存在问题|发现问题|问题内容|主要问题)$`)

// labelledTableTitle gives the title a table carries over its header where
// lines of the inspection's own labels stand between the two (督查领导:张建辉
// 督查时间:2019年4月21日), and the page's heading over it
// (2019年4月21日卫生城市检查(张建辉督查路段)) was read with them as the
// title: the table's own words (全国卫生城市测评路段问题汇总表) name the list.
func (n *Notice) labelledTableTitle(lines []Line) {
	if len(n.titleLines) < 2 || strings.Contains(n.Title, "关于") || strings.Contains(n.Title, "通知") {
		return
	}
	last := n.titleLines[len(n.titleLines)-1]
	next := slices.IndexFunc(lines, func(l Line) bool { return l.N > last.N })
	if next < 0 || !slices.Contains(n.tableHeads, lines[next].N) {
		return
	}
	for k := len(n.titleLines) - 1; k >= 0; k-- {
		t := trimLine(n.titleLines[k].Text)
		if labelPairsRe.MatchString(t) {
			continue
		}
		if k < len(n.titleLines)-1 && ownTableTitleRe.MatchString(t) && utf8.RuneCountInString(t) >= 8 {
			n.Title = t
		}
		return
	}
}

// labelPairsRe is a line of labels and their values alone, apart by
// spaces: 督查领导:张建辉 督查时间:2019年 4 月 21日.
var labelPairsRe = lazyRe(`^\p{Han}{2,6}\s*[：:]\s*\S[^：:]*?(?:\s+\p{Han}{2,6}\s*[：:]\s*\S[^：:]*?)*$`)

// ownTableTitleRe ends a table's own title: …问题汇总表, …一览表, …清单.
var ownTableTitleRe = lazyRe(`(?:汇总表|一览表|统计表|明细表|分解表|任务表|责任表|分工表|问题表|清单)$`)

// problemLabelRe opens an item's text with the label of the problem an
// inspection found: 存在问题:…, 问题:….
var problemLabelRe = lazyRe(`^(?:存在问题|发现问题|主要问题|问题描述|问题)\s*[：:]\s*\S`)

// groupLineRe is a line naming who inspected, or numbering a part, not a
// place: 第一督查组, 检查组, (一).
var groupLineRe = lazyRe(`^第[一二三四五六七八九十\d]+|组$|^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]`)

// problemPlaces gives a bulletin's problems the place each was found at,
// written on its own line over the problem's label (明馨园小区 / 存在问题:
// 公示栏…管理不到位 / 责任单位:嵩阳街道): the place heads the task, as a
// numbered problem's place does, and the problem is its text. Before, the
// task was titled by the label and the place was left among the lines not
// placed.
func (n *Notice) problemPlaces(lines []Line) {
	at := map[int]string{}
	for _, l := range lines {
		at[l.N] = trimLine(l.Text)
	}
	used := map[int]bool{}
	for i := range n.Tasks {
		t := &n.Tasks[i]
		above := t.Line - 1 // the line over the task, past empty ones
		for above > 0 && above >= t.Line-3 && at[above] == "" {
			above--
		}
		place := at[above]
		if !problemLabelRe.MatchString(t.Title) || place == "" || groupLineRe.MatchString(place) || strings.ContainsAny(place, "。，,；;：:、（）()") ||
			utf8.RuneCountInString(place) < 2 || utf8.RuneCountInString(place) > 20 || place == trimLine(n.Title) || isTitleCandidate(place) && strings.Contains(place, "通报") {
			continue
		}
		t.Body = strings.TrimSpace(t.Title + "。" + t.Body)
		t.Title = place
		used[above] = true
	}
	if len(used) > 0 {
		n.Unplaced = slices.DeleteFunc(n.Unplaced, func(l Line) bool { return used[l.N] })
	}
}

// subSectionKey names the sub-section a task stands in ((三)背街小巷 under
// 一、儋州村社区), "" where it stands in none.
func subSectionKey(t Task) string {
	if len(t.group) < 2 || t.group[1] == 0 {
		return ""
	}
	return fmt.Sprintf("%s/%d", t.Section, t.group[1])
}

// praiseRe is an inspection's word that a point it visited does well:
// 该点位文明创建工作整体良好, 总体较好, 值得肯定.
var praiseRe = lazyRe(`(?:整体|总体|各项工作)(?:情况)?(?:良好|较好|不错)|表现(?:良好|突出)|值得肯定|做得较好`)

// praiseButRe says a line of praise goes on to what is still wrong or to
// do: 整体良好,但仍存在以下问题; 总体较好,今年重点抓好以下工作.
var praiseButRe = lazyRe(`但|问题|不足|以下|如下|仍|还`)

// dropGoodFindings takes out the items an inspection's bulletin lists of
// what a point does well: under a sub-heading whose paragraph says the
// point does well ((一)社区居委会 / 该点位文明创建工作整体良好。 / 1.显著位置
// 设置…), the items are its good findings, no tasks, even where the
// sub-heading names a body. Their lines are not placed, so still shown.
func (n *Notice) dropGoodFindings(lines []Line) {
	at := map[int]string{}
	for _, l := range lines {
		at[l.N] = trimLine(l.Text)
	}
	praised := map[string]bool{}
	for _, t := range n.Tasks {
		key := subSectionKey(t)
		if key == "" || praised[key] {
			continue
		}
		for k := t.Line - 1; k > 0 && k >= t.Line-3; k-- {
			if p, ok := at[k]; ok && p != "" {
				if praiseRe.MatchString(p) && !praiseButRe.MatchString(p) && !leadNumberRe.MatchString(p) && len(t.raw.resp) == 0 {
					praised[key] = true
				}
				break
			}
		}
	}
	if len(praised) > 0 {
		n.setAside(func(t Task) bool { return praised[subSectionKey(t)] && len(t.raw.resp) == 0 })
	}
}
