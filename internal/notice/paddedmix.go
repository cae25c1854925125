package notice

import (
	"strings"
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
