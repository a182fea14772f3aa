package extload

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen/gram"
)

// folder writes an extension folder named name with the given files.
func folder(t testing.TB, name string, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for f, text := range files {
		if err := os.WriteFile(filepath.Join(dir, f), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func python(t testing.TB) *gram.Grammar {
	t.Helper()
	g, err := parser.Grammar()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// dump parses src with the interpreter and returns the AST dump or the
// error.
func dump(t *testing.T, s *Set, src string, exts ...string) string {
	t.Helper()
	in, diags, err := Interpreter(python(t), s)
	if err != nil {
		t.Fatalf("interpreter: %v %v", err, diags.Errors())
	}
	tree, perr := parser.ParseInterpreted(in, []byte(src), parser.Options{Filename: "<string>", Extensions: exts, Operators: s.Operators})
	if perr != nil {
		return perr.Format()
	}
	return ast.Dump(tree, ast.DumpOptions{})
}

var pipe = map[string]string{
	"Tokens":   "PIPE '|>'\n",
	"ext.asdl": "operator |= Pipe\n",
	"ext.gram": "bitwise_or (prepend): a=bitwise_or '|>' b=bitwise_xor { BinOp(a, Pipe(), b, EXTRA) }\n",
}

// TestNewOperator: a folder that was never compiled in adds a token, an
// operator constructor and a grammar alternative.
func TestNewOperator(t *testing.T) {
	s, err := Load(folder(t, "pipe", pipe))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Operators) != 1 || s.Operators[0].Kind != parser.NumTokens || s.Operators[0].Name != "PIPE" {
		t.Errorf("operators: %+v", s.Operators)
	}
	if strings.Join(s.Added, ",") != "operator Pipe" {
		t.Errorf("added: %v", s.Added)
	}
	want := "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Pipe(), right=Name(id='b', ctx=Load())), op=Pipe(), right=Name(id='c', ctx=Load())))])"
	if got := dump(t, s, "a |> b |> c", "pipe"); got != want {
		t.Errorf("with pipe:\n got %s\nwant %s", got, want)
	}
	// Loaded but not enabled: the grammar's alternative is off, though the
	// tokenizer knows the operator.
	if got := dump(t, s, "a |> b"); !strings.Contains(got, "SyntaxError: invalid syntax") {
		t.Errorf("without enabling pipe: %s", got)
	}
	// Loading again (as a second command would) gives the same constructor.
	s2, err := Load(folder(t, "pipe", pipe))
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(t, s2, "a |> b", "pipe"); !strings.Contains(got, "op=Pipe()") {
		t.Errorf("loaded twice: %s", got)
	}
}

// TestCompiledFolder: loading the folder of a compiled-in extension gives
// the same results as the compiled-in extension.
func TestCompiledFolder(t *testing.T) {
	s, err := Load("../../../extensions/almosteq")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Operators) != 1 || s.Operators[0].Kind != parser.ALMOSTEQUAL || len(s.Added) != 0 {
		t.Errorf("operators %+v, added %v", s.Operators, s.Added)
	}
	src := "a < b ~= c"
	compiled, perr := parser.Parse([]byte(src), parser.Options{Extensions: []string{"almosteq"}})
	if perr != nil {
		t.Fatal(perr.Format())
	}
	if got, want := dump(t, s, src, "almosteq"), ast.Dump(compiled, ast.DumpOptions{}); got != want {
		t.Errorf("loaded folder:\n got %s\nwant %s", got, want)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"empty", map[string]string{"README.md": "x"}, "not an extension folder"},
		{"token without text", map[string]string{"Tokens": "ARROWS\n"}, "Tokens: token ARROWS has no operator text"},
		{"letters", map[string]string{"Tokens": "AND2 'and'\n"}, "letters, digits and _"},
		{"comment", map[string]string{"Tokens": "HASH '#!'\n"}, "starts a comment"},
		{"long", map[string]string{"Tokens": "LONG '<==>'\n"}, "one to three characters"},
		{"taken operator", map[string]string{"Tokens": "PLUS2 '+'\n"}, "operator '+' is already token PLUS"},
		{"taken name", map[string]string{"Tokens": "PLUS '++'\n"}, "token PLUS is already defined"},
		{"node with fields", map[string]string{"ext.asdl": "expr |= Pipe(expr left, expr right)\n"}, "constructor Pipe has fields: node classes need Go code"},
		{"new type", map[string]string{"ext.asdl": "color = Red | Green\n"}, "type color: new types need Go code"},
		{"clash", map[string]string{"ext.asdl": "cmpop |= Add\n"}, "constructor Add already exists"},
		{"bad grammar", map[string]string{"ext.gram": "rule: (\n"}, "ext.gram:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(folder(t, "bad", c.files))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// TestInterpreterErrors: a fragment that does not fit the grammar is
// reported by the merge, with its file.
func TestInterpreterErrors(t *testing.T) {
	for _, c := range []struct {
		gram, want string
	}{
		{"nosuch (append): NAME\n", "extends rule nosuch, which does not exist"},
		{"atom (append): '|>' { Nope() }\n", "Nope"},
	} {
		s, err := Load(folder(t, "bad", map[string]string{"Tokens": "PIPE '|>'\n", "ext.gram": c.gram}))
		if err != nil {
			t.Fatal(err)
		}
		_, diags, err := Interpreter(python(t), s)
		if err == nil || !strings.Contains(diags.Errors().Error(), c.want) || !strings.Contains(diags.Errors().Error(), "ext.gram") {
			t.Errorf("%s: %v %v, want an error containing %q", c.gram, err, diags, c.want)
		}
	}
}
