package notice

import (
	"slices"
	"testing"
)

// Notices copied out of their PDF (the probe TestNoticeCopiedFromPDF), a
// fourth round: each read worse so than as its page served it, each closed
// by a general rule.

// a list of fields (责任领导:…;责任单位:…;配合单位:…) broken at the printed
// width, once at a label's colon with its value on the next line, once
// inside a label's word (责任单 / 位:). Before, the units after 配合单位: were
// lost and 位: read as a field of its own, the leaders' cell holding the
// rest, in silence. Now both lines go on the fields before them.
func TestPDFBrokenLabels(t *testing.T) {
	text := "永康市人民政府办公室关于印发政府工作报告若干重点工作任务的通知\n" +
		"一、突出工业转型升级,进一步夯实五金名城的产业基础\n" +
		"　　1.推进总部中心、会展中心、物流中心和省五金科技创新服\n" +
		"务中心建设。\n" +
		"　　责任领导:蒋永根、俞福才;责任单位:总部办、经济开发区、五金城、科技局;配合单位:\n" +
		"经贸局、国土资源局、建设局、规划局、交通局、东城街道。\n" +
		"　　2.全面实施“新永康人”安居工程,为在永外地人士创造宜\n" +
		"居环境(“新永康人”之家建设)。\n" +
		"　　责任领导:按《市委工作要点》分工(韦炜、夏改革);责任单\n" +
		"位:相关镇街区;配合单位:公安局、规划局、国土资源局。\n"
	n := Parse(text, today)
	if len(n.Tasks) != 2 {
		t.Fatalf("tasks %+v", n.Tasks)
	}
	if got := n.Tasks[0]; !slices.Equal(got.Owners, []string{"总部办", "经济开发区", "五金城", "科技局", "经贸局", "国土资源局", "建设局", "规划局", "交通局", "东城街道"}) {
		t.Errorf("task 1: owners %q, want the 配合单位 on the next line among them", got.Owners)
	}
	if got := n.Tasks[1]; !slices.Equal(got.Leaders, []string{"韦炜", "夏改革"}) || !slices.Equal(got.Owners, []string{"公安局", "规划局", "国土资源局"}) {
		t.Errorf("task 2: leaders %q owners %q, want the label broken in its word read whole", got.Leaders, got.Owners)
	}
	// (相关镇街区 names no one: the helpers are the owners, as the page's
	// copy reads.)
	// A line ending at a label whose value is a label of its own is not
	// joined to it; a head that is a label alone (时限:) is not a broken
	// label's half.
	if brokenLabel("…于年底前完成", "时限:2024年") {
		t.Errorf("时限: read as the half of a broken label")
	}
}

// the recipients broken by the printed width one or two characters before
// their colon (…及企事业单 / 位:). Before, no recipients were read and the
// line 位: was left among the preamble's. Now the two lines are the
// recipients.
func TestPDFRecipientsBrokenBeforeColon(t *testing.T) {
	text := "大同市人民政府办公室\n关于印发《大同市空气质量巩固提升2021年行动计划》的通知\n同政办发〔2021〕19号\n" +
		"　　各县区人民政府、开发区管委会,市直相关部门及企事业单\n位:\n" +
		"　　《大同市空气质量巩固提升2021年行动计划》已经市人民政府同意,现印发给你们,请认真贯彻落实。\n" +
		"一、重点任务\n1.开展扬尘污染治理。(市住建局牵头,市生态环境局配合)\n"
	n := Parse(text, today)
	if !slices.Equal(n.Recipients, []string{"各县区人民政府、开发区管委会", "市直相关部门及企事业单位"}) {
		t.Errorf("recipients %q", n.Recipients)
	}
	// Two characters and a colon under a line that is no recipients' start
	// (a sentence ended) are not made recipients.
	n = Parse("关于印发工作方案的通知\n现将方案印发给你们。\n注:\n一、重点任务\n1.开展扬尘污染治理。(市住建局牵头)\n", today)
	if n.Recipients != nil {
		t.Errorf("recipients %q from a line under a sentence", n.Recipients)
	}
}

// A label ending a line with nothing after it (…；配合单位：) takes the
// next line only where it holds units' names: a paragraph (各乡镇要加强…，
// 确保…) or the signature over the date is not its value (probe 18: both
// became owners, in silence).
func TestEmptyLabelTakesNoSentence(t *testing.T) {
	for _, item := range []string{"1．保障重点项目用地需求，年内供应工业用地1000亩。\n牵头单位：县自然资源局；配合单位：\n",
		"1．保障重点项目用地需求，年内供应工业用地1000亩。牵头单位：县自然资源局；配合单位：\n"} {
		for _, tail := range []string{"各乡镇人民政府要加强组织领导，确保各项任务落到实处。\n", "某县人民政府办公室\n2025年3月1日\n"} {
			n := Parse("关于印发重点工作任务清单的通知\n一、重点任务\n"+item+tail, today)
			if len(n.Tasks) != 1 || !slices.Equal(n.Tasks[0].Owners, []string{"县自然资源局"}) {
				t.Errorf("owners %+v of %q followed by %q", n.Tasks, item, tail)
			}
		}
	}
}
