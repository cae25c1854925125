package forms_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/xuri/excelize/v2"

	"tally/internal/forms"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/newreport"
	"tally/internal/testrepo"
)

var today = time.Date(2019, 10, 8, 0, 0, 0, 0, time.UTC)

func index(t testing.TB) (*model.Index, fstest.MapFS) {
	t.Helper()
	fsys := testrepo.Bundled()
	return model.NewIndex(load.Load(fsys).Repo), fsys
}

// form writes unit's form for 2019Q3 (period index 1).
func form(t testing.TB, x *model.Index, unit string) (newreport.Draft, []byte) {
	t.Helper()
	d := newreport.Open(x, x.Registry.Unit(unit), 1)
	var b bytes.Buffer
	if err := forms.Write(&b, d, x.Repo.Plan.Title, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	return d, b.Bytes()
}

func open(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestFormLayout(t *testing.T) {
	x, _ := index(t)
	d, data := form(t, x, "chikan-school")
	if got := forms.FileName(d); got != "2019Q3-赤坎区委党校.xlsx" {
		t.Errorf("file name %q", got)
	}
	f := open(t, data)
	get := func(ref string) string {
		v, err := f.GetCellValue("表1", ref)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	title := get("A1")
	for _, want := range []string{x.Repo.Plan.Title, "赤坎区委党校", "2019Q3", "报送截止 2019-10-12"} {
		if !strings.Contains(title, want) {
			t.Errorf("title %q lacks %q", title, want)
		}
	}
	// The example date is a date of this period's (walk 4, #8).
	if help := get("A2"); !strings.Contains(help, "报送日期填写报送当天的日期（年-月-日，如 2019-10-12）") {
		t.Errorf("the instruction's example date is not the period's: %q", help)
	}
	if !strings.Contains(get("A2"), "填写说明") {
		t.Errorf("no instruction row: %q", get("A2"))
	}
	if get("A3") != "报送日期" || get("C3") != "联系人" {
		t.Errorf("labels %q %q", get("A3"), get("C3"))
	}
	var head []string
	for _, c := range "ABCDEFG" {
		head = append(head, get(string(c)+"4"))
	}
	if got := strings.Join(head, ","); got != "任务编号,任务,状态,进度,进展情况,存在问题,下步计划" {
		t.Errorf("header %s", got)
	}
	// 赤坎区委党校 owns 3, 5, 9, 10 and reported 5 done in 2019Q2; each is
	// named as the tables, the workbook and the brief name it (03).
	var ids []string
	for r := 5; r < 9; r++ {
		ids = append(ids, get("A"+string(rune('0'+r))))
	}
	if got := strings.Join(ids, ","); got != "03,09,10," {
		t.Errorf("task rows %s", got)
	}
	if get("C5") != "推进中" || get("D5") != "50" || get("G7") != "8月举办村级后备干部培训班。" || get("E5") != "" {
		t.Errorf("row 5 not pre-filled from 2019Q2: %q %q %q %q", get("C5"), get("D5"), get("G7"), get("E5"))
	}
	// Identity in a hidden sheet.
	if v, _ := f.GetSheetVisible("tally"); v {
		t.Error("the identity sheet is visible")
	}
	if u, _ := f.GetCellValue("tally", "B1"); u != "chikan-school" {
		t.Errorf("identity unit %q", u)
	}
	// Drop-down, whole numbers 0-100 and a date.
	dvs, err := f.GetDataValidations("表1")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, dv := range dvs {
		kinds[dv.Sqref] = dv.Type + " " + dv.Formula1 + " " + dv.Formula2
	}
	if !strings.Contains(kinds["C5:C7"], "list") || !strings.Contains(kinds["C5:C7"], "未启动,推进中,已完成,滞后") {
		t.Errorf("status validation: %v", kinds)
	}
	if k := kinds["D5:D7"]; !strings.HasPrefix(k, "whole") || !strings.Contains(k, "0") || !strings.Contains(k, "100") {
		t.Errorf("progress validation: %v", kinds)
	}
	if !strings.HasPrefix(kinds["B3"], "date") {
		t.Errorf("date validation: %v", kinds)
	}
	// Fixed cells locked, input cells not; the sheet protected without a password.
	locked := func(ref string) bool {
		id, _ := f.GetCellStyle("表1", ref)
		st, _ := f.GetStyle(id)
		return st.Protection == nil || st.Protection.Locked
	}
	for _, ref := range []string{"A1", "A3", "A4", "A5", "B5"} {
		if !locked(ref) {
			t.Errorf("%s is not locked", ref)
		}
	}
	for _, ref := range []string{"B3", "D3", "C5", "D5", "E5", "F5", "G7"} {
		if locked(ref) {
			t.Errorf("%s is locked", ref)
		}
	}
	// Print-ready: A4, one page wide, the header repeated.
	lay, err := f.GetPageLayout("表1")
	if err != nil || lay.Size == nil || *lay.Size != 9 || lay.FitToWidth == nil || *lay.FitToWidth != 1 {
		t.Errorf("page layout %+v %v", lay, err)
	}
	found := false
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm.Print_Titles" && strings.Contains(n.RefersTo, "$4:$4") {
			found = true
		}
	}
	if !found {
		t.Error("the header row is not repeated on printed pages")
	}
	raw := string(unzip(t, data, "xl/worksheets/sheet1.xml"))
	if !strings.Contains(raw, "<sheetProtection") || strings.Contains(raw, "password") {
		t.Errorf("sheet protection: %s", between(raw, "<sheetProtection", "/>"))
	}
	// The same data gives the same bytes.
	if _, again := form(t, x, "chikan-school"); !bytes.Equal(data, again) {
		t.Error("two runs gave different bytes")
	}
}

func between(s, a, b string) string {
	i := strings.Index(s, a)
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i:], b)
	if j < 0 {
		return s[i:]
	}
	return s[i : i+j+len(b)]
}

// fill types into a form the way a unit would.
func fill(t *testing.T, data []byte, cells map[string]any) []byte {
	t.Helper()
	f := open(t, data)
	for ref, v := range cells {
		if err := f.SetCellValue("表1", ref, v); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func collect(t *testing.T, x *model.Index, fsys fstest.MapFS, name string, data []byte) *forms.Collected {
	t.Helper()
	fm, err := forms.Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := forms.Collect(x, name, fm, "tally")
	forms.Verify(fsys, []*forms.Collected{c}, today)
	return c
}

func problems(c *forms.Collected) string {
	var b strings.Builder
	for _, p := range c.Problems {
		b.WriteString(p.Cell + " " + p.Severity.String() + " " + p.Rule + " " + p.Message.Zh + "\n")
	}
	return b.String()
}

var good = map[string]any{
	"B3": today, "D3": "李四 0759-3100002",
	"C5": "推进中", "D5": 60, "E5": "举办两期镇街党校培训。",
	"C6": "done", "D6": 100, "E6": "完成农村党组织书记选派。",
	"C7": "推进中", "D7": "30", "E7": "后备干部摸底完成。\n培训计划已拟定。",
}

func TestCollectWritesTheReport(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", fill(t, data, good))
	if c.Refused != nil || c.Errors() > 0 {
		t.Fatalf("refused %v, problems:\n%s", c.Refused, problems(c))
	}
	if len(c.Problems) > 0 {
		t.Errorf("warnings on a clean form:\n%s", problems(c))
	}
	text := string(c.Text)
	for _, want := range []string{"unit: chikan-school", "period: 2019Q3", "submitted: 2019-10-08", "contact: 李四 0759-3100002",
		"  - task: 3\n    status: 推进中", "    progress: 60", "  - task: 9\n    status: 已完成", "    summary: |\n      后备干部摸底完成。\n      培训计划已拟定。"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if c.File != "reports/2019Q3/chikan-school.yaml" {
		t.Errorf("file %s", c.File)
	}
}

// Each bad cell is reported at its cell, as check reports the same value
// in a report file.
func TestCollectReportsCells(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	cases := []struct {
		cells map[string]any
		want  string
	}{
		{map[string]any{"D5": "七十"}, "表1!D5 error R202 进度“七十”应为 0 到 100 的整数"},
		{map[string]any{"D5": "60%"}, "表1!D5 error R202 进度“60%”应为 0 到 100 的整数：不要带 %，写成 60"},
		{map[string]any{"D5": "６０"}, "表1!D5 error R202 进度“６０”应为 0 到 100 的整数：用半角数字，写成 60"},
		{map[string]any{"D5": 0.6}, "表1!D5 error R202 进度“0.6”应为 0 到 100 的整数：不要带 %，写成 60"},
		{map[string]any{"D5": 120}, "表1!D5 error R206 进度“120”应为 0 到 100 的整数"},
		{map[string]any{"C5": "进行中"}, "表1!C5 error R204 状态“进行中”无效；可用：未启动、推进中、已完成、滞后"},
		{map[string]any{"C5": ""}, "表1!C5 error R203 状态未填写"},
		{map[string]any{"B3": "2019/10/8"}, "表1!B3 error R205 报送日期“2019/10/8”应写成 年-月-日：写成 2019-10-08"},
		{map[string]any{"B3": ""}, "表1!B3 error R203 报送日期未填写"},
		{map[string]any{"E5": ""}, "表1!E5 error R404 任务 03 的进展情况未填写；请写明本期做了哪些工作（每项任务都要填写进展情况）\n"},
		{map[string]any{"D5": 10}, "表1!D5 warning R402"},
		// An empty 进度 of a task in progress is no 0 (walk 9: 进度 0 低于 50).
		{map[string]any{"D5": ""}, "表1!D5 error R410 状态是“推进中”或“滞后”，进度却没有填写：请填写进度（0 到 100 的整数）；空着不会按 0 计，这一项不计入"},
	}
	for _, tc := range cases {
		cells := map[string]any{}
		for k, v := range good {
			cells[k] = v
		}
		for k, v := range tc.cells {
			cells[k] = v
		}
		c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", fill(t, data, cells))
		if got := problems(c); !strings.Contains(got, tc.want) {
			t.Errorf("%v: want %q in\n%s", tc.cells, tc.want, got)
		}
	}
	// Dates typed as text the way a report file writes them are dates.
	cells := map[string]any{}
	for k, v := range good {
		cells[k] = v
	}
	cells["B3"] = "2019-10-08"
	if c := collect(t, x, fsys, "a.xlsx", fill(t, data, cells)); c.Errors() > 0 || !strings.Contains(string(c.Text), "submitted: 2019-10-08") {
		t.Errorf("a date typed as text:\n%s", problems(c))
	}
}

// Every problem of a form comes back at once: a 进展情况 left empty is said
// with a date Excel did not take (which leaves the report undated) and the
// other cells' mistakes, once each, in the form's own words.
func TestCollectListsEveryProblemAtOnce(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	cells := map[string]any{}
	for k, v := range good {
		cells[k] = v
	}
	for k, v := range map[string]any{"B3": "10-8-19", "C5": "完成", "D6": "七十", "E7": ""} {
		cells[k] = v
	}
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", fill(t, data, cells))
	var got []string
	for _, p := range c.Problems {
		got = append(got, p.Cell+" "+p.Rule)
		if strings.Contains(p.Message.Zh, "summary") {
			t.Errorf("a form's message names a YAML field: %s", p.Message.Zh)
		}
	}
	if want := "表1!B3 R205, 表1!C5 R204, 表1!D6 R202, 表1!E7 R404"; strings.Join(got, ", ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, ", "), want)
	}
	// With the date right, check's own rule finds the same cell: said once.
	cells["B3"] = today
	c = collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", fill(t, data, cells))
	if n := strings.Count(problems(c), "表1!E7 "); n != 1 {
		t.Errorf("E7 said %d times:\n%s", n, problems(c))
	}
}

// A form renamed to another unit's name, or whose identity was edited to
// another unit's, is refused, saying what to do.
func TestCollectRefusesAnotherUnitsForm(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	filled := fill(t, data, good)
	for name, fix := range map[string]string{
		"2019Q3-霞山区委党校.xlsx": "请让该单位按原文件名发回；若确是霞山区委党校 2019Q3 的报送，用 tally forms --period 2019Q3 --unit xiashan-school 重新生成报送表，请它重新填写",
		"2019Q4-赤坎区委党校.xlsx": "请让该单位按原文件名发回；若确是赤坎区委党校 2019Q4 的报送，用 tally forms --period 2019Q4 --unit chikan-school 重新生成报送表，请它重新填写",
	} {
		if c := collect(t, x, fsys, name, filled); c.Refused == nil || !strings.HasSuffix(c.Refused.Zh, "不予收取。"+fix) {
			t.Errorf("%s: want it refused with %q, got %v", name, fix, c.Refused)
		}
	}
	for _, name := range []string{"2019Q3-赤坎区委党校.xlsx", "赤坎区委党校(1).xlsx", "回复：报送表.xlsx"} {
		if c := collect(t, x, fsys, name, filled); c.Refused != nil {
			t.Errorf("%s refused: %s", name, c.Refused.Zh)
		}
	}
	f := open(t, filled)
	f.SetCellValue("tally", "B1", "xiashan-school")
	f.SetCellValue("tally", "B4", "霞山区委党校")
	var b bytes.Buffer
	f.WriteTo(&b)
	if c := collect(t, x, fsys, "报送表.xlsx", b.Bytes()); c.Refused == nil || !strings.Contains(c.Refused.Zh, "标题") ||
		!strings.HasSuffix(c.Refused.Zh, "请用 tally forms --period 2019Q3 --unit xiashan-school 重新生成报送表，请该单位重新填写") {
		t.Errorf("a form whose identity names another unit was taken")
	}
}

// A form opened and saved again by LibreOffice reads back the same.
func TestCollectAfterLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	filled := fill(t, data, good)
	in := filepath.Join(t.TempDir(), "in", "2019Q3-赤坎区委党校.xlsx")
	os.MkdirAll(filepath.Dir(in), 0o755)
	os.WriteFile(in, filled, 0o644)
	out, ok := testrepo.Convert(t, in, "xlsx")
	if !ok {
		t.Skip("LibreOffice (soffice) is not installed: the re-save round trip is not tested")
	}
	saved, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", filled)
	got := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", saved)
	if got.Refused != nil || got.Errors() > 0 || string(got.Text) != string(want.Text) {
		t.Errorf("after LibreOffice: refused %v\n%s\n%s\nwant\n%s", got.Refused, problems(got), got.Text, want.Text)
	}
}

func unzip(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, _ := f.Open()
			defer rc.Close()
			b, _ := io.ReadAll(rc)
			return b
		}
	}
	t.Fatalf("no %s", name)
	return nil
}

// An English form offers English statuses and reads back like a Chinese one.
func TestEnglishForm(t *testing.T) {
	x, fsys := index(t)
	d := newreport.Open(x, x.Registry.Unit("chikan-school"), 1)
	var b bytes.Buffer
	if err := forms.Write(&b, d, x.Repo.Plan.Title, i18n.En); err != nil {
		t.Fatal(err)
	}
	f := open(t, b.Bytes())
	if v, _ := f.GetCellValue("Form", "C5"); v != "in-progress" {
		t.Errorf("status %q", v)
	}
	f.SetCellValue("Form", "B3", today)
	for _, ref := range []string{"E5", "E6", "E7"} {
		f.SetCellValue("Form", ref, "Done as planned.")
	}
	var filled bytes.Buffer
	f.WriteTo(&filled)
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", filled.Bytes())
	if c.Refused != nil || len(c.Problems) > 0 || !strings.Contains(string(c.Text), "  - task: 3\n    status: 推进中") {
		t.Errorf("refused %v\n%s\n%s", c.Refused, problems(c), c.Text)
	}
}

// Workbooks that are not forms are told apart, never guessed at.
func TestReadRefusesOtherWorkbooks(t *testing.T) {
	x, _ := index(t)
	_, data := form(t, x, "chikan-school")
	plain := excelize.NewFile()
	var b bytes.Buffer
	plain.WriteTo(&b)
	tooLong := open(t, data)
	for r := 8; r < 8+forms.MaxRows+5; r++ {
		tooLong.SetCellValue("表1", "A"+strconv.Itoa(r), "1")
	}
	var long bytes.Buffer
	tooLong.WriteTo(&long)
	oldVersion := open(t, data)
	oldVersion.SetCellValue("tally", "B3", "0")
	var old bytes.Buffer
	oldVersion.WriteTo(&old)
	for name, in := range map[string][]byte{"not a workbook": []byte("PK\x03\x04 junk"), "a plain workbook": b.Bytes(), "too many rows": long.Bytes(), "another version": old.Bytes()} {
		if _, err := forms.Read(bytes.NewReader(in)); err == nil {
			t.Errorf("%s was read as a form", name)
		}
	}
}

// A unit whose report the office returned gets its form filled in from
// the report returned, not from the quarter before, with the reasons on
// the form, where it cannot type over them (walk 2, #11); and a form
// collected with a date before the return says it stays returned (the
// day of the return is a day to send it again on: the report returned was
// sent before it).
func TestReturnedUnitsForm(t *testing.T) {
	fsys := testrepo.Bundled()
	var hash string
	for _, r := range load.Load(fsys).Repo.Reports {
		if r.Base == "chikan-org" && r.Dir == "2019Q2" {
			hash = r.Hash
		}
	}
	fsys["reviews/2019Q2/chikan-org.yaml"] = &fstest.MapFile{Data: []byte("unit: chikan-org\nperiod: 2019Q2\nreport: " + hash +
		"\nresult: 退回\ndate: 2019-07-08\nby: 督查科 李四\nsubmitted: 2019-07-04\nreasons:\n  - text: 缺少会议纪要作为佐证\n  - task: 16\n    text: 请补充整顿村数\n")}
	x := model.NewIndex(load.Load(fsys).Repo)
	d := newreport.Open(x, x.Registry.Unit("chikan-org"), 0)
	var b bytes.Buffer
	if err := forms.Write(&b, d, x.Repo.Plan.Title, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	f := open(t, b.Bytes())

	help, _ := f.GetCellValue("表1", "A2")
	if want := "【已退回】本期报送已于2019-07-08退回修改，理由：（1）缺少会议纪要作为佐证；（2）任务16：请补充整顿村数。"; !strings.Contains(help, want) {
		t.Errorf("the form does not say why it came back: %q", help)
	}
	if style, _ := f.GetCellStyle("表1", "A2"); style != 0 {
		if s, _ := f.GetStyle(style); s.Protection != nil && !s.Protection.Locked {
			t.Error("the note of the return is an input cell")
		}
	}
	found := false
	rows, _ := f.GetRows("表1")
	for _, r := range rows[4:] {
		if len(r) < 5 || r[0] != "16" {
			continue
		}
		found = true
		if !strings.Contains(r[1], "2019Q2 报送（已退回）：推进中 55%；退回理由：请补充整顿村数") {
			t.Errorf("task 16's row does not say what was returned and why: %q", r[1])
		}
		if r[4] != "排查确定软弱涣散村级党组织6个，落实区镇党委书记挂点整顿。" {
			t.Errorf("task 16's summary is not the returned report's: %q", r[4])
		}
	}
	if !found {
		t.Fatal("no row for task 16")
	}

	for _, c := range []struct {
		date time.Time
		warn bool
	}{{time.Date(2019, 7, 4, 0, 0, 0, 0, time.UTC), true}, {time.Date(2019, 7, 7, 0, 0, 0, 0, time.UTC), true},
		{time.Date(2019, 7, 8, 0, 0, 0, 0, time.UTC), false}, {time.Date(2019, 7, 9, 0, 0, 0, 0, time.UTC), false}} {
		fm, err := forms.Read(bytes.NewReader(fill(t, b.Bytes(), map[string]any{"B3": c.date})))
		if err != nil {
			t.Fatal(err)
		}
		got := forms.Collect(x, "2019Q2-赤坎区委组织部.xlsx", fm, "tally")
		said := problems(got)
		if warned := strings.Contains(said, "表1!B3 warning  报送日期 "+model.FormatDate(c.date)+" 早于 2019-07-08，不是 2019-07-08 退回之后重新报送的日期：收取后这份报送仍算退回"); warned != c.warn {
			t.Errorf("dated %s: warned %v, want %v:\n%s", model.FormatDate(c.date), warned, c.warn, said)
		}
		if got.Errors() > 0 {
			t.Errorf("dated %s: errors:\n%s", model.FormatDate(c.date), said)
		}
	}
}

// The office changed a unit's id after the forms went out (the import's
// suggested ids invite it; walk 5, #7): the form, made for the old id, is
// collected by the unit's name under the new id, and says so; a form
// whose name is no unit either is refused saying what to do.
func TestCollectAfterTheUnitIDChanged(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	data = fill(t, data, good)
	units := string(fsys["units.yaml"].Data)
	fsys["units.yaml"] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(units, "chikan-school", "chikan-dangxiao"))}
	delete(fsys, "reports/2019Q2/chikan-school.yaml")
	x2 := model.NewIndex(load.Load(fsys).Repo)
	c := collect(t, x2, fsys, "2019Q3-赤坎区委党校.xlsx", data)
	if c.Refused != nil || c.Errors() > 0 {
		t.Fatalf("refused %v:\n%s", c.Refused, problems(c))
	}
	if c.File != "reports/2019Q3/chikan-dangxiao.yaml" || !strings.Contains(string(c.Text), "unit: chikan-dangxiao") {
		t.Errorf("written to %s:\n%s", c.File, c.Text)
	}
	if want := "报送表是按单位编号“chikan-school”生成的，units.yaml 中已没有这个编号；按表上的单位名称“赤坎区委党校”对应到现在的编号 chikan-dangxiao"; !strings.Contains(problems(c), want) {
		t.Errorf("not said:\n%s", problems(c))
	}
	// The old id given to another unit since (probe, F5a): the form still
	// goes by the name it was made for.
	reused := strings.ReplaceAll(strings.ReplaceAll(units, "chikan-school", "chikan-dangxiao"), "xiashan-school", "chikan-school")
	fsys["units.yaml"] = &fstest.MapFile{Data: []byte(reused)}
	x4 := model.NewIndex(load.Load(fsys).Repo)
	c = collect(t, x4, fsys, "2019Q3-赤坎区委党校.xlsx", data)
	if c.Refused != nil || c.File != "reports/2019Q3/chikan-dangxiao.yaml" {
		t.Fatalf("the old id now another unit's: refused %v, file %s:\n%s", c.Refused, c.File, problems(c))
	}
	if want := "报送表是按单位编号“chikan-school”生成的，这个编号现在是“霞山区委党校”的；按表上的单位名称“赤坎区委党校”对应到现在的编号 chikan-dangxiao"; !strings.Contains(problems(c), want) {
		t.Errorf("not said:\n%s", problems(c))
	}
	// Renamed as well: nothing to go by.
	fsys["units.yaml"] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(strings.ReplaceAll(units, "chikan-school", "chikan-dangxiao"), "name: 赤坎区委党校", "name: 赤坎区党校"))}
	x3 := model.NewIndex(load.Load(fsys).Repo)
	c = collect(t, x3, fsys, "2019Q3-赤坎区委党校.xlsx", data)
	if c.Refused == nil || !strings.Contains(c.Refused.Zh, "若改过单位编号或名称，请改回；或用 tally forms --unit 为该单位重新生成报送表") {
		t.Errorf("a form of no unit: %v", c.Refused)
	}
}

// The unit renamed, its id kept, after its form went out (walk 10): the
// form is the unit's by its id, and is taken with a word of the rename;
// the same with the old name kept as an alias.
func TestCollectAfterTheUnitNameChanged(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	data = fill(t, data, good)
	units := string(fsys["units.yaml"].Data)
	for _, renamed := range []string{
		strings.Replace(units, "name: 赤坎区委党校", "name: 中共赤坎区委党校", 1),
		strings.Replace(units, "name: 赤坎区委党校", "name: 中共赤坎区委党校\n    aliases: [赤坎区委党校]", 1),
	} {
		fsys["units.yaml"] = &fstest.MapFile{Data: []byte(renamed)}
		res := load.Load(fsys)
		if n, _ := res.Diags.Counts(); n > 0 {
			t.Fatalf("units.yaml: %+v", res.Diags.Items)
		}
		x2 := model.NewIndex(res.Repo)
		c := collect(t, x2, fsys, "2019Q3-赤坎区委党校.xlsx", data)
		if c.Refused != nil || c.Errors() > 0 {
			t.Fatalf("refused %v:\n%s", c.Refused, problems(c))
		}
		if c.File != "reports/2019Q3/chikan-school.yaml" {
			t.Errorf("written to %s", c.File)
		}
		if want := "报送表是按单位名称“赤坎区委党校”生成的，units.yaml 中编号 chikan-school 的单位现在名为“中共赤坎区委党校”：按编号收取"; !strings.Contains(problems(c), want) {
			t.Errorf("not said:\n%s", problems(c))
		}
	}
}

// A form whose hidden unit id was damaged (probe 14, B3): it is no id at
// all, so the name on the form says whose it is, as it does for an id
// units.yaml does not have, and the warning says the id is damaged; with
// a name that is no unit either, the refusal says so, not that the unit
// is not in the register.
func TestCollectDamagedUnitID(t *testing.T) {
	x, fsys := index(t)
	_, data := form(t, x, "chikan-school")
	f := open(t, fill(t, data, good))
	if err := f.SetCellValue("tally", "B1", "../../etc"); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	c := collect(t, x, fsys, "2019Q3-赤坎区委党校.xlsx", b.Bytes())
	if c.Refused != nil || c.File != "reports/2019Q3/chikan-school.yaml" {
		t.Fatalf("refused %v, file %s:\n%s", c.Refused, c.File, problems(c))
	}
	if want := "报送表标识的单位编号“../../etc”已损坏，不是有效的单位编号；按表上的单位名称“赤坎区委党校”对应到编号 chikan-school"; !strings.Contains(problems(c), want) {
		t.Errorf("not said:\n%s", problems(c))
	}
	units := string(fsys["units.yaml"].Data)
	fsys["units.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(units, "name: 赤坎区委党校", "name: 赤坎区党校", 1))}
	x2 := model.NewIndex(load.Load(fsys).Repo)
	c = collect(t, x2, fsys, "2019Q3-赤坎区委党校.xlsx", b.Bytes())
	if c.Refused == nil || !strings.Contains(c.Refused.Zh, "报送表标识的单位编号“../../etc”已损坏，不是有效的单位编号，表上的单位名称“赤坎区委党校”也不是名册中的单位") {
		t.Errorf("a damaged id and a name of no unit: %v", c.Refused)
	}
}
