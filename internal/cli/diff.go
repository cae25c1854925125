package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/spf13/cobra"

	"tally/internal/gitfs"
	"tally/internal/history"
	"tally/internal/load"
	"tally/internal/render"
)

type diffOptions struct {
	period   string
	format   string
	textconv bool
}

func (a *app) diffCmd() *cobra.Command {
	var o diffOptions
	c := &cobra.Command{
		Use:   a.t("diff [版本1 [版本2]]", "diff [REV1 [REV2]]"),
		Short: a.t("两个版本之间进展的变化：按任务、单位、字段列出", "what changed in progress between two revisions, by task, unit and field"),
		Long: a.t("比较两个 git 版本（默认：HEAD 与当前工作区）的数据，列出每个期次、单位、任务中变化的字段：\n"+
			"状态、进度、进展情况、存在问题、下步计划、指标数值、报送日期，以及新增或删除的任务、单位和报送。",
			"Compares the data of two git revisions (default: HEAD and the working tree) and lists, per period, unit and task,\n"+
				"the fields that changed: status, progress, summary, problems, next steps, values, submitted date; and tasks, units\n"+
				"and reports added or removed."),
		Example:     "  tally diff\n  tally diff HEAD~3\n  tally diff v2019Q2 v2019Q3 --format json",
		Annotations: map[string]string{"exit": a.exitText(false)},
		RunE:        func(c *cobra.Command, args []string) error { return a.runDiff(&o, args) },
	}
	a.formatFlag(c, &o.format, "table|json|csv|md")
	c.Flags().StringVar(&o.period, "period", "", a.t("只看某个期次", "only this `PERIOD`"))
	c.Flags().BoolVar(&o.textconv, "textconv", false, a.t("把一份报送文件写成便于比较的文字（供 git diff 使用）", "print one report FILE as readable text, for git diff's textconv"))
	return c
}

func (a *app) runDiff(o *diffOptions, args []string) error {
	if o.textconv {
		return a.runTextconv(args)
	}
	if len(args) > 2 {
		return usageError("diff 最多接受两个版本", "diff takes at most two revisions")
	}
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON, render.FormatCSV, render.FormatMD)
	if err != nil {
		return err
	}
	root, err := a.root()
	if err != nil {
		return err
	}
	if o.period != "" {
		if o.period, err = a.knownPeriod(root, o.period); err != nil {
			return err
		}
	}
	changes, err := a.compare(root, args)
	if err != nil {
		return err
	}
	changes = history.Filter(changes, "", "", strings.TrimSpace(o.period))
	if f == render.FormatJSON {
		if changes == nil {
			changes = []history.Change{}
		}
		return render.JSON(a.stdout, changes)
	}
	if f == render.FormatTable && len(changes) == 0 {
		fmt.Fprintln(a.stdout, a.t("没有变化。", "No changes."))
		return nil
	}
	return render.DiffTable(changes, a.lang).Write(a.stdout, f)
}

// compare lists the changes between two revisions, or between one
// (default HEAD) and the working tree.
func (a *app) compare(root string, revs []string) ([]history.Change, error) {
	if len(revs) == 0 {
		revs = []string{"HEAD"}
	}
	var commits []string
	for _, rev := range revs {
		c, err := a.verify(root, rev)
		if err != nil {
			return nil, err
		}
		commits = append(commits, c)
	}
	var changes []history.Change
	var err error
	if len(commits) == 1 {
		var tree fs.FS
		if tree, err = workTree(root); err != nil {
			return nil, err
		}
		changes, err = history.CompareWorktree(root, commits[0], tree)
	} else {
		changes, err = history.Compare(root, commits[0], commits[1])
	}
	var oe *gitfs.ObjectError
	if errors.As(err, &oe) {
		return nil, objectError("", oe)
	}
	if err != nil {
		return nil, usageError("无法读取 git 历史：%v", "cannot read the git history: %v", err)
	}
	return changes, nil
}

// knownPeriod checks a --period against plan.yaml as it is now, and
// returns it as plan.yaml spells it.
func (a *app) knownPeriod(root, id string) (string, error) {
	tree, err := workTree(root)
	if err != nil {
		return "", err
	}
	return a.periodIn(load.Outline(tree).Plan, strings.TrimSpace(id))
}
