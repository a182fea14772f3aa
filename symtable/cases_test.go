package symtable_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/symtable"
)

var update = flag.Bool("update", false, "rewrite testdata/cases.golden with the current output")

// goldenCase is one line of testdata/cases.jsonl, written by
// scripts/symtable-golden.sh from CPython 3.13.
type goldenCase struct {
	Name    string          `json:"name"`
	Src     string          `json:"src"`
	File    string          `json:"file"` // the source is this file of testdata, as bytes
	Tree    json.RawMessage `json:"tree"`
	Out     string          `json:"out"`
	Err     string          `json:"err"`
	Status  int             `json:"status"`
	Derived []derivedTable  `json:"derived"`
	Error   *struct {
		Type      string  `json:"type"`
		Msg       string  `json:"msg"`
		Lineno    int     `json:"lineno"`
		Offset    int     `json:"offset"`
		EndLineno int     `json:"end_lineno"`
		EndOffset *int    `json:"end_offset"`
		Text      *string `json:"text"`
	} `json:"error"`
}

// derivedTable is what Python's symtable module derives for one table.
type derivedTable struct {
	Type        string              `json:"type"`
	Name        string              `json:"name"`
	Optimized   bool                `json:"optimized"`
	Nested      bool                `json:"nested"`
	HasChildren bool                `json:"has_children"`
	Symbols     map[string][]string `json:"symbols"`
	Parameters  []string            `json:"parameters"`
	Locals      []string            `json:"locals"`
	Globals     []string            `json:"globals"`
	Nonlocals   []string            `json:"nonlocals"`
	Frees       []string            `json:"frees"`
	Methods     []string            `json:"methods"`
}

func readCases(t testing.TB) []goldenCase {
	return golden.ReadJSONL[goldenCase](t, "testdata/cases.jsonl")
}

// build runs the pass over a case's tree as `peglab symtable NAME.py`
// would, with the file's text at hand for error lines.
func build(t testing.TB, c *goldenCase) (*symtable.SymbolTable, *pyerr.Error) {
	n, err := astjson.Decode(c.Tree)
	if err != nil {
		t.Fatalf("%s: %v", c.Name, err)
	}
	src := []byte(c.Src)
	if c.File != "" {
		if src, err = os.ReadFile("testdata/" + c.File); err != nil {
			t.Fatal(err)
		}
	}
	return symtable.Build(n.(ast.Mod), c.Name+".py", &symtable.Options{Source: src})
}

// TestCases compares every golden program's dump, or error, with what
// CPython 3.13's symtable module gives, including each error's location
// and text.
func TestCases(t *testing.T) {
	cases := readCases(t)
	if len(cases) < 80 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	var dump bytes.Buffer
	for i := range cases {
		c := &cases[i]
		st, serr := build(t, c)
		var out, errText string
		status := 0
		if serr != nil {
			errText, status = serr.Format(), 1
		} else {
			out = symtable.Dump(st)
		}
		dump.WriteString("#### " + c.Name + "\n" + out + errText)
		if status != c.Status || out != c.Out || errText != c.Err {
			t.Errorf("%s:\ngot status %d\n%s%s\nwant status %d\n%s%s", c.Name, status, out, errText, c.Status, c.Out, c.Err)
			continue
		}
		if c.Error == nil {
			continue
		}
		want := c.Error
		endOffset := 0
		if want.EndOffset != nil {
			endOffset = *want.EndOffset
		}
		text := ""
		if want.Text != nil {
			text = *want.Text
		}
		if string(serr.Type) != want.Type || serr.Msg != want.Msg || serr.Line != want.Lineno || serr.Offset != want.Offset ||
			serr.EndLine != want.EndLineno || serr.EndOffset != endOffset || serr.Text != text {
			t.Errorf("%s: error fields %+v, want %+v (end_offset %d, text %q)", c.Name, *serr, *want, endOffset, text)
		}
	}
	golden.Check(t, "testdata/cases.golden", dump.Bytes(), *update)
}

// TestCasesCover checks that the golden programs reach every error
// message the pass can raise, so that none goes untested.
func TestCasesCover(t *testing.T) {
	var all strings.Builder
	for _, c := range readCases(t) {
		all.WriteString(c.Err)
	}
	for _, msg := range []string{
		"is parameter and global", "is parameter and nonlocal",
		"is assigned to before global declaration", "is assigned to before nonlocal declaration",
		"is used prior to global declaration", "is used prior to nonlocal declaration",
		"can't be global", "can't be nonlocal",
		"nonlocal declaration not allowed at module level", "no binding for nonlocal",
		"is nonlocal and global", "nonlocal binding not allowed for type parameter",
		"duplicate argument", "duplicate type parameter", "import * only allowed at module level",
		"cannot rebind comprehension iteration variable", "cannot be used in a comprehension iterable expression",
		"comprehension inner loop cannot rebind", "cannot be used in a class body",
		"cannot be used in a type alias", "cannot be used within the definition of a generic",
		"cannot be used in a TypeVar bound",
		"'yield' inside list comprehension", "'yield' inside set comprehension",
		"'yield' inside dict comprehension", "'yield' inside generator expression",
		"cannot be used within an annotation", "cannot be used within a type alias",
		"cannot be used within a TypeVar bound", "cannot be used within a TypeVar constraint",
		"cannot be used within a TypeVar default", "cannot be used within a ParamSpec default",
		"cannot be used within a TypeVarTuple default",
		"future feature spam is not defined", "not a chance",
	} {
		if !strings.Contains(all.String(), msg) {
			t.Errorf("no golden case raises %q", msg)
		}
	}
}

// derive computes, from a table, what Python's symtable module derives.
func derive(tb *symtable.Table, out []derivedTable) []derivedTable {
	d := derivedTable{
		Type: tb.Type.String(), Name: tb.Name, Optimized: tb.IsOptimized(), Nested: tb.Nested,
		HasChildren: len(tb.Children) > 0, Symbols: map[string][]string{},
	}
	module := tb.Name == "top"
	for i := range tb.Symbols {
		s := &tb.Symbols[i]
		var preds []string
		for _, p := range []struct {
			name string
			ok   bool
		}{
			{"is_referenced", s.IsReferenced()}, {"is_imported", s.IsImported()},
			{"is_parameter", s.IsParameter()}, {"is_global", s.IsGlobal(module)},
			{"is_declared_global", s.IsDeclaredGlobal()}, {"is_local", s.IsLocal(module)},
			{"is_annotated", s.IsAnnotated()}, {"is_free", s.IsFree()},
			{"is_assigned", s.IsAssigned()}, {"is_namespace", len(tb.Namespaces(s.Name)) > 0},
			{"is_nonlocal", s.IsNonlocal()},
		} {
			if p.ok {
				preds = append(preds, p.name)
			}
		}
		d.Symbols[s.Name] = preds
	}
	switch tb.Type {
	case symtable.FunctionBlock:
		d.Parameters, d.Locals, d.Globals, d.Nonlocals, d.Frees = tb.Parameters(), tb.Locals(), tb.Globals(), tb.Nonlocals(), tb.Frees()
	case symtable.ClassBlock:
		d.Methods = tb.Methods()
	}
	out = append(out, d)
	for _, c := range tb.Children {
		out = derive(c, out)
	}
	return out
}

// TestDerived compares what Python's symtable module derives from the
// tables (is_global, get_locals, get_methods, ...) with the same views
// of peglab's tables.
func TestDerived(t *testing.T) {
	norm := func(d []derivedTable) string {
		for i := range d {
			for _, l := range []*[]string{&d[i].Parameters, &d[i].Locals, &d[i].Globals, &d[i].Nonlocals, &d[i].Frees, &d[i].Methods} {
				if len(*l) == 0 {
					*l = nil
				}
			}
			for k, v := range d[i].Symbols {
				if len(v) == 0 {
					d[i].Symbols[k] = nil
				}
			}
		}
		b, _ := json.MarshalIndent(d, "", " ")
		return string(b)
	}
	n := 0
	for _, c := range readCases(t) {
		if c.Status != 0 {
			continue
		}
		st, err := build(t, &c)
		if err != nil {
			t.Fatalf("%s: %s", c.Name, err.Format())
		}
		got, want := norm(derive(st.Top, nil)), norm(c.Derived)
		if got != want {
			t.Errorf("%s: %s", c.Name, textdiff.FirstLine(got, want, 3))
		}
		n++
	}
	if n < 50 {
		t.Fatalf("only %d cases with tables", n)
	}
}
