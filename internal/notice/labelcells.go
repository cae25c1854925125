package notice

import "strings"

// labelCells reads a card a page gives as a table of label and value
// cells, each row on a line with its cells apart by " | " (重点工作: | 135.
// 统筹…。 | / 牵头单位: | 市城市管理综合执法局 | / 进展情况…建议: | / 已完成。… |),
// as the labels and values it holds: each row becomes "label: value", and
// a cell alone on its line its text. A text with a row of three cells or
// more, or fewer than two label rows, is a table of its own and is left
// as it is.
func labelCells(text string) string {
	if !strings.Contains(text, "|") {
		return text
	}
	lines := strings.Split(text, "\n")
	labelled := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if !strings.Contains(t, "|") {
			continue
		}
		cells := cardCells(t)
		if len(cells) > 2 {
			return text
		}
		if len(cells) == 2 && cardLabelRe.MatchString(cells[0]) {
			labelled++
		}
	}
	if labelled < 2 {
		return text
	}
	for i, l := range lines {
		if t := strings.TrimSpace(l); strings.Contains(t, "|") {
			// The line stays (its number is the card's), its cells' text
			// apart by a space: 重点工作: 135.统筹….
			lines[i] = strings.Join(cardCells(t), " ")
		}
	}
	return strings.Join(lines, "\n")
}

// cardCells are the cells of a card's row that hold anything.
func cardCells(t string) []string {
	var cells []string
	for _, c := range strings.Split(t, "|") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return cells
}

// cardLabelRe is a card's label cell: a few words and a colon (牵头单位:,
// 年度阶段性工作目标:).
var cardLabelRe = lazyRe(`^[^，,。；;：:]{2,24}[：:]$`)

// ownItemNumberRe is a label's value that opens with the item's own number
// (重点工作: 135.统筹违法建设治理…): the item is numbered so, not by its
// block's place.
var ownItemNumberRe = lazyRe(`^\d{1,4}\s*[.．]\s*\p{Han}`)
