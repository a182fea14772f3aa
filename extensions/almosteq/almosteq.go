// Package almosteq is the `~=` extension: an almost-equal comparison, after
// the example of the CPython Internals book. `a ~= b` compares like `==`
// and `<` (same precedence, chaining: `a < b ~= c`), and is true for numbers
// that math.isclose(a, b, rel_tol=1e-9, abs_tol=0.1) deems close. The AST
// gains the cmpop AlmostEq.
//
// The folder holds the token (Tokens: ALMOSTEQUAL '~='), the AST addition
// (ext.asdl: cmpop |= AlmostEq), the grammar fragment (ext.gram: one more
// comparison pair) and golden tests for every stage (testdata/). README.md
// walks through them.
package almosteq

import (
	"embed"

	"github.com/peglab/peglab/extensions"
)

//go:embed Tokens ext.asdl ext.gram README.md
var files embed.FS

func init() {
	extensions.Register(&extensions.Extension{
		Name:    "almosteq",
		Summary: "the ~= comparison (token ALMOSTEQUAL, cmpop AlmostEq): a ~= b is math.isclose(a, b, rel_tol=1e-9, abs_tol=0.1)",
		Files:   files,
		// ~= has Go semantics on numbers (semantics.go), and no protocol
		// methods: other operands are a TypeError.
		Operators: []extensions.Operator{{Class: "AlmostEq", Symbol: "~=", Impl: almostEqual}},
	})
}
