package site_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"tally/internal/i18n"
	"tally/internal/site"
)

// browser finds Debian's chromium (or TALLY_CHROMIUM), else skips.
func browser(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("TALLY_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			return p
		}
	}
	t.Skip("no browser: the site's browser tests need Chromium at /usr/bin/chromium " +
		"(Debian: apt-get install -y chromium) or its path in TALLY_CHROMIUM")
	return ""
}

// TestSiteInBrowser opens the built site in headless Chromium: the index
// shows the headline and the lights with its stylesheet applied, the
// hostile title stays text and runs nothing, every link between pages
// lands on a file of the site, nothing is requested from the network, the
// phone width needs no sideways scrolling of the page, and print hides the
// navigation. Screenshots go to TALLY_SCREENSHOTS (or a temporary folder).
func TestSiteInBrowser(t *testing.T) {
	exe := browser(t)
	files, err := site.Build(input(t, fixture(t), "2019Q3", i18n.Zh))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "site")
	if err := site.Write(dir, files.Files); err != nil {
		t.Fatal(err)
	}
	shots := os.Getenv("TALLY_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("no-default-browser-check", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
	}
	// A guard against a hung browser, not a speed check.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(ctx)
	defer cancelTab()

	var mu sync.Mutex
	var requested []string
	dialogs := 0
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			requested = append(requested, e.Request.URL)
		case *page.EventJavascriptDialogOpening:
			dialogs++
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatal(err)
		}
	}
	index := fileURL(filepath.Join(dir, "index.html"))
	do(chromedp.Navigate(index), chromedp.WaitReady("footer"))
	h1, title, headline := run(t, ctx, chromedp.Text("h1")), run(t, ctx, chromedp.Title()), run(t, ctx, chromedp.Text(".headline"))
	desktop := run(t, ctx, chromedp.FullScreenshot(100))
	if h1 != hostile+" 任务清单" || !strings.HasPrefix(title, "总览 · "+hostile) {
		t.Errorf("the title is not shown as written: h1 %q, title %q", h1, title)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('script').length`)); n != 0 || dialogs != 0 {
		t.Errorf("the page runs script: %d script elements, %d dialogs", n, dialogs)
	}
	if !strings.Contains(headline, "期次 2019Q3，统计截至 2019-10-12") || !strings.Contains(headline, "平均进度") {
		t.Errorf("the headline is not shown: %q", headline)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.lights a.cell').length`)); n != 25 {
		t.Errorf("%d task lights on the index, want 25", n)
	}
	red := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('.lights .l-red')).backgroundColor`))
	if red != "rgb(198, 40, 40)" {
		t.Errorf("a red light's background is %q: the stylesheet did not load", red)
	}

	// Follow every link from every page reached from the index.
	seen := map[string]bool{index: true}
	queue := []string{index}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		do(chromedp.Navigate(u), chromedp.WaitReady("footer"))
		hrefs := run(t, ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('a[href]'), a => a.href)`))
		for _, h := range hrefs {
			p, ok := localFile(h)
			if !ok {
				t.Errorf("%s links outside the site: %s", u, h)
				continue
			}
			if _, err := os.Stat(p); err != nil {
				t.Errorf("%s links to %s, which does not exist", u, h)
				continue
			}
			if !seen[h] {
				seen[h] = true
				queue = append(queue, h)
			}
		}
	}
	if want := len(files.Files) - 1; len(seen) != want { // every page, not the stylesheet
		t.Errorf("%d pages reached by links, the site has %d", len(seen), want)
	}

	// A phone's width: the page itself does not scroll sideways.
	do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(fileURL(filepath.Join(dir, "tasks", "1.html"))), chromedp.WaitReady("footer"))
	width := run(t, ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
	phone := run(t, ctx, chromedp.FullScreenshot(100))
	if width > 390 {
		t.Errorf("at a phone's width the page is %d px wide", width)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if d := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('header nav')).display`)); d != "none" {
		t.Errorf("printing shows the navigation (display %q)", d)
	}

	mu.Lock()
	defer mu.Unlock()
	var remote []string
	for _, u := range requested {
		if !strings.HasPrefix(u, "file://") {
			remote = append(remote, u)
		}
	}
	sort.Strings(remote)
	if len(remote) > 0 {
		t.Errorf("the site requested from the network: %v", remote)
	}
	if len(requested) < len(seen) {
		t.Errorf("only %d requests seen for %d pages: the network was not watched", len(requested), len(seen))
	}
	for name, shot := range map[string][]byte{"index-desktop.png": desktop, "task-phone.png": phone} {
		if len(shot) < 1000 {
			t.Errorf("screenshot %s is empty", name)
		}
		if err := os.WriteFile(filepath.Join(shots, name), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshots in %s", shots)
}

// run runs one action that returns a value, failing the test on error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func fileURL(p string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String()
}

// localFile is the path of a file:// URL without its fragment.
func localFile(h string) (string, bool) {
	u, err := url.Parse(h)
	if err != nil || u.Scheme != "file" {
		return "", false
	}
	return filepath.FromSlash(u.Path), true
}
