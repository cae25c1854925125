package xlsx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
	"tally/internal/xlsx"
)

// hostile is text from the data that would reorder or hide what a reader
// sees: a right-to-left override, an isolate, marks, a C1 CSI, and an
// escape sequence a terminal would obey.
const hostile = "恶\x1b]52;c;SGk=\x07红\u202e反\u009b1m\u2066<script>\u200f\u061c\u202a尾"

// unsafeIn names the first control a spreadsheet program would act on in
// s: a C1 control or a bidirectional mark, embedding, override or isolate.
func unsafeIn(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r >= 0x80 && r <= 0x9f, r == 0x61c, r == 0x200e, r == 0x200f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return r, true
		}
	}
	return 0, false
}

// checkParts fails for every part of the workbook in data that holds such
// a control, and says how many times the words around the controls
// appear, so a test knows the text was kept, not dropped.
func checkParts(t *testing.T, data []byte) int {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	kept := 0
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		if r, bad := unsafeIn(string(b)); bad {
			t.Errorf("%s holds U+%04X", f.Name, r)
		}
		kept += strings.Count(string(b), "红\uFFFD反")
	}
	return kept
}

// Text from the data reaches Excel or WPS as the brief and the site show
// it: no override can reverse a summary, no C1 control hides in a cell,
// the document's title, or a page header.
func TestDataTextIsMadeHarmless(t *testing.T) {
	repo := load.Load(worked(t)).Repo
	repo.Plan.Sections[0].Title = hostile
	repo.Units.Units[0].Name = "甲" + hostile
	for _, tk := range repo.Tasks {
		tk.Title = hostile
	}
	for _, r := range repo.Reports {
		r.Contact = hostile
		for i := range r.Entries {
			e := &r.Entries[i]
			e.Summary, e.Problems, e.Next = hostile, hostile, hostile
			e.Evidence = append(e.Evidence, model.Ref{Value: hostile + ".pdf"})
		}
	}
	x := model.NewIndex(repo)
	lg := ledger.Build(x, 1, ledger.Day(time.Date(2019, 7, 5, 0, 0, 0, 0, time.UTC)))
	for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
		t.Run(fmt.Sprint(lang), func(t *testing.T) {
			var buf bytes.Buffer
			if err := xlsx.Write(&buf, lg, x, xlsx.Meta{Title: hostile}, lang); err != nil {
				t.Fatal(err)
			}
			if kept := checkParts(t, buf.Bytes()); kept < 10 {
				t.Errorf("the text around the controls appears %d times; it should be kept", kept)
			}
		})
	}
}

// The cover says what 逾期 adds up from, as the summary and the brief do,
// so that the number reconciles with the names on 未报送.
func TestCoverBreaksLatenessDown(t *testing.T) {
	lg, _, data := build(t)
	if lg.Totals.UnitsLate == 0 {
		t.Fatal("the fixture has no late unit")
	}
	want := fmt.Sprintf("逾期 %d：%s", lg.Totals.UnitsLate, render.LateBreakdown(lg.Totals.Late, false, i18n.Zh))
	f := open(t, data)
	rows, _ := f.GetRows("总览")
	for _, row := range rows {
		for _, v := range row {
			if v == want {
				return
			}
		}
	}
	t.Errorf("总览 lacks %q", want)
}
