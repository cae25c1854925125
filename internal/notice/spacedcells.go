package notice

import (
	"strconv"
	"strings"
)

// spacedCellLine says the line at k of a row of a bare flattened table
// runs on the cell of the line before it: the page parts the table's
// cells by blank lines (序号 / 重点工作内容 / … each a blank line apart),
// and this line follows the one before with none between, or was split
// off its line (…。2.对万达广场…, a sub-item run on), as a cell's own
// paragraphs are (1.根据《…》…。 / 2.对万达广场…). Where most lines of the
// row follow one another, the table parts its cells by lines alone and
// every line is a cell.
func spacedCellLine(row []Line, k int) bool {
	if k == 0 || row[k].N-row[k-1].N > 1 {
		return false
	}
	apart, close := 0, 0
	for j := 1; j < len(row); j++ {
		if row[j].N-row[j-1].N <= 1 {
			close++
		} else {
			apart++
		}
	}
	return apart >= 3 && 2*close < apart
}

// cellItemRe opens a cell's numbered paragraph: 2.对万达广场….
var cellItemRe = lazyRe(`^(\d{1,2})\s*[.．、]\s*\S`)

// joinCellItems joins, in a row with more cells than its columns take,
// each numbered paragraph to the cell before it where that cell holds the
// paragraph numbered one less (1.根据《…》…。 / 2.对万达广场…: one progress
// cell), as a cell's paragraphs broken onto lines of their own are. It
// returns the cells and the line of each, or nil where nothing joins.
func joinCellItems(cells []string, at []int) ([]string, []int) {
	var out []string
	var outAt []int
	joined := false
	for k, c := range cells {
		if m := cellItemRe.FindStringSubmatch(c); m != nil && len(out) > 0 && atoi(m[1]) > 1 && holdsItem(out[len(out)-1], atoi(m[1])-1) {
			out[len(out)-1] += CellBreak + c
			joined = true
			continue
		}
		out, outAt = append(out, c), append(outAt, at[k])
	}
	if !joined {
		return nil, nil
	}
	return out, outAt
}

// holdsItem says a cell holds its paragraph numbered n: at its start, or
// after a stop or a break (…。2.开展…).
func holdsItem(cell string, n int) bool {
	p := strconv.Itoa(n)
	if m := cellItemRe.FindStringSubmatch(cell); m != nil && m[1] == p {
		return true
	}
	for _, sep := range []string{"。", "；", ";", CellBreak, " "} {
		for _, dot := range []string{".", "．", "、"} {
			if strings.Contains(cell, sep+p+dot) {
				return true
			}
		}
	}
	return false
}
