package ast_test

import (
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
)

// BenchmarkDump dumps every golden case tree with attributes and an
// indent, the most expensive form. scripts/ast-bench.sh compares it with
// CPython's ast.dump on the same trees.
func BenchmarkDump(b *testing.B) {
	var trees []ast.Node
	for _, c := range loadDumpCases(b) {
		n, err := astjson.Decode(c.Tree)
		if err != nil {
			b.Fatal(err)
		}
		trees = append(trees, n)
	}
	for _, opts := range []struct {
		name string
		o    ast.DumpOptions
	}{
		{"plain", ast.DumpOptions{}},
		{"attributes-indent", ast.DumpOptions{Attributes: true, Indented: true, Indent: "  "}},
	} {
		b.Run(opts.name, func(b *testing.B) {
			size := 0
			for b.Loop() {
				size = 0
				for _, n := range trees {
					size += len(ast.Dump(n, opts.o))
				}
			}
			b.SetBytes(int64(size))
		})
	}
}
