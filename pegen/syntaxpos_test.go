package pegen_test

import (
	"strings"
	"testing"

	"github.com/peglab/peglab/pegen"
)

// TestSyntaxErrorPositions checks where grammar syntax errors point
// (issue 21, point 6): at the offending bracket or quote itself, 1-based,
// and, for an error at the end of the file, at the end of its last line,
// never at column 0 of a line that does not exist.
func TestSyntaxErrorPositions(t *testing.T) {
	tests := []struct {
		src  string
		want string // "line:col: message prefix"
	}{
		{"start: (NAME NUMBER\n", "1:8: '(' was never closed"},
		{"start: (NAME]\n", "1:13: closing ']' does not match"},
		{"start: NAME )\n", "1:13: unmatched ')'"},
		{"start: NAME\nfoo: x y {\n", "2:10: '{' was never closed"},
		{"start: \"abc\n", "1:8: unterminated string literal"},
		{"start: NAME\nfoo: NAME |\n", "2:12: syntax error"},
		{"start: a=\n", "1:10: syntax error"},
	}
	for _, tt := range tests {
		_, err := pegen.ParseGrammar("g.gram", []byte(tt.src))
		if err == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		got := strings.SplitN(err.Error(), "\n", 2)[0]
		if w := strings.Replace(tt.want, ": ", ": error: ", 1); !strings.HasPrefix(got, "g.gram:"+w) {
			t.Errorf("%q:\n got %s\nwant g.gram:%s...", tt.src, got, tt.want)
		}
	}
}
