package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"text/template"
	"time"

	"github.com/spf13/cobra"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/compiler/dis"
	"github.com/peglab/peglab/examples"
	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/grammar"
	"github.com/peglab/peglab/internal/support/extops"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/playground"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/railroad"
	"github.com/peglab/peglab/runtime"
	"github.com/peglab/peglab/symtable"
)

func newServeCmd() *cobra.Command {
	var addr string
	var timeout time.Duration
	var maxBytes int64
	var opts runOptions
	c := &cobra.Command{
		Use:   "serve [--addr HOST:PORT]",
		Short: "Serve the playground: a page where source and grammar edits show live through every stage",
		Long: `serve starts the playground on a local address (127.0.0.1:8080 by default:
loopback only, unless --addr names another interface). The page has a source
editor and an extension-fragment editor (ext.gram, Tokens, ext.asdl, ext.py),
the compiled-in extensions to enable, and panes for tokens, the AST (click a
node to see its source span), the symbol table, the bytecode, the program's
output and railroad diagrams of the grammar rules an extension adds or
changes, all updated as you type. Everything is embedded in the binary.

Every request is bounded in size (--max-request) and time (--timeout); the
page and tests share its JSON API, POST /api/analyze. Programs take turns
on the one VM: a request that cannot get it within its time is answered
503 (busy).

Programs run in a sandbox: no file system, environment, subprocess or
network access (open(), os.listdir, os.environ's values, socket and the
like raise PermissionError; imports come from the standard library only),
at most --max-memory of heap (past it, MemoryError) and 64 KiB of output.
--unsafe lifts the sandbox, for a playground only you use.`,
		Example: `  peglab serve
  peglab serve --addr 127.0.0.1:9000
  peglab serve --unsafe    # programs may read files and the environment`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return usageError(c, err)
			}
			fmt.Fprintf(c.OutOrStdout(), "peglab playground on http://%s/ (Ctrl-C stops it)\n", ln.Addr())
			srv := &http.Server{
				Handler:           playground.Handler(playgroundConfig(timeout, maxBytes, opts)),
				ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout:       30 * time.Second,
				WriteTimeout:      timeout + 30*time.Second,
				MaxHeaderBytes:    64 << 10,
			}
			return srv.Serve(ln)
		},
	}
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	c.Flags().DurationVar(&timeout, "timeout", 5*time.Second, "stop an analysis (and the program it runs) after `DURATION`")
	c.Flags().Int64Var(&maxBytes, "max-request", 1<<20, "refuse request bodies over `BYTES`")
	c.Flags().BoolVar(&opts.unsafe, "unsafe", false, "run programs with full file system, environment, process and network access (local use only)")
	c.Flags().Int64Var(&opts.maxMemory, "max-memory", defaultPlaygroundMemory, "stop a program (MemoryError) whose heap passes `BYTES`")
	return c
}

// runOptions are how the playground runs programs.
type runOptions struct {
	unsafe    bool  // no sandbox
	maxMemory int64 // heap cap in bytes; 0 none
}

// defaultPlaygroundMemory is --max-memory's default: room for real
// programs, a small share of a server.
const defaultPlaygroundMemory = 512 << 20

// playgroundConfig wires peglab's pipeline into the playground.
func playgroundConfig(timeout time.Duration, maxBytes int64, opts runOptions) playground.Config {
	var infos []playground.ExtInfo
	for _, e := range extensions.All() {
		infos = append(infos, playground.ExtInfo{Name: e.Name, Summary: e.Summary})
	}
	return playground.Config{
		Analyze: func(ctx context.Context, req *playground.Request) *playground.Response {
			return analyzeForPlayground(ctx, req, opts)
		},
		Extensions:      infos,
		Starter:         starterFiles("myop"),
		Example:         examples.Operators,
		Timeout:         timeout,
		MaxRequestBytes: maxBytes,
	}
}

// starterFiles are the data files of `peglab ext new NAME`: what the page's
// "new operator" button puts in the fragment editor.
func starterFiles(name string) map[string]string {
	s := scaffold{Name: name}
	root, _ := findRoot() // outside the repository: compiled-in operators only
	if err := s.fill(root); err != nil {
		return map[string]string{"ext.gram": "# " + err.Error() + "\n"}
	}
	out := map[string]string{}
	for _, f := range scaffoldFiles {
		switch f.name {
		case "ext.gram", "Tokens", "ext.asdl", "ext.py":
			var b bytes.Buffer
			if template.Must(template.New(f.name).Parse(f.text)).Execute(&b, &s) == nil {
				out[f.name] = b.String()
			}
		}
	}
	return out
}

// liveExtName is the name the page's live-edited extension folder gets.
const liveExtName = "live"

// analyzeForPlayground runs the stages a request asks for through the
// pipeline, as the CLI's commands run them on `-c CODE`.
func analyzeForPlayground(ctx context.Context, req *playground.Request, opts runOptions) *playground.Response {
	resp := &playground.Response{}
	in := pipeline.Input{Name: "<string>", Data: []byte(req.Source)}
	exts, err := extensions.Resolve(strings.Join(req.Ext, ","))
	if err != nil {
		resp.Grammar = append(resp.Grammar, playground.Error{Message: err.Error()})
		return resp
	}
	cfg := pipeline.Config{Extensions: exts}
	if len(req.ExtFiles) > 0 {
		dir, err := os.MkdirTemp("", "peglab-live-")
		if err != nil {
			resp.Notes = append(resp.Notes, err.Error())
			return resp
		}
		defer os.RemoveAll(dir)
		live := filepath.Join(dir, liveExtName)
		if err := os.Mkdir(live, 0o755); err != nil {
			resp.Notes = append(resp.Notes, err.Error())
			return resp
		}
		for name, text := range req.ExtFiles {
			if name != filepath.Base(name) || strings.HasPrefix(name, ".") || name == "" {
				resp.Grammar = append(resp.Grammar, playground.Error{File: name, Message: "not a file name of an extension folder"})
				return resp
			}
			if err := os.WriteFile(filepath.Join(live, name), []byte(text), 0o644); err != nil {
				resp.Notes = append(resp.Notes, err.Error())
				return resp
			}
		}
		cfg.ExtDirs = []string{live}
	}
	fe, diags, err := pipeline.New(cfg)
	for _, d := range diags.Errors() {
		resp.Grammar = append(resp.Grammar, playground.Error{File: filepath.Base(d.Pos.File), Line: d.Pos.Line, Col: d.Pos.Col, Message: d.Msg})
	}
	if err != nil {
		if len(resp.Grammar) == 0 {
			resp.Grammar = append(resp.Grammar, grammarErrors(err)...)
		}
		return resp
	}
	// The extensions' operators register with the compiler and the VM,
	// which are one per process: analyses take turns from here on, each
	// waiting at most half the time it has left, so that what it gets
	// is worth running (otherwise the answer is 503, busy).
	wait := ctx
	if dl, ok := ctx.Deadline(); ok {
		var cancel context.CancelFunc
		wait, cancel = context.WithTimeout(ctx, time.Until(dl)/2)
		defer cancel()
	}
	select {
	case vmSlot <- struct{}{}:
		defer func() { <-vmSlot }()
	case <-wait.Done():
		resp.Busy = true
		return resp
	}
	if err := extops.Install(fe, runtime.Config{Stdout: io.Discard, Stderr: io.Discard}); err != nil {
		resp.Grammar = append(resp.Grammar, grammarErrors(err)...)
		return resp
	}
	if fe.Custom() {
		runtime.SetSourceParser(func(src []byte) (ast.Mod, *pyerr.Error) {
			return fe.Parse(pipeline.Input{Name: "<traceback>", Data: src}, parser.ModeExec)
		})
	} else {
		runtime.SetSourceParser(nil)
	}
	mode := parser.ModeExec
	switch req.Mode {
	case "eval":
		mode = parser.ModeEval
	case "single":
		mode = parser.ModeSingle
	}
	if req.Wants("tokens") {
		var out, errOut bytes.Buffer
		parser.DumpTokens(&out, &errOut, in.Data, parser.DumpOptions{Filename: in.Name, Stdin: true, Extensions: fe.Names(), Operators: fe.Operators()})
		resp.Tokens = out.String() + errOut.String()
	}
	if req.Wants("railroad") {
		resp.Railroad = changedRules(fe)
	}
	if ctx.Err() != nil {
		return resp
	}
	tree, perr := fe.Parse(in, mode)
	if perr != nil {
		resp.Errors = append(resp.Errors, pyError("parser", in.Data, perr))
		return resp
	}
	if req.Wants("ast") {
		resp.AST = ast.Tree(tree)
		resp.ASTText = ast.Dump(tree, ast.DumpOptions{Indented: true, Indent: "  "}) + "\n"
	}
	res, perr := pipeline.CompileAST(tree, in, pipeline.Options{Mode: mode, Stop: pipeline.Code})
	if perr != nil {
		resp.Errors = append(resp.Errors, pyError("compile", in.Data, perr))
		return resp
	}
	if req.Wants("symtable") {
		resp.Symtable = string(symtable.AppendDump(nil, res.Symtable.Top))
	}
	if req.Wants("dis") {
		resp.Dis = dis.Dis(res.Code, dis.Options{})
	}
	if req.Wants("output") && mode == parser.ModeExec {
		resp.Output = runForPlayground(ctx, fe, res.Code, in, opts)
	}
	return resp
}

// playgroundOutputLimit caps what a program run from the page may print.
const playgroundOutputLimit = 64 << 10

// vmSlot serializes program runs: the VM keeps one interpreter per
// process. A channel, not a mutex, so that waiting for it has a bound.
var vmSlot = make(chan struct{}, 1)

// runForPlayground runs a program as `peglab run -c` does, stopped
// (KeyboardInterrupt) when the request's time is up and cut at
// playgroundOutputLimit bytes of output.
func runForPlayground(ctx context.Context, fe *pipeline.Frontend, co *bytecode.Code, in pipeline.Input, opts runOptions) *playground.Output {
	out := &cappedWriter{max: playgroundOutputLimit}
	errw := &cappedWriter{max: playgroundOutputLimit}
	done := make(chan struct{})
	timedOut := false
	go func() {
		select {
		case <-ctx.Done():
			timedOut = true
			runtime.Interrupt()
		case <-done:
		}
	}()
	runtime.RegisterSource(in.Name, in.Data)
	status := runtime.RunModule(co, runtime.Config{Argv: []string{"-c"}, Stdin: strings.NewReader(""), Stdout: out, Stderr: errw,
		Sandbox: !opts.unsafe, MaxMemory: opts.maxMemory})
	close(done)
	if opts.maxMemory > 0 {
		debug.FreeOSMemory() // what the program built is garbage now; give it back before the next one
	}
	return &playground.Output{Stdout: out.b.String(), Stderr: errw.b.String(), Exit: status,
		TimedOut: timedOut, Truncated: out.cut || errw.cut}
}

// cappedWriter keeps the first max bytes written to it.
type cappedWriter struct {
	b   strings.Builder
	max int
	cut bool
}

func (w *cappedWriter) Write(p []byte) (int, error) {
	if room := w.max - w.b.Len(); room < len(p) {
		w.cut = true
		if room > 0 {
			w.b.Write(p[:room])
		}
		return len(p), nil
	}
	return w.b.Write(p)
}

// changedRules draws the rules the enabled extensions add or extend.
func changedRules(fe *pipeline.Frontend) []playground.Diagram {
	var frags []pegen.Fragment
	if fs, err := extensions.Fragments(fe.Extensions); err == nil {
		frags = append(frags, fs...)
	}
	if fe.Loaded != nil {
		frags = append(frags, fe.Loaded.Fragments...)
	}
	if len(frags) == 0 {
		return nil
	}
	base, err := pegen.ParseGrammar("grammar/python.gram", []byte(grammar.Python))
	if err != nil {
		return nil
	}
	merged, _ := pegen.Merge(base, frags)
	var out []playground.Diagram
	seen := map[string]bool{}
	for _, f := range frags {
		for _, r := range f.Grammar.Rules {
			if seen[r.Name] || merged.Rule(r.Name) == nil {
				continue
			}
			seen[r.Name] = true
			out = append(out, playground.Diagram{Rule: r.Name, SVG: railroad.Rule(merged, merged.Rule(r.Name), railroad.Options{})})
		}
	}
	return out
}

// pyError locates a Python error for the page: 1-based line, 0-based byte
// columns as the AST's (the editor converts them).
func pyError(stage string, src []byte, e *pyerr.Error) playground.Error {
	out := playground.Error{Stage: stage, Type: string(e.Type), Message: e.Msg, Line: e.Line, EndLine: e.EndLine, Text: e.Format()}
	out.Col = byteCol(src, e.Line, e.Offset)
	if e.EndLine > 0 {
		out.EndCol = byteCol(src, e.EndLine, e.EndOffset)
	}
	return out
}

// byteCol turns a 1-based character offset on line n into a 0-based UTF-8
// byte column.
func byteCol(src []byte, n, offset int) int {
	if n < 1 || offset < 1 {
		return 0
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	if n > len(lines) {
		return 0
	}
	line := []rune(string(lines[n-1]))
	if offset-1 > len(line) {
		offset = len(line) + 1
	}
	return len(string(line[:offset-1]))
}

// grammarErrors turns the errors of loading a live extension into located
// errors for the fragment editor, where the message carries FILE:LINE:COL.
func grammarErrors(err error) []playground.Error {
	var out []playground.Error
	for _, line := range strings.Split(strings.TrimSpace(err.Error()), "\n") {
		e := playground.Error{Message: line}
		// "DIR/live/ext.gram:3:5: message"
		if i := strings.Index(line, liveExtName+string(filepath.Separator)); i >= 0 {
			rest := line[i+len(liveExtName)+1:]
			var file string
			var l, col int
			if parts := strings.SplitN(rest, ":", 4); len(parts) == 4 {
				file = parts[0]
				fmt.Sscanf(parts[1], "%d", &l)
				fmt.Sscanf(parts[2], "%d", &col)
				e = playground.Error{File: file, Line: l, Col: col, Message: strings.TrimSpace(parts[3])}
			} else if parts := strings.SplitN(rest, ":", 3); len(parts) == 3 {
				file = parts[0]
				fmt.Sscanf(parts[1], "%d", &l)
				e = playground.Error{File: file, Line: l, Message: strings.TrimSpace(parts[2])}
			}
		}
		out = append(out, e)
	}
	return out
}
