package notice

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A notice copied from a traditional-character site (責任單位, 牽頭, 號)
// is read as its simplified form, so that every rule of the stages below
// holds for it; what the import returns is then written back in the
// notice's own characters, so that names keep the wording the notice gave
// them.

// t2s folds a traditional character to its simplified form, its table
// built the first time a notice is read, not at every start. The pairs in
// script_table.go are OpenCC's t2s conversion (Apache-2.0) of each Han
// character from U+3400 to U+9FFF on its own, kept where it gives one
// other character: `opencc -c t2s` over a file of those characters, one
// a line, and the lines that changed.
var t2s = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	s := []rune(simpKeys)
	for i, r := range []rune(tradKeys) {
		m[r] = s[i]
	}
	return m
})

// isTraditional says whether a text is written in traditional characters:
// at least one Han character in twenty, and ten in all, has a simplified
// form. A simplified text may hold a few such characters (乾, 於 in a
// name); it is then read as written.
func isTraditional(text string) bool {
	han, trad := 0, 0
	for _, r := range text {
		if unicode.Is(unicode.Han, r) {
			han++
			if _, ok := t2s()[r]; ok {
				trad++
			}
		}
	}
	return trad >= 10 && trad*20 >= han
}

// script writes simplified text back in a notice's own characters.
type script struct {
	back  map[rune]rune // each folded character as the notice most often wrote it
	text  string        // the text folded
	runes []rune        // the text as written, character for character with text (nil where they differ in length)
}

// foldScript is text in simplified characters, and the way back; the way
// back is empty for a text in simplified characters, which is returned as
// it is.
func foldScript(text string) (string, script) {
	if !isTraditional(text) {
		return text, script{}
	}
	seen := map[rune]map[rune]int{} // folded → as written → count
	var b strings.Builder
	b.Grow(len(text))
	for _, r := range text {
		f, ok := t2s()[r]
		if !ok {
			f = r
		}
		b.WriteRune(f)
		if seen[f] == nil {
			seen[f] = map[rune]int{}
		}
		seen[f][r]++
	}
	back := map[rune]rune{}
	for f, written := range seen {
		best, most := f, 0
		for r, c := range written {
			if c > most || c == most && r < best {
				best, most = r, c
			}
		}
		if best != f {
			back[f] = best
		}
	}
	folded := b.String()
	sc := script{back: back, text: folded, runes: []rune(text)}
	if len(sc.runes) != utf8.RuneCountInString(folded) {
		sc.runes = nil
	}
	return folded, sc
}

// of writes s in the notice's characters: where s stands in the folded
// text, as written there (a page writing 幹道 beside 干部 gives 国省干道
// back as 國省幹道); else each folded character as the notice most often
// wrote it.
func (sc script) of(s string) string {
	if sc.back == nil {
		return s
	}
	if i := strings.Index(sc.text, s); i >= 0 && s != "" && sc.runes != nil {
		from := utf8.RuneCountInString(sc.text[:i])
		return string(sc.runes[from : from+utf8.RuneCountInString(s)])
	}
	return strings.Map(func(r rune) rune {
		if w, ok := sc.back[r]; ok {
			return w
		}
		return r
	}, s)
}

func (sc script) all(ss []string) []string {
	for i := range ss {
		ss[i] = sc.of(ss[i])
	}
	return ss
}

// unfold writes what was read back in the notice's characters. Review and
// warning texts are the import's own words and stay as they are.
func (n *Notice) unfold(sc script) {
	if sc.back == nil {
		return
	}
	n.Issuer, n.Number, n.Title = sc.of(n.Issuer), sc.of(n.Number), sc.of(n.Title)
	n.ListTitle, n.Preamble = sc.of(n.ListTitle), sc.of(n.Preamble)
	n.schedule.Text = sc.of(n.schedule.Text)
	n.yearFrom.Text = sc.of(n.yearFrom.Text)
	n.yearEnd.Text = sc.of(n.yearEnd.Text)
	sc.all(n.Recipients)
	for i := range n.Sections {
		s := &n.Sections[i]
		s.Title, s.Parent, s.Preamble = sc.of(s.Title), sc.of(s.Parent), sc.of(s.Preamble)
	}
	for i := range n.Tasks {
		t := &n.Tasks[i]
		t.Title, t.Body, t.OwnersText, t.Parent = sc.of(t.Title), sc.of(t.Body), sc.of(t.OwnersText), sc.of(t.Parent)
		sc.all(t.Owners)
		sc.all(t.Lead)
		sc.all(t.Leaders)
		for j := range t.Milestones {
			t.Milestones[j].Text = sc.of(t.Milestones[j].Text)
		}
	}
	for _, ls := range [][]Line{n.Unplaced, n.Tail} {
		for i := range ls {
			ls[i].Text = sc.of(ls[i].Text)
		}
	}
}

// numberAsWritten is a number read from a text in traditional characters
// as its own line writes it: a page mixing the scripts (韶府〔2019〕31號 in a
// title line, 号 elsewhere) gives the number back as written where it
// stands, not in the characters most of the page uses. folded is the
// number as read, unfolded as the page mostly writes it; text and written
// are the text folded and as written, character for character.
func numberAsWritten(folded, unfolded, text, written string) string {
	if folded == "" || text == written {
		return unfolded
	}
	i := strings.Index(text, folded)
	if i < 0 {
		return unfolded
	}
	w := []rune(written)
	from := utf8.RuneCountInString(text[:i])
	to := from + utf8.RuneCountInString(folded)
	if to > len(w) || len([]rune(text)) != len(w) {
		return unfolded
	}
	return string(w[from:to])
}
