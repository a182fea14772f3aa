package extload

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/parser"
)

// TestExtensionsKeepPython: turning every extension on changes nothing in
// a valid Python 3.13 program (no valid program contains ~= as a token,
// or -> outside an annotation). The programs are the parser's test cases,
// whole and line by line, and the standard library when PEGLAB_STDLIB
// names its folder.
func TestExtensionsKeepPython(t *testing.T) {
	var srcs [][]byte
	paths, err := filepath.Glob("../../../parser/testdata/cases/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no parser cases: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range strings.Split(string(data), "\n=== ")[1:] {
			_, src, _ := strings.Cut(c, "\n")
			srcs = append(srcs, []byte(src))
			for _, line := range strings.Split(src, "\n") {
				srcs = append(srcs, []byte(line+"\n"))
			}
		}
	}
	if root := os.Getenv("PEGLAB_STDLIB"); root != "" {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") && !strings.Contains(path, "site-packages") {
				if data, err := os.ReadFile(path); err == nil {
					srcs = append(srcs, data)
				}
			}
			return nil
		})
	}
	all := []string{"almosteq", "arrow"}
	valid := 0
	for _, src := range srcs {
		off, err := parser.Parse(src, parser.Options{})
		if err != nil {
			continue
		}
		valid++
		on, err := parser.Parse(src, parser.Options{Extensions: all})
		if err != nil {
			t.Errorf("valid Python fails with %v on:\n%s\n%s", all, src, err.Format())
			continue
		}
		if a, b := show(off, nil), show(on, nil); a != b {
			t.Errorf("the extensions change the tree of:\n%s", src)
		}
	}
	t.Logf("%d valid programs of %d unchanged with %v", valid, len(srcs), all)
}
