package cli_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

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
