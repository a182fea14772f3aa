package compiler_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/symtable"
)

// TestChecks runs the programs of testdata/checks.txt through the parser,
// the symbol table and Check, and compares the outcome with what CPython
// 3.13's compile() does (testdata/checks.golden, from
// scripts/compiler-golden.sh).
func TestChecks(t *testing.T) {
	cases := readBlocks(t, "testdata/checks.txt")
	golden := readBlocks(t, "testdata/checks.golden")
	want := map[string]string{}
	for _, g := range golden {
		want[g.name] = strings.TrimSpace(g.body)
	}
	if len(cases) < 100 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		w, ok := want[c.name]
		if !ok {
			t.Errorf("%s: no golden outcome (run scripts/compiler-golden.sh)", c.name)
			continue
		}
		if got := outcome(frontEnd(c.body)); got != w {
			t.Errorf("%s:\n%s\ngot:  %s\nwant: %s", c.name, c.body, got, w)
		}
	}
}

// frontEnd is compile() up to the compile-time checks.
func frontEnd(src string) *pyerr.Error {
	_, err := pipeline.Python.Compile(pipeline.Input{Name: "<test>", Data: []byte(src)}, pipeline.Options{Stop: pipeline.Checked})
	return err
}

func outcome(e *pyerr.Error) string {
	if e == nil {
		return "ok"
	}
	return fmt.Sprintf("%s: %s (%d:%d-%d:%d)", e.Type, e.Msg, e.Line, e.Offset, e.EndLine, e.EndOffset)
}

type block struct{ name, body string }

// readBlocks reads "=== NAME" blocks, the text before the first being a
// description.
func readBlocks(t testing.TB, path string) []block {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []block
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if name, ok := strings.CutPrefix(line, "=== "); ok {
			out = append(out, block{name: strings.TrimSpace(name)})
		} else if len(out) > 0 {
			out[len(out)-1].body += line
		}
	}
	return out
}

// TestErrorText checks the text of a compile-time error: the line of the
// file, when the source is the file's, and no text otherwise, with byte
// offsets (as compile.c reports them, unlike the parser).
func TestErrorText(t *testing.T) {
	src := []byte("x = 'é'; break\n")
	mod, perr := parser.Parse(src, parser.Options{Filename: "x.py"})
	if perr != nil {
		t.Fatal(perr)
	}
	st, perr := symtable.Build(mod, "x.py", nil)
	if perr != nil {
		t.Fatal(perr)
	}
	e := compiler.Check(mod, st, &compiler.Options{Filename: "x.py", Source: src})
	if e == nil || e.Text != "x = 'é'; break\n" || e.Offset != 11 || e.EndOffset != 16 || e.Filename != "x.py" {
		t.Fatalf("got %+v", e)
	}
	// The columns are bytes and traceback takes them for characters: the
	// carets start one column late, as `python3.13 x.py` prints them.
	want := "  File \"x.py\", line 1\n    x = 'é'; break\n              ^^^^\nSyntaxError: 'break' outside loop\n"
	if got := e.Format(); got != want {
		t.Errorf("Format:\n%s\nwant:\n%s", got, want)
	}
	e = compiler.Check(mod, st, &compiler.Options{Filename: "<string>"})
	if e == nil || e.Text != "" {
		t.Errorf("without the source: %+v", e)
	}
}
