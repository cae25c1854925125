package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing/fstest"

	"github.com/spf13/cobra"

	"tally/internal/atomicfile"
	"tally/internal/i18n"
	"tally/internal/load"
	"tally/internal/model"
	"tally/internal/notice"
	"tally/internal/render"
	"tally/internal/schema"
)

type importOptions struct {
	force, dryRun bool
	format        string
	units         string
}

func (a *app) importCmd() *cobra.Command {
	var o importOptions
	c := &cobra.Command{
		Use:   a.t("import 通知文件 [选项]", "import NOTICE [flags]"),
		Short: a.t("从通知（.txt 或 .docx）导入任务清单", "import a task list from a notice (.txt or .docx)"),
		Long: a.t("读取印发任务清单的通知（UTF-8、GB18030 或 UTF-16 编码的 .txt，.docx，或从浏览器保存的网页 .htm/.html），写出 tasks/ 下每项任务一个文件：\n"+
			"标题、原文、责任单位（分开列出，共用的前缀补全）、牵头单位、责任领导、完成时限和时间节点。\n"+
			"认得“一、”“（一）”“1.”各级编号，括号内或后续行的牵头单位、配合单位、责任单位、责任领导、完成时限，\n"+
			"以及表格（.docx 表格；制表符或“|”分隔的文本；每格一行、以“ |”结尾的文本）。\n"+
			"在还没有 plan.yaml 的目录（或空目录）中运行时，新建数据目录（plan.yaml、units.yaml 等）。\n"+
			"已有的任务文件内容不同时不覆盖，除非加 --force；plan.yaml 已存在时不改动它。\n"+
			"最后报告读到的部分和任务、每项的责任单位、牵头单位、责任领导和时限来自哪里、需核对之处（带行号）、无法归类的行\n"+
			"和 units.yaml 中没有的单位；--dry-run 先以表格列出任务，不写文件；--format json 以 JSON 逐项列出同样的内容。",
			"Reads the notice that issued a task list (a .txt in UTF-8, GB18030 or UTF-16, a .docx, or a web page saved from a browser as .htm/.html) and writes one file per task under tasks/:\n"+
				"title, text, owners (split, shared prefixes filled in), leads, leaders, due date and milestones.\n"+
				"It reads 一、/（一）/1. numbering, lead, partner and responsible units, leaders and time limits in parentheses or on\n"+
				"following lines, and tables (.docx tables; text split by tabs or |; one cell per line ending in \" |\").\n"+
				"In a folder with no plan.yaml (or an empty one) it starts a data repository (plan.yaml, units.yaml, …).\n"+
				"Task files that differ are not overwritten without --force; an existing plan.yaml is left alone.\n"+
				"It ends with an account: sections and tasks, where each task's owners, lead, leaders and due came from, what to\n"+
				"check (with line numbers), lines it could not place, and owners units.yaml does not know; --dry-run lists the\n"+
				"tasks as a table and writes nothing; --format json gives the same, task by task, as JSON.") + "\n" + a.pathRule(),
		Example:     "  tally import 通知.docx --dry-run\n  tally import seeds/通知.txt --force",
		Annotations: map[string]string{"exit": a.exitText(true)},
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError("请给出一个通知文件，如 %s import 通知.docx", "name one notice file, such as %s import notice.docx", a.tallyCmd())
			}
			return a.runImport(&o, args[0])
		},
	}
	c.Flags().BoolVar(&o.force, "force", false, a.t("覆盖内容不同的任务文件", "overwrite task files that differ"))
	c.Flags().BoolVar(&o.dryRun, "dry-run", false, a.t("以表格列出读到的任务和将写入的文件，不写文件", "list the tasks read and the files it would write, as a table; write nothing"))
	c.Flags().StringVar(&o.units, "units", "", a.t("新建数据目录时沿用这份 `units.yaml` 中的单位编号、分组和单位的起止期次（按名称和别名对应）；不给时按目录中已写好的 units.yaml 对应，不改写它；已有数据目录按其自己的 units.yaml",
		"for a new data repository, reuse the unit ids, groups and units' first and last periods of this `units.yaml` (matched by name and alias); without it, owners are matched against a units.yaml already in the folder, which is left as it is; an existing one uses its own"))
	a.formatFlag(c, &o.format, "table|json")
	return c
}

// noticeLimit is the largest notice file tally reads: a .docx with its
// pictures (notice.Decode holds a text file to less).
const noticeLimit = notice.MaxDocxSize

// readNotice decodes and parses a notice file (a regular file only: never
// a pipe or a device, which would hang the read).
func (a *app) readNotice(file string) (*notice.Notice, []byte, error) {
	if strings.TrimSpace(file) == "" {
		return nil, nil, usageError("请给出通知文件（.txt 或 .docx）", "name the notice file (.txt or .docx)")
	}
	data, err := load.ReadPath(file, noticeLimit)
	if err != nil {
		why := load.Refusal(err)
		name := file
		if abs, err := filepath.Abs(file); err == nil && a.dir != "" && !filepath.IsAbs(file) {
			// -C names the data; the notice's path is the working
			// directory's, and the message says where that led (walk 11).
			name = file + "（" + abs + "）"
			return nil, nil, &Error{Code: ExitUsage, Msg: i18n.T("无法读取通知 "+name+"："+why.Zh+"。通知的路径相对当前目录，不是 -C 的目录",
				"cannot read the notice "+file+" ("+abs+"): "+why.En+". A notice's path is relative to the current directory, not to -C's")}
		}
		return nil, nil, &Error{Code: ExitUsage, Msg: i18n.T("无法读取通知 "+name+"："+why.Zh, "cannot read the notice "+name+": "+why.En)}
	}
	doc, err := notice.DecodeDoc(file, data)
	if err != nil {
		why := i18n.T(err.Error(), err.Error())
		if nt, ok := errors.AsType[*notice.NotTextError](err); ok {
			why = nt.Why
		}
		return nil, nil, &Error{Code: ExitUsage, Msg: i18n.T(
			file+" 不是可读取的通知："+why.Zh+"。需要 UTF-8、GB18030 或 UTF-16（记事本的“Unicode”）编码的文本文件，或 .docx 文件",
			file+" is not a notice tally can read: "+why.En+". It takes a text file in UTF-8, GB18030 or UTF-16 (Notepad's \"Unicode\"), or a .docx")}
	}
	n := notice.ParseDoc(doc, a.now())
	if len(n.Tasks) == 0 && len(n.Unread) > 0 {
		// Lines that look like tasks but were read as none: where they
		// are, so that the user sees what the import could not read.
		var zh, en []string
		for _, s := range n.Unread {
			w := n.SpanText(s)
			zh, en = append(zh, w.Zh+s.Text.Zh), append(en, w.En+" were "+s.Text.En)
		}
		return nil, nil, &Error{Code: ExitUsage, Msg: i18n.T(
			fmt.Sprintf("在 %s 中没有读出任务：%s。tally 认不出这份通知的版式，请把这些任务整理成“1.”开头、写明责任单位的段落或表格行后再导入", file, strings.Join(zh, "；")),
			fmt.Sprintf("read no task in %s: %s. tally does not know this notice's layout: put those tasks as paragraphs or table rows starting 1. that name who is responsible, and import again", file, strings.Join(en, "; ")))}
	}
	if len(n.Tasks) == 0 {
		return nil, nil, usageError("在 %s 中没有找到编号的任务（如“1.”“1、”“（1）”或“一、”开头、写明责任单位的段落或表格行）；这不像任务清单通知，"+
			"或者任务清单是没有附上的附件",
			"no numbered tasks (paragraphs or table rows starting 1. 1、 （1） or 一、 that name who is responsible) in %s: "+
				"this does not look like a task-list notice, or its list is an attachment not given", file)
	}
	return n, data, nil
}

// planned is a file import or init would write.
type planned struct {
	path    string // relative to the target folder
	content []byte
}

func (a *app) runImport(o *importOptions, file string) error {
	n, data, err := a.readNotice(file)
	if err != nil {
		return err
	}
	dir, fresh, err := a.importTarget()
	if err != nil {
		return err
	}
	known, err := a.importUnits(o.units, dir, fresh)
	if err != nil {
		return err
	}
	var files []planned
	if fresh {
		files = newRepoFiles(dir, file, data, n, known)
	} else {
		files = taskFiles(n, existingTasks(dir))
	}
	f, err := a.parseFormat(o.format, render.FormatTable, render.FormatJSON)
	if err != nil {
		return err
	}
	if f == render.FormatJSON {
		// Every task with where its values came from and what to check.
		if err := render.Import(a.stdout, n, fresh, a.reusedJSON(n, known), a.lang); err != nil {
			return err
		}
	}
	if o.dryRun && f == render.FormatJSON {
		a.reportImport(dir, n, fresh, o.dryRun, known, a.tallyCmd())
		return nil
	}
	if o.dryRun {
		if err := render.ImportTable(n, a.lang).Write(a.stdout, render.FormatTable); err != nil {
			return err
		}
	}
	if err := a.writePlanned(dir, files, o.force, o.dryRun, true); err != nil {
		return err
	}
	a.reportImport(dir, n, fresh, o.dryRun, known, a.tallyCmd())
	return nil
}

// taskFiles are the task files of a notice. A task whose id names a file
// already in tasks/ under another spelling (1 and 01 are one task) goes to
// that file, so that import never puts 1.yaml beside 01.yaml.
func taskFiles(n *notice.Notice, existing map[string]string) []planned {
	var files []planned
	for _, t := range n.Tasks {
		name := notice.TaskFileName(t)
		if have, ok := existing[model.TaskKey(t.ID)]; ok {
			name = "tasks/" + have
		}
		files = append(files, planned{name, []byte(notice.TaskFile(t))})
	}
	return files
}

// existingTasks maps the key of each task file in dir/tasks to its name.
func existingTasks(dir string) map[string]string {
	out := map[string]string{}
	entries, _ := os.ReadDir(filepath.Join(dir, "tasks"))
	for _, e := range entries {
		if id, ok := strings.CutSuffix(e.Name(), ".yaml"); ok && !e.IsDir() {
			out[model.TaskKey(id)] = e.Name()
		}
	}
	return out
}

// importTarget is the data root, or, where there is none, the folder to
// start one in (-C or the working directory). An empty folder is always
// a new one: import never climbs from it into a data root above; nor
// from a folder holding its own units.yaml.
func (a *app) importTarget() (string, bool, error) {
	dir := a.dir
	if dir == "" {
		dir = "."
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false, usageError("目录 %s 无效：%v", "bad directory %s: %v", dir, err)
	}
	if !emptyDir(abs) {
		if root, err := a.root(); err == nil {
			// A folder of its own beside a data folder's data, holding
			// the units.yaml the office wrote first, is the new ledger
			// that units.yaml is for, as init --from makes it there
			// (probe 13: the import climbed into the data folder above
			// and offered to overwrite its tasks).
			if _, err := os.Lstat(filepath.Join(abs, "units.yaml")); err == nil && root != abs {
				if inside, _ := insideData(abs); inside == "" {
					return abs, true, nil
				}
			}
			return root, false, nil
		}
	}
	return abs, true, nil
}

// emptyDir reports whether dir is missing or holds nothing but hidden
// entries (such as .git).
func emptyDir(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return errors.Is(err, os.ErrNotExist)
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			return false
		}
	}
	return true
}

// newRepoFiles are the files of a new data repository started from a notice.
func newRepoFiles(dir, noticePath string, data []byte, n *notice.Notice, r *reuse) []planned {
	source := ""
	if abs, err := filepath.Abs(noticePath); err == nil {
		if rel, err := filepath.Rel(dir, abs); err == nil && !strings.HasPrefix(rel, "..") {
			source = filepath.ToSlash(rel)
		}
	}
	var files []planned
	if source == "" {
		name := atomicfile.CleanName(filepath.Base(noticePath))
		if name == "" {
			name = "notice"
		}
		source = "seeds/" + name
		files = append(files, planned{source, data})
	}
	files = append(files, planned{"plan.yaml", []byte(notice.PlanFile(n, source))})
	if r == nil || !r.own {
		known, bounds := r.forNotice(n)
		files = append(files, planned{"units.yaml", []byte(boundUnitsFile(notice.UnitsFile(n.Owners(), known), bounds))})
	}
	files = append(files, taskFiles(n, nil)...)
	return append(files, scaffold()...)
}

// scaffold is what every new data repository has besides its data: the
// schemas report templates point to, and git settings.
func scaffold() []planned {
	var files []planned
	for _, kind := range schema.Kinds {
		b, _ := schema.Get(kind)
		files = append(files, planned{"schema/" + kind + ".schema.json", b})
	}
	return append(files, []planned{
		{"reports/.gitkeep", nil},
		{".gitignore", []byte("# Excel 打开文件时的临时文件，tally 写文件时的临时文件\n~$*\n.*.tmp-*\n")},
		{".gitattributes", []byte("*.yaml text eol=lf\n# git diff 按任务显示报送的变化：git config diff.tally.textconv \"tally diff --textconv\"\n" + reportsDiff + "\n")},
	}...)
}

// writePlanned writes files under dir: new ones always, changed ones only
// with force; unchanged ones are left as they are. With dryRun it prints
// what it would do instead.
//
// canForce says whether the command takes --force (import does, init does
// not: a folder with other files in it is not one to start a data folder
// in).
func (a *app) writePlanned(dir string, files []planned, force, dryRun, canForce bool) error {
	if !dryRun {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return usageError("无法创建目录 %s：%v", "cannot create the folder %s: %v", dir, err)
		}
	}
	state, conflicts, olds, err := planStates(dir, files)
	if err != nil {
		return err
	}
	if dryRun {
		for i, f := range files {
			label := map[string]string{"new": a.t("新建", "new"), "same": a.t("不变", "unchanged"), "changed": a.t("覆盖", "overwrite")}[state[i]]
			switch {
			case state[i] == "changed" && !canForce:
				label = a.t("已存在，内容不同：不会写入", "exists with other content: not written")
			case state[i] == "changed" && !force:
				label = a.t("内容不同（需 --force）", "differs (needs --force)")
			}
			fmt.Fprintf(a.stdout, a.t("==> %s（%s）\n", "==> %s (%s)\n"), f.path, label)
			if state[i] == "changed" {
				// What differs, field by field: a clerk re-importing a
				// notice saw 内容不同 on every task and no word of what
				// (walk 11).
				for _, d := range fileDiff(dir, f.path, olds[i], f.content, canForce) {
					fmt.Fprintf(a.stdout, "    %s\n", a.t(d.Zh, d.En))
				}
			}
		}
		fmt.Fprintln(a.stderr, a.t("预览：未写入任何文件；去掉 --dry-run 即按上表写入。", "preview: nothing was written; run it without --dry-run to write the above."))
		return nil
	}
	if len(conflicts) > 0 && !force {
		var zh, en []string
		for i, f := range files {
			if state[i] != "changed" {
				continue
			}
			zh, en = append(zh, f.path), append(en, f.path)
			for _, d := range fileDiff(dir, f.path, olds[i], f.content, canForce) {
				zh, en = append(zh, "    "+d.Zh), append(en, "    "+d.En)
			}
		}
		if !canForce {
			return &Error{Code: ExitUsage, Msg: i18n.T("以下文件已存在且内容不同，未写入任何文件；请在空目录中新建数据目录：\n  "+strings.Join(zh, "\n  "),
				"these files exist with other content, so nothing was written; make the data folder in an empty folder:\n  "+strings.Join(en, "\n  "))}
		}
		return &Error{Code: ExitUsage, Msg: i18n.T("以下文件已存在且内容不同，未写入任何文件；确认要覆盖时加 --force：\n  "+strings.Join(zh, "\n  "),
			"these files exist with other content, so nothing was written; add --force to overwrite them:\n  "+strings.Join(en, "\n  "))}
	}
	written := 0
	for i, f := range files {
		if state[i] == "same" {
			continue
		}
		// A file that was not there is created only if it still is not:
		// another run may have written it since it was compared.
		if err := writeInRoot(dir, filepath.FromSlash(f.path), 0o644, state[i] == "changed", i18n.F(
			"%s 在比较之后被别的程序写入了，未覆盖；请重新运行以比较", "%s was written by something else after it was compared, and was kept; run this again to compare", f.path), f.content); err != nil {
			return err
		}
		written++
	}
	fmt.Fprintln(a.stderr, a.t(fmt.Sprintf("写入 %d 个文件，%d 个不变（%s）", written, len(files)-written, dir),
		fmt.Sprintf("wrote %d files, %d unchanged (%s)", written, len(files)-written, dir)))
	return nil
}

// planStates says of each planned file whether it is new, the same as on
// disk, or changed (those are the conflicts, which need --force). Files
// are read through the folder's root: no link leads a read outside.
func planStates(dir string, files []planned) (state, conflicts []string, olds [][]byte, err error) {
	state, olds = make([]string, len(files)), make([][]byte, len(files))
	var root fs.FS = fstest.MapFS{} // a folder not made yet holds nothing
	if info, err := os.Stat(dir); err == nil && info.IsDir() {
		if root, err = workTree(dir); err != nil {
			return nil, nil, nil, err
		}
	}
	for i, f := range files {
		// Bounded and regular files only: a FIFO or a device in tasks/
		// cannot hang the comparison or fill memory.
		old, err := load.Read(root, f.path, max(load.MaxFileSize, int64(len(f.content))))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			state[i] = "new"
		case err != nil:
			why := load.Refusal(err)
			return nil, nil, nil, &Error{Code: ExitUsage, Msg: i18n.T("无法读取已有的 "+f.path+"："+why.Zh+"；未写入任何文件",
				"cannot read the existing "+f.path+": "+why.En+"; nothing was written")}
		case bytes.Equal(old, f.content):
			state[i] = "same"
		default:
			state[i], olds[i] = "changed", old
			conflicts = append(conflicts, f.path)
		}
	}
	return state, conflicts, olds, nil
}

// reportImport gives the account of an import, and what the existing
// repository does not know: owner names, sections, a different title.
// The repository is loaded, not checked: only its registry and plan are
// needed.
func (a *app) reportImport(dir string, n *notice.Notice, fresh, dryRun bool, r *reuse, tally string) {
	fmt.Fprint(a.stderr, render.ImportAccount(n, fresh, a.lang))
	if fresh && r != nil {
		a.reuseAccount(n, r, dryRun)
	}
	if fresh && dryRun {
		return
	}
	if fresh && r != nil && r.own {
		fmt.Fprintln(a.stderr, a.t("下一步：运行 "+tally+" check。", "next: run "+tally+" check."))
		return
	}
	if fresh {
		fmt.Fprintln(a.stderr, a.t("下一步：把 units.yaml 中的单位改成实际单位和分组，然后运行 "+tally+" check。",
			"next: turn units.yaml's entries into the real units and groups, then run "+tally+" check."))
		return
	}
	root, err := workTree(dir)
	if err != nil {
		return
	}
	res := load.Load(root)
	if res.Repo.Units == nil {
		a.fileErrors(res, "units.yaml", i18n.T("units.yaml 有错误，读不出来，无法对照各项任务的责任单位；请先改正：",
			"units.yaml has errors and cannot be read, so the tasks' owners cannot be matched against it; fix it first:"))
	}
	reg := model.NewIndex(res.Repo).Registry
	var unknown []string
	for _, o := range n.Owners() {
		if _, err := reg.Resolve(o); err != nil {
			unknown = append(unknown, o)
		}
	}
	sort.Strings(unknown)
	if len(unknown) > 0 && res.Repo.Units != nil {
		fmt.Fprintln(a.stderr, a.t("以下责任单位在 units.yaml 中找不到，请登记（可作为单位或分组的别名）：",
			"units.yaml does not know these owners; register them (an alias will do):"))
		for _, u := range unknown {
			fmt.Fprintln(a.stderr, "  "+render.Safe(u))
		}
	}
	if p := res.Repo.Plan; p != nil {
		a.planNotes(p, n)
	} else {
		a.fileErrors(res, "plan.yaml", i18n.T("plan.yaml 有错误，读不出来，无法与通知对照标题和各部分；请先改正：",
			"plan.yaml has errors and cannot be read, so its title and sections cannot be compared with the notice's; fix it first:"))
	}
}

// planNotes says where an existing plan.yaml differs from the notice.
func (a *app) planNotes(p *model.Plan, n *notice.Notice) {
	if n.ListTitle != "" && p.Title != n.ListTitle {
		fmt.Fprintln(a.stderr, a.t("注意：plan.yaml 的 title 与通知不同，未改动 plan.yaml："+render.Safe(n.ListTitle),
			"note: plan.yaml's title differs from the notice's; plan.yaml was left alone: "+render.Safe(n.ListTitle)))
	}
	sections := map[string]bool{}
	for _, s := range p.Sections {
		sections[s.ID] = true
	}
	for _, s := range n.Sections {
		if !sections[s.ID] {
			id, title := render.Safe(s.ID), render.Safe(s.Title)
			fmt.Fprintln(a.stderr, a.t("注意：plan.yaml 中没有第“"+id+"”部分（"+title+"），请补上",
				"note: plan.yaml has no section "+id+" ("+title+"); add it"))
		}
	}
}
