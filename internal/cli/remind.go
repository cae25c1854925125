package cli

import (
	"github.com/spf13/cobra"

	"tally/internal/render"
)

func (a *app) remindCmd() *cobra.Command {
	o := ledgerOptions{numbers: true} // no report text is shown
	c := &cobra.Command{
		Use:   a.t("remind [--period 期次] [--as-of 日期] [--format text|csv|json]", "remind [--period PERIOD] [--as-of DATE] [--format text|csv|json]"),
		Short: a.t("催报消息：每个欠报单位一条，可直接复制到短信或工作群", "chase messages, one per unit that owes the period something, ready to paste"),
		Long: a.t("为本期每个需要催报的单位写一条催报消息，可整行复制到短信、微信或工作群：单位名称和联系人，\n"+
			"尚未报送的任务（5 项以内写编号和简称，多了只写编号），报送截止日（今天截止的说今天，已过的说已逾期），\n"+
			"怎样报送；报送文件有误的，用文字说明要改正的地方（行、列和规则在 CSV 和 JSON 的需改正一栏中）。\n"+
			"单位与 tally missing 列出的相同。每条消息只占一行，不含控制字符；\n"+
			"--format csv 每个单位一行（可用 Excel 打开，像公式的内容前加 '），--format json 供其他程序使用。\n",
			"Writes a chase message (催报) for each unit to chase this period, one line to paste into a text message or a work\n"+
				"chat: the unit's name and contact, the tasks it owes (numbers and short titles up to 5, numbers only beyond), the\n"+
				"due date (today, or that it is past), how to send the report, and for a report with errors what to put right, in\n"+
				"words (the lines, columns and rules are in the CSV's and JSON's fixes).\n"+
				"The units are those tally missing lists. Each message is one line without\n"+
				"control characters; --format csv gives a row per unit (for Excel; text that looks like a formula starts\n"+
				"with '), --format json one object per unit for other programs.\n") + a.periodRule(),
		Example:     "  tally remind\n  tally remind --period 2019Q3 --format csv > 催报.csv",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runRemind(&o) },
	}
	a.ledgerFlagsIn(c, &o, true, true, "text|csv|json")
	return c
}

func (a *app) runRemind(o *ledgerOptions) error {
	f, err := a.parseFormat(o.format, render.FormatText, render.FormatCSV, render.FormatJSON)
	if err != nil {
		return err
	}
	l, lg, err := a.buildLedger(o)
	if err != nil {
		return err
	}
	if err := render.Remind(a.stdout, f, lg, l.res.Repo.Plan.Title, l.diags.Items, a.tallyCmd(), a.lang); err != nil {
		return err
	}
	return a.dataStatus(l, o.strict)
}
