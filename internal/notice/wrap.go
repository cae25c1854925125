package notice

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stage 1, before items are read: lines a copy out of a PDF broke inside a
// sentence are joined again. A PDF's text comes out one printed line to a
// line: a paragraph broken every 28 characters or so, a bracket of who is
// responsible opened on one line and closed on the next
// ([牵头单位:县发改局(粮食 / 局);责任单位:…]), a number cut in two (增长1 /
// 6%). Read as they are, the halves give names with half a bracket
// (嘉鱼经济开发区]), a label the item's bracket lost and a task lost.
//
// A line is joined to the one before it where
//   - it opens with a mark no line of Chinese text opens with (，、。；)):
//     the sentence goes on;
//   - the line before opens a bracket it does not close, and this line
//     closes it, or the line after this one does: the bracket goes on;
//   - the line before ends at a label of who is responsible after other
//     fields (…;配合单位:), or inside a label's word (…;责任单 / 位:):
//     the field goes on;
//   - it opens with a quantity (3.5%, 1.2万, 2.0版, 3、4月份) and the line
//     before, a sentence's part, stops inside it: no item is numbered so;
//   - the line before reaches the text's printed width and stops inside a
//     sentence (at a character, a digit, 、, ， or a document number's
//     year 〔2022〕), and this line starts no
//     item, label, date or attachment, is not indented as a paragraph
//     opens, and is no closing request (请各…) or signature over a date
//     after a list of owners: the page broke the line there.
//
// A page's number alone (3, 3/8) between a sentence's halves is dropped.
//
// The printed width is read from the text itself, in half-width columns
// (a Chinese character two, a digit one, a line's indent counted): of
// the widths most lines that stop inside a sentence have, the first
// where at least four
// pairs of such lines follow each other, the first of each holding a
// comma or a stop (a paragraph broken over five lines, or a few shorter
// ones), or six such lines of just that width (a list of short items),
// or three of it or a mark more where no line is longer (a short copy).
// A text of whole
// paragraphs (a web page's, a clean copy's) has no such width and only
// the first three rules apply to it.

// wrapOpenRe is a line that opens with a mark that only goes on a
// sentence: a comma, an enumeration comma, a stop, a semicolon or a
// closing bracket. (A table's cell of % alone is a unit, not one.)
var wrapOpenRe = lazyRe(`^[，,、。；;）)\]】〕]`)

// joinWrapped joins the lines a PDF's copy broke inside a sentence.
func joinWrapped(lines []Line) []Line { return joinWrappedIndented(lines, nil) }

// joinWrappedIndented is joinWrapped for lines whose indent was trimmed:
// indent[i] is how wide the spaces before lines[i] were, in half-width
// columns (nil where none is known). A printed line's width counts its
// indent, and a line indented more than the text's broken lines go on is
// a new paragraph.
func joinWrappedIndented(lines []Line, indent []int) []Line {
	ind := func(i int) int {
		if i < len(indent) {
			return indent[i]
		}
		return 0
	}
	widths := make([]int, len(lines))
	for i, l := range lines {
		widths[i] = ind(i) + printColumns(trimLine(l.Text))
	}
	width := wrapWidth(lines, widths)
	cont := contIndent(lines, widths, width, ind)
	var out []Line
	var cur joining
	flush := func() {
		if len(cur.parts) > 0 {
			out = append(out, Line{cur.n, strings.Join(cur.parts, "")})
		}
	}
	for i, l := range lines {
		t := trimLine(l.Text)
		if len(cur.parts) > 0 && i+1 < len(lines) && barePageRe.MatchString(t) && betweenHalves(&cur, lines, i, width) {
			// A page's number alone (3, 3/8) between a sentence's two
			// halves is no part of it.
			continue
		}
		after := ""
		if i+1 < len(lines) {
			after = trimLine(lines[i+1].Text)
		}
		if len(cur.parts) > 0 && cur.continues(t, after, width, width > 0 && ind(i) >= cont+2) {
			cur.parts[len(cur.parts)-1] = strings.TrimRight(cur.parts[len(cur.parts)-1], " \t\u3000\u00a0")
			cur.add(t, widths[i])
			continue
		}
		flush()
		cur = joining{n: l.N, table: tableLike(l.Text)}
		cur.parts = append(cur.parts, l.Text)
		cur.last, cur.lastWidth, cur.depth = t, widths[i], bracketDepth(t)
	}
	flush()
	return out
}

// betweenHalves says lines[i] stands between two halves of a sentence:
// the line before stops inside it and the line after goes on it, or the
// line before ends in a label's colon (（牵头单位： / 3 / 市委组织部，…) and
// the line after is text; or between a paragraph a page broke over
// lines, ended, and the next item.
func betweenHalves(cur *joining, lines []Line, i, width int) bool {
	next, after := trimLine(lines[i+1].Text), ""
	if i+2 < len(lines) {
		after = trimLine(lines[i+2].Text)
	}
	if strings.HasSuffix(cur.last, "。") && len(cur.parts) > 1 && leadNumberRe.MatchString(next) && !barePageRe.MatchString(next) {
		// …牵头实施。 / 1 / （二）…: a paragraph broken over lines ends, a
		// page's number under it, the next item over the page.
		return true
	}
	if strings.HasSuffix(cur.last, "：") || strings.HasSuffix(cur.last, ":") {
		r, _ := utf8.DecodeRuneInString(next)
		return unicode.Is(unicode.Han, r) && !startsOwnLine(next)
	}
	return stopsInside(cur.last) && cur.continues(next, after, width, false)
}

// barePageRe is a page's number printed alone, maybe over the page
// count: 3, 3/8.
var barePageRe = lazyRe(`^\d{1,3}(?:\s*/\s*\d{1,3})?$`)

// printColumns is how many half-width columns s takes in print: a Chinese
// character or mark two, a digit, a Latin letter or a half-width mark one.
func printColumns(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x2000 {
			n++
		} else {
			n += 2
		}
	}
	return n
}

// contIndent is the indent the lines a page broke go on with: the most
// common one of the lines after a full line stopping inside a sentence.
// A PDF's paragraph opens indented and goes on at the margin.
func contIndent(lines []Line, widths []int, width int, ind func(int) int) int {
	if width == 0 {
		return 0
	}
	count := map[int]int{}
	for i := 0; i+1 < len(lines); i++ {
		if fullLine(widths[i], width) && stopsInside(trimLine(lines[i].Text)) {
			count[ind(i+1)]++
		}
	}
	best, most := 0, 0
	for n, c := range count {
		if c > most || c == most && n < best {
			best, most = n, c
		}
	}
	return best
}

// joining is a line being joined: its pieces, the last of them as read,
// how many brackets it leaves open, and whether it is a table's row.
type joining struct {
	n         int
	parts     []string
	last      string
	lastWidth int
	depth     int
	table     bool
}

func (j *joining) add(t string, width int) {
	j.parts = append(j.parts, t)
	j.last, j.lastWidth = t, width
	j.depth += bracketDepth(t)
}

// labelOpen says the line stops at a label's colon inside a bracket:
// （牵头领导：谢瑞武，责任单位：.
func (j *joining) labelOpen() bool {
	return j.depth > 0 && (strings.HasSuffix(j.last, "：") || strings.HasSuffix(j.last, ":"))
}

// continues says whether next goes on the line joined so far: see
// joinWrapped. after is the line after next; indented says next is
// indented as a paragraph opens.
func (j *joining) continues(next, after string, width int, indented bool) bool {
	if next == "" || j.table || tableLike(next) {
		return false
	}
	if wrapOpenRe.MatchString(next) {
		return true
	}
	if quantityHeadRe.MatchString(next) && !itemYearHeadRe.MatchString(next) && stopsInside(j.last) && utf8.RuneCountInString(j.last) >= minWrapWidth {
		// 3.5%左右, 1.2万个, 3、4月份, 2.0版 at a line's head go on the
		// sentence broken before them: no item is numbered so.
		return true
	}
	if splitLabel(j.last, next) {
		// 问题整改责任单位：市卫生健康委员会 整改 / 时限：5天: a label
		// after a space on the line, broken inside it.
		return true
	}
	if pushedBracket(j.last, next) {
		return true
	}
	if brokenLabel(j.last, next) {
		// 责任领导:…;责任单 / 位:相关镇街区: a label broken inside its word.
		return true
	}
	if startsOwnLine(next) {
		return false
	}
	if labelEndRe.MatchString(j.last) && namesLine(next) && (after == "" || !isDateLine(after)) {
		// …责任单位:总部办、科技局;配合单位: / 经贸局、国土资源局。: a
		// line ending at a label after the labels before it, its value
		// on the next line.
		return true
	}
	if cellGoesOn(j.last, next) {
		return true
	}
	if respLineRe.MatchString(trimLine(j.parts[0])) && (stopsInside(j.last) || placeBracketEndRe.MatchString(j.last)) && ownersGoOn(j.last, next) {
		// 责任部门：…、市审计局配 / 合。, 责任单位：…、海曙自然资源规划 /
		// 分局、古林镇…, 各县（市） / 区政府、…: a list of owners broken
		// where no width is read, or after a bracket inside a name.
		return true
	}
	if j.depth > 0 && bracketDepth(next) < 0 {
		return true
	}
	if j.depth > 0 && bracketDepth(next) == 0 && after != "" && bracketDepth(after) < 0 && !startsOwnLine(after) && (stopsInside(j.last) || j.labelOpen()) {
		// A bracket over three lines ((牵头领导：曹 / 俊杰，牵头单位：… /
		// 教育局…)): its middle line goes on it, a label and all.
		return true
	}
	if width == 0 && brokenSentenceRe.MatchString(j.last) && !startsOwnLine(next) && !respLineRe.MatchString(next) &&
		!labelAloneRe.MatchString(next) && !shortLabelRe.MatchString(next) && sentenceEndRe.MatchString(next) {
		// …牵头部门：市民政局。生活无着人员社会 / 救助，市本级完成进度较慢。:
		// a sentence begun after a stop runs to the line's end, and the
		// next line ends it, where no width is read.
		return true
	}
	if width == 0 && len(j.parts) == 1 && startsOwnLine(j.last) && !strings.ContainsAny(j.last, "。；;") && stopsInside(j.last) &&
		utf8.RuneCountInString(j.last) >= minWrapWidth && !startsOwnLine(next) && sentenceEndRe.MatchString(next) && byWhomRe.MatchString(j.last+next) {
		// （二）人员密集场所、高层建筑、出租房等安 / 全检查由叶晓挺同志负责牵头实施。:
		// an item's one sentence broken before it says who does it, or inside.
		return true
	}
	if width == 0 || indented || !fullLine(j.lastWidth, width) || !stopsInside(j.last) && !j.labelOpen() {
		return false
	}
	if j.wholeTitle() || j.overRecipients(next) || j.pageLine() {
		// 西安市人民政府办公厅关于印发…工作方案的通知 / 市政办函〔2024〕26号:
		// a title on its line, as wide as a PDF's lines, takes no more.
		return false
	}
	if endsTitle(j.last) && (strings.HasSuffix(next, "：") || strings.HasSuffix(next, ":")) {
		// A title at the printed width (…的通知), then its recipients
		// (各乡镇人民政府，县政府各部门：).
		return false
	}
	if respLineRe.MatchString(trimLine(j.parts[0])) && (closingRe.MatchString(next) || after != "" && isDateLine(after)) {
		// A list of owners at the printed width is followed by the
		// notice's closing request (请各单位…) or its signature over its
		// date, not by the rest of a name.
		return false
	}
	// A label opens a line of its own (责任单位:…, 发布机构:…), unless a
	// bracket holds it.
	return j.depth > 0 || !respLineRe.MatchString(next) && !labelAloneRe.MatchString(next) && !shortLabelRe.MatchString(next)
}

// splitLabel says a label begun after a space at last's end (…委员会 整改)
// goes on at next's head (时限：5天): the two halves make a time limit's
// label or a label of who is responsible.
func splitLabel(last, next string) bool {
	a, b := labelTailRe.FindStringSubmatch(last), labelHeadRe.FindStringSubmatch(next)
	if a == nil || b == nil || utf8.RuneCountInString(a[1]) < 2 {
		return false
	}
	if m := respLineRe.FindStringSubmatch(trimLine(last)); m != nil && (strings.HasSuffix(m[1], "领导") || personsLabel(m[1])) {
		return false // 包保领导：王 伟 / 完成时限：…: a name padded with a space
	}
	label := a[1] + b[1]
	return isTimeLabel(label) || respLineRe.MatchString(label+"：")
}

// namesLine says a line holds units' names alone, apart by 、 or ，, a
// stop after the last: the value of a label the line before ended at
// (…;配合单位: / 经贸局、国土资源局、东城街道。). Most of its names end as
// a body's does; none is a sentence's part (各乡镇要加强…，确保…).
func namesLine(t string) bool {
	t = strings.TrimRight(t, "。；; ")
	if t == "" || strings.ContainsAny(t, "。；;：:|\t") {
		return false
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune("、，,", r) })
	bodies := 0
	for _, p := range parts {
		if utf8.RuneCountInString(p) > 20 {
			return false
		}
		if endsOrg(p) || unitSuffixRe.MatchString(p) || strings.HasSuffix(p, "街道") {
			bodies++
		}
	}
	return 2*bodies > len(parts)
}

// brokenLabel says a label begun after the fields before it at last's end
// (…;责任单) goes on at next's head (位:相关镇街区): the two halves make a
// label of who is responsible or of a time limit, and next's head alone
// is no such label.
func brokenLabel(last, next string) bool {
	a, b := brokenTailRe.FindStringSubmatch(last), labelHeadRe.FindStringSubmatch(next)
	if a == nil || b == nil || isLabel(b[1]) {
		return false
	}
	tail := []rune(a[1])
	for i := range tail {
		if isLabel(string(tail[i:]) + b[1]) {
			return true
		}
	}
	return false
}

// isLabel says a word is a label of who is responsible or of a time limit.
func isLabel(w string) bool { return isTimeLabel(w) || respLineRe.MatchString(w+"：") }

// brokenTailRe is a line ending in a few characters after a field's end
// or a bracket: …(韦炜、夏改革);责任单.
var brokenTailRe = lazyRe(`[;；，,。（(](\p{Han}{1,5})$`)

// labelEndRe is a line of fields ending at a label of who is responsible
// (…;配合单位:), its value on the next line.
var labelEndRe = lazyRe(`[;；，,。]\s*(?:` + respLabels + `)\s*[：:]$`)

// labelTailRe is a line ending in a word after a space: …委员会 整改.
var labelTailRe = lazyRe(`[ \x{3000}](\p{Han}{1,4})$`)

// labelHeadRe is a line opening with a few characters and a colon: 时限：.
var labelHeadRe = lazyRe(`^(\p{Han}{1,4})\s*[：:]`)

// quantityHeadRe is a line that opens with a quantity, not an item's
// number: a decimal followed by its unit, a number and a month, or a
// fraction (no item is numbered 0.x): 3.5%, 1.2万, 2.0版, 3、4月份, 0.55张.
var quantityHeadRe = lazyRe(`^(?:0[.．]\d|\d{1,3}(?:[.．]\d+\s*[%％‰万亿千百个月日年号版倍元吨亩条家项所户人名次期批座米张台辆套株公平立]|、\d{1,2}\s*月))`)

// itemYearHeadRe is an item's number then a year or a month's day
// (1.2019年底前完成…, 4.6月26日幼升小…审核, 2.9月底前完成…), not a decimal
// with its unit.
var itemYearHeadRe = lazyRe(`^\d{1,3}[.．](?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|末|中旬|上旬|下旬|份))`)

// ownersGoOn says next goes on a list of owners broken at last: it
// finishes the role word last was cut in (配 / 合。, 牵 / 头), or it is
// the list's next names, apart by 、, not a label.
func ownersGoOn(last, next string) bool {
	for _, w := range []string{"配合", "牵头", "负责", "参与", "协助", "协同", "协调", "落实"} {
		head, _ := utf8.DecodeRuneInString(w)
		if strings.HasSuffix(last, string(head)) && strings.HasPrefix(next, w[utf8.RuneLen(head):]) {
			return true
		}
	}
	if roleAloneRe.MatchString(next) {
		return true // 市民政局、市财政局 / 配合。, 市审计 / 局配合。
	}
	if placeBracketEndRe.MatchString(last) && placeHeadRe.MatchString(next) {
		return true // 各市（州） / 人民政府: the name goes on after its bracket
	}
	return !strings.HasSuffix(last, "、") && ownersNextRe.MatchString(next) && !respLineRe.MatchString(next) &&
		!labelAloneRe.MatchString(next) && !shortLabelRe.MatchString(next) && !namesThenWorkRe.MatchString(next)
}

// namesThenWorkRe is a line whose first clause, after the bodies it opens
// with, asks them to act (各区市、各部门可根据本区市…,有针对性地开展…): a
// closing paragraph after the last item, no owners running on.
var namesThenWorkRe = lazyRe(`^[^，,。；;]{0,30}?(?:可根据|可结合|可以|要根据|要按照|要结合|应当|应根据|根据|按照|结合实际)`)

// roleAloneRe is a line of a role word alone, or after a name's tail:
// 配合。, 局配合。.
var roleAloneRe = lazyRe(`^\p{Han}{0,6}?(?:配合|牵头|负责|参与|协助|落实)[。；;，,]?$`)

// placeBracketEndRe is a line stopping at a bracket a name holds:
// 各县（市）, 各县（市、区）.
var placeBracketEndRe = lazyRe(`[（(]\p{Han}{1,4}(?:、\p{Han}{1,4})?[）)]$`)

// placeHeadRe is a line that opens with the rest of a place's body
// after its bracket: 人民政府, 政府, 党委, 管委会.
var placeHeadRe = lazyRe(`^(?:人民政府|政府|党委|党工委|管委会)(?:[、，,；;。]|$)`)

// ownersNextRe is a line that opens with a name and 、: 分局、古林镇….
var ownersNextRe = lazyRe(`^\p{Han}{1,16}、\p{Han}`)

// brokenSentenceRe is a line whose last sentence, begun after a stop, is
// cut off at its end: …市民政局。生活无着人员社会.
var brokenSentenceRe = lazyRe(`[。；;]\p{Han}{2,}$`)

// sentenceEndRe is a line that ends a sentence, with no stop before its
// last one: 救助，市本级完成进度较慢。.
var sentenceEndRe = lazyRe(`^[^。；;]+[。；;]$`)

// byWhomRe is a sentence's end saying who does the work: 由X负责, 由X牵头.
var byWhomRe = lazyRe(`由\S{1,20}?(?:负责|牵头)\S{0,8}[。；;]$`)

// shortLabelRe is a line that opens with a label of a few characters and
// a colon: 栏目:…, 联系人:…, 发布机构:….
var shortLabelRe = lazyRe(`^\p{Han}{1,6}\s*[：:]\s*\S`)

// tableLike is a table's row (cells apart by | or tabs) or a page's
// columns side by side (apart by runs of spaces).
func tableLike(s string) bool {
	return strings.ContainsAny(s, "|｜│\t") || strings.Contains(s, "   ")
}

// startsOwnLine is a line that starts something of its own: an item's
// number, a date, an attachment, a signature's mark.
func startsOwnLine(s string) bool {
	return leadNumberRe.MatchString(s) || bulletRe.MatchString(s) || isStructural(s) || subRe.MatchString(s) || circleRe.MatchString(s) ||
		isDateLine(s) || attachRe.MatchString(s) || publicRe.MatchString(s) || strings.HasPrefix(s, "附件")
}

// bulletRe is a line that opens with a list's bullet or an index's
// bracketed label: • 发布机构:…, 【制定机关】….
var bulletRe = lazyRe(`^[•∙·●○■□◆◇▪►\-*【]`)

// bracketDepth is how many brackets s opens and does not close (less
// than 0 where it closes more than it opens).
func bracketDepth(s string) int {
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(', '[', '［', '〔', '【':
			depth++
		case '）', ')', ']', '］', '〕', '】':
			depth--
		}
	}
	return depth
}

// stopsInside says a line stops inside a sentence: at a character of a
// word, a digit, or a mark that goes on (、，；), a bracket it opens
// (…查询涉案信息。（ / 责任单位：…), or at an item's number.
func stopsInside(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && (unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("、，,；;《“（([【", r) ||
		docYearEndRe.MatchString(s) || numberEndRe.MatchString(s))
}

// numberEndRe is a line that stops at an item's number run on after a
// stop (…并抓好督促落实。2.), its text on the next line.
var numberEndRe = lazyRe(`[。；;：:]\d{1,2}[.．、]$`)

// docYearEndRe is a line that stops at a document number's year
// (…赣府厅字〔2022〕), its number on the next line: no sentence ends so.
var docYearEndRe = lazyRe(`[〔［\[]\d{4}[〕］\]]$`)

// minWrapWidth is the shortest printed width read as one: a page's line
// holds 20 characters and more.
const minWrapWidth = 16

// fullLine says a line of n columns reaches the printed width: a
// character short of it at least (a line a mark was pushed off), or
// longer, up to a third more (a font's wider digits).
func fullLine(n, width int) bool {
	return n >= width-2 && n <= width+width/3
}

// wrapWidth is the text's printed width in columns, 0 where it has none:
// of the commonest widths of the lines that stop inside a sentence, the
// first where at least minWrapPairs pairs of lines of that width follow
// each other, the first a sentence's part stopping inside it, the second
// starting no item (or minWrapLines or minShortLines such lines show it).
// widths[i] is lines[i]'s, its indent counted.
func wrapWidth(lines []Line, widths []int) int {
	count := map[int]int{}
	for i, l := range lines {
		t := trimLine(l.Text)
		if n := widths[i]; n >= 2*minWrapWidth && stopsInside(t) && !tableLike(t) {
			count[n]++
		}
	}
	var cands []int
	for n, c := range count {
		if c > 1 {
			cands = append(cands, n)
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		return count[a] > count[b] || count[a] == count[b] && a > b
	})
	if len(cands) > maxWidthsTried {
		cands = cands[:maxWidthsTried]
	}
	longest := longestLine(lines, widths)
	for _, width := range cands {
		pairs, broken, near := 0, 0, 0
		for i := 0; i+1 < len(lines); i++ {
			a, b := trimLine(lines[i].Text), trimLine(lines[i+1].Text)
			if !fullLine(widths[i], width) || !stopsInside(a) || startsOwnLine(b) || tableLike(a) || tableLike(b) || !strings.ContainsAny(a, "，,、；;。") {
				continue
			}
			if widths[i] == width {
				broken++
			}
			if widths[i] >= width && widths[i] <= width+2 {
				near++
			}
			if fullLine(widths[i+1], width) {
				pairs++
			}
		}
		if pairs >= minWrapPairs || broken >= minWrapLines || near >= minShortLines && longest <= width+2 {
			return width
		}
	}
	return 0
}

// maxWidthsTried is how many of the commonest widths of lines stopping
// inside a sentence are tried as the printed one: lines of whole short
// items (责任单位：… of one length) may outnumber a short copy's broken
// lines.
const maxWidthsTried = 3

// minShortLines is how many lines of the printed width (or a mark a
// page pushed on it more), each a sentence's part broken off inside it,
// show the width of a short copy where no line of the text is longer
// than that: a web page's paragraphs run longer than any width they
// happen to share.
const minShortLines = 3

// longestLine is the widest of the lines that are no table's row, in
// columns.
func longestLine(lines []Line, widths []int) int {
	most := 0
	for i, l := range lines {
		if !tableLike(l.Text) && widths[i] > most {
			most = widths[i]
		}
	}
	return most
}

// minWrapPairs is how many pairs of lines of the printed width, the first
// a sentence's part (with a comma or a stop in it) broken off inside it,
// show a text broken at a width: a paragraph of five lines, or a few
// shorter ones. A page's furniture (索引号, 发布日期, 联系人 lines) that
// happens to have one length holds no sentence.
const minWrapPairs = 4

// minWrapLines is how many lines of just the printed width, each a
// sentence's part broken off inside it, show the width as well where
// the paragraphs are short (a list of items of two lines each).
const minWrapLines = 6

// bracketsUneven says s opens brackets it does not close, or closes ones
// it did not open: 嘉鱼经济开发区], 县发改局(粮食.
func bracketsUneven(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(', '[', '［', '〔', '【':
			depth++
		case '）', ')', ']', '］', '〕', '】':
			depth--
		}
		if depth < 0 {
			return true
		}
	}
	return depth != 0
}
