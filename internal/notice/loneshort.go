package notice

import (
	"strings"
	"unicode/utf8"
)

// A table flattened one cell a line with each | on a line of its own
// (joined by barCells to the cell above it) opens every row with a lone |,
// the one after the row before's closing |:
//
//	推进政策公开 |
//	常态化公开就业…等领域信息。 |
//	财政所、便民综合服务中心、土管所等 |
//	|
//	积极探索特定群体的线下公开渠道;… |
//	便民综合服务中心 |
//	|
//
// and leaves out of a row the cell merged over it from the row above (the
// 工作任务 over the rows of its group). Counted cell by cell, the second
// row's two cells took its opening | as a third, empty cell, its work
// stood as the 工作任务 and its unit as the work: the rows went unread.
// Split where the page opens rows, a short row keeps its cells for the
// reader to place (shiftedRow). An empty cell is a lone | with another
// after it.

// loneGaps gathers, while a flat table's cells are read, where the page
// opens rows: open holds the index of each row's first cell, gap the
// cells the reader made of an opening | (an empty cell, where the row
// before was short).
type loneGaps struct {
	open []int
	gap  map[int]bool
}

// opens says the line at j of a table whose rows start at from opens a
// row: the table's rows open with a lone | (lines[from] is one), and this
// one stands after a cell's closing | with a cell after it.
func (g *loneGaps) opens(lines []Line, j, from int) bool {
	return j > from && lonePipe(lines[from].Text) && lonePipe(lines[j].Text) &&
		strings.HasSuffix(strings.TrimSpace(pipeSeps.Replace(lines[j-1].Text)), "|") && (j+1 >= len(lines) || !lonePipe(lines[j+1].Text))
}

// note records a row the page opens at cell index at; made says the
// reader takes the opening | for an empty cell there, the row's first
// cell then the one after it; last is the cell before it. A | the reader
// takes for a cell opens a row where the row so far is full (the count
// the reader keeps is off by the short rows before), or one cell short of
// width (an empty last cell is written with two | after it), or holds
// two cells or more, its last a unit's or a time's (the work and who does
// it, the cells merged over its group left out: 公开决策草案… | 党政办公室 |,
// …渠道。 | 便民综合服务中心 | 2024年12月底 |);
// else it is an empty cell in the row's middle (推进决策公开 | | 党政办公室),
// written just so.
func (g *loneGaps) note(at int, made bool, width int, last string) {
	start := 0
	if len(g.open) > 0 {
		start = g.open[len(g.open)-1]
	}
	if p := at - start - g.gapsFrom(start); made && p < width-1 && (p < 2 || !rowEndCell(last)) {
		return
	}
	if made {
		if g.gap == nil {
			g.gap = map[int]bool{}
		}
		g.gap[at] = true
		at++
	}
	g.open = append(g.open, at)
}

// gapsFrom counts the gap cells from index start on.
func (g *loneGaps) gapsFrom(start int) int {
	n := 0
	for k := range g.gap {
		if k >= start {
			n++
		}
	}
	return n
}

// rows splits n cells into the rows the page opens, the cells the reader
// made of openings left out, and says whether the split is the table's:
// some row short of width cells (else the cells counted were right), none
// longer, the first full.
func (g *loneGaps) rows(n, width int) ([][]int, bool) {
	if len(g.gap) == 0 {
		return nil, false
	}
	opens := map[int]bool{}
	for _, o := range g.open {
		opens[o] = true
	}
	var segs [][]int
	var cur []int
	for k := 0; k < n; k++ {
		if g.gap[k] {
			continue
		}
		if opens[k] && len(cur) > 0 {
			segs = append(segs, cur)
			cur = nil
		}
		cur = append(cur, k)
	}
	if len(cur) > 0 {
		segs = append(segs, cur)
	}
	if len(segs) == 0 || len(segs[0]) != width {
		return nil, false
	}
	for _, s := range segs {
		if len(s) > width {
			return nil, false
		}
	}
	return segs, true
}

// unitCellLike says a cell names units: a list of them, a body's name, a
// collective.
func unitCellLike(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && (unitList(s) || endsOrg(s) && utf8.RuneCountInString(s) <= 12 || Collective(s))
}

// rowEndCell says a cell can end a short row: it names units, or a time
// (2024年12月底, 长期坚持).
func rowEndCell(s string) bool {
	s = strings.TrimSpace(s)
	return unitCellLike(s) || unitCellText(s) || timeCellText(s) || openDueRe.MatchString(s) && utf8.RuneCountInString(s) <= 8
}
