package symtable_test

import (
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/symtable"
)

func caseByName(t *testing.T, name string) *goldenCase {
	for _, c := range readCases(t) {
		if c.Name == name {
			return &c
		}
	}
	t.Fatalf("no case %s", name)
	return nil
}

// TestLookup finds the blocks of a generic def, a type parameter's bound
// and default, a lambda and a comprehension from their nodes, as the
// compiler will.
func TestLookup(t *testing.T) {
	c := caseByName(t, "type_params_defaults")
	st, err := build(t, c)
	if err != nil {
		t.Fatal(err.Format())
	}
	mod := st.Top.Node.(*ast.Module)
	if st.Lookup(mod) != st.Top || st.Top.Type != symtable.ModuleBlock {
		t.Fatal("module block not found")
	}
	def := mod.Body[0].(*ast.FunctionDef)
	fn, tp := st.Lookup(def), st.LookupTypeParams(def)
	if fn == nil || fn.Type != symtable.FunctionBlock || fn.Name != "f" {
		t.Fatalf("function block: %v", fn)
	}
	if tp == nil || tp.Type != symtable.TypeParametersBlock || tp.Children[len(tp.Children)-1] != fn {
		t.Fatalf("type parameters block: %v", tp)
	}
	for _, p := range def.TypeParams {
		d := st.LookupDefault(p)
		if d == nil || d.Type != symtable.TypeVariableBlock || d.ScopeInfo == "" {
			t.Errorf("default block of %T: %v", p, d)
		}
	}
	if st.LookupDefault(&ast.TypeVar{}) != nil || st.Lookup(&ast.Pass{}) != nil {
		t.Error("blocks for nodes that have none")
	}

	c = caseByName(t, "genexp_in_function")
	st, _ = build(t, c)
	ret := st.Top.Node.(*ast.Module).Body[0].(*ast.FunctionDef).Body[1].(*ast.Return)
	gen := ret.Value.(*ast.Call).Args[0]
	g := st.Lookup(gen)
	if g == nil || g.Comprehension != symtable.GeneratorExpression || !g.Generator || g.Varnames[0] != ".0" {
		t.Fatalf("generator expression block: %+v", g)
	}
	if s := g.Lookup("n"); s == nil || s.Scope != symtable.Free || st.Lookup(ret.Value) != nil {
		t.Errorf("n in genexpr: %+v", s)
	}
	f := st.Top.Children[0]
	if f.Scope("n") != symtable.Cell || f.Scope("nope") != symtable.ScopeNone || !f.ChildFree {
		t.Errorf("f: n is %s, ChildFree %v", f.Scope("n"), f.ChildFree)
	}
}

// TestBlockFacts checks the per-block facts CPython's compiler reads.
func TestBlockFacts(t *testing.T) {
	st, _ := build(t, caseByName(t, "return_yield_flags"))
	gen, coro, plain := st.Top.Children[0], st.Top.Children[1], st.Top.Children[2]
	if !gen.Generator || !gen.ReturnsValue || gen.Coroutine {
		t.Errorf("gen: %+v", gen)
	}
	if !coro.Coroutine || coro.Generator {
		t.Errorf("coro: %+v", coro)
	}
	if plain.Generator || plain.ReturnsValue || plain.Coroutine {
		t.Errorf("plain: %+v", plain)
	}
	st, _ = build(t, caseByName(t, "super_call"))
	if cls := st.Top.Children[0]; !cls.NeedsClassClosure || cls.NeedsClassdict {
		t.Errorf("class C: NeedsClassClosure %v NeedsClassdict %v", cls.NeedsClassClosure, cls.NeedsClassdict)
	}
	st, _ = build(t, caseByName(t, "generic_method_in_class"))
	if cls := st.Top.Children[0]; !cls.NeedsClassdict || !cls.Children[0].CanSeeClassScope {
		t.Errorf("class C: NeedsClassdict %v", cls.NeedsClassdict)
	}
	st, _ = build(t, caseByName(t, "function_params"))
	if f := st.Top.Children[0]; !f.Varargs || !f.Varkeywords || f.IsFunctionLike() != true || !f.IsOptimized() {
		t.Errorf("f: %+v", f)
	}
	st, _ = build(t, caseByName(t, "comprehension_in_function_inlined"))
	if f := st.Top.Children[0]; len(f.Children) != 0 || f.Lookup("x") == nil {
		t.Errorf("inlined listcomp still a child, or x not merged: %v", f)
	}
	st, _ = build(t, caseByName(t, "future_annotations_docstring"))
	if st.Future.Features&symtable.FutureAnnotations == 0 || st.Future.Lineno != 2 {
		t.Errorf("future: %+v", st.Future)
	}
}

// TestModes builds the tables of an expression and of an interactive
// statement, as compile(..., "eval") and "single" would.
func TestModes(t *testing.T) {
	name := func(id string, ctx ast.ExprContext) *ast.Name { return &ast.Name{Pos: at, Id: id, Ctx: ctx} }
	expr := &ast.Expression{Body: &ast.Lambda{Pos: at, Args: &ast.Arguments{Args: []*ast.Arg{{Pos: at, Arg: "x"}}},
		Body: &ast.BinOp{Pos: at, Left: name("x", ast.Load), Op: ast.Add, Right: name("y", ast.Load)}}}
	st, err := symtable.Build(expr, "<eval>", nil)
	if err != nil {
		t.Fatal(err.Format())
	}
	want := "module 'top' line 0\n  function 'lambda' line 1 varnames=['x']\n    'x' LOCAL DEF_PARAM|USE\n    'y' GLOBAL_IMPLICIT USE\n"
	if got := symtable.Dump(st); got != want {
		t.Errorf("eval:\n%s\nwant:\n%s", got, want)
	}
	single := &ast.Interactive{Body: []ast.Stmt{&ast.Global{Pos: at, Names: []string{"g"}},
		&ast.Assign{Pos: at, Targets: []ast.Expr{name("g", ast.Store)}, Value: name("v", ast.Load)}}}
	st, err = symtable.Build(single, "<stdin>", nil)
	if err != nil {
		t.Fatal(err.Format())
	}
	want = "module 'top' line 0\n  'g' GLOBAL_EXPLICIT DEF_GLOBAL|DEF_LOCAL\n  'v' GLOBAL_IMPLICIT USE\n"
	if got := st.Top.String(); got != want {
		t.Errorf("single:\n%s\nwant:\n%s", got, want)
	}
	_, err = symtable.Build(&ast.FunctionType{Returns: name("int", ast.Load)}, "<ft>", nil)
	if err == nil || err.Format() != "RuntimeError: this compiler does not handle FunctionTypes\n" {
		t.Errorf("func_type: %v", err)
	}
}

// TestExtensionOperators: the extensions' operators are values of
// BinOp.op and Compare.ops; the pass reads their operands as any other.
func TestExtensionOperators(t *testing.T) {
	name := func(id string) *ast.Name { return &ast.Name{Pos: at, Id: id, Ctx: ast.Load} }
	mod := func(e ast.Expr) *ast.Module { return &ast.Module{Body: []ast.Stmt{&ast.ExprStmt{Pos: at, Value: e}}} }
	a, _ := symtable.Build(mod(&ast.BinOp{Pos: at, Left: name("a"), Op: ast.Arrow, Right: name("b")}), "x", nil)
	b, _ := symtable.Build(mod(&ast.Compare{Pos: at, Left: name("a"), Ops: []ast.Cmpop{ast.AlmostEq}, Comparators: []ast.Expr{name("b")}}), "x", nil)
	want := "module 'top' line 0\n  'a' GLOBAL_IMPLICIT USE\n  'b' GLOBAL_IMPLICIT USE\n"
	if symtable.Dump(a) != want || symtable.Dump(b) != want {
		t.Errorf("got\n%s%s", symtable.Dump(a), symtable.Dump(b))
	}
}

func TestStrings(t *testing.T) {
	if s := (symtable.DefLocal | symtable.Use | symtable.DefCompCell).String(); s != "DEF_LOCAL|USE|DEF_COMP_CELL" {
		t.Error(s)
	}
	if s := symtable.Flags(0).String(); s != "-" {
		t.Error(s)
	}
	if s := (symtable.Use | 1<<14).String(); s != "USE|0x4000" {
		t.Error(s)
	}
	if s := symtable.Cell.String() + symtable.Scope(9).String(); s != "CELL?" {
		t.Error(s)
	}
	if s := symtable.TypeParametersBlock.String() + symtable.BlockType(9).String(); s != "type parameters?" {
		t.Error(s)
	}
	s := symtable.Symbol{Name: "x", Flags: symtable.DefLocal, Scope: symtable.Cell}
	if s.Raw() != 2|5<<12 || !strings.Contains(symtable.Dump(mustBuild(t)), "'top'") {
		t.Error(s.Raw())
	}
}

func mustBuild(t *testing.T) *symtable.SymbolTable {
	st, err := symtable.Build(&ast.Module{}, "x", nil)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestMangle(t *testing.T) {
	for _, c := range []struct{ private, name, want string }{
		{"C", "__x", "_C__x"}, {"_C", "__x", "_C__x"}, {"__C_", "__x", "_C___x"},
		{"___", "__x", "__x"}, {"", "__x", "__x"}, {"C", "__x__", "__x__"},
		{"C", "_x", "_x"}, {"C", "__a.b", "__a.b"}, {"C", "__", "__"}, {"C", "x", "x"},
		{"Cé", "__é", "_Cé__é"},
	} {
		if got := symtable.Mangle(c.private, c.name); got != c.want {
			t.Errorf("Mangle(%q, %q) = %q, want %q", c.private, c.name, got, c.want)
		}
	}
	// In a generic class's type parameters block only type parameters
	// are mangled; in the class itself, every private name.
	st, _ := build(t, caseByName(t, "generic_class_mangling"))
	tp := st.Top.Children[0]
	cls := tp.Children[len(tp.Children)-1]
	if tp.Type != symtable.TypeParametersBlock || cls.Type != symtable.ClassBlock {
		t.Fatalf("%s, %s", tp.Type, cls.Type)
	}
	for _, c := range []struct {
		tb         *symtable.Table
		name, want string
	}{{tp, "__T", "_Secret__T"}, {tp, "__Base", "__Base"}, {cls, "__Base", "_Secret__Base"}, {st.Top, "__T", "_Secret__T"}} {
		if got := c.tb.MaybeMangle("__Secret", c.name); got != c.want {
			t.Errorf("%s %q: MaybeMangle(%q) = %q, want %q", c.tb.Type, c.tb.Name, c.name, got, c.want)
		}
		if c.tb != st.Top && c.want != c.name && c.tb.Lookup(c.want) == nil && c.tb == tp {
			t.Errorf("%s has no %s", c.tb.Name, c.want)
		}
	}
}

// TestManyBlocks builds a module with more blocks than the table slabs'
// sizes can double to (a huge generated file once overflowed the shift).
func TestManyBlocks(t *testing.T) {
	mod := &ast.Module{}
	for i := range 10000 {
		pos := ast.Pos{Lineno: i + 1, EndLineno: i + 1, EndColOffset: 20}
		mod.Body = append(mod.Body, &ast.FunctionDef{Name: "f", Args: &ast.Arguments{}, Body: []ast.Stmt{&ast.Pass{Pos: pos}}, Pos: pos})
	}
	st, err := symtable.Build(mod, "many.py", nil)
	if err != nil {
		t.Fatal(err.Format())
	}
	if n := len(st.Top.Children); n != 10000 {
		t.Errorf("%d function blocks, want 10000", n)
	}
}
