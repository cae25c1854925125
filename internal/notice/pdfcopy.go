package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Rules for a notice copied out of its PDF, where the preamble's
// paragraphs come broken at the printed width: a line so cut ends in
// neither 。 nor ；, which is how a title line was told from a sentence.

// sentencePart says a line before the list is part of a sentence, no
// title line:
//   - it opens as only a letter's or a report's sentence does (为深入贯彻…,
//     根据…, 现将…, 经市政府同意…, 近日…), or says what a letter says of
//     the document it sends (…》已经省政府同意, …,现将《…》);
//   - it holds a comma and opens as a sentence may (为…, 今年…), or stops
//     inside a sentence under a title line read already (…曝光,要求限期
//     整改 / 8月30日,市创文办发布…督查中发), or reaches a PDF's printed
//     width (26 characters and more) and ends neither a sentence (a
//     headline's question does) nor as a title does.
//
// A title holds no comma but as a news headline's two halves, on one
// line.
func sentencePart(t string, underTitle bool) bool {
	t = trimLine(t)
	if letterOpenStrongRe.MatchString(t) || letterSaysRe.MatchString(t) {
		return true
	}
	if !strings.ContainsAny(t, ",，") {
		return false
	}
	return sentenceOpenRe.MatchString(t) || underTitle && stopsInside(t) ||
		utf8.RuneCountInString(t) >= minPrintedLine && !strings.ContainsAny(lastRune(t), "。！？!?；;") && !endsTitle(t) && !docEndRe.MatchString(t)
}

// minPrintedLine is how many characters a line of a PDF's text holds at
// least where it reaches the printed width: 28 a line, less a mark or two
// a font set narrower.
const minPrintedLine = 26

// letterOpenStrongRe is how only a letter's or a report's sentence opens:
// 为深入贯彻…, 根据…, 现将…, 经市政府同意…, 近日…. No title does.
var letterOpenStrongRe = lazyRe(`^(?:为了|为(?:深入|认真|全面|进一步|贯彻|加快|切实|推动|推进|做好|确保|加强|促进|落实|有效|积极)|根据|按照|依据|遵照|现将|近日|日前|经\S{0,12}?(?:同意|研究))`)

// letterSaysRe is what a cover letter says of the document it sends:
// 《X》已经省政府同意 (a line may stop at 已经), …同意,现将《X》….
var letterSaysRe = lazyRe(`》\s*(?:已经|已由|经\S{1,8}?(?:同意|审议|研究|批准))|[，,]\s*(?:现将|现就|现印发|特制定|制定本)`)

// sentenceOpenRe is how a sentence may open, a comma after: 为…, 今年…,
// 记者….
var sentenceOpenRe = lazyRe(`^(?:为|经|今年|记者|本报|文件指出)`)

// wholeTitle says a line joined so far is a notice's title whole, on one
// line of its own as a page heads the notice: it ends as a title does
// (…的通知, …实施方案), holds no comma or stop and no book bracket left
// open, and opens no letter's sentence and no item (1.贯彻落实…的通知 /
// 精神… goes on). A title that long reaches a PDF
// copy's printed width, yet nothing goes on it: the line under it is the
// document's number, its date, or the title again.
func (j *joining) wholeTitle() bool {
	t := trimLine(j.parts[0])
	return len(j.parts) == 1 && endsTitle(t) && !strings.ContainsAny(t, "，,。；;") && !sentenceOpenRe.MatchString(t) && !leadNumberRe.MatchString(t) &&
		strings.Count(t, "《") == strings.Count(t, "》") && j.depth == 0
}

// lastRune is s's last character, "" for none.
func lastRune(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(r)
}

// afterBrokenSentence says head[i] goes on a sentence the line above it
// left open where a PDF's copy broke it at the printed width: that line
// is as long as a printed line, holds a comma and ends no sentence
// (…根据 / 《昆明市人民政府关于印发…的). Such a line is no title, whatever
// it names.
func afterBrokenSentence(head []Line, i int) bool {
	if i == 0 {
		return false
	}
	p := trimLine(head[i-1].Text)
	return utf8.RuneCountInString(p) >= minPrintedLine && strings.ContainsAny(p, ",，") &&
		!strings.ContainsAny(lastRune(p), "。！？!?；;：:") && !endsTitle(p)
}

// cellGoesOn says next goes on a sentence last left open where no printed
// width is read (a table's cell copied out of a PDF, one cell a line, or
// a short copy): last ends at a comma (…纳入本区国民经济和社会发展总体规划, /
// 建立和完善…机制。), or it is as long as a printed line's half and
// stops inside a word, and next is the sentence's last character
// (…配置专兼职工作人 / 员。). No line of a notice ends at a comma, and no
// item, unit or cell is a character and a stop. A label's line
// (责任单位：…) starts a field of its own, and a page's breadcrumb under
// its greeting (欢迎浏览…网站, / 您当前所在的位置:…) is the page's.
func cellGoesOn(last, next string) bool {
	if respLineRe.MatchString(next) || labelAloneRe.MatchString(next) || shortLabelRe.MatchString(next) || chromeRe.MatchString(next) {
		return false
	}
	if strings.HasSuffix(last, "，") || strings.HasSuffix(last, ",") {
		return true
	}
	return sentenceTailRe.MatchString(next) && stopsInside(last) && utf8.RuneCountInString(last) >= minWrapWidth
}

// sentenceTailRe is a line of a sentence's last character and its stop:
// 员。, 理。. (Two, 目标。, may be a whole line's word in a web page's
// text, and stay.)
var sentenceTailRe = lazyRe(`^\p{Han}[。；;]$`)

// adjacent says line b comes right under line a: a blank line at most
// between them, or no line of the text, where a is a paragraph a PDF's
// copy broke over lines and joined again (a line's number is its first
// printed line's).
func (w *walker) adjacent(a, b Line) bool {
	if b.N-a.N <= 2 {
		return true
	}
	return !slices.ContainsFunc(w.items, func(it item) bool { return it.line.N > a.N && it.line.N < b.N })
}

// overRecipients says next is the notice's recipients line (…各单位:)
// under a line of one piece with no comma or stop in it: a title, maybe
// with a site's name after a dash (…的通知-九游会真人第一品牌), which a
// page's width does not break into its recipients.
func (j *joining) overRecipients(next string) bool {
	return len(j.parts) == 1 && !strings.ContainsAny(j.last, "，,。；;") && isRecipients(next)
}

// pageLine says the line joined so far is a web page's own, a breadcrumb
// or a post line (您当前所在的位置:首页 > 政务 > …, 来源:…, 【作者:…】【发布时间:…】): no PDF's text
// holds it, so no printed width broke it, and the notice's title under
// it is no part of it.
func (j *joining) pageLine() bool {
	t := trimLine(j.parts[0])
	return len(j.parts) == 1 && (chromeRe.MatchString(t) || postLabelsRe.MatchString(t))
}

// postLabelsRe is a page's post line of labels in brackets, one after
// another: 【文章来源:】 【作者:继教园区】 【发布时间:2015-03-13】 【点击量:.
var postLabelsRe = lazyRe(`^(?:【[^【】]{1,12}[:：][^【】]*】\s*){2,}`)

// pushedBracket says next opens the bracket of who answers for the
// sentence last ended, a label first, and leaves it open for the lines
// under it (…查询涉案信息。 / （责任单位：市高院、…上海银保监局、 / …各区政府）):
// a page sets no bracket at a line's end, and pushed this one down. Read
// apart, the item's sentence lost its owners and the item, its number a
// heading's, was no task, with no word.
func pushedBracket(last, next string) bool {
	if !strings.HasSuffix(last, "。") && !strings.HasSuffix(last, "；") {
		return false
	}
	r, size := utf8.DecodeRuneInString(next)
	if r != '（' && r != '(' || bracketDepth(next) <= 0 {
		return false
	}
	m := labelRe.FindStringIndex(next[size:])
	return m != nil && m[0] == 0
}
