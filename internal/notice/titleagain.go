package notice

import "strings"

// A portal's page heading over the notice's number and its post line
// (时间:2023-06-21 |浏览:15031), the notice's own title again under them,
// broken over lines: the heading wrote it with a slip the document does
// not have (a 的 added, a space where the page broke it). The title is the
// notice's own, as a page's heading is the site's.

// titleAgain reads the notice's own title starting at head[i], under the
// title read from the page's heading: a 关于 line and the lines it runs on
// over (up to three, short) that make the same title as the heading's once
// white space and 的 are dropped, yet written otherwise. It gives that title and
// the index of its last line, or "" where head[i] opens no such title.
func titleAgain(head []Line, i int, title string) (string, int) {
	t := trimLine(head[i].Text)
	if title == "" || !isTitleCandidate(t) || !strings.HasPrefix(t, "关于") {
		return "", i
	}
	bare := func(s string) string { return strings.ReplaceAll(spaceless(s), "的", "") }
	want := bare(title)
	own, j := t, i
	for len(bare(own)) < len(want) && j+1 < len(head) && j-i < 3 && len([]rune(trimLine(head[j+1].Text))) <= 40 &&
		!isRecipients(head[j+1].Text) && !isNumberLine(trimLine(head[j+1].Text)) && !sentencePart(head[j+1].Text, false) {
		j++
		own += trimLine(head[j].Text)
	}
	if spaceless(own) == spaceless(title) || bare(own) != want {
		return "", i
	}
	return own, j
}

// titleAgainAt says head[i] opens such a title.
func titleAgainAt(head []Line, i int, title string) bool {
	own, _ := titleAgain(head, i, title)
	return own != ""
}
