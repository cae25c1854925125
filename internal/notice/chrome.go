package notice

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A notice copied from a web page brings the page's furniture along above
// (and around) its title: a breadcrumb (首页 > 政府信息公开 > …), the
// publication time and source, a view count, font-size and print buttons,
// tags, a one-line summary, and an index table (索引号, 发布机构, 文号,
// 成文日期, 名称 …) as "label: value" pairs or flattened cells. chrome takes
// those lines off the head of the text before the header is read: they are
// no title, issuer or task. What an index table says of the notice itself
// (its number, issuer, title and date) is kept, for the header to use where
// the notice's own lines do not say it.

// index is what a page's index table says of the notice.
type index struct {
	number, issuer, title string
	// publisher is the body an index names as answering for the page's
	// publication (公开责任部门): the issuer where nothing else names one.
	publisher string
	date      time.Time
	published bool // date is a 公布日期, for a 成文日期 to replace
	signed    bool // date is a 成文日期, which no other date replaces
}

// indexLabels are the labels of a page's index table, as the page writes
// them once folded and with the spaces inside them taken out.
var indexLabels = []string{
	"索引号", "主题分类", "组配分类", "信息分类", "体裁分类", "公文目录", "发布机构", "发布部门", "发文机构", "发文机关", "发文单位",
	"发布单位", "制定机关", "生成日期", "成文日期", "成文时间", "制定日期", "印发日期", "发文日期", "发布日期", "公开日期", "公布日期", "公开方式", "公开范围",
	"公开形式", "有效性", "时效性", "效力等级", "废止日期", "废止时间", "生效时间", "生效日期", "施行日期", "发文字号", "发文序号",
	"文号", "字号", "文件编号", "统一编号", "名称", "标题", "发文时间", "主题词", "关键词", "信息来源", "浏览次数", "内容概述", "政策咨询机关", "政策咨询电话",
	"来源", "发布时间", "更新时间", "作者", "公开目录", "公开责任部门", "政策解读", "公文生成日期", "备注/文号",
	"公文种类", "文件分类", "所属机构", "信息类别", "信息索引号", "文件名称", "信息名称", "内容概览", "在线链接地址", "文件下载",
	"公开类型", "公开属性", "公开期限", "公开时限", "所属分类", "效力状态", "有效期",
	// A regulations mirror's: 颁布单位 | … | 发文文号 | 苏政办发〔2013〕5号 |.
	"颁布单位", "发文文号", "法规类型", "所属行业", "有效与否", "效力级别", "颁布日期",
	// A price site's document block: 【发布单位】, 【发布文号】, 【失效日期】, 【所属类别】, 【文件来源】.
	"发布文号", "失效日期", "所属类别", "文件来源",
	// A street office's index: 公文时效 正常.
	"公文时效",
	// A city portal's, its value often left empty: 存放位置   公开日期  2020-07-08.
	"存放位置",
	// A district portal's: • 所属类目: 政府实事项目进展, • 体 裁: 报告,
	// • 机构名称: 区府督查室 (the issuer).
	"所属类目", "体裁", "机构名称",
}

// cutIndexLabelRe is an index's label cut to its last character, and its
// value: 号: 1141…, 称: 关于…的通知, 词:.
var cutIndexLabelRe = lazyRe(`^(号|词|称)\s*[：:]\s*(.*)$`)

// indexLabelRe finds a label and its colon anywhere in a line, spaces
// allowed between the label's characters (名    称：, 索 引 号:).
var indexLabelRe = func() *lazyRegexp {
	alts := make([]string, len(indexLabels))
	for i, l := range indexLabels {
		alts[i] = strings.Join(strings.Split(l, ""), `\s*`)
	}
	return lazyRe(`(` + strings.Join(alts, "|") + `)\s*[：:]`)
}()

// spacedLabelRe finds a label written without its colon, set off from its
// value by spaces, where a line of a page's index starts with one
// (文      号 洪政办〔2025〕1号 信息分类: 综合政务, 有 效 性 有效).
var spacedLabelRe = func() *lazyRegexp {
	alts := make([]string, len(indexLabels))
	for i, l := range indexLabels {
		alts[i] = strings.Join(strings.Split(l, ""), `[ \t\x{3000}]*`)
	}
	return lazyRe(`(?:^|[ \t\x{3000}])(` + strings.Join(alts, "|") + `)(?:[ \t\x{3000}]*[：:]|[ \t\x{3000}]+)`)
}()

// chromeRe are lines of a page's furniture: a breadcrumb (首页 > …, a
// document site's 文档之家› …), the time, source
// and view count of a post, font-size and print buttons (in cells too:
// | 字号: |), share buttons, a forum's sign-up lines and the x that closes
// them, a site's welcome line and its 手机版 link, its login buttons
// (登录个人中心), a menu line with a 【切换】 (switch) button, a read-aloud
// button (朗读, 语音播报 and its player's lines) alone on its line, a post's
// date (日期:2022-02-10).
var chromeRe = lazyRe(`^(?:` + breadcrumbRe.String() + `|` + paperPageRe.String() + `|[^\s›]{2,12}\s*›|[^。，,]{0,20}[【\[]切换[】\]].*|` +
	`(?:日期|发布时间|发布日期|发表时间|更新时间|来源|信息来源|文章来源|稿件来源|政策来源|作者|编辑|责任编辑|浏览次数|浏览量|阅读次数|点击量|点击数|访问量|访问次数|今天是|授权方式|下载次数|下载类型|类型|大小|Tag|TAG|标签|提供者|供稿|供稿单位)\s*[：:]|语言\s*简体中文|加入收藏|设为首页|` +
	`[【\[]?\s*(?:字号|字体)\s*[：:]?|马上注册|您需要\s*登录|(?:登录|注册|个人中心|用户中心)(?:\s*[|｜/]?\s*(?:登录|注册|个人中心|用户中心))*$|[xX×✕]$|(?:扫一扫|分享到|听全文|打印本页|视力保护色|无障碍|长者模式|关怀版|长辈版|返回顶部|返回首页)|(?:首页|网站首页|全文|正文|目录|制定经过|制定經過|发布经过|發布經過|通知内容|通知內容|朗读|语音播报|进入播报模式|退出播报模式|语音合成中[^。]{0,16}|政府信息公开|信息公开|政务公开|党务公开|政府信息公开目录|头部|底部|尾部|导航|导航菜单|菜单|图片|视频|手机版|[?？]+|[↓↑→←▼▲▶◀►◄]+)$|欢迎(?:访问|光临|来到)\S{2,40}(?:网站|网|平台)[!！。]?$|[|｜]\s*(?:字号|字体)\s*[：:]?\s*[|｜]?$|Page\s*\d+\s*[-–—]\s|P\.\s*\d+$)|` +
	docSiteRe.String() + `|` + postRe.String() + `|` + postedLabelRe.String() + `|` + oldBrowserRe + `|` + pageToolsRe + `|` + postStampRe + `|` + buttonsRe + `|` + imageLineRe)

// imageLineRe is a page's image left as its markup alone on a line, a
// table's bar after it or none: ![]() |.
const imageLineRe = `^!\[[^\]]{0,40}\]\([^)]{0,200}\)\s*[|｜]?$`

// postStampRe is a post's date and time alone on its line, its view count
// after it or none: 2020-03-10 10:45     (点击: ).
const postStampRe = `^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[（(]\s*(?:点击|浏览|阅读|访问)[^）)]{0,12}[）)])?$`

// buttonsRe is a line of a page's buttons, each in square brackets:
// [文章下载] [字号: ], [打印本页] [关闭窗口].
const buttonsRe = `^(?:[\[【]\s*[^\]】\s]{1,6}(?:\s*[：:]\s*)?[\]】]\s*){2,6}$`

// pageToolsRe is a page's tools line: its script's warning (不能读取jquery),
// its languages and reading aids (English Deutsch 无障碍浏览工具 去除导航),
// its link to a version for the old (进入老年版), or a document site's
// buttons (返回 下载 相关 举报).
const pageToolsRe = `[^。]{0,12}(?:jquery|JavaScript|javascript)[^。]{0,20}$|(?:English|Deutsch|繁[體体]|简体)(?:\s+[^\s。，,]{1,8}){0,6}$|(?:进入|切换(?:到|至)?)(?:老年版|关怀版|长辈版|长者版|无障碍版|长者模式)$|(?:返回|下载|相关|举报|收藏|分享|打印)(?:\s+(?:返回|下载|相关|举报|收藏|分享|打印|原文|全屏)){2,6}$`

// oldBrowserRe is a page's banner to old browsers: 为了获得更好的访问效果,建议
// 您将IE升级至IE9及以上版本! x.
const oldBrowserRe = `[^。]{0,24}(?:建议您?(?:将|使用)?\s*(?:IE|浏览器)|浏览器版本(?:太低|过低|较低))[^。]{0,40}$`

// paperPageRe is a newspaper's e-paper furniture: the page's mark (第02版:
// 综 合 PDF版阅读), its PDF link, the paper's app (信阳日报客户端).
var paperPageRe = lazyRe(`第\s*[0-9０-９]{1,3}\s*版\s*[：:][^。，,]{0,20}$|PDF版阅读$|\p{Han}{2,8}(?:日报|晚报|报)(?:客户端|APP|App)$`)

// postedLabelRe is a news post's line that opens with its time and goes on
// with its labels run together: 2021-07-15 11:05:33来源:井研县人民政府阅读量:677;
// or a samples site's 时间:2021-03-02 11:37:13 with its column after it.
var postedLabelRe = lazyRe(`^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|信息来源|作者|发布者|阅读量|浏览次数|点击数)\s*[：:]|^时间\s*[：:]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}:\d{2}`)

// disclaimerRe heads a site's copyright and disclaimer terms at the foot
// of a page: 豫都网版权与免责声明, 免责声明.
var disclaimerRe = lazyRe(`^\S{0,20}(?:版权与免责声明|版权及免责声明|免责声明|版权声明)\s*[：:]?$`)

// dropDisclaimer takes a site's copyright and disclaimer terms (豫都网版权与
// 免责声明 / 1、未经豫都网许可…) off the foot of a page: the points under
// its heading are the site's, no items of the notice.
func dropDisclaimer(lines []Line) []Line {
	for i := len(lines) - 1; i >= 0 && len(lines)-i <= 12; i-- {
		if disclaimerRe.MatchString(trimLine(lines[i].Text)) {
			return lines[:i]
		}
	}
	return dropSiteFoot(lines)
}

// dropSiteFoot takes a site's foot off the end of a page (主办单位:… 承办
// 单位:… / 网站标识码:… 赣ICP备…): its lines name the site's bodies, no
// owners of the notice's last item, and a line after the notice's date
// would make the date close a letter over a list after it.
func dropSiteFoot(lines []Line) []Line {
	end, foot := len(lines), len(lines)
	for end > 0 && len(lines)-end < 8 {
		t := trimLine(lines[end-1].Text)
		switch {
		case t == "" || footerRe.MatchString(t) || pageCredit(t):
		case siteFootRe.MatchString(t):
			foot = end - 1
		case siteRunByRe.MatchString(t) && foot < len(lines):
			foot = end - 1
		default:
			return lines[:foot]
		}
		end--
	}
	return lines[:foot]
}

// indexGroupRe ends the name of a working group an index names as the
// issuer: 阿里地区环保专班, 某县防汛抗旱指挥部.
var indexGroupRe = lazyRe(`\p{Han}{2,}(?:专班|领导小组|指挥部|工作组)$`)

// downloadButtonRe is a download page's heading, its button after it:
// 关于搞好2017年春节期间文化活动的通知 下载.
var downloadButtonRe = lazyRe(`^(.{6,}?)[ \t\x{3000}]+(?:免费下载|立即下载|下载)$`)

// crumbsBeforeRe is a line of a breadcrumb's links (two or more, each
// a few characters and a >) with the page's heading after them; and
// crumbsOnlyRe such links alone.
var (
	crumbsBeforeRe = lazyRe(`^(?:[^>»›\s]{1,10}\s*[>»›]\s*){2,}(\S.{3,})$`)
	crumbsOnlyRe   = lazyRe(`^(?:[^>»›\s]{1,10}\s*[>»›]\s*){2,}$`)
)

// siteNameLine is a site's name alone over its breadcrumb (豆豆简历馆): a
// few characters, no figure, no punctuation and no kind of document.
func siteNameLine(t string) bool {
	return utf8.RuneCountInString(t) <= 8 && isHan(t) && !endsTitle(t) && !docEndRe.MatchString(t)
}

// breadcrumbRe is a page's breadcrumb (您现在的位置:, 当前栏目: 首页>政务>…),
// its 首页 link alone on a line, or a portal's search box or column under
// its masthead (全文检索, 桐川镇政府信息公开).
var breadcrumbRe = lazyRe(`(?:(?:您(?:现在|当前)?所?在?的?位置|当前位置|所在位置|当前栏目|所在栏目|当前路径)\s*[：:]?|位置\s*[：:]\s*首页|首页\s*[>»＞]|首页$|^(?:全文检索|站内搜索|高级检索)$|^\p{Han}{2,12}政府信息公开$)`)

// mastheadLinks says a line at the head of a page, above its breadcrumb,
// is the site's row of links to bodies (中共萍乡市委 萍乡市人大 萍乡市政协):
// three or more bodies' names apart by spaces. (Two bodies over a title,
// with no breadcrumb under them, are its joint issuers.)
func mastheadLinks(t string) bool {
	f := strings.Fields(t)
	if len(f) < 3 {
		return false
	}
	for _, w := range f {
		if n := utf8.RuneCountInString(w); n < 2 || n > 16 || !endsOrg(w) || strings.Contains(w, "关于") {
			return false
		}
	}
	return true
}

// sampleSiteRe are the lines a writing-samples site puts over a text it
// serves as a sample: its heading (…工作意见范文, 美章网 资料文库 …范文,
// …方案(精选13篇), 第一篇:…方案2, …方案*) and its blurb (本站小编为你精心准备
// 了…, 下面是小编为大家整理的…, 90 人阅读 … 免费试读).
var sampleSiteRe = lazyRe(`范文(?:[（(][^）)]{0,12}[）)])?$|[（(]精选\d{1,3}篇[）)]$|^(?:本站小编|下面是小编|以下是小编|小编为(?:你|您|大家))|` +
	// Its watermark, spaced or not, a stray digit after it (本 文由 第 一
	// 公文 网 收 集 整理5), and a line of backquotes alone.
	`^本\s*文\s*由[\p{Han}\s]{2,24}?收\s*集\s*整\s*理\s*\d{0,2}$|^[\x60'’]{1,4}$|` +
	// A paid sample's card: its heading marked *, readers, price and a
	// free preview (90 人阅读 2022-05-22 9.00元(299 积分) 免费试读), its
	// warning (仅供学习参考,切勿通篇使用).
	`^\p{Han}[^。，,；;]{4,40}\*$|^\d+\s*人阅读\s.*(?:积分|免费试读)|^[（(]仅供学习参考[^）)]{0,12}[）)]$|` +
	// The first of the samples a page collects, named short with a stray
	// digit after it (第一篇:2009高山镇创建国家卫生镇实施方案2) or a count in
	// a bracket left open (第一篇:…验收工作方案(167).
	`^第[一二三四五六七八九十]{1,3}篇\s*[：:].{2,60}?(?:方案|计划|要点|通知|意见|办法|细则|总结|报告|清单)\s*(?:\d{0,2}|[（(]\d{1,6})$`)

// pageLabelRe is a flipbook's label of a page: Page 22 - <the document>.
var pageLabelRe = lazyRe(`^Page\s*\d+\s*[-–—]\s*(\S.*)$`)

// browserTitleRe is a page's title as a browser shows it: the document,
// then the column and the site after _ (…的通知_区政府办公室文件_…门户网站).
var browserTitleRe = lazyRe(`^([^_]{6,}?)(?:_[^_]{2,40}){1,3}$`)

// dashTitleRe is a browser's title line with its parts apart by dashes:
// 某县2023年重点工作任务-通知公告-某县人民政府网.
var dashTitleRe = lazyRe(`^([^_-]{6,}?)(?:-[^-]{2,40}){1,3}$`)

// siteTailRe ends a browser's title line with the site's name
// (_上海市宝山区人民政府门户网站, -某县人民政府网, _某县融媒体中心): the line is the page's title whatever
// its first part ends with (…3月进展情况).
var siteTailRe = lazyRe(`[_-][^_-]{2,30}(?:门户网站|网站|政府网|政务网|融媒体中心|新闻网)$|_[^_]{2,20}人民政府$`)

// siteAfterDashRe is a page's title with the site's name after a dash
// (…工作要点的通知-九游会真人第一品牌, …的通知 - 某某网): the title is what
// comes before the last dash, where it ends as a title does.
var siteAfterDashRe = lazyRe(`^(.{6,}?)\s*[-–|]\s*[^-–|《》]{2,40}$`)

// docSiteRe are the lines a document-sharing site puts over a document's
// text: its file size (29.51KB), page count (24 页), a view count (999+)
// and its buttons (VIP专免, 海报, 侵权投诉). "29.51KB" would else read as item 29.
var docSiteRe = lazyRe(`^(?:\d+(?:\.\d+)?\s*(?:KB|MB|K|M|kb|mb)|\d+\s*页|\d+\+|VIP\S{0,4}|海报|侵权投诉|举报|下载文档|` +
	`免费预览已结束.*|申明敬告\s*[：:].*|文档介绍|剩余\d+页可下载.*|已阅读\d+页[,，]\s*还剩\d+页未读.*|还剩\d+页未读.*|文本内容\s*[：:]|整理文档很辛苦.*|免费阅读已结束.*|合集下载|付费下载|下载本文档|` +
	// A site's hotline (客户专属热线 / 138-0888-4776).
	`客户专属热线|\d{3,4}-\d{3,4}-\d{4}|[-–—]?\s*相关推荐|相关阅读|推荐阅读|` +
	`(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\p{Han}{2,6}|` +
	// The file's name (…工作方案.docx, …_第1页), its pages (第1页 / 共8页),
	// the uploader's line and the site's buttons and blurb (《….docx》由会员
	// 分享，可在线阅读…, the file's name holding 《》 of its own too).
	`.{2,80}\.(?:docx?|wps|pdf|xlsx?|pptx?)(?:_第\d+页)?|第\s*\d+\s*页\s*/\s*共\s*\d+\s*页|上传人\s*[：:].*|下载\s+相关\s+举报|点击查看更多\S{0,3}|下载资源|资源描述|亲[,，]\s*该文档总共\d+页.*|` +
	`《.{2,80}?\.(?:docx?|wps|pdf)》由会员分享.*|` +
	// Its numbered notes on buying the file (- 1、下载文档前请自行甄别文档
	// 内容的完整性…, 2、"仅部分预览"的文档…可反馈申请退款…).
	// Its words to the reader (您, 客服, 退款, 自行甄别) tell them from an item.
	`(?:[-•·*]\s*)?\d{1,2}\s*[、.．]\s*\S*文档\S*(?:您|平台|客服|退款|甄别)\S*|(?:[-•·*]\s*)?\d{1,2}\s*[、.．]\s*\S*(?:您|平台|客服|退款|甄别)\S*文档\S*)$`)

// kindAloneRe is a kind of document alone on a line: 工作方案, 通知.
var kindAloneRe = lazyRe(`^(?:工作|实施)?(?:方案|计划|通知|意见|总结|要点|规划|报告|制度)$`)

// kindTitleBelow says a title of the kind named (工作方案) stands in the
// next few lines: 工作方案 over 端午节龙舟赛工作方案 is a site's column, where
// 工作要点 alone over the items is the list's own title.
func kindTitleBelow(below []Line, kind string) bool {
	for k := 0; k < len(below) && k < 6; k++ {
		s := spaceless(trimLine(below[k].Text))
		if len(s) > len(kind) && strings.HasSuffix(s, kind) && utf8.RuneCountInString(s) <= 40 &&
			!strings.ContainsAny(s, "，,。；;：:") && !leadItemNumberRe.MatchString(s) {
			return true // a title line, no item's or sentence's end (1.印发年度宣传工作要点)
		}
	}
	return false
}

// docSiteBulletRe is a line of a document site's card set as a bullet,
// its cell closed by a bar: - 37.5 KB |. The group is the line's words.
var docSiteBulletRe = lazyRe(`^[-•·]?\s*(.+?)\s*$`)

// docSiteBullets says a line is a document site's card set as bullets,
// one or several cells apart by bars (- 2021-04-13 发布 |- 37.5 KB |- 11页),
// each a line docSiteRe knows.
func docSiteBullets(t string) bool {
	parts := 0
	for _, c := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' }) {
		if strings.TrimSpace(c) == "" {
			continue
		}
		m := docSiteBulletRe.FindStringSubmatch(strings.TrimSpace(c))
		if m == nil || !docSiteRe.MatchString(m[1]) {
			return false
		}
		parts++
	}
	return parts > 0
}

// postRe is the time or the view count of a post, alone on its line; the
// short lines after it may be the post's tags. A date may be written day
// first (13.03.2015  07:51), as a news site stamps its reports, and
// carry its view count's label after it, the count left empty
// (2022-07-15    点击数:).
var postRe = lazyRe(`^(?:\d+\s*人(?:看过|浏览|阅读)|(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:点击数|点击量|浏览次数|浏览量|阅读数|访问量)\s*[：:]\s*\d*)?)$`)

// dateStampRe is a date stamp of eight digits and a space at a line's
// head, a heading after it: 20230607 沂水县林长制办公室 关于….
var dateStampRe = lazyRe(`^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ \t\x{3000}]+(\p{Han}.+)$`)

// columnHeadRe is a column's label glued to a title by a page: 【市政府重点
// 工作及责任分解】滁州市人民政府关于…, 政务服务丨济宁市人民政府关于….
var columnHeadRe = lazyRe(`^(?:【[^】]{2,24}】|[^丨｜|【】\s]{2,12}[丨｜|])\s*`)

// columnBarHead says a column's name set off by 丨 (创文进行时丨…) heads a
// news post's headline: a line of words with no stop, which is the title
// where the page gives no other.
func columnBarHead(head, rest string) bool {
	rest = trimLine(rest)
	n := utf8.RuneCountInString(rest)
	return strings.HasSuffix(strings.TrimSpace(head), "丨") && n >= 6 && n <= 60 && !strings.ContainsAny(rest, "。；;:：|｜丨")
}

// chrome takes a page's furniture off the head of the text: the lines
// before the recipients line (or the first paragraph, table or numbered
// item) that are a page's and not the notice's.
func (n *Notice) chrome(lines []Line) []Line {
	var kept []Line
	tags := false // the lines after a post's time or view count may be its tags: 学校 / 农村
	head := true
	pending := ""    // an index label whose value is on a line of its own below it
	indexed := false // an index line has been read
	titled := false  // the line before is an index's 标题 alone (indexlines.go)
	for i, l := range lines {
		t := strings.TrimLeft(trimLine(l.Text), "-•·∙▪● ")
		if head {
			// A page's date stamp before its heading (20230607 沂水县林长制办公室
			// 关于…): the page's, not the notice's.
			if m := dateStampRe.FindStringSubmatch(t); m != nil && isTitleCandidate(m[1]) {
				t, l.Text = m[1], m[1]
			}
			// A flipbook's page label naming the notice (Page 22 - 内蒙古自治区
			// 人民政府办公厅关于…的通知), a browser's title line (…的通知_区政府办公室
			// 文件_上海市宝山区人民政府门户网站): the title, without the rest.
			if m := pageLabelRe.FindStringSubmatch(t); m != nil && isTitleCandidate(m[1]) && endsTitle(m[1]) {
				t, l.Text = m[1], m[1]
			} else if m := browserTitleRe.FindStringSubmatch(t); m != nil && (isTitleCandidate(m[1]) && endsTitle(m[1]) || siteTailRe.MatchString(t)) {
				t, l.Text = m[1], m[1]
			} else if m := dashTitleRe.FindStringSubmatch(t); m != nil && siteTailRe.MatchString(t) {
				t, l.Text = m[1], m[1] // …任务-通知公告-某县人民政府网
			} else if m := siteAfterDashRe.FindStringSubmatch(t); m != nil && isTitleCandidate(m[1]) && endsTitle(m[1]) {
				t, l.Text = m[1], m[1]
			} else if m := downloadButtonRe.FindStringSubmatch(t); m != nil && isTitleCandidate(m[1]) && endsTitle(m[1]) {
				t, l.Text = m[1], m[1] // …的通知 下载: a download page's heading and its button
			}
		}
		if head && i > 0 && !breadcrumbRe.MatchString(t) && strings.ContainsAny(lastRune(trimLine(lines[i-1].Text)), ">»›") {
			// Under a breadcrumb's first line that ends in >:
			if m := crumbsBeforeRe.FindStringSubmatch(t); m != nil {
				// 策劃書 >策劃書精選 >鄉村春節活動方案: a site's breadcrumb
				// run on before the page's heading; the heading alone.
				t, l.Text = m[1], m[1]
			} else if crumbsOnlyRe.MatchString(t) {
				continue // 策劃書 >策劃書精選 >: the breadcrumb's second line
			}
		}
		if m := titleFieldsRe.FindStringSubmatch(t); head && m != nil && isTitleCandidate(m[1]) {
			var idx Notice
			if idx.readIndex(m[2]) {
				// …的通知 (发布日期:2024年08月21日 文号:沪自贸组〔2024〕2号): the
				// page's fields of the notice, in a bracket after its title.
				n.readIndex(m[2])
				t, l.Text = m[1], m[1]
			}
		}
		if head && n.bracketedIndex(t) {
			tags, pending, indexed = false, "", true
			continue
		}
		if m := attributeFieldRe.FindStringSubmatch(t); head && indexed && m != nil && numberedFieldRe.MatchString(t) && !isIndexLabel(m[1]+m[2]) && fieldNameRe.MatchString(spaceless(m[1]+m[2])) {
			// 3. [联合发文单位], 9. [有效性]: a numbered index's field no
			// rule knows, among those it does.
			continue
		}
		if m := attributeFieldRe.FindStringSubmatch(t); m != nil && isIndexLabel(m[1]+m[2]) {
			// 【制定机关】武汉市人民政府办公厅; a portal's - [ 发文字号 ] 双河府发〔2026〕 1号.
			t = spaceless(m[1]+m[2]) + "：" + m[3]
			if m[1] != "" && spaceless(m[1]) == "发布日期" {
				// A document block's 【发布日期】 is its date of
				// promulgation, as 【公布日期】 is; a portal's 发布日期
				// line stays its post date.
				t = "公布日期：" + m[3]
			}
		}
		if head && pending != "" && fitsIndexValue(pending, t) {
			v, next := runOnIndexLabel(t) // …的通知发文机关 (indexlines.go)
			n.indexField(pending, v)
			pending = next
			continue
		}
		if head && pending != "" && isTitleCandidate(t) {
			// 主 题 词: left empty over the notice's title: the label has
			// no value, and the title's next line (2022年政务公开重点工作
			// 任务, under …关于印发惠州市) is none of its.
			pending = ""
		}
		if head && titled {
			// The title's value under 标题 stays the page's heading of
			// the notice, the next label run on after it cut off.
			titled = false
			v, next := runOnIndexLabel(t)
			t, l.Text, pending = brokenTitle(v), brokenTitle(v), next
		}
		if head && loneIndexLabel(t) != "" {
			if l := loneIndexLabel(t); titleLabel(l) {
				titled = true
			} else {
				pending, indexed = l, true // 发文机关 alone on its line
				continue
			}
		}
		if head && indexed && (ruleLineRe.MatchString(t) && strings.Contains(t, "|") || emptyAttachRowRe.MatchString(t)) {
			// An index table's rule under its first row (---|---|), and
			// its 附件 | row with no file named.
			continue
		}
		if head && !flatHeaderAt(lines, i) && n.readIndex(t) {
			tags, pending, indexed = false, "", true
			if m := indexLabelRe.FindStringSubmatchIndex(t); m != nil && m[0] == 0 && trimLine(t[m[1]:]) == "" {
				pending = spaceless(t[m[2]:m[3]])
			}
			continue
		}
		if m := cutIndexLabelRe.FindStringSubmatch(t); head && m != nil && !strings.Contains(m[2], "。") {
			// 号: 1141…/202108-00001, 词:, 称: 关于…: an index's labels a
			// copy cut to their last character (索引号, 主题词, 名称).
			if m[1] == "称" {
				n.indexField("名称", strings.TrimSpace(m[2]))
			}
			indexed = true
			continue
		}
		if head && sampleSiteRe.MatchString(t) {
			continue // a writing-samples site's heading and blurb over the text
		}
		if head && len(kept) == 0 && kindAloneRe.MatchString(spaceless(t)) && kindTitleBelow(lines[i+1:], spaceless(t)) {
			continue // 工作方案 over the page's heading: a site's category, no title
		}
		if head && docSiteBullets(t) {
			continue // - 2021-04-13 发布 | / - 37.5 KB | / - 11页: a document site's card, bulleted
		}
		if head && indexed && emptyFieldRe.MatchString(t) {
			continue // an index field no rule knows, left empty (公文种类：)
		}
		if head && !docSiteRe.MatchString(t) && !postRe.MatchString(t) && (isRecipients(t) && !chromeRe.MatchString(t) || isStructural(t) && !docSiteRe.MatchString(t) || isColumnName(t) && !breadcrumbRe.MatchString(t) || isParagraph(t) && !n.isSummary(t, kept) || strings.Contains(t, "\t")) {
			head = false
		}
		if !head {
			kept = append(kept, lines[i:]...)
			break
		}
		switch {
		case chromeRe.MatchString(t) || docCardRe.MatchString(t) || strings.Trim(t, "| ") == "" || portalBar(t) || gazetteHeadRe.MatchString(t) && !headerOfColumns(t) || detailHeadRe.MatchString(t):
			tags = postRe.MatchString(t)
			if breadcrumbRe.MatchString(t) {
				// The site's row of links above its breadcrumb is the
				// page's, not the notice's issuers.
				// So is the site's name over it (嵊州市人民政府 / 您当前的
				// 位置: / >> 走进嵊州 >> …): a body's name alone before the
				// breadcrumb heads the site, the notice's own lines come
				// after it.
				kept = slices.DeleteFunc(kept, func(k Line) bool {
					kt := trimLine(k.Text)
					return mastheadLinks(kt) || endsOrg(kt) && utf8.RuneCountInString(kt) <= 20 && !strings.ContainsAny(kt, "，,。；;：: ") || siteNameLine(kt)
				})
			}
		case menuLine(l.Text, t):
		case dateWidget(lines, i):
		case tags && len([]rune(t)) <= 4 && isHan(t):
		case n.isSummary(t, kept) || repeats(t, kept):
		default:
			tags = false
			if m := columnHeadRe.FindString(t); m != "" && (isTitleCandidate(t[len(m):]) || columnBarHead(m, t[len(m):]) || bracketHeadOfTable(m, t[len(m):], kept)) {
				l.Text = t[len(m):]
			}
			kept = dropShorterHeading(kept, l.Text)
			kept = dropRepostHeading(kept, lines, i)
			kept = append(kept, l)
		}
	}
	return kept
}

// emptyFieldRe is a short label and its colon with nothing after it, a
// label of the kind an index has (…种类, …体裁, …日期, …编号, …性): among a
// page's index lines, a field left empty, not the recipients line (各乡镇：).
var emptyFieldRe = lazyRe(`^[^各\s](?:\s*\p{Han}){1,5}?\s*(?:类|类别|分类|种类|体裁|日期|时间|时限|期限|编号|文号|字号|性|方式|范围|形式|词|概述|机关|目录)\s*[：:]$`)

// headingYearRe is the year a site's heading puts before a plan's name.
var headingYearRe = lazyRe(`^(?:19|20)\d{2}年`)

// numberedFieldRe is an index's field numbered as a list's item is
// (1. [主题分类] 综合政务), fieldNameRe the label's shape.
var (
	numberedFieldRe = lazyRe(`^\d{1,2}[.．]\s*[\[【]`)
	fieldNameRe     = lazyRe(`^\p{Han}{2,8}$`)
)

// attributeFieldRe is a field of a regulations database's 文章属性 block,
// or of a portal's index with its labels in square brackets (- [ 发文字号 ]):
// 【制定机关】武汉市人民政府办公厅, 【字 号】武政办〔2020〕1号.
var attributeFieldRe = lazyRe(`^(?:[-•·]\s*|\d{1,2}[.．]\s*)?(?:【([^】]{2,12})】|\[\s*([^\]]{2,12}?)\s*\])\s*(.*)$`)

// dropShorterHeading drops a page's heading that names the notice shorter
// than its own title line below it: 奉贤区人民政府办公室关于印发…的通知 over
// 上海市奉贤区人民政府办公室关于印发…的通知, or a site's heading naming a
// plan by its year over the plan's own title naming its place.
func dropShorterHeading(kept []Line, t string) []Line {
	s := spaceless(t)
	for i, l := range kept {
		a := spaceless(trimLine(l.Text))
		// (端午节龙舟赛工作方案 over 2018年端午节龙舟赛工作方案: a site's
		// heading naming the plan without the year the plan's own title
		// opens with.)
		titled := isTitleCandidate(t) || headingYearRe.MatchString(s) && endsTitle(t)
		if m := headingYearRe.FindString(a); m != "" && !strings.HasPrefix(s, m) && endsTitle(t) {
			// 2022年县旅游市场秩序专项整治行动方案 over XX县旅游市场秩序…方案:
			// a site names the plan by its year, the plan itself by its place.
			a, titled = a[len(m):], true
		}
		if len([]rune(a)) >= 10 && len(s) > len(a) && strings.HasSuffix(s, a) && titled {
			return append(kept[:i:i], kept[i+1:]...)
		}
	}
	return kept
}

// isSummary is a page's one-line summary of the notice: a line that starts
// with a title line above it and runs on into the text.
func (n *Notice) isSummary(t string, above []Line) bool {
	s := spaceless(t)
	for _, l := range above {
		if a := spaceless(trimLine(l.Text)); len([]rune(a)) >= 10 && len(s) > len(a) && strings.HasPrefix(s, a) {
			return true
		}
	}
	return false
}

// spaceless is s without its spaces: 名    称 is 名称.
func spaceless(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

// repeats is a line the head has already had: a page's heading that the
// notice's own title repeats.
func repeats(t string, above []Line) bool {
	for _, l := range above {
		if spaceless(trimLine(l.Text)) == spaceless(t) {
			return true
		}
	}
	return false
}

// fitsIndexValue says whether a line can be the value of an index label
// written on the line above it: a number under 文号, a date under 成文日期,
// a short name or code under the others; never the notice's own title or
// number under another label.
func fitsIndexValue(label, v string) bool {
	if indexLabelRe.MatchString(v) || isRecipients(v) || sectionRe.MatchString(v) || taskRe.MatchString(v) {
		// 字体大小: / 一、杨松县长牵头重点工作: a heading or an item is the
		// notice's, no value of a label left empty.
		return false
	}
	switch label {
	case "文号", "字号", "发文字号", "文件编号":
		return isNumberLine(v)
	case "名称", "标题", "文件名称":
		return true
	}
	if _, ok := indexDate(v); ok {
		return strings.Contains(label, "日期") || strings.Contains(label, "时间")
	}
	if strings.HasSuffix(label, "性") && len([]rune(v)) > 8 {
		return false // 有效性, 时效性: 有效, 现行有效; a line longer is the page's own
	}
	return len([]rune(v)) <= 24 && !isNumberLine(v) && !isTitleCandidate(v) && !endsTitle(v) && !docEndRe.MatchString(v)
}

func isHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// readIndex reads a line of a page's index table into n.index and says
// whether it was one: "label: value" pairs (文号：津政办规〔2023〕4号
// 成文日期：2023-04-11) or cells (文号 | 杭政办函〔2024〕4号 |).
func (n *Notice) readIndex(t string) bool {
	if strings.Contains(t, "|") {
		cells := strings.Split(t, "|")
		if labelledCells(cells) {
			// | 发文机关:南漳镇人民政府 | 主题词:工作计划 |: each cell a label
			// and its value.
			for _, c := range cells {
				if m := indexLabelRe.FindStringSubmatchIndex(trimLine(c)); m != nil {
					c = trimLine(c)
					n.indexField(spaceless(c[m[2]:m[3]]), trimLine(c[m[1]:]))
				}
			}
			return true
		}
		if !isIndexLabel(cells[0]) || sentenceAfterLabel(cells) {
			return false
		}
		for i := 0; i+1 < len(cells); i++ {
			if isIndexLabel(cells[i]) && !isIndexLabel(cells[i+1]) {
				n.indexField(indexCellLabel(cells[i]), trimLine(cells[i+1]))
				i++
			}
		}
		return true
	}
	locs := indexLabelRe.FindAllStringSubmatchIndex(t, -1)
	if len(locs) == 0 || locs[0][0] != 0 {
		// Labels without their colons, set off by spaces: the line is an
		// index's where it starts with one and holds a value after it.
		locs = spacedLabelRe.FindAllStringSubmatchIndex(t, -1)
		if len(locs) > 0 && locs[0][0] > 0 && emptyLabelBeforeRe.MatchString(t[:locs[0][0]]) {
			// 存放位置   公开日期  2020-07-08: a label no rule knows, its
			// value left empty, before a known one's.
			t, locs = t[locs[0][0]:], spacedLabelRe.FindAllStringSubmatchIndex(t[locs[0][0]:], -1)
		}
		if len(locs) == 0 || locs[0][0] != 0 || locs[0][1] == len(t) {
			return false
		}
	}
	for i, loc := range locs {
		end := len(t)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		n.indexField(spaceless(t[loc[2]:loc[3]]), cutSpacedField(strings.Trim(trimLine(t[loc[1]:end]), "，,；; ")))
	}
	return true
}

// titleFieldsRe is a title line closing with a bracket of the page's
// fields: the title, and the fields.
var titleFieldsRe = lazyRe(`^(.{6,}?)\s*[（(]\s*(\p{Han}{2,6}\s*[：:][^（）()]+)[）)]$`)

// bracketPairRe is a field of a portal's index with its label in square
// brackets: [ 发文字号 ]万盛经开办发〔2026〕1号.
var bracketPairRe = lazyRe(`[\[［]\s*([^\]］\[［]{2,12}?)\s*[\]］]\s*([^\[［]*)`)

// bracketedIndex reads a line of a portal's index whose fields stand
// several to the line, each label in square brackets ([ 索引号 ]1150…
// [ 发文字号 ]万盛经开办发〔2026〕1号 [ 成文日期 ]2026-01-29 [ 有效性 ]), and
// says whether it was one: two fields at least, from its start, each
// label an index's.
func (n *Notice) bracketedIndex(t string) bool {
	locs := bracketPairRe.FindAllStringSubmatchIndex(t, -1)
	if len(locs) < 2 || locs[0][0] != 0 {
		return false
	}
	for k, loc := range locs {
		if !isIndexLabel(t[loc[2]:loc[3]]) || k > 0 && locs[k-1][1] != loc[0] {
			return false
		}
	}
	for _, loc := range locs {
		n.indexField(spaceless(t[loc[2]:loc[3]]), strings.Trim(pipeSeps.Replace(t[loc[4]:loc[5]]), "| \t\u3000"))
	}
	return true
}

// emptyLabelBeforeRe is a short label alone before a spaced index's
// known one, set off by two spaces at least: its value left empty.
var emptyLabelBeforeRe = lazyRe(`^\p{Han}{2,6}[ \x{3000}]{2,}$`)

// sentenceAfterLabel says a row apart by | opens with a label's word and a
// sentence after it: a task table's row (政策解读 | 对…进行全面解读。 |
// 各责任科室 |), no index's (政策解读 | 无 |), whose values say what a
// document is and end in no full stop.
func sentenceAfterLabel(cells []string) bool {
	return len(cells) > 1 && strings.Contains(cells[1], "。") && !strings.HasPrefix(indexCellLabel(cells[0]), "内容")
}

// labelledCells says the cells of a row apart by | each open with an
// index's label and its colon (the value after it in the same cell, or
// none), one at least: | 标题:南漳镇人民政府2023年工作计划 | |.
func labelledCells(cells []string) bool {
	seen := 0
	for _, c := range cells {
		c = trimLine(c)
		if c == "" {
			continue
		}
		m := indexLabelRe.FindStringIndex(c)
		if m == nil || m[0] != 0 {
			return false
		}
		seen++
	}
	return seen > 0
}

// trailingIndex takes a page's index table off the end of the text, where
// some pages put it under the notice (索引号: | … | 成文日期: | 2022-10-08 |):
// its lines are no task's, and what it says of the notice fills what the
// head left out.
func (n *Notice) trailingIndex(body []Line) []Line {
	var idx Notice
	end := len(body)
	for end > 0 && idx.readIndex(strings.TrimLeft(trimLine(body[end-1].Text), "-•·∙▪● ")) {
		end--
	}
	if end == len(body) {
		return body
	}
	if n.index.number == "" {
		n.index.number = idx.index.number
	}
	if n.index.issuer == "" {
		n.index.issuer = idx.index.issuer
	}
	if n.index.date.IsZero() {
		n.index.date = idx.index.date
	}
	if n.Number == "" {
		n.Number = n.index.number
	}
	if n.Issuer == "" {
		n.Issuer = n.index.issuer
	}
	return body[:end]
}

func isIndexLabel(cell string) bool {
	c := indexCellLabel(cell)
	for _, l := range indexLabels {
		if c == l {
			return true
		}
	}
	return false
}

// indexCellLabel is the label in an index table's cell: 文号：, [ 发文字号 ].
func indexCellLabel(cell string) string {
	return spaceless(strings.Trim(cell, " ：:[]［］【】"))
}

// indexField keeps what a field of the index says of the notice.
func (n *Notice) indexField(label, value string) {
	if value == "" {
		return
	}
	switch label {
	case "文号", "字号", "发文字号", "发文序号", "发文文号", "发布文号", "文件编号", "备注/文号":
		if (isNumberLine(value) || issueLabelRe.MatchString(value)) && n.index.number == "" {
			n.index.number = value
		}
	case "公开责任部门":
		if endsOrg(value) && n.index.publisher == "" {
			n.index.publisher = value
		}
	case "发布机构", "发布部门", "发文机构", "发文机关", "发文单位", "发布单位", "制定机关", "颁布单位", "机构名称":
		if (endsOrg(value) || indexGroupRe.MatchString(value) || streetTownRe.MatchString(value)) && n.index.issuer == "" {
			n.index.issuer = value
		}
	case "名称", "标题", "文件名称":
		if n.index.title == "" {
			n.index.title = value
		}
	case "成文日期", "成文时间", "发文日期", "发文时间", "公文生成日期", "制定日期", "印发日期":
		// 成文日期, the day the notice was signed, over a 发文日期 before
		// it on the same index (the day it was sent out).
		if d, ok := indexDate(value); ok && (n.index.date.IsZero() || n.index.published || (label == "成文日期" || label == "成文时间") && !n.index.signed) {
			n.index.signed = label == "成文日期" || label == "成文时间"
			n.index.date, n.index.published = d, false
		}
	case "公布日期", "颁布日期":
		// A regulations database's date of promulgation: the notice's
		// date where no 成文日期 says it.
		if d, ok := indexDate(value); ok && n.index.date.IsZero() {
			n.index.date, n.index.published = d, true
		}
	}
}

var isoDateRe = lazyRe(`^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})`)

// indexDate reads an index's date: 2024-02-04, 2020年05月07日, with or
// without a time after it.
func indexDate(s string) (time.Time, bool) {
	if m := isoDateRe.FindStringSubmatch(s); m != nil {
		return ymd(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if f := strings.Fields(s); len(f) == 0 {
		return time.Time{}, false
	} else if m := dateLineRe.FindStringSubmatch(f[0]); m != nil {
		return ymd(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	return time.Time{}, false
}

// readingRe is a pinyin reading a mirror site glues after a character, in
// brackets: 發(fā), 局(ju)(ju), 經(jīng), with a space a copy left in it
// (創(chuàng )).
var readingRe = lazyRe(`[（(][ \x{3000}]?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6}[ \x{3000}]?[）)]`)

// minReadings is how many readings a text holds before they are read as a
// mirror's ruby text, not as the text's own brackets.
const minReadings = 3

// dropReadings takes out the pinyin readings some mirror sites put after
// characters (州政發(fā)〔2020〕5號): they are no part of the notice. A text
// with fewer than minReadings of them keeps its brackets; only a reading
// right after a Chinese character, or after another reading, goes.
func dropReadings(text string) string {
	locs := readingRe.FindAllStringIndex(text, -1)
	if len(locs) < minReadings {
		return text
	}
	var b strings.Builder
	from := 0
	for _, loc := range locs {
		before := text[from:loc[0]]
		r, _ := utf8.DecodeLastRuneInString(text[:loc[0]])
		if before == "" && from > 0 || unicode.Is(unicode.Han, r) {
			b.WriteString(before)
			from = loc[1]
		}
	}
	b.WriteString(text[from:])
	return b.String()
}

// emptyAttachRowRe is an index table's row naming no attachment: 附件 |.
var emptyAttachRowRe = lazyRe(`^附件\s*[|｜]\s*$`)

// streetTownRe is a street's or a town's name standing for its office, as
// an index's 发布机构 gives it: 祥符街道, 太平镇.
var streetTownRe = lazyRe(`^\p{Han}{2,8}(?:街道|镇|乡)$`)
