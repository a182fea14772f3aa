// Package arrow is the `->` extension: a binary operator with its own
// protocol, the way `@` came with __matmul__. `a -> b` calls
// type(a).__arrow__(a, b), then the reflected type(b).__rarrow__(b, a). It
// is left-associative, binds looser than `|` and tighter than comparisons,
// and the AST gains the operator Arrow. The `->` of return annotations
// keeps its meaning.
package arrow

import (
	"embed"

	"github.com/peglab/peglab/extensions"
)

//go:embed ext.asdl
var files embed.FS

func init() {
	extensions.Register(&extensions.Extension{
		Name:    "arrow",
		Summary: "the -> binary operator (operator Arrow): a -> b calls __arrow__, then the reflected __rarrow__",
		Files:   files,
	})
}
