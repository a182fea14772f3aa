// Package extgolden is the golden test every extension runs over its
// example programs (testdata/cases.txt, rendered by internal/support/
// extcases): generated parser, grammar interpreter and the folder loaded at
// run time must agree with the golden files and with each other.
package extgolden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"

	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/internal/support/extcases"
	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/pipeline"
)

// Check is an extension's golden test, run from its folder (a test's
// working directory): it runs testdata/cases.txt through the generated
// parser and compares the results with the golden files in testdata/, or
// rewrites them when update is set. Then it checks that the grammar
// interpreter, with the compiled-in fragments and with this folder loaded
// at run time (as --ext-dir loads it), gives the same results.
func Check(t *testing.T, ext string, update bool) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "cases.txt"))
	if err != nil {
		t.Fatal(err)
	}
	cases, err := extcases.ParseCases(string(data))
	if err != nil {
		t.Fatalf("testdata/cases.txt: %v", err)
	}
	exts, err := extensions.Resolve(ext)
	if err != nil {
		t.Fatal(err)
	}
	generated := extcases.Render(cases, &pipeline.Frontend{Extensions: exts}, pipeline.Python)
	if update {
		if err := extcases.Write("testdata", generated); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, name := range extcases.Files {
		want, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Errorf("%v (go test -update writes it)", err)
			continue
		}
		compare(t, "testdata/"+name, "generated parser", string(want), generated[name])
	}

	in, diags, err := pipeline.New(pipeline.Config{Extensions: exts, Interpret: true})
	if err != nil {
		t.Fatalf("interpreter: %v %v", err, diags.Errors())
	}
	interpreted := extcases.Render(cases, in, in.Without())

	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	lin, diags, err := pipeline.New(pipeline.Config{ExtDirs: []string{dir}})
	if err != nil {
		t.Fatalf("the folder loaded at run time: %v %v", err, diags.Errors())
	}
	loaded := extcases.Render(cases, lin, lin.Without())

	for _, name := range extcases.Files {
		compare(t, name, "grammar interpreter", generated[name], interpreted[name])
		compare(t, name, "folder loaded at run time (--ext-dir)", generated[name], loaded[name])
	}
	checkOracle(t, cases, exts)
}

// checkOracle compares the generated parser with testdata/oracle.golden,
// when the extension has one: CPython's trees of the cases respelled with
// operators it knows (scripts/ext-oracle.sh), or its errors, of which the
// message and the start are compared.
func checkOracle(t *testing.T, cases []extcases.Case, exts []*extensions.Extension) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "oracle.golden"))
	if os.IsNotExist(err) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	want, err := extcases.ParseCases(string(data))
	if err != nil {
		t.Fatalf("testdata/oracle.golden: %v", err)
	}
	if len(want) != len(cases) {
		t.Fatalf("testdata/oracle.golden has %d cases, cases.txt %d: run scripts/ext-oracle.sh", len(want), len(cases))
	}
	checked := 0
	for i, c := range cases {
		w := strings.TrimSuffix(want[i].Src, "\n")
		if want[i].Name != c.Name {
			t.Errorf("oracle.golden case %d is %q, cases.txt's is %q: run scripts/ext-oracle.sh", i, want[i].Name, c.Name)
			continue
		}
		if strings.HasPrefix(w, "(skipped") {
			continue
		}
		checked++
		tree, perr := extcases.Parse(&pipeline.Frontend{Extensions: exts}, c)
		var got string
		if perr != nil {
			got = fmt.Sprintf("error: %s at %d:%d", perr.Msg, perr.Line, perr.Offset)
		} else {
			got = ast.Dump(tree, ast.DumpOptions{Attributes: true})
		}
		if got != w {
			t.Errorf("case %q differs from CPython's respelled program:\n got %s\nwant %s", c.Name, got, w)
		}
	}
	t.Logf("%d of %d cases checked against CPython (testdata/oracle.golden)", checked, len(cases))
}

// compare reports a difference between want and got as a unified diff.
func compare(t *testing.T, file, engine, want, got string) {
	t.Helper()
	if d := textdiff.Unified(want, got, textdiff.Options{From: file, To: engine, Context: 3}); d != "" {
		t.Errorf("%s differs with the %s (go test -update rewrites the golden files from the generated parser):\n%s", file, engine, d)
	}
}
