// Package extrun is the test of an extension's back half: every program
// testdata/run/NAME.py of an extension folder is compiled and run with
// the extension on, and `peglab dis` of it (NAME.dis) and what running it
// prints (NAME.out: standard output, then standard error, then the exit
// status when not 0) are compared with golden files. The extension can be
// compiled in (names) or loaded at run time from folders (dirs), as
// `peglab run --ext` and `--ext-dir` do.
package extrun

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/peglab/peglab/extensions"
	"github.com/peglab/peglab/internal/support/extops"
	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/pipeline"
)

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
			r, err := extops.Run(fe, filepath.ToSlash(filepath.Join("testdata", "run", base+".py")), src)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, strings.TrimSuffix(p, ".py")+".dis", []byte(r.Dis), update)
			golden.Check(t, strings.TrimSuffix(p, ".py")+".out", []byte(r.Out), update)
		})
	}
}
