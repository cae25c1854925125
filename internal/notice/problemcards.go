package notice

import (
	"strconv"
	"strings"
)

// An inspection's rectification list may give its problems as cards with
// no number, one under another (问题：… / 整改措施：… / 责任单位：… /
// 整改时限：…), grouped under headings or not. Before, a heading over them
// was read as the task and its cards' units merged into it, the second
// card's problem lost; with no heading the notice was refused. Each card
// is a problem to put right: the cards are numbered as the list gives
// them, in turn, so that each is read as an item.

// problemCards numbers the problem cards of a list that numbers no item:
// a line opening with a problem's label (问题：…) whose card, before the
// next such line, names who answers for it on a label line. At least two
// cards are wanted; lines are rewritten in
// place ("1.问题：…"), the label then taken off the title (titleLabels).
func problemCards(lines []Line) []Line {
	var cards []int
	for i, l := range lines {
		t := trimLine(l.Text)
		if itemMatch(t) != nil {
			return lines // a list numbering its items: read as it is
		}
		if !problemLabelRe.MatchString(t) {
			continue
		}
		for j := i + 1; j < len(lines) && j <= i+6; j++ {
			next := trimLine(lines[j].Text)
			if problemLabelRe.MatchString(next) || sectionRe.MatchString(next) || subRe.MatchString(next) {
				break
			}
			if m := respLineRe.FindStringSubmatch(unbracket(next)); m != nil && !isTimeLabel(m[1]) {
				cards = append(cards, i)
				break
			}
		}
	}
	if len(cards) < 2 {
		return lines
	}
	for k, i := range cards {
		lines[i].Text = strconv.Itoa(k+1) + "." + strings.TrimSpace(lines[i].Text)
	}
	return lines
}
