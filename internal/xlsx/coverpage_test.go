package xlsx

import (
	"strings"
	"testing"

	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/testrepo"
)

// coverPoints is how tall the cover's rows are in all, and whether it
// says that more red tasks are on 预警.
func coverPoints(t *testing.T, x *model.Index, pi int) (float64, bool) {
	t.Helper()
	f := openBytes(t, exportOf(t, x, pi, i18n.Zh))
	rows, err := f.GetRows("总览")
	if err != nil {
		t.Fatal(err)
	}
	total, more := 0.0, false
	for i, r := range rows {
		h, err := f.GetRowHeight("总览", i+1)
		if err != nil {
			t.Fatal(err)
		}
		total += h
		more = more || strings.Contains(strings.Join(r, ""), "项红色预警任务，见“预警”表。")
	}
	return total, more
}

// At the year's end every open task is red and each names its units: the
// cover, printed on one page, is shrunk no more than an ordinary
// quarter's, its red table cut at what fits and the rest on 预警 (walk 10:
// 1,623 points against the second quarter's 1,059, printed at 40%).
func TestCoverAtYearEndNoTallerThanAQuarters(t *testing.T) {
	res := load.Load(testrepo.Bundled())
	x := model.NewIndex(res.Repo)
	q2, _ := coverPoints(t, x, 0)
	end, more := coverPoints(t, x, len(res.Repo.Plan.Periods)-1)
	t.Logf("cover: 2019Q2 %.0f points, year end %.0f points", q2, end)
	if !more {
		t.Errorf("the year-end cover lists every red task")
	}
	if end > 1.2*q2 {
		t.Errorf("the year-end cover is %.0f points tall against 2019Q2's %.0f", end, q2)
	}
}

// A long list title is cut in the page header at what its left part holds
// (60 half-width units), so that it does not run into the sheet's name at
// the centre (probe 10); the bundled title, 60 units, is whole.
func TestHeaderTitleFitsItsPart(t *testing.T) {
	res := load.Load(testrepo.Bundled())
	x := model.NewIndex(res.Repo)
	left := func() string {
		f := openBytes(t, exportOf(t, x, 0, i18n.Zh))
		hf, err := f.GetHeaderFooter("总览")
		if err != nil || hf == nil {
			t.Fatalf("header: %v", err)
		}
		l, _, _ := strings.Cut(hf.OddHeader, "&C")
		_, title, _ := strings.Cut(l, "&9 ")
		return title
	}
	if got := left(); got != res.Repo.Plan.Title {
		t.Errorf("the bundled title is cut in the header: %q", got)
	}
	x.Repo.Plan.Title = strings.Repeat("湛江市加强党的基层组织建设", 4)
	got := left()
	if w := cellWidth.StringWidth(got); w > 60 || !strings.HasSuffix(got, "…") || !strings.HasPrefix(x.Repo.Plan.Title, strings.TrimSuffix(got, "…")) {
		t.Errorf("a long title in the header: %q (%d units)", got, cellWidth.StringWidth(got))
	}
}
