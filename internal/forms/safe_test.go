package forms_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"tally/internal/forms"
	"tally/internal/i18n"
	"tally/internal/newreport"
)

// hostile is text from the data that would reorder or hide what a reader
// sees: a right-to-left override, an isolate, marks, a C1 CSI, and an
// escape sequence a terminal would obey.
const hostile = "恶\x1b]52;c;SGk=\x07红\u202e反\u009b1m\u2066<script>\u200f\u061c\u202a尾"

// unsafeParts names the parts of workbook data that hold a C1 control or a
// bidirectional mark, embedding, override or isolate.
func unsafeParts(t *testing.T, data []byte) []string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var bad []string
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if strings.ContainsFunc(string(b), func(r rune) bool {
			return r >= 0x80 && r <= 0x9f || r == 0x61c || r == 0x200e || r == 0x200f ||
				r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
		}) {
			bad = append(bad, f.Name)
		}
	}
	return bad
}

// A form shows the data's text as the brief does: no override can reverse
// what a unit reads in its title, tasks, contact or last period's words,
// whichever writer made it; and the form so written is still collected as
// the unit's.
func TestFormTextIsMadeHarmless(t *testing.T) {
	x, fsys := index(t)
	u := x.Registry.Unit("chikan-school")
	u.Name += "\u202e"
	d := newreport.Open(x, u, 1)
	d.Contact = hostile
	for i := range d.Rows {
		d.Rows[i].Problems, d.Rows[i].Next = hostile, hostile
	}
	var one, run bytes.Buffer
	if err := forms.Write(&one, d, hostile, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	if err := forms.NewWriter(hostile, i18n.Zh).Write(&run, d); err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{one.Bytes(), run.Bytes()} {
		if bad := unsafeParts(t, data); len(bad) > 0 {
			t.Errorf("controls left in %v", bad)
		}
		f := open(t, data)
		if v, _ := f.GetCellValue("表1", "F5"); v != "恶␛]52;c;SGk=␇红\uFFFD反\uFFFD1m\uFFFD<script>\uFFFD\uFFFD\uFFFD尾" {
			t.Errorf("F5 reads %q", v)
		}
		c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", fill(t, data, good))
		if c.Refused != nil || c.Errors() > 0 {
			t.Errorf("refused %v, problems:\n%s", c.Refused, problems(c))
		}
	}
}
