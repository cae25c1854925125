package notice

import "strings"

// lawFieldRe is a field of a regulations site's block run on after a
// notice's title with no 文章属性 or bullets: 【法规类别】卫生综合规定,
// 【发文字号】通市政明电[2015]7号, 【发布日期】2015.08.10, 【效力级别】XP10.
var lawFieldRe = lazyRe(`【(?:法规类别|发文字号|发布部门|发布日期|实施日期|时效性|效力级别|失效日期|批准日期|制定机关|公布日期|施行日期|发文机关|成文日期|文号)】`)

// lawFields puts each field of such a block on a line of its own, the
// title before it on its own line too, and the notice's text after the
// last field's value where the title starts again (…【效力级别】XP10通化市
// 人民政府关于…的通知(…)东昌区…: XP10, then 通化市人民政府关于…). A line
// with fewer than three fields is left as it is.
func lawFields(t string) string {
	locs := lawFieldRe.FindAllStringIndex(t, -1)
	if len(locs) < 3 {
		return t
	}
	head := strings.TrimSpace(t[:locs[0][0]])
	var b strings.Builder
	if head != "" {
		b.WriteString(head + "\n")
	}
	for k, loc := range locs {
		end := len(t)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		field := t[loc[0]:end]
		if k == len(locs)-1 && head != "" {
			// The last field's value ends where the title starts again.
			if i := strings.Index(field[loc[1]-loc[0]:], head); i >= 0 {
				at := loc[1] - loc[0] + i
				b.WriteString(strings.TrimSpace(field[:at]) + "\n")
				field = field[at:]
			}
		}
		b.WriteString(strings.TrimSpace(field))
		if k+1 < len(locs) {
			b.WriteString("\n")
		}
	}
	return b.String()
}
