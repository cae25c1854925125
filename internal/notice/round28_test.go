package notice

import (
	"slices"
	"testing"
)

// Round 28's held-out set (set 30: science and innovation, tax and fees,
// employment, rural revitalisation, environment, city management, key
// projects, grain security) showed, each closed by a general rule:

// a law site's copy of a table drawn with box characters (┌─┬│), its first
// row's unit cell merged over sub-rows each numbered in the task's cell
// (│ 1 │ 金水区 │1.新建绿地50万平方米。│2006.11.30│…). Before, the
// table's top border ran into the title over it, and the first sub-row's
// task kept its 1. (the sub-rows after it had theirs dropped). Now a
// border line is no title's, and the first measure's number under the
// row's own is no part of its task.
func TestBoxDrawnTable(t *testing.T) {
	text := "附件:\n2006年省会郑州城市管理年园林绿化整治各责任单位工作任务\n" +
		"┌──┬────┬───────────────────────────┬─────┬────┬───┐\n" +
		"│序号│责任单位│ 任务目标 │ 完成时间 │分管领导│责任人│\n" +
		"├──┼────┼───────────────────────────┼─────┼────┼───┤\n" +
		"│ 1 │ 金水区 │1.新建绿地50万平方米。 │2006.11.30│ │ 区长 │\n" +
		"│ │ ├───────────────────────────┼─────┤ │ │\n" +
		"│ │ │2.新建游园5个,每个面积不少于4000平方米。 │2006.11.30│ │ │\n"
	n := Parse(text, today)
	if n.Title != "2006年省会郑州城市管理年园林绿化整治各责任单位工作任务" {
		t.Errorf("title %q", n.Title)
	}
	want := []string{"新建绿地50万平方米", "新建游园5个,每个面积不少于4000平方米"}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	for i, w := range want {
		if got := n.Tasks[i]; got.Title != w || !slices.Equal(got.Owners, []string{"金水区"}) {
			t.Errorf("task %d: %q owners %q, want %q by 金水区", i+1, got.Title, got.Owners, w)
		}
	}
	if d := n.Tasks[1].Due.Format("2006-01-02"); d != "2006-11-30" {
		t.Errorf("due %s", d)
	}
}

// a city's opinion names two development zones' committees with the body
// written once after the second place (〔牵头单位:各县(市、区)人民政府,赣州、
// 龙南经济技术开发区管委会;…〕). Before, 赣州 alone was an owner and a lead,
// not listed. Now each place takes the body's name (赣州经济技术开发区
// 管委会), listed; a kind of department written once for two (公安、城管
// 部门) is not read so.
func TestPlacesShareBody(t *testing.T) {
	text := "一、大力实施就业优先战略\n(一)把扩大就业摆在更加重要的位置。在财税、金融、产业、贸易等经济政策的实施过程中注重与就业政策相衔接。〔牵头单位:各县(市、区)人民政府,赣州、龙南经济技术开发区管委会;责任单位:市发改委、市财政局〕\n(二)支持发展新兴业态。大力发展电子商务。〔牵头单位:南昌、九江市人民政府;责任单位:市商务局〕\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	lead := []string{"各县(市、区)人民政府", "赣州经济技术开发区管委会", "龙南经济技术开发区管委会"}
	if got := n.Tasks[0]; !slices.Equal(got.Lead, lead) || !slices.Equal(got.Owners, append(lead, "市发改委", "市财政局")) || !reviewed(got, "lead") || !reviewed(got, "owners") {
		t.Errorf("zones: owners %q lead %q", got.Owners, got.Lead)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Lead, []string{"南昌市人民政府", "九江市人民政府"}) {
		t.Errorf("cities: lead %q", got.Lead)
	}
	for _, s := range []string{"公安、城管部门", "财政、市场监督管理局", "市委、市政府办公室", "市人行、滁州经开区管委会"} {
		if nm := readNames(s); len(nm.shared) != 0 {
			t.Errorf("%s: read as shared %q", s, nm.names)
		}
	}
}
