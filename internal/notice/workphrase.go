package notice

// workPhraseRe is a bracket that names work, not who does it: 牵头 or 负责
// used before 的 in a noun phrase (按序时进度推进牵头联系的重点项目: the
// projects the leader liaises with).
var workPhraseRe = lazyRe(`^[^，,；;、：:]*(?:牵头|负责)\p{Han}{1,4}的\p{Han}{1,10}$`)

// workPhrase says a bracket closing an item's text is such a phrase: part
// of the work's name, no responsibility.
func workPhrase(in string) bool { return workPhraseRe.MatchString(in) }
