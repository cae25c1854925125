package notice

import (
	"slices"
	"strings"
	"testing"
)

// Round 60, on the leftovers of the probes of the session before.

// An item's text naming who leads (由X牵头) and, after it, who helps or
// carries the work out: the helpers after a full-width comma were lost
// (the clause was cut inside the comma's bytes); a person's name alone
// leading (由张建国牵头负责) stood as a unit and the lead; a short name
// (由工会牵头) stood beside the helper it stands for (县总工会); posts
// alone (由局长负责, 由县委书记、县长共同牵头) named no leader.
func TestTextLeadsHelpersPersonsPosts(t *testing.T) {
	text := "某县人民政府办公室关于印发2025年重点工作任务分解方案的通知\n某政办发〔2025〕3号\n各乡镇人民政府，县直各部门：\n" +
		"现将《2025年重点工作任务分解方案》印发给你们，请认真贯彻落实。\n某县人民政府办公室\n2025年3月1日\n2025年重点工作任务分解方案\n" +
		"1.推进农村饮水安全巩固提升工程。由张建国牵头负责，县水利局具体落实，6月底前完成。\n" +
		"2.开展工会会员普惠服务活动。由工会牵头，县总工会、县人社局配合，9月底前完成。\n" +
		"3.建立矛盾纠纷多元化解机制。由联席会议牵头，县司法局、县信访局配合，年底前完成。\n" +
		"4.完成机关办公用房清理工作。由局长负责，10月底前完成。\n" +
		"5.推进全域旅游示范区创建工作。由县委书记、县长共同牵头，县文旅局负责，年底前完成。\n"
	wantRows(t, "textleads", parseAt(text), []probeRow{
		{"推进农村饮水安全巩固提升工程", []string{"县水利局"}, nil, []string{"张建国"}, "2025-06-30", []string{"owners", "leaders"}},
		{"开展工会会员普惠服务活动", []string{"县总工会", "县人社局"}, []string{"县总工会"}, nil, "2025-09-30", []string{"owners", "lead"}},
		{"建立矛盾纠纷多元化解机制", []string{"联席会议", "县司法局", "县信访局"}, []string{"联席会议"}, nil, "2025-12-31", []string{"owners", "lead"}},
		{"完成机关办公用房清理工作", nil, nil, []string{"局长"}, "2025-10-31", []string{"owners", "leaders"}},
		{"推进全域旅游示范区创建工作", []string{"县文旅局"}, nil, []string{"县委书记", "县长"}, "2025-12-31", []string{"owners", "leaders"}},
	})
}

// The same table with a 序号 column: a group's second row leaves out the
// 序号 and 工作任务 merged over it. Read from number to number, the row
// ran into the one above and was lost; now it is a sub-row of the row
// numbered (1.2), its cells placed by what they hold, listed. A full row
// whose unit cell is empty takes the units above, listed.
func TestNumberedLoneBarRowsShortOfMergedCells(t *testing.T) {
	text := "某镇2024年政务公开工作任务分解表\n|\n" + bars("序号", "工作任务", "具体内容", "责任部门", "",
		"1", "推进政策公开", "常态化公开就业、住房、教育等领域信息。", "财政所、便民综合服务中心", "",
		"积极探索特定群体的线下公开渠道,持续发布相关政策文件。", "便民综合服务中心", "",
		"2", "强化权力配置信息公开", "细化权力配置信息公开,动态更新权责事项清单。", "党政办公室", "",
		"健全本镇行政执法信息全流程公示机制。", "党政办公室", "",
		"3", "加强平台建设", "规范政府网站栏目设置,及时更新内容。", "", "",
		"4", "做好依申请公开", "依法按时答复依申请公开事项。", "党政办公室")
	n := parseAt(text)
	wantRows(t, "numberedlonebars", n, []probeRow{
		{"推进政策公开", []string{"财政所", "便民综合服务中心"}, nil, nil, "", nil},
		{"积极探索特定群体的线下公开渠道", []string{"便民综合服务中心"}, nil, nil, "", []string{"owners"}},
		{"强化权力配置信息公开", []string{"党政办公室"}, nil, nil, "", nil},
		{"健全本镇行政执法信息全流程公示机制", []string{"党政办公室"}, nil, nil, "", []string{"owners"}},
		{"加强平台建设", []string{"党政办公室"}, nil, nil, "", []string{"owners"}},
		{"做好依申请公开", []string{"党政办公室"}, nil, nil, "", nil},
	})
	for k, want := range []string{"01.1", "01.2", "02.1", "02.2", "03", "04"} {
		if n.Tasks[k].ID != want {
			t.Errorf("task %d id %q, want %s", k, n.Tasks[k].ID, want)
		}
	}
}

// Sets 177–182. A label with a note on the order its units are listed in
// (责任处室、单位(按处室、单位顺序排列,下同):) was no label: the notice was
// refused. 任务分工: labels who leads and helps. An item closing, with no
// bracket, on who hosts and who helps (区科技局主办,各街道协办), or on a
// bracket the copy never closed, named no one. A rule that the units it
// names go with every item below (…,以下任务均涉及X,不再重复) left 不再重复
// as a unit.
func TestSets177To182Labels(t *testing.T) {
	text := "一、聚焦纲举目张,推动教育强省建设实现高质量开局。\n" +
		"1、健全教育强省建设重点任务落实机制。筹备召开全省教育大会。\n" +
		"责任处室、单位(按处室、单位顺序排列,下同):秘书组秘书处、办公室、组干处。\n" +
		"2、推进教育数字化。建设智慧教育平台。(任务分工:省教育厅牵头,相关部门按职责分工负责)\n" +
		"3、持续拓展百校对接,集聚全球创新资源。区科技局主办,各街道协办\n" +
		"4、深入实施专精特新培育计划,全年新增培育瞪羚企业3家。(区发改委主办,区科技局协办\n" +
		"5、发展算力产业。培育数据中心。(责任单位:省大数据局、省工业和信息化厅,各市州人民政府。除专门列出外,以下任务均涉及各市州人民政府,不再重复)\n" +
		"6、发展数据产业。培育数据企业。(责任单位:省大数据局)\n"
	wantRows(t, "labels177", parseAt(text), []probeRow{
		{"健全教育强省建设重点任务落实机制", []string{"秘书组秘书处", "办公室", "组干处"}, nil, nil, "", nil},
		{"推进教育数字化", []string{"省教育厅"}, []string{"省教育厅"}, nil, "", []string{"owners"}},
		{"持续拓展百校对接", []string{"区科技局", "各街道"}, []string{"区科技局"}, nil, "", []string{"owners"}},
		{"深入实施专精特新培育计划", []string{"区发改委", "区科技局"}, []string{"区发改委"}, nil, "", []string{"owners"}},
		{"发展算力产业", []string{"省大数据局", "省工业和信息化厅", "各市州人民政府"}, nil, nil, "", nil},
		{"发展数据产业", []string{"省大数据局", "各市州人民政府"}, nil, nil, "", []string{"owners"}},
	})
}

// A title broken after its issuers' 印发 (鹤岗市人民政府 鹤岗市中级人民法院
// 印发 / 关于…的通知) lost its head; a post's line of date and source
// under a list's title (时间:2025-09-19 来源:政府办) ran into it.
func TestTitleBrokenAfterIssuersAndPostLine(t *testing.T) {
	n := parseAt("鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n各县(区)人民政府、法院,市政府各部门:\n" +
		"《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n" +
		"鹤岗市人民政府 鹤岗市中级人民法院\n2025年4月30日\n")
	if want := "鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知"; n.Title != want {
		t.Errorf("title %q, want %q", n.Title, want)
	}
	n = parseAt("《2025年区政府工作报告目标任务上半年推进情况汇总表》\n\n时间:2025-09-19 来源:政府办\n2025年区政府工作报告目标任务上半年推进情况汇总表\n序号 目标任务 责任单位 上半年推进情况\n" +
		"1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n3 规上工业增加值增长3.5%。 区经济信息委 规上工业增加值同比增长0.4%。\n")
	if want := "《2025年区政府工作报告目标任务上半年推进情况汇总表》"; n.Title != want {
		t.Errorf("title %q, want %q", n.Title, want)
	}
}

// A problem list with one place's heading alone closing with who answers
// (胖东来时代广场(责任单位:魏都区,市消防支队)), blank lines between, ran
// into the attachment's title and the notice was refused: it is a
// heading over the problems numbered under it, whose owners it names
// (listed). A title ending in a flattened cell's bar (…审计结果 |) kept
// it. An index label left empty (主 题 词:) took the title's second line
// under it as its value, and the title lost it.
func TestSets178To183Heads(t *testing.T) {
	n := parseAt("督办通知〔2017〕22号\n\n市消防支队:\n\n请你们针对督查组发现的问题和隐患(具体见附件),制定具体整改措施,迅速进行整改。\n\n附件:国务院安委会安全生产大检查第十二综合督查组\n\n莅许督查发现的问题和隐患\n\n2017年9月14日\n\n附件:\n\n" +
		"国务院安委会安全生产大检查第十二综合督查组莅许督查发现的问题和隐患\n\n胖东来时代广场(责任单位:魏都区,市消防支队)\n\n" +
		"1.进门地面无荧光标识;\n\n2.防火卷帘门下无提示;\n\n3.动火证内容不详细。\n")
	wantRows(t, "placehead", n, []probeRow{
		{"进门地面无荧光标识", []string{"魏都区", "市消防支队"}, nil, nil, "", []string{"owners"}},
		{"防火卷帘门下无提示", []string{"魏都区", "市消防支队"}, nil, nil, "", []string{"owners"}},
		{"动火证内容不详细", []string{"魏都区", "市消防支队"}, nil, nil, "", []string{"owners"}},
	})
	if want := "国务院安委会安全生产大检查第十二综合督查组莅许督查发现的问题和隐患"; n.Title != want {
		t.Errorf("title %q, want %q", n.Title, want)
	}
	if n := parseAt("温岭市乡村振兴相关政策和资金审计结果 |\n||||\n|\n根据审计法规定,现将审计结果公告如下:一、基本情况。\n"); n.Title != "温岭市乡村振兴相关政策和资金审计结果" {
		t.Errorf("title %q, want it without the cell's bar", n.Title)
	}
	n = parseAt("索 引 号: 11441300007187648G/2022-00195\n发布机构: 惠州市人民政府办公室\n成文日期: 2022-06-18\n" +
		"名  称: 惠州市人民政府办公室关于印发惠州市2022年政务公开重点工作任务分工方案的通知\n文  号: 惠府办函〔2022〕68号\n主 题 词:\n\n\n" +
		"惠州市人民政府办公室关于印发惠州市\n\n2022年政务公开重点工作任务\n\n分工方案的通知\n\n惠府办函〔2022〕68号\n\n各县、区人民政府(管委会):\n\n" +
		"现将《惠州市2022年政务公开重点工作任务分工方案》印发给你们,请认真贯彻落实。\n\n惠州市人民政府办公室\n\n2022年6月18日\n")
	if want := "惠州市人民政府办公室关于印发惠州市2022年政务公开重点工作任务分工方案的通知"; n.Title != want {
		t.Errorf("title %q, want %q", n.Title, want)
	}
}

// A page's byline of body and date (市政府办公厅 2017年06月28日) above the
// letter's recipients was read as the letter's signature: the notice took
// the page's date, not the one it is signed with under the letter.
func TestBylineAboveRecipientsNoSignature(t *testing.T) {
	n := parseAt("沈阳市人民政府办公厅关于印发沈阳市2017年政务公开工作要点任务明细表的通知\n沈政办发〔2017〕39号\n[字体: ] 打印\n市政府办公厅 2017年06月28日\n\n" +
		"各区、县(市)人民政府,市政府各部门、各直属单位:\n\n  经市政府同意,现将《沈阳市2017年政务公开工作要点任务明细表》印发给你们,请认真贯彻执行。\n\n" +
		"  沈阳市人民政府办公厅\n\n  2017年6月26日\n\n  (此件公开发布)\n")
	if got := n.Date.Format("2006-01-02"); got != "2017-06-26" || n.Issuer != "沈阳市人民政府办公厅" {
		t.Errorf("date %s issuer %q, want 2017-06-26 and the signature's body", got, n.Issuer)
	}
}

// Probe 52 of this session's rules. A lead opening its sentence before the
// clause naming who carries the work out (…工程。由县住建局牵头，县交通运输
// 局具体负责) was lost in silence, the second clause read alone; a person's
// name alone leading (由王强牵头, 由刘志刚同志负责) or posts (由党组书记负总
// 责，纪检组长具体负责; 由县委书记,县长共同牵头) named no leader; a post in a
// bracket (由局长负责,10月底前完成) stood as a unit; 由县长负责，县水利局具体
// 落实 named no owner.
func TestProbe52TextLeads(t *testing.T) {
	text := "某县2025年民生实事任务分解方案\n" +
		"1.实施城区道路改造工程。由县住建局牵头，县交通运输局具体负责，年底前完成。\n" +
		"2.推进农村饮水安全巩固提升工程。由县农业农村局牵头负责，县水利局具体落实，10月底前完成。\n" +
		"3.开展森林防火专项整治。由王强牵头，县林业局具体负责，4月底前完成。\n" +
		"4.开展安全生产大检查。由刘志刚同志负责，县应急局负责落实，9月底前完成。\n" +
		"5.开展党风廉政建设。由党组书记负总责，纪检组长具体负责，年底前完成。\n" +
		"6.完成机关办公用房清理工作。(由局长负责,10月底前完成)\n" +
		"7.落实河长制工作。由县长负责，县水利局具体落实，年底前完成。\n" +
		"8.推进全域旅游示范区创建工作。由县委书记,县长共同牵头,县文旅局负责,年底前完成。\n"
	wantRows(t, "probe52", parseAt(text), []probeRow{
		{"实施城区道路改造工程", []string{"县住建局", "县交通运输局"}, []string{"县住建局"}, nil, "2025-12-31", []string{"owners"}},
		{"推进农村饮水安全巩固提升工程", []string{"县农业农村局", "县水利局"}, []string{"县农业农村局"}, nil, "2025-10-31", []string{"owners"}},
		{"开展森林防火专项整治", []string{"县林业局"}, nil, []string{"王强"}, "2025-04-30", []string{"owners", "leaders"}},
		{"开展安全生产大检查", []string{"县应急局"}, nil, []string{"刘志刚"}, "2025-09-30", []string{"owners", "leaders"}},
		{"开展党风廉政建设", nil, nil, []string{"纪检组长", "党组书记"}, "2025-12-31", []string{"owners", "leaders"}},
		{"完成机关办公用房清理工作", nil, nil, []string{"局长"}, "2025-10-31", []string{"owners", "leaders"}},
		{"落实河长制工作", []string{"县水利局"}, nil, []string{"县长"}, "2025-12-31", []string{"owners", "leaders"}},
		{"推进全域旅游示范区创建工作", []string{"县文旅局"}, nil, []string{"县委书记", "县长"}, "2025-12-31", []string{"owners", "leaders"}},
	})
}

// Sets 184–190. A label line run on into the next with no mark after its
// units (责任单位:莲塘镇任务目标:2024年计划…) took the target's words as
// units; 属地乡镇 (the township where the work lies) stood as an owner in
// silence; a signature broken over two lines (三江县政务公开政府信息公开 /
// 政务服务工作领导小组办公室) kept its second line only; items giving their
// work to bodies before an open tail (…、涵东派出所等部门要…) or to the
// communities and every department (各社区、各部门要…) were refused.
func TestSets184To190(t *testing.T) {
	n := parseAt("关于下达2024年南昌县政府民生实事项目任务的通知\n各乡镇人民政府:\n现将项目任务下达给你们。\n" +
		"一、莲塘等片区排水单元雨污管网分流改造项目\n\n牵头领导:涂超\n\n牵头单位:县城管执法局\n\n责任单位:江西洪城水业环保公司、属地乡镇\n\n" +
		"二、10万平方米老旧小区改造项目\n\n牵头领导:涂超\n\n牵头单位:县城管执法局\n\n责任单位:莲塘镇任务目标:2024年计划改造完成莲塘镇莲水巷、橡西巷等住宅小区,改造内容包括建筑物外立面。\n")
	wantRows(t, "glued", n, []probeRow{
		{"莲塘等片区排水单元雨污管网分流改造项目", []string{"县城管执法局", "江西洪城水业环保公司", "属地乡镇"}, []string{"县城管执法局"}, []string{"涂超"}, "", []string{"owners"}},
		// (2024年计划改造完成…: the year of the work, its end the due,
		// listed, as the set's golden reads it: round 64.)
		{"10万平方米老旧小区改造项目", []string{"县城管执法局", "莲塘镇"}, []string{"县城管执法局"}, []string{"涂超"}, "2024-12-31", []string{"due"}},
	})
	n = parseAt("三政务办字〔2020〕5号 关于印发《2020年三江县政务公开工作要点》的通知\n各乡(镇)人民政府,县直各有关单位:\n" +
		"《2020年三江县政务公开工作要点》已经县人民政府同意,现印发给你们,请认真贯彻执行。\n三江县政务公开政府信息公开\n政务服务工作领导小组办公室\n2020年10月30日\n")
	if want := "三江县政务公开政府信息公开政务服务工作领导小组办公室"; n.Issuer != want {
		t.Errorf("issuer %q, want %q", n.Issuer, want)
	}
	wantRows(t, "running", parseAt("三、工作任务\n"+
		"(一)深化人员密集场所消防安全隐患治理。街道宣教办、文体站、涵东派出所等部门要深化人员密集场所消防安全隐患治理,形成工作常态化机制。\n"+
		"(二)整治老旧场所等突出风险。各社区、各部门要持续开展场所综合治理。\n"+
		"(三)提升革命文物建筑消防安全水平。要加大对参观学习点场馆消防安全检查力度。街道文体站要加强对红色文物建筑的隐患排查。\n"), []probeRow{
		{"深化人员密集场所消防安全隐患治理", []string{"街道宣教办", "文体站", "涵东派出所"}, nil, nil, "", []string{"owners"}},
		{"整治老旧场所等突出风险", []string{"各社区", "各部门"}, nil, nil, "", []string{"owners"}},
		{"提升革命文物建筑消防安全水平", []string{"街道文体站"}, nil, nil, "", []string{"owners"}},
	})
}

// Probe 52, shapes. Projects' headings with brackets of owners under a
// section heading (一、推进重点项目建设 / 市民中心项目建设(责任单位:…) /
// 1.6月底前…): the next heading's bracket was read as the last step's
// owners, in silence; now each heading is a sub-section over its steps.
// (任务分工:见附件2) made 见附件2 a unit; a label's note stating who of its
// units leads (牵头处室(排名第一的为牵头处室,下同):) was no label, and the
// section's heading stood as the owner (units listed by their strokes,
// 按姓氏笔画排序, or in no order lead by no place); 本部分任务均涉及X,不再重复 left
// its words as a unit; a title's head over two lines of joint issuers
// (中共鹤岗市委办公室 / 鹤岗市人民政府办公室印发 / 《…》的通知) lost the
// first.
func TestProbe52Shapes(t *testing.T) {
	n := parseAt("XX市人民政府办公室关于印发2025年重点项目推进方案的通知\n各县（区）人民政府，市政府各部门：\n现将《2025年重点项目推进方案》印发给你们，请认真贯彻落实。\n" +
		"XX市人民政府办公室\n2025年3月1日\n一、推进重点项目建设\n市民中心项目建设(责任单位:市住建局,市城投公司)\n1.6月底前完成主体结构封顶;\n2.9月底前完成内部装修;\n3.12月底前竣工验收。\n" +
		"体育中心项目建设(责任单位:市体育局,市城投公司)\n1.8月底前完成场馆改造;\n2.11月底前投入使用。\n")
	for _, tk := range n.Tasks {
		if slices.Contains(tk.Owners, "市体育局") != strings.HasPrefix(tk.Title, "体育中心") && !strings.HasPrefix(tk.Title, "8月") && !strings.HasPrefix(tk.Title, "11月") {
			t.Errorf("task %s %q owners %q: the next project's owners taken", tk.ID, tk.Title, tk.Owners)
		}
	}
	wantRows(t, "labels52", parseAt("一、推动教育强省建设实现高质量开局\n1、健全教育强省建设重点任务落实机制。\n牵头处室(排名第一的为牵头处室,下同):秘书处、办公室、组干处。\n"+
		"2、加强教师队伍建设。\n责任单位(按姓氏笔画排序):教师处、人事处。\n3、加强学校安全工作。\n责任单位(排名不分先后):安全处、后勤处。\n"+
		"4、推进职普融通。(任务分工:见附件2)\n5、实施强师计划。(分工:省教育厅牵头,省人社厅配合)\n"), []probeRow{
		{"健全教育强省建设重点任务落实机制", []string{"秘书处", "办公室", "组干处"}, []string{"秘书处"}, nil, "", nil},
		{"加强教师队伍建设", []string{"教师处", "人事处"}, nil, nil, "", nil},
		{"加强学校安全工作", []string{"安全处", "后勤处"}, nil, nil, "", nil},
		{"推进职普融通", nil, nil, nil, "", []string{"owners"}},
		{"实施强师计划", []string{"省教育厅", "省人社厅"}, []string{"省教育厅"}, nil, "", nil},
	})
	wantRows(t, "part52", parseAt("一、做强数字产业\n1、发展算力产业。培育数据中心。(责任单位:省大数据局,各市州人民政府。除专门列出外,本部分任务均涉及各市州人民政府,不再重复)\n"+
		"2、发展数据产业。培育数据企业。(责任单位:省大数据局)\n二、推进产业数字化\n3、推进制造业数字化转型。(责任单位:省工业和信息化厅)\n"), []probeRow{
		{"发展算力产业", []string{"省大数据局", "各市州人民政府"}, nil, nil, "", nil},
		{"发展数据产业", []string{"省大数据局", "各市州人民政府"}, nil, nil, "", []string{"owners"}},
		{"推进制造业数字化转型", []string{"省工业和信息化厅"}, nil, nil, "", nil},
	})
	n = parseAt("中共鹤岗市委办公室\n鹤岗市人民政府办公室印发\n《关于进一步优化营商环境的若干措施》的通知\n鹤办发〔2025〕12号\n各县（区）委、县（区）人民政府，市直各单位：\n" +
		"《关于进一步优化营商环境的若干措施》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。\n中共鹤岗市委办公室\n鹤岗市人民政府办公室\n2025年5月8日\n")
	if want := "中共鹤岗市委办公室鹤岗市人民政府办公室印发《关于进一步优化营商环境的若干措施》的通知"; n.Title != want {
		t.Errorf("title %q, want %q", n.Title, want)
	}
}

// A numbered table flattened with each | on its own line and a 完成时限
// column: a group's short rows end in a time (…渠道。 | 便民综合服务中心 |
// 2024年12月底 |, or 长期坚持), or in a small body's name (综合行政执法队,
// 派出所); read as empty middle cells, the rows were lost.
func TestNumberedLoneBarRowsEndingInTime(t *testing.T) {
	text := "2024年政务公开工作任务分解表\n|\n" + bars("序号", "工作任务", "具体内容", "责任部门", "完成时限", "",
		"1", "推进政策公开", "常态化公开就业、住房、教育等领域信息。", "财政所", "2024年6月底", "",
		"积极探索特定群体的线下公开渠道。", "便民综合服务中心", "2024年12月底", "",
		"2", "强化权力配置信息公开", "细化权力配置信息公开。", "党政办公室", "2024年9月底", "",
		"健全行政执法信息公示机制。", "综合行政执法队", "2024年10月底", "",
		"3", "做好依申请公开", "依法按时答复依申请公开事项。", "党政办公室", "2024年12月底")
	wantRows(t, "lonetime", parseAt(text), []probeRow{
		{"推进政策公开", []string{"财政所"}, nil, nil, "2024-06-30", nil},
		{"积极探索特定群体的线下公开渠道", []string{"便民综合服务中心"}, nil, nil, "2024-12-31", []string{"owners"}},
		{"强化权力配置信息公开", []string{"党政办公室"}, nil, nil, "2024-09-30", nil},
		{"健全行政执法信息公示机制", []string{"综合行政执法队"}, nil, nil, "2024-10-31", []string{"owners"}},
		{"做好依申请公开", []string{"党政办公室"}, nil, nil, "2024-12-31", nil},
	})
}

// Set 188. An index in cells whose number is written with ﹝﹞ (阿署发﹝2024﹞
// 20号), dated 成文时间, issued by a 行政公署: none of the three was read. A
// plan's number before its title on its line (永营办发〔2021〕3号 永城市贯彻
// 《…》责任分工方案) stood in the title. A place alone over a title opening
// with 关于 (马鞍山市 / 关于进一步…的实施细则) was dropped from it.
func TestSet188Headers(t *testing.T) {
	n := parseAt("索引号 | 152900000000000/2024-02903 | 发布机构: | 阿拉善盟行政公署 |\n公开方式: | 主动公开 | 组配分类: | 综合政务 |\n" +
		"发文字号: | 阿署发﹝2024﹞20号 | 成文时间: | 2024-06-25 |\n阿拉善盟行政公署关于印发《阿拉善盟全面优化营商环境实施方案》的通知\n" +
		"为深入贯彻落实党中央、国务院关于优化营商环境的重大决策部署,持续优化营商环境。\n一、指导思想\n")
	if n.Number != "阿署发﹝2024﹞20号" || n.Issuer != "阿拉善盟行政公署" || n.Date.Format("2006-01-02") != "2024-06-25" {
		t.Errorf("number %q issuer %q date %s", n.Number, n.Issuer, n.Date.Format("2006-01-02"))
	}
	n = parseAt("永营办发〔2021〕3号 永城市贯彻《河南省优化营商环境条例》责任分工方案\n\n为落实国家和省优化营商环境精神,制定本方案。\n\n一、优化市场环境\n\n" +
		"1.保障市场主体平等准入权力。落实全国统一的市场准入负面清单制度。(牵头单位:市发展改革委、市场监管局;协办单位:市直相关单位)\n")
	if n.Number != "永营办发〔2021〕3号" || n.Title != "永城市贯彻《河南省优化营商环境条例》责任分工方案" {
		t.Errorf("number %q title %q", n.Number, n.Title)
	}
	n = parseAt("马鞍山市\n关于进一步激发民营企业创业热情推进民营经济高质量发展的实施细则\n为深入贯彻落实习近平总书记在民营企业座谈会上的重要讲话精神,制定本细则。\n一、总体目标\n")
	if want := "马鞍山市关于进一步激发民营企业创业热情推进民营经济高质量发展的实施细则"; n.Title != want {
		t.Errorf("title %q, want %q", n.Title, want)
	}
}

// Leftovers of probe 51: the marks' legend under the title ((★为牵头单位))
// ran into it, and a key task's mark (★推进…, ▲实施…) stayed at the head of
// its title.
func TestLegendUnderTitleAndKeyTaskMarks(t *testing.T) {
	n := parseAt("某县2025年重点工作任务分解方案\n(★为牵头单位)\n1.★推进农村饮水安全巩固提升工程。责任单位:★县水利局、县住建局\n2.▲实施城区道路改造工程。责任单位:县住建局\n")
	if n.Title != "某县2025年重点工作任务分解方案" {
		t.Errorf("title %q, want it without the legend", n.Title)
	}
	wantRows(t, "marks", n, []probeRow{
		{"推进农村饮水安全巩固提升工程", []string{"县水利局", "县住建局"}, []string{"县水利局"}, nil, "", nil},
		{"实施城区道路改造工程", []string{"县住建局"}, nil, nil, "", nil},
	})
}

// Probe 53. A label's note in a bracket of the item's text (（牵头处室（排名
// 第一的为牵头处室，下同）：…）) made all its units leads; notes of other
// words (第一个为牵头单位, 市直, 2024年) left the label unread. A group's
// office signing over two lines (…领导小组 / 办公室) was read as two
// issuers; a unit's post among owners (县教育局局长) stood as a unit (every
// unit's, 各乡镇乡镇长, stays as written, as the corpus reads 各村(社区)党组织
// 书记, listed); persons leading together (由张伟、李娜负责) named no leader;
// 具体见附表 stood as a unit; 属地党委政府, 辖区街道 stood as owners unlisted.
func TestProbe53Findings(t *testing.T) {
	wantRows(t, "notes53", parseAt("一、推动教育强省建设\n1．健全重点任务落实机制。（牵头处室（排名第一的为牵头处室，下同）：秘书处、办公室、组干处）\n"+
		"2．加强学校安全工作。（责任单位（排名不分先后）：安全处、后勤处）\n3.推进政务服务改革。\n责任单位(第一个为牵头单位):市政务服务中心、市发改委。\n"), []probeRow{
		{"健全重点任务落实机制", []string{"秘书处", "办公室", "组干处"}, []string{"秘书处"}, nil, "", nil},
		{"加强学校安全工作", []string{"安全处", "后勤处"}, nil, nil, "", nil},
		{"推进政务服务改革", []string{"市政务服务中心", "市发改委"}, []string{"市政务服务中心"}, nil, "", nil},
	})
	wantRows(t, "others53", parseAt("1.推进城市更新。\n责任单位(市直):市住建局。\n2.加强学校安全。(责任单位:县教育局局长、各乡镇乡镇长)\n3.开展林业碳汇试点。由张伟、李娜负责,10月底前完成。\n"+
		"4.推进乡村振兴。(责任单位:具体见附表)\n5.加强巡查。(责任单位:县生态环境局、属地党委政府、辖区街道)\n"), []probeRow{
		{"推进城市更新", []string{"市住建局"}, nil, nil, "", nil},
		{"加强学校安全", []string{"县教育局", "各乡镇乡镇长"}, nil, []string{"县教育局局长"}, "", []string{"owners", "leaders"}},
		{"开展林业碳汇试点", nil, nil, []string{"张伟", "李娜"}, "", []string{"owners", "leaders", "due"}},
		{"推进乡村振兴", nil, nil, nil, "", []string{"owners"}},
		{"加强巡查", []string{"县生态环境局", "属地党委政府", "辖区街道"}, nil, nil, "", []string{"owners"}},
	})
	n := parseAt("关于印发2021年乡村振兴重点工作任务分工的通知\n各镇(街道):\n现将《2021年乡村振兴重点工作任务分工》印发给你们,请认真抓好落实。\n" +
		"中共XX区委农村工作领导小组\n办公室\n2021年3月10日\n1.稳定粮食生产。(责任单位:区农业农村局)\n")
	if want := "中共XX区委农村工作领导小组办公室"; n.Issuer != want {
		t.Errorf("issuer %q, want %q", n.Issuer, want)
	}
	n = parseAt("关于印发2024年安全生产工作要点的通知\n各乡镇:\n现将《2024年安全生产工作要点》印发给你们。\nXX县安全生产委员会\n办公室\n2024年2月1日\n")
	if want := "XX县安全生产委员会办公室"; n.Issuer != want {
		t.Errorf("issuer %q, want %q", n.Issuer, want)
	}
}

// Probe 53, more. A project's heading whose bracket opens with 牵头单位
// gave its owners to the step above; a lead before a clause of helpers and
// one of doers (由县住建局牵头,县财政局配合,各街道具体实施,9月底前完成) was
// lost; a text whose items give their work to bodies was refused where one
// item asks for a year's 工作总结 (read as a work summary).
func TestProbe53More(t *testing.T) {
	n := parseAt("关于2024年重点项目推进工作的通知\n\n一、推进民生项目建设\n\n市第一人民医院新院区项目(牵头单位:市卫健委;责任单位:市卫健委,市城投公司)\n\n" +
		"1.8月底前完成门诊楼主体施工;\n\n2.年底前投入使用。\n\n市第二中学迁建项目(牵头单位:市教育局;配合单位:市自然资源局,市住建局)\n\n1.6月底前完成征地;\n\n2.9月底前开工建设。\n")
	for _, tk := range n.Tasks {
		if slices.Contains(tk.Owners, "市教育局") != strings.HasPrefix(tk.Title, "市第二中学") && !strings.HasPrefix(tk.Title, "6月") && !strings.HasPrefix(tk.Title, "9月") {
			t.Errorf("task %s %q owners %q: the next project's owners taken", tk.ID, tk.Title, tk.Owners)
		}
	}
	wantRows(t, "doers53", parseAt("1.推进老旧小区改造。由县住建局牵头,县财政局配合,各街道具体实施,9月底前完成。\n"), []probeRow{
		{"推进老旧小区改造", []string{"县住建局", "县财政局", "各街道"}, []string{"县住建局"}, nil, "", []string{"owners"}},
	})
	wantRows(t, "summary53", parseAt("涵东街道关于开展2024年普法宣传工作的通知\n各社区、街道各部门:\n现将2024年普法宣传工作安排通知如下。\n一、工作任务\n"+
		"1.开展宪法宣传周活动。街道宣教办、文体站等部门要在12月4日前组织开展集中宣传活动。\n2.推进法治社区建设。街道司法所要于10月底前完成法治宣传阵地建设。\n"+
		"3.加强青少年法治教育。街道关工委、涵东派出所要加强与辖区学校的联系。\n4.做好总结报送工作。12月20日前报送年度普法工作总结。\n涵东街道办事处\n2024年3月5日\n"), []probeRow{
		{"开展宪法宣传周活动", []string{"街道宣教办", "文体站"}, nil, nil, "2024-12-04", []string{"owners"}},
		{"推进法治社区建设", []string{"街道司法所"}, nil, nil, "2024-10-31", []string{"owners"}},
		{"加强青少年法治教育", []string{"街道关工委", "涵东派出所"}, nil, nil, "", []string{"owners"}},
	})
}

// Sets 187 and 190. A level's direct units before an open name (县直、驻县
// 有关单位) left 县直 an owner; bodies before an open tail one of which is
// no body's name as the rule knows them (…安监站、消防大队包涵东片等部门要)
// named no one, and the item was refused.
func TestSets187And190Open(t *testing.T) {
	n := parseAt("一、推进政务公开\n1.推进权责清单公开。〔牵头单位:县行政审批局,责任单位:各乡镇人民政府,县政府各部门,县直、驻县有关单位〕\n")
	wantRows(t, "direct", n, []probeRow{
		{"推进权责清单公开", []string{"县行政审批局", "各乡镇人民政府", "县政府各部门"}, []string{"县行政审批局"}, nil, "", []string{"owners"}},
	})
	if r := n.Tasks[0].Review; !slices.ContainsFunc(r, func(v Review) bool { return strings.Contains(v.Text.Zh, "县直、驻县有关单位") }) {
		t.Errorf("the open name is not quoted as written: %+v", r)
	}
	wantRows(t, "opentail", parseAt("三、工作任务\n"+
		"(一)深化人员密集场所消防安全隐患治理。街道宣教办、文体站、涵东派出所、社事办、安监站、消防大队包涵东片等部门要深化隐患治理。\n"+
		"(二)提升革命文物建筑消防安全水平。街道文体站要加强对红色文物建筑的隐患排查。\n"), []probeRow{
		{"深化人员密集场所消防安全隐患治理", []string{"街道宣教办", "文体站", "涵东派出所", "社事办", "安监站", "消防大队包涵东片"}, nil, nil, "", []string{"owners"}},
		{"提升革命文物建筑消防安全水平", []string{"街道文体站"}, nil, nil, "", []string{"owners"}},
	})
}

// Probe 54. A note after the units ((责任单位:A、B、C,排名不分先后), A、B
// (按姓氏笔画排序)) stood as a unit; attachment pointers (按照附件3分工, 附件1
// 所列各单位) stood as units; 各乡镇（街道）属地政府 stood unlisted; a legend
// on the list title's own line stayed in it; a unit's post after its
// holder (县农业农村局张华局长), a county's standing committee member (县委
// 常委) and a person before the post leading (由王强副县长牵头) named no
// leader; signatures broken over two lines (XX县人民政府 / 办公室, XX县发展
// 和 / 改革局, …优化营商环境 / 工作领导小组办公室) gave the wrong issuer.
func TestProbe54Findings(t *testing.T) {
	wantRows(t, "p54", parseAt("2024年全县重点工作任务分解表（★为牵头单位）\n"+
		"1.推进不动产登记便利化。(责任单位:市自然资源局、市税务局、市住建局,排名不分先后)\n"+
		"2.推进水电气报装便利化。(责任单位:市住建局、市供电公司(按姓氏笔画排序))\n"+
		"3.推进产业项目招商落地。(责任单位:按照附件3分工)\n4.推进民生项目建设。(责任单位:附件1所列各单位)\n"+
		"5.整改化工厂消防通道堵塞问题。(责任单位:县应急管理局、各乡镇（街道）属地政府)\n"+
		"6.推进河湖长制。(责任单位:县农业农村局张华局长)\n7.推进文明城市创建。(责任单位:县委常委、县委宣传部)\n"+
		"8.推进重大项目建设。由王强副县长牵头,县发改委负责。\n"), []probeRow{
		{"推进不动产登记便利化", []string{"市自然资源局", "市税务局", "市住建局"}, nil, nil, "", nil},
		{"推进水电气报装便利化", []string{"市住建局", "市供电公司"}, nil, nil, "", nil},
		{"推进产业项目招商落地", nil, nil, nil, "", []string{"owners"}},
		{"推进民生项目建设", nil, nil, nil, "", []string{"owners"}},
		{"整改化工厂消防通道堵塞问题", []string{"县应急管理局", "各乡镇（街道）属地政府"}, nil, nil, "", []string{"owners"}},
		{"推进河湖长制", []string{"县农业农村局"}, nil, []string{"县农业农村局张华局长"}, "", []string{"owners", "leaders"}},
		{"推进文明城市创建", []string{"县委宣传部"}, nil, []string{"县委常委"}, "", []string{"owners", "leaders"}},
		{"推进重大项目建设", []string{"县发改委"}, nil, []string{"王强副县长"}, "", nil},
	})
	if n := parseAt("2024年全县重点工作任务分解表（★为牵头单位）\n1.加快工业园区建设。(责任单位:县工信局、县发改委★)\n"); n.Title != "2024年全县重点工作任务分解表" {
		t.Errorf("title %q, want it without the legend", n.Title)
	}
	for _, c := range []struct{ sign, want string }{
		{"XX县人民政府\n办公室", "XX县人民政府办公室"},
		{"XX县发展和\n改革局", "XX县发展和改革局"},
		{"XX市深化“放管服”改革优化营商环境\n工作领导小组办公室", "XX市深化“放管服”改革优化营商环境工作领导小组办公室"},
	} {
		n := parseAt("关于印发2024年工作要点的通知\n各乡镇人民政府:\n现将《2024年工作要点》印发给你们,请认真贯彻落实。\n" + c.sign + "\n2024年3月1日\n1.推进证照分离改革。(责任单位:县市场监管局)\n")
		if n.Issuer != c.want {
			t.Errorf("issuer %q, want %q", n.Issuer, c.want)
		}
	}
}

// Sets 182–190, headers. A signature of a group with a bracket inside its
// name (吉林市人民政府政务公开(政府信息公开)领导小组) over the publication
// mark and the date on one line ((此件公开发布) 2021年6月25日) gave neither
// issuer nor date; a page's link to download the attachment under the
// signature (附件下载: ….doc) hid the signature; a flattened table's header
// stood as the title.
func TestSets182To190Headers(t *testing.T) {
	n := parseAt("关于印发《2021年吉林市政务公开工作要点及重点任务分工》的通知\n各县(市)区人民政府,开发区管委会:\n" +
		"《2021年吉林市政务公开工作要点及重点任务分工》已经市政府同意,现印发给你们,请认真遵照执行。\n吉林市人民政府政务公开(政府信息公开)领导小组\n" +
		"(此件公开发布) 2021年6月25日\n2021年吉林市政务公开工作要点及重点任务分工\n一、加强政策解读\n1.做好政策解读。(责任单位:市政府办公室)\n")
	if n.Issuer != "吉林市人民政府政务公开(政府信息公开)领导小组" || n.Date.Format("2006-01-02") != "2021-06-25" {
		t.Errorf("issuer %q date %s", n.Issuer, n.Date.Format("2006-01-02"))
	}
	n = parseAt("省药监局,局机关各处室、各直属单位:\n为认真贯彻落实国务院办公厅2021年政务公开工作要点,现将有关事项通知如下:\n" +
		"一、各单位要认真对照工作任务和工作要求,结合各自工作职责进一步细化推进方案。\n二、各单位要强化责任担当,主要负责人要切实负起第一责任。\n" +
		"三、每年要对上一年度政务公开工作要点落实情况开展回头看。\n" +
		"福建省市场监督管理局办公室\n2021年9月10日\n(此件主动公开)\n附件下载: 福建省市场监督管理局2021年政务公开工作主要任务分解表.doc\n")
	if n.Issuer != "福建省市场监督管理局办公室" || n.Date.Format("2006-01-02") != "2021-09-10" {
		t.Errorf("issuer %q date %s", n.Issuer, n.Date.Format("2006-01-02"))
	}
	n = parseAt("类别\n|\n序号\n|\n任务名称\n|\n任务要求及举措\n|\n责任部门\n(加*号为牵头部门,\n其余为参与部门)\n|\n责任街镇\n|\n完成时间节点\n|\n(一)\n持续\n推进\n“两个\n示范村”\n建设\n|\n1\n|\n完成2022年度\n乡村振兴示范村建设\n|\n完成1个示范村建设。\n|\n区农业农村委*\n|\n浦江镇\n|\n10月底\n|\n")
	if strings.Contains(n.Title, "|") {
		t.Errorf("title %q: a table's header", n.Title)
	}
}

// Probe 54: a list whose items name persons or posts leading and no unit
// (由王强牵头, 由张伟、李娜负责, 由党组书记负总责) was refused whole; and a
// leader read from the text stood beside a note saying none was read.
func TestPersonsOnlyList(t *testing.T) {
	n := parseAt("XX县人民政府办公室关于印发2024年重点工作任务分工的通知\n各乡镇人民政府，县政府各部门：\n一、重点任务\n" +
		"1.推进县城供水管网改造，由王强牵头，10月底前完成。\n2.推进农村人居环境整治，由张伟、李娜负责，12月底前完成。\n" +
		"3.推进全国文明城市创建，由刘志刚同志负责，年底前完成。\n4.加强党风廉政建设，由党组书记负总责，纪检组长具体负责。\nXX县人民政府办公室\n2024年3月1日\n")
	wantRows(t, "persons", n, []probeRow{
		{"推进县城供水管网改造", nil, nil, []string{"王强"}, "2024-10-31", []string{"owners", "leaders"}},
		{"推进农村人居环境整治", nil, nil, []string{"张伟", "李娜"}, "2024-12-31", []string{"owners", "leaders"}},
		{"推进全国文明城市创建", nil, nil, []string{"刘志刚"}, "2024-12-31", []string{"owners", "leaders"}},
		{"加强党风廉政建设", nil, nil, []string{"纪检组长", "党组书记"}, "", []string{"owners", "leaders"}},
	})
	for _, tk := range n.Tasks {
		for _, r := range tk.Review {
			if strings.Contains(r.Text.Zh, "没有读出责任领导") {
				t.Errorf("task %s: %q beside the leaders read %q", tk.ID, r.Text.Zh, tk.Leaders)
			}
		}
	}
}

// Set 181: a section's heading that lost its number (深化旅游业改革开放)
// under a list's title that has ended (…重点工作分工方案), items (一)(二)
// under it, ran into the title.
func TestHeadingWithoutNumberUnderTitle(t *testing.T) {
	n := parseAt("国务院办公厅通知\n有关部门要认真贯彻落实《国务院关于加快发展旅游业的意见》精神,抓紧制定具体措施。\n国务院办公厅\n二〇一〇年七月二十三日\n" +
		"贯彻落实国务院关于加快发展旅游业意见\n重点工作分工方案\n深化旅游业改革开放\n" +
		"(一)放宽旅游市场准入,打破行业、地区壁垒。(旅游局、发展改革委负责)\n(二)推进国有旅游企业改组改制。(旅游局、国资委负责)\n")
	if want := "贯彻落实国务院关于加快发展旅游业意见重点工作分工方案"; n.ListTitle != want {
		t.Errorf("list title %q, want %q", n.ListTitle, want)
	}
}

// Probe 55. A lead note in a label's bracket with another field after it
// in the same bracket ((牵头处室(排名第一的为牵头处室,下同):办公室、秘书处;完
// 成时限:…)) was read with the time limit and led nothing; an order note
// on the leaders (责任领导:王强、李明(按姓氏笔画排序)) cancelled the units'
// lead by the rule; notes in other words (排名不分前后, 以姓氏笔画为序, 按部门
// 排序), in a table cell or opening it (排名不分先后:…) stood in a unit's
// name; heads of companies, brigades, stations and schools among owners
// (县水务集团董事长, 城关派出所所长, 县一中校长) stood as units; a key
// task's mark closing its title (…建设★, （★）) or 【重点】 opening it
// stayed, and a note on the marks or the order under the list's title ran
// into it.
func TestProbe55Findings(t *testing.T) {
	wantRows(t, "p55notes", parseAt("一、重点任务\n1.健全重点任务落实机制。(牵头处室(排名第一的为牵头处室,下同):办公室、秘书处、组干处;完成时限:2023年6月底)\n"+
		"2.推进机关数字化建设。(责任处室:科技处、信息中心;完成时限:2023年9月底)\n"+
		"3.推进消费提质。(责任单位:市商务局、市市场监管局;责任领导:王强、李明(按姓氏笔画排序))\n"+
		"4.开展占道经营整治。(责任单位:县城管局、县公安局(排名不分前后))\n5.完善城市照明设施。(责任单位:县城管局、县供电公司(以姓氏笔画为序))\n"), []probeRow{
		{"健全重点任务落实机制", []string{"办公室", "秘书处", "组干处"}, []string{"办公室"}, nil, "2023-06-30", nil},
		{"推进机关数字化建设", []string{"科技处", "信息中心"}, []string{"科技处"}, nil, "2023-09-30", nil},
		{"推进消费提质", []string{"市商务局", "市市场监管局"}, []string{"市商务局"}, []string{"王强", "李明"}, "", nil},
		{"开展占道经营整治", []string{"县城管局", "县公安局"}, nil, nil, "", nil},
		{"完善城市照明设施", []string{"县城管局", "县供电公司"}, nil, nil, "", nil},
	})
	wantRows(t, "p55heads", parseAt("修水县2023年民生实事任务分解表（各项任务的责任单位排名不分先后）\n"+
		"1.【重点】推进县城供水管网改造。(责任单位:县水务集团董事长、县住建局)\n2.开展电诈宣传进社区★。(责任单位:城关派出所所长、县公安局)\n"+
		"3.开展校园欺凌专项治理（★）。(责任单位:县一中校长、县教育局)\n"), []probeRow{
		{"推进县城供水管网改造", []string{"县水务集团", "县住建局"}, nil, []string{"县水务集团董事长"}, "", []string{"owners", "leaders"}},
		{"开展电诈宣传进社区", []string{"城关派出所", "县公安局"}, nil, []string{"城关派出所所长"}, "", []string{"owners", "leaders"}},
		{"开展校园欺凌专项治理", []string{"县一中", "县教育局"}, nil, []string{"县一中校长"}, "", []string{"owners", "leaders"}},
	})
	if n := parseAt("修水县2023年民生实事任务分解表（各项任务的责任单位排名不分先后）\n1.推进县城供水管网改造。(责任单位:县住建局)\n"); n.Title != "修水县2023年民生实事任务分解表" {
		t.Errorf("title %q, want it without the note", n.Title)
	}
}

// Probe 55: a key task's mark before an item's number (★1.推进…, ▲3.…) made
// the line no item, and the item was lost (listed as not read).
func TestMarkBeforeItemNumber(t *testing.T) {
	wantRows(t, "marknum", parseAt("宁远县2023年重点工作任务分解表\n★1.推进新材料产业园建设。(责任单位:县工信局)\n2.引进亿元以上项目20个。(责任单位:县商务局)\n▲3.推进烟叶生产。(责任单位:县烟草公司)\n"), []probeRow{
		{"推进新材料产业园建设", []string{"县工信局"}, nil, nil, "", nil},
		{"引进亿元以上项目20个", []string{"县商务局"}, nil, nil, "", nil},
		{"推进烟叶生产", []string{"县烟草公司"}, nil, nil, "", nil},
	})
}
