package notice

import (
	"slices"
	"strings"
)

// A list of problems may write each group's label BEFORE its items:
//
//	整改责任单位:县财政局 整改时限:2024年6月30日
//	1.部分项目资金拨付滞后。
//	2.专项资金存在挤占挪用。
//	整改责任单位:县交通运输局 整改时限:2024年8月31日
//	1.农村道路养护资金未足额到位。
//
// Before, the first label (no item above it) was dropped and each later
// one given to the item above it, in silence: every item's owners wrong.
// A label that opens the list's items, right before an item numbered 1,
// now opens a group; each later label right before an item numbered 1
// opens the next. Each item of a group naming no one takes its label,
// listed.

// opensGroup says the label line at i opens a group of items: the item
// after it is numbered 1, and the label is the list's first words of
// responsibility before any item, or a group was opened so before.
func (w *walker) opensGroup(i int) bool {
	if w.cur != nil && w.groupLabel == nil || !w.labelOverOne(i) {
		return false
	}
	if w.groupLabel != nil {
		return true
	}
	// The list's first label opens a group only where a later one opens
	// another: one label over items 1., 2. may be theirs or a notice's.
	for j := i + 1; j < len(w.items); j++ {
		if w.kinds[j] == kNum {
			for k := j + 1; k < len(w.items); k++ {
				if w.kinds[k] == kResp && w.labelOverOne(k) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// labelOverOne says the line at i is a group's label right over an item
// numbered 1 (label lines and blank lines between).
func (w *walker) labelOverOne(i int) bool {
	if !groupLabelLineRe.MatchString(unbracket(w.items[i].line.Text)) {
		return false
	}
	for j := i + 1; j < len(w.items); j++ {
		switch w.kinds[j] {
		case kNum:
			m := itemMatch(w.items[j].line.Text)
			return m != nil && m[1] == "1"
		case kResp:
			// 整改时限:… on a line of its own after the units: the label's.
		case kText:
			if strings.TrimSpace(w.items[j].line.Text) != "" {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// groupLabelLineRe is a label line naming who answers for a group of
// problems: 整改责任单位:…, 责任单位:…, with a time limit or none.
var groupLabelLineRe = lazyRe(`^\p{Han}{0,4}(?:责任单位|责任部门|整改单位|牵头单位)\s*[：:]`)

// respLabelOf is the label a label line opens with: 整改责任单位.
func respLabelOf(t string) string {
	if k := strings.IndexAny(t, "：:"); k > 0 {
		return strings.TrimSpace(t[:k])
	}
	return ""
}

// groupLabelOf gives an item of a group opened by a label before it that
// label, where the item names no one.
func (w *walker) groupLabelOf(t *Task) {
	if w.groupLabel == nil || len(t.raw.resp) > 0 || ownUnitsSaid(t.Title+"。"+t.Body) {
		return
	}
	t.raw.resp = slices.Clone(w.groupLabel)
	at := w.groupLabel[0].line
	t.review("owners", at, atF(w.n.At(at), "本项没有写明责任单位，已取{at}写在这一组问题之前的标签；请核对",
		"this item names no owners; the label at {at}, written before its group of problems, was taken: check it"))
}
