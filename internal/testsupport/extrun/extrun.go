// Package extrun is the test of an extension's back half: every program
// testdata/run/NAME.py of an extension folder is compiled and run with
// the extension on, and `peglab dis` of it (NAME.dis) and what running it
// prints (NAME.out: standard output, then standard error, then the exit
// status when not 0) are compared with golden files. The extension can be
// compiled in (names) or loaded at run time from folders (dirs), as
// `peglab run --ext` and `--ext-dir` do.
package extrun

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/compiler/dis"
	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/internal/support/extops"
	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/pipeline"
	"github.com/peglab/peglab/pyerr"
	"github.com/peglab/peglab/runtime"
)

// Result is one program's dis and output.
type Result struct {
	Dis, Out string
}

// Run compiles and runs one program (name is the filename tracebacks
// show) with the front end fe.
func Run(fe *pipeline.Frontend, name string, src []byte) (Result, error) {
	var stdout, stderr bytes.Buffer
	if err := extops.Install(fe, runtime.Config{Stdout: &stdout, Stderr: &stderr}); err != nil {
		return Result{}, err
	}
	runtime.SetSourceParser(func(src []byte) (ast.Mod, *pyerr.Error) {
		return fe.Parse(pipeline.Input{Name: "<traceback>", Data: src}, "exec")
	})
	res, perr := fe.Compile(pipeline.Input{Name: name, Data: src, FromFile: true}, pipeline.Options{Stop: pipeline.Code})
	if perr != nil {
		return Result{Dis: perr.Format(), Out: perr.Format()}, nil
	}
	out := Result{Dis: dis.Dis(res.Code, dis.Options{})}
	runtime.RegisterSource(name, src)
	status := runtime.RunModule(res.Code, runtime.Config{Argv: []string{name}, Stdout: &stdout, Stderr: &stderr})
	out.Out = stdout.String() + stderr.String()
	if status != 0 {
		out.Out += fmt.Sprintf("[exit status %d]\n", status)
	}
	return out, nil
}

// Check runs dir/testdata/run/*.py with the compiled-in extensions names
// and the folders dirs enabled, against NAME.dis and NAME.out beside
// them (update rewrites those).
func Check(t *testing.T, dir string, names, dirs []string, update bool) {
	t.Helper()
	var exts []*extensions.Extension
	for _, n := range names {
		e, ok := extensions.Lookup(n)
		if !ok {
			t.Fatalf("no compiled-in extension %s", n)
		}
		exts = append(exts, e)
	}
	fe, _, err := pipeline.New(pipeline.Config{Extensions: exts, ExtDirs: dirs})
	if err != nil {
		t.Fatal(err)
	}
	progs, _ := filepath.Glob(filepath.Join(dir, "testdata", "run", "*.py"))
	sort.Strings(progs)
	if len(progs) == 0 {
		t.Fatalf("no programs in %s", filepath.Join(dir, "testdata", "run"))
	}
	for _, p := range progs {
		base := strings.TrimSuffix(filepath.Base(p), ".py")
		t.Run(base, func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			r, err := Run(fe, filepath.ToSlash(filepath.Join("testdata", "run", base+".py")), src)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, strings.TrimSuffix(p, ".py")+".dis", []byte(r.Dis), update)
			golden.Check(t, strings.TrimSuffix(p, ".py")+".out", []byte(r.Out), update)
		})
	}
}
