package pegen

import (
	"testing"
)

// TestGrowTokens checks which leaders may stop growing early, by the
// number of token kinds that can continue them. Stopping early where a
// later round could still grow would change parses; never stopping costs
// a round per leader call (the Python parser's primary and t_primary).
func TestGrowTokens(t *testing.T) {
	tests := []struct {
		grammar string
		kinds   int // -1: the leader must always go on growing
	}{
		{"start: e\ne: e '+' NAME | e '-' NAME | NAME\n", 2},
		// The second item is a rule whose matches start with a token.
		{"start: p\np: p g | p '.' NAME | NAME\ng: '(' NAME ')' | '[' NAME ']'\n", 3},
		// Error-pass alternatives count too: through groups and rules.
		{"start: p\np: p g | NAME\ng: '(' NAME ')' | invalid_g\ninvalid_g: ('[' | '{') NAME\n", 3},
		{"start: p\np: p g | NAME\ng: h+\nh: '(' ')'\n", 1},
		{"start: p\np: p g | NAME\ng: ','.h+\nh: '(' ')'\n", 1},
		// Anything that could start otherwise keeps the leader growing.
		{"start: p\np: p g | NAME\ng: '(' ')' | NAME\n", 2},
		{"start: p\np: p g | NAME\ng: '(' ')' | \"soft\" NAME\n", -1},
		{"start: p\np: p g | NAME\ng: h* '(' \nh: '(' ')'\n", -1},
		{"start: p\np: p g | NAME\ng: ['('] ')'\n", -1},
		{"start: p\np: p g | NAME\ng: &'(' '(' ')'\n", -1},
		{"start: p\np: p g | NAME\ng: g2\ng2: [NAME]\n", -1},
		{"start: a\na: s a '+' NAME | NAME\ns: ['-']\n", -1},
		{"start: a\na: b '+' NAME | NAME\nb: a\n", -1},
	}
	for _, tt := range tests {
		g, err := ParseGrammar("t.gram", []byte(tt.grammar))
		if err != nil {
			t.Fatal(err)
		}
		prog, diags, err := Build(g, BuildOptions{})
		if err != nil {
			t.Fatalf("%q: %v", tt.grammar, diags)
		}
		leader := prog.Rules[0]
		for _, r := range prog.Rules {
			if r.Leader {
				leader = r
				break
			}
		}
		kinds, ok := GrowTokens(prog, leader)
		got := len(kinds)
		if !ok {
			got = -1
		}
		if got != tt.kinds {
			t.Errorf("%q: leader %s stops on %d token kinds (%v), want %d", tt.grammar, leader.Name, got, kinds, tt.kinds)
		}
	}
}
