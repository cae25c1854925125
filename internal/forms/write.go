// Package forms is the Excel fill-in form of units that do not write YAML:
// writing a unit's form for a period (its open tasks, pre-filled as the
// report template is) and reading a filled form back into a report draft,
// with every problem placed at its sheet and cell.
package forms

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"tally/internal/atomicfile"
	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/newreport"
	"tally/internal/render"
	"tally/internal/xlsx"
)

// Version is the layout version a form records; collect reads the
// versions it knows.
const Version = "1"

// The layout: title, instruction, the 报送日期/联系人 line, the header row,
// then one row per task.
const (
	titleRow  = 1
	helpRow   = 2
	labelRow  = 3
	headerRow = 4
	firstRow  = 5
)

// Columns of the task table.
const (
	colTask = iota
	colTitle
	colStatus
	colProgress
	colSummary
	colProblems
	colNext
	colEvidence
	columns
)

var widths = [columns]float64{9, 32, 10, 9, 44, 30, 30, 24}

// idSheet is the hidden sheet that records the form's identity.
const idSheet = "tally"

// Identity keys in the hidden sheet, column A; the values are in column B.
var idKeys = []string{"unit", "period", "version", "name"}

// labels are a form's fixed words in one language.
type labels struct {
	sheet, submitted, contact, titleFmt, help string
	heads                                     [columns]string
	statuses                                  []string
}

var labelsIn = map[i18n.Lang]labels{
	i18n.Zh: {
		sheet: "表1", submitted: "报送日期", contact: "联系人",
		titleFmt: "%s\n%s %s 进展情况报送表（报送截止 %s）",
		help: "填写说明：灰色部分不要改动。请逐项选择状态、填写进度（0 到 100 的整数）和本期进展情况（必填），" +
			"更新存在问题和下步计划；报送日期填写报送当天的日期（年-月-日，如 %s），联系人写姓名和电话。有佐证材料（会议纪要、照片、文件）的，" +
			"把文件放进与本表同名的文件夹，在“佐证材料”栏写上文件名（多个用顿号或换行分开）。填好后保存，不要改文件名，连同文件夹发回办公室。",
		heads:    [columns]string{"任务编号", "任务", "状态", "进度", "进展情况", "存在问题", "下步计划", "佐证材料"},
		statuses: model.StatusChoices(i18n.Zh),
	},
	i18n.En: {
		sheet: "Form", submitted: "Submitted", contact: "Contact",
		titleFmt: "%s\n%s %s progress report (due %s)",
		help: "How to fill in: leave the grey cells as they are. For each task choose a status, give the progress (a whole number " +
			"0 to 100) and this period's summary (required), and update problems and next steps; write the date as year-month-day (%s, say) and " +
			"the contact as a name and phone number. For evidence (minutes, photos, documents), put the files in a folder named " +
			"like this file and write their names under Evidence (several separated by 、 or line breaks). Save, keep the file name, " +
			"and send it back with the folder.",
		heads:    [columns]string{"Task", "Title", "Status", "Progress", "Summary", "Problems", "Next steps", "Evidence"},
		statuses: model.StatusChoices(i18n.En),
	},
}

// FileName is the form's file name: the period and the unit's name, made
// fit for a file name (atomicfile.CleanName: no character Windows refuses,
// no control, no bidi override that would make "…\u202Excod.exe" show as
// another name), cut to a length every system takes.
func FileName(d newreport.Draft) string { return fileName(d.Period.ID, d.Unit) }

func fileName(period string, u *model.Unit) string {
	name := atomicfile.CleanName(u.Name)
	if r := []rune(name); len(r) > maxNameRunes {
		name = string(r[:maxNameRunes])
	}
	if name == "" {
		name = u.ID
	}
	return period + "-" + name + ".xlsx"
}

// maxNameRunes bounds the unit's name in a file name: with the period and
// the extension, well inside the 255 characters of a file name.
const maxNameRunes = 80

// Named is the file name of a unit's form, and whether it carries more
// than FileName gives (the unit's id) to tell it from another's.
type Named struct {
	Name    string
	Renamed bool
}

// FileNames are the file names of the forms of units for period, by unit
// id, all different, also where the file system does not tell upper from
// lower case: where names clash, each of those forms gets its unit's id
// added (Renamed), and a number after that if they still do. Given every
// unit of the registry, a unit's name does not depend on which units owe
// the period something or are asked for.
func FileNames(period string, units []model.Unit) map[string]Named {
	names := make([]string, len(units))
	count := map[string]int{}
	for i := range units {
		names[i] = fileName(period, &units[i])
		count[strings.ToLower(names[i])]++
	}
	out := make(map[string]Named, len(units))
	taken := map[string]bool{}
	for i, u := range units {
		n := Named{Name: names[i]}
		if count[strings.ToLower(n.Name)] > 1 {
			n = Named{strings.TrimSuffix(n.Name, ".xlsx") + "-" + u.ID + ".xlsx", true}
		}
		base := strings.TrimSuffix(n.Name, ".xlsx")
		for k := 2; taken[strings.ToLower(n.Name)]; k++ {
			n = Named{fmt.Sprintf("%s-%d.xlsx", base, k), true}
		}
		taken[strings.ToLower(n.Name)] = true
		if _, dup := out[u.ID]; !dup {
			out[u.ID] = n
		}
	}
	return out
}

// Write writes the form of draft d of the list titled title to w. The same
// draft gives the same bytes. It builds the whole workbook with excelize;
// a Writer writes a run of forms faster, to the same bytes.
func Write(w io.Writer, d newreport.Draft, title string, lang i18n.Lang) error {
	f, _, err := build(d, title, lang)
	if err != nil {
		return err
	}
	defer f.Close()
	return xlsx.WriteFile(f, w)
}

// build lays out the form of draft d in a new workbook, and returns it
// with the styles its cells use.
func build(d newreport.Draft, title string, lang i18n.Lang) (*excelize.File, *styles, error) {
	lb := labelsIn[lang]
	f := excelize.NewFile()
	sh := lb.sheet
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		f.Close()
		return nil, nil, err
	}
	st, err := newStyles(f)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	fw := &formWriter{f: f, sh: sh, st: st, lb: lb}
	for _, step := range []func(newreport.Draft, string) error{fw.head, fw.table, fw.identity, fw.protect} {
		if err := step(d, title); err != nil {
			f.Close()
			return nil, nil, err
		}
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: render.Safe(title), Creator: "tally", Created: "2000-01-01T00:00:00Z", Modified: "2000-01-01T00:00:00Z", Language: lang.Pick("zh-CN", "en-US"),
	}); err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, st, nil
}

type styles struct {
	title, help, label, input, date, head, fixed, fixedWrap, status, progress, text int
	// quoted are the input styles' twins that keep text text (quotePrefix).
	quoted map[int]int
}

// textStyle is the style for value v in a cell of style id: its quoted
// twin when v would read as a formula once someone edits the cell (F2,
// Enter) — text starting = + - or @, the characters CSV output prefixes
// with ' for the same reason.
func (s *styles) textStyle(id int, v string) int {
	if q, ok := s.quoted[id]; ok && v != "" && strings.ContainsRune("=+-@", rune(v[0])) {
		return q
	}
	return id
}

// quotePrefixed adds a twin of style id whose cells Excel and WPS keep as
// text: the quote prefix, what typing ' before = does. The cell's value is
// unchanged; excelize has no option for the attribute, so the twin is made
// in its style sheet (loaded by NewStyle before this is called).
func quotePrefixed(f *excelize.File, id int) (int, error) {
	ss := f.Styles
	if ss == nil || ss.CellXfs == nil || id < 0 || id >= len(ss.CellXfs.Xf) {
		return 0, fmt.Errorf("forms: no cell style %d to copy", id)
	}
	xf := ss.CellXfs.Xf[id]
	yes := true
	xf.QuotePrefix = &yes
	ss.CellXfs.Xf = append(ss.CellXfs.Xf, xf)
	ss.CellXfs.Count = len(ss.CellXfs.Xf)
	return len(ss.CellXfs.Xf) - 1, nil
}

func newStyles(f *excelize.File) (*styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "808080", Style: 1}, {Type: "right", Color: "808080", Style: 1},
		{Type: "top", Color: "808080", Style: 1}, {Type: "bottom", Color: "808080", Style: 1},
	}
	body := &excelize.Font{Family: xlsx.BodyFont, Size: 11}
	grey := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EDEDED"}}
	open := &excelize.Protection{Locked: false}
	dateFmt := "yyyy-mm-dd"
	var err error
	mk := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	s := &styles{}
	s.title = mk(&excelize.Style{Font: &excelize.Font{Family: xlsx.TitleFont, Size: 14, Bold: true},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	s.help = mk(&excelize.Style{Font: &excelize.Font{Family: xlsx.BodyFont, Size: 10, Color: "404040"},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}})
	s.label = mk(&excelize.Style{Font: &excelize.Font{Family: xlsx.TitleFont, Size: 11, Bold: true},
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}})
	// The text columns and the contact cell are formatted as text (@):
	// Excel and WPS keep what is typed there as typed, where a General
	// cell turns "10月31日" into a date and "35%" into 0.35.
	s.input = mk(&excelize.Style{Font: body, Border: border, Protection: open, NumFmt: 49, Alignment: &excelize.Alignment{Vertical: "center"}})
	s.date = mk(&excelize.Style{Font: body, Border: border, Protection: open, CustomNumFmt: &dateFmt,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	s.head = mk(&excelize.Style{Font: &excelize.Font{Family: xlsx.TitleFont, Size: 11, Bold: true}, Border: border,
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	s.fixed = mk(&excelize.Style{Font: body, Border: border, Fill: grey, NumFmt: 49,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	s.fixedWrap = mk(&excelize.Style{Font: body, Border: border, Fill: grey,
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	s.status = mk(&excelize.Style{Font: body, Border: border, Protection: open,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	s.progress = mk(&excelize.Style{Font: body, Border: border, Protection: open, NumFmt: 1,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	s.text = mk(&excelize.Style{Font: body, Border: border, Protection: open, NumFmt: 49,
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return nil, err
	}
	s.quoted = map[int]int{}
	for _, id := range []int{s.input, s.status, s.progress, s.text} {
		if s.quoted[id], err = quotePrefixed(f, id); err != nil {
			return nil, err
		}
	}
	return s, nil
}

type formWriter struct {
	f  *excelize.File
	sh string
	st *styles
	lb labels
}

// cell names the cell of column c (0-based) in row r.
func cell(c, r int) string {
	name, _ := excelize.CoordinatesToCellName(c+1, r)
	return name
}

// head writes the title, the instruction and the labelled input cells.
func (w *formWriter) head(d newreport.Draft, title string) error {
	f, sh := w.f, w.sh
	fit := true
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	for c, width := range widths {
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := f.SetColWidth(sh, col, col, width); err != nil {
			return err
		}
	}
	steps := []error{
		f.MergeCell(sh, cell(0, titleRow), cell(columns-1, titleRow)),
		f.MergeCell(sh, cell(0, helpRow), cell(columns-1, helpRow)),
		f.MergeCell(sh, cell(3, labelRow), cell(5, labelRow)),
		setRows(f, sh, formRows(d, title, w.lb, w.st)),
	}
	if s, ok := model.ParseDate(d.Submitted); ok {
		steps = append(steps, f.SetCellValue(sh, cell(1, labelRow), s))
	}
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(cell(1, labelRow))
	steps = append(steps, dv.SetRange(excelDate(d.Period.Start), excelDate(d.Period.Start)+3*366, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween))
	dv.SetError(excelize.DataValidationErrorStyleStop, w.lb.submitted, w.lb.pick("请填写日期，如 "+model.FormatDate(d.Period.Due), "Enter a date such as "+model.FormatDate(d.Period.Due)))
	steps = append(steps, f.AddDataValidation(sh, dv))
	for _, err := range steps {
		if err != nil {
			return err
		}
	}
	return nil
}

// setRows writes rows into sheet from row 1 on, in the order a direct
// writer numbers their texts (row by row, cell by cell).
func setRows(f *excelize.File, sheet string, rows []sheetRow) error {
	for i, r := range rows {
		for c, x := range r.cells {
			ref := cell(c, i+1)
			var err error
			if x.style != 0 {
				err = f.SetCellStyle(sheet, ref, ref, x.style)
			}
			switch {
			case err != nil:
			case x.kind == textCell:
				err = f.SetCellStr(sheet, ref, x.text)
			case x.kind == numberCell:
				err = f.SetCellInt(sheet, ref, int64(x.number))
			}
			if err != nil {
				return err
			}
		}
		if r.height > 0 {
			if err := f.SetRowHeight(sheet, i+1, r.height); err != nil {
				return err
			}
		}
	}
	return nil
}

func (lb labels) pick(zh, en string) string {
	if lb.sheet == labelsIn[i18n.Zh].sheet {
		return zh
	}
	return en
}

// excelDate is t's serial number in the 1900 date system.
func excelDate(t time.Time) int {
	return int(math.Floor(t.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24))
}

// table sets the drop-down and the range check on the input columns of
// the task rows (head wrote the rows), the panes and the print layout.
func (w *formWriter) table(d newreport.Draft, _ string) error {
	f, sh := w.f, w.sh
	if len(d.Rows) > 0 {
		last := firstRow + len(d.Rows) - 1
		status := excelize.NewDataValidation(false)
		status.SetSqref(cell(colStatus, firstRow) + ":" + cell(colStatus, last))
		if err := status.SetDropList(w.lb.statuses); err != nil {
			return err
		}
		status.SetError(excelize.DataValidationErrorStyleStop, w.lb.heads[colStatus],
			w.lb.pick("请从下拉列表中选择：", "Choose from the list: ")+strings.Join(w.lb.statuses, w.lb.pick("、", ", ")))
		progress := excelize.NewDataValidation(true)
		progress.SetSqref(cell(colProgress, firstRow) + ":" + cell(colProgress, last))
		if err := progress.SetRange(0, 100, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		progress.SetError(excelize.DataValidationErrorStyleStop, w.lb.heads[colProgress],
			w.lb.pick("进度应为 0 到 100 的整数，不带 %", "Progress is a whole number from 0 to 100, without %"))
		for _, dv := range []*excelize.DataValidation{status, progress} {
			if err := f.AddDataValidation(sh, dv); err != nil {
				return err
			}
		}
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cell(0, firstRow), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	footer := "&C&\"" + xlsx.BodyFont + "\"&10" + w.lb.pick("第 &P 页 共 &N 页", "Page &P of &N")
	return xlsx.Page(f, sh, headerRow, footer)
}

// identity records the unit, the period and the layout version in a
// hidden sheet, for collect to recognise the form by.
func (w *formWriter) identity(d newreport.Draft, _ string) error {
	f := w.f
	if _, err := f.NewSheet(idSheet); err != nil {
		return err
	}
	if err := setRows(f, idSheet, identityRows(d)); err != nil {
		return err
	}
	if err := f.SetSheetVisible(idSheet, false); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return f.ProtectSheet(idSheet, &excelize.SheetProtectionOptions{})
}

// protect locks the fixed cells: sheet protection without a password, so
// that the input cells (unlocked by their styles) are the only ones typed in.
func (w *formWriter) protect(newreport.Draft, string) error {
	return w.f.ProtectSheet(w.sh, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatRows: true, FormatColumns: true,
	})
}

// whole reads s as a whole number written in ASCII digits.
func whole(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}
