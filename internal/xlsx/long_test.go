package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/testrepo"
)

// Lines are counted as a cell wraps them: Latin words and amounts break
// only at spaces, Chinese text anywhere, quotes are full width.
func TestLinesInWrapsWords(t *testing.T) {
	for _, tc := range []struct {
		text  string
		width float64
		want  int
	}{
		{"一二三四五", 12, 1},                // 10 units in 10 (a column 12 wide)
		{"一二三四五六", 12, 2},               // 12 units in 10
		{"“一二三四”", 12, 2},               // quotes are full width: 12 units
		{"aaaa bbbb cccc", 12, 2},       // "aaaa bbbb " then "cccc"
		{"aaaaaa bbbbbb", 12, 2},        // the word does not fit after the first
		{"投入1,250,000元", 12, 3},         // the amount is not cut: 投入 / 1,250,000 / 元
		{"abcdefghijklmnopqrst", 12, 2}, // a word longer than a line breaks inside
		{"一\n二\n\n三", 12, 4},
		{"", 12, 1},
		// As Excel draws 宋体: 6 Chinese characters a line at width 15, 10 at 24.
		{"一二三四五六", 15, 1}, {"一二三四五六七", 15, 2},
		{"一二三四五六七八九十", 24, 1}, {"一二三四五六七八九十一", 24, 2},
	} {
		if got := linesIn(tc.text, tc.width); got != tc.want {
			t.Errorf("linesIn(%q, %v) = %d, want %d", tc.text, tc.width, got, tc.want)
		}
	}
	// English wrapped at spaces takes more lines than its width alone says.
	// "progress " and "report" do not fit on one line of 13: one word a line.
	words := strings.Repeat("progress report ", 20)
	if got := linesIn(words, 15); got != 40 {
		t.Errorf("%d lines for 40 words that each take a line, want 40", got)
	}
}

// A long text is cut into parts that each show whole, at sentence ends
// where it can, never inside an amount, and nothing is lost.
func TestSplitLinesKeepsEverything(t *testing.T) {
	sentence := "完成全区党员干部思想作风现状调研，投入资金1,250,000元。"
	text := strings.Repeat(sentence, 60) + "最后一句。"
	parts := splitLines(text, fullWidth, maxLines)
	if len(parts) < 2 {
		t.Fatalf("%d parts, want the text cut", len(parts))
	}
	if strings.Join(parts, "") != text {
		t.Fatal("the parts do not add up to the text")
	}
	for i, p := range parts {
		if n := linesIn(p, fullWidth); n > maxLines {
			t.Errorf("part %d takes %d lines, more than a row shows (%d)", i, n, maxLines)
		}
		if i < len(parts)-1 && !strings.HasSuffix(p, "。") {
			t.Errorf("part %d ends %q, not at a sentence's end", i, p[len(p)-12:])
		}
	}
	// English with no sentence end in reach is cut at a space, not in a word.
	words := strings.Repeat("progress 1,250,000 ", 400)
	parts = splitLines(words, fullWidth, maxLines)
	if strings.Join(parts, "") != words {
		t.Fatal("the English parts do not add up to the text")
	}
	for i, p := range parts[:len(parts)-1] {
		if !strings.HasSuffix(p, " ") {
			t.Errorf("English part %d ends %q, inside a word", i, p[len(p)-10:])
		}
	}
	// Amounts written with full-width commas are not cut either, wherever
	// the cut falls (probe 7: "…资金1，250，" then "000元…").
	for pad := range 12 {
		text := strings.Repeat("中", pad) + strings.Repeat("投入资金1，250，000元，", 200)
		parts := splitLines(text, fullWidth, maxLines)
		if strings.Join(parts, "") != text {
			t.Fatalf("pad %d: the parts do not add up to the text", pad)
		}
		for i, p := range parts[:len(parts)-1] {
			if strings.HasSuffix(p, "1，") || strings.HasSuffix(p, "250，") || strings.HasSuffix(p, "1") || strings.HasSuffix(p, "250") {
				t.Errorf("pad %d: part %d ends %q, inside an amount", pad, i, p[len(p)-12:])
			}
		}
	}
	// One unbroken run longer than a row still ends.
	run := strings.Repeat("x", 20000)
	parts = splitLines(run, fullWidth, maxLines)
	if strings.Join(parts, "") != run || len(parts) < 2 {
		t.Fatalf("a run of 20,000 letters in %d parts", len(parts))
	}
}

// A report text too long for its row keeps one row for its pair in 明细,
// whole in its cell after a mark naming its entry on 全文, which prints it
// whole; a workbook without such texts has no 全文 sheet.
func TestLongTextPrintedWhole(t *testing.T) {
	const ending = "最后一句在这里结束。"
	long := strings.Repeat("制定主题教育工作方案，成立工作专班，完成全区党员干部思想作风现状调研。", 40) + ending
	for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
		t.Run(fmt.Sprint(lang), func(t *testing.T) {
			repo := load.Load(testrepo.Bundled()).Repo
			x := model.NewIndex(repo)
			pi := 0 // 2019Q2, which has reports
			plain := exportOf(t, x, pi, lang)
			f := openBytes(t, plain)
			if idx, _ := f.GetSheetIndex(fullSheet(lang)); idx >= 0 {
				t.Fatalf("a workbook without long texts has a %s sheet", fullSheet(lang))
			}
			plainRows, _ := f.GetRows(sheetNames(lang)[3])

			var reporter, task string
			for _, r := range repo.Reports {
				if r.Period == repo.Plan.Periods[pi].ID && len(r.Entries) > 0 {
					r.Entries[0].Summary = long
					reporter, task = r.Unit, r.Entries[0].Task
					break
				}
			}
			if reporter == "" {
				t.Fatal("no report in 2019Q2")
			}
			x = model.NewIndex(repo)
			data := exportOf(t, x, pi, lang)
			f = openBytes(t, data)
			details := sheetNames(lang)[3]
			rows, _ := f.GetRows(details)
			if len(rows) != len(plainRows) {
				t.Errorf("明细 has %d rows, %d without the long text: one row per pair", len(rows), len(plainRows))
			}
			var cell, about string
			for r, row := range rows {
				for c, v := range row {
					if strings.Contains(v, ending) {
						if cell != "" {
							t.Errorf("the text is in two cells of %s", details)
						}
						cell, _ = excelize.CoordinatesToCellName(c+1, r+1)
						about = row[0] + " " + row[2] // 编号 and 单位
						if !strings.HasSuffix(v, long) {
							t.Errorf("%s %s does not keep the whole text", details, cell)
						}
						mark := strings.TrimSuffix(v, "\n"+long)
						if !strings.Contains(mark, fullSheet(lang)) || !strings.Contains(mark, "1") {
							t.Errorf("%s %s opens with %q, not a mark naming entry 1 of %s", details, cell, mark, fullSheet(lang))
						}
						if h, _ := f.GetRowHeight(details, r+1); h != maxRowHeight {
							t.Errorf("row %d is %v points high, want the most a row can be", r+1, h)
						}
					}
				}
			}
			if cell == "" {
				t.Fatalf("the long summary of %s for task %s is not on %s", reporter, task, details)
			}
			full, err := f.GetRows(fullSheet(lang))
			if err != nil {
				t.Fatalf("no %s sheet: %v", fullSheet(lang), err)
			}
			if len(full) < 3 {
				t.Fatalf("%s has %d rows: the text should take more than one", fullSheet(lang), len(full))
			}
			if full[1][0] != "1" || full[1][1] != details+" "+cell || full[1][2] != about {
				t.Errorf("%s's first row %q does not say where the text is (%s %s, %s)", fullSheet(lang), full[1][:4], details, cell, about)
			}
			var joined strings.Builder
			for r, row := range full[1:] {
				// Every part says which text it is, so that a filter on any
				// column keeps them all (probe 7: blank 续 rows were hidden).
				if want := fmt.Sprintf("%d/%d", r+1, len(full)-1); row[0] != "1" || row[1] != full[1][1] || row[2] != about || row[3] != full[1][3] || row[4] != want {
					t.Errorf("%s row %d is %q, want the entry's number, place, row and column, and part %s", fullSheet(lang), r+2, row[:5], want)
				}
				joined.WriteString(row[len(row)-1])
				if h, _ := f.GetRowHeight(fullSheet(lang), r+2); h >= maxRowHeight {
					t.Errorf("%s row %d is %v points high: it may not show whole", fullSheet(lang), r+2, h)
				}
			}
			if joined.String() != long {
				t.Errorf("%s does not hold the text whole", fullSheet(lang))
			}
			if p, _ := f.GetPageLayout(fullSheet(lang)); p.FitToWidth == nil || *p.FitToWidth != 1 {
				t.Errorf("%s does not print one page wide", fullSheet(lang))
			}
		})
	}
}

func fullSheet(lang i18n.Lang) string { return lang.Pick("全文", "Full text") }

func exportOf(t *testing.T, x *model.Index, pi int, lang i18n.Lang) []byte {
	t.Helper()
	lg := ledger.Build(x, pi, ledger.Day(x.Repo.Plan.Periods[pi].Due))
	var buf bytes.Buffer
	if err := Write(&buf, lg, x, Meta{Title: x.Repo.Plan.Title, Source: "提交 0123456789ab"}, lang); err != nil {
		t.Fatal(err)
	}
	if n := sameWorkbook(t, lg, x, lang); n < 5 {
		t.Errorf("the rows of %d tables written directly", n)
	}
	return buf.Bytes()
}

func openBytes(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// A task title too long for its row is the same text on every row of the
// task: one entry on 全文, one value in 明细's column (so that a filter
// lists the task once), and the cover, whose rows cannot be taller
// either, still makes a workbook (probe 7: an error on 总览).
func TestLongTitleOneEntry(t *testing.T) {
	repo := load.Load(testrepo.Bundled()).Repo
	title := strings.Repeat("全面落实村（社区）党组织书记县级备案管理，", 30)
	x := model.NewIndex(repo)
	reds := ledger.RedTasks(ledger.Build(x, 0, ledger.Day(repo.Plan.Periods[0].Due)))
	if len(reds) == 0 {
		t.Fatal("no red task in the bundled data")
	}
	id := reds[0].Task.Task.ID // on the cover
	for _, tk := range repo.Tasks {
		if tk.ID == id {
			tk.Title = title
		}
	}
	x = model.NewIndex(repo)
	f := openBytes(t, exportOf(t, x, 0, i18n.Zh))
	rows, _ := f.GetRows("明细")
	values := map[string]int{}
	for _, row := range rows[1:] {
		if row[0] == id {
			values[row[1]]++
		}
	}
	if len(values) != 1 {
		t.Fatalf("task %s's title is %d different values in 明细, want one", id, len(values))
	}
	for v, n := range values {
		if !strings.HasSuffix(v, title) || !strings.HasPrefix(v, "〔文字过长，全文见“全文”表第 1 条〕") || n < 2 {
			t.Errorf("明细's title cells (%d) read %q", n, v[:60])
		}
	}
	full, _ := f.GetRows("全文")
	entries := map[string]bool{}
	for _, row := range full[1:] {
		entries[row[0]] = true
		if row[0] == "1" && (!strings.HasPrefix(row[1], "任务 C") || !strings.Contains(row[1], "等")) {
			t.Errorf("全文 entry 1 is at %q, want 任务's title and the other places", row[1])
		}
	}
	if len(entries) != 1 {
		t.Errorf("全文 has %d entries for one title", len(entries))
	}
}

// Every sheet lists its columns' widths in order and without overlap, as
// Excel requires (it offers to repair a file whose <col> elements are out
// of order, and drops them).
func TestColumnsInOrder(t *testing.T) {
	repo := load.Load(testrepo.Bundled()).Repo
	for _, r := range repo.Reports {
		for i := range r.Entries {
			r.Entries[i].Summary = strings.Repeat("进展。", 200) // a 全文 sheet too
		}
	}
	data := exportOf(t, model.NewIndex(repo), 0, i18n.Zh)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	cols := regexp.MustCompile(`<col [^>]*>`)
	num := regexp.MustCompile(`\b(min|max)="(\d+)"`)
	sheets := 0
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			continue
		}
		sheets++
		rc, _ := f.Open()
		body, _ := io.ReadAll(rc)
		rc.Close()
		last := 0
		for _, c := range cols.FindAllString(string(body), -1) {
			at := map[string]int{}
			for _, m := range num.FindAllStringSubmatch(c, -1) {
				at[m[1]], _ = strconv.Atoi(m[2])
			}
			if at["min"] <= last || at["max"] < at["min"] {
				t.Errorf("%s: %s after a column up to %d", f.Name, c, last)
			}
			last = at["max"]
		}
	}
	if sheets != 7 {
		t.Errorf("%d sheets, want the six and 全文", sheets)
	}
}

// Cutting a text into rows takes time in proportion to its length (probe
// 8: a report of 3.9 MB took the export from 5 s to 132 s when every part
// measured the whole rest): compare -bench 'SplitLines/1MB' with '2MB'.
func BenchmarkSplitLines(b *testing.B) {
	for _, mb := range []int{1, 2} {
		text := strings.Repeat("完成全区党员干部思想作风现状调研，投入资金1,250,000元。", mb<<20/80)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			for b.Loop() {
				splitLines(text, fullWidth, maxLines)
			}
		})
	}
}
