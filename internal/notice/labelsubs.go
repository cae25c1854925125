package notice

import (
	"strconv"
)

// An event plan can write each item's particulars as numbered sub-items,
// each a label and its value, one of them the unit in charge:
//
//	(一)春节农夫篮球赛
//	1、竞赛时间:年初一、初二
//	2、竞赛地点:黄山风景区消防大队篮球场
//	3、负责单位:汤口社区
//	4、组队形式:以村居为单位…
//
// Before, the sub-items were read as items of their own, none but the
// label 负责单位 naming anyone, and the notice was refused. Now a run of
// three or more sub-items numbered from 1, each a short label, a colon
// and its value, one of the labels a unit's in charge, loses its numbers:
// the lines are the item's label card (as 承办单位:… / 活动时间:… under an
// event unnumbered), the item the task, the unit its owner.
//
// A copy that spun a page's text can push a sentence's full stop onto the
// next line, before the next item's number (。(三)舞龙贺新春表演): the
// stop belongs to the line before, the line opens the item.

// labelSubRe is a sub-item numbered 1、 to 99、 that is a label of two to
// six characters, a colon and a value: 3、负责单位:汤口社区.
var labelSubRe = lazyRe(`^(\d{1,2})\s*[、.．]\s*(\p{Han}{2,6}\s*[：:]\s*\S.*)$`)

// strayStopRe is a line opening with the full stop of the sentence before
// it, an item's number after it: 。(三)舞龙贺新春表演.
var strayStopRe = lazyRe(`^[。，,；;]\s*([（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)`)

// dropStrayStops takes a stray full stop off the head of an item's line,
// before lines are joined (a line opening with a stop reads as wrapped).
func dropStrayStops(lines []Line) []Line {
	out := append([]Line(nil), lines...)
	for i := range out {
		if m := strayStopRe.FindStringSubmatchIndex(trimLine(out[i].Text)); m != nil {
			out[i].Text = trimLine(out[i].Text)[m[2]:]
		}
	}
	return out
}

// unnumberLabelSubs takes the numbers off each run of label sub-items that
// names the unit in charge.
func unnumberLabelSubs(lines []Line) []Line {
	out := append([]Line(nil), lines...)
	for i := 0; i < len(out); {
		j, resp := i, false
		for j < len(out) {
			m := labelSubRe.FindStringSubmatch(trimLine(out[j].Text))
			if m == nil || m[1] != strconv.Itoa(j-i+1) {
				break
			}
			if respLineRe.MatchString(m[2]) {
				resp = true
			}
			j++
		}
		if j-i >= 3 && resp {
			for k := i; k < j; k++ {
				out[k].Text = labelSubRe.FindStringSubmatch(trimLine(out[k].Text))[2]
			}
		}
		i = max(j, i+1)
	}
	return out
}
