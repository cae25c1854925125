package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/check"
	"tally/internal/diag"
	"tally/internal/evidence"
	"tally/internal/gitfs"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
	"tally/internal/shellarg"
)

// root finds the data root: -C DIR (or the working directory), then up
// to the first folder holding plan.yaml.
func (a *app) root() (string, error) {
	start := a.dir
	if start == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", usageError("无法确定当前目录：%v", "cannot tell the working directory: %v", err)
		}
		start = wd
	}
	abs, err := filepath.Abs(start)
	if err != nil {
		return "", usageError("目录 %s 无效：%v", "bad directory %s: %v", start, err)
	}
	if info, err := os.Stat(abs); err != nil || !info.IsDir() {
		return "", usageError("目录 %s 不存在", "there is no directory %s", start)
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
	return "", usageError("找不到数据目录：%s 及其上级目录中都没有 plan.yaml。请进入数据目录，或用 -C 指定，或用 %s init 新建",
		"no data root: neither %s nor any folder above it holds plan.yaml. Change into one, name it with -C, or start one with %s init", abs, a.tallyCmd())
}

// argPath is the data file rel (relative to the data root) as a command
// a message asks to run names it: relative to the current folder, as every
// path on the command line is (whatever -C says), quoted for the shell.
func (a *app) argPath(root, rel string) string {
	abs := filepath.Join(root, filepath.FromSlash(rel))
	p := abs
	if wd, err := os.Getwd(); err == nil {
		if r, err := filepath.Rel(wd, abs); err == nil {
			p = r
		}
	}
	return shellarg.Quote(filepath.ToSlash(p))
}

// loaded is a checked repository.
type loaded struct {
	root  string
	res   *load.Result
	diags diag.List
	index *model.Index
	// marked: check.MarkInvalid added report files to repo.Invalid that
	// the loader had not put there.
	marked bool
}

// load reads and checks the repository: the working tree, or with --rev
// the files of that commit (the working tree is not touched).
func (a *app) load() (*loaded, error) { return a.loadWith(load.Options{}) }

// loadWith is load with options (Listed is set here), in the memory of
// a command of its kind: check's without texts, else the full model's.
func (a *app) loadWith(opts load.Options) (*loaded, error) {
	per := int64(bytesPerFile)
	if opts.DropTexts {
		per = textlessBytesPerFile
	}
	return a.loadIn(opts, per, nil)
}

// loadIn is loadWith in perFile bytes of memory per data file (roomFor).
// beside, if not nil, runs while the cross-file rules do (checked).
func (a *app) loadIn(opts load.Options, perFile int64, beside func(*model.Index)) (*loaded, error) {
	root, err := a.root()
	if err != nil {
		return nil, err
	}
	// The index needs only the plan, the units and the tasks: it is built
	// while the reports are still being read (load.Options.Head).
	var early *model.Index
	opts.Head = func(repo *model.Repo) { early = model.NewIndex(repo) }
	if a.staged {
		fsys, err := a.index(root)
		if err != nil {
			return nil, err
		}
		return a.checked(root, load.LoadWith(fsys, opts), beside, &early), nil
	}
	if a.rev == "" {
		fsys, err := workTree(root)
		if err != nil {
			return nil, err
		}
		opts.Listed = func(files int) { roomFor(files, perFile) }
		return a.checked(root, load.LoadWith(fsys, opts), beside, &early), nil
	}
	fsys, err := a.snapshot(root, a.rev)
	if err != nil {
		return nil, err
	}
	return a.checked(root, load.LoadWith(fsys, opts), beside, &early), nil
}

// workTree is the data root as a file system that no path can leave.
func workTree(root string) (fs.FS, error) {
	fsys, err := load.Dir(root)
	if err != nil {
		return nil, usageError("无法打开数据目录 %s：%v", "cannot open the data root %s: %v", root, err)
	}
	return fsys, nil
}

// index reads the data as git's index holds it: the files a commit is
// about to record (check --staged), whatever the working tree holds now.
func (a *app) index(root string) (fs.FS, error) {
	fsys, unmerged, err := gitfs.Index(root)
	var oe *gitfs.ObjectError
	switch {
	case err == nil && len(unmerged) > 0:
		return nil, usageError("合并冲突还没有解决：%s；改好冲突标记（<<<<<<< 与 >>>>>>> 之间）后 git add 这些文件，再检查和提交",
			"a merge conflict is not resolved yet: %s; resolve the conflict markers (between <<<<<<< and >>>>>>>), git add the files, then check and commit", strings.Join(unmerged, "、"))
	case errors.Is(err, gitfs.ErrDubious):
		return nil, dubious(root)
	case errors.Is(err, gitfs.ErrNotRepo):
		return nil, usageError("%s 不在 git 仓库中，--staged 无从知道要提交哪些文件", "%s is not in a git repository; --staged has no commit to judge", root)
	case errors.As(err, &oe):
		return nil, objectError("", oe)
	case errors.Is(err, gitfs.ErrTooLarge):
		return nil, usageError("暂存区的数据超过 %d MB，未读取", "the data in the index is over %d MB; not read", gitfs.MaxSnapshot>>20)
	case err != nil:
		return nil, usageError("无法读取 git 暂存区：%v", "cannot read git's index: %v", err)
	}
	return fsys, nil
}

// snapshot reads the data of a user-given revision.
func (a *app) snapshot(root, rev string) (fs.FS, error) {
	commit, err := a.verify(root, rev)
	if err != nil {
		return nil, err
	}
	fsys, err := gitfs.Snapshot(root, commit)
	var oe *gitfs.ObjectError
	if errors.As(err, &oe) {
		return nil, objectError(rev, oe)
	}
	if errors.Is(err, gitfs.ErrTooLarge) {
		return nil, usageError("版本 %s 的数据超过 %d MB，未读取", "the data of revision %s is over %d MB; not read", rev, gitfs.MaxSnapshot>>20)
	}
	if err != nil {
		return nil, usageError("无法读取版本 %s：%v", "cannot read revision %s: %v", rev, err)
	}
	return fsys, nil
}

// objectError names the files of the data whose content git could not
// give at rev (at a commit of the history when rev is ""): the object is
// missing or damaged, and git fsck says more.
func objectError(rev string, oe *gitfs.ObjectError) error {
	files := slices.Compact(slices.Sorted(slices.Values(oe.Files)))
	more := ""
	if len(files) > 3 {
		files, more = files[:3], fmt.Sprintf(" …(%d)", len(files))
	}
	list := render.SafeLine(strings.Join(files, "、")) + more
	if len(files) == 0 {
		list = "?"
	}
	id := oe.ID[:min(12, len(oe.ID))]
	if rev == "" {
		return usageError("git 历史中 %s 的内容缺失或已损坏（对象 %s），无法读取；运行 git fsck 检查仓库",
			"the content of %s in the git history is missing or damaged (object %s); run git fsck to check the repository", list, id)
	}
	return usageError("版本 %s 中 %s 的内容缺失或已损坏（对象 %s），无法读取；运行 git fsck 检查仓库",
		"at revision %s, the content of %s is missing or damaged (object %s); run git fsck to check the repository", rev, list, id)
}

// dubious says that git refuses a repository another user owns, and how
// to trust it: the folder quoted in the command, as the shell reads it
// back (C:\Users\张 三\2021清单 bare would be two arguments).
func dubious(root string) error {
	return usageError("git 拒绝读取 %s：这个仓库属于另一个用户（dubious ownership）。如果信任它，运行 git config --global --add safe.directory %s",
		"git refuses to read %s: another user owns the repository (dubious ownership). If you trust it, run git config --global --add safe.directory %s", root, shellarg.Quote(root))
}

// verify resolves a user-given revision to a commit hash.
func (a *app) verify(root, rev string) (string, error) {
	commit, err := gitfs.Verify(root, rev)
	switch {
	case errors.Is(err, gitfs.ErrNotRepo):
		return "", usageError("%s 不在 git 仓库中，无法读取历史版本", "%s is not in a git repository, so it has no history to read", root)
	case errors.Is(err, gitfs.ErrDubious):
		return "", dubious(root)
	case err != nil && model.IsPeriodID(rev):
		// A period's id, as an office would type it (walk 10): git knows
		// no such name unless a tag was made at the period's close.
		return "", usageError("“%[1]s”不是有效的 git 版本（提交、分支或标签）：这里要的是 git 版本，不是期次。"+
			"要只看 %[1]s 的报送，加 --period %[1]s；要比较某一期报送截止时和现在的数据，先在那时的提交上打个标签"+
			"（如 git tag %[1]s-close <提交>，提交见 %[2]s log），再用标签比较",
			"%[1]q is not a git revision (a commit, branch or tag): a git revision is wanted here, not a period. "+
				"To see only %[1]s's reports, add --period %[1]s; to compare the data as it stood at a period's close with now, tag the commit of that day "+
				"(git tag %[1]s-close <commit>; %[2]s log shows the commits) and compare by the tag", rev, a.tallyCmd())
	case err != nil:
		return "", usageError("“%s”不是有效的 git 版本（提交、分支或标签）", "%q is not a git revision (a commit, branch or tag)", rev)
	}
	return commit, nil
}

// revFlag adds --rev to a read-only command.
func (a *app) revFlag(c *cobra.Command) {
	c.Flags().StringVar(&a.rev, "rev", "", a.t("读取某个 git 版本（提交、分支或标签）中的数据", "read the data as of a git `REV` (commit, branch or tag)"))
}

// checked runs the cross-file rules over a loaded repository, and marks
// the report files they find errors in as invalid for the ledger
// (check.MarkInvalid). With --rev the evidence files are not there to
// judge, so only the names reports cite are checked.
//
// beside, if not nil, is called with the index on a goroutine of its own
// while the rules run: work that only reads the repository and the index,
// as the rules do, such as a ledger built ahead (buildLedger). It sees
// repo.Invalid as the loader left it; loaded.marked says whether the
// rules then marked more files, which its result must not have missed.
//
// early, if it points to an index, is the index the load built of
// res.Repo (load.Options.Head); else it is built here.
func (a *app) checked(root string, res *load.Result, beside func(*model.Index), early **model.Index) *loaded {
	var x *model.Index
	if early != nil && *early != nil && (*early).Repo == res.Repo {
		x = *early
	} else {
		x = model.NewIndex(res.Repo)
	}
	opts := check.Options{Today: a.now(), WarningsWithErrors: a.warningsWithErrors}
	switch {
	case a.staged:
		// The index holds the data; the evidence files are judged as they
		// are in the working tree.
		if fsys, err := workTree(root); err == nil {
			opts.Evidence = fsys
			evidence.Seal(res.Repo, fsys)
		}
	case a.rev == "":
		opts.Evidence = res.FS() // a revision holds the data, not the evidence files
		evidence.Seal(res.Repo, res.FS())
	}
	var done chan struct{}
	if beside != nil {
		done = make(chan struct{})
		go func() {
			defer close(done)
			beside(x)
		}()
	}
	diags := check.RunIndexed(res, x, opts)
	if done != nil {
		<-done // beside reads repo.Invalid, which MarkInvalid writes
	}
	marked := check.MarkInvalid(res.Repo, diags)
	return &loaded{root: root, res: res, diags: diags, index: x, marked: marked}
}

// dataStatus ends a data command: with errors in the data (or warnings
// under strict) it says how many on stderr and returns exit status 1.
func (a *app) dataStatus(l *loaded, strict bool) error {
	errs, warns := l.diags.Counts()
	if errs > 0 || (strict && warns > 0) {
		fmt.Fprintln(a.stderr, a.t(
			fmt.Sprintf("tally: 数据有 %d 个错误、%d 个警告，结果只含能读取的部分；运行 %s check 查看详情", errs, warns, a.tallyCmd()),
			fmt.Sprintf("tally: the data has %s and %s; the result covers what could be read. Run %s check for details", i18n.Count(errs, "error", "errors"), i18n.Count(warns, "warning", "warnings"), a.tallyCmd())))
		return errDataReported
	}
	return nil
}

// loadStrict loads the repository as loadWith does, for a command that
// shows no report text (numbers) or one that may; with strict it refuses
// data that has errors or warnings. These commands (the ledger's views,
// the workbook, the brief, the site) show no report's fingerprint and
// record no review, so only reviewed reports are fingerprinted
// (load.Options.ReviewedHashes).
func (a *app) loadStrict(numbers, strict bool) (*loaded, error) {
	return a.loadStrictBeside(numbers, strict, nil)
}

// loadStrictBeside is loadStrict with beside run while the rules do
// (checked).
func (a *app) loadStrictBeside(numbers, strict bool, beside func(*model.Index)) (*loaded, error) {
	var l *loaded
	var err error
	if numbers {
		l, err = a.loadIn(load.Options{DropTexts: true, ReviewedHashes: true}, numbersBytesPerFile, beside)
	} else {
		l, err = a.loadIn(load.Options{ReviewedHashes: true}, bytesPerFile, beside)
	}
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
			"数据有 %d 个错误、%d 个警告，--strict 下不输出结果；运行 %s check 查看详情",
			"the data has %d errors and %d warnings; with --strict nothing is output. Run %s check for details", errs, warns, a.tallyCmd())}
	}
	return nil
}
