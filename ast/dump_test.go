package ast_test

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/internal/testsupport/golden"
)

// dumpCase is one line of testdata/dump-cases.jsonl (scripts/ast-golden.sh).
type dumpCase struct {
	Name   string            `json:"name"`
	Mode   string            `json:"mode"`
	Source string            `json:"source"`
	Tree   json.RawMessage   `json:"tree"`
	Dumps  map[string]string `json:"dumps"`
}

func loadDumpCases(t testing.TB) []dumpCase {
	return golden.ReadJSONL[dumpCase](t, "testdata/dump-cases.jsonl")
}

// TestDumpGolden compares Dump with CPython's ast.dump on the committed
// cases, under every recorded option set.
func TestDumpGolden(t *testing.T) {
	cases := loadDumpCases(t)
	if len(cases) < 150 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	for _, c := range cases {
		n, err := astjson.Decode(c.Tree)
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		if len(c.Dumps) < 5 {
			t.Errorf("%s: only %d dumps recorded", c.Name, len(c.Dumps))
		}
		for spec, want := range c.Dumps {
			opts, err := astjson.DumpOptions(spec)
			if err != nil {
				t.Fatal(err)
			}
			if got := ast.Dump(n, opts); got != want {
				t.Errorf("%s, dump %q: %s", c.Name, spec, textdiff.FirstLine(got, want, 3))
			}
		}
	}
}

// TestGoldenCoverage checks that the golden cases use every class of the
// 3.13 AST, so that each has been compared with CPython.
func TestGoldenCoverage(t *testing.T) {
	seen := map[string]bool{}
	var collect func(v any)
	collect = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["_type"].(string); ok {
				seen[s] = true
			}
			for _, x := range v {
				collect(x)
			}
		case []any:
			for _, x := range v {
				collect(x)
			}
		}
	}
	for _, c := range loadDumpCases(t) {
		var v any
		if err := json.Unmarshal(c.Tree, &v); err != nil {
			t.Fatal(err)
		}
		collect(v)
	}
	var missing []string
	for _, c := range ast.Classes() {
		if c.Ext == "" && !seen[c.Name] {
			missing = append(missing, c.Name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("no golden case uses %v", missing)
	}
}

func pos(l, c, el, ec int) ast.Pos {
	return ast.Pos{Lineno: l, ColOffset: c, EndLineno: el, EndColOffset: ec}
}

// TestDumpBuilt covers trees the parser does not make and options the
// oracle's command line does not offer (a tab indent). The expected texts
// were produced by CPython 3.13's ast.dump on the same trees.
func TestDumpBuilt(t *testing.T) {
	name := &ast.Name{Pos: pos(1, 0, 1, 1), Id: "x", Ctx: ast.Load}
	tests := []struct {
		name string
		n    ast.Node
		opts ast.DumpOptions
		want string
	}{
		{"empty module", &ast.Module{}, ast.DumpOptions{}, "Module()"},
		{"empty module indented", &ast.Module{}, ast.DumpOptions{Indented: true, Indent: "  "}, "Module()"},
		{"constant none", &ast.Constant{Value: ast.None}, ast.DumpOptions{}, "Constant(value=None)"},
		{"constant nil", &ast.Constant{}, ast.DumpOptions{}, "Constant(value=None)"},
		{"singleton none", &ast.MatchSingleton{Value: ast.None}, ast.DumpOptions{}, "MatchSingleton(value=None)"},
		{"tab indent", &ast.ExprStmt{Value: name}, ast.DumpOptions{Indented: true, Indent: "\t"},
			"Expr(\n\tvalue=Name(id='x', ctx=Load()))"},
		{"tab indent attrs", &ast.ExprStmt{Value: name}, ast.DumpOptions{Indented: true, Indent: "\t", Attributes: true},
			"Expr(\n\tvalue=Name(\n\t\tid='x',\n\t\tctx=Load(),\n\t\tlineno=1,\n\t\tcol_offset=0,\n\t\tend_lineno=1,\n\t\tend_col_offset=1),\n\tlineno=0,\n\tcol_offset=0,\n\tend_lineno=0,\n\tend_col_offset=0)"},
		{"none in list", &ast.Dict{Keys: []ast.Expr{nil}, Values: []ast.Expr{name}}, ast.DumpOptions{},
			"Dict(keys=[None], values=[Name(id='x', ctx=Load())])"},
		{"none in list indented", &ast.Dict{Keys: []ast.Expr{nil}, Values: []ast.Expr{name}}, ast.DumpOptions{Indented: true},
			"Dict(\nkeys=[\nNone],\nvalues=[\nName(id='x', ctx=Load())])"},
		{"empty list omitted", &ast.Arguments{Args: []*ast.Arg{}}, ast.DumpOptions{Indented: true, Indent: " "}, "arguments()"},
		{"import from level 0", &ast.ImportFrom{Module: "m", Names: []*ast.Alias{{Name: "a"}}}, ast.DumpOptions{},
			"ImportFrom(module='m', names=[alias(name='a')], level=0)"},
		{"required empty identifier", &ast.Name{Ctx: ast.Store}, ast.DumpOptions{}, "Name(id='', ctx=Store())"},
		{"global names", &ast.Global{Names: []string{"a", "b"}}, ast.DumpOptions{Indented: true, Indent: "  "},
			"Global(\n  names=[\n    'a',\n    'b'])"},
		{"compare ops", &ast.Compare{Left: name, Ops: []ast.Cmpop{ast.Lt, ast.NotIn}, Comparators: []ast.Expr{name, name}}, ast.DumpOptions{},
			"Compare(left=Name(id='x', ctx=Load()), ops=[Lt(), NotIn()], comparators=[Name(id='x', ctx=Load()), Name(id='x', ctx=Load())])"},
		{"three simple fields", &ast.Attribute{Value: &ast.Slice{}, Attr: "a", Ctx: ast.Load}, ast.DumpOptions{Indented: true, Indent: "  "},
			"Attribute(value=Slice(), attr='a', ctx=Load())"},
		{"four simple fields", &ast.AnnAssign{Target: &ast.Slice{}, Annotation: &ast.Slice{}, Value: &ast.Slice{}, Simple: 1}, ast.DumpOptions{Indented: true, Indent: "  "},
			"AnnAssign(\n  target=Slice(),\n  annotation=Slice(),\n  value=Slice(),\n  simple=1)"},
		{"invalid enum", &ast.BinOp{Left: name, Right: name}, ast.DumpOptions{},
			"BinOp(left=Name(id='x', ctx=Load()), right=Name(id='x', ctx=Load()))"},
	}
	for _, tt := range tests {
		if got := ast.Dump(tt.n, tt.opts); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
