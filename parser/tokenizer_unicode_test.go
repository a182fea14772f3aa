package parser

import (
	"bufio"
	"fmt"
	"os"
	"testing"

	"github.com/peglab/peglab/ast"
)

// TestUnicodeTables checks the character classes on every code point
// against Python's, dumped into testdata/tokens/unicode.txt by
// scripts/gen-tokens-golden.py.
func TestUnicodeTables(t *testing.T) {
	f, err := os.Open("testdata/tokens/unicode.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string][]bool{
		"xid_start":    make([]bool, 0x110000),
		"xid_continue": make([]bool, 0x110000),
		"printable":    make([]bool, 0x110000),
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var name string
		var lo, hi int
		if n, _ := fmt.Sscanf(sc.Text(), "%s %X %X", &name, &lo, &hi); n != 3 {
			continue
		}
		for cp := lo; cp <= hi; cp++ {
			want[name][cp] = true
		}
	}
	got := map[string]func(rune) bool{
		"xid_start":    func(r rune) bool { return isXIDStart(r) || r == '_' },
		"xid_continue": isXIDContinue,
		"printable":    ast.IsPrintable,
	}
	for name, pred := range got {
		bad := 0
		for cp := range rune(0x110000) {
			if pred(cp) != want[name][cp] {
				if bad++; bad <= 10 {
					t.Errorf("%s(U+%04X) = %v, Python says %v", name, cp, pred(cp), want[name][cp])
				}
			}
		}
		if bad > 10 {
			t.Errorf("%s: %d code points differ in all", name, bad)
		}
	}
}
