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
)

// RemindJSON is `tally remind --format json`: the period, its due date,
// the as-of date used, and one message per unit that owes it something.
type RemindJSON struct {
	Period    string           `json:"period"`
	Due       string           `json:"due"`
	AsOf      string           `json:"as_of"`
	Reminders []RemindUnitJSON `json:"reminders"`
}

// RemindUnitJSON is one unit's message and what it is made of.
type RemindUnitJSON struct {
	Unit    string           `json:"unit"`
	Name    string           `json:"name"`
	Contact string           `json:"contact"`
	State   string           `json:"-"` // as `missing` words it (未报送, 草稿未报, 文件有误, …): the CSV's
	Draft   bool             `json:"draft"`
	Invalid bool             `json:"invalid"`
	Late    bool             `json:"late"`
	Tasks   []RemindTaskJSON `json:"tasks"`
	Fixes   []DiagnosticJSON `json:"fixes"` // the errors of its report file, to put right
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
// message or a work chat, one per unit that owes the period something
// (ledger.Reminders), each on one line with nothing a terminal, a chat or
// a spreadsheet would act on. title is the list's title; diags are the
// data's diagnostics, of which each unit's message quotes the errors of its
// report file.
func Remind(w io.Writer, f Format, lg *ledger.Ledger, title string, diags []diag.Diagnostic, lang i18n.Lang) error {
	m := reminder{lg: lg, title: title, lang: lang}
	rs := ledger.Reminders(lg)
	out := RemindJSON{Period: lg.Period.ID, Due: model.FormatDate(lg.Period.Due), AsOf: model.FormatDate(lg.AsOf), Reminders: []RemindUnitJSON{}}
	for _, r := range rs {
		out.Reminders = append(out.Reminders, m.unit(r, fixesOf(diags, r.File)))
	}
	switch f {
	case FormatJSON:
		return JSON(w, out)
	case FormatCSV:
		return remindTable(out.Reminders, lang).Write(w, FormatCSV)
	}
	var b strings.Builder
	asOf := AsOf(lg, lang) // with the due date, as every headline names it
	if len(rs) == 0 {
		b.WriteString(lang.Pick(fmt.Sprintf("期次 %s，统计截至 %s：没有需要催报的单位。\n", lg.Period.ID, asOf),
			fmt.Sprintf("Period %s, counted as of %s: no unit to chase.\n", lg.Period.ID, asOf)))
	} else {
		b.WriteString(lang.Pick(fmt.Sprintf("期次 %s 催报，统计截至 %s：%d 个单位，每个单位一条消息，可整行复制发送。\n", lg.Period.ID, asOf, len(rs)),
			fmt.Sprintf("Period %s reminders, counted as of %s: %s, one message each, one line to copy and send.\n", lg.Period.ID, asOf, i18n.Count(len(rs), "unit", "units"))))
	}
	for i, u := range out.Reminders {
		contact := lang.Pick("联系人："+u.Contact, "contact: "+u.Contact)
		if u.Contact == "" {
			contact = lang.Pick("联系人未登记", "no contact on record")
		}
		fmt.Fprintf(&b, "\n【%d/%d】%s%s%s\n%s\n", i+1, len(rs), u.Name, lang.Pick("　", " · "), contact, u.Message)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// remindTable is the CSV of remind: one row per unit, the message last.
func remindTable(rows []RemindUnitJSON, lang i18n.Lang) *Table {
	t := &Table{Head: []string{lang.Pick("编号", "ID"), lang.Pick("单位", "Unit"), lang.Pick("联系人", "Contact"),
		lang.Pick("报送情况", "Report"), lang.Pick("逾期", "Late"), lang.Pick("未报任务", "Tasks"), lang.Pick("需改正", "To fix"),
		lang.Pick("消息", "Message")}}
	for _, u := range rows {
		var tasks []string
		for _, k := range u.Tasks {
			tasks = append(tasks, k.ID)
		}
		late := lang.Pick("否", "no")
		if u.Late {
			late = lang.Pick("是", "yes")
		}
		t.Rows = append(t.Rows, []string{u.Unit, u.Name, u.Contact, u.State, late, strings.Join(tasks, lang.Pick("、", ", ")),
			fmt.Sprint(len(u.Fixes)), u.Message})
	}
	return t
}

// fixesOf are the errors of file ("" for none), in order.
func fixesOf(diags []diag.Diagnostic, file string) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range diags {
		if file != "" && d.File == file && d.Severity == diag.Error {
			out = append(out, d)
		}
	}
	return out
}

// reminder words the messages of one period.
type reminder struct {
	lg    *ledger.Ledger
	title string
	lang  i18n.Lang
}

// maxFixes is how many errors a message quotes; the rest are counted.
const maxFixes = 5

// titleRunes is the length a task's title is shortened to in a message.
const titleRunes = 24

func (m reminder) unit(r ledger.Reminder, fixes []diag.Diagnostic) RemindUnitJSON {
	u := r.Unit
	out := RemindUnitJSON{Unit: pasteLine(u.Unit.ID), Name: pasteLine(u.Unit.Name), Contact: pasteLine(u.Contact),
		State: ReportState(u, m.lang), Draft: u.Draft && !u.HasReport, Invalid: u.Invalid, Late: r.Late,
		Tasks: []RemindTaskJSON{}, Fixes: []DiagnosticJSON{}, Returned: u.Returned, Reasons: reasonsJSON(u)}
	for i := range out.Reasons {
		out.Reasons[i].Text = pasteLine(out.Reasons[i].Text)
	}
	for _, t := range r.Tasks {
		out.Tasks = append(out.Tasks, RemindTaskJSON{ID: pasteLine(t.Task.ID), Title: pasteLine(shorten(t.Task.Title, titleRunes))})
	}
	for _, d := range fixes {
		out.Fixes = append(out.Fixes, DiagnosticJSON{File: d.File, Line: d.Pos.Line, Col: d.Pos.Col, Severity: d.Severity.String(),
			Rule: d.Rule, Message: pasteLine(d.Message.In(m.lang))})
	}
	out.Message = pasteLine(m.message(r, out))
	return out
}

// message is the text sent to the unit: what it owes, by when (or that it
// is late), and what of its report must be put right.
func (m reminder) message(r ledger.Reminder, u RemindUnitJSON) string {
	p, due := m.lg.Period.ID, m.date(m.lg.Period.Due)
	zh, en := p+"落实情况", p+" progress report"
	if m.title != "" {
		zh, en = "《"+m.title+"》"+p+"落实情况", p+" progress report on “"+m.title+"”"
	}
	byZh, byEn := "请于"+due+"（报送截止日）前", "by "+due+", the due date"
	if r.Late {
		byZh, byEn = "报送截止日"+due+"已过，请尽快", "as soon as possible: it was due on "+due
	}
	var b strings.Builder
	say := func(z, e string) { b.WriteString(m.lang.Pick(z, e)) }
	say(u.Name+"：", u.Name+": ")
	switch {
	case r.Unit.Returned:
		m.returned(say, r, u, zh, en, byZh, byEn)
	case r.Unit.Invalid:
		say("贵单位报送的"+zh+"（"+r.File+"）有错误，需要改正："+m.fixes(u.Fixes, r.File)+byZh+"改正后重新报送。",
			"your "+en+" ("+r.File+") has errors to put right: "+m.fixes(u.Fixes, r.File)+
				" Please put them right and send it again "+byEn+".")
	case r.Unit.HasReport:
		say("贵单位报送的"+zh+"缺少下列任务，"+byZh+"补报。", "your "+en+" leaves out the tasks below; please send them "+byEn+".")
	case r.Late:
		say(zh+"的报送截止日为"+due+"，贵单位尚未报送，已逾期，请尽快报送。",
			"the "+en+" was due on "+due+" and has not been received: it is overdue, please send it as soon as possible.")
	default:
		say(byZh+"报送"+zh+"。", "please send the "+en+" "+byEn+".")
	}
	if u.Draft {
		say("贵单位的报送文件 "+r.File+" 没有填写报送日期（submitted），仍是草稿，填写后才算报送。",
			" Your report file "+r.File+" has no submission date (submitted): it is a draft until one is filled in.")
	}
	if len(u.Tasks) > 0 && !r.Unit.Returned { // a returned report is to be put right, not written again
		var list []string
		for _, k := range u.Tasks {
			list = append(list, k.ID+" "+k.Title)
		}
		say(fmt.Sprintf("需报送的任务（%d 项）：%s。", len(list), strings.Join(list, "；")),
			fmt.Sprintf(" Tasks to report (%d): %s.", len(list), strings.Join(list, "; ")))
	}
	if !r.Unit.Invalid && len(u.Fixes) > 0 {
		say("报送文件 "+r.File+" 还需改正："+m.fixes(u.Fixes, r.File), " To put right in "+r.File+": "+m.fixes(u.Fixes, r.File))
	}
	return b.String()
}

// returned says that the office returned the unit's report, why, and
// that it counts once changed and submitted again with a later date.
func (m reminder) returned(say func(z, e string), r ledger.Reminder, u RemindUnitJSON, zh, en, byZh, byEn string) {
	var date string
	if rv := r.Unit.Review.Review; rv != nil {
		date = m.date(rv.Date)
	}
	var zhs, ens []string
	for i, rs := range u.Reasons {
		t := rs.Text
		if rs.Task != "" {
			zhs = append(zhs, fmt.Sprintf("（%d）任务 %s：%s", i+1, rs.Task, strings.TrimRight(t, "。. ")))
			ens = append(ens, fmt.Sprintf("(%d) task %s: %s", i+1, rs.Task, strings.TrimRight(t, "。. ")))
		} else {
			zhs = append(zhs, fmt.Sprintf("（%d）%s", i+1, strings.TrimRight(t, "。. ")))
			ens = append(ens, fmt.Sprintf("(%d) %s", i+1, strings.TrimRight(t, "。. ")))
		}
	}
	say("贵单位报送的"+zh+"（"+r.File+"）已于"+date+"退回修改，理由："+strings.Join(zhs, "；")+"。请修改后把报送日期（submitted）改为重新报送的日期，"+byZh+"重新报送；改好之前不计入汇总。",
		"your "+en+" ("+r.File+") was returned for changes on "+date+": "+strings.Join(ens, "; ")+
			". Please change it, set its submission date (submitted) to the day you send it again, and send it "+byEn+"; until then it does not count.")
}

// fixes lists what of the report file must be put right: its first
// errors, numbered, at their lines, and how many there are in all; with
// none known, where to see them.
func (m reminder) fixes(fixes []DiagnosticJSON, file string) string {
	if len(fixes) == 0 {
		return m.lang.Pick("运行 tally check "+file+" 可查看。", "tally check "+file+" shows them.")
	}
	var b strings.Builder
	for i, d := range fixes {
		if i == maxFixes {
			b.WriteString(m.lang.Pick(fmt.Sprintf("……共 %d 处，运行 tally check %s 可查看全部。", len(fixes), file),
				fmt.Sprintf("… %d in all; tally check %s shows them all.", len(fixes), file)))
			break
		}
		msg := strings.TrimRight(d.Message, "。. ")
		switch {
		case d.Line > 0:
			fmt.Fprint(&b, m.lang.Pick(fmt.Sprintf("（%d）第%d行第%d列：%s。", i+1, d.Line, d.Col, msg),
				fmt.Sprintf("(%d) line %d, column %d: %s. ", i+1, d.Line, d.Col, msg)))
		default:
			fmt.Fprint(&b, m.lang.Pick(fmt.Sprintf("（%d）%s。", i+1, msg), fmt.Sprintf("(%d) %s. ", i+1, msg)))
		}
	}
	return strings.TrimSpace(b.String())
}

// date writes a due date as a message says it: 2019年10月12日, or 2019-10-12.
func (m reminder) date(t time.Time) string {
	if m.lang == i18n.En {
		return model.FormatDate(t)
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
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
