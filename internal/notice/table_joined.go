package notice

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables a document site's preview ran together in one line: the cells of
// a header and its rows with nothing between them, read from each row's
// ends (its number, its unit and leader columns).

// joinedHeadRe is a task table's header whose cells a document site's
// preview ran together, its rows after it on the same line, with nothing
// between the cells: 序号, then the projects' names (项目名称), …, then a
// unit's column and a leader's last (…牵头协调部门牵头区领导). Read from its
// ends, such a row gives its project, its unit and its leaders.
var joinedHeadRe = lazyRe(`序号项目名称[\p{Han}\d]{0,40}?((?:牵头|责任|主办|承办|主管|协调)\p{Han}{0,4}?(?:单位|部门))((?:牵头|责任|分管|联系|包保|挂点|挂钩|包抓|协调)(?:[省市县区镇乡旗]|市县|县区)?(?:级)?领导)`)

// joinedRow is a row of such a table: its number, its project's name,
// the cells between (run together as the copy gives them), its unit and
// its persons.
type joinedRow struct {
	num                         int
	name, middle, unit, persons string
}

// levelRunes start a unit's name: its level.
const levelRunes = "省市县区州镇乡旗"

// joinedTable reads such a line: the unit's and the leader's columns and
// each row, numbered in turn from 1 (a total's row before them is none).
// A row is its number and its text up to the next one's; its project's
// name ends at the first 项目 or 工程; its last words are the leaders'
// names (one or two names of two or three characters) after the unit's
// name, a public body's, which starts at the last level (区, 市 …) before
// the word that ends it. Where a
// row cannot be read so, no row is: nil.
func joinedTable(t string) (unitCol, leaderCol string, rows []joinedRow) {
	loc := joinedHeadRe.FindStringSubmatchIndex(t)
	if loc == nil {
		return "", "", nil
	}
	unitCol, leaderCol = t[loc[2]:loc[3]], t[loc[4]:loc[5]]
	rs := []rune(t[loc[1]:])
	isHan := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	// starts[k-1] is where row k's number stands.
	var starts []int
	for k, from := 1, 0; k < 1000; k++ {
		key := []rune(strconv.Itoa(k))
		at := -1
		for i := from; i+len(key) < len(rs); i++ {
			if string(rs[i:i+len(key)]) == string(key) && (i == 0 || !unicode.IsDigit(rs[i-1])) && isHan(rs[i+len(key)]) {
				at = i
				break
			}
		}
		if at < 0 {
			break
		}
		starts = append(starts, at)
		from = at + len(key)
	}
	for k, at := range starts {
		end := len(rs)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		text := strings.TrimSpace(string(rs[at+len([]rune(strconv.Itoa(k+1))) : end]))
		r, ok := readJoinedRow(text)
		if !ok {
			return "", "", nil
		}
		r.num = k + 1
		rows = append(rows, r)
	}
	return unitCol, leaderCol, rows
}

// readJoinedRow reads a row's text of a table run together: see
// joinedTable.
func readJoinedRow(text string) (joinedRow, bool) {
	i := strings.Index(text, "项目")
	if j := strings.Index(text, "工程"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || utf8.RuneCountInString(text[:i]) > 40 {
		return joinedRow{}, false
	}
	name, rest := text[:i+len("项目")], []rune(text[i+len("项目"):])
	for p := len(rest) - 2; p >= 3 && len(rest)-p <= 6; p-- {
		persons := string(rest[p:])
		if len(rest)-p == 5 || !isHanRun(persons) || endsOrg(persons) || !officeEndRe.MatchString(string(rest[:p])) {
			// Names of two or three characters, one or two of them.
			continue
		}
		for j := p - 3; j >= 0 && j >= p-12; j-- {
			if strings.ContainsRune(levelRunes, rest[j]) {
				return joinedRow{name: name, middle: string(rest[:j]), unit: string(rest[j:p]), persons: persons}, true
			}
		}
		return joinedRow{}, false
	}
	return joinedRow{}, false
}

// officeEndRe ends the name of a public body that a task table names as
// a row's unit: a bureau, a committee, an office, a centre (not the
// company building the project, 市兴城公司).
var officeEndRe = lazyRe(`(?:局|委|办|厅|中心|政府|管委会|办事处|院|站|馆|所|队)$`)

// isHanRun says s is Han characters and nothing else.
func isHanRun(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// splitJoinedNames splits persons' names run together with nothing
// between them where their count of characters says how: four are two
// names of two, six two of three (王天刚郭代辉); others stay as they are.
func splitJoinedNames(s string) string {
	r := []rune(s)
	switch len(r) {
	case 4:
		return string(r[:2]) + "、" + string(r[2:])
	case 6:
		return string(r[:3]) + "、" + string(r[3:])
	}
	return s
}

// A task table whose cells a document preview ran together, with units in
// two columns: 序号主要工作任务第一责任单位主要责任单位 then rows 1地区生产总值…。
// 市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区2服务业…, the units of
// the first column run into those of the second (nothing between them),
// the page's markers (—2—) and category headings (二、产业优化升级) run on
// between the rows.

// joinedUnitsHeadRe is such a table's header: 序号, the work's column and
// two columns of units.
var joinedUnitsHeadRe = lazyRe(`序号(\p{Han}{0,4}(?:任务|内容|目标|举措|措施|事项))(?:\p{Han}{0,4}?(?:目标|任务|指标))?(\p{Han}{0,4}?(?:单位|部门))(\p{Han}{0,4}?(?:单位|部门))?(?:备注)?`)

// joinedUnitsRow is a row of such a table: the headings before it, its
// number and text, and its units in the first column and in the second.
type joinedUnitsRow struct {
	headings     []string
	num          int
	text         string
	first, other string
}

// pageMarkRe is a page's number marker a preview leaves in its text: —2—.
var pageMarkRe = lazyRe(`[—－-]\s*\d{1,3}\s*[—－-]`)

// trailingHeadingRe is a category heading run on at a row's end: 二、产业优化升级.
var trailingHeadingRe = lazyRe(`([一二三四五六七八九十]{1,3}、\p{Han}{2,15})$`)

// joinedUnitsTable reads a line holding such a table: the text before
// its header, its columns' names and its rows, numbered in turn from 1.
// A row's units are the longest run at its end that reads as units' names
// (the separated ones whole, the first run together split into names
// that each start with their level); the first column's are all of that
// run's names but its last, which opens the second column's list. Where
// a row cannot be read so, no row is: nil.
func joinedUnitsTable(t string) (head string, cols [2]string, rows []joinedUnitsRow) {
	loc := joinedUnitsHeadRe.FindStringSubmatchIndex(t)
	if loc == nil {
		return "", cols, nil
	}
	head, cols = t[:loc[0]], [2]string{t[loc[4]:loc[5]], ""}
	if loc[6] >= 0 {
		cols[1] = t[loc[6]:loc[7]]
	}
	rs := []rune(pageMarkRe.ReplaceAllString(t[loc[1]:], ""))
	var starts []int
	for k, from := 1, 0; k < 1000; k++ {
		key := []rune(strconv.Itoa(k))
		at := -1
		for i := from; i+len(key) < len(rs); i++ {
			if string(rs[i:i+len(key)]) == string(key) && (i == 0 || !unicode.IsDigit(rs[i-1])) && unicode.Is(unicode.Han, rs[i+len(key)]) &&
				!strings.ContainsRune("年月日号时个项万亿元倍", rs[i+len(key)]) {
				// (2021年2月底前: a date, not row 2.)
				at = i
				break
			}
		}
		if at < 0 {
			break
		}
		starts = append(starts, at)
		from = at + len(key)
	}
	if len(starts) < 2 {
		return "", cols, nil
	}
	headings := func(s string) (string, []string) {
		var hs []string
		for {
			s = strings.TrimSpace(s)
			m := trailingHeadingRe.FindStringSubmatchIndex(s)
			if m == nil {
				break
			}
			hs = append([]string{s[m[2]:m[3]]}, hs...)
			s = s[:m[0]]
		}
		return s, hs
	}
	_, before := headings(string(rs[:starts[0]]))
	for k, at := range starts {
		end := len(rs)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		text, next := headings(string(rs[at+len([]rune(strconv.Itoa(k+1))) : end]))
		body, first, other, ok := splitRowUnits(text)
		if !ok {
			return "", cols, nil
		}
		rows = append(rows, joinedUnitsRow{headings: before, num: k + 1, text: body, first: first, other: other})
		before = next
	}
	return head, cols, rows
}

// splitRowUnits splits a row's text from the units' names at its end: see
// joinedUnitsTable.
func splitRowUnits(s string) (text, first, other string, ok bool) {
	// The elements of the units' list, apart by 、 or , outside brackets,
	// and where each starts.
	var parts []string
	var at []int
	depth, from := 0, 0
	for i, r := range s {
		switch {
		case strings.ContainsRune("（(", r):
			depth++
		case strings.ContainsRune("）)", r) && depth > 0:
			depth--
		case depth == 0 && strings.ContainsRune("、,，", r):
			parts, at = append(parts, s[from:i]), append(at, from)
			from = i + utf8.RuneLen(r)
		}
	}
	parts, at = append(parts, s[from:]), append(at, from)
	// The whole elements at the end that are units' names.
	k := len(parts) - 1
	for k > 0 && listedUnit(parts[k]) {
		k--
	}
	// The element before them: the text, then names run together.
	lead := []rune(parts[k])
	names, cut := joinedNames(lead)
	if len(names) == 0 {
		return "", "", "", false
	}
	rest := ""
	if k+1 < len(parts) {
		rest = s[at[k+1]:]
	}
	text = strings.TrimSpace(s[:at[k]] + string(lead[:cut]))
	if text == "" {
		return "", "", "", false
	}
	if len(names) == 1 {
		return text, names[0], rest, rest != ""
	}
	other = names[len(names)-1]
	if rest != "" {
		other += "、" + rest
	}
	return text, strings.Join(names[:len(names)-1], "、"), other, true
}

// listedUnit is an element of a units' list: a unit's name, or a place's
// zone or body written without its level (嘉兴港区, 嘉兴电力局).
func listedUnit(p string) bool {
	p = openTailRe.ReplaceAllString(p, "") // 市文广旅局等部门
	if p == "" || utf8.RuneCountInString(p) > 20 || strings.ContainsAny(p, "。；;：:") {
		return false
	}
	return unitList(p) || Collective(p) || isHanRun(p) && utf8.RuneCountInString(p) <= 12 && strings.ContainsRune("区局委办厅院所站队会部处室团社司行联", []rune(p)[utf8.RuneCountInString(p)-1])
}

// joinedNames splits the longest run of units' names run together at the
// end of s, each starting with its level (市科技局市发展改革委), into the
// most names; it gives them and where the run starts.
func joinedNames(s []rune) ([]string, int) {
	n := len(s)
	// best[i]: the most names s[i:] splits into, -1 where it does not.
	best := make([]int, n+1)
	cut := make([]int, n+1)
	for i := n - 1; i >= 0; i-- {
		best[i] = -1
		if !strings.ContainsRune(levelRunes+"各", s[i]) {
			continue
		}
		for j := i + 2; j <= n && j-i <= 20; j++ {
			if best[j] < 0 && j < n {
				continue
			}
			p := string(s[i:j])
			if !unitList(p) || strings.ContainsAny(p, "、,，。；;") && !strings.ContainsAny(p, "（(") {
				continue
			}
			v := 1
			if j < n {
				v += best[j]
			}
			if v > best[i] {
				best[i], cut[i] = v, j
			}
		}
	}
	if n > 0 {
		best[n] = 0
	}
	for i := 0; i < n; i++ {
		if best[i] > 0 {
			var names []string
			for k := i; k < n; k = cut[k] {
				names = append(names, string(s[k:cut[k]]))
			}
			return names, i
		}
	}
	return nil, 0
}
