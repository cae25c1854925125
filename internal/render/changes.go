package render

import (
	"bufio"
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
	history.FieldReport: "报送文件", history.FieldSubmitted: "报送日期", history.FieldStatus: "状态", history.FieldProgress: "进度",
	history.FieldSummary: "进展情况", history.FieldProblems: "存在问题", history.FieldNext: "下步计划", history.FieldValues: "指标数值",
	history.FieldUnreadable: "无法读取",
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
	case field == history.FieldProgress:
		return v + "%"
	}
	return strings.TrimSpace(v)
}

// DiffTable is `diff`: one row per changed field.
func DiffTable(changes []history.Change, lang i18n.Lang) *Table {
	t := &Table{
		Head: []string{lang.Pick("期次", "Period"), lang.Pick("单位", "Unit"), lang.Pick("任务", "Task"), lang.Pick("字段", "Field"),
			lang.Pick("原值", "From"), lang.Pick("新值", "To")},
		Wrap: map[int]int{4: 36, 5: 36},
	}
	for _, c := range changes {
		t.Rows = append(t.Rows, []string{c.Period, c.Unit, c.Task, FieldLabel(c.Field, lang),
			ValueLabel(c.Field, c.From, lang), ValueLabel(c.Field, c.To, lang)})
	}
	return t
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

// NewLogJSON is the JSON shape of a history.
func NewLogJSON(entries []history.Entry) []LogEntryJSON {
	out := make([]LogEntryJSON, 0, len(entries))
	for _, e := range entries {
		cs := e.Changes
		if cs == nil {
			cs = []history.Change{}
		}
		out = append(out, LogEntryJSON{Commit: e.Commit, Date: e.Date, Author: e.Author, Message: e.Message, Changes: cs, Boundary: e.Boundary})
	}
	return out
}

func boundaryNote(lang i18n.Lang) string {
	return lang.Pick("本仓库为浅克隆，历史从此提交开始，此前的变化无从得知", "a shallow clone: the history starts at this commit; what came before is not known")
}

// LogTable is `log` for CSV and Markdown: one row per changed field, with its commit.
func LogTable(entries []history.Entry, lang i18n.Lang) *Table {
	t := &Table{Head: []string{lang.Pick("提交", "Commit"), lang.Pick("日期", "Date"), lang.Pick("作者", "Author"), lang.Pick("说明", "Message"),
		lang.Pick("期次", "Period"), lang.Pick("单位", "Unit"), lang.Pick("任务", "Task"), lang.Pick("字段", "Field"),
		lang.Pick("原值", "From"), lang.Pick("新值", "To")}}
	for _, e := range entries {
		head := []string{shortHash(e.Commit), e.Date, e.Author, e.Message}
		if e.Boundary {
			t.Rows = append(t.Rows, append(head, "", "", "", boundaryNote(lang), "", ""))
		}
		for _, c := range e.Changes {
			t.Rows = append(t.Rows, append(head[:4:4], c.Period, c.Unit, c.Task, FieldLabel(c.Field, lang),
				ValueLabel(c.Field, c.From, lang), ValueLabel(c.Field, c.To, lang)))
		}
	}
	return t
}

// LogText is `log` as a table format: each commit, then one line per
// period, unit and task it changed.
func LogText(w io.Writer, entries []history.Entry, lang i18n.Lang) error {
	if len(entries) == 0 {
		_, err := fmt.Fprintln(w, lang.Pick("没有相关的提交。", "No matching commits."))
		return err
	}
	b := bufio.NewWriterSize(w, 64<<10)
	for i, e := range entries {
		if i > 0 {
			b.WriteString("\n")
		}
		// Authors and subjects come from anyone's commits: no terminal control.
		fmt.Fprintf(b, "%s  %s  %s\n    %s\n", shortHash(e.Commit), e.Date, SafeLine(e.Author), SafeLine(e.Message))
		if e.Boundary {
			b.WriteString("  " + boundaryNote(lang) + lang.Pick("。", ".") + "\n")
		}
		for _, line := range ChangeLines(e.Changes, lang) {
			b.WriteString("  " + Safe(line) + "\n")
		}
	}
	return b.Flush()
}

func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// ChangeLines groups changes by (period, unit, task) into one line each:
// "2019Q2 chikan-org 任务 16：状态 推进中 → 已完成；进度 55% → 100%".
func ChangeLines(changes []history.Change, lang i18n.Lang) []string {
	var lines []string
	var b strings.Builder
	for i := 0; i < len(changes); {
		c := changes[i]
		b.Reset()
		sep := ""
		for _, w := range []string{c.Period, c.Unit} {
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
		first := i
		for j := i; j < len(changes) && changes[j].Period == c.Period && changes[j].Unit == c.Unit && changes[j].Task == c.Task; j++ {
			d := changes[j]
			if j > first {
				b.WriteString(lang.Pick("；", "; "))
			}
			label := FieldLabel(d.Field, lang)
			switch {
			case d.Field == history.FieldUnreadable:
				b.WriteString(unreadableLine(d, lang))
			case isWhole(d.Field) && d.From == "":
				b.WriteString(lang.Pick("新增", "added ") + label + " " + d.To)
			case isWhole(d.Field) && d.To == "":
				b.WriteString(lang.Pick("删除", "removed ") + label + " " + d.From)
			default:
				b.WriteString(label + " " + clipText(ValueLabel(d.Field, d.From, lang)) + " → " + clipText(ValueLabel(d.Field, d.To, lang)))
			}
			i = j + 1
		}
		lines = append(lines, b.String())
	}
	return lines
}

// isWhole reports whether a field stands for a whole thing added or removed.
func isWhole(field string) bool {
	return field == history.FieldTask || field == history.FieldUnit || field == history.FieldReport
}

// clipText puts a value on one line, at most 30 characters, without the
// sentence's closing punctuation (the line goes on with "；").
func clipText(s string) string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "\n") {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	if utf8.RuneCountInString(s) > 30 {
		n := 0
		for i := range s {
			if n == 30 {
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
	case c.From != "" && c.To != "":
		return lang.Pick(fmt.Sprintf("%s 改动前后都无法读取（%s；%s），内容未比较", c.File, from, to),
			fmt.Sprintf("%s cannot be read before or after the change (%s; %s); its content is not compared", c.File, from, to))
	case c.To != "":
		return lang.Pick(fmt.Sprintf("%s 改动后无法读取（%s），内容未比较", c.File, to),
			fmt.Sprintf("%s cannot be read after the change (%s); its content is not compared", c.File, to))
	}
	return lang.Pick(fmt.Sprintf("%s 改动前无法读取（%s），内容未比较", c.File, from),
		fmt.Sprintf("%s could not be read before the change (%s); its content is not compared", c.File, from))
}
