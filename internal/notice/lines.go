package notice

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stage 1 of the import: lines. The text becomes numbered lines with the
// blank ones dropped, and the marks that say one thing in several ways
// (【责任单位】…, 〔责任单位：…〕) are made one.

// Line is a line of the notice.
type Line struct {
	N    int
	Text string
}

// respLabels are the words that label who is responsible, who leads,
// which persons answer for a task and its time limit.
const respLabels = `(?:责任单位|责任部门)(?:及|和|与)(?:责任人|责任领导|负责人)|(?:责任|牵头|配合)(?:处室|科室|股室)(?:及|和|、)(?:直属)?单位|牵头责任单位|牵头责任部门|牵头责任科室|牵头责任处室|牵头责任股室|重点责任单位|重点责任部门|牵头协调单位|牵头协调部门|牵头落实单位|牵头落实部门|牵头单位|牵头部门|牵头科室|牵头处室|牵头股室|主责单位|责任主体|主体责任|监督责任|属地责任|行业监管责任|部门监管责任|监管责任|部门分工|责任分工|任务分工|工作分工|分工|主办单位|主办部门|责任单位|责任部门|责任科室|责任处室|责任股室|承办单位|承办部门|实施单位|实施部门|项目实施单位|项目实施|落实单位|落实部门|负责单位|配合单位|配合部门|配合科室|配合处室|配合股室|协同责任单位|协同单位|协同部门|协同处室|协办单位|协办部门|参与单位|数据提供单位|数据提供部门|主办|协办|承办|(?:责任|牵头|分管|联系|包保|包联|包抓|挂点|挂钩|协助|协管|督办|督导|包案)(?:负责)?(?:[省市县区镇乡旗]|市县|县区|局|委|办)?领导|责任秘书长|责任人|负责人|完成时限|完成时间|时间要求|时间节点|时限要求|完成期限|执行时间|执行期限|整改单位|整改部门|整改责任部门|整改时限|整改期限|整改时间|办结时限|办结期限|进度安排|推进步骤|牵头|配合`

// bracketBodyLineRe is a line that is a name in square brackets alone:
// 【安保科】.
var bracketBodyLineRe = lazyRe(`^[【\[［]\s*(\p{Han}{2,16})\s*[】\]］]$`)

// labelNote is a note in brackets after a label, naming what else the
// units under it may be (牵头科室(单位), 责任单位(部门)), the order they are
// listed in (责任处室、单位(按处室、单位顺序排列,下同), 责任单位(排名不分先后),
// 牵头处室(排名第一的为牵头处室,下同): labelNotes reads it), or where they
// are (责任单位(市直)).
const labelNote = `(?:\s*[（(〔［\[][^（）()：:]{1,30}[）)〕］\]])?`

var bracketLabelRe = lazyRe(`^[【\[［〔]\s*(` + respLabels + `)\s*[】\]］〕]\s*[：:]?\s*`)

// taskLabels are the words that label a task's own text in a label/value
// block.
const taskLabels = `重点任务|工作任务|主要任务|具体任务|任务内容|工作内容|重点工作|工作措施`

// taskLabelRe starts a label/value block: 重点任务：建设养老院.
var taskLabelRe = lazyRe(`^(?:` + taskLabels + `)\s*[：:]\s*(\S.*)$`)

// taskWordRe is a label of a task's own text.
var taskWordRe = lazyRe(`^(?:` + taskLabels + `)$`)

// labelAloneRe is a label on a line of its own, with or without a colon:
// its value is on the next line.
var labelAloneRe = lazyRe(`^(` + respLabels + `|` + taskLabels + `)\s*[：:]?$`)

// emptyCellsRe is a text followed by empty cells only, two marks at least
// (a flattened table's cell ends in one): …的通知 | |||||.
var emptyCellsRe = lazyRe(`^([^|｜]*[^|｜\s])\s*[|｜][\s|｜]*[|｜][\s|｜]*$`)

// trimLine drops spaces, ideographic spaces and tabs at both ends.
func trimLine(s string) string { return strings.Trim(s, " \t\u3000\u00a0") }

// viewerPageRe is a document viewer's page counter: 1 / 13.
var viewerPageRe = lazyRe(`^\d{1,3}\s*/\s*\d{1,4}$`)

// scanLines splits a notice's text into its non-blank lines. Tabs at the
// end of a line stay: they mark the cells of a table row.
// wideNumberRe is a line opening with an item's number in full-width
// digits: １．, ２、, （３）.
var wideNumberRe = lazyRe(`^[ \t\x{3000}]*[（(]?([０-９]{1,3})(?:[）)]?\s*[.．、）)]|[ \t\x{3000}]*\|?[ \t\x{3000}]*$)`)

func scanLines(text string) []Line {
	var lines []Line
	raw := fieldCard(dropJammers(joinPreviewPages(dropEditBlurbs(strings.Split(text, "\n")))))
	for i, l := range raw {
		if m := wideNumberRe.FindStringSubmatchIndex(l); m != nil {
			// １．推进…, （１）…: an item's number in full-width digits, the
			// item's own (no part of its title) written as ASCII ones.
			digits, _ := asciiDigits(l[m[2]:m[3]])
			raw[i] = l[:m[2]] + digits + l[m[3]:]
		}
	}
	blocks := 0 // label/value blocks read so far; -1 where items are numbered
	for _, l := range raw {
		if t := trimLine(l); taskRe.MatchString(t) || taskParenRe.MatchString(t) || subRe.MatchString(t) || numberedNameRe.MatchString(t) {
			blocks = -1 // 重点任务： inside numbered items is part of them
			break
		}
	}
	// A copy that wrote its lost spaces as ? shows it where a line opens
	// with them; only then is a ? after a space inside a line one too (a
	// title may ask 谁来管 ?谁来干).
	lostCopy := slices.ContainsFunc(raw, func(l string) bool {
		t := strings.TrimLeft(l, " \t\u3000\u00a0")
		return t != "" && (lostSpaceRe.MatchString(t) || lostBeforeNumberRe.MatchString(t))
	})
	var kept []Line
	var indent []int // each kept line's indent, in half-width columns
	points := decimalItems(raw)
	for i, l := range raw {
		if trimLine(l) == "" || pageNumberRe.MatchString(trimLine(l)) || pageWordRe.MatchString(trimLine(l)) {
			continue // a PDF's page number (— 2 —, - 3 -, 第3页, ·3·) is no part of the text
		}
		if len(kept) == 0 && viewerPageRe.MatchString(trimLine(l)) {
			continue // 1 / 13 over a document's preview: the viewer's page counter
		}
		t := strings.TrimRight(strings.TrimLeft(l, " \t\u3000\u00a0"), " \u3000\u00a0")
		t = dropPageMarks(t)
		if strings.ContainsAny(t, " \u3000") {
			t = brokenLabelRe.ReplaceAllStringFunc(t, squeezeSpace) // 牵头单 位:, a PDF's line break in a label
		}
		t = continuedRe.ReplaceAllString(t, "")
		lead := printColumns(l[:strings.Index(l, strings.TrimLeft(l, " \t\u3000\u00a0"))])
		if t = lostSpaceRe.ReplaceAllString(t, ""); t == "" {
			continue // a line of ? where a copy lost the page's spaces
		}
		t = lostBeforeNumberRe.ReplaceAllString(t, "$1")
		if lostCopy {
			t = lostInsideRe.ReplaceAllString(t, "$1$2")
		}
		if m := emptyCellsRe.FindStringSubmatch(t); m != nil && utf8.RuneCountInString(m[1]) >= 8 && !respLineRe.MatchString(trimLine(m[1])) {
			// A title in a page's one cell, a run of empty cells after it
			// (…的通知 | ||||||||): the text alone. A label's cell
			// (牵头处室:财务处 | |) is a table's last, no title.
			t = m[1]
		}
		// 【责任单位】… is 责任单位：…; 1﹒ (a small full stop) is 1．.
		t = smallStopRe.ReplaceAllString(t, "$1．")
		if m := bracketBodyLineRe.FindStringSubmatch(t); m != nil && (memberBody(m[1]) || unitHeading(m[1]) != nil) {
			t = m[1] // 【安保科】 alone on its line over its items: the body's name
		}
		t = fullStopNumberRe.ReplaceAllString(t, "${1}．${2}") // 1。推动…: a full stop for the number's dot
		t = smallCommaRe.ReplaceAllString(t, "$1、")           // 一﹑, 1﹑: the enumeration comma
		if p, ok := points[i]; ok {
			t = p // 10.7 除…: the point numbered 7 under item 10
		}
		if m := numberedNameRe.FindStringSubmatch(t); m != nil {
			// 01 项目名称:提升县域生态环境: item 1, the project's name its text.
			t = m[1] + "．" + m[2]
		}
		if fontButtonRe.MatchString(trimLine(t)) {
			continue // [ 大 ] / [ 小 ]: a page's font-size buttons, wherever they stand
		}
		if m := origTitleRe.FindStringSubmatch(t); m != nil && len(kept) > 0 && len(kept) <= 8 {
			// 原标题:… under a news page's headline: the notice's own title.
			// Where it is the headline's words, the line says nothing more;
			// where not, the headline is the paper's, the title this.
			k := len(kept) - 1
			for k > 0 && chromeRe.MatchString(trimLine(kept[k].Text)) {
				k-- // the post line (发布时间：… 来源：…) between them
			}
			if squeezeSpace(kept[k].Text) != squeezeSpace(m[1]) {
				kept[k].Text = strings.TrimSpace(m[1])
			}
			continue
		}
		kept = append(kept, Line{i + 1, labelSemicolon(bracketLabelRe.ReplaceAllString(t, "$1："))})
		indent = append(indent, lead)
	}
	joined := unnumberLabelSubs(numberBracketHeadings(numberUnitDuties(joinBrokenNames(pairLabels(joinCutLists(joinWrappedIndented(dropStrayStops(kept), indent)), blocks >= 0)))))
	for li, l := range joined {
		t := l.Text
		if m := taskLabelRe.FindStringSubmatch(t); m != nil && blocks >= 0 {
			// A label/value block (重点任务：… 责任单位：… 完成时限：…) is an
			// item numbered in its order.
			blocks++
			t = strconv.Itoa(blocks) + "." + m[1]
			if ownItemNumberRe.MatchString(m[1]) {
				t = m[1] // 重点工作: 135.统筹…: the item's own number
			}
		}
		if summaryRe.MatchString(trimLine(t)) {
			// 内容概述:…现将有关情况通报如下。一、工程项目概况…: an index's
			// summary of the page, cut with …; the items it runs into are
			// the notice's own below it, not items of their own.
			lines = append(lines, Line{l.N, trimLine(t)})
			continue
		}
		broken := headingsApart(dateMarks(lostBreaks(lawFields(attributeBlock(t)))))
		if amongCells(joined, li) {
			// A long cell of a table flattened one cell a line keeps its
			// mark: the page's other lines are cells too.
			broken = t
		}
		for _, piece := range strings.Split(broken, "\n") {
			if trimLine(piece) == "" {
				continue
			}
			for _, item := range splitItems(trimLine(piece)) {
				for _, part := range slices.Concat(mapSlice(itemAfterLabel(item), stopLabels)...) {
					for _, p := range splitLabels(fieldLabelsApart(part)) {
						for _, q := range taskTextAfterLabels(p) {
							lines = append(lines, Line{l.N, q})
						}
					}
				}
			}
		}
	}
	return joinAttachments(lines)
}

// summaryRe is an index's summary of a page, on a line of its own:
// 内容概述:…, 内容概览:….
var summaryRe = lazyRe(`^内\s*容\s*概\s*[述览]\s*[：:]`)

// numberedNameRe is an item's number, a space and its name under a label
// of the name (项目名称, 任务名称, 实事名称): 01 项目名称:提升县域生态环境.
var numberedNameRe = lazyRe(`^(\d{1,3})[ \t\x{3000}]+\p{Han}{0,4}名称\s*[：:]\s*(\S.*)$`)

// smallStopRe is an item's number followed by a small full stop (U+FE52)
// or a one-dot leader (U+2024), as some copies write 1﹒: the full stop of
// an item's number.
var smallStopRe = lazyRe(`^(\d{1,3})\s*[\x{FE52}\x{2024}]`)

// origTitleRe is a news page's line giving the notice's own title under
// its headline: 原标题:….
var origTitleRe = lazyRe(`^原标题\s*[：:]\s*(\S.*)$`)

// fullStopNumberRe is an item's number with a full stop 。 for its dot
// (1。推动轨道交通加速成网,…), as a news page sets it.
var fullStopNumberRe = lazyRe(`^(\d{1,2})。(\p{Han})`)

// smallCommaRe is an item's number followed by a small enumeration comma
// (U+FE51), as some copies write 一﹑ and 1﹑ for 一、 and 1、.
var smallCommaRe = lazyRe(`^((?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*)\x{FE51}`)

// lostSpaceRe is the ? (or replacement character) a copy wrote for each
// space it could not encode, at the head of a line: "??? 泰州市人民政府办公室",
// or a line of them alone. A line of the notice never starts so.
var lostSpaceRe = lazyRe(`^[?\x{FFFD}]+(?:[ \t\x{3000}\x{00a0}]+|$)`)

// lostInsideRe is such a run inside a line, after a space and before a
// character (责任领导:胡小波 ?杨 ?剑): the spaces lost, the names padded.
var lostInsideRe = lazyRe(`([ \t\x{3000}\x{00a0}])[?\x{FFFD}]+(\p{Han})`)

// lostBeforeNumberRe is such a run of ? right before an item's number, the
// spaces of its indent lost with nothing after them: ???(一)第一检查督导组.
var lostBeforeNumberRe = lazyRe(`^[?\x{FFFD}]+((?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,3})[）)]|\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、)\s*\p{Han})`)

// attributeRe finds the fields of a regulations database's 文章属性 block
// run on in one line: •【制定机关】…•【公布日期】…正文.
var attributeRe = lazyRe(`[•∙·]\s*【`)

// attributeBlock puts each field of a 文章属性 block run on with the text
// around it (…的通知文章属性•【制定机关】武汉市人民政府办公厅•【公布日期】
// 2021.04.18•…正文武汉市…) on a line of its own, and 正文 after the last.
func attributeBlock(t string) string {
	i := strings.Index(t, "文章属性")
	if i < 0 || !attributeRe.MatchString(t[i:]) {
		return t
	}
	head, rest := t[:i], t[i+len("文章属性"):]
	rest = attributeRe.ReplaceAllString(rest, "\n【")
	if last := strings.LastIndex(rest, "【"); last >= 0 {
		if j := strings.Index(rest[last:], "正文"); j >= 0 {
			k := last + j
			rest = rest[:k] + "\n正文\n" + rest[k+len("正文"):]
		}
	}
	if strings.TrimSpace(head) != "" {
		head += "\n"
	}
	return head + "文章属性" + rest
}

// lastColumnName says the label at lines[i] closes a table's header of
// one cell a line: the two lines above it name columns too (工作任务 /
// 具体要求 / 责任股室, then the first row's 做好林长制信息公开).
func lastColumnName(lines []Line, i int) bool {
	// (A card's 任务类别 / 重点任务 / 责任单位 / 县政务服务中心: the label's
	// value names units, as a first row's work cell does not.)
	return i >= 2 && i+1 < len(lines) && isColumnName(squeezeSpace(trimLine(lines[i-1].Text))) && isColumnName(squeezeSpace(trimLine(lines[i-2].Text))) &&
		!unitCellText(trimLine(lines[i+1].Text)) && !unitList(trimLine(lines[i+1].Text))
}

// pageNumberRe is a page number a PDF left between the lines: — — — 2 —, - 3 -.
var pageNumberRe = lazyRe(`^[-—–－][-—–－\s]*\d{1,3}\s*[-—–－][-—–－\s]*$`)

// pageWordRe is a page number written out or between dots: 第3页,
// 第 3 页 共 8 页, 第3页/共8页, ·3·.
var pageWordRe = lazyRe(`^(?:第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|[·•∙]\s*\d{1,3}\s*[·•∙])$`)

// pairLabels joins each label standing alone on its line to its value on
// the next line, as cards write them (具体任务 / 全面落实… / 责任单位 /
// 卫健局、文旅局): 责任单位：卫健局、文旅局. A task's label (具体任务) is
// paired only where items are not numbered (cards). A label is no card's
// where it heads a table's column: the line after it is another column's
// name or a row's number.
func pairLabels(lines []Line, cards bool) []Line {
	var out []Line
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if label, ok := brokenCardLabel(lines, i); ok {
			// 分管 / 领导 / 王强 / 责任单位: a card's label broken over two
			// lines, its value under it.
			value := trimLine(lines[i+2].Text)
			i += 2
			for ; i+1 < len(lines) && moreCardValue(label, trimLine(lines[i+1].Text)); i++ {
				value += "、" + trimLine(lines[i+1].Text)
			}
			out = append(out, Line{l.N, label + "：" + value})
			continue
		}
		if t := trimLine(l.Text); targetAloneRe.MatchString(t) && i > 0 && i+1 < len(lines) && cardField(lines[i-1].Text) {
			// 责任领导 / 张伟 / 任务目标 / 2024年度计划对…: the card's target
			// under its label, after the card's fields.
			if v := trimLine(lines[i+1].Text); v != "" && !isHeaderCell(v) && !labelAloneRe.MatchString(v) && !isStructural(v) {
				out = append(out, Line{l.N, t + "：" + v})
				i++
				continue
			}
		}
		m := labelAloneRe.FindStringSubmatch(trimLine(l.Text))
		if m != nil && i+1 < len(lines) && (cards || !taskWordRe.MatchString(m[1])) && isLabelValue(lines, i) && !lastColumnName(lines, i) {
			value := trimLine(lines[i+1].Text)
			i++
			// 责任单位 / 县水利局 / 县住建局 / 责任领导: a card's field
			// with a value a line, each one more name.
			for ; i+1 < len(lines) && moreCardValue(m[1], value) && moreCardValue(m[1], trimLine(lines[i+1].Text)); i++ {
				value += "、" + trimLine(lines[i+1].Text)
			}
			out = append(out, Line{l.N, m[1] + "：" + value})
			continue
		}
		out = append(out, l)
	}
	return out
}

// joinBrokenNames joins to a label line the line after it where a page
// (a PDF's lines) broke a unit's name in two: "协办单位：区委编办、园区党工" /
// "委、各街道党工委". The label's last name is cut short (no body's name
// ends it, or a 、 does) and with the next line the value is a list of
// names.
func joinBrokenNames(lines []Line) []Line {
	var out []Line
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		m := respLineRe.FindStringSubmatch(trimLine(l.Text))
		if m != nil && i+1 < len(lines) && !isTimeLabel(m[1]) && !strings.HasSuffix(m[1], "领导") {
			value, next := trimLine(m[2]), trimLine(lines[i+1].Text)
			parts := splitTop(value, "、，,")
			last := ""
			if len(parts) > 0 {
				last = parts[len(parts)-1]
			}
			// A name ending as a small body does (镇农技站) is whole too.
			// An open name (相关单位) is whole too.
			// A name with a bracket after it (县农业农村局(张明), 县教育局(牵头))
			// is whole where the name before the bracket is.
			core := strings.TrimSpace(bracketTailRe.ReplaceAllString(last, ""))
			cut := len(parts) > 0 && (strings.HasSuffix(value, "、") || !endsOrg(core) && !Collective(core) && !bodyEndRe.MatchString(core) && !openNameRe.MatchString(core))
			// A label a few words qualify (主体责任单位：各村) is a line of its own.
			// A label left empty at the line's end (…；配合单位：) takes a
			// line of names only, not a sentence nor the signature over
			// the date (probe 18).
			emptyLast := strings.HasSuffix(value, "：") || strings.HasSuffix(value, ":")
			signed := i+2 < len(lines) && isDateLine(trimLine(lines[i+2].Text))
			if cut && value != "" && next != "" && !isStructural(next) && !respLineRe.MatchString(next) && !qualifiedLabelRe.MatchString(next) && !labelAloneRe.MatchString(next) && !labelHeadRe.MatchString(next) &&
				utf8.RuneCountInString(next) <= 40 && unitList(value+next) && !signed && (!emptyLast || namesLine(next)) {
				out = append(out, Line{l.N, trimLine(l.Text) + next})
				i++
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// isLabelValue reports whether the line after the label at lines[i] is
// its value. In a table's header flattened one cell per line the lines
// around a label are other columns' names (配合单位 after 责任人, 季度目标
// after 配合单位, 完成 / 状况 broken over two lines) or a row's number; in a
// card, values.
func isLabelValue(lines []Line, i int) bool {
	v := trimLine(lines[i+1].Text)
	if isHeaderCell(v) || isStructural(v) || bareNumberRe.MatchString(v) || strings.ContainsAny(v, "|｜│\t") {
		return false
	}
	if i > 0 && lonePipe(lines[i-1].Text) && slices.ContainsFunc(lines[i+1:min(i+5, len(lines))], func(l Line) bool { return lonePipe(l.Text) }) {
		// | / 责任部门 / (加*号为牵头部门, / 其余为参与部门) / |: a cell of a
		// table whose cells close on lone bars, its lines one name.
		return false
	}
	if i+2 < len(lines) && len([]rune(v)) <= 2 && isHeaderCell(v+trimLine(lines[i+2].Text)) && !labelAloneRe.MatchString(trimLine(lines[i+2].Text)) && !targetAloneRe.MatchString(trimLine(lines[i+2].Text)) {
		// (分管 / 领导: a header's cell broken in two. Not 张伟 / 完成时限,
		// a leader's name before the card's next label.)
		return false
	}
	if inHeaderRun(lines, i) {
		return false
	}
	return i == 0 || !labelAloneRe.MatchString(trimLine(lines[i-1].Text))
}

// inHeaderRun says lines[i] is a column's name in a flattened table's
// header: the lines above it, up to a 序号, are column names too (序号 /
// 重点工作任务 / 责任单位): the line after it is the table's first cell, no
// value of a label.
func inHeaderRun(lines []Line, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxColumns; k-- {
		t := squeezeSpace(trimLine(lines[k].Text))
		if numHead.MatchString(t) {
			return true
		}
		if !isColumnName(t) && !isColumnName(strings.TrimRight(t, "：:")) {
			return false
		}
	}
	return false
}

// isHeaderCell is a line that names a table's column (季度目标, 完成情况),
// not a unit that a column would hold (市场监管部门, 各乡镇).
func isHeaderCell(s string) bool {
	if labelAloneRe.MatchString(s) || checkersHead.MatchString(s) || dutyHeadRe.MatchString(s) && isColumnName(s) {
		return true
	}
	return isColumnName(s) && !endsOrg(s) && !Collective(s) && !strings.HasSuffix(s, "部门") && !strings.HasSuffix(s, "单位")
}

// dutyHeadRe is a column's name that opens with the duty it names the
// holders of (负责科室, 责任处室, 牵头部门): no unit, though it ends like one.
var dutyHeadRe = lazyRe(`^(?:责任|负责|牵头|配合|协办|主办|承办)\p{Han}{1,4}$`)

// attachListRe is a list of attachments: 附件：1. …分解表.
var attachListRe = lazyRe(`^附件\s*[：:]\s*(\d{1,2})\s*[.．、]`)

// joinAttachments puts the attachments listed under 附件：1. … (2. …, 3. …,
// numbered on, each a name with no sentence in it) on its line: they name
// the attachments and are no items.
func joinAttachments(lines []Line) []Line {
	var out []Line
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if m := attachListRe.FindStringSubmatch(trimLine(l.Text)); m != nil {
			for next := atoi(m[1]) + 1; i+1 < len(lines); next++ {
				t := trimLine(lines[i+1].Text)
				if attachTail(lines, i+1, next) {
					// The name broken on its way (…重点工作责任 / 分解 /
					// 2.…): its end goes on it.
					l.Text += t
					i++
					t = trimLine(lines[i+1].Text)
				}
				m := taskRe.FindStringSubmatch(t)
				if m != nil {
					// 2.重点项目资金估算表。(略): an attachment left out of
					// the page, its name closed by a stop.
					m[2] = strings.TrimRight(omittedRe.ReplaceAllString(m[2], ""), "。；; ")
				}
				if m == nil || atoi(m[1]) != next || len([]rune(m[2])) > 60 || strings.ContainsAny(m[2], "。；;") || namesResponsibility(m[2]) {
					break
				}
				l.Text += " " + t
				i++
			}
		}
		out = append(out, l)
	}
	return out
}

// omittedRe is the mark of an attachment the page leaves out: (略).
var omittedRe = lazyRe(`[（(]\s*略\s*[）)]\s*$`)

// attachTail says lines[k] is the end of an attachment's name a line
// break cut off: a few words with no stop, no number and no body's name,
// followed by the next attachment's number (next), or by the date or
// the signature where it ends the last.
func attachTail(lines []Line, k, next int) bool {
	if k+1 >= len(lines) {
		return false
	}
	t, after := trimLine(lines[k].Text), trimLine(lines[k+1].Text)
	if utf8.RuneCountInString(t) > 12 || strings.ContainsAny(t, "。；;，,：:") || leadNumberRe.MatchString(t) || startsOwnLine(t) ||
		endsOrg(t) || Collective(t) || respLineRe.MatchString(t) {
		return false
	}
	if m := taskRe.FindStringSubmatch(after); m != nil {
		return atoi(m[1]) == next
	}
	return isDateLine(after) || endsOrg(after) && utf8.RuneCountInString(after) <= 30
}

// runOnRe finds a numbered item run onto the line before it, as web pages
// copy notices with their line breaks lost: "…如下：一、工作目标…" or "…战略
// 1.坚持…". A number is one after a colon, a full stop, a semicolon or a
// space, and not the start of a decimal (1.5倍).
//
// After a list's name (…责任单位职责分解一、县城区办事处(一)…) a first
// heading's number, 一、 or (一), is one too.
var runOnRe = lazyRe(`([：:。；;）)]|[ \x{3000}]|分解|分工|清单|方案|要点|细则)\s*([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}(?: ?[.．]|、)[^\d.．、])`)

// runTogether splits a line at the items run onto it. Inside an item only
// its next sibling (3. … 4.) or a higher heading starts a new line, so an
// enumeration inside an item (3.推进…，包括：1.…；2.…) stays in it; after
// a heading, its first item (一、… 1.…) does too.
func runTogether(t string) []string {
	var out []string
	from := 0 // where to look for the next number
	for {
		loc := runOnRe.FindStringSubmatchIndex(t[from:])
		if loc == nil {
			break
		}
		at := from + loc[4]
		if sep := t[from+loc[2] : from+loc[3]]; len(sep) > 3 && from+loc[3] == at && !listNameHeading(t[:at], t[at:]) {
			// 方案1.5倍, 清单一、二季度: after a list's name only the first
			// heading of a list the line opens with.
			from = at + 1
			continue
		}
		head := trimLine(t[:at])
		if head == "" || !strings.ContainsAny(t[at:], "。；;，,") {
			break
		}
		if !startsSibling(head, t[at:]) || attachRe.MatchString(head) || taskLabelEndRe.MatchString(head) || inOpenBracket(head) || insidePipeCell(head, t[at:]) ||
			taskLabelHeadRe.MatchString(head) && !sectionRe.MatchString(t[at:]) && !subRe.MatchString(t[at:]) {
			// (十一)… 主要任务:1、…;2、…: the duties a task's label lists
			// are its text.
			from = at + 1
			continue
		}
		out = append(out, head)
		t, from = t[at:], 0
	}
	return append(out, t)
}

// listNameHeading says a first heading runs on after a list's name at
// the start of a line: the words before name the list (no stop, comma or
// item's number in them), and the heading is a few words over its own
// first point (一、县城区办事处(一)…, (一)县城区办事处1.…). 清单一、二季度
// and 方案(一)至(三)批次 inside an item's text are no heading.
func listNameHeading(before, after string) bool {
	if !firstHeadingAfterListRe.MatchString(after) || len(before) > 600 {
		return false
	}
	head := trimLine(before)
	return head != "" && !strings.ContainsAny(head, "。；;，,、：:") && !taskRe.MatchString(head) && !sectionRe.MatchString(head) && !subRe.MatchString(head)
}

// firstHeadingAfterListRe is a first heading over its first point: 一、县城区
// 办事处(一)…, (一)县城区办事处1.….
var firstHeadingAfterListRe = lazyRe(`^(?:一、\p{Han}{2,20}?[（(]一[）)]|[（(]一[）)]\p{Han}{2,20}?1[.．、])`)

// inOpenBracket says a text ends inside a bracket it opened: numbers after
// it (…(公开路径:1.政府网站>…,2.政务新媒体…)) list the bracket's points,
// no items of their own.
func inOpenBracket(head string) bool {
	return strings.Count(head, "(")+strings.Count(head, "（") > strings.Count(head, ")")+strings.Count(head, "）")
}

// taskLabelEndRe is a task's label and its colon ending a text: …主要任务:.
var taskLabelEndRe = lazyRe(`(?:` + taskLabels + `)\s*[：:]$`)

// taskLabelHeadRe opens a task's text under its label: 主要任务:….
var taskLabelHeadRe = lazyRe(`^(?:` + taskLabels + `)\s*[：:]`)

// continuedRe is a page's mark that the text goes on from the page before:
// [接上页], (接上页), 【续上页】.
var continuedRe = lazyRe(`^[\[［【（(]\s*(?:接|续|承)上页\s*[\]］】）)]\s*`)

// runOnLabelRe finds a responsibility label run on after an item's
// sentence: "…隐性债务。牵头单位:省财政厅;责任单位:…" or, where a page
// turned line breaks into spaces, "…收入倍差进一步缩小。 责任单位:县发改局".
var runOnLabelRe = lazyRe(`(?:[。；;]|[ \x{3000}])\s*(?:` + respLabels + `)` + labelNote + `\s*[：:]`)

// splitLabels puts the labels run on after a line's own text on a line of
// their own (the labels after the first stay with it: 牵头单位:…;责任单位:…).
// A line that starts with a label, or a bracket, is left as it is.
func splitLabels(t string) []string {
	bracket := (strings.HasPrefix(trimLine(t), "（") || strings.HasPrefix(trimLine(t), "(")) && !leadNumberRe.MatchString(trimLine(t))
	if respLineRe.MatchString(trimLine(t)) || bracket {
		// (An item numbered in brackets, (一)…。牵头单位:…, is an item.)
		return []string{t}
	}
	if strings.ContainsAny(t, "|｜\t") {
		return []string{t}
	}
	if m := namedItemLabelRe.FindStringSubmatch(trimLine(t)); m != nil {
		// 1、农村道路畅通工程,牵头部门:市交通局。…: the item's name, and
		// its label run on after a comma.
		return append([]string{m[1]}, labelSentence(m[2])...)
	}
	loc := runOnLabelRe.FindStringIndex(t)
	if loc == nil {
		if head, labels, ok := colonlessLabels(t); ok {
			// (三)开展…活动…大造洁净家园责任单位社区居委会、驻辖区单位: the
			// label run on with no colon (a copy that lost its stops).
			return append([]string{head}, labels)
		}
		return []string{t}
	}
	head := t[:loc[0]]
	_, size := utf8.DecodeRuneInString(t[loc[0]:])
	if r, _ := utf8.DecodeRuneInString(t[loc[0]:]); r != ' ' && r != '\u3000' {
		head = t[:loc[0]+size] // the 。 stays with the sentence
	}
	if trimLine(head) == "" || openBrackets(head) {
		return []string{t} // inside brackets: the bracket's own labels
	}
	labels := labelSentence(trimLine(t[loc[0]+size:]))
	if len(labels) == 2 && len(findDates(labels[1], sameYear(2000))) > 0 {
		// …。牵头单位:县应急管理局。2024年12月底前完成全部改造任务。: the
		// sentence after the label's names is the item's, with its time
		// limit; under the label it was read as no one's.
		return []string{trimLine(head) + labels[1], labels[0]}
	}
	return append([]string{trimLine(head)}, labels...)
}

// taskTextAfterLabels puts a task's own text, run on under its label after
// a line of labels (牵头单位:X 配合单位:Y 主要任务:1、…), on a line of its own.
func taskTextAfterLabels(t string) []string {
	if !respLineRe.MatchString(trimLine(t)) {
		return []string{t}
	}
	if m := taskLabelRunOnRe.FindStringIndex(t); m != nil {
		return []string{trimLine(t[:m[0]]), trimLine(t[m[0]:])}
	}
	return []string{t}
}

// taskLabelRunOnRe is a task's label run on after a space: … 主要任务:.
var taskLabelRunOnRe = lazyRe(`[ \x{3000}]+(?:` + taskLabels + `)\s*[：:]`)

// namedItemLabelRe is a numbered item that gives only a name (a project,
// a place) and runs a label of who answers for it on after a comma:
// 1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。
// The name holds no stop, comma or colon.
var namedItemLabelRe = lazyRe(`^((?:\d{1,3}\s*[.、．]|[（(]\d{1,3}[）)])\s*[^。；;，,：:（()）\s]{2,30})[，,]\s*((?:` + respLabels + `)\s*[：:].*)$`)

// labelSentence splits a label's line run on after an item where its
// names end at a full stop and a sentence follows that is no label and
// no rule: 牵头单位:市住建局。其中,棚户区改造新开工进度较慢的为舒城县 is
// the label, then a line of text (what the report says of the work, not
// who answers for it).
func labelSentence(t string) []string {
	m := respLineRe.FindStringSubmatch(t)
	if m == nil || isTimeLabel(m[1]) {
		return []string{t}
	}
	at := strings.Index(m[2], "。")
	if at < 0 {
		return []string{t}
	}
	value, rest := m[2][:at], trimLine(m[2][at+len("。"):])
	if rest == "" || !unitList(value) || respLineRe.MatchString(rest) || labelRe.MatchString(rest) ||
		statesRuleRe.MatchString(rest) || ruleSubjectRe.MatchString(rest) || strings.HasPrefix(rest, "以下") || unitList(rest) || dueSentence(rest) {
		// (牵头单位:县应急管理局。2024年12月底前完成。: the time limit
		// closes the label's names, read with them.)
		return []string{t}
	}
	return []string{strings.TrimSuffix(t, m[2]) + value + "。", rest}
}

// dueSentence is a short sentence giving a time limit and nothing else:
// 2024年12月底前完成。, 9月底前.
func dueSentence(s string) bool {
	s = strings.TrimRight(s, "。；; ")
	return utf8.RuneCountInString(s) <= 16 && !strings.ContainsAny(s, "，,。；;：:") && isDueClause(s)
}

// openBrackets reports whether s opens more brackets than it closes.
func openBrackets(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(', '[', '［', '〔', '【':
			depth++
		case '）', ')', ']', '］', '〕', '】':
			depth--
		}
	}
	return depth > 0
}

// lostBreakRe is where a page that served a notice as one long line lost
// a line break: after a full stop or a colon followed by spaces, after a
// closing bracket followed by spaces ((此件公开发布) 政府工作报告…), and
// around a date standing between spaces (海盐县人民政府办公室 2022年4月18日),
// and around a document number standing between spaces (…的通知 豫政〔2023〕5号
// 现将…).
var lostBreakRe = lazyRe(`[。：:）)][ \x{3000}]+|[ \x{3000}]+(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日(?:[ \x{3000}]+|$)|` + spacedHanDate + `|` +
	`[ \x{3000}]+[^\s〔\[［【]{1,12}[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*\d+\s*号(?:[ \x{3000}]+|$)`)

// signedRe is a line that ends in a signature and its date run on with
// spaces: "…落实。 附件:…要点 吉林省教育厅 2015年3月10日".
var signedRe = lazyRe(`^(.*\S)[ \x{3000}]+(\S{2,30})[ \x{3000}]+((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$`)

// runOnTitleRe is a notice's title at the head of a line, run on into
// what follows it with a full stop: 关于支持“双招双引”的十条意见。为落实….
var runOnTitleRe = lazyRe(`^(关于[^。；;：:]{1,60}的[^。；;：:]{0,20}?(?:通知|意见|方案|决定|办法|要点|计划|清单|措施))。(\S.*)$`)

// runOnPlanTitleRe is a plan's title at the head of a line with no stop
// after it, the preamble's first words (为深入贯彻…, 根据…) or a table's
// header run together (序号工作内容…) following it. A title that names the
// document it carries out in book brackets closes with 》 (关于贯彻落实…
// 《…的分工方案》为深入贯彻…); one whose place a copy blanked opens with X
// (XX县…方案为优化…).
var runOnPlanTitleRe = lazyRe(`^([\p{Han}XＸ][^。；;：:，,、\s]{4,90}?(?:实施方案|工作方案|行动方案|方案|实施意见|若干措施|行动计划|工作要点|任务清单|责任清单|分工表|分解表|责任表|清单)》?)(?:[（(](?:征求意见稿|讨论稿|送审稿|草案)[）)])?((?:为(?:深入|进一步|全面|认真|切实|加快|贯彻|落实|优化|加强|推进|规范|做好|提升|促进|保障|维护|确保|持续)|根据|按照)\p{Han}.*|序号(?:` + "工作内容|工作任务|主要任务|重点任务|任务名称|任务内容|目标任务|目标内容|责任单位|主要责任单位|牵头单位|完成时限|完成期限" + `).*)$`)

// longLine is the length past which a line that holds sentences ended
// by spaces is a page's whole text on one line, not a paragraph.
const longLine = 150

// lostBreaks splits a line where the page lost its line breaks: a whole
// notice served as one long line, or a letter whose signature and date
// are run on after it. Table rows (cells split by |) are left whole.
func lostBreaks(t string) string {
	t = dropEndCell(t)
	if strings.ContainsAny(t, "|｜\t") {
		return t
	}
	if m := previewLabelRe.FindString(t); m != "" && utf8.RuneCountInString(t) >= longLine {
		// 文档介绍:龙府发〔2009〕23号成都市…的通知各街道办事处…:为…: a
		// document site's preview, the whole notice on one line with
		// neither breaks nor spaces.
		return previewBreaks(t[len(m):])
	}
	if m := pdfHeadRe.FindStringSubmatch(t); m != nil && utf8.RuneCountInString(t) >= longLine && isTitleCandidate(spaceless(m[2])) {
		// 秘密 宁政法[2012]1 号 ★ 市委政法委、市综治委关于印发 市政法…的通知
		// 市政法各部门、…: 为了…: a PDF's text layer served as one line, each
		// of its line breaks a space: the number, the title and the
		// recipients on lines of their own, then the letter.
		return m[1] + "\n" + m[2] + "\n" + m[3] + "\n" + lostBreaks(m[4])
	}
	if head, sig, ok := jointSigned(t); ok {
		return lostBreaks(breakSentences(head)) + "\n" + sig
	}
	if m := signedRe.FindStringSubmatch(t); m != nil && endsOrg(m[2]) && strings.Contains(m[1], "。") {
		// A letter's sentences, then its signature and date; a row of a
		// table set apart by spaces (1 推进改革 县发改局 2023年12月31日)
		// holds no full stop and is left whole.
		return lostBreaks(breakSentences(m[1])) + "\n" + m[2] + "\n" + m[3]
	}
	if title, rest, ok := titleBeforeRecipients(t); ok {
		return title + "\n" + lostBreaks(rest)
	}
	if title, rest, ok := doubledTitle(t); ok {
		return title + "\n" + lostBreaks(rest)
	}
	if m := runOnTitleRe.FindStringSubmatch(t); m != nil && utf8.RuneCountInString(t) >= longLine {
		// A whole notice on one line whose title the page ran on into the
		// preamble with a full stop: 关于支持…的十条意见。为落实….
		return m[1] + "\n" + lostBreaks(m[2])
	}
	if title, rest, ok := markedPlanTitle(t); ok && utf8.RuneCountInString(t) >= longLine {
		// 1、生态市建设三年行动计划 为有序推进…: a preview's page marker
		// before the plan's title (previewmark.go).
		return title + "\n" + lostBreaks(rest)
	}
	if m := runOnPlanTitleRe.FindStringSubmatch(t); m != nil && utf8.RuneCountInString(t) >= longLine {
		// A plan's title run on into its preamble or its table's header
		// with no stop, as a document site's preview gives a page:
		// …若干措施实施方案为深入贯彻…, …责任分工表序号工作内容….
		return m[1] + "\n" + lostBreaks(m[2])
	}
	if utf8.RuneCountInString(t) < longLine || !strings.Contains(t, "。 ") {
		return unitParagraphs(t)
	}
	var b strings.Builder
	from := 0
	for _, loc := range lostBreakRe.FindAllStringIndex(t, -1) {
		cut := t[loc[0]:loc[1]]
		keep := strings.TrimRight(cut, " \u3000")
		if strings.HasPrefix(keep, " ") || strings.HasPrefix(keep, "\u3000") {
			// " 2022年4月18日 ": the date on a line of its own.
			b.WriteString(t[from:loc[0]] + "\n" + strings.Trim(keep, " \u3000") + "\n")
		} else {
			b.WriteString(t[from:loc[0]] + keep + "\n")
		}
		from = loc[1]
	}
	b.WriteString(t[from:])
	return b.String()
}

// pdfHeadRe is the head of a notice a PDF's text layer gives as one line,
// its line breaks turned into spaces: a secrecy or urgency mark or none,
// the number (its 号 apart by a space as the layer may write it), a star
// or none, the title up to 的通知 (意见, 决定 …) with spaces inside, and
// the recipients up to their colon.
var pdfHeadRe = lazyRe(`^(?:(?:秘密|机密|绝密|特急|加急|平急|特提|内部)(?:[ \x{3000}]*★)?[ \x{3000}]+)?([^《\s〔\[［]{1,12}[ \x{3000}]*[〔\[［][ \x{3000}]*(?:19|20)\d{2}[ \x{3000}]*[〕\]］][ \x{3000}]*\d{1,4}[ \x{3000}]*号)[ \x{3000}]+(?:★[ \x{3000}]*)?` +
	`(\p{Han}[^。；;：:《》]{4,80}?的(?:通知|意见|决定|通报|批复|函))[ \x{3000}]+([^。；;：:《》]{2,120}[：:])[ \x{3000}]*(\S.*)$`)

// previewLabelRe is a document site's label before the text of a
// preview it serves as one line: 文档介绍:….
var previewLabelRe = lazyRe(`^(?:文档介绍|文档简介|内容简介|内容提示)\s*[：:]\s*`)

// previewHeadRe is a notice's head run together with no breaks: its
// number (if any), its title up to 的通知 (意见, 决定 …), the recipients up
// to their colon, and the letter after them.
var previewHeadRe = lazyRe(`^([^《\s〔]{1,12}\s*[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d+\s*号)?(\p{Han}[^。；;：:]{4,80}?的(?:通知|意见|决定|通报|批复|函))([^。；;：:]{2,120}[：:])(.+)$`)

// previewBreakRe is where such a preview lost the breaks of the notice's
// foot and of a table attached: after a full stop, before 附件:, 主题词:
// and 抄送:, around a date in Chinese numerals and a bare 附件, after an
// imprint's copies (…印(共印30份)), before a table's unit (单位:万元) and
// its header run together (序号项目名称…).
var previewBreakRe = lazyRe(`。|附件\s*[：:]?|单位\s*[：:]\s*(?:万元|亿元|元|个|人|项)|主题词\s*[：:]|抄\s*送\s*[：:]|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|印\s*[（(]\s*共印\s*\d+\s*份\s*[）)]|序号(?:项目名称|工作任务|工作内容|主要任务|重点任务|任务名称|任务内容|实事内容)`)

// previewBreaks puts the parts of a notice a document site served as one
// line, with neither breaks nor spaces, on lines of their own: number,
// title, recipients, each sentence of the letter, the date, the imprint
// and an attached table's header. A text whose head is not a notice's
// (no title 关于…的通知 and recipients) is left as it is.
func previewBreaks(t string) string {
	m := previewHeadRe.FindStringSubmatch(t)
	if m == nil || !isTitleCandidate(m[2]) {
		return t
	}
	var b strings.Builder
	if m[1] != "" {
		b.WriteString(m[1] + "\n")
	}
	b.WriteString(m[2] + "\n" + m[3] + "\n")
	rest, from := m[4], 0
	for _, loc := range previewBreakRe.FindAllStringIndex(rest, -1) {
		cut := rest[loc[0]:loc[1]]
		switch {
		case cut == "。" || strings.HasPrefix(cut, "印"):
			// The break is after it.
			b.WriteString(rest[from:loc[1]] + "\n")
			from = loc[1]
		case cnDateRe.MatchString(cut) || cut == "附件":
			// The date, or 附件 over a table, on a line of its own.
			b.WriteString(rest[from:loc[0]] + "\n" + cut + "\n")
			from = loc[1]
		default:
			b.WriteString(rest[from:loc[0]] + "\n")
			from = loc[0]
		}
	}
	b.WriteString(rest[from:])
	var out []string
	for _, l := range strings.Split(b.String(), "\n") {
		if trimLine(l) != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// cnDateRe is a date in Chinese numerals: 二○○九年五月十四日.
var cnDateRe = lazyRe(`^[〇○零一二三四五六七八九]{4}年`)

// breakSentences puts each sentence ended by a full stop and spaces on a
// line of its own: "…贯彻落实。 附件:…".
func breakSentences(t string) string {
	return sentenceSpaceRe.ReplaceAllString(t, "。\n")
}

var sentenceSpaceRe = lazyRe(`。[ \x{3000}]+`)

// itemLevel is the level of a number that starts s (1 一、, 2 （一）, 3 1.)
// and its value; 0 when s starts with none.
func itemLevel(s string) (level, number int) {
	switch {
	case sectionRe.MatchString(s):
		return 1, chineseNumber(topMatch(s)[1])
	case subRe.MatchString(s):
		return 2, chineseNumber(subRe.FindStringSubmatch(s)[1])
	case taskRe.MatchString(s):
		return 3, atoi(taskRe.FindStringSubmatch(s)[1])
	}
	return 0, 0
}

// startsSibling reports whether next, run onto the line cur starts, is an
// item of its own: after prose any number is; after an item its next
// sibling or a higher heading; after a heading its first item below.
func startsSibling(cur, next string) bool {
	cl, cn := itemLevel(cur)
	nl, nn := itemLevel(next)
	switch {
	case cl == 0:
		return true
	case nl == cl:
		// The next sibling; a summary that left items out skips a few
		// (1. 2. 4.).
		return nn > cn && nn <= cn+3
	case nl < cl:
		return true
	}
	return nn == 1 && cl < 3
}

// previewPageRe is the number a document-sharing site puts before each
// page of a document's preview: 1、<page 1's text>, 2、<page 2's text>.
var previewPageRe = lazyRe(`^(\d{1,2})、`)

// docShareRe is a document-sharing site's line over a preview: 《….docx》
// 由会员分享，可在线阅读….
var docShareRe = lazyRe(`由会员分享`)

// previewPage is the length a preview's page line reaches: a page of a
// document, not an item.
const previewPage = 100

// joinPreviewPages takes a document site's page numbers off a preview's
// pages (1、… 2、…), and mends a word a page broke (…个体工商 / 2、户提供…,
// …文 / 2、体旅局): read as items, the pages had made tasks of a title and
// of a broken half.
// The pages are lines 1、 2、 3、 in order, each a long one, under the
// site's share line, or two or more of them with one cut in mid-sentence.
// editBlurbRes are a document site's blurb run into the text it serves, at a
// line's or a page's start, after a page's footer or at a line's end after
// its last bracket or stop: 1、文本为Word版本,下载可任意编辑…, 第 1 页共 5 页下载
// 后可任意编辑, …(县住建局负责)文本为Word版本,下载可任意编辑. In a sentence (…目录
// 文本为Word版本,下载可任意编辑的格式) it is the text's own words.
var editBlurbRes = []*lazyRegexp{
	lazyRe(`(^[\s\x{3000}]*(?:\d{1,2}、)?|页\s*)(?:文本为Word版本[,，]\s*)?下载后?可任意编辑([^的]|$)`),
	lazyRe(`([）)。])()\s*(?:文本为Word版本[,，]\s*)?下载后?可任意编辑\s*$`),
	// A page's arrows pointing down to the text, a prompt between them
	// (↓↓, ↓↓↓点击下方查看全文↓↓↓): no line of the notice's.
	lazyRe(`^()()[\s\x{3000}]*[↓⬇]{2,}(?:[^↓⬇]{0,12}[↓⬇]{2,})?[\s\x{3000}]*$`),
}

// lostIndentRe is a line's indent whose full-width spaces a copy lost
// as question marks: ??上海市崇明区农业农村委员会.
var lostIndentRe = lazyRe(`^[ \t\x{3000}]*(?:\?\?|？？)+`)

// dropEditBlurbs takes such blurbs (and a page's arrows) out of the lines,
// wherever they stand, and a lost indent off a line's start.
func dropEditBlurbs(raw []string) []string {
	var out []string
	for i, l := range raw {
		t := lostIndentRe.ReplaceAllString(l, "")
		for _, re := range editBlurbRes {
			t = re.ReplaceAllString(t, "$1$2")
		}
		if t == l {
			continue
		}
		if out == nil {
			out = slices.Clone(raw)
		}
		out[i] = t
	}
	if out == nil {
		return raw
	}
	return out
}

// cutAbove says the text line above line i stops mid-sentence.
func cutAbove(raw []string, i int) bool {
	p := prevText(raw, i)
	return p >= 0 && midSentence(trimLine(raw[p]))
}

func joinPreviewPages(raw []string) []string {
	shared := false
	var marks []int
	want := 1
	for i, l := range raw {
		t := trimLine(l)
		if docShareRe.MatchString(t) {
			shared = true
			continue
		}
		m := previewPageRe.FindStringSubmatch(t)
		if m == nil || utf8.RuneCountInString(t) < previewPage && !(shared && want > 1 && cutAbove(raw, i)) {
			// (A short page is one where a shared document's page above
			// it stopped mid-sentence: 2、、市自然资源和规划局,….)
			continue
		}
		if k, _ := strconv.Atoi(m[1]); k == want {
			marks = append(marks, i)
			want++
		}
	}
	cut := false
	for _, i := range marks[min(1, len(marks)):] {
		if p := prevText(raw, i); p >= 0 && midSentence(trimLine(raw[p])) {
			cut = true
		}
	}
	if len(marks) == 0 || !shared && (len(marks) < 2 || !cut) {
		return raw
	}
	out := slices.Clone(raw)
	for _, i := range marks {
		rest := previewPageRe.ReplaceAllString(trimLine(out[i]), "")
		if p := prevText(out, i); p >= 0 && slices.Contains(marks[:slices.Index(marks, i)], p) && midSentence(trimLine(out[p])) {
			// The word the page cut goes down to the page it ends on,
			// each page staying on its own line.
			head, frag := cutFragment(strings.TrimRight(out[p], " \t\u3000"))
			out[p], rest = head, frag+rest
		}
		out[i] = rest
	}
	return out
}

// cutFragment splits off the words after a line's last stop, comma or 、
// (at most a few): …市生态环境局，市 → …市生态环境局，| 市.
func cutFragment(t string) (head, frag string) {
	at := strings.LastIndexAny(t, "。；;，,、：:）)")
	if at < 0 {
		return t, ""
	}
	_, size := utf8.DecodeRuneInString(t[at:])
	if utf8.RuneCountInString(t[at+size:]) > 12 {
		return t, ""
	}
	return t[:at+size], t[at+size:]
}

// prevText is the index of the last line before i that is not blank, or -1.
func prevText(raw []string, i int) int {
	for p := i - 1; p >= 0; p-- {
		if trimLine(raw[p]) != "" {
			return p
		}
	}
	return -1
}

// midSentence says a line stops inside a sentence: at a character of a
// word, not at a stop, a colon or a closing bracket.
func midSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && (unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '、')
}

// headRunOnRe is a heading run on into the number of the first item
// under it, as a page served as one line writes it: 二、重点任务(一)建立…,
// (一)建立健全中医药服务体系行动1.中医医院…, 一、总体目标 1.总体目标。…
// (a space between them). The heading is a few words with no stop (a few
// phrases apart by 、: 一、优服务、提效能1.…), or a
// longer phrase with commas and quotes but no stop (一、对接市级“一网通办”
// 平台,以“减时间…”为目标,全力推进业务流程革命性再造1.实现…).
var headRunOnRe = lazyRe(`^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*(?:\p{Han}{2,24}?|\p{Han}{2,8}(?:、\p{Han}{2,8}){1,3}?|\p{Han}[^。；;：:!?！？()（）\s]{8,70}?\p{Han}))\s*((?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}(?: ?[.．]|、))\s*\p{Han})`)

// splitItems splits a line at the items run onto it (runTogether) and at
// headings run straight into their first item (headRunOn); what follows a
// heading so split is split again, as a line of its own.
func splitItems(t string) []string {
	var out []string
	for _, whole := range runTogether(t) {
		parts := headRunOn(whole)
		if len(parts) == 1 {
			out = append(out, whole)
			continue
		}
		out = append(out, parts[:len(parts)-1]...)
		out = append(out, splitItems(parts[len(parts)-1])...)
	}
	return out
}

// headRunOn puts a heading run on into the item under it on a line of its
// own, the item (and any heading run into it) after it.
func headRunOn(t string) []string {
	var out []string
	for {
		m := headRunOnRe.FindStringSubmatchIndex(t)
		if m == nil {
			break
		}
		head, rest := t[:m[3]], t[m[4]:]
		if hl, _ := itemLevel(head); hl == 0 || func() bool { nl, _ := itemLevel(rest); return nl <= hl }() {
			break
		}
		out = append(out, head)
		t = rest
	}
	return append(out, t)
}

// joinCutLists joins to a line that ends in 、 the line after it: a list
// of names the page broke (责任单位:市城市管理局、…、教育局、 / 文体旅局、…)
// goes on there. A numbered line or a label is no part of it.
func joinCutLists(lines []Line) []Line {
	var out []Line
	for _, l := range lines {
		if k := len(out) - 1; k >= 0 && strings.HasSuffix(out[k].Text, "、") && l.N-out[k].N <= 2 &&
			!leadNumberRe.MatchString(l.Text) && !respLineRe.MatchString(l.Text) && !strings.ContainsAny(out[k].Text+l.Text, "|｜\t") {
			out[k].Text += l.Text
			continue
		}
		out = append(out, l)
	}
	return out
}

// headingsApart puts on lines of their own the headings a page ran on
// with a space before their text: 第一部分:…的责任分解 一、于幼军省长负责的
// 工作(…协助) / (一)省监察委员会牵头的工作 强化行政监察,….
func headingsApart(text string) string {
	if !strings.Contains(text, " ") && !strings.Contains(text, "\u3000") {
		return text
	}
	var out []string
	for _, l := range strings.Split(text, "\n") {
		for {
			if m := partThenSectionRe.FindStringSubmatch(l); m != nil {
				out = append(out, m[1])
				l = m[2]
				continue
			}
			if m := leadHeadingTextRe.FindStringSubmatch(l); m != nil && leadHeading(strings.TrimSpace(subRe.ReplaceAllString(m[1], "$2"))) && headingText(m[2]) {
				out = append(out, m[1])
				l = m[2]
			}
			break
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

var (
	// partThenSectionRe is a part's heading run on with its first
	// section's: 第一部分:“十一五”期间主要工作任务的责任分解 一、….
	partThenSectionRe = lazyRe(`^(第[一二三四五六七八九十]{1,3}部分[：:]?\S{0,40})[ \x{3000}]+([一二三四五六七八九十]{1,3}、\S.*)$`)
	// leadHeadingTextRe is a sub-section's heading naming who leads it,
	// its text run on after a space: (一)省审计厅牵头的工作 强化审计监督,….
	leadHeadingTextRe = lazyRe(`^([（(][一二三四五六七八九十]{1,3}[）)]\S{2,24}?牵头的?(?:工作|任务|事项))[ \x{3000}]+(\S.*)$`)
)

// headingText says the words run on after a lead heading are its work, a
// sentence (强化审计监督,依法开展审计工作。), not a helper's clause (市财政局
// 配合), a label (完成时限：…) or an item (1.…).
func headingText(s string) bool {
	s = strings.TrimSpace(s)
	return utf8.RuneCountInString(s) >= 4 && strings.HasSuffix(s, "。") && !respLineRe.MatchString(s) && !taskRe.MatchString(s) &&
		!helperClauseRe.MatchString(s)
}

// helperClauseRe is a clause naming who helps or answers, alone: 市财政局
// 配合。, 张三副市长负责。
var helperClauseRe = lazyRe(`^[^，,。；;]{2,30}(?:配合|协助|协办|负责)。?$`)

// A forum's copy guard scatters runs of one or two ASCII characters apart
// by spaces through a post (' R6 B7 g2 Y! p. T1 |6 u重庆市…, whole lines of
// them, or glued to an item's ends: , I% H9 r: m2 |* {对府东新村…(住建局牵头)
// x& L1 ]8 N) l6 J( k): no part of the notice. Where three runs or more
// hold the guard's marks (a row of figures apart by spaces holds none),
// the runs are taken out of every line. A run opens with no
// bracket: the one before it closes the item's.
var (
	jamLineRe = lazyRe(`^(?:[!-~]{1,2} ){3,}[!-~]{0,2}$`)
	jamRunRe  = lazyRe(`(^|[ \p{Han}）)])((?:[!-'*-~][!-~]? )(?:[!-~]{1,2} ){2,}[!-~]{0,2})`)
)

// jammed says a run holds the guard's marks: two punctuation marks at
// least, or two tokens of a letter and a digit (l1 J8).
func jammed(run string) bool {
	marks, mixed := 0, 0
	for _, tok := range strings.Fields(run) {
		letter, digit := false, false
		for _, r := range tok {
			switch {
			case r >= '0' && r <= '9':
				digit = true
			case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
				letter = true
			case r == '|':
				// A table's cell rule (| | |), no guard's mark.
			case r >= '!' && r <= '~':
				marks++
			}
		}
		if letter && digit {
			mixed++
		}
	}
	return marks >= 2 || mixed >= 2
}

// dropJammers takes a forum's copy guard out of the lines.
func dropJammers(lines []string) []string {
	n := 0
	for _, l := range lines {
		for _, m := range jamRunRe.FindAllStringSubmatch(strings.TrimSpace(l), -1) {
			if jammed(m[2]) {
				n++
			}
		}
	}
	if n < 3 {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if jamLineRe.MatchString(t) && jammed(t) {
			continue
		}
		for from := 0; ; {
			loc := jamRunRe.FindStringSubmatchIndex(t[from:])
			if loc == nil {
				break
			}
			if !jammed(t[from+loc[4] : from+loc[5]]) {
				from += loc[5]
				continue
			}
			t = t[:from+loc[4]] + t[from+loc[5]:]
		}
		out = append(out, strings.TrimSpace(t))
	}
	return out
}

// itemAfterLabel splits a label's line where the next item runs on after
// its value with no break (配合部门:各乡(镇)人民政府,县直相关部门(二)组织…):
// the item starts a line of its own.
func itemAfterLabel(t string) []string {
	loc := runOnSubItemRe.FindStringIndex(t)
	if loc == nil || !labelBeforeRe.MatchString(t[:loc[0]]) {
		return []string{t}
	}
	// The number starts after the body's last character the match holds.
	_, size := utf8.DecodeRuneInString(t[loc[0]:])
	at := loc[0] + size
	return append([]string{t[:at]}, itemAfterLabel(t[at:])...)
}

// labelBeforeRe is a label of who answers, anywhere on the line before a
// run-on item's number: 配合部门:, 牵头协调部门：.
var labelBeforeRe = lazyRe(`(?:部门|单位|科室|处室)\s*[：:]`)

// runOnSubItemRe is a body's last character (部门, 政府, 局, 委, 办) with a
// sub-item's number and words after it: 部门(二)组织.
var runOnSubItemRe = lazyRe(`[门府局委办室心会队站所处科股][（(][一二三四五六七八九十]{1,3}[）)]\p{Han}{2}`)

// mapSlice applies f to each of ss.
func mapSlice(ss []string, f func(string) []string) [][]string {
	out := make([][]string, len(ss))
	for i, s := range ss {
		out[i] = f(s)
	}
	return out
}

// colonlessLabelRe is a label of owners run on with no colon, at the end
// of an item's line: …责任单位环卫分公司配合单位办事处、城管中队.
var colonlessLabelRe = lazyRe(`(责任单位|牵头单位|配合单位|协办单位|责任部门|牵头部门|配合部门|责任领导|分管领导|牵头领导|完成时限|完成时间)`)

// colonlessLabels reads an item's line whose owners' labels are run on
// after its text with no colon or stop (a copy that lost them): the text,
// and the labels with colons, where every label's value is names only.
func colonlessLabels(t string) (string, string, bool) {
	line := trimLine(t)
	if !leadNumberRe.MatchString(line) && !subRe.MatchString(line) {
		return "", "", false
	}
	locs := colonlessLabelRe.FindAllStringIndex(line, -1)
	if stop := strings.LastIndexAny(strings.TrimRight(line, "。；; "), "。；;"); stop >= 0 {
		// 1、…明确责任领导和责任单位,完成时限由各社区自定。责任单位各社区:
		// the labels run on after the item's last stop, not the words
		// of its sentences.
		locs = slices.DeleteFunc(locs, func(loc []int) bool { return loc[0] < stop })
	}
	if len(locs) == 0 || len(locs) > 3 {
		return "", "", false
	}
	first := locs[0][0]
	if before := line[:first]; strings.HasSuffix(before, "各") || strings.HasSuffix(before, "有关") || strings.HasSuffix(before, "相关") || utf8.RuneCountInString(before) < 6 || openBrackets(before) {
		return "", "", false
	}
	var labels []string
	units := false
	for k, loc := range locs {
		end := len(line)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		label := line[loc[0]:loc[1]]
		value := strings.TrimRight(line[loc[1]:end], "。；; ")
		if value == "" || strings.ContainsAny(value, "。；;：:（()）") || strings.HasPrefix(value, "为") || strings.HasPrefix(value, "是") {
			return "", "", false
		}
		switch {
		case strings.HasSuffix(label, "领导"):
			// …责任领导王建华责任单位环卫所: the leader's label too, one
			// person or several (王建华、李明).
			if headingPersons(value) == nil && slices.ContainsFunc(strings.Split(value, "、"), func(p string) bool { return !personShaped(p) && !personLikeName(p) && !postNameRe.MatchString(p) }) {
				return "", "", false
			}
		case strings.HasPrefix(label, "完成"):
			// …责任单位物业办完成时限6月底前.
			if !isDueClause(value) {
				return "", "", false
			}
		case !shortNamesOnly(value):
			return "", "", false
		default:
			units = true
		}
		labels = append(labels, label+"："+value)
	}
	if !units {
		return "", "", false
	}
	return line[:first], strings.Join(labels, "；"), true
}

// fontButtonRe is a page's font-size button alone on its line: [ 大 ],
// 【小】.
var fontButtonRe = lazyRe(`^[【\[]\s*[大中小]\s*[】\]]$`)

// postNameRe is a person named after his post: 副主任王建华, 站长李明.
var postNameRe = lazyRe(`^\p{Han}{0,6}(?:主任|书记|部长|局长|站长|所长|[镇乡县区市]长|主席)\p{Han}{2,3}$`)

// shortNamesOnly says a label's value is names only, apart by 、 or a
// comma, one at least ending as a body's name does: no sentence, no verb
// of work (环卫分公司、执法七中队).
func shortNamesOnly(value string) bool {
	org := false
	for _, p := range strings.FieldsFunc(value, func(r rune) bool { return r == '、' || r == ',' || r == '，' }) {
		p = strings.TrimSpace(p)
		if utf8.RuneCountInString(p) < 2 || utf8.RuneCountInString(p) > 16 || strings.ContainsAny(p, " 　") || sentenceNameRe.MatchString(p) || oddNameRe.MatchString(p) {
			return false
		}
		org = org || endsOrg(p) || unitName(p) || smallBodyEndRe.MatchString(p)
	}
	return org
}

// smallBodyEndRe ends the name of a small body a street's list names: a
// company, a squad, a residents' committee, a section.
var smallBodyEndRe = lazyRe(`(?:公司|中队|大队|支队|办事处|居委会|村委会|站|所|科|股)$`)
