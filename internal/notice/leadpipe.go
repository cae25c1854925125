package notice

import (
	"strings"
	"unicode/utf8"
)

// A table some pages flatten with each cell on a line of its own that
// opens with "| " (a row's first cell opens with none) and each row
// closed by a lone "|":
//
//	牵头单位
//	| 目 标 任 务
//	| 责 任 单 位
//	|
//	市政
//	府办
//	公厅
//	| 强化行政监督,…
//	| 市直各单位、各区县市
//	|
//	推进国家安全工作发展
//	| 市直各单位、各区县市
//	|
//
// A cell merged over several rows is written on the first of them only:
// a row with fewer cells than the header left out the cells spanned from
// the rows above (a lead's cell before the task, a units cell after it).
// Names in a narrow column are broken one or two characters a line.

// leadPipeCellRe is a line opening a cell after a row's first: "| 目标任务".
var leadPipeCellRe = lazyRe(`^[|｜]\s*(\S.*)$`)

// lonePipe says a line is a lone "|", closing a row.
func lonePipe(s string) bool {
	return strings.TrimSpace(pipeSeps.Replace(s)) == "|"
}

// leadPipeCell is the text of a line opening a cell with "| " and holding
// no other |, or false.
func leadPipeCell(s string) (string, bool) {
	s = trimLine(pipeSeps.Replace(s))
	m := leadPipeCellRe.FindStringSubmatch(s)
	if m == nil || strings.Contains(m[1], "|") {
		return "", false
	}
	return trimLine(m[1]), true
}

// leadPipeHeader reads such a table's header at lines[i]: a column's name
// alone on its line, one or more "| name" lines, and a lone "|", together
// a task table's header. It returns the header's cells and where its rows
// start, or nil.
func leadPipeHeader(lines []Line, i int) ([]string, int) {
	first := trimLine(lines[i].Text)
	if strings.ContainsAny(pipeSeps.Replace(first), "|") || !isColumnName(first) {
		return nil, i
	}
	head := []string{squeezeSpace(first)}
	j := i + 1
	for ; j < len(lines) && len(head) < maxColumns; j++ {
		name, ok := leadPipeCell(lines[j].Text)
		if !ok || !isColumnName(name) {
			break
		}
		head = append(head, squeezeSpace(name))
	}
	if len(head) < 2 || j >= len(lines) || !lonePipe(lines[j].Text) || tableHeader(head) == nil {
		return nil, i
	}
	return head, j + 1
}

// leadPipeRows reads the rows from lines[i:] under the header c, appends
// them to out and returns where the table ends: at a row not closed by a
// lone "|" within a few lines, or one with more cells than the header.
// A short row's cells are placed from the task's column on (the cells
// before it, and those after its last, were merged over it from the row
// above) and take the cells it left out from the row above, each listed
// (item.spanned).
func leadPipeRows(lines []Line, i int, c *columns, out *[]item) int {
	width := len(c.names)
	var above []string
	var from []int // the line each cell of the row above was written on
	for i < len(lines) {
		cells, end, ok := leadPipeRow(lines, i, width)
		if !ok {
			break
		}
		row, at := make([]string, width), make([]int, width)
		start := min(max(c.content, 0), width-len(cells))
		copy(row[start:], cells)
		var spanned []spanCell
		for col := range row {
			at[col] = lines[i].N
			if col >= start && col < start+len(cells) {
				continue
			}
			if above == nil || above[col] == "" {
				break
			}
			row[col], at[col] = above[col], from[col]
			spanned = append(spanned, spanCell{col, from[col]})
		}
		if len(spanned) != width-len(cells) {
			break // a row short of cells with none above to take them from
		}
		above, from = row, at
		*out = append(*out, item{line: lines[i], row: row, spanned: spanned})
		i = end
	}
	return i
}

// leadPipeRow reads one row at lines[i]: its first cell's lines, each
// "| " cell with the lines it runs on, up to the lone "|" that closes it.
// It reports false where no row of at most width cells is closed within
// a few lines.
func leadPipeRow(lines []Line, i, width int) ([]string, int, bool) {
	const maxLines = 24
	var cells []string
	for j := i; j < len(lines) && j < i+maxLines; j++ {
		t := lines[j].Text
		switch {
		case lonePipe(t):
			if len(cells) == 0 || cells[0] == "" {
				return nil, i, false
			}
			return cells, j + 1, true
		case strings.Contains(pipeSeps.Replace(t), "|"):
			v, ok := leadPipeCell(t)
			if !ok || len(cells) == width || len(cells) == 0 {
				return nil, i, false
			}
			cells = append(cells, v)
		default:
			if len(cells) == 0 {
				cells = append(cells, "")
			}
			cells[len(cells)-1] = joinCellLine(cells[len(cells)-1], trimLine(t))
		}
	}
	return nil, i, false
}

// joinCellLine joins a line of a cell to the text before it: a name broken
// a few characters a line (市政 / 府办 / 公厅) runs on with nothing between;
// longer lines are paragraphs of the cell.
func joinCellLine(cell, more string) string {
	if cell == "" {
		return more
	}
	if utf8.RuneCountInString(more) <= 4 || utf8.RuneCountInString(lastPara(cell)) <= 4 {
		return cell + more
	}
	return cell + CellBreak + more
}

// lastPara is a cell's last paragraph.
func lastPara(cell string) string {
	if k := strings.LastIndex(cell, CellBreak); k >= 0 {
		return cell[k+len(CellBreak):]
	}
	return cell
}

// spannedCells lists the current row's cells it took from a row above
// (a cell merged over both): each answer read from such a cell says the
// row above's line, and is listed for review; so is a time limit.
func (w *walker) spannedCells(spanned []spanCell) {
	for _, s := range spanned {
		if s.col == w.table.due {
			w.cur.raw.mergedDue, w.cur.raw.due.line = true, s.line
			continue
		}
		label := w.table.label(s.col)
		for k, p := range w.cur.raw.resp {
			if p.label == label {
				w.cur.raw.resp[k].line = s.line
				w.cur.raw.carried = append(w.cur.raw.carried, label)
			}
		}
	}
}
