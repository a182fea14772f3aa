package compiler

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/symtable"
)

// TestCodegenRaisesChecks runs the programs of testdata/checks.txt through
// the code generator, which does not run Check, and expects CPython's
// outcome (testdata/checks.golden): the generator makes compile.c's checks
// as it goes, in the same order. Programs it cannot compile yet would be
// skipped (none are).
func TestCodegenRaisesChecks(t *testing.T) {
	cases := readCheckBlocks(t, "testdata/checks.txt")
	want := map[string]string{}
	for _, g := range readCheckBlocks(t, "testdata/checks.golden") {
		want[g[0]] = strings.TrimSpace(g[1])
	}
	skipped := 0
	for _, c := range cases {
		name, src := c[0], c[1]
		mod, err := parser.Parse([]byte(src), parser.Options{Filename: "<test>"})
		if err == nil {
			var st *symtable.SymbolTable
			st, err = symtable.Build(mod, "<test>", nil)
			if err == nil {
				_, err = codegen(mod, st, &Options{Filename: "<test>"})
			}
		}
		if err != nil && err.Type == "SystemError" && strings.Contains(err.Msg, "yet") {
			skipped++
			continue
		}
		if got := checkOutcome(err); got != want[name] {
			t.Errorf("%s:\n%s\ngot:  %s\nwant: %s", name, src, got, want[name])
		}
	}
	t.Logf("%d of %d programs skipped (not compiled yet)", skipped, len(cases))
}

func checkOutcome(e *pyerr.Error) string {
	if e == nil {
		return "ok"
	}
	return fmt.Sprintf("%s: %s (%d:%d-%d:%d)", e.Type, e.Msg, e.Line, e.Offset, e.EndLine, e.EndOffset)
}

func readCheckBlocks(t *testing.T, path string) [][2]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out [][2]string
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if name, ok := strings.CutPrefix(line, "=== "); ok {
			out = append(out, [2]string{strings.TrimSpace(name), ""})
		} else if len(out) > 0 {
			out[len(out)-1][1] += line
		}
	}
	return out
}

// FuzzCodegenChecks compares the errors of the code generator alone with
// Check's: for any program the front end accepts, both raise the same
// first error (or none).
//
//	go test ./compiler -run '^$' -fuzz FuzzCodegenChecks -fuzztime 3m -fuzzminimizetime 2s
func FuzzCodegenChecks(f *testing.F) {
	for _, c := range readCheckBlocks(&testing.T{}, "testdata/checks.txt") {
		f.Add([]byte(c[1]))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := parser.Parse(src, parser.Options{Filename: "fuzz.py"})
		if err != nil {
			return
		}
		st, err := symtable.Build(mod, "fuzz.py", nil)
		if err != nil {
			return
		}
		want := Check(mod, st, &Options{Filename: "fuzz.py"})
		_, got := codegen(mod, st, &Options{Filename: "fuzz.py"})
		if checkOutcome(got) != checkOutcome(want) {
			t.Fatalf("%q:\ncodegen %s\nCheck   %s", src, checkOutcome(got), checkOutcome(want))
		}
	})
}
