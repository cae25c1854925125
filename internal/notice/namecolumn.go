package notice

import "strings"

// A work ledger's table headed 名称 | 责任单位 | 工作任务与目标: a bare
// 名称 column first names each row's work (门前六包, 商贩疏导工程), the
// column of the work's text after it says what is to be done. The name is
// the task, as a 项目名称 column's is; the text its body.

// nameColumn is a header cell that is the bare word 名称 (spread with
// spaces as 名 称): a column of the rows' names.
func nameColumn(s string) bool { return squeezeSpace(s) == "名称" }

// nameFirst makes a bare 名称 column the task's where it stands before
// the column read as the work's, no other column having taken it.
func (c *columns) nameFirst(row []string) {
	if c.content <= 0 {
		return
	}
	for i := 0; i < c.content; i++ {
		if nameColumn(row[i]) && i != c.num && i != c.lead && i != c.owners && i != c.partners && i != c.leaders && i != c.persons && i != c.due {
			c.content, c.detail = i, c.content
			return
		}
	}
}

// notesAfterTable reports whether a notice's numbered items (1、 2、) all
// stand after its task table's rows and none names who answers for it,
// while the rows name units: notes under the table (四区划分: 1、严管区:
// 人民路; …), not the tasks. The table's rows are the tasks.
func notesAfterTable(items []item, kinds []kind) bool {
	head, lastRow := -1, -1
	for i, k := range kinds {
		switch {
		case k == kRow && head < 0 && tableHeader(items[i].row) != nil:
			head = i
		case k == kRow && head >= 0:
			lastRow = i
		case k == kNum && (head < 0 || lastRow < 0):
			return false // an item before the table, or a table with no rows
		}
	}
	if lastRow < 0 {
		return false
	}
	c := tableHeader(items[head].row)
	named := 0
	for i := head + 1; i <= lastRow; i++ {
		if kinds[i] == kRow && unitCellFilled(items[i].row, c) {
			named++
		}
	}
	if named < 2 || named < (lastRow-head)/2 {
		return false
	}
	if with, _ := carriesResp(items, kinds, kNum); with > 0 {
		return false
	}
	return true
}

// unitCellFilled says a table row fills its lead or owners cell with a
// name or a few, no sentence.
func unitCellFilled(row []string, c *columns) bool {
	for _, col := range []int{c.lead, c.owners} {
		if col >= 0 && col < len(row) && row[col] != "" && len([]rune(row[col])) <= 60 && !strings.Contains(row[col], "。") {
			return true
		}
	}
	return false
}

// flatHeaderAt reports whether a table flattened one cell a line (名 称 |
// / 责任单位 | / 工作任务与目标 |) has its header start at lines[k]: no
// line of a title broken over lines that a title over the table goes on
// onto.
func flatHeaderAt(lines []Line, k int) bool {
	if k >= len(lines) {
		return false
	}
	if _, ok := flatCell(lines[k].Text); !ok {
		return false
	}
	head, _ := flatHeader(lines, k)
	return head != nil
}

// withDetail is a row's task text under a bare 名称 column: the name, and
// the work column's text as its body (门前六包 / 保持门店门前清洁有序…). A name
// that is a category shared by rows (教育, 卫生: a word or two, or the same
// as the next or the last row's) names no task: the work's text is the
// task, the category kept under it. Nothing the row wrote is lost.
func (c *columns) withDetail(content string, row, prev, next []string) string {
	d := strings.TrimSpace(strings.ReplaceAll(c.cell(row, c.detail), CellBreak, ""))
	if c.detail < 0 || d == "" {
		return content
	}
	name := strings.TrimSpace(strings.ReplaceAll(content, CellBreak, ""))
	shared := func(other []string) bool {
		return other != nil && strings.TrimSpace(strings.ReplaceAll(c.cell(other, c.content), CellBreak, "")) == name
	}
	if len([]rune(name)) <= 2 || shared(prev) || shared(next) {
		return d + "\n" + squeezeSpace(c.names[c.content]) + "：" + name
	}
	return content + "\n" + d
}
