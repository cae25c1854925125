package render

import (
	"fmt"
	"io"
	"strings"

	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/review"
)

// The view of `tally review`: a period's submitted reports by where they
// stand with the office, with what changed since each was reviewed, in
// the words `tally diff` uses.

// ReviewRow is a report to list, with what changed since its review.
type ReviewRow struct {
	review.Item
	// Since are the changes from the version reviewed to the report now,
	// when Lookup is SinceFound.
	Since  []history.Change
	Lookup SinceLookup
	// Errors counts the errors in the report's file (check's): while it
	// has any, accept and return refuse it.
	Errors int
}

// SinceLookup says how the version a review decided on was looked for.
type SinceLookup int

const (
	SinceNone      SinceLookup = iota // the report is as reviewed, or was never reviewed
	SinceFound                        // found in the git history: Since holds the changes
	SinceMissing                      // no version in the history has the review's fingerprint
	SinceNoHistory                    // the data is not in a git repository, or its history cannot be read
)

// ReviewListJSON is `tally review --format json`.
type ReviewListJSON struct {
	Period  string           `json:"period"`
	Reports []ReviewItemJSON `json:"reports"`
}

// ReviewItemJSON is one submitted report. state is
// pending|accepted|returned|resubmitted; errors counts the errors in its
// file (a report with any cannot be accepted or returned); review is null for a report never
// reviewed; reviewed_version is same (unchanged since the review), found
// (changed: changes lists how), missing (changed, and the version reviewed
// is not in the git history: changes is null), or null when there is no
// review.
type ReviewItemJSON struct {
	Unit            string           `json:"unit"`
	Name            string           `json:"name"`
	File            string           `json:"file"`
	Submitted       string           `json:"submitted"`
	Report          string           `json:"report"`
	State           string           `json:"state"`
	Errors          int              `json:"errors"`
	Review          *ReviewJSON      `json:"review"`
	ReviewedVersion *string          `json:"reviewed_version"`
	Changes         []history.Change `json:"changes"`
	Extensions      []RequestJSON    `json:"extensions"`
}

// ReviewJSON is a review file.
type ReviewJSON struct {
	File       string         `json:"file"`
	Result     string         `json:"result"`
	Date       string         `json:"date"`
	By         string         `json:"by"`
	Report     string         `json:"report"`
	Reasons    []ReasonJSON   `json:"reasons"`
	Extensions []DecisionJSON `json:"extensions"`
	// Returns are the earlier returns the review keeps, oldest first.
	Returns []ReturnJSON `json:"returns"`
}

// ReturnJSON is an earlier return a review keeps.
type ReturnJSON struct {
	Date        string       `json:"date"`
	By          string       `json:"by"`
	Deadline    string       `json:"deadline,omitempty"`
	Reasons     []ReasonJSON `json:"reasons"`
	Resubmitted string       `json:"resubmitted,omitempty"`
}

// ReasonJSON is a reason a report was returned ("" task: the whole report).
type ReasonJSON struct {
	Task string `json:"task"`
	Text string `json:"text"`
}

// DecisionJSON is an extension decision of a review.
type DecisionJSON struct {
	Task    string `json:"task"`
	To      string `json:"to"`
	Granted bool   `json:"granted"`
}

// RequestJSON is an extension a report asks for: decision is
// pending|granted|refused, granted_to the date granted.
type RequestJSON struct {
	Task      string `json:"task"`
	To        string `json:"to"`
	Reason    string `json:"reason"`
	Decision  string `json:"decision"`
	GrantedTo string `json:"granted_to"`
}

// ReviewState names a report's state: 待审核, 已通过, 已退回, 已退回后重报.
func ReviewState(s review.State, lang i18n.Lang) string {
	return [...]i18n.Text{
		i18n.T("—", "—"), i18n.T("待审核", "pending review"), i18n.T("已通过", "accepted"),
		i18n.T("已退回", "returned"), i18n.T("已退回后重报", "returned, resubmitted"),
	}[s].In(lang)
}

// NewReviewJSON builds the JSON shape of a listing.
func NewReviewJSON(period string, rows []ReviewRow) ReviewListJSON {
	out := ReviewListJSON{Period: period, Reports: []ReviewItemJSON{}}
	for _, r := range rows {
		it := ReviewItemJSON{Unit: r.Unit.ID, Name: r.Unit.Name, File: r.Report.File, Submitted: model.FormatDate(r.Report.Submitted),
			Report: r.Report.Hash, State: r.Verdict.State.Code(), Errors: r.Errors, Extensions: []RequestJSON{}}
		if rv := r.Verdict.Review; rv != nil {
			it.Review = reviewJSON(rv)
			v := "same"
			switch {
			case r.Lookup == SinceFound:
				v, it.Changes = "found", nonNilChanges(r.Since)
			case r.Verdict.Changed:
				v = "missing"
			}
			it.ReviewedVersion = &v
		}
		for _, q := range r.Requests {
			it.Extensions = append(it.Extensions, requestJSON(q))
		}
		out.Reports = append(out.Reports, it)
	}
	return out
}

func reviewJSON(rv *model.Review) *ReviewJSON {
	out := &ReviewJSON{File: rv.File, Result: rv.Result.Code(), Date: model.FormatDate(rv.Date), By: rv.By, Report: rv.Report,
		Reasons: []ReasonJSON{}, Extensions: []DecisionJSON{}}
	for _, rs := range rv.Reasons {
		out.Reasons = append(out.Reasons, ReasonJSON{Task: rs.Task, Text: rs.Text})
	}
	for _, x := range rv.Extensions {
		out.Extensions = append(out.Extensions, DecisionJSON{Task: x.Task, To: model.FormatDate(x.To), Granted: x.Granted})
	}
	out.Returns = []ReturnJSON{}
	for _, x := range rv.Returns {
		ret := ReturnJSON{Date: model.FormatDate(x.Date), By: x.By, Deadline: model.FormatDate(x.Deadline), Reasons: []ReasonJSON{}, Resubmitted: model.FormatDate(x.Resubmitted)}
		for _, rs := range x.Reasons {
			ret.Reasons = append(ret.Reasons, ReasonJSON{Task: rs.Task, Text: rs.Text})
		}
		out.Returns = append(out.Returns, ret)
	}
	return out
}

func requestJSON(q review.Request) RequestJSON {
	out := RequestJSON{Task: q.Task, To: model.FormatDate(q.Request.To), Reason: q.Request.Reason, Decision: "pending"}
	switch to, ok := q.GrantedTo(); {
	case q.Pending:
	case ok:
		out.Decision, out.GrantedTo = "granted", model.FormatDate(to)
	case q.Decision != nil:
		out.Decision = "refused"
	}
	return out
}

func nonNilChanges(cs []history.Change) []history.Change {
	if cs == nil {
		return []history.Change{}
	}
	return cs
}

// Reviews writes `tally review`: the JSON shape, or a headline and a
// table of the reports, those awaiting the office first.
func Reviews(w io.Writer, f Format, period string, rows []ReviewRow, tally string, lang i18n.Lang) error {
	if f == FormatJSON {
		return JSON(w, NewReviewJSON(period, rows))
	}
	t := &Table{
		Head: []string{lang.Pick("单位", "Unit"), lang.Pick("报送日期", "Submitted"), lang.Pick("审核状态", "State"),
			lang.Pick("审核", "Review"), lang.Pick("理由与说明", "Reasons and notes"), lang.Pick("审核后的改动", "Changed since"),
			lang.Pick("申请延期", "Extensions asked")},
		Wrap: map[int]int{0: 16, 3: 14, 4: 36, 5: 40, 6: 30},
	}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Unit.Name, model.FormatDate(r.Report.Submitted), rowState(r, lang),
			reviewedBy(r.Verdict.Review, lang), reviewNotes(r, tally, lang), strings.Join(sinceLines(r, lang), "\n"), requestLines(r.Requests, lang)})
	}
	return t.WriteUnder(w, f, reviewHeadline(period, rows, tally, lang))
}

// rowState is a listed report's state, 文件有误（待审核） while its file
// has errors: accept and return refuse it until the unit puts them right.
func rowState(r ReviewRow, lang i18n.Lang) string {
	state := ReviewState(r.Verdict.State, lang)
	if r.Errors > 0 {
		return lang.Pick("文件有误（"+state+"）", "file has errors ("+state+")")
	}
	return state
}

func reviewHeadline(period string, rows []ReviewRow, tally string, lang i18n.Lang) string {
	if len(rows) == 0 {
		return lang.Pick(fmt.Sprintf("期次 %s：没有已报送的报送文件（草稿不列入）。", period),
			fmt.Sprintf("Period %s: no submitted report (drafts are not listed).", period))
	}
	n, bad := map[review.State]int{}, 0
	for _, r := range rows {
		n[r.Verdict.State]++
		if r.Errors > 0 {
			bad++
		}
	}
	if lang == i18n.En {
		errs := ""
		if bad > 0 {
			errs = fmt.Sprintf(" %s %s errors in the file and cannot be accepted or returned until the unit puts them right (%s check lists them).",
				i18n.Count(bad, "report", "reports"), map[bool]string{true: "has", false: "have"}[bad == 1], tally)
		}
		return fmt.Sprintf("Period %s, %s submitted: %d pending review, %d returned and resubmitted, %d returned, %d accepted.%s\n"+
			"Accept: %[8]s review accept UNIT…; return: %[8]s review return UNIT --reason TEXT [--task TASK --reason TEXT]",
			period, i18n.Count(len(rows), "report", "reports"), n[review.Pending], n[review.Resubmitted], n[review.Returned], n[review.Accepted], errs, tally)
	}
	errs := ""
	if bad > 0 {
		errs = fmt.Sprintf("其中 %d 份文件有误，单位改正前不能通过或退回（%s check 列出错误）。", bad, tally)
	}
	return fmt.Sprintf("期次 %s，已报送 %d 份：待审核 %d，已退回后重报 %d，已退回 %d，已通过 %d。%s\n"+
		"通过：%[8]s review accept 单位…；退回：%[8]s review return 单位 --reason 理由 [--task 任务 --reason 理由]",
		period, len(rows), n[review.Pending], n[review.Resubmitted], n[review.Returned], n[review.Accepted], errs, tally)
}

// reviewedBy is a review's result, date and reviewer: 退回 2019-07-08 李四.
func reviewedBy(rv *model.Review, lang i18n.Lang) string {
	if rv == nil {
		return lang.Pick("未审核", "never reviewed")
	}
	out := rv.Result.Label(lang) + " " + model.FormatDate(rv.Date) + "\n" + rv.By
	if n := len(rv.Returns); n > 0 {
		// The returns it replaced, which still decide the days before it
		// (probe 17: the table said nothing of them).
		last := model.FormatDate(rv.Returns[n-1].Date)
		out += lang.Pick(fmt.Sprintf("\n此前退回 %d 次（最近 %s）", n, last), fmt.Sprintf("\nreturned %s before (last on %s)", i18n.Count(n, "time", "times"), last))
	}
	return out
}

// reviewNotes are a returned report's reasons, and what the state means
// where it needs saying.
func reviewNotes(r ReviewRow, tally string, lang i18n.Lang) string {
	var lines []string
	rv := r.Verdict.Review
	if rv != nil && rv.Result == model.Returned {
		lines = append(lines, ReasonLines(rv.Reasons, lang)...)
		if !rv.Deadline.IsZero() && r.Verdict.State == review.Returned {
			lines = append(lines, lang.Pick("重新报送的期限："+model.FormatDate(rv.Deadline), "to be sent again by "+model.FormatDate(rv.Deadline)))
		}
	}
	switch {
	case r.Verdict.State == review.Returned && r.Verdict.Changed:
		lines = append(lines, lang.Pick(
			fmt.Sprintf("报送文件退回后已修改，但报送日期 %s 早于 %s，不是 %s 退回之后重新报送的日期，仍算退回：改好后把 submitted 改为重新报送当天的日期",
				model.FormatDate(r.Report.Submitted), model.FormatDate(review.ResendFrom(rv)), model.FormatDate(rv.Date)),
			fmt.Sprintf("changed since it was returned, but its submitted date %s is before %s, so not a date sent again after the return on %s: it stays returned; "+
				"once fixed, set submitted to the day it is sent again", model.FormatDate(r.Report.Submitted), model.FormatDate(review.ResendFrom(rv)), model.FormatDate(rv.Date))))
	case r.Verdict.State == review.Pending && rv != nil && r.Verdict.Changed:
		lines = append(lines, lang.Pick("通过后报送文件又有改动，需重新审核", "changed since it was accepted: to review again"))
	case r.Verdict.State == review.Pending && rv != nil && r.Verdict.EvidenceChanged:
		zh, en := evidenceChangeWords(r.Verdict.Evidence)
		lines = append(lines, lang.Pick("通过后佐证材料有改动："+zh+"，需重新审核",
			"its evidence changed since it was accepted: "+en+"; to review again"))
	case rv != nil && rv.Result == model.Returned && r.Verdict.EvidenceChanged:
		// What the office asked for may be a file: say which came back changed.
		zh, en := evidenceChangeWords(r.Verdict.Evidence)
		lines = append(lines, lang.Pick("退回后佐证材料有改动："+zh, "evidence changed since it was returned: "+en))
	}
	if r.Errors > 0 {
		lines = append(lines, lang.Pick(fmt.Sprintf("文件有 %[1]d 个错误，改正前不能审核（%[2]s check 列出错误，%[2]s remind 可生成催改消息）", r.Errors, tally),
			fmt.Sprintf("the file has %[1]s and cannot be reviewed until they are put right (%[2]s check lists them; %[2]s remind words a message)",
				i18n.Count(r.Errors, "error", "errors"), tally)))
	}
	switch r.Lookup {
	case SinceMissing:
		lines = append(lines, lang.Pick("审核时的版本在 git 历史中找不到（单位改了编号、审核记录随之移动的，审核的是原编号时的报送；也可能审核记录的指纹被手改过，或审核的版本没有提交），无法列出改动",
			"the version reviewed is not in the git history (where the unit's id was changed and the review moved with it, the review was of the report under the old id; or the review's fingerprint was edited, or that version never committed): the changes cannot be listed"))
	case SinceNoHistory:
		lines = append(lines, lang.Pick("数据不在 git 仓库中（或无法读取 git 历史），找不到审核时的版本，无法列出改动",
			"the data is not in a git repository (or its history cannot be read): the version reviewed cannot be found, nor the changes listed"))
	}
	return strings.Join(lines, "\n")
}

// evidenceChangeWords lists evidence files changed or removed since a
// review, in Chinese and in English: 照片.jpg（内容有改动）、纪要.pdf（已删除）.
func evidenceChangeWords(changes []review.EvidenceChange) (zh, en string) {
	var z, e []string
	for _, c := range changes {
		if c.Gone {
			z, e = append(z, c.File+"（已删除）"), append(e, c.File+" (removed)")
		} else {
			z, e = append(z, c.File+"（内容有改动）"), append(e, c.File+" (changed)")
		}
	}
	return strings.Join(z, "、"), strings.Join(e, ", ")
}

// ReasonLines words a review's reasons, one a line: 任务 16：…
func ReasonLines(reasons []model.ReviewReason, lang i18n.Lang) []string {
	var out []string
	for _, rs := range reasons {
		text := strings.Join(strings.Fields(rs.Text), " ")
		if rs.Task != "" {
			text = lang.Pick("任务 ", "task ") + rs.Task + lang.Pick("：", ": ") + text
		}
		out = append(out, text)
	}
	return out
}

// sinceLines are the changes since the review, one line per task.
func sinceLines(r ReviewRow, lang i18n.Lang) []string {
	if r.Lookup != SinceFound {
		return nil
	}
	var out []string
	for _, line := range ChangeLines(stripUnit(r.Since), lang) {
		out = append(out, strings.TrimPrefix(line, lang.Pick("：", ": ")))
	}
	if len(out) == 0 { // the fingerprint keeps layout and comments: a value is written another way
		out = append(out, lang.Pick("（各项内容读来相同，只是写法有变，如数字加了引号）", "(the values read the same; only how one is written changed, such as quotes around a number)"))
	}
	return out
}

// stripUnit drops the period and unit of changes to one report: the row
// names them already.
func stripUnit(cs []history.Change) []history.Change {
	out := make([]history.Change, len(cs))
	for i, c := range cs {
		c.Period, c.Unit, c.Name = "", "", ""
		out[i] = c
	}
	return out
}

// requestLines word the extensions a report asks for, and the decisions.
func requestLines(qs []review.Request, lang i18n.Lang) string {
	var lines []string
	for _, q := range qs {
		line := lang.Pick("任务 ", "task ") + q.Task + lang.Pick(" 申请延至 ", " asks for ") + model.FormatDate(q.Request.To)
		if q.Request.Reason != "" {
			line += lang.Pick("（"+q.Request.Reason+"）", " ("+q.Request.Reason+")")
		}
		lines = append(lines, line+lang.Pick("：", ": ")+decisionWord(q.Extension, lang))
	}
	return strings.Join(lines, "\n")
}

// DecisionsText words a review's extension decisions, as the review
// commands echo them: 任务 21 批准延至 2020-12-31、任务 19 不批准.
func DecisionsText(xs []model.ExtensionDecision) i18n.Text {
	var zh, en []string
	for _, x := range xs {
		if x.Granted {
			zh = append(zh, "任务 "+x.Task+" 批准延至 "+model.FormatDate(x.To))
			en = append(en, "task "+x.Task+" granted to "+model.FormatDate(x.To))
		} else {
			zh = append(zh, "任务 "+x.Task+" 不批准")
			en = append(en, "task "+x.Task+" refused")
		}
	}
	return i18n.T(strings.Join(zh, "、"), strings.Join(en, ", "))
}

// decisionWord is the office's word on a request: 待审核, 已批准（至
// 2019-12-31）, 未批准.
func decisionWord(e review.Extension, lang i18n.Lang) string {
	switch to, ok := e.GrantedTo(); {
	case e.Pending:
		return lang.Pick("待审核", "not yet decided")
	case ok:
		return lang.Pick("已批准（至 "+model.FormatDate(to)+"）", "granted (to "+model.FormatDate(to)+")")
	}
	return lang.Pick("未批准", "refused")
}

// ExtensionWords say where a pair's extension stands: 已批准延期至
// 2019-12-31, 延期申请未获批准, 申请延期至 2019-12-31，待审核; "" when there
// is nothing to say.
func ExtensionWords(e review.Extension, lang i18n.Lang) string {
	switch to, ok := e.GrantedTo(); {
	case e.Pending:
		return lang.Pick("申请延期至 "+model.FormatDate(e.Request.To)+"，待审核", "extension to "+model.FormatDate(e.Request.To)+" asked, not yet decided")
	case ok:
		return lang.Pick("已批准延期至 "+model.FormatDate(to), "extension granted to "+model.FormatDate(to))
	case e.Decision != nil:
		return lang.Pick("延期申请未获批准", "extension refused")
	}
	return ""
}
