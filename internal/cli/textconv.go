package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
)

// runTextconv prints a report as git diff should compare it (`diff
// --textconv FILE`, for git's diff driver): one line per field of each
// entry, in the ledger's words. A file that does not decode is printed as
// it is, so git still shows something.
func (a *app) runTextconv(args []string) error {
	if len(args) != 1 {
		return usageError("--textconv 需要一个文件", "--textconv takes one file")
	}
	// git names a temporary copy; still, a regular file of a data file's
	// size at most, like every file tally reads.
	raw, err := load.ReadPath(args[0], load.MaxFileSize)
	if err != nil {
		return usageError("无法读取 %s：%s", "cannot read %s: %s", args[0], load.Refusal(err).In(a.lang))
	}
	r, _ := load.ReportFile(filepath.ToSlash(args[0]), raw)
	if r == nil {
		_, err := io.WriteString(a.stdout, render.Safe(string(raw)))
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s  %s%s  %s%s\n", a.t("单位：", "unit: "), r.Unit, a.t("期次：", "period: "), r.Period,
		a.t("报送日期：", "submitted: "), model.FormatDate(r.Submitted))
	if c := strings.TrimSpace(r.Contact); c != "" {
		fmt.Fprintf(&b, "%s%s\n", a.t("联系人：", "contact: "), strings.Join(strings.Fields(c), " "))
	}
	for _, e := range r.Entries {
		status := ""
		if e.HasStatus {
			status = e.Status.Label(a.lang)
		}
		fmt.Fprintf(&b, "\n%s%s  %s%s  %s%d%%\n", a.t("任务 ", "task "), e.Task, a.t("状态：", "status: "), status,
			a.t("进度：", "progress: "), e.EffectiveProgress())
		for _, f := range []struct{ label, text string }{
			{a.t("进展情况：", "summary: "), e.Summary}, {a.t("存在问题：", "problems: "), e.Problems}, {a.t("下步计划：", "next: "), e.Next},
		} {
			if t := strings.TrimSpace(f.text); t != "" {
				fmt.Fprintf(&b, "  %s%s\n", f.label, strings.ReplaceAll(t, "\n", "\n    "))
			}
		}
		for _, v := range e.Values {
			fmt.Fprintf(&b, "  %s%s = %s\n", a.t("指标 ", "target "), v.Target, model.FormatNumber(v.Value))
		}
		if len(e.Evidence) > 0 {
			fmt.Fprintf(&b, "  %s%s\n", a.t("佐证材料：", "evidence: "), strings.Join(model.Values(e.Evidence), a.t("、", ", ")))
		}
		if x := e.Extension; x != nil {
			fmt.Fprintf(&b, "  %s%s %s\n", a.t("申请延期至：", "extension asked to: "), model.FormatDate(x.To), strings.Join(strings.Fields(x.Reason), " "))
		}
	}
	_, err = io.WriteString(a.stdout, render.Safe(b.String()))
	return err
}
