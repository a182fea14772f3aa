package compiler

import (
	"fmt"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/symtable"
)

// Options configure Check and Compile (compile()'s arguments after the
// source and the mode, which the Mod's type gives).
type Options struct {
	// Filename names the source in errors.
	Filename string
	// Source is the program's text, for the text of errors: CPython reads
	// the line back from the file named Filename, so give Source only when
	// Filename names the file it came from.
	Source []byte
	// Optimize is compile()'s optimize (-O): 1 drops asserts and makes
	// __debug__ false, 2 also drops docstrings.
	Optimize int
	// Flags are compile()'s flags: the CO_FUTURE_* features in force
	// before the module's own future imports (which the symbol table
	// has read) and the PyCF_* bits that matter here.
	Flags uint32
	// TopLevelAwait allows await, async for and async with at the top
	// level (PyCF_ALLOW_TOP_LEVEL_AWAIT).
	TopLevelAwait bool
	// Warnings, when set, receives the SyntaxWarnings code generation
	// raises ("is" with a literal, ...; warnings.go), in CPython's order.
	Warnings *[]pyerr.Warning
}

// Check makes the checks CPython 3.13's compiler makes while it compiles
// mod, whose symbol table is st, and returns the first SyntaxError it would
// raise, or nil.
func Check(mod ast.Mod, st *symtable.SymbolTable, opts *Options) (err *pyerr.Error) {
	if opts == nil {
		opts = &Options{}
	}
	c := &checker{st: st, opts: opts}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*pyerr.Error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	c.unit = &unit{ste: st.Top, scope: scopeModule}
	switch m := mod.(type) {
	case *ast.Module:
		c.stmts(m.Body)
	case *ast.Interactive:
		c.stmts(m.Body)
	case *ast.Expression:
		c.expr(m.Body)
	}
	return nil
}

// scopeType is the kind of code unit being compiled (COMPILER_SCOPE_*).
type scopeType uint8

const (
	scopeModule scopeType = iota
	scopeClass
	scopeFunction
	scopeAsyncFunction
	scopeLambda
	scopeComprehension
	scopeTypeParams
)

// fblockType is the kind of a frame block (enum fblocktype).
type fblockType uint8

const (
	whileLoop fblockType = iota
	forLoop
	tryExcept
	finallyTry
	finallyEnd
	withBlock
	asyncWith
	handlerCleanup
	popValue
	exceptionHandler
	exceptionGroupHandler
	asyncComprehensionGenerator
	stopIteration
)

// maxBlocks is CO_MAXBLOCKS, the deepest stack of frame blocks a unit may
// have.
const maxBlocks = 21

// fblock is a frame block; a finally block keeps its body, which
// unwinding compiles again.
type fblock struct {
	typ     fblockType
	finally []ast.Stmt
}

// unit is a code unit being compiled.
type unit struct {
	ste     *symtable.Table
	scope   scopeType
	fblocks []fblock
}

type checker struct {
	st   *symtable.SymbolTable
	opts *Options
	unit *unit
}

// enter starts compiling a nested code unit for the block of node n and
// returns the enclosing one, for leave.
func (c *checker) enter(n ast.Node, scope scopeType) *unit {
	outer := c.unit
	ste := c.st.Lookup(n)
	if ste == nil {
		ste = outer.ste
	}
	c.unit = &unit{ste: ste, scope: scope}
	return outer
}

// enterTable starts a code unit for a given block (annotation scopes,
// found by other lookups than Lookup).
func (c *checker) enterTable(ste *symtable.Table, scope scopeType) *unit {
	outer := c.unit
	if ste == nil {
		ste = outer.ste
	}
	c.unit = &unit{ste: ste, scope: scope}
	return outer
}

func (c *checker) leave(outer *unit) { c.unit = outer }

// push is compiler_push_fblock.
func (c *checker) push(at ast.Positioned, typ fblockType, finally []ast.Stmt) {
	u := c.unit
	if len(u.fblocks) >= maxBlocks {
		c.errorAt(at, "too many statically nested blocks")
	}
	u.fblocks = append(u.fblocks, fblock{typ: typ, finally: finally})
}

// pop is compiler_pop_fblock.
func (c *checker) pop() {
	u := c.unit
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
}

// unwind is compiler_unwind_fblock_stack: break, continue and return leave
// the frame blocks above the innermost loop (or all of them for return),
// compiling the finally bodies they leave. It reports whether a loop was
// found. The stack is as it was when it returns.
// preserve is set for a return whose value stays on the stack meanwhile
// (a frame block more around the finally bodies).
func (c *checker) unwind(at ast.Positioned, wantLoop, preserve bool) bool {
	u := c.unit
	if len(u.fblocks) == 0 {
		return false
	}
	top := u.fblocks[len(u.fblocks)-1]
	if top.typ == exceptionGroupHandler {
		c.errorAt(at, "'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if wantLoop && (top.typ == whileLoop || top.typ == forLoop) {
		return true
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	if top.typ == finallyTry {
		if preserve {
			c.push(at, popValue, nil)
		}
		c.stmts(top.finally)
		if preserve {
			c.pop()
		}
	}
	found := c.unwind(at, wantLoop, preserve)
	u.fblocks = append(u.fblocks, top)
	return found
}

// errorAt raises compile.c's compiler_error at node n: its position with
// byte columns plus one, and the line of the file as text.
func (c *checker) errorAt(n ast.Positioned, format string, args ...any) {
	p := n.Position()
	panic(c.newError(p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset, format, args...))
}

func (c *checker) newError(line, col, endLine, endCol int, format string, args ...any) *pyerr.Error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &pyerr.Error{
		Type: pyerr.SyntaxError, Msg: msg, Filename: c.opts.Filename,
		Line: line, Offset: col + 1, EndLine: endLine, EndOffset: endCol + 1,
		Text: pyerr.SourceLine(c.opts.Source, line),
	}
}

// forbidden is forbidden_name: __debug__ cannot be assigned or deleted.
func (c *checker) forbidden(at ast.Positioned, name string, ctx ast.ExprContext) {
	if name != "__debug__" {
		return
	}
	switch ctx {
	case ast.Store:
		c.errorAt(at, "cannot assign to __debug__")
	case ast.Del:
		c.errorAt(at, "cannot delete __debug__")
	}
}

// isFunctionLike is _PyST_IsFunctionLike for the current unit.
func (c *checker) isFunctionLike() bool { return c.unit.ste.IsFunctionLike() }
