// Package asdl reads ASDL, the Zephyr Abstract Syntax Description Language
// in which CPython describes its AST (Parser/Python.asdl), and the fragments
// in which peglab's extensions add to it.
//
// It sits at the very start of the AST pipeline: the generator
// (internal/build/generate, step "ast") parses grammar/Python.asdl with Parse,
// each extensions/<name>/ext.asdl with ParseFragment, combines them with
// Merge, and hands the resulting Module to package astgen, which writes
// package ast and the parser's node helpers.
//
// # Syntax
//
// A module is a name and a list of definitions in braces; "--" starts a
// comment that runs to the end of the line:
//
//	module Python
//	{
//	    expr = BinOp(expr left, operator op, expr right)   -- a sum
//	         | Name(identifier id, expr_context ctx)
//	           attributes (int lineno, int col_offset)
//	    operator = Add | Sub                               -- a simple sum
//	    alias = (identifier name, identifier? asname)      -- a product
//	}
//
// Type names start with a lower-case letter, constructor names with an
// upper-case one. A field is a type, an optional marker (? for "or None",
// * for a sequence) and a name. The builtin types are identifier, string,
// int and constant.
//
// # Fragments
//
// An extension's fragment is a list of definitions without the module
// wrapper. Besides defining new types, it may add constructors to an
// existing sum:
//
//	cmpop |= AlmostEq
//	operator |= Arrow
//	expr |= Pipe(expr left, expr right)
//
// Merge applies every fragment's new types first and then every addition,
// so one extension may extend a type another defines. It reports an error
// for an unknown target, a product target, a constructor with fields added
// to a simple sum (it would stop being an enumeration), a name that already
// exists, and a name two extensions both add. Every type and constructor
// records the extension that introduced it ("" for the base module).
//
// Errors are located as file:line:col: message, with 1-based lines and
// columns counted in bytes.
package asdl
