package notice

import (
	"strings"
	"unicode/utf8"
)

// issuedListTitle reads the notice's title where only the list's was read:
// the line right above the recipients line that says a body issues the
// list by its own title (嵊泗縣國民當局印發關于推動…(2025年版)的告訴), though
// the word closing it is none a title ends with (a spun copy's swapped
// words). Where a line of its own between the recipients and the list
// (the signature) is that line's head before 印发, it is the issuer.
func (n *Notice) issuedListTitle(lines []Line) {
	if !n.titleOfList || n.ListTitle == "" {
		return
	}
	list := squeezeSpace(n.ListTitle)
	if utf8.RuneCountInString(list) < 6 {
		return
	}
	var above Line
	for i, l := range lines {
		t := trimLine(l.Text)
		if t == "" {
			continue
		}
		if !isRecipients(t) {
			above = l
			continue
		}
		title := trimLine(above.Text)
		at := strings.Index(title, "印发")
		if above.N == 0 || at <= 0 || utf8.RuneCountInString(title) > 100 || strings.ContainsAny(title, "。，,；;：:") ||
			!strings.Contains(squeezeSpace(title[at:]), list) {
			// A line ending in a colon that is no recipients line (原文如下:).
			above = l
			continue
		}
		n.Title, n.titleOfList = title, false
		head := title[:at]
		if n.Issuer != "" {
			return
		}
		for _, s := range lines[i+1:] {
			st := trimLine(s.Text)
			if squeezeSpace(st) == list || strings.Contains(squeezeSpace(st), list) && utf8.RuneCountInString(st) < utf8.RuneCountInString(list)+8 {
				return // the list's own title: the signature stands above it
			}
			if st == head {
				n.Issuer = head
				return
			}
		}
		return
	}
}
