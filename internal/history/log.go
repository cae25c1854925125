package history

import (
	"slices"
	"sync"
	"time"

	"tally/internal/gitfs"
	"tally/internal/load"
	"tally/internal/model"
)

// LogOptions narrow a history. Task, Unit and Period are ids ("" for
// any; Unit is a unit id, as reports are named). Since and Until bound
// the author date by day, inclusive (zero for open). Max is the most
// entries to return (0 for all).
type LogOptions struct {
	Rev                string // where the history starts: a commit verified with gitfs.Verify, "" for HEAD
	Task, Unit, Period string
	// Also are more unit ids the history of Unit takes in: the other ids
	// the unit had (Past.Ids), or another unit a name stood for.
	Also []string
	// Owns says whether an owner or lead as tasks/ writes it (a unit's
	// name, alias or id, or a group) stands for the unit of Unit: the
	// history of a unit then takes in the commits that made it an owner or
	// lead of a task, or took that from it. nil: it does not.
	Owns         func(owner string) bool
	Since, Until time.Time
	Max          int
}

// Entry is one commit of the history with the changes it made. Date is
// the author date as YYYY-MM-DD HH:MM in the author's zone. Boundary
// marks the oldest commit of a shallow clone: what it changed cannot be
// known, so it has no changes and the history shown starts there.
type Entry struct {
	Commit, Date, Author, Message string
	Changes                       []Change
	Boundary                      bool
}

// chunk bounds how many commits, and about how many files, have their
// blobs read at a time: few enough that -n stops early and that only a
// batch is held decoded, enough that git starts rarely.
const chunk = 256

// Log lists, newest first, the commits reachable from opt.Rev (HEAD) that
// changed the data of root as opt narrows it, with what each changed. It reads
// only the files each commit changed (each blob once), and only those
// opt can concern. An error wrapping gitfs.ErrNotRepo means root has no
// git repository.
func Log(root string, opt LogOptions) ([]Entry, error) {
	out := []Entry{}
	err := LogEach(root, opt, func(e Entry) error {
		out = append(out, e)
		return nil
	})
	return out, err
}

// LogEach is Log handing each entry to fn as soon as its batch of
// commits is read, and holding none: a history of a quarter of a million
// changes is printed as it is read. An error from fn stops the walk and
// is returned.
func LogEach(root string, opt LogOptions, fn func(Entry) error) error {
	commits, err := gitfs.HistoryWide(root, opt.Rev, logPaths(opt))
	if err != nil || len(commits) == 0 {
		return err
	}
	planAt, err := plans(root, commits)
	if err != nil {
		return err
	}
	var todo []int
	for i, c := range commits {
		if inDates(c.Date, opt) {
			todo = append(todo, i)
		}
	}
	merged := mergedBlobs(root, commits, todo)
	ps, err := newPieces(root)
	if err != nil {
		return err
	}
	defer ps.close()
	back := &earlier{root: root}
	defer back.close()
	for _, i := range todo {
		for _, fc := range commits[i].Files {
			for _, b := range []string{fc.OldBlob, fc.NewBlob} {
				if b != "" && load.IsData(fc.Path) {
					ps.uses[b]++
				}
			}
		}
	}
	var keep func([]byte) bool
	if opt.Task != "" {
		keep = mentions(opt.Task)
	}
	// One goroutine reads and decodes the next batch of blobs while this
	// one compares and hands on the commits of the batch before.
	batches := make(chan batch)
	done := make(chan struct{})
	var reading sync.WaitGroup
	reading.Go(func() {
		defer close(batches)
		for start := 0; start < len(todo); {
			// A batch ends at chunk commits or chunk files, whichever comes first.
			var ws []want
			end := start
			for ; end < len(todo) && end-start < chunk && len(ws) < chunk; end++ {
				i := todo[end]
				for _, fc := range commits[i].Files {
					if load.IsData(fc.Path) {
						ws = append(ws, fileWants(fc)...)
					}
				}
				for _, w := range planAt[i].wants() {
					if !ps.has(w.path, w.blob) {
						ws = append(ws, w)
					}
				}
			}
			err := ps.load(ws, keep)
			select {
			case batches <- batch{todo[start:end], err}:
			case <-done:
				return
			}
			if err != nil {
				return
			}
			start = end
		}
	})
	// Stopping early, the reader is told to stop and waited for: the
	// blob reader is closed after it.
	defer reading.Wait()
	defer close(done)
	listed := 0
	for b := range batches {
		if b.err != nil {
			return b.err
		}
		for _, i := range b.commits {
			parent := commits[i].Parent
			e := entryOf(root, ps, commits[i], planAt[i], merged, opt, func(path, blob string) (before, bool) {
				return back.readable(parent, path, blob)
			}, func(path, blob string, was load.Piece) load.Piece {
				if p, ok := back.get(path, blob); ok {
					return p
				}
				return was
			})
			if e == nil {
				continue
			}
			if err := fn(*e); err != nil {
				return err
			}
			if listed++; opt.Max > 0 && listed >= opt.Max {
				return nil
			}
		}
	}
	return nil
}

// batch is a run of commits (indices into the history) whose blobs are
// read and decoded, or the error that stopped reading them.
type batch struct {
	commits []int
	err     error
}

// logPaths are the pathspecs a history narrowed by opt can concern.
// plan.yaml always: its periods order the changes.
func logPaths(opt LogOptions) []string {
	paths := []string{"plan.yaml"}
	if opt.Period == "" && opt.Task == "" {
		paths = append(paths, "units.yaml")
	}
	if opt.Period == "" && opt.Unit == "" || opt.Owns != nil {
		// A unit's history takes in who owes its tasks, in any period.
		paths = append(paths, "tasks")
	}
	// Reports and reviews are files PERIOD/UNIT.yaml, evidence folders
	// PERIOD/UNIT/; an evidence file speaks of no task.
	evidence := opt.Task == ""
	units := opt.units()
	slugs := opt.Unit != ""
	for _, u := range units {
		slugs = slugs && model.IsSlug(u)
	}
	switch {
	case opt.Period != "" && slugs && model.IsPeriodID(opt.Period):
		for _, u := range units {
			paths = append(paths, "reports/"+opt.Period+"/"+u+".yaml", "reviews/"+opt.Period+"/"+u+".yaml")
			if evidence {
				paths = append(paths, "evidence/"+opt.Period+"/"+u)
			}
		}
	case opt.Period != "" && model.IsPeriodID(opt.Period):
		paths = append(paths, "reports/"+opt.Period, "reviews/"+opt.Period)
		if evidence {
			paths = append(paths, "evidence/"+opt.Period)
		}
	case slugs:
		for _, u := range units {
			paths = append(paths, ":(glob)reports/*/"+u+".yaml", ":(glob)reviews/*/"+u+".yaml")
			if evidence {
				paths = append(paths, ":(glob)evidence/*/"+u+"/*")
			}
		}
	default:
		paths = append(paths, "reports", "reviews")
		if evidence {
			paths = append(paths, "evidence")
		}
	}
	return paths
}

func inDates(t time.Time, opt LogOptions) bool {
	day := t.Format(time.DateOnly)
	if !opt.Since.IsZero() && day < opt.Since.Format(time.DateOnly) {
		return false
	}
	if !opt.Until.IsZero() && day > opt.Until.Format(time.DateOnly) {
		return false
	}
	return true
}

func fileWants(fc gitfs.FileChange) []want {
	var ws []want
	for _, b := range []string{fc.OldBlob, fc.NewBlob} {
		if b != "" {
			ws = append(ws, want{fc.Path, b})
		}
	}
	return ws
}

// planPair is plan.yaml's blob before and after a commit.
type planPair struct{ before, after string }

func (p planPair) wants() []want {
	return fileWants(gitfs.FileChange{Path: "plan.yaml", OldBlob: p.before, NewBlob: p.after})
}

// plans finds plan.yaml before and after each commit, walking back from
// the newest: the plan changes only where a commit changed it. (On a
// history that branched, a commit of a side branch is given the plan of
// the commit listed after it; the plan only orders the changes.)
func plans(root string, commits []gitfs.Changed) ([]planPair, error) {
	tree, err := gitfs.Tree(root, commits[0].Hash, []string{"plan.yaml"})
	if err != nil {
		return nil, err
	}
	cur := tree["plan.yaml"]
	out := make([]planPair, len(commits))
	for i, c := range commits {
		out[i] = planPair{cur, cur}
		for _, fc := range c.Files {
			if fc.Path == "plan.yaml" {
				out[i] = planPair{fc.OldBlob, fc.NewBlob}
				cur = fc.OldBlob
			}
		}
	}
	return out, nil
}

// entryOf is what commit c changed as opt narrows it, or nil for nothing.
//
// back finds a file's last version that could be read before a version
// that could not (earlier.readable), for a file the commit put right.
func entryOf(root string, ps *pieces, c gitfs.Changed, plan planPair, merged map[[2]string]string, opt LogOptions, back lastReadable, read readBlob) *Entry {
	e := &Entry{Commit: c.Hash, Date: c.Date.Format("2006-01-02 15:04"), Author: c.Author, Message: c.Message}
	if c.Parent == "" && gitfs.Boundary(root, c.Hash) {
		e.Boundary = true
		return e
	}
	own, brought, from := c.Files, []gitfs.FileChange(nil), ""
	if len(c.Merged) > 0 {
		own, brought, from = mergedFiles(c, merged)
	}
	e.Changes = changesOf(ps, own, plan, opt, back, read)
	// A merge's files as the branch brought them are shown as they are
	// (the branch's own commits show where they were put right).
	for _, ch := range changesOf(ps, brought, plan, opt, nil, read) {
		ch.MergedFrom = from
		e.Changes = append(e.Changes, ch)
	}
	if len(e.Changes) == 0 {
		return nil
	}
	return e
}

// mergedBlobs finds, for the merges among commits[todo], each file a
// merge changed as it is at the merge's other parents (at[{parent,
// path}] is its blob, "" for none): one git process for the whole
// history. A failure leaves every merge's files its own, as they were
// listed before merges were told apart.
func mergedBlobs(root string, commits []gitfs.Changed, todo []int) map[[2]string]string {
	var qs [][2]string
	for _, i := range todo {
		for _, p := range commits[i].Merged {
			for _, fc := range commits[i].Files {
				qs = append(qs, [2]string{p, fc.Path})
			}
		}
	}
	if len(qs) == 0 {
		return nil
	}
	blobs, known, err := gitfs.BlobsAt(root, qs)
	if err != nil {
		return nil
	}
	at := make(map[[2]string]string, len(qs))
	for i, q := range qs {
		if known[i] {
			at[q] = blobs[i]
		}
	}
	return at
}

// mergedFiles splits what merge c changed against its first parent into
// the files that differ from every parent (what the merge itself made,
// such as a conflict resolved) and those it took as they were at one of
// its other parents (brought in from the branch merged, whose commits
// made the change), with that parent (the first such, for a merge of
// more than two). A file whose blob at a parent is not known is the
// merge's own.
func mergedFiles(c gitfs.Changed, at map[[2]string]string) (own, brought []gitfs.FileChange, from string) {
	own = c.Files
	for _, p := range c.Merged {
		if from != "" {
			break
		}
		var keep []gitfs.FileChange
		for _, fc := range own {
			if blob, ok := at[[2]string{p, fc.Path}]; ok && blob == fc.NewBlob {
				brought, from = append(brought, fc), p
			} else {
				keep = append(keep, fc)
			}
		}
		own = keep
	}
	return own, brought, from
}

// lastReadable is earlier.readable for one commit of the walk.
type lastReadable func(path, blob string) (before, bool)

// readBlob decodes path's blob in full, or gives back was where it cannot.
type readBlob func(path, blob string, was load.Piece) load.Piece

// changesOf is what the files fcs changed, between the plans of plan, as
// opt narrows it.
//
// read decodes a blob the walk passed over (nil: none is).
func changesOf(ps *pieces, fcs []gitfs.FileChange, plan planPair, opt LogOptions, back lastReadable, read readBlob) []Change {
	if len(fcs) == 0 {
		return nil
	}
	// plan.yaml changed only where fcs has it (a merge's files are split):
	// elsewhere both sides read the plan as it is after.
	before := plan.before
	if !slices.ContainsFunc(fcs, func(fc gitfs.FileChange) bool { return fc.Path == "plan.yaml" }) {
		before = plan.after
	}
	s := newSides(ps.get("plan.yaml", before).Plan, ps.get("plan.yaml", plan.after).Plan)
	if before != plan.after {
		s.addPlan(before, ps.get("plan.yaml", before), plan.after != "", ps.get("plan.yaml", plan.after), back)
	}
	for _, fc := range fcs {
		if fc.Path == "plan.yaml" || s.addEvidence(fc.Path, fc.OldBlob, fc.NewBlob) || !load.IsData(fc.Path) {
			continue
		}
		var b, a load.Piece
		// A report passed over unread (it holds nothing of the task log
		// is narrowed to) beside one that speaks of the task: read, for
		// it may not be readable at all, and an empty report in its
		// place showed the task's entry deleted and then sent anew
		// across a version that could not be read (probe 9).
		unreadB := fc.OldBlob != "" && ps.isUnread(fc.Path, fc.OldBlob)
		unreadA := fc.NewBlob != "" && ps.isUnread(fc.Path, fc.NewBlob)
		if fc.OldBlob != "" {
			b = ps.get(fc.Path, fc.OldBlob)
			ps.release(fc.Path, fc.OldBlob)
		}
		if fc.NewBlob != "" {
			a = ps.get(fc.Path, fc.NewBlob)
			ps.release(fc.Path, fc.NewBlob)
		}
		if read != nil && unreadB != unreadA {
			if unreadB {
				b = read(fc.Path, fc.OldBlob, b)
			} else {
				a = read(fc.Path, fc.NewBlob, a)
			}
		}
		// Put right, or deleted, while it could not be read: compared with
		// what it was before it could no longer be read.
		if back != nil && b.Unreadable != "" && (fc.NewBlob == "" || a.Unreadable == "") {
			if was, ok := back(fc.Path, fc.OldBlob); ok && s.addAcross(fc.Path, b.Unreadable, was, a, fc.NewBlob != "") {
				continue
			}
		}
		s.add(fc.Path, b, fc.OldBlob != "", a, fc.NewBlob != "")
	}
	cs := s.changes()
	across := slices.DeleteFunc(slices.Clone(cs), func(c Change) bool { return c.Field != FieldUnreadable || c.Since == "" }) // the filters below may reuse cs
	all, owned := cs, ownerChanges(cs, opt, s)
	if len(opt.Also) > 0 {
		cs = ofUnits(cs, opt.units())
		opt.Unit = ""
	}
	var out []Change
	if sent := sentWith(s, opt.Task); len(sent) > 0 {
		out = Filter(cs, "", opt.Unit, opt.Period)
		out = slices.DeleteFunc(out, func(c Change) bool {
			return model.TaskKey(c.Task) != model.TaskKey(opt.Task) && !(c.Field == FieldSubmitted && sent[c.Period+"/"+c.Unit])
		})
	} else {
		out = Filter(cs, opt.Task, opt.Unit, opt.Period)
	}
	if len(owned) > 0 {
		out = withOwned(out, owned, all)
	}
	return withAcrossNotes(out, across)
}

// withAcrossNotes adds to out, narrowed to a task, the notes that
// say a report's changes in out are against its version before it could
// no longer be read: without it, log --task showed 进度 20% → 25% with
// no word of the versions between (probe 9).
func withAcrossNotes(out, notes []Change) []Change {
	for _, n := range notes {
		if slices.Contains(out, n) {
			continue
		}
		if n.File == "plan.yaml" {
			// The plan's changes narrowed to a period: the note says they
			// are against its version before it could not be read.
			if slices.ContainsFunc(out, func(c Change) bool { return c.Unit == "" && c.Task == "" && c.Field != FieldUnreadable }) {
				out = append(out, n)
			}
			continue
		}
		if n.Unit == "" {
			continue
		}
		if slices.ContainsFunc(out, func(c Change) bool { return c.Period == n.Period && c.Unit == n.Unit }) {
			out = append(out, n)
		}
	}
	return out
}

// ownerChanges are the changes of cs that made the unit of a history
// (opt.Owns) an owner or lead of a task, or took that from it, within
// opt's task: an owner or lead added or taken, or a task it owns added to
// the list or removed from it (s has the task files on both sides). They
// speak of no unit's report, so the filters by unit leave them out.
func ownerChanges(cs []Change, opt LogOptions, s *sides) map[Change]bool {
	if opt.Owns == nil {
		return nil
	}
	owns := func(r *model.Repo, id string) bool {
		for _, t := range r.Tasks {
			if model.TaskKey(t.ID) == model.TaskKey(id) && (slices.ContainsFunc(model.Values(t.Owners), opt.Owns) || slices.ContainsFunc(model.Values(t.Lead), opt.Owns)) {
				return true
			}
		}
		return false
	}
	var out map[Change]bool
	for _, c := range cs {
		if opt.Task != "" && model.TaskKey(c.Task) != model.TaskKey(opt.Task) {
			continue
		}
		if (c.Field == FieldOwner || c.Field == FieldLead) && (c.From != "" && opt.Owns(c.From) || c.To != "" && opt.Owns(c.To)) ||
			c.Field == FieldTask && (c.To != "" && owns(s.after, c.Task) || c.From != "" && owns(s.before, c.Task)) {
			if out == nil {
				out = map[Change]bool{}
			}
			out[c] = true
		}
	}
	return out
}

// withOwned is kept with the owner changes of owned put back, in the
// order all has them.
func withOwned(kept []Change, owned map[Change]bool, all []Change) []Change {
	in := map[Change]int{}
	for _, c := range kept {
		in[c]++
	}
	out := make([]Change, 0, len(kept)+len(owned))
	for _, c := range all {
		switch {
		case in[c] > 0:
			in[c]--
			out = append(out, c)
		case owned[c]:
			out = append(out, c)
		}
	}
	return out
}

// addPiece puts one file's content into a partial repository.
func addPiece(r *model.Repo, p load.Piece) {
	switch {
	case p.Units != nil:
		r.Units = p.Units
	case p.Task != nil:
		r.Tasks = append(r.Tasks, p.Task)
	case p.Report != nil:
		r.Reports = append(r.Reports, p.Report)
	case p.Review != nil:
		r.Reviews = append(r.Reviews, p.Review)
	}
}

// sentWith is, for a history of task, the reports (PERIOD/UNIT) on both
// sides of a commit that have an entry of task: a change of their
// submitted date belongs to the task's history too. The commit that sends
// a draft changes only that date, and a history of the task without it
// would end at 草稿中填写, as if the report had never been sent.
func sentWith(s *sides, task string) map[string]bool {
	if task == "" {
		return nil
	}
	key := model.TaskKey(task)
	has := func(r *model.Report) bool {
		for _, e := range r.Entries {
			if model.TaskKey(e.Task) == key {
				return true
			}
		}
		return false
	}
	before := map[string]bool{}
	for _, r := range s.before.Reports {
		before[r.Dir+"/"+r.Base] = has(r)
	}
	var out map[string]bool
	for _, r := range s.after.Reports {
		k := r.Dir + "/" + r.Base
		if had, ok := before[k]; ok && (had || has(r)) {
			if out == nil {
				out = map[string]bool{}
			}
			out[k] = true
		}
	}
	return out
}

// units are the unit ids a history narrowed by opt speaks of: Unit and
// Also.
func (opt LogOptions) units() []string {
	if opt.Unit == "" {
		return nil
	}
	return append([]string{opt.Unit}, opt.Also...)
}

// ofUnits keeps the changes about any of ids.
func ofUnits(cs []Change, ids []string) []Change {
	var out []Change
	for _, c := range cs {
		if c.Unit != "" && has(ids, c.Unit) {
			out = append(out, c)
		}
	}
	return out
}
