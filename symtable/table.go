package symtable

import (
	"slices"
	"sort"

	"github.com/peglab/peglab/ast"
)

// BlockType is the kind of a block, CPython's _Py_block_ty. The values are
// CPython's, so they equal the TYPE_* constants of the _symtable module.
type BlockType uint8

// The block types, in CPython's order.
const (
	FunctionBlock BlockType = iota // def, lambda, comprehension, generator expression
	ClassBlock
	ModuleBlock
	// AnnotationBlock holds the annotations of a module under
	// "from __future__ import annotations". Such blocks bind nothing, are
	// never analysed, and are not children of their parent: Python's
	// symtable module never shows them. They exist for the errors they
	// raise ("named expression cannot be used within an annotation").
	AnnotationBlock
	// TypeAliasBlock is the lazily evaluated value of "type X = ...".
	TypeAliasBlock
	// TypeParametersBlock is the annotation scope that holds the type
	// parameters of a generic def, class or type alias (PEP 695).
	TypeParametersBlock
	// TypeVariableBlock is the lazily evaluated bound, constraints or
	// default of one type parameter.
	TypeVariableBlock
)

var blockTypeNames = [...]string{
	FunctionBlock:       "function",
	ClassBlock:          "class",
	ModuleBlock:         "module",
	AnnotationBlock:     "annotation",
	TypeAliasBlock:      "type alias",
	TypeParametersBlock: "type parameters",
	TypeVariableBlock:   "type variable",
}

// String returns what Python's SymbolTable.get_type() returns: "module",
// "function", "class", "annotation", "type alias", "type parameters" or
// "type variable".
func (t BlockType) String() string {
	if int(t) < len(blockTypeNames) {
		return blockTypeNames[t]
	}
	return "?"
}

// ComprehensionType says which comprehension a function block implements,
// CPython's _Py_comprehension_ty.
type ComprehensionType uint8

// The comprehension kinds; NoComprehension for every other block.
const (
	NoComprehension ComprehensionType = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// Flags are the facts the first pass records about a name in one block,
// CPython's DEF_* bits with the same values.
type Flags uint16

// The flag bits, as in Include/internal/pycore_symtable.h.
const (
	DefGlobal    Flags = 1 << iota // declared global (or a walrus target bound at module level)
	DefLocal                       // bound in the block: assignment, def, class, for, with, except, match
	DefParam                       // a formal parameter
	DefNonlocal                    // declared nonlocal (or a walrus target bound in an enclosing function)
	Use                            // read
	DefFree                        // unused by CPython 3.13; kept for the bit's name
	DefFreeClass                   // free in a method, and bound or used in the class itself
	DefImport                      // bound by an import
	DefAnnot                       // annotated (x: int)
	DefCompIter                    // a comprehension's iteration variable
	DefTypeParam                   // a type parameter
	DefCompCell                    // a cell in a comprehension inlined into this block

	// DefBound is any binding: assignment, parameter or import.
	DefBound = DefLocal | DefParam | DefImport
)

var flagNames = [...]string{
	"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
	"DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM",
	"DEF_COMP_CELL",
}

// String returns the set bits by their CPython names joined with "|"
// ("DEF_LOCAL|USE"), or "-" when none is set.
func (f Flags) String() string { return string(f.appendTo(nil)) }

func (f Flags) appendTo(dst []byte) []byte {
	if f == 0 {
		return append(dst, '-')
	}
	first := true
	for i, name := range flagNames {
		if f&(1<<i) != 0 {
			if !first {
				dst = append(dst, '|')
			}
			dst = append(dst, name...)
			first = false
		}
	}
	if rest := f &^ (1<<len(flagNames) - 1); rest != 0 {
		if !first {
			dst = append(dst, '|')
		}
		dst = append(dst, "0x"...)
		dst = appendHex(dst, uint64(rest))
	}
	return dst
}

func appendHex(dst []byte, v uint64) []byte {
	const digits = "0123456789abcdef"
	var buf [16]byte
	i := len(buf)
	for {
		i--
		buf[i] = digits[v&15]
		v >>= 4
		if v == 0 {
			break
		}
	}
	return append(dst, buf[i:]...)
}

// Scope is where a name lives, as the second pass decides it; CPython's
// LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE and CELL, same values.
type Scope uint8

// The scopes. ScopeNone is never the scope of a symbol of an analysed
// block.
const (
	ScopeNone      Scope = iota
	Local                // bound in this block (in a class or module: a name in its namespace)
	GlobalExplicit       // declared global here or, in a class's annotation scope, in the class
	GlobalImplicit       // not bound in any enclosing function: a global or a builtin
	Free                 // bound in an enclosing function and read here
	Cell                 // bound here and free in a nested block
)

var scopeNames = [...]string{"NONE", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"}

// String returns the scope's CPython name ("LOCAL", "CELL", ...).
func (s Scope) String() string {
	if int(s) < len(scopeNames) {
		return scopeNames[s]
	}
	return "?"
}

// scopeOffset is where CPython stores the scope within a symbol's flags
// (SCOPE_OFFSET); raw values in this package use the same layout.
const scopeOffset = 12

// Symbol is one name of a block: CPython's entry in ste_symbols, split
// into its flags and its scope.
type Symbol struct {
	Name  string
	Flags Flags
	Scope Scope
	// Order is the symbol's place in the order the block first met its
	// names (the order of CPython's ste_symbols dict), which the compiler
	// follows where it walks a block's symbols.
	Order int32
}

// Table is one block: the module, a class, a function (def, lambda,
// comprehension, generator expression) or an annotation scope (type
// alias, type parameters, type variable). It carries what CPython's
// PySTEntryObject carries, so the compiler can use it as compile.c uses
// ste_*.
type Table struct {
	Type BlockType
	// Name is the def, class or alias name (unmangled), "top" for the
	// module, "lambda", "listcomp", "setcomp", "dictcomp" or "genexpr", or
	// for a type variable block the type parameter's name.
	Name string
	// The block's position: its node's, or for a type variable block its
	// expression's; the module's is all zeros. Columns are UTF-8 bytes.
	Lineno, ColOffset, EndLineno, EndColOffset int
	// Nested is set inside a function-like block (ste_nested).
	Nested bool
	// Symbols are the block's names, sorted by name (see Lookup).
	Symbols []Symbol
	// Varnames are the parameters in the order CPython lists them:
	// positional-only, positional, keyword-only, *args, **kwargs; ".0" for
	// a comprehension; ".defaults" and ".kwdefaults" for type parameter
	// blocks of functions.
	Varnames []string
	// Children are the nested blocks in source order. The blocks of
	// comprehensions inlined into this one are replaced by their own
	// children, as CPython does (PEP 709).
	Children []*Table

	// Node is the AST node the block was made for: the Module, the def,
	// class or type alias statement, the Lambda or comprehension, or for a
	// type variable block the TypeVar/ParamSpec/TypeVarTuple.
	Node ast.Node

	Comprehension     ComprehensionType
	Free              bool // ste_free: the block has free variables
	ChildFree         bool // ste_child_free: a child block has free variables
	Generator         bool // contains yield (or is a generator expression)
	Coroutine         bool // async def, or awaits, or has async comprehensions
	Varargs           bool // has *args
	Varkeywords       bool // has **kwargs
	ReturnsValue      bool // has "return value"
	NeedsClassClosure bool // a class whose methods use __class__ (or super())
	NeedsClassdict    bool // a class whose annotation scopes use __classdict__
	CompInlined       bool // a comprehension inlined into its parent (PEP 709)
	CanSeeClassScope  bool // an annotation scope directly in a class body
	// ScopeInfo describes a type variable block for error messages: "a
	// TypeVar bound", "a TypeVar constraint", "a TypeVar default", "a
	// ParamSpec default" or "a TypeVarTuple default".
	ScopeInfo string

	// mangledNames, in the blocks of a generic class's type parameters,
	// are the type parameters: the only names mangled there.
	mangledNames []string

	key blockKey
	bs  *blockState // the passes' state; nil once built
}

// Lookup returns the symbol named name (as stored: mangled names are
// stored mangled), or nil.
func (t *Table) Lookup(name string) *Symbol {
	i := sort.Search(len(t.Symbols), func(i int) bool { return t.Symbols[i].Name >= name })
	if i < len(t.Symbols) && t.Symbols[i].Name == name {
		return &t.Symbols[i]
	}
	return nil
}

// Scope returns the scope of name in the block, or ScopeNone when the
// block has no such symbol (CPython's _PyST_GetScope).
func (t *Table) Scope(name string) Scope {
	if s := t.Lookup(name); s != nil {
		return s.Scope
	}
	return ScopeNone
}

// MaybeMangle mangles name as the pass does in this block, with private
// the enclosing class's name (CPython's _Py_MaybeMangle): as Mangle,
// except that in the type parameters block of a generic class, and the
// blocks within it other than the class, only type parameters are mangled.
func (t *Table) MaybeMangle(private, name string) string {
	if t.mangledNames != nil && !slices.Contains(t.mangledNames, name) {
		return name
	}
	return Mangle(private, name)
}

// IsFunctionLike reports whether the block's locals live in a frame: a
// function or an annotation scope (_PyST_IsFunctionLike).
func (t *Table) IsFunctionLike() bool {
	switch t.Type {
	case FunctionBlock, TypeVariableBlock, TypeAliasBlock, TypeParametersBlock:
		return true
	}
	return false
}

// IsOptimized mirrors Python's SymbolTable.is_optimized: only function
// blocks are.
func (t *Table) IsOptimized() bool { return t.Type == FunctionBlock }

// Namespaces returns the children whose name is name: what Python's
// Symbol.get_namespaces returns for a symbol of this block.
func (t *Table) Namespaces(name string) []*Table {
	var out []*Table
	for _, c := range t.Children {
		if c.Name == name {
			out = append(out, c)
		}
	}
	return out
}

// String returns the table and its descendants in the dump format (see
// package doc).
func (t *Table) String() string { return string(AppendDump(nil, t)) }
