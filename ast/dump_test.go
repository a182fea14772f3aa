package ast_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
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
	t.Helper()
	f, err := os.Open("testdata/dump-cases.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []dumpCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var c dumpCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// firstDiff describes where got and want part: the line number and both
// lines.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl || i >= len(g) || i >= len(w) {
			j := 0
			for j < len(gl) && j < len(wl) && gl[j] == wl[j] {
				j++
			}
			lo := max(j-60, 0)
			return fmt.Sprintf("line %d, column %d:\n got: %s\nwant: %s", i+1, j+1, gl[lo:min(len(gl), j+80)], wl[lo:min(len(wl), j+80)])
		}
	}
	return "no difference"
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
				t.Errorf("%s, dump %q: %s", c.Name, spec, firstDiff(got, want))
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
