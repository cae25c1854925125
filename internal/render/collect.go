package render

import (
	"cmp"
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
	// Evidence are the evidence files the form brought, as copied (or, in
	// a dry run, to be copied) into evidence/PERIOD/UNIT/.
	Evidence []string `json:"evidence"`
	// Changes, in the text view only, lists what a forced write changed.
	Changes *Table `json:"-"`
	// NotForm marks a file that was not read as a form (an .xls, a
	// folder, …): the text view counts it apart.
	NotForm bool `json:"-"`
	// Resubmitted marks a written report that the office had returned,
	// sent again after the return (已退回后重报): the text view says so.
	Resubmitted bool `json:"-"`
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

// CollectRun is what a run of collect was about: the one period it takes
// forms for and how that period was chosen, and whether it was a dry run.
type CollectRun struct {
	Period string
	How    i18n.Text
	DryRun bool
	// Tally is the command as the user runs it (tally -C DIR where they
	// gave -C), for what the view asks them to run.
	Tally string
}

// Collect writes collect's text view: each file's problems in compiler
// style (form:sheet!cell: severity[rule]: message), what became of it,
// the changes a forced write made, then one line naming the period and
// counting the forms by outcome and the files that are not forms.
func Collect(w io.Writer, rows []CollectRow, run CollectRun, lang i18n.Lang) error {
	var b strings.Builder
	words := map[string]i18n.Text{
		"written": i18n.T("已写入", "written"), "unchanged": i18n.T("未变", "unchanged"),
		"refused": i18n.T("未收取", "refused"), "error": i18n.T("有错误，未写入", "has errors; nothing written"),
	}
	if run.DryRun {
		words["written"] = i18n.T("可写入（试运行，未写入）", "would be written (dry run)")
	}
	counts := map[string]int{}
	others := 0 // files not read as forms
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
		again := ""
		if r.Resubmitted && r.Result == "written" {
			tally := cmp.Or(run.Tally, "tally")
			again = lang.Pick("（已退回后重报，待审核："+tally+" review）", " (sent again after its return; to be reviewed: "+tally+" review)")
		}
		fmt.Fprintf(&b, "%s%s%s%s%s\n", Safe(r.Form), target, lang.Pick("：", ": "), words[r.Result].In(lang), again)
		if len(r.Evidence) > 0 && r.Result == "written" {
			fmt.Fprintf(&b, "  %s%s\n", lang.Pick("佐证材料：", "evidence: "), Safe(strings.Join(r.Evidence, lang.Pick("、", ", "))))
		}
		if r.NotForm {
			others++
		} else {
			counts[r.Result]++
		}
		if r.Changes != nil {
			if err := r.Changes.writeBox(&b, plain(w)); err != nil {
				return err
			}
		}
	}
	b.WriteString(collectTotals(run, counts, len(rows)-others, others, lang))
	_, err := io.WriteString(w, b.String())
	return err
}

// collectTotals is the closing line of collect: the period and how it was
// chosen, the forms by outcome, and the files that are not forms.
func collectTotals(run CollectRun, counts map[string]int, forms, others int, lang i18n.Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, lang.Pick("期次 %s（%s）。", "Period %s (%s). "), run.Period, run.How.In(lang))
	// Every form whose error is printed above is one not written: the
	// line counts them so, then splits them by why.
	notWritten := counts["error"] + counts["refused"]
	zh, en := "收取 %d 份报送表：写入 %d，未变 %d，未写入 %d", "%s: %d written, %d unchanged, %d not written"
	if run.DryRun {
		zh, en = "试运行，收取 %d 份报送表：可写入 %d，未变 %d，不能写入 %d", "Dry run, %s: %d would be written, %d unchanged, %d could not be written"
	}
	b.WriteString(lang.Pick(fmt.Sprintf(zh, forms, counts["written"], counts["unchanged"], notWritten),
		fmt.Sprintf(en, i18n.Count(forms, "form", "forms"), counts["written"], counts["unchanged"], notWritten)))
	if notWritten > 0 {
		var zh, en []string
		if n := counts["error"]; n > 0 {
			zh, en = append(zh, fmt.Sprintf("有错误 %d", n)), append(en, fmt.Sprintf("%d with errors", n))
		}
		if n := counts["refused"]; n > 0 {
			zh, en = append(zh, fmt.Sprintf("未收取 %d", n)), append(en, fmt.Sprintf("%d refused", n))
		}
		b.WriteString(lang.Pick("（"+strings.Join(zh, "，")+"，见上）", " ("+strings.Join(en, ", ")+": see above)"))
	}
	if run.DryRun {
		b.WriteString(lang.Pick("；没有写入任何文件", "; nothing was written"))
	}
	if others > 0 {
		// Not "not .xlsx forms": an .xlsx renamed .xls is one, refused
		// until its name says so (probe 14, B6).
		en := "; 1 more file was not taken as a form (why, and what to do, above)"
		if others > 1 {
			en = fmt.Sprintf("; %d more files were not taken as forms (why, and what to do, above)", others)
		}
		b.WriteString(lang.Pick(fmt.Sprintf("；另有 %d 个文件没有作为报送表收取（原因和改法见上）", others), en))
	}
	b.WriteString(lang.Pick("。\n", ".\n"))
	return b.String()
}
