package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/gitfs"
	"tally/internal/history"
	"tally/internal/model"
	"tally/internal/render"
)

type logOptions struct {
	task, unit, period string
	n                  int
	format             string
}

type logEntryJSON struct {
	Commit  string           `json:"commit"`
	Date    string           `json:"date"`
	Author  string           `json:"author"`
	Message string           `json:"message"`
	Changes []history.Change `json:"changes"`
}

func (a *app) logCmd() *cobra.Command {
	var o logOptions
	c := &cobra.Command{
		Use:   a.t("log [选项]", "log [flags]"),
		Short: a.t("按提交列出进展的历史", "progress history, commit by commit"),
		Long: a.t("从新到旧列出改动过数据的每个提交（编号、日期、作者、说明）及其中进展的变化，可按任务、单位、期次筛选。",
			"Lists, newest first, each commit that changed the data (hash, date, author, message) with the progress it changed;\n"+
				"--task, --unit and --period narrow it down."),
		Example:     "  tally log\n  tally log --task 16\n  tally log --unit chikan-org -n 5",
		Args:        a.noArgs,
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runLog(&o) },
	}
	a.formatFlag(c, &o.format, "table|json|csv|md")
	c.Flags().StringVar(&o.task, "task", "", a.t("只看某项任务", "only this `TASK`"))
	c.Flags().StringVar(&o.unit, "unit", "", a.t("只看某个单位", "only this `UNIT`"))
	c.Flags().StringVar(&o.period, "period", "", a.t("只看某个期次", "only this `PERIOD`"))
	c.Flags().IntVarP(&o.n, "max-count", "n", 0, a.t("最多列出 `N` 个提交", "show at most `N` commits"))
	return c
}

func (a *app) runLog(o *logOptions) error {
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	if o.n < 0 {
		return usage("-n 不能是负数", "-n cannot be negative")
	}
	root, err := a.root()
	if err != nil {
		return err
	}
	commits, err := gitfs.Log(root, 0)
	switch {
	case errors.Is(err, gitfs.ErrNotRepo):
		return usage("%s 不在 git 仓库中，没有历史可看", "%s is not in a git repository: there is no history", root)
	case err != nil:
		return usage("无法读取 git 历史：%v", "cannot read the git history: %v", err)
	}
	// Each commit is read once, though it is the parent of the next.
	cache := map[string]*model.Repo{}
	repoAt := func(hash string) (*model.Repo, error) {
		if hash == "" {
			return nil, nil
		}
		if r, ok := cache[hash]; ok {
			return r, nil
		}
		fsys, err := gitfs.Snapshot(root, hash)
		if err != nil {
			return nil, err
		}
		r := a.loadFS(root, fsys).res.Repo
		cache[hash] = r
		return r, nil
	}
	out := []logEntryJSON{}
	for _, c := range commits {
		if o.n > 0 && len(out) >= o.n {
			break
		}
		after, err := repoAt(c.Hash)
		if err != nil {
			return usage("无法读取提交 %s：%v", "cannot read commit %s: %v", c.Hash[:12], err)
		}
		before, err := repoAt(c.Parent)
		if err != nil {
			return usage("无法读取提交 %s：%v", "cannot read commit %s: %v", c.Parent[:12], err)
		}
		delete(cache, c.Hash) // walking back, a commit is needed only as the next one's parent
		changes := history.Filter(history.Diff(before, after), o.task, o.unit, o.period)
		if len(changes) == 0 {
			continue
		}
		out = append(out, logEntryJSON{Commit: c.Hash, Date: c.Date.Format("2006-01-02 15:04"), Author: c.Author, Message: c.Message, Changes: changes})
	}
	switch f {
	case render.FormatJSON:
		return render.JSON(a.stdout, out)
	case render.FormatCSV, render.FormatMD:
		// One row per changed field, with its commit.
		t := &render.Table{Head: []string{a.t("提交", "Commit"), a.t("日期", "Date"), a.t("作者", "Author"), a.t("说明", "Message"),
			a.t("期次", "Period"), a.t("单位", "Unit"), a.t("任务", "Task"), a.t("字段", "Field"), a.t("原值", "From"), a.t("新值", "To")}}
		for _, e := range out {
			for _, c := range e.Changes {
				t.Rows = append(t.Rows, []string{e.Commit[:12], e.Date, e.Author, e.Message, c.Period, c.Unit, c.Task,
					fieldLabel(c.Field, a.lang), c.From, c.To})
			}
		}
		return t.Write(a.stdout, f)
	}
	if len(out) == 0 {
		fmt.Fprintln(a.stdout, a.t("没有相关的提交。", "No matching commits."))
		return nil
	}
	var b strings.Builder
	for i, e := range out {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s  %s  %s\n    %s\n", e.Commit[:12], e.Date, e.Author, e.Message)
		for _, line := range a.changeLines(e.Changes) {
			b.WriteString("  " + line + "\n")
		}
	}
	_, err = fmt.Fprint(a.stdout, b.String())
	return err
}

// changeLines groups changes by (period, unit, task) into one line each:
// "2019Q2 chikan-org 任务 16：状态 推进中 → 已完成；进度 55% → 100%".
func (a *app) changeLines(changes []history.Change) []string {
	var lines []string
	for i := 0; i < len(changes); {
		j := i
		c := changes[i]
		var parts []string
		for j < len(changes) && changes[j].Period == c.Period && changes[j].Unit == c.Unit && changes[j].Task == c.Task {
			d := changes[j]
			label := fieldLabel(d.Field, a.lang)
			switch {
			case isWhole(d.Field) && d.From == "":
				parts = append(parts, a.t("新增", "added ")+label+" "+d.To)
			case isWhole(d.Field) && d.To == "":
				parts = append(parts, a.t("删除", "removed ")+label+" "+d.From)
			default:
				parts = append(parts, fmt.Sprintf("%s %s → %s", label, clipText(a.valueLabel(d.Field, d.From)), clipText(a.valueLabel(d.Field, d.To))))
			}
			j++
		}
		var where []string
		for _, w := range []string{c.Period, c.Unit} {
			if w != "" {
				where = append(where, w)
			}
		}
		if c.Task != "" {
			where = append(where, a.t("任务 ", "task ")+c.Task)
		}
		lines = append(lines, strings.Join(where, " ")+a.t("：", ": ")+strings.Join(parts, a.t("；", "; ")))
		i = j
	}
	return lines
}

// isWhole reports whether a field stands for a whole thing added or removed.
func isWhole(field string) bool {
	return field == history.FieldTask || field == history.FieldUnit || field == history.FieldReport
}

func clipText(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\n", " ")
	if r := []rune(s); len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}
