package notice

import "strings"

// A table whose 序号 is not its first column (大类 | 序号 | 工作任务 | …):
// the cells before the number (a category, 一、继续提高底线民生保障水平)
// are merged over the rows of their group, and a page's text gives them
// on the group's first row only. The rows under it open with their number
// and are as many cells short as the columns before it.

// mergedBeforeNum gives such a row its left-out cells back, empty, so that
// each of its cells is read under its own column. Any other row is given
// back as it is.
func (c *columns) mergedBeforeNum(row []string) []string {
	if c.noNum || c.num < 1 || len(row) != len(c.names)-c.num {
		return row
	}
	if _, ok := rowNumber(strings.TrimSpace(row[0])); !ok || !bareNumberRe.MatchString(strings.TrimSpace(row[0])) {
		return row
	}
	if _, ok := rowNumber(strings.TrimSpace(c.cell(row, c.num))); ok {
		return row // the row's own number stands where the header puts it
	}
	return append(make([]string, c.num), row...)
}
