package notice

import (
	"strings"

	"tally/internal/i18n"
)

// A year opening a clause of targets with no comma after it (2025年城镇新增
// 就业4万人以上、开展补贴性技能培训2万人以上; 2004年力争新增就业岗位10万个) is
// the year the targets are for: the corpus reads no deadline from it, as
// none is written, but a person may read the year's end as the item's due,
// so the item is listed. With a comma (2025年,新增城镇就业…) the year opens
// the sentence of targets and is read as their deadline (targetYearRe).

// figureYearRe is a year opening a clause whose words run on, with no
// comma, to a figure and its measure: 2025年城镇新增就业4万人.
var figureYearRe = lazyRe(`(?:^|[。；;，,—\n])\s*(((?:19|20)\d{2})\s*年)(\p{Han}{2,16}?)\d+(?:\.\d+)?\s*(?:万|亿|千)?\s*(?:人|个|家|场|元|%|％|户|项|所|次|公里|吨|亩|套|座|条|辆|台|平方米|千瓦)`)

// notTargetAfterYear are the words after a year that make it no year of
// targets: a time in or from it (2025年以来, 2025年底前, 2025年上半年,
// 2025年一季度), or a past (2024年的, 2024年已).
var notTargetAfterYear = []string{"以", "起", "前", "后", "底", "末", "内", "上半", "下半", "初", "中", "第", "一季", "二季", "三季", "四季", "春", "夏", "秋", "冬", "的", "来", "开始", "共", "累计", "已"}

// figureYear is the words of the first year of targets in s (2025年), ""
// where it names none.
func figureYear(s string) string {
	for _, m := range figureYearRe.FindAllStringSubmatch(s, -1) {
		skip := false
		for _, w := range notTargetAfterYear {
			if strings.HasPrefix(m[3], w) {
				skip = true
				break
			}
		}
		if !skip {
			return strings.Join(strings.Fields(m[1]), "")
		}
	}
	return ""
}

// figureYearReview lists the due of an item with no time limit whose text
// names the year of its targets.
func (t *Task) figureYearReview(text string) {
	if y := figureYear(text); y != "" {
		t.reviewOnce("due", t.raw.last, i18n.F("正文写有“%s”和当年的目标数字，没有写完成时限，未填写 due；如按该年年底完成，请补上",
			"the text names %s with the year's targets and no time limit; due was left empty: if they are due by that year's end, add it", y))
	}
}
