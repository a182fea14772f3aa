package symtable_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/symtable"
)

// deepTrees builds the programs of scripts/symtable_golden.py's DEEP, as
// CPython parses them, nested n deep.
var deepTrees = map[string]func(n int) ast.Expr{
	"binop": func(n int) ast.Expr { // a+a+...+a, n terms
		var e ast.Expr = &ast.Name{Pos: at, Id: "a", Ctx: ast.Load}
		for range n - 1 {
			e = &ast.BinOp{Pos: at, Left: e, Op: ast.Add, Right: &ast.Name{Pos: at, Id: "a", Ctx: ast.Load}}
		}
		return e
	},
	"attribute": func(n int) ast.Expr { // a.b.b...b, n names
		var e ast.Expr = &ast.Name{Pos: at, Id: "a", Ctx: ast.Load}
		for range n - 1 {
			e = &ast.Attribute{Pos: at, Value: e, Attr: "b", Ctx: ast.Load}
		}
		return e
	},
}

// TestRecursionLimit checks that the pass gives up exactly where CPython
// does (testdata/recursion.json, from the oracle) with the same error.
func TestRecursionLimit(t *testing.T) {
	data, err := os.ReadFile("testdata/recursion.json")
	if err != nil {
		t.Fatal(err)
	}
	var limits map[string]struct {
		MaxOK  int    `json:"max_ok"`
		Err    string `json:"err"`
		Status int    `json:"status"`
	}
	if err := json.Unmarshal(data, &limits); err != nil {
		t.Fatal(err)
	}
	if len(limits) != len(deepTrees) {
		t.Fatalf("recursion.json has %d programs, the test knows %d", len(limits), len(deepTrees))
	}
	for name, want := range limits {
		gen := deepTrees[name]
		if gen == nil {
			t.Fatalf("no tree for %s", name)
		}
		mod := func(n int) ast.Mod {
			return &ast.Module{Body: []ast.Stmt{&ast.Assign{Pos: at,
				Targets: []ast.Expr{&ast.Name{Pos: at, Id: "x", Ctx: ast.Store}}, Value: gen(n)}}}
		}
		if _, err := symtable.Build(mod(want.MaxOK), "deep.py", nil); err != nil {
			t.Errorf("%s, %d deep: %s", name, want.MaxOK, err.Format())
		}
		_, err := symtable.Build(mod(want.MaxOK+1), "deep.py", nil)
		if err == nil {
			t.Errorf("%s, %d deep: no error", name, want.MaxOK+1)
		} else if err.Format() != want.Err {
			t.Errorf("%s, %d deep: %q, want %q", name, want.MaxOK+1, err.Format(), want.Err)
		}
	}
}
