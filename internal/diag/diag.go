// Package diag is what tally says about the data: diagnostics with a file,
// a position, a severity and a stable rule id, and the catalogue of rules.
package diag

import (
	"slices"
	"sort"

	"tally/internal/i18n"
	"tally/internal/model"
)

// Severity is error or warning.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one finding.
type Diagnostic struct {
	File     string // relative to the data root, with forward slashes
	Pos      model.Pos
	Severity Severity
	Rule     string
	Message  i18n.Text
}

// List collects diagnostics. It is not safe for concurrent use; loaders
// collect per file and merge.
type List struct {
	Items []Diagnostic
}

// Add records a diagnostic with the severity of its rule.
func (l *List) Add(file string, pos model.Pos, rule string, msg i18n.Text) {
	l.Items = append(l.Items, Diagnostic{File: file, Pos: pos, Severity: SeverityOf(rule), Rule: rule, Message: msg})
}

// Merge appends other's diagnostics.
func (l *List) Merge(other List) { l.Items = append(l.Items, other.Items...) }

// Counts returns the number of errors and warnings.
func (l *List) Counts() (errors, warnings int) {
	for _, d := range l.Items {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}

// HasErrorsIn reports whether file has an error.
func (l *List) HasErrorsIn(file string) bool {
	for _, d := range l.Items {
		if d.File == file && d.Severity == Error {
			return true
		}
	}
	return false
}

// Sort orders diagnostics by file, line, column, then rule and message, and
// drops exact repeats.
func (l *List) Sort() {
	sort.SliceStable(l.Items, func(i, j int) bool {
		a, b := l.Items[i], l.Items[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message.Zh < b.Message.Zh
	})
	out := l.Items[:0]
	for i, d := range l.Items {
		if i > 0 && d == l.Items[i-1] {
			continue
		}
		out = append(out, d)
	}
	l.Items = out
}

// Only returns the diagnostics about the named files, in order.
func (l *List) Only(files []string) List {
	var out List
	for _, d := range l.Items {
		if slices.Contains(files, d.File) {
			out.Items = append(out.Items, d)
		}
	}
	return out
}
