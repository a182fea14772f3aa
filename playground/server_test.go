package playground

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// echo is an analyzer that reports what it was asked, sleeps for
// "sleep:DURATION" sources until its context ends, and panics on "panic".
func echo(ctx context.Context, req *Request) *Response {
	switch {
	case req.Source == "panic":
		panic("boom")
	case strings.HasPrefix(req.Source, "sleep:"):
		d, _ := time.ParseDuration(strings.TrimPrefix(req.Source, "sleep:"))
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return &Response{Output: &Output{TimedOut: true}}
		}
	}
	return &Response{Tokens: fmt.Sprintf("%s|%s|%v|%d", req.Source, req.Mode, req.Ext, len(req.ExtFiles))}
}

func post(t *testing.T, url, body string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(url+"/api/analyze", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	data, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("answer is not JSON: %v: %q", err, data)
	}
	return resp.StatusCode, out
}

func TestAnalyze(t *testing.T) {
	srv := httptest.NewServer(Handler(Config{Analyze: echo, MaxRequestBytes: 1000, Timeout: 200 * time.Millisecond}))
	defer srv.Close()
	tests := []struct {
		name   string
		body   string
		status int
		want   string // in tokens, or in error
	}{
		{"ok", `{"source":"x = 1","mode":"eval","ext":["almosteq"],"ext_dir_files":{"ext.gram":""}}`, 200, "x = 1|eval|[almosteq]|1"},
		{"default mode", `{"source":"y"}`, 200, "y||[]|0"},
		{"bad json", `{"source":`, 400, "not the JSON of an analysis"},
		{"bad mode", `{"source":"x","mode":"func_type"}`, 400, `mode must be exec, eval or single, not "func_type"`},
		{"too big", `{"source":"` + strings.Repeat("x", 2000) + `"}`, 413, "request larger than 1000 bytes"},
		{"panic", `{"source":"panic"}`, 500, "internal error in the analysis"},
		{"invalid utf-8 is JSON's problem", "{\"source\":\"\xff\"}", 200, "\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out := post(t, srv.URL, tt.body)
			got := fmt.Sprint(out["tokens"], out["error"])
			if status != tt.status || !strings.Contains(got, tt.want) {
				t.Errorf("status %d, %q; want %d, %q", status, got, tt.status, tt.want)
			}
		})
	}
}

// A request that runs past the timeout has its context cancelled, and the
// server answers it and the next ones.
func TestTimeoutAndBusy(t *testing.T) {
	srv := httptest.NewServer(Handler(Config{Analyze: echo, Timeout: 150 * time.Millisecond, MaxConcurrent: 1}))
	defer srv.Close()
	status, out := post(t, srv.URL, `{"source":"sleep:10s"}`)
	if status != 200 || out["output"].(map[string]any)["timed_out"] != true {
		t.Fatalf("endless analysis: %d %v", status, out)
	}
	// With one slot held by an endless request, a second one waits and is
	// told the server is busy; afterwards the server answers again.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); post(t, srv.URL, `{"source":"sleep:10s"}`) }()
	time.Sleep(30 * time.Millisecond)
	status, out = post(t, srv.URL, `{"source":"x"}`)
	if status != 503 && status != 200 {
		t.Errorf("second request: %d %v", status, out)
	}
	wg.Wait()
	if status, _ := post(t, srv.URL, `{"source":"x"}`); status != 200 {
		t.Errorf("after the endless requests: %d", status)
	}
}

// Thousands of requests in a loop leave the server answering.
func TestManyRequests(t *testing.T) {
	srv := httptest.NewServer(Handler(Config{Analyze: echo}))
	defer srv.Close()
	var wg sync.WaitGroup
	errs := make(chan string, 2000)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				resp, err := http.Post(srv.URL+"/api/analyze", "application/json", strings.NewReader(`{"source":"x"}`))
				if err != nil {
					errs <- err.Error()
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 && resp.StatusCode != 503 {
					errs <- resp.Status
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestAssets(t *testing.T) {
	srv := httptest.NewServer(Handler(Config{Analyze: echo, Extensions: []ExtInfo{{Name: "almosteq"}}}))
	defer srv.Close()
	for path, want := range map[string]string{
		"/":                 "<title>peglab playground</title>",
		"/assets/app.js":    "/api/analyze",
		"/assets/editor.js": "PeglabEditor",
		"/assets/style.css": ".cm-ast-span",
		"/api/extensions":   `"name":"almosteq"`,
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %s, missing %q", path, resp.Status, want)
		}
	}
	resp, _ := http.Get(srv.URL + "/nosuch")
	if resp.StatusCode != 404 {
		t.Errorf("GET /nosuch: %s", resp.Status)
	}
}
