package notice

import "strings"

// A page's heading over a table whose own title repeats the heading's
// start (2023年…责任分解第一季度进展情况 / 2023年…责任分解 / 分类 / 序号 /
// …): the heading is the title; the repeat, and any line read as title
// after it (a column's name over the header, 分类), are none of it.

// titleRepeat cuts the list's title lines at the first that the lines
// before it already hold.
func (w *walker) titleRepeat() {
	for k := 1; k < len(w.titleLines); k++ {
		t := squeezeSpace(w.titleLines[k])
		if len([]rune(t)) >= 6 && strings.Contains(squeezeSpace(strings.Join(w.titleLines[:k], "")), t) {
			w.titleLines, w.titleAt = w.titleLines[:k], w.titleAt[:min(k, len(w.titleAt))]
			return
		}
	}
}
