package xlsx_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rogpeppe/go-internal/txtar"
	"github.com/xuri/excelize/v2"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
	"tally/internal/testrepo"
	"tally/internal/xlsx"
)

// worked is the worked example of internal/ledger (testdata/worked.txtar).
func worked(t *testing.T) fstest.MapFS {
	t.Helper()
	ar, err := txtar.ParseFile("testdata/worked.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range ar.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

func build(t *testing.T) (*ledger.Ledger, *model.Index, []byte) {
	t.Helper()
	res := load.Load(worked(t))
	if n, _ := res.Diags.Counts(); n > 0 {
		t.Fatalf("fixture has errors: %+v", res.Diags.Items)
	}
	x := model.NewIndex(res.Repo)
	lg := ledger.Build(x, 1, ledger.Day(time.Date(2019, 7, 5, 0, 0, 0, 0, time.UTC)))
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, lg, x, xlsx.Meta{Title: "测试清单", Source: "提交 0123456789ab"}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	return lg, x, buf.Bytes()
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

func TestSameDataSameBytes(t *testing.T) {
	_, _, a := build(t)
	_, _, b := build(t)
	if !bytes.Equal(a, b) {
		t.Fatal("two exports of the same data differ")
	}
	// Nothing in the archive carries the time of writing.
	zr, _ := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	for _, f := range zr.File {
		if f.Modified.Year() != 1980 {
			t.Errorf("%s stamped %v", f.Name, f.Modified)
		}
	}
}

func TestSheetsAndValuesMatchSummary(t *testing.T) {
	lg, _, data := build(t)
	f := open(t, data)
	// The tasks' targets, on a sheet of their own where any task has one
	// (probe 16, C1: only the summary's JSON had them).
	if got := strings.Join(f.GetSheetList(), ","); got != "总览,任务,单位,明细,未报送,预警,量化指标" {
		t.Fatalf("sheets: %s", got)
	}
	var sum render.SummaryJSON
	j, _ := json.Marshal(render.NewSummaryJSON(lg))
	json.Unmarshal(j, &sum)
	if len(sum.Targets) == 0 {
		t.Fatal("the test data has no target")
	}
	for i, g := range sum.Targets {
		row := fmt.Sprint(i + 2)
		id, _ := f.GetCellValue("量化指标", "A"+row)
		name, _ := f.GetCellValue("量化指标", "C"+row)
		goal, _ := f.GetCellValue("量化指标", "D"+row)
		actual, _ := f.GetCellValue("量化指标", "E"+row)
		if id != g.Task || name != g.Name || goal != model.FormatNumber(g.Target) || actual != model.FormatNumber(g.Actual) {
			t.Errorf("targets row %s: %q %q %q %q, want %+v", row, id, name, goal, actual, g)
		}
	}

	title, _ := f.GetCellValue("总览", "A1")
	if title != "测试清单\n落实情况汇总表（2019年第二季度）" {
		t.Errorf("title %q", title)
	}
	if m, _ := f.GetMergeCells("总览"); len(m) == 0 || m[0].GetStartAxis() != "A1" {
		t.Errorf("title not merged: %v", m)
	}
	rows, _ := f.GetRows("总览")
	flat := ""
	for _, r := range rows {
		flat += strings.Join(r, "|") + "\n"
	}
	// As of the due date, given: b's late report counts, and c, which owes
	// a report and has none, is late. The mean says what it stands on; the
	// units to chase are counted by why, b with the task it left out.
	for _, want := range []string{"统计截至 2019-07-05（报送截止日；截止日后报来的报送均已计入）", "数据来源：提交 0123456789ab",
		"任务总数|平均进度（按有进度的 2 项任务平均；据 4 个单位事项，占全部 6 项的 66.7%）|已完成|推进中|未启动|滞后|未报\n3|57.5%|0|1|0|1|1",
		"应报单位|报送率|已报送|未报送|逾期|草稿未报|未报项次\n3|66.7%|2|1|2|0|3",
		"编号|任务|原因|||涉及单位\n1|任务一|1/3 个单位报告滞后|||乙单位", "一|甲|2|0|57.5%", "二|乙|1|0|—",
		"四、需催报 2 个单位（逾期未报 1、有漏报 1），联系人见“未报送”表\n逾期未报：丙单位；有漏报：乙单位（漏报 2）。"} {
		if !strings.Contains(flat, want) {
			t.Errorf("总览 lacks %q:\n%s", want, flat)
		}
	}
	if raw := string(data); !strings.Contains(raw, "xl/charts/chart1.xml") {
		t.Error("总览 has no chart")
	}

	// 任务: one row per task, numbers as numbers, progress a fraction shown as a percentage.
	for i, task := range sum.Tasks {
		row := strconv.Itoa(i + 2)
		id, _ := f.GetCellValue("任务", "A"+row)
		if id != task.ID {
			t.Errorf("任务 row %s: id %q want %q", row, id, task.ID)
		}
		raw, _ := f.GetCellValue("任务", "H"+row, excelize.Options{RawCellValue: true})
		shown, _ := f.GetCellValue("任务", "H"+row)
		if task.Progress == nil {
			if shown != "—" {
				t.Errorf("任务 %s has no progress (未报) but shows %q", task.ID, shown)
			}
			continue
		}
		v, err := strconv.ParseFloat(raw, 64)
		if err != nil || math.Abs(v*100-*task.Progress) > 1e-9 {
			t.Errorf("任务 %s progress cell %q, summary says %v", task.ID, raw, *task.Progress)
		}
		// A progress that stands for fewer than all the task's units says
		// how many it covers (DESIGN §2): 75.0%（2/3）.
		wantShown := "%"
		if task.Units > 0 && task.Covered < task.Units {
			wantShown = fmt.Sprintf("%%（%d/%d）", task.Covered, task.Units)
		}
		if !strings.HasSuffix(shown, wantShown) {
			t.Errorf("任务 %s progress shown as %q, want a percentage ending %q", task.ID, shown, wantShown)
		}
		// It fits its column: a cell too narrow prints ###.
		if w, _ := f.GetColWidth("任务", "H"); w < float64(render.Width("100.0"+wantShown)) {
			t.Errorf("任务's progress column is %g wide; %q needs %d", w, "100.0"+wantShown, render.Width("100.0"+wantShown))
		}
		if typ, _ := f.GetCellType("任务", "E"+row); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("unit count stored as text")
		}
	}
	// 单位: rank order with the summary's numbers.
	for i, u := range sum.Units {
		row := strconv.Itoa(i + 2)
		rank, _ := f.GetCellValue("单位", "A"+row)
		id, _ := f.GetCellValue("单位", "J"+row)
		want := "—"
		if u.Rank != nil {
			want = strconv.Itoa(*u.Rank)
		}
		if id != u.ID || rank != want {
			t.Errorf("单位 row %s: %s #%s, want %s #%s", row, id, rank, u.ID, want)
		}
	}
	// 明细: every pair; 未报送: units owing reports; 预警: every non-green item.
	if rows, _ := f.GetRows("明细"); len(rows) != 1+6 {
		t.Errorf("明细 has %d rows, want a header and 6 pairs", len(rows))
	}
	// 未报送: the units to chase, why, with a contact to phone where one
	// is known, and the tasks owed.
	if rows, _ := f.GetRows("未报送"); len(rows) != 3 || strings.Join(rows[1], "|") != "乙单位|有漏报|李四 0759-1234567|1|2||b" ||
		strings.Join(rows[2], "|") != "丙单位|逾期未报||2|1, 3||c" {
		t.Errorf("未报送 rows %q", rows)
	}
	// 预警: 3 red tasks and 3 red pairs; the pairs never reported (未报) have no light.
	if rows, _ := f.GetRows("预警"); len(rows) != 7 {
		t.Errorf("预警 has %d rows, want 6 items and a header", len(rows))
	}
	// 明细: c never reported on task 1: 未报 and —, never 未启动 or 0%.
	detail, _ := f.GetRows("明细")
	found := false
	for _, r := range detail {
		if len(r) > 5 && r[0] == "1" && r[2] == "丙单位" {
			found = true
			if r[3] != "从未报送" || r[4] != "未报" || r[5] != "—" {
				t.Errorf("明细 task 1/丙单位: %v", r[:6])
			}
		}
	}
	if !found {
		t.Error("明细 lacks task 1/丙单位")
	}
}

func TestUserTextStaysText(t *testing.T) {
	_, _, data := build(t)
	f := open(t, data)
	rows, _ := f.GetRows("明细")
	for r, row := range rows {
		for c := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if formula, _ := f.GetCellFormula("明细", cell); formula != "" {
				t.Errorf("%s holds a formula: %s", cell, formula)
			}
			if strings.HasPrefix(row[c], "=HYPERLINK") {
				return
			}
		}
	}
	t.Error("the formula-like summary is missing from 明细")
}

func TestPrintReady(t *testing.T) {
	_, _, data := build(t)
	f := open(t, data)
	names := map[string]bool{}
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" {
			names[d.Scope] = d.RefersTo == "'"+d.Scope+"'!$1:$1"
		}
	}
	for _, sheet := range []string{"任务", "单位", "明细", "未报送", "预警"} {
		if !names[sheet] {
			t.Errorf("%s: header row not repeated on printed pages", sheet)
		}
		p, _ := f.GetPanes(sheet)
		if !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s: header not frozen: %+v", sheet, p)
		}
		raw := sheetXML(t, data, sheet, f)
		if !strings.Contains(raw, "<autoFilter ref=\"A1:") {
			t.Errorf("%s: no autofilter", sheet)
		}
		head, _ := f.GetCellStyle(sheet, "A1")
		if st, _ := f.GetStyle(head); st.Font == nil || st.Font.Family != "黑体" || !st.Font.Bold || len(st.Border) != 4 {
			t.Errorf("%s: header style %+v", sheet, st)
		}
	}
	{
		names := 0
		for _, d := range f.GetDefinedName() {
			if d.Name == "_xlnm._FilterDatabase" {
				names++
			}
		}
		if names != 6 {
			t.Errorf("%d filter ranges named in the workbook, want one per table sheet", names)
		}
	}
	for _, sheet := range f.GetSheetList() {
		lay, _ := f.GetPageLayout(sheet)
		// The cover is one portrait page; the tables are landscape, one page wide.
		orient, tall := "landscape", 0
		if sheet == "总览" {
			orient, tall = "portrait", 1
		}
		if lay.Orientation == nil || *lay.Orientation != orient || lay.Size == nil || *lay.Size != 9 ||
			lay.FitToWidth == nil || *lay.FitToWidth != 1 || lay.FitToHeight == nil || *lay.FitToHeight != tall {
			t.Errorf("%s: page layout %+v", sheet, lay)
		}
		props, _ := f.GetSheetProps(sheet)
		if props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: not fit to page", sheet)
		}
		hf, _ := f.GetHeaderFooter(sheet)
		if hf == nil || !strings.Contains(hf.OddFooter, "第 &P 页 共 &N 页") {
			t.Errorf("%s: footer %+v", sheet, hf)
		}
		// Every printed page says which list, which sheet and which period.
		if hf == nil || !strings.Contains(hf.OddHeader, "测试清单") || !strings.Contains(hf.OddHeader, "&C&\"黑体\"&11 "+sheet) ||
			!strings.Contains(hf.OddHeader, "2019年第二季度") {
			t.Errorf("%s: header %+v", sheet, hf)
		}
		// The footer sits inside a real margin, clear of the table.
		m, _ := f.GetPageMargins(sheet)
		if m.Footer == nil || *m.Footer < 0.2 || m.Bottom == nil || *m.Bottom < *m.Footer+0.3 || m.Top == nil || m.Header == nil || *m.Top < *m.Header+0.3 {
			t.Errorf("%s: margins %+v", sheet, m)
		}
	}
	// Unit ids stand beside the names for the screen, not for print.
	for sheet, area := range map[string]string{"单位": "'单位'!$A$1:$I$4", "未报送": "'未报送'!$A$1:$F$3"} {
		found := false
		for _, d := range f.GetDefinedName() {
			if d.Name == "_xlnm.Print_Area" && d.Scope == sheet {
				found = d.RefersTo == area
				if !found {
					t.Errorf("%s: print area %s, want %s", sheet, d.RefersTo, area)
				}
			}
		}
		if !found {
			t.Errorf("%s: no print area leaving out the ids", sheet)
		}
	}
	// Lights are filled: the first task is red.
	style, _ := f.GetCellStyle("任务", "J2")
	if st, _ := f.GetStyle(style); st.Fill.Type != "pattern" || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFC7CE" {
		t.Errorf("red light fill %+v", st.Fill)
	}
	if v, _ := f.GetCellValue("任务", "J2"); v != "红" {
		t.Errorf("light label %q", v)
	}
	// A four-line problems cell gets a row tall enough for four lines.
	rows, _ := f.GetRows("明细")
	for r, row := range rows {
		if len(row) > 7 && strings.HasPrefix(row[7], "第一行") {
			if h, _ := f.GetRowHeight("明细", r+1); h < 4*16 {
				t.Errorf("row %d height %v is too short for four lines", r+1, h)
			}
		}
	}
	body, _ := f.GetCellStyle("任务", "C2")
	if st, _ := f.GetStyle(body); st.Font == nil || st.Font.Family != "宋体" {
		t.Errorf("body font %+v", st.Font)
	}
}

// sheetXML returns the raw XML of a sheet.
func sheetXML(t *testing.T, data []byte, sheet string, f *excelize.File) string {
	t.Helper()
	idx, _ := f.GetSheetIndex(sheet)
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	for _, zf := range zr.File {
		if zf.Name == "xl/worksheets/sheet"+strconv.Itoa(idx+1)+".xml" {
			rc, _ := zf.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatalf("no XML for %s", sheet)
	return ""
}

func TestPeriodLabel(t *testing.T) {
	for id, want := range map[string]string{"2019Q2": "2019年第二季度", "2020Q4": "2020年第四季度", "2019H1": "2019年上半年", "2019M03": "2019年3月", "第一批": "第一批"} {
		if got := render.PeriodLabel(id, i18n.Zh); got != want {
			t.Errorf("PeriodLabel(%s) = %s, want %s", id, got, want)
		}
	}
}

// 预警 lists red before yellow; 明细 lists the pairs task by task, in
// each the units in units.yaml order, with how each stands this period: a
// carried value marked with the period it is from, one never reported
// shown as 未报 with no progress.
func TestOrder(t *testing.T) {
	res := load.Load(testrepo.Bundled())
	x := model.NewIndex(res.Repo)
	lg := ledger.Build(x, 0, ledger.Day(time.Date(2019, 7, 10, 0, 0, 0, 0, time.UTC)))
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, lg, x, xlsx.Meta{Title: "清单"}, i18n.Zh); err != nil {
		t.Fatal(err)
	}
	rows, _ := open(t, buf.Bytes()).GetRows("预警")
	seenYellow := false
	for _, r := range rows[1:] {
		switch r[0] {
		case "黄":
			seenYellow = true
		case "红":
			if seenYellow {
				t.Errorf("red after yellow: %v", rows)
			}
		}
	}
	if !seenYellow || rows[1][0] != "红" {
		t.Errorf("预警 rows %v", rows)
	}
	_, _, data := build(t)
	rows, _ = open(t, data).GetRows("明细")
	var got []string
	for _, r := range rows[1:] {
		got = append(got, r[0]+r[2]+" "+r[3]+" "+r[4]+" "+r[5])
	}
	want := []string{
		"1甲单位 无需再报（沿用 2019Q1） 已完成 100.0%（沿用 2019Q1）",
		"1乙单位 已报送 滞后 50.0%",
		"1丙单位 从未报送 未报 —",
		"2甲单位 已报送 推进中 60.0%",
		"2乙单位 未报送（沿用 2019Q1） 推进中 20.0%（沿用 2019Q1）",
		"3丙单位 从未报送 未报 —",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("明细:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
