package pipeline

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkCompileStdlib is compile(src, path, 'exec') to a code object
// (parser, symbol table, code generator, CFG optimizer, assembler) over the
// standard library PEGLAB_STDLIB names; scripts/bench-compile.sh times
// CPython's compile() on the same files in the same run. Files that either
// side rejects, or that peglab's compiler cannot compile yet, are left
// out on both sides (the script passes the list).
func BenchmarkCompileStdlib(b *testing.B) {
	root := os.Getenv("PEGLAB_STDLIB")
	if root == "" {
		b.Skip("PEGLAB_STDLIB not set (scripts/bench-compile.sh sets it)")
	}
	type file struct {
		path string
		src  []byte
	}
	var files []file
	size := 0
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(p, ".py") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		if _, perr := Python.Compile(Input{Name: p, Data: src, FromFile: true}, Options{Stop: Code}); perr != nil {
			return nil
		}
		files = append(files, file{p, src})
		size += len(src)
		return nil
	})
	if list := os.Getenv("PEGLAB_COMPILED_LIST"); list != "" {
		var names []string
		for _, f := range files {
			names = append(names, f.path)
		}
		os.WriteFile(list, []byte(strings.Join(names, "\n")+"\n"), 0o644)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := Python.Compile(Input{Name: f.path, Data: f.src, FromFile: true}, Options{Stop: Code}); err != nil {
				b.Fatal(err.Format())
			}
		}
	}
}
