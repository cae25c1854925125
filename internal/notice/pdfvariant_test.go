package notice

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNoticeCopiedFromPDF measures, where TALLY_NOTICE_PDF=1, how the
// corpus reads when each notice is copied out of its PDF (pdfWrap): every
// paragraph broken at the printed width of an official document. It is a
// measurement, not a bar: on the corpus at the stop that added it, 16 of
// 452 notices read worse so (12 exact tasks lost, 7 more wrong fields not
// listed, 12 header fields): table rows whose cells' sentences the break
// moves into the unit columns, titles from cited documents or news leads
// broken over lines, traditional text with pinyin readings, a masthead, a
// labels-after-sentence list (永康). Once none reads worse, move pdfWrap
// into noticeVariants and delete this test.
// PDFDUMP=<name> prints one notice as this copies it.
func TestNoticeCopiedFromPDF(t *testing.T) {
	if name := os.Getenv("PDFDUMP"); name != "" {
		data, err := os.ReadFile(filepath.Join("testdata/real", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Print(pdfWrap(56)(string(data)))
		return
	}
	if os.Getenv("TALLY_NOTICE_PDF") == "" {
		t.Skip("a measurement: TALLY_NOTICE_PDF=1 runs it")
	}
	v := noticeVariant{name: "copied out of its PDF", steps: []step{{"broken at 56 columns", pdfWrap(56)}}}
	expects, _ := filepath.Glob(filepath.Join("testdata/real", "*.expect.yaml"))
	worse, exact, unflagged, extra, header := 0, 0, 0, 0, 0
	for _, e := range expects {
		var b, s score
		scoreNotice(t, e, &b, nil)
		scoreNotice(t, e, &s, &v)
		if s.exact < b.exact || s.unflagged > b.unflagged || s.extra > b.extra || s.header > b.header {
			worse++
			exact += max(0, b.exact-s.exact)
			unflagged += max(0, s.unflagged-b.unflagged)
			extra += max(0, s.extra-b.extra)
			header += max(0, s.header-b.header)
			t.Logf("%s read worse: exact %d→%d, not listed %d→%d, tasks that are none %d→%d, header wrong %d→%d\n\t%s",
				filepath.Base(e), b.exact, s.exact, b.unflagged, s.unflagged, b.extra, s.extra, b.header, s.header,
				strings.Join(firstLines(s.lines, 4), "\n\t"))
		}
	}
	fmt.Printf("%s: %d of %d notices read worse (exact tasks lost %d, wrong fields not listed %d more, tasks that are none %d more, header fields wrong %d more)\n",
		v.String(), worse, len(expects), exact, unflagged, extra, header)
}

// pdfWrap breaks every paragraph line (one that ends a sentence) as a PDF of
// an official document prints it: at cols half-width columns (a Chinese
// character two, a digit or Latin letter one), its first line indented by
// two ideographic spaces.
//
// Changes from the first probe, each to copy as a PDF does:
//   - a PDF holds no web page's furniture, so lines of that kind are left
//     as the page had them (see pageFurniture);
//   - a table's cells copied one a line are left as the page gives them
//     (see tableCell);
//   - a line that goes on a sentence the line before it left open (the
//     copy was broken there already: a long line, no label's, that stops
//     inside a sentence) is broken at the width but not indented: it
//     opens no paragraph;
//   - no closing mark opens a line and no opening bracket ends one (see
//     pdfBreak).
//
// Not modelled: a title broken into centred lines, page numbers.
func pdfWrap(cols int) func(string) string {
	return func(s string) string {
		lines := strings.Split(s, "\n")
		var texts []string // the lines that hold text, as the page has them
		for _, l := range lines {
			if t := strings.TrimSpace(l); t != "" {
				texts = append(texts, t)
			}
		}
		prev, k := "", -1
		for i, l := range lines {
			t := strings.TrimSpace(l)
			open := prev != "" && !pdfEndRe.MatchString(prev) && !pdfLabelRe.MatchString(prev) && utf8.RuneCountInString(prev) >= 20
			if t != "" {
				prev = t
				k++
			}
			if strings.Contains(l, "|") || strings.Contains(l, "\t") ||
				!(strings.HasSuffix(t, "。") || strings.HasSuffix(t, "；") || strings.HasSuffix(t, "）") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) || pageFurniture(t) ||
				k > 0 && k+1 < len(texts) && !pdfHeadingRe.MatchString(t) && tableCell(texts[k-1]) && tableCell(texts[k+1]) {
				continue
			}
			lines[i] = pdfBreak(strings.TrimLeft(l, " \u3000"), cols, !open)
		}
		return strings.Join(lines, "\n")
	}
}

// pdfEndRe is a line that ends a sentence or a heading's words: the
// line after it may open a paragraph.
var pdfEndRe = regexp.MustCompile(`[。；;：:！？）)”」》】]$|^\S{1,30}$`)

// pdfLabelRe is a line that opens with a label (责任部门：…): it holds a
// field of its own, whatever it ends with.
var pdfLabelRe = regexp.MustCompile(`^\p{Han}{1,8}\s*[：:]`)

// pdfBreak breaks one paragraph at cols columns, its first line indented
// where indent, as a word processor sets Chinese text: a mark that closes
// (，。、；）》”) opens no line, it hangs at the end of the line before; a
// mark that opens (（《“) ends no line, it goes down to the next.
func pdfBreak(p string, cols int, indent bool) string {
	width := func(c rune) int {
		if c < 0x80 {
			return 1
		}
		return 2
	}
	var lines []string
	cur, w := []rune(nil), 0
	if indent {
		cur, w = []rune("\u3000\u3000"), 4
	}
	for _, c := range p {
		if w+width(c) > cols && !strings.ContainsRune(noLineHead, c) {
			var carry []rune
			if n := len(cur); n > 0 && strings.ContainsRune(noLineEnd, cur[n-1]) {
				cur, carry = cur[:n-1], cur[n-1:]
			}
			lines = append(lines, string(cur))
			cur, w = carry, 0
			for _, r := range carry {
				w += width(r)
			}
		}
		cur, w = append(cur, c), w+width(c)
	}
	return strings.Join(append(lines, string(cur)), "\n")
}

// tableCell says a line reads as a cell of a table copied one cell a line
// (序号 1, 区卫生局, 95%, 县民生实事): short, no label's colon, no heading
// or item opened with its words (一、…, 1.…, ——…). A line between two
// such, opening no item itself, is a cell too, and a web page's: a PDF's
// table breaks a cell at its column's width, not the page's, which this
// probe does not model, so cells are left as the page gives them.
func tableCell(t string) bool {
	return utf8.RuneCountInString(t) <= 20 && !strings.ContainsAny(t, ":：") && !pdfHeadingRe.MatchString(t)
}

var pdfHeadingRe = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|——)\s*\S`)

// pageFurniture says a line is a web page's, which no PDF of the notice
// holds, so no PDF breaks it:
//   - an index's fields run on one line (索引号, 发布机构, 【制定机关】…);
//   - a document-preview site's note (…由会员分享，可在线阅读…, a
//     bulleted list of its terms);
//   - a page's whole text on one line: longer than a printed page holds
//     (22 lines of 28 characters), or holding a second item's number
//     after a sentence's end (…。二、…, …。 (三)…, …。2、…): a PDF's
//     paragraph holds one item.
func pageFurniture(t string) bool {
	return furnitureRe.MatchString(t) || utf8.RuneCountInString(t) > 22*28 || runOnItemRe.MatchString(t)
}

var furnitureRe = regexp.MustCompile(`索\s*引\s*号|发布机构|發布機構|发文机关|成文日期|【制定机关】|【公布日期】|由会员分享|可在线阅读|^[-•]\s`)

var runOnItemRe = regexp.MustCompile(`[。；;]\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?:\D))`)

const (
	noLineHead = "，。、；：？！）》”」’,.;:?!)"
	noLineEnd  = "（《“「‘("
)
