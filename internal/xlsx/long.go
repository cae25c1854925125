package xlsx

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Texts too long for a row. Excel and WPS give a row at most 409 points,
// about 25 lines of body text: the rest of a longer cell is not shown or
// printed, without a sign. Such a cell keeps its whole text, so that
// filters, sums over rows and copying still see everything, and every
// row still stands for one pair; it opens with a mark naming the entry of
// the 全文 sheet, which prints the text whole, over as many rows as it
// needs.

// maxRowHeight is the tallest row Excel and WPS keep, in points.
const maxRowHeight = 409

// maxLines is how many lines of body text a row shows.
var maxLines = int(math.Floor((maxRowHeight - 3) / lineHeight))

// fullWidth is the width of the 全文 sheet's text column.
const fullWidth = 90

// longText is a text too long for its row, and the cells that hold it:
// a task's title is on every row of the task, under one entry.
type longText struct {
	cells  []string // where it is: 明细 G5, in the order met
	column string   // the head of the column it was first met in: 进展情况
	row    string   // what that row is about: its task id and unit
	text   string
}

// markLong finds the cells of rows too long for a row, keeps each one's
// text for the 全文 sheet and opens it with the mark naming its entry: the
// same text the same entry, so that a filter or a count over a column
// still finds one value where the text is one.
// keys are the columns that say what a row is about (task id, unit).
func (b *builder) markLong(sheet string, cols []column, rows [][]any, keys []int) {
	if b.fullDone {
		return // the 全文 sheet itself: its rows are cut to fit
	}
	for r, values := range rows {
		about, known := "", false // the keys as they were, before any is marked
		for i, v := range values {
			s, ok := v.(string)
			if !ok || i >= len(cols) || cols[i].kind != text && cols[i].kind != wrapped {
				continue
			}
			if len(s) < maxLines || linesIn(s, cols[i].width) <= maxLines { // a text of n bytes takes n+1 lines at most
				continue
			}
			if !known {
				about, known = rowAbout(values, keys), true
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
			n, seen := b.longAt[s]
			if !seen {
				b.long = append(b.long, longText{column: cols[i].head, row: about, text: s})
				n = len(b.long)
				if b.longAt == nil {
					b.longAt = map[string]int{}
				}
				b.longAt[s] = n
			}
			b.long[n-1].cells = append(b.long[n-1].cells, sheet+" "+cell)
			values[i] = b.t(fmt.Sprintf("〔文字过长，全文见“%s”表第 %d 条〕", b.fullName(), n),
				fmt.Sprintf("[Too long for the row: full text in item %d of sheet %s]", n, b.fullName())) + "\n" + s
		}
	}
}

// rowAbout is what a row is about: the texts of its key columns.
func rowAbout(values []any, keys []int) string {
	var about []string
	for _, k := range keys {
		if k < len(values) {
			if s, ok := values[k].(string); ok && s != "" {
				about = append(about, s)
			}
		}
	}
	return strings.Join(about, " ")
}

// fullName is the name of the 全文 sheet.
func (b *builder) fullName() string { return b.t("全文", "Full text") }

// fullText writes the 全文 sheet: each long text by the number its mark
// gives, where it is, and the text, cut into rows that show whole. Every
// row of a text says which text and which part it is, so that a filter or
// a sort by any column keeps a text's parts together.
func (b *builder) fullText(name string) (string, error) {
	cols := []column{
		{b.t("序号", "No."), 5, center}, {b.t("位置", "Cell"), 14, wrapped}, {b.t("所在行", "Row"), 20, text},
		{b.t("栏目", "Column"), 10, center}, {b.t("段", "Part"), 6, center}, {b.t("全文", "Full text"), fullWidth, wrapped},
	}
	var rows [][]any
	for n, l := range b.long {
		where, about := l.cells[0], l.row
		if more := len(l.cells) - 1; more > 0 {
			where += b.t(fmt.Sprintf(" 等 %d 处", len(l.cells)), fmt.Sprintf(" and %d more", more))
			about += b.t(" 等", " etc.")
		}
		parts := splitLines(l.text, fullWidth, maxLines)
		for k, part := range parts {
			rows = append(rows, []any{n + 1, where, about, l.column, fmt.Sprintf("%d/%d", k+1, len(parts)), part})
		}
	}
	b.fullDone = true // no marks on this sheet
	return b.table(name, cols, rows, 0)
}

// splitLines cuts s into parts that each take at most lines lines in a
// column of width units: after the last line break, sentence end (。！？；)
// or pause (，、) that fits, or else between two characters that are not
// both Latin letters or digits, so that a word or an amount (1,250,000)
// stays whole where it can.
func splitLines(s string, width float64, lines int) []string {
	var parts []string
	usable := usableUnits(width)
	for {
		if s == "" && len(parts) > 0 { // only line breaks were left
			return parts
		}
		// What fits is within the first lines×usable units and lines line
		// breaks: only that window is measured, never the whole rest (a
		// text of megabytes is cut in time linear in its length).
		var ends []int // where each character of the window ends
		i, w, breaks := 0, 0, 0
		for i < len(s) && w < lines*usable && breaks <= lines {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == '\n' {
				breaks++
			}
			w += cellWidth.RuneWidth(r)
			i += size
			ends = append(ends, i)
		}
		if i == len(s) && linesIn(s, width) <= lines {
			return append(parts, s)
		}
		// The longest prefix of the window that fits, by halving.
		n := sort.Search(len(ends), func(k int) bool { return linesIn(s[:ends[k]], width) > lines })
		lo := 0
		if n > 0 {
			lo = ends[n-1]
		}
		cut := breakBefore(s, lo)
		if cut == 0 { // not even one character fits: give it a row of its own
			_, cut = utf8.DecodeRuneInString(s)
		}
		parts = append(parts, strings.TrimRight(s[:cut], "\n"))
		s = strings.TrimLeft(s[cut:], "\n")
	}
}

// breakBefore is where to cut s at or before end: after a line break,
// a sentence's end or a pause in the last part of it, else at end unless
// that splits a word.
func breakBefore(s string, end int) int {
	if end >= len(s) {
		return len(s)
	}
	floor := end / 2 // a break too early wastes the row: cut at end rather
	for _, marks := range []string{"\n", "。！？；", "，、"} {
		for i := end; i > floor; {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if strings.ContainsRune(marks, r) && !inNumber(s, i) {
				return i
			}
			i -= size
		}
	}
	for i := end; i > floor; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i:])
		if !(latin(r) && latin(next)) && !inNumber(s, i) {
			return i
		}
		i -= size
	}
	return end
}

// inNumber tells whether cutting s at i splits a number: digits on both
// sides, or a separator between digits on one (1，250，000, 3.5, １２);
// a list 11、12 may break after its 、.
func inNumber(s string, i int) bool {
	r1, n := utf8.DecodeLastRuneInString(s[:i])
	if separator(r1) {
		r1, _ = utf8.DecodeLastRuneInString(s[:i-n])
	}
	n1, n := utf8.DecodeRuneInString(s[i:])
	if separator(n1) {
		n1, _ = utf8.DecodeRuneInString(s[i+n:])
	}
	return digit(r1) && digit(n1)
}

func digit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func separator(r rune) bool { return strings.ContainsRune(",.，．", r) }

// latin tells whether r belongs to a Latin word or an amount.
func latin(r rune) bool {
	return r < utf8.RuneSelf && r != ' ' && r != '\n'
}
