package compiler_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
)

// TestCodegenGolden runs the code generator over testdata/codegen/*.py and
// compares its output, line for line, with CPython 3.13's
// (testdata/codegen/*.golden, from scripts/codegen-golden.sh).
func TestCodegenGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/codegen/*.py")
	if err != nil || len(files) == 0 {
		t.Fatal("no test programs", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".golden")
			if err != nil {
				t.Fatalf("%v (run scripts/codegen-golden.sh)", err)
			}
			optimize := 0
			switch {
			case strings.HasSuffix(f, "_O1.py"):
				optimize = 1
			case strings.HasSuffix(f, "_O2.py"):
				optimize = 2
			}
			got, err := codegenDump(f, optimize)
			if err != nil {
				t.Fatal(err)
			}
			if d := firstDiff(got, string(want)); d != "" {
				t.Error(d)
			}
		})
	}
}

func codegenDump(path string, optimize int) (string, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	mod, perr := parser.Parse(src, parser.Options{Filename: path, FromFile: true})
	if perr != nil {
		return "", perr
	}
	st, perr := symtable.Build(mod, path, &symtable.Options{Source: src})
	if perr != nil {
		return "", perr
	}
	u, perr := compiler.Codegen(mod, st, &compiler.Options{Filename: path, Source: src, Optimize: optimize})
	if perr != nil {
		return "", perr
	}
	return compiler.DumpCodegen(u), nil
}

// firstDiff names the first differing line of got and want, or "".
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	unit := ""
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if strings.HasPrefix(b, "unit ") {
			unit = b
		}
		if a != b {
			return unit + ": line " + itoa(i+1) + ":\n got  " + a + "\n want " + b
		}
	}
	return ""
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
