package compiler

import (
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/symtable"
)

// Statements, visited as compiler_visit_stmt compiles them: the order of
// the visits is the order in which compile.c meets the errors.

func (c *checker) stmts(body []ast.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *checker) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.function(s, s.Args, s.DecoratorList, s.TypeParams, s.Returns, s.Body, s.Name, false)
	case *ast.AsyncFunctionDef:
		c.function(s, s.Args, s.DecoratorList, s.TypeParams, s.Returns, s.Body, s.Name, true)
	case *ast.ClassDef:
		c.class(s)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		c.exprs(s.Targets)
	case *ast.Assign:
		c.expr(s.Value)
		c.exprs(s.Targets)
	case *ast.TypeAlias:
		c.typeAlias(s)
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		c.push(s, forLoop, nil)
		c.expr(s.Iter)
		c.expr(s.Target)
		c.stmts(s.Body)
		c.pop()
		c.stmts(s.Orelse)
	case *ast.AsyncFor:
		if c.unit.scope != scopeAsyncFunction {
			c.errorAt(s, "'async for' outside async function")
		}
		c.expr(s.Iter)
		c.push(s, forLoop, nil)
		c.expr(s.Target)
		c.stmts(s.Body)
		c.pop()
		c.stmts(s.Orelse)
	case *ast.While:
		// The test is compiled inside the loop, twice; the else clause
		// after it.
		c.push(s, whileLoop, nil)
		c.expr(s.Test)
		c.stmts(s.Body)
		c.pop()
		c.stmts(s.Orelse)
	case *ast.If:
		c.expr(s.Test)
		c.stmts(s.Body)
		c.stmts(s.Orelse)
	case *ast.With:
		c.with(s.Items, s.Body, withBlock)
	case *ast.AsyncWith:
		if c.unit.scope != scopeAsyncFunction {
			c.errorAt(s, "'async with' outside async function")
		}
		c.with(s.Items, s.Body, asyncWith)
	case *ast.Match:
		c.match(s)
	case *ast.Raise:
		c.expr(s.Exc)
		c.expr(s.Cause)
	case *ast.Try:
		c.try(s, s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
	case *ast.TryStar:
		c.try(s, s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
	case *ast.Assert:
		c.expr(s.Test)
		c.expr(s.Msg)
	case *ast.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name, _, _ = strings.Cut(a.Name, ".")
			}
			c.forbidden(s, name, ast.Store)
		}
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.ExprStmt:
		c.expr(s.Value)
	case *ast.Break:
		if !c.unwind(s, true, false) {
			c.errorAt(s, "'break' outside loop")
		}
	case *ast.Continue:
		if !c.unwind(s, true, false) {
			c.errorAt(s, "'continue' not properly in loop")
		}
	case *ast.Global, *ast.Nonlocal, *ast.Pass, nil:
	default:
		c.children(s)
	}
}

// function is compiler_function: the parameter names, decorators,
// defaults, type parameters and annotations, then the body in a unit of
// its own, then the name.
func (c *checker) function(s ast.Stmt, args *ast.Arguments, decorators []ast.Expr, typeParams []ast.TypeParam, returns ast.Expr, body []ast.Stmt, name string, async bool) {
	c.checkArgNames(args)
	c.exprs(decorators)
	c.defaults(args)
	var outer *unit
	if len(typeParams) > 0 {
		outer = c.enterTable(c.st.LookupTypeParams(s), scopeTypeParams)
		c.typeParams(typeParams)
	}
	c.annotations(args, returns)
	scope := scopeFunction
	if async {
		scope = scopeAsyncFunction
	}
	fn := c.enter(s, scope)
	if ste := c.unit.ste; ste.Coroutine || ste.Generator {
		// The StopIteration handler around a generator's body.
		c.push(s, stopIteration, nil)
	}
	c.stmts(docstringless(body))
	c.leave(fn)
	if outer != nil {
		c.leave(outer)
	}
	c.forbidden(s, name, ast.Store)
}

// docstringless is a body without its docstring, which compile.c does not
// visit.
func docstringless(body []ast.Stmt) []ast.Stmt {
	if len(body) > 0 {
		if e, ok := body[0].(*ast.ExprStmt); ok {
			if k, ok := e.Value.(*ast.Constant); ok {
				if _, ok := k.Value.(string); ok {
					return body[1:]
				}
			}
		}
	}
	return body
}

// checkArgNames is compiler_check_debug_args.
func (c *checker) checkArgNames(args *ast.Arguments) {
	if args == nil {
		return
	}
	for _, a := range args.Posonlyargs {
		c.forbidden(a, a.Arg, ast.Store)
	}
	for _, a := range args.Args {
		c.forbidden(a, a.Arg, ast.Store)
	}
	if a := args.Vararg; a != nil {
		c.forbidden(a, a.Arg, ast.Store)
	}
	for _, a := range args.Kwonlyargs {
		c.forbidden(a, a.Arg, ast.Store)
	}
	if a := args.Kwarg; a != nil {
		c.forbidden(a, a.Arg, ast.Store)
	}
}

// defaults is compiler_default_arguments.
func (c *checker) defaults(args *ast.Arguments) {
	if args == nil {
		return
	}
	c.exprs(args.Defaults)
	c.exprs(args.KwDefaults)
}

// annotations is compiler_visit_annotations; under "from __future__
// import annotations" they are strings, not compiled.
func (c *checker) annotations(args *ast.Arguments, returns ast.Expr) {
	if c.st.Future.Features&symtable.FutureAnnotations != 0 {
		return
	}
	ann := func(a *ast.Arg) {
		if a == nil || a.Annotation == nil {
			return
		}
		if s, ok := a.Annotation.(*ast.Starred); ok {
			// *args: *Ts
			c.expr(s.Value)
			return
		}
		c.expr(a.Annotation)
	}
	if args != nil {
		for _, a := range args.Args {
			ann(a)
		}
		for _, a := range args.Posonlyargs {
			ann(a)
		}
		ann(args.Vararg)
		for _, a := range args.Kwonlyargs {
			ann(a)
		}
		ann(args.Kwarg)
	}
	c.expr(returns)
}

// typeParams is compiler_type_params: each parameter's bound and default
// in a scope of their own, then its name; a parameter without a default
// after one with a default is an error (PEP 696).
func (c *checker) typeParams(tps []ast.TypeParam) {
	seenDefault := false
	for _, tp := range tps {
		var name string
		var def ast.Expr
		switch tp := tp.(type) {
		case *ast.TypeVar:
			if tp.Bound != nil {
				outer := c.enter(tp, scopeTypeParams)
				c.expr(tp.Bound)
				c.leave(outer)
			}
			name, def = tp.Name, tp.DefaultValue
		case *ast.ParamSpec:
			name, def = tp.Name, tp.DefaultValue
		case *ast.TypeVarTuple:
			name, def = tp.Name, tp.DefaultValue
		default:
			continue
		}
		if def != nil {
			seenDefault = true
			c.typeParamDefault(tp, def)
		} else if seenDefault {
			c.errorAt(tp, "non-default type parameter '%s' follows default type parameter", name)
		}
		c.forbidden(tp, name, ast.Store)
	}
}

func (c *checker) typeParamDefault(tp ast.TypeParam, def ast.Expr) {
	if def == nil {
		return
	}
	outer := c.enterTable(c.st.LookupDefault(tp), scopeTypeParams)
	c.expr(def)
	c.leave(outer)
}

// class is compiler_class: decorators, type parameters, the body in its
// own unit, then the bases and keywords, then the name.
func (c *checker) class(s *ast.ClassDef) {
	c.exprs(s.DecoratorList)
	var outer *unit
	if len(s.TypeParams) > 0 {
		outer = c.enterTable(c.st.LookupTypeParams(s), scopeTypeParams)
		c.typeParams(s.TypeParams)
	}
	body := c.enter(s, scopeClass)
	c.stmts(docstringless(s.Body))
	c.leave(body)
	c.callArgs(s.Bases, s.Keywords)
	if outer != nil {
		c.leave(outer)
	}
	c.forbidden(s, s.Name, ast.Store)
}

// returnStmt is compiler_return.
func (c *checker) returnStmt(s *ast.Return) {
	if !c.isFunctionLike() {
		c.errorAt(s, "'return' outside function")
	}
	if s.Value != nil && c.unit.ste.Coroutine && c.unit.ste.Generator {
		c.errorAt(s, "'return' with value in async generator")
	}
	_, constant := s.Value.(*ast.Constant)
	preserve := s.Value != nil && !constant
	if preserve {
		c.expr(s.Value)
	}
	c.unwind(s, false, preserve)
}

// typeAlias is compiler_typealias.
func (c *checker) typeAlias(s *ast.TypeAlias) {
	var outer *unit
	if len(s.TypeParams) > 0 {
		outer = c.enterTable(c.st.LookupTypeParams(s), scopeTypeParams)
		c.typeParams(s.TypeParams)
	}
	value := c.enter(s, scopeFunction)
	c.expr(s.Value)
	c.leave(value)
	if outer != nil {
		c.leave(outer)
	}
	if n, ok := s.Name.(*ast.Name); ok {
		c.forbidden(s, n.Id, ast.Store)
	}
}

// augAssign is compiler_augassign: the target is read, the value
// computed, then a name target stored (an attribute target is not checked).
func (c *checker) augAssign(s *ast.AugAssign) {
	switch t := s.Target.(type) {
	case *ast.Attribute:
		c.expr(t.Value)
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
	case *ast.Name:
	default:
		c.expr(t)
	}
	c.expr(s.Value)
	if n, ok := s.Target.(*ast.Name); ok {
		c.forbidden(n, n.Id, ast.Store)
	}
}

// annAssign is compiler_annassign.
func (c *checker) annAssign(s *ast.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	futureAnnotations := c.st.Future.Features&symtable.FutureAnnotations != 0
	switch t := s.Target.(type) {
	case *ast.Name:
		c.forbidden(s, t.Id, ast.Store)
		if s.Simple != 0 && (c.unit.scope == scopeModule || c.unit.scope == scopeClass) && !futureAnnotations {
			c.expr(s.Annotation)
		}
	case *ast.Attribute:
		c.forbidden(s, t.Attr, ast.Store)
		if s.Value == nil {
			c.expr(t.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.expr(t.Value)
			c.annSubscr(t.Slice)
		}
	}
	if s.Simple == 0 && !futureAnnotations {
		c.expr(s.Annotation)
	}
}

// annSubscr is check_ann_subscr: the parts of a slice and the items of
// a tuple are evaluated one by one (so a starred item is an error).
func (c *checker) annSubscr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Slice:
		c.expr(e.Lower)
		c.expr(e.Upper)
		c.expr(e.Step)
	case *ast.Tuple:
		for _, x := range e.Elts {
			c.annSubscr(x)
		}
	default:
		c.expr(e)
	}
}

// with is compiler_with and compiler_async_with: each item's context
// expression, then a frame block (located at that expression), then its
// target, then the next item.
func (c *checker) with(items []*ast.Withitem, body []ast.Stmt, typ fblockType) {
	pushed := 0
	for _, it := range items {
		c.expr(it.ContextExpr)
		c.push(it.ContextExpr.(ast.Positioned), typ, nil)
		pushed++
		c.expr(it.OptionalVars)
	}
	c.stmts(body)
	for ; pushed > 0; pushed-- {
		c.pop()
	}
}

// try is compiler_try_finally around compiler_try_except (or its except*
// twin): the finally body is compiled twice, on the normal path and inside
// the handler for exceptions.
func (c *checker) try(s ast.Stmt, body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse, finalbody []ast.Stmt, star bool) {
	at := s.(ast.Positioned)
	if len(finalbody) == 0 {
		c.tryExcept(at, body, handlers, orelse, star)
		return
	}
	c.push(at, finallyTry, finalbody)
	if len(handlers) > 0 {
		c.tryExcept(at, body, handlers, orelse, star)
	} else {
		c.stmts(body)
	}
	c.pop()
	c.stmts(finalbody)
	c.push(at, finallyEnd, nil)
	c.stmts(finalbody)
	c.pop()
}

func (c *checker) tryExcept(at ast.Positioned, body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse []ast.Stmt, star bool) {
	c.push(at, tryExcept, nil)
	c.stmts(body)
	c.pop()
	if !star {
		// compile.c emits a try's else before its handlers, but a
		// try-except*'s after them.
		c.stmts(orelse)
	}
	handlerType := exceptionHandler
	if star {
		handlerType = exceptionGroupHandler
	}
	c.push(at, handlerType, nil)
	for i, hn := range handlers {
		h, ok := hn.(*ast.ExceptHandler)
		if !ok {
			continue
		}
		if !star && h.Type == nil && i < len(handlers)-1 {
			c.errorAt(h, "default 'except:' must be last")
		}
		c.expr(h.Type)
		if h.Name != "" {
			c.forbidden(h, h.Name, ast.Store)
		}
		c.push(h, handlerCleanup, nil)
		c.stmts(h.Body)
		c.pop()
	}
	c.pop()
	if star {
		c.stmts(orelse)
	}
}

// importFrom is compiler_from_import.
func (c *checker) importFrom(s *ast.ImportFrom) {
	f := c.st.Future
	p := s.Position()
	after := p.Lineno > f.EndLineno || p.Lineno == f.EndLineno && p.ColOffset > f.EndColOffset
	if after && s.Level == 0 && s.Module == "__future__" {
		c.errorAt(s, "from __future__ imports must occur at the beginning of the file")
	}
	for _, a := range s.Names {
		if a.Name == "*" {
			continue
		}
		name := a.Asname
		if name == "" {
			name = a.Name
		}
		c.forbidden(s, name, ast.Store)
	}
}
