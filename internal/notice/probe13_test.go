package notice

import (
	"testing"
)

// Probe 13 copied every notice of the corpus out of its PDF as an official
// document prints it (28 characters a line, each paragraph's first line
// indented by two characters) and read it again. What it read worse, each
// closed by a general rule:

// a preamble broken at the printed width leaves lines that end in neither
// 。 nor ；: 为全面贯彻落实《数字山东2021行动方案》,推进数字政府 / 、数字
// 社会…,制 was read as the list's title, and a news headline took the
// report's next line as its second half (…要求限期整改8月30日,市创文办…).
// A line that holds a comma and opens as a letter's sentence does, or
// stops inside one under a title line, is no title line.
func TestBrokenPreambleIsNoTitle(t *testing.T) {
	n := Parse("各区市人民政府,市政府各部门、单位:\n"+
		"　　《数字威海2021行动方案》已经市政府同意,现印发给你们,\n"+
		"请认真贯彻实施。\n"+
		"威海市人民政府办公室\n"+
		"2021年6月29日\n"+
		"(此件公开发布)\n"+
		"　　为全面贯彻落实《数字山东2021行动方案》,推进数字政府\n"+
		"、数字社会、数字经济建设,加快数字化转型,根据我市实际,制\n"+
		"定本行动方案。\n"+
		"一、建设融合创新的基础设施\n"+
		"(一)加快建设新一代通信基础设施。年内新建基站1500个以上。(牵头单位:市大数据局)\n", today)
	if n.Title != "" || len(n.Tasks) != 1 || n.Tasks[0].Title != "加快建设新一代通信基础设施" {
		t.Errorf("title %q tasks %+v", n.Title, n.Tasks)
	}
	n = Parse("创文进行时丨27个问题清单曝光,要求限期整改\n"+
		"　　8月30日,市创文办发布8月29日至30日督查组实地督查中发\n"+
		"现的创文工作相关问题,并要求相关责任单位在规定时限内处理整改。\n"+
		"1. 市科技馆\n"+
		"(1)灭火器过期未更换;\n"+
		"问题整改责任单位:市科技馆 整改时限:3天\n", today)
	if n.Title != "27个问题清单曝光,要求限期整改" {
		t.Errorf("headline: title %q", n.Title)
	}
	// A title line of a plan, no comma in it, is read as before.
	n = Parse("关于推动经济高质量发展若干政策举措的实施方案\n"+
		"　　为全面落实中央、省委经济工作会议决策部署,特制定以下政策举措。\n"+
		"一、强化科技创新\n"+
		"1.支持企业研发。对研发投入给予补助。(牵头单位:区科技局)\n", today)
	if n.Title != "关于推动经济高质量发展若干政策举措的实施方案" {
		t.Errorf("plan: title %q", n.Title)
	}
}
