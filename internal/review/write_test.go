package review_test

import (
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"tally/internal/model"
	"tally/internal/review"
)

// A reason of several lines, on a task or on the whole report, is
// written so that it reads back as typed: a clerk's two-line reason once
// made the review file unwritable.
func TestReasonsOfSeveralLinesReadBack(t *testing.T) {
	rv := &model.Review{Unit: "city-pub", Period: "2019Q2", Report: "3f9a2c41d07e", Result: model.Returned, HasResult: true,
		Date: time.Date(2019, 7, 8, 0, 0, 0, 0, time.UTC), By: "督查科 李四",
		Reasons: []model.ReviewReason{{Text: "第一行\n第二行"}, {Task: "16", Text: "缺少数据\n请补充：整顿村数"}, {Text: "一行"}}}
	text, err := review.Text(rv)
	if err != nil {
		t.Fatalf("write: %v", err)
	}
	var back struct {
		Reasons []struct{ Task, Text string }
	}
	if err := yaml.Unmarshal(text, &back); err != nil {
		t.Fatalf("read back: %v\n%s", err, text)
	}
	if len(back.Reasons) != len(rv.Reasons) {
		t.Fatalf("%d reasons read back, want %d:\n%s", len(back.Reasons), len(rv.Reasons), text)
	}
	for i, r := range rv.Reasons {
		got := back.Reasons[i]
		if got.Task != r.Task || got.Text != r.Text && got.Text != r.Text+"\n" {
			t.Errorf("reason %d read back as %q %q, want %q %q\n%s", i, got.Task, got.Text, r.Task, r.Text, text)
		}
	}
}
