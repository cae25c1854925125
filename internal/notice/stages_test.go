package notice

import (
	"slices"
	"strings"
	"testing"
)

// Stage 1: lines run together by a web page are split at their numbers,
// and nowhere else.
// A row of a table set apart by spaces ends in a unit and a date, as a
// signature does: it is no letter's signature and stays whole.
func TestRowWithUnitAndDateStaysWhole(t *testing.T) {
	lines := scanLines("2023年任务\n1.推进改革攻坚 县发改局 2023年12月31日\n")
	if len(lines) != 2 || lines[1].Text != "1.推进改革攻坚 县发改局 2023年12月31日" {
		t.Errorf("the row was split: %+v", lines)
	}
	// A letter's signature and date run on after it are split off.
	lines = scanLines("现印发给你们，请认真贯彻落实。 某省教育厅 2015年3月10日\n")
	if len(lines) != 3 || lines[1].Text != "某省教育厅" || lines[2].Text != "2015年3月10日" {
		t.Errorf("the signature stayed run on: %+v", lines)
	}
}

func TestRunTogether(t *testing.T) {
	for in, want := range map[string]string{
		"现提出以下意见: 一、深入实施就业优先战略 1.坚持就业优先。(市人社局负责)": "现提出以下意见:|一、深入实施就业优先战略|1.坚持就业优先。(市人社局负责)",
		"会议确定:1.由办公室负责,按照意见修改。2.由财务处负责,做好衔接。":     "会议确定:|1.由办公室负责,按照意见修改。|2.由财务处负责,做好衔接。",
		"提高到1.5倍，增长3.2%。": "提高到1.5倍，增长3.2%。",
		"其一、二级指标":         "其一、二级指标",
		"3.推进改革,主要包括:1.简政放权;2.优化服务。(市发改委负责) 4.稳定就业。(市人社局负责)": "3.推进改革,主要包括:1.简政放权;2.优化服务。(市发改委负责)|4.稳定就业。(市人社局负责)",
		"二、工作措施。1.严格执行标准,降低税负。2.减免费用,降低成本。":                  "二、工作措施。|1.严格执行标准,降低税负。|2.减免费用,降低成本。",
	} {
		if got := strings.Join(runTogether(in), "|"); got != want {
			t.Errorf("%s\n got  %s\n want %s", in, got, want)
		}
	}
}

// Stage 1: the header in the orders published pages give it.
func TestHeaders(t *testing.T) {
	cases := []struct{ name, text, title, number, issuer, date string }{
		{"title, number, recipients; signature at the end",
			"国务院关于落实《政府工作报告》重点工作部门分工的意见\n国发〔2019〕8号\n各省、自治区、直辖市人民政府：\n现提出如下意见：\n1.甲。（财政部负责）\n国务院\n2019年3月5日\n（此件公开发布）\n",
			"国务院关于落实《政府工作报告》重点工作部门分工的意见", "国发〔2019〕8号", "国务院", "2019-03-05"},
		{"masthead, number, title over two lines, letter signed before the list",
			"某某县人民政府文件\n某政发〔2023〕2号\n某某县人民政府关于印发\n重点工作分工方案的通知\n各乡镇人民政府：\n现将方案印发给你们。\n某某县人民政府\n2023年3月28日\n（此件公开发布）\n重点工作分工方案\n1.甲。（县财政局负责）\n",
			"某某县人民政府关于印发重点工作分工方案的通知", "某政发〔2023〕2号", "某某县人民政府", "2023-03-28"},
		{"recipients first, no title line: the list's title",
			"各镇人民政府，县直各单位：\n现将方案印发给你们。\n某某县人民政府办公室\n2023年1月3日\n2023年民生实事分工方案\n1.甲。（县民政局负责）\n",
			"2023年民生实事分工方案", "", "某某县人民政府办公室", "2023-01-03"},
		{"a signature over a garbled date line, then the table",
			"某区人民政府办公室关于印发目标任务的通知\n各镇人民政府：\n现印发给你们。\n某区人民政府办公室\n2022121日\n（此件公开发布）\n附件1\n目标任务分解表\n序号\n工作任务\n责任单位\n1\n建设养老院\n区民政局\n",
			"某区人民政府办公室关于印发目标任务的通知", "", "某区人民政府办公室", ""},
		{"a report headed by its own title, signed over a garbled date, then its table",
			"2024年四季度重点工作完成情况\n根据工作安排，现将有关情况通报如下：\n一、完成情况\n已完成93项，其余按序时推进。\n某区督查考核办公室\n202528\n附件\n完成情况汇总表\n序号\n年度目标\n牵头单位\n1\n地区生产总值增长6%\n区发改委\n",
			"2024年四季度重点工作完成情况", "", "某区督查考核办公室", ""},
		{"the number in brackets after the title",
			"广东省人民政府关于印发重点工作分工方案的通知(粤府〔2021〕22号)\n各地级以上市人民政府：\n现印发给你们。\n1.甲。（省发展改革委负责）\n",
			"广东省人民政府关于印发重点工作分工方案的通知", "粤府〔2021〕22号", "广东省人民政府", ""},
		{"the number in brackets after a title over two lines",
			"广东省人民政府关于印发\n重点工作分工方案的通知（粤府〔2021〕22号）\n1.甲。（省发展改革委负责）\n",
			"广东省人民政府关于印发重点工作分工方案的通知", "粤府〔2021〕22号", "广东省人民政府", ""},
		{"the number with the date after it on its line",
			"天津市人民政府办公厅关于印发若干政策措施的通知\n津政办规〔2023〕4号           2023-04-11\n各区人民政府：\n现印发给你们。\n1.甲。（市财政局负责）\n",
			"天津市人民政府办公厅关于印发若干政策措施的通知", "津政办规〔2023〕4号", "天津市人民政府办公厅", "2023-04-11"},
		{"the number with the date in words after it",
			"国务院关于落实重点工作部门分工的意见\n国发〔2020〕6号  2020年6月11日\n各省、自治区、直辖市人民政府：\n现提出如下意见：\n1.甲。（财政部负责）\n",
			"国务院关于落实重点工作部门分工的意见", "国发〔2020〕6号", "国务院", "2020-06-11"},
		{"the number under a label",
			"国务院关于落实重点工作部门分工的意见\n发文字号：国发〔2020〕6号\n各省、自治区、直辖市人民政府：\n现提出如下意见：\n1.甲。（财政部负责）\n",
			"国务院关于落实重点工作部门分工的意见", "国发〔2020〕6号", "国务院", ""},
		{"a date in Chinese numerals under the signature",
			"穗府办〔2006〕19号\n关于印发重点工作事项的通知\n各区人民政府：\n现印发给你们。\n广州市人民政府办公厅\n二○○六年四月二十八日\n重点工作事项\n（一）甲。（牵头单位：市经贸委）\n",
			"关于印发重点工作事项的通知", "穗府办〔2006〕19号", "广州市人民政府办公厅", "2006-04-28"},
		{"a date in Chinese numerals with 〇 and a two-digit day, at the end",
			"关于印发重点工作的通知\n1.甲。（县民政局负责）\n某某县人民政府\n二〇一九年十二月三十一日\n",
			"关于印发重点工作的通知", "", "某某县人民政府", "2019-12-31"},
		{"a lone | a page left under the date",
			"关于分解工作任务的通知\n各镇政府：\n现通知如下：\n1.甲。（区财政局负责）\n二○○七年四月十三日\n|\n",
			"关于分解工作任务的通知", "", "", "2007-04-13"},
		{"a title with its number in brackets and no 关于, then the recipients",
			"2021年县政府重点工作任务(华政发〔2021〕2号)\n各乡镇人民政府、县直各单位:\n现印发给你们。\n1.甲。（县财政局负责）\n",
			"2021年县政府重点工作任务", "华政发〔2021〕2号", "", ""},
		{"a bulletin's masthead: its issuer and date on one line, the date's 日 lost",
			"某县政务督查\n20期\n某县人民政府督查室           2022年8月19\n关于重点任务落实情况的通报\n各乡镇人民政府：\n现通报如下。\n1.甲。（县财政局负责）\n",
			"关于重点任务落实情况的通报", "", "某县人民政府督查室", "2022-08-19"},
		{"the number alone in brackets under the title",
			"广州市人民政府关于印发重点工作事项的通知\n(穗府〔2007〕7号)\n各区人民政府：\n现印发给你们。\n1.甲。（牵头单位：市发改委）\n",
			"广州市人民政府关于印发重点工作事项的通知", "穗府〔2007〕7号", "广州市人民政府", ""},
		{"the number and the quoted title on one line, as a reprint heads its page",
			"武政办〔2022〕1号《武汉市人民政府办公厅关于印发责任分解方案的通知》\n《武汉市人民政府办公厅关于印发责任分解方案的通知》\n武政办〔2022〕1号\n现印发给你们。\n1.甲。（市财政局负责）\n",
			"武汉市人民政府办公厅关于印发责任分解方案的通知", "武政办〔2022〕1号", "武汉市人民政府办公厅", ""},
		{"a list's own name in book brackets keeps them",
			"《关于进一步帮助市场主体纾困解难的具体实施细则》\n1.甲。（市财政局负责）\n",
			"《关于进一步帮助市场主体纾困解难的具体实施细则》", "", "", ""},
		{"label lines of an item on the page before are no title and no issuer",
			"责任单位:市劳动保障局、市卫生局、市司法局\n配合单位:各县(市、区)政府,市审计局\n26、优先发展教育事业。\n责任单位:市教育局\n",
			"", "", "", ""},
		{"the number with the title run on after it, the signature and date run on after the letter",
			"某省教育厅文件\n吉教发[2015]1号关于印发《某省教育厅2015年工作要点》的通知\n各市教育局：\n现将《要点》印发给你们，请认真贯彻落实。 附件：某省教育厅2015年工作要点 某省教育厅 2015年3月10日\n1.甲。（厅办公室负责）\n",
			"关于印发《某省教育厅2015年工作要点》的通知", "吉教发[2015]1号", "某省教育厅", "2015-03-10"},
		{"a page's heading of the number and the title apart by a space",
			"晋政办发〔2017〕55号 山西省人民政府办公厅关于印发工作方案的通知\n山西省人民政府办公厅关于印发工作方案的通知\n晋政办发〔2017〕55号\n各市、县人民政府：\n现印发给你们。\n山西省人民政府办公厅\n2017年5月15日\n1.甲。（省财政厅负责）\n",
			"山西省人民政府办公厅关于印发工作方案的通知", "晋政办发〔2017〕55号", "山西省人民政府办公厅", "2017-05-15"},
		{"a page's heading of the number and the title apart by a dash",
			"阳政办〔2019〕1号—区人民政府办公室关于印发责任分解方案的通知\n点击量:1570 发布于:2019-01-14 04:42\n各街办事处,区人民政府各部门:\n现印发给你们。\n武汉市汉阳区人民政府办公室\n2019114\n1、甲。(责任单位:区商旅局)\n",
			"区人民政府办公室关于印发责任分解方案的通知", "阳政办〔2019〕1号", "武汉市汉阳区人民政府办公室", ""},
		{"a notice served as one line: issuer and title apart by a space, the number between spaces",
			"某省人民政府 关于明确2023年 重点工作责任单位的通知 某政〔2023〕5号 现将2023年重点工作任务予以分解并明确责任单位。各责任单位要尽快制定具体落实方案,明确时间节点、责任领导、主要措施,确保重点工作如期推进,确保年度重点工作任务圆满完成。 一、加快提振市场信心 1.落实好提振市场信心90条措施。(省发展改革委牵头,省商务厅按职责分工负责)\n",
			"某省人民政府 关于明确2023年 重点工作责任单位的通知", "某政〔2023〕5号", "某省人民政府", ""},
		{"a forum's sign-up lines and the x that closes them over the issuer line",
			"|\n马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。\n您需要 登录 才可以下载或查看,没有账号?立即注册\nx\n某市人民政府办公室\n关于分解落实2019年主要目标任务的通知\n各县(市、区)人民政府:\n现印发给你们。\n1.甲。(市财政局负责)\n",
			"关于分解落实2019年主要目标任务的通知", "", "某市人民政府办公室", ""},
		{"a news report over a list names it in book brackets: the lines that say the name are its title",
			"日前,某市人民政府网站公布了《2022年〈政府工作报告〉目标任务责任分解方案》。除了此前公布的十大民生实事外,明确了牵头单位和责任单位等。\n相关新闻>>\n正式发布!2022年某市政府工作报告(全文请收藏)\n2022年《政府工作报告》\n目标任务责任分解方案\n一、主要预期目标\n1.地区生产总值增长7%左右。(牵头单位:市发改委)\n",
			"2022年《政府工作报告》目标任务责任分解方案", "", "", ""},
		{"a database's heading writes the title's 〈〉 as <>; the notice's own line under it is the title",
			"【法宝引证码】CLI.1.304262 【时效性】尚未施行\n某市人民政府办公室关于印发《<政府工作报告>重点工作任务分工方案》的通知\n某市人民政府办公室关于印发《〈政府工作报告〉重点工作任务分工方案》的通知\n(某府办函〔2020〕8号)\n各区、县人民政府:\n现印发给你们。\n某市人民政府办公室\n2020年3月9日\n1.甲。(市财政局负责)\n",
			"某市人民政府办公室关于印发《〈政府工作报告〉重点工作任务分工方案》的通知", "某府办函〔2020〕8号", "某市人民政府办公室", "2020-03-09"},
		{"a page's heading of a bracketed number and a title cut short, over the masthead and the notice's own title",
			"首页>部门专栏>政府办文件\n(岸政办〔2019〕1号)区人民政府办公室关于印发区政府工作报告确定的2019年主要目标任务责任\n发文日期:2019-01-14 16:12 发布机构:区人民政府办公室 【已阅读:\n \n某市某区人民政府办公室文件\n \n岸政办20191\n \n区人民政府办公室关于印发区政府工作报告\n确定的2019年主要目标任务责任\n分解方案的通知\n各街道办事处,区人民政府各部门:\n现印发给你们。\n1.甲。(区财政局负责)\n",
			"区人民政府办公室关于印发区政府工作报告确定的2019年主要目标任务责任分解方案的通知", "岸政办〔2019〕1号", "某市某区人民政府办公室", "2019-01-14"},
		{"a news site's headline and its post lines over a list the lead names without book brackets",
			"今天是:\n\n加入收藏 | 繁體中文 | 表格下载\n\n当前位置 : 首页>>最新政策\n\n省政府印发2020年政府工作报告重点工作责任分解通知\n\n编辑: admin 时间: 4年前 访问次数: 0\n\n  近日,省政府办公厅印发2020年政府工作报告重点工作责任分解的通知,公布省长、副省长牵头的重点工作的责任单位。\n\n政府工作报告重点工作责任分解\n\n一、某某省长主抓重点工作\n\n  1. 稳企业、防风险。扎实做好稳企业各项工作。\n\n  牵头单位:省发展改革委、省经信厅\n",
			"政府工作报告重点工作责任分解", "", "", ""},
		{"joint issuers apart on the signature's line",
			"关于印发2015年工作要点的通知\n各市教育局：\n现将要点印发给你们，请认真贯彻落实。\n 中共某省委教育工委      某省教育厅\n2015年3月3日\n1.甲。（厅办公室负责）\n",
			"关于印发2015年工作要点的通知", "", "中共某省委教育工委、某省教育厅", "2015-03-03"},
		{"joint issuers one a line over the date",
			"关于印发任务分解方案的通知\n各街道：\n现印发给你们，请认真贯彻执行。\n中共某区委办公室\n某区人民政府办公室\n2019 年 4 月 16 日\n1.甲。（区委组织部负责）\n",
			"关于印发任务分解方案的通知", "", "中共某区委办公室、某区人民政府办公室", "2019-04-16"},
		{"a masthead of joint issuers over two lines",
			"农业农村部 最高人民法院 最高人民检察院\n工业和信息化部 公安部 中华全国供销合作总社\n关于印发工作要点的通知\n各省农业农村厅：\n现印发你们。\n1.甲。（农业农村部负责）\n",
			"关于印发工作要点的通知", "", "农业农村部、最高人民法院、最高人民检察院、工业和信息化部、公安部、中华全国供销合作总社", ""},
		{"a column name over the title is no part of it",
			"政府信息公开\n\n某县加强基础设施建设实施方案\n\n来源: 某县住房和城乡建设局 发布时间: 2023-08-03 15:39 浏览次数: 1\n一、工作任务\n1.甲。（县住建局负责）\n",
			"某县加强基础设施建设实施方案", "", "", ""},
		{"the number in an index cell labelled 文件编号, the title in a cell of its own",
			"文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |\n海盐县人民政府办公室关于印发重点工作责任分解的通知 |\n各镇人民政府:\n现印发给你们,请认真贯彻执行。\n海盐县人民政府办公室\n2022年4月18日\n1.甲。（县财政局负责）\n",
			"海盐县人民政府办公室关于印发重点工作责任分解的通知", "盐政办发〔2022〕16号", "海盐县人民政府办公室", "2022-04-18"},
		{"the body a title names over the index's short form",
			"发布机构: | 某某区政府(办公室) | 主题分类: | 通知 |\n亳州市某某区人民政府办公室关于印发重点工作任务分解表的通知\n各乡镇人民政府：\n现印发给你们。\n1.甲。（区财政局负责）\n",
			"亳州市某某区人民政府办公室关于印发重点工作任务分解表的通知", "", "亳州市某某区人民政府办公室", ""},
		{"a site's shorter name for a list, a PDF's page number, a preamble broken into PDF lines",
			"贯彻落实《关于加强街道工作的意见》的任务分解方案\n认真贯彻执行。\n某区人民政府办公室\n2019 年 4 月 16 日\n— — — 2 —\n某区贯彻落实《关于加强\n街道工作的意见》的任务分解方案\n为贯彻落实全市街道工作会议精神及《中共某市委某\n市人民政府关于加强街道工作的意见》相关要求\n一、加强党建\n1.甲。\n牵头单位:区委组织部\n",
			"某区贯彻落实《关于加强街道工作的意见》的任务分解方案", "", "某区人民政府办公室", "2019-04-16"},
		{"index pairs with 文件编号 before an empty 统一编号",
			"索引号: 11330800002618015K/2021-121563 成文日期: 2021-03-24\n文件编号: 衢政办发〔2021〕3号 统一编号:\n\n关于印发重点工作责任分解的通知\n各县(市、区)人民政府:\n现印发给你们。\n衢州市人民政府办公室\n2021年3月24日\n1.甲。\n责任单位:市发改委\n",
			"关于印发重点工作责任分解的通知", "衢政办发〔2021〕3号", "衢州市人民政府办公室", "2021-03-24"},
		{"a note over a table is no title",
			"(注:A类指责任目标;B类指激励目标)\n序号 | 任 务 名 称 | 牵 头 部 门 |\n1 | 地区生产总值 | 区发改经信局 |\n",
			"", "", "", ""},
		{"issuer line under the number",
			"某政办〔2020〕20号\n某某县人民政府办公室\n关于印发工作安排的通知\n各乡镇：\n现印发给你们。\n2020年7月8日\n1.甲。（县司法局负责）\n",
			"关于印发工作安排的通知", "某政办〔2020〕20号", "某某县人民政府办公室", "2020-07-08"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := Parse(c.text, today)
			date := ""
			if !n.Date.IsZero() {
				date = n.Date.Format("2006-01-02")
			}
			got := []string{n.Title, n.Number, n.Issuer, date}
			want := []string{c.title, c.number, c.issuer, c.date}
			if strings.Join(got, " | ") != strings.Join(want, " | ") {
				t.Errorf("title | number | issuer | date\n got  %s\n want %s", strings.Join(got, " | "), strings.Join(want, " | "))
			}
			if len(n.Tasks) != 1 || len(n.Unplaced) != 0 {
				t.Errorf("tasks %+v unplaced %+v", n.Tasks, n.Unplaced)
			}
		})
	}
}

// Stage 5: readable ids, unique, reused where a known units.yaml names the
// unit; collective names are groups.
func TestUnitsFile(t *testing.T) {
	got := UnitsFile([]string{"市委组织部", "市商务局", "市水务局", "市委组织部", "市直各单位", "市就业工作联席会议成员单位"},
		[]Known{{ID: "city-org", Name: "中共某市委组织部", Aliases: []string{"组织部", "市委组织部"}, Contact: "张三 0571-1234"}})
	for _, want := range []string{
		// A unit the notice names keeps what the known file says of it:
		// its aliases and contact, and the notice's name as an alias.
		"  - id: city-org\n    name: 中共某市委组织部\n    aliases:\n      - 组织部\n      - 市委组织部\n    contact: 张三 0571-1234\n",
		"  - id: sswj\n    name: 市商务局\n",
		"  - id: shishuiwuju\n    name: 市水务局\n",
		"  - name: 市直各单位\n    members: []\n",
		"  - name: 市就业工作联席会议成员单位\n    members: []\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("units.yaml lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "name: 中共某市委组织部") != 1 {
		t.Errorf("a name listed twice:\n%s", got)
	}
}

// A known group comes with the units and groups it lists, and its rank;
// names match whatever the width of their brackets; the names no known
// unit or group has are the unmatched.
func TestUnitsFileKnownGroupAndWidths(t *testing.T) {
	known := []Known{
		{ID: "fgj", Name: "县发改局(粮食局)"},
		{ID: "yuyue", Name: "鱼岳镇人民政府"},
		{ID: "gq", Name: "官桥镇人民政府", Aliases: []string{"官桥镇"}},
		{ID: "other", Name: "县统计局"},
		{Name: "各镇人民政府", Members: []string{"yuyue", "西部各镇"}, Rank: true, Group: true},
		{Name: "西部各镇", Members: []string{"官桥镇"}, Group: true},
	}
	owners := []string{"县发改局（粮食局）", "各镇人民政府", "鱼岳镇人民政府", "县商务局"}
	got := UnitsFile(owners, known)
	for _, want := range []string{
		"  - id: fgj\n    name: 县发改局(粮食局)\n    aliases:\n      - 县发改局（粮食局）\n",
		"  - id: yuyue\n    name: 鱼岳镇人民政府\n",
		"  - id: gq\n    name: 官桥镇人民政府\n    aliases:\n      - 官桥镇\n",
		"  - name: 各镇人民政府\n    members:\n      - yuyue\n      - 西部各镇\n    rank: true\n",
		"  - name: 西部各镇\n    members:\n      - 官桥镇\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("units.yaml lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "id: yuyue") != 1 || strings.Contains(got, "县统计局") {
		t.Errorf("a unit twice, or one no one names:\n%s", got)
	}
	if un := Unmatched(owners, known); !slices.Equal(un, []string{"县商务局"}) {
		t.Errorf("unmatched %q", un)
	}
}
