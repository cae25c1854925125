// Package xlsx writes the quarterly workbook (DESIGN §5) with excelize:
// print-ready sheets streamed row by row, and bytes that depend only on
// the data and the flags.
package xlsx

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"

	"tally/internal/ledger"
	"tally/internal/render"
)

// kind is how a column's values are stored and styled.
type kind int

const (
	text    kind = iota // left-aligned text
	wrapped             // long text, wrapped
	number              // a whole number, right-aligned
	percent             // a fraction shown as a percentage
	center              // short centred text (ids, dates, statuses)
	lightK              // a light (红/黄/绿) with its fill
	amountK             // a number as written (26, 1.5), right-aligned: a target's
)

type column struct {
	head  string
	width float64 // in Excel character units
	kind  kind
}

// cell is a value with an optional light for its fill.
type lit struct {
	label string
	light ledger.Light
}

// noted is a progress shown with a note after the number: a task's that
// stands for fewer than all its units, 100.0%（1/10） (DESIGN §2), or a
// pair's carried from an earlier period, 60.0%（沿用 2019Q2）. The cell keeps
// the number.
type noted struct {
	value float64 // a fraction
	note  string  // （1/10）
}

// styles are created once per workbook.
type styles struct {
	f                            *excelize.File
	title, subtitle, label, head int
	note, figure, figurePct      int // the cover's footnote and headline figures
	figureLabel                  int
	byKind                       map[kind]int
	light                        [4]int
	border                       []excelize.Border
	noted                        map[string]int // percent styles by note
}

const (
	bodyFont  = "宋体"
	titleFont = "黑体"
)

func newStyles(f *excelize.File) (*styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "808080", Style: 1}, {Type: "right", Color: "808080", Style: 1},
		{Type: "top", Color: "808080", Style: 1}, {Type: "bottom", Color: "808080", Style: 1},
	}
	body := &excelize.Font{Family: bodyFont, Size: 11}
	pct := "0.0%"
	s := &styles{f: f, byKind: map[kind]int{}, border: border, noted: map[string]int{}}
	var err error
	mk := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	s.title = mk(&excelize.Style{Font: &excelize.Font{Family: titleFont, Size: 15, Bold: true},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	// Wrapped: the cover's 四、需催报 heading, with its counts by why, runs
	// longer than the page is wide, and its row is made tall for it; not
	// wrapped, its end was cut in print (walk 10).
	s.subtitle = mk(&excelize.Style{Font: &excelize.Font{Family: titleFont, Size: 12, Bold: true}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	s.label = mk(&excelize.Style{Font: &excelize.Font{Family: bodyFont, Size: 10}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	s.note = mk(&excelize.Style{Font: &excelize.Font{Family: bodyFont, Size: 8, Color: "595959"}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	s.figure = mk(&excelize.Style{Font: &excelize.Font{Family: bodyFont, Size: 14, Bold: true}, Border: border, NumFmt: 1,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	s.figurePct = mk(&excelize.Style{Font: &excelize.Font{Family: bodyFont, Size: 14, Bold: true}, Border: border, CustomNumFmt: &pct,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	s.figureLabel = mk(&excelize.Style{Font: &excelize.Font{Family: bodyFont, Size: 10}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	s.head = mk(&excelize.Style{Font: &excelize.Font{Family: titleFont, Size: 11, Bold: true}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	s.byKind[text] = mk(&excelize.Style{Font: body, Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	s.byKind[wrapped] = mk(&excelize.Style{Font: body, Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	s.byKind[number] = mk(&excelize.Style{Font: body, Border: border, NumFmt: 1, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}})
	s.byKind[amountK] = mk(&excelize.Style{Font: body, Border: border, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}})
	s.byKind[percent] = mk(&excelize.Style{Font: body, Border: border, CustomNumFmt: &pct, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}})
	// Short centred text does not wrap: a date or a number never breaks.
	s.byKind[center] = mk(&excelize.Style{Font: body, Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", ShrinkToFit: true}})
	// Green, yellow, red, and grey for a pair with no light (未报).
	for l, color := range []string{"C6EFCE", "FFEB9C", "FFC7CE", "EDEDED"} {
		s.light[l] = mk(&excelize.Style{Font: &excelize.Font{Family: bodyFont, Size: 11, Bold: l == int(ledger.Red)}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	}
	return s, err
}

// lineHeight is the height in points of one line of 11-point 宋体, with
// room for the fonts LibreOffice substitutes.
const lineHeight = 16.0

// rowHeight estimates the height that shows every line of a row's wrapped
// text, which Excel does not compute for written files.
func rowHeight(cols []column, values []any) float64 {
	lines := 1
	for i, v := range values {
		s, ok := v.(string)
		if !ok || i >= len(cols) {
			continue
		}
		lines = max(lines, linesIn(s, cols[i].width))
	}
	return math.Min(maxRowHeight, float64(lines)*lineHeight+3)
}

// linesIn counts the lines s takes in a column of width character units,
// wrapped as Excel and WPS wrap it: a Chinese character may end a line
// anywhere, a run of Latin letters, digits and punctuation (a word, an
// amount such as 1,250,000) only where a space is, unless it is longer
// than a line; spaces at a line's end hang past it. Characters of
// ambiguous width (“ ” · …) are full width in 宋体.
func linesIn(s string, width float64) int {
	usable := usableUnits(width)
	// No character is wider than its UTF-8 bytes: a text of no more bytes
	// than a line holds half-width characters, without a break, takes one
	// line.
	if len(s) <= usable && strings.IndexByte(s, '\n') < 0 {
		return 1
	}
	n := 0
	for {
		para, rest, more := strings.Cut(s, "\n")
		n += wrapLines(para, usable)
		if !more {
			return n
		}
		s = rest
	}
}

// usableUnits is how many half-width characters of 11-point 宋体 a line of
// a column of width character units holds. Excel makes such a column 7
// pixels a unit wide (the digit width of its default font), of which 5 are
// the cell's margins and grid line; 宋体 draws a Chinese character 15
// pixels wide, a Latin letter or digit half that. A column 15 wide holds 6
// Chinese characters a line, 24 wide 10, where counting 2 units a
// character gave 7 and 11 and rows one line too short.
func usableUnits(width float64) int {
	return max(int((7*width-5)/7.5), 1)
}

// cellWidth measures characters as a cell in 宋体 shows them.
var cellWidth = &runewidth.Condition{EastAsianWidth: true}

// wrapLines counts the lines of one paragraph wrapped at usable units.
func wrapLines(p string, usable int) int {
	lines, col := 1, 0
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == ' ':
			if col < usable {
				col++
			}
			i++
		case c < utf8.RuneSelf:
			j := i + 1
			for j < len(p) && p[j] < utf8.RuneSelf && p[j] != ' ' {
				j++
			}
			w := j - i
			if col > 0 && col+w > usable {
				lines, col = lines+1, 0
			}
			if col+w > usable { // a word longer than a line breaks inside
				lines += (col + w - 1) / usable
				col = (col+w-1)%usable + 1
			} else {
				col += w
			}
			i = j
		default:
			r, size := utf8.DecodeRuneInString(p[i:])
			w := 2 // the CJK ideographs, most of a report's text
			if r < 0x4e00 || r > 0x9fff {
				w = cellWidth.RuneWidth(r)
			}
			if col > 0 && col+w > usable {
				lines, col = lines+1, 0
			}
			col += w
			i += size
		}
	}
	return lines
}

// balanced breaks a title that wraps at usable units into lines of about
// even width, with explicit line breaks: wrapped as a cell wraps, a title
// one character longer than a line left that character alone on the last
// line. The breaks are those that make the widest line narrowest (then
// the lines most even), taking as many lines as the cell would: never
// before closing punctuation nor after an opening mark, never inside a
// Latin word, a space at a break dropped. p is given back as it is where
// it takes one line, or where no such breaks fit.
func balanced(p string, usable int) string {
	k := wrapLines(p, usable)
	if k < 2 || strings.IndexByte(p, '\n') >= 0 {
		return p
	}
	type token struct {
		s string
		w int
	}
	var toks []token
	for i := 0; i < len(p); {
		j, w := i+1, 1
		if p[i] < utf8.RuneSelf {
			for j < len(p) && p[j] < utf8.RuneSelf && p[i] != ' ' && p[j] != ' ' {
				j++
			}
			w = j - i
		} else {
			r, size := utf8.DecodeRuneInString(p[i:])
			j, w = i+size, 2
			if r < 0x4e00 || r > 0x9fff {
				w = cellWidth.RuneWidth(r)
			}
		}
		toks = append(toks, token{p[i:j], w})
		i = j
	}
	n := len(toks)
	one := func(t token, set string) bool { return utf8.RuneCountInString(t.s) == 1 && strings.Contains(set, t.s) }
	breakable := func(i int) bool { // a break before toks[i]
		return i > 0 && i < n && !one(toks[i], "，。、；：）》」』”’！？,.;:)]〉】〕") && !one(toks[i-1], "（《「『“‘([〈【〔")
	}
	// width of toks[a:b] as a line: spaces at its ends dropped.
	width := func(a, b int) int {
		for a < b && toks[a].s == " " {
			a++
		}
		for b > a && toks[b-1].s == " " {
			b--
		}
		w := 0
		for _, t := range toks[a:b] {
			w += t.w
		}
		return w
	}
	const inf = 1 << 30
	type cost struct{ max, squares int }
	less := func(x, y cost) bool { return x.max < y.max || x.max == y.max && x.squares < y.squares }
	// best[j][i]: the first i tokens in j lines; from[j][i] where the last
	// of those lines starts.
	best := make([][]cost, k+1)
	from := make([][]int, k+1)
	for j := range best {
		best[j], from[j] = make([]cost, n+1), make([]int, n+1)
		for i := range best[j] {
			best[j][i] = cost{inf, inf}
		}
	}
	best[0][0] = cost{0, 0}
	for j := 1; j <= k; j++ {
		for i := 1; i <= n; i++ {
			if i < n && !breakable(i) {
				continue
			}
			for a := 0; a < i; a++ {
				if best[j-1][a].max == inf || a > 0 && !breakable(a) {
					continue
				}
				w := width(a, i)
				if w > usable {
					continue
				}
				c := cost{max(best[j-1][a].max, w), best[j-1][a].squares + w*w}
				// Equal, the later start: the lines above the longer, as a
				// title is set.
				if less(c, best[j][i]) || c == best[j][i] && a > from[j][i] {
					best[j][i], from[j][i] = c, a
				}
			}
		}
	}
	if best[k][n].max == inf {
		return p
	}
	var lines []string
	for j, i := k, n; j > 0; j-- {
		a := from[j][i]
		var b strings.Builder
		for _, t := range toks[a:i] {
			b.WriteString(t.s)
		}
		lines = append(lines, strings.TrimSpace(b.String()))
		i = a
	}
	slices.Reverse(lines)
	return strings.Join(lines, "\n")
}

// layout is how a sheet prints.
type layout struct {
	portrait  bool
	onePage   bool // fit the whole sheet on one page, not only one page wide
	headerRow int  // repeated at the top of every printed page (0: none)
	printTo   string
}

// page sets print layout: A4, one page wide (or one page), the header rows
// repeated, the page header naming the list, the sheet and the period, page
// numbers in the footer, margins that leave the header and footer room. It
// must run before the sheet's stream is flushed.
func (b *builder) page(name string, l layout) error {
	return printLayout(b.f, name, l, b.header(name), b.footer)
}

// printLayout is page for any workbook: header and footer are the page
// header and footer codes.
func printLayout(f *excelize.File, name string, l layout, header, footer string) error {
	orient := "landscape"
	if l.portrait {
		orient = "portrait"
	}
	size := 9 // A4
	one, height := 1, 0
	if l.onePage {
		height = 1
	}
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &height}); err != nil {
		return err
	}
	side, edge, hf := 0.4, 0.75, 0.3
	if err := f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &edge, Bottom: &edge, Header: &hf, Footer: &hf}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{OddHeader: header, OddFooter: footer}); err != nil {
		return err
	}
	if l.printTo != "" {
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("'%s'!$A$1:%s", name, l.printTo), Scope: name}); err != nil {
			return err
		}
	}
	if l.headerRow > 0 {
		return f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$%d:$%d", name, l.headerRow, l.headerRow), Scope: name,
		})
	}
	return nil
}

// header is a sheet's page header: the list left, the sheet centred, the
// period right. Header text is limited to 255 characters, so a long title
// is shortened; & is doubled as the header codes require.
func (b *builder) header(sheet string) string {
	esc := func(s string, max int) string {
		r := []rune(strings.ReplaceAll(s, "\n", " "))
		if len(r) > max {
			r = append(r[:max-1], '…')
		}
		return strings.ReplaceAll(string(r), "&", "&&")
	}
	// The list's title at most 60 half-width units (30 Chinese characters,
	// about 95 mm at 9 points): longer, it ran into the sheet's name at
	// the centre of a portrait page (probe 10).
	title := []rune(strings.ReplaceAll(b.meta.Title, "\n", " "))
	for w, i := 0, 0; i < len(title); i++ {
		if w += cellWidth.RuneWidth(title[i]); w > 60 {
			title = append(title[:i-1:i-1], '…')
			break
		}
	}
	return "&L&\"" + bodyFont + "\"&9 " + esc(string(title), len(title)) +
		"&C&\"" + titleFont + "\"&11 " + esc(sheet, 20) +
		"&R&\"" + bodyFont + "\"&9 " + esc(render.PeriodLabel(b.lg.Period.ID, b.lang), 30)
}

// table streams one sheet: a header row, frozen and filtered, then rows.
// Columns from printed on are on screen only (ids beside the names); the
// columns keys say what a row is about (a task id, a unit), where a text
// too long for its row is sent to the 全文 sheet. It returns the range the
// filter covers.
func (b *builder) table(name string, cols []column, rows [][]any, printed int, keys ...int) (string, error) {
	f, st := b.f, b.st
	fit := true
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return "", err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return "", err
	}
	// Last column first: the stream writer puts each column before those
	// set earlier, and Excel expects them in order (out of order, it
	// offers to repair the file and drops the widths).
	for i := len(cols) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, cols[i].width); err != nil {
			return "", err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return "", err
	}
	head := make([]any, len(cols))
	heads := make([]any, len(cols))
	for i, c := range cols {
		head[i] = excelize.Cell{StyleID: st.head, Value: c.head}
		heads[i] = c.head
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: rowHeight(cols, heads)}); err != nil {
		return "", err
	}
	safeRows(rows)
	b.markLong(name, cols, rows, keys)
	// Rows tableRows can write are left to normalize, which writes them
	// into the archive; their styles are made here all the same, in the
	// same order.
	direct := b.tables != nil && writable(rows)
	for r, values := range rows {
		cells := make([]any, len(values))
		for i, v := range values {
			if cells[i], err = styled(st, cols[i].kind, v); err != nil {
				return "", err
			}
		}
		if direct {
			continue
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", r+2), cells, excelize.RowOpts{Height: rowHeight(cols, values)}); err != nil {
			return "", err
		}
	}
	if direct {
		b.tables[name] = &tableRows{cols: cols, rows: rows, st: st}
	}
	lastRow := max(len(rows)+1, 2)
	l := layout{headerRow: 1}
	if printed > 0 && printed < len(cols) {
		c, _ := excelize.ColumnNumberToName(printed)
		l.printTo = fmt.Sprintf("$%s$%d", c, lastRow)
	}
	if err := b.page(name, l); err != nil {
		return "", err
	}
	if err := sw.Flush(); err != nil {
		return "", err
	}
	// excelize's AutoFilter reads a streamed sheet back whole and still
	// leaves out the <autoFilter> element; normalize writes the filter.
	last, _ := excelize.CoordinatesToCellName(len(cols), lastRow)
	return "A1:" + last, nil
}

// safeRows makes the text of rows harmless where it quotes the data, as
// the brief and the site do (render.Safe): a control shows as its symbol,
// a bidirectional override or isolate, which would reorder what Excel or
// WPS shows, as U+FFFD. Line breaks stay.
func safeRows(rows [][]any) {
	for _, values := range rows {
		for i, v := range values {
			switch v := v.(type) {
			case string:
				if s := render.Safe(v); s != v {
					values[i] = s
				}
			case lit:
				if s := render.Safe(v.label); s != v.label {
					values[i] = lit{s, v.light}
				}
			}
		}
	}
}

func styled(st *styles, k kind, v any) (excelize.Cell, error) {
	switch v := v.(type) {
	case lit:
		return excelize.Cell{StyleID: st.light[v.light], Value: v.label}, nil
	case noted:
		id, err := st.withNote(v.note)
		return excelize.Cell{StyleID: id, Value: v.value}, err
	}
	return excelize.Cell{StyleID: st.byKind[k], Value: v}, nil
}

// withNote is the percent style that shows a note after the number: the
// cell keeps its value for sums and filters, and reads 100.0%（1/10）.
func (st *styles) withNote(note string) (int, error) {
	if id, ok := st.noted[note]; ok {
		return id, nil
	}
	format := `0.0%"` + strings.ReplaceAll(note, `"`, "") + `"`
	id, err := st.f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: bodyFont, Size: 11}, Border: st.border, CustomNumFmt: &format,
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}})
	st.noted[note] = id
	return id, err
}
