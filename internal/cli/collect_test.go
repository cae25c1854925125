package cli_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tally/internal/testrepo"
)

// A filled form saved in the old Excel format, as a unit choosing "Excel
// 97-2003" does: collect names it with the fix, writes nothing for it and
// exits 1, while the .xlsx beside it is collected. The .xls is written by
// LibreOffice from a real filled form where LibreOffice is installed, and
// the committed one is tested always.
func TestCollectOldExcel(t *testing.T) {
	dir := bundled(t)
	const day = "2019-10-15"
	out := filepath.Join(t.TempDir(), "forms")
	if _, stderr, code := runOn(t, day, dir, "forms", "--period", "2019Q3", "--unit", "赤坎区委党校", "--unit", "霞山区委党校", "-o", out); code != 0 {
		t.Fatalf("forms: exit %d\n%s", code, stderr)
	}
	intake := filepath.Join(t.TempDir(), "2019Q3")
	os.Mkdir(intake, 0o755)
	good := filepath.Join(intake, "2019Q3-赤坎区委党校.xlsx")
	copyFile(t, filepath.Join(out, "2019Q3-赤坎区委党校.xlsx"), good)
	fillForm(t, good)
	if err := os.WriteFile(filepath.Join(intake, "2019Q3-赤坎区委组织部.xls"), testrepo.OldExcel(), 0o644); err != nil {
		t.Fatal(err)
	}
	oldFiles := []string{"2019Q3-赤坎区委组织部.xls"}
	filled := filepath.Join(out, "2019Q3-霞山区委党校.xlsx")
	fillForm(t, filled)
	if xls, ok := testrepo.Convert(t, filled, "xls"); ok {
		copyFile(t, xls, filepath.Join(intake, "2019Q3-霞山区委党校.xls"))
		// The same file renamed .xlsx is told apart from a damaged workbook.
		copyFile(t, xls, filepath.Join(intake, "2019Q3-霞山区委宣传部.xlsx"))
		oldFiles = append(oldFiles, "2019Q3-霞山区委党校.xls")
	} else {
		t.Log("LibreOffice (soffice) is not installed: only the committed .xls is tested")
	}

	stdout, _, code := runOn(t, day, dir, "collect", intake)
	if code != 1 {
		t.Errorf("exit %d, want 1\n%s", code, stdout)
	}
	want := []string{filepath.ToSlash(good) + " → reports/2019Q3/chikan-school.yaml：已写入"}
	for _, name := range oldFiles {
		p := filepath.ToSlash(filepath.Join(intake, name))
		want = append(want, p+": error: 是旧版 Excel 文件（.xls），不能收取：请用 Excel/WPS 另存为 .xlsx 后再收取", p+"：未收取")
	}
	if len(oldFiles) > 1 {
		p := filepath.ToSlash(filepath.Join(intake, "2019Q3-霞山区委宣传部.xlsx"))
		want = append(want, p+": error: 是旧版 Excel 文件（.xls）或设了打开密码的工作簿，只是扩展名为 .xlsx：请用 Excel/WPS 打开（有密码的先取消密码），另存为 .xlsx 后再收取")
	}
	lines := strings.Split(stdout, "\n")
	for _, w := range want {
		if !slices.Contains(lines, w) {
			t.Errorf("missing line %q in\n%s", w, stdout)
		}
	}
	for _, unit := range []string{"chikan-org", "xiashan-school", "xiashan-pub"} {
		if _, err := os.Stat(filepath.Join(dir, "reports", "2019Q3", unit+".yaml")); err == nil {
			t.Errorf("a report was written for %s from an .xls", unit)
		}
	}
}

// Two forms from one unit for one period (a resend beside a copy WPS
// made, "… - 副本.xlsx"): which one is taken depends on what they hold,
// never on their names' order (walk 9, F1). The later 报送日期 is taken
// and both files and dates are named; equal dates with different
// contents take neither; a copy that holds the same is said to be one.
func TestCollectTwoFormsOfOneUnit(t *testing.T) {
	const day = "2019-10-15"
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	cases := []struct {
		name                 string
		mainDate, copyDate   string
		mainValue, copyValue int
		want                 []string
		progress             string // task 3's in the report written, "" for none
	}{
		{"the copy is older", "2019-10-11", "2019-10-05", 90, 20, []string{
			"2019Q3-赤坎区委党校 - 副本.xlsx: error: 与 INTAKE/2019Q3-赤坎区委党校.xlsx 是同一单位同一期次的报送表，内容不同：收取报送日期较晚的 INTAKE/2019Q3-赤坎区委党校.xlsx（报送日期 2019-10-11），本表报送日期 2019-10-05，未收取",
			"2019Q3-赤坎区委党校.xlsx: warning: 同一单位同一期次还有 INTAKE/2019Q3-赤坎区委党校 - 副本.xlsx（报送日期 2019-10-05），未收取：收取的是本表（报送日期 2019-10-11）",
		}, "90"},
		{"the copy is newer", "2019-10-05", "2019-10-11", 20, 90, []string{
			"2019Q3-赤坎区委党校.xlsx: error: 与 INTAKE/2019Q3-赤坎区委党校 - 副本.xlsx 是同一单位同一期次的报送表，内容不同：收取报送日期较晚的",
		}, "90"},
		{"same date, different contents", "2019-10-11", "2019-10-11", 90, 20, []string{
			"2019Q3-赤坎区委党校 - 副本.xlsx: error: 与 INTAKE/2019Q3-赤坎区委党校.xlsx（报送日期 2019-10-11） 是同一单位同一期次的报送表，内容不同，而报送日期都是 2019-10-11，无法判断哪一份是最新的：都未收取",
			"2019Q3-赤坎区委党校.xlsx: error: 与 INTAKE/2019Q3-赤坎区委党校 - 副本.xlsx（报送日期 2019-10-11） 是同一单位同一期次的报送表，内容不同",
		}, ""},
		{"the same", "2019-10-11", "2019-10-11", 90, 90, []string{
			// Either is the report: the first in the folder is taken.
			"2019Q3-赤坎区委党校.xlsx: warning: 与 INTAKE/2019Q3-赤坎区委党校 - 副本.xlsx 内容相同（同一单位同一期次），收取的是那一份；这一份不再收取，可以删去",
			"2019Q3-赤坎区委党校 - 副本.xlsx: warning: 同一单位同一期次还有 INTAKE/2019Q3-赤坎区委党校.xlsx（内容相同），未收取：收取的是本表（报送日期 2019-10-11）",
		}, "90"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir, form := schoolForm(t)
			fillForm(t, form)
			intake := t.TempDir()
			main, cp := filepath.Join(intake, "2019Q3-赤坎区委党校.xlsx"), filepath.Join(intake, "2019Q3-赤坎区委党校 - 副本.xlsx")
			for _, f := range []struct {
				file, date string
				value      int
			}{{main, tc.mainDate, tc.mainValue}, {cp, tc.copyDate, tc.copyValue}} {
				copyFile(t, form, f.file)
				setCell(t, f.file, "B3", d(f.date))
				setCell(t, f.file, "D5", f.value)
			}
			stdout, _, code := runOn(t, day, dir, "collect", intake)
			stdout = strings.ReplaceAll(stdout, intake, "INTAKE")
			if code != 1 {
				t.Errorf("exit %d", code)
			}
			for _, want := range tc.want {
				if !strings.Contains(stdout, want) {
					t.Errorf("not said: %s\n%s", want, stdout)
				}
			}
			report, err := os.ReadFile(filepath.Join(dir, "reports", "2019Q3", "chikan-school.yaml"))
			switch {
			case tc.progress == "" && err == nil:
				t.Errorf("a report was written from forms that differ on the same date:\n%s", report)
			case tc.progress != "" && !strings.Contains(string(report), "  - task: 3\n    status: ") ||
				tc.progress != "" && !strings.Contains(string(report), "progress: "+tc.progress+"  #"):
				t.Errorf("the report written is not the later form's:\n%s", report)
			}
		})
	}
}
