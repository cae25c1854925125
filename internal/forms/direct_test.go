package forms

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"tally/internal/gen"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/newreport"
	"tally/internal/testrepo"
)

// sameForm writes d with fw and with Write, and fails unless the bytes
// agree; direct tells whether fw wrote it without excelize.
func sameForm(t *testing.T, fw *Writer, d newreport.Draft) (direct bool) {
	t.Helper()
	var want, got bytes.Buffer
	if err := Write(&want, d, fw.title, fw.lang); err != nil {
		t.Fatal(err)
	}
	if err := fw.Write(&got, d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("%s %s (%s): the Writer's form differs from excelize's", d.Unit.ID, d.Period.ID, fw.lang)
	}
	if d.Submitted != "" || len(d.Rows) == 0 {
		return false
	}
	t2 := fw.template(d)
	_, direct = t2.parts(d, fw.title, labelsIn[fw.lang])
	return direct
}

// Every form of the bundled data in both languages, and of a generated
// province's last two quarters, is written by a Writer to excelize's
// bytes, and without excelize.
func TestWriterWritesExcelizesBytes(t *testing.T) {
	dir := t.TempDir()
	if err := gen.Write(dir, gen.Options{Tasks: 14, Units: 40, Periods: 4, Seed: 7, Missing: 0.1}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		repo  *model.Repo
		from  int // the first period
		langs []i18n.Lang
	}{
		{"bundled", load.Load(testrepo.Bundled()).Repo, 0, []i18n.Lang{i18n.Zh, i18n.En}},
		{"generated", load.Load(os.DirFS(dir)).Repo, 2, []i18n.Lang{i18n.Zh}},
	} {
		name, repo := c.name, c.repo
		x := model.NewIndex(repo)
		for _, lang := range c.langs {
			fw := NewWriter(repo.Plan.Title, lang)
			forms := 0
			for pi := c.from; pi < len(repo.Plan.Periods); pi++ {
				for i := range repo.Units.Units {
					d := newreport.Open(x, &repo.Units.Units[i], pi)
					if len(d.Rows) == 0 {
						continue
					}
					if !sameForm(t, fw, d) {
						t.Errorf("%s: %s %s was written by excelize", name, d.Unit.ID, d.Period.ID)
					}
					forms++
				}
			}
			if forms < 20 {
				t.Fatalf("%s: only %d forms", name, forms)
			}
		}
	}
}

// Texts that XML escapes, white space a shared string keeps, texts that
// repeat one another or the identity sheet's words, and the texts excelize
// changes (sent to excelize): the bytes are excelize's all the same.
func TestWriterTrickyTexts(t *testing.T) {
	repo := load.Load(testrepo.Bundled()).Repo
	x := model.NewIndex(repo)
	base := newreport.Open(x, x.Registry.Unit("chikan-school"), 1)
	if len(base.Rows) < 3 {
		t.Fatalf("%d rows", len(base.Rows))
	}
	cases := []struct {
		name   string
		edit   func(d *newreport.Draft)
		direct bool
	}{
		{"as opened", func(d *newreport.Draft) {}, true},
		{"markup and quotes", func(d *newreport.Draft) {
			d.Rows[0].Summary = `<b>"引号" & 'apos' > 5</b>`
			d.Contact = "A&B <c>"
		}, true},
		{"line breaks, tabs, carriage returns", func(d *newreport.Draft) {
			d.Rows[0].Problems = "一\r\n二\t三\n"
			d.Rows[1].Next = "\n开头换行"
		}, true},
		{"leading and trailing spaces", func(d *newreport.Draft) {
			d.Rows[0].Summary = " 前有空格"
			d.Rows[1].Summary = "后有空格 "
			d.Contact = "\t联系人"
		}, true},
		{"control characters and U+FFFD", func(d *newreport.Draft) {
			d.Rows[0].Summary = "a\x01b\x1fc\ufffd\ufffe"
		}, true},
		{"characters outside the BMP", func(d *newreport.Draft) { d.Rows[2].Problems = "𠀀𪚥😀" }, true},
		{"repeats, and the identity's words", func(d *newreport.Draft) {
			d.Rows[0].Summary, d.Rows[1].Summary, d.Rows[2].Summary = "unit", "1", d.Rows[0].Problems
			d.Rows[0].Next = base.Unit.ID
			d.Contact = "联系人"
		}, true},
		{"progress not a whole number", func(d *newreport.Draft) {
			d.Rows[0].Progress, d.Rows[1].Progress, d.Rows[2].Progress = "60%", "", "007"
		}, true},
		{"a status not in the list", func(d *newreport.Draft) { d.Rows[0].Status = "进行中" }, true},
		{"text that reads as a formula (kept as text)", func(d *newreport.Draft) {
			d.Rows[0].Summary, d.Rows[1].Problems, d.Rows[2].Next, d.Rows[0].Progress = "=SUM(A1:A3)", "+86 0759", "@all", "-5"
			d.Contact = "-李四"
		}, true},
		{"tall rows", func(d *newreport.Draft) { d.Rows[0].Summary = strings.Repeat("很长的进展情况。", 600) }, true},
		{"an escaped character's look (_x0041_)", func(d *newreport.Draft) { d.Rows[0].Summary = "见_x0041_号文" }, false},
		{"longer than a cell holds", func(d *newreport.Draft) { d.Rows[1].Problems = strings.Repeat("问", 40000) }, false},
		{"a submitted date", func(d *newreport.Draft) { d.Submitted = "2019-10-08" }, false},
		{"no rows", func(d *newreport.Draft) { d.Rows = nil }, false},
	}
	for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
		fw := NewWriter(repo.Plan.Title, lang)
		for _, tc := range cases {
			t.Run(lang.Pick("zh", "en")+"/"+tc.name, func(t *testing.T) {
				d := base
				d.Rows = append([]newreport.Row(nil), base.Rows...)
				tc.edit(&d)
				if direct := sameForm(t, fw, d); direct != tc.direct {
					t.Errorf("written directly %v, want %v", direct, tc.direct)
				}
			})
		}
	}
}

// FuzzWriter: whatever a unit's texts hold, a Writer's form is excelize's
// to the byte.
func FuzzWriter(f *testing.F) {
	repo := load.Load(testrepo.Bundled()).Repo
	x := model.NewIndex(repo)
	base := newreport.Open(x, x.Registry.Unit("chikan-school"), 1)
	fw := NewWriter(repo.Plan.Title, i18n.Zh)
	f.Add("举办两期培训。", "张三 0759-1234567", "50")
	f.Add(" <&> \"'\r\n\t", "\x00\x01", "_x0041_")
	f.Fuzz(func(t *testing.T, text, contact, progress string) {
		d := base
		d.Rows = append([]newreport.Row(nil), base.Rows...)
		d.Rows[0].Summary, d.Rows[1].Problems, d.Rows[0].Progress, d.Contact = text, text, progress, contact
		sameForm(t, fw, d)
	})
}
