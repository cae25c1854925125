package cli_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"tally/internal/cli"
	"tally/internal/testrepo"
)

// runOn runs tally in dir on a given day.
func runOn(t *testing.T, day, dir string, args ...string) (string, string, int) {
	t.Helper()
	t.Setenv("TALLY_TODAY", day)
	t.Setenv("TALLY_LANG", "")
	var out, errb bytes.Buffer
	code := cli.Main(append([]string{"-C", dir}, args...), &out, &errb)
	return out.String(), errb.String(), code
}

// Forms out, filled in as units would, collected back: the data checks
// clean and sums up exactly as the same reports written as YAML.
func TestFormsRoundTrip(t *testing.T) {
	viaForms, viaYAML := t.TempDir(), t.TempDir()
	for _, dir := range []string{viaForms, viaYAML} {
		if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
			t.Fatal(err)
		}
	}
	const day = "2019-10-15"
	out := filepath.Join(t.TempDir(), "forms")
	if _, stderr, code := runOn(t, day, viaForms, "forms", "--period", "2019Q3", "-o", out); code != 0 {
		t.Fatalf("forms: exit %d\n%s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.xlsx"))
	if len(files) < 30 {
		t.Fatalf("%d forms", len(files))
	}
	for _, file := range files {
		unit, yaml := fillForm(t, file)
		p := filepath.Join(viaYAML, "reports", "2019Q3", unit+".yaml")
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdout, stderr, code := runOn(t, day, viaForms, "collect", out, "--format", "json")
	if code != 0 {
		t.Fatalf("collect: exit %d\n%s%s", code, stdout, stderr)
	}
	var results []struct{ Form, Unit, Period, File, Result string }
	if err := json.Unmarshal([]byte(stdout), &results); err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Result != "written" || r.Period != "2019Q3" || r.File != "reports/2019Q3/"+r.Unit+".yaml" {
			t.Errorf("%+v", r)
		}
	}
	if stdout, _, code := runOn(t, day, viaForms, "check"); code != 0 || !strings.Contains(stdout, "0 个错误") || strings.Contains(stdout, "reports/2019Q3/") {
		t.Errorf("check after collect: exit %d\n%s", code, stdout)
	}
	for _, args := range [][]string{{"summary", "--period", "2019Q3", "--format", "json"}, {"missing", "--period", "2019Q3", "--format", "json"}} {
		a, _, _ := runOn(t, day, viaForms, args...)
		b, _, _ := runOn(t, day, viaYAML, args...)
		if a != b || len(a) < 2 {
			t.Errorf("%s differs between collected forms and YAML:\n%s\n----\n%s", args[0], a, b)
		}
	}
	// Collected again: every report is unchanged, and fmt has nothing to do.
	stdout, _, code = runOn(t, day, viaForms, "collect", out)
	if code != 0 || !strings.Contains(stdout, fmt.Sprintf("写入 0，未变 %d", len(files))) {
		t.Errorf("second collect: exit %d\n%s", code, stdout)
	}
	if stdout, _, code := runOn(t, day, viaForms, "fmt", "--check"); code != 0 {
		t.Errorf("collected reports are not canonical:\n%s", stdout)
	}
}

// fillForm types a quarter's progress into a form and returns its unit and
// the same report written as YAML by hand.
func fillForm(t *testing.T, file string) (string, string) {
	t.Helper()
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	unit, _ := f.GetCellValue("tally", "B1")
	submitted := time.Date(2019, 10, 8, 0, 0, 0, 0, time.UTC)
	f.SetCellValue("表1", "B3", submitted)
	f.SetCellValue("表1", "D3", "王五 0759-3100003")
	var y strings.Builder
	fmt.Fprintf(&y, "unit: %s\nperiod: 2019Q3\nsubmitted: 2019-10-08\ncontact: 王五 0759-3100003\nentries:\n", unit)
	for r := 5; ; r++ {
		cell := func(c string) string { v, _ := f.GetCellValue("表1", c+strconv.Itoa(r)); return v }
		id := cell("A")
		if id == "" {
			break
		}
		prev, _ := strconv.Atoi(cell("D"))
		progress := min(prev+10*(r%3+1), 100)
		status := "推进中"
		if progress == 100 {
			status = "已完成"
		}
		summary := "第三季度推进任务" + id + "。"
		f.SetCellValue("表1", "C"+strconv.Itoa(r), status)
		f.SetCellValue("表1", "D"+strconv.Itoa(r), progress)
		f.SetCellValue("表1", "E"+strconv.Itoa(r), summary)
		fmt.Fprintf(&y, "  - task: %s\n    status: %s\n    progress: %d\n    summary: %s\n", id, status, progress, summary)
		if p := cell("F"); p != "" {
			fmt.Fprintf(&y, "    problems: %q\n", p)
		}
		if n := cell("G"); n != "" {
			fmt.Fprintf(&y, "    next: %q\n", n)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return unit, y.String()
}

// schoolForm lays the bundled data out in a new folder and writes there
// the 2019Q3 form of 赤坎区委党校: the folder, and the form's path.
func schoolForm(t *testing.T) (dir, form string) {
	t.Helper()
	dir = t.TempDir()
	if err := testrepo.Write(dir, testrepo.Bundled()); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "forms")
	if _, stderr, code := runOn(t, "2019-10-15", dir, "forms", "--period", "2019Q3", "--unit", "赤坎区委党校", "-o", out); code != 0 {
		t.Fatalf("forms: exit %d\n%s", code, stderr)
	}
	return dir, filepath.Join(out, "2019Q3-赤坎区委党校.xlsx")
}

// What collect does with what is already there, and with bad forms.
func TestCollectKeepsReports(t *testing.T) {
	const day = "2019-10-15"
	dir, form := schoolForm(t)
	fillForm(t, form)
	report := filepath.Join(dir, "reports", "2019Q3", "chikan-school.yaml")

	// Errors: nothing written, exit 1, the cell named.
	bad := filepath.Join(t.TempDir(), "2019Q3-赤坎区委党校.xlsx")
	copyFile(t, form, bad)
	setCell(t, bad, "D5", "七十")
	stdout, _, code := runOn(t, day, dir, "collect", bad)
	if code != 1 || !strings.Contains(stdout, "2019Q3-赤坎区委党校.xlsx:表1!D5: error[R202]: 进度“七十”应为 0 到 100 的整数") {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	if _, err := os.Stat(report); err == nil {
		t.Fatal("a form with errors wrote its report")
	}

	// --dry-run writes nothing; then written; then unchanged.
	if stdout, _, code := runOn(t, day, dir, "collect", "--dry-run", form); code != 0 || !strings.Contains(stdout, "试运行") {
		t.Errorf("dry run: exit %d\n%s", code, stdout)
	}
	if _, err := os.Stat(report); err == nil {
		t.Fatal("--dry-run wrote the report")
	}
	if stdout, _, code := runOn(t, day, dir, "collect", form); code != 0 || !strings.Contains(stdout, "→ reports/2019Q3/chikan-school.yaml：已写入") {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	first, _ := os.ReadFile(report)
	if stdout, _, _ := runOn(t, day, dir, "collect", form); !strings.Contains(stdout, "：未变") {
		t.Errorf("second collect:\n%s", stdout)
	}

	// A different form for the same report: kept without --force; with
	// --force written, and the change shown.
	setCell(t, form, "D5", 90)
	stdout, _, code = runOn(t, day, dir, "collect", form)
	if code != 1 || !strings.Contains(stdout, "已存在且内容不同，未覆盖") {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	if now, _ := os.ReadFile(report); !bytes.Equal(now, first) {
		t.Fatal("an existing report was overwritten without --force")
	}
	stdout, _, code = runOn(t, day, dir, "collect", "--force", form)
	if code != 0 || !strings.Contains(stdout, "已写入") || !strings.Contains(stdout, "进度") || !strings.Contains(stdout, "90%") {
		t.Errorf("--force: exit %d\n%s", code, stdout)
	}

	// Another unit's name on the file: refused.
	renamed := filepath.Join(t.TempDir(), "2019Q3-霞山区委党校.xlsx")
	copyFile(t, form, renamed)
	stdout, _, code = runOn(t, day, dir, "collect", "--format", "json", renamed)
	if code != 1 || !strings.Contains(stdout, `"result": "refused"`) || !strings.Contains(stdout, "改了名字") {
		t.Errorf("renamed form: exit %d\n%s", code, stdout)
	}
	// Not a form at all, and no such file.
	junk := filepath.Join(t.TempDir(), "junk.xlsx")
	os.WriteFile(junk, []byte("not a workbook"), 0o644)
	if stdout, _, code := runOn(t, day, dir, "collect", junk); code != 1 || !strings.Contains(stdout, "不是 Excel 工作簿") {
		t.Errorf("junk: exit %d\n%s", code, stdout)
	}
	if _, stderr, code := runOn(t, day, dir, "collect", filepath.Join(dir, "nothing.xlsx")); code != 2 || !strings.Contains(stderr, "找不到报送表") {
		t.Errorf("missing file: exit %d\n%s", code, stderr)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func setCell(t *testing.T, file, ref string, v any) {
	t.Helper()
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.SetCellValue("表1", ref, v)
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// Two collects at once for a unit with no report yet: exactly one writes
// it, and the other says it found the first one's file and kept it; the
// report is the form of the one that says it wrote it.
func TestConcurrentCollectsLoseNothing(t *testing.T) {
	dir, form := schoolForm(t)
	forms := [2]string{form, filepath.Join(t.TempDir(), "2019Q3-赤坎区委党校.xlsx")}
	fillForm(t, forms[0])
	copyFile(t, forms[0], forms[1])
	setCell(t, forms[0], "D5", 70)
	setCell(t, forms[1], "D5", 80)
	report := filepath.Join(dir, "reports", "2019Q3", "chikan-school.yaml")
	for round := 0; round < 10; round++ {
		os.Remove(report)
		var outs [2]bytes.Buffer
		done := make(chan int, 2)
		for i := range forms {
			go func() {
				var errb bytes.Buffer
				cli.Main([]string{"-C", dir, "collect", "--format", "json", forms[i]}, &outs[i], &errb)
				done <- i
			}()
		}
		<-done
		<-done
		written := -1
		for i := range forms {
			var res []struct{ Result string }
			if err := json.Unmarshal(outs[i].Bytes(), &res); err != nil || len(res) != 1 {
				t.Fatalf("collect %d: %v\n%s", i, err, outs[i].String())
			}
			switch res[0].Result {
			case "written":
				if written >= 0 {
					t.Fatalf("round %d: both collects say they wrote the report", round)
				}
				written = i
			case "refused":
			default:
				t.Fatalf("round %d: collect %d: %s", round, i, outs[i].String())
			}
		}
		got, _ := os.ReadFile(report)
		want := []string{"progress: 70", "progress: 80"}[written]
		if written < 0 || !strings.Contains(string(got), want) {
			t.Fatalf("round %d: collect %d says it wrote, the report holds:\n%s", round, written, got)
		}
	}
}

// Two units whose names make the same file name each get their own form,
// named with their ids, and the output says why; each form collects into
// its own unit's report.
func TestFormsNamesThatClash(t *testing.T) {
	dir := t.TempDir()
	copyBase(t, dir)
	units := filepath.Join(dir, "units.yaml")
	b, _ := os.ReadFile(units)
	b = []byte(strings.NewReplacer("name: 甲区委组织部", `name: "赤坎/宣传"`, "name: 乙区委组织部", `name: "赤坎:宣传"`).Replace(string(b)))
	os.WriteFile(units, b, 0o644)
	out := filepath.Join(t.TempDir(), "forms")
	_, stderr, code := runOn(t, "2019-10-08", dir, "forms", "--period", "2019Q3", "-o", out)
	if code != 0 {
		t.Fatalf("forms: exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"2019Q3-赤坎_宣传-a-org.xlsx（2 项任务；“赤坎/宣传”与别的单位在文件名中相同", "2019Q3-赤坎_宣传-b-org.xlsx（2 项任务；“赤坎:宣传”"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("forms does not say %q:\n%s", want, stderr)
		}
	}
	for _, unit := range []string{"a-org", "b-org"} {
		form := filepath.Join(out, "2019Q3-赤坎_宣传-"+unit+".xlsx")
		setCell(t, form, "B3", time.Date(2019, 10, 8, 0, 0, 0, 0, time.UTC))
		for _, row := range []string{"5", "6"} {
			setCell(t, form, "C"+row, "推进中")
			setCell(t, form, "E"+row, "进展"+unit)
		}
		if stdout, _, code := runOn(t, "2019-10-08", dir, "collect", form); code != 0 || !strings.Contains(stdout, "reports/2019Q3/"+unit+".yaml：已写入") {
			t.Errorf("collect %s: exit %d\n%s", form, code, stdout)
		}
	}
}

// A crafted form (20,000 rows of its hidden sheet padded to column XFD)
// is refused at the sheet and cell, in time and without the memory a
// row reader would take.
func TestCollectRefusesCraftedForm(t *testing.T) {
	dir, form := schoolForm(t)
	data, _ := os.ReadFile(form)
	var rows strings.Builder
	rows.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for r := 1; r <= 20000; r++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, r, r)
	}
	rows.WriteString(`</sheetData></worksheet>`)
	crafted, err := testrepo.Rezip(data, map[string][]byte{"xl/worksheets/sheet2.xml": []byte(rows.String())})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(form, crafted, 0o644)
	code, text := runBounded(t, dir, "collect", form)
	if want := "2019Q3-赤坎区委党校.xlsx:tally!XFD1: error[R105]: 这一格超出报送表的范围"; code != 1 || !strings.Contains(text, want) {
		t.Errorf("exit %d, want 1 and %q:\n%s", code, want, text)
	}
}
