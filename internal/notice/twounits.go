package notice

import (
	"slices"
	"strings"

	"tally/internal/i18n"
)

// A table's cell can run two units' names together with nothing between
// (城关街道办事处县域工业集中区: a 配合单位 cell whose two lines were joined),
// the second named with its place's level after the first's body
// (twoUnitsRe). Each is an owner of its own; the split is listed, since
// only the office can say the cell meant two units.

// splitTwoUnits parts such a name among a task's owners into its two.
func (n *Notice) splitTwoUnits() {
	for i := range n.Tasks {
		t := &n.Tasks[i]
		var out []string
		for _, o := range t.Owners {
			m := twoUnitsRe.FindStringSubmatch(o)
			if m == nil || slices.Contains(t.Lead, o) {
				out = append(out, o)
				continue
			}
			first := strings.TrimSuffix(o, m[1])
			for _, p := range []string{first, m[1]} {
				if !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
			t.review("owners", t.Sources.Owners.Line, i18n.F("“%s”像是两个单位连在了一起，已分成“%s”和“%s”；请核对",
				"%q looks like two units run together, read as %q and %q; check it", o, first, m[1]))
		}
		t.Owners = out
	}
}
