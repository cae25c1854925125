package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/atomicfile"
	"tally/internal/gitfs"
	"tally/internal/i18n"
	"tally/internal/load"
)

func (a *app) hookCmd() *cobra.Command {
	c := a.parent(&cobra.Command{
		Use:         a.t("hook install", "hook install"),
		Short:       a.t("安装 git 提交前检查", "install a git pre-commit check"),
		Annotations: map[string]string{"exit": a.exitText(false)},
	})
	c.AddCommand(&cobra.Command{
		Use:   "install",
		Short: a.t("写入 git 的 pre-commit 钩子：每次提交前检查要提交的文件，有错误时不让提交", "write a git pre-commit hook that checks the files of each commit and stops one with errors"),
		Long: a.t("在本仓库的 .git/hooks/pre-commit 写入一个脚本：每次 git commit 前运行 tally check --staged，要提交的文件有错误时中止提交；\n"+
			"只判断要提交的文件和它们所依据的 plan.yaml、units.yaml、tasks/（改动这三者的提交判断全部文件），\n"+
			"其他单位的文件有错误（收集中常有）不影响本次提交，只提一句。\n"+
			"并在本仓库的 .git/config 中设置 diff.tally.textconv，让 git diff 按任务显示报送文件的变化。\n"+
			"两处都记下正在运行的 tally 的完整路径，tally 不在 PATH 中也能用；tally 换了位置后，用新位置的 tally 再运行一次本命令即可。\n"+
			"数据目录的 .gitattributes 还没有把报送文件交给 tally 时，加上一行 "+reportsDiff+"（没有这个文件就新建）；\n"+
			"已把报送文件另作设置（如 -diff）的，不改动，只说明要改哪一行。\n"+
			"已有的 pre-commit 钩子若不是本命令写的，不会被覆盖。使用 pre-commit 框架的仓库可改用本项目的 .pre-commit-hooks.yaml。",
			"Writes .git/hooks/pre-commit to run tally check --staged before every commit and stop one whose files have errors:\n"+
				"only the files to be committed are judged, with the plan.yaml, units.yaml and tasks/ they are checked against\n"+
				"(a commit changing those is judged by every file); errors in other units' files, common mid-collection, are only mentioned;\n"+
				"and sets diff.tally.textconv in the repository's .git/config so that git diff shows reports task by task.\n"+
				"Both record the full path of the running tally, so they work without tally on PATH; after moving tally,\n"+
				"run this command again with tally at its new place. Where the data folder's .gitattributes does not yet\n"+
				"hand report files to tally, it adds the line "+reportsDiff+" (creating the file if need be);\n"+
				"where it says otherwise (such as -diff), it changes nothing and says which line to change.\n"+
				"A pre-commit hook not written by this command is never replaced. Projects on the pre-commit framework\n"+
				"can use .pre-commit-hooks.yaml instead."),
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runHookInstall() },
	})
	return c
}

// hookMark is in every hook tally writes; a hook holding it may be replaced.
const hookMark = `# Installed by "tally hook install"`

// hookScript runs tally check from the hook, at exe or else on PATH, and
// says what to do when neither is there.
func hookScript(exe, dir string) string {
	return fmt.Sprintf(`#!/bin/sh
%s: check the data before each commit.
# A commit whose files have errors stops here (errors in files it does not
# change are only mentioned); fix them, or skip once with
# git commit --no-verify. To move tally, run "tally hook install" again
# with tally at its new place: it rewrites this file.
tally=%s
if [ ! -x "$tally" ]; then
	if command -v tally >/dev/null 2>&1; then
		tally=tally
	else
		echo "tally 提交前检查：找不到 $tally（tally 被移动或删除了）。" >&2
		echo "请在数据目录中用新位置的 tally 运行一次：tally hook install（会更新本钩子）；" >&2
		echo "或把 tally 所在文件夹加入 PATH。暂时跳过检查：git commit --no-verify" >&2
		echo "tally pre-commit check: $tally is gone (tally was moved or deleted)." >&2
		echo "Run \"tally hook install\" once in the data folder with tally at its new place, or put tally on PATH." >&2
		exit 1
	fi
fi
cd "$(git rev-parse --show-toplevel)" || exit 1
"$tally" -C %s check --staged
status=$?
if [ $status -ne 0 ]; then
	echo "tally 提交前检查：本次提交已中止，原因见上；改正后再 git add 并提交。" >&2
	echo "tally pre-commit check: the commit was stopped, for the reasons above; put them right, git add, and commit again." >&2
fi
exit $status
`, hookMark, shellQuote(exe), shellQuote(dir))
}

// selfPath is the absolute path of the running tally, with forward
// slashes (Git for Windows runs hooks and textconv in its own sh).
func selfPath() string {
	exe, err := os.Executable()
	if err != nil {
		return "tally"
	}
	if abs, err := filepath.Abs(exe); err == nil {
		exe = abs
	}
	return filepath.ToSlash(exe)
}

func (a *app) runHookInstall() error {
	root, err := a.root()
	if err != nil {
		return err
	}
	hooks, prefix, err := gitfs.HooksDir(root)
	switch {
	case errors.Is(err, gitfs.ErrDubious):
		return dubious(root)
	case errors.Is(err, gitfs.ErrHooksOutside):
		return usageError("本仓库的 core.hooksPath 指向仓库之外的 %s，tally 不在那里写入钩子；请把它改为仓库内的文件夹（或删去这项设置）后再运行",
			"the repository's core.hooksPath points outside it, to %s; tally writes no hook there. Point it at a folder inside the repository (or unset it) and run this again", hooks)
	case err != nil:
		return usageError("%s 不在 git 仓库中，无法安装钩子", "%s is not in a git repository; there is nowhere to install a hook", root)
	}
	dir := "."
	if prefix != "" {
		dir = prefix
	}
	exe := selfPath()
	p := filepath.Join(hooks, "pre-commit")
	replace := false
	switch old, err := load.ReadPath(p, load.MaxFileSize); {
	case err == nil:
		replace = strings.Contains(string(old), hookMark) // ours, perhaps pointing where tally used to be
	case !errors.Is(err, fs.ErrNotExist):
		return usageError("已有的 %s 无法读取（%s）；未改动", "the existing %s cannot be read (%s); it was left alone", p, load.Refusal(err).In(a.lang))
	}
	textconv := shellQuote(exe) + " diff --textconv"
	if err := gitfs.SetConfig(root, "diff.tally.textconv", textconv); err != nil {
		return usageError("无法设置 diff.tally.textconv：%v", "cannot set diff.tally.textconv: %v", err)
	}
	a.routeReports(root, textconv)
	if err := os.MkdirAll(hooks, 0o755); err != nil {
		return usageError("无法创建 %s：%v", "cannot create %s: %v", hooks, err)
	}
	line := shellQuote(exe) + " -C " + shellQuote(dir) + " check --staged"
	if err := writeFile(p, p, 0o755, replace, i18n.F("已有 pre-commit 钩子 %s，未覆盖；可在其中加一行：%s",
		"%s exists and was not replaced; add a line to it: %s", p, line), []byte(hookScript(exe, dir))); err != nil {
		return err
	}
	fmt.Fprintln(a.stderr, a.t("已安装 "+p+"：每次提交前运行 "+exe+" check --staged", "installed "+p+": "+exe+" check --staged runs before every commit"))
	return nil
}

// reportsDiff is the .gitattributes line that hands report files to the
// tally diff driver; init writes it, and hook install adds it if missing.
const reportsDiff = "reports/**/*.yaml diff=tally"

// routeReports makes sure git hands the report files to the tally diff
// driver: the textconv alone changes nothing unless .gitattributes says
// so. Where no attribute file says anything of reports, it adds the line
// to the data root's .gitattributes (creating it, or after the user's own
// lines); where one says otherwise, that is the user's choice: it says
// what is missing and the line to write, and changes nothing.
func (a *app) routeReports(root, textconv string) {
	const sample = "reports/PERIOD/UNIT.yaml"
	attr, err := gitfs.DiffAttr(root, sample)
	if attr == "unspecified" {
		if created, why := addAttribute(root); why != nil {
			fmt.Fprintln(a.stderr, a.t("没有改动 .gitattributes："+why.Zh, "left .gitattributes alone: "+why.En))
		} else {
			what := a.t("在 .gitattributes 末尾加上了一行 ", "added to .gitattributes the line ")
			if created {
				what = a.t("新建了 .gitattributes，写入一行 ", "created .gitattributes with the line ")
			}
			fmt.Fprintln(a.stderr, what+reportsDiff+a.t("，让 git diff 把报送文件交给 tally 比较；请把它与数据一起提交",
				", so that git diff hands report files to tally; commit it with the data"))
			attr, err = gitfs.DiffAttr(root, sample)
		}
	}
	switch {
	case err == nil && attr == "tally":
		fmt.Fprintln(a.stderr, a.t("已设置 git diff 按任务显示报送：diff.tally.textconv = "+textconv,
			"git diff now shows reports task by task: diff.tally.textconv = "+textconv))
	case err == nil && attr != "unspecified":
		set := map[string]string{"unset": "-diff", "set": "diff"}[attr]
		if set == "" {
			set = "diff=" + attr
		}
		fmt.Fprintln(a.stderr, a.t("注意：git diff 仍按原样显示报送文件：.gitattributes（或 .git/info/attributes）把报送文件设为“"+set+
			"”，没有交给 tally 比较；要按任务显示，把那一行改为 "+reportsDiff,
			"note: git diff still shows report files as they are: .gitattributes (or .git/info/attributes) gives them "+set+
				", not the tally driver; to see them task by task, make that line "+reportsDiff))
	default:
		fmt.Fprintln(a.stderr, a.t("注意：git diff 仍按原样显示报送文件：请在数据目录的 .gitattributes 中加一行 "+reportsDiff,
			"note: git diff still shows report files as they are: add the line "+reportsDiff+" to the data folder's .gitattributes"))
	}
}

// addAttribute adds reportsDiff to root's .gitattributes, after whatever
// lines it holds, or as a new file; created says which, why why not. A
// .gitattributes that is not a plain file (a link, a folder) is left alone.
func addAttribute(root string) (created bool, why *i18n.Text) {
	fail := func(err error) (bool, *i18n.Text) {
		t := i18n.F("无法读写（%v）", "cannot read or write it (%v)", err)
		if errors.Is(err, fs.ErrPermission) {
			t = i18n.T("没有写入的权限", "no permission to write it")
		}
		return false, &t
	}
	dir, err := os.OpenRoot(root)
	if err != nil {
		return fail(err)
	}
	defer dir.Close()
	var old []byte
	perm := os.FileMode(0o644)
	switch info, err := dir.Lstat(".gitattributes"); {
	case errors.Is(err, fs.ErrNotExist):
		created = true
		old = []byte("# git diff 按任务显示报送的变化：git config diff.tally.textconv \"tally diff --textconv\"\n")
	case err != nil:
		return fail(err)
	case !info.Mode().IsRegular():
		t := i18n.T("它不是普通文件（是链接或文件夹）", "it is not a plain file (a link or a folder)")
		return false, &t
	default:
		if old, err = readInRoot(root, ".gitattributes"); err != nil {
			t := load.Refusal(err)
			return false, &t
		}
		perm = info.Mode().Perm()
		if len(old) > 0 && old[len(old)-1] != '\n' {
			old = append(old, '\n')
		}
	}
	text := append(old, reportsDiff+"\n"...)
	if err := atomicfile.WriteIn(dir, ".gitattributes", perm, true, func(w io.Writer) error { _, err := w.Write(text); return err }); err != nil {
		return fail(err)
	}
	return created, nil
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	out := "'"
	for _, r := range s {
		if r == '\'' {
			out += `'\''`
		} else {
			out += string(r)
		}
	}
	return out + "'"
}
