package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGrammarCommandsFollowExtDir is issue 21, point 3: check, like ast,
// accepts an extension folder that was never compiled in, whose actions
// call the constructor helpers its ext.asdl adds, also when the helpers
// are read from Go source (--helpers parser).
func TestGrammarCommandsFollowExtDir(t *testing.T) {
	// Names and an operator no extension of the tutorial's or ext new's
	// takes, so that the test holds with those compiled in (point 1).
	dir := filepath.Join(t.TempDir(), "pointthree")
	files := map[string]string{
		"Tokens":   "POINTTHREE '<%>'\n",
		"ext.asdl": "operator |= PointThree\n",
		"ext.gram": "bitwise_or (prepend): a=bitwise_or '<%>' b=bitwise_xor { BinOp(a, PointThree(), b, EXTRA) }\n",
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"check", "../../grammar/python.gram", "--helpers", "../../parser", "--ext-dir", dir},
		{"check", "../../grammar/python.gram", "--ext-dir", dir},
		{"ast", "--ext-dir", dir, "-c", "a <%> b"},
	} {
		var stdout, stderr bytes.Buffer
		if status := run(args, strings.NewReader(""), &stdout, &stderr); status != 0 {
			t.Errorf("peglab %s: exit status %d\n%s", strings.Join(args, " "), status, stderr.String())
		}
	}
}
