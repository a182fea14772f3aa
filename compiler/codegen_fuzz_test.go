package compiler_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
)

// FuzzCompile runs arbitrary source through the whole compiler: whatever
// the parser and the symbol table accept, Compile must turn into a code
// object or an error, never a panic, at every optimization level.
//
//	go test ./compiler -run '^$' -fuzz FuzzCompile -fuzztime 3m -fuzzminimizetime 2s
//
// (minimizing an input with the default minimize time stalls the run for
// a minute at a time).
func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob("testdata/codegen/*.py")
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src, uint8(0))
		}
	}
	for _, c := range readBlocks(f, "testdata/checks.txt") {
		f.Add([]byte(c.body), uint8(0))
	}
	f.Add([]byte("class C:\n    [x for x in y]\n    def f(self): super().f(*a, **k)\n"), uint8(2))
	f.Fuzz(func(t *testing.T, src []byte, optimize uint8) {
		mod, err := parser.Parse(src, parser.Options{Filename: "fuzz.py"})
		if err != nil {
			return
		}
		st, err := symtable.Build(mod, "fuzz.py", nil)
		if err != nil {
			return
		}
		opts := &compiler.Options{Filename: "fuzz.py", Source: src, Optimize: int(optimize % 3)}
		co, err := compiler.Compile(mod, st, opts)
		if (co == nil) == (err == nil) {
			t.Fatalf("%q: code %v, error %v", src, co != nil, err)
		}
	})
}
