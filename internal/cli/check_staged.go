package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

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
func asideNote(aside int, tally string) i18n.Text {
	return i18n.T(fmt.Sprintf("注意：另有 %d 个错误在本次没有提交的文件中，不影响本次提交；运行 %s check 列出全部。", aside, tally),
		fmt.Sprintf("note: %s in files this commit does not change; they do not stop it. %s check lists them all.", i18n.Count(aside, "more error is", "more errors are"), tally))
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
	staged, err := gitfs.Staged(l.root)
	if err != nil {
		return diag.List{}
	}
	return a.closedSince(l, func() (fs.FS, error) { return a.index(l.root) }, staged, func(string, time.Time) string { return "HEAD" })
}

// closedSince is closedChanges for the reports among paths as they are in
// the files open gives (read only when a report of a closed period is
// among them): each is compared with the revision onTime gives for it
// and its period's due date, the version it is held to (HEAD for a
// commit; for a merge request, its version as of the due date).
func (a *app) closedSince(l *loaded, open func() (fs.FS, error), paths []string, onTime func(file string, due time.Time) string) diag.List {
	var out diag.List
	plan, today := l.res.Repo.Plan, a.now()
	if plan == nil {
		return out
	}
	due := map[string]model.Period{}
	byRev := map[string][]string{} // the files to compare with each revision
	var revs []string
	for _, p := range paths {
		parts := strings.Split(p, "/")
		if len(parts) != 3 || parts[0] != "reports" || !strings.HasSuffix(parts[2], ".yaml") {
			continue
		}
		for _, per := range plan.Periods {
			if per.ID == parts[1] && !per.Due.IsZero() && today.After(per.Due) {
				due[p] = per
				rev := onTime(p, per.Due)
				if byRev[rev] == nil {
					revs = append(revs, rev)
				}
				byRev[rev] = append(byRev[rev], p)
			}
		}
	}
	if len(revs) == 0 {
		return out
	}
	fsys, err := open()
	if err != nil {
		return out
	}
	tasks := map[string][]string{} // by report file: the tasks whose entries changed, in order
	changed := map[string]bool{}
	for _, rev := range revs {
		changes, err := history.CompareFiles(l.root, rev, fsys, byRev[rev])
		if err != nil {
			return out
		}
		for _, c := range changes {
			// A review is the office's; a file that could not be read is
			// put right as it was asked to be (文件有误 awaiting correction).
			if c.Period == "" || c.Unit == "" || c.Field == history.FieldReview || c.Field == history.FieldUnreadable {
				continue
			}
			file := "reports/" + c.Period + "/" + c.Unit + ".yaml"
			changed[file] = true
			if c.Task != "" && !slices.Contains(tasks[file], c.Task) {
				tasks[file] = append(tasks[file], c.Task)
			}
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

// closedSinceBase is check --base: the working tree's reports of closed
// periods against their versions as of each period's due date along the
// branch: the newest commit since where the branch left rev (their merge
// base) that changed the file on or before the due date, else the merge
// base. A report a unit sent on time on its branch, merged days after the
// due date, is not a closed period changed; one rewritten after it, in a
// commit or in the working tree, is, with the tasks changed since; what
// rev gained after the branch was made (other units' reports, the
// office's edits) is not taken for the branch's changes.
func (a *app) closedSinceBase(l *loaded, rev string) (diag.List, error) {
	base, err := a.verify(l.root, rev)
	if err != nil {
		return diag.List{}, err
	}
	var commits []gitfs.Changed // the branch's own, newest first
	if head, err := gitfs.Verify(l.root, "HEAD"); err == nil {
		if mb, _ := gitfs.MergeBase(l.root, base, head); mb != "" {
			base = mb
		}
		if commits, err = gitfs.History(l.root, base+".."+head, []string{"reports"}); err != nil {
			commits = nil
		}
	}
	paths := make([]string, 0, len(l.res.Repo.Reports))
	for _, r := range l.res.Repo.Reports {
		paths = append(paths, r.File)
	}
	return a.closedSince(l, func() (fs.FS, error) { return workTree(l.root) }, paths, func(file string, due time.Time) string {
		for _, c := range commits {
			if model.FormatDate(c.Date) > model.FormatDate(due) {
				continue
			}
			if slices.ContainsFunc(c.Files, func(f gitfs.FileChange) bool { return f.Path == file }) {
				return c.Hash
			}
		}
		return base
	}), nil
}
