package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/peglab/peglab/playground"
)

// The playground's analyzer: every pane for a program, a program that never
// ends stopped at the request's deadline, output capped, a broken live
// extension located in its file.
// sandboxed is how `peglab serve` runs programs by default.
var sandboxed = runOptions{maxMemory: defaultPlaygroundMemory}

func TestAnalyzeForPlayground(t *testing.T) {
	ctx := context.Background()
	r := analyzeForPlayground(ctx, &playground.Request{Source: "x = 1 ~= 1.01\nprint(x, 2 + 3)\n", Ext: []string{"almosteq"}}, sandboxed)
	if len(r.Errors) > 0 || r.Output == nil || r.Output.Stdout != "True 5\n" || !strings.Contains(r.Dis, "COMPARE_OP") || r.ASTText == "" || r.Symtable == "" || r.Tokens == "" {
		t.Errorf("panes: %+v output %+v", r, r.Output)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	r = analyzeForPlayground(ctx, &playground.Request{Source: "while True:\n    pass\n"}, sandboxed)
	if r.Output == nil || !r.Output.TimedOut || !strings.Contains(r.Output.Stderr, "KeyboardInterrupt") || time.Since(start) > 5*time.Second {
		t.Errorf("endless program: %+v after %v", r.Output, time.Since(start))
	}

	r = analyzeForPlayground(context.Background(), &playground.Request{Source: "for i in range(100000):\n    print('x' * 50)\n"}, sandboxed)
	if r.Output == nil || !r.Output.Truncated || len(r.Output.Stdout) > playgroundOutputLimit {
		t.Errorf("output not capped: truncated=%v, %d bytes", r.Output != nil && r.Output.Truncated, len(r.Output.Stdout))
	}

	// (no ext.asdl: the constructors a folder adds stay in the process,
	// and other tests of this package load folders of their own)
	r = analyzeForPlayground(context.Background(), &playground.Request{Source: "a + b\n", ExtFiles: map[string]string{
		"ext.gram": "bitwise_or (prepend): a=bitwise_or '+' b=bitwise_xor { BinOp(a, Add(), b, EXTRA) \n"}}, sandboxed)
	if len(r.Grammar) == 0 || r.Grammar[0].File != "ext.gram" || r.Grammar[0].Line != 1 {
		t.Errorf("broken fragment: %+v", r.Grammar)
	}
}
