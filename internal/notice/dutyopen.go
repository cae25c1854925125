package notice

// unitDutyOpenRe is a line (an item's text, its number taken off where
// the item was dropped for naming no owner) that opens with a body and
// the word giving it the work: 市粮食局负责制订…, 各市、区政府负责落实…,
// 各区县政府(地区管委会):落实属地责任…. A division of duties by body no
// rule read: the safety net lists it.
var unitDutyOpenRe = lazyRe(`^(?:\d{1,3}\s*[.、．﹒)）]|[（(]\d{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?\s*各?(?:省|市|县|区|州|盟|旗|镇|乡|街道)[\p{Han}、]{0,14}?(?:局|委|办|厅|部|中心|政府|管委会|办事处|公司|集团|院|队|站|所|社|联)(?:[（(][\p{Han}、]{1,12}[）)])?\s*(?:负责|[：:])\s*\p{Han}`)
