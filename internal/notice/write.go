package notice

import (
	"unicode/utf8"

	"fmt"
	"slices"
	"strings"
	"time"

	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/yamlfmt"
)

// TaskFile is the canonical tasks/NN.yaml of a task.
func TaskFile(t Task) string {
	var b strings.Builder
	if t.Parent != "" {
		// A sub-item (1.2) keeps the text of the item it belongs to.
		parent := t.ID
		if i := strings.LastIndex(parent, "."); i > 0 {
			parent = parent[:i]
		}
		b.WriteString("# 所属条目：" + parent + " " + strings.ReplaceAll(t.Parent, "\n", " ") + "\n")
	}
	b.WriteString(yamlfmt.Text("section", t.Section, 0))
	b.WriteString(yamlfmt.Text("title", t.Title, 0))
	if t.Body != "" {
		b.WriteString(yamlfmt.Block("body", t.Body, 0))
	}
	list(&b, "owners", t.Owners)
	if t.OwnersText != "" {
		b.WriteString(yamlfmt.Text("owners_text", t.OwnersText, 0))
	}
	list(&b, "lead", t.Lead)
	list(&b, "leaders", t.Leaders)
	if !t.Due.IsZero() {
		b.WriteString("due: " + model.FormatDate(t.Due) + "\n")
	}
	if len(t.Milestones) > 0 {
		b.WriteString("milestones:\n")
		for _, m := range t.Milestones {
			b.WriteString("  - due: " + model.FormatDate(m.Due) + "\n")
			b.WriteString(yamlfmt.Text("text", m.Text, 4))
		}
	}
	return b.String()
}

func list(b *strings.Builder, key string, items []string) {
	if len(items) == 0 {
		return
	}
	b.WriteString(key + ":\n")
	for _, it := range items {
		b.WriteString("  - " + yamlfmt.Scalar(it) + "\n")
	}
}

// TaskFileName is the file of a task: its id, numbers zero-padded to the
// same width so that files sort in order.
func TaskFileName(t Task) string {
	return "tasks/" + t.ID + ".yaml"
}

// PlanFile is a new plan.yaml for the notice, with quarterly reporting
// periods from the notice's date to the end of its year. source is the
// notice's path inside the data repository.
func PlanFile(n *Notice, source string) string {
	var b strings.Builder
	title := n.ListTitle
	if title == "" {
		title = "重点工作任务清单"
	}
	b.WriteString(yamlfmt.Text("title", title, 0))
	if n.Title != "" || n.Number != "" || n.Issuer != "" || !n.Date.IsZero() || source != "" {
		b.WriteString("notice:\n")
		for _, kv := range [][2]string{{"title", n.Title}, {"number", n.Number}, {"issuer", n.Issuer}} {
			if kv[1] != "" {
				b.WriteString(yamlfmt.Text(kv[0], kv[1], 2))
			}
		}
		if !n.Date.IsZero() {
			b.WriteString("  date: " + model.FormatDate(n.Date) + "\n")
		}
		if len(n.Recipients) > 0 {
			b.WriteString("  recipients:\n")
			for _, r := range n.Recipients {
				b.WriteString("    - " + yamlfmt.Scalar(r) + "\n")
			}
		}
		if source != "" {
			b.WriteString(yamlfmt.Text("source", source, 2))
		}
	}
	start, end := n.span()
	b.WriteString("# start：" + yamlfmt.Comment(n.StartNote().Zh) + "\n")
	for _, c := range n.PlanChecks() {
		b.WriteString("# " + c.Zh + "\n")
	}
	b.WriteString("start: " + model.FormatDate(start) + "\n")
	b.WriteString("end: " + model.FormatDate(end) + "\n")
	if n.Preamble != "" {
		b.WriteString(yamlfmt.Block("preamble", n.Preamble, 0))
	}
	b.WriteString("sections:\n")
	ids := map[string]bool{}
	for _, s := range n.Sections {
		ids[s.ID] = true
	}
	parent := ""
	for _, s := range n.Sections {
		if s.Parent != parent && s.Parent != "" && !ids[strings.SplitN(s.Parent, "、", 2)[0]] {
			// The notice's heading above these sub-sections, kept as it
			// holds no task of its own.
			b.WriteString("  # " + yamlfmt.Comment(s.Parent) + "\n")
		}
		parent = s.Parent
		b.WriteString("  - id: " + yamlfmt.Scalar(s.ID) + "\n")
		b.WriteString(yamlfmt.Text("title", s.Title, 4))
		if s.Preamble != "" {
			// The rest of a heading that was a whole paragraph: kept,
			// as no field of a section holds it.
			b.WriteString("    # " + yamlfmt.Comment(s.Preamble) + "\n")
		}
	}
	b.WriteString("# 报送期次：" + yamlfmt.Comment(n.ScheduleNote().Zh) + "\n")
	b.WriteString("periods:\n")
	for _, p := range n.Periods() {
		fmt.Fprintf(&b, "  - id: %s\n    start: %s\n    end: %s\n    due: %s\n", p.ID,
			model.FormatDate(p.Start), model.FormatDate(p.End), model.FormatDate(p.Due))
	}
	return b.String()
}

// PlanChecks are what a person must check in the plan.yaml PlanFile
// writes: where the notice names no year, the year its start, end and
// periods take is today's, which the notice does not say.
func (n *Notice) PlanChecks() []i18n.Text {
	var out []i18n.Text
	if n.Title == "" && n.ListTitle == "" {
		out = append(out, i18n.T("没有找到通知的标题（导入的可能只是清单部分）：plan.yaml 的 title 写作“重点工作任务清单”，notice 下的文号、发文单位和日期也空着；请按通知填写",
			"the notice's title was not found (only its list may have been given): plan.yaml's title is 重点工作任务清单 and its notice number, issuer and date are empty; fill them in from the notice"))
	} else if n.titleOfList && n.Number == "" && n.Issuer == "" && n.Date.IsZero() {
		// Only the list was given (附件1 and its table): the notice's
		// title is the list's heading, which a person has to know.
		out = append(out, i18n.F("没有找到通知的标题、文号、发文单位和日期（导入的可能只是清单部分）：plan.yaml 中 notice 的 title 取了清单的标题“%s”，文号、发文单位和日期空着；请按通知填写",
			"the notice's title, number, issuer and date were not found (only its list may have been given): plan.yaml's notice title is the list's heading %q, and its number, issuer and date are empty; fill them in from the notice", n.Title))
	}
	if t := n.ListTitle; strings.ContainsAny(t, "，,。；;") || openBrackets(t) {
		// A sentence of the text read as the list's title (a paragraph
		// broken in two, a recipients line that lost its colon).
		if len(n.titleLines) > 0 {
			out = append(out, atF(n.AtPlain(n.titleLines[0].N), "plan.yaml 的 title 取自{at}的“%s”，像是一句正文而不是清单的标题；请改成清单的标题",
				"plan.yaml's title was taken from {at} (%q), which reads as a sentence of the text, not the list's title; change it to the list's title", t))
		} else {
			out = append(out, i18n.F("plan.yaml 的 title“%s”像是一句正文而不是清单的标题；请改成清单的标题",
				"plan.yaml's title %q reads as a sentence of the text, not the list's title; change it to the list's title", t))
		}
	}
	if n.Year == 0 {
		y := n.today.Year()
		out = append(out, i18n.F("通知中没有写明年份：start、end 和报送期次按今天的年份（%d 年）填写；请改成任务清单实际的年份",
			"the notice names no year: start, end and the periods take today's year (%d); change them to the list's year", y))
	}
	// A year in the list's own title (2019年重点工作任务清单) is the list's.
	f := n.yearFrom
	fromBody := f.N > 0 && n.Year != 0 && !strings.Contains(n.ListTitle, f.Text)
	if fromBody && n.cited {
		out = append(out, atF(n.AtPlain(f.N), "通知的标题、文号和日期中都没有年份：start、end 和报送期次的年份（%d 年）取自{at}引用的文件“%s”，那份文件可能是上一年的；请核对",
			"the notice's title, number and date name no year: start, end and the periods take the year (%d) of a document cited on {at} (%q), which may be the year before the list's; check them", n.Year, f.Text))
	} else if fromBody {
		out = append(out, atF(n.AtPlain(f.N), "通知的标题、文号和日期中都没有年份：start、end 和报送期次的年份（%d 年）取自{at}的“%s”；请核对",
			"the notice's title, number and date name no year: start, end and the periods take the year (%d) of {at} (%q); check them", n.Year, f.Text))
	}
	if n.cadence.cut {
		// 每月28日前报送: every period ends on its day of report, the last
		// before the plan does.
		if ps := n.Periods(); len(ps) > 0 {
			last := ps[len(ps)-1]
			if _, end := n.span(); last.End.Before(end) {
				out = append(out, i18n.F("按通知，最后一期 %s 截至 %s，此后到 %s 的几天不在任何一期中：年底到期而未完成的任务在最后一期中不会判为逾期；需要时把最后一期的 end 和 due 改为 %s",
					"as the notice says, the last period %s ends on %s, and the days after it until %s are in no period: a task due at the year's end and not done is not late in the last period; where that matters, set the last period's end and due to %s",
					last.ID, model.FormatDate(last.End), model.FormatDate(end), model.FormatDate(end)))
			}
		}
	}
	if e := n.yearEnd; e.Text != "" && n.cadence.every != "" {
		out = append(out, atF(n.AtPlain(e.N), "通知{at}另有要求“%s”：最后一期的 due 没有照此填写；请按通知改最后一期的 due（报送日在期末之前的，end 也改为这一天）",
			"{at} of the notice also asks %q: the last period's due date does not follow it; change it to what the notice says (and its end too, where that day comes before the period's end)", e.Text))
	}
	if n.schedule.Text == "" {
		// The periods and their due dates decide who reports late: made
		// up where the notice says nothing, they are the office's to set.
		if ps := n.Periods(); len(ps) > 0 {
			out = append(out, i18n.F("通知中没有写何时报送进展：plan.yaml 的报送期次是按季度、季度结束后 5 日内报送生成的（%s 至 %s，第一期 %s 截止）；这些截止日决定哪些单位逾期，请按实际要求核对 periods",
				"the notice does not say when progress is reported: plan.yaml's periods are quarters, due 5 days after each (%s to %s, the first due %s); these due dates decide who is late, so check the periods against what is asked",
				ps[0].ID, ps[len(ps)-1].ID, model.FormatDate(ps[0].Due)))
		}
	}
	if s := n.schedule; s.Text != "" && n.cadence.guessed {
		out = append(out, atF(n.AtPlain(s.N), "通知{at}写有报送要求“%s”，但没有写明报送日：plan.yaml 的报送期次按此生成，due 按期末后 5 日填写；请按实际要求核对 due",
			"{at} of the notice says when to report (%q) but names no day: plan.yaml's periods follow it, due 5 days after each; check the due dates", s.Text))
	} else if s := n.schedule; s.Text != "" && n.cadence.every == "" {
		out = append(out, atF(n.AtPlain(s.N), "通知{at}写有报送要求“%s”：plan.yaml 的报送期次没有照此填写（是按季度、季度结束后 5 日内报送生成的）；请按通知改 periods 的期次和 due",
			"{at} of the notice says when to report (%q): plan.yaml's periods do not follow it (they are quarters, due 5 days after each); change the periods and their due dates to what the notice says", s.Text))
	}
	return out
}

// yearEndRe is a clause asking for the year's report by a day of its own:
// 12月25日前报送全年完成情况, 年底前报送全年工作总结, 次年1月10日前报送年度总结.
var yearEndRe = lazyRe(`(?:\d{1,2}月\d{1,2}日|年底|年末|次年\d{1,2}月\d{1,2}日)(?:前|之前|以前)[^。；;，,]{0,12}?(?:报送|上报|报)[^。；;，,]{0,6}?(?:全年|年度)`)

// findYearEnd is the first clause asking for the year's report by a day
// of its own.
func findYearEnd(lines []Line) Line {
	for _, l := range lines {
		if m := yearEndRe.FindString(l.Text); m != "" {
			return Line{N: l.N, Text: m}
		}
	}
	return Line{}
}

// scheduleRe is a sentence that says when progress is to be reported:
// 每季度结束后10日内报送, 每月5日前上报, 每半年报送一次, 于季度末报送.
var scheduleRe = lazyRe(`(?:每(?:个)?(?:季度|季|月|半年|年)|季度(?:结束|末)|季末)[^。；;]{0,30}?(?:报送|上报|向[^。；;]{0,12}?报告|报(?:市|县|区|省|州|旗|镇|乡|政府|督))|(?:报送|上报)[^。；;]{0,20}?(?:每(?:个)?(?:季度|季|月|半年)|季度(?:结束|末)|季末)`)

// ownWorkReportRe is what a task sends as its own work, not its progress:
// 每月10日前报送债务数据, 每月报送统计报表.
var ownWorkReportRe = lazyRe(`^(?:报送|上报)(?:上月|上季度|本月|当月)?[^。；;，,]{0,8}?(?:数据|报表|名单|资料|清单|样本)`)

// progressWordRe names progress among what is reported: 进展情况, 工作总结.
var progressWordRe = lazyRe(`进展|进度|情况|完成|落实|推进|工作|总结|成效|动态`)

// reportsOwnWork says the schedule's sentence (from its match) has a task
// send its own data (每月10日前报送债务数据): a task's work, not when the
// list's progress is reported.
func reportsOwnWork(s string) bool {
	i := strings.Index(s, "报送")
	if j := strings.Index(s, "上报"); i < 0 || j >= 0 && j < i {
		i = j
	}
	if i < 0 {
		return false
	}
	m := ownWorkReportRe.FindString(s[i:])
	return m != "" && !progressWordRe.MatchString(m)
}

// findSchedule is the first line that says when progress is to be
// reported, cut to its sentence (and to 60 characters).
func findSchedule(lines []Line) Line {
	if s := findSchedules(lines); len(s) > 0 {
		return s[0]
	}
	return Line{}
}

// ownSchedule prefers, once the tasks are read, a schedule stated outside
// every task's lines (the letter's or the closing requirements' 每季度末5日
// 前报送) to one a task states of its own work (完成时限：每月25日前报送).
func (n *Notice) ownSchedule(lines []Line) {
	all := findSchedules(lines)
	if len(all) < 2 {
		return
	}
	inTask := func(l Line) bool {
		return slices.ContainsFunc(n.Tasks, func(t Task) bool { return l.N >= t.Line && l.N <= max(t.Line, t.respEnd(), t.raw.last, t.raw.due.line) })
	}
	if !inTask(all[0]) {
		return
	}
	for _, s := range all[1:] {
		if !inTask(s) {
			n.schedule, n.cadence = s, readCadence(s.Text)
			return
		}
	}
}

// findSchedules is every line that says when progress is to be reported,
// each cut to its sentence (and to 60 characters).
func findSchedules(lines []Line) []Line {
	var out []Line
	for _, l := range lines {
		loc := scheduleRe.FindStringIndex(l.Text)
		if loc == nil || reportsOwnWork(l.Text[loc[0]:]) {
			continue
		}
		start := strings.LastIndexAny(l.Text[:loc[0]], "。；;") + 1
		if start > 0 {
			_, size := utf8.DecodeRuneInString(l.Text[start-1:])
			start += size - 1
		}
		end := len(l.Text)
		if i := strings.IndexAny(l.Text[loc[1]:], "。；;"); i >= 0 {
			end = loc[1] + i
		}
		text := strings.TrimSpace(l.Text[start:end])
		if r := []rune(text); len(r) > 60 {
			text = string(r[:60]) + "…"
		}
		out = append(out, Line{N: l.N, Text: text})
	}
	return out
}

// span is when work starts and the default due date (the end of the
// plan's year). Work on a list of a year's tasks (2021年重点工作) starts
// with the year, whenever the notice that hands them out is dated: what
// is expected of a task by a day is the share of its year gone by. Any
// other list's work starts with its notice (the start of its year where
// the notice has no date, or one of another year).
func (n *Notice) span() (time.Time, time.Time) {
	year := n.Year
	if year == 0 {
		year = n.today.Year()
	}
	start := n.Date
	if start.IsZero() || start.Year() != year || n.yearsList() {
		start = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	end := time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	if n.nextYearDues {
		// 今冬明春 work due by next spring: the plan runs to the quarter
		// of its last due date.
		for _, t := range n.Tasks {
			if t.Due.After(end) {
				q := (int(t.Due.Month())-1)/3*3 + 3
				end = time.Date(t.Due.Year(), time.Month(q)+1, 0, 0, 0, 0, 0, time.UTC)
			}
		}
	}
	return start, end
}

// yearsList says the list is of a year's tasks: its title, or the
// notice's, names the year (2021年重点工作, 2023年工作要点, (2023年)).
func (n *Notice) yearsList() bool {
	y := fmt.Sprintf("%d年", n.Year)
	list, _ := asciiDigits(spaceless(n.ListTitle)) // ２０２４年: full-width digits
	title, _ := asciiDigits(spaceless(n.Title))
	return n.Year != 0 && (strings.Contains(list, y) || strings.Contains(title, y))
}

// reportsFrom is the day the first reporting period holds: the notice's
// date where it falls in the plan's year (no report is owed for a
// quarter over before the list was handed out), else the plan's start.
func (n *Notice) reportsFrom() time.Time {
	start, end := n.span()
	if d := n.Date; !d.IsZero() && d.After(start) && !d.After(end) {
		return d
	}
	return start
}

// StartNote says what start plan.yaml takes and why, and from which
// period reports are asked.
func (n *Notice) StartNote() i18n.Text {
	start, _ := n.span()
	s := model.FormatDate(start)
	var why i18n.Text
	switch {
	case n.yearsList():
		why = i18n.F("清单是 %d 年全年的任务，进度从年初算起", "the list is of %d's tasks, so progress counts from the year's start", n.Year)
	case n.Date.IsZero():
		why = i18n.T("通知中没有日期，从这一年年初算起", "the notice has no date, so it counts from the year's start")
	case !start.Equal(n.Date):
		why = i18n.T("通知的日期不在清单的年份中，从清单那一年的年初算起", "the notice is dated in another year than its list's, so it counts from the list's year's start")
	default:
		why = i18n.T("清单不是某一年全年的任务，工作从通知的日期算起", "the list is not a year's tasks, so work counts from the notice's date")
	}
	note := i18n.T(s+"（"+why.Zh+"）", s+" ("+why.En+")")
	if ps := n.Periods(); len(ps) > 0 && !n.reportsFrom().Equal(start) {
		note = i18n.T(note.Zh+"；报送期次从通知印发时的 "+ps[0].ID+" 开始", note.En+"; the periods start with "+ps[0].ID+", when the notice was issued")
	}
	return note
}

// Owners lists every owner name the tasks use, in order of first use.
func (n *Notice) Owners() []string {
	var out []string
	for _, t := range n.Tasks {
		for _, o := range t.Owners {
			if !slices.Contains(out, o) {
				out = append(out, o)
			}
		}
	}
	return out
}
