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
//     MatchAs, ...), used through a pointer (*BinOp implements Expr). When
//     that name is already taken by a type (or by this package's
//     hand-written code), the Go name is the constructor's name followed by
//     its type's Go name: stmt's Expr is ExprStmt (the interface Expr is
//     expr's), operator's Mod is ModOperator (Mod is mod's). Class names,
//     Dump output and the parser's action helpers keep the ASDL name.
//   - A product type (arguments, arg, keyword, alias, withitem, match_case,
//     comprehension) is a struct named in CamelCase (Arguments, Arg, Keyword,
//     Alias, Withitem, MatchCase, Comprehension), used through a pointer.
//   - A simple sum (operator, cmpop, boolop, unaryop, expr_context) is an
//     integer type (Operator, Cmpop, Boolop, Unaryop, ExprContext; uint8)
//     with one constant per constructor: Add, Sub, ..., Eq, NotEq, ...,
//     Load, Store, Del. Zero is not a valid value (Dump treats it as None).
//     Constructors an extension adds come after the type's own, so the
//     base values do not depend on which extensions exist. These values are
//     not Nodes and Walk does not visit them. An extension loaded at run
//     time, which cannot add Go code, may still add constructors to these
//     types: AddEnumConstructor numbers them after the compiled-in ones,
//     and Class, String, Dump and LookupClass know them.
//   - Fields are CamelCase of the ASDL names (type_comment -> TypeComment,
//     kw_defaults -> KwDefaults, is_async -> IsAsync). `T*` is []T, `T?` is
//     T with nil (or "" for identifier and string) meaning None. identifier
//     and string are Go strings; int is int. An int? (ImportFrom.level) is
//     a plain int: parsed trees always set it, and Dump always prints it.
//   - Nodes with attributes (lineno, col_offset, end_lineno, end_col_offset)
//     embed Pos. Columns are 0-based UTF-8 byte offsets, lines 1-based, as in
//     CPython. Generic code reaches any node's position through the
//     Positioned interface (n.(ast.Positioned).Position() returns the
//     embedded *Pos); sum interfaces with attributes include it.
//   - Every node type implements Node. Its Class method returns the
//     generated description of its Python class (name, fields in order with
//     their ASDL types and markers, attributes, the extension that added
//     it); LookupClass finds one by name. Dump is written against this
//     table and a generated per-class field accessor, and Walk's per-class
//     code is generated, so neither uses reflection and both follow
//     extensions.
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
//	                 as "\ud800" are kept, encoded as UTF-8 would encode them,
//	                 each on its own even when two form a pair)
//	bytes            ast.Bytes (a string type: the bytes, immutable)
//
// After the compiler's AST optimizer (compiler.Optimize) a Constant may also
// hold a tuple or a frozenset of constants, as compiler/bytecode's Tuple
// and FrozenSet, which Repr prints through their TupleItems and
// FrozenSetItems methods.
//
// Repr and its Append and typed variants print these values as Python's
// repr does; the runtime reuses them.
//
// # Where the code comes from
//
// nodes_gen.go, classes_gen.go and walk_gen.go are generated (go generate
// ./..., step "ast" of internal/build/generate, by internal/build/asdl/astgen),
// together with parser/actions_nodes_gen.go, the parser's action helper for
// each constructor. node.go, dump.go, walk.go, repr.go and constant.go are
// written by hand. Tests compare Dump and Repr with CPython 3.13 on golden
// data from scripts/ast-golden.sh, and scripts/ast-dump-parity.sh does so
// over the whole 3.13 standard library.
package ast
