package history

import (
	"path"
	"sort"
	"strings"

	"tally/internal/diag"
	"tally/internal/load"
	"tally/internal/model"
)

// FieldUnreadable is the change of a data file that cannot be read on one
// side of a comparison or on both (a report that stopped parsing, or grew
// past the size limit). From and To are the rule that kept each side
// from being read (R102, R105, …), "" for a side that reads; File names
// the file. Its fields are then not compared: a file that cannot be read
// is not a file whose every field was removed.
const FieldUnreadable = "unreadable"

// sides are the two partial repositories of a comparison, and the notes
// on the files that could not be read.
type sides struct {
	before, after *model.Repo
	notes         []Change
	evidence      []Change // of evidence files, compared by their ids alone
	// bytes is what the files put in so far were read from, each path
	// counted, however many share a blob: past load.MaxTotalSize the
	// rest are not compared (R105), as a load would not read them.
	bytes int
}

func newSides(before, after *model.Plan) *sides {
	return &sides{before: &model.Repo{Plan: before}, after: &model.Repo{Plan: after}}
}

// add puts the file at name as it was before and after (present says
// whether the file was there at all) into the two repositories; when a
// side that was there cannot be read, neither side is put in, and a note
// says why instead.
func (s *sides) add(name string, b load.Piece, hadB bool, a load.Piece, hadA bool) {
	whyB, whyA := "", ""
	if hadB {
		whyB = s.budget(b)
	}
	if hadA {
		whyA = s.budget(a)
	}
	if whyB == "" && whyA == "" {
		if hadB {
			addPiece(s.before, b)
		}
		if hadA {
			addPiece(s.after, a)
		}
		return
	}
	c := unreadableNote(name, whyB, whyA)
	c.NoneAfter = hadB && !hadA
	if name == "units.yaml" {
		// The units are not compared: every one would show as removed
		// or added. Each side keeps the other's, so that none differ.
		if whyB == "" && hadB {
			addPiece(s.before, b)
			addPiece(s.after, b)
		}
		if whyA == "" && hadA {
			addPiece(s.before, a)
			addPiece(s.after, a)
		}
	}
	s.notes = append(s.notes, c)
}

// unreadableNote is the FieldUnreadable change of the file at name.
func unreadableNote(name, whyB, whyA string) Change {
	c := Change{Field: FieldUnreadable, From: whyB, To: whyA, File: name}
	parts := strings.Split(name, "/")
	switch {
	case len(parts) == 3 && (parts[0] == "reports" || parts[0] == "reviews"):
		c.Period, c.Unit = parts[1], strings.TrimSuffix(parts[2], ".yaml")
	case len(parts) == 2 && parts[0] == "tasks":
		c.Task = strings.TrimSuffix(path.Base(name), ".yaml")
	}
	return c
}

// addAcross puts into the comparison the file at name as it is after a
// commit (a, when hadA) and what it was before it could no longer be read
// (was: its last version that could be read, or no file), where the
// version just before the commit could not be read (why): its changes are
// shown across the versions that could not be read, with a note that
// says so (earlier). It says false, having put in nothing, when the
// comparison's bytes would pass load.MaxTotalSize.
func (s *sides) addAcross(name, why string, was before, a load.Piece, hadA bool) bool {
	if was.None && !hadA { // added so and deleted so: nothing was ever read
		return false
	}
	if s.bytes+was.Piece.Size+a.Size > load.MaxTotalSize {
		return false
	}
	s.bytes += was.Piece.Size + a.Size
	one := newSides(s.before.Plan, s.after.Plan)
	for _, r := range []*model.Repo{one.before, s.before} {
		if !was.None {
			addPiece(r, was.Piece)
		}
	}
	for _, r := range []*model.Repo{one.after, s.after} {
		if hadA {
			addPiece(r, a)
		}
	}
	c := unreadableNote(name, why, "")
	c.Since, c.Same, c.NoneBefore, c.NoneAfter = was.Since, len(one.changes()) == 0, was.None, !hadA
	s.notes = append(s.notes, c)
	return true
}

// addPlan puts plan.yaml's change into the comparison: blobB is its blob
// before ("" where there was none), b what it read; hadA says whether
// there is one after, a what it read. A plan added or deleted is compared
// with an empty one, so that its periods show as added or removed; a side
// that cannot be read gets a note, its dates and periods not compared
// (without it a plan broken in one commit and put right in a later one
// showed nothing in either, probe 9). Put right, or deleted, while it
// could not be read, it is compared with its last version that could be
// read, found by back (nil: not looked for), as a report is.
func (s *sides) addPlan(blobB string, b load.Piece, hadA bool, a load.Piece, back lastReadable) {
	whyB, whyA := "", ""
	if blobB != "" {
		whyB = b.Unreadable
	}
	if hadA {
		whyA = a.Unreadable
	}
	switch {
	case blobB == "" && whyA == "":
		s.before.Plan = &model.Plan{} // added
	case !hadA && whyB == "":
		s.after.Plan = &model.Plan{} // deleted
	}
	if whyB == "" && whyA == "" {
		return
	}
	c := unreadableNote("plan.yaml", whyB, whyA)
	c.NoneAfter = blobB != "" && !hadA
	if whyB != "" && whyA == "" && back != nil {
		if was, ok := back("plan.yaml", blobB); ok && !was.None && was.Piece.Plan != nil {
			s.before.Plan, c.Since = was.Piece.Plan, was.Since
			if !hadA {
				s.after.Plan = &model.Plan{} // deleted while it could not be read
			}
			one := newSides(s.before.Plan, s.after.Plan)
			c.Same = len(one.changes()) == 0
		}
	}
	s.notes = append(s.notes, c)
}

// budget counts the bytes of p and says why it cannot be read: its own
// reason, or R105 once the comparison is over load.MaxTotalSize.
func (s *sides) budget(p load.Piece) string {
	if p.Unreadable != "" {
		return p.Unreadable
	}
	if s.bytes += p.Size; s.bytes > load.MaxTotalSize {
		return diag.TooLarge
	}
	return ""
}

// addEvidence puts the change of an evidence file (its ids before and
// after) into the comparison, and says whether path is one: its content
// is never read.
func (s *sides) addEvidence(path, before, after string) bool {
	c, ok := evidenceChange(path, before, after)
	if ok && before != after {
		s.evidence = append(s.evidence, c)
	}
	return ok
}

// changes lists what differs, the notes after the changes in the order
// of their files.
func (s *sides) changes() []Change {
	sort.Slice(s.evidence, func(i, j int) bool {
		x, y := s.evidence[i], s.evidence[j]
		if x.Period != y.Period {
			return x.Period < y.Period
		}
		if x.Unit != y.Unit {
			return x.Unit < y.Unit
		}
		return x.File < y.File
	})
	out := diff(s.before, s.after, s.evidence)
	sort.Slice(s.notes, func(i, j int) bool { return s.notes[i].File < s.notes[j].File })
	return append(out, s.notes...)
}
