package notice

import (
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
