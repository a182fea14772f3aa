// Package symtable is the symbol table pass: for every block of a module
// it decides where each name lives, exactly as CPython 3.13's
// Python/symtable.c does, and raises the SyntaxErrors that pass raises.
//
// It sits after the parser and before the compiler: Build takes the tree
// of a module (package ast) and returns a SymbolTable, which the compiler
// consults to choose between fast locals, cells, free variables, globals
// and name lookups.
//
// # The model
//
// A block (Table) is the module, a class body, a function (def, lambda,
// and each comprehension or generator expression, which CPython compiles
// as a function receiving the outermost iterable as parameter ".0"), or
// one of PEP 695's annotation scopes: the type parameters of a generic
// def, class or alias; the lazily evaluated value of a type alias; the
// bound, constraints or default of one type parameter. Blocks nest as the
// source does; Children are in source order.
//
// A block's symbols record, per name, the Flags the first pass saw
// (assigned, read, parameter, declared global or nonlocal, imported,
// annotated, comprehension iteration variable, type parameter) and the
// Scope the second pass decided: Local, GlobalExplicit (declared global),
// GlobalImplicit (not bound in any enclosing function: a global or a
// builtin), Free (bound in an enclosing function) or Cell (bound here and
// used freely by an inner block). Names are stored mangled: inside class
// C, __x is _C__x.
//
// # The two passes
//
// The first pass (visit.go) walks the tree once, entering a block for each
// def, class, lambda, comprehension and annotation scope, and records the
// flags. The errors that depend only on one block's order of events are
// raised here: "name 'x' is used prior to global declaration", duplicate
// parameters, walrus targets in comprehensions, yield in comprehensions,
// forbidden expressions in annotation scopes.
//
// The second pass (analyze.go) walks the blocks top down, with the sets
// of names bound in enclosing functions and declared global, and decides
// each scope; children report the names they use freely, which become
// cells where they are bound. A class body's names are invisible to the
// blocks inside it, except to its annotation scopes. List, set and dict
// comprehensions are then inlined into the block that runs them (PEP
// 709): their symbols merge into it and their children replace them. The
// errors found here point at the global or nonlocal statement concerned:
// "no binding for nonlocal 'x' found", "nonlocal declaration not allowed
// at module level".
//
// Before both, the module's __future__ imports are read as future.c reads
// them: "from __future__ import annotations" makes every annotation an
// AnnotationBlock that binds nothing and is not in the tree.
//
// # Extensions
//
// A node class the pass does not know is treated as its children are: a
// new binary operator reads both operands without any code here. An
// extension whose node binds names registers a Hook for its class.
//
// # The dump
//
// `peglab symtable` prints Dump's text, and scripts/oracle.py's symtable
// stage prints the same text from Python's symtable module, so that
// parity is a text comparison. Each table is a line, its symbols and then
// its children indented two spaces under it:
//
//	module 'top' line 0
//	  'f' LOCAL DEF_LOCAL namespaces=1
//	  function 'f' line 1 varnames=['a']
//	    'a' LOCAL DEF_PARAM|USE
//	    'g' CELL DEF_LOCAL
//
// A table line has the type as SymbolTable.get_type() says it ("module",
// "function", "class", "type alias", "type parameters", "type variable"),
// the name and line, "nested" when the block is nested in a function-like
// block, and its varnames when there are any. A symbol line has the name,
// the scope, every flag bit by its CPython name (DEF_GLOBAL, DEF_LOCAL,
// DEF_PARAM, DEF_NONLOCAL, USE, DEF_FREE, DEF_FREE_CLASS, DEF_IMPORT,
// DEF_ANNOT, DEF_COMP_ITER, DEF_TYPE_PARAM, DEF_COMP_CELL; "-" for none),
// and how many children bear its name (Symbol.get_namespaces). Names are
// quoted as Python's repr quotes them, and symbols are sorted by name.
// Everything Python's symtable module derives (is_global, get_locals,
// get_methods, ...) follows from these lines.
//
// An error is printed as CPython prints an uncaught SyntaxError; its line
// and columns are CPython's, which for this pass count columns in UTF-8
// bytes, and its text is the line read back from the file (so none for
// standard input or -c).
//
// # Testing
//
// testdata/cases.txt holds the golden programs, testdata/files more whose
// bytes matter (encodings, line endings); scripts/symtable-golden.sh
// writes CPython's trees, dumps, errors (with their locations) and what
// Python's symtable module derives from the tables into
// testdata/cases.jsonl, and the recursion limit into
// testdata/recursion.json; the tests compare with both, and
// testdata/cases.golden shows the dumps (go test -update rewrites it).
// FuzzBuild feeds random trees through the pass. With the oracle at hand,
// scripts/symtable-parity.sh compares over the 3.13 standard library,
// scripts/symtable-fuzz.sh over random programs, and
// scripts/symtable-bench.sh races CPython.
package symtable
