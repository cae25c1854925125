package load

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// The office's reviews (reviews/PERIOD/UNIT.yaml, DESIGN §1) and the
// fields of a report and of the plan that the review loop and the
// evidence add: an entry's evidence and extension, plan.yaml's require.

var (
	reviewFields    = fields(model.ReviewFile, "")
	reasonFields    = fields(model.ReviewFile, "reasons/-")
	returnFields    = fields(model.ReviewFile, "returns/-")
	returnReasons   = fields(model.ReviewFile, "returns/-/reasons/-")
	decisionFields  = fields(model.ReviewFile, "extensions/-")
	sealFields      = fields(model.ReviewFile, "evidence/-")
	extensionFields = fields(model.ReportFile, "entries/-/extension")
	requireFields   = fields(model.PlanFile, "require")
)

// listReviews finds reviews/PERIOD/UNIT.yaml; the folder is optional, and
// anything else in it is reported as stray.
func listReviews(fsys fs.FS, d *diag.List) []job {
	periods, ok := readFolder(fsys, "reviews", false, d)
	if !ok {
		return nil
	}
	stray := i18n.T("reviews/ 下只读取 期次/单位编号.yaml（由 tally review 写入），此文件被忽略",
		"only PERIOD/UNIT.yaml files (written by tally review) are read in reviews/; this one is ignored")
	var jobs []job
	for _, p := range periods {
		dir := "reviews/" + p.Name()
		switch {
		case strings.HasPrefix(p.Name(), "."):
			continue
		case !p.IsDir():
			d.Add(dir, model.Pos{}, diag.StrayFile, stray)
			continue
		}
		files, ok := periodFolder(fsys, dir, p.Name(), d)
		if !ok {
			continue
		}
		for _, f := range files {
			name := dir + "/" + f.Name()
			base, isYAML := strings.CutSuffix(f.Name(), ".yaml")
			switch {
			case strings.HasPrefix(f.Name(), "."):
			case f.IsDir() || !isYAML:
				d.Add(name, model.Pos{}, diag.StrayFile, stray)
			default:
				jobs = append(jobs, job{file: name, kind: kindReview, dir: p.Name(), base: base})
			}
		}
	}
	return jobs
}

// periodFolder lists the files of a period folder of reports/ or
// reviews/; a folder whose name is no period id is an error at its name,
// and its files are passed over.
func periodFolder(fsys fs.FS, dir, name string, d *diag.List) ([]fs.DirEntry, bool) {
	if !model.IsPeriodID(name) {
		d.Add(dir, model.Pos{}, diag.BadID, i18n.F(
			"目录名“%s”不是有效的期次编号（如 2019Q2），其中的文件被忽略", "%q is not a valid period id (such as 2019Q2); its files are ignored", name))
		return nil, false
	}
	return readFolder(fsys, dir, true, d)
}

// sortReviews orders the reviews as the reports are: by period in plan
// order (order), then by file.
func sortReviews(repo *model.Repo, order map[string]int) {
	rank := func(dir string) int {
		if i, ok := order[dir]; ok {
			return i
		}
		return len(order)
	}
	sort.SliceStable(repo.Reviews, func(i, j int) bool {
		a, b := repo.Reviews[i], repo.Reviews[j]
		if ra, rb := rank(a.Dir), rank(b.Dir); ra != rb {
			return ra < rb
		}
		return a.File < b.File
	})
}

func decodeReview(dc *decoder, n *yaml.Node, dir, base string) *model.Review {
	r := &model.Review{File: dc.file, Dir: dir, Base: base, At: at(n)}
	ok := dc.mapping(n, i18n.T("审核记录", "the review"), reviewFields, func(key string, k, v *yaml.Node) {
		r.At = r.At.With(key, fieldPos(k, v))
		switch key {
		case "unit":
			r.Unit, _ = dc.ident(v, key)
		case "period":
			r.Period, _ = dc.ident(v, key)
		case "report":
			r.Report = dc.fingerprint(v, key, i18n.T("报送文件", "a report"))
		case "result":
			r.Result, r.HasResult = dc.reviewResult(v)
		case "date":
			r.Date, _ = dc.date(v, key)
			if isNull(v) {
				dc.add(pos(v), diag.MissingField, i18n.T("审核记录缺少审核日期 date", "the review has no date"))
			}
		case "by":
			r.By, _ = dc.nonEmpty(v, key)
		case "submitted":
			r.Submitted, _ = dc.date(v, key)
		case "deadline":
			r.Deadline, _ = dc.date(v, key)
		case "reasons":
			r.Reasons = dc.reasons(v, key, reasonFields)
		case "returns":
			dc.list(v, key, func(it *yaml.Node) {
				if x, ok := dc.earlierReturn(it); ok {
					r.Returns = append(r.Returns, x)
				}
			})
		case "extensions":
			dc.list(v, key, func(it *yaml.Node) {
				if x, ok := dc.decision(it); ok {
					r.Extensions = append(r.Extensions, x)
				}
			})
		case "evidence":
			dc.list(v, key, func(it *yaml.Node) {
				if s, ok := dc.seal(it); ok {
					r.Evidence = append(r.Evidence, s)
				}
			})
		}
	})
	if !ok {
		return nil
	}
	if r.HasResult && r.Result == model.Returned && len(r.Reasons) == 0 && !dc.failed(r.At.Of("reasons")) {
		dc.add(r.At.Of("result"), diag.NoReason, i18n.T(
			"退回的报送须写明理由：在 reasons 下列出（用 tally review return 单位 --reason 理由 记录）",
			"a returned report needs its reasons under reasons (tally review return UNIT --reason TEXT records them)"))
	}
	return r
}

// reasons reads a return's reasons.
func (dc *decoder) reasons(v *yaml.Node, key string, known []field) []model.ReviewReason {
	var out []model.ReviewReason
	dc.list(v, key, func(it *yaml.Node) {
		rs := model.ReviewReason{At: at(it)}
		if dc.mapping(it, i18n.T("退回理由", "a reason"), known, func(key string, k, v *yaml.Node) {
			rs.At = rs.At.With(key, fieldPos(k, v))
			switch key {
			case "task":
				rs.Task, _ = dc.ident(v, key)
			case "text":
				rs.Text, _ = dc.nonEmpty(v, key)
			}
		}) && rs.Text != "" {
			out = append(out, rs)
		}
	})
	return out
}

// earlierReturn reads one of a review's earlier returns (returns:): its
// date and reasons are required.
func (dc *decoder) earlierReturn(it *yaml.Node) (model.ReturnRecord, bool) {
	x := model.ReturnRecord{At: at(it)}
	if !dc.mapping(it, i18n.T("以前的退回", "an earlier return"), returnFields, func(key string, k, v *yaml.Node) {
		x.At = x.At.With(key, fieldPos(k, v))
		switch key {
		case "date":
			x.Date, _ = dc.date(v, key)
		case "by":
			x.By, _ = dc.nonEmpty(v, key)
		case "deadline":
			x.Deadline, _ = dc.date(v, key)
		case "reasons":
			x.Reasons = dc.reasons(v, key, returnReasons)
		case "submitted":
			x.Submitted, _ = dc.date(v, key)
		case "resubmitted":
			x.Resubmitted, _ = dc.date(v, key)
		}
	}) {
		return x, false
	}
	return x, !x.Date.IsZero()
}

// reviewResult reads a review's result: 通过 or 退回.
func (dc *decoder) reviewResult(v *yaml.Node) (model.ReviewResult, bool) {
	s, ok := dc.nonEmpty(v, "result")
	if !ok {
		return 0, false
	}
	res, ok := model.ParseReviewResult(strings.TrimSpace(s))
	if !ok {
		dc.add(pos(v), diag.BadResult, i18n.F("审核结论“%s”无效；可用：通过、退回（或 accepted、returned）",
			"review result %q is not valid; use 通过 or 退回 (or accepted, returned)", clip(s)))
	}
	return res, ok
}

// decision reads one extension decision of a review.
func (dc *decoder) decision(it *yaml.Node) (model.ExtensionDecision, bool) {
	x := model.ExtensionDecision{At: at(it)}
	granted, hasGranted := false, false
	if !dc.mapping(it, i18n.T("延期决定", "an extension decision"), decisionFields, func(key string, k, v *yaml.Node) {
		x.At = x.At.With(key, fieldPos(k, v))
		switch key {
		case "task":
			x.Task, _ = dc.ident(v, key)
		case "to":
			x.To, _ = dc.date(v, key)
		case "granted":
			granted, hasGranted = dc.boolean(v, key)
		}
	}) || !hasGranted || x.Task == "" {
		return x, false
	}
	x.Granted = granted
	if granted && x.To.IsZero() && !dc.failed(x.At.Of("to")) {
		dc.add(x.At.Of(""), diag.MissingField, i18n.F("批准延期须写明延期至哪一天（to）：任务 %s", "a granted extension needs the date it runs to (to): task %s", x.Task))
		return x, false
	}
	return x, true
}

// seal reads one evidence file's fingerprint in a review.
func (dc *decoder) seal(it *yaml.Node) (model.EvidenceSeal, bool) {
	s := model.EvidenceSeal{At: at(it)}
	ok := dc.mapping(it, i18n.T("佐证材料指纹", "an evidence fingerprint"), sealFields, func(key string, k, v *yaml.Node) {
		s.At = s.At.With(key, fieldPos(k, v))
		if key == "file" {
			s.File, _ = dc.nonEmpty(v, key)
		} else {
			s.Hash = dc.fingerprint(v, key, i18n.T("佐证材料", "an evidence file"))
		}
	})
	return s, ok && s.File != "" && s.Hash != ""
}

// fingerprint reads a fingerprint tally review wrote, of what ("" when
// it is none).
func (dc *decoder) fingerprint(v *yaml.Node, key string, what i18n.Text) string {
	s, ok := dc.nonEmpty(v, key)
	if ok && !model.IsReportHash(s) {
		dc.add(pos(v), diag.ReviewHash, i18n.T(
			fmt.Sprintf("%s“%s”不是%s的指纹（12 位小写十六进制数字，由 tally review 写入）；不要手改这一行，用 tally review 重新审核", key, clip(s), what.Zh),
			fmt.Sprintf("%s %q is not %s's fingerprint (12 lower-case hex digits, written by tally review); do not edit it by hand: review again with tally review", key, clip(s), what.En)))
		return ""
	}
	return s
}

// evidence reads an entry's evidence: a list of file names.
func (dc *decoder) evidence(v *yaml.Node) []model.Ref {
	return dc.strList(v, "evidence")
}

// extension reads an entry's request for a later due date.
func (dc *decoder) extension(v *yaml.Node) *model.ExtensionRequest {
	if isNull(v) {
		return nil
	}
	x := &model.ExtensionRequest{At: at(v)}
	if !dc.mapping(v, i18n.T("延期申请 extension", "the extension"), extensionFields, func(key string, k, v *yaml.Node) {
		x.At = x.At.With(key, fieldPos(k, v))
		switch key {
		case "to":
			x.To, _ = dc.date(v, key)
		case "reason":
			x.Reason, _ = dc.nonEmpty(v, key)
		}
	}) || x.To.IsZero() {
		return nil
	}
	return x
}

// require reads plan.yaml's require: what reports must carry.
func (dc *decoder) require(v *yaml.Node, p *model.Plan) {
	dc.mapping(v, i18n.T("require", "require"), requireFields, func(key string, k, v *yaml.Node) {
		p.At = p.At.With("require."+key, fieldPos(k, v))
		s, ok := dc.nonEmpty(v, key)
		switch {
		case !ok:
		case key == "from":
			p.Require.From = s
		case s == "done" || s == "已完成":
			p.Require.EvidenceDone = true
		default:
			dc.add(pos(v), diag.BadValue, i18n.F("require.evidence 的值“%s”无效；写 done，表示已完成的任务须附佐证材料",
				"require.evidence: %q is not valid; write done: an entry claiming done must cite evidence", clip(s)))
		}
	})
}

// FS is the file system the repository was read from, for the files that
// sit beside the data (evidence).
func (r *Result) FS() fs.FS { return r.fsys }
