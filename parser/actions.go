package parser

import (
	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pegen/peg"
)

// This file holds the grammar's general action helpers: sequences,
// statements, names, contexts. The node constructors themselves (BinOp,
// Name, ...) are generated into actions_nodes_gen.go; literals are in
// actions_literals.go, argument lists in actions_args.go. Every exported
// function of an actions*.go file is a helper the grammar may call (see
// pegen/doc.go), so non-helpers stay unexported here.

// OneStmt is a statement list of one statement.
func OneStmt(s ast.Stmt) []ast.Stmt { return []ast.Stmt{s} }

// FlattenStmts joins the statement lists of consecutive lines (a line of
// simple statements gives several) into one body.
func FlattenStmts(seqs [][]ast.Stmt) []ast.Stmt {
	if len(seqs) == 1 {
		return seqs[0]
	}
	n := 0
	for _, s := range seqs {
		n += len(s)
	}
	out := make([]ast.Stmt, 0, n)
	for _, s := range seqs {
		out = append(out, s...)
	}
	return out
}

// OneExpr is an expression list of one expression.
func OneExpr(e ast.Expr) []ast.Expr { return []ast.Expr{e} }

// PrependExpr puts e in front of rest: the first element of a sequence is
// matched apart from the others in many rules (a=x b=(',' c=x)*).
func PrependExpr(e ast.Expr, rest []ast.Expr) []ast.Expr {
	out := make([]ast.Expr, len(rest)+1)
	out[0] = e
	copy(out[1:], rest)
	return out
}

// AppendExpr appends e to a copy of seq.
func AppendExpr(seq []ast.Expr, e ast.Expr) []ast.Expr {
	out := make([]ast.Expr, len(seq)+1)
	copy(out, seq)
	out[len(seq)] = e
	return out
}

// PrependPattern is PrependExpr for patterns.
func PrependPattern(p ast.Pattern, rest []ast.Pattern) []ast.Pattern {
	out := make([]ast.Pattern, len(rest)+1)
	out[0] = p
	copy(out[1:], rest)
	return out
}

// OneAlias is an alias list of one alias.
func OneAlias(a *ast.Alias) []*ast.Alias { return []*ast.Alias{a} }

// Ident is the identifier a NAME token spells, NFKC-normalized as Python
// normalizes identifiers (PEP 3131); "" for an absent token.
func Ident(p *peg.Parser, t *peg.Token) string {
	if t == nil {
		return ""
	}
	return identifier(t.Text)
}

// Idents maps NAME tokens to identifiers (global and nonlocal lists).
func Idents(p *peg.Parser, ts []*peg.Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = identifier(t.Text)
	}
	return out
}

// NameAt is a Name node for a NAME token, positioned on the token.
//
// Names are the commonest node by far, so they come from a slab when the
// parse has one (see state.newName).
func NameAt(p *peg.Parser, t *peg.Token, ctx ast.ExprContext) ast.Expr {
	var n *ast.Name
	if st, ok := p.Data.(*state); ok {
		n = st.newName()
	} else {
		n = new(ast.Name)
	}
	n.Id, n.Ctx, n.Pos = identifier(t.Text), ctx, tokenPos(t, t)
	return n
}

// JoinDotted extends a dotted module name by one NAME: a.b.c in import
// statements.
func JoinDotted(p *peg.Parser, left string, t *peg.Token) string {
	return left + "." + identifier(t.Text)
}

// CountDots counts the leading dots of a relative import; '...' is one
// token worth three.
func CountDots(ts []*peg.Token) int {
	n := 0
	for _, t := range ts {
		n += len(t.Text)
	}
	return n
}

// TypeComment is the text of a TYPE_COMMENT token, "" when absent. The
// tokenizer produces them only when type comments are asked for.
func TypeComment(t *peg.Token) string {
	if t == nil {
		return ""
	}
	return t.Text
}

// PyNone is Python's None as a constant value.
func PyNone() any { return ast.None }

// PyEllipsis is Python's Ellipsis (...) as a constant value.
func PyEllipsis() any { return ast.Ellipsis }

// Decorated attaches decorators to a function or class definition. The
// definition keeps its own position, which starts at 'def' or 'class'.
func Decorated(decorators []ast.Expr, def ast.Stmt) ast.Stmt {
	switch d := def.(type) {
	case *ast.FunctionDef:
		c := *d
		c.DecoratorList = decorators
		return &c
	case *ast.AsyncFunctionDef:
		c := *d
		c.DecoratorList = decorators
		return &c
	case *ast.ClassDef:
		c := *d
		c.DecoratorList = decorators
		return &c
	}
	return def
}

// SetContext returns e with its expression context set to ctx, copying the
// nodes that change: a Name, Attribute or Subscript, and recursively the
// elements of a Tuple or List and the value of a Starred. Other
// expressions are returned as they are. The parser memoizes nodes, so it
// never changes one in place.
func SetContext(e ast.Expr, ctx ast.ExprContext) ast.Expr {
	switch x := e.(type) {
	case *ast.Name:
		c := *x
		c.Ctx = ctx
		return &c
	case *ast.Attribute:
		c := *x
		c.Ctx = ctx
		return &c
	case *ast.Subscript:
		c := *x
		c.Ctx = ctx
		return &c
	case *ast.Starred:
		c := *x
		c.Value = SetContext(x.Value, ctx)
		c.Ctx = ctx
		return &c
	case *ast.Tuple:
		c := *x
		c.Elts = setSeqContext(x.Elts, ctx)
		c.Ctx = ctx
		return &c
	case *ast.List:
		c := *x
		c.Elts = setSeqContext(x.Elts, ctx)
		c.Ctx = ctx
		return &c
	}
	return e
}

func setSeqContext(seq []ast.Expr, ctx ast.ExprContext) []ast.Expr {
	if len(seq) == 0 {
		return nil
	}
	out := make([]ast.Expr, len(seq))
	for i, e := range seq {
		out[i] = SetContext(e, ctx)
	}
	return out
}

// CheckNotEqual accepts a '!=' token. The tokenizer also reads '<>' as
// NOTEQUAL; CPython's parser accepts it only under `from __future__ import
// barry_as_FLUFL`, a flag ast.parse never passes on, so here it never
// matches (_PyPegen_check_barry_as_flufl).
func CheckNotEqual(p *peg.Parser, t *peg.Token) (*peg.Token, bool) {
	return t, t.Text == "!="
}

// CmpPair is one comparison operator with its right operand, as the
// comparison rules collect them.
type CmpPair struct {
	Op    ast.Cmpop
	Right ast.Expr
}

// MakeCmpPair pairs a comparison operator with its right operand.
func MakeCmpPair(op ast.Cmpop, right ast.Expr) CmpPair { return CmpPair{op, right} }

// CmpOps are the operators of a comparison chain.
func CmpOps(pairs []CmpPair) []ast.Cmpop {
	out := make([]ast.Cmpop, len(pairs))
	for i, pr := range pairs {
		out[i] = pr.Op
	}
	return out
}

// CmpExprs are the right operands of a comparison chain.
func CmpExprs(pairs []CmpPair) []ast.Expr {
	out := make([]ast.Expr, len(pairs))
	for i, pr := range pairs {
		out[i] = pr.Right
	}
	return out
}

// KeyValue is one entry of a dict display; Key is nil for **mapping.
type KeyValue struct {
	Key, Value ast.Expr
}

// MakeKeyValue builds a dict entry.
func MakeKeyValue(key, value ast.Expr) KeyValue { return KeyValue{key, value} }

// KeyOf is the key of a dict entry.
func KeyOf(kv KeyValue) ast.Expr { return kv.Key }

// ValueOf is the value of a dict entry.
func ValueOf(kv KeyValue) ast.Expr { return kv.Value }

// DictKeys are the keys of a dict display, None (nil) for **mapping.
func DictKeys(kvs []KeyValue) []ast.Expr {
	if len(kvs) == 0 {
		return nil
	}
	out := make([]ast.Expr, len(kvs))
	for i, kv := range kvs {
		out[i] = kv.Key
	}
	return out
}

// DictValues are the values of a dict display.
func DictValues(kvs []KeyValue) []ast.Expr {
	if len(kvs) == 0 {
		return nil
	}
	out := make([]ast.Expr, len(kvs))
	for i, kv := range kvs {
		out[i] = kv.Value
	}
	return out
}

// KeyPattern is one item of a mapping pattern (Key set) or a keyword
// pattern of a class pattern (Name set).
type KeyPattern struct {
	Key     ast.Expr
	Name    string
	Pattern ast.Pattern
}

// MakeKeyPattern builds a mapping or keyword pattern item.
func MakeKeyPattern(key ast.Expr, name string, pattern ast.Pattern) KeyPattern {
	return KeyPattern{key, name, pattern}
}

// PatternKeys are the keys of a mapping pattern.
func PatternKeys(items []KeyPattern) []ast.Expr {
	out := make([]ast.Expr, len(items))
	for i, it := range items {
		out[i] = it.Key
	}
	return out
}

// PatternNames are the attribute names of a class pattern's keywords.
func PatternNames(items []KeyPattern) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Name
	}
	return out
}

// PatternValues are the sub-patterns of mapping or keyword pattern items.
func PatternValues(items []KeyPattern) []ast.Pattern {
	out := make([]ast.Pattern, len(items))
	for i, it := range items {
		out[i] = it.Pattern
	}
	return out
}

// OrPattern is p1 | p2 | ...: a MatchOr, or the pattern itself when there
// is only one.
func OrPattern(patterns []ast.Pattern, span peg.Span) ast.Pattern {
	if len(patterns) == 1 {
		return patterns[0]
	}
	return MatchOr(patterns, span)
}

// tokenPos is the extent of the tokens from first to last.
func tokenPos(first, last *peg.Token) ast.Pos {
	return ast.Pos{Lineno: int(first.Start.Line), ColOffset: int(first.Start.Col),
		EndLineno: int(last.End.Line), EndColOffset: int(last.End.Col)}
}

// raiseAtNode stops the parse with a SyntaxError spanning node n
// (RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
func raiseAtNode(p *peg.Parser, n ast.Positioned, msg string) {
	RaiseAt(p, n, msg)
}

// raiseAtTokens stops the parse with a SyntaxError from token first to
// token last (RAISE_SYNTAX_ERROR_KNOWN_RANGE).
func raiseAtTokens(p *peg.Parser, first, last *peg.Token, msg string) {
	RaiseRange(p, first, last, msg)
}
