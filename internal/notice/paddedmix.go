package notice

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spacedMixRe is a leaders' cell of names apart by spaces where at least
// one name is a two-character one padded with a space (耿 峰 彭开国): the
// table's own way of writing such a name, and a space between persons.
var spacedMixRe = lazyRe(`^\p{Han}{1,4}(?:[ \x{3000}]+\p{Han}{1,4}){2,}$`)

// paddedMix splits such a cell into persons, pairing two single
// characters in a row into one padded name (耿 峰) and keeping the others
// as they are; ok is false where the cell is no such mix (every piece
// longer than one character, or a single character left unpaired). The
// split is a reading, not what the cell says: it is listed for review.
func paddedMix(p string) (out []string, ok bool) {
	if !spacedMixRe.MatchString(p) || paddedRunRe.MatchString(p) {
		return nil, false
	}
	parts := strings.Fields(strings.ReplaceAll(p, "\u3000", " "))
	single := false
	for i := 0; i < len(parts); i++ {
		if utf8.RuneCountInString(parts[i]) > 1 {
			out = append(out, parts[i])
			continue
		}
		if i+1 >= len(parts) || utf8.RuneCountInString(parts[i+1]) != 1 {
			return nil, false
		}
		out = append(out, parts[i]+" "+parts[i+1])
		single = true
		i++
	}
	return out, single && len(out) > 1
}

// joinPaddedNames joins, in a spaced table's row with more cells than
// its header has columns, each pair of one-character cells standing alone
// (no third beside them) into one (路 军): a two-character name padded with
// a space, as such tables write a leader's name, parted at that space.
// Where the row then has fewer cells than columns, it is returned as it
// was.
func joinPaddedNames(row []string, width int) []string {
	var out []string
	for i := 0; i < len(row); i++ {
		if i+1 < len(row) && i > 0 && !oneHan(row[i-1]) && oneHan(row[i]) && oneHan(row[i+1]) && (i+2 >= len(row) || !oneHan(row[i+2])) {
			out = append(out, row[i]+" "+row[i+1])
			i++
			continue
		}
		out = append(out, row[i])
	}
	if len(out) < width {
		return row
	}
	return out
}

// oneHan says a cell is one Chinese character.
func oneHan(s string) bool {
	r := []rune(s)
	return len(r) == 1 && unicode.Is(unicode.Han, r[0])
}
