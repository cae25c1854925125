package notice

import "strconv"

// yearBlockRe is a label opening a year's part of an item's text:
// 2020年任务:, 2021年目标：, 2019年:. The dates after it that name no year
// are that year's (2020年任务:一是4月底前…;二是10月底前…).
var yearBlockRe = lazyRe(`((?:19|20)\d{2})\s*年(?:度)?(?:任务|目标|工作任务|工作目标|工作)?\s*[：:]`)

// yearBlock is the year of the last year's label (yearBlockRe) in s, the
// text before a date; 0 where there is none.
func yearBlock(s string) int {
	m := yearBlockRe.FindAllStringSubmatch(s, -1)
	if len(m) == 0 {
		return 0
	}
	y, _ := strconv.Atoi(m[len(m)-1][1])
	return y
}
