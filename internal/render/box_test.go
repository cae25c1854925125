package render

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

// The box writer draws exactly what tablewriter draws, on tables like the
// commands': Chinese and ASCII text, empty cells, wrapped and multi-line
// cells, right-aligned numbers, tables with no rows.
func TestBoxMatchesTablewriter(t *testing.T) {
	words := []string{"", "2019Q2", "xiashan-pub", "状态", "推进中", "55%", "（无）", "完成全区村（社区）党组织书记全员轮训，共培训312人次。",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z", "第一行\n第二行", "“引号”·间隔", "x\n", "12", "進捗 100%", "emoji 😀 wide"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 300; n++ {
		cols := 1 + rng.Intn(6)
		tbl := &Table{Wrap: map[int]int{}, Right: map[int]bool{}}
		for c := 0; c < cols; c++ {
			tbl.Head = append(tbl.Head, words[1+rng.Intn(len(words)-1)])
			if rng.Intn(3) == 0 {
				tbl.Wrap[c] = 8 + rng.Intn(30)
			}
			if rng.Intn(4) == 0 {
				tbl.Right[c] = true
			}
		}
		for r := rng.Intn(6); r > 0; r-- {
			var row []string
			for c := 0; c < cols; c++ {
				row = append(row, words[rng.Intn(len(words))])
			}
			tbl.Rows = append(tbl.Rows, row)
		}
		var want, got bytes.Buffer
		if err := tbl.writeTablewriter(&want); err != nil {
			t.Fatal(err)
		}
		if err := tbl.writeBox(&got, false); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("table %d (%q, %q, wrap %v, right %v):\ntablewriter:\n%s\nbox:\n%s", n, tbl.Head, tbl.Rows, tbl.Wrap, tbl.Right,
				want.String(), strings.TrimSuffix(got.String(), "\n"))
		}
	}
}

// A writer marked PlainTables gets the same table in ASCII: the same
// layout, +, - and | for the box.
func TestPlainTablesDrawInASCII(t *testing.T) {
	tbl := &Table{Head: []string{"单位", "进度"}, Rows: [][]string{{"赤坎区委组织部", "55%"}, {"市委党校", "100%"}}, Right: map[int]bool{1: true}}
	var box, ascii bytes.Buffer
	if err := tbl.Write(&box, FormatTable); err != nil {
		t.Fatal(err)
	}
	if err := tbl.Write(PlainTables(&ascii), FormatTable); err != nil {
		t.Fatal(err)
	}
	want := "+----------------+------+\n" +
		"| 单位           | 进度 |\n" +
		"+----------------+------+\n" +
		"| 赤坎区委组织部 |  55% |\n" +
		"| 市委党校       | 100% |\n" +
		"+----------------+------+\n"
	if ascii.String() != want {
		t.Errorf("ASCII table:\n%s\nwant:\n%s", ascii.String(), want)
	}
	r := strings.NewReplacer("┌", "+", "┬", "+", "┐", "+", "├", "+", "┼", "+", "┤", "+", "└", "+", "┴", "+", "┘", "+", "─", "-", "│", "|")
	if r.Replace(box.String()) != ascii.String() {
		t.Errorf("the ASCII table is not the box table redrawn:\n%s\n%s", box.String(), ascii.String())
	}
	var csv bytes.Buffer
	if err := tbl.Write(PlainTables(&csv), FormatCSV); err != nil || !strings.Contains(csv.String(), "赤坎区委组织部,55%") {
		t.Errorf("other formats are not touched: %q %v", csv.String(), err)
	}
}
