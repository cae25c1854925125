package load

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"tally/internal/model"
)

// Fingerprint is the fingerprint of a document's meaning, what a review
// records of the report it decided on (model.HashLen hex digits of a
// SHA-256): the data as yamlfmt.Same compares it, so that nothing `tally fmt`
// changes changes it — the layout, the quoting, the order of a mapping's
// keys, comments and blank lines — while any change of a value, a key,
// or of a list's order or length does. Scalars count by their resolved
// tag and value (60 and "60" differ, as they do to a YAML reader); an
// alias by the anchor it names (the anchored data counts where it is
// written), so that a document of aliases upon aliases costs no more to
// fingerprint than to read.
func Fingerprint(n *yaml.Node) string {
	var b strings.Builder
	meaning(&b, n)
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])[:model.HashLen]
}

// meaning writes n's data to b in a form with one spelling per meaning:
// every string length-prefixed, a mapping's pairs in the order of their
// keys' forms.
func meaning(b *strings.Builder, n *yaml.Node) {
	if n == nil {
		b.WriteString("~")
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		b.WriteString("D")
		for _, c := range n.Content {
			meaning(b, c)
		}
	case yaml.AliasNode:
		b.WriteString("A")
		text(b, n.Value)
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			b.WriteString("N")
			return
		}
		b.WriteString("S")
		text(b, n.ShortTag())
		text(b, n.Value)
	case yaml.SequenceNode:
		b.WriteString("[" + strconv.Itoa(len(n.Content)))
		for _, c := range n.Content {
			meaning(b, c)
		}
		b.WriteString("]")
	case yaml.MappingNode:
		pairs := make([]string, 0, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			// A key counts by its text, as yamlfmt.Same compares keys: fmt
			// may quote a key that reads as a number (0 → "0").
			var p strings.Builder
			if k := n.Content[i]; k.Kind == yaml.ScalarNode {
				p.WriteString("K")
				text(&p, k.Value)
			} else {
				meaning(&p, k)
			}
			meaning(&p, n.Content[i+1])
			pairs = append(pairs, p.String())
		}
		sort.Strings(pairs)
		b.WriteString("{" + strconv.Itoa(len(pairs)))
		for _, p := range pairs {
			text(b, p)
		}
		b.WriteString("}")
	}
}

func text(b *strings.Builder, s string) {
	b.WriteString(strconv.Itoa(len(s)) + ":" + s)
}
