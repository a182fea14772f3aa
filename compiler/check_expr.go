package compiler

import (
	"unicode/utf8"

	"github.com/peglab/peglab/ast"
)

// Expressions, visited as compiler_visit_expr compiles them.

func (c *checker) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

func (c *checker) expr(e ast.Expr) {
	switch e := e.(type) {
	case nil:
	case *ast.BoolOp:
		c.exprs(e.Values)
	case *ast.NamedExpr:
		c.expr(e.Value)
		c.expr(e.Target)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
	case *ast.UnaryOp:
		c.expr(e.Operand)
	case *ast.Lambda:
		c.checkArgNames(e.Args)
		c.defaults(e.Args)
		outer := c.enter(e, scopeLambda)
		c.expr(e.Body)
		c.leave(outer)
	case *ast.IfExp:
		c.expr(e.Test)
		c.expr(e.Body)
		c.expr(e.Orelse)
	case *ast.Dict:
		for i, v := range e.Values {
			if i < len(e.Keys) {
				c.expr(e.Keys[i])
			}
			c.expr(v)
		}
	case *ast.Set:
		c.unpackedElts(e.Elts)
	case *ast.ListComp:
		c.comprehension(e, false, e.Elt, nil, e.Generators)
	case *ast.SetComp:
		c.comprehension(e, false, e.Elt, nil, e.Generators)
	case *ast.DictComp:
		c.comprehension(e, false, e.Key, e.Value, e.Generators)
	case *ast.GeneratorExp:
		c.comprehension(e, true, e.Elt, nil, e.Generators)
	case *ast.Await:
		if !c.isFunctionLike() {
			c.errorAt(e, "'await' outside function")
		}
		if s := c.unit.scope; s != scopeAsyncFunction && s != scopeComprehension {
			c.errorAt(e, "'await' outside async function")
		}
		c.expr(e.Value)
	case *ast.Yield:
		if !c.isFunctionLike() {
			c.errorAt(e, "'yield' outside function")
		}
		c.expr(e.Value)
	case *ast.YieldFrom:
		if !c.isFunctionLike() {
			c.errorAt(e, "'yield from' outside function")
		}
		if c.unit.scope == scopeAsyncFunction {
			c.errorAt(e, "'yield from' inside async function")
		}
		c.expr(e.Value)
	case *ast.Compare:
		c.expr(e.Left)
		c.exprs(e.Comparators)
	case *ast.Call:
		c.keywordNames(e.Keywords)
		c.expr(e.Func)
		c.callArgs(e.Args, e.Keywords)
	case *ast.FormattedValue:
		c.expr(e.Value)
		c.expr(e.FormatSpec)
	case *ast.JoinedStr:
		c.exprs(e.Values)
	case *ast.Constant:
	case *ast.Attribute:
		c.expr(e.Value)
		if e.Ctx == ast.Store && e.Attr == "__debug__" {
			panic(c.attrError(e, "cannot assign to __debug__"))
		}
	case *ast.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
	case *ast.Starred:
		if e.Ctx == ast.Store {
			c.errorAt(e, "starred assignment target must be in a list or tuple")
		}
		c.errorAt(e, "can't use starred expression here")
	case *ast.Name:
		c.forbidden(e, e.Id, e.Ctx)
	case *ast.List:
		c.sequence(e, e.Elts, e.Ctx)
	case *ast.Tuple:
		c.sequence(e, e.Elts, e.Ctx)
	case *ast.Slice:
		c.expr(e.Lower)
		c.expr(e.Upper)
		c.expr(e.Step)
	default:
		c.children(e)
	}
}

// attrError is compiler_error at an attribute, whose location starts at
// the attribute's name when the attribute ends on a later line than it
// starts (update_start_location_to_match_attr).
func (c *checker) attrError(e *ast.Attribute, msg string) error {
	p := *e.Position()
	if p.Lineno != p.EndLineno {
		p.Lineno = p.EndLineno
		if n := utf8.RuneCountInString(e.Attr); n <= p.EndColOffset {
			p.ColOffset = p.EndColOffset - n
		} else {
			p.ColOffset, p.EndColOffset = -1, -1
		}
		if p.Lineno == p.EndLineno {
			p.EndColOffset = max(p.ColOffset, p.EndColOffset)
		}
	}
	return c.newError(p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset, "%s", msg)
}

// unpackedElts visits the elements of a display, where *x unpacks x
// (starunpack_helper).
func (c *checker) unpackedElts(elts []ast.Expr) {
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.expr(s.Value)
			continue
		}
		c.expr(e)
	}
}

// sequence is compiler_list and compiler_tuple: a target unpacks into its
// elements (assignment_helper and unpack_helper), a value builds from them.
func (c *checker) sequence(e ast.Positioned, elts []ast.Expr, ctx ast.ExprContext) {
	switch ctx {
	case ast.Store:
		seen := false
		for i, el := range elts {
			if _, ok := el.(*ast.Starred); !ok {
				continue
			}
			if seen {
				c.errorAt(e, "multiple starred expressions in assignment")
			}
			if i >= 1<<8 || len(elts)-i-1 >= (1<<31-1)>>8 {
				c.errorAt(e, "too many expressions in star-unpacking assignment")
			}
			seen = true
		}
		c.unpackedElts(elts)
	case ast.Load:
		c.unpackedElts(elts)
	default:
		c.exprs(elts)
	}
}

// keywordNames is validate_keywords: no __debug__, no name twice.
func (c *checker) keywordNames(kws []*ast.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		c.forbidden(k, k.Arg, ast.Store)
		for _, other := range kws[i+1:] {
			if other.Arg == k.Arg {
				c.errorAt(other, "keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

// callArgs is compiler_call_helper: the keywords checked, then the
// positional arguments and the keyword values in order.
func (c *checker) callArgs(args []ast.Expr, kws []*ast.Keyword) {
	c.keywordNames(kws)
	c.unpackedElts(args)
	for _, k := range kws {
		c.expr(k.Value)
	}
}

// comprehension is compiler_comprehension. An inlined comprehension (PEP
// 709) is compiled in the unit that runs it, its outermost iterable first;
// any other in a unit of its own, its outermost iterable after it, in the
// enclosing unit.
func (c *checker) comprehension(e ast.Expr, genexp bool, elt, val ast.Expr, gens []*ast.Comprehension) {
	if len(gens) == 0 {
		return
	}
	ste := c.st.Lookup(e)
	inlined := ste != nil && ste.CompInlined
	async := ste != nil && ste.Coroutine
	scope := c.unit.scope
	var outer *unit
	if inlined {
		c.expr(gens[0].Iter)
	} else {
		outer = c.enter(e, scopeComprehension)
	}
	if async && !genexp && scope != scopeAsyncFunction && scope != scopeComprehension {
		c.errorAt(e.(ast.Positioned), "asynchronous comprehension outside of an asynchronous function")
	}
	c.generators(e.(ast.Positioned), gens, elt, val)
	if !inlined {
		c.leave(outer)
		c.expr(gens[0].Iter)
	}
}

// generators is compiler_comprehension_generator: each for clause's
// iterable (but the outermost's), target and conditions, then the next
// clause, and in the innermost the element.
func (c *checker) generators(at ast.Positioned, gens []*ast.Comprehension, elt, val ast.Expr) {
	for i, g := range gens {
		if i > 0 {
			c.expr(g.Iter)
		}
		if g.IsAsync != 0 {
			c.push(at, asyncComprehensionGenerator, nil)
			defer c.pop()
		}
		c.expr(g.Target)
		c.exprs(g.Ifs)
	}
	c.expr(elt)
	c.expr(val)
}

// children visits the children of a node this pass does not know (one an
// extension added) in field order.
func (c *checker) children(n ast.Node) {
	first := true
	ast.Inspect(n, func(m ast.Node) bool {
		if first {
			first = false
			return true
		}
		switch m := m.(type) {
		case ast.Stmt:
			c.stmt(m)
		case ast.Expr:
			c.expr(m)
		case ast.Pattern:
			c.pattern(m, &patternContext{allowIrrefutable: true})
		default:
			return true
		}
		return false
	})
}
