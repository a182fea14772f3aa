package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestASTWarnings is issue 21, point 9 (the tokenizer's warnings):
// peglab ast prints the SyntaxWarnings ast.parse prints, as the warnings
// module does (recorded from CPython 3.13: ast.parse(open(F, "rb").read(),
// F) and ast.parse(src, "<string>")).
func TestASTWarnings(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "w.py")
	src := "if 1:\n    y = 1if 1 else 2  \ny = 1if 1 else 2; z = 2if 1 else 3\nw = 0x1for x in y\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want := file + ":2: SyntaxWarning: invalid decimal literal\n  y = 1if 1 else 2\n" +
		file + ":3: SyntaxWarning: invalid decimal literal\n  y = 1if 1 else 2; z = 2if 1 else 3\n" +
		file + ":3: SyntaxWarning: invalid decimal literal\n  y = 1if 1 else 2; z = 2if 1 else 3\n" +
		file + ":4: SyntaxWarning: invalid hexadecimal literal\n  w = 0x1for x in y\n"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"ast", file}, want},
		{[]string{"ast", "-c", "y = 1if 1 else 2\nz = 0x1for x in y\n"}, "<string>:1: SyntaxWarning: invalid decimal literal\n<string>:2: SyntaxWarning: invalid hexadecimal literal\n"},
	} {
		var stdout, stderr bytes.Buffer
		if status := run(tt.args, strings.NewReader(""), &stdout, &stderr); status != 0 {
			t.Errorf("peglab %s: exit status %d\n%s", strings.Join(tt.args, " "), status, stderr.String())
		}
		if stderr.String() != tt.want {
			t.Errorf("peglab %s: stderr\n%q\nwant\n%q", strings.Join(tt.args, " "), stderr.String(), tt.want)
		}
	}
}
