package cli

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/gitfs"
	"tally/internal/i18n"
	"tally/internal/xlsx"
)

type exportOptions struct {
	ledgerOptions
	output string
	force  bool
}

func (a *app) exportCmd() *cobra.Command {
	var o exportOptions
	c := &cobra.Command{
		Use:   a.t("export -o 文件.xlsx [选项]", "export -o FILE.xlsx [flags]"),
		Short: a.t("生成本期落实情况汇总 Excel 工作簿", "write the period's summary workbook (.xlsx)"),
		Long: a.t("生成一期的汇总工作簿，可直接打印：总览、任务、单位（含排名）、明细、未报送、预警 六张表；\n"+
			"某格文字长到一行放不下时，该格注明“全文见‘全文’表”，另附“全文”表完整打印。\n"+
			"已有同名文件时不覆盖，除非加 --force。写入过程中出错不会留下残缺的文件。",
			"Writes a period's print-ready workbook: sheets for the overview, tasks, units (ranked), details,\n"+
				"missing reports and warnings; a text too long for its row is marked and printed whole on a last sheet,\n"+
				"Full text. An existing file is kept unless --force is given; a failed export leaves no partial file.") + "\n" + a.pathRule(),
		Example:     "  tally export -o 2019Q2汇总.xlsx\n  tally export --period 2019Q3 --as-of 2019-10-15 -o 三季度.xlsx",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runExport(&o) },
	}
	a.fileFlags(c, &o.ledgerOptions, &o.output, &o.force, ".xlsx")
	return c
}

// fileFlags are the flags of the commands that write one period's file
// (export, brief): the period, the as-of date, the output and --force.
func (a *app) fileFlags(c *cobra.Command, o *ledgerOptions, output *string, force *bool, ext string) {
	a.periodFlag(c, &o.period)
	a.asOfFlag(c, &o.asOf)
	c.Flags().StringVarP(output, "output", "o", "", a.t("输出的 "+ext+" `文件`", "the "+ext+" `FILE` to write"))
	c.Flags().BoolVar(force, "force", false, a.t("覆盖已有的文件", "overwrite an existing file"))
	c.Flags().BoolVar(&o.strict, "strict", false, a.t("数据有错误或警告时不生成", "refuse to run on data with errors or warnings"))
}

func (a *app) runExport(o *exportOptions) error {
	if o.output == "" {
		return usageError("请用 -o 指定输出文件，如 %s export -o 汇总.xlsx", "name the file to write with -o, such as %s export -o summary.xlsx", a.tallyCmd())
	}
	if !strings.EqualFold(filepath.Ext(o.output), ".xlsx") {
		return usageError("输出文件“%s”应以 .xlsx 结尾", "the output file %q should end in .xlsx", o.output)
	}
	exists := i18n.F("文件 %s 已存在；加 --force 覆盖，或换一个文件名", "%s exists; add --force to overwrite it, or choose another name", o.output)
	if err := outputFree(o.output, o.output, o.force, exists); err != nil {
		return err
	}
	l, lg, err := a.buildLedger(&o.ledgerOptions)
	if err != nil {
		return err
	}
	meta := xlsx.Meta{Title: l.res.Repo.Plan.Title, Source: a.source(l.root), Diags: l.diags.Items}
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, lg, l.index, meta, a.lang); err != nil {
		return usageError("无法生成工作簿：%v", "cannot build the workbook: %v", err)
	}
	if err := writeFile(o.output, o.output, 0o644, o.force, exists, buf.Bytes()); err != nil {
		return err
	}
	a.wrote(o.output, lg)
	return a.dataStatus(l, o.strict)
}

// source says which commit the data comes from.
func (a *app) source(root string) string {
	if a.rev != "" {
		if commit, err := gitfs.Verify(root, a.rev); err == nil {
			return a.t("提交 ", "commit ") + commit[:12]
		}
	}
	// Only the data counts: an exported workbook or notes beside it do not.
	commit, dirty, err := gitfs.Describe(root, "plan.yaml", "units.yaml", "tasks", "reports")
	switch {
	case errors.Is(err, gitfs.ErrNotRepo):
		return a.t("不在 git 仓库中", "not in a git repository")
	case errors.Is(err, gitfs.ErrDubious):
		return a.t("git 拒绝读取：仓库属于另一个用户", "git refuses the repository: another user owns it")
	case err != nil:
		return a.t("无法读取 git 信息", "git information unavailable")
	case commit == "":
		return a.t("未提交的修改（仓库尚无提交）", "uncommitted changes (no commits yet)")
	case dirty:
		return a.t("提交 "+commit+"，另有未提交的修改", "commit "+commit+", with uncommitted changes")
	}
	return a.t("提交 ", "commit ") + commit
}
