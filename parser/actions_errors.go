package parser

import (
	"fmt"
	"strings"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pegen/peg"
	"github.com/peglab/peglab/pyerr"
)

// The helpers of the grammar's invalid_ rules: CPython's RAISE_* macros and
// the error functions of Parser/action_helpers.c. Each raiser stops the
// parse with a SyntaxError located as CPython locates it (see errors.go);
// it returns a value only to fit the action language. A helper returning
// (any, bool) can decline to raise: false fails its rule, as a NULL action
// result fails a rule in pegen.

// RaiseSyntaxError is RAISE_SYNTAX_ERROR: the error is on the furthest
// token the parser has read.
func RaiseSyntaxError(p *peg.Parser, msg string) any {
	p.Raise(errorAtToken(p, pyerr.SyntaxError, msg, false))
	return nil
}

// RaiseIndentationError is RAISE_INDENTATION_ERROR: an IndentationError on
// the furthest token read.
func RaiseIndentationError(p *peg.Parser, msg string) any {
	p.Raise(errorAtToken(p, pyerr.IndentationError, msg, false))
	return nil
}

// RaiseOnNextToken is RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: the error is on the
// token after what the alternative matched.
func RaiseOnNextToken(p *peg.Parser, msg string) any {
	p.Raise(errorAtToken(p, pyerr.SyntaxError, msg, true))
	return nil
}

// RaiseAt is RAISE_SYNTAX_ERROR_KNOWN_LOCATION: the error spans a, a token
// or a node.
func RaiseAt(p *peg.Parser, a any, msg string) any {
	return RaiseRange(p, a, a, msg)
}

// RaiseRange is RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of a to the
// end of b.
func RaiseRange(p *peg.Parser, a, b any, msg string) any {
	start, _, _ := span(a)
	_, end, _ := span(b)
	p.Raise(errorKnown(p, pyerr.SyntaxError, int(start.Line), int(start.Col), int(end.Line), int(end.Col), msg))
	return nil
}

// RaiseFrom is RAISE_SYNTAX_ERROR_STARTING_FROM: from the start of a to the
// tokenizer's cursor, the end of the furthest token read.
func RaiseFrom(p *peg.Parser, a any, msg string) any {
	start, _, _ := span(a)
	p.Raise(errorKnown(p, pyerr.SyntaxError, int(start.Line), int(start.Col), currentPos, currentPos, msg))
	return nil
}

// RaiseMissingColon reports a dictionary key without its ':' (invalid_kvpair):
// CPython points at the key's last column, with no end; the line is the
// key's first, even when the key spans lines (its column is still the
// last line's).
func RaiseMissingColon(p *peg.Parser, key ast.Expr) any {
	start, end, _ := span(key)
	p.Raise(errorKnown(p, pyerr.SyntaxError, int(start.Line), int(end.Col)-1, int(end.Line), -1, "':' expected after dictionary key"))
	return nil
}

// RaiseInvalidTarget is RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign
// to X" (kind "star" or "for") or "cannot delete X" (kind "del") at the
// first part of e that cannot be a target. When every part can, it
// declines, and the rule fails.
func RaiseInvalidTarget(p *peg.Parser, kind string, e ast.Expr) (any, bool) {
	bad := invalidTarget(e, kind)
	if bad == nil {
		return nil, false
	}
	verb := "assign to"
	if kind == "del" {
		verb = "delete"
	}
	return RaiseAt(p, bad, fmt.Sprintf("cannot %s %s", verb, ExprName(bad))), true
}

// invalidTarget is _PyPegen_get_invalid_target: the first subexpression of
// e that cannot be assigned to (or deleted), nil if there is none.
func invalidTarget(e ast.Expr, kind string) ast.Expr {
	switch x := e.(type) {
	case nil:
		return nil
	case *ast.List:
		return firstInvalidTarget(x.Elts, kind)
	case *ast.Tuple:
		return firstInvalidTarget(x.Elts, kind)
	case *ast.Starred:
		if kind == "del" {
			return e
		}
		return invalidTarget(x.Value, kind)
	case *ast.Compare:
		// `a in b` in `for a in b` parses as a comparison: the target is
		// its left side.
		if kind == "for" {
			if len(x.Ops) > 0 && x.Ops[0] == ast.In {
				return invalidTarget(x.Left, kind)
			}
			return nil
		}
		return e
	case *ast.Name, *ast.Subscript, *ast.Attribute:
		return nil
	}
	return e
}

func firstInvalidTarget(elts []ast.Expr, kind string) ast.Expr {
	for _, el := range elts {
		if bad := invalidTarget(el, kind); bad != nil {
			return bad
		}
	}
	return nil
}

// ExprName is _PyPegen_get_expr_name: what messages call an expression.
func ExprName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch x.Value {
		case ast.None:
			return "None"
		case false:
			return "False"
		case true:
			return "True"
		case ast.Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// RaiseMissingComma is invalid_expression's guess at two expressions side
// by side: "Perhaps you forgot a comma?", but only inside brackets, and
// not after print or exec (which have their own message).
func RaiseMissingComma(p *peg.Parser, a, b ast.Expr) (any, bool) {
	if isLegacyName(a) || p.Pos == 0 || tokenLevel(p, p.Pos-1) == 0 {
		return nil, false
	}
	return RaiseRange(p, a, b, "invalid syntax. Perhaps you forgot a comma?"), true
}

// SoftKeywordToken is CPython's SOFT_KEYWORD: a NAME whose text begins one
// of the grammar's soft keywords (strncmp over the NAME's length, so "c"
// and "ty" match too, which decides some of CPython's messages).
func SoftKeywordToken(p *peg.Parser, name *peg.Token) (*peg.Token, bool) {
	for _, kw := range softKeywords {
		if strings.HasPrefix(kw, name.Text) {
			return name, true
		}
	}
	return nil, false
}

// RaiseLegacyCall reports print and exec used as statements (Python 2);
// any other name declines.
func RaiseLegacyCall(p *peg.Parser, name *peg.Token, b ast.Expr) (any, bool) {
	id := identifier(name.Text)
	if id != "print" && id != "exec" {
		return nil, false
	}
	return RaiseRange(p, name, b, fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", id, id)), true
}

// isLegacyName is _PyPegen_check_legacy_stmt.
func isLegacyName(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && (n.Id == "print" || n.Id == "exec")
}

// RaiseNonparenGenexp is _PyPegen_nonparen_genexp_in_call: a generator
// expression after other arguments must be parenthesized. A call with one
// argument (dict((a, b) for a, b in x)) is fine: the rule declines.
func RaiseNonparenGenexp(p *peg.Parser, args *CallArgs, comps []*ast.Comprehension) (any, bool) {
	if args == nil || len(args.Args) <= 1 || len(comps) == 0 {
		return nil, false
	}
	return RaiseRange(p, args.Args[len(args.Args)-1], LastComprehensionItem(comps), "Generator expression must be parenthesized"), true
}

// RaiseArgumentsError is _PyPegen_arguments_parsing_error: a positional
// argument after keyword arguments.
func RaiseArgumentsError(p *peg.Parser, args *CallArgs) any {
	msg := "positional argument follows keyword argument"
	if args != nil {
		for _, k := range args.Keywords {
			if k.Arg == "" {
				msg = "positional argument follows keyword argument unpacking"
			}
		}
	}
	return RaiseSyntaxError(p, msg)
}

// LastComprehensionItem is _PyPegen_get_last_comprehension_item: the last
// condition of the last for clause, or its iterable.
func LastComprehensionItem(comps []*ast.Comprehension) ast.Expr {
	if len(comps) == 0 {
		return nil
	}
	c := comps[len(comps)-1]
	if len(c.Ifs) == 0 {
		return c.Iter
	}
	return c.Ifs[len(c.Ifs)-1]
}

// LastExpr is the last expression of a sequence.
func LastExpr(es []ast.Expr) ast.Expr {
	if len(es) == 0 {
		return nil
	}
	return es[len(es)-1]
}

// FirstPattern is the first pattern of a sequence.
func FirstPattern(ps []ast.Pattern) ast.Pattern {
	if len(ps) == 0 {
		return nil
	}
	return ps[0]
}

// LastPattern is the last pattern of a sequence.
func LastPattern(ps []ast.Pattern) ast.Pattern {
	if len(ps) == 0 {
		return nil
	}
	return ps[len(ps)-1]
}

// Msgf formats an error message with one argument (%d for a line number,
// %s for a name).
func Msgf(format string, arg any) string { return fmt.Sprintf(format, arg) }

// LineOf is the line a token or node starts on, for messages such as
// "expected an indented block after 'if' statement on line 3".
func LineOf(a any) int {
	start, _, _ := span(a)
	return int(start.Line)
}

// TokenString is a token's source text.
func TokenString(t *peg.Token) string {
	if t == nil {
		return ""
	}
	return t.Text
}

// BoundOrConstraints picks the message for a bound given to a
// TypeVarTuple or ParamSpec: a tuple is a list of constraints.
func BoundOrConstraints(e ast.Expr, bound, constraints string) string {
	if _, ok := e.(*ast.Tuple); ok {
		return constraints
	}
	return bound
}
