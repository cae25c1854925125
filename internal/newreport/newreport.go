// Package newreport writes the report template a unit fills in for a
// period: one entry per task it owns and has not finished, carried over
// from its latest report, every field explained in Chinese. The same
// writer lays out a report filled in elsewhere (an Excel form), so that
// both read alike.
package newreport

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/review"
	"tally/internal/yamlfmt"
)

// SchemaRef is where a report file finds its schema, from reports/P/.
const SchemaRef = "../../schema/report.schema.json"

// Draft is a unit's report for a period, as text fields: what the template
// pre-fills, or what a form brought back.
type Draft struct {
	Unit      *model.Unit
	Period    model.Period
	Submitted string // YYYY-MM-DD, or "" for a template
	Contact   string
	Rows      []Row
	// Returned is the office's return of the unit's report for the period,
	// when it stands returned (nil otherwise): the rows are then filled in
	// from that report, to be put right, and the form says why it came back.
	Returned *model.Review
	// ResubmitBy is the date the returned report is to be sent again by
	// (review.Book.ResubmitBy), zero when there is none.
	ResubmitBy time.Time
}

// Row is one entry: a task the unit owns and has not finished before the
// period.
type Row struct {
	Task     *model.Task
	Was      string // its last word: "2019Q2 报送：推进中 50%", or "此前未报送"
	Status   string // a status label, or what a form said
	Progress string // a whole number, or what a form said
	Summary  string
	Problems string
	Next     string
	// Carried is the period Problems and Next were carried from (the last
	// report's), "" when they are the unit's own for this period.
	Carried  string
	Values   []Value  // one per target of the task
	Evidence []string // the names of the evidence files cited (a form's 佐证材料)
	// Extension is the extension the unit asked for on the task in its
	// own report of the period (nil: none): the form has no column for
	// it, so a form filled in again and collected keeps it rather than
	// taking it back (probe 15).
	Extension *model.ExtensionRequest
}

// Value is the number a row reports against one of its task's targets.
type Value struct {
	Target model.Target
	Value  string
	// Earlier: the value is the unit's latest given before the period,
	// pre-filled; not one the period's report gave.
	Earlier bool
}

// Open is the draft of unit's report for period index pi: its open tasks,
// carried from its latest report before the period. A unit with no rows
// owes the period nothing.
func Open(x *model.Index, unit *model.Unit, pi int) Draft {
	return OpenIn(x, x.Repo.Reports, unit, pi)
}

// OpenIn is Open searching only reports, which must hold every report of
// unit in the repository's order (ledger.ReportsByUnit gives them): a
// form for each of 2,000 units would otherwise go through every report
// of the repository 2,000 times.
func OpenIn(x *model.Index, reports []*model.Report, unit *model.Unit, pi int) Draft {
	plan := x.Repo.Plan
	d := Draft{Unit: unit, Period: plan.Periods[pi]}
	last := ledger.LatestIn(x, reports, unit.ID, pi)
	for _, r := range reports {
		if r.Unit == unit.ID && x.PeriodIndex(r.Dir) >= 0 && x.PeriodIndex(r.Dir) < pi && r.Contact != "" {
			d.Contact = r.Contact
		}
	}
	returned := returnedIn(x, reports, unit, pi)
	// The unit's own report of the period, returned or not: a form made
	// after the unit reported is filled in from what it reported, not
	// from the period before, so that a form filled in again (after a
	// return, say) does not take back what the report said of the rows
	// left alone (probe 14, B1: 60% went back to 未启动 0).
	own := returned
	if own == nil {
		own = sentIn(x, reports, unit, pi)
		if own != nil && own.Contact != "" {
			d.Contact = own.Contact
		}
	}
	if returned != nil {
		d.Returned = review.Of(x).Of(returned.Dir, returned.Base)
		if by, ok := review.Of(x).ResubmitBy(d.Returned); ok {
			d.ResubmitBy = by
		}
		if returned.Contact != "" {
			d.Contact = returned.Contact
		}
	}
	for _, t := range x.Repo.Tasks {
		if x.Task(t.ID) != t || !x.Owns(unit.ID, t.ID) || !x.InList(t, pi) || !x.Serving(unit.ID, pi) {
			continue // not the unit's, or not on the list in the period (from, until)
		}
		l, seen := last[model.TaskKey(t.ID)]
		given := l.Values           // the latest value given for each target before the period
		again := entryOf(own, t.ID) // the period's own word (to be put right, when returned)
		if again != nil {
			l, seen = ledger.Last{Entry: again, Period: d.Period.ID}, true
		} else if seen && l.Entry.Status == model.Done {
			continue // done carries forward: not reported again
		}
		status, progress, was := model.NotStarted, 0, "此前未报送"
		row := Row{Task: t}
		if seen {
			status, progress = l.Entry.Status, l.Entry.EffectiveProgress()
			row.Problems, row.Next = l.Entry.Problems, l.Entry.Next
			if again == nil {
				row.Carried = l.Period
			}
			was = fmt.Sprintf("%s 报送：%s %d%%", l.Period, status.Label(0), progress)
			switch {
			case again != nil && returned != nil:
				row.Summary, row.Evidence, row.Extension = again.Summary, model.Values(again.Evidence), again.Extension
				was = fmt.Sprintf("%s 报送（已退回）：%s %d%%%s", l.Period, status.Label(0), progress, reasonsOn(d.Returned, t.ID))
			case again != nil:
				row.Summary, row.Evidence, row.Extension = again.Summary, model.Values(again.Evidence), again.Extension
				was = fmt.Sprintf("%s 已报送：%s %d%%（按本期已报的预填）", l.Period, status.Label(0), progress)
			}
		}
		if !seen {
			if e, period := rejected(x, reports, unit.ID, t.ID, pi); e != nil {
				// Its last word did not count (文件有误 for the entry): not
				// 此前未报送 and 未启动 0 over what it wrote (walk 10).
				status, progress, was = rejectedAs(e, period)
				row.Problems, row.Next = e.Problems, e.Next // as a carried row's: the summary is the period's own
			}
		}
		row.Status, row.Progress, row.Was = status.Label(0), strconv.Itoa(progress), was
		for _, g := range t.Targets {
			// The value the ledger counts for the unit: the entry's own,
			// else the latest it gave before (an entry that left it out
			// keeps it), else 0. Pre-filled as 0 where an entry left it
			// out, a form sent back unchanged took the unit's figure
			// away from the target's actual.
			v, earlier := "0", false
			if x, ok := given[g.ID]; ok {
				v, earlier = model.FormatNumber(x), true
			}
			if seen {
				for _, x := range l.Entry.Values {
					if x.Target == g.ID {
						v, earlier = model.FormatNumber(x.Value), again == nil
					}
				}
			}
			row.Values = append(row.Values, Value{Target: g, Value: v, Earlier: earlier})
		}
		d.Rows = append(d.Rows, row)
	}
	return d
}

// rejected is unit's latest entry on task, in its submitted reports of the
// periods before index pi, that did not count (its status or progress
// failed validation, or it says nothing of what was done: R409, R404 and
// the like), and its period; nil when its latest word on the task counted
// or it never had one. Entries of later reports that counted are newer
// words: the caller asks only where none counted.
func rejected(x *model.Index, reports []*model.Report, unit, task string, pi int) (*model.Entry, string) {
	var out *model.Entry
	at := -1
	for _, r := range reports {
		ri := x.PeriodIndex(r.Dir)
		if r.Unit != unit || r.Base != unit || ri < 0 || ri >= pi || ri < at || r.Submitted.IsZero() || r.Dir != r.Period {
			continue
		}
		for i := range r.Entries {
			e := &r.Entries[i]
			if model.TaskKey(e.Task) == model.TaskKey(task) && (e.Invalid || strings.TrimSpace(e.Summary) == "") {
				out, at = e, ri
			}
		}
	}
	if out == nil {
		return nil, ""
	}
	return out, x.Repo.Plan.Periods[at].ID
}

// rejectedAs is what a template fills in for an entry that did not count:
// a 已完成 below 100 (R409) as 推进中 at the progress written, a status and
// progress that passed as written, anything else as 未启动 0; and the
// row's comment saying so.
func rejectedAs(e *model.Entry, period string) (model.Status, int, string) {
	wrote := ""
	if e.HasStatus && e.HasProgress {
		wrote = fmt.Sprintf("：%s %d%%", e.Status.Label(0), e.Progress)
	}
	switch {
	case e.Invalid && e.HasStatus && e.Status == model.Done && e.HasProgress && e.Progress >= 0 && e.Progress < 100:
		return model.InProgress, e.Progress, fmt.Sprintf("%s 报送有误，未计入%s；已完成的进度须为 100，这里按推进中 %d%% 预填，请核实", period, wrote, e.Progress)
	case !e.Invalid:
		return e.Status, e.EffectiveProgress(), fmt.Sprintf("%s 报送未写进展情况，未计入%s", period, wrote)
	}
	return model.NotStarted, 0, fmt.Sprintf("%s 报送有误，未计入%s；请按实际填写状态和进度", period, wrote)
}

// returnedIn is unit's report for period index pi when the office
// returned it and it has not been sent again (review.Returned), else nil.
func returnedIn(x *model.Index, reports []*model.Report, unit *model.Unit, pi int) *model.Report {
	period := x.Repo.Plan.Periods[pi].ID
	for _, r := range reports {
		if r.Unit == unit.ID && r.Base == unit.ID && r.Dir == period && r.Period == period &&
			review.Of(x).Verdict(r).State == review.Returned {
			return r
		}
	}
	return nil
}

// sentIn is unit's submitted report for period index pi, nil when it has
// none (reports holds only what has come in by today: ReportsByUnit).
func sentIn(x *model.Index, reports []*model.Report, unit *model.Unit, pi int) *model.Report {
	period := x.Repo.Plan.Periods[pi].ID
	for _, r := range reports {
		if r.Unit == unit.ID && r.Base == unit.ID && r.Dir == period && r.Period == period && !r.Submitted.IsZero() {
			return r
		}
	}
	return nil
}

// reasonsOn are the reasons the office gave on task for returning the
// report, as a clause after the row's last word: "；退回理由：…".
func reasonsOn(rv *model.Review, task string) string {
	var texts []string
	for _, rs := range rv.Reasons {
		if rs.Task != "" && model.TaskKey(rs.Task) == model.TaskKey(task) {
			texts = append(texts, strings.TrimRight(rs.Text, "。. "))
		}
	}
	if len(texts) == 0 {
		return ""
	}
	return "；退回理由：" + strings.Join(texts, "；")
}

// entryOf is r's valid entry for task, nil when r is nil or has none.
func entryOf(r *model.Report, task string) *model.Entry {
	if r == nil {
		return nil
	}
	for i := range r.Entries {
		if e := &r.Entries[i]; model.TaskKey(e.Task) == model.TaskKey(task) && !e.Invalid {
			return e
		}
	}
	return nil
}

// Text lays the draft out as a report file, every field explained. Values
// that are not what the schema wants are written as text, for the loader
// to report where they stand.
func (d Draft) Text() string {
	var b strings.Builder
	due := model.FormatDate(d.Period.Due)
	b.WriteString("# yaml-language-server: $schema=" + SchemaRef + "\n")
	fmt.Fprintf(&b, "# %s %s 报送（报送截止 %s）。\n", yamlfmt.Comment(d.Unit.Name), d.Period.ID, due)
	b.WriteString("# 每项负责且尚未完成的任务一条，已按上次报送预填状态、进度、问题和计划；请更新，并填写本期进展情况。\n")
	b.WriteString("# 状态 status：未启动、推进中、已完成、滞后 四选一；进度 progress：0 到 100 的整数，不带 %。\n")
	b.WriteString("# 填好后运行 tally check 检查。\n")
	b.WriteString("unit: " + d.Unit.ID + "  # 单位编号，不要改\n")
	b.WriteString("period: " + d.Period.ID + "  # 期次，不要改\n")
	if d.Submitted != "" {
		v := yamlfmt.Scalar(d.Submitted)
		if _, ok := model.ParseDate(d.Submitted); ok {
			v = d.Submitted // a date, as YAML reads it
		}
		b.WriteString("submitted: " + v + "  # 报送日期\n")
	} else {
		b.WriteString("submitted:  # 报送日期，如 " + due + "\n")
	}
	if d.Contact != "" {
		b.WriteString("contact: " + yamlfmt.Scalar(d.Contact) + "  # 联系人及电话\n")
	} else {
		b.WriteString("contact:  # 联系人及电话\n")
	}
	if len(d.Rows) == 0 {
		b.WriteString("entries: []  # 本期没有需要报送的任务\n")
		return b.String()
	}
	b.WriteString("entries:\n")
	for i, r := range d.Rows {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "  # 任务 %s %s（%s）\n", r.Task.ID, yamlfmt.Comment(r.Task.Title), yamlfmt.Comment(r.Was))
		b.WriteString("  - task: " + model.TaskKey(r.Task.ID) + "\n") // ids are letters, digits and dots
		b.WriteString("    status: " + yamlfmt.Scalar(r.Status) + "  # 未启动、推进中、已完成、滞后\n")
		if r.Progress != "" {
			b.WriteString("    progress: " + number(r.Progress) + "  # 0 到 100\n")
		}
		if strings.TrimSpace(r.Summary) == "" {
			b.WriteString("    summary:  # 本期进展情况（必填）\n")
		} else {
			field(&b, "summary", r.Summary, "本期进展情况（必填）")
		}
		field(&b, "problems", r.Problems, carried("存在问题（可不填）", r.Problems, r.Carried))
		field(&b, "next", r.Next, carried("下步计划（可不填）", r.Next, r.Carried))
		if len(r.Evidence) == 0 {
			b.WriteString("    evidence:  # 佐证材料的文件名，每个一行写成“- 文件名”，文件放在 " + model.EvidenceDir(d.Period.ID, d.Unit.ID) + "/ 中（可不填）\n")
		} else {
			b.WriteString("    evidence:  # 佐证材料（可不填）\n")
			for _, n := range r.Evidence {
				b.WriteString("      - " + yamlfmt.Scalar(n) + "\n")
			}
		}
		if len(r.Values) > 0 {
			b.WriteString("    values:  # 量化指标的数值\n")
			for _, v := range r.Values {
				g := v.Target
				fmt.Fprintf(&b, "      %s: %s  # %s（目标 %s%s）\n", yamlfmt.Scalar(g.ID), number(v.Value), yamlfmt.Comment(g.Name), model.FormatNumber(g.Target), yamlfmt.Comment(g.Unit))
			}
		}
		if x := r.Extension; x != nil && !x.To.IsZero() {
			b.WriteString("    extension:  # 申请延期（本期报送中已申请的，照原样保留）\n")
			b.WriteString("      to: " + model.FormatDate(x.To) + "  # 延至哪一天\n")
			b.WriteString("      reason: " + yamlfmt.Scalar(x.Reason) + "  # 理由\n")
		}
	}
	return b.String()
}

// number writes s plainly when it is a decimal number, else as text.
func number(s string) string {
	if _, err := strconv.ParseFloat(s, 64); err == nil && strings.Trim(s, "0123456789.-") == "" && s != "" {
		return s
	}
	return yamlfmt.Quote(s)
}

// carried is the comment of an optional text pre-filled from the report of
// period: left as it is, last period's problems and plans become this
// period's record (下步计划 7月底前报批 in a fourth-quarter report), so the
// comment says where the text is from and what to do with it.
func carried(comment, value, period string) string {
	if strings.TrimSpace(value) == "" || period == "" {
		return comment
	}
	return strings.TrimSuffix(comment, "（可不填）") + "：沿用 " + period + " 所填，仍是这样才保留，否则改写或删去"
}

// field writes an optional text field carried from the last report, with
// its comment on the line above when the text is a block.
func field(b *strings.Builder, key, value, comment string) {
	value = strings.TrimRight(value, "\n")
	if value == "" {
		b.WriteString("    " + key + ":  # " + comment + "\n")
		return
	}
	if strings.Contains(value, "\n") {
		b.WriteString("    # " + comment + "\n")
		b.WriteString(yamlfmt.Block(key, value+"\n", 4))
		return
	}
	b.WriteString("    " + key + ": " + yamlfmt.Scalar(value) + "  # " + comment + "\n")
}

// templateCommentRe is a comment the template writes (Text): its header
// lines, each key's hint, a task's line and a target's, whatever the
// unit, period, task or earlier figures they name.
var templateCommentRe = regexp.MustCompile(`^(?:yaml-language-server: |.+ \S+ 报送（报送截止 \S+）。$|每项负责且尚未完成的任务一条|状态 status：|填好后运行 tally check|任务 \S+ .*（.*）$|.*（目标 .*）$|` +
	`(?:单位编号，不要改|期次，不要改|报送日期|联系人及电话|本期没有需要报送的任务|未启动、推进中、已完成、滞后|0 到 100|本期进展情况（必填）|存在问题|下步计划|佐证材料|量化指标的数值|申请延期|延至哪一天|理由))`)

// TemplateComment says a comment of a report is one the template wrote,
// not the unit's own (collect says when writing a form's report over one
// loses the unit's own).
func TemplateComment(c string) bool {
	return templateCommentRe.MatchString(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c), "#")))
}
