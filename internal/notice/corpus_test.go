package notice

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"tally/internal/i18n"
)

var update = flag.Bool("update", false, "rewrite the golden files of the notice corpus")

// dump is what a reviewer checks of an import: the list, its sections,
// every task with what was read of it, the lines left over and the
// warnings.
func dump(n *Notice) string {
	var b strings.Builder
	fmt.Fprintf(&b, "list: %s\n", n.ListTitle)
	if n.Number != "" {
		fmt.Fprintf(&b, "notice: %s | %s | %s | %s\n", n.Issuer, n.Number, n.Title, n.Date.Format("2006-01-02"))
	}
	for _, s := range n.Sections {
		fmt.Fprintf(&b, "section %s: %s", s.ID, s.Title)
		if s.Parent != "" {
			fmt.Fprintf(&b, " (in %s)", s.Parent)
		}
		b.WriteString("\n")
	}
	for _, t := range n.Tasks {
		fmt.Fprintf(&b, "\ntask %s (section %s, line %d)\n  title: %s\n", t.ID, t.Section, t.Line, t.Title)
		if t.Body != "" {
			fmt.Fprintf(&b, "  body: %s\n", strings.TrimSuffix(t.Body, "\n"))
		}
		fmt.Fprintf(&b, "  owners: %s\n", strings.Join(t.Owners, " | "))
		if len(t.Lead) > 0 {
			fmt.Fprintf(&b, "  lead: %s\n", strings.Join(t.Lead, " | "))
		}
		if len(t.Leaders) > 0 {
			fmt.Fprintf(&b, "  leaders: %s\n", strings.Join(t.Leaders, " | "))
		}
		if !t.Due.IsZero() {
			fmt.Fprintf(&b, "  due: %s\n", t.Due.Format("2006-01-02"))
		}
		for _, m := range t.Milestones {
			fmt.Fprintf(&b, "  milestone: %s %s\n", m.Due.Format("2006-01-02"), m.Text)
		}
		for _, s := range []struct {
			field string
			from  From
		}{{"owners", t.Sources.Owners}, {"lead", t.Sources.Lead}, {"leaders", t.Sources.Leaders}, {"due", t.Sources.Due}} {
			if s.from.Kind != FromNone {
				fmt.Fprintf(&b, "  %s from: %s\n", s.field, s.from.Text().In(i18n.Zh))
			}
		}
		for _, r := range t.Review {
			fmt.Fprintf(&b, "  review %s (line %d): %s\n", r.Field, r.Line, r.Text.In(i18n.Zh))
		}
	}
	for _, l := range n.Unplaced {
		fmt.Fprintf(&b, "\nunplaced %d: %s", l.N, l.Text)
	}
	for _, w := range n.Warnings {
		fmt.Fprintf(&b, "\nwarning %d: %s", w.Line, w.Text.In(i18n.Zh))
	}
	return b.String() + "\n"
}

// Each notice of the corpus, written in one of the styles offices use,
// gives the tasks in its golden file (go test -update rewrites them).
// The libreoffice-*.docx were saved by LibreOffice Writer: a table with
// merged cells (rowspan, colspan) and cells of several paragraphs, and
// items in a list numbered by the word processor (w:numPr).
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/*.txt")
	docx, _ := filepath.Glob("testdata/corpus/*.docx")
	files = append(files, docx...)
	if len(files) < 7 {
		t.Fatalf("corpus has %d notices", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text, err := Decode(f, data)
			if err != nil {
				t.Fatal(err)
			}
			n := Parse(text, today)
			assertValid(t, n)
			got := dump(n)
			golden := strings.TrimSuffix(f, filepath.Ext(f)) + ".golden"
			if *update {
				os.WriteFile(golden, []byte(got), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

// A .docx whose tasks sit in a w:tbl, its section headings in merged
// rows of the table, reads as its text copy does. testdata/corpus/tabs.docx
// is made from tabs.txt (go test -update makes it again).
func TestCorpusDocxTable(t *testing.T) {
	if *update {
		data, err := os.ReadFile("testdata/corpus/tabs.txt")
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile("testdata/corpus/tabs.docx", docx(string(data)), 0o644)
	}
	data, err := os.ReadFile("testdata/corpus/tabs.docx")
	if err != nil {
		t.Fatal(err)
	}
	text, err := Decode("tabs.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "二、人居环境\t\n") {
		t.Errorf("the heading is not a row of the table: %q", text)
	}
	n := Parse(text, today)
	assertValid(t, n)
	want, _ := os.ReadFile("testdata/corpus/tabs.golden")
	if got := dump(n); got != string(want) {
		t.Errorf("the .docx reads otherwise:\n%s", got)
	}
}

// docx makes a .docx of text: a line with tabs is a table row, a line
// between two rows a row of one merged cell, any other line a paragraph.
// In a cell, each sentence and each name after 、 is a paragraph.
func docx(text string) []byte {
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	isRow := func(i int) bool {
		return i >= 0 && i < len(lines) && strings.Contains(strings.TrimSuffix(lines[i], "\t"), "\t")
	}
	var body strings.Builder
	inTable := false
	for i, line := range lines {
		merged := !isRow(i) && isRow(i-1) && isRow(i+1)
		if !isRow(i) && !merged {
			if inTable {
				body.WriteString("</w:tbl>")
				inTable = false
			}
			body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + xmlEscape(line) + `</w:t></w:r></w:p>`)
			continue
		}
		if !inTable {
			body.WriteString("<w:tbl>")
			inTable = true
		}
		body.WriteString("<w:tr>")
		if merged {
			body.WriteString(`<w:tc><w:tcPr><w:gridSpan w:val="6"/></w:tcPr><w:p><w:r><w:t>` + xmlEscape(line) + `</w:t></w:r></w:p></w:tc>`)
		}
		for _, c := range strings.Split(strings.TrimSuffix(line, "\t"), "\t") {
			if merged {
				continue
			}
			// Sentences and names in paragraphs of their own, as offices
			// type them into cells.
			body.WriteString(`<w:tc>`)
			for _, p := range strings.SplitAfter(strings.ReplaceAll(c, "、", "\x00"), "。") {
				for _, q := range strings.Split(p, "\x00") {
					if q != "" {
						body.WriteString(`<w:p><w:r><w:t>` + xmlEscape(q) + `</w:t></w:r></w:p>`)
					}
				}
			}
			body.WriteString(`</w:tc>`)
		}
		body.WriteString("</w:tr>")
	}
	if inTable {
		body.WriteString("</w:tbl>")
	}
	return docxOf(body.String())
}

// docxOf is a .docx whose body is the given WordprocessingML, with more
// parts (name, content) if given.
func docxOf(body string, parts ...[2]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range append([][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body + `</w:body></w:document>`},
	}, parts...) {
		w, _ := zw.Create(f[0])
		w.Write([]byte(f[1]))
	}
	zw.Close()
	return buf.Bytes()
}

// assertValid fails on any string of the notice, or of the files written
// from it, that is not valid UTF-8.
func assertValid(t *testing.T, n *Notice) {
	t.Helper()
	check := func(what, s string) {
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", what, s)
		}
	}
	check("plan.yaml", PlanFile(n, "seeds/x.txt"))
	check("units.yaml", UnitsFile(n.Owners(), nil))
	for _, l := range n.Unplaced {
		check("an unplaced line", l.Text)
	}
	for _, w := range n.Warnings {
		check("a warning", w.Text.In(i18n.Zh))
	}
	for _, task := range n.Tasks {
		check("a task id", task.ID)
		check("task "+task.ID, TaskFile(task))
	}
}
