package xlsx

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"strconv"
	"strings"
	"unsafe"

	"github.com/xuri/excelize/v2"
)

// The data rows of a table sheet, written as excelize's stream writer
// writes them (StreamWriter.SetRow), but straight into the archive: the
// stream writer keeps a sheet's XML in memory and, past 16 MB, in a
// temporary file, from which the archive's capture copies it again and
// normalize reads it twice more (its range, then its compression). A
// sheet of 22 MB was written and copied four times over. Here excelize
// writes the sheet with its header row only, and normalize writes the
// rows in their place, with the range they cover.

// tableRows are the data rows of a table sheet, from row 2 on.
type tableRows struct {
	cols []column
	rows [][]any
	st   *styles
}

// writable tells whether every value of rows is one tableRows writes as
// excelize does: whole numbers, finite fractions, and texts excelize
// keeps as they are (see plainText). Any other sheet is streamed whole
// through excelize.
func writable(rows [][]any) bool {
	for _, values := range rows {
		for _, v := range values {
			switch v := v.(type) {
			case nil, int:
			case float64:
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return false
				}
			case string:
				if !plainText(v) {
					return false
				}
			case lit:
				if !plainText(v.label) {
					return false
				}
			case noted:
				if math.IsNaN(v.value) || math.IsInf(v.value, 0) {
					return false
				}
			default:
				return false
			}
		}
	}
	return true
}

// plainText tells whether excelize writes text s as it is, escaped: short
// enough not to be cut (32,767 UTF-16 units, at most as many as its
// bytes) and holding nothing read as an escaped character (_xHHHH_),
// which excelize escapes once more.
func plainText(s string) bool {
	return len(s) <= excelize.TotalCellChars && !strings.Contains(s, "_x")
}

// usedRange is the range the sheet's cells cover: the header row has a
// cell in every column, and no row has more.
func (t *tableRows) usedRange() string {
	last, _ := excelize.CoordinatesToCellName(len(t.cols), len(t.rows)+1)
	if last == "A1" {
		return last
	}
	return "A1:" + last
}

// write writes the rows' XML to w.
func (t *tableRows) write(w io.Writer) error {
	var buf, esc bytes.Buffer
	buf.Grow(64 << 10)
	num := make([]byte, 0, 32)
	for r, values := range t.rows {
		row := strconv.Itoa(r + 2)
		buf.WriteString(`<row r="` + row + `"`)
		if h := rowHeight(t.cols, values); h > 0 {
			buf.WriteString(` ht="`)
			buf.Write(strconv.AppendFloat(num[:0], h, 'f', -1, 64))
			buf.WriteString(`" customHeight="1"`)
		}
		buf.WriteByte('>')
		for i, v := range values {
			if v == nil {
				continue
			}
			// Every style was made when the sheet was built: this only looks
			// them up.
			c, err := styled(t.st, t.cols[i].kind, v)
			if err != nil {
				return err
			}
			buf.WriteString(`<c r="`)
			buf.Write(appendColumn(num[:0], i+1))
			buf.WriteString(row + `"`)
			if c.StyleID != 0 {
				buf.WriteString(` s="`)
				buf.Write(strconv.AppendInt(num[:0], int64(c.StyleID), 10))
				buf.WriteByte('"')
			}
			switch v := c.Value.(type) {
			case int:
				buf.WriteString(`><v>`)
				buf.Write(strconv.AppendInt(num[:0], int64(v), 10))
				buf.WriteString(`</v></c>`)
			case float64:
				buf.WriteString(`><v>`)
				buf.WriteString(cellFloat(v))
				buf.WriteString(`</v></c>`)
			case string:
				buf.WriteString(` t="inlineStr"><is><t`)
				if spaced(v) {
					buf.WriteString(` xml:space="preserve"`)
				}
				buf.WriteByte('>')
				esc.Reset()
				xml.EscapeText(&esc, bytesOf(v))
				// excelize writes line breaks in inline text as they are.
				if e := esc.Bytes(); strings.IndexByte(v, '\n') >= 0 {
					buf.Write(bytes.ReplaceAll(e, []byte("&#xA;"), []byte("\n")))
				} else {
					buf.Write(e)
				}
				buf.WriteString(`</t></is></c>`)
			}
		}
		buf.WriteString(`</row>`)
		if buf.Len() >= 32<<10 {
			if _, err := w.Write(buf.Bytes()); err != nil {
				return err
			}
			buf.Reset()
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// appendColumn appends the letters of column n (1-based).
func appendColumn(b []byte, n int) []byte {
	if n > 26 {
		b = appendColumn(b, (n-1)/26)
	}
	return append(b, byte('A'+(n-1)%26))
}

// cellFloat is how excelize writes a number: the shortest decimal that
// reads back as v, cut to Excel's 15 significant digits.
func cellFloat(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if math.Abs(v) == math.MaxFloat64 {
		return s
	}
	const digits = 15
	point := strings.IndexByte(s, '.')
	significant := 0
	for i := range s {
		if s[i] < '0' || s[i] > '9' || significant == 0 && s[i] == '0' {
			continue
		}
		if significant++; significant <= digits {
			continue
		}
		if point >= 0 && i > point {
			return strings.TrimSuffix(s[:i], ".")
		}
		if point < 0 {
			point = len(s)
		}
		whole := []byte(s[:point])
		for ; i < len(whole); i++ {
			whole[i] = '0'
		}
		return string(whole)
	}
	return s
}

// spaced tells whether s starts or ends with white space, which excelize
// keeps with xml:space="preserve".
func spaced(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte{s[0], s[len(s)-1]} {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			return true
		}
	}
	return false
}

// bytesOf is s as bytes without a copy, for reading only.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }
