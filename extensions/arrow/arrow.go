// Package arrow is the `->` extension: a binary operator with its own
// protocol, the way `@` came with __matmul__. `a -> b` calls
// type(a).__arrow__(a, b), then the reflected type(b).__rarrow__(b, a). It
// is left-associative, binds looser than `|` and tighter than comparisons,
// and the AST gains the operator Arrow. The `->` of return annotations
// keeps its meaning.
//
// It needs no token of its own: `->` is Python's RARROW. The folder holds
// the AST addition (ext.asdl: operator |= Arrow), the grammar fragment
// (ext.gram) and golden tests for every stage (testdata/). README.md walks
// through them.
package arrow

import (
	"embed"

	"github.com/peglab/peglab/extensions"
)

//go:embed ext.asdl ext.gram README.md
var files embed.FS

func init() {
	extensions.Register(&extensions.Extension{
		Name:      "arrow",
		Summary:   "the -> binary operator (operator Arrow): a -> b calls __arrow__, then the reflected __rarrow__",
		Files:     files,
		Operators: []extensions.Operator{{Class: "Arrow", Symbol: "->", Method: "__arrow__", Reflected: "__rarrow__"}},
	})
}
