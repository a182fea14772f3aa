package compiler

import (
	"slices"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/symtable"
)

// Functions, lambdas, classes and comprehensions: the code units nested
// in others, and the code that makes their function objects.

// The SET_FUNCTION_ATTRIBUTE opargs (MAKE_FUNCTION_*).
const (
	makeFunctionDefaults    = 0x01
	makeFunctionKwdefaults  = 0x02
	makeFunctionAnnotations = 0x04
	makeFunctionClosure     = 0x08
)

// makeClosure is compiler_make_closure: the function object of a finished
// unit, with its closure tuple and the attributes in flags, whose values
// are on the stack.
func (c *compiler) makeClosure(loc Loc, child *Unit, flags int) {
	if n := len(child.Meta.FreeVars); n > 0 {
		for _, name := range child.Meta.FreeVars {
			var arg int32
			var ok bool
			if c.refType(name) == symtable.Cell {
				arg, ok = c.u.cellvars[name]
			} else {
				arg, ok = c.u.freevars[name]
			}
			if !ok {
				c.internal("compiler_lookup_arg(name='" + name + "') failed in " + c.u.meta.Name)
			}
			c.addopI(bytecode.LOAD_CLOSURE, int(arg), loc)
		}
		flags |= makeFunctionClosure
		c.addopI(bytecode.BUILD_TUPLE, n, loc)
	}
	c.loadConst(child.code, loc)
	c.addop(bytecode.MAKE_FUNCTION, loc)
	for _, f := range [...]int{makeFunctionClosure, makeFunctionAnnotations, makeFunctionKwdefaults, makeFunctionDefaults} {
		if flags&f != 0 {
			c.addopI(bytecode.SET_FUNCTION_ATTRIBUTE, f, loc)
		}
	}
}

// applyDecorators is compiler_apply_decorators: the innermost first.
func (c *compiler) applyDecorators(decos []ast.Expr) {
	for i := len(decos) - 1; i >= 0; i-- {
		c.addopI(bytecode.CALL, 0, locOf(decos[i]))
	}
}

// defaultArguments is compiler_default_arguments: it pushes the defaults
// tuple and the keyword-only defaults dict and returns their flags.
func (c *compiler) defaultArguments(loc Loc, args *ast.Arguments) int {
	flags := 0
	if len(args.Defaults) > 0 {
		c.exprs(args.Defaults)
		c.addopI(bytecode.BUILD_TUPLE, len(args.Defaults), loc)
		flags |= makeFunctionDefaults
	}
	if len(args.Kwonlyargs) > 0 {
		var keys bytecode.Tuple
		for i, a := range args.Kwonlyargs {
			if i < len(args.KwDefaults) && args.KwDefaults[i] != nil {
				keys = append(keys, c.mangle(a.Arg))
				c.expr(args.KwDefaults[i])
			}
		}
		if len(keys) > 0 {
			c.loadConst(keys, loc)
			c.addopI(bytecode.BUILD_CONST_KEY_MAP, len(keys), loc)
			flags |= makeFunctionKwdefaults
		}
	}
	return flags
}

// argAnnotation is compiler_visit_argannotation; it reports whether it
// pushed a pair.
func (c *compiler) argAnnotation(id string, ann ast.Expr, loc Loc) int {
	if ann == nil {
		return 0
	}
	c.loadConst(c.mangle(id), loc)
	if c.features&symtable.FutureAnnotations != 0 {
		c.annExpr(ann)
	} else if s, ok := ann.(*ast.Starred); ok {
		// *args: *Ts is [annotation] = [*Ts].
		c.expr(s.Value)
		c.addopI(bytecode.UNPACK_SEQUENCE, 1, loc)
	} else {
		c.expr(ann)
	}
	return 2
}

// annotations is compiler_visit_annotations: the (name, value) pairs of a
// def's annotations as a tuple; it reports whether there were any.
func (c *compiler) annotations(loc Loc, args *ast.Arguments, returns ast.Expr) bool {
	n := 0
	for _, a := range args.Args {
		n += c.argAnnotation(a.Arg, a.Annotation, loc)
	}
	for _, a := range args.Posonlyargs {
		n += c.argAnnotation(a.Arg, a.Annotation, loc)
	}
	if a := args.Vararg; a != nil {
		n += c.argAnnotation(a.Arg, a.Annotation, loc)
	}
	for _, a := range args.Kwonlyargs {
		n += c.argAnnotation(a.Arg, a.Annotation, loc)
	}
	if a := args.Kwarg; a != nil {
		n += c.argAnnotation(a.Arg, a.Annotation, loc)
	}
	n += c.argAnnotation("return", returns, loc)
	if n > 0 {
		c.addopI(bytecode.BUILD_TUPLE, n, loc)
		return true
	}
	return false
}

// funcParts are what compiler_function reads from a def or async def.
type funcParts struct {
	node       ast.Stmt
	name       string
	args       *ast.Arguments
	body       []ast.Stmt
	decorators []ast.Expr
	returns    ast.Expr
	typeParams []ast.TypeParam
	async      bool
}

func partsOf(s ast.Stmt, async bool) funcParts {
	if f, ok := s.(*ast.FunctionDef); ok {
		return funcParts{f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, false}
	}
	f := s.(*ast.AsyncFunctionDef)
	return funcParts{f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, true}
}

// function is compiler_function.
func (c *compiler) function(s ast.Stmt, async bool) {
	f := partsOf(s, async)
	c.exprs(f.decorators)
	firstlineno := s.Position().Lineno
	if len(f.decorators) > 0 {
		firstlineno = f.decorators[0].Position().Lineno
	}
	if len(f.typeParams) > 0 {
		c.genericFunction(&f, firstlineno) // codegen_typeparams.go
	} else {
		loc := locOf(s)
		flags := c.defaultArguments(loc, f.args)
		if c.annotations(loc, f.args, f.returns) {
			flags |= makeFunctionAnnotations
		}
		c.functionBody(&f, flags, firstlineno)
	}
	c.applyDecorators(f.decorators)
	c.nameop(locOf(s), f.name, ast.Store)
}

// functionBody is compiler_function_body: the def's own unit, then its
// function object.
func (c *compiler) functionBody(f *funcParts, flags, firstlineno int) {
	scope := scopeFunction
	if f.async {
		scope = scopeAsyncFunction
	}
	c.enterScope(f.name, scope, c.st.Lookup(f.node), firstlineno)
	doc, hasDoc := docstring(f.body)
	if hasDoc && c.optimize < 2 {
		c.addConst(cleanDoc(doc))
	} else {
		c.addConst(ast.None)
	}
	c.u.meta.ArgCount = len(f.args.Args)
	c.u.meta.PosOnlyArgCount = len(f.args.Posonlyargs)
	c.u.meta.KwOnlyArgCount = len(f.args.Kwonlyargs)
	body := f.body
	if hasDoc {
		body = body[1:]
	}
	c.stmts(body)
	if c.u.ste.Coroutine || c.u.ste.Generator {
		c.wrapInStopIterationHandler() // codegen_async.go
	}
	child := c.finishUnit(true)
	c.exitScope()
	c.makeClosure(locOf(f.node), child, flags)
}

// lambda is compiler_lambda.
func (c *compiler) lambda(e *ast.Lambda) {
	loc := locOf(e)
	flags := c.defaultArguments(loc, e.Args)
	c.enterScope("<lambda>", scopeLambda, c.st.Lookup(e), e.Lineno)
	// None first, so that a lambda has no docstring.
	c.addConst(ast.None)
	c.u.meta.ArgCount = len(e.Args.Args)
	c.u.meta.PosOnlyArgCount = len(e.Args.Posonlyargs)
	c.u.meta.KwOnlyArgCount = len(e.Args.Kwonlyargs)
	c.expr(e.Body)
	var child *Unit
	if c.u.ste.Generator {
		child = c.finishUnit(false)
	} else {
		c.addop(bytecode.RETURN_VALUE, locOf(e.Body))
		child = c.finishUnit(true)
	}
	c.exitScope()
	c.makeClosure(loc, child, flags)
}

// class is compiler_class.
func (c *compiler) class(s *ast.ClassDef) {
	c.exprs(s.DecoratorList)
	firstlineno := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstlineno = s.DecoratorList[0].Position().Lineno
	}
	loc := locOf(s)
	if len(s.TypeParams) > 0 {
		c.genericClass(s, firstlineno) // codegen_typeparams.go
	} else {
		c.classBody(s, firstlineno)
		c.callHelper(loc, 2, s.Bases, s.Keywords)
	}
	c.applyDecorators(s.DecoratorList)
	c.nameop(loc, s.Name, ast.Store)
}

// classBody is compiler_class_body: the class's own unit, then
// __build_class__, the body's function and the name on the stack.
func (c *compiler) classBody(s *ast.ClassDef, firstlineno int) {
	c.enterScope(s.Name, scopeClass, c.st.Lookup(s), firstlineno)
	loc := Loc{int32(firstlineno), int32(firstlineno), 0, 0}
	c.u.private = s.Name
	c.nameop(loc, "__name__", ast.Load)
	c.nameop(loc, "__module__", ast.Store)
	c.loadConst(c.u.meta.QualName, loc)
	c.nameop(loc, "__qualname__", ast.Store)
	c.loadConst(int64(c.u.meta.FirstLineNo), loc)
	c.nameop(loc, "__firstlineno__", ast.Store)
	if len(s.TypeParams) > 0 {
		c.nameop(loc, ".type_params", ast.Load)
		c.nameop(loc, "__type_params__", ast.Store)
	}
	if c.u.ste.NeedsClassdict {
		c.addop(bytecode.LOAD_LOCALS, loc)
		c.addopI(bytecode.STORE_DEREF, int(c.derefIndex(c.u.cellvars, &c.u.meta.CellVars, "__classdict__")), loc)
	}
	c.body(loc, s.Body)
	attrs := make(bytecode.Tuple, 0, len(c.u.staticAttrs))
	for _, a := range sortedKeys(c.u.staticAttrs) {
		attrs = append(attrs, a)
	}
	c.loadConst(attrs, NoLoc)
	c.nameop(NoLoc, "__static_attributes__", ast.Store)
	if c.u.ste.NeedsClassdict {
		c.addopI(bytecode.LOAD_CLOSURE, int(c.u.cellvars["__classdict__"]), NoLoc)
		c.nameop(NoLoc, "__classdictcell__", ast.Store)
	}
	if c.u.ste.NeedsClassClosure {
		c.addopI(bytecode.LOAD_CLOSURE, int(c.u.cellvars["__class__"]), NoLoc)
		c.addopI(bytecode.COPY, 1, NoLoc)
		c.nameop(NoLoc, "__classcell__", ast.Store)
	} else {
		c.loadConst(ast.None, NoLoc)
	}
	c.addop(bytecode.RETURN_VALUE, NoLoc)
	child := c.finishUnit(true)
	c.exitScope()
	loc = locOf(s)
	c.addop(bytecode.LOAD_BUILD_CLASS, loc)
	c.addop(bytecode.PUSH_NULL, loc)
	c.makeClosure(loc, child, 0)
	c.loadConst(s.Name, loc)
}

// The kinds of comprehension.
const (
	compGenexp = iota
	compListcomp
	compSetcomp
	compDictcomp
)

// inlinedState is inlined_comprehension_state.
type inlinedState struct {
	pushedLocals []string
	tempSymbols  map[string]savedSymbol
	fastHidden   []string
	cleanup, end Label
}

type savedSymbol struct {
	sym symtable.Symbol
	had bool // an override was in force before
}

// comprehension is compiler_comprehension.
func (c *compiler) comprehension(e ast.Expr, typ int, name string, gens []*ast.Comprehension, elt, val ast.Expr) {
	entry := c.st.Lookup(e)
	if entry == nil {
		c.internal("no symbol table entry for a comprehension")
	}
	inlined := entry.CompInlined
	asyncGen := entry.Coroutine
	topLevelAwait := c.isTopLevelAwait()
	loc := locOf(e)
	outermost := gens[0]
	var state inlinedState
	if inlined {
		c.comprehensionIter(outermost)
		c.pushInlinedComprehensionState(loc, entry, &state)
	} else {
		c.enterScope(name, scopeComprehension, entry, e.Position().Lineno)
		// The outermost iterator is the implicit argument .0.
		c.u.meta.ArgCount = 1
	}
	if typ != compGenexp {
		op := bytecode.BUILD_LIST
		switch typ {
		case compSetcomp:
			op = bytecode.BUILD_SET
		case compDictcomp:
			op = bytecode.BUILD_MAP
		}
		c.addopI(op, 0, loc)
		if inlined {
			c.addopI(bytecode.SWAP, 2, loc)
		}
	}
	c.comprehensionGenerator(loc, gens, 0, 0, elt, val, typ, inlined)
	if inlined {
		c.popInlinedComprehensionState(loc, &state)
		return
	}
	if typ != compGenexp {
		c.addop(bytecode.RETURN_VALUE, loc)
	} else {
		c.wrapInStopIterationHandler() // codegen_async.go
	}
	child := c.finishUnit(true)
	c.exitScope()
	if topLevelAwait && asyncGen {
		c.u.coroutine = true
	}
	c.makeClosure(loc, child, 0)
	c.comprehensionIter(outermost)
	c.addopI(bytecode.CALL, 0, loc)
	if asyncGen && typ != compGenexp {
		c.addopI(bytecode.GET_AWAITABLE, 0, loc)
		c.loadConst(ast.None, loc)
		c.addYieldFrom(loc, true) // codegen_async.go
	}
}

// comprehensionIter is compiler_comprehension_iter.
func (c *compiler) comprehensionIter(comp *ast.Comprehension) {
	c.expr(comp.Iter)
	if comp.IsAsync != 0 {
		c.addop(bytecode.GET_AITER, locOf(comp.Iter))
	} else {
		c.addop(bytecode.GET_ITER, locOf(comp.Iter))
	}
}

// comprehensionGenerator is compiler_comprehension_generator.
func (c *compiler) comprehensionGenerator(loc Loc, gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, typ int, iterOnStack bool) {
	if gens[i].IsAsync != 0 {
		c.asyncComprehensionGenerator(loc, gens, i, depth, elt, val, typ, iterOnStack) // codegen_async.go
		return
	}
	c.syncComprehensionGenerator(loc, gens, i, depth, elt, val, typ, iterOnStack)
}

// syncComprehensionGenerator is compiler_sync_comprehension_generator.
func (c *compiler) syncComprehensionGenerator(loc Loc, gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, typ int, iterOnStack bool) {
	start, ifCleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	gen := gens[i]
	iterLoc := locOf(gen.Iter)
	if !iterOnStack {
		if i == 0 {
			c.u.meta.ArgCount = 1
			c.addopI(bytecode.LOAD_FAST, 0, loc)
		} else {
			// for y in [f(x)] is an assignment.
			var elts []ast.Expr
			switch it := gen.Iter.(type) {
			case *ast.List:
				elts = it.Elts
			case *ast.Tuple:
				elts = it.Elts
			}
			if len(elts) == 1 {
				if _, star := elts[0].(*ast.Starred); !star {
					c.expr(elts[0])
					start = NoLabel
				}
			}
			if start != NoLabel {
				c.expr(gen.Iter)
				c.addop(bytecode.GET_ITER, iterLoc)
			}
		}
	}
	if start != NoLabel {
		depth++
		c.useLabel(start)
		c.addopJ(bytecode.FOR_ITER, anchor, iterLoc)
	}
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(loc, cond, ifCleanup, false)
	}
	i++
	if i < len(gens) {
		c.comprehensionGenerator(loc, gens, i, depth, elt, val, typ, false)
	}
	eltLoc := locOf(elt)
	if i >= len(gens) {
		eltLoc = c.comprehensionElement(elt, val, typ, depth)
	}
	c.useLabel(ifCleanup)
	if start != NoLabel {
		c.addopJ(bytecode.JUMP, start, eltLoc)
		c.useLabel(anchor)
		c.addop(bytecode.END_FOR, NoLoc)
		c.addop(bytecode.POP_TOP, NoLoc)
	}
}

// comprehensionElement adds the element after the last for, and returns
// its location.
func (c *compiler) comprehensionElement(elt, val ast.Expr, typ, depth int) Loc {
	eltLoc := locOf(elt)
	switch typ {
	case compGenexp:
		c.expr(elt)
		c.addopYield(eltLoc) // codegen_async.go
		c.addop(bytecode.POP_TOP, eltLoc)
	case compListcomp:
		c.expr(elt)
		c.addopI(bytecode.LIST_APPEND, depth+1, eltLoc)
	case compSetcomp:
		c.expr(elt)
		c.addopI(bytecode.SET_ADD, depth+1, eltLoc)
	case compDictcomp:
		c.expr(elt)
		c.expr(val)
		vp := val.Position()
		eltLoc = Loc{eltLoc.Line, int32(vp.EndLineno), eltLoc.Col, int32(vp.EndColOffset)}
		c.addopI(bytecode.MAP_ADD, depth+1, eltLoc)
	}
	return eltLoc
}

// pushInlinedComprehensionState is push_inlined_comprehension_state: the
// names the comprehension binds are saved on the stack (and hidden in a
// module or class) while it runs in its parent's frame (PEP 709).
func (c *compiler) pushInlinedComprehensionState(loc Loc, entry *symtable.Table, state *inlinedState) {
	u := c.u
	inClass := u.ste.Type == symtable.ClassBlock && u.inInlinedComp == 0
	u.inInlinedComp++
	syms := make([]*symtable.Symbol, len(entry.Symbols))
	for i := range entry.Symbols {
		syms[i] = &entry.Symbols[i]
	}
	slices.SortFunc(syms, func(a, b *symtable.Symbol) int { return int(a.Order - b.Order) })
	for _, s := range syms {
		k := s.Name
		scope := s.Scope
		_, outsc := u.symbol(k)
		// A name whose scope differs inside is handled with its inner
		// symbol while the comprehension is compiled; free inside, it is
		// handled as outside; cell inside and free outside, it stays free.
		if (scope != outsc && scope != symtable.Free && !(scope == symtable.Cell && outsc == symtable.Free)) || inClass {
			if state.tempSymbols == nil {
				state.tempSymbols = map[string]savedSymbol{}
			}
			if _, done := state.tempSymbols[k]; !done {
				old, had := u.overrides[k]
				state.tempSymbols[k] = savedSymbol{old, had}
			}
			if u.overrides == nil {
				u.overrides = map[string]symtable.Symbol{}
			}
			u.overrides[k] = *s
		}
		if !(s.Flags&symtable.DefLocal != 0 && s.Flags&symtable.DefNonlocal == 0) && !inClass {
			continue
		}
		if !u.ste.IsFunctionLike() {
			if !u.meta.FastHidden[k] {
				u.meta.FastHidden[k] = true
				state.fastHidden = append(state.fastHidden, k)
			}
		}
		c.addopI(bytecode.LOAD_FAST_AND_CLEAR, int(c.varnameIndex(c.mangle(k))), loc)
		if scope == symtable.Cell {
			if outsc == symtable.Free {
				c.addopI(bytecode.MAKE_CELL, int(c.derefIndex(u.freevars, &u.meta.FreeVars, c.mangle(k))), loc)
			} else {
				c.addopI(bytecode.MAKE_CELL, int(c.derefIndex(u.cellvars, &u.meta.CellVars, c.mangle(k))), loc)
			}
		}
		state.pushedLocals = append(state.pushedLocals, k)
	}
	if len(state.pushedLocals) > 0 {
		// The outermost iterator goes back on top; the result will be
		// swapped under the saved values at the end.
		c.addopI(bytecode.SWAP, len(state.pushedLocals)+1, loc)
		state.cleanup = c.newLabel()
		state.end = c.newLabel()
		c.addopJ(bytecode.SETUP_FINALLY, state.cleanup, loc)
	}
}

// restoreInlinedComprehensionLocals is restore_inlined_comprehension_locals.
func (c *compiler) restoreInlinedComprehensionLocals(loc Loc, state *inlinedState) {
	n := len(state.pushedLocals)
	c.addopI(bytecode.SWAP, n+1, loc)
	for i := n - 1; i >= 0; i-- {
		c.addopI(bytecode.STORE_FAST_MAYBE_NULL, int(c.varnameIndex(c.mangle(state.pushedLocals[i]))), loc)
	}
}

// popInlinedComprehensionState is pop_inlined_comprehension_state.
func (c *compiler) popInlinedComprehensionState(loc Loc, state *inlinedState) {
	u := c.u
	u.inInlinedComp--
	for k, old := range state.tempSymbols {
		if old.had {
			u.overrides[k] = old.sym
		} else {
			delete(u.overrides, k)
		}
	}
	if len(state.pushedLocals) > 0 {
		c.addop(bytecode.POP_BLOCK, NoLoc)
		c.addopJ(bytecode.JUMP_NO_INTERRUPT, state.end, NoLoc)
		c.useLabel(state.cleanup)
		c.addopI(bytecode.SWAP, 2, NoLoc)
		c.addop(bytecode.POP_TOP, NoLoc)
		c.restoreInlinedComprehensionLocals(loc, state)
		c.addopI(bytecode.RERAISE, 0, NoLoc)
		c.useLabel(state.end)
		c.restoreInlinedComprehensionLocals(loc, state)
	}
	for _, k := range state.fastHidden {
		// False, not deleted: the name stays a hidden fast local of the
		// code object (CO_FAST_HIDDEN).
		u.meta.FastHidden[k] = false
	}
}
