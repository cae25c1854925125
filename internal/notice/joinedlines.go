package notice

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// A table a page ran together one row a line, with nothing between the
// cells (a yearbook's 表1):
//
//	序号项目名称责任单位
//	1切实解决市区低收入家庭住房困难,…60万平方米。市房管局
//	2对建军东路35号和城北小区等2个小区进行重点整治;…排水专项整治。市房管局
//	市建设局
//	亭湖区政府
//
// The header's cells are column names run together; each row opens with
// its number glued to its text, its first unit glued after the text's
// last full stop, and any more units stand one a line under it.

// joinedHeader splits a line of column names run together (序号项目名称
// 责任单位) into the names, when they make a task table's header whose
// first column is the 序号. Else nil.
func joinedHeader(s string) []string {
	s = trimLine(s)
	rs := []rune(s)
	if len(rs) > 30 || len(rs) < 6 || !strings.HasPrefix(s, "序号") || strings.ContainsAny(s, " |\t　") {
		return nil
	}
	// Every split into three column names; of those that make such a
	// header, the one whose longest name is shortest (序号|项目名称|责任单位,
	// not 序号|项目|名称责任单位).
	var head []string
	longest := 0
	var split func(rest []rune, names []string)
	split = func(rest []rune, names []string) {
		if len(rest) == 0 {
			if joinedHead(names) {
				l := 0
				for _, n := range names {
					l = max(l, utf8.RuneCountInString(n))
				}
				if head == nil || l < longest {
					head, longest = names, l
				}
			}
			return
		}
		if len(names) == 3 {
			return
		}
		for k := 2; k <= min(10, len(rest)); k++ {
			if name := string(rest[:k]); isColumnName(name) {
				split(rest[k:], append(names[:len(names):len(names)], name))
			}
		}
	}
	split(rs, nil)
	return head
}

// joinedHead says names make the header such a table's rows are read
// under: 序号, the work, and one column of who answers for it.
func joinedHead(names []string) bool {
	if len(names) != 3 || !numHead.MatchString(names[0]) {
		return false
	}
	c := tableHeader(names)
	return c != nil && c.num == 0 && c.content == 1 && (c.owners == 2 || c.lead == 2)
}

// joinedRowRe is such a row: its number glued to its text, and its first
// unit glued after the text's last full stop.
var joinedRowRe = lazyRe(`^(\d{1,3})([^\s.．、,，:：)）\d].*。)([^。，,；;：:\s（()）]{2,60})$`)

// joinedRestRe is such a row's text after its number: the text to its
// last full stop, the units after it.
var joinedRestRe = lazyRe(`^(\S.*。)([^。，,；;：:\s]{2,60})$`)

// joinedLineRows reads the rows under such a header from lines[i:],
// numbered from 1 in turn, appends them to out (number, text, units) and
// returns where they end. A row's unit cell holds its glued unit and each
// unit alone on a line under it. Rows stop at a line that is neither the
// next row nor a unit; a row whose units do not read as units' names ends
// them too.
func joinedLineRows(lines []Line, i int, c *columns, out *[]item) int {
	width := len(c.names)
	for next := 1; i < len(lines); next++ {
		// The row's number is the next one (2 before 100户…: row 2).
		t, num := trimLine(lines[i].Text), strconv.Itoa(next)
		if !strings.HasPrefix(t, num) {
			break
		}
		m := joinedRestRe.FindStringSubmatch(t[len(num):])
		if m == nil || !unitNames(m[2]) || strings.HasPrefix(m[1], "。") {
			break
		}
		units := []string{m[2]}
		j := i + 1
		for ; j < len(lines); j++ {
			u := trimLine(lines[j].Text)
			if utf8.RuneCountInString(u) > 20 || !unitNames(u) || joinedRowRe.MatchString(u) {
				break
			}
			units = append(units, u)
		}
		row := make([]string, width)
		row[c.num], row[c.content] = num, m[1]
		col := c.owners
		if col < 0 {
			col = c.lead
		}
		row[col] = strings.Join(units, CellBreak)
		*out = append(*out, item{line: lines[i], row: row})
		i = j
	}
	return i
}

// underJoinedRow says lines[k], a unit's name, stands under a row of a
// table run together one row a line, the lines between units too.
func underJoinedRow(lines []Line, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := trimLine(lines[j].Text)
		if m := joinedRowRe.FindStringSubmatch(t); m != nil && unitNames(m[3]) {
			return true
		}
		if utf8.RuneCountInString(t) > 20 || !unitNames(t) || signerRe.MatchString(t) {
			return false
		}
	}
	return false
}

// underRequirement says lines[k], a unit's name over the signature, is the
// unit cell of a grouped table's last requirement (工作任务 / 具体要求 /
// 责任单位 … 建成省级示范村3个。 / 县农业农村局 / XX县人民政府办公室): the
// line above it is a requirement's sentence, and such a header stands
// above, one cell a line.
func underRequirement(lines []Line, k int) bool {
	j := k - 1
	for units := 0; j >= 0; j-- {
		// (… / 县农业农村局 / 县乡村振兴局 / XX县人民政府办公室: the cell's
		// units one a line.)
		t := trimLine(lines[j].Text)
		if t == "" {
			continue
		}
		if units < 3 && utf8.RuneCountInString(t) <= 20 && unitNames(t) && !signingBodyRe.MatchString(t) {
			units++
			continue
		}
		break
	}
	if j < 0 || !strings.HasSuffix(trimLine(lines[j].Text), "。") || utf8.RuneCountInString(trimLine(lines[j].Text)) > 80 {
		return false
	}
	for i := 0; i+1 < j; i++ {
		if !requirementHeadRe.MatchString(trimLine(lines[i].Text)) {
			continue
		}
		for d := i + 1; d < j && d <= i+3; d++ {
			if h := trimLine(lines[d].Text); h != "" {
				return unitHeadRe.MatchString(h)
			}
		}
	}
	return false
}

// requirementHeadRe is a grouped table's column of what the work asks.
var requirementHeadRe = lazyRe(`^(?:具体要求|工作要求|目标要求|具体内容|工作标准)$`)

// unitHeadRe is a column of the units answering for it.
var unitHeadRe = lazyRe(`^(?:责任|牵头|落实|承办)(?:单位|部门|股室|科室|处室)(?:[（(][^（()）]{1,8}[）)])?$`)

// signingBodyRe is a body that signs a notice rather than a unit a row names:
// 中共某某县委办公室, 某某县人民政府办公室.
var signingBodyRe = lazyRe(`^中共|人民政府(?:办公室|办公厅)?$|委员会(?:办公室)?$|[省市县区]委(?:办公室|办公厅)?$`)
