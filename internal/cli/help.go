package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/text/width"

	"tally/internal/i18n"
)

func init() {
	cobra.AddTemplateFunc("flagsZh", func(f *pflag.FlagSet) string { return flagUsages(f, i18n.Zh) })
	cobra.AddTemplateFunc("flagsEn", func(f *pflag.FlagSet) string { return flagUsages(f, i18n.En) })
	cobra.AddTemplateFunc("sentence", sentence)
}

// sentence starts a text with a capital letter: a command's short line
// ("list the tasks") heads its help when it has no long text.
func sentence(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// helpTemplateZh puts a command's text before its usage, in either language.
const helpTemplateZh = `{{with or .Long .Short}}{{. | sentence | trimTrailingWhitespaces}}

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
{{if .Groups}}其他命令：{{else}}命令：{{end}}{{range $cmds}}{{if (and (eq .GroupID "") (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

选项：
{{flagsZh .LocalFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

通用选项：
{{flagsZh .InheritedFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

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
{{if .Groups}}Other commands:{{else}}Commands:{{end}}{{range $cmds}}{{if (and (eq .GroupID "") (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{flagsEn .LocalFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global flags:
{{flagsEn .InheritedFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

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
// line, and --strict named in the exit statuses only where it exists.
func (a *app) polish(c *cobra.Command) {
	c.DisableFlagsInUseLine = true
	if c.Annotations["exit"] == a.exitText(true) && c.Flags().Lookup("strict") == nil && c.HasParent() {
		// "warnings too, with --strict" only where there is a --strict
		c.Annotations["exit"] = a.t("  0  正常\n  1  数据有错误\n  2  命令无法执行（选项或参数有误、期次不存在、找不到数据目录）",
			"  0  fine\n  1  the data has errors\n  2  the command could not run (bad flag or argument, unknown period, no data root)")
	}
	for _, sub := range c.Commands() {
		a.polish(sub)
	}
}

// flagUsages lays out flags as pflag does, but measures the columns in
// display width, so that a Chinese placeholder (-o, --output 文件) lines
// up with the rest, and writes defaults in the user's language: "（默认
// table）" or (default "table"); a zero default is not shown.
func flagUsages(fs *pflag.FlagSet, lang i18n.Lang) string {
	type row struct{ left, usage string }
	var rows []row
	widest := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		name, usage := pflag.UnquoteUsage(f)
		if p, ok := placeholders[f.Name]; ok && (name == f.Value.Type() || name == "string" || name == "strings") {
			if strings.Contains(f.Usage, "目录") || strings.Contains(f.Usage, "folder") {
				p = i18n.T("目录", "DIR") // -o of a command that writes many files
			}
			name = lang.Pick(p.Zh, p.En) // the usage names no `PLACEHOLDER`: not "string"
		}
		if name != "" {
			left += " " + name
		}
		if f.NoOptDefVal != "" && f.NoOptDefVal != "true" {
			left += "[=" + f.NoOptDefVal + "]"
		}
		if d := f.DefValue; d != "" && d != "0" && d != "false" && d != "[]" && d != "0s" && f.Name != "help" {
			switch {
			case lang == i18n.Zh:
				usage += "（默认 " + d + "）"
			case f.Value.Type() == "string":
				usage += fmt.Sprintf(" (default %q)", d)
			default:
				usage += " (default " + d + ")"
			}
		}
		rows = append(rows, row{left, usage})
		widest = max(widest, displayWidth(left))
	})
	var b strings.Builder
	for _, r := range rows {
		pad := strings.Repeat(" ", widest-displayWidth(r.left)+3)
		usage := strings.ReplaceAll(r.usage, "\n", "\n"+strings.Repeat(" ", widest+3))
		b.WriteString(r.left + pad + usage + "\n")
	}
	return b.String()
}

// placeholders stand for a flag's value in help when its usage does not
// name one in backquotes.
var placeholders = map[string]i18n.Text{
	"period": i18n.T("期次", "PERIOD"), "unit": i18n.T("单位", "UNIT"), "task": i18n.T("任务", "TASK"),
	"as-of": i18n.T("日期", "DATE"), "rev": i18n.T("版本", "REV"), "from": i18n.T("文件", "FILE"),
	"output": i18n.T("文件", "FILE"), "explain": i18n.T("规则", "RULE"), "format": i18n.T("格式", "FORMAT"),
	"by": i18n.T("方式", "BY"), "max-count": i18n.T("个数", "N"), "chdir": i18n.T("目录", "DIR"),
}

// displayWidth counts the columns s takes in a terminal: two for wide and
// full-width characters such as Chinese, one for the rest.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
