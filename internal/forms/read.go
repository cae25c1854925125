package forms

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"tally/internal/i18n"
)

// MaxSize bounds a form file: a form is tens of KB.
const MaxSize = 16 << 20

// MaxRows bounds the task rows of a form: a list has at most a few hundred tasks.
const MaxRows = 2000

// Cell is what one cell of a filled form holds.
type Cell struct {
	Ref    string  // A1 style, on the form's sheet
	Text   string  // trimmed text, or the number to Excel's 15 digits (80.4, not 80.40000000000001)
	Number bool    // a numeric cell (dates are numbers with a date format)
	Value  float64 // its number, when Number
	// Shown is a number as the cell shows it, its number format applied
	// ("10月31日" for 43769 as a date, "35%" for 0.35), when Number.
	Shown string
	// Formula is the cell's formula when the file holds no value for it
	// (a workbook written by a program, never opened in Excel or WPS):
	// what the cell shows is not in the file.
	Formula string
}

// A Merge is a range of merged cells of the form's sheet that covers
// more than one cell collect reads: only its first cell holds a value.
type Merge struct {
	Range   string   // "E5:G5"
	First   Cell     // the cell the value belongs to
	Covered []string // the other cells collect reads, as refs, in order
}

// Row is one task row of a filled form.
type Row struct {
	Cells [columns]Cell
}

// Form is a filled form as read: its identity, its labelled cells and
// its task rows.
type Form struct {
	Sheet    string
	Unit     string // identity, from the hidden sheet
	Period   string
	Version  string
	UnitName string
	Heading  Cell // the title cell
	Date1904 bool
	// Submitted and Contact are the cells right of their labels.
	Submitted, Contact Cell
	Rows               []Row
	// Merges are the merged ranges over cells collect reads; a covered
	// cell reads as what the file holds for it (nothing, as a rule), not
	// as the first cell's value, which Excel shows across the range.
	Merges []Merge

	merges []rect     // the sheet's merged ranges
	own    [][]string // the sheet's cells as the file holds them, merges aside
}

// ErrNotWorkbook means the file is not an .xlsx workbook.
var ErrNotWorkbook = errors.New("not an xlsx workbook")

// NotForm is why a workbook is not a form tally can read: Msg, at Cell
// ("sheet!B5") where one cell is the reason. TooLarge marks a workbook
// over the bounds of a form (guard.go).
type NotForm struct {
	Msg      i18n.Text
	Cell     string
	TooLarge bool
}

func (e *NotForm) Error() string { return e.Msg.En }

// Read reads a filled form.
func Read(r io.Reader) (fm *Form, err error) {
	defer func() {
		// A workbook the spreadsheet library cannot make sense of is
		// refused like any other damaged file, never a crash.
		if recover() != nil {
			fm, err = nil, ErrNotWorkbook
		}
	}()
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, ErrNotWorkbook
	}
	if len(data) > MaxSize {
		return nil, tooBig("", i18n.F("文件超过 %d MB，不是报送表", "the file is over %d MB: not a form", MaxSize>>20))
	}
	if err := guard(data); err != nil {
		return nil, err
	}
	// A number is shown as Chinese Excel shows it: the built-in formats
	// of a Chinese workbook (58 is m"月"d"日") are the zh-CN ones.
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxPart,
		CultureInfo: excelize.CultureNameZhCN})
	if err != nil {
		return nil, ErrNotWorkbook
	}
	defer f.Close()
	fm = &Form{}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		fm.Date1904 = *props.Date1904
	}
	id, err := f.GetRows(idSheet)
	if err != nil {
		return nil, &NotForm{Msg: i18n.T("不是 tally forms 生成的报送表（没有表格标识）", "not a form written by tally forms (it carries no identity)")}
	}
	for _, row := range id {
		if len(row) < 2 {
			continue
		}
		v := strings.TrimSpace(row[1])
		switch row[0] {
		case idKeys[0]:
			fm.Unit = v
		case idKeys[1]:
			fm.Period = v
		case idKeys[2]:
			fm.Version = v
		case idKeys[3]:
			fm.UnitName = v
		}
	}
	if fm.Unit == "" || fm.Period == "" || fm.Version == "" {
		return nil, &NotForm{Msg: i18n.T("报送表的标识不完整（缺少单位、期次或版本）", "the form's identity is incomplete (unit, period or version missing)")}
	}
	if fm.Version != Version {
		return nil, &NotForm{Msg: i18n.F("报送表版本“%s”无法识别；请用本程序重新生成报送表", "form version %q is not one this program reads; write the forms again", fm.Version)}
	}
	if err := fm.readSheet(f); err != nil {
		return nil, err
	}
	return fm, nil
}

// readSheet finds the form's sheet, its header row and labels, and reads
// the rows below the header.
func (fm *Form) readSheet(f *excelize.File) error {
	for _, name := range f.GetSheetList() {
		if name == idSheet {
			continue
		}
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			continue
		}
		head, cols := findHeader(rows)
		if head < 0 {
			continue
		}
		if len(rows)-head-1 > MaxRows {
			return &NotForm{Msg: i18n.F("报送表有 %d 行，超过 %d 行，不是 tally forms 生成的报送表", "the form has %d rows, over %d: not a form written by tally forms", len(rows)-head-1, MaxRows)}
		}
		fm.Sheet = name
		merges := fm.coverMerges(f)
		fm.own = rows
		fm.Heading = fm.cell(f, 0, titleRow)
		for r := 0; r < head; r++ {
			for c, v := range rows[r] {
				v = strings.TrimSpace(v)
				if isLabel(v, func(l labels) string { return l.submitted }) {
					fm.Submitted = fm.cell(f, c+1, r+1)
				}
				if isLabel(v, func(l labels) string { return l.contact }) {
					fm.Contact = fm.cell(f, c+1, r+1)
				}
			}
		}
		for r := head + 1; r < len(rows); r++ {
			var row Row
			empty := true
			for c := range columns {
				if cols[c] < 0 {
					row.Cells[c] = Cell{Ref: cell(0, r+1)}
					continue
				}
				row.Cells[c] = fm.cell(f, cols[c], r+1)
				if row.Cells[c].Text != "" {
					empty = false
				}
			}
			if !empty {
				fm.Rows = append(fm.Rows, row)
			}
		}
		fm.readMerges(merges, cols)
		return nil
	}
	return &NotForm{Msg: i18n.T("找不到表头（任务编号、状态、进度……）；报送表的表头行不要改动", "no header row (任务编号, 状态, 进度, …) was found; leave the form's header as it is")}
}

// findHeader finds the row holding the task-id heading (0-based) and the
// column of each heading in it, -1 where one is missing.
func findHeader(rows [][]string) (int, [columns]int) {
	var cols [columns]int
	for r := 0; r < len(rows) && r < 30; r++ {
		found := false
		for c := range cols {
			cols[c] = -1
		}
		for c, v := range rows[r] {
			v = strings.TrimSpace(v)
			for k := range columns {
				if isLabel(v, func(l labels) string { return l.heads[k] }) {
					cols[k] = c
					found = found || k == colTask
				}
			}
		}
		if found && cols[colStatus] >= 0 && cols[colProgress] >= 0 && cols[colSummary] >= 0 {
			return r, cols
		}
	}
	return -1, cols
}

// isLabel reports whether s is the label pick gives, in either language.
func isLabel(s string, pick func(labels) string) bool {
	for _, l := range labelsIn {
		if s == pick(l) {
			return true
		}
	}
	return false
}

// cell reads column c (0-based), row r (1-based). A cell covered by a
// merged range reads as the file holds it: the spreadsheet library would
// give the range's first value for every cell of it.
func (fm *Form) cell(f *excelize.File, c, r int) Cell {
	ref := cell(c, r)
	out := Cell{Ref: ref}
	if fm.isCovered(c, r) {
		if r-1 < len(fm.own) && c < len(fm.own[r-1]) {
			out.Text = strings.TrimSpace(strings.ReplaceAll(fm.own[r-1][c], "\r\n", "\n"))
		}
		return out
	}
	sheet := fm.sheetOr(f)
	raw, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		return out
	}
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	out.Text = strings.TrimSpace(raw)
	if out.Text == "" {
		if formula, _ := f.GetCellFormula(sheet, ref); formula != "" {
			out.Formula = "=" + strings.TrimPrefix(formula, "=")
		}
		return out
	}
	typ, _ := f.GetCellType(sheet, ref)
	switch typ {
	case excelize.CellTypeUnset, excelize.CellTypeNumber, excelize.CellTypeDate:
		if v, err := strconv.ParseFloat(out.Text, 64); err == nil && !math.IsInf(v, 0) && !math.IsNaN(v) {
			out.Number, out.Value = true, v
			out.Text = excelNumber(v)
			out.Shown = out.Text
			if shown, err := f.GetCellValue(sheet, ref); err == nil {
				out.Shown = strings.TrimSpace(shown)
			}
		}
	}
	return out
}

// excelNumber writes v as Excel keeps it: to 15 significant digits, so a
// value a program stored as 80.40000000000001 reads 80.4, as the cell
// shows it; never in exponent form.
func excelNumber(v float64) string {
	if r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64); err == nil {
		v = r
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// A rect is a merged range: its first and last columns (0-based) and
// rows (1-based).
type rect struct{ c1, r1, c2, r2 int }

func (m rect) has(c, r int) bool { return c >= m.c1 && c <= m.c2 && r >= m.r1 && r <= m.r2 }

// coverMerges reads the sheet's merged ranges (guard bounds their number).
func (fm *Form) coverMerges(f *excelize.File) []rect {
	mcs, err := f.GetMergeCells(fm.Sheet, true)
	if err != nil || len(mcs) == 0 {
		return nil
	}
	var out []rect
	for _, mc := range mcs {
		c1, r1, err1 := excelize.CellNameToCoordinates(mc.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(mc.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, rect{min(c1, c2) - 1, min(r1, r2), max(c1, c2) - 1, max(r1, r2)})
	}
	fm.merges = out
	return out
}

// isCovered says whether column c (0-based), row r (1-based) is a cell
// of a merged range but its first.
func (fm *Form) isCovered(c, r int) bool {
	for _, m := range fm.merges {
		if m.has(c, r) && (c != m.c1 || r != m.r1) {
			return true
		}
	}
	return false
}

// readMerges keeps the merged ranges that cover a cell collect reads
// (a task row's cells but the title, the 报送日期 and 联系人 cells) besides
// their first: those cells were typed over by the merge, and whatever
// the first cell holds is not theirs.
func (fm *Form) readMerges(merges []rect, cols [columns]int) {
	type at struct{ c, r int }
	var read []at // in row order, then column order
	first := map[at]Cell{}
	add := func(cl Cell) {
		if cl.Ref == "" {
			return
		}
		c, r, err := excelize.CellNameToCoordinates(cl.Ref)
		if err == nil {
			read = append(read, at{c - 1, r})
			first[at{c - 1, r}] = cl
		}
	}
	add(fm.Submitted)
	add(fm.Contact)
	for _, row := range fm.Rows {
		for k, cl := range row.Cells {
			if k != colTitle && cols[k] >= 0 {
				add(cl)
			}
		}
	}
	for _, m := range merges {
		var covered []string
		for _, p := range read {
			if m.has(p.c, p.r) && (p.c != m.c1 || p.r != m.r1) {
				covered = append(covered, cell(p.c, p.r))
			}
		}
		if len(covered) == 0 {
			continue
		}
		fc, ok := first[at{m.c1, m.r1}]
		if !ok {
			fc = Cell{Ref: cell(m.c1, m.r1)}
		}
		fm.Merges = append(fm.Merges, Merge{Range: fc.Ref + ":" + cell(m.c2, m.r2), First: fc, Covered: covered})
	}
}

func (fm *Form) sheetOr(f *excelize.File) string {
	if fm.Sheet != "" {
		return fm.Sheet
	}
	return f.GetSheetName(0)
}

// Date is the date a numeric cell holds.
func (fm *Form) Date(c Cell) (time.Time, bool) {
	if !c.Number || c.Value < 1 || c.Value > 2958465 {
		return time.Time{}, false
	}
	t, err := excelize.ExcelDateToTime(c.Value, fm.Date1904)
	if err != nil {
		return time.Time{}, false
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
}
