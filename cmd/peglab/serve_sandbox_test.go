package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peglab/peglab/playground"
	"github.com/peglab/peglab/runtime"
)

// playgroundRun runs src as the page's output pane does and returns what
// the program printed and its exit status.
func playgroundRun(t *testing.T, src string, opts runOptions, timeout time.Duration) *playground.Output {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	r := analyzeForPlayground(ctx, &playground.Request{Source: src, Stages: []string{"output"}}, opts)
	if len(r.Errors) > 0 || r.Output == nil {
		t.Fatalf("%q: errors %+v, output %+v", src, r.Errors, r.Output)
	}
	return r.Output
}

// The sandbox: what a program run from the page may not do raises
// PermissionError (or sees nothing), the standard library still imports,
// and --unsafe gives it all back.
func TestPlaygroundSandbox(t *testing.T) {
	if runtime.StdlibDir() == "" {
		t.Skip("no CPython 3.13 standard library to import from")
	}
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	os.WriteFile(secret, []byte("the secret\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "mine.py"), []byte("print('imported mine')\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "leak.py"), []byte("the secret line\n"), 0o644)
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	tests := []struct {
		name, src string
		stdout    string // wanted stdout, or
		lastErr   string // wanted last line of stderr
		unsafe    string // stdout with --unsafe ("" = same as sandboxed)
	}{
		{name: "open for reading", src: "print(open(" + q(secret) + ").read())",
			lastErr: "PermissionError: open() is not permitted in the sandbox (no file system, environment and process access)",
			unsafe:  "the secret\n\n"},
		{name: "open for writing", src: "open(" + q(filepath.Join(dir, "new")) + ", 'w').write('x')",
			lastErr: "PermissionError: open() is not permitted in the sandbox (no file system, environment and process access)"},
		{name: "listdir", src: "import os\nprint(sorted(os.listdir(" + q(dir) + ")))",
			lastErr: "PermissionError: listdir() is not permitted in the sandbox (no file system, environment and process access)",
			unsafe:  "['leak.py', 'mine.py', 'secret.txt']\n"},
		{name: "stat", src: "import os.path\nprint(os.path.exists(" + q(secret) + "))",
			stdout: "False\n", unsafe: "True\n"},
		{name: "environment", src: "import os\nprint(len(os.environ) > 0, os.getenv('PATH') is not None)",
			stdout: "False False\n", unsafe: "True True\n"},
		{name: "putenv", src: "import os\nos.putenv('PEGLAB_SANDBOX_TEST', '1')",
			lastErr: "PermissionError: putenv() is not permitted in the sandbox (no file system, environment and process access)"},
		{name: "exit the server", src: "import os\nos._exit(3)",
			lastErr: "PermissionError: _exit() is not permitted in the sandbox (no file system, environment and process access)"},
		{name: "socket", src: "import socket",
			lastErr: "PermissionError: import of _socket is not permitted in the sandbox (no network access)"},
		{name: "subprocess", src: "import _posixsubprocess",
			lastErr: "PermissionError: import of _posixsubprocess is not permitted in the sandbox (no process access)"},
		{name: "import outside the standard library", src: "import sys\nsys.path.insert(0, " + q(dir) + ")\nimport mine",
			lastErr: "ModuleNotFoundError: No module named 'mine'", unsafe: "imported mine\n"},
		{name: "a traceback shows no file's lines", src: "exec(compile('1/0', " + q(filepath.Join(dir, "leak.py")) + ", 'exec'))",
			lastErr: "ZeroDivisionError: division by zero"},
		{name: "the standard library", src: "import json, random, collections, re, os\nrandom.seed(1)\nprint(json.dumps({'a': [1, 2]}), random.random() < 1, re.sub('a', 'b', 'aa'), os.getpid() > 0)",
			stdout: "{\"a\": [1, 2]} True bb True\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := playgroundRun(t, tc.src, runOptions{maxMemory: defaultPlaygroundMemory}, 20*time.Second)
			if strings.Contains(out.Stderr, "the secret") || strings.Contains(out.Stdout, "the secret") {
				t.Errorf("sandboxed program read a file:\n%s%s", out.Stdout, out.Stderr)
			}
			if tc.lastErr != "" {
				lines := strings.Split(strings.TrimSpace(out.Stderr), "\n")
				if lines[len(lines)-1] != tc.lastErr || out.Exit != 1 {
					t.Errorf("stderr ends %q (exit %d), want %q\n%s", lines[len(lines)-1], out.Exit, tc.lastErr, out.Stderr)
				}
			} else if out.Stdout != tc.stdout || out.Exit != 0 {
				t.Errorf("stdout %q (exit %d), want %q\n%s", out.Stdout, out.Exit, tc.stdout, out.Stderr)
			}
			if tc.unsafe != "" {
				out := playgroundRun(t, tc.src, runOptions{unsafe: true}, 20*time.Second)
				if out.Stdout != tc.unsafe || out.Exit != 0 {
					t.Errorf("--unsafe: stdout %q (exit %d), want %q\n%s", out.Stdout, out.Exit, tc.unsafe, out.Stderr)
				}
			}
		})
	}
	if runtime.Sandboxed() {
		t.Errorf("the sandbox outlived its run")
	}
}

// The memory cap: a program that builds too much gets MemoryError, in one
// statement or little by little, in a Python loop or in a Go one, and the
// next program runs normally.
func TestPlaygroundMemoryCap(t *testing.T) {
	opts := runOptions{maxMemory: 64 << 20}
	tests := []struct{ name, src string }{
		{"one repeat", "x = [0] * 10**8"},
		{"one string", "x = 'ab' * 10**8"},
		{"bytes", "x = bytes(10**9)"},
		{"a growing list", "l = []\nwhile True:\n    l.append('x' * 100 + str(len(l)))"},
		{"a Go loop", "x = list(range(10**9))"},
		{"a comprehension", "x = [str(i) for i in range(10**9)]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := playgroundRun(t, tc.src, opts, 60*time.Second)
			lines := strings.Split(strings.TrimSpace(out.Stderr), "\n")
			if out.TimedOut || lines[len(lines)-1] != "MemoryError" || out.Exit != 1 {
				t.Errorf("stderr ends %q (exit %d, timed out %v), want MemoryError", lines[len(lines)-1], out.Exit, out.TimedOut)
			}
		})
	}
	out := playgroundRun(t, "print(sum(range(10**6)))", opts, 20*time.Second)
	if out.Stdout != "499999500000\n" {
		t.Errorf("after the cap: %+v", out)
	}
}

// One request cannot starve the others: while a program holds the VM,
// another request waits a bounded time and is answered 503 (busy),
// rather than queueing forever or running with no time left.
func TestPlaygroundBusy(t *testing.T) {
	srv := httptest.NewServer(playground.Handler(playgroundConfig(2*time.Second, 1<<20, runOptions{maxMemory: defaultPlaygroundMemory})))
	defer srv.Close()
	post := func(src string) int {
		body, _ := json.Marshal(playground.Request{Source: src, Stages: []string{"output"}})
		resp, err := http.Post(srv.URL+"/api/analyze", "application/json", strings.NewReader(string(body)))
		if err != nil {
			t.Error(err)
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	var wg sync.WaitGroup
	var first int
	wg.Add(1)
	go func() { defer wg.Done(); first = post("while True:\n    pass\n") }()
	time.Sleep(300 * time.Millisecond) // the endless program has the VM by now
	if got := post("print(1)\n"); got != http.StatusServiceUnavailable {
		t.Errorf("a request behind an endless program: status %d, want 503", got)
	}
	wg.Wait()
	if first != http.StatusOK {
		t.Errorf("the endless program's request: status %d, want 200 (stopped at its deadline)", first)
	}
	if got := post("print(1)\n"); got != http.StatusOK {
		t.Errorf("after it: status %d, want 200", got)
	}
}
