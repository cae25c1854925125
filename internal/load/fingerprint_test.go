package load

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// A review's fingerprint is of the report's meaning (walk 2, #10): what
// tally fmt changes (layout, quotes, key order, comments, blank lines)
// keeps it; a change of any value, key, or list order changes it.
func TestFingerprint(t *testing.T) {
	const base = "unit: a\nperiod: 2019Q2\nsubmitted: 2019-07-04\nentries:\n  - task: 16\n    status: 推进中\n    progress: 60\n    summary: |-\n      整顿4个\n      另2个\n    evidence: [纪要.pdf, 照片.jpg]\n"
	fp := func(src string) string {
		var n yaml.Node
		if err := yaml.Unmarshal([]byte(src), &n); err != nil {
			t.Fatalf("%v:\n%s", err, src)
		}
		return Fingerprint(&n)
	}
	want := fp(base)
	for _, same := range []string{
		"# 报送\n" + base + "# 完\n",
		"period: 2019Q2\nunit: a   # 单位\n\nsubmitted: 2019-07-04\nentries:\n  - status: \"推进中\"\n    task: 16\n    progress: 60\n    summary: \"整顿4个\\n另2个\"\n    evidence:\n      - 纪要.pdf\n      - '照片.jpg'\n",
		"{unit: a, period: 2019Q2, submitted: 2019-07-04, entries: [{task: 16, status: 推进中, progress: 60, summary: \"整顿4个\\n另2个\", evidence: [纪要.pdf, 照片.jpg]}]}\n",
	} {
		if got := fp(same); got != want {
			t.Errorf("the same meaning, another fingerprint (%s, want %s):\n%s", got, want, same)
		}
	}
	for _, other := range []string{
		"unit: a\nperiod: 2019Q2\nsubmitted: 2019-07-05\nentries:\n  - task: 16\n    status: 推进中\n    progress: 60\n    summary: |-\n      整顿4个\n      另2个\n    evidence: [纪要.pdf, 照片.jpg]\n",
		"unit: a\nperiod: 2019Q2\nsubmitted: 2019-07-04\nentries:\n  - task: 16\n    status: 推进中\n    progress: 65\n    summary: |-\n      整顿4个\n      另2个\n    evidence: [纪要.pdf, 照片.jpg]\n",
		"unit: a\nperiod: 2019Q2\nsubmitted: 2019-07-04\nentries:\n  - task: 16\n    status: 推进中\n    progress: \"60\"\n    summary: |-\n      整顿4个\n      另2个\n    evidence: [纪要.pdf, 照片.jpg]\n",
		"unit: a\nperiod: 2019Q2\nsubmitted: 2019-07-04\nentries:\n  - task: 16\n    status: 推进中\n    progress: 60\n    summary: 整顿4个 另2个\n    evidence: [纪要.pdf, 照片.jpg]\n",
		"unit: a\nperiod: 2019Q2\nsubmitted: 2019-07-04\nentries:\n  - task: 16\n    status: 推进中\n    progress: 60\n    summary: |-\n      整顿4个\n      另2个\n    evidence: [照片.jpg, 纪要.pdf]\n",
		"unit: a\nperiod: 2019Q2\nsubmitted: 2019-07-04\nentries:\n  - task: 16\n    status: 推进中\n    progress: 60\n    summary: |-\n      整顿4个\n      另2个\n    evidence: [纪要.pdf]\n",
		"unit: a\nperiod: 2019Q2\nsubmitted: 2019-07-04\nentries:\n  - task: 16\n    status: 推进中\n    progress: 60\n    problems: |-\n      整顿4个\n      另2个\n    evidence: [纪要.pdf, 照片.jpg]\n",
	} {
		if fp(other) == want {
			t.Errorf("a change of meaning kept the fingerprint:\n%s", other)
		}
	}
}
