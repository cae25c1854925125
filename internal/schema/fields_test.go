package schema

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"tally/internal/model"
)

// The schemas name exactly the fields of model.FieldTable, which the loader
// and the formatter read: a field added in one place and not the other
// fails here.
func TestSchemasMatchTheFieldTable(t *testing.T) {
	for _, kind := range Kinds {
		b, err := Get(kind)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		paths := model.FieldTable[kind]
		if len(paths) == 0 {
			t.Fatalf("%s: no fields in model.FieldTable", kind)
		}
		for path, fields := range paths {
			node := doc
			if path != "" {
				for _, step := range strings.Split(path, "/") {
					if step == "-" {
						node, _ = node["items"].(map[string]any)
					} else {
						props, _ := node["properties"].(map[string]any)
						node, _ = props[step].(map[string]any)
					}
					if node == nil {
						t.Fatalf("%s: the schema has no %q", kind, path)
					}
				}
			}
			props, _ := node["properties"].(map[string]any)
			var got, want, gotReq, wantReq []string
			for name := range props {
				got = append(got, name)
			}
			for _, r := range node["required"].([]any) {
				gotReq = append(gotReq, r.(string))
			}
			for _, f := range fields {
				want = append(want, f.Name)
				if f.Required {
					wantReq = append(wantReq, f.Name)
				}
			}
			for _, s := range [][]string{got, want, gotReq, wantReq} {
				slices.Sort(s)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s %q: schema properties %v, field table %v", kind, path, got, want)
			}
			if !slices.Equal(gotReq, wantReq) {
				t.Errorf("%s %q: schema requires %v, field table %v", kind, path, gotReq, wantReq)
			}
		}
	}
}
