package render

import (
	"fmt"
	"io"
	"strings"

	"tally/internal/diag"
	"tally/internal/i18n"
)

// Diagnostics writes diagnostics the way compilers do: a header line with
// file:line:col, severity and rule, then the source line with carets under
// the spot. source returns a file's normalized text, or nil.
func Diagnostics(w io.Writer, items []diag.Diagnostic, source func(file string) []byte, lang i18n.Lang) error {
	var b strings.Builder
	cache := map[string][]string{}
	for _, d := range items {
		fmt.Fprintf(&b, "%s:%d:%d: %s[%s]: %s\n", SafeLine(d.File), d.Pos.Line, d.Pos.Col, d.Severity, d.Rule, SafeLine(d.Message.In(lang)))
		lines, ok := cache[d.File]
		if !ok {
			if src := source(d.File); src != nil {
				lines = strings.Split(string(src), "\n")
			}
			cache[d.File] = lines
		}
		if d.Pos.Line < 1 || d.Pos.Line > len(lines) {
			continue
		}
		line := lines[d.Pos.Line-1]
		line = Safe(line) // one character for one: the columns still hold
		runes := []rune(line)
		col := min(max(d.Pos.Col-1, 0), len(runes))
		span := max(d.Pos.Len, 1)
		end := min(col+span, len(runes))
		gutter := max(5, len(fmt.Sprint(d.Pos.Line))+1)
		fmt.Fprintf(&b, "%*d | %s\n", gutter, d.Pos.Line, line)
		carets := max(Width(string(runes[col:end])), 1)
		fmt.Fprintf(&b, "%*s | %s%s\n", gutter, "", strings.Repeat(" ", Width(string(runes[:col]))), strings.Repeat("^", carets))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// CheckJSON is the shape of `tally check --format json`.
type CheckJSON struct {
	Diagnostics []DiagnosticJSON `json:"diagnostics"`
	Errors      int              `json:"errors"`
	Warnings    int              `json:"warnings"`
}

// DiagnosticJSON is one diagnostic in JSON.
type DiagnosticJSON struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

// NewCheckJSON builds the JSON shape of a diagnostic list.
func NewCheckJSON(l diag.List, lang i18n.Lang) CheckJSON {
	out := CheckJSON{Diagnostics: []DiagnosticJSON{}}
	for _, d := range l.Items {
		out.Diagnostics = append(out.Diagnostics, DiagnosticJSON{
			File: d.File, Line: d.Pos.Line, Col: d.Pos.Col, Severity: d.Severity.String(), Rule: d.Rule, Message: d.Message.In(lang),
		})
	}
	out.Errors, out.Warnings = l.Counts()
	return out
}

// Check writes `tally check`: the diagnostics as JSON, or in compiler
// style followed by one line of counts over the files checked.
func Check(w io.Writer, f Format, l diag.List, source func(file string) []byte, files int, lang i18n.Lang) error {
	if f == FormatJSON {
		return JSON(w, NewCheckJSON(l, lang))
	}
	if err := Diagnostics(w, l.Items, source, lang); err != nil {
		return err
	}
	errs, warns := l.Counts()
	var err error
	if errs == 0 && warns == 0 {
		_, err = fmt.Fprintln(w, lang.Pick(fmt.Sprintf("检查了 %d 个文件，没有发现问题。", files), i18n.Count(files, "file", "files")+" checked: no problems."))
	} else {
		_, err = fmt.Fprintln(w, lang.Pick(fmt.Sprintf("检查了 %d 个文件：%d 个错误，%d 个警告。", files, errs, warns),
			fmt.Sprintf("%s checked: %s, %s.", i18n.Count(files, "file", "files"), i18n.Count(errs, "error", "errors"), i18n.Count(warns, "warning", "warnings"))))
	}
	return err
}

// Explain writes `tally check --explain`: what a rule means and how to
// fix it.
func Explain(w io.Writer, r diag.Rule, lang i18n.Lang) error {
	sev := lang.Pick("错误", "error")
	if r.Severity == diag.Warning {
		sev = lang.Pick("警告", "warning")
	}
	_, err := fmt.Fprintf(w, lang.Pick("%s: %s（%s）\n\n%s\n", "%s: %s (%s)\n\n%s\n"), r.ID, r.Title.In(lang), sev, r.Explain.In(lang))
	return err
}
