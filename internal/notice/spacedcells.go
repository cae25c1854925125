package notice

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
