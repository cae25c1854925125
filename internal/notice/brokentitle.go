package notice

import "strings"

// A page that broke a paragraph's first words over short lines where it had
// links (2016年是 / “十三五”规划和 / 全面建成小康社会决胜阶段的开局之年,…)
// shows lines that look like a title: short, no stop. They are the start
// of a sentence, no title.

// openEndRe ends words that cannot end a title: a copula, a conjunction, a
// preposition waiting for what follows (是, 和, 与, 及, 把, 对, 为, 在).
var openEndRe = lazyRe(`(?:是|和|与|及|或|并|把|将|对|为|在|从|向|以|而|、|的是)$`)

// sentenceTitle moves the list's title lines to the preamble where they
// end in such a word, name no document, and the line after them goes on
// with the sentence (the preamble's first line, under them).
func (w *walker) sentenceTitle() {
	if len(w.titleAt) == 0 || len(w.preamble) == 0 {
		return
	}
	joined := strings.Join(w.titleLines, "")
	if !openEndRe.MatchString(joined) || titleLike(joined) {
		return
	}
	last := w.titleAt[len(w.titleAt)-1].N
	next := -1
	for _, l := range w.preamble {
		if l.N > last && (next < 0 || l.N < next) {
			next = l.N
		}
	}
	if next < 0 || next > last+2 {
		return // (a blank line may stand between, where a copy adds one after each paragraph)
	}
	w.preamble = append(w.preamble, w.titleAt...)
	w.titleLines, w.titleAt = nil, nil
}

// postTimeRe is a page's post time after a heading on its line:
// 2004年上海市政府重点工作 2004-04-22 17:21.
var postTimeRe = lazyRe(`[ \x{3000}]+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \x{3000}]+\d{1,2}:\d{2}(?::\d{2})?)?$`)

// titlePostTime takes a page's post time off the end of the list's title's
// last line: it dates the page, and is no part of the title.
func (w *walker) titlePostTime() {
	if k := len(w.titleLines) - 1; k >= 0 {
		if loc := postTimeRe.FindStringIndex(w.titleLines[k]); loc != nil && loc[0] > 0 {
			w.titleLines[k] = w.titleLines[k][:loc[0]]
		}
	}
}
