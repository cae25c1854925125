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
