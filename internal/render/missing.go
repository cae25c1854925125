package render

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// MissingJSON is one unit of `tally missing --format json`: a unit of the
// chase list, why it is chased (state: not-submitted, draft, incomplete,
// invalid, returned), the tasks it owes a report on, the errors of its
// report file to put right, and the office's reasons for a returned one.
type MissingJSON struct {
	Unit    string           `json:"unit"`
	Name    string           `json:"name"`
	Contact string           `json:"contact"`
	State   string           `json:"state"`
	Draft   bool             `json:"draft"`
	Late    bool             `json:"late"`
	Tasks   []string         `json:"tasks"`
	Fixes   []DiagnosticJSON `json:"fixes"`
	// Returned: the office returned its report (退回待改), for Reasons.
	Returned bool         `json:"returned"`
	Reasons  []ReasonJSON `json:"reasons"`
	// Later is the date of its report file for the period where that is
	// after today, so that it does not count yet (R406); absent otherwise.
	Later string `json:"later,omitempty"`
}

// Missing writes `tally missing`: the chase list (催报清单, ledger.ChaseList)
// with a headline in tables. diags are the data's diagnostics, of which a
// unit's row quotes the errors of its report file.
func Missing(w io.Writer, f Format, lg *ledger.Ledger, diags []diag.Diagnostic, tally string, lang i18n.Lang) error {
	rows := ledger.ChaseList(lg)
	if f == FormatJSON {
		out := []MissingJSON{}
		for _, u := range rows {
			m := MissingJSON{Unit: u.Unit.ID, Name: u.Unit.Name, Contact: u.Contact, State: ChaseCode(u), Draft: u.Draft && !u.HasReport,
				Late: u.Late, Tasks: nonNil(u.Missing), Fixes: []DiagnosticJSON{}, Returned: u.Returned, Reasons: reasonsJSON(u)}
			for _, d := range UnitFixes(diags, u) {
				m.Fixes = append(m.Fixes, fixJSON(d, lang))
			}
			if l := u.Later; !l.IsZero() && lg.UpToToday {
				m.Later = model.FormatDate(l)
			}
			out = append(out, m)
		}
		return JSON(w, out)
	}
	t := &Table{
		Head: []string{lang.Pick("编号", "ID"), lang.Pick("单位", "Unit"), lang.Pick("催报原因", "Why"), lang.Pick("联系人", "Contact"),
			lang.Pick("未报任务数", "Missing"), lang.Pick("未报任务", "Tasks"), lang.Pick("需改正", "To fix")},
		Wrap:  map[int]int{1: 24, 3: 20, 5: 36, 6: 36},
		Right: map[int]bool{4: true},
	}
	// CSV always has the column, so that 期次 and 统计截至 after it keep
	// their places (probe 17, G); the table only where a unit was returned.
	returned := f == FormatCSV || slices.ContainsFunc(rows, func(u *ledger.UnitRow) bool { return u.Returned })
	if returned {
		t.Head = append(t.Head, lang.Pick("退回理由", "Returned because"))
		t.Wrap[7] = 36
	}
	for _, u := range rows {
		fixes := FixesText(UnitFixes(diags, u), lang)
		if l := u.Later; !l.IsZero() && lg.UpToToday {
			// Its file is there, dated after today: the row said 逾期未报
			// and nothing of it (probe 4, F4); remind says it, so does this.
			later := lang.Pick("报送文件的报送日期 "+model.FormatDate(l)+" 晚于今天，还不算报送；日期填错了的请改正（R406）",
				"its report file is dated "+model.FormatDate(l)+", after today, so it does not count yet; if the date is wrong, put it right (R406)")
			fixes = strings.TrimSpace(later + "\n" + fixes)
		}
		row := []string{u.Unit.ID, u.Unit.Name, ChaseLabel(u, lang), u.Contact, fmt.Sprint(len(u.Missing)),
			strings.Join(u.Missing, lang.Pick("、", ", ")), fixes}
		if returned {
			row = append(row, strings.Join(ReturnReasons(u, lang), "\n"))
		}
		t.Rows = append(t.Rows, row)
	}
	if f != FormatTable {
		return writeStamped(w, f, t, lg, lang)
	}
	return t.WriteUnder(w, f, missingHeadline(lg, rows, tally, lang))
}

func missingHeadline(lg *ledger.Ledger, rows []*ledger.UnitRow, tally string, lang i18n.Lang) string {
	head := missingCount(lg, rows, lang)
	if note := StrayNote(lg, tally, lang); note != "" {
		head += "\n" + note
	}
	return head
}

func missingCount(lg *ledger.Ledger, rows []*ledger.UnitRow, lang i18n.Lang) string {
	asOf, pairs := AsOf(lg, lang), ledger.MissingPairs(rows)
	if len(rows) == 0 {
		return lang.Pick(fmt.Sprintf("期次 %s，统计截至 %s：全部单位均已报送。", lg.Period.ID, asOf),
			fmt.Sprintf("Period %s, counted as of %s: every unit has reported.", lg.Period.ID, asOf))
	}
	return lang.Pick(
		fmt.Sprintf("期次 %s，统计截至 %s：%s，共 %d 项次未报送", lg.Period.ID, asOf, ChaseHeadline(lg, rows, lang), pairs),
		fmt.Sprintf("Period %s, counted as of %s: %s; %s missing", lg.Period.ID, asOf, ChaseHeadline(lg, rows, lang), i18n.Count(pairs, "task report", "task reports")))
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
