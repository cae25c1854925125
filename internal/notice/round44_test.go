package notice

import (
	"slices"
	"testing"
)

// Round 44's held-out set (set 46: a province's tourism list with no
// header, a gazette mirror's list leading by open governments, a 2010
// traditional copy with pinyin, a law site's middle page, a prefecture's
// measures opening at the recipients, a prefecture's opinions marked
// (印发稿), a city's letter cut at its table) showed, each closed by a
// general rule:

// a province's list whose items close with a bracket of two parts apart
// by ;: the bodies answering (各州、市人民政府负责) and the provincial bodies
// coordinating (省旅游发展委协调推动). Before, 协调推动 was read into the last
// body's name, in silence. Now it is the wording after the names: the
// coordinating bodies are owners, leading nothing.
func TestCoordinatingBodies(t *testing.T) {
	text := "一、打造全域旅游精品\n" +
		"(一)创建一批全域旅游示范区。加强全域旅游示范区创建工作,重点推动实施50个国家、省级全域旅游示范区创建。(各州、市人民政府负责;省旅游发展委协调推动)\n" +
		"(二)加快创建一批生态旅游示范区。科学规划发展生态旅游。(各州、市人民政府负责;省环境保护厅、林业厅、文化厅、旅游发展委协调推进)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"各州、市人民政府", "省旅游发展委"}) || len(got.Lead) != 0 {
		t.Errorf("item 1: owners %q lead %q", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Owners, []string{"各州、市人民政府", "省环境保护厅", "林业厅", "文化厅", "旅游发展委"}) {
		t.Errorf("item 2: owners %q", got.Owners)
	}
}
