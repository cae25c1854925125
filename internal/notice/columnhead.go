package notice

import (
	"strings"
	"unicode/utf8"
)

// tableHeadingRe closes a table's own heading that says what the table
// reports: …完成情况汇总表, …上半年落实情况, …进展情况.
var tableHeadingRe = lazyRe(`(?:情况|汇总表|统计表|进度表|一览表|分解表|清单)$`)

// bracketHeadOfTable says a site's column name in 【】 (【落实情况】,
// 【年度重点任务分解及完成情况】) heads the page's first line, a table's own
// heading with no 关于 (市机关事务管理局2025年…主要任务上半年落实情况): the
// column's name is the site's, the heading the title.
func bracketHeadOfTable(head, rest string, kept []Line) bool {
	rest = trimLine(rest)
	n := utf8.RuneCountInString(rest)
	return len(kept) == 0 && strings.HasPrefix(head, "【") && n >= 8 && n <= 60 &&
		tableHeadingRe.MatchString(rest) && isTitleLine(rest) && !strings.ContainsAny(rest, "|｜:：")
}
