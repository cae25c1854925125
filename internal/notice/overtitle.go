package notice

import "strings"

// orgOverTitle is the issuer a page writes on the line right over a title
// that opens with 关于 (海东市人民政府办公室 / 关于印发…的通知), where the
// page's own furniture (网站无障碍 适老版, a breadcrumb) stands above them:
// the body's name alone on that line, nil where it holds anything else.
func orgOverTitle(head []Line, titleAt int, title string) []string {
	if titleAt < 1 || titleAt > len(head) || !strings.HasPrefix(strings.TrimSpace(title), "关于") {
		return nil
	}
	t := trimLine(head[titleAt-1].Text)
	if strings.Contains(t, "关于") || strings.ContainsAny(t, "。，；：:>") || isDateLine(t) || isNumberLine(t) {
		return nil
	}
	return orgList(strings.TrimSuffix(t, "文件"))
}

// lostLabelRe is a label of persons a page cut short to its last
// character, 人: for 责任人:, under an item's 责任单位 line.
var lostLabelRe = lazyRe(`^人\s*[：:]\s*(\S.*)$`)

// lostPersonsLabel reads 人:X right under a line of who is responsible
// (责任单位:海东市、…) as the 责任人 label that lost 责任 on the page: the
// list pairs each item's units with the persons answering for them.
func lostPersonsLabel(lines []Line) []Line {
	for i := 1; i < len(lines); i++ {
		m := lostLabelRe.FindStringSubmatch(trimLine(lines[i].Text))
		if m == nil || !respLineRe.MatchString(trimLine(lines[i-1].Text)) {
			continue
		}
		lines[i].Text = "责任人:" + m[1]
	}
	return lines
}
