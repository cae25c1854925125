package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/model"
	"tally/internal/render"
	"tally/internal/shellarg"
)

type initOptions struct {
	from, units string
	dryRun      bool
}

func (a *app) initCmd() *cobra.Command {
	var o initOptions
	c := &cobra.Command{
		Use:   a.t("init [目录] [--from 通知文件]", "init [DIR] [--from NOTICE]"),
		Short: a.t("新建数据目录", "start a new data repository"),
		Long: a.t("在目录（默认当前目录）中新建数据目录：plan.yaml、units.yaml、tasks/、reports/，以及适合它的 .gitignore 和 .gitattributes。\n"+
			"加 --from 时从通知导入清单和任务。目录中已有 plan.yaml 时不做任何改动。",
			"Starts a data repository in DIR (default: the working directory): plan.yaml, units.yaml, tasks/, reports/, and a\n"+
				".gitignore and .gitattributes suited to it. --from imports the list and its tasks from a notice. A folder that\n"+
				"already has a plan.yaml is left alone.") + "\n" + a.pathRule(),
		Example:     "  tally init 2020清单 --from 通知.docx --dry-run\n  tally init 2020清单 --from 通知.docx\n  tally init",
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageError("init 最多接受一个目录", "init takes at most one folder")
			}
			dir := a.dir
			if len(args) == 1 {
				if a.dir != "" && !filepath.IsAbs(args[0]) {
					// Either names the folder; a path is the current
					// folder's whatever -C says (pathRule), so the two
					// together would leave one unused.
					return usageError("新建的目录用 -C 或参数给出其一，不能都给：tally init %[1]s 在当前目录下新建 %[1]s",
						"name the new folder with -C or as the argument, not both: tally init %[1]s makes %[1]s under the current folder", shellarg.Quote(args[0]))
				}
				dir = args[0]
			}
			if dir == "" {
				dir = "."
			}
			return a.runInit(&o, dir)
		},
	}
	c.Flags().StringVar(&o.from, "from", "", a.t("从此通知导入", "import from this `NOTICE`"))
	c.Flags().StringVar(&o.units, "units", "", a.t("沿用这份 `units.yaml` 中的单位编号、分组和单位的起止期次（按名称和别名对应）；不给时按目录中已写好的 units.yaml 对应，不改写它",
		"reuse the unit ids, groups and units' first and last periods of this `units.yaml` (matched by name and alias); without it, owners are matched against a units.yaml already in the folder, which is left as it is"))
	c.Flags().BoolVar(&o.dryRun, "dry-run", false, a.t("列出读到的任务和将写入的文件，不建目录、不写文件", "list the tasks read and the files it would write; create and write nothing"))
	return c
}

func (a *app) runInit(o *initOptions, dir string) (result error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return usageError("目录 %s 无效：%v", "bad directory %s: %v", dir, err)
	}
	if root, part := insideData(abs); root != "" {
		// tally init . in tasks/: the new folder's files would be read as
		// the data root's own (probe 10: 36 files in tasks/, 12 errors).
		return usageError("%s 在数据目录 %s 的 %s 中，不能在这里新建数据目录；未做改动。请在别处新建（如 %s 之外的文件夹）",
			"%s is inside %s of the data folder %s, and no data folder can be made there; nothing was changed. Make it elsewhere (a folder outside %s)",
			dir, root, part+"/", root)
	}
	if _, err := os.Stat(filepath.Join(abs, "plan.yaml")); err == nil {
		if o.from != "" {
			// Run twice, or on a ledger that exists: import is what adds a
			// notice's tasks to one (walk 11).
			return usageError("%s 中已有 plan.yaml，这里已经是数据目录；未做改动。要把通知的任务加入这个数据目录，运行 tally -C %s import %s --dry-run 先看结果",
				"%s already holds a plan.yaml; nothing was changed. To add the notice's tasks to it, run tally -C %s import %s --dry-run to see what it would do",
				dir, shellarg.Quote(dir), shellarg.Quote(o.from))
		}
		return usageError("%s 中已有 plan.yaml，这里已经是数据目录；未做改动", "%s already holds a plan.yaml; nothing was changed", dir)
	}
	var files []planned
	if o.from != "" {
		n, data, err := a.readNotice(o.from)
		if err != nil {
			return err
		}
		// A units.yaml in the folder is the ledger's own, as it is to
		// import (probe 13: init refused the folder, saying to --force,
		// which init does not take).
		known, err := a.importUnits(o.units, abs, true)
		if err != nil {
			return err
		}
		files = newRepoFiles(abs, o.from, data, n, known)
		// The account, and the next step, once the files are written (or
		// listed): not after a refusal that wrote nothing (probe 10).
		defer func() {
			if result == nil {
				// The next step is run from where the user is: in the new
				// folder, not here.
				tally := "tally -C " + shellarg.Quote(dir)
				if filepath.Clean(dir) == "." {
					tally = a.tallyCmd()
				}
				a.reportImport(abs, n, true, o.dryRun, known, tally)
			}
		}()
		if o.dryRun {
			if err := render.ImportTable(n, a.lang).Write(a.stdout, render.FormatTable); err != nil {
				return err
			}
		}
	} else {
		files = append(templateFiles(a.now().Year()), scaffold()...)
		files = append(files, planned{"tasks/.gitkeep", nil})
		if _, err := os.Lstat(filepath.Join(abs, "units.yaml")); err == nil {
			// The office listed its units first: that units.yaml is the
			// ledger's, kept as it is, as init --from and import keep it
			// (probe 13: init refused the folder, and said its comments
			// would be lost with --force, which init does not take).
			if _, err := a.ownUnits(abs); err != nil {
				return err
			}
			files = slices.DeleteFunc(files, func(p planned) bool { return p.path == "units.yaml" })
			defer func() {
				if result == nil {
					fmt.Fprintln(a.stderr, a.t("units.yaml 已有，未改动。", "units.yaml is there already and was left as it is."))
				}
			}()
		}
	}
	if o.dryRun {
		return a.writePlanned(abs, files, false, true, false)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return usageError("无法创建目录 %s：%v", "cannot create %s: %v", dir, err)
	}
	return a.writePlanned(abs, files, false, false, false)
}

// templateFiles are a blank plan and unit registry for year.
func templateFiles(year int) []planned {
	var plan strings.Builder
	plan.WriteString("# 清单信息：把 title 改成清单的名称，sections 改成清单的各个部分，periods 按报送要求调整。\n")
	plan.WriteString("title: 重点工作任务清单\n")
	fmt.Fprintf(&plan, "start: %d-01-01\nend: %d-12-31\n", year, year)
	plan.WriteString("sections:\n  - id: 一\n    title: 第一部分\n")
	plan.WriteString("# 报送期次：按季度报送，季度结束后5日内报送。\nperiods:\n")
	for q := 1; q <= 4; q++ {
		start := fmt.Sprintf("%d-%02d-01", year, 3*q-2)
		s, _ := model.ParseDate(start)
		end := s.AddDate(0, 3, -1)
		fmt.Fprintf(&plan, "  - id: %dQ%d\n    start: %s\n    end: %s\n    due: %s\n", year, q, start, model.FormatDate(end), model.FormatDate(end.AddDate(0, 0, 5)))
	}
	units := "# 单位名册。每个单位一项，例如：\n" +
		"#   - id: city-org        # 编号：小写字母、数字和连字符，也是报送文件名\n" +
		"#     name: 市委组织部\n" +
		"#     aliases: [中共某某市委组织部]\n" +
		"# 通知中指代多个单位的说法（如“各县（市、区）党委组织部”）写在 groups 中。\n" +
		"units: []\n"
	return []planned{{"plan.yaml", []byte(plan.String())}, {"units.yaml", []byte(units)}}
}

// insideData says whether dir is in a folder an enclosing data root reads
// (tasks/, reports/, reviews/, evidence/, schema/): that root and the
// folder, or "" where it is not.
func insideData(dir string) (root, part string) {
	for d := dir; ; {
		parent := filepath.Dir(d)
		if parent == d {
			return "", ""
		}
		if info, err := os.Stat(filepath.Join(parent, "plan.yaml")); err == nil && !info.IsDir() {
			switch base := filepath.Base(d); base {
			case "tasks", "reports", "reviews", "evidence", "schema":
				return parent, base
			}
			return "", "" // a folder of its own beside the data: not read as data
		}
		d = parent
	}
}
