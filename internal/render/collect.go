package render

import (
	"fmt"
	"io"
	"strings"

	"tally/internal/i18n"
)

// CollectRow is one form's outcome: an element of `collect --format json`.
type CollectRow struct {
	Form        string           `json:"form"`
	Unit        string           `json:"unit"`
	Period      string           `json:"period"`
	File        string           `json:"file"`
	Result      string           `json:"result"` // written|unchanged|refused|error
	Diagnostics []FormDiagnostic `json:"diagnostics"`
	// Changes, in the text view only, lists what a forced write changed.
	Changes *Table `json:"-"`
}

// FormDiagnostic is a problem of a form, at a sheet and cell (both empty
// for the form as a whole).
type FormDiagnostic struct {
	File     string `json:"file"`
	Sheet    string `json:"sheet"`
	Cell     string `json:"cell"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

// Collect writes collect's text view: each form's problems in compiler
// style (form:sheet!cell: severity[rule]: message), what became of it,
// the changes a forced write made, then one line of counts.
func Collect(w io.Writer, rows []CollectRow, dryRun bool, lang i18n.Lang) error {
	var b strings.Builder
	words := map[string]i18n.Text{
		"written": i18n.T("已写入", "written"), "unchanged": i18n.T("未变", "unchanged"),
		"refused": i18n.T("未收取", "refused"), "error": i18n.T("有错误，未写入", "has errors; nothing written"),
	}
	if dryRun {
		words["written"] = i18n.T("可写入（试运行，未写入）", "would be written (dry run)")
	}
	counts := map[string]int{}
	for _, r := range rows {
		for _, d := range r.Diagnostics {
			at := d.File
			if d.Cell != "" {
				at += ":" + d.Sheet + "!" + d.Cell
			}
			kind := d.Severity
			if d.Rule != "" {
				kind += "[" + d.Rule + "]"
			}
			fmt.Fprintf(&b, "%s: %s: %s\n", Safe(at), kind, Safe(d.Message))
		}
		target := ""
		if r.File != "" {
			target = " → " + r.File
		}
		fmt.Fprintf(&b, "%s%s%s%s\n", Safe(r.Form), target, lang.Pick("：", ": "), words[r.Result].In(lang))
		counts[r.Result]++
		if r.Changes != nil {
			if err := r.Changes.writeBox(&b, plain(w)); err != nil {
				return err
			}
		}
	}
	zh, en := "收取 %d 份报送表：写入 %d，未变 %d，未收取 %d，有错误 %d。\n", "%d forms: %d written, %d unchanged, %d refused, %d with errors.\n"
	if dryRun {
		zh, en = "试运行，收取 %d 份报送表：可写入 %d，未变 %d，未收取 %d，有错误 %d；没有写入任何文件。\n",
			"dry run, %d forms: %d would be written, %d unchanged, %d refused, %d with errors; nothing was written.\n"
	}
	b.WriteString(i18n.F(zh, en, len(rows), counts["written"], counts["unchanged"], counts["refused"], counts["error"]).In(lang))
	_, err := io.WriteString(w, b.String())
	return err
}
