package evidence

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"tally/internal/diag"
	"tally/internal/model"
)

// zipOf is a zip archive holding the named (empty) entries, in order.
func zipOf(t *testing.T, names ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range names {
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("<x/>"))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The office formats that are zip files inside (docx, xlsx, OFD) are told
// from an archive by the names in them, wherever the telling entry stands;
// a document under another document's extension says what to rename it.
func TestZipBasedDocuments(t *testing.T) {
	docx := zipOf(t, "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "word/document.xml")
	xlsx := zipOf(t, "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")
	ofd := zipOf(t, "OFD.xml", "Doc_0/Document.xml")
	plain := zipOf(t, "照片/1.jpg", "说明.txt")
	fsys := fstest.MapFS{}
	cases := []struct {
		name    string
		data    []byte
		problem Problem
		says    string
	}{
		{"a.docx", docx, OK, ""},
		{"a.doc", docx, OK, ""}, // Word opens either format under .doc
		{"a.wps", docx, OK, ""},
		{"a.xlsx", xlsx, OK, ""},
		{"a.et", xlsx, OK, ""},
		{"a.ofd", ofd, OK, ""},
		{"a.pdf", docx, Mismatch, "改名为 a.docx"},
		{"b.xlsx", docx, Mismatch, "改名为 b.docx"},
		{"c.docx", plain, Archive, "zip 压缩包"},
		{"d.pdf", plain, Archive, "请解压"},
		{"e.xlsx", ofd, Mismatch, "改名为 e.ofd"},
		{"f.docx", []byte("PK\x03\x04 cut short"), Archive, ""},
		{"g.jpg", []byte("%PDF-1.7\n"), Mismatch, "改名为 g.pdf"},
		{"h.png", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), Mismatch, "改名为 h.jpg"},
		{"i.pdf", []byte("MZ\x90\x00"), Executable, "可执行程序"},
		{"j.pdf", []byte("\x7fELF\x02\x01"), Executable, "可执行程序"},
		{"k.pdf", []byte("7z\xbc\xaf\x27\x1c"), Archive, "7z"},
		{"l.exe", []byte("MZ"), BadType, "pdf、ofd"},
		{"m.zip", plain, BadType, ""},
		{"n.pdf", []byte("hello"), Unknown, "不是 PDF 文件"},
		{"o.doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), OK, ""},
		{"p.xls", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), OK, ""},
		{"q.docx", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), Unknown, ""},
		{"r.PDF", []byte("%PDF-1.4"), OK, ""},
	}
	for _, c := range cases {
		fsys["ev/"+c.name] = &fstest.MapFile{Data: c.data}
	}
	for _, c := range cases {
		f := Inspect(fsys, "ev/"+c.name)
		if f.Problem != c.problem {
			t.Errorf("%s: problem %d (content %q), want %d", c.name, f.Problem, f.Content, c.problem)
			continue
		}
		if msg := f.Message(c.name, "ev"); !strings.Contains(msg.Zh, c.says) || (c.problem != OK && (msg.Zh == "" || msg.En == "")) {
			t.Errorf("%s: message %q / %q, want it to say %q", c.name, msg.Zh, msg.En, c.says)
		}
	}
}

// A zip's central directory is read through a budget: a directory larger
// than the budget is not read at all, and the file is judged by its
// first entry's name instead.
func TestZipDirectoryBudget(t *testing.T) {
	names := []string{"word/document.xml"}
	for i := 0; i < 2500; i++ { // 2,500 names of 500 bytes: a directory over the 1 MB budget
		names = append(names, fmt.Sprintf("%s/%05d", strings.Repeat("x", 494), i))
	}
	data := zipOf(t, names...)
	f := Inspect(fstest.MapFS{"big.docx": {Data: data}}, "big.docx")
	if f.Problem != OK || f.Content != "docx" {
		t.Errorf("a docx with a large directory: problem %d, content %q", f.Problem, f.Content)
	}
}

func TestValidName(t *testing.T) {
	for name, want := range map[string]bool{
		"整顿台账.pdf": true, "a b.pdf": true, "": false, ".": false, "..": false, "../a.pdf": false, "a/b.pdf": false,
		`a\b.pdf`: false, "C:a.pdf": false, "a?.pdf": false, `a"b".pdf`: false, "a|b.pdf": false, "a*.pdf": false, "<a>.pdf": false, " a.pdf": false, "a.pdf ": false, "a\x1b.pdf": false, "a\u202e.pdf": false,
	} {
		if got := ValidName(name); got != want {
			t.Errorf("ValidName(%q) = %v, want %v", name, got, want)
		}
	}
}

// A name Windows cannot use is told as such, in both languages, with the
// fix: never as a file that is not there.
func TestReservedNames(t *testing.T) {
	for _, name := range []string{"CON.pdf", "con", "PRN.docx", "aux.tar.pdf", "NUL .jpg", "COM1.png", "lpt9.pdf", "a.pdf.", "a.pdf ", "会议纪要.pdf ."} {
		p := NameProblem(name)
		if p != Reserved || ValidName(name) {
			t.Errorf("NameProblem(%q) = %d, ValidName %v", name, p, ValidName(name))
			continue
		}
		f := Finding{Problem: p}
		msg := f.Message(name, "evidence/2019Q2/a-org")
		if f.Rule() != diag.EvidencePath || !strings.Contains(msg.Zh, "Windows 不能使用的文件名") || !strings.Contains(msg.En, "a name Windows cannot use") {
			t.Errorf("%s: %s %q", name, f.Rule(), msg)
		}
	}
	for _, name := range []string{"CONSOLE.pdf", "com10.pdf", "LPT.pdf", "my con.pdf", "会议　纪要.pdf", "a.b.pdf"} {
		if p := NameProblem(name); p != OK {
			t.Errorf("NameProblem(%q) = %d, want OK", name, p)
		}
	}
}

// A file a byte over the limit says its size once, in bytes, and never
// as the limit's own figure (walk 3, #12).
func TestTooLargeSaysTheSizeOnce(t *testing.T) {
	m := Finding{Problem: TooLarge, Size: model.EvidenceMaxSize + 1}.Message("大文件.pdf", "evidence/2019Q2/a-org")
	want := "佐证材料“大文件.pdf”有 20,971,521 字节，超过上限 20 MB（20,971,520 字节）"
	if !strings.HasPrefix(m.Zh, want) {
		t.Errorf("got %q, want it to begin %q", m.Zh, want)
	}
	m = Finding{Problem: TooLarge, Size: 21_000_009}.Message("大文件.pdf", "evidence/2019Q2/a-org")
	if want := "有 20.03 MB（21,000,009 字节），超过上限 20 MB"; !strings.Contains(m.Zh, want) {
		t.Errorf("got %q, want %q in it", m.Zh, want)
	}
}

// A unit filling in a form is told of its 佐证材料 cell, not of a YAML
// field it never sees (walk 3, #13).
func TestInFormSpeaksOfTheCell(t *testing.T) {
	for _, f := range []Finding{{Problem: Reserved}, {Problem: BadName}} {
		m := InForm(f.Message("CON.pdf", "附件"))
		if strings.Contains(m.Zh, "evidence") || strings.Contains(m.En, "in evidence") || strings.Contains(m.En, "evidence lists") {
			t.Errorf("%v: still speaks of the evidence field: %q / %q", f.Problem, m.Zh, m.En)
		}
		if !strings.Contains(m.Zh, "“佐证材料”栏中") {
			t.Errorf("%v: %q does not name the 佐证材料 cell", f.Problem, m.Zh)
		}
	}
}
