package cli

import (
	"errors"
	"fmt"
	"strings"

	"tally/internal/diag"
	"tally/internal/gitfs"
	"tally/internal/i18n"
)

// stagedScope says which files a commit is judged by (check --staged):
// the data files it changes and what they are checked against. A report,
// a review or an evidence file brings the plan, the units and the tasks
// (a report whose unit or tasks cannot be read cannot be judged); an
// evidence file brings the report that cites it, where its problems are
// told. A change to the plan, the units or the tasks changes what every
// report is checked against: the commit is then judged by every file.
// Errors in the other files, the other units' reports mid-collection, do
// not stop a commit that does not touch them. files counts the data files
// the commit changes; all says every file is judged.
func stagedScope(staged []string) (judged func(file string) bool, files int, all bool) {
	set := map[string]bool{}
	all, refs := false, false
	for _, p := range staged {
		top, rest, _ := strings.Cut(p, "/")
		switch {
		case p == "plan.yaml" || p == "units.yaml" || top == "tasks":
			all = true
		case top == "reports" || top == "reviews":
			set[p], refs = true, true
		case top == "evidence":
			if parts := strings.Split(rest, "/"); len(parts) >= 3 {
				set["reports/"+parts[0]+"/"+parts[1]+".yaml"], refs = true, true
			}
			set[p] = true
		default:
			continue
		}
		files++
	}
	return func(file string) bool {
		return all || set[file] || refs && (file == "plan.yaml" || file == "units.yaml" || strings.HasPrefix(file, "tasks/"))
	}, files, all
}

// stagedOnly keeps the diagnostics of the files the staged commit is
// judged by; it returns them, how many data files are judged (those the
// commit changes, or all total when a change to the plan, the units or
// the tasks has every file judged) and how many errors it leaves aside.
func (a *app) stagedOnly(root string, l diag.List, total int) (kept diag.List, files, aside int, err error) {
	staged, err := gitfs.Staged(root)
	switch {
	case errors.Is(err, gitfs.ErrDubious):
		return kept, 0, 0, dubious(root)
	case err != nil:
		return kept, 0, 0, usageError("%s 不在 git 仓库中，--staged 无从知道要提交哪些文件", "%s is not in a git repository; --staged has no commit to judge", root)
	}
	judged, files, all := stagedScope(staged)
	if all && files > 0 {
		files = max(files, total)
	}
	for _, d := range l.Items {
		switch {
		case judged(d.File):
			kept.Items = append(kept.Items, d)
		case d.Severity == diag.Error:
			aside++
		}
	}
	return kept, files, aside, nil
}

// asideNote tells of the errors check --staged left aside, in files the
// commit does not change.
func asideNote(aside int) i18n.Text {
	return i18n.T(fmt.Sprintf("注意：另有 %d 个错误在本次没有提交的文件中，不影响本次提交；运行 tally check 列出全部。", aside),
		fmt.Sprintf("note: %s in files this commit does not change; they do not stop it. tally check lists them all.", i18n.Count(aside, "more error is", "more errors are")))
}

// nothingStaged ends check --staged where the commit changes no data file
// (err nil), or could not be told (err).
func (a *app) nothingStaged(err error) error {
	if err == nil {
		_, err = fmt.Fprintln(a.stdout, a.t("本次提交没有改动数据文件（plan.yaml、units.yaml、tasks/、reports/、reviews/、evidence/），不用检查。",
			"This commit changes no data file (plan.yaml, units.yaml, tasks/, reports/, reviews/, evidence/): nothing to check."))
	}
	return err
}
