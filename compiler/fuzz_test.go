package compiler_test

import (
	"bytes"
	"testing"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
)

// FuzzCheck runs arbitrary source through the front end: whatever the
// parser and the symbol table accept, Check must handle without a panic,
// and the same way twice.
//
//	go test ./compiler -run '^$' -fuzz FuzzCheck -fuzztime 3m
func FuzzCheck(f *testing.F) {
	for _, c := range readBlocks(f, "testdata/checks.txt") {
		f.Add([]byte(c.body))
	}
	f.Add([]byte("def f():\n try:\n  return g()\n finally:\n  for x in y:\n   break\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := parser.Parse(src, parser.Options{Filename: "fuzz.py"})
		if err != nil {
			return
		}
		st, err := symtable.Build(mod, "fuzz.py", nil)
		if err != nil {
			return
		}
		e1 := compiler.Check(mod, st, &compiler.Options{Filename: "fuzz.py", Source: src})
		e2 := compiler.Check(mod, st, &compiler.Options{Filename: "fuzz.py", Source: src})
		if (e1 == nil) != (e2 == nil) || e1 != nil && (*e1 != *e2 || e1.Line < 1 || !bytes.Contains(src, []byte(e1.Text[:len(e1.Text)/2]))) {
			t.Fatalf("%q: %v then %v", src, e1, e2)
		}
	})
}
