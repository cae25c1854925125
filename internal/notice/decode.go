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

// Doc is a notice file's text and, for a .docx, where each of its lines
// is in the document as Word shows it (Places[i] is line i+1): Word
// numbers no lines, so a line number means nothing to a reader there.
type Doc struct {
	Text   string
	Places []Place // nil for a text file
}

// Place is where a line of a .docx's text is: a row of a table (Table
// counts the document's tables from 1, Row the table's rows, its header
// among them, as Word's table properties do; First is the row's first
// cell), or a paragraph (Para counts the paragraphs that hold text,
// outside tables). A blank line has neither.
type Place struct {
	Table, Row int
	First      string
	Para       int
}

// Decode returns the text of a notice file: a .docx's paragraphs, or a
// text file in UTF-8, GB18030 or UTF-16 (Notepad's "Unicode", with its
// byte order mark), with line ends made \n.
func Decode(name string, data []byte) (string, error) {
	d, err := DecodeDoc(name, data)
	return d.Text, err
}

// DecodeDoc is Decode with, for a .docx, where each line is in the
// document.
func DecodeDoc(name string, data []byte) (Doc, error) {
	if strings.EqualFold(filepath.Ext(name), ".docx") || bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		if len(data) > MaxDocxSize {
			return Doc{}, notText("Word 文档超过 %d MB，不像是一份通知", "the Word document is over %d MB, too large for a notice", MaxDocxSize>>20)
		}
		return docxText(data)
	}
	text, err := decodeText(data)
	return Doc{Text: text}, err
}

// decodeText reads a text file in UTF-8, GB18030 or UTF-16.
func decodeText(data []byte) (string, error) {
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
func docxText(data []byte) (Doc, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Doc{}, notText("不是有效的 .docx 文件（文件已损坏，或是改了扩展名的其他文件）", "not a valid .docx (damaged, or another kind of file renamed)")
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
				return Doc{}, notText("这是 OFD 版式文件，tally 读不了；请用数科 OFD 阅读器或 WPS 打开，把全文复制到记事本存为 .txt",
					"it is an OFD document, which tally does not read; open it in an OFD reader or WPS and copy the whole text into a .txt file")
			}
		}
		return Doc{}, notText("是压缩包，但不是 Word 文档（没有 word/document.xml）", "a zip archive, but not a Word document (it has no word/document.xml)")
	}
	if doc.UncompressedSize64 > MaxSize*4 {
		return Doc{}, notText("Word 文档的正文超过 %d MB，不像是一份通知", "the Word document's text is over %d MB, too large for a notice", MaxSize*4>>20)
	}
	rc, err := doc.Open()
	if err != nil {
		return Doc{}, notText("Word 文档已损坏，无法解压", "the Word document is damaged and cannot be unpacked")
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
			return Doc{}, brokenXML(err)
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
	return Doc{Text: b.String(), Places: d.places}, nil
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

	// Where each line written is in the document: places has one for
	// each line ended so far, lineStart is where the line being written
	// starts in out.
	places      []Place
	lineStart   int
	tables, row int    // the tables begun so far, the rows of the last
	first       string // the current row's first cell that holds text
	paras       int    // the paragraphs outside tables that hold text so far
	paraHasText bool
}

// endLine ends a line of the text outside tables (a paragraph, or a line
// break in one).
func (d *docxState) endLine() {
	d.out.WriteString("\n")
	p := Place{}
	if strings.TrimSpace(d.out.String()[d.lineStart:]) != "" {
		p.Para = d.paras
	}
	d.places = append(d.places, p)
	d.lineStart = d.out.Len()
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
			d.endLine()
		} else {
			d.paraEnded = d.cell.Len() > 0
		}
	case "tbl":
		if d.depth == 0 {
			d.tables++
			d.row = 0
		}
	case "tr":
		if d.depth == 0 {
			d.col = 0
			d.row++
			d.first = ""
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
			d.endLine()
			d.paraHasText = false
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
		if d.first == "" && strings.TrimSpace(text) != "" {
			d.first = text
		}
		d.out.WriteString(text + "\t")
		d.col += d.span
	case "tr":
		if d.depth == 0 {
			d.out.WriteString("\n")
			d.places = append(d.places, Place{Table: d.tables, Row: d.row, First: d.first})
			d.lineStart = d.out.Len()
		}
	}
}

func (d *docxState) text(s string) {
	if d.depth > 0 {
		if d.paraEnded {
			d.cell.WriteString(CellBreak)
		}
		d.paraEnded = false
		// A line end typed into a cell's text is a break in the cell:
		// a table row stays one line.
		d.cell.WriteString(strings.NewReplacer("\r\n", CellBreak, "\n", CellBreak, "\r", CellBreak).Replace(s))
		return
	}
	if !d.paraHasText && strings.TrimSpace(s) != "" {
		d.paras++
		d.paraHasText = true
	}
	for i, part := range strings.Split(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s), "\n") {
		if i > 0 {
			d.endLine()
		}
		d.out.WriteString(part)
	}
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
