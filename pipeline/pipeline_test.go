package pipeline_test

import (
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/extensions"
	_ "github.com/peglab/peglab/extensions/all" // the compiled-in extensions
	"github.com/peglab/peglab/grammar"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pipeline"
)

// TestCompileStages runs one program to each stage and checks what each
// stage adds.
func TestCompileStages(t *testing.T) {
	in := pipeline.Input{Name: "<string>", Data: []byte("def f(x):\n    return x\n")}
	for _, stop := range []pipeline.Stage{pipeline.AST, pipeline.Symtable, pipeline.Checked} {
		r, err := pipeline.Python.Compile(in, pipeline.Options{Stop: stop})
		if err != nil {
			t.Fatal(err)
		}
		if r.AST == nil || (r.Symtable != nil) != (stop >= pipeline.Symtable) {
			t.Errorf("stop %d: got %+v", stop, r)
		}
	}
	// An error of each stage comes back as that stage raises it.
	for src, want := range map[string]string{
		"x = (":                      "'(' was never closed",
		"def f():\n    nonlocal x\n": "no binding for nonlocal 'x' found",
		"break":                      "'break' outside loop",
	} {
		_, err := pipeline.Python.Compile(pipeline.Input{Name: "<string>", Data: []byte(src)}, pipeline.Options{Stop: pipeline.Checked})
		if err == nil || err.Msg != want {
			t.Errorf("%q: got %v, want %q", src, err, want)
		}
	}
}

// TestDisabledExtensionsDoNotConstrainGrammar is issue 21, point 2: an
// edited grammar that renames a rule a compiled-in extension extends is
// fine as long as that extension is off.
func TestDisabledExtensionsDoNotConstrainGrammar(t *testing.T) {
	edited, err := pegen.ParseGrammar("edited.gram", []byte(strings.ReplaceAll(grammar.Python, "bitwise_or", "bitwise_or_x")))
	if err != nil {
		t.Fatal(err)
	}
	fe, diags, err := pipeline.New(pipeline.Config{Grammar: edited})
	if err != nil {
		t.Fatalf("no extension enabled: %v %v", err, diags.Errors())
	}
	tree, perr := fe.Parse(pipeline.Input{Name: "<string>", Data: []byte("a | b\n")}, parser.ModeExec)
	if perr != nil {
		t.Fatal(perr)
	}
	if got := ast.Dump(tree, ast.DumpOptions{}); !strings.Contains(got, "BitOr()") {
		t.Errorf("got %s", got)
	}
	arrow, err := extensions.Resolve("arrow")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := pipeline.New(pipeline.Config{Grammar: edited, Extensions: arrow}); err == nil || !strings.Contains(err.Error(), "bitwise_or") {
		t.Errorf("arrow enabled: got %v, want the missing rule named", err)
	}
}
