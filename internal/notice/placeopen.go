package notice

// A place named alone joined by 及 or 和 to an open name of the same level
// (福州及相关设区市: 福州 and the other cities concerned): two names, the
// place an owner as written, the open name none in particular (listed).

// placeAndOpen says before is a place named alone (placeAloneRe, in
// ending.go) and after the joining word an open name: 福州及相关设区市.
func placeAndOpen(before, after string) bool {
	return placeAloneRe.MatchString(before) && !endsOrg(before) && openNameRe.MatchString(after)
}
