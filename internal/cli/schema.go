package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/i18n"
	"tally/internal/schema"
)

func (a *app) schemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema task|report|plan|units|review",
		Short: a.t("输出文件的 JSON Schema（供编辑器补全和提示）", "print a file kind's JSON Schema (for editors)"),
		Long: a.t("输出 JSON Schema（draft 2020-12），带中文说明。VS Code 装上 YAML 扩展后，在文件第一行写\n"+
			"  # yaml-language-server: $schema=../../schema/report.schema.json\n即可在填写时补全字段、看到说明、发现错误。本仓库的 schema/ 目录中已有这些文件。",
			"Prints a JSON Schema (draft 2020-12) with Chinese titles and descriptions. With VS Code's YAML extension, a first line of\n"+
				"  # yaml-language-server: $schema=../../schema/report.schema.json\ncompletes and explains fields while typing. The schema/ folder holds them."),
		ValidArgs:   schema.Kinds,
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) != 1 {
				return &Error{Code: ExitUsage, Msg: i18n.T("请指定一种："+i18n.List(schema.Kinds).Zh, "name one of: "+i18n.List(schema.Kinds).En)}
			}
			b, err := schema.Get(args[0])
			if err != nil {
				return usageError("没有“%s”的 schema；可用：%s", "there is no schema %q; use one of: %s", args[0], strings.Join(schema.Kinds, ", "))
			}
			_, err = a.stdout.Write(b)
			return err
		},
	}
}
