package runtime

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/peglab/peglab/compiler/bytecode"
	"github.com/peglab/peglab/internal/support/textdiff"
)

var only = flag.String("only", "", "run only the testdata programs whose name contains this")

// TestPrograms runs every runtime/testdata/*.py program's CPython code
// object (recorded by scripts/runtime-golden.sh) and compares stdout,
// stderr and exit status with python3.13's.
func TestPrograms(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata programs")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		if *only != "" && !strings.Contains(name, *only) {
			continue
		}
		t.Run(name, func(t *testing.T) {
			base := strings.TrimSuffix(f, ".py")
			data, err := os.ReadFile(base + ".marshal")
			if err != nil {
				t.Skip("no golden (run scripts/runtime-golden.sh)")
			}
			wantOut, _ := os.ReadFile(base + ".out")
			wantErr, _ := os.ReadFile(base + ".err")
			st, _ := os.ReadFile(base + ".status")
			wantStatus, _ := strconv.Atoi(strings.TrimSpace(string(st)))
			v, uerr := bytecode.Unmarshal(data)
			if uerr != nil {
				t.Fatal(uerr)
			}
			co := v.(*bytecode.Code)
			src, _ := os.ReadFile(f)
			RegisterSource(co.Filename, src)
			var out, errb bytes.Buffer
			status := RunModule(co, Config{Argv: []string{co.Filename, "arg1", "arg2"}, Stdout: &out, Stderr: &errb})
			if d := textdiff.Unified(string(wantOut), out.String(), textdiff.Options{From: "python3.13", To: "peglab", Context: 2}); out.String() != string(wantOut) {
				t.Errorf("stdout differs:\n%s", d)
			}
			if d := textdiff.Unified(string(wantErr), errb.String(), textdiff.Options{From: "python3.13", To: "peglab", Context: 2}); errb.String() != string(wantErr) {
				t.Errorf("stderr differs:\n%s", d)
			}
			if status != wantStatus {
				t.Errorf("exit status %d, want %d", status, wantStatus)
			}
		})
	}
}

// TestProgramsCompiled runs the same programs through peglab's own front
// end and compiler (the `peglab run` pipeline) and compares them with the
// same goldens; a program the compiler cannot compile yet is skipped.
func TestProgramsCompiled(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		if *only != "" && !strings.Contains(name, *only) {
			continue
		}
		t.Run(name, func(t *testing.T) {
			base := strings.TrimSuffix(f, ".py")
			wantOut, err := os.ReadFile(base + ".out")
			if err != nil {
				t.Skip("no golden (run scripts/runtime-golden.sh)")
			}
			wantErr, _ := os.ReadFile(base + ".err")
			st, _ := os.ReadFile(base + ".status")
			wantStatus, _ := strconv.Atoi(strings.TrimSpace(string(st)))
			src, _ := os.ReadFile(f)
			vpath := "/peglab/runtime/testdata/" + filepath.Base(f)
			code, exc := compileSource(src, vpath, "exec")
			if exc != nil {
				if strings.Contains(exc.Error(), "does not handle") {
					t.Skip(exc.Error())
				}
				t.Fatal(exc.Error())
			}
			RegisterSource(vpath, src)
			var out, errb bytes.Buffer
			status := RunModule(code.co, Config{Argv: []string{vpath, "arg1", "arg2"}, Stdout: &out, Stderr: &errb})
			if out.String() != string(wantOut) {
				t.Errorf("stdout differs:\n%s", textdiff.Unified(string(wantOut), out.String(), textdiff.Options{From: "python3.13", To: "peglab", Context: 2}))
			}
			if errb.String() != string(wantErr) {
				t.Errorf("stderr differs:\n%s", textdiff.Unified(string(wantErr), errb.String(), textdiff.Options{From: "python3.13", To: "peglab", Context: 2}))
			}
			if status != wantStatus {
				t.Errorf("exit status %d, want %d", status, wantStatus)
			}
		})
	}
}
