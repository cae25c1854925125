package notice

import (
	"slices"
	"testing"
)

// Round 43's notices of held-out set 46 (a district's progress table
// flattened one cell a line, a county's fund-allocation 公告 listing
// projects with their 实施单位, the same county's cover 公告 under a page
// heading, a city's progress table with rows split by " | ") showed, each
// closed by a general rule:

// a city's progress table of livelihood projects, each row on one line
// split by " | ", its category cell (大类) before the 序号 merged over the
// rows of its group and served on the group's first row only, and a unit
// column headed 牵头单位及 主要负责人 holding the unit and its head's name
// apart by a space. Before, the rows after the first, a cell short, were
// not read, and the first row's lead was 市民政局 伍泽国, in silence. Now
// each row is a task under its own columns, the head's name no unit's.
func TestMergedCategoryBeforeNumber(t *testing.T) {
	text := "大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |\n" +
		"一、继续提高底线民生保障水平 | 1 | 将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 从2020年1月1日起,已将我市城乡低保标准提高到835元/人月。 |\n" +
		"2 | 特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 从2020年1月1日起,已提高我市城乡特困人员供养最低标准。 |\n" +
		"3 | 将全市集中供养孤儿养育标准提高到每人每月2200元。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 3 {
		t.Fatalf("tasks %+v, want the three rows", n.Tasks)
	}
	for i, got := range n.Tasks {
		if got.Number != i+1 || !slices.Equal(got.Owners, []string{"市民政局"}) || !slices.Equal(got.Lead, []string{"市民政局"}) ||
			!slices.Equal(got.Leaders, []string{"陈宣群"}) || !got.Due.IsZero() {
			t.Errorf("task %d %q: owners %q lead %q leaders %q due %v, want 市民政局 leading, 陈宣群, no due",
				got.Number, got.Title, got.Owners, got.Lead, got.Leaders, got.Due)
		}
	}
	if got := n.Tasks[1].Title; got != "特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍" {
		t.Errorf("task 2 title %q: the row's number read as its task", got)
	}
	// Under a heading naming the unit alone, a name after a space is kept.
	if got := unitHeadOff("市民政局 伍泽国", "牵头单位"); got != "市民政局 伍泽国" {
		t.Errorf("unitHeadOff under 牵头单位: %q", got)
	}
}

// a county's fund-allocation 公告 read as a list of projects: each
// numbered project's name on its line, a field line under it holding the
// project's investment and, apart by a space (or run on after a bracket
// closing the field before it), the 实施单位 that carries it out. Before,
// 实施单位 was no label and the notice was refused for naming no one. Now
// 实施单位 names the project's owner (no lead), and the field line is the
// project's text, never its title.
func TestProjectFieldLine(t *testing.T) {
	text := "关于泽库县2023年第二批中央财政衔接推进乡村振兴补助资金分配计划的公告\n" +
		"社会各界广大人民群众:\n" +
		"按照资金下达规模,共安排了6个项目,项目总投资为1259万元。资金分配计划具体如下:\n" +
		"1.西卜沙乡三个村游牧民定居点人饮巩固提升工程\n" +
		"投资:500万元 实施单位:泽库县农牧水利和科技局\n" +
		"2.王家乡叶金木村饲料加工基地扩建项目\n" +
		"投资:167万元(少数民族发展资金)实施单位:王家乡人民政府\n" +
		"经县委农村牧区工作领导小组会议研究审议通过,现将资金分配计划予以公告,现接受社会监督。\n" +
		"公告期:2023年6月9日—6月19日\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v, want the two projects", n.Tasks)
	}
	want := []struct{ title, owner string }{
		{"西卜沙乡三个村游牧民定居点人饮巩固提升工程", "泽库县农牧水利和科技局"},
		{"王家乡叶金木村饲料加工基地扩建项目", "王家乡人民政府"},
	}
	for i, got := range n.Tasks {
		if got.Title != want[i].title || !slices.Equal(got.Owners, []string{want[i].owner}) || len(got.Lead) != 0 || !got.Due.IsZero() {
			t.Errorf("task %d: %q owners %q lead %q due %v, want %q by %s, no lead, no due",
				i+1, got.Title, got.Owners, got.Lead, got.Due, want[i].title, want[i].owner)
		}
	}
	// A line opening with a label of who answers is no field line.
	if got := fieldLabelsApart("责任单位:县财政局(牵头)配合单位:县审计局"); got != "责任单位:县财政局(牵头)配合单位:县审计局" {
		t.Errorf("fieldLabelsApart changed a label line: %q", got)
	}
}

// a district's progress table of livelihood projects flattened one cell a
// line, its rows nesting: groups numbered 一 with their 牵头单位 and a count
// cell served once over the group's rows, projects (一)(二) and, under a
// project, sub-projects 1. 2., each with its own 业主单位 cell, runs of empty
// cells between. Before, no row was read and the notice was refused. Now
// the projects and sub-projects with a unit cell are the tasks (a project
// over sub-projects their heading), the group's lead leading each (listed
// where the row does not hold it), the unit cell's units its owners: two
// apart by a space both, a note in brackets after a unit cut off, listed.
func TestNestedFlatProgressTable(t *testing.T) {
	text := "2024年度区政府民生实事人大票决项目进度表\n" +
		"序号 |\n牵头单位 |\n区民生实事项目数量 |\n项目名称 |\n业主单位 |\n本月进展情况 |\n||\n前期手续 |\n在建形象进度 |\n||||||\n" +
		"一 |\n区住建局 |\n区政府民生实事项目(1个) |\n(一)“打通断头路 畅通微循环”攻坚专项行动(6条路) |\n" +
		"1.文化中心北路 |\n区城投 |\n已完工 |\n|\n" +
		"2.乐业路 |\n区城管局 |\n已完工 |\n|||||\n" +
		"二 |\n区城管局 |\n区政府民生实事项目(3个) |\n" +
		"(一)城区居民户内燃气安全装置、非居瓶改管、气改电项目 |\n区城管局 |\n已完工 |\n||\n" +
		"(二)井盖整治项目 |\n区城管局 区水投 |\n已完工 |\n|||||\n" +
		"三 |\n区教体局 |\n区政府民生实事项目(2个) |\n(一)中小学幼儿园网点建设补短板项目 |\n" +
		"1.新建四小教学 综合楼 |\n区教体局(区国资公司代建) |\n已完工 |\n|||||\n"
	n := Parse(text, today)
	want := []struct {
		title  string
		owners []string
		lead   string
		listed bool
	}{
		{"文化中心北路", []string{"区住建局", "区城投"}, "区住建局", false},
		{"乐业路", []string{"区住建局", "区城管局"}, "区住建局", true},
		{"城区居民户内燃气安全装置、非居瓶改管、气改电项目", []string{"区城管局"}, "区城管局", false},
		{"井盖整治项目", []string{"区城管局", "区水投"}, "区城管局", true},
		{"新建四小教学 综合楼", []string{"区教体局"}, "区教体局", true},
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("tasks %+v, want the %d projects with a unit cell", n.Tasks, len(want))
	}
	for i, got := range n.Tasks {
		listed := slices.ContainsFunc(got.Review, func(r Review) bool { return r.Field == "owners" })
		if got.Title != want[i].title || !slices.Equal(got.Owners, want[i].owners) || !slices.Equal(got.Lead, []string{want[i].lead}) ||
			listed != want[i].listed || !got.Due.IsZero() {
			t.Errorf("task %d: %q owners %q lead %q listed %v due %v, want %q %q led by %s, listed %v",
				i+1, got.Title, got.Owners, got.Lead, listed, got.Due, want[i].title, want[i].owners, want[i].lead, want[i].listed)
		}
	}
}

// a county's cover 公告 as its portal serves it: a breadcrumb, the page's
// heading (…乡村 振兴补助资金分配计划的公告, a space and a 的 the notice does
// not have) over the number and a post line with a view count, the
// notice's own title over two lines under them, and at the end a signature
// over two lines naming the office that signs for its leading group
// (泽库县乡村振兴领导小组 / 办公室(代)), no date. Before, the heading was the
// title and the issuer "", in silence. Now the notice's own title is the
// title, and the office, its lines joined and (代) dropped, the issuer.
func TestOwnTitleUnderHeadingAndOfficeSigningFor(t *testing.T) {
	text := "首页 >信息公开 >政务文件\n\n" +
		"关于2023年第一批省级财政衔接推进乡村 振兴补助资金分配计划的公告\n\n" +
		"泽乡振办〔2023〕21号\n时间:2023-06-21 |浏览:15031\n\n" +
		"关于2023年第一批省级财政衔接推进乡村\n\n振兴补助资金分配计划公告\n\n \n\n" +
		"社会各界广大人民群众\n\n" +
		"经县政府常务会议研究审议通过,现将泽库县2023年第一批省级财政衔接推进乡村振兴补助资金初步分配计划予以公告,现接受社会监督,具体内容详见附件。\n\n" +
		"监督电话:12317\n\n公告期:2023524—64\n\n \n\n附件:泽库县2023年第一批省级财政衔接推进乡村振兴补助资金分配计划表\n\n \n\n" +
		"泽库县乡村振兴领导小组\n\n   办公室(代)\n"
	n := Parse(text, today)
	if spaceless(n.Title) != "关于2023年第一批省级财政衔接推进乡村振兴补助资金分配计划公告" {
		t.Errorf("title %q, want the notice's own (…分配计划公告)", n.Title)
	}
	if n.Issuer != "泽库县乡村振兴领导小组办公室" {
		t.Errorf("issuer %q, want the office signing for the group", n.Issuer)
	}
	if n.Number != "泽乡振办〔2023〕21号" || len(n.Tasks) != 0 {
		t.Errorf("number %q, tasks %d", n.Number, len(n.Tasks))
	}
	// The same title written again as it was (no slip) leaves the heading's.
	if own, _ := titleAgain([]Line{{1, "关于做好春耕工作的通知"}}, 0, "关于做好春耕工作的通知"); own != "" {
		t.Errorf("titleAgain read the same title again: %q", own)
	}
}

// A nested table whose last project is cut before its unit cell (a copy
// cut inside the row): the project is a task with its group's lead, its
// owners listed, never a task missed in silence.
func TestNestedFlatProgressTableCut(t *testing.T) {
	text := "序号 |\n牵头单位 |\n区民生实事项目数量 |\n项目名称 |\n业主单位 |\n本月进展情况 |\n||||||\n" +
		"一 |\n区住建局 |\n区政府民生实事项目(1个) |\n(一)井盖整治项目 |\n区城管局 区水投 |\n已完工 |\n|||||\n" +
		"二 |\n区农业农村局 |\n区政府民生实事项目(1个) |\n(一)高标准农田建设项目 |\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 || n.Tasks[0].Title != "井盖整治项目" || n.Tasks[1].Title != "高标准农田建设项目" {
		t.Fatalf("tasks %+v, want both projects", n.Tasks)
	}
	if cut := n.Tasks[1]; len(cut.Owners) != 1 || cut.Owners[0] != "区农业农村局" ||
		!slices.ContainsFunc(cut.Review, func(r Review) bool { return r.Field == "owners" }) {
		t.Errorf("cut project: owners %q review %+v, want its group's lead, listed", cut.Owners, cut.Review)
	}
}
