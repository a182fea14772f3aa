package playground

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"runtime/debug"
	"time"
)

//go:embed assets
var assets embed.FS

// Config is what the server needs from its host.
type Config struct {
	Analyze Analyzer
	// Extensions lists the compiled-in extensions.
	Extensions []ExtInfo
	// Starter is the "new operator" scaffold: file name → contents, as
	// `peglab ext new` writes them.
	Starter map[string]string
	// Example is the source the page opens with.
	Example string
	// MaxRequestBytes bounds a request body (default 1 MiB).
	MaxRequestBytes int64
	// Timeout bounds one analysis, program run included (default 5s).
	Timeout time.Duration
	// MaxConcurrent bounds the analyses running at once (default 2); a
	// request that cannot start within Timeout is answered 503.
	MaxConcurrent int
}

// Handler returns the playground's HTTP handler.
func Handler(cfg Config) http.Handler {
	if cfg.MaxRequestBytes <= 0 {
		cfg.MaxRequestBytes = 1 << 20
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 5 * time.Second
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 2
	}
	s := &server{cfg: cfg, slots: make(chan struct{}, cfg.MaxConcurrent)}
	static, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	mux := http.NewServeMux()
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		page, _ := fs.ReadFile(static, "index.html")
		w.Write(page)
	})
	mux.HandleFunc("GET /api/extensions", s.extensions)
	mux.HandleFunc("POST /api/analyze", s.analyze)
	return securityHeaders(mux)
}

type server struct {
	cfg   Config
	slots chan struct{}
}

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
		h.ServeHTTP(w, r)
	})
}

func (s *server) extensions(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"extensions": s.cfg.Extensions,
		"starter":    s.cfg.Starter,
		"example":    s.cfg.Example,
		"limits": map[string]any{
			"max_request_bytes": s.cfg.MaxRequestBytes,
			"timeout_ms":        s.cfg.Timeout.Milliseconds(),
		},
	})
}

// apiError is the body of every error answer.
type apiError struct {
	Error string `json:"error"`
}

func (s *server) analyze(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxRequestBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeJSON(w, http.StatusRequestEntityTooLarge, apiError{fmt.Sprintf("request larger than %d bytes", s.cfg.MaxRequestBytes)})
			return
		}
		writeJSON(w, http.StatusBadRequest, apiError{"reading the request: " + err.Error()})
		return
	}
	var req Request
	if err := json.Unmarshal(body, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{"the request is not the JSON of an analysis: " + err.Error()})
		return
	}
	switch req.Mode {
	case "", "exec", "eval", "single":
	default:
		writeJSON(w, http.StatusBadRequest, apiError{fmt.Sprintf("mode must be exec, eval or single, not %q", req.Mode)})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		writeJSON(w, http.StatusServiceUnavailable, apiError{"the server is busy with other analyses; try again"})
		return
	}
	start := time.Now()
	resp, perr := s.run(ctx, &req)
	<-s.slots
	if perr != nil {
		writeJSON(w, http.StatusInternalServerError, apiError{perr.Error()})
		return
	}
	if resp.Busy {
		writeJSON(w, http.StatusServiceUnavailable, apiError{"the server is busy with other analyses; try again"})
		return
	}
	resp.Elapsed = float64(time.Since(start).Microseconds()) / 1000
	writeJSON(w, http.StatusOK, resp)
}

// run calls the analyzer, turning a panic into an error so that the
// server stays up whatever the input.
func (s *server) run(ctx context.Context, req *Request) (resp *Response, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in the analysis (a bug in peglab; please report it): %v\n%s", r, debug.Stack())
		}
	}()
	resp = s.cfg.Analyze(ctx, req)
	if resp == nil {
		resp = &Response{}
	}
	return resp, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
