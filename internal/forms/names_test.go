package forms_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"tally/internal/forms"
	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/newreport"
)

// Names that make the same file name (after what a file name cannot hold
// is replaced, and without regard to case) get distinct names, each with
// its unit's id, and are marked renamed; no name carries a control or a
// bidi override, which could make a name show as another.
func TestFileNames(t *testing.T) {
	units := []model.Unit{
		{ID: "chikan-pub", Name: "赤坎/宣传"}, {ID: "chikan-pub2", Name: "赤坎:宣传"}, {ID: "xiashan", Name: "霞山区委"},
		{ID: "a", Name: "Office"}, {ID: "b", Name: "OFFICE"}, {ID: "evil", Name: "报表\u202excod.exe\x1b]0;x\a"}, {ID: "empty", Name: "\u202e"},
		{ID: "p", Name: "甲-q"}, {ID: "q", Name: "甲"}, {ID: "r", Name: "甲"},
	}
	names := forms.FileNames("2019Q3", units)
	want := []string{"2019Q3-赤坎_宣传-chikan-pub.xlsx", "2019Q3-赤坎_宣传-chikan-pub2.xlsx", "2019Q3-霞山区委.xlsx",
		"2019Q3-Office-a.xlsx", "2019Q3-OFFICE-b.xlsx", "2019Q3-报表_xcod.exe_]0;x_.xlsx", "2019Q3-_.xlsx",
		"2019Q3-甲-q.xlsx", "2019Q3-甲-q-2.xlsx", "2019Q3-甲-r.xlsx"}
	seen := map[string]bool{}
	for i, u := range units {
		got := names[u.ID]
		if got.Name != want[i] {
			t.Errorf("%q: %q, want %q", u.Name, got.Name, want[i])
		}
		if seen[strings.ToLower(got.Name)] {
			t.Errorf("%q given twice", got.Name)
		}
		seen[strings.ToLower(got.Name)] = true
		if got.Renamed != strings.Contains(want[i], "-"+u.ID) {
			t.Errorf("%q: renamed %v", got.Name, got.Renamed)
		}
	}
}

// Text that would read as a formula (= + - @ first) in a cell a unit
// types in is stored with the quote prefix, so that editing the cell
// (F2, Enter) keeps it text, and it reads back unchanged.
func TestFormulaLikeTextStaysText(t *testing.T) {
	x, _ := index(t)
	d := newreport.Open(x, x.Registry.Unit("chikan-school"), 1)
	d.Contact = "=HYPERLINK(\"http://x\",\"点\")"
	d.Rows[0].Summary, d.Rows[0].Problems, d.Rows[0].Next = "=1+1", "+86 0759", "@SUM(A1)"
	d.Rows[0].Progress = "-3"
	var b bytes.Buffer
	if err := forms.Write(&b, d, x.Repo.Plan.Title, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	f := open(t, b.Bytes())
	quoted := quotePrefixStyles(t, b.Bytes())
	for ref, want := range map[string]string{"D3": d.Contact, "E5": "=1+1", "F5": "+86 0759", "G5": "@SUM(A1)", "D5": "-3"} {
		if formula, _ := f.GetCellFormula("表1", ref); formula != "" {
			t.Errorf("%s holds the formula %q", ref, formula)
		}
		if v, _ := f.GetCellValue("表1", ref); v != want {
			t.Errorf("%s: %q, want %q", ref, v, want)
		}
		if style, _ := f.GetCellStyle("表1", ref); !quoted[style] {
			t.Errorf("%s: style %d has no quote prefix", ref, style)
		}
	}
	if style, _ := f.GetCellStyle("表1", "E6"); quoted[style] {
		t.Errorf("an ordinary cell has the quote prefix")
	}
	fm, err := forms.Read(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := fm.Rows[0].Cells[4].Text; got != "=1+1" {
		t.Errorf("read back %q", got)
	}
}

// quotePrefixStyles are the cell styles of the workbook marked quotePrefix.
func quotePrefixStyles(t *testing.T, data []byte) map[int]bool {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("xl/styles.xml")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(rc)
	var ss struct {
		Xfs []struct {
			QuotePrefix string `xml:"quotePrefix,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal(raw, &ss); err != nil {
		t.Fatal(err)
	}
	out := map[int]bool{}
	for i, xf := range ss.Xfs {
		out[i] = xf.QuotePrefix == "1" || xf.QuotePrefix == "true"
	}
	return out
}
