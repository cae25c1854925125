package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"tally/internal/diag"
	"tally/internal/history"
	"tally/internal/i18n"
	"tally/internal/model"
)

// The views of history: `diff` (a table of changed fields) and `log`
// (commits with their changes, as lines, rows or JSON). Fields and values
// read as the table shows them in every format but JSON, which keeps the
// codes (DESIGN §3).

var fieldLabels = map[string]string{
	history.FieldTask: "任务", history.FieldTitle: "任务标题", history.FieldUnit: "单位", history.FieldName: "单位名称",
	history.FieldReport: "报送文件", history.FieldSubmitted: "报送日期", history.FieldContact: "联系人", history.FieldStatus: "状态", history.FieldProgress: "进度",
	history.FieldSummary: "进展情况", history.FieldProblems: "存在问题", history.FieldNext: "下步计划", history.FieldValues: "指标数值",
	history.FieldUnreadable: "无法读取", history.FieldEvidence: "佐证材料", history.FieldExtension: "申请延期",
	history.FieldEvidenceFile: "佐证材料文件", history.FieldReview: "审核", history.FieldDeadline: "重新报送期限",
	history.FieldReason: "退回理由", history.FieldDecision: "延期决定", history.FieldReviewed: "审核的版本", history.FieldReturns: "以前的退回",
	history.FieldOwner: "责任单位", history.FieldLead: "牵头单位", history.FieldDue: "完成时限", history.FieldMilestone: "时间节点",
	history.FieldID: "单位编号", history.FieldAlias: "别名", history.FieldMember: "分组", history.FieldPeriod: "期次起止",
	history.FieldPeriodDue: "报送截止日", history.FieldStart: "清单开始日期", history.FieldEnd: "清单默认完成时限",
	history.FieldFrom: "起始期次", history.FieldUntil: "最后报送期次",
}

// FieldLabel names a changed field: in Chinese its label, in English its code.
func FieldLabel(f string, lang i18n.Lang) string {
	if lang == i18n.En {
		return f
	}
	if s, ok := fieldLabels[f]; ok {
		return s
	}
	return f
}

// ValueLabel shows a changed value as people read it: statuses in words,
// progress with %, nothing as （无）.
func ValueLabel(field, v string, lang i18n.Lang) string {
	switch {
	case field == history.FieldUnreadable:
		return unreadableLabel(v, lang)
	case v == "":
		return lang.Pick("（无）", "(none)")
	case field == history.FieldStatus:
		if s, ok := model.ParseStatus(v); ok {
			return s.Label(lang)
		}
	case field == history.FieldProgress && v == history.ProgressInvalid:
		return lang.Pick("有误（未计入）", "in error (not counted)")
	case field == history.FieldProgress:
		return v + "%"
	case field == history.FieldReview:
		return reviewLabel(v, lang)
	case field == history.FieldDecision:
		return decisionLabel(v, lang)
	case field == history.FieldPeriod:
		if start, end, ok := strings.Cut(v, "~"); ok {
			return start + lang.Pick(" 至 ", " to ") + end
		}
	}
	return strings.TrimSpace(v)
}

// DiffTable is `diff`: one row per changed field, or per report or
// entry that is new or gone.
func DiffTable(changes []history.Change, lang i18n.Lang) *Table {
	t := &Table{
		Head: []string{lang.Pick("期次", "Period"), lang.Pick("单位", "Unit"), lang.Pick("任务", "Task"), lang.Pick("字段", "Field"),
			lang.Pick("原值", "From"), lang.Pick("新值", "To")},
		Wrap: map[int]int{1: 16, 4: 36, 5: 36},
	}
	eachGroup(changes, func(g []history.Change) {
		for _, r := range groupRows(g, lang) {
			t.Rows = append(t.Rows, []string{g[0].Period, unitName(g[0]), g[0].Task, r.label, r.from, r.to})
		}
	})
	return t
}

// unitName names the unit of a change for people: its name, else its id.
func unitName(c history.Change) string {
	if c.Name != "" {
		return c.Name
	}
	return c.Unit
}

// LogEntryJSON is one commit of `log --format json`.
type LogEntryJSON struct {
	Commit   string           `json:"commit"`
	Date     string           `json:"date"`
	Author   string           `json:"author"`
	Message  string           `json:"message"`
	Changes  []history.Change `json:"changes"`
	Boundary bool             `json:"boundary,omitempty"` // a shallow clone's oldest commit: its changes are unknown
}

// logEntryJSON is the JSON shape of one commit of a history.
func logEntryJSON(e history.Entry) LogEntryJSON {
	cs := e.Changes
	if cs == nil {
		cs = []history.Change{}
	}
	return LogEntryJSON{Commit: e.Commit, Date: e.Date, Author: e.Author, Message: e.Message, Changes: cs, Boundary: e.Boundary}
}

func boundaryNote(lang i18n.Lang) string {
	return lang.Pick("本仓库为浅克隆，历史从此提交开始，此前的变化无从得知", "a shallow clone: the history starts at this commit; what came before is not known")
}

// A LogWriter writes `log` in one of its formats commit by commit, as
// the history is read, to the bytes the whole history would give: a
// text listing (each commit, then one line per period, unit and task it
// changed), JSON (an array of LogEntryJSON), or CSV or Markdown (one row
// per changed field, or new or gone report or entry, with its commit).
type LogWriter struct {
	f    Format
	lang i18n.Lang
	b    *bufio.Writer // text and JSON
	rows *RowWriter    // CSV and Markdown
	n    int           // commits written
}

// NewLogWriter starts a history in format f.
func NewLogWriter(w io.Writer, f Format, lang i18n.Lang) (*LogWriter, error) {
	lw := &LogWriter{f: f, lang: lang}
	if f != FormatCSV && f != FormatMD {
		lw.b = bufio.NewWriterSize(w, 64<<10)
		return lw, nil
	}
	var err error
	lw.rows, err = NewRowWriter(w, f, []string{lang.Pick("提交", "Commit"), lang.Pick("日期", "Date"), lang.Pick("作者", "Author"),
		lang.Pick("说明", "Message"), lang.Pick("期次", "Period"), lang.Pick("单位", "Unit"), lang.Pick("任务", "Task"),
		lang.Pick("字段", "Field"), lang.Pick("原值", "From"), lang.Pick("新值", "To"), lang.Pick("合并带入自", "Merged from")}, nil)
	return lw, err
}

// Entry writes one commit.
func (lw *LogWriter) Entry(e history.Entry) error {
	defer func() { lw.n++ }()
	switch lw.f {
	case FormatJSON:
		return lw.json(e)
	case FormatCSV, FormatMD:
		return lw.row(e)
	}
	b, lang := lw.b, lw.lang
	if lw.n > 0 {
		b.WriteString("\n")
	}
	// Authors and subjects come from anyone's commits: no terminal control.
	fmt.Fprintf(b, "%s  %s  %s\n    %s\n", shortHash(e.Commit), e.Date, SafeLine(e.Author), SafeLine(e.Message))
	if e.Boundary {
		b.WriteString("  " + boundaryNote(lang) + lang.Pick("。", ".") + "\n")
	}
	own, brought := byMerge(e.Changes)
	for _, line := range ChangeLines(own, lang) {
		b.WriteString("  " + Safe(line) + "\n")
	}
	if len(brought) > 0 {
		from := shortHash(brought[0].MergedFrom)
		b.WriteString("  " + lang.Pick("随合并带入（在所合并的 "+from+" 一侧的提交中改动）：", "brought in by the merge (changed by the commits on the side of "+from+"):") + "\n")
		for _, line := range ChangeLines(brought, lang) {
			b.WriteString("    " + Safe(line) + "\n")
		}
	}
	return nil
}

// byMerge splits a commit's changes into its own and those a merge
// brought in from the branch merged (history.Change.MergedFrom).
func byMerge(cs []history.Change) (own, brought []history.Change) {
	for i, c := range cs {
		if c.MergedFrom != "" {
			return cs[:i:i], cs[i:]
		}
	}
	return cs, nil
}

// json writes a commit as an element of an array indented as JSON
// indents the whole array, escaped as JSON escapes it.
func (lw *LogWriter) json(e history.Entry) error {
	if lw.n == 0 {
		lw.b.WriteString("[\n  ")
	} else {
		lw.b.WriteString(",\n  ")
	}
	var elem bytes.Buffer
	enc := json.NewEncoder(&elem)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(logEntryJSON(e)); err != nil {
		return err
	}
	_, err := lw.b.Write(escapeJSON(bytes.TrimSuffix(elem.Bytes(), []byte("\n"))))
	return err
}

func (lw *LogWriter) row(e history.Entry) error {
	head := []string{shortHash(e.Commit), e.Date, e.Author, e.Message}
	if e.Boundary {
		if err := lw.rows.Row(append(head, "", "", "", boundaryNote(lw.lang), "", "", "")); err != nil {
			return err
		}
	}
	var err error
	eachGroup(e.Changes, func(g []history.Change) {
		for _, r := range groupRows(g, lw.lang) {
			if err == nil {
				err = lw.rows.Row(append(head[:4:4], g[0].Period, unitName(g[0]), g[0].Task, r.label, r.from, r.to, shortHash(g[0].MergedFrom)))
			}
		}
	})
	return err
}

// Close ends the history (a text history with no commit says so) and
// writes out what is buffered.
func (lw *LogWriter) Close() error {
	switch {
	case lw.rows != nil:
		return lw.rows.Close()
	case lw.f == FormatJSON && lw.n == 0:
		lw.b.WriteString("[]\n")
	case lw.f == FormatJSON:
		lw.b.WriteString("\n]\n")
	case lw.n == 0:
		lw.b.WriteString(lw.lang.Pick("没有相关的提交。", "No matching commits.") + "\n")
	}
	return lw.b.Flush()
}

func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// ChangeLines words changes one line per period, unit and task:
// "2019Q2 赤坎区委组织部 任务 16：状态 推进中 → 已完成；进度 55% → 100%".
// A new report says 新报送 with its file, date and contact, each of its
// entries its status and progress; long text shows the part that changed.
func ChangeLines(changes []history.Change, lang i18n.Lang) []string {
	var lines []string
	var b strings.Builder
	eachGroup(changes, func(g []history.Change) {
		c := g[0]
		b.Reset()
		sep := ""
		for _, w := range []string{c.Period, unitName(c)} {
			if w != "" {
				b.WriteString(sep + w)
				sep = " "
			}
		}
		if c.Task != "" {
			b.WriteString(sep + lang.Pick("任务 ", "task ") + c.Task)
		}
		if b.Len() > 0 {
			b.WriteString(lang.Pick("：", ": "))
		}
		if changeKind(c.Field) == kindEvidence {
			b.WriteString(evidenceSentence(g, lang))
			lines = append(lines, b.String())
			return
		}
		for i, r := range groupRows(g, lang) {
			if r.said {
				continue
			}
			if i > 0 {
				b.WriteString(lang.Pick("；", "; "))
			}
			switch {
			case r.sentence != "":
				b.WriteString(r.sentence)
			case r.whole && r.from == "":
				b.WriteString(r.label + " " + r.to)
			case r.whole:
				b.WriteString(r.label + " " + r.from)
			default:
				from, to := changedPart(r.from, r.to)
				b.WriteString(r.label + " " + from + " → " + to)
			}
		}
		lines = append(lines, b.String())
	})
	return lines
}

// eachGroup calls f with each run of changes of one period, unit and
// task, and of one kind (changeKind: the report's, its evidence files',
// its review's).
func eachGroup(changes []history.Change, f func([]history.Change)) {
	for i := 0; i < len(changes); {
		j := i + 1
		for j < len(changes) && changes[j].Period == changes[i].Period && changes[j].Unit == changes[i].Unit && changes[j].Task == changes[i].Task &&
			changeKind(changes[j].Field) == changeKind(changes[i].Field) && changes[j].MergedFrom == changes[i].MergedFrom {
			j++
		}
		f(changes[i:j])
		i = j
	}
}

// changeRow is one thing a group of changes says: a field from a value to
// another, or (whole) something added (from "") or removed (to ""),
// shown in words.
type changeRow struct {
	label, from, to string
	whole           bool
	sentence        string // a line's words, whole (a file that cannot be read)
	said            bool   // the line of the row before says this row too: not in lines
}

// groupRows words a group of changes (one period, unit and task). A report
// or an entry that is new or gone is one row: 新报送 with the report's
// file, date and contact, or the entry's status and progress; else each
// field is a row.
func groupRows(g []history.Change, lang i18n.Lang) []changeRow {
	field := func(f string) (history.Change, bool) {
		for _, c := range g {
			if c.Field == f {
				return c, true
			}
		}
		return history.Change{}, false
	}
	newWord, goneWord, entryWord := lang.Pick("新报送", "new report"), lang.Pick("删除报送", "report removed"), lang.Pick("新报送", "reported")
	if g[0].Draft {
		// A draft is not a report: nothing was reported yet.
		newWord, goneWord, entryWord = lang.Pick("新草稿（未填报送日期，尚未报送）", "new draft (no submitted date: not reported)"),
			lang.Pick("删除草稿", "draft removed"), lang.Pick("草稿中填写", "in a draft")
	}
	if changeKind(g[0].Field) != 0 {
		rows := make([]changeRow, 0, len(g))
		for _, c := range g {
			rows = append(rows, officeRow(c, lang))
		}
		return rows
	}
	if g[0].Task == "" && g[0].Unit == "" && g[0].Period != "" {
		if p, ok := field(history.FieldPeriod); ok && (p.From == "" || p.To == "") {
			return []changeRow{periodRow(g, p, lang)}
		}
	}
	if g[0].Task == "" {
		if r, ok := field(history.FieldReport); ok && (r.From == "" || r.To == "") {
			if r.From == "" {
				return []changeRow{{label: newWord, to: r.To + details(g, lang, true), whole: true}}
			}
			return []changeRow{{label: goneWord, from: r.From + details(g, lang, false), whole: true}}
		}
	} else if p, ok := field(history.FieldProgress); ok && (p.From == "" || p.To == "") {
		// An entry's progress is always written (done is 100, not started
		// 0): without one on a side, the entry is not there.
		if p.From == "" {
			return []changeRow{{label: entryWord, to: entryWords(g, lang, true), whole: true}}
		}
		return []changeRow{{label: lang.Pick("删除", "removed"), from: entryWords(g, lang, false), whole: true}}
	}
	rows := make([]changeRow, 0, len(g))
	for i := 0; i < len(g); i++ {
		c := g[i]
		label := FieldLabel(c.Field, lang)
		if isList(c.Field) {
			// The owners (lead, milestones, aliases, groups) added and taken
			// in one row.
			j := i + 1
			for j < len(g) && g[j].Field == c.Field {
				j++
			}
			rows = append(rows, listRows(g[i:j], lang)...)
			i = j - 1
			continue
		}
		switch {
		case c.Field == history.FieldUnreadable:
			to := ValueLabel(c.Field, c.To, lang)
			if c.NoneAfter {
				to = lang.Pick("（已删除）", "(deleted)")
			}
			if since := shortHash(c.Since); c.Since != "" {
				switch {
				case c.NoneBefore:
					to = lang.Pick(fmt.Sprintf("（自 %s 新建时起无法读取；按新建列出）", since), fmt.Sprintf("(unreadable since added in %s; shown as added)", since))
				case c.Same:
					to = lang.Pick(fmt.Sprintf("（与 %s 之前的版本相同）", since), fmt.Sprintf("(the same as before %s)", since))
				default:
					to = lang.Pick(fmt.Sprintf("（改动与 %s 之前的版本相比）", since), fmt.Sprintf("(changes against its version before %s)", since))
				}
			}
			if c.Period == "" && c.Unit == "" && c.Task == "" && c.File != "" {
				label += lang.Pick("（"+c.File+"）", " ("+c.File+")") // plan.yaml, units.yaml: no column names them
			}
			rows = append(rows, changeRow{label: label, from: ValueLabel(c.Field, c.From, lang), to: to,
				sentence: unreadableLine(c, lang)})
		case c.Field == history.FieldReport:
			// Both sides: the report moved with its unit's id.
			rows = append(rows, changeRow{label: label, from: c.From, to: c.To,
				sentence: label + " " + c.From + " → " + c.To + lang.Pick("（随单位编号改名）", " (renamed with the unit's id)")})
		case isWhole(c.Field) && c.From == "":
			rows = append(rows, changeRow{label: lang.Pick("新增", "added ") + label, to: c.To, whole: true})
		case isWhole(c.Field) && c.To == "":
			rows = append(rows, changeRow{label: lang.Pick("删除", "removed ") + label, from: c.From, whole: true})
		default:
			rows = append(rows, changeRow{label: label, from: ValueLabel(c.Field, c.From, lang), to: ValueLabel(c.Field, c.To, lang)})
		}
	}
	return rows
}

// details are a new (or removed) report's date and contact, in brackets.
func details(g []history.Change, lang i18n.Lang, added bool) string {
	var parts []string
	for _, c := range g {
		if v := side(c, added); v != "" && (c.Field == history.FieldSubmitted || c.Field == history.FieldContact) {
			parts = append(parts, FieldLabel(c.Field, lang)+" "+clipText(v)) // one line, at most clipWidth characters
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return lang.Pick("（", " (") + strings.Join(parts, lang.Pick("，", ", ")) + lang.Pick("）", ")")
}

// entryWords are a new (or removed) entry's status and progress: "推进中，进度 60%".
func entryWords(g []history.Change, lang i18n.Lang, added bool) string {
	var parts []string
	for _, c := range g {
		switch v := side(c, added); {
		case v == "":
		case c.Field == history.FieldStatus:
			parts = append(parts, ValueLabel(c.Field, v, lang))
		case c.Field == history.FieldProgress:
			parts = append(parts, lang.Pick("进度 ", "progress ")+ValueLabel(c.Field, v, lang))
		}
	}
	return strings.Join(parts, lang.Pick("，", ", "))
}

// side is the value of a change that is there: the new one of something
// added, the old one of something removed.
func side(c history.Change, added bool) string {
	if added {
		return c.To
	}
	return c.From
}

// isWhole reports whether a field stands for a whole thing added or removed.
func isWhole(field string) bool {
	return field == history.FieldTask || field == history.FieldUnit || field == history.FieldReport ||
		field == history.FieldStart || field == history.FieldEnd // a plan added or deleted
}

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// Change lines show at most this many characters of a value, and this
// many either side of the part that changed.
const (
	clipWidth   = 30
	clipContext = 8
)

// changedPart shows a change of text on one line: whole when both values
// are short; else, from each, the part that differs with a little of the
// text around it, so that a long summary changed in its middle shows its
// middle ("…9月组织后备干部培训…"), not its unchanged start.
func changedPart(from, to string) (string, string) {
	a, b := []rune(oneLine(from)), []rune(oneLine(to))
	if len(a) <= clipWidth && len(b) <= clipWidth || len(a) == 0 || len(b) == 0 {
		return clipText(string(a)), clipText(string(b))
	}
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	start := max(0, p-clipContext)
	excerpt := func(r []rune) string {
		end := min(len(r), len(r)-s+clipContext)
		if end-start > clipWidth {
			end = start + clipWidth
		}
		out := string(r[start:end])
		if start > 0 {
			out = "…" + out
		}
		if end < len(r) {
			out += "…"
		}
		return out
	}
	return excerpt(a), excerpt(b)
}

// clipText puts a value on one line, at most clipWidth characters, without
// the sentence's closing punctuation (the line goes on with "；").
func clipText(s string) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) > clipWidth {
		n := 0
		for i := range s {
			if n == clipWidth {
				return s[:i] + "…"
			}
			n++
		}
	}
	if t := strings.TrimRight(s, "。；，、.;,"); t != "" {
		return t
	}
	return s
}

// unreadableLabel shows one side of an unreadable file: the rule that
// kept it from being read, with its title, or that it reads.
func unreadableLabel(rule string, lang i18n.Lang) string {
	if rule == "" {
		return lang.Pick("（可读取）", "(readable)")
	}
	if r, ok := diag.Lookup(rule); ok {
		return rule + " " + r.Title.In(lang)
	}
	return rule
}

// unreadableLine says which side of a file could not be read, and why,
// and that its content is not compared.
func unreadableLine(c history.Change, lang i18n.Lang) string {
	from, to := unreadableLabel(c.From, lang), unreadableLabel(c.To, lang)
	switch {
	case c.From != "" && c.To != "" && c.From == c.To: // the same reason: said once (probe 10)
		return lang.Pick(fmt.Sprintf("%s 改动前后都无法读取（%s），内容未比较", c.File, from),
			fmt.Sprintf("%s cannot be read before or after the change (%s); its content is not compared", c.File, from))
	case c.From != "" && c.To != "":
		return lang.Pick(fmt.Sprintf("%s 改动前后都无法读取（%s；%s），内容未比较", c.File, from, to),
			fmt.Sprintf("%s cannot be read before or after the change (%s; %s); its content is not compared", c.File, from, to))
	case c.To != "":
		return lang.Pick(fmt.Sprintf("%s 改动后无法读取（%s），内容未比较", c.File, to),
			fmt.Sprintf("%s cannot be read after the change (%s); its content is not compared", c.File, to))
	}
	if c.NoneAfter && c.Since == "" {
		return lang.Pick(fmt.Sprintf("%s 改动前无法读取（%s），已删除", c.File, from),
			fmt.Sprintf("%s could not be read, and was deleted (%s)", c.File, from))
	}
	if c.Since != "" { // compared with what it was before it could no longer be read
		since := shortHash(c.Since)
		switch {
		case c.NoneBefore:
			return lang.Pick(fmt.Sprintf("%s 改动前无法读取（%s，自 %s 新建时起）；以上按新建列出", c.File, from, since),
				fmt.Sprintf("%s could not be read before the change (%s, since it was added in %s); it is shown above as added", c.File, from, since))
		case c.NoneAfter:
			return lang.Pick(fmt.Sprintf("%s 改动前无法读取（%s，自 %s 起），已删除；以上是与该提交之前的版本相比删去的内容", c.File, from, since),
				fmt.Sprintf("%s could not be read before the change (%s, since %s), and was deleted; above is what went, against its version before that commit", c.File, from, since))
		case c.Same:
			return lang.Pick(fmt.Sprintf("%s 改动前无法读取（%s，自 %s 起）；与该提交之前的版本相比，内容没有变化", c.File, from, since),
				fmt.Sprintf("%s could not be read before the change (%s, since %s); its content is the same as before that commit", c.File, from, since))
		}
		return lang.Pick(fmt.Sprintf("%s 改动前无法读取（%s，自 %s 起）；以上改动是与该提交之前的版本相比", c.File, from, since),
			fmt.Sprintf("%s could not be read before the change (%s, since %s); its changes above are against its version before that commit", c.File, from, since))
	}
	return lang.Pick(fmt.Sprintf("%s 改动前无法读取（%s），内容未比较", c.File, from),
		fmt.Sprintf("%s could not be read before the change (%s); its content is not compared", c.File, from))
}

// isList reports whether a field's changes are items added to a list or
// taken from it (From "" or To ""): a task's owners, lead and milestones,
// a unit's aliases and groups.
func isList(field string) bool {
	switch field {
	case history.FieldOwner, history.FieldLead, history.FieldMilestone, history.FieldAlias, history.FieldMember:
		return true
	}
	return false
}

// listRows word the items of one list added and taken: a row of those
// added and one of those taken ("增加责任单位", "去掉责任单位"; "加入分组",
// "退出分组"), and one line for both: "责任单位 增加 市委宣传部，去掉 市委教育工委".
func listRows(g []history.Change, lang i18n.Lang) []changeRow {
	var added, taken []string
	for _, c := range g {
		if c.To != "" {
			added = append(added, clipText(c.To))
		} else {
			taken = append(taken, clipText(c.From))
		}
	}
	sep := lang.Pick("、", ", ")
	label := FieldLabel(g[0].Field, lang)
	addWord, takeWord := lang.Pick("增加", "added"), lang.Pick("去掉", "removed")
	prefix := label + " "
	if g[0].Field == history.FieldMember {
		addWord, takeWord = lang.Pick("加入分组", "joined group"), lang.Pick("退出分组", "left group")
		prefix = ""
	}
	var parts []string
	var out []changeRow
	if len(added) > 0 {
		parts = append(parts, addWord+" "+strings.Join(added, sep))
		out = append(out, changeRow{label: listLabel(addWord, label, g[0].Field, lang), to: strings.Join(added, sep), whole: true})
	}
	if len(taken) > 0 {
		parts = append(parts, takeWord+" "+strings.Join(taken, sep))
		out = append(out, changeRow{label: listLabel(takeWord, label, g[0].Field, lang), from: strings.Join(taken, sep), whole: true})
	}
	// The line says both at once; the table has a row for each.
	out[0].sentence = prefix + strings.Join(parts, lang.Pick("，", ", "))
	for i := 1; i < len(out); i++ {
		out[i].said = true
	}
	return out
}

// listLabel names a row of items added to a list or taken from it:
// 增加责任单位, 去掉牵头单位, 加入分组.
func listLabel(word, label, field string, lang i18n.Lang) string {
	switch {
	case field == history.FieldMember:
		return word
	case lang == i18n.En:
		return word + " " + label
	}
	return word + label
}

// ListFieldLabel names the field of a change of a list (isList) by what
// happened to its item: 增加责任单位, 去掉责任单位, 加入分组; other fields as
// FieldLabel does.
func ListFieldLabel(c history.Change, lang i18n.Lang) string {
	label := FieldLabel(c.Field, lang)
	if !isList(c.Field) {
		return label
	}
	add := c.To != ""
	if c.Field == history.FieldMember {
		if add {
			return lang.Pick("加入分组", "joined group")
		}
		return lang.Pick("退出分组", "left group")
	}
	if add {
		return listLabel(lang.Pick("增加", "added"), label, c.Field, lang)
	}
	return listLabel(lang.Pick("去掉", "removed"), label, c.Field, lang)
}

// periodRow words a period of plan.yaml added or removed, with its dates
// and due date: "新增期次 2020-01-01 至 2020-03-31（报送截止 2020-04-10）".
func periodRow(g []history.Change, p history.Change, lang i18n.Lang) changeRow {
	added := p.From == ""
	words := ValueLabel(p.Field, side(p, added), lang)
	for _, c := range g {
		if v := side(c, added); c.Field == history.FieldPeriodDue && v != "" {
			words += lang.Pick("（报送截止 "+v+"）", " (due "+v+")")
		}
	}
	if added {
		return changeRow{label: lang.Pick("新增期次", "added period"), to: words, whole: true}
	}
	return changeRow{label: lang.Pick("删除期次", "removed period"), from: words, whole: true}
}
