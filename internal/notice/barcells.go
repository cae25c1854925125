package notice

// A table some pages flatten with each cell on its own line and a lone "|"
// on the line after it (序号 / | / 重点工作任务 / | / 责任单位 / | / 1 / | /
// 学懂弄通… / | / 市政府各直属单位 / |). Each such bar closes the cell
// above it: joined to that cell's last line ("责任单位 |"), the table is the
// one flattened one cell per line the readers know.

// barCells joins each lone "|" of such a table to the line above it. A
// table is known by its header: two or more column names, each followed
// by a lone "|", that make a task table's header; its cells go on while a
// bar follows within a few lines.
func barCells(lines []Line) []Line {
	var out []Line
	for i := 0; i < len(lines); i++ {
		if !barHeader(lines, i) {
			out = append(out, lines[i])
			continue
		}
		const gap = 12 // the longest run of a cell's lines before its bar
		last := i      // the table's last bar
		for j := i; j < len(lines) && j <= last+gap; j++ {
			if t := trimLine(lines[j].Text); (isDateLine(t) || footerRe.MatchString(t)) && !(j+1 < len(lines) && lonePipe(lines[j+1].Text)) {
				break // the signature's date, the page's foot: no cells (a date with its bar is a cell)
			}
			if lonePipe(lines[j].Text) {
				last = j
			}
		}
		for j := i; j <= last; j++ {
			if lonePipe(lines[j].Text) && len(out) > 0 && !lonePipe(lines[j-1].Text) {
				out[len(out)-1].Text = trimLine(out[len(out)-1].Text) + " |"
				continue
			}
			out = append(out, lines[j])
		}
		i = last
	}
	return out
}

// barHeader says lines[i:] open with a header written so: column names,
// each on its line and followed by a lone "|".
func barHeader(lines []Line, i int) bool {
	var head []string
	for j := i; j+1 < len(lines) && len(head) < maxColumns; j += 2 {
		t := trimLine(lines[j].Text)
		if !isColumnName(t) || !lonePipe(lines[j+1].Text) {
			break
		}
		head = append(head, squeezeSpace(t))
	}
	return len(head) >= 2 && tableHeader(head) != nil
}
