package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"tally/internal/diag"
	"tally/internal/i18n"
	"tally/internal/ledger"
	"tally/internal/model"
	"tally/internal/review"
)

// RemindJSON is `tally remind --format json`: the period, its due date,
// the as-of date used, and one message per unit that owes it something.
type RemindJSON struct {
	Period    string           `json:"period"`
	Due       string           `json:"due"`
	AsOf      string           `json:"as_of"`
	Reminders []RemindUnitJSON `json:"reminders"`
	// StrayFiles are the files of the period's report folder named for no
	// unit (check them before the reminders go out); absent when none.
	StrayFiles []StrayJSON `json:"stray_files,omitempty"`
}

// RemindUnitJSON is one unit's message and what it is made of.
type RemindUnitJSON struct {
	Unit    string           `json:"unit"`
	Name    string           `json:"name"`
	Contact string           `json:"contact"`
	State   string           `json:"state"` // why it is chased, as `missing --format json` says it
	Label   string           `json:"-"`     // the same in words (未报送, 草稿未报, 有漏报, 文件有误): the CSV's
	Draft   bool             `json:"draft"`
	Invalid bool             `json:"invalid"`
	Late    bool             `json:"late"`
	Tasks   []RemindTaskJSON `json:"tasks"`
	Fixes   []DiagnosticJSON `json:"fixes"` // the errors of its report file, to put right, with their places
	// Returned: the office returned its report, for Reasons (退回待改).
	Returned bool         `json:"returned"`
	Reasons  []ReasonJSON `json:"reasons"`
	Message  string       `json:"message"`
}

// RemindTaskJSON is a task owed, with its short title.
type RemindTaskJSON struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Remind writes `tally remind`: 催报 messages ready to paste into a text
// message or a work chat, one per unit of the chase list
// (ledger.Reminders), each on one line with nothing a terminal, a chat or
// a spreadsheet would act on. title is the list's title; diags are the
// data's diagnostics, of which each unit's message says the errors of its
// report file in words (their files, lines and rules are in the JSON and
// the CSV).
func Remind(w io.Writer, f Format, lg *ledger.Ledger, title string, diags []diag.Diagnostic, tally string, lang i18n.Lang) error {
	m := reminder{lg: lg, title: title, lang: lang}
	rs := ledger.Reminders(lg)
	out := RemindJSON{Period: lg.Period.ID, Due: model.FormatDate(lg.Period.Due), AsOf: model.FormatDate(lg.AsOf), Reminders: []RemindUnitJSON{},
		StrayFiles: straysJSON(lg)}
	for _, r := range rs {
		out.Reminders = append(out.Reminders, m.unit(r, UnitFixes(diags, r.Unit)))
	}
	switch f {
	case FormatJSON:
		return JSON(w, out)
	case FormatCSV:
		return writeStamped(w, FormatCSV, remindTable(out.Reminders, lang), lg, lang)
	}
	var b strings.Builder
	asOf := AsOf(lg, lang) // with the due date, as every headline names it
	if len(rs) == 0 {
		b.WriteString(lang.Pick(fmt.Sprintf("期次 %s，统计截至 %s：没有需要催报的单位。\n", lg.Period.ID, asOf),
			fmt.Sprintf("Period %s, counted as of %s: no unit to chase.\n", lg.Period.ID, asOf)))
	} else {
		units := make([]*ledger.UnitRow, len(rs))
		for i, r := range rs {
			units[i] = r.Unit
		}
		b.WriteString(lang.Pick(fmt.Sprintf("期次 %s 催报，统计截至 %s：%s，每个单位一条消息，可整行复制发送。\n", lg.Period.ID, asOf, ChaseHeadline(lg, units, lang)),
			fmt.Sprintf("Period %s reminders, counted as of %s: %s, one message each, one line to copy and send.\n", lg.Period.ID, asOf, ChaseHeadline(lg, units, lang))))
	}
	if note := StrayNote(lg, tally, lang); note != "" {
		// Before any message is sent: the unit chased may be the one whose
		// report is there under its old id.
		b.WriteString(note + lang.Pick("。催报前请先核对。\n", ". Check before sending reminders.\n"))
	}
	for i, u := range out.Reminders {
		contact := lang.Pick("联系人："+u.Contact, "contact: "+u.Contact)
		if u.Contact == "" {
			contact = lang.Pick("联系人未登记", "no contact on record")
		}
		fmt.Fprintf(&b, "\n%s%s%s%s\n%s\n", lang.Pick(fmt.Sprintf("【%d/%d】", i+1, len(rs)), fmt.Sprintf("[%d/%d] ", i+1, len(rs))),
			u.Name, lang.Pick("　", " · "), contact, u.Message)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// remindTable is the CSV of remind: one row per unit, what it must put
// right with the places (line and column, rule), the message last.
func remindTable(rows []RemindUnitJSON, lang i18n.Lang) *Table {
	t := &Table{Head: []string{lang.Pick("编号", "ID"), lang.Pick("单位", "Unit"), lang.Pick("联系人", "Contact"),
		lang.Pick("催报原因", "Why"), lang.Pick("逾期", "Late"), lang.Pick("未报任务", "Tasks"), lang.Pick("需改正", "To fix"),
		lang.Pick("消息", "Message")}}
	for _, u := range rows {
		var tasks, fixes []string
		for _, k := range u.Tasks {
			tasks = append(tasks, k.ID)
		}
		for _, d := range u.Fixes {
			fixes = append(fixes, lang.Pick(fmt.Sprintf("%s 第%d行第%d列 %s：%s", d.File, d.Line, d.Col, d.Rule, d.Message),
				fmt.Sprintf("%s line %d, column %d, %s: %s", d.File, d.Line, d.Col, d.Rule, d.Message)))
		}
		late := lang.Pick("否", "no")
		if u.Late {
			late = lang.Pick("是", "yes")
		}
		t.Rows = append(t.Rows, []string{u.Unit, u.Name, u.Contact, u.Label, late, strings.Join(tasks, lang.Pick("、", ", ")),
			strings.Join(fixes, lang.Pick("；", "; ")), u.Message})
	}
	return t
}

// reminder words the messages of one period.
type reminder struct {
	lg    *ledger.Ledger
	title string
	lang  i18n.Lang
}

// maxFixes is how many errors a message spells out; the rest are counted.
const maxFixes = 5

// maxTitled is how many tasks a message names with their short titles;
// beyond that it gives the numbers only, to stay short enough for a text
// message.
const maxTitled = 5

// titleRunes is the length a task's title is shortened to in a message.
const titleRunes = 24

func (m reminder) unit(r ledger.Reminder, fixes []diag.Diagnostic) RemindUnitJSON {
	u := r.Unit
	out := RemindUnitJSON{Unit: pasteLine(u.Unit.ID), Name: pasteLine(u.Unit.Name), Contact: pasteLine(u.Contact),
		State: ChaseCode(u), Label: ChaseLabel(u, m.lang), Draft: u.Draft && !u.HasReport, Invalid: u.Invalid, Late: r.Late,
		Tasks: []RemindTaskJSON{}, Fixes: []DiagnosticJSON{}, Returned: u.Returned, Reasons: reasonsJSON(u)}
	for i := range out.Reasons {
		out.Reasons[i].Text = pasteLine(out.Reasons[i].Text)
	}
	for _, t := range r.Tasks {
		out.Tasks = append(out.Tasks, RemindTaskJSON{ID: pasteLine(t.Task.ID), Title: pasteLine(shorten(t.Task.Title, titleRunes))})
	}
	for _, d := range fixes {
		out.Fixes = append(out.Fixes, fixJSON(d, m.lang))
	}
	out.Message = pasteLine(m.message(r, out, fixes))
	return out
}

// message is the text sent to the unit, in plain words (no file names,
// lines or field names): what it owes, by when (today, or that it is
// late), what of its report must be put right, and how to send it.
func (m reminder) message(r ledger.Reminder, u RemindUnitJSON, fixes []diag.Diagnostic) string {
	p, due := m.lg.Period.ID, m.date(m.lg.Period.Due)
	zh, en := p+"落实情况", p+" progress report"
	if m.title != "" {
		zh, en = BookTitle(m.title)+p+"落实情况", p+" progress report on “"+m.title+"”"
	}
	byZh, byEn := "请于"+due+"（报送截止日）前", "by "+due+", the due date"
	switch {
	case r.Late:
		byZh, byEn = "报送截止日"+due+"已过，请尽快", "as soon as possible: it was due on "+due
	case r.DueToday:
		byZh, byEn = "今天（"+m.monthDay(m.lg.Period.Due)+"）是报送截止日，请于今天内", "today, "+due+", the due date"
	}
	var b strings.Builder
	say := func(z, e string) { b.WriteString(m.lang.Pick(z, e)) }
	say(u.Name+"：", u.Name+": ")
	switch {
	case r.Unit.Returned:
		m.returned(say, r, u, zh, en, byZh, byEn)
	case r.Unit.Invalid:
		say("贵单位报送的"+zh+m.fixes(r.Unit, fixes)+byZh+"改正后重新报送。",
			"your "+en+m.fixes(r.Unit, fixes)+" Please put them right and send it again "+byEn+".")
	case r.Unit.HasReport:
		say("贵单位报送的"+zh+"缺少下列任务，"+byZh+"补报。", "your "+en+" leaves out the tasks below; please send them "+byEn+".")
	case r.Late:
		say(zh+"的报送截止日为"+due+"，贵单位尚未报送，已逾期，请尽快报送。",
			"the "+en+" was due on "+due+" and has not been received: it is overdue, please send it as soon as possible.")
	default:
		say(byZh+"报送"+zh+"。", "please send the "+en+" "+byEn+".")
	}
	if u.Draft {
		say("贵单位的报送还没有填写报送日期，仍是草稿，填写报送日期后才算报送。",
			" Your report has no submission date yet: it is a draft until one is filled in.")
	}
	if l := r.Unit.Later; !l.IsZero() && m.lg.UpToToday {
		// Its file is there, dated after today: the unit will say it sent it.
		say("贵单位的报送文件填写的报送日期是"+m.date(l)+"，晚于今天，还不算报送；请改为实际报送的日期。",
			" Your report file is dated "+m.date(l)+", after today, so it does not count yet: write the day it is actually sent.")
	}
	if !r.Unit.Returned { // a returned report is to be put right, not written again
		m.tasks(say, u.Tasks)
	}
	if !r.Unit.Invalid && !r.Unit.Returned {
		say("请填写报送表后发回，或按要求提交报送文件。", " Please fill in the form and send it back, or send the report file as asked.")
	}
	return b.String()
}

// tasks says the tasks owed: with their short titles when there are a
// few, else their numbers only (01、02、03（共3项）).
func (m reminder) tasks(say func(z, e string), tasks []RemindTaskJSON) {
	if len(tasks) == 0 {
		return
	}
	var list, ids []string
	for _, k := range tasks {
		list = append(list, k.ID+" "+k.Title)
		ids = append(ids, k.ID)
	}
	if len(tasks) > maxTitled {
		say(fmt.Sprintf("需报送的任务：%s（共%d项）。", strings.Join(ids, "、"), len(ids)),
			fmt.Sprintf(" Tasks to report (%d): %s.", len(ids), strings.Join(ids, ", ")))
		return
	}
	say(fmt.Sprintf("需报送的任务（%d 项）：%s。", len(list), strings.Join(list, "；")),
		fmt.Sprintf(" Tasks to report (%d): %s.", len(list), strings.Join(list, "; ")))
}

// returned says that the office returned the unit's report, why, and
// that it counts once changed and sent again with the new date, in plain
// words (the file and the field are the JSON's and the review's).
func (m reminder) returned(say func(z, e string), r ledger.Reminder, u RemindUnitJSON, zh, en, byZh, byEn string) {
	var date string
	if rv := r.Unit.Review.Review; rv != nil {
		date = m.date(rv.Date)
	}
	var zhs, ens []string
	for i, rs := range u.Reasons {
		t := strings.TrimRight(rs.Text, "。. ")
		if rs.Task != "" {
			zhs = append(zhs, fmt.Sprintf("（%d）任务%s：%s", i+1, rs.Task, t))
			ens = append(ens, fmt.Sprintf("(%d) task %s: %s", i+1, rs.Task, t))
		} else {
			zhs = append(zhs, fmt.Sprintf("（%d）%s", i+1, t))
			ens = append(ens, fmt.Sprintf("(%d) %s", i+1, t))
		}
	}
	if by := r.Unit.ResubmitBy; !by.IsZero() && !by.Equal(m.lg.Period.Due) || by.IsZero() && !r.Late {
		// Its own date to send it again by, past the period's due date, or
		// none set: it is not late for the due date.
		byZh, byEn = "请尽快", "as soon as possible"
		if !by.IsZero() && r.Late {
			byZh, byEn = "重新报送的期限"+m.date(by)+"已过，请尽快", "as soon as possible: it was to be sent again by "+m.date(by)
		} else if !by.IsZero() {
			byZh, byEn = "请于"+m.date(by)+"（重新报送的期限，含当日）前", "by "+m.date(by)+" (that day included), the date set to send it again"
		}
	}
	// A report sent and returned on one day is sent again on a later day
	// only (review.ResendFrom): say the first date to write.
	fromZh, fromEn := "", ""
	if rv := r.Unit.Review.Review; rv != nil && review.ResendFrom(rv).After(rv.Date) {
		fromZh, fromEn = "（"+m.date(review.ResendFrom(rv))+"或以后）", " ("+m.date(review.ResendFrom(rv))+" or later)"
	}
	say("贵单位报送的"+zh+"已于"+date+"退回修改，理由："+strings.Join(zhs, "；")+"。请修改后填写重新报送的日期"+fromZh+"，"+byZh+"重新报送；改好之前不计入汇总。",
		"your "+en+" was returned for changes on "+date+": "+strings.Join(ens, "; ")+
			". Please change it, write the date you send it again"+fromEn+", and send it "+byEn+"; until then it does not count.")
}

// fixes says in words what of the unit's report must be put right: how
// many errors, then each (up to maxFixes) with the task it is about; with
// none known (an error elsewhere kept the file from counting), that it
// has errors.
func (m reminder) fixes(u *ledger.UnitRow, fixes []diag.Diagnostic) string {
	if len(fixes) == 0 {
		return m.lang.Pick("有错误，需要改正。", " has errors to put right.")
	}
	var b strings.Builder
	b.WriteString(m.lang.Pick(fmt.Sprintf("有 %d 处需要改正：", len(fixes)), fmt.Sprintf(" has %s to put right:", i18n.Count(len(fixes), "error", "errors"))))
	for i, d := range fixes {
		if i == maxFixes {
			b.WriteString(m.lang.Pick(fmt.Sprintf("……其余 %d 处请逐一改正。", len(fixes)-maxFixes), fmt.Sprintf(" … and %d more.", len(fixes)-maxFixes)))
			break
		}
		msg := strings.TrimRight(unitFix(d, m.lang), "。. ") // the form's words, not the file's
		// Which task it is about, unless the message names it already.
		if task := FixTask(m.lg, u, d); task != "" && !names(msg, m.lang.Pick("任务 ", "task ")+strings.TrimLeft(task, "0")) {
			msg = m.lang.Pick("任务"+task+"：", "task "+task+": ") + msg
		}
		b.WriteString(m.lang.Pick(fmt.Sprintf("（%d）%s。", i+1, msg), fmt.Sprintf(" (%d) %s.", i+1, msg)))
	}
	return b.String()
}

// names says whether msg names the task as word does (任务 7), not as the
// start of another number (任务 71, 任务 7.1).
func names(msg, word string) bool {
	for i := strings.Index(msg, word); i >= 0; {
		rest := msg[i+len(word):]
		if rest == "" || !strings.ContainsRune("0123456789.", rune(rest[0])) {
			return true
		}
		j := strings.Index(rest, word)
		if j < 0 {
			return false
		}
		i += len(word) + j
	}
	return false
}

// date writes a due date as a message says it: 2019年10月12日, or 2019-10-12.
func (m reminder) date(t time.Time) string { return DateWords(t, m.lang) }

// monthDay is a date within the year: 10月12日.
func (m reminder) monthDay(t time.Time) string {
	return m.lang.Pick(fmt.Sprintf("%d月%d日", int(t.Month()), t.Day()), model.FormatDate(t))
}

// shorten cuts s to at most n characters, marking the cut with ….
func shorten(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

// pasteLine makes text safe to paste as one line of a message: every run
// of white space, line breaks included, becomes one space, and what a
// terminal or a chat would act on (controls, bidirectional overrides) is
// made visible (Safe).
func pasteLine(s string) string {
	return Safe(strings.Join(strings.Fields(s), " "))
}
