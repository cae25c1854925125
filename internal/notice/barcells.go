package notice

import "strings"

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
		head := barHeader(lines, i)
		if head == nil {
			out = append(out, lines[i])
			continue
		}
		for _, c := range head {
			// Each name on one line with its bar, though it ran over
			// several: the header the readers know.
			out = append(out, Line{N: lines[i].N, Text: c.text + " |"})
			i = c.bar + 1
		}
		const gap = 12 // the longest run of a cell's lines before its bar
		last := i - 1  // the table's last bar
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
// each followed by a lone "|". A name may run over a few lines (责任部门 /
// (加*号为牵头部门, / 其余为参与部门) / |). It returns the header's cells,
// each with the index of the bar closing it (nil where there is none).
func barHeader(lines []Line, i int) []barCell {
	var head []barCell
	var names []string
	for j := i; j < len(lines) && len(head) < maxColumns; {
		k := j
		for k < len(lines) && k < j+4 && !lonePipe(lines[k].Text) {
			k++
		}
		if k == j || k >= len(lines) || !lonePipe(lines[k].Text) {
			break
		}
		var b strings.Builder
		for _, l := range lines[j:k] {
			b.WriteString(trimLine(l.Text))
		}
		t := squeezeSpace(b.String())
		if !isColumnName(t) || k > j+1 && len([]rune(t)) > 40 {
			break
		}
		head = append(head, barCell{text: t, bar: k})
		names = append(names, t)
		j = k + 1
	}
	if len(head) < 2 || tableHeader(names) == nil && !(len(names) > 2 && numHead.MatchString(names[1]) && categoryHeadRe.MatchString(names[0]) && tableHeader(names[1:]) != nil) {
		return nil
	}
	return head
}

// barCell is a header's cell of a table written with lone bars: its
// name, the lines of it joined, and the index of the bar closing it.
type barCell struct {
	text string
	bar  int
}
