package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tally/internal/check"
	"tally/internal/diag"
	"tally/internal/gitfs"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/loadcache"
	"tally/internal/model"
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
	pending        sync.WaitGroup
}

func (a *app) t(zh, en string) string { return a.lang.Pick(zh, en) }

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
	pf.StringVarP(&a.dir, "chdir", "C", "", a.t("在 `DIR` 中运行，如同先进入该目录", "run as if started in `DIR`"))
	pf.StringVar(&a.langFlag, "lang", a.lang.String(), a.t("界面语言：`zh|en`", "language: `zh|en`"))
	pf.Lookup("lang").DefValue = "zh"
	pf.BoolP("help", "h", false, a.t("显示帮助", "show help"))
	root.PersistentPreRunE = func(c *cobra.Command, args []string) error {
		if _, ok := i18n.Parse(a.langFlag); !ok {
			return usage("--lang 只能是 zh 或 en，不能是“%s”", "--lang must be zh or en, not %q", a.langFlag)
		}
		return nil
	}
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [命令]",
		Short: a.t("显示某个命令的帮助", "help about a command"),
		Run: func(c *cobra.Command, args []string) {
			cmd, _, err := root.Find(args)
			if cmd == nil || err != nil {
				cmd = root
			}
			_ = cmd.Help()
		},
	})
	check, tasks, units := a.checkCmd(), a.tasksCmd(), a.unitsCmd()
	summary, missing, overdue, export := a.summaryCmd(), a.missingCmd(), a.overdueCmd(), a.exportCmd()
	root.AddCommand(
		check, tasks, units, summary, missing, overdue, export,
		a.diffCmd(),
		a.importCmd(),
		a.initCmd(),
		a.schemaCmd(),
		a.newCmd(),
		a.hookCmd(),
		a.fmtCmd(),
		a.logCmd(),
		a.versionCmd(),
		a.completionCmd(),
	)
	for _, c := range []*cobra.Command{check, tasks, units, summary, missing, overdue, export} {
		a.revFlag(c)
	}
	root.AddGroup(
		&cobra.Group{ID: "report", Title: a.t("填写报送：", "Writing reports:")},
		&cobra.Group{ID: "ledger", Title: a.t("汇总、催报、预警：", "Summing up, chasing, warning:")},
		&cobra.Group{ID: "history", Title: a.t("查看历史：", "History:")},
		&cobra.Group{ID: "list", Title: a.t("清单与单位：", "The list and its units:")},
	)
	for group, names := range map[string][]string{
		"report":  {"new", "check", "fmt", "schema", "hook"},
		"ledger":  {"summary", "missing", "overdue", "export"},
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
	return root
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

// noArgs refuses positional arguments, in the user's language.
func (a *app) noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usage("%s 不接受参数“%s”", "%s takes no argument %q", c.CommandPath(), args[0])
	}
	return nil
}

// formatFlag adds --format to c.
func (a *app) formatFlag(c *cobra.Command, into *string, choices string) {
	c.Flags().StringVar(into, "format", "table", a.t("输出格式：", "output format: ")+"`"+choices+"`")
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
	return "", usage("--format 只能是 %s，不能是“%s”", "--format must be %s, not %q", names, s)
}

// root finds the data root: -C DIR (or the working directory), then up
// to the first folder holding plan.yaml.
func (a *app) root() (string, error) {
	start := a.dir
	if start == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", usage("无法确定当前目录：%v", "cannot tell the working directory: %v", err)
		}
		start = wd
	}
	abs, err := filepath.Abs(start)
	if err != nil {
		return "", usage("目录 %s 无效：%v", "bad directory %s: %v", start, err)
	}
	if info, err := os.Stat(abs); err != nil || !info.IsDir() {
		return "", usage("目录 %s 不存在", "there is no directory %s", start)
	}
	for dir := abs; ; {
		if info, err := os.Stat(filepath.Join(dir, "plan.yaml")); err == nil && !info.IsDir() {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return "", usage("找不到数据目录：%s 及其上级目录中都没有 plan.yaml。请进入数据目录，或用 -C 指定，或用 tally init 新建",
		"no data root: neither %s nor any folder above it holds plan.yaml. Change into one, name it with -C, or start one with tally init", abs)
}

// loaded is a checked repository.
type loaded struct {
	root  string
	res   *load.Result
	diags diag.List
	index *model.Index
}

// load reads and checks the repository: the working tree, or with --rev
// the files of that commit (the working tree is not touched).
func (a *app) load() (*loaded, error) {
	root, err := a.root()
	if err != nil {
		return nil, err
	}
	if a.rev == "" {
		roomFor(countFiles(os.DirFS(root)))
		cache := loadcache.Open(root)
		res := load.LoadCached(os.DirFS(root), cache)
		// The cache is written while the command goes on (it only reads
		// the model), and is only a speed-up: one that cannot be written
		// is no cache.
		a.pending.Add(1)
		go func() {
			defer a.pending.Done()
			_ = cache.Save()
		}()
		return a.checked(root, res), nil
	}
	fsys, err := a.snapshot(root, a.rev)
	if err != nil {
		return nil, err
	}
	return a.loadFS(root, fsys), nil
}

// snapshot reads the data of a user-given revision.
func (a *app) snapshot(root, rev string) (fs.FS, error) {
	commit, err := gitfs.Verify(root, rev)
	switch {
	case errors.Is(err, gitfs.ErrNotRepo):
		return nil, usage("%s 不在 git 仓库中，无法读取历史版本", "%s is not in a git repository, so it has no history to read", root)
	case err != nil:
		return nil, usage("“%s”不是有效的 git 版本（提交、分支或标签）", "%q is not a git revision (a commit, branch or tag)", rev)
	}
	fsys, err := gitfs.Snapshot(root, commit)
	if err != nil {
		return nil, usage("无法读取版本 %s：%v", "cannot read revision %s: %v", rev, err)
	}
	return fsys, nil
}

// revFlag adds --rev to a read-only command.
func (a *app) revFlag(c *cobra.Command) {
	c.Flags().StringVar(&a.rev, "rev", "", a.t("读取某个 git 版本（提交、分支或标签）中的数据", "read the data as of a git `REV` (commit, branch or tag)"))
}

func (a *app) loadFS(root string, fsys fs.FS) *loaded {
	return a.checked(root, load.Load(fsys))
}

// bytesPerFile is the heap a loaded data file needs, measured on the
// generated province repository (BENCHMARKS.md).
const bytesPerFile = 52 << 10

// roomFor raises the soft memory limit cmd/tally sets for a repository
// larger than a province, so that the collector does not run without end
// on data that simply needs more memory. GOMEMLIMIT, when set, rules.
func roomFor(files int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if want := int64(files) * bytesPerFile; want > debug.SetMemoryLimit(-1) {
		debug.SetMemoryLimit(want)
	}
}

// countFiles counts the data files from the folder listings alone.
func countFiles(fsys fs.FS) int {
	n := 2
	tasks, _ := fs.ReadDir(fsys, "tasks")
	n += len(tasks)
	periods, _ := fs.ReadDir(fsys, "reports")
	for _, p := range periods {
		if p.IsDir() {
			files, _ := fs.ReadDir(fsys, "reports/"+p.Name())
			n += len(files)
		}
	}
	return n
}

// checked runs the cross-file rules over a loaded repository.
func (a *app) checked(root string, res *load.Result) *loaded {
	x := model.NewIndex(res.Repo)
	diags := check.RunIndexed(res, x, check.Options{Today: a.now()})
	return &loaded{root: root, res: res, diags: diags, index: x}
}

// dataStatus ends a data command: with errors in the data (or warnings
// under strict) it says how many on stderr and returns exit status 1.
func (a *app) dataStatus(l *loaded, strict bool) error {
	errs, warns := l.diags.Counts()
	if errs > 0 || (strict && warns > 0) {
		fmt.Fprintln(a.stderr, a.t(
			fmt.Sprintf("tally: 数据有 %d 个错误、%d 个警告，结果只含能读取的部分；运行 tally check 查看详情", errs, warns),
			fmt.Sprintf("tally: the data has %d errors and %d warnings; the result covers what could be read. Run tally check for details", errs, warns)))
		return errDataReported
	}
	return nil
}

// loadStrict loads the repository; with strict it refuses data that has
// errors or warnings.
func (a *app) loadStrict(strict bool) (*loaded, error) {
	l, err := a.load()
	if err != nil {
		return nil, err
	}
	if strict {
		if err := a.refuseStrict(l); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// refuseStrict is for --strict on commands that then refuse to run on bad data.
func (a *app) refuseStrict(l *loaded) error {
	errs, warns := l.diags.Counts()
	if errs > 0 || warns > 0 {
		return &Error{Code: ExitData, Msg: i18n.F(
			"数据有 %d 个错误、%d 个警告，--strict 下不输出结果；运行 tally check 查看详情",
			"the data has %d errors and %d warnings; with --strict nothing is output. Run tally check for details", errs, warns)}
	}
	return nil
}
