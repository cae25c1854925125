package notice

// A PDF's page number left between a flattened table's cells (… / 加强义务
// 教育学校建设。 / 3 / 市教育局 / 2023年12月底前 / 3 / 实施老旧小区改造。 / …) is a
// bare number like a row's own: where it is the next row's number, it
// cut the row in two and made a row of the cells after it, and the real
// row under that number was lost. A bare number whose next line is a
// later cell of a row (units, a time limit), the same number standing
// again a little further on over a task's text, is a page number, no
// cell; so is a bare number inside a row that has more lines than the
// header has columns, before units or a time limit, in a table with no
// column of figures (目标值, 投资金额), whose cells a bare number may be.

// pageNumberAt says lines[k], in a numbered bare table of width columns
// whose last row read is numbered last, is a page number. inRow is the
// count of the lines of the row it stands in, from its number on (0
// where it would start a row).
func pageNumberAt(lines []Line, k int, c *columns, last, inRow int) bool {
	width := len(c.names)
	t := trimLine(lines[k].Text)
	if !bareNumberRe.MatchString(t) || k+1 >= len(lines) || !laterCell(trimLine(lines[k+1].Text)) {
		return false
	}
	v, _ := rowNumber(t)
	if v != last+1 {
		return inRow > width && !figureColumns(c)
	}
	for m := k + 2; m < len(lines) && m <= k+2+2*width; m++ {
		s := trimLine(lines[m].Text)
		if !bareNumberRe.MatchString(s) {
			continue
		}
		if w, _ := rowNumber(s); w == v {
			return m+1 < len(lines) && !laterCell(trimLine(lines[m+1].Text)) && !bareNumberRe.MatchString(trimLine(lines[m+1].Text))
		}
		return false
	}
	return false
}

// laterCell is a cell that comes after a row's task: units, or a time
// limit.
func laterCell(s string) bool {
	if s == "" {
		return false
	}
	if unitList(s) {
		return true
	}
	_, ok := dueDate(s, sameYear(2000))
	return ok && len([]rune(s)) <= 20
}

// figureHead names a column of figures: 目标值, 年度投资（万元）, 数量.
var figureHead = lazyRe(`目标|指标|数|金额|投资|资金|规模|万元|亿元|面积|产值`)

// figureColumns says a table has a column of figures.
func figureColumns(c *columns) bool {
	for _, h := range c.names {
		if figureHead.MatchString(h) {
			return true
		}
	}
	return false
}
