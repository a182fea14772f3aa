package main

import (
	"testing"

	"github.com/peglab/peglab/pipeline"
)

// TestCompileStage runs the corpus stage compile on a program of each
// kind: one that compiles, and one rejected by each stage. The expected
// text is what `oracle.py compile FILE` prints (CPython 3.13's compile()).
func TestCompileStage(t *testing.T) {
	tests := []struct {
		path, src, want string
	}{
		{"ok.py", "x = 1\n", ""},
		{"parse.py", "x = (1,\n", "  File \"parse.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
		{"symtable.py", "def f(x):\n    global x\n", "  File \"symtable.py\", line 2\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is parameter and global\n"},
		{"compiler.py", "for x in y:\n    pass\nbreak\n", "  File \"compiler.py\", line 3\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"},
	}
	for _, tt := range tests {
		res := compileStageWith(pipeline.Python).Run(tt.path, []byte(tt.src))
		wantStatus := 0
		if tt.want != "" {
			wantStatus = 1
		}
		if res.Err != tt.want || res.Out != "" || res.Status != wantStatus {
			t.Errorf("%s: got status %d, stdout %q, stderr\n%s\nwant status %d, stderr\n%s", tt.path, res.Status, res.Out, res.Err, wantStatus, tt.want)
		}
	}
}
