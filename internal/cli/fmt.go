package cli

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/text/encoding/simplifiedchinese"

	"tally/internal/atomicfile"
	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/render"
	"tally/internal/yamlfmt"
)

type fmtOptions struct {
	check bool
	from  string
	gbk   bool // --from names GBK (GB18030)
}

func (a *app) fmtCmd() *cobra.Command {
	var o fmtOptions
	c := &cobra.Command{
		Use:   a.t("fmt [文件…] [选项]", "fmt [FILE…] [flags]"),
		Short: a.t("把数据文件整理成统一格式（保留注释和内容）", "rewrite data files in the canonical layout, keeping comments and values"),
		Long: a.t("按统一格式整理 YAML 文件：字段按规定顺序、两格缩进、多行文字用块格式、报送条目之间空一行。\n"+
			"注释和内容都保留；整理后会重新读取并核对，核对不上的文件不改动并说明原因。\n"+
			"不给文件时整理全部数据文件。--check 只列出需要整理的文件（有则以状态 1 退出）；\n"+
			"--from gbk 把 GBK（GB18030）编码的文件转成 UTF-8；UTF-16（记事本的“Unicode”）文件自动转成 UTF-8。",
			"Rewrites YAML files in the canonical layout: keys in schema order, two-space indent, block text for\n"+
				"multi-line values, a blank line between report entries. Comments and values are kept; the result is read\n"+
				"back and compared, and a file that would change otherwise is left alone with a reason. Without FILEs it\n"+
				"formats every data file. --check only lists the files that would change (exit 1 if any); --from gbk\n"+
				"converts GBK (GB18030) files to UTF-8; UTF-16 files (Notepad's \"Unicode\") are converted to UTF-8 by themselves.") + "\n" + a.pathRule(),
		Example:     "  tally fmt\n  tally fmt --check\n  tally fmt --from gbk reports/2019Q2/chikan-org.yaml",
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runFmt(&o, args) },
	}
	c.Flags().BoolVar(&o.check, "check", false, a.t("只列出需要整理的文件，不改动", "list the files that would change; change nothing"))
	c.Flags().StringVar(&o.from, "from", "", a.t("源文件编码：`gbk|utf16`（UTF-16 也会自动识别）", "source encoding: `gbk|utf16` (gbk is GB18030; UTF-16 is also found without it)"))
	return c
}

func (a *app) runFmt(o *fmtOptions, args []string) error {
	o.gbk = strings.EqualFold(o.from, "gbk") || strings.EqualFold(o.from, "gb18030")
	if o.from != "" && !o.gbk && !strings.EqualFold(o.from, "utf16") && !strings.EqualFold(o.from, "utf-16") {
		return usageError("--from 只能是 gbk（GB18030）或 utf16，不能是“%s”", "--from takes gbk (GB18030) or utf16, not %q", o.from)
	}
	start := time.Now()
	root, err := a.root()
	if err != nil {
		// A folder where the office listed its units before importing a
		// notice: import refuses a units.yaml saved as GBK there and says
		// to run tally fmt --from gbk units.yaml, which found no data
		// folder (probe 13). Its units.yaml is the ledger's to be.
		here, aerr := filepath.Abs(cmp.Or(a.dir, "."))
		if _, serr := os.Lstat(filepath.Join(here, "units.yaml")); aerr != nil || serr != nil {
			return err
		}
		root = here
	}
	fsys, err := workTree(root)
	if err != nil {
		return err
	}
	files, err := a.fmtTargets(root, fsys, args)
	if err != nil {
		return err
	}
	dir, _ := load.OpenRoot(fsys)
	if !o.check {
		a.fmtCleanUp(dir, files, start)
	}
	changed, failed := 0, 0
	if len(args) == 0 {
		failed = a.fmtFoldersOut(fsys)
	}
	for _, rel := range files {
		switch problem, did := a.fmtFile(dir, fsys, rel, o); {
		case problem != "":
			a.fmtProblem(rel, problem)
			failed++
		case did:
			changed++
		}
	}
	switch {
	case o.check && changed > 0:
		fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("tally: %d 个文件需要整理；运行 %s fmt", changed, a.tallyCmd()), fmt.Sprintf("tally: %d files need formatting; run %s fmt", changed, a.tallyCmd())))
	case !o.check && changed > 0:
		fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("已整理 %d 个文件", changed), fmt.Sprintf("formatted %d files", changed)))
	}
	if failed > 0 {
		fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("tally: %d 个文件未能整理，见上", failed), fmt.Sprintf("tally: %d files could not be formatted; see above", failed)))
	}
	if failed > 0 || (o.check && changed > 0) {
		return errDataReported
	}
	return nil
}

// fmtFile formats one file of the data root in place (or, with --check,
// only tells). It says why when it cannot, and whether the file changed
// (or would). A link is left alone, as is a read-only file; the file is
// read and written through the root, so nothing outside it is touched.
func (a *app) fmtFile(dir *os.Root, fsys fs.FS, rel string, o *fmtOptions) (problem string, changed bool) {
	if _, err := load.Resolve(fsys, path.Dir(rel)); err != nil {
		return load.Refusal(err).In(a.lang), false
	}
	info, err := dir.Lstat(filepath.FromSlash(rel))
	switch {
	case err != nil:
		return a.t("无法读取："+err.Error(), "cannot read: "+err.Error()), false
	case info.Mode()&fs.ModeSymlink != 0:
		return a.t("是符号链接，保持原样，未整理", "a symbolic link; left as it is, not formatted"), false
	case info.Mode().IsRegular() && info.Mode().Perm()&0o200 == 0 && !o.check:
		return a.t("文件是只读的，未改动", "the file is read-only; left alone"), false
	}
	var d diag.List
	raw, ok := load.ReadFile(fsys, rel, &d)
	if !ok {
		return d.Items[0].Message.In(a.lang), false
	}
	out, problem := a.formatOne(rel, raw, o.gbk)
	if problem != "" || bytes.Equal(out, raw) {
		return problem, false
	}
	if o.check {
		fmt.Fprintln(a.stdout, render.SafeLine(rel))
		return "", true
	}
	err = atomicfile.WriteIn(dir, filepath.FromSlash(rel), info.Mode().Perm(), true, func(w io.Writer) error { _, err := w.Write(out); return err })
	if err != nil {
		return a.t("无法写入，文件未改动："+err.Error(), "cannot write; the file is unchanged: "+err.Error()), false
	}
	return "", true
}

// fmtCleanUp removes from the folders of files the temporary files an
// earlier fmt left when it was stopped while writing (older than this
// run, which started at start), and says so.
func (a *app) fmtCleanUp(dir *os.Root, files []string, start time.Time) {
	seen := map[string]bool{}
	for _, f := range files {
		folder := path.Dir(f)
		if seen[folder] {
			continue
		}
		seen[folder] = true
		for _, name := range atomicfile.CleanIn(dir, filepath.FromSlash(folder), start) {
			fmt.Fprintln(a.stderr, a.t("已删除上次中断时留下的临时文件 "+render.SafeLine(name), "removed "+render.SafeLine(name)+", left by a run that was stopped"))
		}
	}
}

// fmtFoldersOut names the data folders that are links leading outside
// the root: their files are not formatted (nor listed), and saying
// nothing would pass them over in silence. It returns how many.
func (a *app) fmtFoldersOut(fsys fs.FS) int {
	folders := []string{"tasks", "reports", "reviews"}
	for _, top := range []string{"reports", "reviews"} {
		if entries, err := fs.ReadDir(fsys, top); err == nil {
			for _, e := range entries {
				if e.Type()&fs.ModeSymlink != 0 {
					folders = append(folders, top+"/"+e.Name())
				}
			}
		}
	}
	n := 0
	for _, f := range folders {
		if _, err := load.Resolve(fsys, f); err != nil {
			a.fmtProblem(f+"/", a.t("文件夹是指向数据目录之外的符号链接，其中的文件未整理", "the folder is a symbolic link leading outside the data root; its files are not formatted"))
			n++
		}
	}
	return n
}

func (a *app) fmtProblem(rel, msg string) {
	fmt.Fprintf(a.stderr, "%s: %s\n", render.SafeLine(rel), render.SafeLine(msg))
}

// formatOne returns the canonical text of a file, or why it cannot. The
// bytes are cleaned up as loading does (load.Normalize); UTF-16 is
// converted first, and with fromGBK text that is not UTF-8 is decoded
// from GB18030.
func (a *app) formatOne(rel string, raw []byte, fromGBK bool) ([]byte, string) {
	if text, ok := load.FromUTF16(raw); ok { // Notepad's "Unicode", found with or without --from utf16
		raw = text
	}
	if fromGBK && bytes.IndexByte(raw, 0) < 0 && !utf8.Valid(raw) {
		dec, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if err != nil || bytes.ContainsRune(dec, utf8.RuneError) {
			return nil, a.t("不是 GBK（GB18030）编码，未改动", "not GBK (GB18030) either; left alone")
		}
		raw = dec
	}
	var d diag.List
	text, ok := load.Normalize(rel, raw, &d)
	if !ok {
		return nil, a.t(d.Items[0].Message.Zh+"；未改动", d.Items[0].Message.En+"; left alone")
	}
	if p, ok := load.SecondDocument(text); ok {
		return nil, a.t(fmt.Sprintf("第 %d 行开始第二个 YAML 文档（---），整理会丢掉它，未改动；运行 %s check 查看", p.Line, a.tallyCmd()),
			fmt.Sprintf("a second YAML document (---) starts on line %d, which formatting would drop; left alone. Run %s check", p.Line, a.tallyCmd()))
	}
	kind, _ := yamlfmt.KindOf(rel)
	out, err := yamlfmt.Format(kind, text)
	var why *yamlfmt.Unfaithful
	switch {
	case errors.As(err, &why):
		return nil, a.t("无法在保留内容和注释的前提下整理，未改动（"+why.Why.Zh+"）", "cannot be formatted without changing data or comments; left alone ("+why.Why.En+")")
	case err != nil:
		return nil, a.fmtSyntax(rel, text)
	}
	return out, ""
}

// fmtSyntax says why a file that does not parse is left alone: each of
// its syntax errors as check says it (file:line:col, the cause and the
// fix, the line), never the YAML library's own words.
func (a *app) fmtSyntax(rel string, text []byte) string {
	var d diag.List
	load.Parse(rel, text, &d)
	if len(d.Items) == 0 { // the library and the loader disagree: let check say it
		return a.t("YAML 语法错误，未改动；运行 "+a.tallyCmd()+" check 查看位置", "YAML syntax error; left alone. Run "+a.tallyCmd()+" check to see where")
	}
	d.Sort()
	render.Diagnostics(a.stderr, d.Items, func(string) []byte { return text }, a.lang)
	n := len(d.Items)
	return a.t(fmt.Sprintf("有 %d 处 YAML 语法错误（见上），未改动；改正后再运行 %s fmt", n, a.tallyCmd()),
		fmt.Sprintf("%s (above); left alone. Once fixed, run %s fmt again", i18n.Count(n, "YAML syntax error", "YAML syntax errors"), a.tallyCmd()))
}

// namedFile is a file named on the command line, absolute and relative
// to the data root (with forward slashes); outside the root it is an error.
// Its path is relative to the current directory, as every path on the
// command line is, whatever -C says (pathRule).
func (a *app) namedFile(root, arg string) (abs, rel string, err error) {
	if abs, err = filepath.Abs(arg); err != nil {
		return "", "", usageError("文件 %s 无效：%v", "bad file %s: %v", arg, err)
	}
	rel, err = filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		if a.dir != "" && !filepath.IsAbs(arg) {
			// A path written as the -C folder's: say where it led, and
			// how to write the file meant where there is one.
			meant := filepath.Join(a.dir, arg)
			if _, err := os.Lstat(meant); err == nil {
				fix := a.argPath(filepath.Dir(meant), filepath.Base(meant))
				return "", "", usageError("%s 不在数据目录 %s 中（按当前目录找的是 %s；命令行上的路径相对当前目录，-C 不改变它）：要的是 %s 中的那个文件时，写作 %s",
					"%s is not inside the data root %s (looked for at %s: a path on the command line is relative to the current folder, whatever -C says); for the one in %s, write %s",
					arg, root, abs, a.dir, fix)
			}
			return "", "", usageError("%s 不在数据目录 %s 中（按当前目录找的是 %s；命令行上的路径相对当前目录，-C 不改变它）",
				"%s is not inside the data root %s (looked for at %s: a path on the command line is relative to the current folder, whatever -C says)", arg, root, abs)
		}
		return "", "", usageError("%s 不在数据目录 %s 中", "%s is not inside the data root %s", arg, root)
	}
	return abs, filepath.ToSlash(rel), nil
}

// fmtTargets are the files named (relative to the data root), or every data file.
func (a *app) fmtTargets(root string, fsys fs.FS, args []string) ([]string, error) {
	if len(args) == 0 {
		var files []string
		for _, pattern := range []string{"plan.yaml", "units.yaml", "tasks/*.yaml", "reports/*/*.yaml", "reviews/*/*.yaml"} {
			m, _ := fs.Glob(fsys, pattern)
			for _, f := range m {
				if info, err := fs.Stat(fsys, f); err == nil && info.IsDir() {
					continue // a folder named like a data file: check warns of it (R108)
				}
				files = append(files, f)
			}
		}
		sort.Strings(files)
		return files, nil
	}
	var files []string
	for _, arg := range args {
		abs, rel, err := a.namedFile(root, arg)
		if err != nil {
			return nil, err
		}
		if _, ok := yamlfmt.KindOf(rel); !ok {
			return nil, usageError("%s 不是数据文件（plan.yaml、units.yaml、tasks/*.yaml、reports/期次/*.yaml、reviews/期次/*.yaml）",
				"%s is not a data file (plan.yaml, units.yaml, tasks/*.yaml, reports/PERIOD/*.yaml, reviews/PERIOD/*.yaml)", arg)
		}
		if info, err := os.Lstat(abs); err != nil || (!info.Mode().IsRegular() && info.Mode()&fs.ModeSymlink == 0) {
			return nil, usageError("%s 不存在或不是普通文件", "%s does not exist or is not a regular file", arg)
		}
		files = append(files, rel)
	}
	return files, nil
}
