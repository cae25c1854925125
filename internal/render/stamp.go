package render

import (
	"fmt"
	"io"
	"slices"

	"tally/internal/i18n"
	"tally/internal/ledger"
)

// writeStamped writes a period's view t in format f naming the period and
// the date it counts as of (DESIGN §2: every output names the date it
// used; probe 16 found CSV and Markdown naming neither, and a 汇总.csv or
// a merge-request comment travels without the terminal's headline): in
// CSV two columns at the end of every row, which keeps it plain data for
// a spreadsheet; in Markdown a line above the table. A text table has its
// headline already.
func writeStamped(w io.Writer, f Format, t *Table, lg *ledger.Ledger, lang i18n.Lang) error {
	switch f {
	case FormatCSV:
		s := *t
		s.Head = append(slices.Clone(t.Head), lang.Pick("期次", "Period"), lang.Pick("统计截至", "Counted as of"))
		s.Rows = make([][]string, len(t.Rows))
		for i, r := range t.Rows {
			s.Rows[i] = append(slices.Clone(r), lg.Period.ID, AsOfDoc(lg, lang))
		}
		return s.Write(w, f)
	case FormatMD:
		if _, err := fmt.Fprintf(w, "%s\n\n", mdText(periodAsOfLine(lg, lang))); err != nil {
			return err
		}
	}
	return t.Write(w, f)
}

// periodAsOfLine is 期次 2019Q2，统计截至 2019-07-05（报送截止日）.
func periodAsOfLine(lg *ledger.Ledger, lang i18n.Lang) string {
	return lang.Pick("期次 "+lg.Period.ID+"，统计截至 "+AsOfDoc(lg, lang), "Period "+lg.Period.ID+", counted as of "+AsOfDoc(lg, lang))
}
