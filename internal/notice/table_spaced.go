package notice

import "strings"

// spacedCategory says lines[j] is a category heading standing between a
// spaced table's header and its rows, or between two of its rows
// (一、2025年经济社会发展的主要预期目标 over 1 地区生产总值增长6.5%左右。
// 区发改委 …): a chapter heading with a row of the table on the next line
// holding something. The table goes on under it.
func spacedCategory(lines []Line, j int) bool {
	t := strings.TrimSpace(lines[j].Text)
	if !sectionRe.MatchString(t) || strings.ContainsAny(t, "|｜\t") || len([]rune(t)) > maxHeadingTitle {
		return false
	}
	for k := j + 1; k < len(lines) && k <= j+2; k++ {
		u := strings.TrimSpace(lines[k].Text)
		if u == "" {
			continue
		}
		return spacedRowRe.MatchString(u)
	}
	return false
}
