package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"tally/internal/evidence"
	"tally/internal/gitfs"
	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/render"
	"tally/internal/site"
)

type siteOptions struct {
	ledgerOptions
	output     string
	noEvidence bool
}

func (a *app) siteCmd() *cobra.Command {
	var o siteOptions
	c := &cobra.Command{
		Use:   a.t("site -o 目录 [选项]", "site -o DIR [flags]"),
		Short: a.t("生成静态的进展网站（总览、任务、单位、期次页面）", "write a static progress site (overview, task, unit and period pages)"),
		Long: a.t("生成一个可直接用浏览器打开的网站：总览（预警、各部分进度图、排名、未报送单位、各期走势），\n"+
			"每项任务、每个单位、每个期次一页。不需要网络和服务器，可放在共享文件夹中打开。\n"+
			"目录须不存在、为空，或是以前生成的网站；整个网站生成后一次替换，不会删除不是 tally 生成的文件。",
			"Writes a site to open in a browser: an overview (lights, progress by section, ranking, units not submitted,\n"+
				"the trend over the periods) and one page per task, unit and period. It needs no network and no server.\n"+
				"DIR must be missing, empty or a site written before; the site is replaced as a whole, and files tally did not write are never deleted.") + "\n" + a.pathRule(),
		Example:     "  tally site -o 网站\n  tally site --period 2019Q3 --as-of 2019-10-15 -o 三季度网站",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runSite(&o) },
	}
	a.periodFlag(c, &o.period)
	a.asOfFlag(c, &o.asOf)
	c.Flags().StringVarP(&o.output, "output", "o", "", a.t("输出的`目录`", "the `DIR` to write"))
	c.Flags().BoolVar(&o.strict, "strict", false, a.t("数据有错误或警告时不生成", "refuse to run on data with errors or warnings"))
	c.Flags().BoolVar(&o.noEvidence, "no-evidence", false, a.t("不把佐证材料复制到网站中（只列出文件名）", "leave the evidence files out of the site (their names are still listed)"))
	return c
}

func (a *app) runSite(o *siteOptions) error {
	if o.output == "" {
		return usageError("请用 -o 指定输出目录，如 %s site -o 网站", "name the folder to write with -o, such as %s site -o site", a.tallyCmd())
	}
	l, lg, err := a.buildLedger(&o.ledgerOptions)
	if err != nil {
		return err
	}
	// git is asked for the history and the commit (four processes, one
	// after another) while the earlier periods' ledgers are built.
	var commits []site.Commit
	var note, source string
	var git sync.WaitGroup
	git.Go(func() {
		commits, note = a.siteHistory(l)
		source = a.source(l.root)
	})
	ledgers := periodLedgers(l.index, lg)
	git.Wait()
	in := site.Input{Title: l.res.Repo.Plan.Title, Lang: a.lang, Index: l.index, Source: source,
		Ledgers: ledgers, History: commits, HistoryNote: note}
	if !o.noEvidence && a.rev == "" { // a revision holds the data, not the evidence files
		in.Evidence = siteEvidence(l.res.FS())
	}
	// Each page is written as soon as it is rendered.
	built, err := site.BuildTo(o.output, in)
	var foreign *site.ForeignError
	var left *site.LeftError
	switch {
	case errors.As(err, &left):
		// The site is whole; what is left of the old one is said below.
	case errors.As(err, &foreign) && foreign.Link != "":
		return usageError("%s 是符号链接（指向 %s）；网站整体替换时会替换链接本身，因此没有写入。请用 -o 直接给出目标目录", "%s is a symbolic link (to %s); the site is replaced as a whole, which would replace the link, so nothing was written. Give -o the folder itself", o.output, foreign.Link)
	case errors.As(err, &foreign) && foreign.NotDir:
		return usageError("%s 是一个文件，不是目录；请换一个目录", "%s is a file, not a folder; choose a folder", o.output)
	case errors.As(err, &foreign) && foreign.NoMarker:
		return usageError("%s 不是空目录，也不是 tally 生成的网站；请换一个目录，或先清空它", "%s is neither empty nor a site tally wrote; choose another folder or empty it first", o.output)
	case errors.As(err, &foreign):
		return usageError("%s 中有不是 tally 生成的文件 %s；为免误删，没有写入。请移走该文件，或换一个目录", "%s holds %s, which tally did not write; to lose nothing, nothing was written. Move it away or choose another folder", o.output, foreign.File)
	case err != nil:
		return usageError("无法写入 %s：%v", "cannot write %s: %v", o.output, err)
	}
	ev := a.t(fmt.Sprintf("，其中佐证材料 %d 个，共 %s", built.Evidence, model.FormatSize(built.EvidenceBytes)),
		fmt.Sprintf(", of them %s of evidence, %s in all", i18n.Count(built.Evidence, "file", "files"), model.FormatSize(built.EvidenceBytes)))
	switch {
	case in.Evidence == nil:
		ev = a.t("，未含佐证材料", ", without the evidence files")
	case built.Evidence == 0:
		ev = ""
	}
	fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("已生成网站 %s（%d 个文件%s；期次 %s，统计截至 %s），用浏览器打开其中的 index.html", o.output, built.Count, ev, lg.Period.ID, render.AsOf(lg, a.lang)),
		fmt.Sprintf("wrote the site %s (%d files%s; period %s, counted as of %s): open its index.html in a browser", o.output, built.Count, ev, lg.Period.ID, render.AsOf(lg, a.lang))))
	if left != nil {
		fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("注意：旧网站的部分文件无法删除（只读或属于其他用户），留在 %s；新网站已完整生成。请查看后手动删除该目录", left.Dir),
			fmt.Sprintf("note: some of the old site's files could not be deleted (read-only, or another user's) and are left in %s; the new site is whole. Look, then delete that folder yourself", left.Dir)))
	}
	a.warnLeftOut(built.LeftOut)
	a.warnStray(lg)
	return a.dataStatus(l, o.strict)
}

// siteLeftOutShown is how many of the evidence files a site left out the
// warning names.
const siteLeftOutShown = 10

// warnLeftOut names the evidence files cited but not copied because the
// site's evidence reached its limit.
func (a *app) warnLeftOut(left []string) {
	if len(left) == 0 {
		return
	}
	names := left[:min(len(left), siteLeftOutShown)]
	list := render.SafeLine(strings.Join(names, "、"))
	_, limit := model.FormatOver(0, site.MaxEvidenceBytes)
	more, moreEn := "", ""
	if len(left) > len(names) {
		more, moreEn = fmt.Sprintf(" 等 %d 个", len(left)), fmt.Sprintf(" and %d more", len(left)-len(names))
	}
	fmt.Fprintln(a.stderr, a.t(
		fmt.Sprintf("警告：网站中的佐证材料已达上限 %s，以下 %d 个文件没有复制，页面上在其名称后注明“未复制”：%s%s。如需全部发布，请把这些文件另行拷贝，或缩小文件后重新生成", limit, len(left), list, more),
		fmt.Sprintf("warning: the site's evidence reached its limit of %s; %s not copied, marked \"not copied\" on the pages: %s%s. To publish them, copy them separately, or make the files smaller and write the site again", limit, i18n.Count(len(left), "file was", "files were"), render.SafeLine(strings.Join(names, ", ")), moreEn)))
}

// siteEvidence gives the site the evidence files of the working tree that
// pass check's rules (evidence.Inspect), opened through the data root's
// boundary when the site is written.
func siteEvidence(fsys fs.FS) site.Evidence {
	var mu sync.Mutex
	listed := map[string][]fs.DirEntry{} // by folder
	return func(period, unit, name string) (site.EvidenceFile, bool) {
		dir := model.EvidenceDir(period, unit)
		p := dir + "/" + name
		// What check refuses by the name as cited (a folder in it) or by
		// a file before it in the folder that differs only in letter case
		// (R502) is refused here too: the site published both.
		if evidence.NameProblem(name) != evidence.OK {
			return site.EvidenceFile{}, false
		}
		mu.Lock()
		files, ok := listed[dir]
		if !ok {
			files, _ = fs.ReadDir(fsys, dir)
			listed[dir] = files
		}
		mu.Unlock()
		for _, f := range files {
			if f.Name() >= name {
				break
			}
			if strings.EqualFold(f.Name(), name) {
				return site.EvidenceFile{}, false
			}
		}
		f := evidence.Inspect(fsys, p)
		if !f.OK() {
			return site.EvidenceFile{Absent: f.Problem == evidence.Missing}, false
		}
		return site.EvidenceFile{Size: f.Size, Info: f.Info, Open: func() (io.ReadCloser, error) {
			file, _, err := load.Open(fsys, p, model.EvidenceMaxSize)
			return file, err
		}}, true
	}
}

// periodLedgers are the ledgers of every period up to lg's, lg last; each
// earlier one is counted by the one as-of rule with the day lg's figures
// are made on for today (lg.Now: today, or the --as-of date given), so as
// of its own due date once that has passed, with what came in by that
// day: as summary --period counts it on the same day (a site's 2019Q2
// page left out a return made after 2019Q3's due date) — and with every
// report where lg counts every report (--as-of its due date). They are built at
// the same time (a ledger only reads the index).
func periodLedgers(x *model.Index, lg *ledger.Ledger) []*ledger.Ledger {
	n := slices.IndexFunc(x.Repo.Plan.Periods, func(p model.Period) bool { return p.ID == lg.Period.ID })
	if n < 0 {
		n = len(x.Repo.Plan.Periods)
	}
	out := make([]*ledger.Ledger, n+1)
	var wg sync.WaitGroup
	for i, p := range x.Repo.Plan.Periods[:n] {
		wg.Go(func() {
			at := ledger.DecideAsOf(p, time.Time{}, lg.Now)
			at.Running = at.Running && lg.Running // the day is still under way only if lg's is
			// Where lg counts every report (as of its own due date given),
			// so do the earlier pages: a report of theirs sent after that
			// day is carried into lg's figures, and was no 逾期未报 on its
			// own page (probe 16, A2).
			if lg.CountedTo.IsZero() && !lg.Running {
				// lg reads this period's reviews as of its as-of date: so
				// does the page (probe 17: a return made later showed here,
				// while lg carried the report).
				at.Every, at.ReviewsTo = true, lg.AsOf
			}
			out[i] = ledger.Build(x, i, at)
		})
	}
	wg.Wait()
	out[n] = lg
	return out
}

// siteCommit words a commit's changes, one line per unit and task, up to
// site.MaxChanges lines a task; beyond that it only counts them. A change
// of a report's submitted date (sending a draft, sending again) belongs
// to no task, but is part of the history of each task the report speaks
// of, as log --task shows it: tasksOf gives them, from the report as it
// is now.
func (a *app) siteCommit(sc site.Commit, changes []history.Change, tasksOf func(period, unit string) []string) site.Commit {
	sc.More = map[string]int{}
	lines := map[string]int{}
	put := func(task, unit string, cs []history.Change) {
		if lines[task] == site.MaxChanges {
			sc.More[task]++
			return
		}
		lines[task]++
		for _, line := range render.ChangeLines(cs, a.lang) {
			sc.Changes = append(sc.Changes, site.Change{Task: task, Unit: unit, Text: line})
		}
	}
	for i := 0; i < len(changes); {
		j := i
		for j < len(changes) && changes[j].Period == changes[i].Period && changes[j].Unit == changes[i].Unit && changes[j].Task == changes[i].Task {
			j++
		}
		c := changes[i]
		put(c.Task, c.Unit, changes[i:j])
		if c.Task == "" && c.Period != "" && tasksOf != nil {
			sent := slices.IndexFunc(changes[i:j], func(c history.Change) bool { return c.Field == history.FieldSubmitted })
			added := slices.ContainsFunc(changes[i:j], func(c history.Change) bool { return c.Field == history.FieldReport })
			if sent >= 0 && !added {
				for _, task := range tasksOf(c.Period, c.Unit) {
					put(task, c.Unit, changes[i+sent:i+sent+1])
				}
			}
		}
		i = j
	}
	return sc
}

// siteHistoryCommits bounds the history the site shows; tally log shows
// the rest.
const siteHistoryCommits = 500

// siteHistory is the history of the data as `tally log` reads it (from the
// --rev commit when given), worded for the task pages; the note says how
// far it goes or why there is none.
func (a *app) siteHistory(l *loaded) ([]site.Commit, string) {
	opt := history.LogOptions{Max: siteHistoryCommits + 1}
	if a.rev != "" {
		commit, err := gitfs.Verify(l.root, a.rev)
		if err != nil {
			return nil, a.t("无法读取 git 历史。", "The git history could not be read.")
		}
		opt.Rev = commit
	}
	entries, err := history.Log(l.root, opt)
	switch {
	case errors.Is(err, gitfs.ErrNotRepo):
		return nil, a.t("数据不在 git 仓库中，没有修改历史。", "The data is not in a git repository: there is no history.")
	case err != nil:
		return nil, a.t("无法读取 git 历史。", "The git history could not be read.")
	}
	var out []site.Commit
	names := history.NewNamer(l.res.Repo)
	reported := map[string][]string{} // PERIOD/UNIT → the ids of the tasks its report speaks of now
	for _, r := range l.res.Repo.Reports {
		for _, e := range r.Entries {
			if t := l.index.Task(e.Task); t != nil {
				reported[r.Dir+"/"+r.Base] = append(reported[r.Dir+"/"+r.Base], t.ID)
			}
		}
	}
	tasksOf := func(period, unit string) []string { return reported[period+"/"+unit] }
	for _, e := range entries[:min(len(entries), siteHistoryCommits)] {
		names.Name(e.Changes)
		out = append(out, a.siteCommit(site.Commit{Hash: e.Commit, Date: e.Date, Author: e.Author, Message: e.Message}, e.Changes, tasksOf))
	}
	if len(entries) > siteHistoryCommits {
		return out, a.t(fmt.Sprintf("只列最近 %d 个改动数据的提交；更早的用 %s log 查看。", siteHistoryCommits, a.tallyCmd()),
			fmt.Sprintf("Only the latest %d commits that changed the data; %s log shows the earlier ones.", siteHistoryCommits, a.tallyCmd()))
	}
	return out, ""
}
