package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 34's held-out set (set 38: province, city and district division
// lists of 2006–2025 from public web pages) showed, each closed by a
// general rule:

// a province's division of its work report whose targets each close with
// a bracket naming a host and helpers: (省财政厅主办,省国税局、地税局协办).
// Before, the host was an owner named "省财政厅主办" and no lead was read,
// and nothing said so. Now the units before 主办 lead, as before 牵头.
func TestHostAndHelpersClause(t *testing.T) {
	text := "2013年政府工作报告重点工作分工\n" +
		"一、主要预期目标\n" +
		"  (一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"省发改委"}) || len(got.Lead) != 0 {
		t.Errorf("item 1: owners %q lead %q, want 省发改委 and no lead", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Owners, []string{"省财政厅", "省国税局", "地税局"}) || !slices.Equal(got.Lead, []string{"省财政厅"}) {
		t.Errorf("item 2: owners %q lead %q, want the host to lead and the helpers owners", got.Owners, got.Lead)
	}
}

// a district's bulletin whose items close with the person who coordinates
// and the units that do the work: (由徐明金同志协调,区瀛湖管理局负责).
// Before, "徐明金同志协调" was read as an owner, and no leader, unlisted.
// Now the person is the leader (同志 dropped) and the units are owners.
func TestCoordinatorClause(t *testing.T) {
	text := "关于重点工作进展情况的通报\n一、工作安排\n" +
		"1、加快瀛湖景区游艇会所的规划评审等工作,7月底前开工建设。(由徐明金同志协调,区瀛湖管理局负责)\n\n" +
		"2、加快环型干道用地的拆迁进度。(由李建飞同志协调,园区管委会、五里镇负责)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, want := range []struct {
		leader string
		owners []string
	}{
		{"徐明金", []string{"区瀛湖管理局"}},
		{"李建飞", []string{"园区管委会", "五里镇"}},
	} {
		got := n.Tasks[i]
		if !slices.Equal(got.Leaders, []string{want.leader}) || !slices.Equal(got.Owners, want.owners) || len(got.Lead) != 0 {
			t.Errorf("item %d: leaders %q owners %q lead %q, want %s and %q", i+1, got.Leaders, got.Owners, got.Lead, want.leader, want.owners)
		}
	}
}

// a city's list whose items name, beside the leading official, the
// secretary-general who answers for it: (牵头领导:张同生,责任秘书长:石海波,
// 责任单位:…). Before, the secretary-general was left out, unlisted. Now
// both persons are the item's leaders.
func TestSecretaryGeneralLabel(t *testing.T) {
	text := "沿海开发十大重点争取推进事项\n" +
		"1.建设千万吨级精品钢铁基地项目。\n" +
		"(牵头领导:张同生,责任秘书长:桂迎宝,责任单位:市发改委、徐圩新区管委会)\n" +
		"2.建设区域性金融中心。\n" +
		"(责任秘书长:苏锋,责任单位:市政府金融办)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Leaders, []string{"张同生", "桂迎宝"}) || !slices.Equal(got.Owners, []string{"市发改委", "徐圩新区管委会"}) {
		t.Errorf("item 1: leaders %q owners %q", got.Leaders, got.Owners)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Leaders, []string{"苏锋"}) || !slices.Equal(got.Owners, []string{"市政府金融办"}) {
		t.Errorf("item 2: leaders %q owners %q", got.Leaders, got.Owners)
	}
}

// a city's list whose section heading names in a bracket the officials who
// lead its items (三、六项保障措施(牵头领导:张同生、赵建华)) while each item
// names its secretary-general and units. Before, the heading's officials
// reached no item, and nothing said so. Now they are each item's leaders,
// before the item's own, listed; an item naming its own 牵头领导 keeps
// them alone.
func TestHeadingBracketLeaders(t *testing.T) {
	text := "三、六项保障措施(牵头领导:张同生、赵建华)\n" +
		"1.建立强有力的推进工作体系。\n" +
		"(责任秘书长:李振峰,责任单位:市政府办公室)\n" +
		"2.推进区划调整。\n" +
		"(牵头领导:肖云汉,责任秘书长:丁锐,责任单位:市民政局)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if !slices.Equal(got.Leaders, []string{"张同生", "赵建华", "李振峰"}) || !slices.Equal(got.Owners, []string{"市政府办公室"}) {
		t.Errorf("item 1: leaders %q owners %q, want the heading's officials before the item's own", got.Leaders, got.Owners)
	}
	listed := false
	for _, r := range got.Review {
		listed = listed || r.Field == "leaders" && r.Line == 1
	}
	if !listed {
		t.Errorf("item 1: the heading's leaders are not listed for review: %+v", got.Review)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Leaders, []string{"肖云汉", "丁锐"}) {
		t.Errorf("item 2: leaders %q, want its own 牵头领导 and 责任秘书长 alone", got.Leaders)
	}
}

// a province's yearly targets for its coast, a law site's middle page:
// sections 五、 六、 each with sub-items (一)(二)… naming no one, and one
// label pair (主办单位:… / 协办单位:…) after the last. Before, each
// sub-item was a task, the last taking the labels, the others none; now
// the section is the task and its sub-items its text.
func TestSectionsShareLabels(t *testing.T) {
	text := "主办单位:省财政厅\n协办单位:沿海三市政府\n" +
		"五、基础设施建设\n" +
		"(一)水利。沿海地区水利建设全年计划投资5亿元。\n" +
		"(二)公路。沿海地区公路设施全年计划投资72亿元左右。\n" +
		"主办单位:省水利厅、省交通厅\n协办单位:沿海三市政府\n" +
		"六、科技兴海\n" +
		"(一)进一步建设5个省重点“科技兴海”示范基地。\n" +
		"(二)加大对“科技兴海”工作的投入力度。\n" +
		"主办单位:省科技厅\n协办单位:沿海三市政府\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; got.Title != "基础设施建设" || !slices.Equal(got.Lead, []string{"省水利厅", "省交通厅"}) ||
		!slices.Equal(got.Owners, []string{"省水利厅", "省交通厅", "沿海三市政府"}) || !strings.Contains(got.Body, "(二)公路") {
		t.Errorf("section 五: %q owners %q lead %q body %q", got.Title, got.Owners, got.Lead, got.Body)
	}
	if got := n.Tasks[1]; got.Title != "科技兴海" || !slices.Equal(got.Lead, []string{"省科技厅"}) {
		t.Errorf("section 六: %q lead %q", got.Title, got.Lead)
	}
	// A label line between two sub-items: the sub-items are the tasks.
	n = Parse("五、基础设施建设\n(一)水利。投资5亿元。\n主办单位:省水利厅\n(二)公路。投资72亿元。\n主办单位:省交通厅\n", today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "水利" {
		t.Errorf("sub-items with labels of their own: %+v", n.Tasks)
	}
}

// a city's three-year plan (2019—2021) whose items give each year's work
// under its label: 2019年任务:… 2020年任务:一是4月底前…;二是10月底前….
// Before, the yearless dates took the plan's last year (2021), unlisted.
// Now a date after a year's label takes that year.
func TestYearBlockDates(t *testing.T) {
	text := "西安市乡村振兴三年(2019—2021年)行动方案\n\n二、重点任务\n\n1.优化城乡结构布局\n\n" +
		"坚持城乡统一规划。2019年任务:一是完成村庄分类工作。2020年任务:一是4月底前完成村庄规划评估工作;二是10月底前完成规划编制任务。(牵头单位:市资源规划局、市发改委)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0].Due.Format("2006-01-02"); got != "2020-10-31" {
		t.Errorf("due %s, want 2020-10-31 (the year of 2020年任务:)", got)
	}
}

// the same province's list: under (一)全力推进产业项目建设。, numbered
// items each closing with a host-and-helpers bracket
// (1.抓好600个…。(省发改委主办,省工信委、科技厅协办)). Before, the bracket was
// not seen as naming anyone, so the 1. items were taken for the text of
// the (一): one task read that is none, two lost. Now such a bracket
// closes its item, as one with 牵头 does.
func TestHostBracketClosesItem(t *testing.T) {
	text := "二、大力推进产业项目建设\n\n(一)全力推进产业项目建设。\n\n" +
		"1.抓好600个省级重点产业项目,确保年度投资达到2000亿元。(省发改委主办,省工信委、科技厅协办)\n" +
		"2.重点抓好哈尔滨中小型燃气轮机等项目,促进尽快落实、落地。(省工信委主办,省发改委协办)\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !strings.HasPrefix(got.Title, "抓好600个") || !slices.Equal(got.Lead, []string{"省发改委"}) ||
		!slices.Equal(got.Owners, []string{"省发改委", "省工信委", "科技厅"}) {
		t.Errorf("item 1: %q owners %q lead %q", got.Title, got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Lead, []string{"省工信委"}) {
		t.Errorf("item 2: %q lead %q", got.Title, got.Lead)
	}
}
