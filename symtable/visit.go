package symtable

import (
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pyerr"
)

// The first pass: a walk over the tree that records, block by block, what
// each name is (symtable_visit_* in symtable.c). Nodes this file does not
// know, such as an extension's, are handled by their hook (hooks.go) or
// else by visiting their children.

// CPython counts the nesting of the statements, expressions, patterns and
// type parameters it visits, and gives up with a RecursionError past its C
// recursion limit. It starts counting from the depth of the C stack at the
// call: 3 when scripts/oracle.py calls symtable.symtable.
const (
	recursionLimit = 10000
	recursionStart = 3
)

func (b *builder) enterRecursive() {
	b.depth++
	if b.depth > recursionLimit {
		panic(&pyerr.Error{Type: pyerr.RecursionError, Msg: "maximum recursion depth exceeded during compilation"})
	}
}

func (b *builder) leaveRecursive() { b.depth-- }

func (b *builder) visitStmts(body []ast.Stmt) {
	for _, s := range body {
		b.visitStmt(s)
	}
}

func (b *builder) visitExprs(es []ast.Expr) {
	for _, e := range es {
		b.visitExpr(e)
	}
}

// visitExprsNil visits a sequence whose elements may be None (Dict.keys,
// kw_defaults).
func (b *builder) visitExprsNil(es []ast.Expr) {
	for _, e := range es {
		if e != nil {
			b.visitExpr(e)
		}
	}
}

func (b *builder) visitStmt(s ast.Stmt) {
	b.enterRecursive()
	switch s := s.(type) {
	case *ast.FunctionDef:
		b.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, false)
	case *ast.AsyncFunctionDef:
		b.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, true)
	case *ast.ClassDef:
		b.visitClass(s)
	case *ast.TypeAlias:
		b.visitTypeAlias(s)
	case *ast.Return:
		if s.Value != nil {
			b.visitExpr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *ast.Delete:
		b.visitExprs(s.Targets)
	case *ast.Assign:
		b.visitExprs(s.Targets)
		b.visitExpr(s.Value)
	case *ast.AnnAssign:
		b.visitAnnAssign(s)
	case *ast.AugAssign:
		b.visitExpr(s.Target)
		b.visitExpr(s.Value)
	case *ast.For:
		b.visitExpr(s.Target)
		b.visitExpr(s.Iter)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *ast.AsyncFor:
		b.visitExpr(s.Target)
		b.visitExpr(s.Iter)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *ast.While:
		b.visitExpr(s.Test)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *ast.If:
		b.visitExpr(s.Test)
		b.visitStmts(s.Body)
		b.visitStmts(s.Orelse)
	case *ast.Match:
		b.visitExpr(s.Subject)
		for _, c := range s.Cases {
			b.visitPattern(c.Pattern)
			if c.Guard != nil {
				b.visitExpr(c.Guard)
			}
			b.visitStmts(c.Body)
		}
	case *ast.Raise:
		if s.Exc != nil {
			b.visitExpr(s.Exc)
			if s.Cause != nil {
				b.visitExpr(s.Cause)
			}
		}
	case *ast.Try:
		b.visitTry(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *ast.TryStar:
		b.visitTry(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *ast.Assert:
		b.visitExpr(s.Test)
		if s.Msg != nil {
			b.visitExpr(s.Msg)
		}
	case *ast.Import:
		for _, a := range s.Names {
			b.visitAlias(a)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			b.visitAlias(a)
		}
	case *ast.Global:
		b.visitDirective(s, s.Names, DefGlobal)
	case *ast.Nonlocal:
		b.visitDirective(s, s.Names, DefNonlocal)
	case *ast.ExprStmt:
		b.visitExpr(s.Value)
	case *ast.Pass, *ast.Break, *ast.Continue:
	case *ast.With:
		b.visitWith(s.Items, s.Body)
	case *ast.AsyncWith:
		b.visitWith(s.Items, s.Body)
	default:
		b.visitOther(s)
	}
	b.leaveRecursive()
}

func (b *builder) visitTry(body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse, final []ast.Stmt) {
	b.visitStmts(body)
	for _, h := range handlers {
		eh, ok := h.(*ast.ExceptHandler)
		if !ok {
			b.visitOther(h)
			continue
		}
		if eh.Type != nil {
			b.visitExpr(eh.Type)
		}
		if eh.Name != "" {
			b.addDef(b.intern(eh.Name), DefLocal, locOf(eh))
		}
		b.visitStmts(eh.Body)
	}
	b.visitStmts(orelse)
	b.visitStmts(final)
}

func (b *builder) visitWith(items []*ast.Withitem, body []ast.Stmt) {
	for _, it := range items {
		b.visitExpr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.visitExpr(it.OptionalVars)
		}
	}
	b.visitStmts(body)
}

func (b *builder) visitFunction(s ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt,
	decorators []ast.Expr, returns ast.Expr, typeParams []ast.TypeParam, async bool) {
	at := locOf(s)
	id := b.intern(name)
	b.addDef(id, DefLocal, at)
	if args == nil {
		args = &ast.Arguments{}
	}
	b.visitExprs(args.Defaults)
	b.visitExprsNil(args.KwDefaults)
	b.visitExprs(decorators)
	generic := len(typeParams) > 0
	if generic {
		// A parsed tree always has a defaults list, empty or not, so
		// CPython always declares .defaults here.
		b.enterTypeParamBlock(id, blockKey{s, partTypeParams}, true, hasKwonlyDefaults(args), false, at)
		b.visitTypeParams(typeParams)
	}
	b.visitAnnotations(s, args, returns)
	b.enterBlock(id, FunctionBlock, blockKey{s, partOwn}, at)
	if async {
		b.cur.Coroutine = true
	}
	b.visitArguments(args)
	b.visitStmts(body)
	b.exitBlock()
	if generic {
		b.exitBlock()
	}
}

func hasKwonlyDefaults(a *ast.Arguments) bool {
	for i := range a.Kwonlyargs {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			return true
		}
	}
	return false
}

func (b *builder) visitClass(s *ast.ClassDef) {
	at := locOf(s)
	id := b.intern(s.Name)
	b.addDef(id, DefLocal, at)
	b.visitExprs(s.DecoratorList)
	saved := b.private
	generic := len(s.TypeParams) > 0
	if generic {
		b.enterTypeParamBlock(id, blockKey{s, partTypeParams}, false, false, true, at)
		b.private = id
		b.cur.bs.mangled = &growSet{}
		b.visitTypeParams(s.TypeParams)
	}
	b.visitExprs(s.Bases)
	for _, k := range s.Keywords {
		b.visitExpr(k.Value)
	}
	b.enterBlock(id, ClassBlock, blockKey{s, partOwn}, at)
	b.private = id
	if generic {
		b.addDef(idDunderTypeParams, DefLocal, at)
		b.addDef(idTypeParamsDot, Use, at)
	}
	b.visitStmts(s.Body)
	b.exitBlock()
	if generic {
		b.exitBlock()
	}
	b.private = saved
}

func (b *builder) visitTypeAlias(s *ast.TypeAlias) {
	b.visitExpr(s.Name)
	n, ok := s.Name.(*ast.Name)
	if !ok {
		return // not a parsed tree; CPython asserts
	}
	id := b.intern(n.Id)
	at := locOf(s)
	inClass := b.cur.Type == ClassBlock
	generic := len(s.TypeParams) > 0
	if generic {
		b.enterTypeParamBlock(id, blockKey{s, partTypeParams}, false, false, false, at)
		b.visitTypeParams(s.TypeParams)
	}
	b.enterBlock(id, TypeAliasBlock, blockKey{s, partOwn}, at)
	b.cur.CanSeeClassScope = inClass
	if inClass {
		b.addDef(idClassdict, Use, locOf(s.Value))
	}
	b.visitExpr(s.Value)
	b.exitBlock()
	if generic {
		b.exitBlock()
	}
}

// enterTypeParamBlock is symtable_enter_type_param_block.
func (b *builder) enterTypeParamBlock(name nameID, key blockKey, hasDefaults, hasKwdefaults, isClass bool, at loc) {
	inClass := b.cur.Type == ClassBlock
	b.enterBlock(name, TypeParametersBlock, key, at)
	if inClass {
		b.cur.CanSeeClassScope = true
		b.addDef(idClassdict, Use, at)
	}
	if isClass {
		// .type_params is set when the tuple of parameters is made and
		// used for the bases; .generic_base is the Generic[...] base.
		b.addDef(idTypeParamsDot, DefLocal, at)
		b.addDef(idTypeParamsDot, Use, at)
		b.addDef(idGenericBase, DefLocal, at)
		b.addDef(idGenericBase, Use, at)
	}
	if hasDefaults {
		b.addDef(idDefaults, DefParam, at)
	}
	if hasKwdefaults {
		b.addDef(idKwdefaults, DefParam, at)
	}
}

func (b *builder) visitAnnAssign(s *ast.AnnAssign) {
	if n, ok := s.Target.(*ast.Name); ok {
		id := b.intern(n.Id)
		cur := Flags(b.lookup(b.cur, id))
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.global && s.Simple != 0 {
			if cur&DefGlobal != 0 {
				b.syntaxError(locOf(s), "annotated name '%s' can't be global", n.Id)
			}
			b.syntaxError(locOf(s), "annotated name '%s' can't be nonlocal", n.Id)
		}
		if s.Simple != 0 {
			b.addDef(id, DefAnnot|DefLocal, locOf(n))
		}
		if s.Value != nil {
			b.addDef(id, DefLocal, locOf(n))
		}
	} else {
		b.visitExpr(s.Target)
	}
	b.visitAnnotation(s.Annotation)
	if s.Value != nil {
		b.visitExpr(s.Value)
	}
}

// visitDirective handles global and nonlocal statements.
func (b *builder) visitDirective(s ast.Stmt, names []string, flag Flags) {
	at := locOf(s)
	kind := "global"
	if flag == DefNonlocal {
		kind = "nonlocal"
	}
	for _, name := range names {
		id := b.intern(name)
		cur := Flags(b.lookup(b.cur, id))
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			switch {
			case cur&DefParam != 0:
				b.syntaxError(at, "name '%s' is parameter and %s", name, kind)
			case cur&Use != 0:
				b.syntaxError(at, "name '%s' is used prior to %s declaration", name, kind)
			case cur&DefAnnot != 0:
				b.syntaxError(at, "annotated name '%s' can't be %s", name, kind)
			default:
				b.syntaxError(at, "name '%s' is assigned to before %s declaration", name, kind)
			}
		}
		b.addDef(id, flag, at)
		b.recordDirective(id, at)
	}
}

func (b *builder) visitAlias(a *ast.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if b.cur.Type != ModuleBlock {
			b.syntaxError(locOf(a), "import * only allowed at module level")
		}
		return
	}
	store := name
	if i := strings.IndexByte(name, '.'); i >= 0 {
		store = name[:i]
	}
	b.addDef(b.intern(store), DefImport, locOf(a))
}

func (b *builder) visitExpr(e ast.Expr) {
	b.enterRecursive()
	switch e := e.(type) {
	case *ast.Name:
		id := b.intern(e.Id)
		if e.Ctx == ast.Load {
			b.addDef(id, Use, locOf(e))
			// super() reads __class__.
			if id == idSuper && b.cur.IsFunctionLike() {
				b.addDef(idClass, Use, locOf(e))
			}
		} else {
			b.addDef(id, DefLocal, locOf(e))
		}
	case *ast.Constant:
	case *ast.Attribute:
		b.visitExpr(e.Value)
	case *ast.Call:
		b.visitExpr(e.Func)
		b.visitExprs(e.Args)
		for _, k := range e.Keywords {
			if k != nil {
				b.visitExpr(k.Value)
			}
		}
	case *ast.BinOp:
		b.visitExpr(e.Left)
		b.visitExpr(e.Right)
	case *ast.Subscript:
		b.visitExpr(e.Value)
		b.visitExpr(e.Slice)
	case *ast.Tuple:
		b.visitExprs(e.Elts)
	case *ast.List:
		b.visitExprs(e.Elts)
	case *ast.Compare:
		b.visitExpr(e.Left)
		b.visitExprs(e.Comparators)
	case *ast.BoolOp:
		b.visitExprs(e.Values)
	case *ast.UnaryOp:
		b.visitExpr(e.Operand)
	case *ast.JoinedStr:
		b.visitExprs(e.Values)
	case *ast.FormattedValue:
		b.visitExpr(e.Value)
		if e.FormatSpec != nil {
			b.visitExpr(e.FormatSpec)
		}
	case *ast.Dict:
		b.visitExprsNil(e.Keys)
		b.visitExprs(e.Values)
	case *ast.Set:
		b.visitExprs(e.Elts)
	case *ast.Starred:
		b.visitExpr(e.Value)
	case *ast.Slice:
		if e.Lower != nil {
			b.visitExpr(e.Lower)
		}
		if e.Upper != nil {
			b.visitExpr(e.Upper)
		}
		if e.Step != nil {
			b.visitExpr(e.Step)
		}
	case *ast.IfExp:
		b.visitExpr(e.Test)
		b.visitExpr(e.Body)
		b.visitExpr(e.Orelse)
	case *ast.NamedExpr:
		b.raiseIfAnnotationBlock("named expression", e)
		b.visitNamedExpr(e)
	case *ast.Lambda:
		args := e.Args
		if args == nil {
			args = &ast.Arguments{}
		}
		b.visitExprs(args.Defaults)
		b.visitExprsNil(args.KwDefaults)
		b.enterBlock(b.intern("lambda"), FunctionBlock, blockKey{e, partOwn}, locOf(e))
		b.visitArguments(args)
		b.visitExpr(e.Body)
		b.exitBlock()
	case *ast.GeneratorExp:
		b.visitComprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *ast.ListComp:
		b.visitComprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		b.visitComprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		b.visitComprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *ast.Yield:
		b.raiseIfAnnotationBlock("yield expression", e)
		if e.Value != nil {
			b.visitExpr(e.Value)
		}
		b.visitYield(e)
	case *ast.YieldFrom:
		b.raiseIfAnnotationBlock("yield expression", e)
		b.visitExpr(e.Value)
		b.visitYield(e)
	case *ast.Await:
		b.raiseIfAnnotationBlock("await expression", e)
		b.visitExpr(e.Value)
		b.cur.Coroutine = true
	default:
		b.visitOther(e)
	}
	b.leaveRecursive()
}

func (b *builder) visitYield(e ast.Expr) {
	b.cur.Generator = true
	var what string
	switch b.cur.Comprehension {
	case NoComprehension:
		return
	case ListComprehension:
		what = "list comprehension"
	case SetComprehension:
		what = "set comprehension"
	case DictComprehension:
		what = "dict comprehension"
	default:
		what = "generator expression"
	}
	b.syntaxError(locOf(e), "'yield' inside %s", what)
}

// raiseIfAnnotationBlock rejects expressions that cannot appear in an
// annotation or an annotation scope.
func (b *builder) raiseIfAnnotationBlock(what string, e ast.Expr) {
	switch b.cur.Type {
	case AnnotationBlock:
		b.syntaxError(locOf(e), "%s cannot be used within an annotation", what)
	case TypeVariableBlock:
		b.syntaxError(locOf(e), "%s cannot be used within %s", what, b.cur.ScopeInfo)
	case TypeAliasBlock:
		b.syntaxError(locOf(e), "%s cannot be used within a type alias", what)
	case TypeParametersBlock:
		b.syntaxError(locOf(e), "%s cannot be used within the definition of a generic", what)
	}
}

func (b *builder) visitNamedExpr(e *ast.NamedExpr) {
	if b.cur.bs.compIterExpr > 0 {
		b.syntaxError(locOf(e), "assignment expression cannot be used in a comprehension iterable expression")
	}
	if b.cur.Comprehension != NoComprehension {
		if n, ok := e.Target.(*ast.Name); ok {
			b.extendNamedExprScope(n)
		}
	}
	b.visitExpr(e.Value)
	b.visitExpr(e.Target)
}

// extendNamedExprScope binds a walrus target inside a comprehension in the
// nearest enclosing function (as nonlocal) or module (as global).
func (b *builder) extendNamedExprScope(e *ast.Name) {
	name := b.intern(e.Id)
	at := locOf(e)
	for i := len(b.stack) - 1; i >= 0; i-- {
		t := b.stack[i]
		if t.Comprehension != NoComprehension {
			f := Flags(b.lookup(t, name))
			if f&DefCompIter != 0 && f&DefLocal != 0 {
				b.syntaxError(at, "assignment expression cannot rebind comprehension iteration variable '%s'", e.Id)
			}
			continue
		}
		switch t.Type {
		case FunctionBlock:
			if Flags(b.lookup(t, name))&DefGlobal != 0 {
				b.addDef(name, DefGlobal, at)
			} else {
				b.addDef(name, DefNonlocal, at)
			}
			b.recordDirective(name, at)
			b.addDefIn(t, name, DefLocal, at)
			return
		case ModuleBlock:
			b.addDef(name, DefGlobal, at)
			b.recordDirective(name, at)
			b.addDefIn(t, name, DefGlobal, at)
			return
		case ClassBlock:
			b.syntaxError(at, "assignment expression within a comprehension cannot be used in a class body")
		case TypeParametersBlock:
			b.syntaxError(at, "assignment expression within a comprehension cannot be used within the definition of a generic")
		case TypeAliasBlock:
			b.syntaxError(at, "assignment expression within a comprehension cannot be used in a type alias")
		case TypeVariableBlock:
			b.syntaxError(at, "assignment expression within a comprehension cannot be used in a TypeVar bound")
		}
	}
}

// visitComprehension is symtable_handle_comprehension: the outermost
// iterable is evaluated in the enclosing block, the rest in a new function
// block that receives it as parameter ".0".
func (b *builder) visitComprehension(e ast.Expr, name string, kind ComprehensionType,
	gens []*ast.Comprehension, elt, value ast.Expr) {
	if len(gens) == 0 {
		b.visitOther(e)
		return
	}
	outer := gens[0]
	b.cur.bs.compIterExpr++
	b.visitExpr(outer.Iter)
	b.cur.bs.compIterExpr--
	b.enterBlock(b.intern(name), FunctionBlock, blockKey{e, partOwn}, locOf(e))
	b.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		b.cur.Coroutine = true
	}
	b.addDef(idDot0, DefParam, loc{b.cur.Lineno, b.cur.ColOffset, b.cur.EndLineno, b.cur.EndColOffset})
	b.cur.bs.compIterTgt = true
	b.visitExpr(outer.Target)
	b.cur.bs.compIterTgt = false
	b.visitExprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.cur.bs.compIterTgt = true
		b.visitExpr(g.Target)
		b.cur.bs.compIterTgt = false
		b.cur.bs.compIterExpr++
		b.visitExpr(g.Iter)
		b.cur.bs.compIterExpr--
		b.visitExprs(g.Ifs)
		if g.IsAsync != 0 {
			b.cur.Coroutine = true
		}
	}
	if value != nil {
		b.visitExpr(value)
	}
	b.visitExpr(elt)
	generator := kind == GeneratorExpression
	b.cur.Generator = generator
	async := b.cur.Coroutine && !generator
	b.exitBlock()
	if async {
		b.cur.Coroutine = true
	}
}

func (b *builder) visitTypeParams(tps []ast.TypeParam) {
	for _, tp := range tps {
		b.enterRecursive()
		switch tp := tp.(type) {
		case *ast.TypeVar:
			id := b.intern(tp.Name)
			b.addDef(id, DefTypeParam|DefLocal, locOf(tp))
			if tp.Bound != nil {
				info := "a TypeVar bound"
				if _, ok := tp.Bound.(*ast.Tuple); ok {
					info = "a TypeVar constraint"
				}
				b.visitTypeVariable(tp.Bound, id, blockKey{tp, partOwn}, info)
			}
			if tp.DefaultValue != nil {
				b.visitTypeVariable(tp.DefaultValue, id, blockKey{tp, partDefault}, "a TypeVar default")
			}
		case *ast.TypeVarTuple:
			id := b.intern(tp.Name)
			b.addDef(id, DefTypeParam|DefLocal, locOf(tp))
			if tp.DefaultValue != nil {
				b.visitTypeVariable(tp.DefaultValue, id, blockKey{tp, partDefault}, "a TypeVarTuple default")
			}
		case *ast.ParamSpec:
			id := b.intern(tp.Name)
			b.addDef(id, DefTypeParam|DefLocal, locOf(tp))
			if tp.DefaultValue != nil {
				b.visitTypeVariable(tp.DefaultValue, id, blockKey{tp, partDefault}, "a ParamSpec default")
			}
		default:
			b.visitOther(tp)
		}
		b.leaveRecursive()
	}
}

// visitTypeVariable evaluates a type parameter's bound, constraints or
// default in its own lazily evaluated block.
func (b *builder) visitTypeVariable(e ast.Expr, name nameID, key blockKey, info string) {
	inClass := b.cur.CanSeeClassScope
	b.enterBlock(name, TypeVariableBlock, key, locOf(e))
	b.cur.CanSeeClassScope = inClass
	if inClass {
		b.addDef(idClassdict, Use, locOf(e))
	}
	b.cur.ScopeInfo = info
	b.visitExpr(e)
	b.exitBlock()
}

func (b *builder) visitPattern(p ast.Pattern) {
	b.enterRecursive()
	switch p := p.(type) {
	case *ast.MatchValue:
		b.visitExpr(p.Value)
	case *ast.MatchSingleton:
	case *ast.MatchSequence:
		for _, q := range p.Patterns {
			b.visitPattern(q)
		}
	case *ast.MatchStar:
		if p.Name != "" {
			b.addDef(b.intern(p.Name), DefLocal, locOf(p))
		}
	case *ast.MatchMapping:
		b.visitExprs(p.Keys)
		for _, q := range p.Patterns {
			b.visitPattern(q)
		}
		if p.Rest != "" {
			b.addDef(b.intern(p.Rest), DefLocal, locOf(p))
		}
	case *ast.MatchClass:
		b.visitExpr(p.Cls)
		for _, q := range p.Patterns {
			b.visitPattern(q)
		}
		for _, q := range p.KwdPatterns {
			b.visitPattern(q)
		}
	case *ast.MatchAs:
		if p.Pattern != nil {
			b.visitPattern(p.Pattern)
		}
		if p.Name != "" {
			b.addDef(b.intern(p.Name), DefLocal, locOf(p))
		}
	case *ast.MatchOr:
		for _, q := range p.Patterns {
			b.visitPattern(q)
		}
	default:
		b.visitOther(p)
	}
	b.leaveRecursive()
}

// visitArguments declares the parameters, in CPython's order.
func (b *builder) visitArguments(a *ast.Arguments) {
	for _, list := range [...][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range list {
			b.addDef(b.intern(arg.Arg), DefParam, locOf(arg))
		}
	}
	if a.Vararg != nil {
		b.addDef(b.intern(a.Vararg.Arg), DefParam, locOf(a.Vararg))
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		b.addDef(b.intern(a.Kwarg.Arg), DefParam, locOf(a.Kwarg))
		b.cur.Varkeywords = true
	}
}

// visitAnnotations visits a def's parameter and return annotations in the
// enclosing block (or, under future annotations, in a dropped annotation
// block that only checks them).
func (b *builder) visitAnnotations(s ast.Stmt, a *ast.Arguments, returns ast.Expr) {
	future := b.features&FutureAnnotations != 0
	if future {
		b.enterBlock(idAnnotation, AnnotationBlock, blockKey{s, partNone}, locOf(s))
	}
	for _, list := range [...][]*ast.Arg{a.Posonlyargs, a.Args} {
		for _, arg := range list {
			if arg.Annotation != nil {
				b.visitExpr(arg.Annotation)
			}
		}
	}
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.visitExpr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.visitExpr(a.Kwarg.Annotation)
	}
	for _, arg := range a.Kwonlyargs {
		if arg.Annotation != nil {
			b.visitExpr(arg.Annotation)
		}
	}
	if future {
		b.exitBlock()
	}
	if returns != nil {
		b.visitAnnotation(returns)
	}
}

func (b *builder) visitAnnotation(e ast.Expr) {
	future := b.features&FutureAnnotations != 0
	if future {
		b.enterBlock(idAnnotation, AnnotationBlock, blockKey{e, partNone}, locOf(e))
	}
	b.visitExpr(e)
	if future {
		b.exitBlock()
	}
}
