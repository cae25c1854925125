package notice

import "strings"

// amongCells says the line at i ends in a lone cell mark (… |) as the
// lines of a table flattened one cell a line do, and the line before or
// after it that holds anything ends so too: a long cell of such a table
// (a progress cell of many sentences), not a page served as one long line
// whose last mark is the page's.
func amongCells(lines []Line, i int) bool {
	if _, ok := flatCell(lines[i].Text); !ok || !strings.HasSuffix(strings.TrimRight(lines[i].Text, " \u3000"), "|") {
		return false
	}
	for _, step := range []int{-1, 1} {
		k := i + step
		for k >= 0 && k < len(lines) && trimLine(lines[k].Text) == "" {
			k += step // past blank lines
		}
		if k < 0 || k >= len(lines) {
			continue
		}
		if c, ok := flatCell(lines[k].Text); ok && c != "" {
			return true
		}
	}
	return false
}
