package compiler

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pegen/peg"
)

// unparseExpr is _PyAST_ExprAsUnicode (ast_unparse.c): an annotation as
// the string that from __future__ import annotations keeps.
func unparseExpr(e ast.Expr) string {
	panic(&peg.Error{Type: "SystemError", Msg: "the compiler does not handle annotations under from __future__ import annotations yet"})
}
