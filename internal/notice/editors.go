package notice

// editorsRe is a page's line crediting its editors under the notice:
// (编辑:谭茜 二审:唐成 终审:阮班新), 责任编辑:张三, 【编辑:… 审核:…】.
var editorsRe = lazyRe(`^[（(【\[]?\s*(?:责任编辑|编辑|编审|校对|一审|初审|二审|三审|终审|审核|审校)\s*[：:]\s*\p{Han}{1,4}` +
	`(?:[ \x{3000}、，,;；]+(?:责任编辑|编辑|编审|校对|一审|初审|二审|三审|终审|审核|审校)\s*[：:]\s*\p{Han}{1,4})*\s*[）)】\]]?$`)

// qrFooterRe is a page's invitation under the notice to scan its code or
// follow its account: 扫描二维码 关注我们, 微信扫一扫关注.
var qrFooterRe = lazyRe(`^(?:扫描|扫码|长按识别)?\s*二维码[^。]{0,16}$|^[^。]{0,12}关注我们$`)

// pageCredit is a line of the page's own under the notice: its editors'
// credits, a call to scan its code.
func pageCredit(t string) bool {
	return editorsRe.MatchString(t) || qrFooterRe.MatchString(t)
}

// detailHeadRe is a site's heading of a page of details that names no
// document (产品详细, 文章详情, 详细内容), as a shop or news template puts
// over whatever it serves: the page's, no title.
var detailHeadRe = lazyRe(`^(?:(?:产品|商品|文章|新闻|信息|资讯|内容|政策)(?:详细|详情)(?:信息|内容|页)?|详细(?:内容|信息)|查看详情)$`)
