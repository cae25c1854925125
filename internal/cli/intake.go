package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"tally/internal/forms"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/shellarg"
)

// intakeFile is a file collect was given, or found in a folder it was
// given: a form to read, or a file it does not read and why.
type intakeFile struct {
	path   string
	skip   *i18n.Text // nil for a form to read
	attach string     // a form's folder of attachments (佐证材料), "" for none
}

// intakeFiles lists what collect was given: files as named, and every
// entry of a folder, in name order, but the ones that nobody sent
// (forms.Ignored). period is the period being collected, for the fixes.
func intakeFiles(args []string, period, tally string) ([]intakeFile, error) {
	var out []intakeFile
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			// Said with the folder it was looked for in: under -C the data
			// is elsewhere, the forms are not (walk 12).
			abs, _ := filepath.Abs(arg)
			return nil, usageError("找不到报送表 %s（按当前目录找的是 %s；报送表的路径相对当前目录，-C 不改变它）",
				"there is no form %s (looked for at %s: a form's path is relative to the current folder, whatever -C says)", arg, abs)
		}
		if !info.IsDir() {
			kind := kindOf(info.Mode())
			out = append(out, intakeFile{arg, forms.Skip(arg, kind, headOf(arg, kind), period, tally), attachFolder(arg)})
			continue
		}
		entries, err := os.ReadDir(arg)
		if err != nil {
			return nil, usageError("无法读取目录 %s：%v", "cannot read the folder %s: %v", arg, err)
		}
		n := len(out)
		for _, e := range entries {
			p := filepath.Join(arg, e.Name())
			if forms.Ignored(e.Name()) || (e.IsDir() && attachFolder(p+".xlsx") != "") {
				continue // a form's attachments come with the form
			}
			kind := kindOf(e.Type())
			out = append(out, intakeFile{p, forms.Skip(p, kind, headOf(p, kind), period, tally), attachFolder(p)})
		}
		sort.Slice(out[n:], func(i, j int) bool { return out[n+i].path < out[n+j].path })
		if len(out) == n {
			return nil, usageError("目录 %s 中没有报送表", "the folder %s holds no forms", arg)
		}
	}
	return out, nil
}

// attachFolder is the folder of attachments beside a form: named like
// it without .xlsx (2019Q3-赤坎区委组织部/ beside 2019Q3-赤坎区委组织部.xlsx),
// a plain folder (not a link); "" when there is none.
func attachFolder(form string) string {
	base, ok := strings.CutSuffix(form, filepath.Ext(form))
	if !ok || !strings.EqualFold(filepath.Ext(form), ".xlsx") {
		return ""
	}
	if _, err := os.Stat(form); err != nil {
		return ""
	}
	if info, err := os.Lstat(base); err == nil && info.IsDir() {
		return base
	}
	return ""
}

// headOf is the first bytes of the regular file at path where forms.Skip
// tells it by them (forms.HeadKinds), nil otherwise or when it cannot be
// read (Skip then goes by the name).
func headOf(path string, kind int) []byte {
	if kind != forms.KindFile || !forms.HeadKinds(path) {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	return head[:n]
}

// kindOf is what a file of mode m is, for forms.Skip.
func kindOf(m os.FileMode) int {
	switch {
	case m.IsDir():
		return forms.KindFolder
	case m.IsRegular():
		return forms.KindFile
	}
	return forms.KindOther
}

// collectBinding is the one period collect takes forms for (DESIGN §3):
// --period, else the period the names of the folders it reads name (a
// file's folder is the one holding it), else the period being reported on
// today, as every command defaults it (ledger.DefaultPeriod). Folders
// naming different periods are refused.
func (a *app) collectBinding(l *loaded, flag string, args []string) (forms.Binding, error) {
	plan := l.res.Repo.Plan
	if flag != "" {
		pi, err := ledger.PeriodNamed(plan, flag)
		if err != nil {
			return forms.Binding{}, a.periodError(err)
		}
		return forms.Binding{Period: plan.Periods[pi], By: forms.ByFlag}, nil
	}
	folders := map[string]string{} // period → the folder that names it
	var named []string
	for _, arg := range args {
		folder := arg
		if info, err := os.Stat(arg); err != nil || !info.IsDir() {
			folder = filepath.Dir(arg)
		}
		if abs, err := filepath.Abs(folder); err == nil {
			folder = abs
		}
		for _, id := range forms.FolderPeriods(plan, folder) {
			if _, ok := folders[id]; !ok {
				folders[id] = filepath.Base(folder)
				named = append(named, id)
			}
		}
	}
	switch len(named) {
	case 0:
		return dateBinding(l.index, a.now()), nil
	case 1:
		return forms.Binding{Period: plan.Periods[l.index.PeriodIndex(named[0])], By: forms.ByFolder, Folder: folders[named[0]]}, nil
	}
	var where []string
	for _, id := range named {
		where = append(where, folders[id]+" → "+id)
	}
	return forms.Binding{}, &Error{Code: ExitUsage, Msg: i18n.T(
		fmt.Sprintf("目录名指向不同的期次（%s）：一次只收取一个期次；请分开收取，或用 --period 指定", strings.Join(where, "，")),
		fmt.Sprintf("the folders' names name different periods (%s): collect one period at a time, or name it with --period", strings.Join(where, ", ")))}
}

// dateBinding is the period forms and collect take without --period or a
// folder naming one (ledger.DefaultPeriod), and how it was chosen.
func dateBinding(x *model.Index, today time.Time) forms.Binding {
	over := ledger.PlanOver(x.Repo.Plan, today)
	return forms.Binding{Period: x.Repo.Plan.Periods[ledger.DefaultPeriod(x, today)], By: forms.ByDate, Today: today,
		Over: over, Unused: over && ledger.LatestCounted(x) < 0}
}

// tallyCmd is tally as the user runs it, for a command a message asks them
// to run: with the -C they gave (as they wrote it, quoted for their shell),
// since the hint is run from where they are, not from the data folder.
func (a *app) tallyCmd() string {
	if a.dir == "" || filepath.Clean(a.dir) == "." {
		return "tally" // -C . (the pre-commit hook's) is where they are
	}
	return "tally -C " + shellarg.Quote(a.dir)
}
