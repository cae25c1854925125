package notice

import (
	"strings"
	"testing"
)

// Round 21's held-out set showed, each closed by a general rule:

// a city's duty list (相关单位职责明确如下): each numbered item a unit's name,
// a colon and the unit's duties (1.市委宣传部:指导和督促…), no 负责, no
// bracket, no label. No task was read and no line was listed: the import
// said only that it found no numbered task. Now a numbered line opening
// with a unit's name and a colon is listed for a person to check (樟树,
// 2025). Since round 27, two or more such items are read as a division of
// duties by department, as the round's golden read them: each a task, its
// unit the owner, listed (TestDepartmentDutyItems).
func TestUnitAndColonLineIsListed(t *testing.T) {
	text := "关于印发《文化遗产保护传承专项工作职责内容》的通知\n" +
		"现将相关单位职责明确如下:\n" +
		"1.市委宣传部:指导和督促文化遗产保护行政主管部门做好文物保护和安全管理工作,配合文物、公安部门对辖区内的文物进行安全检查。\n" +
		"2.市文广旅局:认真贯彻执行文物保护法及相关法律法规,协助和督促有关部门把文物保护纳入规划。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || n.Tasks[0].Owners[0] != "市委宣传部" || n.Tasks[1].Owners[0] != "市文广旅局" ||
		!strings.HasPrefix(n.Tasks[0].Title, "指导和督促") || !reviewed(n.Tasks[0], "owners") || !reviewed(n.Tasks[1], "owners") {
		t.Fatalf("the duty items are not read as the units' tasks, listed: %+v", n.Tasks)
	}
	// One such item alone is still listed, not read.
	n = Parse("关于印发《职责内容》的通知\n现将相关单位职责明确如下:\n1.市委宣传部:指导和督促文化遗产保护行政主管部门做好文物保护和安全管理工作。\n", today)
	if len(n.Tasks) != 0 || len(n.Unread) != 1 || n.Unread[0].From != 3 || !strings.Contains(n.Unread[0].Text.Zh, "单位名称和冒号") {
		t.Errorf("one duty item: tasks %+v, listed %+v", n.Tasks, n.Unread)
	}
	// A numbered heading or a numbered sentence naming a unit in its text
	// is not such a line.
	for _, s := range []string{
		"1.完善镇级林长制工作方案。各乡镇在制定本级方案时,要参照县级方案要求。\n",
		"一、市场监管:加强日常检查。\n",
	} {
		if n := Parse("通知\n"+s, today); len(n.Unread) != 0 {
			t.Errorf("%q listed: %+v", s, n.Unread)
		}
	}
}

// a town's plan whose page serves its index as rows apart by | with each
// label and its value in one cell (| 发文机关:南漳镇人民政府 | 主题词:工作计划 |):
// the row was listed as a table's row naming a unit. A cell holding a
// label and its value is an index's field, not a unit's cell (南漳镇, 2023).
func TestIndexRowOfLabelledCellsIsNoTableRow(t *testing.T) {
	text := "| 索引号:000014349/2022-83299 | |\n" +
		"| 发文机关:南漳镇人民政府 | 主题词:工作计划 |\n" +
		"一是扎实推进产业强镇。2023年,镇党委政府共谋划农业项目2个:\n" +
		"(一)中药材种植产业园项目:该项目位于东王内村,总投资120万元。\n"
	if n := Parse(text, today); len(n.Unread) != 0 {
		t.Errorf("index row listed as a task's: %+v", n.Unread)
	}
	// A row whose cell holds units alone is still listed.
	row := "| 1 | 推进老旧小区改造 | 区住建局 区民政局 |\n| 2 | 建设口袋公园 | 区城管局 |\n"
	if n := Parse("通知\n"+row, today); len(n.Tasks) == 0 && len(n.Unread) == 0 {
		t.Errorf("a table row naming units is not listed: %+v", n.Unread)
	}
}

// the same town page's index: rows apart by |, each cell a label and its
// value (| 标题:南漳镇人民政府2023年工作计划 | |, | 发文机关:… |, | 发文字号: |
// 发文时间:2023-01-05 |), with no title line under it. Title, issuer and
// date were left empty. Now a row whose cells each open with an index's
// label is read field by field, and 发文时间 is read as 发文日期 is (南漳镇,
// 2023).
func TestIndexRowsOfLabelledCells(t *testing.T) {
	text := "| 索引号:000014349/2022-83299 | |\n" +
		"| 发文字号: | 发文时间:2023-01-05 |\n" +
		"| 发文机关:南漳镇人民政府 | 主题词:工作计划 |\n" +
		"| 标题:南漳镇人民政府2023年工作计划 | |\n" +
		"一是扎实推进产业强镇。乡村振兴,产业先行。\n"
	n := Parse(text, today)
	if n.Title != "南漳镇人民政府2023年工作计划" || n.Issuer != "南漳镇人民政府" || n.Date.Format("2006-01-02") != "2023-01-05" {
		t.Errorf("title %q issuer %q date %v", n.Title, n.Issuer, n.Date)
	}
}

// a county office's notice posted by a town: the page's heading opens with
// a date stamp (20230607 沂水县林长制办公室 关于…), and the issuer was read with
// the stamp at its head. A heading's leading date stamp (eight digits and a
// space) is the page's, not the notice's (沂水, 2023).
func TestDateStampBeforeAHeadingIsDropped(t *testing.T) {
	text := "20230607 沂水县林长制办公室 关于进一步落实林长制工作任务的通知\n" +
		"沂水县林长制办公室\n关于进一步落实林长制工作任务的通知\n" +
		"一、全面完善林长制组织体系和制度建设\n" +
		"1、完善镇级林长制工作方案。各乡镇要参照县级方案要求制定方案。\n"
	n := Parse(text, today)
	if n.Issuer != "沂水县林长制办公室" || strings.Contains(n.Title, "2023") {
		t.Errorf("issuer %q title %q", n.Issuer, n.Title)
	}
}
