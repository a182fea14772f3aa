package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/peglab/peglab/compiler"
	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/internal/support/textdiff"
	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
)

// compileMain compiles a program with peglab's front end and compiler.
func compileMain(t *testing.T, file string) *bytecode.Code {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	mod, perr := parser.Parse(src, parser.Options{Filename: file})
	if perr != nil {
		t.Fatal(perr)
	}
	st, perr := symtable.Build(mod, file, &symtable.Options{Source: src})
	if perr != nil {
		t.Fatal(perr)
	}
	co, perr := compiler.Compile(mod, st, &compiler.Options{Filename: file})
	if perr != nil {
		t.Fatal(perr)
	}
	return co
}

// TestImports runs each runtime/testdata/imports/NAME/main.py, a program
// that imports the fixture modules beside it, and compares its stdout,
// stderr and status with python3.13's (recorded by
// scripts/import-golden.sh, the fixture's folder written as $DIR). Folders
// under testdata/imports_stdlib need CPython's Lib and skip without one.
func TestImports(t *testing.T) {
	for _, set := range []string{"imports", "imports_stdlib"} {
		dirs, _ := filepath.Glob(filepath.Join("testdata", set, "*", "main.py"))
		for _, f := range dirs {
			dir, _ := filepath.Abs(filepath.Dir(f))
			name := set + "/" + filepath.Base(dir)
			if *only != "" && !strings.Contains(name, *only) {
				continue
			}
			t.Run(name, func(t *testing.T) {
				if set == "imports_stdlib" && StdlibDir() == "" {
					t.Skip("no CPython 3.13 standard library (PEGLAB_STDLIB)")
				}
				wantOut, err := os.ReadFile(filepath.Join(dir, "main.out"))
				if err != nil {
					t.Skip("no golden (run scripts/import-golden.sh)")
				}
				wantErr, _ := os.ReadFile(filepath.Join(dir, "main.err"))
				st, _ := os.ReadFile(filepath.Join(dir, "main.status"))
				wantStatus, _ := strconv.Atoi(strings.TrimSpace(string(st)))
				file := filepath.Join(dir, "main.py")
				co := compileMain(t, file)
				var out, errb bytes.Buffer
				status := RunModule(co, Config{Argv: []string{file}, Stdout: &out, Stderr: &errb})
				gotOut := strings.ReplaceAll(out.String(), dir, "$DIR")
				gotErr := strings.ReplaceAll(errb.String(), dir, "$DIR")
				if gotOut != string(wantOut) {
					t.Errorf("stdout differs:\n%s", textdiff.Unified(string(wantOut), gotOut, textdiff.Options{From: "python3.13", To: "peglab", Context: 2}))
				}
				if gotErr != string(wantErr) {
					t.Errorf("stderr differs:\n%s", textdiff.Unified(string(wantErr), gotErr, textdiff.Options{From: "python3.13", To: "peglab", Context: 2}))
				}
				if status != wantStatus {
					t.Errorf("exit status %d, want %d", status, wantStatus)
				}
			})
		}
	}
}
