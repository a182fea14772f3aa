package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckExtensions is issue 21, point 4 (its go generate half): the
// extension folders are checked as a set before anything is written.
func TestCheckExtensions(t *testing.T) {
	if err := checkExtensions("../../.."); err != nil {
		t.Fatalf("the repository's own extensions: %v", err)
	}
	tests := []struct {
		name  string
		files map[string]string // path under extensions/ -> text
		want  string
	}{
		{"same operator", map[string]string{"aone/Tokens": "AONE '<~>'\n", "atwo/Tokens": "ATWO '<~>'\n"}, "operator '<~>' already defined"},
		{"operator of Python", map[string]string{"aone/Tokens": "AONE '|'\n"}, "operator '|' already defined"},
		{"constructor of Python", map[string]string{"aone/ext.asdl": "operator |= Add\n"}, "Add"},
		{"fragment that does not merge", map[string]string{"aone/ext.gram": "nosuchrule (prepend): NAME\n"}, "nosuchrule"},
	}
	for _, tt := range tests {
		root := t.TempDir()
		for _, f := range []string{"Tokens", "Python.asdl", "python.gram"} {
			data, err := os.ReadFile(filepath.Join("../../../grammar", f))
			if err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(root, "grammar", f), string(data))
		}
		for p, text := range tt.files {
			write(t, filepath.Join(root, "extensions", p), text)
		}
		if err := checkExtensions(root); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error with %q", tt.name, err, tt.want)
		}
	}
	if needsCheck([]string{"opcodes"}) || !needsCheck(nil) || !needsCheck([]string{"parser"}) {
		t.Error("needsCheck")
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
