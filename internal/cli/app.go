package cli

import (
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tally/internal/i18n"
	"tally/internal/render"
)

// app holds what every command shares: streams, language, clock and the
// global flags.
type app struct {
	stdout, stderr io.Writer
	lang           i18n.Lang
	now            func() time.Time
	dir            string // -C
	langFlag       string
	rev            string // --rev: read the data as of a git revision
	staged         bool   // check --staged: read the data as git's index holds it
	// warningsWithErrors: the command shows the data's warnings only
	// where it has errors (summary, counting them then): the rules that
	// give nothing but warnings run only then (check.Options).
	warningsWithErrors bool
}

func (a *app) t(zh, en string) string { return a.lang.Pick(zh, en) }
func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "tally",
		Short: a.t("重点工作任务清单台账", "a ledger for key-task lists"),
		Long: a.t(
			"tally 用 git 仓库里的 YAML 文件管理重点工作任务清单台账：\n"+
				"各单位按期填写报送文件，运行 tally check 检查；办公室用 tally summary、missing、overdue 汇总、催报、预警。",
			"tally keeps a key-task list ledger as YAML files in a git repository:\n"+
				"units fill in their reports each period and run tally check; the office sums up, chases and warns with tally summary, missing and overdue."),
		SilenceUsage:  true,
		SilenceErrors: true,
		Annotations:   map[string]string{"exit": a.exitText(true)},
		CompletionOptions: cobra.CompletionOptions{
			DisableDefaultCmd: true,
		},
	}
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	if a.lang == i18n.Zh {
		root.SetUsageTemplate(usageTemplateZh)
	} else {
		root.SetUsageTemplate(usageTemplateEn)
	}
	root.SetHelpTemplate(helpTemplateZh)
	root.SetFlagErrorFunc(a.flagError)
	pf := root.PersistentFlags()
	pf.StringVarP(&a.dir, "chdir", "C", "", a.t("在指定的`目录`中查找数据目录（命令行上的文件和目录路径仍相对当前目录）", "find the data in `DIR` (paths of files and folders on the command line stay relative to the current directory)"))
	pf.StringVar(&a.langFlag, "lang", a.lang.String(), a.t("界面语言：`zh|en`", "language: `zh|en`"))
	pf.Lookup("lang").DefValue = "zh"
	pf.BoolP("help", "h", false, a.t("显示帮助", "show help"))
	root.Version = Version
	root.SetVersionTemplate(versionLine())
	root.Flags().Bool("version", false, a.t("显示版本", "print the version"))
	root.PersistentPreRunE = func(c *cobra.Command, args []string) error {
		if _, ok := i18n.Parse(a.langFlag); !ok {
			return usageError("--lang 只能是 zh 或 en，不能是“%s”", "--lang must be zh or en, not %q", a.langFlag)
		}
		return nil
	}
	root.SetHelpCommand(&cobra.Command{
		Use:                   a.t("help [命令]", "help [command]"),
		DisableFlagsInUseLine: true,
		Short:                 a.t("显示某个命令的帮助", "help about a command"),
		Run: func(c *cobra.Command, args []string) {
			cmd, _, err := root.Find(args)
			if cmd == nil || err != nil {
				cmd = root
			}
			_ = cmd.Help()
		},
	})
	check, tasks, units := a.checkCmd(), a.tasksCmd(), a.unitsCmd()
	summary, missing, overdue, export, brief := a.summaryCmd(), a.missingCmd(), a.overdueCmd(), a.exportCmd(), a.briefCmd()
	site, remind := a.siteCmd(), a.remindCmd()
	root.AddCommand(
		check, tasks, units, summary, missing, overdue, export, brief, site, remind,
		a.reviewCmd(),
		a.diffCmd(),
		a.importCmd(),
		a.initCmd(),
		a.schemaCmd(),
		a.newCmd(),
		a.formsCmd(),
		a.collectCmd(),
		a.hookCmd(),
		a.fmtCmd(),
		a.logCmd(),
		a.versionCmd(),
		a.completionCmd(),
	)
	for _, c := range []*cobra.Command{check, tasks, units, summary, missing, overdue, export, brief, site, remind} {
		a.revFlag(c)
	}
	root.AddGroup(
		&cobra.Group{ID: "report", Title: a.t("填写报送：", "Writing reports:")},
		&cobra.Group{ID: "ledger", Title: a.t("汇总、催报、预警：", "Summing up, chasing, warning:")},
		&cobra.Group{ID: "history", Title: a.t("查看历史：", "History:")},
		&cobra.Group{ID: "list", Title: a.t("清单与单位：", "The list and its units:")},
	)
	for group, names := range map[string][]string{
		"report":  {"new", "forms", "collect", "check", "fmt", "schema", "hook"},
		"ledger":  {"summary", "missing", "remind", "review", "overdue", "export", "brief", "site"},
		"history": {"diff", "log"},
		"list":    {"tasks", "units", "import", "init"},
	} {
		for _, name := range names {
			if c, _, err := root.Find([]string{name}); err == nil && c != root {
				c.GroupID = group
			}
		}
	}
	a.polish(root)
	a.completeValues(root)
	return root
}

// parent makes c, a command that only holds subcommands, refuse an
// unknown one (exit 2, naming the ones there are) and show its help when
// run alone.
func (a *app) parent(c *cobra.Command) *cobra.Command {
	c.Args = cobra.ArbitraryArgs
	c.RunE = func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return c.Help()
		}
		var subs []string
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() {
				subs = append(subs, s.Name())
			}
		}
		return usageError("未知命令“%s %s”；%s 下可用的命令：%s", "unknown command \"%s %s\"; %s has: %s",
			c.CommandPath(), args[0], c.CommandPath(), strings.Join(subs, " "))
	}
	return c
}

// noArgs refuses positional arguments, in the user's language.
func (a *app) noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError("%s 不接受参数“%s”", "%s takes no argument %q", c.CommandPath(), args[0])
	}
	return nil
}

// formatFlag adds --format to c; the first of choices is the default.
func (a *app) formatFlag(c *cobra.Command, into *string, choices string) {
	def, _, _ := strings.Cut(choices, "|")
	c.Flags().StringVar(into, "format", def, a.t("输出格式：", "output format: ")+"`"+choices+"`")
}

func (a *app) parseFormat(s string, allowed ...render.Format) (render.Format, error) {
	f, ok := render.ParseFormat(s)
	if ok {
		for _, x := range allowed {
			if x == f {
				return f, nil
			}
		}
	}
	names := ""
	for i, x := range allowed {
		if i > 0 {
			names += "|"
		}
		names += string(x)
	}
	return "", usageError("--format 只能是 %s，不能是“%s”", "--format must be %s, not %q", names, s)
}
