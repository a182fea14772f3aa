package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestExtNewRuns is the no-rebuild promise of peglab ext new: the folder
// it writes, unmodified, runs through --ext-dir (tokens, grammar, AST,
// bytecode and its ext.py semantics) and prints what its own golden
// files say, and dis shows the operator.
//
// Its name is its own: the AST constructors a loaded folder adds stay for
// the process, and TestExtNewBuilds scaffolds "demo".
func TestExtNewRuns(t *testing.T) {
	root := t.TempDir()
	var stdout, stderr bytes.Buffer
	if status := run([]string{"ext", "new", "tryrun", "--root", root}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("ext new: status %d\n%s%s", status, stdout.String(), stderr.String())
	}
	dir := filepath.Join(root, "extensions", "tryrun")
	want, err := os.ReadFile(filepath.Join(dir, "testdata", "run", "demo.out"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(want, []byte("Box(1).__tryrun__(2)\n")) || !bytes.HasPrefix(want, []byte("-1 0 1\n")) {
		t.Errorf("demo.out does not show the operator's semantics:\n%s", want)
	}
	stdout.Reset()
	stderr.Reset()
	prog := filepath.Join(dir, "testdata", "run", "demo.py")
	if status := run([]string{"run", "--ext-dir", dir, prog}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("run: status %d\n%s%s", status, stdout.String(), stderr.String())
	}
	if got := stdout.String() + stderr.String(); got != string(want) {
		t.Errorf("peglab run --ext-dir %s:\n%s\nwant (demo.out):\n%s", dir, got, want)
	}
	stdout.Reset()
	if status := run([]string{"dis", "--ext-dir", dir, "-c", "a <~> b"}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("dis: status %d\n%s", status, stderr.String())
	}
	if !bytes.Contains(stdout.Bytes(), []byte("BINARY_OP               26 (<~>)")) {
		t.Errorf("dis --ext-dir: no BINARY_OP 26 (<~>):\n%s", stdout.String())
	}
}
