package cli

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/diag"
	"tally/internal/load"
	"tally/internal/render"
)

type checkOptions struct {
	format  string
	explain string
	strict  bool
	staged  bool
	base    string
}

func (a *app) checkCmd() *cobra.Command {
	var o checkOptions
	c := &cobra.Command{
		Use:   a.t("check [文件…] [选项]", "check [FILE…] [flags]"),
		Short: a.t("检查全部数据（或所给文件），列出每个问题的位置和改法", "validate all the data (or the files given) and say where each problem is"),
		Long: a.t(
			"检查 plan.yaml、units.yaml、tasks/ 和 reports/ 中的全部文件：编码、YAML 语法、字段、\n"+
				"单位与任务的引用、前后各期的一致性。每个问题给出 文件:行:列、规则编号和改法，最后一行是统计。\n"+
				"给出文件时只列出这些文件的问题（仍对照其他文件检查引用和前后各期），适合报送前检查本单位的文件。\n"+
				"--staged 只判断 git 暂存区中要提交的文件，按暂存区中的内容（即提交后的样子）判断（提交前检查即用它，见 tally hook install）。\n"+
				"--base 版本（合并请求的检查用，如 --base origin/main）另与该版本和本分支的分叉点相比：已截止期次的报送在截止后\n"+
				"又有改动或新增、报送日期却不晚于截止日的，给出警告 R411（改动按按时报送计入，该期按截止日统计的数字随之改变）。\n"+
				"用 --explain 规则编号 查看某条规则的详细说明。\n"+
				"--format sarif 输出 SARIF 2.1.0（GitHub、Gitea 等平台的代码扫描读取它，在合并请求中标出出错的行），\n"+
				"--format gitlab 输出 GitLab 代码质量报告；有错误时照样输出，并以状态 1 退出。",
			"Validates every file of plan.yaml, units.yaml, tasks/ and reports/: encoding, YAML syntax, fields,\n"+
				"references between units and tasks, consistency across periods. Each problem comes with file:line:col,\n"+
				"a rule id and how to fix it; the last line counts them. With FILEs, only their problems are listed (still\n"+
				"checked against the other files): a unit's check before it sends its report. --staged judges the files staged for\n"+
				"the next git commit, as staged (as the commit records them; the pre-commit check, see tally hook install).\n"+
				"--base REV (a merge request's check, such as --base origin/main) also compares the reports with where the branch\n"+
				"left REV: a report of a closed period changed or added after its due date while its submitted date is not later\n"+
				"gets warning R411 (what it says counts as on time, and the period's figures as of its due date change).\n"+
				"--explain RULE tells more about a rule.\n"+
				"--format sarif writes SARIF 2.1.0 (read by the code scanning of GitHub, Gitea and others, which marks the lines\n"+
				"on a merge request); --format gitlab a GitLab Code Quality report. Both are written when there are errors too,\n"+
				"and check then exits 1.") + "\n" + a.pathRule(),
		Example: "  tally check\n  tally check reports/2019Q3/chikan-org.yaml\n  tally check --staged\n  tally check --format json\n" +
			"  tally check --format sarif --base origin/main > tally.sarif\n  tally check --format gitlab > gl-code-quality-report.json\n  tally check --explain R204",
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runCheck(&o, args) },
	}
	a.formatFlag(c, &o.format, "table|json|sarif|gitlab")
	c.Flags().StringVar(&o.explain, "explain", "", a.t("说明某条`规则`，如 R204", "explain a `RULE` such as R204"))
	c.Flags().BoolVar(&o.strict, "strict", false, a.t("有警告也以状态 1 退出", "exit 1 on warnings too"))
	c.Flags().BoolVar(&o.staged, "staged", false, a.t("只判断 git 暂存区中要提交的文件（提交前检查用）：其他文件的错误不算，只提一句",
		"judge only the files staged for the next git commit (the pre-commit check): errors in other files are only mentioned"))
	c.Flags().StringVar(&o.base, "base", "", a.t("合并请求的检查用：与这个`版本`（如 origin/main）和本分支的分叉点相比，已截止期次的报送在截止后又有改动的给出警告",
		"a merge request's check: compare with where the branch left `REV` (such as origin/main), and warn of closed periods' reports changed since"))
	return c
}

func (a *app) runCheck(o *checkOptions, args []string) error {
	if o.explain != "" {
		return a.explain(o.explain)
	}
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatSARIF, render.FormatGitLab)
	if err != nil {
		return err
	}
	if o.staged && len(args) > 0 {
		return usageError("--staged 判断的是要提交的文件，不能再给出文件", "--staged judges the files to be committed; give no files with it")
	}
	if o.base != "" && (o.staged || a.rev != "") {
		return usageError("--base 比较的是工作区的数据，不能与 --staged 或 --rev 同用", "--base compares the working tree's data; it does not go with --staged or --rev")
	}
	// check shows no report's text, and no fingerprint but a review's.
	// --staged judges the files as the commit will record them.
	a.staged = o.staged
	l, err := a.loadWith(load.Options{DropTexts: true, ReviewedHashes: true})
	if err != nil {
		return err
	}
	files, aside := len(l.res.Repo.Files), 0
	if o.staged {
		if l.diags, files, aside, err = a.stagedOnly(l.root, l.diags, len(l.res.Repo.Files)); err != nil || files == 0 {
			return a.nothingStaged(err)
		}
		l.diags.Merge(a.closedChanges(l))
		l.diags.Sort()
	}
	if o.base != "" {
		d, err := a.closedSinceBase(l, o.base)
		if err != nil {
			return err
		}
		l.diags.Merge(d)
		l.diags.Sort()
	}
	if len(args) > 0 { // the whole repository is read; only these files are judged
		named, err := a.checkTargets(l.root, args) // named files: no folder is listed
		if err != nil {
			return err
		}
		l.diags, files = l.diags.Only(named), len(named)
	}
	switch f {
	case render.FormatSARIF:
		err = render.SARIF(a.stdout, l.diags, render.Tool{Version: Version, Root: l.root}, a.lang)
	case render.FormatGitLab:
		err = render.CodeQuality(a.stdout, l.diags, a.lang)
	default:
		err = render.Check(a.stdout, f, l.diags, l.res.Source, files, a.lang)
	}
	if err != nil {
		return err
	}
	if aside > 0 {
		fmt.Fprintln(a.stderr, asideNote(aside, a.tallyCmd()).In(a.lang))
	}
	errs, warns := l.diags.Counts()
	if errs > 0 || (o.strict && warns > 0) {
		return errDataReported
	}
	return nil
}

// checkTargets are the files check is asked about, relative to the data
// root. A report saved under a wrong name (Notepad's chikan-org.yaml.txt,
// which Explorer shows as chikan-org.yaml) is checked under the name it
// has, whichever of the two is typed: check then says to rename it.
func (a *app) checkTargets(root string, args []string) ([]string, error) {
	var files []string
	for _, arg := range args {
		named, err := a.fmtTargets(root, nil, []string{arg})
		if err == nil {
			files = append(files, named...)
			continue
		}
		abs, rel, rerr := a.namedFile(root, arg)
		if rerr != nil {
			return nil, rerr
		}
		if m, ok := misnamedFile(abs, rel); ok {
			files = append(files, m)
			continue
		}
		return nil, err
	}
	return files, nil
}

// misnamedFile finds, for a data file named rel (at abs), the file under
// a wrong name that stands for it: rel itself, or a file beside it whose
// proper name (load.ProperName) is rel's.
func misnamedFile(abs, rel string) (string, bool) {
	dir, name := path.Split(rel)
	if _, ok := load.ProperName(name); ok {
		info, err := os.Lstat(abs)
		return rel, err == nil && info.Mode().IsRegular()
	}
	entries, _ := os.ReadDir(filepath.Dir(abs))
	for _, e := range entries {
		if p, ok := load.ProperName(e.Name()); ok && p == name && e.Type().IsRegular() {
			return dir + e.Name(), true
		}
	}
	return "", false
}

func (a *app) explain(id string) error {
	r, ok := diag.Lookup(strings.ToUpper(strings.TrimSpace(id)))
	if !ok {
		var ids []string
		for _, r := range diag.Rules() {
			ids = append(ids, r.ID)
		}
		return usageError("没有规则“%s”；现有规则：%s", "there is no rule %q; the rules are: %s", id, strings.Join(ids, " "))
	}
	return render.Explain(a.stdout, r, a.lang)
}
