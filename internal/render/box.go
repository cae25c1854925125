package render

import (
	"bufio"
	"io"
	"strings"
)

// PlainTables marks w so that the tables written to it are drawn in
// plain ASCII (+, -, |) rather than with box-drawing characters: for a
// console that would draw those at the wrong width, or as "?" (the
// legacy Windows console in code page 936).
func PlainTables(w io.Writer) io.Writer { return plainWriter{w} }

type plainWriter struct{ io.Writer }

// plain reports whether tables written to w are drawn in ASCII.
func plain(w io.Writer) bool {
	_, ok := w.(plainWriter)
	return ok
}

// boxChars are the characters a table is drawn with: corners and joins
// of the top, middle and bottom rules, the rule, and the column bar.
type boxChars struct {
	top, mid, bottom [3]string
	rule, bar        string
}

var (
	lightBox = boxChars{[3]string{"┌", "┬", "┐"}, [3]string{"├", "┼", "┤"}, [3]string{"└", "┴", "┘"}, "─", "│"}
	asciiBox = boxChars{[3]string{"+", "+", "+"}, [3]string{"+", "+", "+"}, [3]string{"+", "+", "+"}, "-", "|"}
)

// writeBox draws t as the light box tablewriter draws (the same bytes,
// tested against it), in one pass over the cells: tablewriter takes
// seconds on the quarter of a million rows a province quarter's diff has.
// With ascii, the same table in ASCII characters.
func (t *Table) writeBox(w io.Writer, ascii bool) error {
	box := lightBox
	if ascii {
		box = asciiBox
	}
	rows := make([][][]string, 0, len(t.Rows)+1) // row → cell → lines
	widths := make([]int, len(t.Head))
	add := func(r []string, row bool) {
		cells := make([][]string, len(widths))
		for i := range widths {
			c := ""
			if i < len(r) {
				c = r[i]
			}
			c = Safe(c) // no terminal control reaches the screen
			if row {
				c = strings.TrimRight(c, "\n")
				if n := t.Wrap[i]; n > 0 {
					c = WrapText(c, n)
				}
			}
			cells[i] = strings.Split(c, "\n")
			for _, l := range cells[i] {
				widths[i] = max(widths[i], Width(l))
			}
		}
		rows = append(rows, cells)
	}
	add(t.Head, false)
	for _, r := range t.Rows {
		add(r, true)
	}
	b := bufio.NewWriterSize(w, 64<<10)
	rule := func(c [3]string) {
		b.WriteString(c[0])
		for i, wd := range widths {
			if i > 0 {
				b.WriteString(c[1])
			}
			b.WriteString(strings.Repeat(box.rule, wd+2))
		}
		b.WriteString(c[2] + "\n")
	}
	rule(box.top)
	for ri, cells := range rows {
		if ri == 1 {
			rule(box.mid)
		}
		height := 1
		for _, c := range cells {
			height = max(height, len(c))
		}
		for l := 0; l < height; l++ {
			b.WriteString(box.bar)
			for i, c := range cells {
				s := ""
				if l < len(c) {
					s = c[l]
				}
				pad := strings.Repeat(" ", widths[i]-Width(s))
				if ri > 0 && t.Right[i] {
					b.WriteString(" " + pad + s + " " + box.bar)
				} else {
					b.WriteString(" " + s + pad + " " + box.bar)
				}
			}
			b.WriteString("\n")
		}
	}
	rule(box.bottom)
	return b.Flush()
}
