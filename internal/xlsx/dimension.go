package xlsx

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"
)

// excelize leaves every sheet's <dimension> at ref="A1", streamed or
// not, and readers that trust it (openpyxl in read-only mode, import
// tools) then see a single cell. normalize sets it to the range the
// sheet's rows and cells really cover, found by usedRange.

// isWorksheet reports whether an archive entry is a worksheet part.
func isWorksheet(name string) bool {
	return strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml") &&
		!strings.Contains(strings.TrimPrefix(name, "xl/worksheets/"), "/")
}

// usedRange scans a worksheet's XML once, without holding it in memory,
// and returns the range from A1 to its last row and widest column: "A1"
// for a sheet with no rows. Rows and cells without an r attribute follow
// the previous one, as the format says.
func usedRange(r io.Reader) (string, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var row, col, maxRow, maxCol int
	for {
		if _, err := br.ReadSlice('<'); err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			if err == io.EOF {
				break
			}
			return "", err
		}
		head, _ := br.Peek(4)
		isRow := tagIs(head, "row")
		if !isRow && !tagIs(head, "c") {
			continue
		}
		tag, err := br.ReadSlice('>')
		if err != nil {
			return "", errors.New("worksheet XML: unterminated <row> or <c> tag")
		}
		ref := attrR(tag)
		if isRow {
			row, col = row+1, 0
			if n, ok := digits(ref); ok {
				row = n
			}
			maxRow = max(maxRow, row)
			continue
		}
		col++
		if c, ok := columnOf(ref); ok {
			col = c
		}
		maxCol = max(maxCol, col)
	}
	if maxRow == 0 {
		return "A1", nil
	}
	last, err := excelize.CoordinatesToCellName(max(maxCol, 1), maxRow)
	if err != nil {
		return "", err
	}
	if last == "A1" {
		return "A1", nil
	}
	return "A1:" + last, nil
}

// tagIs reports whether the bytes after '<' open an element named name.
func tagIs(b []byte, name string) bool {
	if len(b) <= len(name) || string(b[:len(name)]) != name {
		return false
	}
	switch b[len(name)] {
	case ' ', '>', '/', '\t', '\r', '\n':
		return true
	}
	return false
}

var (
	rDouble = []byte(` r="`)
	rSingle = []byte(` r='`)
)

// attrR returns the value of a start tag's r attribute, or nil.
func attrR(tag []byte) []byte {
	for _, q := range [][]byte{rDouble, rSingle} {
		if i := bytes.Index(tag, q); i >= 0 {
			v := tag[i+len(q):]
			if j := bytes.IndexByte(v, q[len(q)-1]); j >= 0 {
				return v[:j]
			}
		}
	}
	return nil
}

// digits parses a row number.
func digits(s []byte) (int, bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// columnOf returns the column number of a cell name such as J431.
func columnOf(ref []byte) (int, bool) {
	n, i := 0, 0
	for ; i < len(ref) && i < 3 && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		n = n*26 + int(ref[i]-'A'+1)
	}
	if _, ok := digits(ref[i:]); !ok || i == 0 || n > excelize.MaxColumns {
		return 0, false
	}
	return n, true
}

var dimensionRe = regexp.MustCompile(`<dimension ref="[^"]*"`)

// dimensionHead is how much of a worksheet's start is searched for its
// <dimension> element, which follows only <sheetPr>.
const dimensionHead = 64 << 10

// withDimension returns r with the first <dimension> element within its
// head set to ref, and the change in length this makes.
func withDimension(r io.Reader, ref string) (io.Reader, int64, error) {
	head := make([]byte, dimensionHead)
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, 0, err
	}
	out := setDimension(head[:n], ref)
	return io.MultiReader(bytes.NewReader(out), r), int64(len(out) - n), nil
}

// setDimension is head with its first <dimension> element set to ref.
func setDimension(head []byte, ref string) []byte {
	loc := dimensionRe.FindIndex(head)
	if loc == nil {
		return head
	}
	repl := `<dimension ref="` + ref + `"`
	out := make([]byte, 0, len(head)+len(repl))
	return append(append(append(out, head[:loc[0]]...), repl...), head[loc[1]:]...)
}
