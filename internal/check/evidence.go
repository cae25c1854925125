package check

import (
	"io/fs"
	"slices"
	"strings"

	"tally/internal/diag"
	"tally/internal/evidence"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
)

// evidenceRules check the files reports cite as evidence (佐证材料): each
// is a plain name of a file in evidence/PERIOD/UNIT/ that is there, is a
// regular file inside the data root, at most 20 MB, of an allowed type by
// its name and its content; every file there is cited by some entry; and
// with plan.yaml's require: {evidence: done}, an entry claiming done
// cites some.
func evidenceRules(c *ctx) {
	requireDone := c.repo.Plan != nil && c.repo.Plan.Require.EvidenceDone
	cited := map[string]bool{} // evidence paths some entry cites
	judged := map[string]evidence.Finding{}
	// A report read only to be checked (parsed once its typing slips were
	// put right) has its evidence judged too: the unit sees every problem
	// of its file in one run, and the files it cites are cited.
	for _, r := range slices.Concat(c.repo.Reports, c.res.CheckOnly) {
		dir := model.EvidenceDir(r.Dir, r.Base)
		for i := range r.Entries {
			e := &r.Entries[i]
			if requireDone && e.HasStatus && e.Status == model.Done && len(e.Evidence) == 0 && c.repo.Plan.Require.Applies(c.repo.Plan.Periods, r.Dir) {
				msg := i18n.F(
					"任务 %s 报“已完成”，但没有列出佐证材料（plan.yaml 要求已完成须附佐证材料）：把文件放进 %s/，在 evidence 中写上文件名",
					"task %s is reported done but cites no evidence (plan.yaml requires evidence for done): put the files in %s/ and list them under evidence", e.Task, dir)
				if c.closed(r.Dir) && c.repo.Plan.Require.From == "" {
					// The office may have added the requirement since: say how
					// to leave the quarters already closed as they were.
					msg = join(msg, i18n.F("。%s 已经结束：如果这项要求是后来加上的、不适用于以前各期，在 plan.yaml 的 require 中写 from: 和开始执行的期次",
						". %s is closed: if the requirement was added since and does not hold for earlier periods, write from: and the period it starts with under require in plan.yaml", r.Dir))
				}
				c.add(r.File, e.At.Of("status"), diag.EvidenceRequired, msg)
			}
			for _, ref := range e.Evidence {
				p := dir + "/" + ref.Value
				cited[p] = true
				f, seen := judged[p]
				if !seen {
					f = c.judge(p, ref.Value)
					judged[p] = f
				}
				if !f.OK() {
					msg := f.Message(ref.Value, dir)
					if twin := c.caseTwin(dir, ref.Value); f.Problem == evidence.Missing && twin != "" {
						msg = i18n.F("佐证材料“%s”不在 %s/ 中；那里有“%s”，只是字母大小写不同：把 evidence 中的文件名改成“%s”，或把文件改名",
							"evidence %q is not in %s/; %q is there, in other letter case: write %q under evidence, or rename the file",
							ref.Value, dir, twin, twin)
					}
					c.add(r.File, ref.Pos, f.Rule(), msg)
				}
			}
		}
	}
	if c.opts.Evidence != nil {
		c.uncited(cited, c.unreadEvidence())
	}
}

// unreadEvidence is the evidence folders of the reports that could not be
// read at all (a syntax error), or only without the entries their syntax
// errors are in: which files the report cites is not known until it
// reads, and telling the unit to delete a file its broken report lists
// would be wrong.
func (c *ctx) unreadEvidence() map[string]bool {
	out := map[string]bool{}
	if len(c.repo.Invalid) == 0 {
		return out // no file with errors: every report was read whole
	}
	read := make(map[string]bool, len(c.repo.Reports)+len(c.res.CheckOnly))
	for _, r := range slices.Concat(c.repo.Reports, c.res.CheckOnly) {
		read[r.File] = c.res.Partial[r.File] == nil
	}
	for f := range c.repo.Invalid {
		rest, ok := strings.CutPrefix(f, "reports/")
		if !ok || read[f] {
			continue
		}
		if period, base, ok := strings.Cut(strings.TrimSuffix(rest, ".yaml"), "/"); ok && strings.HasSuffix(rest, ".yaml") && !strings.Contains(base, "/") {
			out[model.EvidenceDir(period, base)] = true
		}
	}
	return out
}

// judge looks at one cited file: by name alone when the files are not
// at hand.
func (c *ctx) judge(p, name string) evidence.Finding {
	switch problem := evidence.NameProblem(name); {
	case problem != evidence.OK:
		return evidence.Finding{Problem: problem}
	case !evidence.Allowed(evidence.Ext(name)):
		return evidence.Finding{Problem: evidence.BadType}
	case c.opts.Evidence == nil:
		return evidence.Finding{}
	}
	return evidence.Inspect(c.opts.Evidence, p)
}

// uncited warns of the files under evidence/ that no entry cites: they
// show nowhere. Only evidence/PERIOD/UNIT/NAME is a place for one.
func (c *ctx) uncited(cited, unread map[string]bool) {
	warn := func(p string, msg i18n.Text) { c.add(p, model.Pos{}, diag.EvidenceUncited, msg) }
	misplaced := func(p string) {
		warn(p, i18n.T("evidence/ 下的佐证材料应放在 evidence/期次/单位编号/ 中，这里的文件不会被引用",
			"evidence belongs in evidence/PERIOD/UNIT/; a file here is never cited"))
	}
	for _, pdir := range folders(c.opts.Evidence, "evidence", misplaced) {
		for _, udir := range folders(c.opts.Evidence, pdir, misplaced) {
			if unread[udir] {
				continue
			}
			files, _ := fs.ReadDir(c.opts.Evidence, udir)
			folded := map[string]string{} // each name in lower case → the first so named
			for _, f := range files {
				if hidden(f.Name()) && !cited[udir+"/"+f.Name()] {
					continue // Thumbs.db, desktop.ini, ~$报告.docx: the system's, not the unit's
				}
				name := udir + "/" + f.Name()
				low := strings.ToLower(f.Name())
				if first, ok := folded[low]; ok {
					c.add(name, model.Pos{}, diag.EvidencePath, i18n.F("“%s”与同一目录中的“%s”只差字母大小写：在 Windows 上两者是同一个文件，复制或检出时会互相覆盖；请给其中一个改名",
						"%q and %q in the same folder differ only in letter case: on Windows they are one file, and one overwrites the other when copied or checked out; rename one of them",
						f.Name(), first))
				} else {
					folded[low] = f.Name()
				}
				switch {
				case cited[name]:
				case f.IsDir():
					warn(name, i18n.T("佐证材料目录中的文件夹：其中的文件不会被引用；把文件直接放在单位的目录中",
						"a folder among the evidence: its files are never cited; put them directly in the unit's folder"))
				default:
					warn(name, i18n.F("没有哪一条报送在 evidence 中列出这个文件，它不会显示在汇总和网站中；在相应条目的 evidence 中写上“%s”，或删除这个文件",
						"no entry lists this file under evidence, so no view shows it; list %q under the evidence of the entry it supports, or delete the file", f.Name()))
				}
			}
		}
	}
}

// caseTwin is the name of a file in dir that is name in other letter
// case (照片.JPG for 照片.jpg), "" when there is none or the files are not
// at hand.
func (c *ctx) caseTwin(dir, name string) string {
	if c.opts.Evidence == nil {
		return ""
	}
	files, _ := fs.ReadDir(c.opts.Evidence, dir)
	for _, f := range files {
		if f.Name() != name && strings.EqualFold(f.Name(), name) {
			return f.Name()
		}
	}
	return ""
}

// folders lists the folders in dir (hidden ones and the system's files
// passed over), and hands every other entry there to misplaced.
func folders(fsys fs.FS, dir string, misplaced func(string)) []string {
	entries, _ := fs.ReadDir(fsys, dir)
	var out []string
	for _, e := range entries {
		p := dir + "/" + e.Name()
		switch {
		case hidden(e.Name()):
		case e.IsDir():
			out = append(out, p)
		default:
			misplaced(p)
		}
	}
	return out
}

// hidden reports whether an entry of an evidence folder is passed over: a
// hidden file, or one the system or an office program put there by itself
// (Thumbs.db, desktop.ini, ~$报告.docx).
func hidden(name string) bool { return strings.HasPrefix(name, ".") || model.SystemFile(name) }

// closed says whether period is closed today (ledger.Closed): its figures
// were signed and sent long ago.
func (c *ctx) closed(period string) bool {
	pi := c.x.PeriodIndex(period)
	return pi >= 0 && !c.opts.Today.IsZero() && ledger.Closed(c.repo.Plan, pi, c.opts.Today)
}
