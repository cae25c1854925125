package forms_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// edit changes a filled form the way a unit's spreadsheet would, through
// the spreadsheet library.
func edit(t *testing.T, data []byte, do func(f *excelize.File)) []byte {
	t.Helper()
	f := open(t, data)
	do(f)
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// entryOf is the YAML of the entry for task in a collected report.
func entryOf(t *testing.T, text []byte, task string) string {
	t.Helper()
	s := string(text)
	i := strings.Index(s, "  - task: "+task+"\n")
	if i < 0 {
		t.Fatalf("no entry for task %s:\n%s", task, s)
	}
	rest := s[i+1:]
	if j := strings.Index(rest, "\n  - task: "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// A unit merged 进展情况:下步计划 of a row and wrote one sentence (walk 9,
// F2): the sentence is the summary only; 存在问题 and 下步计划 are not
// made up from it, and the merge is said at its range. A merge down a
// column leaves the rows below without their text, which is said too.
func TestMergedCellsAreNotCopied(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	sentence := "开展宣传活动8场，并将下步计划一并写在此处：四季度继续推进。"
	data = edit(t, fill(t, data, good), func(f *excelize.File) {
		for _, ref := range []string{"F5", "G5", "E7"} {
			f.SetCellValue("表1", ref, nil)
		}
		f.SetCellValue("表1", "E5", sentence)
		f.SetCellValue("表1", "E6", "完成农村党组织书记选派。")
		for _, rg := range [][2]string{{"E5", "G5"}, {"E6", "E7"}, {"A5", "B5"}} {
			if err := f.MergeCell("表1", rg[0], rg[1]); err != nil {
				t.Fatal(err)
			}
		}
	})
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", data)
	said := problems(c)
	e3 := entryOf(t, c.Text, "3")
	if !strings.Contains(e3, "summary: "+sentence) || !strings.Contains(e3, "problems:  # ") || !strings.Contains(e3, "next:  # ") {
		t.Errorf("the merged sentence went beyond 进展情况:\n%s", e3)
	}
	if strings.Count(string(c.Text), sentence) != 1 {
		t.Errorf("the sentence is in the report %d times:\n%s", strings.Count(string(c.Text), sentence), c.Text)
	}
	for _, want := range []string{
		"表1!E5:G5 warning  E5:G5 这几格被合并了，合并后的内容只属于第一格 E5（任务 03 的进展情况），不抄到 F5（任务 03 的存在问题）、G5（任务 03 的下步计划）",
		"表1!E6:E7 warning  E6:E7 这几格被合并了，合并后的内容只属于第一格 E6（任务 09 的进展情况），不抄到 E7（任务 10 的进展情况）",
		"表1!E7 error R404 任务 10 的进展情况未填写",
	} {
		if !strings.Contains(said, want) {
			t.Errorf("not said: %s\n%s", want, said)
		}
	}
	// The task id merged over the title it stands beside reads nothing else.
	if strings.Contains(said, "A5:B5") {
		t.Errorf("a merge over the task's title was reported:\n%s", said)
	}
}

// The form's text columns are text (@), so that Excel keeps what is typed
// ("10月31日", "35%") as typed (walk 9, F3); so is the contact cell.
func TestFormTextColumnsAreText(t *testing.T) {
	x, _ := index(t)
	_, data := form(t, x, "chikan-school")
	f := open(t, data)
	for _, ref := range []string{"E5", "F5", "G5", "H5", "E7", "H7", "D3"} {
		id, err := f.GetCellStyle("表1", ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.NumFmt != 49 {
			t.Errorf("%s has number format %d, not text (49)", ref, st.NumFmt)
		}
		if st.Protection == nil || st.Protection.Locked {
			t.Errorf("%s is locked", ref)
		}
	}
	for _, ref := range []string{"D5", "B3"} {
		id, _ := f.GetCellStyle("表1", ref)
		if st, _ := f.GetStyle(id); st.NumFmt == 49 {
			t.Errorf("%s (a number or a date) is formatted as text", ref)
		}
	}
}

// A form sent out before its text columns were text: what Excel made a
// number is read as the cell shows it, and said at the cell; a number
// that shows as itself (a phone number) is read without a word.
func TestNumbersInTextColumnsReadAsShown(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	monthDay := `m"月"d"日"`
	data = edit(t, fill(t, data, good), func(f *excelize.File) {
		general, _ := f.NewStyle(&excelize.Style{})
		custom, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &monthDay})
		builtin, _ := f.NewStyle(&excelize.Style{NumFmt: 58}) // m"月"d"日" in a Chinese workbook
		percent, _ := f.NewStyle(&excelize.Style{NumFmt: 9})
		for ref, v := range map[string]struct {
			n     float64
			style int
		}{"G5": {43769, custom}, "G6": {43769, builtin}, "F7": {0.35, percent}, "F6": {13800138000, general}} {
			f.SetCellFloat("表1", ref, v.n, -1, 64)
			f.SetCellStyle("表1", ref, ref, v.style)
		}
	})
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", data)
	if c.Errors() > 0 {
		t.Fatalf("errors:\n%s", problems(c))
	}
	for task, want := range map[string]string{"3": "next: 10月31日", "9": "next: 10月31日", "10": "problems: 35%"} {
		if e := entryOf(t, c.Text, task); !strings.Contains(e, want) {
			t.Errorf("task %s: want %q:\n%s", task, want, e)
		}
	}
	if e := entryOf(t, c.Text, "9"); !strings.Contains(e, `problems: "13800138000"`) {
		t.Errorf("a phone number typed as a number:\n%s", e)
	}
	said := problems(c)
	for _, want := range []string{
		"表1!G5 warning  这一格被 Excel 存成了数字 43769（单元格格式为日期、百分比等），显示为“10月31日”：已按显示的“10月31日”收取，请核对",
		"表1!G6 warning  这一格被 Excel 存成了数字 43769",
		"表1!F7 warning  这一格被 Excel 存成了数字 0.35（单元格格式为日期、百分比等），显示为“35%”",
	} {
		if !strings.Contains(said, want) {
			t.Errorf("not said: %s\n%s", want, said)
		}
	}
	if strings.Contains(said, "表1!F6") || strings.Contains(string(c.Text), "43769") || strings.Contains(string(c.Text), "0.35") {
		t.Errorf("a number read as stored, or one shown as itself warned of:\n%s\n%s", said, c.Text)
	}
}

// A formula a program wrote without its value (openpyxl does; Excel, WPS
// and LibreOffice save the value) is no empty cell: it is an error at the
// cell, asking for the form saved in Excel or WPS (walk 9, F4).
func TestFormulaWithoutValue(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	data = edit(t, fill(t, data, good), func(f *excelize.File) {
		f.SetCellFormula("表1", "F6", `"经费"&"不足"`)
		f.SetCellValue("表1", "E7", nil) // no value saved with it
		f.SetCellFormula("表1", "E7", `"完成"&"培训"`)
	})
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", data)
	said := problems(c)
	for _, want := range []string{
		`表1!F6 error R202 这一格是公式 ="经费"&"不足"，文件中没有保存它的计算结果，读不到这一格显示的内容；请用 Excel 或 WPS 打开报送表、保存后再收取`,
		`表1!E7 error R202 这一格是公式 ="完成"&"培训"`,
	} {
		if !strings.Contains(said, want) {
			t.Errorf("not said: %s\n%s", want, said)
		}
	}
	if strings.Contains(said, "表1!E7 error R404") {
		t.Errorf("a formula's cell said to be empty:\n%s", said)
	}
}

// A number a program stored with a binary tail (80.40000000000001) reads
// as Excel shows it: 80.4 (walk 9, F5).
func TestNumbersReadAsShown(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	data = edit(t, fill(t, data, good), func(f *excelize.File) { f.SetCellInt("表1", "D5", 12345) })
	sheet := unzip(t, data, "xl/worksheets/sheet1.xml")
	if !bytes.Contains(sheet, []byte("<v>12345</v>")) {
		t.Fatal("no marker in the test form")
	}
	// As openpyxl writes 0.804*100: Python's repr of the double.
	data = rezip(t, data, map[string][]byte{"xl/worksheets/sheet1.xml": bytes.Replace(sheet, []byte("<v>12345</v>"), []byte("<v>80.40000000000001</v>"), 1)})
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", data)
	said := problems(c)
	if !strings.Contains(said, "表1!D5 error R206 进度“80.4”应为 0 到 100 的整数") || strings.Contains(said, "80.40000000000001") {
		t.Errorf("the number is not as the cell shows it:\n%s", said)
	}
}

// A merge over many rows names a few of the cells it covers, and how
// many there are.
func TestMergeOverManyRows(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	data = edit(t, fill(t, data, good), func(f *excelize.File) {
		if err := f.MergeCell("表1", "C5", "H7"); err != nil {
			t.Fatal(err)
		}
	})
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", data)
	said := problems(c)
	if !strings.Contains(said, "表1!C5:H7 warning  C5:H7 这几格被合并了，合并后的内容只属于第一格 C5（任务 03 的状态），不抄到 D5（任务 03 的进度）、E5（任务 03 的进展情况）、F5（任务 03 的存在问题）、G5（任务 03 的下步计划）、H5（任务 03 的佐证材料）、C6（任务 09 的状态）、等共 17 格") {
		t.Errorf("not said:\n%s", said)
	}
	if c.Errors() == 0 {
		t.Errorf("rows emptied by the merge were taken:\n%s", said)
	}
}
