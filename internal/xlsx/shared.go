package xlsx

import (
	"io"

	"github.com/xuri/excelize/v2"
)

// What the other workbooks tally writes (the fill-in forms) share with
// the quarterly one.

// Normalize writes the archive excelize wrote with fixed entry order and
// times, so that the same workbook gives the same bytes.
func Normalize(data []byte, w io.Writer) error { return normalize(data, nil, w) }

// WriteFile writes workbook f to w as Normalize writes the archive
// excelize makes of it, without compressing it twice.
func WriteFile(f *excelize.File, w io.Writer) error { return writeNormalized(f, nil, w) }

// Page sets a sheet's print layout as the quarterly workbook's: A4
// landscape, one page wide, row headerRow repeated on each page (0: none),
// margins that leave room for the footer at the bottom.
func Page(f *excelize.File, sheet string, headerRow int, footer string) error {
	return printLayout(f, sheet, layout{headerRow: headerRow}, "", footer)
}

// LinesIn counts the lines text takes when wrapped in a column of width
// character units.
func LinesIn(s string, width float64) int { return linesIn(s, width) }

// Fonts of the workbooks: body text and titles.
const (
	BodyFont  = bodyFont
	TitleFont = titleFont
)

// LineHeight is the height in points of one line of body text.
const LineHeight = lineHeight

// PlainText tells whether excelize writes text s into a cell as it is,
// escaped (see plainText).
func PlainText(s string) bool { return plainText(s) }

// Spaced tells whether text s starts or ends with white space, which a
// cell's text keeps with xml:space="preserve".
func Spaced(s string) bool { return spaced(s) }
