package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"tally/internal/testrepo"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// toJSON turns a YAML node into the values a JSON Schema validator reads,
// with dates as the strings they are written as.
func toJSON(n *yaml.Node) any {
	switch n.Kind {
	case yaml.DocumentNode:
		return toJSON(n.Content[0])
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = toJSON(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		out := []any{}
		for _, c := range n.Content {
			out = append(out, toJSON(c))
		}
		return out
	case yaml.AliasNode:
		return toJSON(n.Alias)
	}
	switch n.Tag {
	case "!!null":
		return nil
	case "!!bool":
		return n.Value == "true"
	case "!!int":
		v, _ := strconv.ParseInt(n.Value, 0, 64)
		return v
	case "!!float":
		v, _ := strconv.ParseFloat(n.Value, 64)
		return v
	}
	return n.Value
}

func compile(t *testing.T, kind string) *jsonschema.Schema {
	t.Helper()
	b, err := Get(kind)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(kind+".json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(kind + ".json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, src []byte) error {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal(src, &n); err != nil {
		t.Fatal(err)
	}
	return s.Validate(toJSON(&n))
}

func TestBundledFilesValidate(t *testing.T) {
	root := testrepo.BundledDir()
	files := map[string][]string{"plan": {"plan.yaml"}, "units": {"units.yaml"}}
	files["task"], _ = filepath.Glob(filepath.Join(root, "tasks", "*.yaml"))
	files["report"], _ = filepath.Glob(filepath.Join(root, "reports", "*", "*.yaml"))
	for kind, list := range files {
		s := compile(t, kind)
		for _, f := range list {
			if !strings.HasPrefix(f, root) {
				f = filepath.Join(root, f)
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, s, b); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}
	}
}

func TestSchemasRejectMistakes(t *testing.T) {
	report := compile(t, "report")
	for name, src := range map[string]string{
		"typo'd field":   "unit: a\nperiod: 2019Q2\nentries:\n  - task: 1\n    stauts: 推进中\n",
		"bad status":     "unit: a\nperiod: 2019Q2\nentries:\n  - task: 1\n    status: finished\n",
		"progress > 100": "unit: a\nperiod: 2019Q2\nentries:\n  - task: 1\n    status: 推进中\n    progress: 120\n",
		"unit not slug":  "unit: 赤坎\nperiod: 2019Q2\nentries: []\n",
	} {
		if err := validate(t, report, []byte(src)); err == nil {
			t.Errorf("%s was accepted", name)
		}
	}
	for _, s := range []string{"推进中", "in-progress", "已完成", "done"} {
		src := "unit: a\nperiod: 2019Q2\nentries:\n  - task: 1\n    status: " + s + "\n"
		if err := validate(t, report, []byte(src)); err != nil {
			t.Errorf("status %s rejected: %v", s, err)
		}
	}
}

// The committed schema/ folder is what `tally schema` prints.
func TestCommittedSchemasAreCurrent(t *testing.T) {
	for _, kind := range Kinds {
		want, _ := Get(kind)
		got, err := os.ReadFile(filepath.Join("../../schema", kind+".schema.json"))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("schema/%s.schema.json is stale: run `tally schema %s > schema/%s.schema.json` (%v)", kind, kind, kind, err)
		}
	}
}

// A review as tally review writes it validates; a hand-edited result or
// fingerprint does not. A report's evidence and extension validate.
func TestReviewSchema(t *testing.T) {
	review, report := compile(t, "review"), compile(t, "report")
	good := "unit: chikan-org\nperiod: 2019Q2\nreport: 3f9a2c41d07e\nresult: 退回\ndate: 2019-07-08\nby: 督查科 李四\n" +
		"reasons:\n  - task: 16\n    text: 请补充整顿村数\n  - text: 缺少会议纪要\nextensions:\n  - {task: 16, to: 2019-12-31, granted: true}\n"
	if err := validate(t, review, []byte(good)); err != nil {
		t.Errorf("a review tally writes was rejected: %v", err)
	}
	for name, src := range map[string]string{
		"bad result":      strings.Replace(good, "result: 退回", "result: 不通过", 1),
		"bad fingerprint": strings.Replace(good, "3f9a2c41d07e", "3F9A", 1),
		"no date":         strings.Replace(good, "date: 2019-07-08\n", "", 1),
	} {
		if err := validate(t, review, []byte(src)); err == nil {
			t.Errorf("%s was accepted", name)
		}
	}
	entry := "unit: a\nperiod: 2019Q2\nentries:\n  - task: 1\n    status: 推进中\n"
	if err := validate(t, report, []byte(entry+"    evidence: [台账.pdf]\n    extension: {to: 2019-12-31, reason: 等待上级批复}\n")); err != nil {
		t.Errorf("evidence and extension rejected: %v", err)
	}
	if err := validate(t, report, []byte(entry+"    evidence: [../台账.pdf]\n")); err == nil {
		t.Error("an evidence path with a folder was accepted")
	}
}
