package notice

import (
	"strconv"
	"strings"
	"testing"
)

// One excerpt per way published notices write a task's responsibility,
// each read as the corpus conventions (testdata/real/README.md) read it:
// owners, lead, leaders, due, and the fields listed for review.
func TestResponsibilityPatterns(t *testing.T) {
	cases := []struct {
		name, text                 string
		owners, lead, leaders, due string
		review                     string // fields listed for review, in order
	}{
		{"X牵头落实: a usual word after 牵头", "2023年方案\n1.推进项目。（省发展改革委牵头落实）\n", "省发展改革委", "省发展改革委", "", "", ""},
		{"X牵头 with an unusual word after it: read, listed", "2023年方案\n1.推进项目。（省发展改革委牵头卖力）\n", "省发展改革委", "省发展改革委", "", "", "owners|lead"},
		{"按职责分工 with an unusual word after it: read, listed", "2023年方案\n1.推进项目。（省交通运输厅、水利厅按职责分工卖力）\n", "省交通运输厅|水利厅", "", "", "", "owners|lead"},
		{"按职责分工推进", "2023年方案\n1.推进项目。（省交通运输厅、省水利厅按职责分工推进）\n", "省交通运输厅|省水利厅", "", "", "", ""},
		{"等省有关部门 is an open tail", "2023年方案\n1.推进项目。（省发展改革委、省能源局等省有关部门和各地级以上市人民政府按职责分工负责）\n",
			"省发展改革委|省能源局|各地级以上市人民政府", "", "", "", "owners"},
		{"会同 names no lead", "2020年要点\n1.建立联席会议制度。（市发展改革委会同市财政局负责）\n",
			"市发展改革委|市财政局", "", "", "", ""},
		{"X牵头负责", "2020年要点\n1.推进改革。（市委改革办牵头负责）\n", "市委改革办", "市委改革办", "", "", ""},
		{"X牵头，Y、Z配合", "2020年要点\n1.推进改革。（市委改革办牵头，市发展改革委、市财政局配合）\n",
			"市委改革办|市发展改革委|市财政局", "市委改革办", "", "", ""},
		{"由X负责", "2020年要点\n1.推进改革。（由市委改革办负责）\n", "市委改革办", "", "", "", ""},
		{"【责任单位：…】", "2020年要点\n1.推进改革。【责任单位：市教育局、市财政局】\n", "市教育局|市财政局", "", "", "", ""},
		{"〔责任单位：…〕", "2020年要点\n1.推进改革。〔责任单位：市教育局〕\n", "市教育局", "", "", "", ""},
		{"（责任科室：…）", "2020年要点\n1.规范药品采购。（责任科室：药政科、财务科）\n", "药政科|财务科", "", "", "", ""},
		{"责任处室 line", "2020年要点\n1.规范药品采购。\n责任处室：药政处、规划处\n", "药政处|规划处", "", "", "", ""},
		{"责任部门 line", "2020年要点\n1.规范药品采购。\n责任部门：县卫健局\n", "县卫健局", "", "", "", ""},
		{"承办单位 line", "2020年要点\n1.规范药品采购。\n承办单位：县卫健局\n", "县卫健局", "", "", "", ""},
		{"主办/协办", "2020年要点\n1.办好民生实事。（主办：县民政局；协办：县财政局、县卫健局）\n",
			"县民政局|县财政局|县卫健局", "县民政局", "", "", ""},
		{"牵头领导 and 分管领导", "2020年要点\n1.办好民生实事。\n牵头领导：副县长张三\n分管领导：李四、王五同志\n责任单位：县民政局\n",
			"县民政局", "", "副县长张三|李四|王五", "", ""},
		{"等有关部门", "2020年要点\n1.办好民生实事。（县民政局、县财政局等有关部门负责）\n", "县民政局|县财政局", "", "", "", "owners"},
		{"各有关单位", "2020年要点\n1.办好民生实事。（县民政局牵头，各有关单位配合）\n", "县民政局", "县民政局", "", "", "owners"},
		{"a group named by its members' meeting", "2015年意见\n1.稳定就业。（牵头单位：省发展改革委；责任单位：省就业工作联席会议成员单位，各市〔州〕人民政府）\n",
			"省发展改革委|省就业工作联席会议成员单位|各市〔州〕人民政府", "省发展改革委", "", "", "owners"},
		{"first-listed rule", "2020年要点\n1.减税降费。（财政部、税务总局、海关总署负责，排在第一位的部门为牵头部门，下同）\n2.稳定就业。（人力资源社会保障部、教育部负责）\n",
			"人力资源社会保障部|教育部", "人力资源社会保障部", "", "", ""},
		{"a rule in the brackets after the names, carried to the next item", "2019年要点\n1.完善机制。\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n2.落实政策。\n责任单位:市建设局\n",
			"市建设局", "市建设局", "", "", ""},
		{"the rule in full-width brackets inside a label", "2019年要点\n1.完善机制。\n责任单位：市发改委、市财政局（排在前面的为牵头单位）\n",
			"市发改委|市财政局", "市发改委", "", "", ""},
		{"a lead mark kept beside a rule", "2019年要点\n1.完善机制。（市发改委（牵头，下同）、市财政局负责）\n",
			"市发改委|市财政局", "市发改委", "", "", ""},
		{"the rule in 【】 at the item's end, carried", "2020年要点\n1.推进改革。【市发改委、市财政局负责，第一位为牵头单位，下同】\n2.稳定就业。【市人社局、市教育局负责】\n",
			"市人社局|市教育局", "市人社局", "", "", ""},
		{"the rule in [] after a label's names, carried", "2020年要点\n1.推进改革。\n责任单位：市发改委、市财政局[排在首位的为牵头单位，下同]\n2.稳定就业。\n责任单位：市人社局、市教育局\n",
			"市人社局|市教育局", "市人社局", "", "", ""},
		{"X为牵头单位", "2020年要点\n1.推进改革。（市发改委为牵头单位，市财政局配合）\n", "市发改委|市财政局", "市发改委", "", "", ""},
		{"牵头单位为X", "2020年要点\n1.推进改革。（牵头单位为市发改委，配合单位为市财政局）\n", "市发改委|市财政局", "市发改委", "", "", ""},
		{"X〔牵头〕 in a list", "2020年要点\n1.推进改革。（市发改委〔牵头〕、市财政局负责）\n", "市发改委|市财政局", "市发改委", "", "", ""},
		{"a note under the list states the first-listed rule", "2020年要点\n1.推进改革。（市发改委、市财政局负责）\n2.稳定就业。（市人社局、市教育局负责）\n注：排在第一位的为牵头单位。\n",
			"市人社局|市教育局", "市人社局", "", "", ""},
		{"a note under a flattened table", "2020年要点\n序号\n工作任务\n责任单位\n1\n推进改革\n市发改委、市财政局\n注：责任单位中排在第一位的为牵头单位。\n",
			"市发改委|市财政局", "市发改委", "", "", ""},
		{"列第一位者 in a preamble", "2020年要点\n各项任务中列第一位者为牵头单位。\n1.稳定就业。（县人社局、县教育局负责）\n",
			"县人社局|县教育局", "县人社局", "", "", ""},
		{"以下……不再单独列出", "2020年要点\n一、稳就业\n（以下各项任务均需各县（市、区）人民政府负责落实，不再单独列出）\n1.稳定就业。（市人社局负责）\n",
			"市人社局|各县（市、区）人民政府", "", "", "", "owners"},
		{"a bracket of units, then a time limit on the same line", "2021年方案\n1.加强监管。（县市场监管局负责）\n2.完成村级换届选举工作。（县委组织部、县民政局负责）完成时限：2021年6月30日前完成选举，9月底前完成建档\n",
			"县委组织部|县民政局", "", "", "2021-09-30", ""},
		{"下同 after an item's units: the next item that names none has them, listed", "2021年方案\n1.发展特色农业。（县农业农村局牵头，县卫生健康局、各镇配合，下同）\n2.推进农村人居环境整治。\n",
			"县农业农村局|县卫生健康局|各镇", "县农业农村局", "", "", "owners"},
		{"下同 carries nothing to an item that names its own units", "2021年方案\n1.发展特色农业。（县农业农村局牵头，县卫生健康局配合，下同）\n2.加强质量监管。（县市场监管局负责）\n",
			"县市场监管局", "", "", "", ""},
		{"分别牵头: every unit named leads", "2023年分解\n1.城乡居民收入增速保持领先。\n责任单位：市人力社保局、市农业农村局分别牵头\n",
			"市人力社保局|市农业农村局", "市人力社保局|市农业农村局", "", "", ""},
		{"a rule with its exception, in brackets after the names", "2023年分解\n1.固定资产投资增长10%。\n责任单位：市发改委、市经信局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n2.社会消费品零售总额增长5%。\n责任单位：市商务局、市经信局\n",
			"市商务局|市经信局", "市商务局", "", "", ""},
		{"a unit's heading over items that name no owner", "2025年清单\n一、县示范区管委会牵头工作（8项）\n1.投资建设养殖基地。\n2.打造食用菌酵素生产基地。\n",
			"县示范区管委会", "县示范区管委会", "", "", "owners"},
		{"a unit's heading over items that name their own: no lead, listed", "2025年清单\n一、县示范区管委会牵头工作（8项）\n1.打造食用菌酵素生产基地。（县农业农村局负责）\n",
			"县农业农村局", "", "", "", "lead"},
		{"a person's heading over items: their leader, listed", "2023年分解\n一、朱伟县长牵头重点工作\n1.财政收入与经济增长基本同步。\n责任单位：县财政局。\n",
			"县财政局", "", "朱伟县长", "", "leaders"},
		{"a 责任科室 column, header cells broken over two lines (责任 / 科室, 攻坚目标 / 任务)", "某镇2024年度重点工作计划执行情况\n序号\n重点工作\n责任\n领导\n责任\n科室\n攻坚目标\n任务\n1\n白仙山水库工程政策处理\n欧乾震\n白仙山水库工程政策处理工作领导小组\n完成项目政策处理工作。\n",
			"白仙山水库工程政策处理工作领导小组", "", "欧乾震", "", ""},
		{"a long 协同配合单位 cell ending in 。, with a collective of two place kinds", "某局2025年重点工作任务分解表\n序号\n重点工作任务\n主要责任单位\n协同配合单位\n3\n固定资产投资增长7.5%左右。\n区发改委\n区工信局、区住建局、区交通局、区水利局、区农业农村局、区教育局、区卫健委,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。\n",
			"区发改委|区工信局|区住建局|区交通局|区水利局|区农业农村局|区教育局|区卫健委|各乡镇人民政府、街道办事处|谯城经开区管委会|魏武国控集团", "", "", "", ""},
		{"one name with its 。 in a table's unit cell", "某局2025年重点工作任务分解表\n序号\n重点工作任务\n主要责任单位\n协同配合单位\n69\n深化与海亮集团合作,积极引进优质教育资源。\n区教育局\n区投资促进中心。\n",
			"区教育局|区投资促进中心", "", "", "", ""},
		{"a heading naming who 主抓 its items", "2020年分解\n一、王纲市长主抓重点工作\n1.坚定不移支持企业发展。\n责任单位:市经信局、市财政局(列第一位者为工作牵头单位或汇总单位,下同)\n",
			"市经信局|市财政局", "市经信局", "王纲市长", "", "leaders"},
		{"shared prefix", "2019年要点\n1.抓好培训。（市县党委组织部、宣传部、党校负责）\n", "市县党委组织部|市县党委宣传部|市县党委党校", "", "", "", ""},
		{"national bodies", "2019年要点\n1.优化通关。（市场监管总局、海关总署负责）\n", "市场监管总局|海关总署", "", "", "", ""},
		{"全年 as a limit", "2020年要点\n1.办好民生实事。\n责任单位：县民政局\n完成时限：全年\n", "县民政局", "", "", "", "due"},
		{"长期坚持 in the bracket", "2020年要点\n1.办好民生实事。（县民政局负责，长期坚持）\n", "县民政局", "", "", "", "due"},
		{"a span is no deadline", "2020年要点\n1.开展专项整治。（县公安局负责，2020年1月1日至12月31日）\n", "县公安局", "", "", "", "due"},
		{"a start is no deadline", "2020年要点\n1.实施新标准。（县财政局负责，2020年5月1日起实施）\n", "县财政局", "", "", "", ""},
		{"a deadline in the bracket", "2020年要点\n1.出台实施办法。（县财政局负责，2020年6月底前完成）\n", "县财政局", "", "", "2020-06-30", ""},
		{"last date of the phrase", "2020年要点\n1.建设养老院。6月底前完成方案，12月底前全面完成。（县民政局负责）\n", "县民政局", "", "", "2020-12-31", ""},
		{"two posts of one person", "2020年要点\n1.办好民生实事。\n责任领导：市委常委、常务副市长 张三，副市长李四\n牵头责任单位：市民政局\n",
			"市民政局", "市民政局", "市委常委、常务副市长 张三|副市长李四", "", ""},
		{"padded names run together", "2024年任务\n1.办好民生实事。\n分管县领导：陆 明俞 悦\n责任单位：县教育局\n",
			"县教育局", "", "陆 明|俞 悦", "", "leaders"},
		{"a person named as 责任人", "2024年任务\n1.办好民生实事。\n责任单位：县教育局\n责任人：孟跟东\n",
			"县教育局", "", "孟跟东", "", "leaders"},
		{"names run together", "2024年任务\n1.办好民生实事。\n配合单位：区商务局区教育局、各镇街、开发区\n",
			"区商务局|区教育局|各镇街|开发区", "", "", "", "owners|owners"},
		{"a joint office is one name", "2024年任务\n1.办好民生实事。\n责任单位：区委区政府督查室、市政府办公室\n",
			"区委区政府督查室|市政府办公室", "", "", "", ""},
		{"持续实施", "2020年要点\n1.办好民生实事。\n责任单位：县民政局\n完成时限：持续实施\n", "县民政局", "", "", "", "due"},
		{"明年 in a time limit counts from the notice's year, listed", "2020年要点\n1.办好民生实事。\n责任单位：县民政局\n完成时限：明年6月底前\n", "县民政局", "", "", "2021-06-30", "due"},
		{"明年年底 in the text, listed", "2022年要点\n1.建设产业园，确保明年7月份建成、明年年底满园运营。[责任单位:区招商服务中心]\n", "区招商服务中心", "", "", "2023-12-31", "due"},
		{"明年底 and 今年 in the text, listed", "2022年要点\n1.建设产业园，今年9月底前开工，明年底建成。（区招商服务中心负责）\n", "区招商服务中心", "", "", "2023-12-31", "due|due"},
		{"明年 with no year anywhere", "要点\n1.办好民生实事。\n责任单位：县民政局\n完成时限：明年6月底前\n", "县民政局", "", "", "", "due"},
		{"a plan for next year issued in December: 年底前 is the plan's year", "某区人民政府办公室关于印发2023年重点任务的通知\n各街道：\n现印发给你们。\n某区人民政府办公室\n2022年12月27日\n2023年重点任务\n1.年底前建成养老院。（区民政局负责）\n",
			"区民政局", "", "", "2023-12-31", ""},
		{"部门分工 with X牵头, Y配合", "2021年方案\n1.地区生产总值增长6%以上。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,省统计局配合。\n",
			"省发展改革委|省统计局", "省发展改革委", "林克庆", "", ""},
		{"collectives that name no level (各地、各部门)", "2021年方案\n1.稳定就业。\n部门分工:省人力资源社会保障厅牵头,各地、各部门配合。\n",
			"省人力资源社会保障厅|各地|各部门", "省人力资源社会保障厅", "", "", "owners"},
		{"a leader named by role keeps 领导同志", "2023年方案\n1.地区生产总值增长5%以上。\n牵头领导:省政府分管领导同志\n牵头单位:省发展改革委\n",
			"省发展改革委", "省发展改革委", "省政府分管领导同志", "", "leaders"},
		{"no year anywhere", "要点\n1.开展督查。年底前完成。（县督查室负责）\n", "县督查室", "", "", "", "due"},
		{"由X会同Y等部门负责落实 closing the item", "2014年分工\n一、工作分工\n（一）关于稳定粮食生产的问题，由发展改革委会同农业部等部门负责落实。\n",
			"发展改革委|农业部", "", "", "", "owners"},
		{"由X会同Y研究提出落实意见 closing the item", "2014年分工\n一、工作分工\n（一）关于耕地保护的问题，由国土资源部会同农业部研究提出落实意见。\n",
			"国土资源部|农业部", "", "", "", ""},
		{"a unit's name broken over two PDF lines after its label", "2019年分解方案\n一、加强党建\n1.完善街道党工委的领导体制机制，优\n化决策程序。\n牵头单位:区委组织部\n协办单位:区委编办、区民政局(区委社会工委)、园区党工\n委、各街道党工委\n",
			"区委组织部|区委编办|区民政局(区委社会工委)|园区党工委|各街道党工委", "区委组织部", "", "", ""},
		{"a time limit closing the bracket after the names", "2020年计划\n一、提升效能\n1.加大简政放权力度。（牵头单位：州行政审批服务局；责任单位：州司法局，各县市人民政府，6月底完成）\n",
			"州行政审批服务局|州司法局|各县市人民政府", "州行政审批服务局", "", "2020-06-30", ""},
		{"pinyin readings a mirror glued after characters", "州政發(fā)〔2020〕5號\n2020年計劃\n一、提升效能\n1.加大簡政放權力度。（牽頭單位:州行政審批服務局;責任單位:湘西經(jīng)開區(qū)管委會,6月底完成）\n",
			"州行政審批服務局|湘西經開區管委會", "州行政審批服務局", "", "2020-06-30", ""},
		{"labels run on after the item's sentence", "2018年分解\n一、打好攻坚战\n1、规范政府举债行为。牵头单位:省财政厅;责任单位:省发改委、湖北银监局等,各市州政府。\n",
			"省财政厅|省发改委|湖北银监局|各市州政府", "省财政厅", "", "", "owners"},
		{"a notice served as one line: labels after spaces, a first-listed rule carried on the same line",
			"各镇人民政府,县政府各部门: 《责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。请各级各部门高度重视,加强组织领导,明确具体任务,细化工作方案,确保按时完成既定的目标任务。 海盐县人民政府办公室 2022年4月18日 (此件公开发布) 2022年重点工作责任分解 一、重点工作 1.全县生产总值增长7.5%左右。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局 2.降低行政运行成本。 责任单位:县财政局、县审计局\n",
			"县财政局|县审计局", "县财政局", "", "", ""},
		{"各直属单位 names no level", "2021年分解\n一、主要目标\n1.地区生产总值增长8.5%左右。\n牵头责任单位:市发展和改革委员会。\n协同责任单位:市政府各部门、各直属单位。\n",
			"市发展和改革委员会|市政府各部门|市政府各直属单位", "市发展和改革委员会", "", "", "owners"},
		{"a 各… after 省政府各部门 shares its body", "分解\n一、主要目标\n1.全省生产总值增长7%以上。\n牵头责任单位:省发展改革委。\n协同责任单位:省政府各部门、各直属机构。\n",
			"省发展改革委|省政府各部门|省政府各直属机构", "省发展改革委", "", "", "owners"},
		{"各单位 after 县政府各部门 is not taken for the county government's", "分解\n一、主要目标\n1.地区生产总值增长8%。\n责任单位:县发改局、县政府各部门、各单位。\n",
			"县发改局|县政府各部门|各单位", "", "", "", "owners"},
		{"各县区政府 after 市政府各部门 keeps its own level", "分解\n一、主要目标\n1.地区生产总值增长8%。\n责任单位:市发改委、市政府各部门、各县区政府。\n",
			"市发改委|市政府各部门|各县区政府", "", "", "", ""},
		{"数据提供单位 names an owner, not a lead", "2022年分解方案\n一、主要预期目标\n1.地区生产总值增长7%左右。(牵头单位:市发改委;数据提供单位:市统计局)\n",
			"市发改委|市统计局", "市发改委", "", "", ""},
		{"数据提供单位 after 牵头领导 and 牵头单位 apart by commas", "2019年分解方案\n一、主要预期目标\n(一) 社会消费品零售总额增长9%。(牵头领导:刘筱柳,牵头单位:市商务局,数据提供单位:市统计局)\n",
			"市商务局|市统计局", "市商务局", "刘筱柳", "", ""},
		{"a label no rule knows: its units are owners, listed", "2022年分解方案\n一、主要预期目标\n1.空气质量优良天数比例达到85%。(牵头单位:市生态环境局;监测单位:市环境监测站)\n",
			"市生态环境局|市环境监测站", "市生态环境局", "", "", "owners"},
		{"items numbered with a small full stop (1﹒)", "2021年重点工作\n一、确保完成全年主要预期目标\n1﹒全省生产总值增长8%。\n牵头负责领导:邓向阳。\n牵头责任单位:省发展改革委。\n",
			"省发展改革委", "省发展改革委", "邓向阳", "", ""},
		{"a heading naming a person by a post other than 长 (党组成员)", "2024年责任分解\n二、张盈军区政府党组成员牵头重点工作\n1.推动临空经济示范区建设。\n责任单位:临空航空口岸局\n",
			"临空航空口岸局", "", "张盈军区政府党组成员", "", "leaders"},
		{"units one a line in a table's one unit column are no guess", "2016年民生实事\n序号\n民生实事\n责任单位\n完成时限\n1\n启动建设综合治理工程。\n县水务局\n县住建局\n县护城河指挥部\n12月底前\n",
			"县水务局|县住建局|县护城河指挥部", "", "", "2016-12-31", ""},
		{"a 民生实事 column, a row with a second line of work under its number", "2016年民生实事\n序号\n民生实事\n责任单位\n完成时限\n1\n新建人行天桥。\n县住建局\n9月投入使用\n2\n开工建设县老年养护楼。\n县民政局\n5月底前动工\n开工建设老年大学。\n12月底前\n",
			"县民政局", "", "", "2016-12-31", "due"},
		{"N年内 is a span of years, no deadline", "2012年意见\n2.紧缺人才开发项目。5年内市、区（县级市）两级重点引进1万名紧缺人才。（牵头单位：市发展改革委，配合单位：市委组织部，各区、县级市）\n",
			"市发展改革委|市委组织部|各区、县级市", "市发展改革委", "", "", ""},
		{"三年内 is a span of years too", "2012年意见\n1.培养人才。三年内培养100名名校长。（市教育局负责）\n", "市教育局", "", "", "", ""},
		{"年内 alone in the text is the due, listed", "2012年意见\n1.培养人才。年内培养100名名校长。（市教育局负责）\n", "市教育局", "", "", "2012-12-31", "due"},
		{"各有关区、县级市 is one collective, listed", "2012年意见\n1.培养农民。（牵头单位：市农业局，配合单位：市科协，各有关区、县级市）\n",
			"市农业局|市科协|各有关区、县级市", "市农业局", "", "", "owners"},
		{"a label line no rule knows under a known one: its units are owners, listed", "2021年任务分解\n4.创建国家卫生县城。\n牵头责任单位:县卫健委\n主要协作单位:各乡镇人民政府、经济开发区管委会\n",
			"县卫健委|各乡镇人民政府|经济开发区管委会", "县卫健委", "", "", "owners"},
		{"X落实属地管理责任 names X", "2021年工作要点\n1.开展宣传教育。（县应急管理局牵头，各乡镇（园区）落实属地管理责任）\n",
			"县应急管理局|各乡镇（园区）", "县应急管理局", "", "", ""},
		{"有关直属单位 names no one in particular", "2021年任务分解\n4.创建国家卫生县城。（县卫健委牵头，县政府有关部门、有关直属单位配合）\n",
			"县卫健委", "县卫健委", "", "", "owners"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := Parse(c.text, today)
			if len(n.Tasks) == 0 {
				t.Fatalf("%d tasks: %+v", len(n.Tasks), n.Tasks)
			}
			k := n.Tasks[len(n.Tasks)-1]
			due := ""
			if !k.Due.IsZero() {
				due = k.Due.Format("2006-01-02")
			}
			var review []string
			for _, r := range k.Review {
				review = append(review, r.Field)
			}
			got := []string{strings.Join(k.Owners, "|"), strings.Join(k.Lead, "|"), strings.Join(k.Leaders, "|"), due, strings.Join(review, "|")}
			want := []string{c.owners, c.lead, c.leaders, c.due, c.review}
			if strings.Join(got, " / ") != strings.Join(want, " / ") {
				t.Errorf("owners / lead / leaders / due / review\n got  %s\n want %s", strings.Join(got, " / "), strings.Join(want, " / "))
			}
		})
	}
}

// A time limit with several dates is due at the last; the steps before
// it are milestones, none dropped (walk 3, #2).
func TestSeveralDatesInATimeLimit(t *testing.T) {
	n := Parse("2021年方案\n1.加强监管。（县市场监管局负责）\n2.完成村级换届选举工作。\n完成时限：2021年6月30日前完成选举，9月底前完成建档\n", today)
	k := n.Tasks[len(n.Tasks)-1]
	if got := k.Due.Format("2006-01-02"); got != "2021-09-30" {
		t.Errorf("due %s, want 2021-09-30", got)
	}
	if len(k.Milestones) != 1 || k.Milestones[0].Due.Format("2006-01-02") != "2021-06-30" || k.Milestones[0].Text != "完成选举" {
		t.Errorf("milestones %+v, want 2021-06-30 完成选举", k.Milestones)
	}
}

// A notice that says exactly when progress is reported gives plan.yaml its
// periods; one that says it in a way the import cannot set as dates has
// it listed for review (walk 3, #3). Sentences that only speak of a report
// or a brief are no schedule.
func TestSchedulePeriods(t *testing.T) {
	items := "\n一、推进换届\n1.完成换届选举。（县委组织部负责）\n2.发展特色农业。（县农业农村局负责）\n"
	for _, c := range []struct {
		text    string
		periods string // id start end due; …
		check   string // the start of the check listed, "" for none
	}{
		{"2021年方案\n请各牵头单位每季度结束后10日内将进展情况报送县政府督查室。" + items,
			"2021Q1 2021-01-01 2021-03-31 2021-04-10; 2021Q2 2021-04-01 2021-06-30 2021-07-10; 2021Q3 2021-07-01 2021-09-30 2021-10-10; 2021Q4 2021-10-01 2021-12-31 2022-01-10", ""},
		{"2021年方案\n各单位每季度末25日前报送工作进展。" + items,
			"2021Q1 2021-01-01 2021-03-25 2021-03-25; 2021Q2 2021-03-26 2021-06-25 2021-06-25; 2021Q3 2021-06-26 2021-09-25 2021-09-25; 2021Q4 2021-09-26 2021-12-25 2021-12-25", ""},
		{"2024年方案\n從2024年第二季度起，各牽頭單位要在每個季度第1個月20日前，將責任事項完成情況報市人民政府督查室。" + items,
			"2024Q1 2024-01-01 2024-03-31 2024-04-20; 2024Q2 2024-04-01 2024-06-30 2024-07-20; 2024Q3 2024-07-01 2024-09-30 2024-10-20; 2024Q4 2024-10-01 2024-12-31 2025-01-20", ""},
		{"2021年方案\n各單位于每月28日前將進展情況報送市政府督考辦。\n一、推進換屆\n1.完成換屆選舉。（縣委組織部負責）\n",
			"2021-01 2021-01-01 2021-01-28 2021-01-28; 2021-02 2021-01-29 2021-02-28 2021-02-28; 2021-03 2021-03-01 2021-03-28 2021-03-28", ""},
		{"2021年方案\n请于每月5日前报送上月工作进展。" + items,
			"2021-01 2021-01-01 2021-01-31 2021-02-05; 2021-02 2021-02-01 2021-02-28 2021-03-05", ""},
		{"2021年方案\n各牵头单位每半年报送一次进展情况。" + items,
			"2021H1 2021-01-01 2021-06-30 2021-07-05; 2021H2 2021-07-01 2021-12-31 2022-01-05", "通知第 2 行写有报送要求“各牵头单位每半年报送一次进展情况”，但没有写明报送日"},
		{"2021年方案\n请各单位于每季度结束后5个工作日内报送进展。" + items,
			"2021Q1 2021-01-01 2021-03-31 2021-04-05", "通知第 2 行写有报送要求“请各单位于每季度结束后5个工作日内报送进展”：plan.yaml 的报送期次没有照此填写"},
		{"2021年方案\n确保《政府工作报告》各项任务每季度有进展，上半年落实情况另行通报。" + items,
			"2021Q1 2021-01-01 2021-03-31 2021-04-05", ""},
	} {
		n := Parse(c.text, today)
		var got []string
		for _, p := range n.Periods() {
			got = append(got, p.ID+" "+p.Start.Format("2006-01-02")+" "+p.End.Format("2006-01-02")+" "+p.Due.Format("2006-01-02"))
		}
		if g := strings.Join(got, "; "); !strings.HasPrefix(g, c.periods) {
			t.Errorf("%q: periods\n got  %s\n want %s…", strings.SplitN(c.text, "\n", 3)[1], g, c.periods)
		}
		check := ""
		for _, k := range n.PlanChecks() {
			if strings.Contains(k.Zh, "报送要求") {
				check = k.Zh
			}
		}
		if c.check == "" && check != "" || c.check != "" && !strings.HasPrefix(check, c.check) {
			t.Errorf("%q: check\n got  %q\n want %q…", strings.SplitN(c.text, "\n", 3)[1], check, c.check)
		}
	}
}

// An item that only states the targets and names no one (1.目标。2012年起5
// 年内……) is no task; its text is kept among the lines not placed.
func TestTargetsItemIsNoTask(t *testing.T) {
	n := Parse("2012年意见\n一、总体目标\n1.目标。2012年起5年内，人才资源总量达到320万名左右。\n二、重点项目\n2.紧缺人才开发项目。重点引进紧缺人才。（牵头单位：市发展改革委）\n", today)
	if len(n.Tasks) != 1 || n.Tasks[0].Title != "紧缺人才开发项目" || n.Tasks[0].ID != "02" {
		t.Fatalf("tasks %+v, want only item 2", n.Tasks)
	}
	found := false
	for _, l := range n.Unplaced {
		found = found || strings.HasPrefix(l.Text, "目标。2012年起5年内")
	}
	if !found {
		t.Errorf("the targets item is not among the lines not placed: %+v", n.Unplaced)
	}
	// A 目标 item that names who is responsible stays a task.
	n = Parse("2012年意见\n1.目标。人才资源总量达到320万名左右。（市人社局负责）\n", today)
	if len(n.Tasks) != 1 {
		t.Errorf("tasks %+v, want the 目标 item that names its owner", n.Tasks)
	}
}

// A notice served as one line whose title runs on into the preamble with
// a full stop: the title is read, and the items after it still are.
func TestTitleRunOnIntoPreamble(t *testing.T) {
	text := "关于支持“双招双引”的十条意见。为落实市委、市政府的部署，完善人才政策，促进招商引资和招才引智实效，结合本市实际，现提出以下意见。" +
		"1.对来本市创新创业的高层次创新创业团队，经认定，再给予 100 万元用于科学研究。责任单位：市委组织部、市科技局。" +
		"2.对实际投资 2 亿元以上的招商项目，当年度投资（使用自有资金，下同）到位 5000 万元，给予人才指标 1名。责任单位：市发改委、市财政局。\n"
	n := Parse(text, today)
	if n.Title != "关于支持“双招双引”的十条意见" {
		t.Errorf("title %q", n.Title)
	}
	if len(n.Tasks) != 2 || strings.Join(n.Tasks[1].Owners, "|") != "市发改委|市财政局" {
		t.Errorf("tasks %+v", n.Tasks)
	}
	// A short line that only says the title with a full stop after it is
	// not cut.
	if got := lostBreaks("关于支持的意见。"); got != "关于支持的意见。" {
		t.Errorf("lostBreaks cut a line that holds nothing after the title: %q", got)
	}
}

// A numbered sub-item that comes after the bracket closing an item and
// names no one is not run into the item's text: it would hide the bracket
// and the item would lose its owners (held-out round 10, a page quoting
// excerpts: 2.…（责任部门：…） then （99）…). It is kept in the item's body
// and listed for review.
func TestSubItemAfterClosingBracket(t *testing.T) {
	text := "1.完善综合竣工验收制度。结合不同类型项目特点，精简办事流程。（责任部门：市水务局、市气象局）\n" +
		"（99）深化示范区行政执法协同，创新案件信息互通等\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	got := n.Tasks[0]
	if strings.Join(got.Owners, "|") != "市水务局|市气象局" {
		t.Errorf("owners %q", got.Owners)
	}
	if !strings.Contains(got.Body, "深化示范区行政执法协同") {
		t.Errorf("the sub-item's text was lost: body %q", got.Body)
	}
	listed := false
	for _, r := range got.Review {
		listed = listed || r.Field == "owners" && r.Line == 2
	}
	if !listed {
		t.Errorf("the sub-item is not listed for review: %+v", got.Review)
	}
}

// A section heading that closes with its own bracket of owners never
// leaves them unused (held-out round 10: （八）…（责任单位：…） over an item 2.
// with owners of its own). Over items that name their own, the heading is
// a task of its own, listed for review; over items that name none, they take
// its owners, listed for review.
func TestHeadingWithItsOwnOwners(t *testing.T) {
	text := "五、继续夯实工作基础\n" +
		"（八）提升涉案信息查询便利度。各相关部门支持管理人查询破产企业信息。（责任单位：市高院、市公安局）\n" +
		"2.完善综合竣工验收制度。精简办事流程。（责任部门：市水务局、市气象局）\n" +
		"（九）优化办税服务。推行综合窗口。（责任单位：市税务局）\n" +
		"3.压缩办理时限。\n" +
		"4.精简申报材料。\n"
	n := Parse(text, today)
	var got []string
	for _, tk := range n.Tasks {
		got = append(got, tk.Title+"="+strings.Join(tk.Owners, "|"))
	}
	want := []string{"提升涉案信息查询便利度=市高院|市公安局", "完善综合竣工验收制度=市水务局|市气象局", "压缩办理时限=市税务局", "精简申报材料=市税务局"}
	if strings.Join(got, " / ") != strings.Join(want, " / ") {
		t.Fatalf("tasks\n got  %q\n want %q", got, want)
	}
	listed := func(tk Task, line int) bool {
		for _, r := range tk.Review {
			if r.Field == "owners" && r.Line == line {
				return true
			}
		}
		return false
	}
	if !listed(n.Tasks[0], 2) {
		t.Errorf("the heading read as a task is not listed for review: %+v", n.Tasks[0].Review)
	}
	if listed(n.Tasks[1], 2) || len(n.Tasks[1].Review) > 0 {
		t.Errorf("item 2 names its own owners and is listed: %+v", n.Tasks[1].Review)
	}
	for _, tk := range n.Tasks[2:] {
		if !listed(tk, 4) {
			t.Errorf("%s took the heading's owners without a line for review: %+v", tk.Title, tk.Review)
		}
	}
	// A heading with its own bracket and no item under it is the task.
	n = Parse("一、强化科技创新\n1.建设实验室。（区科技局负责）\n二、优化营商环境。深化改革。（区发改局牵头）\n", today)
	if len(n.Tasks) != 2 || n.Tasks[1].Title != "优化营商环境" || strings.Join(n.Tasks[1].Lead, "|") != "区发改局" {
		t.Errorf("tasks %+v", n.Tasks)
	}
}

// In a text with no numbered item, a paragraph that closes with a bracket
// naming who is responsible is a task, listed for review (held-out round
// 10: a news site's summary of Shanxi's plan); what follows the bracket on
// its line is no task, and a bracket that only states a rule names no one.
func TestUnnumberedParagraphWithOwners(t *testing.T) {
	text := "山西省政府关于能源环境治理重要通知\n" +
		"强化“禁煤区”建设。2020年10月底前,各市县建成区要 全部划定为“禁煤区”。(省生态环境厅牵头，市县政府负责落实) 严格落实散煤禁烧规定,避免散煤复烧...\n"
	n := Parse(text, today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks %+v, want the paragraph", n.Tasks)
	}
	got := n.Tasks[0]
	if got.Title != "强化“禁煤区”建设" || strings.Join(got.Owners, "|") != "省生态环境厅|市县政府" || strings.Join(got.Lead, "|") != "省生态环境厅" {
		t.Errorf("task %q owners %q lead %q", got.Title, got.Owners, got.Lead)
	}
	if strings.Contains(got.Body, "散煤禁烧") {
		t.Errorf("the text after the bracket ran into the task: %q", got.Body)
	}
	listed := false
	for _, r := range got.Review {
		listed = listed || r.Field == "owners" && r.Line == 2
	}
	if !listed {
		t.Errorf("the unnumbered paragraph is not listed for review: %+v", got.Review)
	}
	kept := false
	for _, l := range n.Unplaced {
		kept = kept || strings.HasPrefix(l.Text, "严格落实散煤禁烧规定")
	}
	if !kept {
		t.Errorf("the text after the bracket is lost: %+v", n.Unplaced)
	}
	// A letter's bracket that states a rule is no task.
	n = Parse("关于做好责任清单落实的通知\n二要强化责任分工。牵头单位(列第一位者为工作牵头单位)要主动承担牵头责任,协办单位要主动配合。\n", today)
	if len(n.Tasks) != 0 {
		t.Errorf("tasks %+v, want none", n.Tasks)
	}
}

// A first line ending in a colon that names a kind of document, no body,
// is the title of what it introduces (held-out round 10: a compilation's
// heading over its excerpts); a recipients line stays recipients.
func TestColonHeadingIsTitle(t *testing.T) {
	n := Parse("营商环境政策汇编（2023）- 上海:\n2.完善综合竣工验收制度。精简办事流程。（责任部门：市水务局）\n", today)
	if n.Title != "营商环境政策汇编（2023）- 上海" || len(n.Recipients) != 0 {
		t.Errorf("title %q recipients %q", n.Title, n.Recipients)
	}
	n = Parse("各区、县人民政府，市政府各委、办、局：\n1.完善综合竣工验收制度。精简办事流程。（责任部门：市水务局）\n", today)
	if n.Title == "各区、县人民政府，市政府各委、办、局" || len(n.Recipients) == 0 {
		t.Errorf("a recipients line: title %q recipients %q", n.Title, n.Recipients)
	}
}

// A table whose rows carry no number and whose work column is named for
// the things it lists (专项整治行业名称), units apart by spaces in a cell
// and a township's stations run together (round 13, a township's plan).
func TestUnnumberedTableRows(t *testing.T) {
	text := "徐庄镇2017年度安全生产专项整治工作计划\n一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | 安监站 安监所 |\n网吧、KTV | 8月份 | 文化站 派出所工商质监所 |\n交通运输 | 12月份 | 超限站 公路站 交警六中队 |\n二、工作要求\n(一)各有关责任单位要按照时间安排,制定专项整治方案。\n"
	n := Parse(text, today)
	want := []string{
		"烟花爆竹 / 安监站|安监所 / 2017-01-31 / ",
		"网吧、KTV / 文化站|派出所|工商质监所 / 2017-08-31 / owners",
		"交通运输 / 超限站|公路站|交警六中队 / 2017-12-31 / ",
	}
	var got []string
	for _, k := range n.Tasks {
		var review []string
		for _, r := range k.Review {
			review = append(review, r.Field)
		}
		got = append(got, strings.Join([]string{k.Title, strings.Join(k.Owners, "|"), k.Due.Format("2006-01-02"), strings.Join(review, "|")}, " / "))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tasks: title / owners / due / review\n got\n%s\n want\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Each note under 需核对 names the line it speaks of: the open name
// (有关直属单位) on the second label line is reported at that line, not at
// the first label's.
func TestOpenNameReviewedAtItsLine(t *testing.T) {
	n := Parse("2021年任务分解\n4.创建国家卫生县城。\n牵头责任单位:县卫健委\n主要协作单位:各乡镇人民政府,县政府有关部门、有关直属单位\n", today)
	if len(n.Tasks) != 1 {
		t.Fatalf("tasks: %+v", n.Tasks)
	}
	var got []string
	for _, r := range n.Tasks[0].Review {
		got = append(got, r.Field+"@"+strconv.Itoa(r.Line))
	}
	if strings.Join(got, " ") != "owners@4 owners@4" {
		t.Errorf("reviews %v, want both at line 4 (the 主要协作单位 line)", got)
	}
}
