package notice

// datedAboveNumber says a text opens with a date line and the notice's
// number right under it (a law site's copy: (二OO八年二月二十六日) /
// 宝府办〔2008〕18号 / the recipients): the date is the notice's, and the
// header goes on below it; it closes no letter over the list.
func datedAboveNumber(lines []Line) bool {
	return len(lines) > 2 && isDateLine(lines[0].Text) && isNumberLine(trimLine(lines[1].Text))
}
