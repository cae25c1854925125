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
		for _, r := range rv.Reasons {
			if r.Task != "" {
				b.WriteString("  - task: " + model.TaskKey(r.Task) + "\n")
				b.WriteString(yamlfmt.Text("text", r.Text, 4))
			} else {
				// The item's key sits at column 4, after "- ": text over
				// several lines is indented past it, as under a task.
				b.WriteString("  - " + strings.TrimPrefix(yamlfmt.Text("text", r.Text, 4), "    "))
			}
		}
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
	return yamlfmt.Format(yamlfmt.Review, []byte(b.String()))
}
