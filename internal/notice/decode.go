// Package notice reads an official notice that issues a key-task list
// (a .txt in UTF-8, GB18030 or UTF-16, or a .docx) and finds its header, preamble,
// sections and tasks, each task's responsible units and dates.
package notice

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"tally/internal/i18n"
	"tally/internal/load"
)

// MaxSize is the largest notice read as text; a Word document's text
// may be four times as long.
const MaxSize = 16 << 20

// MaxDocxSize is the largest .docx read: its pictures (a scanned seal, a
// photographed table) may take tens of megabytes the text does not.
const MaxDocxSize = 64 << 20

// ErrNotText means the file is neither text (UTF-8, GB18030, UTF-16 with
// its byte order mark) nor a .docx.
var ErrNotText = errors.New("not a text notice")

// NotTextError says, in both languages, why a file is not a notice that
// can be read; it is ErrNotText.
type NotTextError struct{ Why i18n.Text }

func (e *NotTextError) Error() string        { return ErrNotText.Error() + ": " + e.Why.En }
func (e *NotTextError) Is(target error) bool { return target == ErrNotText }

func notText(zh, en string, args ...any) error {
	return &NotTextError{Why: i18n.F(zh, en, args...)}
}

// Decode returns the text of a notice file: a .docx's paragraphs, or a
// text file in UTF-8, GB18030 or UTF-16 (Notepad's "Unicode", with its
// byte order mark), with line ends made \n.
func Decode(name string, data []byte) (string, error) {
	if strings.EqualFold(filepath.Ext(name), ".docx") || bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		if len(data) > MaxDocxSize {
			return "", notText("Word 文档超过 %d MB，不像是一份通知", "the Word document is over %d MB, too large for a notice", MaxDocxSize>>20)
		}
		return docxText(data)
	}
	// The formats notices are published in that tally does not read, each
	// named with what to do.
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "", notText("这是 PDF 文件，tally 读不了 PDF；请用 WPS 或 Word 打开后另存为 .docx，或把全文复制到记事本存为 .txt",
			"it is a PDF, which tally does not read; open it in WPS or Word and save it as .docx, or copy the whole text into a .txt file")
	case bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		return "", notText("这是旧版 Word（.doc）或 WPS（.wps）文件；请用 Word 或 WPS 打开后另存为 .docx",
			"it is an old Word (.doc) or WPS (.wps) document; open it in Word or WPS and save it as .docx")
	case len(data) > MaxSize:
		return "", notText("文件超过 %d MB，不像是一份通知", "the file is over %d MB, too large for a notice", MaxSize>>20)
	}
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		text, ok := load.FromUTF16(data)
		if !ok {
			return "", notText("文字不是有效的 UTF-16 编码", "the text is not valid UTF-16")
		}
		data = text
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", notText("内容是二进制数据（如图片、程序），不是文字", "its content is binary (a picture or a program, say), not text")
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return "", notText("文字既不是 UTF-8 编码，也不是 GB18030（GBK）编码", "the text is neither UTF-8 nor GB18030 (GBK)")
		}
		data = out
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", notText("文件是空的", "the file is empty")
	}
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// CellBreak separates the paragraphs of one table cell in the text of a
// .docx (a table row is one line).
const CellBreak = "\u2028"

// docxText reads word/document.xml: one line per paragraph; a table row is
// one line with its cells separated by tabs, the paragraphs of a cell by
// CellBreak.
func docxText(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", notText("不是有效的 .docx 文件（文件已损坏，或是改了扩展名的其他文件）", "not a valid .docx (damaged, or another kind of file renamed)")
	}
	var doc, numbering *zip.File
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			doc = f
		case "word/numbering.xml":
			numbering = f
		}
	}
	if doc == nil {
		for _, f := range zr.File {
			if f.Name == "OFD.xml" {
				return "", notText("这是 OFD 版式文件，tally 读不了；请用数科 OFD 阅读器或 WPS 打开，把全文复制到记事本存为 .txt",
					"it is an OFD document, which tally does not read; open it in an OFD reader or WPS and copy the whole text into a .txt file")
			}
		}
		return "", notText("是压缩包，但不是 Word 文档（没有 word/document.xml）", "a zip archive, but not a Word document (it has no word/document.xml)")
	}
	if doc.UncompressedSize64 > MaxSize*4 {
		return "", notText("Word 文档的正文超过 %d MB，不像是一份通知", "the Word document's text is over %d MB, too large for a notice", MaxSize*4>>20)
	}
	rc, err := doc.Open()
	if err != nil {
		return "", notText("Word 文档已损坏，无法解压", "the Word document is damaged and cannot be unpacked")
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, MaxSize*4))
	var b strings.Builder
	d := docxState{out: &b, merged: map[int]string{}, num: readNumbering(numbering)}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", brokenXML(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			d.start(t)
		case xml.EndElement:
			d.end(t.Name.Local)
		case xml.CharData:
			if d.inText {
				d.text(string(t))
			}
		}
	}
	return b.String(), nil
}

// brokenXML says where document.xml, read to err, is damaged.
func brokenXML(err error) error {
	var syntax *xml.SyntaxError
	if errors.As(err, &syntax) {
		return notText("Word 文档的正文已损坏（document.xml 第 %d 行）", "the Word document's text is damaged (document.xml, line %d)", syntax.Line)
	}
	return notText("Word 文档的正文已损坏，读不完", "the Word document's text is damaged and cannot be read to its end")
}

// docxState is where the reading of document.xml is: in a run's text, in
// a cell (and how deep, for tables inside cells), at which column of the
// row, and the text of cells merged down the rows (w:vMerge), which the
// rows below repeat so that no row loses its lead unit.
type docxState struct {
	out       *strings.Builder
	inText    bool
	depth     int // cells open: 0 outside tables
	cell      strings.Builder
	paraEnded bool
	col, span int
	vmerge    string // "restart", "continue" or ""
	merged    map[int]string

	num         *numbering
	numID, ilvl string // the numbering of the paragraph being read
	inPPr       bool   // in a paragraph's properties (where w:tab is a tab stop)
}

func (d *docxState) start(t xml.StartElement) {
	switch t.Name.Local {
	case "t":
		d.inText = true
	case "pPr":
		d.inPPr = true
	case "tab":
		if d.inPPr {
			return // a tab stop, not a tab
		}
		if d.depth > 0 {
			d.text(" ")
		} else {
			d.out.WriteString("\t")
		}
	case "br", "cr":
		if d.depth == 0 {
			d.out.WriteString("\n")
		} else {
			d.paraEnded = d.cell.Len() > 0
		}
	case "tr":
		if d.depth == 0 {
			d.col = 0
		}
	case "tc":
		d.depth++
		if d.depth == 1 {
			d.cell.Reset()
			d.paraEnded, d.span, d.vmerge = false, 1, ""
		}
	case "gridSpan":
		if d.depth == 1 {
			if n, err := strconv.Atoi(attr(t, "val")); err == nil && n > 1 && n < 64 {
				d.span = n
			}
		}
	case "numId":
		d.numID = attr(t, "val")
	case "ilvl":
		d.ilvl = attr(t, "val")
	case "vMerge":
		if d.depth == 1 {
			d.vmerge = "continue"
			if attr(t, "val") == "restart" {
				d.vmerge = "restart"
			}
		}
	}
}

func (d *docxState) end(name string) {
	switch name {
	case "t":
		d.inText = false
	case "pPr":
		d.inPPr = false
		// Word's own numbering (一、 1. typed by Word, not by the user) is
		// no text of the paragraph: write it as the text shows it.
		if label := d.num.label(d.numID, d.ilvl); label != "" {
			d.text(label)
		}
		d.numID, d.ilvl = "", ""
	case "p":
		if d.depth == 0 {
			d.out.WriteString("\n")
		} else if d.cell.Len() > 0 {
			d.paraEnded = true
		}
	case "tc":
		d.depth--
		if d.depth > 0 {
			return
		}
		text := d.cell.String()
		switch d.vmerge {
		case "restart":
			d.merged[d.col] = text
		case "continue":
			if text == "" {
				text = d.merged[d.col]
			}
		default:
			delete(d.merged, d.col)
		}
		d.out.WriteString(text + "\t")
		d.col += d.span
	case "tr":
		if d.depth == 0 {
			d.out.WriteString("\n")
		}
	}
}

func (d *docxState) text(s string) {
	w := d.out
	if d.depth > 0 {
		w = &d.cell
		if d.paraEnded {
			w.WriteString(CellBreak)
		}
		d.paraEnded = false
	}
	w.WriteString(s)
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// numbering is word/numbering.xml: for each list, the text of the number
// at each level (lvlText such as "%1、" or "（%1）") and its digits, and the
// counters while the document is read.
type numbering struct {
	abstract map[string]string        // numId → abstractNumId
	levels   map[string]map[int]level // abstractNumId → level → format
	count    map[string][]int         // abstractNumId → counters by level
}

type level struct {
	format, text string
	start        int
}

// readNumbering reads word/numbering.xml; a document without one (or with
// a broken one) has no numbering.
func readNumbering(f *zip.File) *numbering {
	n := &numbering{abstract: map[string]string{}, levels: map[string]map[int]level{}, count: map[string][]int{}}
	if f == nil || f.UncompressedSize64 > MaxSize {
		return n
	}
	rc, err := f.Open()
	if err != nil {
		return n
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, MaxSize))
	var abs, num string
	lvl := -1
	for {
		tok, err := dec.Token()
		if err != nil {
			return n
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		v := attr(t, "val")
		switch t.Name.Local {
		case "abstractNum":
			abs, num = attr(t, "abstractNumId"), ""
			n.levels[abs] = map[int]level{}
		case "lvl":
			// A w:lvl inside a w:num overrides a level: it is not read.
			if lvl, err = strconv.Atoi(attr(t, "ilvl")); err != nil || num != "" || lvl < 0 || lvl > 8 || n.levels[abs] == nil {
				lvl = -1
				continue
			}
			n.levels[abs][lvl] = level{start: 1}
		case "start", "numFmt", "lvlText":
			if lvl < 0 || n.levels[abs] == nil {
				continue
			}
			l := n.levels[abs][lvl]
			switch t.Name.Local {
			case "start":
				l.start, _ = strconv.Atoi(v)
			case "numFmt":
				l.format = v
			case "lvlText":
				l.text = v
			}
			n.levels[abs][lvl] = l
		case "num":
			num, lvl = attr(t, "numId"), -1
		case "abstractNumId":
			if num != "" {
				n.abstract[num] = v
			}
		}
	}
}

// label is the number of the next paragraph of list numID at level ilvl,
// as Word shows it; "" for bullets and paragraphs in no list.
func (n *numbering) label(numID, ilvl string) string {
	abs, ok := n.abstract[numID]
	if !ok || numID == "0" {
		return ""
	}
	lv, err := strconv.Atoi(ilvl)
	if err != nil {
		lv = 0
	}
	levels := n.levels[abs]
	this, ok := levels[lv]
	if !ok || this.format == "bullet" || this.format == "none" || this.text == "" {
		return ""
	}
	c := n.count[abs]
	if c == nil {
		c = make([]int, 9)
		n.count[abs] = c
	}
	if c[lv] == 0 {
		c[lv] = this.start
	} else {
		c[lv]++
	}
	for deeper := lv + 1; deeper < len(c); deeper++ {
		c[deeper] = 0
	}
	out := this.text
	for i := 0; i <= lv && i < 9; i++ {
		v := c[i]
		if v == 0 {
			v = levels[i].start
		}
		out = strings.ReplaceAll(out, "%"+strconv.Itoa(i+1), formatNumber(v, levels[i].format))
	}
	return out
}

// formatNumber writes v as a list number of Word's format.
func formatNumber(v int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional", "japaneseCounting", "taiwaneseCounting":
		return chineseNumeral(v)
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if v >= 1 && v <= 20 {
			return string(rune('①' + v - 1))
		}
	case "lowerLetter":
		if v >= 1 && v <= 26 {
			return string(rune('a' + v - 1))
		}
	case "upperLetter":
		if v >= 1 && v <= 26 {
			return string(rune('A' + v - 1))
		}
	}
	return strconv.Itoa(v)
}

// chineseNumeral writes 1–99 as 一 … 九十九.
func chineseNumeral(v int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case v <= 0 || v >= 100:
		return strconv.Itoa(v)
	case v < 10:
		return digits[v]
	case v < 20:
		return "十" + digits[v%10]
	}
	return digits[v/10] + "十" + digits[v%10]
}
