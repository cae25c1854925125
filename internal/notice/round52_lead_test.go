package notice

import (
	"slices"
	"strings"
	"testing"
)

// A department's field written alone in a list of owners, its body word
// shared with a name after it or left off (县发改、工信、商务局), is kept as
// written, as the corpus reads it, and listed: an office cannot chase 工信.
// A person's name of two characters or with a two-character surname among
// the units (王刚, 欧阳建国) is listed as a person's, and takes no place
// from the name before it (县委组织部、王刚 is no 县委王刚). Places before a
// town's government share it (城关、城西镇政府), listed.
func TestShortNamesListed(t *testing.T) {
	for _, c := range []struct {
		owners string
		want   []string
		word   string // a word the review must hold
	}{
		{"县发改、工信、商务局", []string{"县发改", "工信", "商务局"}, "工信"},
		{"发改、财政、审计局", []string{"发改", "财政", "审计局"}, "发改"},
		{"市教育、卫健、民政局", []string{"市教育", "卫健", "民政局"}, "卫健"},
		{"县委组织部、王刚", []string{"县委组织部", "王刚"}, "王刚"},
		{"欧阳建国、县财政局", []string{"欧阳建国", "县财政局"}, "欧阳建国"},
		{"县发改局、县财政局、李明", []string{"县发改局", "县财政局", "李明"}, "李明"},
		{"城关、城西镇政府", []string{"城关镇政府", "城西镇政府"}, "城关"},
	} {
		n := Parse("关于印发2024年重点工作任务分工的通知\n\n一、做好农村公路建设养护工作。（责任单位："+c.owners+"）\n二、推进项目建设。（责任单位：县财政局）\n\n县人民政府办公室\n2024年3月1日\n", today)
		if len(n.Tasks) != 2 {
			t.Fatalf("%s: %d tasks, want 2: %q", c.owners, len(n.Tasks), owned(n))
		}
		k := n.Tasks[0]
		if !slices.Equal(k.Owners, c.want) || !hasReview(k, "owners", c.word) {
			t.Errorf("%s: owners %q (review %+v), want %q listed with %q", c.owners, k.Owners, k.Review, c.want, c.word)
		}
		if hasReview(n.Tasks[1], "owners", "县财政局") {
			t.Errorf("%s: a whole unit's name is listed: %+v", c.owners, n.Tasks[1].Review)
		}
	}
}

// A run of members' duty lines (县公安局：负责…) broken by the line giving
// the members not named their part (其他成员单位：按照各自职责…) goes on
// after it: the units under it kept their duties in silence inside the
// line before. The line is a task of its own whose owner is the group,
// listed.
func TestOtherMembersInDutyRun(t *testing.T) {
	n := Parse("关于调整县食品安全委员会成员单位职责分工的通知\n\n各乡镇人民政府，县直各有关单位：\n现将县食品安全委员会成员单位职责分工通知如下。\n一、成员单位职责\n"+
		"县市场监管局：负责食品生产、流通和餐饮服务环节的监督管理，承担委员会办公室日常工作。\n"+
		"县农业农村局：负责食用农产品种植养殖环节的质量安全监督管理。\n"+
		"其他成员单位：按照各自职责做好食品安全相关工作。\n"+
		"县公安局：负责组织侦办食品安全犯罪案件。\n"+
		"县教育局：负责学校食堂食品安全管理工作。\n"+
		"二、工作要求\n各成员单位要加强协调配合。\n\n县食品安全委员会\n2023年4月10日\n", today)
	want := [][]string{{"县市场监管局"}, {"县农业农村局"}, {"其他成员单位"}, {"县公安局"}, {"县教育局"}}
	wantOwnersListed(t, n, want)
	if !hasReview(n.Tasks[2], "owners", "一组单位") {
		t.Errorf("the group's task does not ask for its members: %+v", n.Tasks[2].Review)
	}
	if got := n.Tasks[1].Body; strings.Contains(got, "县公安局") {
		t.Errorf("task 2 holds the lines after it: %q", got)
	}
}

// A | table whose rows stand each on one line leaves out of a row the
// 工作任务 cell merged over it from the row above, and the empty 备注 at its
// end: read by position, 长期推进 stood as the row's unit, in silence. The
// row takes the task's cell from above (its 细化分工 the title, as rows
// sharing a 工作任务 read), its units stay its own, unlisted.
func TestPipeRowLeavingOutMergedCell(t *testing.T) {
	n := Parse("2021 年政务公开工作重点任务台账 |\n序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"+
		"1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、隔离管控等发布权威信息 | 应急处、疾控处 | 长期推进 |\n|\n"+
		"2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |\n|\n"+
		"3 | 提高新冠肺炎疫情信息发布规范化水平 | 宣传处 | 2021年10月底前 |\n|\n"+
		"4 | 常规政务公开事项 | 强化行政执法信息公开 | 政法处 | 长期推进 |\n|\n"+
		"5 | 积极推进部门所属单位预算、决算及相关报表公开 | 财务处 | 2021年2月公布预算信息,2021年8月公布上年度决算信息 |\n|\n", today)
	want := []struct{ title, owner, due string }{
		{"重点围绕散发疫情", "应急处、疾控处", ""},
		{"扎实做好疫苗接种信息公开", "疾控处", ""},
		{"提高新冠肺炎疫情信息发布", "宣传处", "2021-10-31"},
		{"强化行政执法信息公开", "政法处", ""},
		{"积极推进部门所属单位预算", "财务处", "2021-08-31"}, // the later of two months
	}
	if len(n.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d: %q", len(n.Tasks), len(want), owned(n))
	}
	for k, w := range want {
		tk := n.Tasks[k]
		due := ""
		if !tk.Due.IsZero() {
			due = tk.Due.Format("2006-01-02")
		}
		if !strings.HasPrefix(tk.Title, w.title) || strings.Join(tk.Owners, "、") != w.owner || due != w.due {
			t.Errorf("task %s: %q %q due %q, want %q %q due %q", tk.ID, tk.Title, tk.Owners, due, w.title, w.owner, w.due)
		}
		if k > 0 && reviewed(tk, "owners") {
			t.Errorf("task %s: its own units are listed as carried: %+v", tk.ID, tk.Review)
		}
	}
	if hasReview(n.Tasks[4], "due", "相对的年份") {
		t.Errorf("上年度决算 read as a relative year: %+v", n.Tasks[4].Review)
	}
}

// A time limit of a month with 前 (2021年8月前) is read as the end of the
// month before, as the words say; an office may mean the month's end, so
// it is listed. Two sections joined by 会 (会同) are listed.
func TestBeforeMonthAndJoinedByHui(t *testing.T) {
	n := Parse("2021年工作任务分工\n序号 | 工作任务 | 责任处室 | 完成时限 |\n"+
		"1 | 提高疫情信息发布规范化水平 | 宣传处会办公室 | 2021年8月前 |\n"+
		"2 | 做好预算公开 | 财务处 | 2021年9月底前 |\n", today)
	if len(n.Tasks) != 2 {
		t.Fatalf("%d tasks: %q", len(n.Tasks), owned(n))
	}
	k := n.Tasks[0]
	if k.Due.Format("2006-01-02") != "2021-07-31" || !hasReview(k, "due", "2021-08-31") {
		t.Errorf("8月前: due %v, review %+v", k.Due, k.Review)
	}
	if !hasReview(k, "owners", "会同") {
		t.Errorf("宣传处会办公室 not listed: %+v", k.Review)
	}
	if reviewed(n.Tasks[1], "due") || reviewed(n.Tasks[1], "owners") {
		t.Errorf("task 2 listed: %+v", n.Tasks[1].Review)
	}
}

// A bureau's table of points at two levels (工作要求 | 一级要点 | 二级要点 |
// 责任科室) with no 序号: the deepest level's points are the tasks; a row
// leaves out, at its left, the cells merged over it from above, its last
// cells empty instead. Read by position, the row named no task (the
// notice was refused); now its cells stand where they fit, and a cell
// saying who leads and who helps (X牵头,Y配合) is the units'.
func TestLevelPointsTableShortRows(t *testing.T) {
	n := Parse("2022年政务公开工作要点分工方案\n工作要求 | 一级要点 | 二级要点 | 责任科室 |\n"+
		"一、优化政务公开工作基础 | (一)深化行政规章、规范性文件集中公开。 | 1.规范行政法规使用,确保使用的行政法规为现行有效文本。 | 法规科牵头,办公室配合 |\n"+
		"2.摸清本单位规范性文件底数,健全动态更新工作机制。 | 办公室牵头,各科室按职责分工落实 |  |  |\n"+
		"(二)持续推进基层政务公开标准化规范化。 | 3.结合权责清单,持续推动政府信息主动公开目录的动态更新调整。 | 办公室牵头,各科室按职责分工落实 |  |\n", today)
	wantRows(t, "two levels", n, []probeRow{
		{"规范行政法规使用", []string{"法规科", "办公室"}, []string{"法规科"}, nil, "", nil},
		{"摸清本单位规范性文件底数", []string{"办公室", "各科室"}, []string{"办公室"}, nil, "", nil},
		{"结合权责清单", []string{"办公室", "各科室"}, []string{"办公室"}, nil, "", nil},
	})
}

// Units' duty lines under a duties heading with a paragraph between them
// asking all in general (二、工作职责 / 各村党支部…各司其职,…。 / 乡纪委、
// 监察室:负责… / 乡人武部:负责…): the paragraph no longer keeps the run
// from being read, and a line naming two bodies before its colon opens a
// duty as one naming one does.
func TestUnitDutiesAfterGeneralParagraph(t *testing.T) {
	n := Parse("为做好全乡疫情防控工作,结合我乡实际,特制定本方案。\n一、总体要求\n全面贯彻落实上级疫情防控工作部署,确保全乡疫情防控工作有力有序开展。\n二、工作职责\n"+
		"各村党支部、村民委员会、驻乡各单位、乡属各站所要高度重视,在乡党委、政府的统一领导下,进一步明确责任,各司其职,各负其责,加强协调配合,切实肩负起重大疫情防控主体责任。\n"+
		"乡纪委、监察室:负责对防控措施落实情况进行监督检查;对在应急处理工作中不履行职责、失职、渎职、违纪的党组织、事业单位、党员、公务员进行查处。\n"+
		"乡人武部:负责本乡人民武装力量参与疫情处置工作。\n"+
		"乡党政综合办公室:负责协调有关新闻媒体按照统一口径进行报道。\n", today)
	wantOwnersListed(t, n, [][]string{{"乡纪委", "监察室"}, {"乡人武部"}, {"乡党政综合办公室"}})
	if !strings.HasPrefix(n.Tasks[0].Title, "负责对防控措施") {
		t.Errorf("title %q", n.Tasks[0].Title)
	}
}

// An index table written as | rows with a rule under its first row
// (---|---|) and an 附件 | row naming no file: the rule and the row are
// the index's, no title of the notice; a street named as the 发布机构
// (祥符街道) is the issuer.
func TestPipeIndexRuleAndStreetIssuer(t *testing.T) {
	n := Parse("信息索引号 | 00250225-8/2025-33185 | 公开方式 | 主动公开 |\n---|---|---|---|\n发布机构 | 祥符街道 | 公开范围 | 面向全社会 |\n"+
		"备注/文号 | 公开时限 | 长期公开 | |\n附件 |\n关于印发2025年防汛工作任务分工的通知\n各社区:\n"+
		"1.做好汛前隐患排查。(责任单位:平安办)\n2.做好物资储备。(责任单位:应急办)\n", today)
	if n.Title != "关于印发2025年防汛工作任务分工的通知" || n.Issuer != "祥符街道" {
		t.Errorf("title %q issuer %q", n.Title, n.Issuer)
	}
	if got := owned(n); !slices.EqualFunc(got, [][]string{{"平安办"}, {"应急办"}}, slices.Equal) {
		t.Errorf("owners %q", got)
	}
}

// A progress table's row leaving out a middle cell (工作要求, or a merged
// 牵头单位) put 已完成 in the unit column by position, in silence: a
// progress word fits no unit column, the row's cells go where they fit,
// and a placing that is a guess is listed.
func TestProgressRowLeavingOutMiddleCell(t *testing.T) {
	n := Parse("工作任务 | 工作要求 | 牵头单位 | 责任单位 | 落实情况 |\n"+
		"1.加强市场规则标准公开 | 全面落实管理模式,及时做好宣传。 | 市发改委 市商务局 | 各县(市、区)政府 | 已完成 |\n"+
		"2.及时公开建设高标准市场体系行动方案的落实举措 | 市发改委 市市场监管局 | 各县(市、区)政府 | 已完成 | |\n"+
		"3.加强监管执法信息公开 | 加强反垄断与反不正当竞争执法信息公开工作,一视同仁公正监管。 | 各县(市、区)政府 | 已完成 |\n", today)
	if len(n.Tasks) != 3 {
		t.Fatalf("%d tasks: %q", len(n.Tasks), owned(n))
	}
	for _, tk := range n.Tasks {
		if slices.Contains(tk.Owners, "已完成") {
			t.Errorf("task %s: 已完成 read as a unit: %q", tk.ID, tk.Owners)
		}
	}
	if k := n.Tasks[1]; !slices.Equal(k.Lead, []string{"市发改委", "市市场监管局"}) || !slices.Contains(k.Owners, "各县(市、区)政府") {
		t.Errorf("row 2: owners %q lead %q", k.Owners, k.Lead)
	}
	if k := n.Tasks[2]; !slices.Equal(k.Owners, []string{"各县(市、区)政府"}) || !reviewed(k, "lead") {
		t.Errorf("row 3: owners %q lead %q, the guess not listed: %+v", k.Owners, k.Lead, k.Review)
	}
}

// A lead's name and 牵头 run on into those who do the work with no comma
// (县司法局牵头各行政机关负责) is a lead and its helpers, as with one.
func TestLeadRunOnIntoOthers(t *testing.T) {
	n := Parse("2021年政务公开工作要点\n(一)加强重要政府信息公开,强化政令权威发布。(县司法局牵头各行政机关负责)\n(二)做好规章公开。(县司法局牵头,县财政局配合)\n", today)
	if len(n.Tasks) != 2 || !slices.Equal(n.Tasks[0].Owners, []string{"县司法局", "各行政机关"}) || !slices.Equal(n.Tasks[0].Lead, []string{"县司法局"}) {
		t.Errorf("%q", owned(n))
	}
}

// A table whose 具体要求 column numbers the points (工作任务 | 具体要求 |
// 责任部门, 一、做好财政信息公开。 | 1.积极推进… | 财务科 |, then 3.及时反馈…
// | 各科室 | under it): the numbered points are the tasks, the 工作任务
// over them a section's heading, never a task; a section's short name
// (财务科) fits a unit column, not the 具体要求.
func TestNumberedDetailsUnderTaskHeadings(t *testing.T) {
	n := Parse("工作任务 | 具体要求 | 责任部门 |\n一、做好财政信息公开。 | 1.积极推进本中心预算、决算及相关报表公开。 | 财务科 |\n"+
		"二、做好政府网站专栏信息公开。 | 2.及时更新网站频道的各类型概况信息。 | 办公室 |\n3.及时反馈网民对调查征集信息的意见。 | 各科室 | |\n"+
		"4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n", today)
	wantRows(t, "details numbered", n, []probeRow{
		{"积极推进本中心预算", []string{"财务科"}, nil, nil, "", nil},
		{"及时更新网站频道", []string{"办公室"}, nil, nil, "", nil},
		{"及时反馈网民", []string{"各科室"}, nil, nil, "", nil},
		{"及时更新微信公众号", []string{"办公室", "各科室"}, []string{"办公室"}, nil, "", nil},
	})
}

// Items numbered with a full stop for the number's dot (1。推动轨道交通…),
// as a news page sets them, are items: before, the headings over them
// were read as tasks and the items lost.
func TestFullStopItemNumbers(t *testing.T) {
	n := Parse("成都市2021年民生实事工作目标\n\n一、交通出行\n\n1。推动轨道交通加速成网,续建地铁10号线三期。(牵头单位:市住建局)\n\n"+
		"2。打通中心城区“断头路”20条。(牵头单位:市住建局、市交通运输局)\n\n二、市容环境\n\n3。完成城市道路整治提升60条。(牵头单位:市城管委)\n", today)
	want := [][]string{{"市住建局"}, {"市住建局", "市交通运输局"}, {"市城管委"}}
	if got := owned(n); !slices.EqualFunc(got, want, slices.Equal) || !strings.HasPrefix(n.Tasks[0].Title, "推动轨道交通") {
		t.Errorf("owners %q, want %q", got, want)
	}
}

// Header lines as sets 82 and 85 served them: a title with its number in
// square brackets at its head ([天政办发〔2023〕24号]天水市…的通知); a news
// page's 原标题: line under the headline; a number under a list's bullet
// with its label spread (- 文 号:攀办函〔2014〕210号).
func TestHeaderBracketNumberOriginalTitleBulletNumber(t *testing.T) {
	n := Parse("[天政办发〔2023〕24号]天水市人民政府办公室关于印发2023年工作要点的通知\n各县区人民政府:\n现将工作要点印发给你们。\n", today)
	if n.Number != "天政办发〔2023〕24号" || n.Title != "天水市人民政府办公室关于印发2023年工作要点的通知" || n.Issuer != "天水市人民政府办公室" {
		t.Errorf("square brackets: number %q title %q issuer %q", n.Number, n.Title, n.Issuer)
	}
	n = Parse("首页 > 国内新闻 > 正文\n\n省文明委成员单位2019年精神文明建设10件实事项目确定\n\n原标题:省文明委成员单位2019年精神文明建设10件实事项目确定\n\n一、开展志愿服务活动。\n责任单位:省文明办\n", today)
	if n.Title != "省文明委成员单位2019年精神文明建设10件实事项目确定" {
		t.Errorf("原标题: title %q", n.Title)
	}
	n = Parse("攀枝花市人民政府办公室关于建立市殡葬改革工作联席会议制度的通知\nwww.panzhihua.gov.cn 发布时间:2014-12-15 来源:攀枝花市人民政府办公室 选择阅读字号:[ 大 中 小 ] 阅读次数:\n"+
		"- 索 引 号 :008320033/2015-00063\n- 发布机构:攀枝花市人民政府办公室\n- 成文日期:2014-12-15\n- 发布日期:2014-12-15\n- 文 号:攀办函〔2014〕210号\n各县(区)政府,市级有关部门:\n现将有关事项通知如下。\n", today)
	if n.Number != "攀办函〔2014〕210号" {
		t.Errorf("bullet number: %q", n.Number)
	}
}

// A collective joined with a body of one level's own (各县(区)政府、市直园区
// 管委会) is one name, as the corpus reads it; two readers of one notice
// took it for one collective and for two kinds of body: it is listed.
func TestCollectiveJoinedWithDirectBodyListed(t *testing.T) {
	n := Parse("|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n|\n1\n|\n完善城市管理体制\n|\n市委编办、市住建局\n|\n2016年6月底前\n|\n|\n"+
		"2\n|\n完善城市工作机制\n|\n市住建局、各县(区)政府、市直园区管委会\n|\n2016年6月底前\n|\n|\n", today)
	if len(n.Tasks) != 2 || !slices.Contains(n.Tasks[1].Owners, "各县(区)政府、市直园区管委会") || !hasReview(n.Tasks[1], "owners", "集合名称") {
		t.Errorf("%q %+v", owned(n), n.Tasks)
	}
	if reviewed(n.Tasks[0], "owners") {
		t.Errorf("task 1 listed: %+v", n.Tasks[0].Review)
	}
}

// A | table whose rows give their section's and sub-section's headings
// in cells before their number on the first row only (一、以公开助力… |
// (一)加强涉及市场主体的信息公开。 | 1 | 进一步增强… | 市政府… | 持续推进 |),
// the number in the 工作任务 cell and the work in the 具体要求 one: the
// headings are headings, the numbered work the task. Before, the
// sub-section's heading was read as a task in silence.
func TestHeadingCellsBeforeRowNumber(t *testing.T) {
	n := Parse("2022年政务公开任务分解责任清单\n工作任务 | 具体要求 | 责任单位 | 时限要求 | ||\n"+
		"一、以公开助力经济平稳健康发展。 | (一)加强涉及市场主体的信息公开。 | 1 | 进一步增强政策文件制定实施的透明度与可预期性。 | 市发改委 | 2022年12月底前 |\n"+
		"2 | 开设行业帮扶政策公开专题,加大帮扶政策与解读的公开力度。 | 市商务局 | 2022年10月底前 | ||\n", today)
	if len(n.Tasks) != 2 || !strings.HasPrefix(n.Tasks[0].Title, "进一步增强政策文件") || !strings.HasPrefix(n.Tasks[1].Title, "开设行业帮扶政策") {
		t.Fatalf("%d tasks: %q", len(n.Tasks), owned(n))
	}
	if got := owned(n); !slices.EqualFunc(got, [][]string{{"市发改委"}, {"市商务局"}}, slices.Equal) || n.Tasks[0].Due.Format("2006-01-02") != "2022-12-31" {
		t.Errorf("owners %q due %v", got, n.Tasks[0].Due)
	}
}

// A heading numbered 2.1.2 over members' duties each under its number and
// its unit's name ((1)市委宣传部:负责…): the sub-items name their owners,
// as a bracket would, and are the tasks. Before, the notice was refused.
func TestParenMemberDutiesUnderDecimalHeading(t *testing.T) {
	n := Parse("各县(市、区)政府(管委会)相应成立应急指挥部及其办公室。\n2.1.2 成员单位职责\n(1)市委宣传部:负责把握好应急处理工作的正确舆论导向和宣传报道。\n"+
		"(2)市发展和改革局:负责组织和管理粮食储备,协调做好粮食市场供应。\n(3)市教育局:负责学校、托幼机构突发公共卫生事件控制措施的组织实施。\n", today)
	wantOwnersListed(t, n, [][]string{{"市委宣传部"}, {"市发展和改革局"}, {"市教育局"}})
}
