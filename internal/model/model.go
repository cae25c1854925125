// Package model holds the data of a tally repository: the plan, the unit
// registry, the tasks and the reports. Every value read from a file carries
// its position, so that any later finding can point at it.
package model

import "time"

// Pos is a place in a source file: 1-based line and column (in characters),
// and the length in characters of the value there (0 when unknown).
type Pos struct {
	Line, Col, Len int
}

// Known reports whether p points somewhere.
func (p Pos) Known() bool { return p.Line > 0 }

// Positions says where each field's value stands; "" is the node itself.
// A handful of fields per value makes a slice cheaper than a map. A
// province's reports hold over a million of them, so each is kept small
// and holds no pointer: its numbers in 32 bits (a data file is at most a
// few megabytes), its field as a number (fieldID), and the slice made to
// the size its value needs. Without pointers the collector never scans
// them, though they are half of a loaded province's heap.
type Positions []FieldPos

// FieldPos is one field's position.
type FieldPos struct {
	line, col, len int32
	field          uint32 // fieldID of the field's name
}

// At makes the positions of a node at p, with room for fields more.
func At(p Pos, fields int) Positions {
	ps := make(Positions, 1, 1+fields)
	ps[0] = fieldPos(0, p)
	return ps
}

// AtIn is At cut from *block, which many values share: one allocation
// for many small ones. A block is replaced when full; the positions cut
// from it keep it alive, so it suits values kept together (a file's).
func AtIn(block *Positions, p Pos, fields int) Positions {
	need := 1 + fields
	b := *block
	if cap(b)-len(b) < need {
		b = make(Positions, 0, max(1024, need))
	}
	ps := b[len(b) : len(b)+1 : len(b)+need]
	ps[0] = fieldPos(0, p)
	*block = b[:len(b)+need]
	return ps
}

func fieldPos(field uint32, p Pos) FieldPos {
	return FieldPos{int32(p.Line), int32(p.Col), int32(p.Len), field}
}

// Pos is the position recorded.
func (fp FieldPos) Pos() Pos { return Pos{Line: int(fp.line), Col: int(fp.col), Len: int(fp.len)} }

// With records the position of field.
func (ps Positions) With(field string, p Pos) Positions {
	return append(ps, fieldPos(fieldID(field), p))
}

// Has says whether the position of field was recorded: whether the file
// wrote it.
func (ps Positions) Has(field string) bool {
	id, known := lookupField(field)
	if !known {
		return false
	}
	for _, fp := range ps {
		if fp.field == id {
			return true
		}
	}
	return false
}

// FieldKey is the number a field's name is kept as, for a decoder that
// records many positions of fields it knows beforehand: WithKey records
// what With records, without looking the name up each time.
type FieldKey uint32

// KeyOf is the number of field's name.
func KeyOf(field string) FieldKey { return FieldKey(fieldID(field)) }

// WithKey records the position of the field numbered k (KeyOf).
func (ps Positions) WithKey(k FieldKey, p Pos) Positions {
	return append(ps, fieldPos(uint32(k), p))
}

// Of returns the position of field, falling back to the node's own.
func (ps Positions) Of(field string) Pos {
	id, known := lookupField(field)
	var own Pos
	for _, fp := range ps {
		if known && fp.field == id {
			return fp.Pos()
		}
		if fp.field == 0 {
			own = fp.Pos()
		}
	}
	return own
}

// Ref is a string value with its position.
type Ref struct {
	Value string
	Pos   Pos
}

// Values returns the plain strings of refs.
func Values(refs []Ref) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.Value
	}
	return out
}

// Repo is everything loaded from a data repository.
type Repo struct {
	Plan    *Plan     // nil when plan.yaml could not be read
	Units   *Units    // nil when units.yaml could not be read
	Tasks   []*Task   // sorted by id
	Reports []*Report // sorted by period (plan order), then unit id
	Reviews []*Review // the office's reviews, sorted by period, then unit id
	// Invalid names the files that had errors of their own (syntax, schema),
	// and, once checked (check.MarkInvalid), the report files with any error.
	Invalid map[string]bool
	// Files lists every data file read, relative to the root, sorted.
	Files []string
	// Misnamed maps a report file read under a wrong name (reports/P/
	// x.yaml.txt, x.yml; load.ProperName) to the unit id its proper name
	// gives, where no file has that name: its unit's only file, which does
	// not count until it is renamed (an error, R112).
	Misnamed map[string]string
	// EvidenceNow holds, by path (evidence/PERIOD/UNIT/NAME), the
	// fingerprint of each evidence file a review sealed, as the file is
	// now ("" for one gone or unreadable); nil when the files were not
	// there to read (a revision of the history holds none).
	EvidenceNow map[string]string
}

// Plan is plan.yaml.
type Plan struct {
	File     string
	Title    string
	Notice   Notice
	Start    time.Time
	End      time.Time
	Preamble string
	Sections []Section
	Periods  []Period
	Warn     Warn
	Require  Require
	At       Positions
}

// Notice is the metadata of the notice the list comes from.
type Notice struct {
	Title      string
	Number     string
	Issuer     string
	Date       time.Time
	Recipients []string
	Source     string
}

// Section is a chapter of the list.
type Section struct {
	ID    string
	Title string
	At    Positions
}

// Period is a reporting period.
type Period struct {
	ID    string
	Start time.Time
	End   time.Time
	Due   time.Time
	At    Positions
}

// Warn holds the thresholds of the lights.
type Warn struct {
	Behind int // points progress may trail the expected before yellow
	Days   int // days before a due date that turn an unfinished item yellow
	// DelayedShare is the share of a task's units (0 to 1) that must be
	// delayed before the task turns red; 0 means any one.
	DelayedShare float64
}

// DefaultWarn are the thresholds when plan.yaml says nothing.
var DefaultWarn = Warn{Behind: 20, Days: 15}

// Units is units.yaml.
type Units struct {
	File   string
	Units  []Unit
	Groups []Group
}

// Unit is a reporting unit.
type Unit struct {
	ID      string
	Name    string
	Aliases []Ref
	Contact string // who to phone when its report is missing (optional)
	// From and Until are the first and the last period the unit reports in
	// ("" for no bound): a unit that joined the list during the year, or
	// that was merged into another or left it. Its reports of those periods
	// stay its own; it owes nothing outside them.
	From, Until string
	At          Positions
}

// Group names several units (or groups) at once.
type Group struct {
	Name    string
	Aliases []Ref
	Members []Ref
	// Rank: its members are ranked among themselves (DESIGN §2); a unit
	// ranks in the first such group it belongs to.
	Rank bool
	At   Positions
}

// Task is one tasks/NN.yaml.
type Task struct {
	File       string
	ID         string // the file name without .yaml
	Section    string
	Title      string
	Body       string
	Owners     []Ref
	OwnersText string
	Lead       []Ref
	Leaders    []string  // 责任领导: persons, not units
	Due        time.Time // zero when the file gives none
	Milestones []Milestone
	Targets    []Target
	// From is the period the task joined the list in ("" for a task of the
	// list from its start): no unit owes it a report in an earlier period,
	// and the time its progress is judged against starts with that period.
	From string
	At   Positions
}

// DueIn is the task's due date: its own, else the end of plan (nil: none).
// A granted extension moves it for one unit (review.Extension).
func (t *Task) DueIn(plan *Plan) time.Time {
	if t.Due.IsZero() && plan != nil {
		return plan.End
	}
	return t.Due
}

// Milestone is a dated step of a task.
type Milestone struct {
	Due  time.Time
	Text string
	At   Positions
}

// Target is a numeric target of a task.
type Target struct {
	ID     string
	Name   string
	Target float64
	Unit   string
	At     Positions
}

// Report is one reports/PERIOD/UNIT.yaml.
type Report struct {
	File      string
	Dir       string // the period folder name
	Base      string // the file name without .yaml
	Unit      string
	Period    string
	Submitted time.Time
	Contact   string
	Entries   []Entry
	// Hash is the fingerprint of the report's meaning (load.Fingerprint),
	// which a review records: a change of layout or comments keeps it.
	// BytesHash is ReportHash of the file's bytes, the fingerprint reviews
	// recorded before; a review with it still matches the file unchanged.
	Hash, BytesHash string
	At              Positions
	// Dated says a submission date was written, even one that is not a
	// valid date: the report is meant as submitted, and is checked as one.
	Dated bool
}

// Entry is a report's word on one task.
type Entry struct {
	Task     string // as written; compare with TaskKey
	Status   Status
	Progress int
	Summary  string
	Problems string
	Next     string
	Values   []Value
	// Evidence names files in evidence/PERIOD/UNIT/ (佐证材料).
	Evidence []Ref
	// Extension is the unit's request for a later due date (申请延期);
	// nil when it asks for none.
	Extension *ExtensionRequest
	At        Positions
	// The flags stand together, so that an entry (of which a province
	// holds a quarter of a million) carries no padding between them.
	HasStatus   bool
	HasProgress bool
	// Invalid: the status or the progress written failed validation (and
	// was reported); history rules neither judge the entry nor compare
	// later ones with it.
	Invalid bool
}

// Value is a number reported against a task's target.
type Value struct {
	Target string
	Value  float64
	Pos    Pos
}

// EffectiveProgress is the entry's progress, with done meaning 100 and
// not-started 0 when no number is given.
func (e *Entry) EffectiveProgress() int {
	if e.HasProgress {
		return e.Progress
	}
	switch e.Status {
	case Done:
		return 100
	}
	return 0
}
