package forms

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"sync"

	"tally/internal/i18n"
	"tally/internal/newreport"
	"tally/internal/xlsx"
)

// A Writer writes the forms of one list in one language, each to the
// bytes Write gives, without building each form with excelize. Forms
// differ from unit to unit only in their cells: the values of the sheets
// and the shared strings they name. So a Writer has excelize build one
// form for each shape (period and number of tasks), keeps that workbook
// as a template, and writes each form as its template with those three
// parts written anew: everything else is copied compressed as it is. A
// form whose texts excelize would not write as they are (xlsx.PlainText)
// is built with excelize. A Writer may be used by several goroutines.
type Writer struct {
	title string
	lang  i18n.Lang

	mu     sync.Mutex
	shapes map[shape]*formTemplate
}

// NewWriter is a Writer of the forms of the list titled title, in lang.
func NewWriter(title string, lang i18n.Lang) *Writer {
	return &Writer{title: title, lang: lang, shapes: map[shape]*formTemplate{}}
}

// shape is what a form's parts other than its cells depend on.
type shape struct {
	start int // the period's first day (the range of the date check)
	rows  int // tasks (the ranges of the drop-down and of the progress check)
}

// formTemplate is the workbook of one shape, built once.
type formTemplate struct {
	once sync.Once
	err  error
	tpl  *xlsx.Template
	st   *styles
	// Each sheet's XML around its <sheetData> content.
	formHead, formTail, idHead, idTail []byte
}

// The parts a form writes anew.
const (
	stringsPart = "xl/sharedStrings.xml"
	formPart    = "xl/worksheets/sheet1.xml"
	idPart      = "xl/worksheets/sheet2.xml"
)

// Write writes the form of draft d to w.
func (fw *Writer) Write(w io.Writer, d newreport.Draft) error {
	if d.Submitted != "" || len(d.Rows) == 0 {
		return Write(w, d, fw.title, fw.lang) // a date cell adds a style
	}
	t := fw.template(d)
	if t.err != nil {
		return t.err
	}
	parts, ok := t.parts(d, fw.title, labelsIn[fw.lang])
	if !ok {
		return Write(w, d, fw.title, fw.lang)
	}
	return t.tpl.Write(w, parts)
}

// template is the template of d's shape, built on first use.
func (fw *Writer) template(d newreport.Draft) *formTemplate {
	key := shape{start: excelDate(d.Period.Start), rows: len(d.Rows)}
	fw.mu.Lock()
	t := fw.shapes[key]
	if t == nil {
		t = &formTemplate{}
		fw.shapes[key] = t
	}
	fw.mu.Unlock()
	t.once.Do(func() { t.err = t.build(d, fw.title, fw.lang) })
	return t
}

// build has excelize write a form of d's shape: a unit and tasks of its
// own, since the cells are written anew.
func (t *formTemplate) build(d newreport.Draft, title string, lang i18n.Lang) error {
	sample := newreport.Draft{Unit: d.Unit, Period: d.Period, Rows: make([]newreport.Row, len(d.Rows))}
	for i := range sample.Rows {
		sample.Rows[i] = newreport.Row{Task: d.Rows[0].Task}
	}
	f, st, err := build(sample, title, lang)
	if err != nil {
		return err
	}
	defer f.Close()
	var b bytes.Buffer
	if err := xlsx.WriteFile(f, &b); err != nil {
		return err
	}
	if t.tpl, err = xlsx.NewTemplate(b.Bytes()); err != nil {
		return err
	}
	t.st = st
	if t.formHead, t.formTail, err = aroundSheetData(t.tpl, formPart); err != nil {
		return err
	}
	t.idHead, t.idTail, err = aroundSheetData(t.tpl, idPart)
	return err
}

// aroundSheetData is the XML of a template's sheet before its rows and
// after them.
func aroundSheetData(tpl *xlsx.Template, part string) (head, tail []byte, err error) {
	b, err := tpl.Part(part)
	if err != nil {
		return nil, nil, err
	}
	const open, end = "<sheetData>", "</sheetData>"
	i, j := bytes.Index(b, []byte(open)), bytes.LastIndex(b, []byte(end))
	if i < 0 || j < i || bytes.Count(b, []byte(open)) != 1 {
		return nil, nil, errors.New("forms: the template's " + part + " has no one <sheetData>")
	}
	return b[:i+len(open)], b[j:], nil
}

// parts are the form's shared strings and sheets, as excelize writes
// them, or false when a text is one excelize would not write as it is.
func (t *formTemplate) parts(d newreport.Draft, title string, lb labels) (map[string][]byte, bool) {
	var ss sharedStrings
	form, ok := ss.sheet(t.formHead, formRows(d, title, lb, t.st), t.formTail)
	if !ok {
		return nil, false
	}
	id, ok := ss.sheet(t.idHead, identityRows(d), t.idTail)
	if !ok {
		return nil, false
	}
	return map[string][]byte{stringsPart: ss.xml(), formPart: form, idPart: id}, true
}

// sharedStrings is the table of the texts of a workbook's cells, each
// once, numbered in the order excelize numbers them: as the cells are
// set, which setRows does row by row, sheet by sheet.
type sharedStrings struct {
	index map[string]int
	items bytes.Buffer
	count int
}

// add is the number of text s in the table.
func (ss *sharedStrings) add(s string) int {
	if i, ok := ss.index[s]; ok {
		return i
	}
	if ss.index == nil {
		ss.index = map[string]int{}
	}
	ss.index[s] = ss.count
	ss.count++
	ss.items.WriteString("<si><t")
	if xlsx.Spaced(s) {
		ss.items.WriteString(` xml:space="preserve"`)
	}
	ss.items.WriteByte('>')
	xml.EscapeText(&ss.items, []byte(s))
	ss.items.WriteString("</t></si>")
	return ss.count - 1
}

// xml is the shared strings part.
func (ss *sharedStrings) xml() []byte {
	n := strconv.Itoa(ss.count)
	var b bytes.Buffer
	b.Grow(ss.items.Len() + 200)
	b.WriteString(xml.Header + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="` + n + `" uniqueCount="` + n + `">`)
	b.Write(ss.items.Bytes())
	b.WriteString("</sst>")
	return b.Bytes()
}

// sheet is a sheet's XML with rows as its <sheetData>, their texts added
// to the table, or false when a text is one excelize would not write as
// it is.
func (ss *sharedStrings) sheet(head []byte, rows []sheetRow, tail []byte) ([]byte, bool) {
	var b bytes.Buffer
	b.Grow(len(head) + len(tail) + 400*len(rows))
	b.Write(head)
	num := make([]byte, 0, 24)
	for i, r := range rows {
		row := strconv.Itoa(i + 1)
		b.WriteString(`<row r="` + row + `"`)
		if r.height > 0 {
			b.WriteString(` ht="`)
			b.Write(strconv.AppendFloat(num[:0], r.height, 'g', -1, 64))
			b.WriteString(`" customHeight="true"`)
		}
		b.WriteByte('>')
		for c, x := range r.cells {
			b.WriteString(`<c r="`)
			b.WriteByte(byte('A' + c))
			b.WriteString(row + `"`)
			if x.style != 0 {
				b.WriteString(` s="`)
				b.Write(strconv.AppendInt(num[:0], int64(x.style), 10))
				b.WriteByte('"')
			}
			switch x.kind {
			case textCell:
				if !xlsx.PlainText(x.text) {
					return nil, false
				}
				b.WriteString(` t="s"><v>`)
				b.Write(strconv.AppendInt(num[:0], int64(ss.add(x.text)), 10))
				b.WriteString(`</v></c>`)
			case numberCell:
				b.WriteString(`><v>`)
				b.Write(strconv.AppendInt(num[:0], int64(x.number), 10))
				b.WriteString(`</v></c>`)
			default:
				b.WriteString(`></c>`)
			}
		}
		b.WriteString("</row>")
	}
	b.Write(tail)
	return b.Bytes(), true
}
