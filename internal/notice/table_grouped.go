package notice

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A table of the work and what it asks (工作任务 | 具体要求 | 责任股室)
// flattened one cell to a line, with no 序号 and no |: each 工作任务 cell
// is merged over its requirements and stands once before them (三、做好财政
// 信息公开。, or 做好各类规划主动公开 with no number), then each requirement's
// cell (1.积极推进…, or a single one with no number) followed by the cells
// of the columns after it (办公室、各股室). A cell merged over several
// requirements stands once, after the first of them or after the last.
//
// A group holding a single requirement with no number is one task, titled
// by the group's cell with the requirement as its text (as a | row of such
// a table is read). A group of numbered requirements is a heading over
// them, each a task. A requirement with no cells of its own takes those of
// its group's requirement that has them (the one before it, else the one
// after), listed: where the page merged the cell is a guess.

// groupedReq is a requirement's cell and the cells after it.
type groupedReq struct {
	at       int      // its line, in lines
	text     string   // the requirement's text
	numbered bool     // it opens with its number (1.)
	rest     []string // the cells after it, in order
}

// groupedGroup is a 工作任务 cell and the requirements under it.
type groupedGroup struct {
	at   int
	text string
	reqs []groupedReq
}

// groupedRows reads such a table's rows from lines[i:] into out and returns
// where the table ends; ok is false where the lines are not so, out as it
// was.
func groupedRows(lines []Line, i int, c *columns, out *[]item) (int, bool) {
	if c.content != 0 || c.detail != 1 || !c.noNum || len(c.names) < 3 || !isUnitColumn(c, 2) {
		return i, false
	}
	restCols := make([]int, 0, len(c.names)-2)
	for col := 2; col < len(c.names); col++ {
		restCols = append(restCols, col)
	}
	next := func(k int) int { // the next line holding text, from k
		for k < len(lines) && trimLine(lines[k].Text) == "" {
			k++
		}
		return k
	}
	var groups []groupedGroup
	last := 0 // the number of the last numbered requirement
	// opensGroup says lines[k] is a 工作任务 cell: a section's heading, or a
	// short line of work with no number before a requirement numbered 1 or
	// the next number.
	opensGroup := func(k int) bool {
		t := trimLine(lines[k].Text)
		if sectionRe.MatchString(t) {
			return true
		}
		if reqNumber(t) != "" || utf8.RuneCountInString(t) > 40 || strings.ContainsAny(strings.TrimRight(t, "。"), "。；;，,") || groupedCell(t) {
			return false
		}
		n := next(k + 1)
		if n >= len(lines) {
			return false
		}
		below := trimLine(lines[n].Text)
		if m := reqNumber(below); m != "" {
			return m == "1" || m == strconv.Itoa(last+1)
		}
		// 做好林长制信息公开 / 公开县、乡、村三级林长名单。 / 林长办: a group
		// of one requirement with no number, its cells after it.
		after := next(n + 1)
		return !groupedCell(below) && after < len(lines) && groupedCell(trimLine(lines[after].Text)) && !sectionRe.MatchString(below)
	}
	k := next(i)
	end := k
	for k < len(lines) {
		t := trimLine(lines[k].Text)
		if endsTable(t) {
			break
		}
		var g *groupedGroup
		if len(groups) > 0 {
			g = &groups[len(groups)-1]
		}
		var r *groupedReq
		if g != nil && len(g.reqs) > 0 {
			r = &g.reqs[len(g.reqs)-1]
		}
		switch m := reqNumber(t); {
		case m != "" && g != nil:
			last, _ = strconv.Atoi(m)
			g.reqs = append(g.reqs, groupedReq{at: k, text: t, numbered: true})
		case opensGroup(k) && (r != nil || g == nil):
			groups = append(groups, groupedGroup{at: k, text: t})
		case g != nil && r == nil && !groupedCell(t):
			g.reqs = append(g.reqs, groupedReq{at: k, text: t})
		case r != nil && len(r.rest) < len(restCols) && groupedCell(t):
			r.rest = append(r.rest, t)
		case r != nil && len(r.rest) == len(restCols) && len(restCols) > 0 && isUnitColumn(c, restCols[len(restCols)-1]) &&
			unitCellText(t) && unitCellText(r.rest[len(r.rest)-1]) && !opensGroup(k):
			// 建成省级示范村3个。 / 县农业农村局 / 县乡村振兴局: the unit cell
			// broken over two lines, a unit a line.
			r.rest[len(r.rest)-1] += "、" + t
		case r != nil && len(r.rest) == 0 && !groupedCell(t) && !r.numbered && len(g.reqs) == 1:
			r.text += CellBreak + t // the requirement's next paragraph
		case r != nil && len(r.rest) > 0 && !r.numbered && !groupedCell(t) && !opensGroup(k):
			// A second requirement with no number, after the first's cells:
			// each a task under the group.
			g.reqs = append(g.reqs, groupedReq{at: k, text: t})
		default:
			k = len(lines) // no cell of the table: it has ended
			continue
		}
		k = next(k + 1)
		end = k
	}
	// At least two requirements with cells of their own, and every group
	// holding a requirement: else the lines are not such a table.
	withCells := 0
	for _, g := range groups {
		if len(g.reqs) == 0 {
			return i, false
		}
		for _, r := range g.reqs {
			if len(r.rest) > 0 {
				withCells++
			}
		}
	}
	if withCells < 2 {
		return i, false
	}
	for _, g := range groups {
		single := len(g.reqs) == 1 && !g.reqs[0].numbered
		heading := sectionRe.MatchString(g.text)
		if heading {
			// A numbered group is a section, whether it holds one
			// requirement (its task, titled by it) or several.
			*out = append(*out, item{line: lines[g.at]})
		}
		for n, r := range g.reqs {
			row := make([]string, len(c.names))
			it := item{line: lines[r.at]}
			if single {
				it.line = lines[g.at]
				row[c.content] = g.text
				if m := sectionRe.FindStringSubmatch(g.text); m != nil {
					row[c.content] = m[3] // the group's number is a heading's: the row is numbered by its place
				}
				row[c.detail] = r.text
			} else {
				row[c.content] = r.text
				if m := parenNumberRe.FindStringSubmatchIndex(r.text); m != nil {
					// （1）公开…: the requirement's number, as a row's 1. is read.
					row[c.content] = r.text[m[2]:m[3]] + "." + strings.TrimSpace(r.text[m[1]:])
				}
				if !heading {
					it.parent = g.text
				}
			}
			rest, from := r.rest, -1
			if len(rest) == 0 {
				// Cells merged over the group's requirements: the nearest
				// one before that has them, else the first after.
				for m := n - 1; m >= 0 && from < 0; m-- {
					if len(g.reqs[m].rest) > 0 {
						from = m
					}
				}
				for m := n + 1; m < len(g.reqs) && from < 0; m++ {
					if len(g.reqs[m].rest) > 0 {
						from = m
					}
				}
				if from >= 0 {
					rest = g.reqs[from].rest
				}
			}
			it.guessed = !placeRest(row, rest, restCols, c)
			if from >= 0 {
				for _, col := range restCols {
					if row[col] != "" {
						it.spanned = append(it.spanned, spanCell{col, lines[g.reqs[from].at].N})
					}
				}
			}
			it.row = row
			*out = append(*out, it)
		}
	}
	return end, true
}

// shortPlaceRe is a place or a zone standing for its government or
// committee in a unit cell: 高新区, 经开区, 城关镇.
var shortPlaceRe = lazyRe(`^\p{Han}{1,5}(?:区|县|镇|乡|街道|园区)$`)

// parenNumberRe opens a requirement numbered in brackets: （1）公开….
var parenNumberRe = lazyRe(`^[（(]\s*(\d{1,2})\s*[）)]`)

// reqNumber is the number a requirement's cell opens with (1. or （1）),
// "" where it opens with none.
func reqNumber(t string) string {
	if m := taskRe.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	if m := parenNumberRe.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	return ""
}

// groupedCell says a line is a cell of the columns after the requirement:
// units, who leads and who helps, or a time.
func groupedCell(t string) bool {
	if u := cellDutyRe.ReplaceAllString(t, ""); u != t && (unitCellText(u) || sectionsCell(u)) {
		return true // 各科室、医疗保障事业管理中心按职责分工落实
	}
	return unitCellText(t) || respCell(t) || sectionsCell(t) || townNameRe.MatchString(t) && utf8.RuneCountInString(t) >= 3 || shortPlaceRe.MatchString(t) || timeCellText(t) || utf8.RuneCountInString(t) <= 12 && dateish.MatchString(t)
}

// cellDutyRe closes a unit cell with what the units do: 按职责分工落实.
var cellDutyRe = lazyRe(`(?:按职责分工落实|按职责落实|按职责分工负责|分别负责|负责落实|负责)[。；;]?$`)

// shareSectionRe is a bureau's 股 or 科 by its name, however long: 社会事务和
// 社会工作股, 基层政权和社区治理股.
var shareSectionRe = lazyRe(`^\p{Han}{2,12}[股科]$`)

// sectionsCell says a cell lists a bureau's own sections and offices
// (办公室、社会救助股、社会事务和社会工作股): every name short, each a
// body's or a section's.
func sectionsCell(t string) bool {
	parts := splitTop(strings.TrimRight(t, "。；; "), "、，,")
	if len(parts) == 0 || strings.ContainsAny(t, "：:；;") {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if utf8.RuneCountInString(p) > 16 || !(endsOrg(p) || Collective(p) || shareSectionRe.MatchString(p) && !workVerbRe.MatchString(p)) {
			return false
		}
	}
	return true
}

// placeRest puts a requirement's other cells in the columns after it: one
// to a column where they are as many; else each by what it holds (a time
// to the time limit's column, units to the first unit column still
// empty), reporting false where that was a guess.
func placeRest(row, rest []string, cols []int, c *columns) bool {
	if len(rest) == len(cols) {
		for k, col := range cols {
			row[col] = rest[k]
		}
		return true
	}
	for _, cell := range rest {
		placed := false
		for _, col := range cols {
			if row[col] != "" {
				continue
			}
			if col == c.due && (timeCellText(cell) || dateish.MatchString(cell)) || col != c.due && isUnitColumn(c, col) && !timeCellText(cell) {
				row[col], placed = cell, true
				break
			}
		}
		if !placed {
			return false
		}
	}
	return len(rest) == 0 || len(rest) == 1 && row[cols[0]] != "" && isUnitColumn(c, cols[0])
}
