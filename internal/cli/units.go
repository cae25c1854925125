package cli

import (
	"github.com/spf13/cobra"

	"tally/internal/render"
)

type unitsOptions struct {
	format string
	strict bool
}

func (a *app) unitsCmd() *cobra.Command {
	var o unitsOptions
	c := &cobra.Command{
		Use:         "units",
		Short:       a.t("列出单位和分组，以及每个单位负责几项任务", "list units and groups, and how many tasks each unit carries"),
		Example:     "  tally units\n  tally units --format json",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runUnits(&o) },
	}
	a.formatFlag(c, &o.format, "table|json|csv|md")
	c.Flags().BoolVar(&o.strict, "strict", false, a.t("数据有错误或警告时不输出", "refuse to run on data with errors or warnings"))
	return c
}

func (a *app) runUnits(o *unitsOptions) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	l, err := a.loadStrict(true, o.strict) // no report text is shown
	if err != nil {
		return err
	}
	if err := render.Units(a.stdout, f, l.index, a.lang); err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}
