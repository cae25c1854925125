package render

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"tally/internal/i18n"
	"tally/internal/ledger"
)

// MissingJSON is one unit of `tally missing --format json`.
type MissingJSON struct {
	Unit    string   `json:"unit"`
	Name    string   `json:"name"`
	Contact string   `json:"contact"`
	Draft   bool     `json:"draft"`
	Tasks   []string `json:"tasks"`
	// Returned: the office returned its report (退回待改), for Reasons.
	Returned bool         `json:"returned"`
	Reasons  []ReasonJSON `json:"reasons"`
}

// Missing writes `tally missing`: the units that owe reports (催报清单)
// with a headline in tables.
func Missing(w io.Writer, f Format, lg *ledger.Ledger, lang i18n.Lang) error {
	rows := ledger.Missing(lg)
	if f == FormatJSON {
		out := []MissingJSON{}
		for _, u := range rows {
			out = append(out, MissingJSON{Unit: u.Unit.ID, Name: u.Unit.Name, Contact: u.Contact, Draft: u.Draft && !u.HasReport, Tasks: nonNil(u.Missing),
				Returned: u.Returned, Reasons: reasonsJSON(u)})
		}
		return JSON(w, out)
	}
	t := &Table{
		Head: []string{lang.Pick("编号", "ID"), lang.Pick("单位", "Unit"), lang.Pick("报送情况", "Report"), lang.Pick("联系人", "Contact"),
			lang.Pick("未报任务数", "Missing"), lang.Pick("未报任务", "Tasks")},
		Wrap:  map[int]int{1: 24, 3: 20, 5: 36},
		Right: map[int]bool{4: true},
	}
	returned := slices.ContainsFunc(rows, func(u *ledger.UnitRow) bool { return u.Returned })
	if returned {
		t.Head = append(t.Head, lang.Pick("退回理由", "Returned because"))
		t.Wrap[6] = 36
	}
	for _, u := range rows {
		row := []string{u.Unit.ID, u.Unit.Name, ReportState(u, lang), u.Contact, fmt.Sprint(len(u.Missing)),
			strings.Join(u.Missing, lang.Pick("、", ", "))}
		if returned {
			row = append(row, strings.Join(ReturnReasons(u, lang), "\n"))
		}
		t.Rows = append(t.Rows, row)
	}
	return t.WriteUnder(w, f, missingHeadline(lg, rows, lang))
}

func missingHeadline(lg *ledger.Ledger, rows []*ledger.UnitRow, lang i18n.Lang) string {
	asOf, pairs := AsOf(lg, lang), ledger.MissingPairs(rows)
	if len(rows) == 0 {
		return lang.Pick(fmt.Sprintf("期次 %s，统计截至 %s：全部单位均已报送。", lg.Period.ID, asOf),
			fmt.Sprintf("Period %s, counted as of %s: every unit has reported.", lg.Period.ID, asOf))
	}
	return lang.Pick(
		fmt.Sprintf("期次 %s，统计截至 %s：%d 个单位共 %d 项次未报送", lg.Period.ID, asOf, len(rows), pairs),
		fmt.Sprintf("Period %s, counted as of %s: %d units owe %d task reports", lg.Period.ID, asOf, len(rows), pairs))
}

// reasonsJSON are a returned unit's reasons (empty for any other).
func reasonsJSON(u *ledger.UnitRow) []ReasonJSON {
	out := []ReasonJSON{}
	if u.Returned && u.Review.Review != nil {
		for _, rs := range u.Review.Review.Reasons {
			out = append(out, ReasonJSON{Task: rs.Task, Text: rs.Text})
		}
	}
	return out
}
