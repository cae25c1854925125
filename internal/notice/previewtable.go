package notice

import (
	"slices"
	"strings"
	"unicode"

	"tally/internal/i18n"
)

// A document-sharing site's preview of a district office's letter and its
// table: the site's card over it (ID:38599304 / 大小:25.50 KB / 页数:3页 /
// 时间:2019-06-15, the page images' names …_第1页, 《…》由会员上传分享…),
// and the letter, its signature, its date, the table's title, its header
// cells and its rows run together on one line with nothing between them.

// docCardRe is a line of such a site's card: the document's id, size,
// page count and upload time, its page images' names, its blurb.
var docCardRe = lazyRe(`^(?:ID\s*[:：]\s*\d+|大小\s*[:：]\s*\d+(?:\.\d+)?\s*(?:KB|MB|K|M)|页数\s*[:：]\s*\d+\s*页|时间\s*[:：]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}|` +
	`.{2,80}_第\d+页|《.{2,80}》由会员上传分享.*)$`)

// runOnSignRe is the letter's end run on into its signature and date, and
// what follows them: …圆满完成工作任务。开福区文明办2016年6月23日开福区….
var runOnSignRe = lazyRe(`。(\p{Han}{2,24}?(?:办|局|委|委员会|政府|办公室|中心|部|会))((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(\p{Han}.+)$`)

// runOnHeadRe is a table's title run on into its header cells, the rows
// after them: 开福区深化文明社区建设责任分解表 项目名称 具体标准 责任单位
// with nothing between. A project's column may come first; the unit's
// column is the last, so that each row ends with its units.
var runOnHeadRe = lazyRe(`^(\p{Han}.{3,40}?(?:表|清单))((?:项目名称|任务名称|工作项目)?)(具体标准|工作标准|建设标准|工作内容|具体内容|工作任务|目标任务|具体措施|工作措施|任务内容|考核内容|主要任务)(责任单位|牵头单位|责任部门)(.+)$`)

// previewRunOn parts such a line into the letter, its signature, its date,
// the table's title, and the table's rows (cells apart by tabs): each row
// is its text up to a full stop the units' names follow, and those units.
// A project's name merged over the rows, running before the first row's
// text as a word the table's title holds, goes on a line of its own. The
// rows' places are read from words run together: their owners are listed
// (n.runOn).
func (n *Notice) previewRunOn(lines []Line) []Line {
	for i, l := range lines {
		t := trimLine(l.Text)
		m := runOnSignRe.FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		h := runOnHeadRe.FindStringSubmatch(t[m[6]:])
		if h == nil {
			continue
		}
		rows := runOnRows(h[5])
		if len(rows) < 2 {
			continue
		}
		out := []Line{{l.N, t[:m[0]+len("。")]}, {l.N, t[m[2]:m[3]]}, {l.N, t[m[4]:m[5]]}, {l.N, h[1]}}
		if h[2] != "" {
			// The project's cell, merged over the rows: before the first
			// row's text, a word of the table's title.
			rs := []rune(rows[0][0])
			for k := min(len(rs)-4, 20); k >= 4; k-- {
				if p := string(rs[:k]); strings.Contains(h[1], p) {
					out = append(out, Line{l.N, p})
					rows[0][0] = string(rs[k:])
					break
				}
			}
		}
		out = append(out, Line{l.N, h[3] + "\t" + h[4]})
		for _, r := range rows {
			out = append(out, Line{l.N, r[0] + "\t" + r[1]})
		}
		if n.runOn == nil {
			n.runOn = map[int]bool{}
		}
		n.runOn[l.N] = true
		return slices.Concat(lines[:i], out, lines[i+1:])
	}
	return lines
}

// runOnRows reads rows of text and units run together: each row's text
// ends at a full stop that units' names follow (区教育局、各街道), the next
// row's text starting right after the last name. Where the last name can
// be cut more ways, a name given whole elsewhere in the table (before a
// 、 or at the line's end) is taken, else the shortest.
func runOnRows(s string) [][2]string {
	rs := []rune(s)
	known := map[string]bool{}
	for _, seg := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '。' || r == '，' || r == ',' }) {
		if len([]rune(seg)) <= 12 && rowUnit(seg) {
			known[seg] = true
		}
	}
	var rows [][2]string
	start := 0
	for p := 0; p < len(rs); p++ {
		if rs[p] != '。' {
			continue
		}
		units, end := unitsAt(rs, p+1, known)
		if units == nil {
			continue
		}
		rows = append(rows, [2]string{string(rs[start : p+1]), strings.Join(units, "、")})
		start, p = end, end-1
	}
	if start < len(rs) {
		return nil // text left over that no units close: no table read so
	}
	return rows
}

// unitsAt reads units' names apart by 、 from rs[i:]: each before a 、 a
// whole name, the last cut where a name ends. It returns them and where
// they end; nil where no name starts there.
func unitsAt(rs []rune, i int, known map[string]bool) ([]string, int) {
	var units []string
	for i < len(rs) {
		j := i
		for j < len(rs) && j-i <= 16 && rs[j] != '、' && rs[j] != '。' && rs[j] != '，' && rs[j] != ',' && unicode.Is(unicode.Han, rs[j]) {
			j++
		}
		if j < len(rs) && rs[j] == '、' && rowUnit(string(rs[i:j])) {
			units = append(units, string(rs[i:j]))
			i = j + 1
			continue
		}
		if j == len(rs) && rowUnit(string(rs[i:j])) {
			return append(units, string(rs[i:j])), j
		}
		// The last name, the next row's text run on after it.
		cut := -1
		for k := i + 2; k <= min(j, i+12); k++ {
			if name := string(rs[i:k]); rowUnit(name) {
				if known[name] {
					cut = k
					break
				}
				if cut < 0 {
					cut = k
				}
			}
		}
		if cut < 0 || len(rs)-cut < 6 && cut < len(rs) {
			return nil, i
		}
		return append(units, string(rs[i:cut])), cut
	}
	return nil, i
}

// rowUnit is a unit's name as a table's cell gives it: a body's, a
// collective's (各街道), or a people's organisation's short form (区妇联).
func rowUnit(s string) bool {
	if len([]rune(s)) < 2 || len([]rune(s)) > 20 {
		return false
	}
	return endsBody(s) || Collective(s) || rowUnitEndRe.MatchString(s)
}

// rowUnitEndRe ends the short forms of units a table writes: 区妇联, 团区委,
// 各街道, 社区, 市容大队.
var rowUnitEndRe = lazyRe(`^\p{Han}{1,10}(?:妇联|团委|残联|科协|工会|街道|社区|大队|中队|支队|站|所)$`)

// reviewRunOn lists the owners of the rows read from a line run together.
func (n *Notice) reviewRunOn() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		if n.runOn[t.Line] {
			t.reviewOnce("owners", t.Line, i18n.F("这一行的表格各栏连在了一起（网页预览），责任单位是按句号后的单位名称分出的；请核对",
				"the table's cells ran together on this line (a web preview): the owners were parted after a full stop by their names; check them"))
		}
	}
}
