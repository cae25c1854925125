package notice

import (
	"strings"

	"tally/internal/i18n"
)

// A list of hazards found can give each its measure as an order, no label
// of who answers for it:
//
//	1.路面坑槽破损。
//	存在问题:S512大杨树大桥东路面坑槽破损,…。
//	整改措施:责令公路建设养护中心立即对路面进行修复。
//	4.涉路施工堆放场无安全警示标识。 / … / 整改措施:县交通建设质量安全监督站责令施工单位立即整改。
//
// The body ordered to act (or the body giving the order to a party no
// office can chase: 施工单位, 该船所有人) answers for the item. Before, no
// item named anyone and the notice was refused.

// orderedRe is an order in a measure's text: who gives it, and whom.
var orderedRe = lazyRe(`(?:^|[：:。；;，,\n])\s*([^：:。；;，,\n责]{2,30}?)?责令([^，,。；;：:\n]{2,60}?)(?:立即|限期|派人|尽快|迅速|在\d|于\d|对|进行|落实|做好|将|按)`)

// orderedUnits reads who answers for an item from such an order: the
// bodies ordered where they are bodies, else the body giving the order.
func orderedUnits(text string) (units string, ok bool) {
	m := orderedRe.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	if ordered := strings.TrimSpace(m[2]); unitNames(ordered) {
		return ordered, true
	}
	if giver := strings.TrimSpace(m[1]); giver != "" && (unitNames(giver) || smallBodyEndRe.MatchString(giver) && !strings.ContainsAny(giver, "、 ")) {
		return giver, true
	}
	return "", false
}

// orderedResp gives the task the bodies its measure orders to act.
func (t *Task) orderedResp(text string) bool {
	units, ok := orderedUnits(text)
	if !ok {
		return false
	}
	t.raw.resp = []piece{{units + "负责", t.raw.last, FromInline, ""}}
	t.review("owners", t.raw.last, i18n.F("这一项的整改措施写明“责令”谁去做（%s），已读作责任单位；请核对",
		"the item's measure orders a body to act (%s); read as its owners: check them", units))
	return true
}
