package render

import (
	"fmt"
	"io"
	"strings"

	"tally/internal/i18n"
	"tally/internal/model"
	"tally/internal/notice"
)

// ImportAccount is the account printed after an import: sections and their
// tasks, what the tasks have and where each task's owners, lead, leaders
// and due came from, what a person must check (需核对), the tasks with no
// time limit, the lines that could not be placed and what looks wrong.
// Text from the notice goes through SafeLine: a notice is user input.
// planned says a new plan.yaml is written from the notice: what it took
// that the notice does not say is listed to check too.
func ImportAccount(n *notice.Notice, planned bool, lang i18n.Lang) string {
	var b strings.Builder
	a := n.Account()
	b.WriteString(lang.Pick(fmt.Sprintf("读取了 %d 项任务，%d 个部分：\n", a.Tasks, len(a.Sections)),
		fmt.Sprintf("read %s in %s:\n", i18n.Count(a.Tasks, "task", "tasks"), i18n.Count(len(a.Sections), "section", "sections"))))
	parent := ""
	for _, s := range a.Sections {
		indent := "  "
		if s.Parent != "" {
			if s.Parent != parent {
				b.WriteString("  " + SafeLine(s.Parent) + "\n")
			}
			indent = "    "
		}
		parent = s.Parent
		// (（一）发改委：, a heading closing with its own colon: one colon
		// before the count, not two.)
		title := strings.TrimRight(SafeLine(s.Title), "：: ")
		b.WriteString(lang.Pick(fmt.Sprintf("%s%s %s：%d 项\n", indent, s.ID, title, s.Tasks),
			fmt.Sprintf("%s%s %s: %s\n", indent, s.ID, title, i18n.Count(s.Tasks, "task", "tasks"))))
	}
	b.WriteString(lang.Pick(
		fmt.Sprintf("有责任单位的 %d 项，有牵头单位的 %d 项，有责任领导的 %d 项，有完成时限或时间节点的 %d 项。\n", a.Owners, a.Lead, a.Leaders, a.Dated),
		fmt.Sprintf("%d have owners, %d a lead unit, %d leaders, %d a due date or milestones.\n", a.Owners, a.Lead, a.Leaders, a.Dated)))
	sources(&b, n, lang)
	if planned {
		b.WriteString(lang.Pick("plan.yaml 的 start：", "plan.yaml's start: ") + SafeLine(n.StartNote().In(lang)) + "\n")
	}
	if planned && n.ScheduleLine() > 0 {
		b.WriteString(lang.Pick("plan.yaml 的报送期次：", "plan.yaml's reporting periods: ") + SafeLine(n.ScheduleNote().In(lang)) + "\n")
	}
	reviews(&b, n, planChecks(n, planned), lang)
	undated(&b, n, lang)
	if len(n.Unplaced) > 0 {
		if n.Located() {
			b.WriteString(lang.Pick("以下内容无法归类，未导入（位置：内容）：\n", "these lines could not be placed and were not imported (where: text):\n"))
		} else {
			b.WriteString(lang.Pick("以下内容无法归类，未导入（行号：内容）：\n", "these lines could not be placed and were not imported (line: text):\n"))
		}
		for _, l := range n.Unplaced {
			if n.Located() {
				fmt.Fprintf(&b, "  %s%s%s\n", SafeLine(n.AtPlain(l.N).In(lang)), lang.Pick("：", ": "), SafeLine(l.Text))
			} else {
				fmt.Fprintf(&b, "  %d: %s\n", l.N, SafeLine(l.Text))
			}
		}
	}
	for _, w := range n.Warnings {
		if w.Line > 0 {
			at := SafeLine(n.At(w.Line).In(lang))
			b.WriteString(lang.Pick("注意（"+at+"）：", "warning ("+at+"): "))
		} else {
			b.WriteString(lang.Pick("注意：", "warning: "))
		}
		b.WriteString(SafeLine(w.Text.In(lang)) + "\n")
	}
	return Safe(b.String()) // every line quotes the notice
}

// fieldNames are the fields of a task the account speaks of.
var fieldNames = map[string]i18n.Text{
	"owners":  i18n.T("责任单位", "owners"),
	"lead":    i18n.T("牵头单位", "lead"),
	"leaders": i18n.T("责任领导", "leaders"),
	"due":     i18n.T("完成时限", "due"),
}

// sources says, task by task, where each value came from.
func sources(b *strings.Builder, n *notice.Notice, lang i18n.Lang) {
	if len(n.Tasks) == 0 {
		return
	}
	b.WriteString(lang.Pick("各项任务的出处：\n", "where each task's values came from:\n"))
	for _, t := range n.Tasks {
		var parts []string
		for _, f := range taskSources(t) {
			parts = append(parts, fieldNames[f.field].In(lang)+lang.Pick("：", ": ")+SafeLine(n.Source(f.from).In(lang)))
		}
		if len(parts) == 0 {
			parts = []string{lang.Pick("没有找到责任单位和时限", "no owners or time limit found")}
		}
		fmt.Fprintf(b, "  %s  %s\n", t.ID, strings.Join(parts, lang.Pick("；", "; ")))
	}
}

type fieldSource struct {
	field string
	from  notice.From
}

func taskSources(t notice.Task) []fieldSource {
	var out []fieldSource
	for _, f := range []fieldSource{{"owners", t.Sources.Owners}, {"lead", t.Sources.Lead}, {"leaders", t.Sources.Leaders}, {"due", t.Sources.Due}} {
		if f.from.Kind != notice.FromNone {
			out = append(out, f)
		}
	}
	return out
}

// reviews lists under 需核对 what was inferred, open-ended or missing, by
// line.
func reviews(b *strings.Builder, n *notice.Notice, plan []i18n.Text, lang i18n.Lang) {
	count := len(plan) + len(n.Unread)
	for _, t := range n.Tasks {
		count += len(sameChecks(t.Review))
	}
	if count == 0 {
		return
	}
	b.WriteString(lang.Pick(fmt.Sprintf("需核对（%d 处）：\n", count), fmt.Sprintf("to check (%d):\n", count)))
	for _, c := range plan {
		b.WriteString("  plan.yaml" + lang.Pick("：", ": ") + SafeLine(c.In(lang)) + "\n")
	}
	for _, s := range n.Unread {
		b.WriteString("  " + SafeLine(n.SpanText(s).In(lang)) + lang.Pick("：", ": ") + SafeLine(s.Text.In(lang)) + "\n")
	}
	for _, t := range n.Tasks {
		for _, g := range sameChecks(t.Review) {
			r := g[0]
			var zh, en []string
			for _, f := range g {
				zh, en = append(zh, fieldNames[f.Field].Zh), append(en, fieldNames[f.Field].En)
			}
			at := SafeLine(n.At(r.Line).In(lang))
			b.WriteString(lang.Pick(fmt.Sprintf("  %s，任务 %s，%s：", at, t.ID, strings.Join(zh, "、")),
				fmt.Sprintf("  %s, task %s, %s: ", at, t.ID, strings.Join(en, " and "))))
			b.WriteString(SafeLine(r.Text.In(lang)) + "\n")
		}
	}
}

// sameChecks groups a task's checks that say the same of the same line
// for several fields (“各项目牵头单位”不是具体单位 of its owners and its
// lead): the account says each once, naming the fields.
func sameChecks(rs []notice.Review) [][]notice.Review {
	var out [][]notice.Review
	for _, r := range rs {
		if k := len(out) - 1; k >= 0 && out[k][0].Line == r.Line && out[k][0].Text == r.Text {
			out[k] = append(out[k], r)
			continue
		}
		out = append(out, []notice.Review{r})
	}
	return out
}

// planChecks are the checks of the plan.yaml written, none where none is.
func planChecks(n *notice.Notice, planned bool) []i18n.Text {
	if !planned {
		return nil
	}
	return n.PlanChecks()
}

// undated names the tasks that have no due date: the plan's end applies.
func undated(b *strings.Builder, n *notice.Notice, lang i18n.Lang) {
	var ids []string
	for _, t := range n.Tasks {
		if t.Due.IsZero() {
			ids = append(ids, t.ID)
		}
	}
	if len(ids) == 0 {
		return
	}
	b.WriteString(lang.Pick(fmt.Sprintf("没有完成时限的 %d 项（按 plan.yaml 的 end）：%s\n", len(ids), strings.Join(ids, "、")),
		fmt.Sprintf("%s no due date (plan.yaml's end applies): %s\n", i18n.Count(len(ids), "task has", "tasks have"), strings.Join(ids, ", "))))
}

// ImportJSON is the shape of `tally import --dry-run --format json`: the
// notice's header and every task with where its values came from and what
// to check.
type ImportJSON struct {
	Notice ImportNoticeJSON  `json:"notice"`
	Plan   []ImportCheckJSON `json:"plan"` // what to check in the plan.yaml written (none in an existing repository)
	// Periods says where the plan.yaml written took its periods from, where
	// the notice's schedule gave them.
	Periods *ImportCheckJSON `json:"periods,omitempty"`
	// Start says what start the plan.yaml written takes and why.
	Start    *ImportCheckJSON  `json:"start,omitempty"`
	Tasks    []ImportTaskJSON  `json:"tasks"`
	Unplaced []ImportLineJSON  `json:"unplaced"`
	Warnings []ImportCheckJSON `json:"warnings"`
	// Unread are runs of lines read as no task that look like tasks:
	// line to to, listed under 需核对 too.
	Unread []ImportSpanJSON `json:"unread"`
	// Reused is what --units brought to a new data repository; absent
	// without --units.
	Reused *ImportReusedJSON `json:"reused_units,omitempty"`
}

// ImportReusedJSON is what the units.yaml of --units brought to a new data
// repository.
type ImportReusedJSON struct {
	File string `json:"file"`
	// Kept says File is the folder's own units.yaml, left as it is: the
	// owners it does not know are for a person to register, and no
	// units.yaml is written.
	Kept bool `json:"kept"`
	// Unmatched are the owners no name or alias of File names: each got a
	// new id (or an empty group) in the new units.yaml, or, where Kept, is
	// to be registered in File.
	Unmatched []string `json:"unmatched"`
	// Bounds are the from and until of File's units brought, as the new
	// units.yaml writes them.
	Bounds []ImportBoundJSON `json:"bounds"`
}

// ImportBoundJSON is a reused unit's from or until: was as File writes
// it, now as the new units.yaml does ("" for none); left where the unit
// reports in no period of the new list and was not brought.
type ImportBoundJSON struct {
	Unit    string `json:"unit"`
	Name    string `json:"name"`
	Field   string `json:"field"`
	Was     string `json:"was"`
	Now     string `json:"now"`
	Left    bool   `json:"left"`
	Message string `json:"message"`
}

// ImportSpanJSON is a run of the notice's lines to check, and why.
type ImportSpanJSON struct {
	Line    int    `json:"line"`
	To      int    `json:"to"`
	Place   string `json:"place,omitempty"` // where Word shows it, for a .docx
	Message string `json:"message"`
}

// ImportNoticeJSON is the header of a notice.
type ImportNoticeJSON struct {
	Title      string   `json:"title"`
	ListTitle  string   `json:"list_title"`
	Number     string   `json:"number"`
	Issuer     string   `json:"issuer"`
	Date       string   `json:"date"`
	Year       int      `json:"year"`
	Recipients []string `json:"recipients"`
}

// ImportTaskJSON is a task as read, with its sources and review items.
type ImportTaskJSON struct {
	ID         string                    `json:"id"`
	Section    string                    `json:"section"`
	Title      string                    `json:"title"`
	Line       int                       `json:"line"`
	Place      string                    `json:"place,omitempty"` // where Word shows it, for a .docx
	Owners     []string                  `json:"owners"`
	OwnersText string                    `json:"owners_text"`
	Lead       []string                  `json:"lead"`
	Leaders    []string                  `json:"leaders"`
	Due        string                    `json:"due"`
	Milestones []MilestoneJSON           `json:"milestones"`
	Sources    map[string]ImportFromJSON `json:"sources"`
	Review     []ImportCheckJSON         `json:"review"`
}

// ImportFromJSON is where a value came from: kind is bracket, label,
// column, inline, first-listed, carried, text or heading.
type ImportFromJSON struct {
	Kind  string `json:"kind"`
	Line  int    `json:"line"`
	Label string `json:"label,omitempty"`
	Item  string `json:"item,omitempty"`
	Text  string `json:"text"`
}

// ImportCheckJSON is a line to check and why.
type ImportCheckJSON struct {
	Field   string `json:"field,omitempty"`
	Task    string `json:"task,omitempty"`
	Line    int    `json:"line"`
	Place   string `json:"place,omitempty"` // where Word shows it, for a .docx
	Message string `json:"message"`
}

// ImportLineJSON is a line of the notice.
type ImportLineJSON struct {
	Line  int    `json:"line"`
	Place string `json:"place,omitempty"` // where Word shows it, for a .docx
	Text  string `json:"text"`
}

var fromKinds = map[notice.FromKind]string{
	notice.FromBracket: "bracket", notice.FromLabel: "label", notice.FromColumn: "column", notice.FromInline: "inline",
	notice.FromFirstRule: "first-listed", notice.FromCarry: "carried", notice.FromText: "text",
	notice.FromHeading: "heading",
}

// Import writes the JSON of an import; planned as for ImportAccount;
// reused, where not nil, what --units brought.
func Import(w io.Writer, n *notice.Notice, planned bool, reused *ImportReusedJSON, lang i18n.Lang) error {
	// A .docx has no line numbers Word shows: each line also says where
	// it is as the account does (表格第 3 行（序号 2）, 第 17 段“…”).
	place := func(line int) string {
		if !n.Located() || line < 1 {
			return ""
		}
		return n.At(line).In(lang)
	}
	out := ImportJSON{
		Notice: ImportNoticeJSON{Title: n.Title, ListTitle: n.ListTitle, Number: n.Number, Issuer: n.Issuer,
			Year: n.Year, Recipients: nonNil(n.Recipients)},
		Plan: []ImportCheckJSON{}, Tasks: []ImportTaskJSON{}, Unplaced: []ImportLineJSON{}, Warnings: []ImportCheckJSON{},
		Unread: []ImportSpanJSON{}, Reused: reused,
	}
	for _, c := range planChecks(n, planned) {
		out.Plan = append(out.Plan, ImportCheckJSON{Message: c.In(lang)})
	}
	if planned {
		out.Start = &ImportCheckJSON{Message: n.StartNote().In(lang)}
	}
	if planned && n.ScheduleLine() > 0 {
		out.Periods = &ImportCheckJSON{Line: n.ScheduleLine(), Message: n.ScheduleNote().In(lang)}
	}
	if !n.Date.IsZero() {
		out.Notice.Date = model.FormatDate(n.Date)
	}
	for _, t := range n.Tasks {
		k := ImportTaskJSON{ID: t.ID, Section: t.Section, Title: t.Title, Line: t.Line, Place: place(t.Line), Owners: nonNil(t.Owners),
			OwnersText: t.OwnersText, Lead: nonNil(t.Lead), Leaders: nonNil(t.Leaders), Milestones: []MilestoneJSON{},
			Sources: map[string]ImportFromJSON{}, Review: []ImportCheckJSON{}}
		if !t.Due.IsZero() {
			k.Due = model.FormatDate(t.Due)
		}
		for _, m := range t.Milestones {
			k.Milestones = append(k.Milestones, MilestoneJSON{Due: model.FormatDate(m.Due), Text: m.Text})
		}
		for _, f := range taskSources(t) {
			k.Sources[f.field] = ImportFromJSON{Kind: fromKinds[f.from.Kind], Line: f.from.Line, Label: f.from.Label,
				Item: f.from.Item, Text: n.Source(f.from).In(lang)}
		}
		for _, r := range t.Review {
			k.Review = append(k.Review, ImportCheckJSON{Field: r.Field, Line: r.Line, Place: place(r.Line), Message: r.Text.In(lang)})
		}
		out.Tasks = append(out.Tasks, k)
	}
	for _, l := range n.Unplaced {
		out.Unplaced = append(out.Unplaced, ImportLineJSON{Line: l.N, Place: place(l.N), Text: l.Text})
	}
	for _, wn := range n.Warnings {
		out.Warnings = append(out.Warnings, ImportCheckJSON{Task: wn.Task, Line: wn.Line, Place: place(wn.Line), Message: wn.Text.In(lang)})
	}
	for _, s := range n.Unread {
		sp := ImportSpanJSON{Line: s.From, To: s.To, Message: s.Text.In(lang)}
		if n.Located() {
			sp.Place = n.SpanText(s).In(lang)
		}
		out.Unread = append(out.Unread, sp)
	}
	return JSON(w, out)
}

// ImportTable is the tasks of a notice for review before they are written.
func ImportTable(n *notice.Notice, lang i18n.Lang) *Table {
	sep := lang.Pick("、", ", ")
	t := &Table{
		Head: []string{lang.Pick("编号", "ID"), lang.Pick("章节", "Section"), lang.Pick("任务", "Task"), lang.Pick("责任单位", "Owners"),
			lang.Pick("牵头", "Lead"), lang.Pick("责任领导", "Leaders"), lang.Pick("完成时限", "Due"), lang.Pick("时间节点", "Milestones")},
		Wrap:  map[int]int{2: 30, 3: 24, 4: 12, 5: 14},
		Right: map[int]bool{7: true},
	}
	for _, k := range n.Tasks {
		due := ""
		if !k.Due.IsZero() {
			due = model.FormatDate(k.Due)
		}
		t.Rows = append(t.Rows, []string{k.ID, k.Section, k.Title, strings.Join(k.Owners, sep), strings.Join(k.Lead, sep),
			strings.Join(k.Leaders, sep), due, fmt.Sprint(len(k.Milestones))})
	}
	return t
}
