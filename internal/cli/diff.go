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
	"tally/internal/model"
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
			"状态、进度、进展情况、存在问题、下步计划、指标数值、报送日期，以及新增或删除的任务、单位和报送；\n"+
			"清单本身的改动：任务的责任单位、牵头单位、完成时限、时间节点，单位编号、别名和所属分组，期次；\n"+
			"办公室的审核（通过、退回及理由、重新报送期限、延期决定）和佐证材料文件的增删改。\n"+
			"--format md 写成合并请求的评论（Markdown）：按报送（期次、单位名称）列出变化的任务，文字原样显示。",
			"Compares the data of two git revisions (default: HEAD and the working tree) and lists, per period, unit and task,\n"+
				"the fields that changed: status, progress, summary, problems, next steps, values, submitted date; and tasks, units\n"+
				"and reports added or removed; the list's own changes: a task's owners, lead, due date and milestones, a unit's\n"+
				"id, aliases and groups, the periods; the office's reviews (accepted, returned with reasons, deadline, extension\n"+
				"decisions) and the evidence files added, changed or removed.\n"+
				"--format md writes a merge request's review comment (Markdown): per report (period, unit name) the tasks\n"+
				"that changed, with the text as written."),
		Example:     "  tally diff\n  tally diff HEAD~3\n  tally diff v2019Q2 v2019Q3 --format json\n  tally diff --format md origin/main HEAD > comment.md",
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
	changes, commits, err := a.compare(root, args)
	if err != nil {
		return err
	}
	changes = history.Filter(changes, "", "", strings.TrimSpace(o.period))
	history.Names(changes, a.newerOutline(root, commits))
	if f == render.FormatMD {
		return a.diffComment(root, args, commits, changes)
	}
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

// diffComment writes the comparison as a merge request's review comment,
// naming units and tasks as the newer side has them (the older for what
// it removed).
func (a *app) diffComment(root string, revs, commits []string, changes []history.Change) error {
	if len(revs) == 0 {
		revs = []string{"HEAD"}
	}
	from := render.Revision{Name: revs[0], Commit: commits[0]}
	to := render.Revision{}
	var sides []*model.Repo
	if len(commits) == 2 {
		to = render.Revision{Name: revs[1], Commit: commits[1]}
	} else if tree, err := workTree(root); err == nil {
		sides = append(sides, load.Outline(tree))
	}
	for i := len(commits) - 1; i >= 0; i-- {
		outline, err := history.Outline(root, commits[i])
		if err != nil {
			return usageError("无法读取 git 历史：%v", "cannot read the git history: %v", err)
		}
		sides = append(sides, outline)
	}
	return render.DiffComment(a.stdout, from, to, changes, render.NamesOf(sides...), a.lang)
}

// compare lists the changes between two revisions, or between one
// (default HEAD) and the working tree, with the commits compared.
func (a *app) compare(root string, revs []string) ([]history.Change, []string, error) {
	if len(revs) == 0 {
		revs = []string{"HEAD"}
	}
	var commits []string
	for _, rev := range revs {
		c, err := a.verify(root, rev)
		if err != nil {
			return nil, nil, err
		}
		commits = append(commits, c)
	}
	var changes []history.Change
	var err error
	if len(commits) == 1 {
		var tree fs.FS
		if tree, err = workTree(root); err != nil {
			return nil, nil, err
		}
		changes, err = history.CompareWorktree(root, commits[0], tree)
	} else {
		changes, err = history.Compare(root, commits[0], commits[1])
	}
	var oe *gitfs.ObjectError
	if errors.As(err, &oe) {
		return nil, nil, objectError("", oe)
	}
	if err != nil {
		return nil, nil, usageError("无法读取 git 历史：%v", "cannot read the git history: %v", err)
	}
	return changes, commits, nil
}

// newerOutline is the units and tasks of the newer side of a comparison
// (the working tree, or the second commit): the names diff shows.
func (a *app) newerOutline(root string, commits []string) *model.Repo {
	if len(commits) == 2 {
		if o, err := history.Outline(root, commits[1]); err == nil {
			return o
		}
		return nil
	}
	return outlineNow(root)
}

// outlineNow reads units.yaml and tasks/ as they are in the working tree:
// the names history shows for the units and tasks it speaks of by id.
func outlineNow(root string) *model.Repo {
	tree, err := workTree(root)
	if err != nil {
		return nil
	}
	return load.Outline(tree)
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
