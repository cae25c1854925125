package render_test

import (
	"strings"
	"testing"

	"tally/internal/render"
)

// User text cannot turn into Markdown markup: a title with * and # stays
// text, a paragraph starting "1." is not a list, line breaks do not split it.
func TestBriefMarkdownEscapes(t *testing.T) {
	b := &render.Brief{Paras: []render.Para{
		{Kind: render.ParaTitle, Text: "关于*重点*任务#1的通报"},
		{Kind: render.ParaBody, Text: "1. 任务<b>二\n# 不是标题"},
		{Kind: render.ParaPlaceholder, Text: "【请改写】下步"},
	}}
	var s strings.Builder
	if err := b.WriteMarkdown(&s); err != nil {
		t.Fatal(err)
	}
	want := "# 关于\\*重点\\*任务\\#1的通报\n\n1\\. 任务&lt;b&gt;二 \\# 不是标题\n\n> 【请改写】下步\n"
	if s.String() != want {
		t.Errorf("got\n%s\nwant\n%s", s.String(), want)
	}
}
