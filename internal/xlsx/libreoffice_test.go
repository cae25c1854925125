package xlsx_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpensInLibreOffice converts the workbook's task sheet to CSV with
// LibreOffice, where it is installed, and checks the data comes back.
func TestOpensInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice is not installed")
	}
	if testing.Short() {
		t.Skip("slow")
	}
	_, _, data := build(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "q.xlsx")
	os.WriteFile(in, data, 0o644)
	// Sheet 2 (任务), UTF-8 (76), comma separated, cells as shown.
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "q*.csv"))
	if len(matches) == 0 {
		t.Fatal("no CSV written")
	}
	b, _ := os.ReadFile(matches[0])
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"编号", "章节", "任务", "完成时限", "责任单位数", "已完成", "未报送", "进度", "状态", "预警"},
		{"1", "一", "任务一", "2019-12-31", "3", "1", "1", "75.0%", "滞后 1/3", "红"},
		{"2", "一", "任务二", "2019-12-31", "2", "0", "1", "40.0%", "推进中", "红"},
		{"3", "二", "任务三", "2019-06-15", "1", "0", "1", "—", "未报", "红"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows: %v", len(rows), rows)
	}
	for i, w := range want {
		if got := strings.Join(rows[i][:len(w)], ","); got != strings.Join(w, ",") {
			t.Errorf("row %d: %s\nwant   %s", i, got, strings.Join(w, ","))
		}
	}
}
