package compiler

import (
	"sort"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/symtable"
)

// Statements, as compiler_visit_stmt and its helpers compile them.

// body is compiler_body: the statements of a module or class, with its
// docstring and __annotations__.
func (c *compiler) body(loc Loc, stmts []ast.Stmt) {
	// SETUP_ANNOTATIONS takes the line of the module's first statement.
	if c.u.scope == scopeModule && len(stmts) > 0 {
		loc = locOf(stmts[0])
	}
	if findAnn(stmts) {
		c.addop(bytecode.SETUP_ANNOTATIONS, loc)
	}
	if len(stmts) == 0 {
		return
	}
	// The docstring is no statement; with -OO it is dropped.
	i := 0
	if doc, ok := docstring(stmts); ok {
		i = 1
		if c.optimize < 2 {
			c.loadConst(cleanDoc(doc), locOf(stmts[0].(*ast.ExprStmt).Value))
			c.nameop(NoLoc, "__doc__", ast.Store)
		}
	}
	for ; i < len(stmts); i++ {
		c.stmt(stmts[i])
	}
}

func (c *compiler) stmts(body []ast.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

// stmt is compiler_visit_stmt.
func (c *compiler) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.function(s, false)
	case *ast.AsyncFunctionDef:
		c.function(s, true)
	case *ast.ClassDef:
		c.class(s)
	case *ast.TypeAlias:
		c.typeAlias(s) // codegen_typeparams.go
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		c.exprs(s.Targets)
	case *ast.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.addopI(bytecode.COPY, 1, locOf(s))
			}
			c.expr(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.While:
		c.whileStmt(s)
	case *ast.If:
		c.ifStmt(s)
	case *ast.Match:
		c.match(s) // codegen_match.go
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.addopI(bytecode.RAISE_VARARGS, n, locOf(s))
	case *ast.Try:
		c.try(s) // codegen_try.go
	case *ast.TryStar:
		c.tryStar(s) // codegen_try.go
	case *ast.Assert:
		c.assert(s)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal:
	case *ast.ExprStmt:
		c.exprStmt(locOf(s), s.Value)
	case *ast.Pass:
		c.addop(bytecode.NOP, locOf(s))
	case *ast.Break:
		c.breakStmt(locOf(s))
	case *ast.Continue:
		c.continueStmt(locOf(s))
	case *ast.With:
		c.with(s, 0) // codegen_with.go
	case *ast.AsyncWith:
		c.asyncWith(s, 0) // codegen_with.go
	case *ast.AsyncFor:
		c.asyncFor(s) // codegen_async.go
	default:
		c.internal("statement kind not handled by the compiler")
	}
}

// nameop is compiler_nameop: the instruction that loads, stores or
// deletes a name, chosen by its scope.
func (c *compiler) nameop(loc Loc, name string, ctx ast.ExprContext) {
	u := c.u
	if name == "__debug__" {
		switch ctx {
		case ast.Store:
			c.raise(loc, "cannot assign to __debug__")
		case ast.Del:
			c.raise(loc, "cannot delete __debug__")
		}
	}
	mangled := c.mangle(name)
	const (
		opName = iota
		opFast
		opGlobal
		opDeref
	)
	optype := opName
	dict := u.names
	list := &u.meta.Names
	scope := c.scopeOf(mangled)
	switch scope {
	case symtable.Free:
		dict, list, optype = u.freevars, &u.meta.FreeVars, opDeref
	case symtable.Cell:
		dict, list, optype = u.cellvars, &u.meta.CellVars, opDeref
	case symtable.Local:
		if u.ste.IsFunctionLike() || u.meta.FastHidden[mangled] {
			optype = opFast
		}
	case symtable.GlobalImplicit:
		if u.ste.IsFunctionLike() {
			optype = opGlobal
		}
	case symtable.GlobalExplicit:
		optype = opGlobal
	}
	var op bytecode.Opcode
	switch optype {
	case opDeref:
		switch ctx {
		case ast.Load:
			if u.ste.Type == symtable.ClassBlock && u.inInlinedComp == 0 {
				op = bytecode.LOAD_FROM_DICT_OR_DEREF
				c.addop(bytecode.LOAD_LOCALS, loc)
			} else if u.ste.CanSeeClassScope {
				op = bytecode.LOAD_FROM_DICT_OR_DEREF
				c.addopI(bytecode.LOAD_DEREF, int(c.derefIndex(u.freevars, &u.meta.FreeVars, "__classdict__")), loc)
			} else {
				op = bytecode.LOAD_DEREF
			}
		case ast.Store:
			op = bytecode.STORE_DEREF
		default:
			op = bytecode.DELETE_DEREF
		}
	case opFast:
		switch ctx {
		case ast.Load:
			op = bytecode.LOAD_FAST
		case ast.Store:
			op = bytecode.STORE_FAST
		default:
			op = bytecode.DELETE_FAST
		}
		c.addopI(op, int(c.varnameIndex(mangled)), loc)
		return
	case opGlobal:
		switch ctx {
		case ast.Load:
			if u.ste.CanSeeClassScope && scope == symtable.GlobalImplicit {
				op = bytecode.LOAD_FROM_DICT_OR_GLOBALS
				c.addopI(bytecode.LOAD_DEREF, int(c.derefIndex(u.freevars, &u.meta.FreeVars, "__classdict__")), loc)
			} else {
				op = bytecode.LOAD_GLOBAL
			}
		case ast.Store:
			op = bytecode.STORE_GLOBAL
		default:
			op = bytecode.DELETE_GLOBAL
		}
	default:
		switch ctx {
		case ast.Load:
			if u.ste.Type == symtable.ClassBlock && u.inInlinedComp > 0 {
				op = bytecode.LOAD_GLOBAL
			} else {
				op = bytecode.LOAD_NAME
			}
		case ast.Store:
			op = bytecode.STORE_NAME
		default:
			op = bytecode.DELETE_NAME
		}
	}
	var arg int32
	if optype == opDeref {
		arg = c.derefIndex(dict, list, mangled)
	} else {
		arg = addName(dict, list, mangled)
	}
	if op == bytecode.LOAD_GLOBAL {
		arg <<= 1
	}
	c.addopI(op, int(arg), loc)
}

// derefIndex is dict_add_o on the cell or free variable table, whose
// indices run on after the cells.
func (c *compiler) derefIndex(m map[string]int32, list *[]string, name string) int32 {
	if i, ok := m[name]; ok {
		return i
	}
	u := c.u
	var i int32
	if list == &u.meta.FreeVars {
		i = int32(len(u.meta.CellVars) + len(u.meta.FreeVars))
	} else {
		i = int32(len(*list))
	}
	m[name] = i
	*list = append(*list, name)
	return i
}

// exprStmt is compiler_stmt_expr.
func (c *compiler) exprStmt(loc Loc, v ast.Expr) {
	if c.interactive && c.nestLevel <= 1 {
		c.expr(v)
		c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicPrint, loc)
		c.addop(bytecode.POP_TOP, NoLoc)
		return
	}
	if _, ok := v.(*ast.Constant); ok {
		c.addop(bytecode.NOP, loc)
		return
	}
	c.expr(v)
	c.addop(bytecode.POP_TOP, NoLoc)
}

// The intrinsics' numbers (pycore_intrinsics.h).
const (
	intrinsicPrint              = 1
	intrinsicImportStar         = 2
	intrinsicStopIterationError = 3
	intrinsicAsyncGenWrap       = 4
	intrinsicUnaryPositive      = 5
	intrinsicListToTuple        = 6
	intrinsicTypeVar            = 7
	intrinsicParamSpec          = 8
	intrinsicTypeVarTuple       = 9
	intrinsicSubscriptGeneric   = 10
	intrinsicTypeAlias          = 11

	intrinsic2PrepReraiseStar        = 1
	intrinsic2TypeVarWithBound       = 2
	intrinsic2TypeVarWithConstraints = 3
	intrinsic2SetFunctionTypeParams  = 4
	intrinsic2SetTypeParamDefault    = 5
)

// ifStmt is compiler_if.
func (c *compiler) ifStmt(s *ast.If) {
	end := c.newLabel()
	next := end
	if len(s.Orelse) > 0 {
		next = c.newLabel()
	}
	c.jumpIf(locOf(s), s.Test, next, false)
	c.stmts(s.Body)
	if len(s.Orelse) > 0 {
		c.addopJ(bytecode.JUMP_NO_INTERRUPT, end, NoLoc)
		c.useLabel(next)
		c.stmts(s.Orelse)
	}
	c.useLabel(end)
}

// forStmt is compiler_for.
func (c *compiler) forStmt(s *ast.For) {
	loc := locOf(s)
	start, body, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.pushFblock(loc, frameBlock{typ: forLoop, block: start, exit: end})
	c.expr(s.Iter)
	iterLoc := locOf(s.Iter)
	c.addop(bytecode.GET_ITER, iterLoc)
	c.useLabel(start)
	c.addopJ(bytecode.FOR_ITER, cleanup, iterLoc)
	c.useLabel(body)
	// The target's line, for tracing each iteration.
	c.addop(bytecode.NOP, locOf(s.Target))
	c.expr(s.Target)
	c.stmts(s.Body)
	c.addopJ(bytecode.JUMP, start, NoLoc)
	c.useLabel(cleanup)
	c.addop(bytecode.END_FOR, NoLoc)
	c.addop(bytecode.POP_TOP, NoLoc)
	c.popFblock(forLoop)
	c.stmts(s.Orelse)
	c.useLabel(end)
}

// whileStmt is compiler_while: the test before the loop and again at its
// bottom.
func (c *compiler) whileStmt(s *ast.While) {
	loop, body, end, anchor := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.useLabel(loop)
	c.pushFblock(locOf(s), frameBlock{typ: whileLoop, block: loop, exit: end})
	c.jumpIf(locOf(s), s.Test, anchor, false)
	c.useLabel(body)
	c.stmts(s.Body)
	c.jumpIf(locOf(s), s.Test, body, true)
	c.popFblock(whileLoop)
	c.useLabel(anchor)
	c.stmts(s.Orelse)
	c.useLabel(end)
}

// returnStmt is compiler_return.
func (c *compiler) returnStmt(s *ast.Return) {
	loc := locOf(s)
	_, isConst := s.Value.(*ast.Constant)
	preserve := s.Value != nil && !isConst
	if !c.u.ste.IsFunctionLike() {
		c.raise(loc, "'return' outside function")
	}
	if s.Value != nil && c.u.ste.Coroutine && c.u.ste.Generator {
		c.raise(loc, "'return' with value in async generator")
	}
	if preserve {
		c.expr(s.Value)
	} else if s.Value != nil {
		loc = locOf(s.Value)
		c.addop(bytecode.NOP, loc)
	}
	if s.Value == nil || s.Value.Position().Lineno != s.Lineno {
		loc = locOf(s)
		c.addop(bytecode.NOP, loc)
	}
	c.unwindFblockStack(&loc, preserve, false)
	if s.Value == nil {
		c.loadConst(ast.None, loc)
	} else if !preserve {
		c.loadConst(s.Value.(*ast.Constant).Value, loc)
	}
	c.addop(bytecode.RETURN_VALUE, loc)
}

// breakStmt is compiler_break.
func (c *compiler) breakStmt(loc Loc) {
	origin := loc
	c.addop(bytecode.NOP, loc)
	loop := c.unwindFblockStack(&loc, false, true)
	if loop == nil {
		c.raise(origin, "'break' outside loop")
	}
	c.unwindFblock(&loc, loop, false)
	c.addopJ(bytecode.JUMP, loop.exit, loc)
}

// continueStmt is compiler_continue.
func (c *compiler) continueStmt(loc Loc) {
	origin := loc
	c.addop(bytecode.NOP, loc)
	loop := c.unwindFblockStack(&loc, false, true)
	if loop == nil {
		c.raise(origin, "'continue' not properly in loop")
	}
	c.addopJ(bytecode.JUMP, loop.block, loc)
}

// importAs is compiler_import_as.
func (c *compiler) importAs(loc Loc, name, asname string) {
	dot := strings.IndexByte(name, '.')
	if dot < 0 {
		c.nameop(loc, asname, ast.Store)
		return
	}
	rest := name[dot+1:]
	for {
		attr, more, found := strings.Cut(rest, ".")
		c.addopI(bytecode.IMPORT_FROM, int(c.nameIndex(attr)), loc)
		if !found {
			break
		}
		c.addopI(bytecode.SWAP, 2, loc)
		c.addop(bytecode.POP_TOP, loc)
		rest = more
	}
	c.nameop(loc, asname, ast.Store)
	c.addop(bytecode.POP_TOP, loc)
}

// importStmt is compiler_import.
func (c *compiler) importStmt(s *ast.Import) {
	loc := locOf(s)
	for _, a := range s.Names {
		c.loadConst(int64(0), loc)
		c.loadConst(ast.None, loc)
		c.addopName(bytecode.IMPORT_NAME, a.Name, loc)
		if a.Asname != "" {
			c.importAs(loc, a.Name, a.Asname)
		} else {
			first, _, _ := strings.Cut(a.Name, ".")
			c.nameop(loc, first, ast.Store)
		}
	}
}

// importFrom is compiler_from_import.
func (c *compiler) importFrom(s *ast.ImportFrom) {
	loc := locOf(s)
	c.loadConst(int64(s.Level), loc)
	names := make(bytecode.Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	// A future import after the leading ones (location_is_after).
	f := c.st.Future
	after := s.Lineno > f.EndLineno || s.Lineno == f.EndLineno && s.ColOffset > f.EndColOffset
	if after && s.Level == 0 && s.Module == "__future__" {
		c.raise(loc, "from __future__ imports must occur at the beginning of the file")
	}
	c.loadConst(names, loc)
	c.addopName(bytecode.IMPORT_NAME, s.Module, loc)
	for i, a := range s.Names {
		if i == 0 && strings.HasPrefix(a.Name, "*") {
			c.addopI(bytecode.CALL_INTRINSIC_1, intrinsicImportStar, loc)
			c.addop(bytecode.POP_TOP, NoLoc)
			return
		}
		c.addopName(bytecode.IMPORT_FROM, a.Name, loc)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameop(loc, store, ast.Store)
	}
	c.addop(bytecode.POP_TOP, loc)
}

// assert is compiler_assert.
func (c *compiler) assert(s *ast.Assert) {
	c.checkAssert(s)
	if c.optimize > 0 {
		return
	}
	end := c.newLabel()
	loc := locOf(s)
	c.jumpIf(loc, s.Test, end, true)
	c.addop(bytecode.LOAD_ASSERTION_ERROR, loc)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.addopI(bytecode.CALL, 0, loc)
	}
	c.addopI(bytecode.RAISE_VARARGS, 1, locOf(s.Test))
	c.useLabel(end)
}

// augAssign is compiler_augassign.
func (c *compiler) augAssign(s *ast.AugAssign) {
	e := s.Target
	loc := locOf(e)
	switch t := e.(type) {
	case *ast.Attribute:
		c.expr(t.Value)
		c.addopI(bytecode.COPY, 1, loc)
		loc = attrLoc(loc, t)
		c.addopName(bytecode.LOAD_ATTR, t.Attr, loc)
	case *ast.Subscript:
		c.expr(t.Value)
		if isTwoElementSlice(t.Slice) {
			c.slice(t.Slice.(*ast.Slice))
			c.addopI(bytecode.COPY, 3, loc)
			c.addopI(bytecode.COPY, 3, loc)
			c.addopI(bytecode.COPY, 3, loc)
			c.addop(bytecode.BINARY_SLICE, loc)
		} else {
			c.expr(t.Slice)
			c.addopI(bytecode.COPY, 2, loc)
			c.addopI(bytecode.COPY, 2, loc)
			c.addop(bytecode.BINARY_SUBSCR, loc)
		}
	case *ast.Name:
		c.nameop(loc, t.Id, ast.Load)
	default:
		c.internal("invalid node type for augmented assignment")
	}
	c.expr(s.Value)
	c.binaryOp(locOf(s), s.Op, true)
	loc = locOf(e)
	switch t := e.(type) {
	case *ast.Attribute:
		loc = attrLoc(loc, t)
		c.addopI(bytecode.SWAP, 2, loc)
		c.addopName(bytecode.STORE_ATTR, t.Attr, loc)
	case *ast.Subscript:
		if isTwoElementSlice(t.Slice) {
			c.addopI(bytecode.SWAP, 4, loc)
			c.addopI(bytecode.SWAP, 3, loc)
			c.addopI(bytecode.SWAP, 2, loc)
			c.addop(bytecode.STORE_SLICE, loc)
		} else {
			c.addopI(bytecode.SWAP, 3, loc)
			c.addopI(bytecode.SWAP, 2, loc)
			c.addop(bytecode.STORE_SUBSCR, loc)
		}
	case *ast.Name:
		c.nameop(loc, t.Id, ast.Store)
	}
}

func isTwoElementSlice(e ast.Expr) bool {
	s, ok := e.(*ast.Slice)
	return ok && s.Step == nil
}

// checkAnnExpr is check_ann_expr: evaluate and drop.
func (c *compiler) checkAnnExpr(e ast.Expr) {
	c.expr(e)
	c.addop(bytecode.POP_TOP, locOf(e))
}

// checkAnnSubscr is check_ann_subscr.
func (c *compiler) checkAnnSubscr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Slice:
		if e.Lower != nil {
			c.checkAnnExpr(e.Lower)
		}
		if e.Upper != nil {
			c.checkAnnExpr(e.Upper)
		}
		if e.Step != nil {
			c.checkAnnExpr(e.Step)
		}
	case *ast.Tuple:
		for _, x := range e.Elts {
			c.checkAnnSubscr(x)
		}
	default:
		c.checkAnnExpr(e)
	}
}

// annAssign is compiler_annassign.
func (c *compiler) annAssign(s *ast.AnnAssign) {
	loc := locOf(s)
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	futureAnn := c.features&symtable.FutureAnnotations != 0
	moduleOrClass := c.u.scope == scopeModule || c.u.scope == scopeClass
	switch t := s.Target.(type) {
	case *ast.Name:
		if t.Id == "__debug__" {
			c.raise(loc, "cannot assign to __debug__")
		}
		if s.Simple != 0 && moduleOrClass {
			if futureAnn {
				c.annExpr(s.Annotation)
			} else {
				c.expr(s.Annotation)
			}
			c.addopName(bytecode.LOAD_NAME, "__annotations__", loc)
			c.loadConst(c.mangle(t.Id), loc)
			c.addop(bytecode.STORE_SUBSCR, loc)
		}
	case *ast.Attribute:
		if t.Attr == "__debug__" {
			c.raise(loc, "cannot assign to __debug__")
		}
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscr(t.Slice)
		}
	default:
		c.internal("invalid node type for annotated assignment")
	}
	// The annotation of a complex target is evaluated last, in a module
	// or class only.
	if s.Simple == 0 && !futureAnn && moduleOrClass {
		c.checkAnnExpr(s.Annotation)
	}
}

// annExpr is compiler_visit_annexpr: the annotation as a string (from
// __future__ import annotations).
func (c *compiler) annExpr(e ast.Expr) {
	c.loadConst(unparseExpr(e), locOf(e))
}

// sortedKeys returns a set's members sorted, as tuples of names are built
// from Python sets sorted.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
