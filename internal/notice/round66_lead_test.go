package notice

import "testing"

// Round 66: what this session's probes and held-out sets found.

// An item's closing clause naming who does it with an open-ended limit
// after it (县发改局负责，长期坚持) had lost its owner: only a dated limit
// was taken after the names. Work with no end is a limit too; the owner
// is read and listed, as no label says so.
func TestClosingUnitsWithOpenLimit(t *testing.T) {
	text := "一、推动经济高质量发展\n1.加快重点项目建设，全年完成投资50亿元。县发改局负责，长期坚持。\n" +
		"2.深化“放管服”改革。县数据局牵头，县市场监管局配合，持续推进。\n"
	wantRows(t, "open limit", parseAt(text), []probeRow{
		{"加快重点项目建设，全年完成投资50亿元", []string{"县发改局"}, nil, nil, "", []string{"owners", "due"}},
		{"深化“放管服”改革", []string{"县数据局", "县市场监管局"}, []string{"县数据局"}, nil, "", []string{"owners", "due"}},
	})
}
