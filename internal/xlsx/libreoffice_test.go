package xlsx_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/testrepo"
	"tally/internal/xlsx"
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
		{"编号", "章节", "任务", "完成时限", "单位数", "已完成", "未报送", "进度", "状态", "预警"},
		{"1", "一", "任务一", "2019-12-31", "3", "1", "1", "75.0%（2/3）", "滞后 1/3", "红"}, // 2 of its 3 units have a state
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

// TestHandoutPrintsOnOnePage exports the bundled data's workbook, prints it
// to PDF with LibreOffice where it is installed, and checks what the
// officer holds: the cover (总览) on exactly one page, and every page headed
// with the list, its sheet and the period.
func TestHandoutPrintsOnOnePage(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice is not installed")
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	if testing.Short() {
		t.Skip("slow")
	}
	res := load.Load(testrepo.Bundled())
	x := model.NewIndex(res.Repo)
	lg := ledger.Build(x, 0, ledger.Day(time.Date(2019, 7, 10, 0, 0, 0, 0, time.UTC)))
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, lg, x, xlsx.Meta{Title: res.Repo.Plan.Title, Source: "提交 0123456789ab"}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "q.xlsx")
	os.WriteFile(in, buf.Bytes(), 0o644)
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	out, err := exec.Command(pdftotext, "-layout", filepath.Join(dir, "q.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(strings.TrimRight(string(out), "\f"), "\f")
	perSheet := map[string]int{}
	sheets := []string{"总览", "任务", "单位", "明细", "未报送", "预警"}
	for i, p := range pages {
		head := strings.Fields(strings.SplitN(strings.TrimSpace(p), "\n", 2)[0])
		// The first line is the page header: title, sheet, period.
		if len(head) != 3 || head[0] != res.Repo.Plan.Title || head[2] != "2019年第二季度" || !slices.Contains(sheets, head[1]) {
			t.Errorf("page %d header %q", i+1, head)
			continue
		}
		perSheet[head[1]]++
		if !strings.Contains(p, fmt.Sprintf("第 %d 页 共 %d 页", i+1, len(pages))) {
			t.Errorf("page %d has no page number", i+1)
		}
	}
	t.Logf("pages per sheet: %v", perSheet)
	if perSheet["总览"] != 1 {
		t.Errorf("the cover prints on %d pages, want 1", perSheet["总览"])
	}
	for _, s := range sheets {
		if perSheet[s] == 0 {
			t.Errorf("no page of %s", s)
		}
	}
	cover := pages[0]
	for _, want := range []string{"落实情况汇总表（2019年第二季度）", "二、红色预警任务", "三、分章节情况", "七", "四、需催报", "数据来源：提交 0123456789ab"} {
		if !strings.Contains(cover, want) {
			t.Errorf("the cover lacks %q", want)
		}
	}
}
