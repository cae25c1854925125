// Package docx writes a minimal WordprocessingML package (.docx): one
// section of styled paragraphs on A4 in the 公文 layout of GB/T 9704
// (方正小标宋简体 title, 仿宋_GB2312 三号 body, 黑体 and 楷体 headings,
// margins 37/35/28/26 mm, page numbers "— N —" in the footer). The parts
// come from embedded templates; the archive has fixed timestamps and a fixed
// order, so the same document gives the same bytes.
package docx

import (
	"archive/zip"
	"bytes"
	"embed"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"text/template"
	"time"
)

// Style is a paragraph style of the package's styles.xml.
type Style string

const (
	Title       Style = "Title"       // 标题: 方正小标宋简体 二号, centred
	Addressee   Style = "Addressee"   // 主送机关: body font, no indent
	Body        Style = "Normal"      // 正文: 仿宋_GB2312 三号, first line indented two characters
	Heading1    Style = "Heading1"    // 一级标题: 黑体 三号
	Heading2    Style = "Heading2"    // 二级标题: 楷体_GB2312 三号
	Placeholder Style = "Placeholder" // text the author rewrites: body, highlighted
	Signature   Style = "Signature"   // 署名: right-aligned, two lines below the body
	// DatePlaceholder is the 成文日期 the author fills in: right-aligned
	// under the signature, highlighted.
	DatePlaceholder Style = "DatePlaceholder"
)

// Paragraph is one paragraph of plain text in a style.
type Paragraph struct {
	Style Style
	Text  string
}

// Document is what the package holds.
type Document struct {
	Title      string // the document's title in its properties
	Language   string // such as zh-CN
	Created    time.Time
	Paragraphs []Paragraph
}

//go:embed templates/*
var templates embed.FS

var parts = template.Must(template.New("").Funcs(template.FuncMap{"xml": escape, "text": runText}).ParseFS(templates, "templates/*"))

// zipTime stamps every entry, so the bytes do not depend on the clock.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// entries in archive order: [Content_Types].xml first, as readers expect.
var entries = []struct{ name, template string }{
	{"[Content_Types].xml", "content_types.xml"},
	{"_rels/.rels", "rels.xml"},
	{"docProps/core.xml", "core.xml"},
	{"word/document.xml", "document.xml"},
	{"word/_rels/document.xml.rels", "document.xml.rels"},
	{"word/styles.xml", "styles.xml"},
	{"word/settings.xml", "settings.xml"},
	{"word/footer1.xml", "footer.xml"},
}

// Write writes d as a .docx package to w.
func Write(w io.Writer, d Document) error {
	data := struct {
		Document
		Created string
	}{Document: d}
	if !d.Created.IsZero() {
		data.Created = d.Created.UTC().Format("2006-01-02T15:04:05Z")
	}
	for _, p := range d.Paragraphs {
		if !knownStyle(p.Style) {
			return fmt.Errorf("docx: unknown paragraph style %q", p.Style)
		}
	}
	z := zip.NewWriter(w)
	for _, e := range entries {
		out, err := z.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		if err := parts.ExecuteTemplate(out, e.template, data); err != nil {
			return err
		}
	}
	return z.Close()
}

func knownStyle(s Style) bool {
	switch s {
	case Title, Addressee, Body, Heading1, Heading2, Placeholder, Signature, DatePlaceholder:
		return true
	}
	return false
}

// escape makes s XML character data: markup escaped, characters XML cannot
// hold replaced, line breaks kept as spaces (a paragraph is one line of text).
func escape(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// zeroWidthSpace (U+200B) is invisible, and a line may break at it.
const zeroWidthSpace = "\u200b"

// runText is a paragraph's text as a run holds it: escape's, with a line
// break allowed after Chinese punctuation followed by a Latin letter or a
// digit. LibreOffice allows none there, so a list such as
// "漏报任务11、12、13…" was one unbreakable word: the line before it was
// spread letter by letter across the page, and the list was cut where the
// page ended (a line holding only "1"). Word breaks there already; the
// invisible zero-width space changes nothing it shows.
func runText(s string) string {
	s = escape(s)
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(0)
	for _, r := range s {
		if strings.ContainsRune(breakAfter, prev) && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteString(zeroWidthSpace)
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// breakAfter are the punctuation marks a line may end with that join a
// list of numbers or codes: 、，；：
const breakAfter = "、，；："
