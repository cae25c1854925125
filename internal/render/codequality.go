package render

import (
	"io"

	"tally/internal/diag"
	"tally/internal/i18n"
)

// `check --format gitlab`: the diagnostics as a GitLab Code Quality
// report, which GitLab shows on a merge request and in its changed lines.

// CodeQualityIssue is one diagnostic in a GitLab Code Quality report.
type CodeQualityIssue struct {
	Type        string              `json:"type"`
	EngineName  string              `json:"engine_name"`
	CheckName   string              `json:"check_name"`
	Description string              `json:"description"`
	Severity    string              `json:"severity"`
	Fingerprint string              `json:"fingerprint"`
	Location    CodeQualityLocation `json:"location"`
}

// CodeQualityLocation is a file relative to the data root and the line
// an issue begins on (1 when the problem is with the whole file).
type CodeQualityLocation struct {
	Path  string           `json:"path"`
	Lines CodeQualityLines `json:"lines"`
}

// CodeQualityLines holds the first line of an issue.
type CodeQualityLines struct {
	Begin int `json:"begin"`
}

// CodeQuality writes the diagnostics as a GitLab Code Quality report: a
// JSON array with one issue per diagnostic, its description in lang.
func CodeQuality(w io.Writer, l diag.List, lang i18n.Lang) error {
	out := []CodeQualityIssue{}
	prints := Fingerprints(l.Items)
	for i, d := range l.Items {
		out = append(out, CodeQualityIssue{
			Type:        "issue",
			EngineName:  "tally",
			CheckName:   d.Rule,
			Description: "[" + d.Rule + "] " + d.Message.In(lang),
			Severity:    codeQualitySeverity(d),
			Fingerprint: prints[i],
			Location:    CodeQualityLocation{Path: d.File, Lines: CodeQualityLines{Begin: max(d.Pos.Line, 1)}},
		})
	}
	return JSON(w, out)
}

// codeQualitySeverity grades a diagnostic on GitLab's scale
// (info, minor, major, critical, blocker): an error, which fails check and
// must be fixed, is major; a warning, a reminder to verify, is minor.
func codeQualitySeverity(d diag.Diagnostic) string {
	if d.Severity == diag.Warning {
		return "minor"
	}
	return "major"
}
