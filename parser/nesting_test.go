package parser

import (
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/pyerr"
)

// TestDeepNesting checks that deeply nested source gives CPython's error,
// at CPython's threshold, and never overflows the Go stack. The thresholds
// are CPython 3.13's (found by bisection with the oracle): the parser's
// MemoryError comes from its limit of 6000 nested rule calls, so the
// deepest accepted nesting depends on the grammar's chain of rules, which
// this grammar reproduces.
func TestDeepNesting(t *testing.T) {
	rep := strings.Repeat
	join := func(n int, sep string) string { return strings.Join(strings.Split(rep("x", n), ""), sep) }
	tests := []struct {
		name string
		src  string
		err  string // "" when CPython parses it
	}{
		{"minus ok", rep("-", 5969) + "x", ""},
		{"minus overflow", rep("-", 5970) + "x", "MemoryError: Parser stack overflowed - Python source too complex to parse\n"},
		{"not ok", rep("not ", 5969) + "x", ""},
		{"not overflow", rep("not ", 5970) + "x", "MemoryError: Parser stack overflowed - Python source too complex to parse\n"},
		{"invert overflow", rep("~", 10000) + "x", "MemoryError: Parser stack overflowed - Python source too complex to parse\n"},
		{"lambda ok", rep("lambda: ", 2984) + "x", ""},
		{"lambda overflow", rep("lambda: ", 2985) + "x", "MemoryError: Parser stack overflowed - Python source too complex to parse\n"},
		{"power ok", join(2985, "**"), ""},
		{"power overflow", join(2986, "**"), "MemoryError: Parser stack overflowed - Python source too complex to parse\n"},
		{"parentheses ok", rep("(", 199) + "x" + rep(")", 199), ""},
		{"parentheses too many", rep("(", 201) + "x" + rep(")", 201),
			"  File \"deep.py\", line 1\n    " + rep("(", 201) + "x" + rep(")", 201) + "\n    " + rep(" ", 200) + "^\nSyntaxError: too many nested parentheses\n"},
		{"f-strings", rep(`f"{`, 100) + "x" + rep(`}"`, 100), ""},
		// Left recursion grows iteratively, so these nest without bound.
		// (CPython parses them too, then its conversion of the tree to
		// Python objects stops at 10000 levels with a RecursionError.)
		{"subscripts", "x" + rep("[0]", 50000), ""},
		{"attributes", "x" + rep(".a", 50000), ""},
		{"additions", join(50000, "+"), ""},
		{"calls", "f" + rep("()", 50000), ""},
	}
	in, err := DefaultInterpreter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		for _, engine := range []string{"generated", "interpreted"} {
			t.Run(tt.name+"/"+engine, func(t *testing.T) {
				opts := Options{Filename: "deep.py"}
				var mod ast.Mod
				var perr *pyerr.Error
				if engine == "generated" {
					mod, perr = Parse([]byte(tt.src), opts)
				} else {
					mod, perr = ParseInterpreted(in, []byte(tt.src), opts)
				}
				switch {
				case perr != nil && perr.Format() != tt.err:
					t.Fatalf("error:\n%s\nwant:\n%s", perr.Format(), tt.err)
				case perr == nil && tt.err != "":
					t.Fatalf("parsed; CPython says %s", tt.err)
				case mod != nil:
					ast.Dump(mod, ast.DumpOptions{}) // deep trees print without overflowing
				}
			})
		}
	}
}
