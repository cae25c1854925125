// Package load reads a data repository from an fs.FS (the working tree or a
// git revision) into the model, with a diagnostic for every problem of a
// single file: encoding, syntax, schema. Cross-file rules live in check.
package load

import (
	"errors"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"tally/internal/atomicfile"
	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// Result is a loaded repository with what loading found.
type Result struct {
	Repo  *model.Repo
	Diags diag.List
	// CheckOnly are reports read only for check's rules, not part of the
	// data: one under a wrong file name, or one whose text could be
	// parsed only once its typing slips were put right.
	CheckOnly []*model.Report
	// Partial names the CheckOnly reports read without the entries their
	// syntax errors stand in, with the task keys of those entries ("" for
	// one whose task is not known): what they held is not known, so no rule
	// may take a task or an evidence file for missing from them.
	Partial map[string]map[string]bool
	// Recovered are the plan, the units and the tasks whose text could be
	// parsed only once its typing slips were put right. They are not part
	// of the data either (nothing of such a file counts until it is
	// fixed), but check's rules read them where the data has none, so that
	// a slip in units.yaml or a task file hides no other problem of the run.
	Recovered Recovered
	// Git says that the data root holds a git repository (.git).
	Git  bool
	fsys fs.FS
	// unread are the files the load's total budget (MaxTotalSize) left
	// out: Source reads none of them again, so that showing where their
	// diagnostics point cannot undo the budget.
	unread map[string]bool
}

// Recovered is what Result.Recovered holds.
type Recovered struct {
	Plan  *model.Plan
	Units *model.Units
	Tasks []*model.Task
}

// Source returns the normalized text of a data file, for showing the
// lines diagnostics point at; nil if it cannot be read as text. It reads the
// file again rather than keep every file's text in memory, through the
// same guard as loading: a refused file shows nothing of its content.
func (r *Result) Source(file string) []byte {
	if i := sort.SearchStrings(r.Repo.Files, file); r.fsys == nil || r.unread[file] || i == len(r.Repo.Files) || r.Repo.Files[i] != file {
		return nil // a stray file, a leftover: not read, and nothing of it shown
	}
	var d diag.List
	raw, ok := ReadFile(r.fsys, file, &d)
	if !ok {
		return nil
	}
	text, ok := Normalize(file, raw, &d)
	if !ok {
		return nil
	}
	return text
}

type job struct {
	file      string
	kind      int
	dir       string // period folder, for reports
	base      string // file name without .yaml
	checkOnly bool   // a report under a wrong name: read for check only
	// noHash leaves a report's fingerprints (Hash, BytesHash) empty:
	// Options.ReviewedHashes for a report no review file is listed for.
	noHash bool
}

const (
	kindPlan = iota
	kindUnits
	kindTask
	kindReport
	kindReview
)

// outcome is what loading one file gave: at most one of the values, and
// the file's own diagnostics. A value read only to be checked (CheckOnly:
// its text was put right to be parsed at all) is not part of the data.
type outcome struct {
	Plan      *model.Plan
	Units     *model.Units
	Task      *model.Task
	Report    *model.Report
	Review    *model.Review
	Diags     diag.List
	CheckOnly bool
	left      map[string]bool // the task keys of the entries a report was read without (dropEntries)
	size      int             // bytes read
	unread    bool            // left out by the load's total budget
}

// Options adjust a load.
type Options struct {
	// Listed, if set, is told how many files there are to read once the
	// folders are listed and before any is read.
	Listed func(files int)
	// LibraryOnly parses every file with the YAML library, never the fast
	// parser: tests compare the two.
	LibraryOnly bool
	// DropTexts keeps no entry's summary, problems or next steps: each is
	// read and checked (a submitted report's summary must not be blank),
	// then kept as DroppedText when it is not blank. For commands that
	// show none of them (check): a province's texts are a third of its
	// model.
	DropTexts bool
	// ReviewedHashes fingerprints only the reports that a review file is
	// listed for (reviews/PERIOD/UNIT.yaml for reports/PERIOD/UNIT.yaml):
	// a report's Hash and BytesHash are only ever compared with its own
	// review's (review.Book finds a report's review by its period folder
	// and file name), so the others' are left empty. For commands that
	// show no fingerprint and record no review: hashing every report was
	// a tenth of summary's CPU.
	ReviewedHashes bool
	// Head, if set, is called with the repository once its plan, units
	// and tasks are in place and before the load returns, on one of the
	// load's goroutines while the others still read the reports: work
	// that needs only those, such as model.NewIndex, runs beside the
	// reading. Nothing else of the repository may be read then. It is not
	// called when the plan, the units and the tasks come to more than the
	// load's budget (MaxTotalSize), nor when there are no task files.
	Head func(repo *model.Repo)
	// poison, for tests, overwrites each file's bytes once it is decoded,
	// so that a value still pointing into them shows.
	poison bool
}

// DroppedText stands for a report entry's text not kept (DropTexts).
const DroppedText = "…"

// Load reads the repository at the root of fsys.
func Load(fsys fs.FS) *Result { return LoadWith(fsys, Options{}) }

// LoadWith reads the repository with options.
func LoadWith(fsys fs.FS, opts Options) *Result {
	res := &Result{Repo: &model.Repo{Invalid: map[string]bool{}}, fsys: fsys}
	if _, err := lstat(fsys, ".git"); err == nil {
		res.Git = true
	}
	var jobs []job
	for _, f := range []struct {
		name string
		kind int
	}{{"plan.yaml", kindPlan}, {"units.yaml", kindUnits}} {
		if _, err := fs.Stat(fsys, f.name); err != nil && isNotExist(fsys, f.name) {
			res.Diags.Add(f.name, model.Pos{}, diag.MissingFile, i18n.F("缺少 %s", "%s is missing", f.name))
			continue
		}
		jobs = append(jobs, job{file: f.name, kind: f.kind})
	}
	if entries, err := fs.ReadDir(fsys, "."); err == nil {
		for _, e := range entries {
			leftover(e, e.Name(), &res.Diags)
		}
	}
	jobs = append(jobs, listTasks(fsys, &res.Diags)...)
	jobs = append(jobs, listReports(fsys, &res.Diags)...)
	jobs = append(jobs, listReviews(fsys, &res.Diags)...)
	if opts.ReviewedHashes {
		unhashed(jobs)
	}
	if opts.Listed != nil {
		opts.Listed(len(jobs))
	}
	budget := newBudget(len(jobs))

	fo := openFolders(fsys, jobs)
	defer fo.close()
	outs := make([]outcome, len(jobs))
	// The plan, the units and the tasks are listed first: once the last
	// of them is read, the worker that read it puts them in the
	// repository and calls opts.Head (early), while the others go on.
	head := 0
	if opts.Head != nil {
		head = headJobs(jobs)
	}
	var headLeft atomic.Int64
	headLeft.Store(int64(head))
	early := false
	headDone := func() {
		if headLeft.Add(-1) == 0 && budget.within(head) {
			for i := range head {
				res.take(jobs[i], &outs[i])
			}
			sortTasks(res.Repo)
			early = true
			opts.Head(res.Repo)
		}
	}
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), len(jobs))
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var fp *fastParser // its memory serves each file in turn
			if !opts.LibraryOnly {
				fp = new(fastParser)
			}
			var buf []byte // so does this, for each file's bytes
			for {
				i, over := budget.take()
				if i == len(jobs) {
					return
				}
				if !over {
					outs[i] = readOne(fo, fsys, jobs[i], fp, opts, &slot{budget, i}, &buf)
				} // else refused unread: budget.settle says so
				if i < head {
					headDone()
				}
			}
		}()
	}
	wg.Wait()
	budget.settle(jobs, outs)

	repo := res.Repo
	for i, j := range jobs {
		if early && i < head {
			continue // in the repository already
		}
		res.take(j, &outs[i])
	}
	sort.Strings(repo.Files)
	if !early {
		sortTasks(repo)
	}
	order := map[string]int{}
	if repo.Plan != nil {
		for i, p := range repo.Plan.Periods {
			if _, ok := order[p.ID]; !ok {
				order[p.ID] = i
			}
		}
	}
	sort.SliceStable(repo.Reports, func(i, j int) bool {
		a, b := repo.Reports[i], repo.Reports[j]
		oa, ok := order[a.Dir]
		if !ok {
			oa = len(order)
		}
		ob, ok := order[b.Dir]
		if !ok {
			ob = len(order)
		}
		if oa != ob {
			return oa < ob
		}
		return a.File < b.File
	})
	sortReviews(repo, order)
	undateEarly(res)
	return res
}

// take puts what the load made of job j (o) in the result: its
// diagnostics, its file, and its plan, units, task, report or review.
// Jobs are taken in listing order.
func (res *Result) take(j job, o *outcome) {
	repo := res.Repo
	res.Diags.Merge(o.Diags)
	repo.Files = append(repo.Files, j.file)
	if o.Diags.HasErrorsIn(j.file) {
		repo.Invalid[j.file] = true
	}
	if j.checkOnly {
		if repo.Misnamed == nil {
			repo.Misnamed = map[string]string{}
		}
		repo.Misnamed[j.file] = j.base
	}
	if o.left != nil {
		if res.Partial == nil {
			res.Partial = map[string]map[string]bool{}
		}
		res.Partial[j.file] = o.left
	}
	if o.unread {
		if res.unread == nil {
			res.unread = map[string]bool{}
		}
		res.unread[j.file] = true
	}
	switch {
	case o.CheckOnly || j.checkOnly:
		switch {
		case o.Report != nil:
			res.CheckOnly = append(res.CheckOnly, o.Report)
		case o.Plan != nil:
			res.Recovered.Plan = o.Plan
		case o.Units != nil:
			res.Recovered.Units = o.Units
		case o.Task != nil:
			res.Recovered.Tasks = append(res.Recovered.Tasks, o.Task)
		}
	case o.Plan != nil:
		repo.Plan = o.Plan
	case o.Units != nil:
		repo.Units = o.Units
	case o.Task != nil:
		repo.Tasks = append(repo.Tasks, o.Task)
	case o.Report != nil:
		repo.Reports = append(repo.Reports, o.Report)
	case o.Review != nil:
		repo.Reviews = append(repo.Reviews, o.Review)
	}
}

// sortTasks orders the tasks by id, then by file.
func sortTasks(repo *model.Repo) {
	sort.SliceStable(repo.Tasks, func(i, j int) bool {
		if c := model.CompareTaskIDs(repo.Tasks[i].ID, repo.Tasks[j].ID); c != 0 {
			return c < 0
		}
		return repo.Tasks[i].File < repo.Tasks[j].File
	})
}

// headJobs is how many of the jobs, from the first, are the plan, the
// units and the tasks; 0 when no task file is among them.
func headJobs(jobs []job) int {
	n := 0
	for n < len(jobs) && (jobs[n].kind == kindPlan || jobs[n].kind == kindUnits || jobs[n].kind == kindTask) {
		n++
	}
	if n == 0 || jobs[n-1].kind != kindTask {
		return 0
	}
	return n
}

// MaxTotalSize bounds the bytes one load reads in all, however they are
// laid out: many paths to one blob of a revision, or many hard links to
// one file of the working tree, count once each. Five times a
// province-sized repository (DESIGN §8); with MaxNodes a file, what the
// memory of an office PC holds.
const MaxTotalSize = 128 << 20

// budget admits the files of a load in listing order, up to MaxTotalSize
// bytes: a file is taken in when the bytes of the files listed before it
// and its own come to no more than that, so the same files are admitted
// whatever order the workers read in; every file after the first refused
// is refused too. No worker waits for another: each file is read and
// decoded as soon as it is handed out, and settle, once all are done,
// refuses those past the limit. A file is not even read when the bytes
// read before it was handed out (all of them files listed before it) are
// over the limit already, so a load reads at most MaxTotalSize and one
// file a worker.
type budget struct {
	mu    sync.Mutex
	next  int   // the job handed out next
	total int64 // bytes read by the jobs handed out so far
	read  []int // the bytes each job read (0 for one not read)
}

func newBudget(jobs int) *budget { return &budget{read: make([]int, jobs)} }

// take hands out the next job (len(jobs) when there is none left) and
// says whether the bytes read before it are over the budget: the job is
// then refused without being read. Jobs are handed out in listing order,
// so every byte counted by then is a file listed before it.
func (b *budget) take() (i int, over bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.next == len(b.read) {
		return b.next, false
	}
	b.next++
	return b.next - 1, b.total > MaxTotalSize
}

// within says whether the first n jobs, all read or refused, come to no
// more than MaxTotalSize: settle then refuses none of them.
func (b *budget) within(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	var total int64
	for _, r := range b.read[:n] {
		total += int64(r)
	}
	return total <= MaxTotalSize
}

// slot is one job's place in the budget; nil for a file read on its own.
type slot struct {
	b *budget
	i int
}

// count records the n bytes the job read.
func (s *slot) count(n int) {
	if s == nil {
		return
	}
	s.b.mu.Lock()
	defer s.b.mu.Unlock()
	s.b.read[s.i] = n
	s.b.total += int64(n)
}

// settle refuses, in listing order, every file from the first whose
// bytes and those of the files before it come to more than MaxTotalSize
// (files refused unread among them): each is left out of the load with
// a diagnostic saying why.
func (b *budget) settle(jobs []job, outs []outcome) {
	var total int64
	for i, n := range b.read {
		if total += int64(n); total <= MaxTotalSize {
			continue
		}
		outs[i] = outcome{unread: true}
		outs[i].Diags.Add(jobs[i].file, model.Pos{Line: 1, Col: 1}, diag.TooLarge, i18n.F(
			"数据文件合计超过上限 %s，此文件未读入；检查是否有大量重复或过大的文件",
			"the data files come to over the %s limit in all; this one was not taken in. Look for many copies of a file, or files too large", humanSize(MaxTotalSize)))
	}
}

// unhashed marks the reports of jobs that no review of jobs is for
// (Options.ReviewedHashes): their fingerprints are not made.
func unhashed(jobs []job) {
	type key struct{ dir, base string }
	reviewed := map[key]bool{}
	for _, j := range jobs {
		if j.kind == kindReview {
			reviewed[key{j.dir, j.base}] = true
		}
	}
	for i := range jobs {
		if j := &jobs[i]; j.kind == kindReport {
			j.noHash = !reviewed[key{j.dir, j.base}]
		}
	}
}

func isNotExist(fsys fs.FS, name string) bool {
	if _, err := lstat(fsys, name); errors.Is(err, fs.ErrNotExist) {
		return true
	}
	return false
}

// readOne reads one file into the model, through fo's open folders where
// they serve (fo may be nil). fp's nodes are reused for the next file:
// nothing of the tree outlives decoding. With fp nil the YAML library
// parses the file. The file's slot in the load's budget (nil for none) is
// told the bytes read. The file's bytes are read into *buf when it has
// room, and *buf is then kept for the next file: nothing read may point
// into them.
func readOne(fo *folders, fsys fs.FS, j job, fp *fastParser, opts Options, sl *slot, buf *[]byte) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			// A parser bug must not take the whole run down: say so at the file.
			o = outcome{}
			o.Diags.Add(j.file, model.Pos{Line: 1, Col: 1}, diag.YAMLSyntax, i18n.T(
				"读取时出现内部错误，文件未读取；请把此文件报告给维护者", "internal error while reading; the file was not read: please report it"))
		}
	}()
	raw, ok := readVia(fo, fsys, j.file, &o.Diags, *buf)
	if !ok {
		return o
	}
	sl.count(len(raw))
	o = decodeOne(j, raw, fp, opts.DropTexts)
	o.size = len(raw)
	if cap(raw) > cap(*buf) {
		*buf = raw[:0]
	}
	if opts.poison {
		clear(raw[:cap(raw)])
	}
	return o
}

// decodeOne turns the bytes of one file into the model.
func decodeOne(j job, raw []byte, fp *fastParser, dropTexts bool) outcome {
	o, _ := decodeFile(j, raw, fp, dropTexts, true)
	return o
}

// decodeFile is decodeOne, reading a clean report straight into the model
// when allowed (directReport) and saying whether it did.
func decodeFile(j job, raw []byte, fp *fastParser, dropTexts, allowDirect bool) (o outcome, wentDirect bool) {
	text, ok, plain := normalize(j.file, raw, &o.Diags)
	if !ok {
		return o, false
	}
	dc := &decoder{file: j.file, d: &o.Diags, dropTexts: dropTexts}
	if fp != nil {
		if fp.names == nil {
			fp.names = map[string]string{}
		}
		dc.names, dc.block = fp.names, &fp.positions
	}
	if allowDirect && fp != nil && plain && j.kind == kindReport && j.noHash {
		// A clean report in tally's layout, straight into the model; any
		// other goes the way of every file (directReport).
		if r, ok := fp.directReport(dc, text, j.dir, j.base); ok {
			o.Report = r
			return o, true
		}
	}
	node, how := parseWith(j.file, text, &o.Diags, fp, plain)
	if how == failed {
		var only map[int]bool
		if first, ok := lonelySyntaxError(j.file, &o.Diags); ok && j.kind == kindReport {
			var left *dropped
			if node, left = dropEntries(j.file, text, first, &o.Diags); node != nil {
				how, o.left, only = recovered, left.tasks, left.lines
			}
		}
		salvage(j.file, j.kind, text, &o.Diags, only)
	}
	if node == nil {
		return o, false
	}
	o.CheckOnly = how == recovered
	switch j.kind {
	case kindPlan:
		o.Plan = decodePlan(dc, node)
	case kindUnits:
		o.Units = decodeUnits(dc, node)
	case kindTask:
		o.Task = decodeTask(dc, node, j.base)
	case kindReport:
		if o.Report = decodeReport(dc, node, j.dir, j.base); o.Report != nil && !j.noHash {
			o.Report.Hash, o.Report.BytesHash = Fingerprint(node), model.ReportHash(raw)
		}
	case kindReview:
		o.Review = decodeReview(dc, node, j.dir, j.base)
	}
	return o, false
}

func lstat(fsys fs.FS, name string) (fs.FileInfo, error) {
	if l, ok := fsys.(fs.ReadLinkFS); ok {
		return l.Lstat(name)
	}
	return fs.Stat(fsys, name)
}

// readFolder lists a folder of the data root. A folder that is a link
// leading outside, is no folder, or (when required) is missing, is an
// error at its name.
func readFolder(fsys fs.FS, name string, required bool, d *diag.List) ([]fs.DirEntry, bool) {
	target, err := Resolve(fsys, name)
	if err != nil {
		d.Add(name, model.Pos{}, diag.Symlink, i18n.F(
			"文件夹 %s/ 是指向数据目录之外的符号链接，未读取", "the folder %s/ is a symbolic link leading outside the data root; not read", name))
		return nil, false
	}
	info, err := fs.Stat(fsys, target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if required {
			d.Add(name, model.Pos{}, diag.MissingFile, i18n.F(
				"缺少文件夹 %s/；任务清单放在 tasks/ 下，每个任务一个文件", "the folder %s/ is missing; the task list lives in tasks/, one file a task", name))
		}
		return nil, false
	case err != nil:
		d.Add(name, model.Pos{}, diag.MissingFile, i18n.F("无法读取文件夹 %s/：%v", "cannot read the folder %s/: %v", name, err))
		return nil, false
	case !info.IsDir():
		d.Add(name, model.Pos{}, diag.MissingFile, i18n.F(
			"%s 应是文件夹，却是一个文件；未读取", "%s should be a folder but is a file; not read", name))
		return nil, false
	}
	entries, err := fs.ReadDir(fsys, target)
	if err != nil {
		d.Add(name, model.Pos{}, diag.MissingFile, i18n.F("无法读取文件夹 %s/：%v", "cannot read the folder %s/: %v", name, err))
		return nil, false
	}
	return entries, true
}

// leftover warns of a temporary file or folder of tally's own naming
// (atomicfile.IsTemp), which a run stopped while writing left behind.
func leftover(e fs.DirEntry, name string, d *diag.List) {
	switch {
	case !atomicfile.IsTemp(e.Name()):
	case e.IsDir():
		d.Add(name, model.Pos{}, diag.StrayFile, i18n.T(
			"tally 写入时被中断留下的临时文件夹（如生成网站时）；可以删除，下次生成时也会自动清除",
			"a temporary folder tally left when it was stopped while writing (a site, perhaps); delete it, or the next run will"))
	default:
		d.Add(name, model.Pos{}, diag.StrayFile, i18n.T(
			"tally 写入时被中断留下的临时文件；可以删除，运行 tally fmt 也会自动清除",
			"a temporary file tally left when it was stopped while writing; delete it, or tally fmt will"))
	}
}

// listTasks finds tasks/*.yaml; anything else there is reported as stray.
func listTasks(fsys fs.FS, d *diag.List) []job {
	entries, ok := readFolder(fsys, "tasks", true, d)
	if !ok {
		return nil
	}
	var jobs []job
	for _, e := range entries {
		name := "tasks/" + e.Name()
		if strings.HasPrefix(e.Name(), ".") {
			leftover(e, name, d)
			continue
		}
		base, isYAML := strings.CutSuffix(e.Name(), ".yaml")
		if _, _, ok := misnamed(fsys, "tasks", e, d, false); ok {
			continue
		}
		switch {
		case e.IsDir():
			d.Add(name, model.Pos{}, diag.StrayFile, i18n.T(
				"这是一个文件夹，不是任务文件；tasks/ 下只读取 任务编号.yaml 文件，此文件夹被忽略",
				"this is a folder, not a task file; only ID.yaml files are read in tasks/, so it is ignored"))
			continue
		case !isYAML:
			d.Add(name, model.Pos{}, diag.StrayFile, i18n.T(
				"tasks/ 下只读取 任务编号.yaml，此文件被忽略", "only ID.yaml files are read in tasks/; this one is ignored"))
			continue
		}
		if !model.IsTaskID(base) {
			d.Add(name, model.Pos{}, diag.BadID, i18n.F(
				"文件名“%s”不是有效的任务编号（如 16、15.2），此文件被忽略", "%q is not a valid task id (such as 16 or 15.2); the file is ignored", base))
			continue
		}
		jobs = append(jobs, job{file: name, kind: kindTask, base: base})
	}
	return jobs
}

// listReports finds reports/PERIOD/UNIT.yaml; anything else there is stray.
//
// The period folders are listed side by side, on every core, each into
// jobs and diagnostics of its own, joined in the folders' order: the
// listing runs before any report can be read, and a province's quarter
// is some 2,000 files.
func listReports(fsys fs.FS, d *diag.List) []job {
	periods, ok := readFolder(fsys, "reports", false, d)
	if !ok {
		return nil
	}
	type listed struct {
		jobs []job
		d    diag.List
	}
	out := make([]listed, len(periods))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(periods)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < len(periods); i = int(next.Add(1)) - 1 {
				out[i].jobs = listPeriod(fsys, periods[i], &out[i].d)
			}
		}()
	}
	wg.Wait()
	n := 0
	for _, l := range out {
		n += len(l.jobs)
	}
	jobs := make([]job, 0, n)
	for _, l := range out {
		d.Merge(l.d)
		jobs = append(jobs, l.jobs...)
	}
	return jobs
}

// listPeriod lists one entry of reports/: a period folder's reports, or
// why it is not one.
func listPeriod(fsys fs.FS, p fs.DirEntry, d *diag.List) []job {
	dir := "reports/" + p.Name()
	if strings.HasPrefix(p.Name(), ".") {
		leftover(p, dir, d)
		return nil
	}
	if !p.IsDir() {
		if p.Type()&fs.ModeSymlink != 0 {
			d.Add(dir, model.Pos{}, diag.Symlink, i18n.T("reports/ 下的符号链接不被跟随", "symbolic links in reports/ are not followed"))
			return nil
		}
		d.Add(dir, model.Pos{}, diag.StrayFile, i18n.T(
			"reports/ 下只应有期次目录（如 reports/2019Q2/），此文件被忽略", "reports/ holds period folders only (such as reports/2019Q2/); this file is ignored"))
		return nil
	}
	files, ok := periodFolder(fsys, dir, p.Name(), d)
	if !ok {
		return nil
	}
	jobs := make([]job, 0, len(files)) // a province's period is thousands of reports
	for _, f := range files {
		name := dir + "/" + f.Name()
		if strings.HasPrefix(f.Name(), ".") {
			leftover(f, name, d)
			continue
		}
		base, isYAML := strings.CutSuffix(f.Name(), ".yaml")
		if proper, read, ok := misnamed(fsys, dir, f, d, true); ok {
			if read {
				jobs = append(jobs, checkOnlyJob(dir, f.Name(), proper))
			}
			continue
		}
		switch {
		case f.IsDir():
			d.Add(name, model.Pos{}, diag.StrayFile, i18n.T(
				"这是一个文件夹，不是报送文件；期次目录下只读取 单位编号.yaml 文件，此文件夹被忽略",
				"this is a folder, not a report; only UNIT.yaml files are read in a period folder, so it is ignored"))
			continue
		case !isYAML:
			d.Add(name, model.Pos{}, diag.StrayFile, i18n.T(
				"期次目录下只读取 单位编号.yaml，此文件被忽略", "only UNIT.yaml files are read in a period folder; this one is ignored"))
			continue
		}
		jobs = append(jobs, job{file: name, kind: kindReport, dir: p.Name(), base: base})
	}
	return jobs
}

// ReportFile decodes one report from its bytes, outside any repository
// (for git's textconv). dir and base come from the file's path.
func ReportFile(name string, raw []byte) (*model.Report, diag.List) {
	var d diag.List
	text, ok := Normalize(name, raw, &d)
	if !ok {
		return nil, d
	}
	node := Parse(name, text, &d)
	if node == nil {
		return nil, d
	}
	dir := path.Base(path.Dir(name))
	base := strings.TrimSuffix(path.Base(name), ".yaml")
	return decodeReport(&decoder{file: name, d: &d}, node, dir, base), d
}
