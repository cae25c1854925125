package notice

import (
	"slices"
	"testing"
)

// Round 32's held-out sets (set 36: State Council implementations, work
// report divisions, county lists, lead rules, mayors' headings, traditional
// characters, news reprints; set 35: 2004–2009 divisions from law sites'
// middle pages, label lines, unit names as headings, open tails, a table
// with a total row) showed, each closed by a general rule:

// a province's division of its work report, reprinted by a news site in
// traditional characters, whose label line names two units that lead and
// then the units that help (責任單位:省政府辦公廳、省財政廳牽頭,省商務廳、…).
// Before, only the unit 牽頭 stood right after led, the other of the pair
// not, and nothing said so. Now every unit of the run before 牵头 leads,
// as where the run stands alone.
func TestLeadRunAmongClauses(t *testing.T) {
	text := "2024年政府工作報告重點工作責任分解\n\n一、王浩省長牽頭重點工作\n\n" +
		"1.堅持政府過緊日子,嚴肅財經紀律,嚴控一般性支出。\n\n" +
		"責任單位:省政府辦公廳、省財政廳牽頭,省商務廳、省文化廣電和旅遊廳(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)\n\n" +
		"2.積極爭取並高效用好地方政府專項債券。\n\n責任單位:省財政廳、省發展改革委\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Lead, []string{"省政府辦公廳", "省財政廳"}) ||
		!slices.Equal(got.Owners, []string{"省政府辦公廳", "省財政廳", "省商務廳", "省文化廣電和旅遊廳"}) {
		t.Errorf("item 1: owners %q lead %q, want both units before 牽頭 to lead", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Lead, []string{"省財政廳"}) {
		t.Errorf("item 2: lead %q, want the first-listed unit by the rule (下同)", got.Lead)
	}
	// A clause of one unit before 牵头 among others is read as it was.
	n = Parse("重点工作分工\n1.抓好粮食生产。责任单位:市农业局牵头,市财政局、市水利局\n", today)
	if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Lead, []string{"市农业局"}) {
		t.Errorf("one unit before 牵头: %+v", n.Tasks)
	}
}
