package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/internal/testsupport/golden"
)

// extCase is one command line of the extension commands and flags; its
// output (stdout then stderr) is in testdata/ext/NAME.golden.
type extCase struct {
	name   string
	args   []string
	env    string // PEGLAB_EXT
	status int
}

const pipeDir = "testdata/ext/pipe"

var extCases = []extCase{
	{"list", []string{"ext", "list"}, "", 0},
	{"list_enabled", []string{"ext", "list", "--ext", "almosteq"}, "", 0},
	{"list_env", []string{"ext", "list"}, "arrow", 0},
	{"list_unknown", []string{"ext", "list", "--ext", "nope"}, "", 2},
	{"new_bad_name", []string{"ext", "new", "Bad-Name"}, "", 2},
	{"new_taken_name", []string{"ext", "new", "arrow"}, "", 2},
	{"new_taken_op", []string{"ext", "new", "zzcase", "--op", "->"}, "", 2},
	{"new_bad_op", []string{"ext", "new", "zzcase", "--op", "a+"}, "", 2},
	{"new_taken_class", []string{"ext", "new", "zzcase", "--class", "BinOp"}, "", 2},
	{"new_no_name", []string{"ext", "new"}, "", 2},
	{"ast", []string{"ast", "--ext", "almosteq,arrow", "-c", "a ~= b -> c"}, "", 0},
	{"ast_env", []string{"ast", "-c", "a ~= b"}, "almosteq", 0},
	{"ast_flag_over_env", []string{"ast", "--ext", "arrow", "-c", "a ~= b"}, "almosteq", 1},
	{"ast_unknown", []string{"ast", "--ext", "nope", "-c", "x"}, "", 2},
	{"ast_error", []string{"ast", "--ext", "arrow", "-c", "a -> -> b"}, "", 1},
	{"ast_interpreted", []string{"ast", "--grammar", "../../grammar/python.gram", "--ext", "arrow", "-c", "a | b -> c"}, "", 0},
	{"ast_ext_dir", []string{"ast", "--ext-dir", pipeDir, "-c", "x |> f |> g"}, "", 0},
	{"ast_ext_dir_with_ext", []string{"ast", "--ext-dir", pipeDir, "--ext", "almosteq", "-c", "x |> f ~= y"}, "", 0},
	{"ast_ext_dir_compiled", []string{"ast", "--ext-dir", "../../extensions/almosteq", "-c", "a ~= b"}, "", 0},
	{"ast_ext_dir_missing", []string{"ast", "--ext-dir", "testdata/ext/nope", "-c", "x"}, "", 2},
	{"ast_ext_dir_fields", []string{"ast", "--ext-dir", "testdata/ext/badpipe", "-c", "x"}, "", 2},
	{"ast_ext_dir_bad_grammar", []string{"ast", "--ext-dir", "testdata/ext/badgram", "-c", "x"}, "", 2},
	{"tokens_ext_dir", []string{"tokens", "-e", "--ext-dir", pipeDir, "-c", "x |> f"}, "", 0},
	{"tokens_arrow", []string{"tokens", "-e", "--ext", "arrow", "-c", "a -> b"}, "", 0},
	{"symtable", []string{"symtable", "--ext", "arrow", "-c", "def f(x):\n    return x -> y\n"}, "", 0},
	{"symtable_error", []string{"symtable", "--ext", "arrow", "-c", "a -> -> b"}, "", 1},
	{"symtable_ext_dir", []string{"symtable", "--ext-dir", pipeDir, "-c", "def f(x):\n    return x |> g\n"}, "", 0},
	{"symtable_oracle", []string{"symtable", "--ext", "arrow", "--oracle", "python3", "-c", "x"}, "", 2},
	{"diff", []string{"diff", "--ext", "almosteq", "-c", "a < b ~= c"}, "", 0},
	{"diff_attributes", []string{"diff", "--ext", "arrow", "--attributes", "-c", "a -> b"}, "", 0},
	{"diff_mode", []string{"diff", "--ext", "arrow", "--mode", "func_type", "-c", "(a) -> b -> c"}, "", 0},
	{"diff_tokens", []string{"diff", "--ext", "almosteq", "--stage", "tokens", "-c", "a ~= b"}, "", 0},
	{"diff_symtable", []string{"diff", "--ext", "arrow", "--stage", "symtable", "-c", "def f(x):\n    return x -> y\n"}, "", 0},
	{"diff_grammar", []string{"diff", "--ext", "almosteq,arrow", "--stage", "grammar"}, "", 0},
	{"diff_parser", []string{"diff", "--ext", "almosteq", "--stage", "parser"}, "", 0},
	{"diff_ext_dir", []string{"diff", "--ext-dir", pipeDir, "-c", "x |> f"}, "", 0},
	{"diff_ext_dir_grammar", []string{"diff", "--ext-dir", pipeDir, "--stage", "grammar", "-U", "1"}, "", 0},
	{"diff_color", []string{"diff", "--ext", "almosteq", "--color", "always", "-U", "0", "-c", "a ~= b"}, "", 0},
	{"diff_same", []string{"diff", "--ext", "arrow", "--stage", "tokens", "-c", "a -> b"}, "", 0},
	{"diff_env", []string{"diff", "-c", "a -> b"}, "arrow", 0},
	{"diff_no_ext", []string{"diff", "-c", "x"}, "", 2},
	{"diff_bad_stage", []string{"diff", "--ext", "arrow", "--stage", "bytecode", "-c", "x"}, "", 2},
	{"diff_grammar_source", []string{"diff", "--ext", "arrow", "--stage", "grammar", "-c", "x"}, "", 2},
	{"diff_bad_color", []string{"diff", "--ext", "arrow", "--color", "maybe", "-c", "x"}, "", 2},
	{"diff_no_source", []string{"diff", "--ext", "arrow"}, "", 2},
}

func TestExtensionCommands(t *testing.T) {
	for _, tc := range extCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("PEGLAB_EXT", tc.env)
			var stdout, stderr bytes.Buffer
			status := run(tc.args, strings.NewReader(""), &stdout, &stderr)
			if status != tc.status {
				t.Errorf("peglab %s: exit status %d, want %d\nstderr: %s", strings.Join(tc.args, " "), status, tc.status, stderr.String())
			}
			env := ""
			if tc.env != "" {
				env = "PEGLAB_EXT=" + tc.env + " "
			}
			got := fmt.Sprintf("$ %speglab %q\n--- stdout\n%s--- stderr\n%s", env, tc.args, stdout.String(), stderr.String())
			golden.Check(t, filepath.Join("testdata", "ext", tc.name+".golden"), []byte(got), *update)
		})
	}
}

// TestExtNew writes a scaffold into a bare folder: every file it lists
// exists, and its golden AST shows the new operator.
func TestExtNew(t *testing.T) {
	t.Setenv("PEGLAB_EXT", "")
	root := t.TempDir()
	var stdout, stderr bytes.Buffer
	if status := run([]string{"ext", "new", "zap", "--root", root, "--op", "<=>"}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	dir := filepath.Join(root, "extensions", "zap")
	lines := strings.Split(stdout.String(), "\n")
	if !strings.HasPrefix(lines[0], "created "+dir+": the operator <=> (token ZAP, operator Zap)") {
		t.Errorf("first line: %q", lines[0])
	}
	n := 0
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "  peglab") || strings.HasPrefix(l, "  go ") {
			continue
		}
		n++
		if _, err := os.Stat(filepath.Join(dir, strings.TrimSpace(l))); err != nil {
			t.Errorf("listed file: %v", err)
		}
	}
	if n != 16 {
		t.Errorf("%d files listed:\n%s", n, stdout.String())
	}
	golden, err := os.ReadFile(filepath.Join(dir, "testdata", "ast.golden"))
	if err != nil || !strings.Contains(string(golden), "op=Zap()") {
		t.Errorf("ast.golden: %v\n%s", err, golden)
	}
	// A second scaffold of the same name is refused.
	stderr.Reset()
	if status := run([]string{"ext", "new", "zap", "--root", root}, nil, &stdout, &stderr); status != 2 || !strings.Contains(stderr.String(), "already exists") {
		t.Errorf("second scaffold: status %d, %s", status, stderr.String())
	}
}

// TestGenWithExtensions: peglab gen with every extension folder merged
// writes the parser go generate writes (parser/parser_gen.go), but for the
// grammar's name in its header.
func TestGenWithExtensions(t *testing.T) {
	args := []string{"gen", "../../grammar/python.gram", "--helpers", "../../parser", "--package", "parser"}
	dirs, err := filepath.Glob("../../extensions/*/ext.gram")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no extension folders: %v", err)
	}
	for _, d := range dirs {
		args = append(args, "--ext-dir", filepath.Dir(d))
	}
	out := filepath.Join(t.TempDir(), "parser_gen.go")
	var stdout, stderr bytes.Buffer
	if status := run(append(args, "-o", out), nil, &stdout, &stderr); status != 0 {
		t.Fatalf("gen: status %d\n%s", status, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../parser/parser_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if s := strings.ReplaceAll(string(got), "from python.gram", "from grammar/python.gram"); s != string(want) {
		t.Errorf("peglab gen --ext-dir ... differs from parser/parser_gen.go")
	}
}

// shipped are the extensions this repository ships; the tests see only
// them, whatever else is compiled in (see registry_test.go).
var shipped = []string{"almosteq", "arrow"}

// TestMain runs the tests without the caller's PEGLAB_EXT, which would
// turn extensions on in every command (the cases that want it set it),
// and with the registry restricted to the shipped extensions, so that an
// extension a user compiles in changes no golden.
func TestMain(m *testing.M) {
	if os.Getenv(asCLI) != "" { // limits_test.go: the binary is peglab
		main()
	}
	os.Unsetenv("PEGLAB_EXT")
	extensions.Restrict(shipped...)
	os.Exit(m.Run())
}
