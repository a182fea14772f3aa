package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/pyerr"
)

// symtableCase is a line of symtable/testdata/cases.jsonl: a program, its
// tree and CPython's output for `oracle.py symtable NAME.py`.
type symtableCase struct {
	Name   string          `json:"name"`
	Src    string          `json:"src"`
	File   string          `json:"file"`
	Tree   json.RawMessage `json:"tree"`
	Out    string          `json:"out"`
	Err    string          `json:"err"`
	Status int             `json:"status"`
}

// fakeParser stands in for peglab's parser: it knows the golden programs'
// trees (made by CPython), and fails on anything else with a located
// SyntaxError.
func fakeParser(t *testing.T) (func(string, []byte) (ast.Mod, *pyerr.Error), map[string]symtableCase) {
	cases := map[string]symtableCase{}
	bySrc := map[string]json.RawMessage{}
	for _, c := range golden.ReadJSONL[symtableCase](t, "../../symtable/testdata/cases.jsonl") {
		if c.File != "" {
			continue // its source is bytes in a file
		}
		cases[c.Name] = c
		bySrc[c.Src] = c.Tree
	}
	parse := func(name string, src []byte) (ast.Mod, *pyerr.Error) {
		tree, ok := bySrc[string(src)]
		if !ok {
			return nil, &pyerr.Error{Type: "SyntaxError", Msg: "invalid syntax", Filename: name, Line: 1, Offset: 1, EndLine: 1, EndOffset: 2, Text: "?\n"}
		}
		n, err := astjson.Decode(tree)
		if err != nil {
			t.Fatal(err)
		}
		return n.(ast.Mod), nil
	}
	return parse, cases
}

func TestSymtableCommand(t *testing.T) {
	_, cases := fakeParser(t)

	dir := t.TempDir()
	for _, name := range []string{"cell_and_free", "error_nonlocal_after_use", "error_non_ascii_location", "generic_class_mangling"} {
		if err := os.WriteFile(filepath.Join(dir, name+".py"), []byte(cases[name].Src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)

	// Errors read from standard input or -c have no source line: CPython
	// reads the line back from the file, and there is none.
	noText := func(err string) string {
		lines := strings.Split(err, "\n")
		return lines[0] + "\n" + lines[len(lines)-2] + "\n"
	}
	runCmdCases(t, []cmdCase{
		{name: "file", args: []string{"symtable", "cell_and_free.py"}, stdout: cases["cell_and_free"].Out},
		{name: "file mangling", args: []string{"symtable", "generic_class_mangling.py"}, stdout: cases["generic_class_mangling"].Out},
		{name: "file error", args: []string{"symtable", "error_nonlocal_after_use.py"}, status: 1,
			stderr: cases["error_nonlocal_after_use"].Err},
		{name: "file error byte columns", args: []string{"symtable", "error_non_ascii_location.py"}, status: 1,
			stderr: cases["error_non_ascii_location"].Err},
		{name: "code", args: []string{"symtable", "-c", cases["lambda"].Src}, stdout: cases["lambda"].Out},
		{name: "code error", args: []string{"symtable", "-c", cases["error_global_param"].Src}, status: 1,
			stderr: strings.Replace(noText(cases["error_global_param"].Err), "error_global_param.py", "<string>", 1)},
		{name: "stdin", args: []string{"symtable", "-"}, stdin: cases["nonlocal_basic"].Src, stdout: cases["nonlocal_basic"].Out},
		{name: "stdin error", args: []string{"symtable", "-"}, stdin: cases["error_import_star_function"].Src, status: 1,
			stderr: strings.Replace(noText(cases["error_import_star_function"].Err), "error_import_star_function.py", "<stdin>", 1)},
		{name: "parse error", args: []string{"symtable", "-c", "def f(:"}, status: 1,
			stderr: "  File \"<string>\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"},
		{name: "no input", args: []string{"symtable"}, status: 2, stderrHas: "missing input"},
		{name: "file and code", args: []string{"symtable", "x.py", "-c", "x"}, status: 2, stderrHas: "not both"},
		{name: "missing file", args: []string{"symtable", "no/such.py"}, status: 2, stderrHas: "no such file"},
		{name: "bad flag", args: []string{"symtable", "--nope"}, status: 2, stderrHas: "unknown flag"},
		{name: "bad oracle", args: []string{"symtable", "--oracle", "/no/such/python", "-c", "x"}, status: 2, stderrHas: "running the oracle"},
		{name: "help", args: []string{"symtable", "--help"}, stdoutHas: "Examples:\n  peglab symtable script.py"},
	})
}

func TestSymtableStage(t *testing.T) {
	_, cases := fakeParser(t)
	for _, name := range []string{"class_free_class_flag", "error_no_binding_for_nonlocal"} {
		c := cases[name]
		r := symtableStage.Run(name+".py", []byte(c.Src))
		if r.Out != c.Out || r.Err != c.Err || r.Status != c.Status {
			t.Errorf("%s: got %+v, want out %q err %q status %d", name, r, c.Out, c.Err, c.Status)
		}
	}
	if r := symtableStage.Run("bad.py", []byte("def f(:")); r.Status != 1 || !strings.Contains(r.Err, "invalid syntax") {
		t.Errorf("parse error: %+v", r)
	}
}
