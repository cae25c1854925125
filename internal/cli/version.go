package cli

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Version is stamped at build time (make build, make dist) with
// -ldflags "-X tally/internal/cli.Version=…" from git describe.
var Version = "dev"

// versionLine is what `tally version` and `tally --version` print: the
// stamped version, the commit when go build recorded one, the Go release
// and the platform.
func versionLine() string {
	rev := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 && !strings.Contains(Version, s.Value[:7]) {
				rev = " " + s.Value[:12]
			}
		}
	}
	return fmt.Sprintf("tally %s%s (%s %s/%s)\n", Version, rev, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:         "version",
		Short:       a.t("显示版本", "print the version"),
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE: func(c *cobra.Command, args []string) error {
			_, err := io.WriteString(a.stdout, versionLine())
			return err
		},
	}
}

func (a *app) completionCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: a.t("输出命令行自动补全脚本", "print a shell completion script"),
		Long: a.t("输出所选 shell 的自动补全脚本。例如在 bash 中：\n  source <(tally completion bash)",
			"Prints the completion script for a shell. In bash, for example:\n  source <(tally completion bash)"),
		ValidArgs:   []string{"bash", "zsh", "fish", "powershell"},
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError("请指定一种 shell：bash、zsh、fish 或 powershell", "name one shell: bash, zsh, fish or powershell")
			}
			root := c.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(a.stdout, true)
			case "zsh":
				return root.GenZshCompletion(a.stdout)
			case "fish":
				return root.GenFishCompletion(a.stdout, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(a.stdout)
			}
			return usageError("不支持的 shell“%s”；可用：bash、zsh、fish、powershell", "unknown shell %q; use bash, zsh, fish or powershell", args[0])
		},
	}
	return c
}
