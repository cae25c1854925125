package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"
)

// fixedTime stamps every zip entry, so that the archive does not carry
// the time it was written.
var fixedTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// partHeader is the zip header of a workbook's part: compressed, stamped
// with fixedTime.
func partHeader(name string) *zip.FileHeader {
	return &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: fixedTime}
}

var typeRe = regexp.MustCompile(`<(Default|Override) [^>]*?(?:/>|></(?:Default|Override)>)`)

// normalize rewrites the archive excelize wrote with its entries in a
// fixed order, fixed times, and the [Content_Types].xml overrides sorted:
// excelize emits both from maps, so the same workbook would otherwise
// differ from run to run. It also adds the autofilter element to the
// streamed sheets named in filters (part name → range), and sets each
// sheet's <dimension> to the range it really uses.
// filter is the autofilter of a streamed sheet.
type filter struct {
	sheet string
	index int // 0-based, for the defined name's localSheetId
	ref   string
	rows  *tableRows // the data rows excelize did not write, or nil
}

func normalize(data []byte, filters map[string]filter, w io.Writer) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	entries := make([]entry, len(zr.File))
	for i, f := range zr.File {
		entries[i] = entry{name: f.Name, size: int64(f.UncompressedSize64), open: f.Open}
	}
	return normalizeEntries(entries, filters, w)
}

// entry is one part of a workbook: its name, size and content.
type entry struct {
	name string
	size int64
	open func() (io.ReadCloser, error)
}

// read is the entry's whole content.
func (e entry) read() ([]byte, error) {
	rc, err := e.open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// writeNormalized writes workbook f to w as normalize would write the
// archive excelize makes of it, but without that archive: excelize hands
// each part to a capture instead of a zip writer, so that nothing is
// compressed, read back and inflated only to be compressed again (half
// of what writing a form cost).
func writeNormalized(f *excelize.File, filters map[string]filter, w io.Writer) error {
	var c capture
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return &c })
	if _, err := f.WriteToBuffer(); err != nil {
		return err
	}
	entries := make([]entry, len(c.parts))
	for i, p := range c.parts {
		b := p.buf.Bytes()
		entries[i] = entry{name: p.name, size: int64(len(b)), open: func() (io.ReadCloser, error) {
			return io.NopCloser(bytes.NewReader(b)), nil
		}}
	}
	return normalizeEntries(entries, filters, w)
}

// capture is a excelize.ZipWriter that keeps the parts in memory, in the
// order they come.
type capture struct {
	parts []*part
}

type part struct {
	name string
	buf  bytes.Buffer
}

func (c *capture) Create(name string) (io.Writer, error) {
	p := &part{name: name}
	c.parts = append(c.parts, p)
	return &p.buf, nil
}

func (c *capture) AddFS(fs.FS) error {
	return errors.New("xlsx: adding a file system to a workbook is not supported")
}

func (c *capture) Close() error { return nil }

func normalizeEntries(files []entry, filters map[string]filter, w io.Writer) error {
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].name, files[j].name
		if (a == "[Content_Types].xml") != (b == "[Content_Types].xml") {
			return a == "[Content_Types].xml"
		}
		return a < b
	})
	// Each part is compressed on its own core into an archive of one
	// part, whose compressed bytes are then copied as they are: the same
	// bytes as compressing them one after the other into one archive.
	parts := make([]*zip.File, len(files))
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := range next {
				parts[i], errs[i] = compressPart(files[i], filters)
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, p := range parts {
		if err := zw.Copy(p); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	_, err := w.Write(out.Bytes())
	return err
}

// compressPart writes part f, edited as normalize edits it, into an
// archive of its own, and returns it there.
func compressPart(f entry, filters map[string]filter) (*zip.File, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	hw, err := zw.CreateHeader(partHeader(f.name))
	if err != nil {
		return nil, err
	}
	switch fl := filters[f.name]; {
	case f.name == "xl/workbook.xml":
		err = copyWorkbook(hw, f, filters)
	case fl.rows != nil:
		err = copyTable(hw, f, fl)
	default:
		err = copyEntry(hw, f, fl.ref)
	}
	if err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		return nil, err
	}
	return zr.File[0], nil
}

// sortOverrides puts the Default and then the Override elements of
// [Content_Types].xml in sorted order; they stand together in <Types>.
// copyEntry copies one archive entry, streaming all but what it edits:
// the content types are sorted, a sheet gets the <dimension> of the
// range it uses, and a sheet given a filter range gets its <autoFilter>
// element, which stands near the end of the sheet.
func copyEntry(w io.Writer, f entry, filter string) error {
	var ref string
	if isWorksheet(f.name) {
		var err error
		if ref, err = sheetRange(f); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	rc, err := f.open()
	if err != nil {
		return err
	}
	defer rc.Close()
	if f.name == "[Content_Types].xml" {
		content, err := io.ReadAll(rc)
		if err != nil {
			return err
		}
		_, err = w.Write(sortOverrides(content))
		return err
	}
	var r io.Reader = rc
	size := f.size
	if ref != "" {
		var grew int64
		if r, grew, err = withDimension(rc, ref); err != nil {
			return err
		}
		size += grew
	}
	if filter == "" {
		_, err := io.Copy(w, r)
		return err
	}
	const tail = 1 << 20
	if head := size - tail; head > 0 {
		if _, err := io.CopyN(w, r, head); err != nil {
			return err
		}
	}
	rest, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	_, err = w.Write(withFilter(rest, filter))
	return err
}

// withFilter is the end of a sheet with an <autoFilter> element of range
// ref after its rows, unless it has one.
func withFilter(rest []byte, ref string) []byte {
	if bytes.Contains(rest, []byte("<autoFilter")) {
		return rest
	}
	return bytes.Replace(rest, []byte("</sheetData>"), []byte(`</sheetData><autoFilter ref="`+ref+`"/>`), 1)
}

// copyTable copies a table sheet whose data rows excelize did not write
// (fl.rows): its part as excelize wrote it, with the header row, gets the
// range and the filter of the whole table, and the rows in their place.
func copyTable(w io.Writer, f entry, fl filter) error {
	content, err := f.read()
	if err != nil {
		return err
	}
	content = setDimension(content, fl.rows.usedRange())
	end := bytes.LastIndex(content, []byte("</sheetData>"))
	if end < 0 {
		return fmt.Errorf("%s: no </sheetData>", f.name)
	}
	if _, err := w.Write(content[:end]); err != nil {
		return err
	}
	if err := fl.rows.write(w); err != nil {
		return err
	}
	_, err = w.Write(withFilter(content[end:], fl.ref))
	return err
}

// sheetRange reads a worksheet entry once to find the range it uses.
func sheetRange(f entry) (string, error) {
	rc, err := f.open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	return usedRange(rc)
}

// copyWorkbook adds the hidden _xlnm._FilterDatabase name of each
// filtered sheet, which spreadsheet programs expect beside <autoFilter>.
func copyWorkbook(w io.Writer, f entry, filters map[string]filter) error {
	content, err := f.read()
	if err != nil {
		return err
	}
	list := make([]filter, 0, len(filters))
	for _, fl := range filters {
		list = append(list, fl)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].index < list[j].index })
	var names strings.Builder
	for _, fl := range list {
		abs := "$" + strings.Replace(fl.ref, ":", ":$", 1)
		abs = colRow.ReplaceAllString(abs, "$1$$$2")
		fmt.Fprintf(&names, `<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">`, fl.index)
		xml.EscapeText(&names, []byte("'"+fl.sheet+"'!"+abs))
		names.WriteString("</definedName>")
	}
	switch {
	case bytes.Contains(content, []byte("</definedNames>")):
		content = bytes.Replace(content, []byte("</definedNames>"), []byte(names.String()+"</definedNames>"), 1)
	case bytes.Contains(content, []byte("</sheets>")):
		content = bytes.Replace(content, []byte("</sheets>"), []byte("</sheets><definedNames>"+names.String()+"</definedNames>"), 1)
	}
	_, err = w.Write(content)
	return err
}

// colRow splits a cell name like A1 into its column and row.
var colRow = regexp.MustCompile(`([A-Z]+)(\d+)`)

func sortOverrides(b []byte) []byte {
	locs := typeRe.FindAllIndex(b, -1)
	if len(locs) < 2 {
		return b
	}
	var defaults, overrides []string
	for _, l := range locs {
		item := string(b[l[0]:l[1]])
		if bytes.HasPrefix(b[l[0]:], []byte("<Default")) {
			defaults = append(defaults, item)
		} else {
			overrides = append(overrides, item)
		}
	}
	sort.Strings(defaults)
	sort.Strings(overrides)
	var out bytes.Buffer
	out.Write(b[:locs[0][0]])
	for _, it := range append(defaults, overrides...) {
		out.WriteString(it)
	}
	out.Write(b[locs[len(locs)-1][1]:])
	return out.Bytes()
}
