package compiler

import (
	"strconv"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/symtable"
)

// The AST optimizer, after CPython 3.13's Python/ast_opt.c: a pass over
// the tree, between the parser and the symbol table, that folds constant
// expressions in place. compile() runs it on every tree it compiles, and
// ast.parse(src, optimize=1) shows its result, so its output is part of
// what a learner sees.
//
// What it does, in the order of a post-order walk:
//   - an operator on constants becomes their result (1+2*3 → 7, -1, ~5,
//     not 0, "ab"*3, (1, 2)+(3,)), unless Python would raise or the result
//     would be large (ints past 128 bits, sequences past 256 items or 4096
//     characters, 1024 items nested);
//   - not (a is b) / not (a in b) becomes a is not b / a not in b;
//   - a tuple of constants in a load becomes one constant;
//   - a constant subscripted by a constant is the item ("abc"[1]);
//   - "%s %r %a" % (x, y, z) becomes an f-string, when every unit is one
//     of %s, %r, %a with at most a width and precision;
//   - the list or set right of in / not in and the iterable of a for loop
//     or comprehension become a tuple (of constants, a constant tuple) or
//     a frozenset constant;
//   - __debug__ is True, or False from optimization level 1;
//   - a body whose first statement folded into a string, which would then
//     read as a docstring, gets it wrapped in an f-string (JoinedStr) so
//     that it stays an expression statement.
//
// Annotations are not folded under from __future__ import annotations,
// which keeps them as written.

// OptimizeOptions configure Optimize.
type OptimizeOptions struct {
	// Optimize is the optimization level of compile(): 0 (the default),
	// 1 (-O) or 2 (-OO). Only __debug__ depends on it here.
	Optimize int
	// Features are the module's future features (symtable.Future); with
	// symtable.FutureAnnotations annotations are left as they are.
	Features symtable.Feature
	// RecursionStart is the depth the optimizer starts counting its
	// recursion from (see recursionLimit); 0 means that of compile(), the
	// same as the symbol table's.
	RecursionStart int
}

// The optimizer counts the statements, expressions and patterns it is
// inside and gives up with a RecursionError past CPython's C recursion
// limit, starting from the C stack's depth at the call: that of
// compile() is the symbol table's (whose limits are measured in
// symtable/testdata/recursion.json); ast.parse(..., optimize=1) starts one
// deeper.
const (
	optRecursionLimit = 10000
	optRecursionStart = 3
)

// Optimize folds the constants of mod in place, as CPython 3.13's
// _PyAST_Optimize, and returns the RecursionError it raises on a tree
// nested too deeply (nil otherwise; folding itself never fails: an
// operation Python would reject is left in the tree).
func Optimize(mod ast.Mod, opts *OptimizeOptions) (err *pyerr.Error) {
	if opts == nil {
		opts = &OptimizeOptions{}
	}
	o := &optimizer{optimize: opts.Optimize, future: opts.Features&symtable.FutureAnnotations != 0}
	o.depth = opts.RecursionStart
	if o.depth == 0 {
		o.depth = optRecursionStart
	}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*pyerr.Error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	switch m := mod.(type) {
	case *ast.Module:
		o.body(m.Body)
	case *ast.Interactive:
		o.stmts(m.Body)
	case *ast.Expression:
		m.Body = o.expr(m.Body)
	}
	return nil
}

// FutureFeatures returns the future features a module's leading
// from __future__ imports set, as future.c finds them before the
// optimizer runs; the symbol table later checks those imports and raises
// their errors.
func FutureFeatures(mod ast.Mod) symtable.Feature {
	m, ok := mod.(*ast.Module)
	if !ok {
		return 0
	}
	var f symtable.Feature
	for i, s := range m.Body {
		if i == 0 && docString(m.Body) != nil {
			continue
		}
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" {
			break
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				f |= symtable.FutureAnnotations
			}
		}
	}
	return f
}

type optimizer struct {
	optimize int
	future   bool // from __future__ import annotations
	depth    int
}

func (o *optimizer) enter() {
	o.depth++
	if o.depth > optRecursionLimit {
		panic(&pyerr.Error{Type: "RecursionError", Msg: "maximum recursion depth exceeded during compilation"})
	}
}

// docString is _PyAST_GetDocString: the first statement's string
// constant, if it is an expression statement of one.
func docString(body []ast.Stmt) *ast.Constant {
	if len(body) == 0 {
		return nil
	}
	e, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	if c, ok := e.Value.(*ast.Constant); ok {
		if _, ok := c.Value.(string); ok {
			return c
		}
	}
	return nil
}

// body is astfold_body: a string that folding produced in the first
// statement must not become a docstring.
func (o *optimizer) body(stmts []ast.Stmt) {
	had := docString(stmts) != nil
	o.stmts(stmts)
	if !had && docString(stmts) != nil {
		st := stmts[0].(*ast.ExprStmt)
		st.Value = &ast.JoinedStr{Pos: st.Pos, Values: []ast.Expr{st.Value}}
	}
}

func (o *optimizer) stmts(stmts []ast.Stmt) {
	for _, s := range stmts {
		o.stmt(s)
	}
}

func (o *optimizer) exprs(es []ast.Expr) {
	for i, e := range es {
		if e != nil {
			es[i] = o.expr(e)
		}
	}
}

func (o *optimizer) opt(e ast.Expr) ast.Expr {
	if e == nil {
		return nil
	}
	return o.expr(e)
}

func (o *optimizer) annotation(e ast.Expr) ast.Expr {
	if o.future {
		return e
	}
	return o.opt(e)
}

func (o *optimizer) stmt(s ast.Stmt) {
	o.enter()
	switch s := s.(type) {
	case *ast.FunctionDef:
		o.typeParams(s.TypeParams)
		o.arguments(s.Args)
		o.body(s.Body)
		o.exprs(s.DecoratorList)
		s.Returns = o.annotation(s.Returns)
	case *ast.AsyncFunctionDef:
		o.typeParams(s.TypeParams)
		o.arguments(s.Args)
		o.body(s.Body)
		o.exprs(s.DecoratorList)
		s.Returns = o.annotation(s.Returns)
	case *ast.ClassDef:
		o.typeParams(s.TypeParams)
		o.exprs(s.Bases)
		o.keywords(s.Keywords)
		o.body(s.Body)
		o.exprs(s.DecoratorList)
	case *ast.Return:
		s.Value = o.opt(s.Value)
	case *ast.Delete:
		o.exprs(s.Targets)
	case *ast.Assign:
		o.exprs(s.Targets)
		s.Value = o.expr(s.Value)
	case *ast.AugAssign:
		s.Target = o.expr(s.Target)
		s.Value = o.expr(s.Value)
	case *ast.AnnAssign:
		s.Target = o.expr(s.Target)
		s.Annotation = o.annotation(s.Annotation)
		s.Value = o.opt(s.Value)
	case *ast.TypeAlias:
		s.Name = o.expr(s.Name)
		o.typeParams(s.TypeParams)
		s.Value = o.expr(s.Value)
	case *ast.For:
		s.Target = o.expr(s.Target)
		s.Iter = o.expr(s.Iter)
		o.stmts(s.Body)
		o.stmts(s.Orelse)
		s.Iter = foldIter(s.Iter)
	case *ast.AsyncFor:
		s.Target = o.expr(s.Target)
		s.Iter = o.expr(s.Iter)
		o.stmts(s.Body)
		o.stmts(s.Orelse)
	case *ast.While:
		s.Test = o.expr(s.Test)
		o.stmts(s.Body)
		o.stmts(s.Orelse)
	case *ast.If:
		s.Test = o.expr(s.Test)
		o.stmts(s.Body)
		o.stmts(s.Orelse)
	case *ast.With:
		o.withItems(s.Items)
		o.stmts(s.Body)
	case *ast.AsyncWith:
		o.withItems(s.Items)
		o.stmts(s.Body)
	case *ast.Raise:
		s.Exc = o.opt(s.Exc)
		s.Cause = o.opt(s.Cause)
	case *ast.Try:
		o.stmts(s.Body)
		o.handlers(s.Handlers)
		o.stmts(s.Orelse)
		o.stmts(s.Finalbody)
	case *ast.TryStar:
		o.stmts(s.Body)
		o.handlers(s.Handlers)
		o.stmts(s.Orelse)
		o.stmts(s.Finalbody)
	case *ast.Assert:
		s.Test = o.expr(s.Test)
		s.Msg = o.opt(s.Msg)
	case *ast.ExprStmt:
		s.Value = o.expr(s.Value)
	case *ast.Match:
		s.Subject = o.expr(s.Subject)
		for _, mc := range s.Cases {
			mc.Pattern = o.pattern(mc.Pattern)
			mc.Guard = o.opt(mc.Guard)
			o.stmts(mc.Body)
		}
	}
	o.depth--
}

func (o *optimizer) handlers(hs []ast.ExceptHandlerNode) {
	for _, h := range hs {
		if h, ok := h.(*ast.ExceptHandler); ok {
			h.Type = o.opt(h.Type)
			o.stmts(h.Body)
		}
	}
}

func (o *optimizer) withItems(items []*ast.Withitem) {
	for _, it := range items {
		it.ContextExpr = o.expr(it.ContextExpr)
		it.OptionalVars = o.opt(it.OptionalVars)
	}
}

func (o *optimizer) keywords(kws []*ast.Keyword) {
	for _, k := range kws {
		k.Value = o.expr(k.Value)
	}
}

func (o *optimizer) arguments(a *ast.Arguments) {
	if a == nil {
		return
	}
	o.args(a.Posonlyargs)
	o.args(a.Args)
	o.arg(a.Vararg)
	o.args(a.Kwonlyargs)
	o.exprs(a.KwDefaults)
	o.arg(a.Kwarg)
	o.exprs(a.Defaults)
}

func (o *optimizer) args(as []*ast.Arg) {
	for _, a := range as {
		o.arg(a)
	}
}

func (o *optimizer) arg(a *ast.Arg) {
	if a != nil {
		a.Annotation = o.annotation(a.Annotation)
	}
}

func (o *optimizer) typeParams(tps []ast.TypeParam) {
	for _, tp := range tps {
		switch tp := tp.(type) {
		case *ast.TypeVar:
			tp.Bound = o.opt(tp.Bound)
			tp.DefaultValue = o.opt(tp.DefaultValue)
		case *ast.ParamSpec:
			tp.DefaultValue = o.opt(tp.DefaultValue)
		case *ast.TypeVarTuple:
			tp.DefaultValue = o.opt(tp.DefaultValue)
		}
	}
}

func (o *optimizer) comprehensions(gens []*ast.Comprehension) {
	for _, g := range gens {
		g.Target = o.expr(g.Target)
		g.Iter = o.expr(g.Iter)
		o.exprs(g.Ifs)
		g.Iter = foldIter(g.Iter)
	}
}

func (o *optimizer) pattern(p ast.Pattern) ast.Pattern {
	o.enter()
	switch p := p.(type) {
	case *ast.MatchValue:
		p.Value = o.expr(p.Value)
	case *ast.MatchSequence:
		o.patterns(p.Patterns)
	case *ast.MatchMapping:
		o.exprs(p.Keys)
		o.patterns(p.Patterns)
	case *ast.MatchClass:
		p.Cls = o.expr(p.Cls)
		o.patterns(p.Patterns)
		o.patterns(p.KwdPatterns)
	case *ast.MatchAs:
		if p.Pattern != nil {
			p.Pattern = o.pattern(p.Pattern)
		}
	case *ast.MatchOr:
		o.patterns(p.Patterns)
	}
	o.depth--
	return p
}

func (o *optimizer) patterns(ps []ast.Pattern) {
	for i, p := range ps {
		ps[i] = o.pattern(p)
	}
}

// expr is astfold_expr: it folds e's children, then e, and returns what
// replaces e.
func (o *optimizer) expr(e ast.Expr) ast.Expr {
	o.enter()
	r := o.fold(e)
	o.depth--
	return r
}

func (o *optimizer) fold(e ast.Expr) ast.Expr {
	switch e := e.(type) {
	case *ast.BoolOp:
		o.exprs(e.Values)
	case *ast.BinOp:
		e.Left = o.expr(e.Left)
		e.Right = o.expr(e.Right)
		return foldBinOp(e)
	case *ast.UnaryOp:
		e.Operand = o.expr(e.Operand)
		return foldUnaryOp(e)
	case *ast.Lambda:
		o.arguments(e.Args)
		e.Body = o.expr(e.Body)
	case *ast.IfExp:
		e.Test = o.expr(e.Test)
		e.Body = o.expr(e.Body)
		e.Orelse = o.expr(e.Orelse)
	case *ast.Dict:
		o.exprs(e.Keys)
		o.exprs(e.Values)
	case *ast.Set:
		o.exprs(e.Elts)
	case *ast.ListComp:
		e.Elt = o.expr(e.Elt)
		o.comprehensions(e.Generators)
	case *ast.SetComp:
		e.Elt = o.expr(e.Elt)
		o.comprehensions(e.Generators)
	case *ast.DictComp:
		e.Key = o.expr(e.Key)
		e.Value = o.expr(e.Value)
		o.comprehensions(e.Generators)
	case *ast.GeneratorExp:
		e.Elt = o.expr(e.Elt)
		o.comprehensions(e.Generators)
	case *ast.Await:
		e.Value = o.expr(e.Value)
	case *ast.Yield:
		e.Value = o.opt(e.Value)
	case *ast.YieldFrom:
		e.Value = o.expr(e.Value)
	case *ast.Compare:
		e.Left = o.expr(e.Left)
		o.exprs(e.Comparators)
		// fold_compare: only the last comparison's right operand.
		if n := len(e.Ops); n > 0 && (e.Ops[n-1] == ast.In || e.Ops[n-1] == ast.NotIn) {
			e.Comparators[n-1] = foldIter(e.Comparators[n-1])
		}
	case *ast.Call:
		e.Func = o.expr(e.Func)
		o.exprs(e.Args)
		o.keywords(e.Keywords)
	case *ast.FormattedValue:
		e.Value = o.expr(e.Value)
		e.FormatSpec = o.opt(e.FormatSpec)
	case *ast.JoinedStr:
		o.exprs(e.Values)
	case *ast.Attribute:
		e.Value = o.expr(e.Value)
	case *ast.Subscript:
		e.Value = o.expr(e.Value)
		e.Slice = o.expr(e.Slice)
		if e.Ctx == ast.Load {
			if v, ok := e.Value.(*ast.Constant); ok {
				if i, ok := e.Slice.(*ast.Constant); ok {
					if r, ok := foldSubscript(v.Value, i.Value); ok {
						return &ast.Constant{Pos: e.Pos, Value: r}
					}
				}
			}
		}
	case *ast.Starred:
		e.Value = o.expr(e.Value)
	case *ast.Slice:
		e.Lower = o.opt(e.Lower)
		e.Upper = o.opt(e.Upper)
		e.Step = o.opt(e.Step)
	case *ast.List:
		o.exprs(e.Elts)
	case *ast.Tuple:
		o.exprs(e.Elts)
		if e.Ctx == ast.Load {
			if t, ok := constTuple(e.Elts); ok {
				return &ast.Constant{Pos: e.Pos, Value: t}
			}
		}
	case *ast.Name:
		if e.Ctx == ast.Load && e.Id == "__debug__" {
			return &ast.Constant{Pos: e.Pos, Value: o.optimize == 0}
		}
	case *ast.NamedExpr:
		e.Value = o.expr(e.Value)
	}
	return e
}

// constTuple is make_const_tuple: the values of elts when all are
// constants.
func constTuple(elts []ast.Expr) (bytecode.Tuple, bool) {
	for _, e := range elts {
		if _, ok := e.(*ast.Constant); !ok {
			return nil, false
		}
	}
	t := make(bytecode.Tuple, len(elts))
	for i, e := range elts {
		t[i] = e.(*ast.Constant).Value
	}
	return t, true
}

// foldIter is fold_iter: a list becomes a tuple (a constant one when its
// items are constants), a set of constants a frozenset; neither with a
// starred item.
func foldIter(e ast.Expr) ast.Expr {
	switch l := e.(type) {
	case *ast.List:
		for _, it := range l.Elts {
			if _, ok := it.(*ast.Starred); ok {
				return e
			}
		}
		if t, ok := constTuple(l.Elts); ok {
			return &ast.Constant{Pos: l.Pos, Value: t}
		}
		return &ast.Tuple{Pos: l.Pos, Elts: l.Elts, Ctx: l.Ctx}
	case *ast.Set:
		if t, ok := constTuple(l.Elts); ok {
			return &ast.Constant{Pos: l.Pos, Value: newFrozenSet(t)}
		}
	}
	return e
}

// foldUnaryOp is fold_unaryop.
func foldUnaryOp(e *ast.UnaryOp) ast.Expr {
	c, ok := e.Operand.(*ast.Constant)
	if !ok {
		// not (a is b) is a is not b, and likewise for in; the others do
		// not invert safely (== and != may not be each other's negation,
		// < and > on sets are subset tests).
		if cmp, ok := e.Operand.(*ast.Compare); ok && e.Op == ast.Not && len(cmp.Ops) == 1 {
			var op ast.Cmpop
			switch cmp.Ops[0] {
			case ast.Is:
				op = ast.IsNot
			case ast.IsNot:
				op = ast.Is
			case ast.In:
				op = ast.NotIn
			case ast.NotIn:
				op = ast.In
			}
			if op != 0 {
				cmp.Ops[0] = op
				return cmp
			}
		}
		return e
	}
	if v, ok := foldUnary(e.Op, c.Value); ok {
		return &ast.Constant{Pos: e.Pos, Value: v}
	}
	return e
}

// foldBinOp is fold_binop.
func foldBinOp(e *ast.BinOp) ast.Expr {
	l, ok := e.Left.(*ast.Constant)
	if !ok {
		return e
	}
	if fmt, ok := l.Value.(string); ok && e.Op == ast.ModOperator {
		if t, ok := e.Right.(*ast.Tuple); ok {
			for _, it := range t.Elts {
				if _, ok := it.(*ast.Starred); ok {
					return e
				}
			}
			if js := optimizeFormat(e, fmt, t.Elts); js != nil {
				return js
			}
			return e
		}
	}
	r, ok := e.Right.(*ast.Constant)
	if !ok {
		return e
	}
	if v, ok := foldBinary(e.Op, l.Value, r.Value); ok {
		return &ast.Constant{Pos: e.Pos, Value: v}
	}
	return e
}

// noPos is the position of the nodes optimize_format makes up (-1s).
var noPos = ast.Pos{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}

// optimizeFormat is optimize_format: "..." % (a, b) as an f-string, when
// the units and the items match one for one and each unit is %s, %r or
// %a with flags, a width and a precision of at most two digits each; nil
// when not.
func optimizeFormat(e *ast.BinOp, format string, elts []ast.Expr) ast.Expr {
	var values []ast.Expr
	pos, cnt := 0, 0
	for {
		if lit, next := formatLiteral(format, pos); next > pos {
			values = append(values, &ast.Constant{Pos: noPos, Value: lit})
			pos = next
		}
		if pos >= len(format) {
			break
		}
		if cnt >= len(elts) {
			return nil // more units than items
		}
		pos++ // the %
		fv, next := formatUnit(format, pos, elts[cnt])
		cnt++
		if fv == nil {
			return nil
		}
		pos = next
		values = append(values, fv)
	}
	if cnt < len(elts) {
		return nil // more items than units
	}
	return &ast.JoinedStr{Pos: e.Pos, Values: values}
}

// formatLiteral is parse_literal: the text from pos to the next unit, with
// %% read as %, and where it ends.
func formatLiteral(f string, pos int) (string, int) {
	start, doubled := pos, false
	for pos < len(f) {
		if f[pos] != '%' {
			pos++
		} else if pos+1 < len(f) && f[pos+1] == '%' {
			doubled = true
			pos += 2
		} else {
			break
		}
	}
	lit := f[start:pos]
	if doubled {
		lit = strings.ReplaceAll(lit, "%%", "%")
	}
	return lit, pos
}

// maxFormatDigits is MAXDIGITS: widths and precisions of at most two
// digits are folded.
const maxFormatDigits = 3

// formatUnit is simple_format_arg_parse and parse_format: the unit after a
// % at pos as a FormattedValue of arg, or nil.
func formatUnit(f string, pos int, arg ast.Expr) (ast.Expr, int) {
	next := func() (byte, bool) {
		if pos >= len(f) {
			return 0, false
		}
		c := f[pos]
		pos++
		return c, true
	}
	ljust := false
	var ch byte
	var ok bool
	for {
		if ch, ok = next(); !ok {
			return nil, 0
		}
		switch ch {
		case '-':
			ljust = true
			continue
		case '+', ' ', '#', '0':
			continue
		}
		break
	}
	width, prec := -1, -1
	if '0' <= ch && ch <= '9' {
		width = 0
		for digits := 0; '0' <= ch && ch <= '9'; {
			width = width*10 + int(ch-'0')
			if ch, ok = next(); !ok {
				return nil, 0
			}
			if digits++; digits >= maxFormatDigits {
				return nil, 0
			}
		}
	}
	if ch == '.' {
		if ch, ok = next(); !ok {
			return nil, 0
		}
		prec = 0
		for digits := 0; '0' <= ch && ch <= '9'; {
			prec = prec*10 + int(ch-'0')
			if ch, ok = next(); !ok {
				return nil, 0
			}
			if digits++; digits >= maxFormatDigits {
				return nil, 0
			}
		}
	}
	if ch != 's' && ch != 'r' && ch != 'a' {
		return nil, 0
	}
	var spec []byte
	if !ljust && width > 0 {
		spec = append(spec, '>')
	}
	if width >= 0 {
		spec = strconv.AppendInt(spec, int64(width), 10)
	}
	if prec >= 0 {
		spec = append(spec, '.')
		spec = strconv.AppendInt(spec, int64(prec), 10)
	}
	fv := &ast.FormattedValue{Value: arg, Conversion: int(ch)}
	if p, ok := arg.(ast.Positioned); ok {
		fv.Pos = *p.Position()
	}
	if len(spec) > 0 {
		fv.FormatSpec = &ast.Constant{Pos: noPos, Value: string(spec)}
	}
	return fv, pos
}

// The code generator runs the optimizer through its optimizeAST hook. It
// runs after the symbol table there (CPython runs it before); folding
// replaces no node the symbol table keys a block on, so the order shows
// only in which of two errors a broken program reports first.
func init() {
	optimizeAST = func(mod ast.Mod, optimize int, features symtable.Feature) {
		if err := Optimize(mod, &OptimizeOptions{Optimize: optimize, Features: features}); err != nil {
			panic(err)
		}
	}
}
