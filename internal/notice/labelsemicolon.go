package notice

// A bracket of responsibility can close its label with a semicolon where
// its colon should be, a slip of the keys beside each other:
// (责任单位;住建局、畜牧局、各乡镇场), among brackets that write 责任单位:.
// Before, 责任单位 was read as one of the owners (listed). Now a label
// that opens a bracket and is followed by a semicolon reads as closed by
// a colon.

// bracketLabelSemiRe is a bracket opening with a label of responsibility
// and a semicolon after it: (责任单位;.
var bracketLabelSemiRe = lazyRe(`([（(]\s*(?:` + respLabels + `))\s*[;；]`)

// labelSemicolon gives a bracket's label its colon for a semicolon.
func labelSemicolon(t string) string {
	return bracketLabelSemiRe.ReplaceAllString(t, "$1：")
}
