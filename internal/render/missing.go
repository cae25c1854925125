package render

import (
	"fmt"
	"io"
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
}

// Missing writes `tally missing`: the units that owe reports (催报清单)
// with a headline in tables.
func Missing(w io.Writer, f Format, lg *ledger.Ledger, lang i18n.Lang) error {
	rows := ledger.Missing(lg)
	if f == FormatJSON {
		out := []MissingJSON{}
		for _, u := range rows {
			out = append(out, MissingJSON{Unit: u.Unit.ID, Name: u.Unit.Name, Contact: u.Contact, Draft: u.Draft && !u.HasReport, Tasks: u.Missing})
		}
		return JSON(w, out)
	}
	t := &Table{
		Head: []string{lang.Pick("编号", "ID"), lang.Pick("单位", "Unit"), lang.Pick("报送情况", "Report"), lang.Pick("联系人", "Contact"),
			lang.Pick("未报任务数", "Missing"), lang.Pick("未报任务", "Tasks")},
		Wrap:  map[int]int{1: 24, 3: 20, 5: 36},
		Right: map[int]bool{4: true},
	}
	for _, u := range rows {
		t.Rows = append(t.Rows, []string{u.Unit.ID, u.Unit.Name, ReportState(u, lang), u.Contact, fmt.Sprint(len(u.Missing)),
			strings.Join(u.Missing, lang.Pick("、", ", "))})
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
