package notice

import (
	"slices"
	"testing"
	"time"
)

// A notice in traditional characters is read by the same rules as one in
// simplified characters, and what is read keeps the notice's characters.
func TestTraditionalNotice(t *testing.T) {
	text := "東莞市人民政府關于貫徹落實就業政策措施的實施意見\n東府〔2021〕54號\n各鎮人民政府(街道辦事處),市府直屬各單位:\n" +
		"1.繼續實施失業保險穩崗返還政策。(市人力資源社會保障局牽頭,市財政局、市稅務局負責)\n" +
		"2.加快發展職業技能培訓。(市教育局負責,2021年12月底前完成)\n"
	n := Parse(text, time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC))
	if n.Number != "東府〔2021〕54號" || n.Issuer != "東莞市人民政府" {
		t.Errorf("number %q issuer %q", n.Number, n.Issuer)
	}
	if len(n.Tasks) != 2 {
		t.Fatalf("%d tasks, want 2", len(n.Tasks))
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"市人力資源社會保障局", "市財政局", "市稅務局"}) || !slices.Equal(got.Lead, []string{"市人力資源社會保障局"}) {
		t.Errorf("task 1 owners %q lead %q", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; got.Due.Format("2006-01-02") != "2021-12-31" || got.Title != "加快發展職業技能培訓" {
		t.Errorf("task 2 title %q due %v", got.Title, got.Due)
	}
}

// A simplified text with a few characters that have a simplified form of
// their own (乾 in a place name) is read as written.
func TestSimplifiedKeepsItsCharacters(t *testing.T) {
	if isTraditional("乾县人民政府关于印发重点工作任务分工的通知，各乡镇人民政府，县政府各部门") {
		t.Error("a simplified text read as traditional")
	}
	text, back := foldScript("乾县人民政府")
	if text != "乾县人民政府" || back.back != nil {
		t.Errorf("folded %q", text)
	}
}
