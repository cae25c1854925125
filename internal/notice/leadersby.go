package notice

// leadersByRe is a leaders' label whose persons stand in brackets after
// the document that divides the work among them: 按《市委工作要点》分工
// (蒋永根、俞福才、金跃民). The persons are the names in the brackets.
var leadersByRe = lazyRe(`^\s*(?:按|按照|根据|依)[^（()）]{1,30}?(?:分工|分管|职责)\s*[（(]([^（()）]+)[）)][\s；;，,。]*$`)

// leadersBy gives the names in the brackets of such a label's value, or
// the value as it was.
func leadersBy(s string) string {
	if m := leadersByRe.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}

// namePostRe is a person named with posts in brackets after the name:
// 阿布力肯·阿布都热合曼(县委常委、统战部部长、县政协党组副书记).
var namePostRe = lazyRe(`^(\p{Han}[\p{Han}·]{1,15}?)\s*[（(]([^（()）]{2,40}?(?:长|书记|主任|委员|常委|调研员|巡视员|主席|秘书长|成员|助理))[）)]$`)

// personOfPost gives the name of a person written with posts in brackets
// after it, or p as it was.
func personOfPost(p string) string {
	if m := namePostRe.FindStringSubmatch(p); m != nil && !postOnlyRe.MatchString(m[1]) && !roleRe.MatchString(m[1]) {
		return m[1]
	}
	return p
}
