// Package gen writes realistic, deterministic data repositories of any
// size, for benchmarks and scale tests: units in groups, tasks owned by
// groups, quarterly reports in Chinese, some units missing.
package gen

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"tally/internal/yamlfmt"
)

// Options size a repository.
type Options struct {
	Tasks   int
	Units   int
	Periods int // quarters of one year, at most 4
	Seed    int64
	// Missing is the share of (unit, period) reports left out.
	Missing float64
}

// Province is the size DESIGN §8 measures: 200 tasks, 2,000 units, 4 quarters.
var Province = Options{Tasks: 200, Units: 2000, Periods: 4, Seed: 1, Missing: 0.05}

var (
	kinds    = []string{"组织部", "宣传部", "统战部", "政法委", "党校", "编办", "机关工委", "教育工委", "国资委党委", "两新工委"}
	places   = []string{"东城", "西城", "南山", "北湖", "临江", "青云", "白沙", "金田", "石门", "长安", "太平", "永安", "新华", "红星", "胜利", "和平", "光明", "朝阳", "东湖", "西岭"}
	verbs    = []string{"推进", "完善", "加强", "落实", "深化", "健全", "规范", "提升", "统筹", "压实"}
	objects  = []string{"基层党组织建设", "党员教育管理", "干部队伍建设", "阵地建设", "组织生活制度", "发展党员工作", "党建责任制", "人才引进工作", "网格化管理", "党群服务中心建设"}
	progress = []string{"召开专题会议研究部署，制定工作方案", "完成摸底排查，建立工作台账", "开展督导检查，推动问题整改", "组织集中培训，覆盖全体党员", "建立长效机制，形成制度文件"}
	problems = []string{"部分基层单位重视不够，推进不平衡", "经费保障不足，进度受到影响", "人员力量薄弱，专职人员配备不到位", ""}
	nexts    = []string{"加大督导力度，确保按期完成", "总结推广经验做法", "开展“回头看”，巩固工作成效", ""}
)

// Write creates the repository in dir, which must not hold one yet.
func Write(dir string, o Options) error {
	rng := rand.New(rand.NewSource(o.Seed))
	o.Periods = min(max(o.Periods, 1), 4)
	groups := max(o.Units/100, 1)
	write := func(name, content string) error {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, []byte(content), 0o644)
	}

	var plan strings.Builder
	plan.WriteString("title: 全省加强基层组织建设重点工作任务清单（生成数据）\nstart: 2024-01-01\nend: 2024-12-31\nsections:\n")
	sections := 10
	for s := 1; s <= sections; s++ {
		fmt.Fprintf(&plan, "  - id: \"%d\"\n    title: 第%d部分重点工作\n", s, s)
	}
	plan.WriteString("periods:\n")
	for q := 1; q <= o.Periods; q++ {
		fmt.Fprintf(&plan, "  - id: 2024Q%d\n    start: 2024-%02d-01\n    end: %s\n    due: %s\n", q, 3*q-2, quarterEnd(q), quarterDue(q))
	}
	if err := write("plan.yaml", plan.String()); err != nil {
		return err
	}

	// Units fall into groups of about a hundred; each group is one kind of
	// office across places.
	var units strings.Builder
	units.WriteString("units:\n")
	members := make([][]string, groups)
	for u := 0; u < o.Units; u++ {
		g := u % groups
		id := fmt.Sprintf("u%05d", u+1)
		members[g] = append(members[g], id)
		fmt.Fprintf(&units, "  - id: %s\n    name: %s%s%d\n", id, places[u%len(places)], kinds[g%len(kinds)], u+1)
	}
	units.WriteString("groups:\n")
	for g := 0; g < groups; g++ {
		fmt.Fprintf(&units, "  - name: 第%d组\n    members:\n", g+1)
		for _, m := range members[g] {
			fmt.Fprintf(&units, "      - %s\n", m)
		}
	}
	if err := write("units.yaml", units.String()); err != nil {
		return err
	}

	// Tasks are owned by one or two groups. About one in six is hard: it
	// moves slowly and some of its units fall behind; the others do not.
	owners := make([][]int, o.Tasks)
	hard := make([]bool, o.Tasks)
	unitTasks := make([][]int, o.Units)
	for t := 0; t < o.Tasks; t++ {
		gs := []int{rng.Intn(groups)}
		if rng.Intn(2) == 0 && groups > 1 {
			if g := rng.Intn(groups); g != gs[0] {
				gs = append(gs, g)
			}
		}
		owners[t] = gs
		hard[t] = rng.Intn(6) == 0
		var names []string
		for _, g := range gs {
			names = append(names, fmt.Sprintf("第%d组", g+1))
			for _, m := range members[g] {
				var n int
				fmt.Sscanf(m, "u%d", &n)
				unitTasks[n-1] = append(unitTasks[n-1], t)
			}
		}
		title := verbs[rng.Intn(len(verbs))] + objects[rng.Intn(len(objects))]
		body := strings.Repeat("坚持问题导向和目标导向，"+title+"，确保各项措施落地见效。", 2+rng.Intn(3))
		task := yamlfmt.Text("section", fmt.Sprint(1+t%sections), 0) + "title: " + title + fmt.Sprint(t+1) + "\n" +
			yamlfmt.Block("body", body+"\n", 0) + "owners:\n"
		for _, n := range names {
			task += "  - " + n + "\n"
		}
		if rng.Intn(4) == 0 {
			task += fmt.Sprintf("milestones:\n  - due: 2024-%02d-30\n    text: 完成阶段性目标\n", 3+rng.Intn(8))
		}
		if err := write(fmt.Sprintf("tasks/%03d.yaml", t+1), task); err != nil {
			return err
		}
	}

	// Reports: each unit, each quarter, its open tasks; some left out.
	// Progress only grows, and a task once done is not reported again.
	type state struct {
		progress int
		done     bool
	}
	states := make([]map[int]*state, o.Units)
	for u := range states {
		states[u] = map[int]*state{}
	}
	for q := 1; q <= o.Periods; q++ {
		period := fmt.Sprintf("2024Q%d", q)
		for u := 0; u < o.Units; u++ {
			if rng.Float64() < o.Missing {
				continue
			}
			id := fmt.Sprintf("u%05d", u+1)
			var b strings.Builder
			fmt.Fprintf(&b, "unit: %s\nperiod: %s\nsubmitted: %s\ncontact: 联系人%d 0759-%07d\nentries:\n", id, period, submitted(q, rng), u+1, rng.Intn(10000000))
			n := 0
			for _, t := range unitTasks[u] {
				st := states[u][t]
				if st == nil {
					st = &state{}
					states[u][t] = st
				}
				if st.done {
					continue
				}
				if n > 0 {
					b.WriteString("\n")
				}
				n++
				step := 45
				if hard[t] {
					step = 25
				}
				st.progress = min(100, st.progress+rng.Intn(step))
				status := "推进中"
				switch {
				case st.progress == 100:
					status, st.done = "已完成", true
				case st.progress == 0:
					status = "未启动"
				case hard[t] && rng.Intn(5) == 0:
					status = "滞后"
				}
				fmt.Fprintf(&b, "  - task: %d\n    status: %s\n    progress: %d\n", t+1, status, st.progress)
				if status != "未启动" {
					b.WriteString("    summary: " + progress[rng.Intn(len(progress))] + "，" + progress[rng.Intn(len(progress))] + "。\n")
				} else {
					b.WriteString("    summary: 本期尚未启动。\n") // a submitted report says so (DESIGN §2)
				}
				if pr := problems[rng.Intn(len(problems))]; pr != "" {
					b.WriteString("    problems: " + pr + "。\n")
				}
				if nx := nexts[rng.Intn(len(nexts))]; nx != "" {
					b.WriteString("    next: " + nx + "。\n")
				}
			}
			text := b.String()
			if n == 0 {
				text = strings.TrimSuffix(text, "entries:\n") + "entries: []\n"
			}
			if err := write("reports/"+period+"/"+id+".yaml", text); err != nil {
				return err
			}
		}
	}
	return nil
}

func quarterEnd(q int) string {
	return [...]string{"2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"}[q-1]
}

func quarterDue(q int) string {
	return [...]string{"2024-04-05", "2024-07-05", "2024-10-10", "2025-01-05"}[q-1]
}

func submitted(q int, rng *rand.Rand) string {
	day := 1 + rng.Intn(8)
	return [...]string{"2024-04-%02d", "2024-07-%02d", "2024-10-%02d", "2025-01-%02d"}[q-1][:8] + fmt.Sprintf("%02d", day)
}

// Cached returns a folder holding a repository of size o, generating it
// in the system's temporary folder the first time (for benchmarks).
func Cached(o Options) (string, error) {
	return cached(fmt.Sprintf("tally-gen-v5-%d-%d-%d-%d-%g", o.Tasks, o.Units, o.Periods, o.Seed, o.Missing), o, Write)
}

// cached returns the folder name under the temporary folder, writing it
// with write the first time.
func cached(name string, o Options, write func(string, Options) error) (string, error) {
	dir := filepath.Join(os.TempDir(), name)
	if _, err := os.Stat(filepath.Join(dir, "plan.yaml")); err == nil {
		return dir, nil
	}
	tmp, err := os.MkdirTemp(os.TempDir(), "tally-gen-*")
	if err != nil {
		return "", err
	}
	if err := write(tmp, o); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		if _, serr := os.Stat(filepath.Join(dir, "plan.yaml")); serr == nil {
			return dir, nil // generated meanwhile by another process
		}
		return "", err
	}
	return dir, nil
}
