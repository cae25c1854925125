package model

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"tally/internal/i18n"
)

// Review is one reviews/PERIOD/UNIT.yaml: the office's decision on a
// unit's report for a period (DESIGN §1, §2 "Review").
type Review struct {
	File   string
	Dir    string // the period folder name
	Base   string // the file name without .yaml
	Unit   string
	Period string
	// Report is the fingerprint of the report reviewed: of its meaning
	// (Report.Hash), or, in reviews written before, of its bytes
	// (Report.BytesHash).
	Report    string
	Result    ReviewResult
	HasResult bool
	Date      time.Time
	By        string
	// Submitted is the date the report's lateness follows (DESIGN §2,
	// "Review"): written when a report is returned, the `submitted` of the
	// report returned (or of the one first returned, when returned again);
	// kept when its resubmission is accepted. Zero in files written before
	// it was recorded: lateness then follows the report's own date.
	Submitted time.Time
	// Deadline is the date a returned report is to be resubmitted by
	// (--deadline); zero when the office set none.
	Deadline   time.Time
	Reasons    []ReviewReason
	Extensions []ExtensionDecision
	// Returns are the office's earlier returns of the unit's report of
	// the period, which this review replaced (an acceptance of the report
	// sent again, a second return), oldest first: as of a day between a
	// return and the report's resubmission the unit stood 退回待改, with
	// that return's reasons and deadline, whatever was decided later.
	Returns []ReturnRecord
	// Evidence are the fingerprints of the evidence files the report cited
	// when it was reviewed: the acceptance covers them too.
	Evidence []EvidenceSeal
	At       Positions
}

// EvidenceSeal is an evidence file as the office saw it: its name in
// evidence/PERIOD/UNIT/ and the fingerprint of its content
// (HashLen hex digits of its SHA-256).
type EvidenceSeal struct {
	File, Hash string
	At         Positions
}

// ReturnRecord is an earlier return of a report: its date, reviewer,
// deadline for resubmission and reasons; the date the report returned was
// first sent (its review's submitted), and the date it was sent again
// after the return, where it was before the review that replaced this
// one (zero where that review decided on the report as returned).
type ReturnRecord struct {
	Date        time.Time
	By          string
	Deadline    time.Time
	Reasons     []ReviewReason
	Submitted   time.Time
	Resubmitted time.Time
	At          Positions
}

// FirstSent is the earliest date the review and the returns it keeps
// know the report was sent on (zero where none records one).
func (rv *Review) FirstSent() time.Time {
	first := rv.Submitted
	for _, x := range rv.Returns {
		if !x.Submitted.IsZero() && (first.IsZero() || x.Submitted.Before(first)) {
			first = x.Submitted
		}
	}
	return first
}

// ReviewReason is why a report was returned: on one task, or ("" task)
// on the report as a whole.
type ReviewReason struct {
	Task string
	Text string
	At   Positions
}

// ExtensionDecision is the office's word on an extension of a task's due
// date (申请延期): granted to To, or refused.
type ExtensionDecision struct {
	Task    string
	To      time.Time
	Granted bool
	At      Positions
}

// ExtensionRequest is an entry's request for a later due date.
type ExtensionRequest struct {
	To     time.Time
	Reason string
	At     Positions
}

// ReviewResult is what the office decided.
type ReviewResult int

const (
	Accepted ReviewResult = iota // 通过
	Returned                     // 退回
)

var resultNames = [...]struct{ zh, en string }{{"通过", "accepted"}, {"退回", "returned"}}

// ParseReviewResult accepts the Chinese or English word of a result.
func ParseReviewResult(s string) (ReviewResult, bool) {
	for i, n := range resultNames {
		if s == n.zh || s == n.en {
			return ReviewResult(i), true
		}
	}
	return Accepted, false
}

// Code is the English word, as JSON writes it.
func (r ReviewResult) Code() string { return resultNames[r].en }

// Label is the word a review file and people use.
func (r ReviewResult) Label(l i18n.Lang) string { return l.Pick(resultNames[r].zh, resultNames[r].en) }

// ReviewResultChoices lists the accepted spellings, Chinese first.
func ReviewResultChoices() []string {
	var out []string
	for _, n := range resultNames {
		out = append(out, n.zh)
	}
	for _, n := range resultNames {
		out = append(out, n.en)
	}
	return out
}

// HashLen is how many hex digits of a report's SHA-256 a review keeps.
const HashLen = 12

// ReportHash is what reviews recorded of the report file decided on
// before they recorded its meaning (load.Fingerprint): the first 12
// hex digits of the SHA-256 of the file's bytes, as they are on disk. A
// review with it still matches the file while its bytes are unchanged.
func ReportHash(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])[:HashLen]
}

// Matches says whether the review decided on report r as it is now: its
// fingerprint is r's, of its meaning or (an older review) of its bytes.
func (rv *Review) Matches(r *Report) bool {
	return rv.Report == r.Hash || rv.Report == r.BytesHash
}

// IsReportHash says whether s is written as a fingerprint is.
func IsReportHash(s string) bool {
	if len(s) != HashLen {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// Require is what plan.yaml's require demands of reports.
type Require struct {
	// EvidenceDone: an entry claiming done must cite evidence
	// (require: {evidence: done}).
	EvidenceDone bool
	// From is the first period the requirement holds for (require.from),
	// "" for every period: a requirement added in the year leaves the
	// reports of the periods before it, and their figures, as they were.
	From string
}

// Applies says whether the requirement holds for the reports of period,
// the plan's periods in order: from From on, all when From is "", and
// none when From names no period of the plan (check reports it there:
// one mistyped period must not turn every unit's report into an error).
func (r Require) Applies(periods []Period, period string) bool {
	if r.From == "" {
		return true
	}
	from, at := -1, -1
	for i, p := range periods {
		if p.ID == r.From {
			from = i
		}
		if p.ID == period {
			at = i
		}
	}
	return from >= 0 && at >= from
}

// EvidenceMaxSize bounds one evidence file (佐证材料): 20 MB as Windows
// Explorer counts them, 1 MB being 1024 × 1024 bytes.
const EvidenceMaxSize = 20 << 20

// EvidenceTypes are the file types an office sends as evidence, by
// extension (lower case, without the dot).
var EvidenceTypes = []string{"pdf", "ofd", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx", "wps", "et"}

// EvidenceDir is the folder of a unit's evidence for a period.
func EvidenceDir(period, unit string) string { return "evidence/" + period + "/" + unit }

// FormatSize writes a file size for people: 2.0 GB, 20.0 MB, 35.2 KB, 120 B.
func FormatSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// FormatOver writes a size n and the limit it is over so that they never
// read equal: the limit with as few figures as say it exactly (20 MB), the
// size as FormatSize does, with a second decimal where the first does not
// set it apart (20.03 MB for 21,000,009 bytes, where FormatSize gives
// 20.0 MB for both), and in bytes where two do not. Units are
// FormatSize's: 1 MB is 1024 × 1024 bytes.
func FormatOver(n, limit int64) (size, max string) {
	max = exactSize(limit)
	size = FormatSize(n)
	if size != FormatSize(limit) {
		return size, max
	}
	if unit, name := sizeUnit(n); unit > 1 {
		size = fmt.Sprintf("%.2f %s", float64(n)/float64(unit), name)
		if size != fmt.Sprintf("%.2f %s", float64(limit)/float64(unit), name) {
			return size, max
		}
	}
	return GroupDigits(n) + " B", max
}

// exactSize writes n as a whole number of its unit where it is one
// (20 MB), else as FormatSize does.
func exactSize(n int64) string {
	if unit, name := sizeUnit(n); n%unit == 0 {
		return fmt.Sprintf("%s %s", GroupDigits(n/unit), name)
	}
	return FormatSize(n)
}

// sizeUnit is the unit FormatSize writes n in.
func sizeUnit(n int64) (int64, string) {
	switch {
	case n >= 1<<30:
		return 1 << 30, "GB"
	case n >= 1<<20:
		return 1 << 20, "MB"
	case n >= 1<<10:
		return 1 << 10, "KB"
	}
	return 1, "B"
}

// GroupDigits writes a count n ≥ 0 with a comma between each three
// digits: 21,000,009.
func GroupDigits(n int64) string {
	s := fmt.Sprint(n)
	out := s[:(len(s)-1)%3+1]
	for i := len(out); i < len(s); i += 3 {
		out += "," + s[i:i+3]
	}
	return out
}
