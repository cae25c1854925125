package forms_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestFormDimensionIsUsedRange checks every sheet of a form, the
// hidden identity sheet too, declares as <dimension> the range its rows
// and cells really cover, decoded from the whole sheet.
func TestFormDimensionIsUsedRange(t *testing.T) {
	x, _ := index(t)
	_, data := form(t, x, "chikan-school")
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	sheets := 0
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			continue
		}
		sheets++
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var dim string
		var maxRow, maxCol int
		dec := xml.NewDecoder(rc)
		for tok, err := dec.Token(); err == nil; tok, err = dec.Token() {
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
		if maxRow == 0 {
			t.Fatalf("%s has no rows", f.Name)
		}
		last, _ := excelize.CoordinatesToCellName(max(maxCol, 1), maxRow)
		if want := "A1:" + last; dim != want {
			t.Errorf("%s: <dimension ref=%q>, but the sheet uses %s", f.Name, dim, want)
		}
	}
	if sheets != 2 {
		t.Errorf("form has %d worksheets, want the form and its identity sheet", sheets)
	}
}

// TestOpenpyxlReadOnlyReadsEveryFormRow reads the form with openpyxl in
// read-only mode, which trusts <dimension>, as import tools do.
func TestOpenpyxlReadOnlyReadsEveryFormRow(t *testing.T) {
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
	x, _ := index(t)
	_, data := form(t, x, "chikan-school")
	path := filepath.Join(t.TempDir(), "form.xlsx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], read_only=True)["表1"]
print(json.dumps([["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]))`
	out, err := exec.Command(py, "-c", script, path).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var got [][]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	want, _ := open(t, data).GetRows("表1")
	if len(got) != len(want) {
		t.Fatalf("openpyxl read %d rows of 表1, the form has %d", len(got), len(want))
	}
	for i := range want {
		if len(want[i]) > 0 && (len(got[i]) == 0 || got[i][0] != want[i][0]) {
			t.Errorf("表1 row %d: openpyxl read %q, want %q", i+1, got[i], want[i])
		}
	}
}
