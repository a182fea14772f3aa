package main

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/peglab/peglab/playground"
)

// chromium finds Debian's Chromium, which .ci/run installs.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on this machine (apt-get install chromium): the playground's browser test is skipped")
	return ""
}

// TestPlaygroundInBrowser drives the page in a real Chromium: it types the
// ~= example into the source editor with the extension on, and checks that
// every pane shows what the CLI prints for the same source. Screenshots go
// to $PEGLAB_SCREENSHOTS (default: the test's temporary folder).
func TestPlaygroundInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := chromium(t)
	srv := httptest.NewServer(playground.Handler(playgroundConfig(10*time.Second, 1<<20, runOptions{maxMemory: defaultPlaygroundMemory})))
	defer srv.Close()
	shots := os.Getenv("PEGLAB_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1600, 1000))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	var console []string
	var mu sync.Mutex
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *cdpruntime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			console = append(console, "exception: "+msg)
		case *cdpruntime.EventConsoleAPICalled:
			for _, a := range ev.Args {
				console = append(console, string(ev.Type)+": "+string(a.Value)+a.Description)
			}
		}
	}))
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	const src = "close = 0.1 + 0.2 ~= 0.3\nprint(close)\n"
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			mu.Lock()
			defer mu.Unlock()
			t.Fatalf("%s: %v\nthe page's console:\n%s", what, err, strings.Join(console, "\n"))
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS(sel)))
		must("reading "+sel, err)
		return s
	}
	waitFor := func(what, js string) {
		t.Helper()
		must(what, chromedp.Do(ctx, ignore(chromedp.Poll[bool](js, chromedp.WithPollingTimeout(20*time.Second)))))
	}
	screenshot := func(name string) {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		must("screenshot", err)
		os.WriteFile(filepath.Join(shots, name), png, 0o644)
	}
	must("opening the page", chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")))
	waitFor("the page's start", `window.peglab !== undefined`)
	must("typing the example", chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("ext-almosteq")),
		ignore(chromedp.Evaluate[any](`PeglabEditor.setText(peglab.source, `+jsString(src)+`)`)),
	))
	waitFor("the AST pane showing ~=", `document.getElementById("ast").textContent.includes("AlmostEq")`)
	screenshot("playground-almosteq.png")
	for _, c := range []struct {
		pane, got string
		args      []string
	}{
		{"tokens", text("#tokens"), []string{"tokens", "--ext", "almosteq", "-c", src}},
		{"ast", text("#ast-dump"), []string{"ast", "--indent", "2", "--ext", "almosteq", "-c", src}},
		{"symtable", text("#symtable"), []string{"symtable", "--ext", "almosteq", "-c", src}},
	} {
		var out, errOut strings.Builder
		run(c.args, strings.NewReader(""), &out, &errOut)
		if strings.TrimSpace(c.got) != strings.TrimSpace(out.String()) {
			t.Errorf("%s pane differs from `peglab %s`:\npage:\n%s\ncli:\n%s", c.pane, strings.Join(c.args, " "), c.got, out.String())
		}
	}
	waitFor("the output pane", `document.getElementById("output").textContent.includes("exit status")`)
	if d := text("#dis"); !strings.Contains(d, "COMPARE_OP") || !strings.Contains(d, "(~=)") {
		t.Errorf("dis pane without COMPARE_OP (~=):\n%s", d)
	}
	if out := text("#output"); !strings.HasPrefix(out, "True\n") {
		t.Errorf("output pane: %q, want the program's True", out)
	}
	if rr := text("#railroad"); !strings.Contains(rr, "compare_op_bitwise_or_pair") {
		t.Errorf("railroad pane without the rule ~= extends: %q", rr)
	}

	// Clicking the Compare node highlights its span in the editor.
	must("clicking an AST node", chromedp.Do(ctx, chromedp.Click(chromedp.Search(`//span[@class="node"][span[@class="cls" and text()="Compare"]]`))))
	if marked := text(".cm-ast-span"); marked != "0.1 + 0.2 ~= 0.3" {
		t.Errorf("clicking Compare highlights %q, want the comparison", marked)
	}

	// Without the extension, the SyntaxError shows in the editor at its place.
	must("turning the extension off", chromedp.Do(ctx, chromedp.Click(chromedp.ID("ext-almosteq"))))
	waitFor("the SyntaxError diagnostic", `document.querySelector(".cm-lintRange-error") !== null`)
	screenshot("playground-syntaxerror.png")
	if out := text("#output"); !strings.Contains(out, "SyntaxError: invalid syntax") {
		t.Errorf("output pane without the SyntaxError: %q", out)
	}
	t.Logf("screenshots in %s", shots)
}

// ignore drops an action's value.
func ignore[T any](a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := a(ctx, t)
		return chromedp.Void{}, err
	}
}

func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "`", "\\`", "$", `\$`)
	return "`" + r.Replace(s) + "`"
}
