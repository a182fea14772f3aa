package asdl

import (
	"strings"
	"testing"

	"github.com/peglab/peglab/grammar"
)

// FuzzParse checks that no input makes the reader panic or loop, and that
// every error is located in the file it read.
func FuzzParse(f *testing.F) {
	f.Add(grammar.ASDL)
	f.Add("module M { x = A(int a, y* b) | B attributes (int l) y = (x? z) }")
	f.Add("cmpop |= AlmostEq\nexpr |= P(expr a)")
	f.Fuzz(func(t *testing.T, src string) {
		if _, err := Parse("f.asdl", src); err != nil && !strings.HasPrefix(err.Error(), "f.asdl:") {
			t.Errorf("unlocated error %q", err)
		}
		if _, err := ParseFragment("f.asdl", "x", src); err != nil && !strings.HasPrefix(err.Error(), "f.asdl:") {
			t.Errorf("unlocated error %q", err)
		}
	})
}
