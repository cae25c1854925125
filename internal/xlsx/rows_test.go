package xlsx

import (
	"bytes"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tally/internal/gen"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/testrepo"
)

// sameWorkbook writes lg's workbook with the rows written by tableRows
// and with every row streamed by excelize, fails unless the bytes agree,
// and returns how many sheets' rows tableRows wrote.
func sameWorkbook(t *testing.T, lg *ledger.Ledger, x *model.Index, lang i18n.Lang) int {
	t.Helper()
	meta := Meta{Title: x.Repo.Plan.Title, Source: "提交 0123456789ab"}
	var direct, streamed bytes.Buffer
	n, err := write(&direct, lg, x, meta, lang, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := write(&streamed, lg, x, meta, lang, false); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(direct.Bytes(), streamed.Bytes()) {
		t.Fatalf("%s as of %s (%s): the rows written directly differ from excelize's", lg.Period.ID, model.FormatDate(lg.AsOf), lang)
	}
	return n
}

// Every period of the bundled data and of the bundled data with a third
// quarter, in both languages, and a generated province's last quarter:
// the same bytes as excelize's, with every table's rows written directly.
func TestTableRowsAreExcelizes(t *testing.T) {
	dir := t.TempDir()
	if err := gen.Write(dir, gen.Options{Tasks: 14, Units: 40, Periods: 4, Seed: 7, Missing: 0.1}); err != nil {
		t.Fatal(err)
	}
	repos := map[string]*model.Repo{
		"bundled": load.Load(testrepo.Bundled()).Repo, "bundled Q3": load.Load(testrepo.BundledQ3()).Repo,
		"generated": load.Load(os.DirFS(dir)).Repo,
	}
	for name, repo := range repos {
		x := model.NewIndex(repo)
		for pi, p := range repo.Plan.Periods {
			langs := []i18n.Lang{i18n.Zh, i18n.En}
			if name == "generated" {
				if pi < len(repo.Plan.Periods)-1 {
					continue
				}
				langs = langs[:1]
			}
			for _, lang := range langs {
				if n := sameWorkbook(t, ledger.Build(x, pi, ledger.Day(p.Due)), x, lang); n != 5 {
					t.Errorf("%s %s: the rows of %d of 5 tables written directly", name, p.ID, n)
				}
			}
		}
	}
}

// Texts XML escapes, white space kept at either end, line breaks, control
// characters, characters outside the BMP; and texts excelize changes
// (_xHHHH_, longer than a cell), whose sheets excelize streams whole.
func TestTableRowsTrickyTexts(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		whole bool // some sheet goes to excelize whole
		long  bool // too long for a row: a 全文 sheet follows the others
	}{
		{"markup and quotes", `<b>"引号" & 'apos' > 5</b>`, false, false},
		{"line breaks, tabs, carriage returns", "一\r\n二\t三\n\n", false, false},
		{"spaces at either end", " 前后空格 ", false, false},
		{"control characters and U+FFFD", "a\x01b\x1fc\ufffd\ufffe", false, false},
		{"characters outside the BMP", "𠀀𪚥😀", false, false},
		{"an escaped character's look", "见_x0041_号文", true, false},
		{"longer than a cell holds", strings.Repeat("问", 12000), true, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			repo := load.Load(testrepo.Bundled()).Repo
			for _, r := range repo.Reports {
				for i := range r.Entries {
					r.Entries[i].Summary, r.Entries[i].Problems = tc.text, tc.text
				}
			}
			repo.Units.Units[0].Name += tc.text
			x := model.NewIndex(repo)
			for _, lang := range []i18n.Lang{i18n.Zh, i18n.En} {
				tables := 5
				if tc.long {
					tables++
				}
				if n := sameWorkbook(t, ledger.Build(x, 0, ledger.Day(repo.Plan.Periods[0].Due)), x, lang); (n < tables) != tc.whole {
					t.Errorf("%s: the rows of %d of %d tables written directly", lang, n, tables)
				}
			}
		})
	}
}

// Numbers as excelize writes them: the shortest decimal, cut to 15
// significant digits.
func TestCellFloat(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	values := []float64{0, 1, -2.5, 0.5, 0.123, 1.0 / 3, 0.1 + 0.2, 1e-7, 123456789012345678, 1e21, math.MaxFloat64, -math.MaxFloat64}
	for i := 0; i <= 1000; i++ {
		values = append(values, ledger.Round1(float64(i)/10)/100, float64(i)/7)
	}
	for _, v := range values {
		if err := f.SetCellFloat("Sheet1", "A1", v, -1, 64); err != nil {
			t.Fatal(err)
		}
		want, err := f.GetCellValue("Sheet1", "A1", excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := cellFloat(v); got != want {
			t.Errorf("cellFloat(%v) = %s, excelize writes %s", v, got, want)
		}
	}
}

// A percentage cell holds the fraction it shows, written short: 48.7% is
// 0.487 in the formula bar, not 0.487000000000000 (48.7/100), nor 78.8%
// 0.787999999999999.
func TestPercentagesStoredShort(t *testing.T) {
	for i := 0; i <= 1000; i++ {
		p := float64(i) / 10
		want := strconv.FormatFloat(float64(i)/1000, 'f', -1, 64)
		if got := cellFloat(fraction(p + 0.0001)); got != want {
			t.Errorf("%.1f%% is stored as %s, want %s", p, got, want)
		}
	}
}
