package model

import "tally/internal/i18n"

// Status is where a unit stands on a task.
type Status int

const (
	NotStarted Status = iota
	InProgress
	Done
	Delayed
	// NotReported is a task none of whose units has ever reported on it
	// (未报). It is never written in a report: ParseStatus refuses it.
	NotReported
)

var statusNames = []struct {
	zh, en string
}{
	{"未启动", "not-started"},
	{"推进中", "in-progress"},
	{"已完成", "done"},
	{"滞后", "delayed"},
}

// ParseStatus accepts the Chinese or English name of a status.
func ParseStatus(s string) (Status, bool) {
	for i, n := range statusNames {
		if s == n.zh || s == n.en {
			return Status(i), true
		}
	}
	return NotStarted, false
}

// Code is the English name used in JSON.
func (s Status) Code() string {
	if s == NotReported {
		return "not-reported"
	}
	return statusNames[s].en
}

// Label is the name shown to people.
func (s Status) Label(l i18n.Lang) string {
	if s == NotReported {
		return l.Pick("未报", "not reported")
	}
	if l == i18n.En {
		return statusNames[s].en
	}
	return statusNames[s].zh
}

// StatusChoices lists the accepted spellings in one language.
func StatusChoices(l i18n.Lang) []string {
	out := make([]string, len(statusNames))
	for i := range statusNames {
		out[i] = Status(i).Label(l)
	}
	return out
}

// AllStatusSpellings lists every accepted spelling, Chinese first.
func AllStatusSpellings() []string {
	var out []string
	for _, n := range statusNames {
		out = append(out, n.zh)
	}
	for _, n := range statusNames {
		out = append(out, n.en)
	}
	return out
}
