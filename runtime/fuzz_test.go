package runtime

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
)

// FuzzRun compiles arbitrary source with peglab's compiler and runs what
// compiles: no program may panic the VM or hang it (loops are cut off by
// a back-edge budget, recursion by the recursion limit).
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("x = [i for i in range(10)]\nprint(x[::-1], {1: 2}, 3 // 0)\n"))
	f.Add([]byte("def f(*a, **k):\n    return a, k\nprint(f(1, b=2), f(*'ab', **{'c': 3}))\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 4000 {
			return
		}
		mod, perr := parser.Parse(src, parser.Options{Filename: "<fuzz>"})
		if perr != nil {
			return
		}
		st, perr := symtable.Build(mod, "<fuzz>", &symtable.Options{Source: src})
		if perr != nil {
			return
		}
		co, perr := compiler.Compile(mod, st, &compiler.Options{Filename: "<fuzz>"})
		if perr != nil {
			return
		}
		runModule(co, Config{Stdout: io.Discard, Stderr: io.Discard, Stdin: nil}, 20000)
	})
}
