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
			cells := cardCells(t)
			if len(cells) == 2 && stepsLabelRe.MatchString(cells[0]) && quarterStepRe.MatchString(cells[1]) {
				// 年度阶段性工作目标: | 第三季度:1.…。 第四季度:1.…。 |: the
				// work's steps by quarter, its time limits (the points
				// numbered in them are steps, no items).
				cells[0] = "时间节点:"
				cells[1] = stepPointRe.ReplaceAllString(quarterGapRe.ReplaceAllString(cells[1], "；$1"), "$1（$2）")
			}
			if len(cells) == 2 && progressCardLabelRe.MatchString(cells[0]) {
				// 进展落实情况: | …第三季度 按计划推进中。 1.9月17日…召开…。
				// 2.跟进… |: what was done, its points numbered, no items of
				// the notice; its dates no time limits (progressDates).
				cells[0] = "进展情况:"
				cells[1] = stepPointRe.ReplaceAllString(cellPointRe.ReplaceAllString(cells[1], "（$1）"), "$1（$2）")
			}
			lines[i] = strings.Join(cells, " ")
		}
	}
	return strings.Join(lines, "\n")
}

// stepsLabelRe is a card's label over the work's steps by time: 年度阶段性
// 工作目标:, 阶段目标:, 进度安排:.
var stepsLabelRe = lazyRe(`^(?:年度)?(?:阶段性?(?:工作)?目标|进度安排|工作进度)\s*[：:]$`)

// progressCardLabelRe is a card's label over the work's progress:
// 进展落实情况:, 工作进展情况:, 落实情况:, 完成情况:.
var progressCardLabelRe = lazyRe(`^(?:工作)?(?:进展|落实|推进|完成|办理)(?:落实|推进)?(?:情况|进展)\s*[：:]$`)

// cellPointRe is the first point numbered in a cell, at its start: 1.已完成….
var cellPointRe = lazyRe(`^(\d{1,2})\s*[.．、]`)

// quarterStepRe opens a step by its quarter: 第一季度:.
var quarterStepRe = lazyRe(`第[一二三四1-4]季度\s*[：:]`)

// quarterGapRe is the space before a quarter's step in a card's cell,
// which would read as a cell apart: … 第四季度:.
var quarterGapRe = lazyRe(`\s+(第[一二三四1-4]季度\s*[：:])`)

// stepPointRe is a point numbered in a quarter's step (第三季度:1.…。2.…),
// which would read as an item of the notice: written （1）, it stays in
// the step.
var stepPointRe = lazyRe(`([：:；;。])\s*(\d{1,2})\s*[.．、]`)

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
