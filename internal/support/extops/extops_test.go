package extops_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/support/extops"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/runtime"
)

// folder writes a comparison extension `~~` (cmpop Roughly) with the
// given ext.py and returns its front end. Every case's folder is named
// rough: a constructor a folder adds stays in the process, and only the
// extension of that name may declare it again (what is tested is ext.py).
func folder(t *testing.T, name, extPy string) (*pipeline.Frontend, error) {
	t.Helper()
	_ = name
	dir := filepath.Join(t.TempDir(), "rough")
	files := map[string]string{
		"Tokens":   "ROUGHLY '~~'\n",
		"ext.asdl": "cmpop |= Roughly\n",
		"ext.gram": "compare_op_bitwise_or_pair (append): roughly_bitwise_or\nroughly_bitwise_or[CmpPair]: '~~' a=bitwise_or { MakeCmpPair(Roughly(), a) }\n",
		"ext.py":   extPy,
	}
	os.MkdirAll(dir, 0o755)
	for n, text := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fe, _, err := pipeline.New(pipeline.Config{ExtDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	return fe, extops.Install(fe, runtime.Config{Stdout: &out, Stderr: &out})
}

// TestExtPy runs a comparison defined in Python, and checks the errors of
// broken ext.py files.
func TestExtPy(t *testing.T) {
	fe, err := folder(t, "rough", "def roughly(a, b):\n    return abs(a - b) < 1\nOPERATORS = {'Roughly': ('~~', roughly)}\n")
	if err != nil {
		t.Fatal(err)
	}
	r, err := extops.Run(fe, "p.py", []byte("print(1 ~~ 1.5, 1 ~~ 3, 0 < 1 ~~ 1.9)\n"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Out != "True False True\n" {
		t.Errorf("output %q", r.Out)
	}
	if !strings.Contains(r.Dis, "COMPARE_OP             192 (~~)") {
		t.Errorf("dis:\n%s", r.Dis)
	}
	for _, tc := range []struct{ name, py, want string }{
		{"noops", "x = 1\n", "defines no OPERATORS dict"},
		{"badtuple", "OPERATORS = {'Roughly': ('~~',)}\n", `"Roughly": give (symbol, function) for a comparison`},
		{"raises", "1/0\n", "ZeroDivisionError: division by zero"},
		{"unknown", "OPERATORS = {'Nope': ('~~', print)}\n", "no operator or cmpop constructor of that name"},
	} {
		if _, err := folder(t, tc.name, tc.py); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}
