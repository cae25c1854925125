// Package render writes tabular results as an aligned text table, CSV,
// Markdown or JSON. Commands build a Table once and pick the format.
package render

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// Format is an output format.
type Format string

const (
	FormatTable Format = "table"
	FormatJSON  Format = "json"
	FormatCSV   Format = "csv"
	FormatMD    Format = "md"
	// FormatText is text to read and copy as it is (remind's messages).
	FormatText Format = "text"
	// FormatSARIF and FormatGitLab are check's reports for code-hosting
	// platforms (sarif.go, codequality.go).
	FormatSARIF  Format = "sarif"
	FormatGitLab Format = "gitlab"
)

// ParseFormat reads a --format value.
func ParseFormat(s string) (Format, bool) {
	switch f := Format(strings.ToLower(s)); f {
	case FormatTable, FormatJSON, FormatCSV, FormatMD, FormatText, FormatSARIF, FormatGitLab:
		return f, true
	case "markdown":
		return FormatMD, true
	}
	return "", false
}

// Table is a header and rows of text cells.
type Table struct {
	Head []string
	Rows [][]string
	// Wrap caps the display width of some columns in the text table; longer
	// text wraps onto more lines (never cut).
	Wrap map[int]int
	// Right aligns some columns (numbers) to the right in the text table.
	Right map[int]bool
}

// WriteUnder writes t under a headline: as a text table, the headline,
// then (when there are rows) a blank line and the table; in other formats
// the table alone, which keeps CSV and Markdown plain data.
func (t *Table) WriteUnder(w io.Writer, f Format, headline string) error {
	if f == FormatTable {
		if _, err := fmt.Fprintln(w, Safe(headline)); err != nil {
			return err
		}
		if len(t.Rows) == 0 {
			return nil
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return t.Write(w, f)
}

// Write renders t in f (JSON is not a table format: callers encode their own shapes).
func (t *Table) Write(w io.Writer, f Format) error {
	switch f {
	case FormatCSV:
		return t.writeCSV(w)
	case FormatMD:
		return t.writeMD(w)
	}
	return t.writeText(w)
}

// Narrow pins the width of East Asian ambiguous characters (such as “ ” and
// ·) to one column, as modern terminals show them, whatever the locale
// says. Without it borders break under a zh_CN locale.
func Narrow() {
	runewidth.DefaultCondition.EastAsianWidth = false
}

func init() { Narrow() }

// Width is the display width of s in a terminal.
func Width(s string) int { return runewidth.StringWidth(s) }

func (t *Table) writeText(w io.Writer) error { return t.writeBox(w, plain(w)) }

// noLineStart are characters that must not begin a line in Chinese text
// (closing punctuation); a break before one moves it up instead.
const noLineStart = "，。、；：？！）》」』】”’…·,.;:?!)]}%"

// WrapText breaks s into lines of at most width display columns (a line may
// run one character over to keep closing punctuation with its text). Chinese
// breaks between any two characters; runs of ASCII letters and digits break
// at spaces where they can. Existing line breaks are kept.
func WrapText(s string, width int) string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, wrapLine(para, width)...)
	}
	return strings.Join(out, "\n")
}

func wrapLine(s string, width int) []string {
	if Width(s) <= width {
		return []string{s}
	}
	var lines []string
	runes := []rune(s)
	start, w, brk := 0, 0, -1 // brk: where the current line may last be broken
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if i > start && canBreak(runes[i-1], r) {
			brk = i
		}
		rw := runewidth.RuneWidth(r)
		if w+rw <= width || i == start {
			w += rw
			continue
		}
		cut := i
		switch {
		case r == ' ':
			cut = i
		case r == '.' && i > start && isDigit(runes[i-1]) && i+1 < len(runes) && isDigit(runes[i+1]) && brk > start:
			// A number's point is no closing stop: the number goes to the
			// next line whole (probe 17: 12. / 5万亩).
			cut = brk
		case strings.ContainsRune(noLineStart, r):
			cut = i + 1 // keep closing punctuation with its text
		case brk > start:
			cut = brk
		}
		lines = append(lines, strings.TrimRight(string(runes[start:cut]), " "))
		for cut < len(runes) && runes[cut] == ' ' {
			cut++
		}
		start, w, brk = cut, 0, -1
		i = cut - 1
	}
	if start < len(runes) {
		lines = append(lines, string(runes[start:]))
	}
	return lines
}

// canBreak reports whether a line may break between prev and r.
func canBreak(prev, r rune) bool {
	switch {
	case prev == ' ':
		return true
	case r == ' ', strings.ContainsRune(noLineStart, r):
		return false
	case isWordRune(prev) && isWordRune(r):
		return false
	case prev == '.' && isDigit(r), r == '.' && isDigit(prev):
		// A number's point stays with its digits: 70.8%, not 70. / 8%
		// (probe 16, C11).
		return false
	case strings.ContainsRune(noLineEnd, prev):
		// An opening bracket or quote stays with what it opens:
		// 100%（1/10）, not 100%（ / 1/10）.
		return false
	}
	return true
}

// noLineEnd are characters that must not end a line (opening brackets
// and quotes).
const noLineEnd = "（《「『【“‘([{"

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isWordRune(r rune) bool {
	return r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
}

// writeCSV writes UTF-8 with a BOM, so that Excel reads the Chinese right,
// and neutralizes cells a spreadsheet would run as formulas.
func (t *Table) writeCSV(w io.Writer) error { return t.writeRows(w, FormatCSV) }

// writeRows writes t as CSV or Markdown through a RowWriter.
func (t *Table) writeRows(w io.Writer, f Format) error {
	rw, err := NewRowWriter(w, f, t.Head, t.Right)
	if err != nil {
		return err
	}
	for _, r := range t.Rows {
		if err := rw.Row(r); err != nil {
			return err
		}
	}
	return rw.Close()
}

// A RowWriter writes a table in CSV or Markdown a row at a time, to the
// bytes Table.Write gives it whole: for tables too long to hold (a
// history of thousands of commits).
type RowWriter struct {
	b   *bufio.Writer
	csv *csv.Writer // nil for Markdown
}

// NewRowWriter starts a table in f (FormatCSV or FormatMD) with its
// header row; right aligns columns to the right in Markdown.
func NewRowWriter(w io.Writer, f Format, head []string, right map[int]bool) (*RowWriter, error) {
	rw := &RowWriter{b: bufio.NewWriterSize(w, 64<<10)}
	if f == FormatCSV {
		rw.b.WriteString("\ufeff")
		rw.csv = csv.NewWriter(rw.b)
		rw.csv.UseCRLF = true
		return rw, rw.Row(head)
	}
	rw.Row(head)
	rw.b.WriteString("|")
	for i := range head {
		if right[i] {
			rw.b.WriteString(" ---: |")
		} else {
			rw.b.WriteString(" --- |")
		}
	}
	_, err := rw.b.WriteString("\n")
	return rw, err
}

// Row writes one row.
func (rw *RowWriter) Row(cells []string) error {
	if rw.csv != nil {
		row := make([]string, len(cells))
		for i, c := range cells {
			row[i] = SafeCell(c)
		}
		return rw.csv.Write(row)
	}
	rw.b.WriteString("|")
	for _, c := range cells {
		rw.b.WriteString(" ")
		rw.b.WriteString(MDEscape(c))
		rw.b.WriteString(" |")
	}
	_, err := rw.b.WriteString("\n")
	return err
}

// Close ends the table and writes out what is buffered.
func (rw *RowWriter) Close() error {
	if rw.csv != nil {
		if rw.csv.Flush(); rw.csv.Error() != nil {
			return rw.csv.Error()
		}
	}
	return rw.b.Flush()
}

// SafeCell prefixes text that a spreadsheet would take for a formula
// (starting with = + - @, or a tab or carriage return) with an apostrophe,
// and makes terminal controls visible (Safe; line breaks stay). Only a
// whole plain number such as -5 or +1.5 stays as it is: -2+3 or a phone
// number +86-759-… is a formula to a spreadsheet.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if isNumber(s) {
			return s
		}
		s = "'" + s
	}
	return safeCSV(s)
}

// safeCSV is Safe for a CSV cell, where a CR LF line break is data.
func safeCSV(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return Safe(s)
	}
	parts := strings.Split(s, "\r\n")
	for i, p := range parts {
		parts[i] = Safe(p)
	}
	return strings.Join(parts, "\r\n")
}

func isNumber(s string) bool {
	if _, err := strconv.ParseFloat(s, 64); err != nil {
		return false
	}
	body := strings.TrimLeft(s, "+-")
	return len(s)-len(body) <= 1 && body != "" && strings.Trim(body, "0123456789.eE") == ""
}

// writeMD writes a GitHub Markdown table, escaping what would break it.
func (t *Table) writeMD(w io.Writer) error { return t.writeRows(w, FormatMD) }

// MDEscape makes s safe inside a Markdown table cell: a line break of
// any kind (LF, CR LF, lone CR) is <br>, and terminal controls are made
// visible (Safe).
func MDEscape(s string) string {
	s = strings.TrimRight(s, "\r\n")
	r := strings.NewReplacer(`\`, `\\`, "|", `\|`, "\r\n", "<br>", "\r", "<br>", "\n", "<br>", "<", "&lt;", ">", "&gt;")
	return Safe(r.Replace(s))
}

// JSON writes v as indented JSON without HTML escaping. The characters
// a terminal obeys or that reorder text are written as \u escapes, which
// every JSON reader turns back into the same characters: encoding/json
// does so for C0 controls, U+2028 and U+2029, and escapeJSON for DEL, the
// C1 controls and the bidirectional controls. The output stays valid
// JSON and is harmless to print.
func JSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeJSON(b.Bytes()))
	return err
}

// escapeJSON writes each character of js that jsonEscaped names as a
// \u escape. Outside strings JSON is ASCII, so every such character is
// inside a string, where the escape stands for it.
func escapeJSON(js []byte) []byte {
	if jsonClean(js) {
		return js
	}
	out := make([]byte, 0, len(js)+64)
	for len(js) > 0 {
		r, n := utf8.DecodeRune(js)
		if jsonEscaped(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, js[:n]...)
		}
		js = js[n:]
	}
	return out
}

// jsonClean says whether js holds no character jsonEscaped names. In
// valid UTF-8 (encoding/json writes nothing else) it looks at the bytes,
// as streamClean does: DEL, 0xC2 for the C1 controls, 0xD8 and 0xE2 for
// the bidirectional ones: 0.4–0.7 ms over a province's summary (727 KB),
// where going character by character took 2 ms.
func jsonClean(js []byte) bool {
	if !utf8.Valid(js) {
		return !bytes.ContainsFunc(js, jsonEscaped)
	}
	for i := 0; i < len(js); i++ {
		switch js[i] { // valid UTF-8: a lead byte's continuation bytes are there
		case 0x7f:
			return false
		case 0xC2:
			if js[i+1] <= 0x9f {
				return false
			}
		case 0xD8:
			if js[i+1] == 0x9c {
				return false
			}
		case 0xE2:
			if bidiE2(js[i+1], js[i+2]) {
				return false
			}
		}
	}
	return true
}

// jsonEscaped reports whether JSON output writes r as an escape though
// encoding/json does not.
func jsonEscaped(r rune) bool {
	return r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidi(r)
}
