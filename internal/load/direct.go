package load

import (
	"bytes"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"tally/internal/model"
)

// The direct decode of a report. Nearly every file of a repository is a
// report in the one layout tally writes (`tally new report`, `tally fmt`,
// `tally collect`), and nearly every one of them is clean. For such a
// report, building a yaml.Node tree (fastParser.parsePlain) only for
// decodeReport to walk it once was half of the load's work. directReport
// reads the same lines the fast parser reads and puts each value straight
// into the model, doing what decodeReport does with the tree the fast
// parser would have built, node for node.
//
// It reads only what it can read without a word to say: a report whose
// every key is known and written once, whose values are all valid, with
// nothing to report at all. On anything else (a key it does not know, a
// value to complain of, an empty value, a list or mapping where a text
// stands, evidence, values or an extension, a layout the fast parser does
// not read) it gives up having reported nothing and kept nothing, and the
// node path (parseWith, decodeReport) reads the same text and says what
// there is to say. So the model and the diagnostics of a load never
// depend on which path read a file: FuzzDirectReport and
// TestDirectReportAsNodes hold the two to the same model and the same
// diagnostics.

// Report fields, in the order of reportFields.
const (
	rUnit = iota
	rPeriod
	rSubmitted
	rContact
	rEntries
	rFields
)

// Entry fields the direct decode reads, in the order of entryFields
// (values, evidence and extension are left to the node path).
const (
	eTask = iota
	eStatus
	eProgress
	eSummary
	eProblems
	eNext
	eFields
)

var (
	reportKeys = [rFields]model.FieldKey{model.KeyOf("unit"), model.KeyOf("period"),
		model.KeyOf("submitted"), model.KeyOf("contact"), model.KeyOf("entries")}
	entryKeys = [eFields]model.FieldKey{model.KeyOf("task"), model.KeyOf("status"), model.KeyOf("progress"),
		model.KeyOf("summary"), model.KeyOf("problems"), model.KeyOf("next")}
)

func reportField(k string) int {
	switch k {
	case "unit":
		return rUnit
	case "period":
		return rPeriod
	case "submitted":
		return rSubmitted
	case "contact":
		return rContact
	case "entries":
		return rEntries
	}
	return -1
}

func entryField(k string) int {
	switch k {
	case "task":
		return eTask
	case "status":
		return eStatus
	case "progress":
		return eProgress
	case "summary":
		return eSummary
	case "problems":
		return eProblems
	case "next":
		return eNext
	}
	return -1
}

// keyed is a field's position, recorded in the order the file writes
// the fields.
type keyed struct {
	key model.FieldKey
	pos model.Pos
}

// directReport decodes text, a report whose every byte the fast parser
// reads (fastBytes), as parseWith and decodeReport would with
// the fast parser, and returns false where they would build anything but
// a clean report (see above). It reports nothing; what it keeps is
// copied (decoder.keep, decoder.name), as decodeReport copies it.
func (p *fastParser) directReport(dc *decoder, text []byte, dir, base string) (*model.Report, bool) {
	p.reset(text)
	// What parseWith refuses before any parser reads it is left to it: a
	// line indented deeper than depthProblem allows, or brackets enough
	// to nest too deep, wherever they stand. A second document
	// (SecondDocument) starts at a line of --- or ... at the first
	// column, which is no key, comment or blank line and so is not read
	// below.
	for _, l := range p.lines {
		if l.indent > 4*MaxDepth {
			return nil, false
		}
	}
	if bytes.Count(text, []byte("[")) > MaxDepth/2 || bytes.Count(text, []byte("{")) > MaxDepth/2 {
		return nil, false
	}
	i := p.skip(0)
	if i == len(p.lines) || p.lines[i].indent != 0 {
		return nil, false
	}
	r := &model.Report{File: dc.file, Dir: dir, Base: base}
	own := model.Pos{Line: p.lines[i].num, Col: 1, Len: 1}
	var at [rFields]keyed
	var seen [rFields]bool
	n := 0
	var entries []model.Entry
	blankSummary := false // of an entry
	nodes := 1
	for i < len(p.lines) {
		l := p.lines[i]
		if l.indent != 0 {
			return nil, false // a value going on, or uneven indentation
		}
		k, after, ok := p.key(l, l.start)
		if !ok {
			return nil, false
		}
		f := reportField(k)
		if f < 0 || seen[f] {
			return nil, false // unknown or repeated: the node path says so
		}
		seen[f] = true
		nodes += 2
		var next int
		if f == rEntries {
			var count int
			if entries, next, count, blankSummary, ok = p.directEntries(dc, i, after); !ok {
				return nil, false
			}
			nodes += count
			at[n] = keyed{reportKeys[f], model.Pos{Line: l.num, Col: 1, Len: len(k)}} // keys are ASCII
		} else {
			var s fastScalar
			var p0 model.Pos
			if s, p0, next, ok = p.directScalar(i, 0, after); !ok {
				return nil, false
			}
			at[n] = keyed{reportKeys[f], p0}
			switch f {
			case rUnit, rPeriod:
				v, ok := directIdent(s)
				if !ok {
					return nil, false
				}
				if f == rUnit {
					r.Unit = dc.name(v)
				} else {
					r.Period = dc.name(v)
				}
			case rSubmitted:
				if s.tag != "!!null" {
					t, ok := model.ParseDate(s.value)
					if !ok {
						return nil, false
					}
					r.Submitted, r.Dated = t, true
				}
			case rContact:
				c := ""
				if s.tag != "!!null" {
					c = s.value
				}
				r.Contact = dc.name(c)
			}
		}
		n++
		if nodes > MaxNodes {
			return nil, false // tooMany says where
		}
		i = p.skip(next)
	}
	if !seen[rUnit] || !seen[rPeriod] || !seen[rEntries] {
		return nil, false
	}
	if r.Dated && blankSummary {
		return nil, false // a submitted report's blank summary is said
	}
	r.At = model.AtIn(dc.block, own, n)
	for _, f := range at[:n] {
		r.At = r.At.WithKey(f.key, f.pos)
	}
	r.Entries = entries
	return r, true
}

// directEntries reads the entries of a report as the fast parser reads
// the block sequence after `entries:` at offset after of line i, each
// item a mapping (fastParser.value, fastParser.sequence). It returns them
// in a slice of their number, the line after the list, the nodes read, and
// whether an entry's summary is blank.
func (p *fastParser) directEntries(dc *decoder, i, after int) (entries []model.Entry, _, nodes int, blankSummary, _ bool) {
	l := p.lines[i]
	if after < l.end && len(strings.TrimLeft(view(p.text[after:l.end]), " ")) > 0 {
		return nil, 0, 0, false, false // a value on the line: not a block list
	}
	next := p.skip(i + 1)
	if next == len(p.lines) {
		return nil, 0, 0, false, false
	}
	l2 := p.lines[next]
	indent := l2.indent
	if !dash(p.text, l2.start+indent, l2.end) {
		return nil, 0, 0, false, false
	}
	// The items are the lines with a dash at the list's indentation, up
	// to one less indented or without a dash there (a literal text's
	// lines are all indented more).
	count := 0
	for _, l := range p.lines[next:] {
		if l.blank || l.commentOnly || l.indent > indent {
			continue
		}
		if l.indent < indent || !dash(p.text, l.start+indent, l.end) {
			break
		}
		count++
	}
	entries = make([]model.Entry, 0, count)
	for i = next; ; {
		l := p.lines[i]
		at := l.start + indent
		if l.indent != indent || !dash(p.text, at, l.end) || at+1 == l.end {
			return nil, 0, 0, false, false
		}
		col := indent + 2
		for l.start+col < l.end && p.text[l.start+col] == ' ' {
			col++
		}
		e, next, count, blankOne, ok := p.directEntry(dc, i, col)
		if !ok {
			return nil, 0, 0, false, false
		}
		entries = append(entries, e)
		blankSummary = blankSummary || blankOne
		nodes += count
		if nodes > MaxNodes {
			return nil, 0, 0, false, false
		}
		next = p.skip(next)
		if next == len(p.lines) || p.lines[next].indent < indent {
			return entries, next, nodes, blankSummary, true
		}
		l2 := p.lines[next]
		if l2.indent > indent {
			return nil, 0, 0, false, false
		}
		if !dash(p.text, l2.start+indent, l2.end) {
			return entries, next, nodes, blankSummary, true // the report's mapping goes on
		}
		i = next
	}
}

// directEntry reads one entry, the mapping whose keys stand at column
// indent, the first on line i after its dash (fastParser.mapping), as
// decodeEntry reads it. It returns the line after it, its nodes, and
// whether its summary is blank (or not written).
func (p *fastParser) directEntry(dc *decoder, i, indent int) (e model.Entry, _, _ int, blankSummary, _ bool) {
	blankSummary = true
	var at [eFields]keyed
	var seen [eFields]bool
	n := 0
	own := model.Pos{Line: p.lines[i].num, Col: indent + 1, Len: 1}
	for first := true; ; first = false {
		l := p.lines[i]
		if !first && l.indent != indent {
			return e, 0, 0, false, false
		}
		k, after, ok := p.key(l, l.start+indent)
		if !ok {
			return e, 0, 0, false, false // a scalar item, or not a key
		}
		f := entryField(k)
		if f < 0 || seen[f] {
			return e, 0, 0, false, false
		}
		seen[f] = true
		s, pos, next, ok := p.directScalar(i, indent, after)
		if !ok {
			return e, 0, 0, false, false
		}
		at[n] = keyed{entryKeys[f], pos}
		n++
		null := s.tag == "!!null"
		switch f {
		case eTask:
			v, ok := directIdent(s)
			if !ok {
				return e, 0, 0, false, false
			}
			e.Task = p.shortName(dc, v)
		case eStatus:
			if null || blank(s.value) {
				return e, 0, 0, false, false
			}
			st, ok := model.ParseStatus(s.value)
			if !ok {
				return e, 0, 0, false, false
			}
			e.Status, e.HasStatus = st, true
		case eProgress:
			if null {
				break // as not written
			}
			if s.tag != "!!int" || !plainDecimal(s.value) {
				return e, 0, 0, false, false
			}
			v, err := strconv.ParseInt(s.value, 10, 64)
			if err != nil || v < 0 || v > 100 {
				return e, 0, 0, false, false
			}
			e.Progress, e.HasProgress = int(v), true
		default: // summary, problems, next
			if directionAt(s.value) >= 0 || strings.Contains(s.value, "\uFFFD") {
				return e, 0, 0, false, false // warned of by the decoder
			}
			t := ""
			switch {
			case null:
			case dc.dropTexts && !blank(s.value):
				t = DroppedText
			default:
				t = dc.keep(s.value)
			}
			switch f {
			case eSummary:
				e.Summary, blankSummary = t, null || blank(s.value)
			case eProblems:
				e.Problems = t
			default:
				e.Next = t
			}
		}
		next = p.skip(next)
		if next == len(p.lines) || p.lines[next].indent < indent {
			if !seen[eTask] || !seen[eStatus] {
				return e, 0, 0, false, false // a missing field is said
			}
			if e.HasProgress && e.Status == model.Done && e.Progress < 100 ||
				!e.HasProgress && (e.Status == model.InProgress || e.Status == model.Delayed) {
				return e, 0, 0, false, false // said by the decoder (R409; R410 if submitted)
			}
			e.At = model.AtIn(dc.block, own, n)
			for _, f := range at[:n] {
				e.At = e.At.WithKey(f.key, f.pos)
			}
			return e, next, 1 + 2*n, blankSummary, true
		}
		if p.lines[next].indent > indent {
			return e, 0, 0, false, false
		}
		i = next
	}
}

// directScalar reads the scalar value after a key's colon at offset after
// of line i, in a mapping at column indent, as fastParser.value reads it
// (a value on the line or a literal block; an empty value is not read),
// with its position (pos) and the line after it.
func (p *fastParser) directScalar(i, indent, after int) (fastScalar, model.Pos, int, bool) {
	l := p.lines[i]
	at := after
	for at < l.end && p.text[at] == ' ' {
		at++
	}
	if at == l.end {
		return fastScalar{}, model.Pos{}, 0, false // a block, or the library's null
	}
	col := at - l.start // all before it is ASCII
	rest := p.text[at:l.end]
	if rest[0] == '|' {
		v, next, ok := p.literalText(i, indent, rest)
		return fastScalar{v, "!!str", yaml.LiteralStyle, 0}, model.Pos{Line: l.num, Col: col + 1, Len: 1}, next, ok
	}
	s, ok := inlineScalar(rest)
	if !ok {
		return s, model.Pos{}, 0, false
	}
	n := s.runes // one line: pos counts its characters
	if s.style == yaml.DoubleQuotedStyle {
		n += 2
	}
	return s, model.Pos{Line: l.num, Col: col + 1, Len: max(n, 1)}, i + 1, true
}

// directIdent is decoder.ident for a value with nothing to report: not
// empty and like no other (LookAlike).
func directIdent(s fastScalar) (string, bool) {
	if s.tag == "!!null" || blank(s.value) {
		return "", false
	}
	if _, bad := model.LookAlike(s.value); bad {
		return "", false
	}
	return s.value, true
}

// spaceLead marks the bytes that start a character unicode.IsSpace
// accepts: the ASCII spaces, and the lead bytes of U+0085, U+00A0 (0xC2),
// U+1680 (0xE1), U+2000–U+205F (0xE2) and U+3000 (0xE3).
var spaceLead = func() (t [256]bool) {
	for _, c := range []byte{'\t', '\n', '\v', '\f', '\r', ' ', 0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = true
	}
	return t
}()

// blank is strings.TrimSpace(s) == "", answered at the first byte for a
// text that starts with no space (a report's texts start with a Chinese
// character).
func blank(s string) bool {
	return s == "" || spaceLead[s[0]] && strings.TrimSpace(s) == ""
}

// shortName is dc.name for an id of up to eight bytes, such as a task's,
// found by a hash of its bytes among the last copies it gave before the
// map is asked: the same copy dc.name gives.
func (p *fastParser) shortName(dc *decoder, s string) string {
	if len(s) > 8 || dc.names == nil {
		return dc.name(s)
	}
	var k uint64
	for i := 0; i < len(s); i++ {
		k = k<<8 | uint64(s[i])
	}
	h := (k * 0x9E3779B97F4A7C15) >> 54
	if c := p.shortNames[h]; c == s {
		return c
	}
	c := dc.name(s)
	p.shortNames[h] = c
	return c
}
