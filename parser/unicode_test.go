package parser

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// readTable reads a tab-separated golden file of scripts/gen-unicode-data.py.
func readTable(t *testing.T, path string) [][2]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		a, b, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: bad line %q", path, line)
		}
		rows = append(rows, [2]string{a, b})
	}
	return rows
}

func runes(t *testing.T, hex string) string {
	var b strings.Builder
	for _, h := range strings.Fields(hex) {
		n, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteRune(rune(n))
	}
	return b.String()
}

// TestNFKC compares identifier normalization with CPython's
// unicodedata.normalize('NFKC', ...) on every character NFKC changes and on
// random sequences of them and combining marks.
func TestNFKC(t *testing.T) {
	rows := readTable(t, "testdata/unicode-nfkc.txt")
	if len(rows) < 1000 {
		t.Fatalf("only %d cases", len(rows))
	}
	bad := 0
	for _, r := range rows {
		in, want := runes(t, r[0]), runes(t, r[1])
		if got := identifier(in); got != want {
			if bad++; bad <= 10 {
				t.Errorf("NFKC(%q) = %q, want %q", in, got, want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d cases differ", bad, len(rows))
	}
}

// TestCharNames checks "\N{...}" lookups against CPython: random names in
// upper and lower case, aliases, computed names and names that must fail.
func TestCharNames(t *testing.T) {
	rows := readTable(t, "testdata/unicode-names.txt")
	for _, r := range rows {
		got, ok := lookupCharName(r[0])
		if r[1] == "-" {
			if ok {
				t.Errorf("\\N{%s} = %U, want an error", r[0], got)
			}
			continue
		}
		want, _ := strconv.ParseUint(r[1], 16, 32)
		if !ok || got != rune(want) {
			t.Errorf("\\N{%s} = %U %v, want %U", r[0], got, ok, rune(want))
		}
	}
}

func TestIdentifierASCIIAllocatesNothing(t *testing.T) {
	s := strings.Repeat("x", 10)
	if n := testing.AllocsPerRun(100, func() { _ = identifier(s) }); n != 0 {
		t.Errorf("identifier allocates %v times for ASCII", n)
	}
}
