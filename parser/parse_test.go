package parser

import (
	"strings"
	"testing"
)

// TestModesWithoutFinalNewline covers sources that do not end in a
// newline, which the golden case files cannot express. CPython adds the
// missing newline only in exec mode; in single mode a one-line compound
// statement is then an error. (Results recorded from CPython 3.13.)
func TestModesWithoutFinalNewline(t *testing.T) {
	tests := []struct {
		mode Mode
		src  string
		ok   bool
	}{
		{ModeSingle, "if x: pass", false},
		{ModeSingle, "@d\nclass C: pass", false},
		{ModeSingle, "if x:\n    pass", true},
		{ModeSingle, "x", true},
		{ModeSingle, "x;", true},
		{ModeSingle, "x\n\ny", false},
		{ModeSingle, "def f():\n  return 1\n", true},
		{ModeExec, "if x: pass", true},
		{ModeEval, "x", true},
		{ModeEval, "", false},
		{ModeFuncType, "() -> x", true},
	}
	in, err := DefaultInterpreter()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		opts := Options{Mode: tt.mode}
		_, err1 := Parse([]byte(tt.src), opts)
		_, err2 := ParseInterpreted(in, []byte(tt.src), opts)
		if (err1 == nil) != tt.ok || (err2 == nil) != tt.ok {
			t.Errorf("%s %q: errors %v / %v, CPython accepts it: %v", tt.mode, tt.src, err1, err2, tt.ok)
		}
	}
}

// TestBadMode is ast.parse's ValueError for an unknown mode.
func TestBadMode(t *testing.T) {
	_, err := Parse([]byte("x"), Options{Mode: "statement"})
	if err == nil || err.Type != "ValueError" || !strings.Contains(err.Msg, "mode must be") {
		t.Errorf("got %v", err)
	}
}

// TestReuseAfterError parses after a failed parse with the same pooled
// parser state and gets a clean result.
func TestReuseAfterError(t *testing.T) {
	for i := 0; i < 3; i++ {
		if _, err := Parse([]byte("x = (1,\n"), Options{}); err == nil {
			t.Fatal("no error for an unclosed parenthesis")
		}
		mod, err := Parse([]byte("y = 2\n"), Options{})
		if err != nil || mod == nil {
			t.Fatalf("parse after an error: %v", err)
		}
	}
}
