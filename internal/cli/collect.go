package cli

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/atomicfile"
	"tally/internal/diag"
	"tally/internal/forms"
	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
)

type collectOptions struct {
	force, dryRun bool
	format        string
}

func (a *app) collectCmd() *cobra.Command {
	var o collectOptions
	c := &cobra.Command{
		Use:   a.t("collect 报送表.xlsx…|目录 [--force] [--dry-run]", "collect FORM.xlsx…|DIR [--force] [--dry-run]"),
		Short: a.t("把填好的 Excel 报送表收回为报送文件，并检查", "bring filled forms back as report files, checked"),
		Long: a.t("读取 tally forms 生成、各单位填好的报送表，写成 reports/期次/单位编号.yaml（与 tally fmt 同一格式），\n"+
			"并像 tally check 一样检查。问题指明报送表的工作表和单元格；有错误的报送表不写入任何文件。\n"+
			"已有内容不同的报送文件不覆盖，除非加 --force（并列出改动）；内容相同的显示“未变”。\n"+
			"给目录时收取其中全部 .xlsx 文件。--dry-run 只检查、不写入。",
			"Reads forms written by tally forms and filled in by the units into reports/PERIOD/UNIT.yaml (in the layout of\n"+
				"tally fmt), checked as tally check does. Problems name the form's sheet and cell; a form with errors writes\n"+
				"nothing. An existing report that differs is kept unless --force (which lists the changes); an identical one\n"+
				"is \"unchanged\". A folder means every .xlsx in it. --dry-run checks and writes nothing."),
		Example:     "  tally collect 收回/\n  tally collect 2019Q3-赤坎区委组织部.xlsx --dry-run",
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runCollect(&o, args) },
	}
	c.Flags().BoolVar(&o.force, "force", false, a.t("覆盖内容不同的已有报送文件，并列出改动", "overwrite existing reports that differ, listing the changes"))
	c.Flags().BoolVar(&o.dryRun, "dry-run", false, a.t("只检查，不写入", "check only; write nothing"))
	a.formatFlag(c, &o.format, "table|json")
	return c
}

func (a *app) runCollect(o *collectOptions, args []string) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		return usageError("请给出要收取的报送表文件或目录", "name the forms (or a folder of them) to collect")
	}
	files, err := formFiles(args)
	if err != nil {
		return err
	}
	l, err := a.load()
	if err != nil {
		return err
	}
	if l.res.Repo.Plan == nil || l.res.Repo.Units == nil {
		return &Error{Code: ExitData, Msg: i18n.T("plan.yaml 或 units.yaml 有错误，无法收取报送表；运行 tally check 查看详情",
			"plan.yaml or units.yaml has errors, so no form can be collected; run tally check for details")}
	}
	outs, cs := a.readForms(l, files)
	root, err := workTree(l.root)
	if err != nil {
		return err
	}
	after := forms.Verify(root, cs, a.now())
	failed := 0
	for i, c := range cs {
		a.settle(l, o, &outs[i], c, after)
		if outs[i].Result == "error" || outs[i].Result == "refused" {
			failed++
		}
	}
	if f == render.FormatJSON {
		err = render.JSON(a.stdout, outs)
	} else {
		err = render.Collect(a.stdout, outs, o.dryRun, a.lang)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return errDataReported
	}
	return nil
}

// formFiles lists the forms named: files as given, folders' .xlsx files.
func formFiles(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			return nil, usageError("找不到报送表 %s", "there is no form %s", arg)
		}
		if !info.IsDir() {
			out = append(out, arg)
			continue
		}
		entries, err := os.ReadDir(arg)
		if err != nil {
			return nil, usageError("无法读取目录 %s：%v", "cannot read the folder %s: %v", arg, err)
		}
		var found []string
		for _, e := range entries {
			n := e.Name()
			if e.Type().IsRegular() && strings.EqualFold(filepath.Ext(n), ".xlsx") && !strings.HasPrefix(n, "~$") && !strings.HasPrefix(n, ".") {
				found = append(found, filepath.Join(arg, n))
			}
		}
		sort.Strings(found)
		if len(found) == 0 {
			return nil, usageError("目录 %s 中没有 .xlsx 报送表", "the folder %s holds no .xlsx forms", arg)
		}
		out = append(out, found...)
	}
	return out, nil
}

// readForms reads and converts each form; a form that cannot be read, or
// a second form for the same unit and period, gets its outcome here.
func (a *app) readForms(l *loaded, files []string) ([]render.CollectRow, []*forms.Collected) {
	outs := make([]render.CollectRow, len(files))
	cs := make([]*forms.Collected, len(files))
	seen := map[string]string{}
	for i, name := range files {
		outs[i] = render.CollectRow{Form: filepath.ToSlash(name), Diagnostics: []render.FormDiagnostic{}}
		c, err := readForm(l, name)
		if err != nil {
			cs[i] = &forms.Collected{Problems: []forms.Problem{*err}}
			continue
		}
		if c.Refused == nil {
			if first, ok := seen[c.File]; ok {
				t := i18n.F("与 %s 是同一单位同一期次的报送表，只收取前者", "the same unit and period as %s; only that one is taken", first)
				c.Refused = &t
			}
			seen[c.File] = outs[i].Form
		}
		cs[i] = c
	}
	return outs, cs
}

func readForm(l *loaded, name string) (*forms.Collected, *forms.Problem) {
	data, err := load.ReadPath(name, forms.MaxSize)
	if err != nil {
		why := load.Refusal(err)
		return nil, &forms.Problem{Message: i18n.T("不是可读取的报送表："+why.Zh, "not a form that can be read: "+why.En)}
	}
	fm, err := forms.Read(bytes.NewReader(data))
	var nf *forms.NotForm
	switch {
	case errors.As(err, &nf):
		p := &forms.Problem{Cell: nf.Cell, Message: nf.Msg}
		if nf.TooLarge {
			p.Rule = diag.TooLarge
		}
		return nil, p
	case err != nil:
		return nil, &forms.Problem{Message: i18n.T("不是 Excel 工作簿（.xlsx），或文件已损坏", "not an Excel workbook (.xlsx), or damaged")}
	}
	return forms.Collect(l.index, name, fm), nil
}

// settle decides a form's result and writes its report when it may.
func (a *app) settle(l *loaded, o *collectOptions, out *render.CollectRow, c *forms.Collected, after *model.Repo) {
	for _, p := range c.Problems {
		sheet, cellRef, _ := strings.Cut(p.Cell, "!")
		if cellRef == "" {
			sheet = ""
		}
		out.Diagnostics = append(out.Diagnostics, render.FormDiagnostic{File: out.Form, Sheet: sheet, Cell: cellRef,
			Severity: p.Severity.String(), Rule: p.Rule, Message: p.Message.In(a.lang)})
	}
	if c.Unit != nil {
		out.Unit, out.Period, out.File = c.Unit.ID, c.Period.ID, c.File
	}
	fail := func(result, rule string, msg i18n.Text) {
		out.Result = result
		out.Diagnostics = append(out.Diagnostics, render.FormDiagnostic{File: out.Form, Severity: "error", Rule: rule, Message: msg.In(a.lang)})
	}
	ready := c.Refused == nil && c.Errors() == 0 && c.Text != nil
	plain := ready && plainPath(l.root, c.File)
	var old []byte
	err := os.ErrNotExist
	if plain {
		old, err = readInRoot(l.root, c.File)
	}
	switch {
	case c.Refused != nil:
		fail("refused", diag.NameMismatch, *c.Refused)
	case c.Errors() > 0 || c.Text == nil:
		out.Result = "error"
	case !plain:
		fail("refused", diag.Symlink, i18n.F("%s 或其所在目录不是普通文件或目录（可能是链接），未写入",
			"%s or a folder above it is not a plain file or folder (a link, perhaps); nothing written", c.File))
	case err != nil && !errors.Is(err, os.ErrNotExist):
		why := load.Refusal(err)
		fail("error", "", i18n.F("无法读取已有的 %s：%s", "cannot read the existing %s: %s", c.File, why.In(a.lang)))
	case err == nil && bytes.Equal(old, c.Text):
		out.Result = "unchanged"
	case err == nil && !o.force:
		fail("refused", diag.NameMismatch, i18n.F("%s 已存在且内容不同，未覆盖；确认以报送表为准时加 --force",
			"%s exists and differs; kept. Add --force to take the form's version", c.File))
	default:
		if err == nil {
			out.Changes = render.DiffTable(reportChanges(l.res.Repo, after, c.File), a.lang)
		}
		out.Result = "written"
		if o.dryRun {
			return
		}
		// A report that was not there is created exclusively: a second
		// collect running at the same time finds the first one's file and
		// keeps it, as it would have had it started later.
		switch err := writeReport(l.root, c.File, c.Text, err == nil); {
		case errors.Is(err, atomicfile.ErrExists):
			out.Changes = nil
			fail("refused", diag.NameMismatch, i18n.F("%s 刚由另一次收取写入，未覆盖；请重新收取以比较，确认以报送表为准时加 --force",
				"%s was written by another collect meanwhile and was kept; collect again to compare, or add --force to take the form's version", c.File))
		case err != nil:
			fail("error", "", i18n.F("无法写入 %s：%v", "cannot write %s: %v", c.File, err))
		}
	}
}

// writeReport writes rel (reports/PERIOD/UNIT.yaml) through an os.Root on
// the data root, so that no link can lead the write outside it. Unless
// replace, the file is created only where none exists (atomicfile.ErrExists).
func writeReport(root, rel string, text []byte, replace bool) error {
	dir, err := os.OpenRoot(root)
	if err != nil {
		return err
	}
	defer dir.Close()
	rel = filepath.FromSlash(rel)
	if err := dir.MkdirAll(filepath.Dir(rel), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteIn(dir, rel, 0o644, replace, func(w io.Writer) error { _, err := w.Write(text); return err })
}

// plainPath reports whether every component of rel below root that exists
// is a plain folder (or, last, a regular file): no link leads out.
func plainPath(root, rel string) bool {
	p := root
	parts := strings.Split(rel, "/")
	for i, part := range parts {
		p = filepath.Join(p, part)
		info, err := os.Lstat(p)
		if errors.Is(err, os.ErrNotExist) {
			return true
		}
		if err != nil || (i < len(parts)-1 && !info.IsDir()) || (i == len(parts)-1 && !info.Mode().IsRegular()) {
			return false
		}
	}
	return true
}

// reportChanges lists what the collected report changes in the existing one.
func reportChanges(before, after *model.Repo, file string) []history.Change {
	pick := func(r *model.Repo) *model.Repo {
		out := &model.Repo{}
		for _, rep := range r.Reports {
			if rep.File == file {
				out.Reports = append(out.Reports, rep)
			}
		}
		return out
	}
	return history.Diff(pick(before), pick(after))
}
