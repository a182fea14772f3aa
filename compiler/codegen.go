package compiler

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/symtable"
)

// This file is the core of the code generator, after CPython 3.13's
// Python/compile.c: the compiler and its stack of code units, the
// emitting helpers, and the bookkeeping of constants and names. The visits
// are in codegen_stmt.go, codegen_expr.go and codegen_func.go; try, with,
// match, async and type parameters in codegen_try.go, codegen_with.go,
// codegen_match.go, codegen_async.go and codegen_typeparams.go.

// Compile compiles mod, whose symbol table is st, into the code object of
// its module (or expression, or interactive statement): compile()'s work
// after the symbol table. Its errors are CPython's SyntaxErrors. It folds
// mod's constants in place first (Optimize), as compile() does.
func Compile(mod ast.Mod, st *symtable.SymbolTable, opts *Options) (*bytecode.Code, *pyerr.Error) {
	u, err := codegen(mod, st, opts)
	if err != nil {
		return nil, err
	}
	return u.code, nil
}

// Unit is the output of code generation for one code unit: its
// instruction sequence, its metadata, and the units nested in it in the
// order they were finished (as _PyInstructionSequence keeps them for
// _testinternalcapi.compiler_codegen).
type Unit struct {
	Seq    InstrSeq
	Meta   UnitMeta
	Flags  bytecode.CodeFlags
	Nested []*Unit
	code   *bytecode.Code
}

// Codegen runs the code generator alone and returns the module's unit with
// its nested units, before the back end optimizes and assembles them.
func Codegen(mod ast.Mod, st *symtable.SymbolTable, opts *Options) (*Unit, *pyerr.Error) {
	return codegen(mod, st, opts)
}

// AssembleFunc is the back end (flowgraph.c and assemble.c): it turns a
// unit's instruction sequence and metadata into a code object. The code
// generator calls it for each unit as it finishes it, since the code
// object of a nested unit is a constant of its parent.
type AssembleFunc func(seq *InstrSeq, meta *UnitMeta, flags bytecode.CodeFlags, filename string) (*bytecode.Code, error)

// assembleUnit is the back end of flowgraph*.go and assemble.go; nil, code
// objects carry the unit's metadata and no bytecode (Codegen's view).
var assembleUnit AssembleFunc = assemble

// optimizeAST is the AST optimizer (ast_opt.c), which astopt.go sets;
// compile() runs it before code generation.
var optimizeAST func(mod ast.Mod, optimize int, features symtable.Feature)

// PyCF flags that code objects inherit (PyCF_MASK).
const pyCFMask = bytecode.CoFutureDivision | bytecode.CoFutureAbsImport | bytecode.CoFutureWithStmt |
	bytecode.CoFuturePrintFunc | bytecode.CoFutureUnicodeLit | bytecode.CoFutureBarryAsBDFL |
	bytecode.CoFutureGeneratorStp | bytecode.CoFutureAnnotations

// stackUseGuideline is STACK_USE_GUIDELINE: past it, literals and calls
// are built piecewise.
const stackUseGuideline = 30

func codegen(mod ast.Mod, st *symtable.SymbolTable, opts *Options) (u *Unit, err *pyerr.Error) {
	if opts == nil {
		opts = &Options{}
	}
	if st == nil {
		return nil, &pyerr.Error{Type: "SystemError", Msg: "no symtable"}
	}
	// The generator makes compile.c's checks itself as it goes, in its
	// order (TestCodegenRaisesChecks and FuzzCodegenChecks hold it to
	// Check's results), so the tree is walked once.
	c := &compiler{st: st, opts: opts, optimize: opts.Optimize,
		features: st.Future.Features | symtable.Feature(opts.Flags)}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*pyerr.Error)
			if !ok {
				panic(r)
			}
			u, err = nil, e
		}
	}()
	// compile() folds the tree (ast_opt.c) before its code is generated;
	// the nodes the symbol table keyed its blocks by stay in place.
	if optimizeAST != nil {
		optimizeAST(mod, c.optimize, c.features)
	}
	c.enterScope("<module>", scopeModule, st.Top, 1)
	loc := Loc{1, 1, 0, 0}
	addNone := true
	switch m := mod.(type) {
	case *ast.Module:
		c.body(loc, m.Body)
	case *ast.Interactive:
		if findAnn(m.Body) {
			c.addop(bytecode.SETUP_ANNOTATIONS, loc)
		}
		c.interactive = true
		c.stmts(m.Body)
	case *ast.Expression:
		c.expr(m.Body)
		addNone = false
	default:
		panic(&pyerr.Error{Type: "SystemError", Msg: "module kind should not be possible"})
	}
	top := c.finishUnit(addNone)
	return top, nil
}

// compiler is struct compiler: the state of one compilation.
type compiler struct {
	st          *symtable.SymbolTable
	opts        *Options
	features    symtable.Feature
	optimize    int
	interactive bool
	nestLevel   int
	u           *codeUnit
	stack       []*codeUnit // the enclosing units, outermost first
	codeKeys    map[*bytecode.Code]string
}

// codeUnit is struct compiler_unit: one code unit being compiled.
type codeUnit struct {
	ste     *symtable.Table
	scope   scopeType
	private string // the class name for mangling; "" for none
	seq     InstrSeq
	meta    UnitMeta
	flags   bytecode.CodeFlags

	consts   map[constKey]int32
	names    map[string]int32
	varnames map[string]int32
	cellvars map[string]int32
	freevars map[string]int32
	// overrides replace symbols (flags and scope) while an inlined
	// comprehension is compiled (CPython rewrites ste_symbols for that
	// time).
	overrides map[string]symtable.Symbol

	fblocks       []frameBlock
	inInlinedComp int
	// staticAttrs are the attributes stored through self.X in the
	// functions of a class (u_static_attributes).
	staticAttrs map[string]bool
	nested      []*Unit
	coroutine   bool // set for top-level await
}

// frameBlock is struct fblockinfo.
type frameBlock struct {
	typ   fblockType
	block Label
	exit  Label
	// finally is a finally block's body (FINALLY_TRY), compiled again when
	// break, continue or return leave it.
	finally []ast.Stmt
	// node is the with statement of a WITH or ASYNC_WITH block.
	node ast.Positioned
	// name is the bound name of a HANDLER_CLEANUP block, if any.
	name    string
	hasName bool
}

// locOf is LOC(x): a node's location.
func locOf(n ast.Positioned) Loc {
	p := n.Position()
	return Loc{int32(p.Lineno), int32(p.EndLineno), int32(p.ColOffset), int32(p.EndColOffset)}
}

// raise is compiler_error: a SyntaxError at loc.
func (c *compiler) raise(loc Loc, msg string) {
	panic(&pyerr.Error{
		Type: "SyntaxError", Msg: msg, Filename: c.opts.Filename,
		Line: int(loc.Line), Offset: int(loc.Col) + 1, EndLine: int(loc.EndLine), EndOffset: int(loc.EndCol) + 1,
		Text: pyerr.SourceLine(c.opts.Source, int(loc.Line)),
	})
}

func (c *compiler) internal(msg string) {
	panic(&pyerr.Error{Type: "SystemError", Msg: msg, Filename: c.opts.Filename})
}

// enterScope is compiler_enter_scope.
func (c *compiler) enterScope(name string, scope scopeType, ste *symtable.Table, lineno int) {
	if ste == nil {
		c.internal("unknown symbol table entry for " + name)
	}
	u := &codeUnit{ste: ste, scope: scope,
		consts: map[constKey]int32{}, names: map[string]int32{},
		varnames: map[string]int32{}, cellvars: map[string]int32{}, freevars: map[string]int32{}}
	u.meta.Name = name
	for _, v := range ste.Varnames {
		addName(u.varnames, &u.meta.VarNames, v)
	}
	var cells, frees []string
	for i := range ste.Symbols {
		s := &ste.Symbols[i]
		if s.Scope == symtable.Cell || s.Flags&symtable.DefCompCell != 0 {
			cells = append(cells, s.Name)
		}
		if s.Scope == symtable.Free || s.Flags&symtable.DefFreeClass != 0 {
			frees = append(frees, s.Name)
		}
	}
	// Symbols are sorted by name, as dictbytype sorts them.
	for _, n := range cells {
		addName(u.cellvars, &u.meta.CellVars, n)
	}
	if ste.NeedsClassClosure {
		addName(u.cellvars, &u.meta.CellVars, "__class__")
	}
	if ste.NeedsClassdict {
		addName(u.cellvars, &u.meta.CellVars, "__classdict__")
	}
	off := int32(len(u.meta.CellVars))
	for i, n := range frees {
		u.freevars[n] = off + int32(i)
		u.meta.FreeVars = append(u.meta.FreeVars, n)
	}
	u.meta.FastHidden = map[string]bool{}
	u.meta.FirstLineNo = lineno
	if scope == scopeClass {
		u.staticAttrs = map[string]bool{}
	}
	if c.u != nil {
		c.stack = append(c.stack, c.u)
		u.private = c.u.private
	}
	c.u = u
	c.nestLevel++
	loc := Loc{int32(lineno), int32(lineno), 0, 0}
	if scope == scopeModule {
		loc.Line = 0
	} else {
		c.setQualname()
	}
	c.addopI(bytecode.RESUME, 0, loc)
}

// exitScope is compiler_exit_scope: back to the enclosing unit.
func (c *compiler) exitScope() {
	c.nestLevel--
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

// setQualname is compiler_set_qualname.
func (c *compiler) setQualname() {
	u := c.u
	// The module is at the bottom of the stack: a unit directly in it has
	// its plain name.
	n := len(c.stack)
	if n <= 1 {
		u.meta.QualName = u.meta.Name
		return
	}
	parent := c.stack[n-1]
	if parent.scope == scopeTypeParams {
		if n == 2 {
			u.meta.QualName = u.meta.Name
			return
		}
		parent = c.stack[n-2]
	}
	forceGlobal := false
	if u.scope == scopeFunction || u.scope == scopeAsyncFunction || u.scope == scopeClass {
		mangled := symtable.Mangle(parent.private, u.meta.Name)
		if parent.ste.Scope(mangled) == symtable.GlobalExplicit {
			forceGlobal = true
		}
	}
	if forceGlobal {
		u.meta.QualName = u.meta.Name
		return
	}
	base := parent.meta.QualName
	if parent.scope == scopeFunction || parent.scope == scopeAsyncFunction || parent.scope == scopeLambda {
		base += ".<locals>"
	}
	u.meta.QualName = base + "." + u.meta.Name
}

// computeFlags is compute_code_flags.
func (c *compiler) computeFlags() bytecode.CodeFlags {
	ste := c.u.ste
	var f bytecode.CodeFlags
	if ste.IsFunctionLike() {
		f |= bytecode.CoNewLocals | bytecode.CoOptimized
		if ste.Nested {
			f |= bytecode.CoNested
		}
		if ste.Generator && !ste.Coroutine {
			f |= bytecode.CoGenerator
		}
		if ste.Generator && ste.Coroutine {
			f |= bytecode.CoAsyncGenerator
		}
		if ste.Varargs {
			f |= bytecode.CoVarArgs
		}
		if ste.Varkeywords {
			f |= bytecode.CoVarKeywords
		}
	}
	coroutine := ste.Coroutine || c.u.coroutine
	if coroutine && !ste.Generator {
		f |= bytecode.CoCoroutine
	}
	f |= bytecode.CodeFlags(c.features) & pyCFMask
	return f
}

// finishUnit is optimize_and_assemble: the implicit return at the end,
// then the back end. It leaves the unit on the stack (exitScope pops it)
// and records it among its parent's nested units.
func (c *compiler) finishUnit(addNone bool) *Unit {
	u := c.u
	flags := c.computeFlags()
	if addNone {
		c.loadConst(ast.None, NoLoc)
	}
	c.addop(bytecode.RETURN_VALUE, NoLoc)
	out := &Unit{Seq: u.seq, Meta: u.meta, Flags: flags, Nested: u.nested}
	var code *bytecode.Code
	if assembleUnit != nil {
		var err error
		code, err = assembleUnit(&out.Seq, &out.Meta, flags, c.opts.Filename)
		if err != nil {
			c.internal(err.Error())
		}
	} else {
		code = &bytecode.Code{
			ArgCount: u.meta.ArgCount, PosOnlyArgCount: u.meta.PosOnlyArgCount, KwOnlyArgCount: u.meta.KwOnlyArgCount,
			Flags: flags, FirstLineNo: u.meta.FirstLineNo, Name: u.meta.Name, QualName: u.meta.QualName,
			Filename: c.opts.Filename, Consts: u.meta.Consts, Names: u.meta.Names,
		}
	}
	out.code = code
	if n := len(c.stack); n > 0 {
		parent := c.stack[n-1]
		parent.nested = append(parent.nested, out)
	}
	return out
}

// The emitting helpers (ADDOP and friends).

func (c *compiler) addop(op bytecode.Opcode, loc Loc) { c.u.seq.Add(op, 0, loc) }

func (c *compiler) addopI(op bytecode.Opcode, arg int, loc Loc) { c.u.seq.Add(op, int32(arg), loc) }

func (c *compiler) addopJ(op bytecode.Opcode, l Label, loc Loc) { c.u.seq.Add(op, int32(l), loc) }

func (c *compiler) newLabel() Label { return c.u.seq.NewLabel() }

func (c *compiler) useLabel(l Label) { c.u.seq.UseLabel(l) }

// insertInstr is instr_sequence_insert_instruction.
func (c *compiler) insertInstr(pos int, op bytecode.Opcode, arg int32, loc Loc) {
	s := &c.u.seq
	s.Instrs = slices.Insert(s.Instrs, pos, Instr{Op: op, Arg: arg, Loc: loc})
	for i, at := range s.LabelAt {
		if at >= int32(pos) {
			s.LabelAt[i] = at + 1
		}
	}
}

// loadConst is ADDOP_LOAD_CONST.
func (c *compiler) loadConst(v any, loc Loc) {
	c.addopI(bytecode.LOAD_CONST, int(c.addConst(v)), loc)
}

// addConst is compiler_add_const: the index of v in co_consts, adding it.
func (c *compiler) addConst(v any) int32 {
	u := c.u
	var k constKey
	if co, ok := v.(*bytecode.Code); ok && len(co.Bytecode) > 0 {
		k = constKey{kind: kCode, s: c.codeKey(co)}
	} else {
		k = keyOf(v)
	}
	if i, ok := u.consts[k]; ok {
		return i
	}
	i := int32(len(u.meta.Consts))
	u.consts[k] = i
	u.meta.Consts = append(u.meta.Consts, v)
	return i
}

// addName is dict_add_o for a name table.
func addName(m map[string]int32, list *[]string, name string) int32 {
	if i, ok := m[name]; ok {
		return i
	}
	i := int32(len(*list))
	m[name] = i
	*list = append(*list, name)
	return i
}

func (c *compiler) nameIndex(name string) int32 { return addName(c.u.names, &c.u.meta.Names, name) }

func (c *compiler) varnameIndex(name string) int32 {
	return addName(c.u.varnames, &c.u.meta.VarNames, name)
}

// mangle is _Py_MaybeMangle in the current unit.
func (c *compiler) mangle(name string) string {
	if c.u.private == "" {
		return name
	}
	return c.u.ste.MaybeMangle(c.u.private, name)
}

// addopName is compiler_addop_name for co_names, with the pseudo forms of
// LOAD_ATTR and LOAD_SUPER_ATTR folded into their low bits.
func (c *compiler) addopName(op bytecode.Opcode, name string, loc Loc) {
	arg := int(c.nameIndex(c.mangle(name)))
	switch op {
	case bytecode.LOAD_ATTR:
		arg <<= 1
	case bytecode.LOAD_METHOD:
		op, arg = bytecode.LOAD_ATTR, arg<<1|1
	case bytecode.LOAD_SUPER_ATTR:
		arg = arg<<2 | 2
	case bytecode.LOAD_SUPER_METHOD:
		op, arg = bytecode.LOAD_SUPER_ATTR, arg<<2|3
	case bytecode.LOAD_ZERO_SUPER_ATTR:
		op, arg = bytecode.LOAD_SUPER_ATTR, arg<<2
	case bytecode.LOAD_ZERO_SUPER_METHOD:
		op, arg = bytecode.LOAD_SUPER_ATTR, arg<<2|1
	}
	c.addopI(op, arg, loc)
}

// addopVarname is ADDOP_NAME with the varnames table.
func (c *compiler) addopVarname(op bytecode.Opcode, name string, loc Loc) {
	c.addopI(op, int(c.varnameIndex(c.mangle(name))), loc)
}

// symbol is _PyST_GetSymbol in unit u's block, with the overrides of an
// inlined comprehension: the flags and scope (zero for no such name).
func (u *codeUnit) symbol(name string) (symtable.Flags, symtable.Scope) {
	if u.overrides != nil {
		if s, ok := u.overrides[name]; ok {
			return s.Flags, s.Scope
		}
	}
	if s := u.ste.Lookup(name); s != nil {
		return s.Flags, s.Scope
	}
	return 0, symtable.ScopeNone
}

// scopeOf is _PyST_GetScope in the current unit.
func (c *compiler) scopeOf(name string) symtable.Scope {
	_, s := c.u.symbol(name)
	return s
}

// topSymbol is _PyST_GetSymbol(st_top, name), which sees the module
// unit's overrides.
func (c *compiler) topSymbol(name string) (symtable.Flags, symtable.Scope) {
	top := c.u
	if len(c.stack) > 0 {
		top = c.stack[0]
	}
	return top.symbol(name)
}

// refType is get_ref_type.
func (c *compiler) refType(name string) symtable.Scope {
	if c.u.scope == scopeClass && (name == "__class__" || name == "__classdict__") {
		return symtable.Cell
	}
	s := c.scopeOf(name)
	if s == symtable.ScopeNone {
		c.internal("_PyST_GetScope(name='" + name + "') failed: unknown scope in unit " + c.u.meta.Name)
	}
	return s
}

// Frame blocks.

func (c *compiler) pushFblock(loc Loc, fb frameBlock) {
	if len(c.u.fblocks) >= maxBlocks {
		c.raise(loc, "too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, fb)
}

func (c *compiler) popFblock(typ fblockType) {
	u := c.u
	if len(u.fblocks) == 0 || u.fblocks[len(u.fblocks)-1].typ != typ {
		c.internal("bad frame block pop")
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
}

// unwindFblock is compiler_unwind_fblock: the code that leaves one frame
// block early. preserve keeps the value on top of the stack (a return's).
func (c *compiler) unwindFblock(loc *Loc, fb *frameBlock, preserve bool) {
	switch fb.typ {
	case whileLoop, exceptionHandler, exceptionGroupHandler, asyncComprehensionGenerator, stopIteration:
	case forLoop:
		if preserve {
			c.addopI(bytecode.SWAP, 2, *loc)
		}
		c.addop(bytecode.POP_TOP, *loc)
	case tryExcept:
		c.addop(bytecode.POP_BLOCK, *loc)
	case finallyTry:
		c.addop(bytecode.POP_BLOCK, *loc)
		if preserve {
			c.pushFblock(*loc, frameBlock{typ: popValue, block: NoLabel, exit: NoLabel})
		}
		c.stmts(fb.finally)
		if preserve {
			c.popFblock(popValue)
		}
		*loc = NoLoc
	case finallyEnd:
		if preserve {
			c.addopI(bytecode.SWAP, 2, *loc)
		}
		c.addop(bytecode.POP_TOP, *loc)
		if preserve {
			c.addopI(bytecode.SWAP, 2, *loc)
		}
		c.addop(bytecode.POP_BLOCK, *loc)
		c.addop(bytecode.POP_EXCEPT, *loc)
	case withBlock, asyncWith:
		*loc = locOf(fb.node)
		c.addop(bytecode.POP_BLOCK, *loc)
		if preserve {
			c.addopI(bytecode.SWAP, 2, *loc)
		}
		c.callExitWithNones(*loc)
		if fb.typ == asyncWith {
			c.addopI(bytecode.GET_AWAITABLE, 2, *loc)
			c.loadConst(ast.None, *loc)
			c.addYieldFrom(*loc, true)
		}
		c.addop(bytecode.POP_TOP, *loc)
		*loc = NoLoc
	case handlerCleanup:
		if fb.hasName {
			c.addop(bytecode.POP_BLOCK, *loc)
		}
		if preserve {
			c.addopI(bytecode.SWAP, 2, *loc)
		}
		c.addop(bytecode.POP_BLOCK, *loc)
		c.addop(bytecode.POP_EXCEPT, *loc)
		if fb.hasName {
			c.loadConst(ast.None, *loc)
			c.nameop(*loc, fb.name, ast.Store)
			c.nameop(*loc, fb.name, ast.Del)
		}
	case popValue:
		if preserve {
			c.addopI(bytecode.SWAP, 2, *loc)
		}
		c.addop(bytecode.POP_TOP, *loc)
	}
}

// unwindFblockStack is compiler_unwind_fblock_stack. With wantLoop it
// stops at the innermost loop and returns it (nil if there is none).
func (c *compiler) unwindFblockStack(loc *Loc, preserve, wantLoop bool) *frameBlock {
	u := c.u
	if len(u.fblocks) == 0 {
		return nil
	}
	top := u.fblocks[len(u.fblocks)-1]
	if top.typ == exceptionGroupHandler {
		c.raise(*loc, "'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if wantLoop && (top.typ == whileLoop || top.typ == forLoop) {
		return &u.fblocks[len(u.fblocks)-1]
	}
	u.fblocks = u.fblocks[:len(u.fblocks)-1]
	c.unwindFblock(loc, &top, preserve)
	loop := c.unwindFblockStack(loc, preserve, wantLoop)
	var saved *frameBlock
	if loop != nil {
		saved = new(frameBlock)
		*saved = *loop
	}
	u.fblocks = append(u.fblocks, top)
	return saved
}

// callExitWithNones is compiler_call_exit_with_nones.
func (c *compiler) callExitWithNones(loc Loc) {
	c.loadConst(ast.None, loc)
	c.loadConst(ast.None, loc)
	c.loadConst(ast.None, loc)
	c.addopI(bytecode.CALL, 2, loc)
}

// popExceptAndReraise is compiler_pop_except_and_reraise.
func (c *compiler) popExceptAndReraise(loc Loc) {
	c.addopI(bytecode.COPY, 3, loc)
	c.addop(bytecode.POP_EXCEPT, loc)
	c.addopI(bytecode.RERAISE, 1, loc)
}

// isTopLevelAwait is IS_TOP_LEVEL_AWAIT.
func (c *compiler) isTopLevelAwait() bool {
	return c.opts.TopLevelAwait && c.u.ste.Type == symtable.ModuleBlock
}

// findAnn is find_ann: whether a body has annotated assignments, not
// looking into nested functions and classes.
func findAnn(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.With:
			if findAnn(s.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *ast.Try:
			for _, h := range s.Handlers {
				if findAnn(h.(*ast.ExceptHandler).Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *ast.TryStar:
			for _, h := range s.Handlers {
				if findAnn(h.(*ast.ExceptHandler).Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *ast.Match:
			for _, m := range s.Cases {
				if findAnn(m.Body) {
					return true
				}
			}
		}
	}
	return false
}

// docstring is _PyAST_GetDocString: the first statement's string, if it
// is an expression statement of a str constant.
func docstring(body []ast.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	e, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := e.Value.(*ast.Constant)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(string)
	return s, ok
}

// Constants.

// constKey identifies a constant as _PyCode_ConstantKey does: equal
// values of different types (1, 1.0, True) and floats of different signs
// (0.0, -0.0) are different constants.
type constKey struct {
	kind uint8
	n, m uint64
	s    string
	p    *bytecode.Code
}

const (
	kNone uint8 = iota
	kEllipsis
	kBool
	kInt
	kBig
	kFloat
	kComplex
	kStr
	kBytes
	kTuple
	kFrozenSet
	kCode
	kOther
)

func keyOf(v any) constKey {
	switch v := v.(type) {
	case ast.NoneType:
		return constKey{kind: kNone}
	case ast.EllipsisType:
		return constKey{kind: kEllipsis}
	case bool:
		if v {
			return constKey{kind: kBool, n: 1}
		}
		return constKey{kind: kBool}
	case int64:
		return constKey{kind: kInt, n: uint64(v)}
	case int:
		return constKey{kind: kInt, n: uint64(int64(v))}
	case *big.Int:
		if v.IsInt64() {
			return constKey{kind: kInt, n: uint64(v.Int64())}
		}
		return constKey{kind: kBig, s: v.String()}
	case float64:
		if v != v {
			return uniqueKey()
		}
		return constKey{kind: kFloat, n: math.Float64bits(v)}
	case complex128:
		if real(v) != real(v) || imag(v) != imag(v) {
			return uniqueKey()
		}
		return constKey{kind: kComplex, n: math.Float64bits(real(v)), m: math.Float64bits(imag(v))}
	case string:
		return constKey{kind: kStr, s: v}
	case ast.Bytes:
		return constKey{kind: kBytes, s: string(v)}
	case bytecode.Tuple:
		return constKey{kind: kTuple, s: seqKey(v)}
	case bytecode.FrozenSet:
		return constKey{kind: kFrozenSet, s: seqKey(v)}
	case *bytecode.Code:
		return constKey{kind: kCode, p: v}
	}
	return constKey{kind: kOther, s: ast.Repr(v)}
}

// uniqueKey is the key of a NaN: CPython keys a float by its value and
// NaN equals no other NaN, so each folded or written NaN is a constant of
// its own.
func uniqueKey() constKey {
	return constKey{kind: kOther, n: nanCount.Add(1), s: "nan"}
}

var nanCount atomic.Uint64

// codeKey serializes what code objects compare equal by (code_richcompare):
// a unit compiled twice (a while loop's test, a finally body) makes equal
// code objects, which are one constant.
// Keys are remembered per code object, so that nesting costs nothing.
func (c *compiler) codeKey(co *bytecode.Code) string {
	if k, ok := c.codeKeys[co]; ok {
		return k
	}
	var consts strings.Builder
	for _, x := range co.Consts {
		if sub, ok := x.(*bytecode.Code); ok {
			consts.WriteString("c" + itoa(len(c.codeKey(sub))) + ":" + c.codeKey(sub))
		} else {
			consts.WriteString(seqKey([]any{x}))
		}
	}
	var b strings.Builder
	for _, s := range []string{co.Name, co.QualName, string(co.Bytecode), string(co.LineTable), string(co.ExceptionTable),
		itoa(co.ArgCount), itoa(co.PosOnlyArgCount), itoa(co.KwOnlyArgCount), itoa(int(co.Flags)), itoa(co.FirstLineNo),
		consts.String(), strings.Join(co.Names, ","), strings.Join(co.LocalsPlusNames, ","), string(kindsBytes(co.LocalsPlusKinds))} {
		b.WriteString(itoa(len(s)))
		b.WriteByte(':')
		b.WriteString(s)
	}
	k := b.String()
	if c.codeKeys == nil {
		c.codeKeys = map[*bytecode.Code]string{}
	}
	c.codeKeys[co] = k
	return k
}

func kindsBytes(k []bytecode.LocalKind) []byte {
	out := make([]byte, len(k))
	for i, x := range k {
		out[i] = byte(x)
	}
	return out
}

// seqKey serializes the keys of a tuple's items.
func seqKey(items []any) string {
	var b strings.Builder
	for _, it := range items {
		k := keyOf(it)
		b.WriteByte(k.kind)
		var buf [16]byte
		for i := 0; i < 8; i++ {
			buf[i] = byte(k.n >> (8 * i))
			buf[8+i] = byte(k.m >> (8 * i))
		}
		b.Write(buf[:])
		b.WriteString(itoa(len(k.s)))
		b.WriteByte(':')
		b.WriteString(k.s)
		if k.p != nil {
			b.WriteString(k.p.QualName)
		}
		if k.kind == kOther {
			b.WriteString(strconv.FormatUint(k.n, 10))
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// cleanDoc is _PyCompile_CleanDoc: a docstring with its tabs expanded,
// the first line's leading spaces dropped and the common indentation of
// the other non-blank lines removed, as 3.13 stores docstrings.
func cleanDoc(doc string) string {
	doc = expandTabs(doc)
	// The smallest indentation of the non-blank lines after the first.
	margin := -1
	lines := strings.SplitAfter(doc, "\n")
	for _, l := range lines[1:] {
		n := len(l) - len(strings.TrimLeft(l, " "))
		if n < len(l) && l[n] != '\n' && (margin < 0 || n < margin) {
			margin = n
		}
	}
	if margin < 0 {
		margin = 0
	}
	first := strings.TrimLeft(lines[0], " ")
	if len(first) == len(lines[0]) && margin == 0 {
		return doc
	}
	var b strings.Builder
	b.Grow(len(doc))
	b.WriteString(first)
	for _, l := range lines[1:] {
		i := 0
		for i < margin && i < len(l) && l[i] == ' ' {
			i++
		}
		b.WriteString(l[i:])
	}
	return b.String()
}

// expandTabs is str.expandtabs(8): columns count code points and restart
// after \n and \r.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}
