package symtable_test

import (
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/symtable"
)

// FuzzBuild feeds random programs through the pass: the fuzzer's bytes
// choose, one decision at a time, the nodes of a module (every statement,
// expression, pattern and type parameter class, nested to any depth, over
// a small pool of names that includes private ones, super and
// __class__). Build must return a table or an error, never panic, and a
// table must be complete: every symbol has a scope, every block a type.
// Until peglab's parser exists this is how random programs reach the pass;
// the golden programs are the seeds' shape.
func FuzzBuild(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("def f(x): return [y for y in x]"))
	f.Add([]byte{3, 7, 1, 9, 4, 4, 2, 200, 13, 17, 5, 6, 8, 1, 0, 255, 19, 23})
	for i := range 32 {
		seed := make([]byte, 64)
		for j := range seed {
			seed[j] = byte(i*31 + j*7)
		}
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &treeGen{data: data}
		mod := &ast.Module{Body: g.stmts(4)}
		st, err := symtable.Build(mod, "<fuzz>", nil)
		if err != nil {
			if err.Msg == "" || err.Type == "" {
				t.Fatalf("empty error %+v", err)
			}
			_ = err.Format()
			return
		}
		checkTable(t, st.Top)
		_ = symtable.Dump(st)
	})
}

func checkTable(t *testing.T, tb *symtable.Table) {
	for i, s := range tb.Symbols {
		if s.Scope == symtable.ScopeNone || s.Scope > symtable.Cell {
			t.Fatalf("%s %q: symbol %q has scope %d", tb.Type, tb.Name, s.Name, s.Scope)
		}
		if i > 0 && tb.Symbols[i-1].Name >= s.Name {
			t.Fatalf("%s %q: symbols not sorted at %q", tb.Type, tb.Name, s.Name)
		}
	}
	if tb.Type == symtable.AnnotationBlock {
		t.Fatalf("annotation block %q in the tree", tb.Name)
	}
	for _, c := range tb.Children {
		if c.CompInlined {
			t.Fatalf("inlined comprehension %q still a child", c.Name)
		}
		checkTable(t, c)
	}
}

// treeGen builds nodes from a byte stream; when the bytes run out every
// choice is 0, which always terminates.
type treeGen struct {
	data  []byte
	pos   int
	nodes int
}

func (g *treeGen) pick(n int) int {
	if g.pos >= len(g.data) || n <= 1 {
		return 0
	}
	b := g.data[g.pos]
	g.pos++
	return int(b) % n
}

var fuzzNames = []string{"a", "b", "x", "__p", "__q__", "super", "__class__", "__classdict__", "T", ".0", "é"}

func (g *treeGen) name() string { return fuzzNames[g.pick(len(fuzzNames))] }

var at = ast.Pos{Lineno: 1, ColOffset: 0, EndLineno: 1, EndColOffset: 1}

func (g *treeGen) stmts(depth int) []ast.Stmt {
	n := g.pick(4)
	if depth == 4 {
		n++
	}
	out := make([]ast.Stmt, 0, n)
	for range n {
		out = append(out, g.stmt(depth))
	}
	return out
}

func (g *treeGen) stmt(depth int) ast.Stmt {
	g.nodes++
	if depth <= 0 || g.nodes > 400 {
		return &ast.Pass{Pos: at}
	}
	d := depth - 1
	switch g.pick(26) {
	case 0:
		return &ast.ExprStmt{Pos: at, Value: g.expr(d)}
	case 1:
		return &ast.FunctionDef{Pos: at, Name: g.name(), Args: g.args(d), Body: g.stmts(d),
			DecoratorList: g.exprs(d), Returns: g.optExpr(d), TypeParams: g.typeParams(d)}
	case 2:
		return &ast.AsyncFunctionDef{Pos: at, Name: g.name(), Args: g.args(d), Body: g.stmts(d),
			Returns: g.optExpr(d), TypeParams: g.typeParams(d)}
	case 3:
		return &ast.ClassDef{Pos: at, Name: g.name(), Bases: g.exprs(d),
			Keywords: []*ast.Keyword{{Pos: at, Arg: "k", Value: g.expr(d)}}, Body: g.stmts(d), TypeParams: g.typeParams(d)}
	case 4:
		return &ast.Return{Pos: at, Value: g.optExpr(d)}
	case 5:
		return &ast.Delete{Pos: at, Targets: []ast.Expr{g.target(d)}}
	case 6:
		return &ast.Assign{Pos: at, Targets: []ast.Expr{g.target(d)}, Value: g.expr(d)}
	case 7:
		return &ast.TypeAlias{Pos: at, Name: &ast.Name{Pos: at, Id: g.name(), Ctx: ast.Store}, TypeParams: g.typeParams(d), Value: g.expr(d)}
	case 8:
		return &ast.AugAssign{Pos: at, Target: g.target(d), Op: ast.Add, Value: g.expr(d)}
	case 9:
		return &ast.AnnAssign{Pos: at, Target: g.target(d), Annotation: g.expr(d), Value: g.optExpr(d), Simple: g.pick(2)}
	case 10:
		return &ast.For{Pos: at, Target: g.target(d), Iter: g.expr(d), Body: g.stmts(d), Orelse: g.stmts(d)}
	case 11:
		return &ast.While{Pos: at, Test: g.expr(d), Body: g.stmts(d)}
	case 12:
		return &ast.If{Pos: at, Test: g.expr(d), Body: g.stmts(d), Orelse: g.stmts(d)}
	case 13:
		return &ast.With{Pos: at, Items: []*ast.Withitem{{ContextExpr: g.expr(d), OptionalVars: g.optTarget(d)}}, Body: g.stmts(d)}
	case 14:
		return &ast.Match{Pos: at, Subject: g.expr(d), Cases: []*ast.MatchCase{{Pattern: g.pattern(d), Guard: g.optExpr(d), Body: g.stmts(d)}}}
	case 15:
		return &ast.Raise{Pos: at, Exc: g.optExpr(d), Cause: g.optExpr(d)}
	case 16:
		return &ast.Try{Pos: at, Body: g.stmts(d), Handlers: []ast.ExceptHandlerNode{&ast.ExceptHandler{Pos: at, Type: g.optExpr(d), Name: g.optName(), Body: g.stmts(d)}}}
	case 17:
		return &ast.Import{Pos: at, Names: []*ast.Alias{{Pos: at, Name: g.name() + ".m", Asname: g.optName()}}}
	case 18:
		name := g.name()
		if g.pick(3) == 0 {
			name = "*"
		}
		return &ast.ImportFrom{Pos: at, Module: "__future__", Names: []*ast.Alias{{Pos: at, Name: name}}, Level: g.pick(2)}
	case 19:
		return &ast.Global{Pos: at, Names: []string{g.name()}}
	case 20:
		return &ast.Nonlocal{Pos: at, Names: []string{g.name()}}
	case 21:
		return &ast.AsyncWith{Pos: at, Items: []*ast.Withitem{{ContextExpr: g.expr(d)}}, Body: g.stmts(d)}
	case 22:
		return &ast.AsyncFor{Pos: at, Target: g.target(d), Iter: g.expr(d), Body: g.stmts(d)}
	case 23:
		return &ast.TryStar{Pos: at, Body: g.stmts(d), Finalbody: g.stmts(d)}
	case 24:
		return &ast.Assert{Pos: at, Test: g.expr(d), Msg: g.optExpr(d)}
	}
	return &ast.Break{Pos: at}
}

func (g *treeGen) optName() string {
	if g.pick(2) == 0 {
		return ""
	}
	return g.name()
}

func (g *treeGen) exprs(depth int) []ast.Expr {
	n := g.pick(3)
	out := make([]ast.Expr, n)
	for i := range out {
		out[i] = g.expr(depth)
	}
	return out
}

func (g *treeGen) optExpr(depth int) ast.Expr {
	if g.pick(2) == 0 {
		return nil
	}
	return g.expr(depth)
}

func (g *treeGen) optTarget(depth int) ast.Expr {
	if g.pick(2) == 0 {
		return nil
	}
	return g.target(depth)
}

func (g *treeGen) target(depth int) ast.Expr {
	switch g.pick(4) {
	case 1:
		return &ast.Tuple{Pos: at, Elts: []ast.Expr{g.target(depth - 1), &ast.Starred{Pos: at, Value: &ast.Name{Pos: at, Id: g.name(), Ctx: ast.Store}, Ctx: ast.Store}}, Ctx: ast.Store}
	case 2:
		return &ast.Attribute{Pos: at, Value: g.expr(depth), Attr: g.name(), Ctx: ast.Store}
	case 3:
		return &ast.Subscript{Pos: at, Value: g.expr(depth), Slice: g.expr(depth), Ctx: ast.Del}
	}
	return &ast.Name{Pos: at, Id: g.name(), Ctx: ast.Store}
}

func (g *treeGen) expr(depth int) ast.Expr {
	g.nodes++
	if depth <= 0 || g.nodes > 400 {
		if g.pick(2) == 0 {
			return &ast.Name{Pos: at, Id: g.name(), Ctx: ast.Load}
		}
		return &ast.Constant{Pos: at, Value: "s"}
	}
	d := depth - 1
	switch g.pick(24) {
	case 0:
		return &ast.BoolOp{Pos: at, Op: ast.And, Values: []ast.Expr{g.expr(d), g.expr(d)}}
	case 1:
		return &ast.NamedExpr{Pos: at, Target: &ast.Name{Pos: at, Id: g.name(), Ctx: ast.Store}, Value: g.expr(d)}
	case 2:
		return &ast.BinOp{Pos: at, Left: g.expr(d), Op: ast.Add, Right: g.expr(d)}
	case 3:
		return &ast.Lambda{Pos: at, Args: g.args(d), Body: g.expr(d)}
	case 4:
		return &ast.IfExp{Pos: at, Test: g.expr(d), Body: g.expr(d), Orelse: g.expr(d)}
	case 5:
		return &ast.Dict{Pos: at, Keys: []ast.Expr{nil, g.expr(d)}, Values: []ast.Expr{g.expr(d), g.expr(d)}}
	case 6:
		return &ast.ListComp{Pos: at, Elt: g.expr(d), Generators: g.comps(d)}
	case 7:
		return &ast.SetComp{Pos: at, Elt: g.expr(d), Generators: g.comps(d)}
	case 8:
		return &ast.DictComp{Pos: at, Key: g.expr(d), Value: g.expr(d), Generators: g.comps(d)}
	case 9:
		return &ast.GeneratorExp{Pos: at, Elt: g.expr(d), Generators: g.comps(d)}
	case 10:
		return &ast.Await{Pos: at, Value: g.expr(d)}
	case 11:
		return &ast.Yield{Pos: at, Value: g.optExpr(d)}
	case 12:
		return &ast.YieldFrom{Pos: at, Value: g.expr(d)}
	case 13:
		return &ast.Compare{Pos: at, Left: g.expr(d), Ops: []ast.Cmpop{ast.Lt}, Comparators: []ast.Expr{g.expr(d)}}
	case 14:
		return &ast.Call{Pos: at, Func: g.expr(d), Args: g.exprs(d), Keywords: []*ast.Keyword{{Pos: at, Value: g.expr(d)}}}
	case 15:
		return &ast.JoinedStr{Pos: at, Values: []ast.Expr{&ast.FormattedValue{Pos: at, Value: g.expr(d), Conversion: -1, FormatSpec: g.optExpr(d)}}}
	case 16:
		return &ast.Attribute{Pos: at, Value: g.expr(d), Attr: g.name(), Ctx: ast.Load}
	case 17:
		return &ast.Subscript{Pos: at, Value: g.expr(d), Slice: &ast.Slice{Pos: at, Lower: g.optExpr(d), Step: g.optExpr(d)}, Ctx: ast.Load}
	case 18:
		return &ast.Starred{Pos: at, Value: g.expr(d), Ctx: ast.Load}
	case 19:
		return &ast.List{Pos: at, Elts: g.exprs(d), Ctx: ast.Load}
	case 20:
		return &ast.Tuple{Pos: at, Elts: g.exprs(d), Ctx: ast.Load}
	case 21:
		return &ast.Set{Pos: at, Elts: g.exprs(d)}
	case 22:
		return &ast.UnaryOp{Pos: at, Op: ast.Not, Operand: g.expr(d)}
	}
	return &ast.Name{Pos: at, Id: g.name(), Ctx: ast.Load}
}

func (g *treeGen) comps(depth int) []*ast.Comprehension {
	n := 1 + g.pick(2)
	out := make([]*ast.Comprehension, n)
	for i := range out {
		out[i] = &ast.Comprehension{Target: g.target(depth), Iter: g.expr(depth), Ifs: g.exprs(depth), IsAsync: g.pick(2)}
	}
	return out
}

func (g *treeGen) args(depth int) *ast.Arguments {
	a := &ast.Arguments{}
	for range g.pick(3) {
		a.Args = append(a.Args, &ast.Arg{Pos: at, Arg: g.name(), Annotation: g.optExpr(depth)})
	}
	for range g.pick(2) {
		a.Posonlyargs = append(a.Posonlyargs, &ast.Arg{Pos: at, Arg: g.name()})
	}
	for range g.pick(2) {
		a.Kwonlyargs = append(a.Kwonlyargs, &ast.Arg{Pos: at, Arg: g.name()})
		a.KwDefaults = append(a.KwDefaults, g.optExpr(depth))
	}
	if g.pick(2) == 1 {
		a.Vararg = &ast.Arg{Pos: at, Arg: g.name(), Annotation: g.optExpr(depth)}
	}
	if g.pick(2) == 1 {
		a.Kwarg = &ast.Arg{Pos: at, Arg: g.name()}
	}
	if g.pick(2) == 1 {
		a.Defaults = []ast.Expr{g.expr(depth)}
	}
	return a
}

func (g *treeGen) typeParams(depth int) []ast.TypeParam {
	var out []ast.TypeParam
	for range g.pick(3) {
		switch g.pick(3) {
		case 0:
			out = append(out, &ast.TypeVar{Pos: at, Name: g.name(), Bound: g.optExpr(depth), DefaultValue: g.optExpr(depth)})
		case 1:
			out = append(out, &ast.ParamSpec{Pos: at, Name: g.name(), DefaultValue: g.optExpr(depth)})
		default:
			out = append(out, &ast.TypeVarTuple{Pos: at, Name: g.name(), DefaultValue: g.optExpr(depth)})
		}
	}
	return out
}

func (g *treeGen) pattern(depth int) ast.Pattern {
	if depth <= 0 {
		return &ast.MatchAs{Pos: at}
	}
	d := depth - 1
	switch g.pick(8) {
	case 0:
		return &ast.MatchValue{Pos: at, Value: g.expr(d)}
	case 1:
		return &ast.MatchSingleton{Pos: at, Value: ast.None}
	case 2:
		return &ast.MatchSequence{Pos: at, Patterns: []ast.Pattern{g.pattern(d), &ast.MatchStar{Pos: at, Name: g.optName()}}}
	case 3:
		return &ast.MatchMapping{Pos: at, Keys: []ast.Expr{g.expr(d)}, Patterns: []ast.Pattern{g.pattern(d)}, Rest: g.optName()}
	case 4:
		return &ast.MatchClass{Pos: at, Cls: g.expr(d), Patterns: []ast.Pattern{g.pattern(d)}, KwdAttrs: []string{"k"}, KwdPatterns: []ast.Pattern{g.pattern(d)}}
	case 5:
		return &ast.MatchOr{Pos: at, Patterns: []ast.Pattern{g.pattern(d), g.pattern(d)}}
	}
	return &ast.MatchAs{Pos: at, Pattern: g.pattern(d), Name: g.optName()}
}
