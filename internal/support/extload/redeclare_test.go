package extload

import (
	"strings"
	"testing"
)

// TestRedeclaredConstructors is issue 21, point 7: an ext.asdl that
// declares a constructor Python, another extension or itself already has
// is an error, not a silent reuse; a folder that replaces a compiled-in
// extension may declare that extension's own constructors.
func TestRedeclaredConstructors(t *testing.T) {
	tests := []struct {
		name, dir, asdl string
		err             string // "" for no error
	}{
		{"python's", "mine", "operator |= Add\n", "constructor Add already exists in operator (Python 3.13's)"},
		{"another extension's", "mine", "cmpop |= AlmostEq\n", "constructor AlmostEq is added by both extensions almosteq and mine"},
		{"twice", "mine", "operator |= Twice | Twice\n", "constructor Twice is declared twice"},
		{"twice in two lines", "mine", "operator |= Twice2\noperator |= Twice2\n", "constructor Twice2 is declared twice"},
		{"its own, replaced", "almosteq", "cmpop |= AlmostEq\n", ""},
		{"a new one", "mine", "operator |= Fresh\n", ""},
	}
	for _, tt := range tests {
		dir := folder(t, tt.dir, map[string]string{"ext.asdl": tt.asdl})
		_, err := Load(dir)
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%s: got %v, want %q", tt.name, err, tt.err)
		}
	}
}
