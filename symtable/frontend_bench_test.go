package symtable_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/parser"
	"github.com/peglab/peglab/symtable"
)

// BenchmarkFrontendStdlib parses and builds the symbol tables of the
// standard library named by PEGLAB_STDLIB (site-packages left out), the
// work CPython's symtable.symtable() does: its C parser and C symbol table.
// scripts/symtable-bench.sh times both in the same run. Files either side
// rejects are left out.
func BenchmarkFrontendStdlib(b *testing.B) {
	root := os.Getenv("PEGLAB_STDLIB")
	if root == "" {
		b.Skip("set PEGLAB_STDLIB to the standard library's directory (scripts/symtable-bench.sh does)")
	}
	type file struct {
		path string
		src  []byte
	}
	var files []file
	size := 0
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		mod, perr := parser.Parse(src, parser.Options{Filename: path})
		if perr != nil {
			return nil
		}
		if _, serr := symtable.Build(mod, path, nil); serr != nil {
			return nil
		}
		files = append(files, file{path, src})
		size += len(src)
		return nil
	})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			mod, perr := parser.Parse(f.src, parser.Options{Filename: f.path})
			if perr != nil {
				b.Fatal(perr.Format())
			}
			if _, serr := symtable.Build(mod, f.path, nil); serr != nil {
				b.Fatal(serr.Format())
			}
		}
	}
}
