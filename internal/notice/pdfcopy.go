package notice

import "strings"

// Rules for a notice copied out of its PDF, where the preamble's
// paragraphs come broken at the printed width: a line so cut ends in
// neither 。 nor ；, which is how a title line was told from a sentence.

// sentencePart says a line before the list is part of a sentence, no
// title line: it holds a comma and opens as a letter's or a report's
// sentence does (为…, 根据…, 现将…, 经…同意, 近日…), or it comes under a
// title line read already and stops inside a sentence after its comma
// (…曝光,要求限期整改 / 8月30日,市创文办发布…督查中发). A title holds no
// comma but as a news headline's two halves, on one line.
func sentencePart(t string, underTitle bool) bool {
	t = trimLine(t)
	if !strings.ContainsAny(t, ",，") {
		return false
	}
	return sentenceOpenRe.MatchString(t) || underTitle && stopsInside(t)
}

// sentenceOpenRe is how a letter's or a report's sentence opens, never a
// title: 为深入贯彻…, 根据…, 现将…, 经市政府同意…, 近日…, 记者….
var sentenceOpenRe = lazyRe(`^(?:为了|为|根据|按照|依据|遵照|现将|经|近日|日前|今年|记者|本报)`)

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
