package xlsx_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tally/internal/xlsx"
)

// extents returns, for each worksheet part of an archive, the ref of its
// <dimension> element and the range its rows and cells really cover,
// found by decoding the whole sheet.
func extents(t *testing.T, data []byte) map[string][2]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][2]string{}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var dim string
		var maxRow, maxCol int
		dec := xml.NewDecoder(rc)
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			se, ok := tok.(xml.StartElement)
			if !ok {
				continue
			}
			for _, a := range se.Attr {
				switch {
				case se.Name.Local == "dimension" && a.Name.Local == "ref":
					dim = a.Value
				case se.Name.Local == "row" && a.Name.Local == "r":
					n, _ := strconv.Atoi(a.Value)
					maxRow = max(maxRow, n)
				case se.Name.Local == "c" && a.Name.Local == "r":
					c, _, err := excelize.CellNameToCoordinates(a.Value)
					if err != nil {
						t.Fatalf("%s: cell %q: %v", f.Name, a.Value, err)
					}
					maxCol = max(maxCol, c)
				}
			}
		}
		rc.Close()
		want := "A1"
		if maxRow > 0 {
			last, _ := excelize.CoordinatesToCellName(max(maxCol, 1), maxRow)
			if last != "A1" {
				want = "A1:" + last
			}
		}
		out[f.Name] = [2]string{dim, want}
	}
	return out
}

func checkDimensions(t *testing.T, data []byte) {
	t.Helper()
	ext := extents(t, data)
	if len(ext) == 0 {
		t.Fatal("no worksheets in the archive")
	}
	names := make([]string, 0, len(ext))
	for name := range ext {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if e := ext[name]; e[0] != e[1] {
			t.Errorf("%s: <dimension ref=%q>, but the sheet uses %s", name, e[0], e[1])
		}
	}
}

func TestDimensionIsUsedRange(t *testing.T) {
	_, _, data := build(t)
	checkDimensions(t, data)
	// The detail sheet's range covers its header and every pair.
	f := open(t, data)
	rows, _ := f.GetRows("明细")
	idx, _ := f.GetSheetIndex("明细")
	dim := extents(t, data)["xl/worksheets/sheet"+strconv.Itoa(idx+1)+".xml"][0]
	if want := "A1:K" + strconv.Itoa(len(rows)); dim != want { // K: the light, after 佐证材料
		t.Errorf("明细 dimension %s, want %s", dim, want)
	}
}

func TestNormalizeDimensionOfSparseAndEmptySheets(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetCellValue("Sheet1", "C5", "值"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("空"); err != nil {
		t.Fatal(err)
	}
	var raw, out bytes.Buffer
	if _, err := f.WriteTo(&raw); err != nil {
		t.Fatal(err)
	}
	if err := xlsx.Normalize(raw.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	ext := extents(t, out.Bytes())
	if got := ext["xl/worksheets/sheet1.xml"][0]; got != "A1:C5" {
		t.Errorf("sheet with C5 filled: dimension %q, want A1:C5", got)
	}
	if got := ext["xl/worksheets/sheet2.xml"][0]; got != "A1" {
		t.Errorf("empty sheet: dimension %q, want A1", got)
	}
}

// openpyxlRows reads a sheet of the workbook with openpyxl in read-only
// mode, which trusts <dimension>, and returns its rows as text; it skips
// the test when no python3 with openpyxl is at hand.
func openpyxlRows(t *testing.T, data []byte, sheet string) [][]string {
	t.Helper()
	py := ""
	for _, c := range []string{"python3", "/usr/bin/python3"} {
		if p, err := exec.LookPath(c); err == nil && exec.Command(p, "-c", "import openpyxl").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		t.Skip("python3 with openpyxl is not installed: read-only reading not checked")
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], read_only=True)[sys.argv[2]]
print(json.dumps([["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]))`
	b, err := exec.Command(py, "-c", script, path, sheet).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var rows [][]string
	if err := json.Unmarshal(b, &rows); err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestOpenpyxlReadOnlyReadsEveryDetailRow(t *testing.T) {
	_, _, data := build(t)
	got := openpyxlRows(t, data, "明细")
	want, _ := open(t, data).GetRows("明细")
	if len(got) != len(want) {
		t.Fatalf("openpyxl read %d rows of 明细, the sheet has %d", len(got), len(want))
	}
	for i := range want {
		if len(got[i]) < len(want[i]) || got[i][0] != want[i][0] || got[i][2] != want[i][2] {
			t.Errorf("明细 row %d: openpyxl read %q, want %q", i+1, got[i], want[i])
		}
	}
}
