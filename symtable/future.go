package symtable

import "github.com/peglab/peglab/ast"

// Feature is a set of __future__ features, with CPython's CO_FUTURE_*
// values.
type Feature uint32

// The features that change how source is read. The others of Python 3
// (nested_scopes, generators, division, absolute_import, with_statement,
// print_function, unicode_literals, generator_stop) are always on.
const (
	FutureBarryAsBDFL Feature = 0x400000  // "<>" instead of "!="
	FutureAnnotations Feature = 0x1000000 // annotations are kept as strings
)

// Future is what a module's __future__ imports say (_PyFutureFeatures).
type Future struct {
	Features Feature
	// Lineno, ColOffset, EndLineno and EndColOffset locate the last future
	// import; all zero when there is none.
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// future reads the future imports at the top of mod, as future.c does
// before the symbol table is built: the docstring may come first, then
// any number of "from __future__ import ..." statements.
func (b *builder) future(mod ast.Mod) Future {
	var f Future
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return f
	}
	i := 0
	if isDocstring(body) {
		i++
	}
	for ; i < len(body); i++ {
		s, ok := body[i].(*ast.ImportFrom)
		if !ok || s.Module != "__future__" || s.Level != 0 {
			break
		}
		for _, a := range s.Names {
			switch a.Name {
			case "nested_scopes", "generators", "division", "absolute_import",
				"with_statement", "print_function", "unicode_literals", "generator_stop":
			case "barry_as_FLUFL":
				f.Features |= FutureBarryAsBDFL
			case "annotations":
				f.Features |= FutureAnnotations
			case "braces":
				panic(b.newError(locOf(s), false, "not a chance"))
			default:
				panic(b.newError(locOf(s), false, "future feature %.100s is not defined", a.Name))
			}
		}
		f.Lineno, f.ColOffset, f.EndLineno, f.EndColOffset = s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset
	}
	return f
}

// isDocstring is _PyAST_GetDocString: the body starts with a string
// constant statement.
func isDocstring(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	e, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*ast.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(string)
	return ok
}
