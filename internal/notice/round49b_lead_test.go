package notice

import (
	"slices"
	"testing"
)

// readProbe23 reads one of probe 23's texts.
func readProbe23(t *testing.T, name string) *Notice { t.Helper(); return readProbe(t, "probe23", name) }

// Probe 23 of the rule reading owners from items' running words: texts
// with no list of their own (a letter over a missing attachment, a letter
// sending a plan, a meeting's notice, a holiday's arrangement, 若干措施 of
// what a government will give, a reading, a drafting note, a meeting's
// news) were read as tasks in silence. Each is refused, as before the rule.
func TestRunningSubjectsNoList(t *testing.T) {
	for _, name := range []string{"letter-attachment-missing.txt", "letter-yuyi-yinfa.txt", "letter-xiafa.txt", "meeting-notice.txt",
		"holiday-notice.txt", "ruogan-cuoshi.txt", "jiedu.txt", "qicao-shuoming.txt", "meeting-news.txt", "school-jiaoshi.txt"} {
		if n := readProbe23(t, name); len(n.Tasks) != 0 {
			var got [][]string
			for _, tk := range n.Tasks {
				got = append(got, tk.Owners)
			}
			t.Errorf("%s: %d tasks read (owners %q), want none", name, len(n.Tasks), got)
		}
	}
}

// Probe 23: the bodies a clause opens with, read right: two apart by 、 or
// 和 are two owners; a time or a purpose before a name is no part of it
// (活动当天县公安局, 为确保群众健康镇卫生院, 每月底前各村); 应急 and 主要 inside a
// subject are no verbs (县应急管理局要…, 各村主要负责人要…); an adverb before
// 要 is no part of the name (镇财政所需要…).
func TestRunningSubjectNames(t *testing.T) {
	owners := func(n *Notice) [][]string {
		var got [][]string
		for _, tk := range n.Tasks {
			got = append(got, tk.Owners)
			if !reviewed(tk, "owners") {
				t.Errorf("task %s read from running words and not listed", tk.ID)
			}
		}
		return got
	}
	cases := map[string][][]string{
		"two-units-one-owner.txt":     {{"县生态环境局", "县公安局"}, {"县交警大队", "县交通运输局"}, {"县供电公司"}},
		"long-and-yingji.txt":         {{"县公安局"}, {"镇卫生院"}, {"各村"}, {"县应急管理局"}},
		"owner-lost-zhuyao-xuyao.txt": {{"各村主要负责人"}, {"镇财政所"}, {"镇农业服务中心"}},
		// An event plan: its time is a particular, no work; 元宵晚会 将
		// 于… names an event, no body.
		"event-wanhui.txt": {{"县公安局", "县交警大队"}, {"县融媒体中心"}},
	}
	for name, want := range cases {
		if got := owners(readProbe23(t, name)); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s: owners %q, want %q", name, got, want)
		}
	}
}

// Probe 23: a samples site's name for its sample is no title of the list
// either (plan.yaml took it as the list's title).
func TestSampleNameNoListTitle(t *testing.T) {
	n := readProbe23(t, "sample-title.txt")
	if n.Title != "" || n.ListTitle != "" {
		t.Errorf("title %q, list title %q, want none", n.Title, n.ListTitle)
	}
}
