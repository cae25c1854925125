package notice

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Stage 1 continued: the header (issuer, number, title, recipients, date)
// before the list, and the tail after it (signature, date, 此件公开发布),
// which belong to the notice and are no part of any task.

var (
	numberRe = lazyRe(`[〔\[［(（【﹝]\s*((?:19|20)\d{2})\s*[〕\]］)）】﹞]\s*\d+\s*号$`)
	// dateLineRe is a line that is a date; a 日 the page lost after the
	// day (2022年8月19) leaves it one still.
	dateLineRe = lazyRe(`^[（(]?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?[）)]?$`)
	// garbledDateRe is a date line whose 年 and 月 a page lost (2022121日,
	// 2019116): a date line still, though its date cannot be read.
	garbledDateRe = lazyRe(`^[（(]?(?:19|20)\d{2}\s*年?\s*\d{1,2}\s*月?\s*\d{1,2}\s*日?[）)]?$`)
	// publicRe is the publication mark under a signature: （此件公开发布）,
	// or a copy's note that it is cut: (本文有删减).
	// So is a ministry's line saying how it is published: (信息公开形式:
	// 主动公开), （公开方式：依申请公开）.
	publicRe = lazyRe(`^[（(]\s*(?:此件.{0,12}|本文有删[减节]|有删[减节]|(?:信息)?公开(?:形式|方式|选项|属性)\s*[：:]\s*\p{Han}{2,8})\s*[）)]$|^(?:信息)?公开(?:形式|方式|选项|属性)\s*[：:]\s*(?:主动|依申请|不予)公开$`)
	// imprintRe is the imprint at the foot of a notice: 抄送…, 主题词：…,
	// …印发, …印(共印30份).
	imprintRe = lazyRe(`^(抄送|抄报|报送|报|送|主题词|关键词)\s*[：:]|\d{1,2}\s*日\s*印发?\s*(?:[（(]\s*共印\s*\d+\s*份\s*[）)])?$`)
	yearRe    = lazyRe(`((?:19|20)\d{2})\s*年`)
	// citedNumberRe is the year in a cited document's number.
	citedNumberRe = lazyRe(`[〔\[［]((?:19|20)\d{2})[〕\]］]\s*\d+\s*号`)
)

// standingMarkRe closes a title with the document's standing: (试行),
// （暂行）, (草案).
var standingMarkRe = lazyRe(`[（(]\s*(?:试行|暂行|草案|修订)\s*[）)]$`)

// yearsMarkRe closes a title with the years the document runs:
// (2023-2025年), （2021—2025年）, (2024年).
var yearsMarkRe = lazyRe(`[（(]\s*(?:19|20)\d{2}\s*(?:年\s*)?(?:[-—–~～至到]\s*(?:(?:19|20)\d{2}|\d{2})\s*)?年?\s*[）)]$`)

func endsTitle(s string) bool {
	// Only its end can say so: a title read line by line is asked again at
	// each line, and reading all of it each time made a page of 10,000
	// title-like lines take seconds.
	if len(s) > 300 {
		s = s[len(s)-300:]
		for len(s) > 0 && !utf8.RuneStart(s[0]) {
			s = s[1:]
		}
	}
	// 实施意见(试行): a mark of the document's standing after its kind.
	s = strings.TrimSpace(standingMarkRe.ReplaceAllString(s, ""))
	// 方案(2023-2025年): the years the document runs, after its kind.
	s = strings.TrimSpace(yearsMarkRe.ReplaceAllString(s, ""))
	for _, w := range []string{"通知", "意见", "方案", "通报", "函", "决定", "清单", "要点", "分工", "安排", "计划"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return reportTitle(s)
}

// cnDateLineRe is a date line written in Chinese numerals, as older
// notices sign: 二○○七年四月十三日 (〇, ○, 零 and a copy's digit 0 all stand
// for zero: 二00四年).
var cnDateLineRe = lazyRe(`^[（(]?([〇○零OＯ0０一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日[）)]?$`)

// isDateLine is a line that dates a notice, readable or garbled.
func isDateLine(s string) bool {
	t, _ := asciiDigits(trimLine(s)) // ２０２４年１月１５日: full-width digits
	return dateLineRe.MatchString(t) || garbledDateRe.MatchString(t) || cnDateLineRe.MatchString(t) || digitDateLineRe.MatchString(t)
}

// digitDateLineRe is a date line whose 年, 月 and 日 a copy lost, the digits
// run together: 20221117.
var digitDateLineRe = lazyRe(`^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$`)

// numericDateLineRe is a date line written in figures apart by a dash or
// a point (2024-03-05, 2024.3.5): a signature's date where a signature
// stands over it, not a page's post date.
var numericDateLineRe = lazyRe(`^((?:19|20)\d{2})[-.．/](\d{1,2})[-.．/](\d{1,2})日?$`)

func dateOfLine(s string) (time.Time, bool) {
	t, _ := asciiDigits(trimLine(s))
	if m := numericDateLineRe.FindStringSubmatch(t); m != nil {
		return ymd(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := cnDateLineRe.FindStringSubmatch(t); m != nil {
		return ymd(cnYear(m[1]), chineseNumber(m[2]), chineseNumber(m[3]))
	}
	if m := digitDateLineRe.FindStringSubmatch(t); m != nil {
		return ymd(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	m := dateLineRe.FindStringSubmatch(t)
	if m == nil {
		return time.Time{}, false
	}
	return ymd(atoi(m[1]), atoi(m[2]), atoi(m[3]))
}

// cnYear reads a year written digit by digit in Chinese numerals: 二○○七.
func cnYear(s string) int {
	y := 0
	for _, r := range s {
		// ○, 零 and O are the other ways of writing 〇: not found, 0.
		y = y*10 + max(slices.Index([]rune("〇一二三四五六七八九"), r), 0)
	}
	return y
}

func isRecipients(s string) bool {
	r := []rune(s)
	return len(r) > 2 && len(r) <= 300 && (strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":")) &&
		!strings.ContainsAny(s, "。") && !respLineRe.MatchString(s) && !subRe.MatchString(s) && !sectionRe.MatchString(s)
}

// recipientsHead says a line above a recipients line is their start, the
// line broken inside a name: names apart by commas, no stop or colon,
// ending in a character of a name; no title, number or date.
func recipientsHead(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsAny(s, "，,、") && !strings.ContainsAny(s, "。；;：:") && unicode.Is(unicode.Han, r) &&
		!endsTitle(s) && !strings.Contains(s, "关于") && !isNumberLine(s) && !isDateLine(s) && !isStructural(s) && utf8.RuneCountInString(s) <= 200
}

// recipientsTailRe is the last character or two of a recipients line a
// PDF's copy broke inside a name (…企事业单 / 位:).
var recipientsTailRe = lazyRe(`^\p{Han}{1,2}[：:]$`)

// docKindRe is a word that names a kind of document, which no recipient is.
var docKindRe = lazyRe(`汇编|选编|摘编|清单|方案|意见|要点|计划|办法|规定|细则|措施|通知`)

// colonHeading is the title a first line ending in a colon gives, where it
// names a kind of document and no body (营商环境政策汇编（2023）- 上海:
// over the excerpts it introduces): the line without its colon. "" for a
// recipients line (各区、县人民政府：).
func colonHeading(t string) string {
	h := strings.TrimSpace(strings.TrimRight(t, "：: "))
	if strings.HasPrefix(h, "各") || !docKindRe.MatchString(h) || !isTitleLine(h) || utf8.RuneCountInString(h) < 6 {
		return ""
	}
	return h
}

// runningHead reads a journal's running head, as a PDF's text keeps it:
// the issue, the body and title of the document reprinted, and the page
// number, apart by runs of spaces (2023 年 3 月 第 1 期      健康中国行动
// 推进委员会办公室:健康中国行动2023年工作要点      3). It returns the body
// and the title, or nil.
func runningHead(t string) []string {
	parts := strings.Split(headGapRe.ReplaceAllString(trimLine(t), "\x00"), "\x00")
	if len(parts) < 2 {
		return nil
	}
	framed := false // an issue's date or a page number beside it
	var head []string
	for _, p := range parts {
		switch m := bodyTitleRe.FindStringSubmatch(p); {
		case bareNumberRe.MatchString(p) || issueRe.MatchString(p):
			framed = true
		case m != nil && head == nil && docKindRe.MatchString(m[2]) && isTitleLine(m[2]) && !strings.Contains(m[2], "关于"):
			head = m[1:]
		default:
			return nil
		}
	}
	if !framed {
		return nil
	}
	return head
}

var (
	headGapRe   = lazyRe(`[ \x{3000}]{3,}`)
	issueRe     = lazyRe(`^(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*)?第\s*\d{1,3}\s*期$`)
	bodyTitleRe = lazyRe(`^(\p{Han}{2,30}?(?:办公室|办公厅|委员会|政府|中心|部|局|委|厅|署|办))\s*[：:]\s*(\S.{3,60})$`)
)

// isTitleCandidate is a line that can be (the start of) the notice's own
// title: 关于… or …关于…的通知, short, no sentence.
func isTitleCandidate(s string) bool {
	r := []rune(s)
	return strings.Contains(uncited(s), "关于") && len(r) <= 100 && !strings.ContainsAny(s, "。；") &&
		!isRecipients(s) && !publicRe.MatchString(s) && !sentencePart(s, false) && !attachedFileRe.MatchString(s)
}

// attachedFileRe is a page's link to a file attached to the letter: 附件:
// 湛江市人民政府办公室关于印发…的通知.pdf. It names another document.
var attachedFileRe = lazyRe(`^附件\s*\d*\s*[：:]?.{0,100}\.(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|wps|et|ofd|zip|rar)$`)

// uncited is a letter's line without the start of a document it cites
// in book brackets that a line break cut (为了认真落实《鹿城区安全生产委员会关于立):
// that 关于 is the cited document's. A line that opens no letter's
// sentence (为了…, 根据…), or issues the document (…印发《…关于), keeps it.
func uncited(s string) string {
	at := strings.LastIndex(s, "《")
	if at < 0 || strings.Contains(s[at:], "》") || issuingVerbRe.MatchString(s[:at]) || !letterOpenRe.MatchString(s) {
		return s
	}
	return s[:at]
}

// letterOpenRe is how a letter's first sentence opens: 为了…, 根据….
var letterOpenRe = lazyRe(`^(?:为了|为|根据|按照|依据|遵照)`)

// issuingVerbRe is a title's verb issuing the document it names: 印发, 转发.
var issuingVerbRe = lazyRe(`(?:印发|转发|颁布|发布|公布|下达)$`)

// datedNumberRe is a document number with the notice's date after it on
// its line: 津政办规〔2023〕4号  2023-04-11.
var datedNumberRe = lazyRe(`^(.+?)\s+[（(]?((?:19|20)\d{2})\s*(?:[-－.．/]\s*(\d{1,2})\s*[-－.．/]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)[）)]?$`)

// cnDatedNumberRe is a document number with a date after it, a space
// between: 川府发〔2011〕8号 二○一一年三月十七日.
var cnDatedNumberRe = lazyRe(`^([^\s，,。：:（(]{2,24}号)[ \t\x{3000}]+(\S{6,16}日)$`)

// lostMarkNumberRe is a document number alone on its line that lost its 号
// on the page: 咸安政发〔2019〕1. It is kept as the page gives it.
var lostMarkNumberRe = lazyRe(`^\p{Han}{2,10}〔\s*((?:19|20)\d{2})\s*〕\s*\d{1,4}$`)

// lostSerialRe is a document number whose serial a copy lost, its
// brackets turned into other marks: 高发„2009‟号, 高发〔2009〕号.
var lostSerialRe = lazyRe(`^\p{Han}{1,10}[„“〔\[［(（【]\s*(?:19|20)\d{2}\s*[‟”〕\]］)）】]\s*号$`)

// signerRe is the person who signed a notice off, after its number on
// the number's line: 签发人:周进良.
var signerRe = lazyRe(`[ \t\x{3000}]+签\s*发\s*人\s*[：:]\s*\p{Han}{2,4}$`)

// numberLabelRe labels a document number, as pages copy it: 发文字号：…,
// - 文 号:… (a list's bullet, the label spread).
var numberLabelRe = lazyRe(`^(?:[-－–]\s*)?(?:发\s*文\s*字\s*号|发\s*文\s*文\s*号|文\s*号)\s*[：:]\s*`)

// numberOf reads the document number a header line holds ("" for none):
// the line itself (国发〔2020〕6号, or labelled 文号：…), or its start where
// the notice's date follows it, which it reads too.
func numberOf(t string) (string, time.Time) {
	var date time.Time
	t = bulletLeadRe.ReplaceAllString(t, "") // jointrun.go
	if loc := inlineNumberLabelRe.FindStringIndex(t); loc != nil && loc[0] > 0 {
		// 发布机构: 天度镇 发文字号: 扶天政发〔2018〕36号: an index's line of
		// two fields, the number the second's value.
		t = t[loc[1]:]
	}
	t = numberLabelRe.ReplaceAllString(t, "")
	// A number alone in brackets under its title: （穗府〔2007〕7号）.
	if m := bracketedRe.FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	if m := dateThenNumberRe.FindStringSubmatch(t); m != nil && numberRe.MatchString(m[2]) {
		// (2003年3月19日 沪府办发[2003]4号): the date first, in one bracket.
		date, _ = dateOfLine(m[1])
		t = m[2]
	} else if m := datedNumberRe.FindStringSubmatch(t); m != nil {
		t = m[1]
		date, _ = ymd(atoi(m[2]), atoi(m[3]+m[5]), atoi(m[4]+m[6]))
	} else if m := cnDatedNumberRe.FindStringSubmatch(t); m != nil && isDateLine(m[2]) && numberRe.MatchString(m[1]) && !strings.ContainsAny(m[1], "，,。：:（(") {
		// 川府发〔2011〕8号 二○一一年三月十七日: the date in Chinese numerals.
		t = m[1]
		date, _ = dateOfLine(m[2])
	}
	// 高发„2009‟号 签发人:周进良: the person who signed it off, after
	// the number, is no part of it.
	t = signerRe.ReplaceAllString(t, "")
	if runOnNumberRe.MatchString(t) {
		// …的通知某府办发〔2025〕16号: a title whose number a copy ran on
		// after it (titleNumber parts them), no number line.
		return "", time.Time{}
	}
	a, _ := asciiDigits(t) // 某政办发〔２０２４〕３号: full-width digits, kept as written
	if len([]rune(t)) <= 40 && numberRe.MatchString(a) || lostMarkNumberRe.MatchString(a) || lostSerialRe.MatchString(a) {
		return t, date
	}
	return "", time.Time{}
}

// dateThenNumberRe is a date, then a number, on one line.
var dateThenNumberRe = lazyRe(`^((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[\s\x{3000}]+(\S{4,30}?)(?:[\s\x{3000}]+(?:主动公开|依申请公开|不予公开|公开发布|此件公开发布))?$`)

// inlineNumberLabelRe is the label of a document number after another
// field on an index's line: … 发文字号: ….
var inlineNumberLabelRe = lazyRe(`[ \t\x{3000}](?:发文字号|文号)\s*[：:]\s*`)

// bracketedRe is a line wholly in round brackets.
// The number's year may be in round brackets inside them: (宁委发(2007)9号).
var bracketedRe = lazyRe(`^[（(]\s*([^（()）]+?[（(](?:19|20)\d{2}[）)][^（()）]*?|[^（()）]+?)\s*[）)]$`)

// numberTitleRe is a document number with the notice's title after it in
// book brackets, as reprint sites head a page: 武政办〔2022〕1号《…的通知》.
var numberTitleRe = lazyRe(`^([^《\s]{1,12}\s*[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d+\s*号)\s*《(.+)》$`)

// numberLedTitleRe is a document number with the notice's title run on
// after it, as pages head a notice: 吉教发[2015]1号关于印发《…》的通知,
// 晋政办发〔2017〕55号 山西省人民政府办公厅关于印发…工作方案, or with a
// dash between: 阳政办〔2019〕1号—区人民政府办公室关于….
var numberLedTitleRe = lazyRe(`^([^《\s]{1,12}\s*[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d+\s*号)\s*[—–－\-:：]?\s*([^《\s〔\[［—–－\-:：].*)$`)

// bracketNumberLedRe is a document number in round or square brackets
// with a title after it: (岸政办〔2019〕1号)区人民政府办公室关于印发…,
// [天政办发〔2023〕24号]天水市人民政府办公室关于印发….
var bracketNumberLedRe = lazyRe(`^[（(\[［【]\s*([^《\s（(\[［【]{1,12}\s*[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*\d+\s*号)\s*[）)\]］】]\s*(\S.*)$`)

// quotedTitleRe is a notice's title quoted whole in book brackets:
// 《北京市人民政府办公厅关于印发〈…〉的通知》. The brackets are the page's;
// a list's own name in them (《关于…的具体实施细则》) is its title as written.
var quotedTitleRe = lazyRe(`^《(.+关于.+的通知)》$`)

// headLine splits a header line into the number and title it holds: a
// number with a quoted title after it, or a title quoted whole, give
// their parts; any other line is itself.
func headLine(t string) (number, title string) {
	// A title in a page's one cell: "…的通知 |".
	if strings.Count(t, "|") == 1 && strings.HasSuffix(t, "|") {
		t = trimLine(strings.TrimSuffix(t, "|"))
	}
	if m := bracketNumberLedRe.FindStringSubmatch(t); m != nil && isTitleCandidate(m[2]) {
		// (岸政办〔2019〕1号)区人民政府办公室关于…: the number in brackets
		// before a title, which a page's heading may cut short.
		return m[1], m[2]
	}
	if m := numberLedTitleRe.FindStringSubmatch(t); m != nil && isTitleCandidate(m[2]) && endsTitle(m[2]) {
		return m[1], m[2]
	}
	if m := numberLedTitleRe.FindStringSubmatch(t); m != nil && isRecipients(m[2]) {
		// 卫政办发〔2025〕26号各县(区)人民政府,市政府各部门、直属机构:
		// the number, the recipients' line run on to it.
		return m[1], m[2]
	}
	if m := numberTitleRe.FindStringSubmatch(t); m != nil {
		t, number = m[2], m[1]
	}
	if m := quotedTitleRe.FindStringSubmatch("《" + t + "》"); m != nil && number != "" {
		return number, m[1]
	}
	if m := quotedTitleRe.FindStringSubmatch(t); m != nil {
		return "", m[1]
	}
	return "", t
}

// signedDateRe is a body's name and a date on one line, apart, as a
// bulletin's masthead prints them: 寿县人民政府督查室      2022年8月19日.
var signedDateRe = lazyRe(`^(\S.{1,39}?)[ \x{3000}]{2,}(\S+)$`)

// signedDate reads such a line: the body and the date.
func signedDate(t string) (string, time.Time, bool) {
	m := signedDateRe.FindStringSubmatch(t)
	if m == nil || !isSignature(m[1]) {
		return "", time.Time{}, false
	}
	date, ok := dateOfLine(m[2])
	return m[1], date, ok
}

// signersAndDate reads a line of bodies' names apart by spaces with the
// date after them: the names joined by 、, and the date.
func signersAndDate(t string) (string, time.Time, bool) {
	if m := gluedDateRe.FindStringSubmatch(t); m != nil {
		// 陕西省人民政府办公厅2020 年 2 月 16 日: a copy from a PDF ran the
		// date on to the signer.
		if orgs := orgList(m[1]); orgs != nil {
			if date, ok := dateOfLine(m[2]); ok {
				return strings.Join(orgs, "、"), date, true
			}
		}
	}
	f := strings.Fields(strings.ReplaceAll(t, "\u3000", " "))
	if len(f) > 2 && publicRe.MatchString(f[len(f)-1]) {
		// …办公室 2020年2月20日 (此件公开发布): the mark after the date.
		f = f[:len(f)-1]
	}
	if len(f) < 2 || !isDateLine(f[len(f)-1]) {
		return "", time.Time{}, false
	}
	orgs := orgList(strings.Join(f[:len(f)-1], " "))
	if orgs == nil {
		return "", time.Time{}, false
	}
	date, ok := dateOfLine(f[len(f)-1])
	return strings.Join(orgs, "、"), date, ok
}

// gluedDateRe is a signer with the date run on to it, no space between:
// …办公厅2020 年 2 月 16 日.
var gluedDateRe = lazyRe(`^(\S.*?[\p{Han}）)])((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$`)

// recipientsBelow says a letter's recipients line stands among the first
// lines of lines: a body and a date above it (市政府办公厅 2017年06月28日)
// are a page's byline, not the letter's signature, which comes after it.
func recipientsBelow(lines []Line) bool {
	for k, l := range lines {
		if k >= 4 {
			break
		}
		if isRecipients(trimLine(l.Text)) {
			return true
		}
	}
	return false
}

// isNumberLine reports whether a header line holds a document number.
func isNumberLine(t string) bool {
	number, _ := numberOf(trimLine(t))
	return number != ""
}

// titleNumberRe is a document number in brackets at the end of a title
// line: …的通知（粤府〔2021〕22号）.
var titleNumberRe = lazyRe(`\s*[（(]\s*([^（()）\s]{1,12}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号)\s*[）)]$`)

// spacedNumberRe is a document number after a title and a space on its
// line, a cell's | closing it on some pages: …的通知 常政发〔2023〕1号 |.
var spacedNumberRe = lazyRe(`[ \t\x{3000}]+([^（()）\s《》]{1,12}\s*[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d+\s*号)\s*\|?\s*$`)

// titleNumber takes a document number off the end of a title (line) into
// the notice's number: it belongs there, not in the title.
func (n *Notice) titleNumber(title string) string {
	m := titleNumberRe.FindStringSubmatchIndex(title)
	if m == nil && endsTitle(spacedNumberRe.ReplaceAllString(title, "")) {
		// 关于印发…的通知 常政发〔2023〕1号 |: the number after a space.
		m = spacedNumberRe.FindStringSubmatchIndex(title)
	}
	if m == nil {
		if r := runOnNumberRe.FindStringSubmatchIndex(title); r != nil {
			// …的通知赣府发〔2025〕16号: the number run on after the
			// title's last word, no space or bracket between.
			m = []int{r[3], r[1], r[4], r[5]}
		}
	}
	if m == nil {
		return title
	}
	if n.Number == "" {
		n.Number = title[m[2]:m[3]]
	}
	return title[:m[0]]
}

// runOnNumberRe is a title whose number a copy ran on after its last word
// (…的通知赣府发〔2025〕16号): the title's end, then the number.
var runOnNumberRe = lazyRe(`(的(?:通知|通报|意见|决定|批复|函|报告))(\p{Han}{1,10}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d+\s*号)$`)

// officialForm says line writes the number got with 〔〕 where got has
// square brackets: the same number, as the notice itself writes it.
func officialForm(got, line string) bool {
	num, _ := numberOf(line)
	square := strings.NewReplacer("[", "〔", "]", "〕", "［", "〔", "］", "〕", " ", "", "\u3000", "")
	return strings.ContainsAny(got, "[［") && strings.Contains(num, "〔") && square.Replace(got) == square.Replace(num)
}

// placeLineRe is a place's name alone on a line: 马鞍山市.
var placeLineRe = lazyRe(`^\p{Han}{1,6}(?:省|市|县|区|州|盟|旗)$`)

// titleHeadRe is the head of a title broken after its issuers' verb: 鹤岗市
// 人民政府 鹤岗市中级人民法院印发.
var titleHeadRe = lazyRe(`^[\p{Han}XＸ×][\p{Han}XＸ×\s]{3,60}(?:政府|办公室|办公厅|法院|检察院|委员会|委|局|厅|部)\s*(?:印发|转发)$`)

// fieldOpenRe opens a line with a field's label and its colon (征集时间:自…):
// under a title, the page's field, no line of the title.
var fieldOpenRe = lazyRe(`^\p{Han}{3,6}\s*[：:]`)

// namesInQuotes says a heading is a title in 《》 alone over a line that is
// the notice's own title: one its words close, a few more before them
// (the issuer), or a notice's title of its own under a heading naming a
// notice whole.
func namesInQuotes(heading, below string) bool {
	h := spaceless(heading)
	if !strings.HasPrefix(h, "《") || !strings.HasSuffix(h, "》") || strings.Count(h, "《") != 1 {
		return false
	}
	inner, b := strings.TrimSuffix(strings.TrimPrefix(h, "《"), "》"), spaceless(below)
	if utf8.RuneCountInString(inner) < 6 || b == inner {
		return false
	}
	// Its words close the line below (the issuer before them), or the
	// heading names a notice whole and the line below is a notice's title
	// of its own (某区人民政府关于做好…的通知): the line below is the title.
	return strings.HasSuffix(b, inner) || endsTitle(inner) && isTitleCandidate(trimLine(below)) && endsTitle(trimLine(below))
}

// header reads the issuer, number, title, recipients and date, and returns
// the lines after them (the list itself). Where a date line stands before
// the list (as under a cover letter), all above it is header; else the
// header is what comes before the first paragraph. A text with no header
// is all list.
func (n *Notice) header(lines []Line) []Line {
	end := len(lines)
	for i, l := range lines {
		if isStructural(l.Text) || strings.Contains(l.Text, "\t") || strings.Count(l.Text, "|") >= 2 || boxRule(l.Text) || strings.Contains(l.Text, "|") && flatHeaderAt(lines, i) {
			// (序号 | / 重点工作任务 | / …: a table flattened one cell a
			// line, its signature under it, is the list, no letter.)
			end = i
			break
		}
	}
	start := -1 // where the list begins
	signed := ""
	for i := 0; i < end && i < len(lines)-1; i++ {
		if i == 0 && datedAboveNumber(lines) {
			// (二OO八年二月二十六日) / 宝府办〔2008〕18号: a page that opens
			// with the notice's date over its number, no letter above it.
			n.Date, _ = dateOfLine(lines[i].Text)
			continue
		}
		if dl := publicBeforeRe.ReplaceAllString(trimLine(lines[i].Text), ""); isDateLine(dl) || (yearlessDayRe.MatchString(trimLine(lines[i].Text)) || numericDateLineRe.MatchString(dl)) && i > 0 && isSignature(trimLine(lines[i-1].Text)) {
			// (XX市人民政府办公室 / 12月30日: a letter signed with no year,
			// no date; (此件公开发布) 2021年6月25日: the mark before it.)
			n.Date, _ = dateOfLine(dl)
			start, end = i+1, i
			signed = signatureAbove(lines, i)
			for _, l := range lines[:i] {
				n.letterRule(l, "") // 除特别注明的外…都是配合单位, in the letter over the list
				if statesFirstLeads(l.Text) && !attachmentNamedRe.MatchString(l.Text) {
					// …请各部门(责任单位中排序第一单位为牵头单位)按照职责…:
					// the letter's rule holds for the list after it (not
					// where it names the attachment it holds for: 附件1).
					n.addRule(rule{kind: ruleFirstLeads, line: l.N, comma: strings.Contains(l.Text, "逗号")})
				}
			}
			break
		}
		if orgs, date, ok := signersAndDate(trimLine(lines[i].Text)); ok && i > 0 && !recipientsBelow(lines[i+1:end]) {
			// Joint issuers and the date on one line under the letter:
			// 中共白银市白银区委办公室 白银市白银区人民政府办公室 2021年4月22日.
			n.Date, signed = date, orgs
			start, end = i+1, i
			break
		}
	}
	head := lines[:end]
	titleAt, last := -1, -1
	for i := 0; i < len(head); i++ {
		number, t := headLine(trimLine(head[i].Text))
		if start < 0 && isParagraph(t) {
			break
		}
		if number != "" && n.Number == "" {
			n.Number = number
		}
		switch {
		case n.Number != "" && isNumberLine(t) && officialForm(n.Number, t):
			// The site's heading wrote the number with [ ] (珠斗委办[2017]27号);
			// the notice's own line writes it with 〔〕: the notice's.
			n.Number, _ = numberOf(t)
			last = i
		case n.Number == "" && isNumberLine(t):
			// As written: 铁政办发 [2021]16 号 stays so.
			var date time.Time
			n.Number, date = numberOf(t)
			if n.Date.IsZero() {
				n.Date = date
			}
			last = i
		case n.Date.IsZero() && n.Title == "" && signedDateRe.MatchString(t):
			// A masthead's issuer and date over the title.
			if org, date, ok := signedDate(t); ok {
				n.Date, last = date, i
				if n.Issuer == "" {
					n.Issuer = org
				}
			}
		case n.Title == "" && i == 0 && titleNumberRe.MatchString(t) && isTitleLine(titleNumberRe.ReplaceAllString(t, "")):
			// A title with its number in brackets after it, though it says
			// no 关于: 2021年县政府重点工作任务（华政发〔2021〕2号）.
			n.Title, titleAt, last = n.titleNumber(t), i, i
		case n.Title == "" && (i == last+1 || bannerAbove(head, last, i)) && i+1 < len(head) && isNumberLine(trimLine(head[i+1].Text)) && isTitleLine(t) && endsTitle(t) &&
			!slices.ContainsFunc(head, func(l Line) bool { return isTitleCandidate(trimLine(l.Text)) }):
			// A plan issued as it is, its title over its number, though it
			// says no 关于: 温州市鹿城区双屿镇人民政府“上海世博会”期间安全生产工作
			// 实施方案 / 温鹿双政〔2010〕38号.
			n.Title, titleAt, last = t, i, i
		case n.Title == "" && i == last+1 && last >= 0 && isNumberLine(trimLine(head[last].Text)) && i+1 < len(head) && isRecipients(trimLine(head[i+1].Text)) &&
			isTitleLine(t) && endsTitle(t) && !slices.ContainsFunc(head, func(l Line) bool { return isTitleCandidate(trimLine(l.Text)) }):
			// A plan issued as it is, its title under its number and over
			// the recipients, though it says no 关于: 蚌五院〔2023〕 50号 /
			// 蚌埠市第五人民医院…活动方案(2023-2025年) / 院属各科室:.
			n.Title, titleAt, last = t, i, i
		case n.Title == "" && i == last+1 && i+2 < len(head) && isNumberLine(trimLine(head[i+2].Text)) && !endsTitle(t) &&
			isTitleLine(t+trimLine(head[i+1].Text)) && endsTitle(trimLine(head[i+1].Text)) &&
			!slices.ContainsFunc(head, func(l Line) bool { return isTitleCandidate(trimLine(l.Text)) }):
			// The same title broken over two lines: …人民政府“上海世博会” /
			// 期间安全生产工作实施方案 / 温鹿双政〔2010〕38号.
			n.Title, titleAt, last = t+trimLine(head[i+1].Text), i, i+1
			i++
		case n.Title == "" && runningHead(t) != nil:
			// A journal's running head over a document it reprints: its
			// issuer and title (健康中国行动推进委员会办公室:…工作要点).
			h := runningHead(t)
			n.Title, titleAt, last = h[1], i, i
			if n.Issuer == "" {
				n.Issuer = h[0]
			}
		case n.Title != "" && titleAt >= 0 && !strings.Contains(n.Title, "通知") && strings.HasSuffix(t, "的通知") && isTitleCandidate(t) &&
			strings.Contains(spaceless(t), "《"+spaceless(n.Title)+"》"):
			// The notice's own title line (…印发《X》的通知) under a site's
			// heading that names the list X it issues: the notice's.
			n.Title, titleAt, last = t, i, i
		case n.Title != "" && titleAt >= 0 && i > last && titleAgainAt(head, i, n.Title):
			// The notice's own title under a page's heading that wrote it
			// with a slip (…计划的公告 over its …计划公告): the notice's.
			n.Title, last = titleAgain(head, i, n.Title)
			titleAt = i
			i = last
		case n.Title == "" && isTitleCandidate(t) && !afterBrokenSentence(head, i):
			title, first := n.titleNumber(t), i
			for (!endsTitle(title) || quoteClosedBelow(title, head, i)) && i+1 < len(head) && i-first < 4 && !isRecipients(head[i+1].Text) && !sentencePart(head[i+1].Text, false) &&
				!isNumberLine(head[i+1].Text) && len([]rune(head[i+1].Text)) <= 40 && !isMasthead(trimLine(head[i+1].Text)) && !flatHeaderAt(lines, i+1) && !columnNamesLine(head[i+1].Text) &&
				!fieldOpenRe.MatchString(trimLine(head[i+1].Text)) { // (征集时间:自…: the page's field)
				i++
				if own := trimLine(head[i].Text); namesInQuotes(title, own) {
					// 《关于印发…的通知》 over 某区人民政府关于印发…的通知: a
					// site's heading naming the notice, over its own title
					// line with the issuer at its head.
					title, first = n.titleNumber(own), i
					continue
				}
				title = n.titleNumber(title + trimLine(head[i].Text))
			}
			if !endsTitle(title) && i+1 < len(head) && isMasthead(trimLine(head[i+1].Text)) {
				// A page's heading cut short (…目标任务责任) over the notice's
				// masthead: the notice's own title comes below.
				last = i
				continue
			}
			if first > 0 && first-1 > last && placeLineRe.MatchString(trimLine(head[first-1].Text)) && strings.HasPrefix(title, "关于") {
				// 马鞍山市 / 关于进一步激发…的实施细则: the place the title
				// opens with, on a line of its own.
				first--
				title = trimLine(head[first].Text) + title
			}
			if first > 0 && first-1 > last && titleHeadRe.MatchString(trimLine(head[first-1].Text)) {
				// 鹤岗市人民政府 鹤岗市中级人民法院印发 / 关于完善…的通知: the
				// title broken after its issuers' 印发; a joint issuer may
				// stand on the line above (中共鹤岗市委办公室 / 鹤岗市人民政府
				// 办公室印发 / …).
				first--
				title = trimLine(head[first].Text) + title
				if up := trimLine(head[max(first-1, 0)].Text); first > 0 && first-1 > last && endsOrg(up) && isSignature(up) && utf8.RuneCountInString(up) <= 30 {
					first--
					title = up + title
				}
			}
			n.Title, titleAt, last = title, first, i
		case n.Title == "" && start >= 0 && i == 0 && isTitleLine(t) && endsTitle(t) && !isTitleCandidate(t) &&
			!slices.ContainsFunc(head, func(l Line) bool { return isTitleCandidate(trimLine(l.Text)) }):
			// A plan issued as it is, dated under its title, a draft's
			// mark between them: 杭州市推进“互联网+”行动实施意见 /
			// (征求意见稿V2.2) / (2015年9月15日). Its title, though it
			// says no 关于.
			n.Title, titleAt, last = t, i, i
		case n.Title != "" && i == last+1 && strings.ContainsAny(n.Title, "<>") && !strings.ContainsAny(t, "<>") &&
			sameQuotes(spaceless(t)) == sameQuotes(spaceless(n.Title)):
			// The title again under a page's heading that wrote its 〈〉 as
			// <>: the notice's own line.
			n.Title, titleAt, last = n.titleNumber(t), i, i
		case n.Title == "" && i == 0 && isRecipients(t) && colonHeading(t) != "":
			// A compilation's heading introducing what follows
			// (营商环境政策汇编（2023）- 上海:): it names a document, no body.
			n.Title, titleAt, last = colonHeading(t), i, i
		case n.Recipients == nil && (i <= last+2 || i == 0) && (isRecipients(t) || i-1 > last && recipientsTailRe.MatchString(t) && recipientsHead(trimLine(head[i-1].Text))) && (last >= 0 || i == 0):
			if i-1 > last && recipientsHead(trimLine(head[i-1].Text)) {
				// The recipients broken before their colon (…武汉新港潘湾 /
				// 工业园:): the line above is their start.
				t = trimLine(head[i-1].Text) + t
			}
			n.Recipients = splitTop(strings.TrimRight(t, "：:"), "，,；;")
			last = i
		}
	}
	if start < 0 {
		start = last + 1
	}
	author := ""
	if titleAt >= 0 && reportTitle(n.Title) {
		// 关于…的报告 / 吴忠市红寺堡区人民政府 / (2021年10月): the report's
		// author, signed at its head.
		author, start = byline(lines, start)
	}
	if k := signatureBlock(lines, start); k > 0 && closingSignature(lines, start, k) {
		// The notice's own signature and date under its items, a site's
		// footer after them: the issuer and date, the items kept.
		signed = signatureAbove(lines, k)
		if n.Date.IsZero() {
			n.Date, _ = dateOfLine(lines[k].Text)
		}
	} else if k > 0 {
		// A covering letter, signed and dated, before the list: its lines
		// are no tasks, though a rule it states holds for them.
		for _, l := range lines[start : k-1] {
			n.statesRule(l, "")
		}
		if t := trimLine(lines[start].Text); n.Title == "" && start < k-1 && isTitleLine(t) && !sentencePart(t, false) && !isRecipients(t) && !isSignature(t) && !isStructural(t) {
			// A letter or report headed by its own title (…完成情况): the
			// notice's title, though it says no 关于.
			n.Title = t
		}
		signed = signatureAbove(lines, k)
		if n.Date.IsZero() {
			n.Date, _ = dateOfLine(lines[k].Text)
		}
		start = k + 1
	}
	for start < len(lines) && (publicRe.MatchString(trimLine(lines[start].Text)) || imprintRe.MatchString(trimLine(lines[start].Text)) || isAside(lines[start].Text) || markRe.MatchString(trimLine(lines[start].Text))) {
		start++
	}
	if signed == "" {
		signed = author
	}
	if n.Issuer == "" {
		n.Issuer = signed
		// A signature that writes short (省政府办公厅) the body the title
		// names in full at its head (广东省人民政府办公厅关于…): the full name.
		if own := issuerOf(head, titleAt, n.Title); signed != "" && strings.HasPrefix(squeezeSpace(n.Title), own+"关于") && shortFormOf(signed, own) {
			n.Issuer = own
		}
	}
	if n.Number == "" {
		n.Number = n.index.number
	}
	if n.Title == "" {
		n.Title = n.index.title
	}
	if n.Issuer == "" {
		// The body the title names at its head (亳州市谯城区人民政府办公室
		// 关于…) over the index's short form (谯城区政府(办公室)); the index
		// over a title that names a bare level (县人民政府关于…).
		if own := issuerOf(head, titleAt, n.Title); own != "" && (n.index.issuer == "" || placeNamedRe.MatchString(own) || !sameKind(own, n.index.issuer)) {
			n.Issuer = own
		}
		if i := n.index.issuer; n.Issuer != "" && len(i) > len(n.Issuer) && strings.HasSuffix(peopleless(i), peopleless(n.Issuer)) {
			// The index's full name of the body a title names short:
			// 武汉市人民政府办公厅 for 市人民政府办公厅关于…, 江苏省南京市人民政府
			// for 南京市政府关于….
			n.Issuer = i
		}
	}
	if n.Issuer == "" {
		n.Issuer = n.index.issuer
	}
	if start == 0 && n.Title == "" && n.Number == "" && n.Date.IsZero() {
		return lines
	}
	return lines[start:]
}

// bannerAbove says the lines between the last read and line i are a
// portal's banner naming bodies apart by spaces (山西省人民政府     商务部),
// its furniture after them or not: the site's, no line of the notice's
// head.
func bannerAbove(head []Line, last, i int) bool {
	if i <= last+1 {
		return false
	}
	for _, l := range head[last+1 : i] {
		t := trimLine(l.Text)
		min := 2
		if k := portalWordRe.FindStringIndex(t); k != nil {
			// 山西省人民政府     商务部    今天是: 设为首页加入收藏: the
			// bar's furniture after the bodies.
			t, min = strings.TrimSpace(t[:k[0]]), 1
		}
		if len(orgList(t)) < min {
			return false
		}
	}
	return true
}

// portalWordRe opens a portal bar's furniture after its name: the day, its
// links and buttons.
var portalWordRe = lazyRe(`今天是|设为首页|加入收藏|切换到繁体|无障碍浏览`)

// bodyHeadRe is a title that opens with the full name of the body that
// issues it, a quotation, a book title or a year after it:
// 温州市鹿城区双屿镇人民政府“上海世博会”期间…, X县人民政府2023年….
var bodyHeadRe = lazyRe(`^(\p{Han}{2,30}?(?:人民政府|人民政府办公室|人民政府办公厅))(?:[“《]|(?:19|20)\d{2}\s*年)`)

// shortFormOf says short names the body full names, shorter: 省政府办公厅
// for 广东省人民政府办公厅 (人民 left out, the place cut to its level).
func shortFormOf(short, full string) bool {
	bare := strings.NewReplacer("人民", "")
	s, f := bare.Replace(short), bare.Replace(full)
	return full != "" && short != full && len(f) > len(s) && strings.HasSuffix(f, s)
}

// yearlessDayRe is a date line naming no year: 12月30日.
var yearlessDayRe = lazyRe(`^\d{1,2}\s*月\s*\d{1,2}\s*日$`)

// writesShort says short is full's name written short the way an index
// writes it: 区政府办 for 北京市大兴区人民政府办公室 (人民 left out, 办公室 as
// 办, the place cut to its level).
func writesShort(short, full string) bool {
	bare := strings.NewReplacer("人民", "", "办公室", "办", "办公厅", "办")
	s, f := bare.Replace(short), bare.Replace(full)
	return short != full && utf8.RuneCountInString(s) >= 3 && len(f) > len(s) && strings.HasSuffix(f, s)
}

// peopleless writes a government's name short, 人民政府 as 政府, so that
// 南京市政府 and 南京市人民政府 are one body.
func peopleless(s string) string { return strings.ReplaceAll(s, "人民政府", "政府") }

// sameKind says whether two names of bodies end alike, so that one may
// name the other: 县人民政府 and 通山县人民政府 may, 区人民政府办公室 (the
// office) and 区政府 (the government) may not.
func sameKind(a, b string) bool {
	kind := func(s string) string {
		r := []rune(strings.TrimRight(s, ")）"))
		if len(r) > 2 {
			r = r[len(r)-2:]
		}
		return string(r)
	}
	return kind(a) == kind(b)
}

// signatureAbove is the signature over the date line at k: the line above
// it, or the one above a bracketed aside such as （国家中医药管理局代章）.
func signatureAbove(lines []Line, k int) string {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		t := trimLine(lines[j].Text)
		t = unspread(t) // 办 公 室: a name spread over the line, one character apart
		if isSignature(t) {
			// Joint issuers sign one a line, or apart on one line.
			signers := []string{t}
			if parts := orgList(t); parts != nil {
				signers = parts
			}
			if j > 0 && groupOfficeRe.MatchString(t) && isSignature(trimLine(lines[j-1].Text)) {
				// 中共XX区委农村工作领导小组 / 办公室: the group's office, one
				// body over two lines.
				return trimLine(lines[j-1].Text) + t
			}
			for i := j - 1; i >= 0 && i >= j-maxSigners && isSignature(trimLine(lines[i].Text)) && orgList(trimLine(lines[i].Text)) != nil; i-- {
				signers = append(orgList(trimLine(lines[i].Text)), signers...)
			}
			if len(signers) == 1 && j > 0 {
				// 三江县政务公开政府信息公开 / 政务服务工作领导小组办公室: a
				// long name broken over two lines, its head ending as no
				// body does.
				if up := trimLine(lines[j-1].Text); (signatureHeadRe.MatchString(up) || brokenNameEndRe.MatchString(up)) && !endsOrg(up) && !isSignature(up) && isSignature(up+t) {
					signers[0] = up + t
				}
			}
			return strings.Join(signers, "、")
		}
		if !strings.HasSuffix(t, "代章）") && !strings.HasSuffix(t, "代章)") {
			return ""
		}
	}
	return ""
}

// unspread closes up a name a line spreads by spaces one character at a
// time (办 公 室, 中 共 台 州 市 委 办 公 室 台州市人民政府办公室): each run
// of three single characters or more is one word; the rest stays as it is.
func unspread(t string) string {
	words := strings.Fields(t)
	var out []string
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && utf8.RuneCountInString(words[j]) == 1 && unicode.Is(unicode.Han, []rune(words[j])[0]) {
			j++
		}
		if j-i >= 3 {
			out = append(out, strings.Join(words[i:j], ""))
			i = j
			continue
		}
		if j == i {
			j = i + 1
		}
		out = append(out, words[i:j]...)
		i = j
	}
	if len(out) == len(words) {
		return t
	}
	return strings.Join(out, " ")
}

// signatureHeadRe is the head of a body's name a signature broke over two
// lines: a place, and words with no stop or comma (三江县政务公开政府信息公开).
var signatureHeadRe = lazyRe(`^[\p{Han}XＸ]{2,6}(?:省|市|县|区|州|旗)[\p{Han}“”]{4,30}$`)

// groupOfficeRe is an office's word alone, the second line of a body's
// office signing (…领导小组 / 办公室, XX县人民政府 / 办公室).
var groupOfficeRe = lazyRe(`^(?:办公室|办公厅|秘书处|秘书科)$`)

// brokenNameEndRe ends the head of a name broken inside it: XX县发展和 /
// 改革局.
var brokenNameEndRe = lazyRe(`^[\p{Han}XＸ“”]{2,30}(?:和|及|与)$`)

// markRe is a line that marks a notice's parts and says nothing itself:
// 附件, 附件1, 附件二, 附表3, 此通知, 特此通知.
var markRe = lazyRe(`^(附[件表]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?|特?此通知。?|特此报告。?)$`)

// isAside is a line in brackets under a signature: （联系人：…，电话：…）.
func isAside(s string) bool {
	t := trimLine(s)
	return (strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(")) && (strings.Contains(t, "联系人") || strings.Contains(t, "电话") || strings.Contains(t, "代章"))
}

// signatureBlock finds a signature and date inside the text, from line
// start on, with more of the notice after them: the end of a covering
// letter. It returns the index of the date line, 0 when there is none
// (before the first table, where a date in a cell is no signature).
func signatureBlock(lines []Line, start int) int {
	for k := max(start, 1); k < len(lines)-1; k++ {
		t := trimLine(lines[k].Text)
		if strings.Contains(t, "\t") || strings.Count(t, "|") >= 1 || isColumnName(t) && k+1 < len(lines) && isColumnName(trimLine(lines[k+1].Text)) {
			return 0
		}
		if !isDateLine(t) || signatureAbove(lines, k) == "" {
			continue
		}
		for j := k + 1; j < len(lines); j++ {
			if u := trimLine(lines[j].Text); !isTailLine(u) && !isAside(u) && !strings.HasPrefix(u, "附件") {
				return k
			}
		}
		return 0
	}
	return 0
}

// columnNamesLine says a line is a table's header written apart by spaces:
// 序号  目标任务 三季度 推进情况 (the names of two columns or more).
func columnNamesLine(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	for k, c := range f {
		if !isColumnName(c) && !(k+1 < len(f) && isColumnName(c+f[k+1])) && !(k > 0 && isColumnName(f[k-1]+c)) {
			return false
		}
	}
	return true
}

// isParagraph is a line of running text: long, with a sentence in it.
func isParagraph(s string) bool {
	return len([]rune(s)) > 40 && strings.ContainsAny(s, "。，；")
}

// issuerOf is the body that issued the notice: the line above its title or
// number, else the words before 关于 in the title.
func issuerOf(head []Line, titleAt int, title string) string {
	if strings.Contains(title, "召开") {
		// 县防汛抗旱指挥部召开防汛工作调度会: a news report's headline
		// names who held a meeting, no issuer of the page.
		return ""
	}
	var masthead []string
	for i := 0; i < len(head) && (titleAt < 0 || i < titleAt); i++ {
		t := trimLine(head[i].Text)
		if isNumberLine(t) {
			continue
		}
		if !strings.Contains(t, "关于") && !isRecipients(t) && !respLineRe.MatchString(t) &&
			!strings.ContainsAny(t, "。，；") && !isDateLine(t) && !publicRe.MatchString(t) {
			// A masthead (…人民政府文件) names the issuer before 文件;
			// joint issuers stand apart, over a line or two.
			if orgs := orgList(strings.TrimSuffix(t, "文件")); orgs != nil {
				// The masthead's body again over the title (蓝田县人民政府
				// 办公室文件 / number / 蓝田县人民政府办公室) is one issuer.
				addNew(&masthead, orgs...)
				continue
			}
		}
		break
	}
	if masthead == nil {
		// A masthead under a page's heading: 武汉市江岸区人民政府办公室文件.
		for i := 0; i < len(head) && (titleAt < 0 || i < titleAt); i++ {
			if t := trimLine(head[i].Text); isMasthead(t) {
				masthead = orgList(strings.TrimSuffix(t, "文件"))
				break
			}
		}
	}
	if masthead == nil {
		masthead = orgOverTitle(head, titleAt, title)
	}
	if joint := jointTitleHead(title); mastheadOfJoint(masthead, joint) {
		masthead = joint
	}
	if office := officeOfMasthead(masthead, title); office != "" {
		masthead = []string{office}
	}
	// 医院文件: a masthead naming a kind of body (医院, 学校), no body.
	if masthead = slices.DeleteFunc(masthead, func(s string) bool { return utf8.RuneCountInString(s) <= 2 }); len(masthead) == 0 {
		masthead = nil
	}
	if masthead != nil {
		return strings.Join(masthead, "、")
	}
	i := strings.Index(title, "关于")
	if j := strings.Index(title, "印发《"); j > 0 && (i < 0 || j < i) {
		i = j // 中共X委办公室 X人民政府办公室 印发《…关于…》的通知
	} else if j := strings.Index(title, "印发"); j > 0 && (i < 0 || j < i) && endsOrg(trimLine(title[:j])) {
		i = j // 南昌市人民政府印发南昌市关于…措施的通知
	}
	if m := bodyHeadRe.FindStringSubmatch(title); i < 0 && m != nil && localityRe.MatchString(m[1]) {
		// A plan headed by the body that issues it, with no 关于:
		// 温州市鹿城区双屿镇人民政府“上海世博会”期间…实施方案.
		return m[1]
	}
	if i > 0 && endsOrg(trimLine(title[:i])) {
		if f := forwarder(trimLine(title[:i])); f != "" {
			// X转发Y关于…的通知: X's notice.
			return f
		}
		// Joint issuers apart by spaces at the head of the title: 成都市
		// 发展和改革委员会 中共成都市委社会工作部 … 关于印发….
		if orgs := orgList(trimLine(title[:i])); len(orgs) > 1 {
			return strings.Join(orgs, "、")
		}
		if m := partyAndGovRe.FindStringSubmatch(trimLine(title[:i])); m != nil {
			// 中共宿州市委宿州市人民政府关于…: the party committee and the
			// government run together, two issuers.
			return m[1] + "、" + m[2]
		}
		return trimLine(title[:i])
	}
	if i > 0 && townHeadRe.MatchString(trimLine(title[:i])) {
		// 卢市镇关于做好…的通知: a town names itself at the head of its
		// notice, its party committee and government as one.
		return trimLine(title[:i])
	}
	return ""
}

// townHeadRe is a town's name alone: 卢市镇, 城关镇, 新华街道.
var townHeadRe = lazyRe(`^\p{Han}{1,6}(?:镇|乡|街道)$`)

// partyAndGovRe is a party committee and a government named together with
// nothing between (中共宿州市委宿州市人民政府, 中共X县委办公室X县人民政府办公室).
var partyAndGovRe = lazyRe(`^(中共\p{Han}{1,12}?委(?:员会)?(?:办公室|办公厅)?)(\p{Han}{1,12}?(?:人民政府|政府)(?:办公室|办公厅)?)$`)

// isMasthead is a notice's masthead: bodies' names before 文件
// (武汉市江岸区人民政府办公室文件).
func isMasthead(t string) bool {
	h, ok := strings.CutSuffix(t, "文件")
	return ok && orgList(h) != nil
}

// placeNamedRe is a body's name that starts with its place's own name
// (亳州市…, 谯城区…), not with a bare level (县人民政府).
var placeNamedRe = lazyRe(`^(?:中共)?\p{Han}{2,8}?(?:省|市|县|区|州|旗|镇|乡)`)

// maxSigners bounds the lines of a joint signature above the last.
const maxSigners = 10

// orgList splits a line of bodies' names set apart by spaces (农业农村部
// 最高人民法院 …) into the names; nil where any part is no body's name.
func orgList(t string) []string {
	parts := strings.Fields(strings.ReplaceAll(t, "\u3000", " "))
	for _, p := range parts {
		if n := utf8.RuneCountInString(p); n < 2 || n > 40 || !endsBody(p) || strings.ContainsAny(quotedOff(p), "。，；：:、") || strings.Contains(p, "召开") {
			// (县防汛抗旱指挥部召开防汛工作调度会: a headline, ending as a
			// body's name does, naming who held a meeting.)
			return nil
		}
	}
	return parts
}

// isSignature is a line that signs a notice: the name of a body, short,
// with no sentence in it.
func isSignature(s string) bool {
	r := []rune(s)
	return len(r) >= 2 && len(r) <= 40 && !strings.ContainsAny(innerBracketRe.ReplaceAllString(quotedOff(s), ""), "。，；：:、（(") && endsBody(s) && !isStructural(s)
}

// innerBracketRe is a bracket inside a body's name, words after it:
// 吉林市人民政府政务公开(政府信息公开)领导小组.
var innerBracketRe = lazyRe(`[（(]\p{Han}{2,10}[）)](\p{Han})`)

// quotedRe is a quotation inside a name: “双随机、一公开”.
var quotedRe = lazyRe(`“[^“”]{1,20}”`)

// quotedOff is a name without its quotations, whose 、 is no list's: 上海市
// 嘉定区市场监管领域联合“双随机、一公开”监管联席会议办公室.
func quotedOff(s string) string { return quotedRe.ReplaceAllString(s, "") }

// bankRe ends the name of a bank or a company that signs jointly with
// government bodies: 中国人民银行西安分行, 中国铁路西安局集团有限公司.
var bankRe = lazyRe(`(?:银行|分行|支行|集团|公司)$`)

// endsBody says a name ends as a signing body's does.
func endsBody(s string) bool {
	return endsOrg(s) || bankRe.MatchString(s) || groupBodyRe.MatchString(s) || signingFederationRe.MatchString(s)
}

// signingFederationRe ends the name of a federation that signs with government
// bodies: 全国工商联, 省妇联, 市科协.
var signingFederationRe = lazyRe(`\p{Han}(?:工商联|妇联|残联|文联|侨联|科协|社科联)$`)

// groupBodyRe ends the name of a leading group or a headquarters that signs
// a notice of its own: 芜湖市法治宣传教育工作领导小组, 某县防汛抗旱指挥部.
var groupBodyRe = lazyRe(`(?:\p{Han}|[（(]\p{Han}{2,10}[）)]){4,}(?:领导小组|指挥部|督导组|督查组|工作组|专班)$`)

// tail takes the signature, date, publication mark and imprint off the end
// of the list: they are the notice's, not its last task's. A date found
// there is the notice's date where the header had none; a signature its
// issuer.
func (n *Notice) tail(lines []Line) []Line {
	end := len(lines)
	footer := true    // the lines after end are a page's footer, if any
	siteFoot := false // a line of the site's registration or copyright is among them
	signedAt := -1    // the line of the signature read here as the issuer
	for end > 0 {
		t := trimLine(lines[end-1].Text)
		t = unspread(t) // 中 共 台 州 市 委 办 公 室 台州市人民政府办公室
		switch {
		case footer && strings.Trim(t, "| ") == "" && end >= 2 && footerRe.MatchString(trimLine(lines[end-2].Text)):
			// 【关闭窗口】 / |: the bar a page put after its foot's link.
			end--
			continue
		case footer && (footerRe.MatchString(t) || pageCredit(t) || siteFootRe.MatchString(t) || siteFoot && siteRunByRe.MatchString(t)):
			// 扫一扫在手机打开当前页, 网站标识码:… 赣ICP备…, and over it 主办
			// 单位:… 承办单位:…: the page's, under the notice.
			siteFoot = siteFoot || siteFootRe.MatchString(t)
			end--
			continue
		case footer && n.Issuer == "" && end >= 2 && brokenSignature(t, lines[end-2].Text) != "":
			// 泽库县乡村振兴领导小组 / 办公室(代): an office signing for its
			// group, over two lines.
			n.Issuer = brokenSignature(t, lines[end-2].Text)
			end--
		case footer && n.Issuer == "" && end >= 2 && loneSignature(t, lines[end-2].Text):
			// …进度较慢的为霍邱县。 / 六安市民生办: a place's body signing a
			// report under its last sentence, with no date.
			n.Issuer = t
		case footer && n.Issuer == "" && signedAfterRe.MatchString(t) && loneSignature(signedAfterRe.FindStringSubmatch(t)[2], signedAfterRe.FindStringSubmatch(t)[1]):
			// …完成进度相对较慢的为开发区和市本级。 六安市民生办: the
			// signature run on after the last sentence with a space.
			m := signedAfterRe.FindStringSubmatch(t)
			n.Issuer = m[2]
			n.Tail = append(n.Tail, Line{lines[end-1].N, m[2]})
			n.Tail = append(n.Tail, lines[end:]...)
			out := slices.Clone(lines[:end])
			out[end-1].Text = m[1]
			return out
		case footer && n.Issuer != "" && isSignature(t) && shortFormOf(n.Issuer, t):
			// …确保在 / 江苏省人民政府办公厅: the last line names in full the
			// body the title writes short (省政府办公厅关于…), though the
			// letter above it was cut off mid-sentence: its signature, and
			// the issuer's full name.
			n.Issuer = t
		case end == len(lines) && yearlessDayRe.MatchString(t) && end >= 2 && isSignature(trimLine(lines[end-2].Text)) && !isStructural(trimLine(lines[end-2].Text)):
			// 泰州市人民政府办公室 / 12月30日: the signature dated with no
			// year: the issuer, and no date (the year is not said).
			if n.Issuer == "" {
				n.Issuer = trimLine(lines[end-2].Text)
			}
			end--
		case publicRe.MatchString(t) || imprintRe.MatchString(t) || isAside(t) || markRe.MatchString(t) || attachRe.MatchString(t):
		case strings.Trim(t, "| ") == "" && end == len(lines) && end >= 2 && isTailLine(lines[end-2].Text):
			// A cell mark (|) a page left after the signature, not the
			// empty last cell of a flattened table.
		case isDateLine(t) || isDateLine(publicBeforeRe.ReplaceAllString(t, "")) ||
			end == len(lines) && numericDateLineRe.MatchString(t) && end >= 2 && isSignature(trimLine(lines[end-2].Text)) && !isStructural(trimLine(lines[end-2].Text)):
			// ((此件公开发布) 2021年6月25日: the mark and the date on one line;
			// 县防汛抗旱指挥部办公室 / 2024.3.5: the signature's date in figures.)
			if n.Date.IsZero() {
				n.Date, _ = dateOfLine(publicBeforeRe.ReplaceAllString(t, ""))
			}
		case n.Issuer != "" && isSignature(t) && !signingBodyRe.MatchString(t) && (underJoinedRow(lines, end-1) || underRequirement(lines, end-1)):
			// 2改造老旧小区12个。县住建局 / 县财政局 / 县人民政府办公室: a
			// unit under a run-together table's last row, over the
			// signature, is the row's.
			n.Tail = append(n.Tail, lines[end:]...)
			return lines[:end]
		case isSignature(t) && end < len(lines) && (isTailLine(lines[end].Text) || end+1 == len(lines) && numericDateLineRe.MatchString(trimLine(lines[end].Text))) || strings.HasSuffix(t, "代章）") || strings.HasSuffix(t, "代章)"):
			if n.Issuer != "" && n.Issuer == n.index.issuer && writesShort(n.Issuer, t) {
				// 发文单位:区政府办 in the page's index, signed 北京市大兴区
				// 人民政府办公室: the signature's full name.
				n.Issuer = t
			}
			switch {
			case n.Issuer == "":
				n.Issuer, signedAt = t, end-1
				if parts := orgList(t); len(parts) > 1 {
					// 中共中央组织部 民政部: joint issuers apart on one line.
					n.Issuer = strings.Join(parts, "、")
				}
			case signedAt == end && groupOfficeRe.MatchString(n.Issuer):
				// XX县安全生产委员会 / 办公室: the group's office, one body
				// over two lines.
				n.Issuer, signedAt = t+n.Issuer, end-1
			case signedAt == end && !strings.Contains(t, "代章"):
				// Joint issuers one a line over the date: the line above
				// the signature read signs too.
				n.Issuer, signedAt = t+"、"+n.Issuer, end-1
			}
		case signedAt == end && (signatureHeadRe.MatchString(t) || brokenNameEndRe.MatchString(t)) && !endsOrg(t) && !strings.Contains(n.Issuer, "、") && isSignature(t+n.Issuer) &&
			!sectionClosingRespRe.MatchString(unbracket(t)): // (以上任务由县商务局负责 over it: the items', no signature)
			// 三江县政务公开政府信息公开 / 政务服务工作领导小组办公室: a long
			// name broken over two lines (signatureAbove).
			n.Issuer, signedAt = t+n.Issuer, end-1
		default:
			n.Tail = append(n.Tail, lines[end:]...)
			return lines[:end]
		}
		footer = false
		end--
	}
	n.Tail = append(n.Tail, lines[end:]...)
	return lines[:end]
}

// publicBeforeRe is the publication mark before a date on its line:
// (此件公开发布) 2021年6月25日.
var publicBeforeRe = lazyRe(`^[（(]\s*此件[^（()）]{0,10}[）)]\s*`)

// footerRe is a line of a page's footer under the notice: 扫一扫在手机打开当前页,
// 打印本页, 关闭窗口, a link to download the attachment (附件下载: ….doc).
var footerRe = lazyRe(`^[【\[]?(?:扫一扫|打印本页|关闭窗口|关闭本页|返回顶部|分享到)[^。]{0,20}$|^附件下载\s*[：:]?.{0,80}\.(?:doc|docx|pdf|xls|xlsx|wps|et|zip|rar)$`)

// siteFootRe is a line of a site's foot: its registration numbers
// (网站标识码, ICP备, 公网安备), its copyright, who supports it.
// A page's warning to old browsers (您的IE浏览器版本太低,请升级至IE8及以上
// 版本…) is the site's too.
var siteFootRe = lazyRe(`网站标识码|ICP备|ICP证|公网安备|版权所有|Copyright|技术支持\s*[：:]|^(?:您的|您使用的|当前)?\S{0,8}浏览器版本(?:太低|过低|较低)`)

// siteRunByRe is the foot's line naming who runs the site, over its
// registration: 主办单位:某县人民政府办公室  承办单位:某县大数据中心. (An event
// plan's 主办单位 and 承办单位 label lines stand over no such line.)
var siteRunByRe = lazyRe(`^(?:主办单位|主办|网站主办|承办单位|承办|运维单位|维护单位)\s*[：:]`)

// signedAfterRe is a last line whose sentence ends in a full stop, the
// signature run on after it with a space: …市本级。 六安市民生办.
var signedAfterRe = lazyRe(`^(.*。)[ \x{3000}]+(\S{2,20})$`)

// placedBodyRe is a body named with its place: 六安市民生办, 某县人民政府.
var placedBodyRe = lazyRe(`^\p{Han}{1,6}?(?:省|市|县|区|州|盟|旗|镇|乡)\p{Han}`)

// loneSignature says t, the notice's last line with no date under it, is
// its signature: a body's name with its place (六安市民生办) after text
// that ends a sentence, as a report ends — not a table's last cell (县教育局
// under its row's numbered line).
func loneSignature(t, before string) bool {
	before = trimLine(before)
	return isSignature(t) && placedBodyRe.MatchString(t) && !strings.HasPrefix(t, "各") && strings.HasSuffix(before, "。") && !leadNumberRe.MatchString(before)
}

func isTailLine(s string) bool {
	t := trimLine(s)
	return isDateLine(t) || publicRe.MatchString(t) || imprintRe.MatchString(t) || isSignature(t) || isAside(t) || markRe.MatchString(t)
}

// findYear is the notice's year, the year it was issued in: its number's,
// its date's, else its title's, else the first year the list names. 0 when
// it names none: dates without a year are then left out and listed, never
// given today's year. The plan's year is the same, except where the title
// names the next one: a plan for 2023 issued in December 2022.
func (n *Notice) findYear(items []item) {
	n.issued = n.yearNamed(items)
	n.Year = n.issued
	title, _ := asciiDigits(n.Title)
	if m := titleYearsRe.FindStringSubmatch(title); m != nil && n.issued != 0 && (atoi(m[1]) == n.issued || atoi(m[1]) == n.issued+1) {
		// 2025—2026年…, issued in 2025 (or in December 2024): the plan
		// starts with its first year.
		n.Year = atoi(m[1])
		return
	}
	if m := yearRe.FindStringSubmatch(title); m != nil && n.issued != 0 && atoi(m[1]) == n.issued+1 {
		n.Year = n.issued + 1
	} else if m == nil && n.issued != 0 && nextYearTitleRe.MatchString(title) {
		// 关于做好明年重点工作谋划的通知: next year's work, the plan's year.
		n.Year = n.issued + 1
	}
}

// titleYearsRe is a span of years in a title: 2025—2026年, 2025-2027年.
var titleYearsRe = lazyRe(`((?:19|20)\d{2})\s*(?:年)?\s*[—–\-~～至到]\s*(?:19|20)?\d{2}\s*年`)

// nextYearTitleRe names next year's work in a title: 明年重点工作, 来年.
var nextYearTitleRe = lazyRe(`明年|来年|下一年度|下年度`)

func (n *Notice) yearNamed(items []item) int {
	number, _ := asciiDigits(n.Number) // 〔２０２４〕: full-width digits
	title, _ := asciiDigits(n.Title)
	if m := numberRe.FindStringSubmatch(number); m != nil {
		return atoi(m[1])
	}
	if m := lostMarkNumberRe.FindStringSubmatch(number); m != nil {
		return atoi(m[1])
	}
	if !n.Date.IsZero() {
		return n.Date.Year()
	}
	if m := yearRe.FindStringSubmatch(title); m != nil {
		return atoi(m[1])
	}
	var since *item // the first line naming a year only as a run's start (自2023年起)
	for k, it := range items {
		text := it.line.Text
		if it.row != nil {
			text = strings.Join(it.row, " ")
		}
		text, _ = asciiDigits(text)
		if since == nil && yearRe.MatchString(text) && listYear(text) == nil {
			since = &items[k]
		}
		if m := listYear(text); m != nil {
			n.yearFrom, n.yearInRow = Line{N: it.line.N, Text: m[0]}, it.row != nil
			// 2018年,我们继续制定…: a sentence's year, no list title's.
			n.yearInProse = it.row == nil && strings.ContainsAny(text, "。，,；;")
			return atoi(m[1])
		}
		// The number of a document the notice cites: 昆政发〔2016〕13号.
		if m := citedNumberRe.FindStringSubmatch(text); m != nil {
			n.yearFrom, n.cited = Line{N: it.line.N, Text: m[0]}, true
			return atoi(m[1])
		}
	}
	if since != nil {
		// XX县自2023年起…: the year a run starts in is the list's where it
		// names no other.
		m := yearRe.FindStringSubmatch(since.line.Text)
		if since.row != nil {
			m = yearRe.FindStringSubmatch(strings.Join(since.row, " "))
		}
		n.yearFrom, n.yearInRow = Line{N: since.line.N, Text: m[0]}, since.row != nil
		// (A sentence's year, 通知公告2020年只有3月更新一条, taken for
		// want of any other: the dates it gives a year to are listed.)
		n.yearInProse = since.row == nil
		return atoi(m[1])
	}
	return 0
}

// listYear is the first year a line of the list names that is not the
// start of a run of years up to now (从2016年开始, 2013年以来: 2018年,
// 我们继续… is the list's year).
func listYear(text string) []string {
	for _, loc := range yearRe.FindAllStringSubmatchIndex(text, -1) {
		after, before := text[loc[1]:], text[:loc[0]]
		if sinceAfterRe.MatchString(after) || strings.HasSuffix(before, "从") || strings.HasSuffix(before, "自") {
			continue
		}
		return []string{text[loc[0]:loc[1]], text[loc[2]:loc[3]]}
	}
	return nil
}

// sinceAfterRe follows a year that starts a run up to now: 2016年开始,
// 2016年以来, 2016年起.
var sinceAfterRe = lazyRe(`^(?:开始|以来|起|來|以來|開始)`)

// boxRule says a line is a border of a table drawn with box characters
// (┌──┬────┐, ├──┼──┤): the table starts there, and the head above it
// ends.
func boxRule(s string) bool {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) < 3 {
		return false
	}
	for _, r := range s {
		if (r < 0x2500 || r > 0x257F) && r != ' ' {
			return false
		}
	}
	return true
}

// attachmentNamedRe names one attachment of several: 附件1, 附件二.
var attachmentNamedRe = lazyRe(`附件\s*[\d一二三四五六七八九十]`)

// jointIssuers parts two bodies of one place run together as a title's
// head writes joint issuers (吕梁市商务局吕梁市财政局): where the name holds
// the place it opens with once more, after a body's end, the two are
// issuers apart by 、.
func jointIssuers(s string) string {
	r := []rune(s)
	if len(r) < 8 || strings.ContainsAny(s, "、 ") {
		return s
	}
	for k := 3; k <= 4 && k < len(r); k++ {
		place := string(r[:k])
		if !strings.ContainsAny(string(r[k-1]), "省市县区州旗") {
			continue
		}
		for i := k + 2; i+k < len(r); i++ {
			head, tail := string(r[:i]), string(r[i:])
			if strings.HasPrefix(tail, place) && endsOrg(head) && endsOrg(tail) && utf8.RuneCountInString(tail) > k+1 {
				return head + "、" + tail
			}
		}
	}
	return s
}
