package compiler

import (
	"math"
	"strings"

	"github.com/peglab/peglab/ast"
)

// unparseExpr is _PyAST_ExprAsUnicode (Python/ast_unparse.c): an
// annotation as the string that from __future__ import annotations keeps.
// It is not Lib/ast.py's unparse: parentheses, spacing and constants are
// written as the C one writes them.
func unparseExpr(e ast.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

// The precedence levels of ast_unparse.c.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prExpr // also |
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
	prBor = prExpr
)

type unparser struct{ b strings.Builder }

func (u *unparser) s(s string) { u.b.WriteString(s) }

func (u *unparser) open(level, pr int) {
	if level > pr {
		u.s("(")
	}
}

func (u *unparser) close(level, pr int) {
	if level > pr {
		u.s(")")
	}
}

var binopStrings = map[ast.Operator]struct {
	s  string
	pr int
}{
	ast.Add: {" + ", prArith}, ast.Sub: {" - ", prArith}, ast.Mult: {" * ", prTerm}, ast.MatMult: {" @ ", prTerm},
	ast.Div: {" / ", prTerm}, ast.ModOperator: {" % ", prTerm}, ast.LShift: {" << ", prShift}, ast.RShift: {" >> ", prShift},
	ast.BitOr: {" | ", prBor}, ast.BitXor: {" ^ ", prBxor}, ast.BitAnd: {" & ", prBand}, ast.FloorDiv: {" // ", prTerm},
	ast.Pow: {" ** ", prPower}, ast.Arrow: {" -> ", prBor},
}

var cmpopStrings = map[ast.Cmpop]string{
	ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ", ast.GtE: " >= ",
	ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ", ast.NotIn: " not in ", ast.AlmostEq: " ~= ",
}

func (u *unparser) exprs(es []ast.Expr, level int) {
	for i, e := range es {
		if i > 0 {
			u.s(", ")
		}
		u.expr(e, level)
	}
}

func (u *unparser) expr(e ast.Expr, level int) {
	switch e := e.(type) {
	case *ast.BoolOp:
		op, pr := " and ", prAnd
		if e.Op == ast.Or {
			op, pr = " or ", prOr
		}
		u.open(level, pr)
		for i, v := range e.Values {
			if i > 0 {
				u.s(op)
			}
			u.expr(v, pr+1)
		}
		u.close(level, pr)
	case *ast.BinOp:
		o := binopStrings[e.Op]
		rassoc := 0
		if e.Op == ast.Pow {
			rassoc = 1
		}
		u.open(level, o.pr)
		u.expr(e.Left, o.pr+rassoc)
		u.s(o.s)
		u.expr(e.Right, o.pr+1-rassoc)
		u.close(level, o.pr)
	case *ast.UnaryOp:
		op, pr := "~", prFactor
		switch e.Op {
		case ast.Not:
			op, pr = "not ", prNot
		case ast.UAdd:
			op = "+"
		case ast.USub:
			op = "-"
		}
		u.open(level, pr)
		u.s(op)
		u.expr(e.Operand, pr)
		u.close(level, pr)
	case *ast.Lambda:
		u.open(level, prTest)
		a := e.Args
		if len(a.Posonlyargs)+len(a.Args) > 0 || a.Vararg != nil || len(a.Kwonlyargs) > 0 || a.Kwarg != nil {
			u.s("lambda ")
			u.args(a)
		} else {
			u.s("lambda")
		}
		u.s(": ")
		u.expr(e.Body, prTest)
		u.close(level, prTest)
	case *ast.IfExp:
		u.open(level, prTest)
		u.expr(e.Body, prTest+1)
		u.s(" if ")
		u.expr(e.Test, prTest+1)
		u.s(" else ")
		u.expr(e.Orelse, prTest)
		u.close(level, prTest)
	case *ast.Dict:
		u.s("{")
		for i := range e.Values {
			if i > 0 {
				u.s(", ")
			}
			if e.Keys[i] != nil {
				u.expr(e.Keys[i], prTest)
				u.s(": ")
				u.expr(e.Values[i], prTest)
			} else {
				u.s("**")
				u.expr(e.Values[i], prExpr)
			}
		}
		u.s("}")
	case *ast.Set:
		if len(e.Elts) == 0 {
			u.s("{*()}")
			return
		}
		u.s("{")
		u.exprs(e.Elts, prTest)
		u.s("}")
	case *ast.ListComp:
		u.s("[")
		u.expr(e.Elt, prTest)
		u.comps(e.Generators)
		u.s("]")
	case *ast.SetComp:
		u.s("{")
		u.expr(e.Elt, prTest)
		u.comps(e.Generators)
		u.s("}")
	case *ast.DictComp:
		u.s("{")
		u.expr(e.Key, prTest)
		u.s(": ")
		u.expr(e.Value, prTest)
		u.comps(e.Generators)
		u.s("}")
	case *ast.GeneratorExp:
		u.s("(")
		u.expr(e.Elt, prTest)
		u.comps(e.Generators)
		u.s(")")
	case *ast.Await:
		u.open(level, prAwait)
		u.s("await ")
		u.expr(e.Value, prAtom)
		u.close(level, prAwait)
	case *ast.Yield:
		if e.Value == nil {
			u.s("(yield)")
			return
		}
		u.s("(yield ")
		u.expr(e.Value, prTest)
		u.s(")")
	case *ast.YieldFrom:
		u.s("(yield from ")
		u.expr(e.Value, prTest)
		u.s(")")
	case *ast.Compare:
		u.open(level, prCmp)
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.s(cmpopStrings[op])
			u.expr(e.Comparators[i], prCmp+1)
		}
		u.close(level, prCmp)
	case *ast.Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*ast.GeneratorExp); ok {
				u.expr(g, prTest)
				return
			}
		}
		u.s("(")
		first := true
		for _, a := range e.Args {
			if !first {
				u.s(", ")
			}
			first = false
			u.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			if !first {
				u.s(", ")
			}
			first = false
			if k.Arg == "" {
				u.s("**")
			} else {
				u.s(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.s(")")
	case *ast.Constant:
		u.constant(e)
	case *ast.JoinedStr:
		u.s("f")
		u.s(ast.ReprString(fstringBody(e.Values, false)))
	case *ast.FormattedValue:
		u.s("f")
		u.s(ast.ReprString(fstringBody([]ast.Expr{e}, false)))
	case *ast.Attribute:
		u.expr(e.Value, prAtom)
		// 1 .real: an int literal needs a space before its dot.
		if k, ok := e.Value.(*ast.Constant); ok && isIntConst(k.Value) {
			u.s(" .")
		} else {
			u.s(".")
		}
		u.s(e.Attr)
	case *ast.Subscript:
		u.expr(e.Value, prAtom)
		u.s("[")
		if t, ok := e.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
			u.exprs(t.Elts, prTest)
			if len(t.Elts) == 1 {
				u.s(",")
			}
		} else {
			u.expr(e.Slice, prTuple)
		}
		u.s("]")
	case *ast.Starred:
		u.s("*")
		u.expr(e.Value, prExpr)
	case *ast.Name:
		u.s(e.Id)
	case *ast.List:
		u.s("[")
		u.exprs(e.Elts, prTest)
		u.s("]")
	case *ast.Tuple:
		if len(e.Elts) == 0 {
			u.s("()")
			return
		}
		u.open(level, prTuple)
		u.exprs(e.Elts, prTest)
		if len(e.Elts) == 1 {
			u.s(",")
		}
		u.close(level, prTuple)
	case *ast.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.s(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.s(":")
			u.expr(e.Step, prTest)
		}
	case *ast.NamedExpr:
		u.open(level, prTuple)
		u.expr(e.Target, prAtom)
		u.s(" := ")
		u.expr(e.Value, prAtom)
		u.close(level, prTuple)
	}
}

func isIntConst(v any) bool {
	switch v.(type) {
	case int64, int:
		return true
	}
	_, ok := v.(interface{ Sign() int }) // *big.Int
	return ok
}

func (u *unparser) constant(e *ast.Constant) {
	switch v := e.Value.(type) {
	case ast.EllipsisType:
		u.s("...")
	case float64:
		if math.IsInf(v, 0) {
			// An infinite literal is written as one that overflows.
			if v < 0 {
				u.s("-")
			}
			u.s("1e309")
			return
		}
		u.s(ast.ReprFloat(v))
	case complex128:
		s := ast.ReprComplex(v)
		u.s(strings.ReplaceAll(s, "inf", "1e309"))
	case string:
		if e.Kind == "u" {
			u.s("u")
		}
		u.s(ast.ReprString(v))
	default:
		u.s(constRepr(v))
	}
}

func (u *unparser) comps(gens []*ast.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			u.s(" async for ")
		} else {
			u.s(" for ")
		}
		u.expr(g.Target, prTuple)
		u.s(" in ")
		u.expr(g.Iter, prTest+1)
		for _, c := range g.Ifs {
			u.s(" if ")
			u.expr(c, prTest+1)
		}
	}
}

func (u *unparser) arg(a *ast.Arg) {
	u.s(a.Arg)
	if a.Annotation != nil {
		u.s(": ")
		u.expr(a.Annotation, prTest)
	}
}

// args is append_ast_args.
func (u *unparser) args(a *ast.Arguments) {
	first := true
	npos := len(a.Posonlyargs) + len(a.Args)
	ndef := len(a.Defaults)
	for i := 0; i < npos; i++ {
		if !first {
			u.s(", ")
		}
		first = false
		var arg *ast.Arg
		if i < len(a.Posonlyargs) {
			arg = a.Posonlyargs[i]
		} else {
			arg = a.Args[i-len(a.Posonlyargs)]
		}
		u.arg(arg)
		if d := i - (npos - ndef); d >= 0 {
			u.s("=")
			u.expr(a.Defaults[d], prTest)
		}
		if len(a.Posonlyargs) > 0 && i+1 == len(a.Posonlyargs) {
			u.s(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		if !first {
			u.s(", ")
		}
		first = false
		u.s("*")
		if a.Vararg != nil {
			u.arg(a.Vararg)
		}
	}
	for i, k := range a.Kwonlyargs {
		u.s(", ")
		u.arg(k)
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			u.s("=")
			u.expr(a.KwDefaults[i], prTest)
		}
	}
	if a.Kwarg != nil {
		if !first {
			u.s(", ")
		}
		u.s("**")
		u.arg(a.Kwarg)
	}
}

// fstringBody is build_fstring_body: the text between an f-string's
// quotes, braces of its literal parts doubled.
func fstringBody(values []ast.Expr, isSpec bool) string {
	var b strings.Builder
	for _, v := range values {
		switch v := v.(type) {
		case *ast.Constant:
			s, _ := v.Value.(string)
			s = strings.ReplaceAll(s, "{", "{{")
			s = strings.ReplaceAll(s, "}", "}}")
			b.WriteString(s)
		case *ast.JoinedStr:
			b.WriteString(fstringBody(v.Values, isSpec))
		case *ast.FormattedValue:
			var u unparser
			u.expr(v.Value, prTest+1)
			inner := u.b.String()
			b.WriteString("{")
			if strings.HasPrefix(inner, "{") {
				// {{ would be read as an escaped brace.
				b.WriteString(" ")
			}
			b.WriteString(inner)
			switch v.Conversion {
			case 's':
				b.WriteString("!s")
			case 'r':
				b.WriteString("!r")
			case 'a':
				b.WriteString("!a")
			}
			if v.FormatSpec != nil {
				b.WriteString(":")
				if js, ok := v.FormatSpec.(*ast.JoinedStr); ok {
					b.WriteString(fstringBody(js.Values, true))
				}
			}
			b.WriteString("}")
		}
	}
	return b.String()
}
