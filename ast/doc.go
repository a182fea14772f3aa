// Package ast holds the syntax tree of Python 3.13 programs: node types, a
// walker, and a printer whose output is exactly CPython's ast.dump.
//
// It sits after the parser and before the symbol table. The node types are
// generated from grammar/Python.asdl plus the ASDL fragments of extensions
// (extensions/*/ext.asdl); an extension's nodes exist in every build and are
// produced only when the extension is enabled.
//
// # From ASDL to Go
//
// The mapping is mechanical, so the grammar's action helpers, the symbol
// table and the compiler can rely on it:
//
//   - A sum type with fields (mod, stmt, expr, excepthandler, pattern,
//     type_ignore, type_param) is an interface named in CamelCase (Mod, Stmt,
//     Expr, Pattern, TypeParam), with an unexported marker method. When that
//     name equals one of its constructors' names ignoring case, the interface
//     is the constructor's name plus Node: excepthandler is ExceptHandlerNode
//     (its constructor is ExceptHandler), type_ignore is TypeIgnoreNode.
//   - Each constructor is a struct of the same name (BinOp, FunctionDef,
//     MatchAs, ...), used through a pointer (*BinOp implements Expr).
//   - A product type (arguments, arg, keyword, alias, withitem, match_case,
//     comprehension) is a struct named in CamelCase (Arguments, Arg, Keyword,
//     Alias, Withitem, MatchCase, Comprehension), used through a pointer.
//   - A simple sum (operator, cmpop, boolop, unaryop, expr_context) is an
//     integer type (Operator, Cmpop, Boolop, Unaryop, ExprContext) with one
//     constant per constructor: Add, Sub, ..., Eq, NotEq, ..., Load, Store,
//     Del. Zero is not a valid value.
//   - Fields are CamelCase of the ASDL names (type_comment -> TypeComment,
//     kw_defaults -> KwDefaults, is_async -> IsAsync). `T*` is []T, `T?` is
//     T with nil (or "" for identifier and string) meaning None. identifier
//     and string are Go strings; int is int.
//   - Nodes with attributes (lineno, col_offset, end_lineno, end_col_offset)
//     embed Pos. Columns are 0-based UTF-8 byte offsets, lines 1-based, as in
//     CPython.
//
// # Constants
//
// Constant.Value holds a Python constant as a Go value:
//
//	None             ast.None (the value of type NoneType)
//	Ellipsis         ast.Ellipsis (the value of type EllipsisType)
//	True, False      bool
//	int              int64, or *big.Int when it does not fit
//	float            float64
//	complex          complex128 (an imaginary literal 2j is complex(0, 2))
//	str              string, holding WTF-8 (lone surrogates from escapes such
//	                 as "\ud800" are kept, encoded as UTF-8 would encode them)
//	bytes            ast.Bytes
package ast
