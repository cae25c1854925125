package notice

// skipsOn says a bare number that is not the next in turn still starts a
// row of a flattened table: the row before has all its cells, the number
// is past the one expected (145 then 249: a bureau's share of a city's
// list keeps the list's numbers) and a cell of text follows it, no
// number. A number smaller than expected, or one landing inside a row,
// is a cell (a stray 2 after a row's unit).
func skipsOn(rowLen, width, next, n int, after string) bool {
	if rowLen != width || n <= next {
		return false
	}
	_, num := rowNumber(after)
	return !num && !bareNumberRe.MatchString(after) && len([]rune(after)) >= 4
}
