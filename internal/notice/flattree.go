package notice

import (
	"strings"
	"unicode/utf8"

	"tally/internal/i18n"
)

// A progress table flattened one cell a line whose rows nest, as a
// district's table of livelihood projects is drawn: groups numbered 一,
// 二 in the 序号 column, each with its 牵头单位 and a count cell merged
// over the group's rows (served once, on its first row); projects (一)(二)
// in the 项目名称 column, and under a project its sub-projects 1. 2.; each
// project or sub-project with its own 业主单位 cell and progress cells
// after it, runs of empty cells between (||, |||||). The rows hold as many
// cells as the merges leave them, so they are read by what each cell is,
// not by position:
//
//	序号 | 牵头单位 | …数量 | 项目名称 | 业主单位 | 本月进展情况 |
//	一 | / 区住建局 | / 区政府民生实事项目(1个) | / (一)“打通断头路…” |
//	1.文化中心北路 | / 区城投 | / 已完工 | / | / 2.乐业路 | / 区城管局 | …
//
// The tasks are the projects and sub-projects that carry their own unit
// cell (a project over sub-projects is their heading); the group's lead
// leads each, carried, and listed, where the task's row does not hold it.

// treeGroupRe is a group's number alone in the 序号 cell: 一, 十二.
var treeGroupRe = lazyRe(`^[一二三四五六七八九十]{1,3}$`)

// treeRows reads such a table from lines[i:], right after its header c,
// into its tasks' rows (under the header's own columns) and its headings
// (a group's, a project's over sub-projects), and returns where it ends.
// ok is false, and nothing is read, where the lines after the header are
// no such table: the first row's cell must be a group's bare number, its
// next the unit leading it.
func treeRows(lines []Line, i int, c *columns) (rows []item, end int, ok bool) {
	if c == nil || c.noNum || c.num != 0 || c.lead < 0 || c.owners < 0 || c.content < 0 || c.owners <= c.lead+1 {
		return nil, i, false
	}
	if work := squeezeSpace(c.names[c.owners-1]); !nameHead.MatchString(work) && !contentHead.MatchString(work) {
		// The column before the units' names the work: 项目名称.
		return nil, i, false
	}
	type cell struct {
		text string
		line Line
	}
	var cells []cell
	j := i
	for ; j < len(lines); j++ {
		t := pipeSeps.Replace(lines[j].Text)
		if strings.Trim(t, "| \u3000") == "" && strings.Contains(t, "|") {
			continue // empty cells: ||, |||||, a lone |
		}
		v, isCell := flatCell(lines[j].Text)
		if !isCell {
			break
		}
		cells = append(cells, cell{v, lines[j]})
	}
	// The header's second level (本月进展情况 over 前期手续 / 在建形象进度)
	// stands before the first group.
	k := 0
	for k < len(cells) && k < 6 && !treeGroupRe.MatchString(cells[k].text) {
		if rowStart(cells[k].text) {
			return nil, i, false
		}
		k++
	}
	if k >= len(cells) || k == 6 || k+1 >= len(cells) || !endsOrg(cells[k+1].text) {
		return nil, i, false
	}
	width := len(c.names)
	var lead string
	var leadLine int
	first := false   // the next task is the group's first row, which holds the lead's cell
	var project cell // a project, until its next cell says whether it is a task or a heading
	for ; k < len(cells); k++ {
		ce := cells[k]
		switch {
		case treeGroupRe.MatchString(ce.text) && k+1 < len(cells) && endsOrg(cells[k+1].text):
			lead, leadLine, first = cells[k+1].text, cells[k+1].line.N, true
			head := ce.text + "、" + lead
			k++
			if k+1 < len(cells) && !rowStart(cells[k+1].text) && !endsOrg(cells[k+1].text) {
				// The group's count cell (区政府民生实事项目(1个)) names it.
				head += " " + cells[k+1].text
				k++
			}
			rows = append(rows, item{line: ce.line, row: []string{head}})
		case subRe.MatchString(ce.text) || taskRe.MatchString(ce.text):
			if lead == "" {
				return nil, i, false
			}
			if k+1 < len(cells) && taskRe.MatchString(cells[k+1].text) && subRe.MatchString(ce.text) {
				// (一)… over 1.…: the project is its sub-projects' heading.
				rows = append(rows, item{line: ce.line, row: []string{ce.text}})
				project = ce
				continue
			}
			owned := k+1 < len(cells) && !rowStart(cells[k+1].text) && !treeGroupRe.MatchString(cells[k+1].text)
			if !owned && len(rows) == 0 {
				return nil, i, false // a task with no unit cell: not this table
			}
			m := taskRe.FindStringSubmatch(ce.text)
			if m == nil {
				m = subRe.FindStringSubmatch(ce.text)
				project = cell{}
			}
			row := make([]string, width)
			row[c.num] = m[1]
			row[c.lead] = lead
			row[c.content] = m[2]
			it := item{line: ce.line, row: row}
			if owned {
				row[c.owners], it.treeNote = treeUnits(cells[k+1].text)
				k++
			} else {
				// A row cut short before its unit cell (a copy cut inside
				// it): the task, with its group's lead, listed.
				it.treeCut = true
			}
			if !first {
				it.treeLead = leadLine
			}
			first = false
			if project.text != "" && taskRe.MatchString(ce.text) {
				it.parent = project.text
			}
			rows = append(rows, it)
		}
	}
	if len(rows) == 0 {
		return nil, i, false
	}
	return rows, j, true
}

// rowStart is a cell that opens a row of such a table: a project (一) or a
// sub-project 1..
func rowStart(s string) bool {
	return subRe.MatchString(s) || taskRe.MatchString(s)
}

// treeNoteRe is a unit cell closing with a note in brackets: the company
// that builds for the unit (区教体局(区国资公司代建)), what the project is
// (南昌市政大道房地产有限公司(开发商配建学校项目)).
var treeNoteRe = lazyRe(`^(.+?)\s*([（(][^（()）]+[）)])$`)

// treeUnits reads a unit cell of such a table: a note in brackets after
// the unit is cut off and given apart, to be listed; names apart by
// spaces, each a unit's (区城管局 区水投: the second a body's short name,
// its place written as the first's), are a list.
func treeUnits(s string) (units, note string) {
	s = strings.TrimSpace(s)
	if m := treeNoteRe.FindStringSubmatch(s); m != nil && (endsOrg(m[1]) || strings.HasSuffix(m[1], "公司")) {
		s, note = m[1], m[2]
	}
	parts := strings.Fields(s)
	if len(parts) < 2 || !endsOrg(parts[0]) {
		return s, note
	}
	place, _ := utf8.DecodeRuneInString(parts[0])
	for _, p := range parts[1:] {
		if r, _ := utf8.DecodeRuneInString(p); utf8.RuneCountInString(p) < 3 || !endsOrg(p) && r != place {
			return s, note
		}
	}
	return strings.Join(parts, "、"), note
}

// treeReview lists a task of such a table whose lead was carried from
// its group's merged cell, or whose unit cell held a note in brackets.
func (n *Notice) treeReview(t *Task) {
	if t.raw.treeLead > 0 {
		for _, f := range []string{"owners", "lead"} {
			t.review(f, t.Line, atF(n.At(t.raw.treeLead), "表格这一行没有“牵头单位”一格，已沿用本组第一行（{at}）合并单元格中的牵头单位；请核对",
				"this table row holds no 牵头单位 cell; the lead in the cell merged over its group, at {at}, was taken: check it"))
		}
	}
	if t.raw.treeCut {
		t.review("owners", t.Line, atF(n.At(t.Line), "表格{at}的这一行没有单位一格，可能被截断：请补上责任单位",
			"the row at {at} ends before its unit cell, perhaps cut short: add its owners"))
	}
	if t.raw.treeNote != "" {
		t.review("owners", t.Line, i18n.F("单位一格后面括号里写有“%s”，未列为责任单位；请核对是否也应负责",
			"the unit cell closes with %q in brackets, not made an owner: check whether it answers too", t.raw.treeNote))
	}
}
