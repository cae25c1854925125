// Package cli is tally's command line: the only package that knows cobra.
// Commands are thin: they parse flags, call the pipeline (load → check →
// ledger → render) and map the outcome to an exit status in one place.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
)

// Exit statuses.
const (
	ExitOK    = 0 // fine
	ExitData  = 1 // the data has errors (or warnings with --strict)
	ExitUsage = 2 // the command could not run
)

// Error is an error with an exit status and a message in both languages.
type Error struct {
	Code int
	Msg  i18n.Text
}

func (e *Error) Error() string { return e.Msg.En }

// usageError is the error of a command that could not run (exit 2: a bad
// flag or argument, an unknown period, no data root), in both languages.
func usageError(zh, en string, args ...any) error {
	return &Error{Code: ExitUsage, Msg: i18n.F(zh, en, args...)}
}

// errDataReported means the data had errors, already reported.
var errDataReported = &Error{Code: ExitData}

// Run is the tally command: it sets the collector for tally's work
// (memory.go), then runs Main.
func Run(args []string, stdout, stderr io.Writer) int {
	tuneMemory()
	return Main(args, stdout, stderr)
}

// Main runs tally with args and returns the exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	out := &recordingWriter{w: stdout}
	safeOut, safeErr := &terminalWriter{w: out}, &terminalWriter{w: stderr}
	defer safeErr.Flush()
	stderr = safeErr
	a := &app{stdout: safeOut, stderr: safeErr, lang: preLang(args), now: clock()}
	if plainTables(stdout) {
		a.stdout = render.PlainTables(safeOut)
	}
	root := a.rootCmd()
	root.SetArgs(args)
	err := root.Execute()
	safeOut.Flush()
	if out.err != nil {
		// Output that did not reach its place (a full disk, a closed
		// file) is a failure, whatever the command went on to say.
		fmt.Fprintf(stderr, "tally: %s\n", a.t("无法写出结果："+out.err.Error(), "cannot write the output: "+out.err.Error()))
		return ExitUsage
	}
	if err == nil {
		return ExitOK
	}
	var e *Error
	if errors.As(err, &e) {
		if e.Msg != (i18n.Text{}) {
			fmt.Fprintf(stderr, "tally: %s\n", e.Msg.In(a.lang))
		}
		return e.Code
	}
	fmt.Fprintf(stderr, "tally: %s\n", a.translateCobra(err.Error()))
	return ExitUsage
}

// recordingWriter keeps the first write error, and refuses every later
// write with it, so that a command's output failing anywhere fails the
// command.
type recordingWriter struct {
	w   io.Writer
	err error
}

func (r *recordingWriter) Write(p []byte) (int, error) {
	if r.err != nil {
		return 0, r.err
	}
	n, err := r.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	r.err = err
	return n, err
}

// preLang finds --lang before cobra parses anything, so that help and
// every message are built in the right language. TALLY_LANG sets a default.
func preLang(args []string) i18n.Lang {
	lang := i18n.Zh
	if l, ok := i18n.Parse(os.Getenv("TALLY_LANG")); ok {
		lang = l
	}
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			if l, ok := i18n.Parse(v); ok {
				lang = l
			}
		} else if a == "--lang" && i+1 < len(args) {
			if l, ok := i18n.Parse(args[i+1]); ok {
				lang = l
			}
		}
	}
	return lang
}

// clock returns today's date. TALLY_TODAY (YYYY-MM-DD) pins it, for tests
// and for reproducing a past run.
func clock() func() time.Time {
	if t, ok := model.ParseDate(os.Getenv("TALLY_TODAY")); ok {
		return func() time.Time { return t }
	}
	return func() time.Time {
		y, m, d := time.Now().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
}

// translateCobra puts cobra's own messages into the user's language.
func (a *app) translateCobra(msg string) string {
	if a.lang == i18n.En {
		return msg
	}
	if rest, ok := strings.CutPrefix(msg, "unknown command "); ok {
		name := rest
		if i := strings.Index(rest, " for "); i >= 0 {
			name = rest[:i]
		}
		s := "未知命令 " + name + "；运行 tally --help 查看可用命令"
		if i := strings.Index(msg, "Did you mean this?"); i >= 0 {
			s += "。是否想用：" + strings.Join(strings.Fields(msg[i+len("Did you mean this?"):]), "、")
		}
		return s
	}
	return msg
}

// flagError turns a flag parsing error into a usage error.
func (a *app) flagError(c *cobra.Command, err error) error {
	msg := err.Error()
	zh := msg
	switch {
	case strings.HasPrefix(msg, "unknown flag: "):
		zh = "未知选项 " + strings.TrimPrefix(msg, "unknown flag: ")
	case strings.HasPrefix(msg, "unknown shorthand flag: "):
		zh = "未知选项 " + strings.TrimPrefix(msg, "unknown shorthand flag: ")
	case strings.HasPrefix(msg, "flag needs an argument: "):
		zh = "选项缺少参数：" + strings.TrimPrefix(msg, "flag needs an argument: ")
	case strings.HasPrefix(msg, "invalid argument "):
		zh = "选项的值无效：" + strings.TrimPrefix(msg, "invalid argument ")
	}
	if name, ok := strings.CutPrefix(msg, "unknown flag: --"); ok {
		// A mistyped option (--form for --from, --peroid): the nearest.
		var names []string
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if !f.Hidden {
				names = append(names, f.Name)
			}
		})
		if m := load.Suggest(strings.Fields(name + " ")[0], names); m != "" {
			return &Error{Code: ExitUsage, Msg: i18n.T(zh+"；是否想写 --"+m+"？（运行 "+c.CommandPath()+" --help 查看用法）",
				msg+"; did you mean --"+m+"? (see "+c.CommandPath()+" --help)")}
		}
	}
	return &Error{Code: ExitUsage, Msg: i18n.T(zh+"（运行 "+c.CommandPath()+" --help 查看用法）", msg+" (see "+c.CommandPath()+" --help)")}
}
