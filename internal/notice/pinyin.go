package notice

import "sort"

// pinyinOf is the reading of r that tally gives unit ids (pinyin without
// tones, the first of a character's readings), as go-pinyin gives it
// (TestPinyinAsLibrary), or "" for a character without one. It reads
// pinyin_table.go, which the compiler lays out in the binary: nothing is
// built when a command starts.
func pinyinOf(r rune) string {
	i := sort.Search(len(pinyinRunFirst), func(i int) bool { return pinyinRunFirst[i] > r }) - 1
	if i < 0 {
		return ""
	}
	k := pinyinRunAt[i] + uint32(r-pinyinRunFirst[i])
	if k >= pinyinRunAt[i+1] {
		return ""
	}
	n := pinyinReading[k]
	return pinyinSyllables[pinyinSyllableAt[n]:pinyinSyllableAt[n+1]]
}
