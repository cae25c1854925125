package notice

import (
	"strings"
	"unicode/utf8"
)

// titleSpaceRe is a whole notice served as one long line whose title a
// space parts from its recipients: 长沙市…关于下达…的通知 各区、县(市)人民
// 政府,市直机关有关单位: 2005年,….
var titleSpaceRe = lazyRe(`^(\S{6,80}?)[ \x{3000}]+(\S[^ \x{3000}]{1,200}?[：:])(?:[ \x{3000}]+|$)`)

// titleGluedRe is such a line whose title runs straight into its
// recipients: …的通知各县(区)人民政府、开发区(新区)管委会,市政府各部门:….
var titleGluedRe = lazyRe(`^(\S{6,80}?(?:的通知|的意见|的决定))((?:各|市直|县直|区直|省直)[^ \x{3000}：:。]{1,200}?[：:])`)

// titleSpacedRe is such a line whose title holds spaces, up to the
// recipients after it.
var titleSpacedRe = lazyRe(`^(\S[^：:。]{6,100}?(?:的通知|的意见|的决定))[ \x{3000}]+((?:各|市直|县直|区直|省直)[^：:。]{1,200}?[：:])`)

// titleBeforeRecipients puts the title of such a line on a line of its
// own: the line's head up to its first space, where the head is a title
// (关于…, ending as a title ends) and what follows up to the next space a
// recipients line.
func titleBeforeRecipients(t string) (title, rest string, ok bool) {
	if utf8.RuneCountInString(t) < longLine {
		return "", "", false
	}
	m := titleSpaceRe.FindStringSubmatch(t)
	if m == nil {
		// …稳定经济增长25条政策措施的通知各县(区)人民政府、…:为深入…: no
		// space between them at all.
		m = titleGluedRe.FindStringSubmatch(t)
	}
	if m == nil || !endsTitle(m[1]) {
		// 聊城市人民政府办公室 关于印发聊城市 2021 年法治政府建设 工作计划的
		// 通知 各县(市、区)人民政府,…, 直属机构:: a title a PDF's lines
		// broke with spaces, up to the recipients.
		if s := titleSpacedRe.FindStringSubmatch(t); s != nil {
			m = s
		}
	}
	if m == nil || !strings.Contains(m[1], "关于") && !strings.Contains(m[1], "印发") || !endsTitle(m[1]) || !isRecipients(m[2]) || !recipientsStartRe.MatchString(m[2]) {
		return "", "", false
	}
	return m[1], strings.TrimLeft(t[len(m[1]):], " \u3000"), true
}

// recipientsStartRe is how a recipients line opens: 各…, 市直….
var recipientsStartRe = lazyRe(`^(?:各|市直|县直|区直|省直|本市|全市|全县|全省)`)
