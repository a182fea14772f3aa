package astgen

import (
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/grammar"
	"github.com/peglab/peglab/internal/build/asdl"
	"github.com/peglab/peglab/internal/testsupport/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/mini")

func load(t *testing.T, base string, frags ...string) *asdl.Module {
	t.Helper()
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	m, err := asdl.Parse(base, string(data))
	if err != nil {
		t.Fatal(err)
	}
	var fs []*asdl.Fragment
	for _, name := range frags {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := asdl.ParseFragment(name, strings.TrimSuffix(filepath.Base(name), ".asdl"), string(data))
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, f)
	}
	m, err = asdl.Merge(m, fs)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestGolden generates code for a small module with an extension and
// compares it with testdata/mini/*.golden (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, err := Generate(load(t, "testdata/mini.asdl", "testdata/arrow.asdl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		golden.Check(t, filepath.Join("testdata", "mini", filepath.Base(f.Path)+".golden"), f.Data, *update)
	}
}

func TestNames(t *testing.T) {
	m := load(t, "testdata/mini.asdl", "testdata/arrow.asdl")
	n, err := newNames(m)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for ty, name := range n.typ {
		got["type "+ty.Name] = name
	}
	for c, name := range n.ctor {
		got[c.Name] = name
	}
	for k, want := range map[string]string{
		"type mod": "Mod", "type stmt": "Stmt", "type excepthandler": "ExceptHandlerNode",
		"type withitem": "Withitem", "type flag": "Flag", "Expr": "ExprStmt", "Mod": "ModOperator",
		"Add": "Add", "Arrow": "Arrow", "Pipe": "Pipe", "ExceptHandler": "ExceptHandler",
	} {
		if got[k] != want {
			t.Errorf("%s: Go name %q, want %q", k, got[k], want)
		}
	}
	for field, want := range map[string]string{"type": "type_", "func": "func_", "kw_defaults": "kwDefaults", "len": "len_", "span": "span_"} {
		if p := paramName(field); p != want {
			t.Errorf("paramName(%s) = %s, want %s", field, p, want)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct{ src, err string }{
		{"module M { expr = A attributes (int lineno) }", "m.asdl:1:12: attributes of expr must be (int lineno, int col_offset, int end_lineno, int end_col_offset), each optionally ?: they map to ast.Pos"},
		{"module M { node = A }", "m.asdl:1:12: type node wants the Go name Node, which package ast declares by hand"},
		{"module M { x = Node }", ""},
		{"module M { x = A(int pos) }", "m.asdl:1:18: field pos of A would be named Pos, which every node uses"},
		{"module M { x = A(int lineno) y = B(int a) attributes (int lineno, int col_offset, int end_lineno, int end_col_offset) }", ""},
		{"module M { x = A(int col_offset) attributes (int lineno, int col_offset, int end_lineno, int end_col_offset) }", "m.asdl:1:18: field col_offset has the name of an attribute of x"},
		{"module M { x = A(int a_b, int a__b) }", "m.asdl:1:27: two fields of A have the Go name AB"},
		{"module M { x = A(int class_) }", "m.asdl:1:18: field class_ of A would be named Class, which every node uses"},
		{"module M { x = A(int end_lineno) attributes (int lineno, int col_offset, int end_lineno, int end_col_offset) }", "m.asdl:1:18: field end_lineno has the name of an attribute of x"},
		{"module M { x = A y = X }", ""},
		{"module M { x_y = A xY = B }", "m.asdl:1:20: type x_y and type xY both want the Go name XY"},
	}
	for _, tt := range tests {
		m, err := asdl.Parse("m.asdl", tt.src)
		if err == nil {
			_, err = Generate(m)
		}
		got := ""
		if err != nil {
			got = err.Error()
		}
		if tt.err == "" && got != "" || !strings.HasPrefix(got, tt.err) {
			t.Errorf("%s:\n got %s\nwant %s", tt.src, got, tt.err)
		}
	}
}

// TestExtensionBuilds generates package ast and the parser helpers for
// Python 3.13 plus an extension and builds them with go build -overlay, so
// the generator's output for extended grammars is known to compile with
// the hand-written half of package ast.
func TestExtensionBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	base, err := asdl.Parse("grammar/Python.asdl", grammar.ASDL)
	if err != nil {
		t.Fatal(err)
	}
	frag, err := asdl.ParseFragment("extensions/demo/ext.asdl", "demo",
		"cmpop |= AlmostEq\noperator |= Arrow\nexpr |= Pipe(expr left, expr* stages, identifier? label)\nmark = Marked(expr value, int level) attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)\n")
	if err != nil {
		t.Fatal(err)
	}
	m, err := asdl.Merge(base, []*asdl.Fragment{frag})
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate(m)
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("../../../..")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	overlay := map[string]map[string]string{"Replace": {}}
	for _, f := range files {
		p := filepath.Join(tmp, filepath.Base(f.Path))
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		overlay["Replace"][filepath.Join(root, filepath.FromSlash(f.Path))] = p
	}
	// A use of the extension's names, so that they are known to exist.
	use := filepath.Join(tmp, "use_test_gen.go")
	os.WriteFile(use, []byte("package parser\n\nimport \"github.com/peglab/peglab/ast\"\n\nvar _ = []any{AlmostEq(), Arrow(), Pipe, Marked, ast.AlmostEq, ast.Arrow, (*ast.Pipe)(nil), (*ast.Marked)(nil)}\n"), 0o644)
	overlay["Replace"][filepath.Join(root, "parser", "use_test_gen.go")] = use
	data, _ := json.Marshal(overlay)
	ov := filepath.Join(tmp, "overlay.json")
	if err := os.WriteFile(ov, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "-overlay", ov, "./ast/...", "./parser")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build with the extension: %v\n%s", err, out)
	}
}
