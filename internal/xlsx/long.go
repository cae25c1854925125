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

// longText is a cell whose text a row cannot show whole.
type longText struct {
	sheet, cell string // where it is: 明细, G5
	column      string // the column's head: 进展情况
	row         string // what the row is about: its task id and unit
	text        string
}

// markLong finds the cells of rows too long for a row, keeps each one's
// text for the 全文 sheet and opens it with the mark naming its entry.
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
			b.long = append(b.long, longText{sheet: sheet, cell: cell, column: cols[i].head, row: about, text: s})
			values[i] = b.t(fmt.Sprintf("〔文字过长，全文见“%s”表第 %d 条〕", b.fullName(), len(b.long)),
				fmt.Sprintf("[Too long for the row: full text in item %d of sheet %s]", len(b.long), b.fullName())) + "\n" + s
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
// gives, where it is, and the text, cut into rows that show whole.
func (b *builder) fullText(name string) (string, error) {
	cols := []column{
		{b.t("序号", "No."), 5, center}, {b.t("位置", "Cell"), 12, center}, {b.t("所在行", "Row"), 20, text},
		{b.t("栏目", "Column"), 10, center}, {b.t("全文", "Full text"), fullWidth, wrapped},
	}
	var rows [][]any
	for n, l := range b.long {
		for k, part := range splitLines(l.text, fullWidth, maxLines) {
			if k == 0 {
				rows = append(rows, []any{n + 1, l.sheet + " " + l.cell, l.row, l.column, part})
				continue
			}
			rows = append(rows, []any{n + 1, b.t("（续）", "(cont.)"), "", "", part})
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
	usable := max(int(width)-1, 1)
	for linesIn(s, width) > lines {
		// What fits is within the first lines×usable units: the longest
		// prefix of those that fits, by halving.
		var ends []int // where each character of that part ends
		for i, w := 0, 0; i < len(s) && w < lines*usable; {
			r, size := utf8.DecodeRuneInString(s[i:])
			w += cellWidth.RuneWidth(r)
			i += size
			ends = append(ends, i)
		}
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
	return append(parts, s)
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
			if strings.ContainsRune(marks, r) {
				return i
			}
			i -= size
		}
	}
	for i := end; i > floor; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i:])
		if !(latin(r) && latin(next)) {
			return i
		}
		i -= size
	}
	return end
}

// latin tells whether r belongs to a Latin word or an amount.
func latin(r rune) bool {
	return r < utf8.RuneSelf && r != ' ' && r != '\n'
}
