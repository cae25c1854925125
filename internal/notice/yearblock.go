package notice

import (
	"sort"
	"strconv"
)

// yearBlockRe is a label opening a year's part of an item's text:
// 2020年任务:, 2021年目标：, 2019年:. The dates after it that name no year
// are that year's (2020年任务:一是4月底前…;二是10月底前…).
var yearBlockRe = lazyRe(`((?:19|20)\d{2})\s*年(?:度)?(?:任务|目标|工作任务|工作目标|工作)?\s*[：:]`)

// yearBlocks are the year's labels (yearBlockRe) of a text, found once for
// all its dates: an item of many dates must not have its text read again
// for each (50,000 dates took minutes).
type yearBlocks struct {
	s    string
	locs [][]int
	read bool
}

// before is the year of the last year's label that ends at or before at,
// the start of a date; 0 where there is none.
func (b *yearBlocks) before(at int) int {
	if !b.read {
		b.locs, b.read = yearBlockRe.FindAllStringSubmatchIndex(b.s, -1), true
	}
	i := sort.Search(len(b.locs), func(i int) bool { return b.locs[i][1] > at })
	if i == 0 {
		return 0
	}
	l := b.locs[i-1]
	y, _ := strconv.Atoi(b.s[l[2]:l[3]])
	return y
}
