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
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/*.txt")
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
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
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

// A .docx whose tasks sit in a w:tbl reads as its text copy does.
func TestCorpusDocxTable(t *testing.T) {
	data, err := os.ReadFile("testdata/corpus/tabs.txt")
	if err != nil {
		t.Fatal(err)
	}
	text, err := Decode("x.docx", docx(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile("testdata/corpus/tabs.golden")
	if got := dump(Parse(text, today)); got != string(want) {
		t.Errorf("the .docx reads otherwise:\n%s", got)
	}
}

// docx makes a .docx of text: a line with tabs is a table row (in one
// w:tbl with the rows next to it), any other line a paragraph.
func docx(text string) []byte {
	var body strings.Builder
	inTable := false
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		cells := strings.Split(strings.TrimSuffix(line, "\t"), "\t")
		if len(cells) > 1 {
			if !inTable {
				body.WriteString("<w:tbl>")
				inTable = true
			}
			body.WriteString("<w:tr>")
			for _, c := range cells {
				body.WriteString(`<w:tc><w:tcPr/><w:p><w:r><w:t>` + xmlEscape(c) + `</w:t></w:r></w:p></w:tc>`)
			}
			body.WriteString("</w:tr>")
			continue
		}
		if inTable {
			body.WriteString("</w:tbl>")
			inTable = false
		}
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + xmlEscape(line) + `</w:t></w:r></w:p>`)
	}
	if inTable {
		body.WriteString("</w:tbl>")
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body.String() + `</w:body></w:document>`))
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
	check("units.yaml", UnitsFile(n.Owners()))
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
