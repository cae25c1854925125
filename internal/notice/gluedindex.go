package notice

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A portal's index can lose the colons and spaces between its labels and
// their values when copied, each label run on into its value:
//
//	索引号000014349/2023-55225
//	发文字号长上政办函〔2023〕24号 发文时间2023-09-21
//	发文机关长治市上党区人民政府办公室 主题词
//	标题长治市上党区人民政府办公室关于印发…的通知
//
// Before, no index line was read: the number was lost and the title taken
// from the portal's link bar above. Now a run of three or more lines each
// opening with an index label run on into its value, one of them 索引号 or
// 发文字号, has each label given its colon, and so has a label after a
// space inside such a line (发文时间2023-09-21).

// gluedLabels are the index labels, longest first, that a glued line may
// open with or hold after a space.
var gluedLabels = func() []string {
	ls := slices.Clone(indexLabels)
	slices.SortStableFunc(ls, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	return ls
}()

// gluedLabel is the index label a text opens with, run on into a value
// (no colon, space or bracket after it), or "".
func gluedLabel(t string) string {
	for _, l := range gluedLabels {
		if rest, ok := strings.CutPrefix(t, l); ok && utf8.RuneCountInString(l) >= 2 {
			if rest == "" || strings.ContainsAny(rest[:1], ": \t|[(") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "【") || strings.HasPrefix(rest, "\u3000") {
				return ""
			}
			return l
		}
	}
	return ""
}

// colonGluedIndex gives the labels of a glued index their colons.
func colonGluedIndex(lines []Line) []Line {
	out := append([]Line(nil), lines...)
	for i := 0; i < len(out); {
		j, key := i, false
		for j < len(out) {
			l := gluedLabel(trimLine(out[j].Text))
			if l == "" {
				break
			}
			key = key || l == "索引号" || l == "发文字号"
			j++
		}
		if j-i >= 3 && key {
			for k := i; k < j; k++ {
				out[k].Text = colonGluedLine(trimLine(out[k].Text))
			}
		}
		i = max(j, i+1)
	}
	return out
}

// colonGluedLine gives a glued index line's labels their colons: the one
// it opens with, and each after a space.
func colonGluedLine(t string) string {
	words := strings.Split(t, " ")
	for k, w := range words {
		if l := gluedLabel(w); l != "" {
			words[k] = l + "：" + strings.TrimPrefix(w, l)
		} else if k > 0 && slices.Contains(indexLabels, w) {
			words[k] = w + "：" // 主题词 with no value
		}
	}
	return strings.Join(words, " ")
}
