package load

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strconv"
	"sync"

	"go.yaml.in/yaml/v3"

	"tally/internal/model"
)

// Fingerprint is the fingerprint of a document's meaning, what a review
// records of the report it decided on (model.HashLen hex digits of a
// SHA-256): the data as yamlfmt.Same compares it, so that nothing
// `tally fmt` changes changes it — the layout, the quoting, the order of
// a mapping's keys, comments and blank lines — while any change of a
// value, a key, or of a list's order or length does. Scalars count by
// their resolved tag and value (60 and "60" differ, as they do to a YAML
// reader), keys by their text (fmt may quote a key that reads as a
// number); an alias by the anchor it names (the anchored data counts
// where it is written), so that a document of aliases upon aliases costs
// no more to fingerprint than to read.
func Fingerprint(n *yaml.Node) string {
	f := fingerprinters.Get().(*fingerprinter)
	defer fingerprinters.Put(f)
	f.h.Reset()
	f.buf = f.buf[:0]
	f.node(n)
	f.h.Write(f.buf)
	return hex.EncodeToString(f.h.Sum(f.buf[:0]))[:model.HashLen]
}

// fingerprinter writes a document's data in a form with one spelling per
// meaning: every string length-prefixed, a mapping's pairs in the order
// of their keys' text. What it writes goes through buf into the hash, a
// few kilobytes at a time; the loader's workers share a few of them.
type fingerprinter struct {
	h   hash.Hash
	buf []byte
}

var fingerprinters = sync.Pool{New: func() any { return &fingerprinter{h: sha256.New(), buf: make([]byte, 0, flushAt+512)} }}

// flushAt is how full buf gets before it is hashed.
const flushAt = 4 << 10

func (f *fingerprinter) text(s string) {
	if len(f.buf) >= flushAt {
		f.h.Write(f.buf)
		f.buf = f.buf[:0]
	}
	f.buf = strconv.AppendInt(f.buf, int64(len(s)), 10)
	f.buf = append(f.buf, ':')
	f.buf = append(f.buf, s...)
}

func (f *fingerprinter) node(n *yaml.Node) {
	if n == nil {
		f.buf = append(f.buf, '~')
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		f.buf = append(f.buf, 'D')
		for _, c := range n.Content {
			f.node(c)
		}
	case yaml.AliasNode:
		f.buf = append(f.buf, 'A')
		f.text(n.Value)
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			f.buf = append(f.buf, 'N')
			return
		}
		f.buf = append(f.buf, 'S')
		f.text(n.ShortTag())
		f.text(n.Value)
	case yaml.SequenceNode:
		f.buf = append(f.buf, '[')
		f.buf = strconv.AppendInt(f.buf, int64(len(n.Content)), 10)
		for _, c := range n.Content {
			f.node(c)
		}
		f.buf = append(f.buf, ']')
	case yaml.MappingNode:
		f.mapping(n)
	}
}

// mapping writes a mapping's pairs in the order of their keys' text (a
// key that is no scalar, which tally's files never have, in place among
// those of empty text).
func (f *fingerprinter) mapping(n *yaml.Node) {
	pairs := len(n.Content) / 2
	var small [24]int
	order := small[:0]
	if pairs > len(small) {
		order = make([]int, 0, pairs)
	}
	key := func(i int) string { return n.Content[2*i].Value }
	for i := range pairs { // insertion sort, stable: the mappings are small
		j := len(order)
		order = append(order, i)
		for ; j > 0 && key(order[j-1]) > key(i); j-- {
			order[j] = order[j-1]
		}
		order[j] = i
	}
	f.buf = append(f.buf, '{')
	f.buf = strconv.AppendInt(f.buf, int64(pairs), 10)
	for _, i := range order {
		if k := n.Content[2*i]; k.Kind == yaml.ScalarNode {
			f.buf = append(f.buf, 'K')
			f.text(k.Value)
		} else {
			f.node(k)
		}
		f.node(n.Content[2*i+1])
	}
	f.buf = append(f.buf, '}')
}
