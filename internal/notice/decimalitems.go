package notice

import (
	"strconv"
	"strings"
)

// Some plans number the points under an item with the item's number, a
// point and their own (10.7 除“四害”措施落实…。(金川区政府负责)), a space
// after the number; a page that serves the middle of such a plan starts
// with them. Read as 10. and a text "7 除…", each point was a task whose
// title held its own number. They are items numbered 7, 8, 9.

// decimalItemRe is a line opening with a decimal item number and a space,
// then the point's text: 10.7 除…, 3．2　加强….
// A point's text may follow its number with no space where it opens with
// a word (1.2绘制…), not a quantity's unit (1.5万亩, 2.3亿元).
var decimalItemRe = lazyRe(`^(\d{1,2})[.．](\d{1,2})(?:[ \t\x{3000}]+([^\d\s.．].*)|([^\d\s.．万亿千百十元个人户家所项次倍米吨公平立亩%％].*))$`)

// decimalPoint is a line opening with a decimal item number: its index,
// the item's number and its own, and its text.
type decimalPoint struct {
	i      int
	of, at int
	text   string
}

// decimalItems is, of the raw lines of a text, those opening with decimal
// item numbers where two or more of them run on under one item's number
// (10.7, 10.8, 10.9): each line's index and its text numbered by its point
// alone (7．除…). A point's text is a sentence (a stop, a comma or a
// bracket in it): headings of a plan's chapters (1.1 编制目的) stay as
// they are.
func decimalItems(raw []string) map[int]string {
	var points []decimalPoint
	for i, l := range raw {
		m := decimalItemRe.FindStringSubmatch(trimLine(l))
		if m != nil && m[3] == "" {
			m[3] = m[4]
		}
		if m == nil || !strings.ContainsAny(m[3], "。；;，,（(") {
			continue
		}
		points = append(points, decimalPoint{i, atoi(m[1]), atoi(m[2]), m[3]})
	}
	out := map[int]string{}
	for k, p := range points {
		prev := k > 0 && points[k-1].of == p.of && points[k-1].at+1 == p.at
		next := k+1 < len(points) && points[k+1].of == p.of && points[k+1].at == p.at+1
		if (prev || next) && !sharedPoints(raw, points, k) {
			out[p.i] = strconv.Itoa(p.at) + "．" + p.text
		}
	}
	return out
}

// sharedPoints says the run of points holding points[k] stands under its
// item's own line (3.推进农村公路建设。 / 3.1…。 / 3.2…。 / 责任单位:…) and
// no point names who does it: the points are the item's text, its labels
// after them shared (items.go ownPointOf), no items of their own.
func sharedPoints(raw []string, points []decimalPoint, k int) bool {
	first := k
	for first > 0 && points[first-1].of == points[k].of && points[first-1].at+1 == points[first].at {
		first--
	}
	for j := first; j < len(points) && points[j].of == points[k].of; j++ {
		if j > first && points[j-1].at+1 != points[j].at {
			break
		}
		if namesResponsibility(points[j].text) {
			return false
		}
	}
	for i := points[first].i - 1; i >= 0; i-- {
		t := trimLine(raw[i])
		if t == "" {
			continue
		}
		m := taskRe.FindStringSubmatch(t)
		return m != nil && atoi(m[1]) == points[k].of && !decimalItemRe.MatchString(t)
	}
	return false
}
