package xlsx

import (
	"strings"

	"tally/internal/i18n"
)

// rowLines is how many lines of text a row shows: Excel makes no row
// higher than 409 points and cuts what is left of a cell's text, on the
// screen and on paper.
const rowLines = 25 // (409 - 3) / lineHeight, whole lines

// continueTall splits each row whose text needs more lines than a row
// shows (a 进展情况 of some 300 characters already does) into rows that
// show all of it. The first row keeps every value, each text too long
// cut where its row ends and marked （转下行）; each row after it carries
// the texts on, marked （接上行）, and repeats the values of the key
// columns (whose row it is: a task, a unit), nothing else, so that no
// figure is counted twice by a reader adding up the sheet.
func continueTall(cols []column, rows [][]any, keys []bool, lang i18n.Lang) [][]any {
	end, start := lang.Pick("（转下行）", " (continued below)"), lang.Pick("（接上行）", "(continued) ")
	var out [][]any
	for r, values := range rows {
		if rowHeight(cols, values) < 409 {
			if out != nil {
				out = append(out, values)
			}
			continue
		}
		var pieces [][]string
		n := 1
		for i, v := range values {
			s, ok := v.(string)
			if !ok || i >= len(cols) || keys[i] || (cols[i].kind != text && cols[i].kind != wrapped) {
				pieces = append(pieces, nil)
				continue
			}
			p := cutText(s, cols[i].width, end, start)
			pieces = append(pieces, p)
			n = max(n, len(p))
		}
		if n == 1 {
			if out != nil {
				out = append(out, values)
			}
			continue
		}
		if out == nil {
			out = append(make([][]any, 0, len(rows)+n), rows[:r]...)
		}
		for k := range n {
			row := make([]any, len(values))
			for i, v := range values {
				switch {
				case pieces[i] != nil && k < len(pieces[i]):
					row[i] = pieces[i][k]
				case k == 0 || (pieces[i] == nil && i < len(keys) && keys[i]):
					row[i] = v
				default:
					row[i] = "" // a bordered empty cell
				}
			}
			out = append(out, row)
		}
	}
	if out == nil {
		return rows
	}
	return out
}

// cutText cuts s into pieces that each fit in rowLines lines of a column
// width wide, with end after every piece but the last and start before
// every piece but the first; a piece ends after a full stop, a semicolon
// or a comma near where it must end, where there is one. A text that fits
// is one piece, as it is.
func cutText(s string, width float64, end, start string) []string {
	if linesIn(s, width) <= rowLines {
		return []string{s}
	}
	var pieces []string
	rest := []rune(s)
	lead := ""
	for {
		if linesIn(lead+string(rest), width) <= rowLines {
			return append(pieces, lead+string(rest))
		}
		// The most runes that fit with the marks: lines grow with the runes.
		lo, hi := 1, len(rest)
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if linesIn(lead+string(rest[:mid])+end, width) <= rowLines {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		n := breakBefore(rest, lo)
		piece := strings.TrimRight(string(rest[:n]), "\n ")
		pieces = append(pieces, lead+piece+end)
		rest = []rune(strings.TrimLeft(string(rest[n:]), "\n "))
		lead = start
	}
}

// breakBefore moves a cut at n back to just after the nearest full stop
// or semicolon within the last 40 runes, else comma, else a line break,
// else leaves it.
func breakBefore(r []rune, n int) int {
	for _, marks := range []string{"。；！？\n", "，、,;"} {
		for i := n; i > max(0, n-40); i-- {
			if strings.ContainsRune(marks, r[i-1]) {
				return i
			}
		}
	}
	return n
}
