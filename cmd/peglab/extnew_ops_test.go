package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestExtNewPicksFreeOperators is issue 21, point 4 (its ext new half):
// the operator of a new extension is free among the compiled-in
// extensions and the folders not compiled in yet.
func TestExtNewPicksFreeOperators(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module github.com/peglab/peglab\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(root, "extensions"), 0o755); err != nil {
		t.Fatal(err)
	}
	opRE := regexp.MustCompile(`the operator (\S+) `)
	newExt := func(args ...string) (string, string, int) {
		var stdout, stderr bytes.Buffer
		status := run(append([]string{"ext", "new", "--root", root}, args...), strings.NewReader(""), &stdout, &stderr)
		m := opRE.FindStringSubmatch(stdout.String())
		if m == nil {
			return "", stderr.String(), status
		}
		return m[1], stderr.String(), status
	}
	one, errs, status := newExt("aone")
	if status != 0 {
		t.Fatalf("ext new aone: %d %s", status, errs)
	}
	two, errs, status := newExt("atwo")
	if status != 0 {
		t.Fatalf("ext new atwo: %d %s", status, errs)
	}
	if one == two {
		t.Errorf("aone and atwo both got %s", one)
	}
	if _, errs, status := newExt("athree", "--op", one); status != 2 || !strings.Contains(errs, "aone") {
		t.Errorf("--op %s, which aone uses: exit %d, stderr %q; want 2 and aone named", one, status, errs)
	}
}
