package pegen_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/testsupport/golden"
	"github.com/peglab/peglab/pegen"
	"github.com/peglab/peglab/pegen/gogen"
)

// TestBadGrammars checks the diagnostics for malformed and suspicious
// grammars against testdata/bad/*.golden: every message with its
// file:line:col.
func TestBadGrammars(t *testing.T) {
	cat, err := gogen.ReadHelpers("internal/testparsers")
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("testdata/bad/*.gram")
	if len(paths) < 20 {
		t.Fatalf("only %d bad grammars", len(paths))
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".gram")
		t.Run(name, func(t *testing.T) {
			var out strings.Builder
			g, err := pegen.LoadGrammar(path)
			if err != nil {
				fmt.Fprintln(&out, err)
			} else {
				_, diags := pegen.Check(g, pegen.CheckOptions{Helpers: cat})
				for _, d := range diags {
					if d.Severity != pegen.Note {
						fmt.Fprintln(&out, d)
					}
				}
			}
			if out.Len() == 0 {
				t.Errorf("%s: no diagnostics", path)
			}
			golden.Check(t, strings.TrimSuffix(path, ".gram")+".golden", []byte(out.String()), *update)
		})
	}
}

func TestGoodGrammarsHaveNoWarnings(t *testing.T) {
	cat, err := gogen.ReadHelpers("internal/testparsers")
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("testdata/grammars/*.gram")
	for _, path := range paths {
		g, err := pegen.LoadGrammar(path)
		if err != nil {
			t.Fatal(err)
		}
		_, diags := pegen.Check(g, pegen.CheckOptions{Helpers: cat})
		for _, d := range diags {
			if d.Severity != pegen.Note {
				t.Errorf("%s", d)
			}
		}
	}
}

func TestLeftRecursionLeaders(t *testing.T) {
	tests := []struct {
		grammar string
		want    string // the left-recursive components, leader first
	}{
		{"start: e\ne: e '+' NAME | NAME\n", "[e]"},
		{"start: a\na: b '+' NAME | NAME\nb: a\n", "[a b]"},
		// Three rules on one cycle: the alphabetically first is the leader.
		{"start: z\nz: y '+' NAME | NAME\ny: x\nx: z\n", "[x y z]"},
		// Two cycles that share only b: b leads.
		{"start: a\na: b '.' NAME | NAME\nb: a | c '(' ')'\nc: b\n", "[b a c]"},
		// A nullable prefix exposes the recursion.
		{"start: a\na: [NAME] a '+' | NUMBER\n", "[a]"},
		// Behind a lookahead the call is still at the initial position.
		{"start: a\na: &NAME a '+' | NAME\n", "[a]"},
		{"start: a\na: NAME a | NAME\n", ""},
	}
	for _, tt := range tests {
		g, err := pegen.ParseGrammar("t.gram", []byte(tt.grammar))
		if err != nil {
			t.Fatal(err)
		}
		a, diags := pegen.Check(g, pegen.CheckOptions{})
		if a == nil {
			t.Fatalf("%q: %v", tt.grammar, diags)
		}
		var got []string
		for _, scc := range a.LeftRecursive {
			got = append(got, fmt.Sprint(scc))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: left-recursive %v, want %s", tt.grammar, got, tt.want)
		}
	}
}

func TestMain(m *testing.M) {
	os.Exit(m.Run())
}
