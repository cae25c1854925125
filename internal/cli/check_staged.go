package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"tally/internal/diag"
	"tally/internal/gitfs"
	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/model"
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

// closedChanges warns (R411) of the staged reports of periods whose due
// date is over that the commit changes, or adds, while their submitted
// date is still on or before the due date: what they now say counts as
// sent on time, and the period's figures as of its due date change with
// no mark (walk 10: a unit rewrote its 2019Q3 report in November, 滞后 to
// 推进中, and the quarter's red task went, with nothing said). Only the
// commit's own reports are compared, with HEAD; a repository with no
// commit yet has nothing to compare.
func (a *app) closedChanges(l *loaded) diag.List {
	var out diag.List
	staged, err := gitfs.Staged(l.root)
	if err != nil {
		return out
	}
	plan, today := l.res.Repo.Plan, a.now()
	due := map[string]model.Period{}
	var names []string
	for _, p := range staged {
		parts := strings.Split(p, "/")
		if len(parts) != 3 || parts[0] != "reports" || !strings.HasSuffix(parts[2], ".yaml") {
			continue
		}
		for _, per := range plan.Periods {
			if per.ID == parts[1] && !per.Due.IsZero() && today.After(per.Due) {
				due[p] = per
				names = append(names, p)
			}
		}
	}
	if len(names) == 0 {
		return out
	}
	fsys, err := a.index(l.root)
	if err != nil {
		return out
	}
	changes, err := history.CompareFiles(l.root, "HEAD", fsys, names)
	if err != nil {
		return out
	}
	tasks := map[string][]string{} // by report file: the tasks whose entries changed, in order
	changed := map[string]bool{}
	for _, c := range changes {
		// A review is the office's; a file that could not be read is put
		// right as it was asked to be (文件有误 awaiting correction).
		if c.Period == "" || c.Unit == "" || c.Field == history.FieldReview || c.Field == history.FieldUnreadable {
			continue
		}
		file := "reports/" + c.Period + "/" + c.Unit + ".yaml"
		changed[file] = true
		if c.Task != "" && !slices.Contains(tasks[file], c.Task) {
			tasks[file] = append(tasks[file], c.Task)
		}
	}
	for _, r := range l.res.Repo.Reports {
		per, ok := due[r.File]
		if !ok || !changed[r.File] || r.Submitted.IsZero() || r.Submitted.After(per.Due) {
			continue
		}
		what := ""
		if ts := tasks[r.File]; len(ts) > 0 {
			what = "（任务 " + strings.Join(ts, "、") + "）"
		}
		out.Add(r.File, r.At.Of("submitted"), diag.ClosedChanged, i18n.F(
			"%[1]s 已于 %[2]s 截止，这份报送在截止后又有改动%[4]s，报送日期 %[3]s 却不晚于截止日：改动的内容按按时报送计入，"+
				"%[1]s 按截止日统计的数字随之改变，与当时发出的汇总、通报不再一致。是新的进展的，请写在下一期的报送中；是更正的，请把报送日期改为今天，或请办公室审核（tally review）",
			"%[1]s closed on %[2]s, and this report was changed after it%[5]s while its submitted date %[3]s is not after the due date: "+
				"what it now says counts as sent on time, and %[1]s's figures as of its due date change, no longer those sent then. "+
				"New progress goes in the next period's report; a correction takes today as its submitted date, or is reviewed by the office (tally review)",
			per.ID, model.FormatDate(per.Due), model.FormatDate(r.Submitted), what, strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(what, "（任务 ", " (tasks "), "、", ", "), "）", ")")))
	}
	return out
}
