package forms_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tally/internal/forms"
	"tally/internal/testrepo"
)

// rezip is a copy of the workbook data with parts replaced or added.
func rezip(t testing.TB, data []byte, parts map[string][]byte) []byte {
	t.Helper()
	out, err := testrepo.Rezip(data, parts)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sheetXML is a worksheet whose rows are rows.
func sheetXML(rows string) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`)
}

// identityRows are the hidden sheet's four cells, as forms writes them.
const identityRows = `<row r="1"><c r="A1" t="s"><v>20</v></c><c r="B1" t="s"><v>21</v></c></row><row r="2"><c r="A2" t="s"><v>22</v></c><c r="B2" t="s"><v>23</v></c></row><row r="3"><c r="A3" t="s"><v>24</v></c><c r="B3" t="s"><v>25</v></c></row><row r="4"><c r="A4" t="s"><v>26</v></c><c r="B4" t="s"><v>27</v></c></row>`

// hostileWorkbooks are crafted forms that would make a spreadsheet library
// expand them to gigabytes, each with where collect must refuse it.
func hostileWorkbooks(t testing.TB) map[string]struct {
	data []byte
	cell string // "" for the workbook as a whole
	want string
} {
	x, _ := index(t)
	_, base := form(t, x, "chikan-school")
	// 20,000 rows in the hidden sheet, each with one cell at XFD: 110 KB
	// zipped, a row reader padding each row to 16,384 columns.
	var xfd strings.Builder
	xfd.WriteString(identityRows)
	for r := 5; r < 20005; r++ {
		fmt.Fprintf(&xfd, `<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, r, r)
	}
	// One string of 15 MB in the shared-string table, which 22 cells of
	// the form's sheet repeat.
	zr, _ := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	var sst, sheet1 []byte
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		switch f.Name {
		case "xl/sharedStrings.xml":
			sst = b
		case "xl/worksheets/sheet1.xml":
			sheet1 = b
		}
	}
	withString := func(s string) []byte {
		return bytes.Replace(sst, []byte("</sst>"), []byte("<si><t>"+s+"</t></si></sst>"), 1)
	}
	count := bytes.Count(sst, []byte("<si>"))
	var refs strings.Builder
	for r := 30; r < 52; r++ {
		fmt.Fprintf(&refs, `<row r="%d"><c r="E%d" t="s"><v>%d</v></c></row>`, r, r, count)
	}
	repeated := bytes.Replace(sheet1, []byte("</sheetData>"), []byte(refs.String()+"</sheetData>"), 1)
	// 64,000 merged ranges of two cells each, side by side over the table:
	// every cell read would look through them all.
	var merges strings.Builder
	for r := 5; r < 2005; r++ {
		for c := 1; c < 64; c += 2 {
			from, _ := excelize.CoordinatesToCellName(c, r)
			to, _ := excelize.CoordinatesToCellName(c+1, r)
			fmt.Fprintf(&merges, `<mergeCell ref="%s:%s"/>`, from, to)
		}
	}
	merged := bytes.Replace(sheet1, []byte("</mergeCells>"), []byte(merges.String()+"</mergeCells>"), 1)
	return map[string]struct {
		data []byte
		cell string
		want string
	}{
		"20,000 rows at column XFD": {rezip(t, base, map[string][]byte{"xl/worksheets/sheet2.xml": sheetXML(xfd.String())}), "tally!XFD5", "超出报送表的范围"},
		"a 15 MB shared string in 22 cells": {rezip(t, base, map[string][]byte{"xl/sharedStrings.xml": withString(strings.Repeat("长", 5<<20)),
			"xl/worksheets/sheet1.xml": repeated}), "表1!E30", "共享字符串表"},
		"a 40,000-character shared string": {rezip(t, base, map[string][]byte{"xl/sharedStrings.xml": withString(strings.Repeat("长", 40000)),
			"xl/worksheets/sheet1.xml": repeated}), "表1!E30", "40000 个字符"},
		"a 40,000-character inline string": {rezip(t, base, map[string][]byte{"xl/worksheets/sheet2.xml": sheetXML(identityRows +
			`<row r="5"><c r="C5" t="inlineStr"><is><t>` + strings.Repeat("x", 40000) + `</t></is></c></row>`)}), "tally!C5", "超过 32767 个字符"},
		"the last row of a sheet": {rezip(t, base, map[string][]byte{"xl/worksheets/sheet2.xml": sheetXML(identityRows +
			`<row r="1048576"><c r="A1048576"><v>1</v></c></row>`)}), "tally!A1048576", "有第 1048576 行"},
		"a reference past the shared strings": {rezip(t, base, map[string][]byte{"xl/worksheets/sheet2.xml": sheetXML(identityRows +
			`<row r="5"><c r="A5" t="s"><v>99999999</v></c></row>`)}), "tally!A5", "文件已损坏"},
		"100 MB of zeros in one part": {rezip(t, base, map[string][]byte{"xl/media/image1.png": make([]byte, 100<<20)}), "", "解压后超过"},
		"64,000 merged ranges":        {rezip(t, base, map[string][]byte{"xl/worksheets/sheet1.xml": merged}), "", "合并单元格"},
		"a thousand parts": {rezip(t, base, func() map[string][]byte {
			m := map[string][]byte{}
			for i := range 1000 {
				m[fmt.Sprintf("xl/media/%d.png", i)] = []byte("x")
			}
			return m
		}()), "", "部件"},
	}
}

// Crafted workbooks are refused while streaming, at the sheet and cell
// that crosses a bound, before anything is expanded.
func TestCraftedWorkbooksAreRefused(t *testing.T) {
	for name, c := range hostileWorkbooks(t) {
		t.Run(name, func(t *testing.T) {
			_, err := forms.Read(bytes.NewReader(c.data))
			var nf *forms.NotForm
			if !errors.As(err, &nf) {
				t.Fatalf("read: %v", err)
			}
			t.Logf("%s: %s", nf.Cell, nf.Msg.Zh)
			if nf.Cell != c.cell || !strings.Contains(nf.Msg.Zh, c.want) || !nf.TooLarge && c.want != "文件已损坏" {
				t.Errorf("refused at %q: %s (%s); want %q and %q", nf.Cell, nf.Msg.Zh, nf.Msg.En, c.cell, c.want)
			}
		})
	}
}

// A form as tally writes it, with long text typed in, is within every bound.
func TestFilledFormIsWithinBounds(t *testing.T) {
	x, _ := index(t)
	d, _ := form(t, x, "chikan-school")
	for i := range d.Rows {
		d.Rows[i].Summary = strings.Repeat("进展情况", 8000) // 32,000 characters
	}
	var b bytes.Buffer
	if err := forms.Write(&b, d, x.Repo.Plan.Title, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := forms.Read(bytes.NewReader(b.Bytes())); err != nil {
		t.Fatal(err)
	}
}

// A form within every bound whose text would make a report over the
// loader's limit is refused, not written as a file check would not read.
func TestCollectRefusesAReportOverTheLimit(t *testing.T) {
	x, _ := index(t)
	d, _ := form(t, x, "city-org")
	if len(d.Rows) < 20 {
		t.Fatalf("city-org has %d rows", len(d.Rows))
	}
	d.Submitted = "2019-10-08"
	for i := range d.Rows {
		d.Rows[i].Status = "推进中"
		d.Rows[i].Summary = strings.Repeat("进展", 15000)
		d.Rows[i].Problems = strings.Repeat("问题", 15000)
	}
	var b bytes.Buffer
	if err := forms.Write(&b, d, x.Repo.Plan.Title, 0); err != nil {
		t.Fatal(err)
	}
	fm, err := forms.Read(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	c := forms.Collect(x, "2019Q3-市委组织部.xlsx", fm, "tally")
	if c.Text != nil || len(c.Problems) == 0 || c.Problems[len(c.Problems)-1].Rule != "R105" {
		t.Fatalf("%d bytes of report, problems %+v", len(c.Text), c.Problems)
	}
}
