package cli

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"tally/internal/atomicfile"
	"tally/internal/diag"
	"tally/internal/forms"
	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/newreport"
	"tally/internal/render"
	"tally/internal/review"
)

type collectOptions struct {
	force, dryRun bool
	format        string
	period        string
}

func (a *app) collectCmd() *cobra.Command {
	var o collectOptions
	c := &cobra.Command{
		Use:   a.t("collect 报送表.xlsx…|目录 [--period 期次] [--force] [--dry-run]", "collect FORM.xlsx…|DIR [--period PERIOD] [--force] [--dry-run]"),
		Short: a.t("把填好的 Excel 报送表收回为报送文件，并检查", "bring filled forms back as report files, checked"),
		Long: a.t("读取 tally forms 生成、各单位填好的报送表，写成 reports/期次/单位编号.yaml（与 tally fmt 同一格式），\n"+
			"并像 tally check 一样检查。问题指明报送表的工作表和单元格；有错误的报送表不写入任何文件。\n"+
			"已有内容不同的报送文件不覆盖，除非加 --force（并列出改动）；内容相同的显示“未变”。--dry-run 只检查、不写入。\n\n"+
			"每次只收取一个期次：--period 指定的，否则目录名中的（如 收回/2019Q3），否则今天正在报送的那一期\n"+
			"（已开始的期次中报送截止日离今天最近的一期）。别的期次的报送表不收取，除非 --period 指定的正是它。\n\n"+
			"给目录时读取其中全部 .xlsx 报送表；其余每个文件（.xls、.et、.wps、.csv、存成 .txt 的报送文件、子目录等）\n"+
			"都列出未收取的原因和改法。Excel/WPS 打开工作簿时留下的锁定文件（~$开头）和系统文件（Thumbs.db 等）不提。\n"+
			"有未收取或有错误的文件时，退出状态为 1。",
			"Reads forms written by tally forms and filled in by the units into reports/PERIOD/UNIT.yaml (in the layout of\n"+
				"tally fmt), checked as tally check does. Problems name the form's sheet and cell; a form with errors writes\n"+
				"nothing. An existing report that differs is kept unless --force (which lists the changes); an identical one\n"+
				"is \"unchanged\". --dry-run checks and writes nothing.\n\n"+
				"Each run takes one period: --period, else the one the folder's name names (such as in/2019Q3), else the one\n"+
				"being reported on today (of the periods started, the one whose due date is nearest). A form for another\n"+
				"period is refused unless --period names it.\n\n"+
				"A folder means every .xlsx form in it; every other file in it (.xls, .et, .wps, .csv, a report saved as .txt,\n"+
				"a subfolder, …) is listed with why it was not collected and what to do. The lock files Excel and WPS leave\n"+
				"beside an open workbook (~$…) and system files (Thumbs.db, …) are passed over. A file not collected or with\n"+
				"errors makes the exit status 1.") + "\n" + a.pathRule(),
		Example: "  tally collect 收回/2019Q3\n  tally collect 2019Q3-赤坎区委组织部.xlsx --dry-run\n" +
			"  tally collect --period 2019Q2 收回/2019Q3/2019Q2-赤坎区委组织部.xlsx",
		Annotations: map[string]string{"exit": a.t(
			"  0  正常\n  1  有文件未收取（别的期次的报送表、不是 .xlsx 的文件等）或报送表有错误\n"+
				"  2  命令无法执行（选项或参数有误、期次不存在、找不到数据目录、目录中没有报送表）",
			"  0  fine\n  1  a file was not collected (a form for another period, a file that is not .xlsx, …) or a form has errors\n"+
				"  2  the command could not run (bad flag or argument, unknown period, no data root, no form in the folder)")},
		RunE: func(c *cobra.Command, args []string) error { return a.runCollect(&o, args) },
	}
	c.Flags().BoolVar(&o.force, "force", false, a.t("覆盖内容不同的已有报送文件，并列出改动", "overwrite existing reports that differ, listing the changes"))
	c.Flags().BoolVar(&o.dryRun, "dry-run", false, a.t("只检查，不写入", "check only; write nothing"))
	c.Flags().StringVar(&o.period, "period", "", a.t("只收取这一`期次`的报送表，如 2019Q3（默认：目录名中的期次，否则今天正在报送的期次）",
		"take forms for `PERIOD` only, such as 2019Q3 (default: the one the folder's name names, else the one being reported on today)"))
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
	l, err := a.load()
	if err != nil {
		return err
	}
	if plan := l.res.Repo.Plan; plan == nil || l.res.Repo.Units == nil || len(plan.Periods) == 0 {
		return &Error{Code: ExitData, Msg: i18n.F("plan.yaml 或 units.yaml 有错误，无法收取报送表；运行 %s check 查看详情",
			"plan.yaml or units.yaml has errors, so no form can be collected; run %s check for details", a.tallyCmd())}
	}
	bind, err := a.collectBinding(l, o.period, args)
	if err != nil {
		return err
	}
	bind.Tally = a.tallyCmd()
	files, err := intakeFiles(args, bind.Period.ID, bind.Tally)
	if err != nil {
		return err
	}
	outs, err := a.collectForms(l, o, files, bind)
	if err != nil {
		return err
	}
	if f == render.FormatJSON {
		err = render.JSON(a.stdout, outs)
	} else {
		err = render.Collect(a.stdout, outs, render.CollectRun{Period: bind.Period.ID, How: bind.How(), DryRun: o.dryRun, Tally: bind.Tally}, a.lang)
	}
	if err != nil {
		return err
	}
	for _, out := range outs {
		if out.Result == "written" {
			what := i18n.T("收取的报送", "Collecting these reports")
			if o.dryRun {
				what = i18n.T("收取这些报送", "Collecting these reports")
			}
			a.warnClosed(l.res.Repo.Plan, l.index.PeriodIndex(bind.Period.ID), what)
			break
		}
	}
	for _, out := range outs {
		if out.Result == "error" || out.Result == "refused" {
			return errDataReported
		}
	}
	return nil
}

// collectForms reads the forms among files, binds them to the period,
// checks them with the repository and settles each (writing its report
// when it may); every other file has its reason as its outcome.
func (a *app) collectForms(l *loaded, o *collectOptions, files []intakeFile, bind forms.Binding) ([]render.CollectRow, error) {
	outs, cs := a.readForms(l, files, bind)
	root, err := workTree(l.root)
	if err != nil {
		return nil, err
	}
	var read []*forms.Collected
	for i, c := range cs {
		if c != nil {
			a.attach(root, c, files[i].attach)
			read = append(read, c)
		}
	}
	names := make([]string, len(outs))
	for i := range outs {
		names[i] = outs[i].Form
	}
	forms.Duplicates(cs, names) // by what they hold, before any is checked
	after := forms.Verify(root, read, a.now())
	for i, c := range cs {
		if c != nil {
			a.settle(l, o, &outs[i], c, after)
		}
	}
	return outs, nil
}

// readForms reads and converts each form and binds it to the period; a
// file not read as a form (it has no Collected), or a form that cannot be
// read, gets its outcome here.
func (a *app) readForms(l *loaded, files []intakeFile, bind forms.Binding) ([]render.CollectRow, []*forms.Collected) {
	outs := make([]render.CollectRow, len(files))
	cs := make([]*forms.Collected, len(files))
	for i, file := range files {
		outs[i] = render.CollectRow{Form: filepath.ToSlash(file.path), Diagnostics: []render.FormDiagnostic{}}
		if file.skip != nil {
			outs[i].Result, outs[i].NotForm = "refused", true
			outs[i].Diagnostics = append(outs[i].Diagnostics, render.FormDiagnostic{File: outs[i].Form, Severity: "error", Message: file.skip.In(a.lang)})
			continue
		}
		c, err := readForm(l, file.path, bind.Tally)
		if err != nil {
			cs[i] = &forms.Collected{Problems: []forms.Problem{*err}}
			continue
		}
		bind.Bind(c, outs[i].Form)
		cs[i] = c
	}
	return outs, cs
}

func readForm(l *loaded, name, tally string) (*forms.Collected, *forms.Problem) {
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
		return nil, &forms.Problem{Message: forms.Unreadable(bytes.NewReader(data))}
	}
	return forms.Collect(l.index, name, fm, tally), nil
}

// attach judges the evidence a form cites, against its folder of
// attachments (read through the folder's own boundary) and the evidence
// already in the data root.
func (a *app) attach(root fs.FS, c *forms.Collected, folder string) {
	if folder == "" {
		c.Attach(root, nil, "")
		return
	}
	dir, err := load.Dir(folder)
	if err != nil {
		c.Problems = append(c.Problems, forms.Problem{Severity: diag.Error, Rule: diag.EvidencePath,
			Message: i18n.F("无法读取附件文件夹 %s：%v", "cannot read the attachments folder %s: %v", folder, err)})
		return
	}
	c.Attach(root, dir, filepath.ToSlash(folder))
}

// settle decides a form's result and writes its report when it may.
func (a *app) settle(l *loaded, o *collectOptions, out *render.CollectRow, c *forms.Collected, after *model.Repo) {
	// The form's own problems go first, once its result is known: a
	// warning about the report it would make is no news beside 未变
	// (walk 12: the same returned form taken again said its date was
	// before the return), nor beside the refusal that says so.
	taken := true
	defer func() { a.problems(out, c, taken) }()
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
	var copies []forms.Attachment // the form's evidence not yet in place
	var differ *i18n.Text
	err := os.ErrNotExist
	if plain {
		old, err = readInRoot(l.root, c.File)
		copies, differ = newEvidence(l.root, c, o.force)
	}
	var rv *model.Review // the office's return of the report there, if it stands
	same := false        // the report there says what the form says
	if err == nil {
		rv = returned(l, c.File)
		same = sameReport(old, c.Text)
	}
	switch {
	case c.Refused != nil && c.Same:
		// Nothing of it is lost: the form taken holds the same.
		out.Result = "refused"
		out.Diagnostics = append(out.Diagnostics, render.FormDiagnostic{File: out.Form, Severity: "warning", Message: c.Refused.In(a.lang)})
	case c.Refused != nil && c.Duplicate:
		fail("refused", "", *c.Refused) // no rule: the form may be sound, another is taken
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
	case differ != nil:
		fail("refused", "", *differ) // no rule: the data is sound, only not taken
	case same && len(copies) == 0:
		out.Result, taken = "unchanged", false
	case err == nil && !same && !o.force && rv != nil && !resent(rv, c.Submitted):
		taken = false
		from := model.FormatDate(review.ResendFrom(rv))
		fail("refused", "", i18n.F("%[1]s 是办公室 %[2]s 退回的报送，而报送表的报送日期（%[3]s）早于 %[4]s，不是退回后重新报送的日期，未收取："+
			"改好后重新报送的，请把报送日期改为重新报送当天的日期（%[4]s 或以后）再收取；确要按这个日期收取（仍算退回）时加 --force",
			"%[1]s is the report the office returned on %[2]s, and the form's date (%[3]s) is before %[4]s, so it is not dated as sent again; kept. "+
				"If it was put right and sent again, date it the day it was sent (%[4]s or later) and collect it; to take it with this date (it stays returned), add --force",
			c.File, model.FormatDate(rv.Date), orNone(c.Submitted, a.lang), from))
	case err == nil && !same && !o.force && rv == nil:
		msg := i18n.F("%s 已存在且内容不同，未覆盖；确认以报送表为准时加 --force",
			"%s exists and differs; kept. Add --force to take the form's version", c.File)
		if droppedComments(old, c.Text) {
			msg = i18n.T(msg.Zh+"（按报送表重写，文件中手写的注释（# 后的文字）不会保留；原来的版本在 git 历史中）",
				msg.En+" (rewritten from the form, the comments written in the file (after #) are not kept; the version before stays in git's history)")
		}
		fail("refused", "", msg)
	default:
		// A report the office returned, sent again after the return: the
		// review loop's own path, taken without --force (walk 9, F7).
		out.Resubmitted = err == nil && !same && rv != nil && resent(rv, c.Submitted)
		if err == nil {
			out.Changes = render.DiffTable(reportChanges(l.res.Repo, after, c.File), a.lang)
		}
		out.Result = "written"
		if err == nil && droppedComments(old, c.Text) {
			out.Diagnostics = append(out.Diagnostics, render.FormDiagnostic{File: out.Form, Severity: "warning", Message: i18n.F(
				"%s 按报送表重写，原文件中手写的注释（# 后的文字）没有保留；原来的版本在 git 历史中",
				"%s is rewritten from the form; the comments written in it before (after #) are not kept; the version before stays in git's history", c.File).In(a.lang)})
		}
		for _, at := range copies {
			out.Evidence = append(out.Evidence, model.EvidenceDir(c.Period.ID, c.Unit.ID)+"/"+at.Name)
		}
		if !o.dryRun {
			a.writeCollected(l, out, c, copies, err == nil, fail)
		}
	}
}

// problems puts a form's problems on its row, at their sheets and cells,
// before what its result added; those about the report it would make
// (forms.Problem.Taken) only where it is taken.
func (a *app) problems(out *render.CollectRow, c *forms.Collected, taken bool) {
	ds := []render.FormDiagnostic{}
	for _, p := range c.Problems {
		if p.Taken && !taken {
			continue
		}
		sheet, cellRef, _ := strings.Cut(p.Cell, "!")
		if cellRef == "" {
			sheet = ""
		}
		ds = append(ds, render.FormDiagnostic{File: out.Form, Sheet: sheet, Cell: cellRef,
			Severity: p.Severity.String(), Rule: p.Rule, Message: p.Message.In(a.lang)})
	}
	out.Diagnostics = append(ds, out.Diagnostics...)
}

// writeCollected copies a form's new evidence into place, then writes its
// report: a report never cites a file not yet there.
// Unless exists, the report is created only where none is yet.
func (a *app) writeCollected(l *loaded, out *render.CollectRow, c *forms.Collected, copies []forms.Attachment, exists bool, fail func(string, string, i18n.Text)) {
	for _, at := range copies {
		rel := model.EvidenceDir(c.Period.ID, c.Unit.ID) + "/" + at.Name
		if err := copyEvidence(l.root, rel, at); err != nil {
			why := i18n.F("%v", "%v", err)
			var e *Error
			if errors.As(err, &e) {
				why = e.Msg
			}
			fail("error", "", i18n.T("无法复制佐证材料到 "+rel+"："+why.Zh+"；报送文件未写入",
				"cannot copy the evidence to "+rel+": "+why.En+"; the report was not written"))
			return
		}
	}
	// A report that was not there is created exclusively: a second collect
	// running at the same time finds the first one's file and keeps it, as
	// it would have had it started later.
	switch err := writeReport(l.root, c.File, c.Text, exists); {
	case errors.Is(err, atomicfile.ErrExists):
		out.Changes = nil
		fail("refused", "", i18n.F("%s 刚由另一次收取写入，未覆盖；请重新收取以比较，确认以报送表为准时加 --force",
			"%s was written by another collect meanwhile and was kept; collect again to compare, or add --force to take the form's version", c.File))
	case err != nil:
		fail("error", "", i18n.F("无法写入 %s：%v", "cannot write %s: %v", c.File, err))
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
	changes := history.Diff(pick(before), pick(after))
	history.Names(changes, before)
	return changes
}

// returned is the office's review of the report at file when it returned
// the report and the unit has not sent it again (review.Returned); nil
// otherwise. A form for it dated after the return (resent) is the report
// sent again: collect takes it without --force, as the review loop asks.
func returned(l *loaded, file string) *model.Review {
	for _, r := range l.res.Repo.Reports {
		if r.File == file {
			if v := review.Of(l.index).Verdict(r); v.State == review.Returned {
				return v.Review
			}
			return nil
		}
	}
	return nil
}

// resent says whether a form dated submitted ("" for no date) sends the
// report rv returned again: dated the day of the return or later, as the
// returned form asks (review.SentAgain).
func resent(rv *model.Review, submitted string) bool {
	s, ok := model.ParseDate(submitted)
	return ok && review.SentAgain(rv, s)
}

// orNone is a date as read, or says there is none.
func orNone(date string, lang i18n.Lang) string {
	if date == "" {
		return lang.Pick("未填写", "none")
	}
	return date
}

// sameReport says whether the report file there (old) says what a form
// reads as (text): the same bytes, or the same data with other comments.
// The comments a form's report is written with tell the ledger's state
// when it is taken (a task's last entry: 2024Q1 报送（已退回）), so the
// same form taken again after the office returned it differs in them
// alone, and was refused as a report sent again with the old date
// (walk 12).
//
// Each is read as the loader reads it: a file the ledger refuses (a second
// YAML document after the form's data, a key written twice) is not the
// form's report, however alike its first document (probe 13: one was
// called unchanged, and check failed on it).
func sameReport(old, text []byte) bool {
	if bytes.Equal(old, text) {
		return true
	}
	a, b := readAsLoaded(old), readAsLoaded(text)
	return a != nil && b != nil && load.Fingerprint(withoutBlanks(a)) == load.Fingerprint(withoutBlanks(b))
}

// droppedComments says the report there holds comments (# …) the form's
// report does not: writing the form's over it loses them (probe 16, B3:
// a unit's note on its figures went with collect --force, unsaid).
func droppedComments(old, text []byte) bool {
	kept := map[string]bool{}
	for _, c := range comments(withComments(text)) {
		kept[c] = true
	}
	for _, c := range comments(withComments(old)) {
		for _, line := range strings.Split(c, "\n") {
			// A comment the template wrote (tally new report) is no
			// unit's own (probe 17: a report made by tally new was said to
			// lose comments written by hand).
			if line = strings.TrimSpace(line); line != "" && !kept[c] && !newreport.TemplateComment(line) {
				return true
			}
		}
	}
	return false
}

// withComments is a report's document node, its comments on it (nil
// where it cannot be read).
func withComments(raw []byte) *yaml.Node {
	var d diag.List
	text, ok := load.Normalize("report", raw, &d)
	if !ok {
		return nil
	}
	var doc yaml.Node
	if yaml.Unmarshal(text, &doc) != nil {
		return nil
	}
	return &doc
}

// comments are the comments of a document's nodes.
func comments(n *yaml.Node) []string {
	if n == nil {
		return nil
	}
	var out []string
	for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
		if strings.TrimSpace(c) != "" {
			out = append(out, strings.TrimSpace(c))
		}
	}
	for _, k := range n.Content {
		out = append(out, comments(k)...)
	}
	return out
}

// withoutBlanks is a copy of a document without the keys it leaves blank
// (contact:, problems:, next: "", evidence: []): a blank key says what no
// key says. A form's report writes every key, a report written by hand
// only those it fills, and a form pre-filled from that report and sent
// back as it was was refused as differing (probe 15).
func withoutBlanks(n *yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	c := *n
	c.Content = nil
	for i := 0; i < len(n.Content); i++ {
		if n.Kind == yaml.MappingNode && i+1 < len(n.Content) {
			if blank(n.Content[i+1]) {
				i++
				continue
			}
			c.Content = append(c.Content, withoutBlanks(n.Content[i]), withoutBlanks(n.Content[i+1]))
			i++
			continue
		}
		c.Content = append(c.Content, withoutBlanks(n.Content[i]))
	}
	return &c
}

// blank is a value that says nothing: null, an empty string, an empty list
// or mapping.
func blank(v *yaml.Node) bool {
	switch v.Kind {
	case yaml.ScalarNode:
		return v.Tag == "!!null" || v.Tag == "!!str" && v.Value == ""
	case yaml.SequenceNode, yaml.MappingNode:
		return len(v.Content) == 0
	}
	return false
}

// readAsLoaded is the document the loader reads from raw, nil where it
// finds an error in it.
func readAsLoaded(raw []byte) *yaml.Node {
	var d diag.List
	text, ok := load.Normalize("report", raw, &d)
	if !ok {
		return nil
	}
	top := load.Parse("report", text, &d)
	if errs, _ := d.Counts(); errs > 0 {
		return nil
	}
	return top
}
