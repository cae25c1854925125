package cli_test

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wordDoc is a .docx whose body is made of paragraphs (a string) and
// tables (a [][]string, its first row the header), as Word saves them.
func wordDoc(t *testing.T, parts ...any) []byte {
	t.Helper()
	esc := func(s string) string {
		var b bytes.Buffer
		for _, r := range s {
			switch r {
			case '<':
				b.WriteString("&lt;")
			case '>':
				b.WriteString("&gt;")
			case '&':
				b.WriteString("&amp;")
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	para := func(s string) string {
		if s == "" {
			return "<w:p/>"
		}
		return `<w:p><w:r><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r></w:p>`
	}
	var body strings.Builder
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			body.WriteString(para(p))
		case [][]string:
			body.WriteString("<w:tbl>")
			for _, row := range p {
				body.WriteString("<w:tr>")
				for _, c := range row {
					body.WriteString("<w:tc>" + para(c) + "</w:tc>")
				}
				body.WriteString("</w:tr>")
			}
			body.WriteString("</w:tbl>")
		}
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`},
	} {
		w, err := zw.Create(f[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(f[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A county's notice as an office saves it from Word: empty paragraphs
// between the lines, the list as a real table with a 责任领导 column, a
// row holding two sub-items with a time limit each.
func countyDocx(t *testing.T) []byte {
	return wordDoc(t,
		"清水县人民政府办公室关于印发清水县2026年重点工作任务清单的通知",
		"",
		"各乡镇人民政府，县政府各部门：",
		"",
		"现将《清水县2026年重点工作任务清单》印发给你们，请认真抓好落实。",
		"",
		"一、产业发展",
		[][]string{
			{"序号", "重点工作", "责任领导", "牵头单位", "配合单位", "完成时限"},
			{"1", "建成产业园区标准厂房5万平方米", "王建国", "县发展改革局", "县财政局", "2026年9月底前"},
			{"2", "（1）新建乡镇卫生院2所；（2）改造村卫生室20个", "张丽", "县卫生健康局", "县财政局、有关乡镇人民政府", "（1）9月底前；（2）12月底前"},
			{"3", "持续优化营商环境", "王建国", "县营商环境局", "", "全年"},
		},
		"",
		"清水县人民政府办公室",
		"2026年2月10日",
	)
}

// In the account of a .docx notice every place is one Word shows: a table
// row by its number in the table and its 序号, a paragraph by its words;
// never a line number, which counts empty paragraphs and rows and which
// Word has none of.
func TestImportDocxSaysWhereAsWordShows(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "通知.docx")
	if err := os.WriteFile(file, countyDocx(t), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "-C", filepath.Join(dir, "repo"), "import", file, "--dry-run")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"表格“责任领导”列（表格第 2 行（序号 1））",
		"表格第 3 行（序号 2），任务 02，责任单位：“有关乡镇人民政府”没有指明具体单位",
		"表格第 4 行（序号 3），任务 03，完成时限：完成时限为“全年”",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("no %q in the account:\n%s", want, stderr)
		}
	}
	for _, bad := range []string{"第 7 行", "第 8 行", "第 9 行", "第 10 行", "line "} {
		if strings.Contains(stderr, bad) {
			t.Errorf("the account of a .docx names %q, a line Word does not show:\n%s", bad, stderr)
		}
	}
	_, stderr, _ = run(t, "--lang", "en", "-C", filepath.Join(dir, "repo"), "import", file, "--dry-run")
	if !strings.Contains(stderr, "table row 4 (No. 3), task 03, due:") {
		t.Errorf("English account:\n%s", stderr)
	}
	// The JSON says the same places beside its line numbers.
	stdout, _, _ := run(t, "-C", filepath.Join(dir, "repo"), "import", file, "--dry-run", "--format", "json")
	for _, want := range []string{`"place": "表格第 3 行（序号 2）"`, `"place": "表格第 4 行（序号 3）"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no %s in the JSON:\n%s", want, stdout)
		}
	}
	// A text notice has line numbers, and no place.
	txt := filepath.Join(dir, "通知.txt")
	os.WriteFile(txt, []byte("2019年重点工作\n1.开展督查。（县督查室负责）\n"), 0o644)
	if stdout, _, _ := run(t, "-C", filepath.Join(dir, "repo2"), "import", txt, "--dry-run", "--format", "json"); strings.Contains(stdout, `"place"`) {
		t.Errorf("a text notice's JSON names places:\n%s", stdout)
	}
}

// A .docx whose items are paragraphs: a place is the paragraph, counted
// among those that hold text, with its first words to find it by.
func TestImportDocxParagraphsByTheirWords(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "通知.docx")
	doc := wordDoc(t,
		"关于印发2026年重点工作任务的通知",
		"",
		"一、县卫生健康局牵头工作",
		"",
		"1.新建乡镇卫生院2所，2026年9月底前完成。",
		"",
		"2.改造村卫生室20个，2026年12月底前完成。",
	)
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "-C", filepath.Join(dir, "repo"), "import", file, "--dry-run")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// The heading is the 2nd paragraph with text (the 5th with the empty
	// ones, line 3 of the text).
	if want := "第 2 段“一、县卫生健康局牵头工作”，任务 01，责任单位：责任单位（牵头）“县卫生健康局”来自第 2 段“一、县卫生健康局牵头工作”的小节标题"; !strings.Contains(stderr, want) {
		t.Errorf("no %q in the account:\n%s", want, stderr)
	}
	if strings.Contains(stderr, "第 3 行") {
		t.Errorf("a line number in the account of a .docx:\n%s", stderr)
	}
}
