package docx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"tally/internal/docx"
)

var sample = docx.Document{
	Title: "关于任务<一>的通报", Language: "zh-CN", Created: time.Date(2019, 6, 30, 0, 0, 0, 0, time.UTC),
	Paragraphs: []docx.Paragraph{
		{Style: docx.Title, Text: "关于任务<一>的通报"},
		{Style: docx.Addressee, Text: "各单位："},
		{Style: docx.Heading1, Text: "一、总体情况"},
		{Style: docx.Heading2, Text: "（一）红色预警任务"},
		{Style: docx.Body, Text: "甲 & 乙 \"丙\"\x01换\n行"},
		{Style: docx.Placeholder, Text: "【请改写】下步要求"},
		{Style: docx.Signature, Text: "某机关"},
		{Style: docx.DatePlaceholder, Text: "【成文日期】"},
	},
}

func write(t *testing.T, d docx.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := docx.Write(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func part(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("no part %s", name)
	return nil
}

// paragraph is a w:p as a reader sees it.
type paragraph struct {
	Style string
	Text  string
}

// Paragraphs reads the body of a document.xml: each paragraph's style and text.
func paragraphs(t *testing.T, doc []byte) []paragraph {
	t.Helper()
	var body struct {
		Body struct {
			P []struct {
				Style struct {
					Val string `xml:"val,attr"`
				} `xml:"pPr>pStyle"`
				T []string `xml:"r>t"`
			} `xml:"p"`
		} `xml:"body"`
	}
	if err := xml.Unmarshal(doc, &body); err != nil {
		t.Fatalf("document.xml: %v", err)
	}
	var out []paragraph
	for _, p := range body.Body.P {
		out = append(out, paragraph{p.Style.Val, strings.Join(p.T, "")})
	}
	return out
}

func TestParagraphsReadBack(t *testing.T) {
	data := write(t, sample)
	got := paragraphs(t, part(t, data, "word/document.xml"))
	if len(got) != len(sample.Paragraphs) {
		t.Fatalf("%d paragraphs, want %d", len(got), len(sample.Paragraphs))
	}
	for i, p := range sample.Paragraphs {
		want := strings.NewReplacer("\n", " ", "\x01", "\uFFFD").Replace(p.Text)
		if got[i].Style != string(p.Style) || got[i].Text != want {
			t.Errorf("paragraph %d = %+v, want %s %q", i, got[i], p.Style, want)
		}
	}
	// Every part is well-formed XML.
	z, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	for _, f := range z.File {
		b := part(t, data, f.Name)
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Errorf("%s: %v", f.Name, err)
				break
			}
		}
	}
	if z.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first entry %s", z.File[0].Name)
	}
	if core := string(part(t, data, "docProps/core.xml")); !strings.Contains(core, "<dc:title>关于任务&lt;一&gt;的通报</dc:title>") || !strings.Contains(core, "2019-06-30T00:00:00Z") {
		t.Errorf("core.xml: %s", core)
	}
}

// The page is the 公文 page of GB/T 9704: A4, margins 37/35/28/26 mm, a page
// number in the footer; the styles name the prescribed fonts and sizes.
func TestOfficialDocumentLayout(t *testing.T) {
	data := write(t, sample)
	doc := string(part(t, data, "word/document.xml"))
	for _, want := range []string{`<w:pgSz w:w="11906" w:h="16838"/>`, `w:top="2098"`, `w:bottom="1984"`, `w:left="1587"`, `w:right="1474"`, `<w:footerReference w:type="default" r:id="rId3"/>`} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if footer := string(part(t, data, "word/footer1.xml")); !strings.Contains(footer, `w:instr=" PAGE "`) {
		t.Errorf("footer has no page number: %s", footer)
	}
	styles := string(part(t, data, "word/styles.xml"))
	for style, want := range map[string][]string{
		"Title":    {`w:eastAsia="方正小标宋简体"`, `<w:sz w:val="44"/>`},
		"Normal":   {`w:eastAsia="仿宋_GB2312"`, `<w:sz w:val="32"/>`},
		"Heading1": {`w:eastAsia="黑体"`},
		"Heading2": {`w:eastAsia="楷体_GB2312"`},
	} {
		i := strings.Index(styles, `w:styleId="`+style+`"`)
		if i < 0 {
			t.Errorf("no style %s", style)
			continue
		}
		def := styles[i:]
		def = def[:strings.Index(def, "</w:style>")]
		for _, w := range want {
			if !strings.Contains(def, w) {
				t.Errorf("style %s lacks %s", style, w)
			}
		}
	}
	rels := string(part(t, data, "word/_rels/document.xml.rels"))
	if !strings.Contains(rels, `Id="rId3"`) || !strings.Contains(rels, `Target="footer1.xml"`) {
		t.Errorf("document rels: %s", rels)
	}
}

func TestSameDocumentSameBytes(t *testing.T) {
	if !bytes.Equal(write(t, sample), write(t, sample)) {
		t.Error("two writes of one document differ")
	}
}

func TestUnknownStyleRefused(t *testing.T) {
	err := docx.Write(io.Discard, docx.Document{Paragraphs: []docx.Paragraph{{Style: "Heading9", Text: "x"}}})
	if err == nil || !strings.Contains(err.Error(), "Heading9") {
		t.Errorf("err = %v", err)
	}
}

// TestOpensInLibreOffice converts the document to PDF with LibreOffice,
// where it is installed, and checks the text comes through on A4.
func TestOpensInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice is not installed")
	}
	if testing.Short() {
		t.Skip("slow")
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "b.docx")
	if err := os.WriteFile(in, write(t, sample), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	out, err := exec.Command(pdftotext, "-layout", filepath.Join(dir, "b.pdf"), "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(out)
	if !regexp.MustCompile(`—\s*1\s*—`).MatchString(text) {
		t.Errorf("PDF text has no page number — 1 —:\n%s", text)
	}
	for _, want := range []string{"一、总体情况", "【请改写】下步要求", "某机关"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, text)
		}
	}
}

// A long list of task numbers wraps like the text around it: a line may
// break after each 、 before a number (LibreOffice allows no break in
// "11、12、13…", and spread the line before such a list letter by letter),
// and the text reads back as written.
func TestListsOfNumbersMayWrap(t *testing.T) {
	text := "有漏报1个：霞山区委组织部（漏报任务11、12、13、14）；草稿未报1个：市委党校；2019Q2，2019Q3。"
	data := write(t, docx.Document{Title: "t", Language: "zh-CN", Paragraphs: []docx.Paragraph{{Style: docx.Body, Text: text}}})
	doc := string(part(t, data, "word/document.xml"))
	for _, want := range []string{"11、\u200b12、\u200b13、\u200b14）", "；\u200b2019Q2，\u200b2019Q3。", "有漏报1个：霞山"} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %q:\n%s", want, doc)
		}
	}
	got := paragraphs(t, []byte(doc))
	if len(got) != 1 || strings.ReplaceAll(got[0].Text, "\u200b", "") != text {
		t.Errorf("read back %+v, want %q", got, text)
	}
}
