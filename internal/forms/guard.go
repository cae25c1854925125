package forms

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"tally/internal/i18n"
)

// The bounds of a workbook collect reads. A form tally writes is tens of
// kilobytes, one sheet of a few hundred rows and seven columns, and a
// hidden sheet of four cells; a unit filling it in adds text. guard
// checks a workbook against these bounds while streaming its parts, before
// the spreadsheet library expands any of it: a sheet of rows padded out to
// column XFD, or one huge shared string that many cells repeat, is refused
// at the sheet and cell that cross the line, never read into memory.
const (
	maxEntries  = 256      // files in the archive
	maxPart     = 8 << 20  // bytes of one part, uncompressed
	maxUnzipped = 32 << 20 // bytes of all parts, uncompressed
	maxSheets   = 16
	maxFormRows = MaxRows + 100 // the rows above the table, and some room
	maxFormCols = 64            // A to BL: the form uses A to G
	maxCellText = 32767         // characters in a cell: Excel's own limit
	// merged ranges in a sheet: a form has three, and a unit may merge a
	// few dozen more; thousands are no form's
	maxMerges = 1000
	lastCol   = "BL" // column maxFormCols
)

// guard checks the workbook data against the bounds, streaming it; a
// *NotForm says what crossed which, with the sheet and cell where there
// is one.
func guard(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ErrNotWorkbook
	}
	if len(zr.File) > maxEntries {
		return tooBig("", i18n.F("工作簿中有 %d 个部件，远多于报送表", "the workbook has %d parts, far more than a form", len(zr.File)))
	}
	g := &guardian{parts: map[string]*zip.File{}}
	for _, f := range zr.File {
		g.parts[f.Name] = f
	}
	sheets, err := g.sheets()
	if err != nil {
		return err
	}
	if err := g.sharedStrings(); err != nil {
		return err
	}
	for _, s := range sheets {
		if err := g.sheet(s.name, s.part); err != nil {
			return err
		}
	}
	if g.sstCut >= 0 {
		return tooBig("", i18n.F("共享字符串表超过 %d MB，不是报送表", "the shared-string table is over %d MB: not a form", maxPart>>20))
	}
	// The rest of the archive: only its size counts.
	for _, f := range zr.File {
		if !g.read[f.Name] {
			if err := g.stream(f.Name, func(r io.Reader) error { _, err := io.Copy(io.Discard, r); return err }); err != nil {
				return err
			}
		}
	}
	return nil
}

func tooBig(cell string, msg i18n.Text) *NotForm {
	return &NotForm{Msg: msg, Cell: cell, TooLarge: true}
}

type guardian struct {
	parts    map[string]*zip.File
	read     map[string]bool
	unzipped int64
	// sstLen holds the length in characters of each shared string over
	// maxCellText; sstCount is how many strings there are; strings from
	// sstCut on were not read (the table crossed maxPart there), -1 if
	// the whole table was read.
	sstLen   map[int]int
	sstCount int
	sstCut   int
	// over is set once the part being streamed crosses a bound: what the
	// reader of that part says next (a cut character is a syntax error to
	// an XML decoder) is the bound, not the part.
	over bool
}

var errPartTooLarge = errors.New("part over the limit")

// stream hands the part name, uncompressed, to fn, counting its bytes
// against maxPart and the archive's against maxUnzipped.
func (g *guardian) stream(name string, fn func(io.Reader) error) error {
	if g.read == nil {
		g.read = map[string]bool{}
	}
	g.read[name] = true
	f, ok := g.parts[name]
	if !ok {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return ErrNotWorkbook
	}
	defer rc.Close()
	g.over = false
	c := &countingReader{r: rc, g: g}
	err = fn(c)
	if err != nil && g.over {
		err = errPartTooLarge
	}
	switch {
	case errors.Is(err, errPartTooLarge) && g.unzipped > maxUnzipped:
		return tooBig("", i18n.F("工作簿解压后超过 %d MB，不是报送表", "the workbook is over %d MB unpacked: not a form", maxUnzipped>>20))
	case errors.Is(err, errPartTooLarge):
		return tooBig("", i18n.F("工作簿的部件 %s 解压后超过 %d MB，不是报送表", "the workbook's part %s is over %d MB unpacked: not a form", name, maxPart>>20))
	case err != nil:
		var nf *NotForm
		if errors.As(err, &nf) {
			return err
		}
		return ErrNotWorkbook
	}
	return nil
}

type countingReader struct {
	r    io.Reader
	g    *guardian
	part int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.part += int64(n)
	c.g.unzipped += int64(n)
	if c.part > maxPart || c.g.unzipped > maxUnzipped {
		c.g.over = true
		return n, errPartTooLarge
	}
	return n, err
}

type sheetPart struct{ name, part string }

// sheets lists the workbook's sheets: their names and parts.
func (g *guardian) sheets() ([]sheetPart, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	for _, p := range []struct {
		name string
		v    any
	}{{"xl/workbook.xml", &wb}, {"xl/_rels/workbook.xml.rels", &rels}} {
		if err := g.stream(p.name, func(r io.Reader) error { return xml.NewDecoder(r).Decode(p.v) }); err != nil {
			return nil, err
		}
	}
	if len(wb.Sheets) > maxSheets {
		return nil, tooBig("", i18n.F("工作簿有 %d 个工作表，远多于报送表", "the workbook has %d sheets, far more than a form", len(wb.Sheets)))
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
	}
	var out []sheetPart
	for _, s := range wb.Sheets {
		if t, ok := target[s.ID]; ok {
			out = append(out, sheetPart{s.Name, t})
		}
	}
	return out, nil
}

// sharedStrings reads the shared-string table's lengths, not its text.
func (g *guardian) sharedStrings() error {
	g.sstLen, g.sstCut = map[int]int{}, -1
	inT, n := false, 0
	return g.stream("xl/sharedStrings.xml", func(r io.Reader) error {
		err := eachToken(r, func(tok xml.Token) error {
			switch t := tok.(type) {
			case xml.StartElement:
				switch t.Name.Local {
				case "si":
					n = 0
				case "t":
					inT = true
				}
			case xml.EndElement:
				switch t.Name.Local {
				case "si":
					if n > maxCellText {
						g.sstLen[g.sstCount] = n
					}
					g.sstCount++
				case "t":
					inT = false
				}
			case xml.CharData:
				if inT {
					n += utf8.RuneCount(t)
				}
			}
			return nil
		})
		if errors.Is(err, errPartTooLarge) || err != nil && g.over {
			g.sstCut = g.sstCount // the table's end is judged by the cells that use it
			return nil
		}
		return err
	})
}

// sheet checks one worksheet's rows and cells as they stream past.
func (g *guardian) sheet(name, part string) error {
	at := func(col, row int) string {
		ref, err := excelize.CoordinatesToCellName(col, row)
		if err != nil {
			ref = fmt.Sprintf("R%dC%d", row, col)
		}
		return name + "!" + ref
	}
	row, col, rows, merges := 0, 0, 0, 0
	shared, inValue, text := false, false, 0
	var value []byte
	return g.stream(part, func(r io.Reader) error {
		return eachToken(r, func(tok xml.Token) error {
			switch t := tok.(type) {
			case xml.StartElement:
				switch t.Name.Local {
				case "row":
					row, col = row+1, 0
					if n, err := strconv.Atoi(attr(t, "r")); err == nil {
						row = n
					}
					if rows++; row > maxFormRows || rows > maxFormRows {
						return tooBig(at(1, row), i18n.F("工作表“%s”有第 %d 行，报送表最多 %d 行；不是报送表", "sheet %q has a row %d; a form has at most %d rows: not a form", name, row, maxFormRows))
					}
				case "c":
					col++
					if c, r, err := excelize.CellNameToCoordinates(attr(t, "r")); err == nil {
						col, row = c, r
					}
					if col > maxFormCols || row > maxFormRows {
						return tooBig(at(col, row), i18n.F("这一格超出报送表的范围（报送表只用 A 到 %s 列、前 %d 行）；不是报送表",
							"this cell is outside any form (a form uses columns A to %s and the first %d rows): not a form", lastCol, maxFormRows))
					}
					shared, text = attr(t, "t") == "s", 0
				case "v", "t":
					inValue, value = true, value[:0]
				case "mergeCell":
					// The spreadsheet library looks through every merged
					// range for each cell it reads, and checks them for
					// overlaps pair by pair.
					if merges++; merges > maxMerges {
						return tooBig("", i18n.F("工作表“%s”中有超过 %d 处合并单元格，不是报送表", "sheet %q has over %d merged ranges: not a form", name, maxMerges))
					}
				}
			case xml.EndElement:
				if n := t.Name.Local; (n == "v" || n == "t") && inValue {
					inValue = false
					if shared {
						return g.sharedRef(string(value), at(col, row))
					}
				}
			case xml.CharData:
				if !inValue {
					return nil
				}
				if shared && len(value) < 32 {
					value = append(value, t...)
				}
				if text += utf8.RuneCount(t); text > maxCellText {
					return tooBig(at(col, row), i18n.F("这一格超过 %d 个字符（Excel 一格的上限）；不是报送表", "this cell holds over %d characters (Excel's limit for a cell): not a form", maxCellText))
				}
			}
			return nil
		})
	})
}

// eachToken hands fn the XML tokens of r, to its end or fn's error.
func eachToken(r io.Reader, fn func(xml.Token) error) error {
	d := xml.NewDecoder(r)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}

// sharedRef checks a cell's reference into the shared-string table.
func (g *guardian) sharedRef(v, cell string) error {
	i, err := strconv.Atoi(strings.TrimSpace(v))
	switch {
	case err != nil || i < 0 || (g.sstCut < 0 && i >= g.sstCount):
		return &NotForm{Msg: i18n.T("这一格引用的文字在工作簿中不存在；文件已损坏", "this cell refers to text the workbook does not hold: the file is damaged"), Cell: cell}
	case g.sstCut >= 0 && i >= g.sstCut:
		return tooBig(cell, i18n.F("这一格的文字在超过 %d MB 的共享字符串表中；不是报送表", "this cell's text lies in a shared-string table over %d MB: not a form", maxPart>>20))
	case g.sstLen[i] > 0:
		return tooBig(cell, i18n.F("这一格有 %d 个字符，超过 Excel 一格的上限 %d；不是报送表", "this cell holds %d characters, Excel's limit is %d: not a form", g.sstLen[i], maxCellText))
	}
	return nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
