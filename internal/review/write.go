package review

import (
	"fmt"
	"strings"

	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/yamlfmt"
)

// Text is the review file of rv, in the canonical layout `tally fmt`
// keeps (it is checked by formatting it).
func Text(rv *model.Review) ([]byte, error) {
	var b strings.Builder
	b.WriteString("# 办公室的审核记录，由 tally review 写入；报送内容或佐证材料改动后，即为待审核。\n")
	b.WriteString("unit: " + rv.Unit + "\n")
	b.WriteString("period: " + rv.Period + "\n")
	b.WriteString("report: " + rv.Report + "\n")
	b.WriteString("result: " + rv.Result.Label(i18n.Zh) + "\n")
	b.WriteString("date: " + model.FormatDate(rv.Date) + "\n")
	b.WriteString(yamlfmt.Text("by", rv.By, 0))
	if !rv.Submitted.IsZero() {
		b.WriteString("submitted: " + model.FormatDate(rv.Submitted) + "\n")
	}
	if !rv.Deadline.IsZero() {
		b.WriteString("deadline: " + model.FormatDate(rv.Deadline) + "\n")
	}
	if len(rv.Reasons) > 0 {
		b.WriteString("reasons:\n")
		writeReasons(&b, rv.Reasons, 0)
	}
	if len(rv.Extensions) > 0 {
		b.WriteString("extensions:\n")
		for _, x := range rv.Extensions {
			b.WriteString("  - task: " + model.TaskKey(x.Task) + "\n")
			if !x.To.IsZero() {
				b.WriteString("    to: " + model.FormatDate(x.To) + "\n")
			}
			fmt.Fprintf(&b, "    granted: %t\n", x.Granted)
		}
	}
	if len(rv.Evidence) > 0 {
		b.WriteString("evidence:\n")
		for _, s := range rv.Evidence {
			b.WriteString("  - file: " + yamlfmt.Scalar(s.File) + "\n")
			b.WriteString("    hash: " + s.Hash + "\n")
		}
	}
	if len(rv.Returns) > 0 {
		b.WriteString("returns:\n")
		for _, x := range rv.Returns {
			b.WriteString("  - date: " + model.FormatDate(x.Date) + "\n")
			if x.By != "" {
				b.WriteString(yamlfmt.Text("by", x.By, 4))
			}
			if !x.Deadline.IsZero() {
				b.WriteString("    deadline: " + model.FormatDate(x.Deadline) + "\n")
			}
			b.WriteString("    reasons:\n")
			writeReasons(&b, x.Reasons, 4)
			if !x.Submitted.IsZero() {
				b.WriteString("    submitted: " + model.FormatDate(x.Submitted) + "\n")
			}
			if !x.Resubmitted.IsZero() {
				b.WriteString("    resubmitted: " + model.FormatDate(x.Resubmitted) + "\n")
			}
		}
	}
	return yamlfmt.Format(yamlfmt.Review, []byte(b.String()))
}

// writeReasons writes a return's reasons as the items of a list indented
// by indent.
func writeReasons(b *strings.Builder, reasons []model.ReviewReason, indent int) {
	pad := strings.Repeat(" ", indent)
	for _, r := range reasons {
		if r.Task != "" {
			b.WriteString(pad + "  - task: " + model.TaskKey(r.Task) + "\n")
			b.WriteString(yamlfmt.Text("text", r.Text, indent+4))
		} else {
			// The item's key sits after "- ": text over several lines is
			// indented past it, as under a task.
			b.WriteString(pad + "  - " + strings.TrimPrefix(yamlfmt.Text("text", r.Text, indent+4), pad+"    "))
		}
	}
}
