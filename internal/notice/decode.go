// Package notice reads an official notice that issues a key-task list
// (a .txt in UTF-8 or GB18030, or a .docx) and finds its header, preamble,
// sections and tasks, each task's responsible units and dates.
package notice

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// MaxSize is the largest notice read.
const MaxSize = 16 << 20

// ErrNotText means the file is neither UTF-8 nor GB18030 text, nor a .docx.
var ErrNotText = errors.New("not a text notice")

// Decode returns the text of a notice file: a .docx's paragraphs, or a
// text file in UTF-8 or GB18030, with line ends made \n.
func Decode(name string, data []byte) (string, error) {
	if len(data) > MaxSize {
		return "", fmt.Errorf("%w: larger than %d MB", ErrNotText, MaxSize>>20)
	}
	if strings.EqualFold(filepath.Ext(name), ".docx") || bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return docxText(data)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", fmt.Errorf("%w: binary content", ErrNotText)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return "", fmt.Errorf("%w: neither UTF-8 nor GB18030", ErrNotText)
		}
		data = out
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
		return "", fmt.Errorf("%w: not a .docx (%v)", ErrNotText, err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return "", fmt.Errorf("%w: a zip without word/document.xml", ErrNotText)
	}
	if doc.UncompressedSize64 > MaxSize*4 {
		return "", fmt.Errorf("%w: document too large", ErrNotText)
	}
	rc, err := doc.Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, MaxSize*4))
	var b strings.Builder
	inText, cellDepth, cellHasText, paraEnded := false, 0, false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("%w: broken document.xml (%v)", ErrNotText, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteString("\t")
			case "br", "cr":
				if cellDepth == 0 {
					b.WriteString("\n")
				}
			case "tc":
				cellDepth++
				cellHasText, paraEnded = false, false
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if cellDepth == 0 {
					b.WriteString("\n")
				} else if cellHasText {
					paraEnded = true
				}
			case "tc":
				cellDepth--
				paraEnded = false
				b.WriteString("\t")
			case "tr":
				b.WriteString("\n")
			}
		case xml.CharData:
			if inText {
				if paraEnded && cellDepth > 0 {
					b.WriteString(CellBreak)
				}
				paraEnded = false
				b.Write(t)
				cellHasText = true
			}
		}
	}
	return b.String(), nil
}
