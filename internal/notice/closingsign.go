package notice

import "unicode/utf8"

// closingLeftover is how much text may stand after a notice's closing
// signature and date: a site's footer (陕公网安备 / 61042302000131号), no
// list.
const closingLeftover = 40

// closingSignature says the signature and date at k close the notice
// itself, no covering letter over a list: numbered items stand above it
// (四、责任分工: / 1.由保洁公司负责…) and after it only a few words no item's
// (a site's footer). A letter that is itself the list, signed at its end,
// keeps its items.
func closingSignature(lines []Line, start, k int) bool {
	items := 0
	for _, l := range lines[start:k] {
		if isStructural(trimLine(l.Text)) {
			items++
		}
	}
	if items < 2 {
		return false
	}
	after := 0
	for _, l := range lines[k+1:] {
		t := trimLine(l.Text)
		if isStructural(t) {
			return false
		}
		after += utf8.RuneCountInString(t)
	}
	return after <= closingLeftover
}
