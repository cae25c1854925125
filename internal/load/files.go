package load

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/model"
)

// The fields of each mapping, from the one table in model.
var (
	planFields    = fields(model.PlanFile, "")
	noticeFields  = fields(model.PlanFile, "notice")
	sectionFields = fields(model.PlanFile, "sections/-")
	periodFields  = fields(model.PlanFile, "periods/-")
	warnFields    = fields(model.PlanFile, "warn")

	unitsFields = fields(model.UnitsFile, "")
	unitFields  = fields(model.UnitsFile, "units/-")
	groupFields = fields(model.UnitsFile, "groups/-")

	taskFields      = fields(model.TaskFile, "")
	milestoneFields = fields(model.TaskFile, "milestones/-")
	targetFields    = fields(model.TaskFile, "targets/-")

	reportFields = fields(model.ReportFile, "")
	entryFields  = fields(model.ReportFile, "entries/-")
)

func fields(kind, path string) []field {
	var out []field
	for _, f := range model.FieldTable[kind][path] {
		out = append(out, field{f.Name, f.Required})
	}
	if out == nil {
		panic("load: no fields for " + kind + " " + path)
	}
	return out
}

// at makes the positions of n, with room for those of its fields.
func at(n *yaml.Node) model.Positions { return model.At(pos(n), len(n.Content)/2) }

// at is the positions of node n, cut from the worker's block when it has
// one.
func (dc *decoder) at(n *yaml.Node) model.Positions {
	if dc.block == nil {
		return at(n)
	}
	return model.AtIn(dc.block, pos(n), len(n.Content)/2)
}

func decodePlan(dc *decoder, n *yaml.Node) *model.Plan {
	p := &model.Plan{File: dc.file, Warn: model.DefaultWarn, At: dc.at(n)}
	ok := dc.mapping(n, i18n.T("plan.yaml", "plan.yaml"), planFields, func(key string, k, v *yaml.Node) {
		p.At = p.At.With(key, fieldPos(k, v))
		switch key {
		case "title":
			p.Title, _ = dc.nonEmpty(v, key)
		case "notice":
			dc.mapping(v, i18n.T("notice", "notice"), noticeFields, func(key string, k, v *yaml.Node) {
				p.At = p.At.With("notice."+key, fieldPos(k, v))
				switch key {
				case "title":
					p.Notice.Title, _ = dc.str(v, key)
				case "number":
					p.Notice.Number, _ = dc.str(v, key)
				case "issuer":
					p.Notice.Issuer, _ = dc.str(v, key)
				case "date":
					p.Notice.Date, _ = dc.date(v, key)
				case "recipients":
					p.Notice.Recipients = model.Values(dc.strList(v, key))
				case "source":
					p.Notice.Source, _ = dc.str(v, key)
				}
			})
		case "start":
			p.Start, _ = dc.date(v, key)
		case "end":
			p.End, _ = dc.date(v, key)
		case "preamble":
			p.Preamble, _ = dc.str(v, key)
		case "sections":
			dc.list(v, key, func(it *yaml.Node) {
				s := model.Section{At: dc.at(it)}
				if dc.mapping(it, i18n.T("章节", "a section"), sectionFields, func(key string, k, v *yaml.Node) {
					s.At = s.At.With(key, fieldPos(k, v))
					switch key {
					case "id":
						s.ID, _ = dc.ident(v, key)
					case "title":
						s.Title, _ = dc.str(v, key)
					}
				}) {
					p.Sections = append(p.Sections, s)
				}
			})
		case "periods":
			dc.list(v, key, func(it *yaml.Node) {
				pe := model.Period{At: dc.at(it)}
				if dc.mapping(it, i18n.T("期次", "a period"), periodFields, func(key string, k, v *yaml.Node) {
					pe.At = pe.At.With(key, fieldPos(k, v))
					switch key {
					case "id":
						pe.ID, _ = dc.ident(v, key)
					case "start":
						pe.Start, _ = dc.date(v, key)
					case "end":
						pe.End, _ = dc.date(v, key)
					case "due":
						pe.Due, _ = dc.date(v, key)
					}
				}) {
					if pe.Due.IsZero() {
						pe.Due = pe.End
					}
					p.Periods = append(p.Periods, pe)
				}
			})
		case "warn":
			dc.mapping(v, i18n.T("warn", "warn"), warnFields, func(key string, k, v *yaml.Node) {
				p.At = p.At.With("warn."+key, fieldPos(k, v))
				if key == "delayed_share" {
					f, ok := dc.number(v, key)
					if ok && (f < 0 || f > 1) {
						dc.add(pos(v), diag.OutOfRange, i18n.F(
							"warn.delayed_share 的值 %s 超出范围；应为 0 到 1 之间的小数，如 0.1 表示 10%%",
							"warn.delayed_share: %s is out of range; write a share from 0 to 1, such as 0.1 for 10%%", model.FormatNumber(f)))
					} else if ok {
						p.Warn.DelayedShare = f
					}
					return
				}
				n, ok := dc.integer(v, key)
				if !ok {
					return
				}
				if n < 0 || (key == "behind" && n > 100) || n > 3650 {
					dc.add(pos(v), diag.OutOfRange, i18n.F("warn.%s 的值 %d 超出范围", "warn.%s: %d is out of range", key, n))
					return
				}
				if key == "behind" {
					p.Warn.Behind = n
				} else {
					p.Warn.Days = n
				}
			})
		case "require":
			dc.require(v, p)
		}
	})
	if !ok {
		return nil
	}
	if p.Start.IsZero() {
		p.Start = p.Notice.Date
	}
	if p.Start.IsZero() && len(p.Periods) > 0 {
		p.Start = p.Periods[0].Start
	}
	return p
}

func decodeUnits(dc *decoder, n *yaml.Node) *model.Units {
	u := &model.Units{File: dc.file}
	ok := dc.mapping(n, i18n.T("units.yaml", "units.yaml"), unitsFields, func(key string, k, v *yaml.Node) {
		switch key {
		case "units":
			dc.list(v, key, func(it *yaml.Node) {
				un := model.Unit{At: dc.at(it)}
				if dc.mapping(it, i18n.T("单位", "a unit"), unitFields, func(key string, k, v *yaml.Node) {
					un.At = un.At.With(key, fieldPos(k, v))
					switch key {
					case "id":
						un.ID, _ = dc.ident(v, key)
					case "name":
						un.Name, _ = dc.ident(v, key)
					case "aliases":
						un.Aliases = dc.identList(v, key)
					case "contact":
						un.Contact, _ = dc.str(v, key)
					case "from":
						un.From, _ = dc.ident(v, key)
					case "until":
						un.Until, _ = dc.ident(v, key)
					}
				}) {
					u.Units = append(u.Units, un)
				}
			})
		case "groups":
			dc.list(v, key, func(it *yaml.Node) {
				g := model.Group{At: dc.at(it)}
				if dc.mapping(it, i18n.T("分组", "a group"), groupFields, func(key string, k, v *yaml.Node) {
					g.At = g.At.With(key, fieldPos(k, v))
					switch key {
					case "name":
						g.Name, _ = dc.ident(v, key)
					case "aliases":
						g.Aliases = dc.identList(v, key)
					case "members":
						g.Members = dc.identList(v, key)
					case "rank":
						g.Rank, _ = dc.boolean(v, key)
					}
				}) {
					u.Groups = append(u.Groups, g)
				}
			})
		}
	})
	if !ok {
		return nil
	}
	return u
}

func decodeTask(dc *decoder, n *yaml.Node, id string) *model.Task {
	t := &model.Task{File: dc.file, ID: id, At: dc.at(n)}
	ok := dc.mapping(n, i18n.F("任务 %s", "task %s", id), taskFields, func(key string, k, v *yaml.Node) {
		t.At = t.At.With(key, fieldPos(k, v))
		switch key {
		case "id":
			if s, ok := dc.ident(v, key); ok && model.TaskKey(s) != model.TaskKey(id) {
				dc.add(pos(v), diag.NameMismatch, i18n.F("id “%s” 与文件名 %s.yaml 不符", "id %q does not match the file name %s.yaml", s, id))
			}
		case "section":
			t.Section, _ = dc.ident(v, key)
		case "title":
			t.Title, _ = dc.nonEmpty(v, key)
		case "body":
			t.Body, _ = dc.str(v, key)
		case "owners":
			t.Owners = dc.identList(v, key)
		case "owners_text":
			t.OwnersText, _ = dc.str(v, key)
		case "lead":
			t.Lead = dc.identList(v, key)
		case "leaders":
			t.Leaders = model.Values(dc.strList(v, key))
		case "due":
			t.Due, _ = dc.date(v, key)
		case "from":
			t.From, _ = dc.ident(v, key)
		case "milestones":
			dc.list(v, key, func(it *yaml.Node) {
				m := model.Milestone{At: dc.at(it)}
				if dc.mapping(it, i18n.T("里程碑", "a milestone"), milestoneFields, func(key string, k, v *yaml.Node) {
					m.At = m.At.With(key, fieldPos(k, v))
					switch key {
					case "due":
						m.Due, _ = dc.date(v, key)
					case "text":
						m.Text, _ = dc.str(v, key)
					}
				}) && !m.Due.IsZero() {
					t.Milestones = append(t.Milestones, m)
				}
			})
		case "targets":
			dc.list(v, key, func(it *yaml.Node) {
				g := model.Target{At: dc.at(it)}
				if dc.mapping(it, i18n.T("指标", "a target"), targetFields, func(key string, k, v *yaml.Node) {
					g.At = g.At.With(key, fieldPos(k, v))
					switch key {
					case "id":
						g.ID, _ = dc.ident(v, key)
					case "name":
						g.Name, _ = dc.str(v, key)
					case "target":
						g.Target, _ = dc.number(v, key)
					case "unit":
						g.Unit, _ = dc.str(v, key)
					}
				}) {
					t.Targets = append(t.Targets, g)
				}
			})
		}
	})
	if !ok {
		return nil
	}
	return t
}

func decodeReport(dc *decoder, n *yaml.Node, dir, base string) *model.Report {
	r := &model.Report{File: dc.file, Dir: dir, Base: base, At: dc.at(n)}
	typos := map[int]bool{} // entries with an unknown field: a misspelt summary is one fault, not two
	ok := dc.mapping(n, i18n.T("报送文件", "the report"), reportFields, func(key string, k, v *yaml.Node) {
		r.At = r.At.With(key, fieldPos(k, v))
		switch key {
		case "unit":
			r.Unit, _ = dc.ident(v, key)
		case "period":
			r.Period, _ = dc.ident(v, key)
		case "submitted":
			r.Submitted, _ = dc.reportDate(v, key, dir)
			r.Dated = !isNull(v)
		case "contact":
			if c, ok := dc.scalar(v, key); ok {
				r.Contact = dc.name(c) // a unit's contact, the same in most of its reports
			}
		case "entries":
			if v != nil && v.Kind == yaml.SequenceNode {
				r.Entries = make([]model.Entry, 0, len(v.Content))
			}
			dc.list(v, key, func(it *yaml.Node) {
				before := len(dc.d.Items)
				if e, ok := decodeEntry(dc, it); ok {
					r.Entries = append(r.Entries, e)
					if hasRule(dc.d.Items[before:], diag.UnknownField) {
						typos[len(r.Entries)-1] = true
					}
				}
			})
		}
	})
	if !ok {
		return nil
	}
	if r.Dated {
		// A submitted report says what was done on every task (DESIGN §2);
		// a draft need not yet. A date written wrong is still a report
		// meant as submitted: its blank summaries are said in the same run.
		for i, e := range r.Entries {
			if strings.TrimSpace(e.Summary) == "" && !typos[i] && !dc.failed(e.At.Of("summary")) {
				dc.add(e.At.Of("summary"), diag.NoSummary, i18n.F("任务 %s 没有填写进展情况 summary；已报送的报告每项任务都要写明本期进展",
					"task %s has no summary; a submitted report says what was done on every task", e.Task))
			}
			if !e.Invalid && !e.HasProgress && (e.Status == model.InProgress || e.Status == model.Delayed) {
				// No number: 0 would pull the means down with a figure the
				// unit never gave (walk 9: an empty 进度 cell read as 进度 0
				// 低于 2019Q2 报送的 50). A draft need not give it yet.
				dc.add(e.At.Of("status"), diag.NoProgress, i18n.F(
					"任务 %[1]s 的状态是“%[2]s”，却没有填写进度 progress；请写明进度（0 到 100 的整数，如 progress: 60）",
					"task %[1]s is %[3]s but gives no progress; write it (an integer 0 to 100, such as progress: 60)",
					e.Task, e.Status.Label(i18n.Zh), e.Status.Label(i18n.En)))
				r.Entries[i].Invalid = true
			}
		}
	}
	return r
}

func decodeEntry(dc *decoder, n *yaml.Node) (model.Entry, bool) {
	e := model.Entry{At: dc.at(n)}
	wroteProgress := false // a number was written: it failed unless HasProgress
	dc.mapping(n, i18n.T("报送条目", "an entry"), entryFields, func(key string, k, v *yaml.Node) {
		e.At = e.At.With(key, fieldPos(k, v))
		switch key {
		case "task":
			e.Task, _ = dc.ident(v, key)
		case "status":
			e.Status, e.HasStatus = dc.status(v)
		case "progress":
			if isNull(v) {
				return
			}
			wroteProgress = true
			e.Progress, e.HasProgress = dc.progress(v)
		case "summary":
			e.Summary, _ = dc.text(v, key)
			dc.cutByComment(k, v, key)
			dc.direction(v, key)
			dc.garbled(v, key)
		case "problems":
			e.Problems, _ = dc.text(v, key)
			dc.cutByComment(k, v, key)
			dc.direction(v, key)
			dc.garbled(v, key)
		case "next":
			e.Next, _ = dc.text(v, key)
			dc.cutByComment(k, v, key)
			dc.direction(v, key)
			dc.garbled(v, key)
		case "values":
			if isNull(v) {
				return
			}
			if v.Kind != yaml.MappingNode {
				dc.wrongType(v, key, i18n.T("“指标编号: 数值”的映射", "a mapping of target ids to numbers"))
				return
			}
			for i := 0; i+1 < len(v.Content); i += 2 {
				k, val := dc.deref(v.Content[i]), dc.deref(v.Content[i+1])
				if k == nil || val == nil {
					continue
				}
				if x, ok := dc.number(val, k.Value); ok {
					e.Values = append(e.Values, model.Value{Target: dc.name(k.Value), Value: x, Pos: keyPos(k)})
				}
			}
		case "evidence":
			e.Evidence = dc.evidence(v)
		case "extension":
			e.Extension = dc.extension(v)
		}
	})
	e.Invalid = !e.HasStatus || (wroteProgress && !e.HasProgress) // status is required
	if e.HasStatus && e.HasProgress && e.Status == model.Done && e.Progress < 100 {
		// Done means 100 (DESIGN §2): until fixed the entry counts as nothing.
		dc.add(e.At.Of("progress"), diag.DoneBelow100, i18n.F(
			"状态为“已完成”，进度却是 %d；已完成即进度 100：确已完成的，进度填 100；尚未完成的，状态改为“推进中”",
			"status is done but progress is %d; done means 100: if it is done, make the progress 100; if not, make the status in-progress",
			e.Progress))
		e.Invalid = true
	}
	// An entry with a bad status or progress is kept: it still says the
	// unit reported on the task, and its own problem is reported once.
	return e, e.Task != ""
}

// status reads an entry's status.
func (dc *decoder) status(v *yaml.Node) (model.Status, bool) {
	const key = "status"
	s, ok := dc.nonEmptyScalar(v, key) // read and dropped: not copied
	if !ok {
		return 0, false
	}
	st, ok := model.ParseStatus(s)
	if trimmed := strings.TrimSpace(halfWidth(s)); !ok && trimmed != s {
		if _, ok := model.ParseStatus(trimmed); ok {
			dc.add(pos(v), diag.BadStatus, i18n.F("状态“%s”前后有全角空格（中文输入法）；请删去空格，写成“%s”",
				"status %q has full-width spaces around it (a Chinese input method); remove them: %s", s, trimmed))
			return 0, false
		}
	}
	if !ok {
		msg := i18n.T(
			fmt.Sprintf("状态“%s”无效；可用：%s", clip(s), i18n.List(model.StatusChoices(i18n.Zh)).Zh),
			fmt.Sprintf("invalid status %q; use one of: %s", clip(s), i18n.List(model.StatusChoices(i18n.En)).En))
		if g, ok := model.GuessStatus(s); ok {
			msg = i18n.T(msg.Zh+fmt.Sprintf("。是不是“%s”？", g.Label(i18n.Zh)), msg.En+fmt.Sprintf(". Did you mean %s (%s)?", g.Label(i18n.Zh), g.Label(i18n.En)))
		}
		dc.add(pos(v), diag.BadStatus, msg)
		return 0, false
	}
	return st, true
}

// progress reads an entry's progress: a whole number from 0 to 100.
func (dc *decoder) progress(v *yaml.Node) (int, bool) {
	p, ok := dc.integer(v, "progress")
	if ok && (p < 0 || p > 100) {
		dc.add(pos(v), diag.OutOfRange, i18n.F("进度 %d 超出范围；应为 0 到 100 的整数", "progress %d is out of range; use a whole number from 0 to 100", p))
		return 0, false
	}
	return p, ok
}

func hasRule(items []diag.Diagnostic, rule string) bool {
	for _, d := range items {
		if d.Rule == rule {
			return true
		}
	}
	return false
}
