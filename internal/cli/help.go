package cli

import (
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tally/internal/i18n"
)

// helpTemplateZh puts a command's text before its usage, in either language.
const helpTemplateZh = `{{with or .Long .Short}}{{. | trimTrailingWhitespaces}}

{{end}}{{if or .Runnable .HasSubCommands}}{{.UsageString}}{{end}}`

const usageTemplateZh = `用法：{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} <命令> [选项]{{end}}{{if gt (len .Aliases) 0}}

别名：
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

示例：
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}{{$cmds := .Commands}}
{{range $group := .Groups}}
{{.Title}}{{range $.Commands}}{{if (and (eq .GroupID $group.ID) (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}
{{end}}{{if not .AllChildCommandsHaveGroup}}
其他命令：{{range $cmds}}{{if (and (eq .GroupID "") (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

选项：
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

通用选项：
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

运行 "{{.CommandPath}} <命令> --help" 查看某个命令的详细说明。{{end}}{{with index .Annotations "exit"}}

退出状态：
{{.}}{{end}}
`

const usageTemplateEn = `Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} <command> [flags]{{end}}{{if gt (len .Aliases) 0}}

Aliases:
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}{{$cmds := .Commands}}
{{range $group := .Groups}}
{{.Title}}{{range $.Commands}}{{if (and (eq .GroupID $group.ID) (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}
{{end}}{{if not .AllChildCommandsHaveGroup}}
Other commands:{{range $cmds}}{{if (and (eq .GroupID "") (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global flags:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Use "{{.CommandPath}} <command> --help" for more about a command.{{end}}{{with index .Annotations "exit"}}

Exit status:
{{.}}{{end}}
`

// exitText is the exit-status section of a command's help.
func (a *app) exitText(data bool) string {
	if data {
		return a.t("  0  正常\n  1  数据有错误（加 --strict 时警告也算）\n  2  命令无法执行（选项或参数有误、期次不存在、找不到数据目录）",
			"  0  fine\n  1  the data has errors (or warnings, with --strict)\n  2  the command could not run (bad flag or argument, unknown period, no data root)")
	}
	return a.t("  0  正常\n  2  命令无法执行（选项或参数有误）", "  0  fine\n  2  the command could not run (bad flag or argument)")
}

// polish finishes every command's help: no "[flags]" glued to the usage
// line, and in Chinese the defaults written the Chinese way.
func (a *app) polish(c *cobra.Command) {
	c.DisableFlagsInUseLine = true
	if a.lang == i18n.Zh {
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.DefValue != "" && f.DefValue != "false" && f.Name != "help" {
				f.Usage += "（默认 " + f.DefValue + "）"
				f.DefValue = ""
			}
		})
	}
	for _, sub := range c.Commands() {
		a.polish(sub)
	}
}
