package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"tally/internal/atomicfile"
	"tally/internal/gitfs"
)

func (a *app) hookCmd() *cobra.Command {
	c := &cobra.Command{
		Use:         a.t("hook install", "hook install"),
		Short:       a.t("安装 git 提交前检查", "install a git pre-commit check"),
		Annotations: map[string]string{"exit": a.exitText(false)},
	}
	c.AddCommand(&cobra.Command{
		Use:   "install",
		Short: a.t("写入 git 的 pre-commit 钩子：每次提交前运行 tally check，有错误时不让提交", "write a git pre-commit hook that runs tally check and stops a commit with errors"),
		Long: a.t("在本仓库的 .git/hooks/pre-commit 写入一个脚本：每次 git commit 前运行 tally check，数据有错误时中止提交。\n"+
			"已有 pre-commit 钩子时不覆盖。使用 pre-commit 框架的仓库可改用本项目的 .pre-commit-hooks.yaml。",
			"Writes .git/hooks/pre-commit to run tally check before every commit and stop one whose data has errors.\n"+
				"An existing pre-commit hook is never replaced. Projects on the pre-commit framework can use .pre-commit-hooks.yaml instead."),
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runHookInstall() },
	})
	return c
}

func (a *app) runHookInstall() error {
	root, err := a.root()
	if err != nil {
		return err
	}
	hooks, prefix, err := gitfs.HooksDir(root)
	if errors.Is(err, gitfs.ErrDubious) {
		return dubious(root)
	}
	if err != nil {
		return usage("%s 不在 git 仓库中，无法安装钩子", "%s is not in a git repository; there is nowhere to install a hook", root)
	}
	dir := "."
	if prefix != "" {
		dir = prefix
	}
	script := fmt.Sprintf(`#!/bin/sh
# Installed by "tally hook install": check the data before each commit.
# A commit whose data has errors stops here; fix them, or skip once with
# git commit --no-verify.
cd "$(git rev-parse --show-toplevel)" || exit 1
exec tally -C %s check
`, shellQuote(dir))
	if err := os.MkdirAll(hooks, 0o755); err != nil {
		return usage("无法创建 %s：%v", "cannot create %s: %v", hooks, err)
	}
	p := filepath.Join(hooks, "pre-commit")
	err = atomicfile.Write(p, 0o755, false, func(w io.Writer) error { _, err := io.WriteString(w, script); return err })
	switch {
	case errors.Is(err, atomicfile.ErrExists):
		return usage("已有 pre-commit 钩子 %s，未覆盖；可在其中加一行：tally -C %s check", "%s exists and was not replaced; add a line to it: tally -C %s check", p, shellQuote(dir))
	case err != nil:
		return usage("无法写入 %s：%v", "cannot write %s: %v", p, err)
	}
	fmt.Fprintln(a.stderr, a.t("已安装 "+p+"：每次提交前运行 tally check", "installed "+p+": tally check runs before every commit"))
	return nil
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
