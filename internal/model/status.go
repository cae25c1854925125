package model

import (
	"strings"

	"tally/internal/i18n"
)

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

// GuessStatus is the status a word written for one most likely means
// (完成、已经完成 → 已完成; 进行中、正在推进 → 推进中; 未开始 → 未启动; 落后、
// 延误 → 滞后), for a message to offer; false when it says no one thing
// (未完成 may be 推进中 or 滞后).
func GuessStatus(s string) (Status, bool) {
	s = strings.TrimSpace(s)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	switch {
	case s == "":
		return 0, false
	case has("未完成", "没完成", "没有完成", "尚未完成"):
		return 0, false
	case has("未启动", "未开始", "没启动", "没开始", "没有启动", "没有开始", "未开展", "尚未启动", "未动工"):
		return NotStarted, true
	case has("滞后", "落后", "延误", "延迟", "推迟", "拖延", "逾期"):
		return Delayed, true
	case has("完成", "办结", "完毕", "已完"):
		return Done, true
	case has("推进", "进行", "实施中", "开展中", "进展中", "在建", "办理中", "正在"):
		return InProgress, true
	}
	return 0, false
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
