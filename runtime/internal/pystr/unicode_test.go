package pystr

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// readRanges reads "name lo hi" lines into a set per name.
func readRanges(t *testing.T, data string) map[string][]runeRange {
	out := map[string][]runeRange{}
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || f[0] == "#" {
			continue
		}
		lo, err1 := strconv.ParseUint(f[1], 16, 32)
		hi, err2 := strconv.ParseUint(f[2], 16, 32)
		if err1 != nil || err2 != nil {
			t.Fatalf("bad line %q", line)
		}
		out[f[0]] = append(out[f[0]], runeRange{rune(lo), rune(hi)})
	}
	return out
}

// checkProp compares pred with the oracle's ranges at every code point.
func checkProp(t *testing.T, name string, rs []runeRange, pred func(rune) bool) {
	want := make([]bool, 0x110000)
	for _, r := range rs {
		for c := r.lo; c <= r.hi; c++ {
			want[c] = true
		}
	}
	bad := 0
	for c := rune(0); c < 0x110000; c++ {
		if pred(c) != want[c] {
			if bad < 5 {
				t.Errorf("%s(U+%04X) = %v, CPython says %v", name, c, !want[c], want[c])
			}
			bad++
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d code points differ", name, bad)
	}
}

// TestProperties checks the per-character predicates, ASCII fast paths
// included, against CPython's tables: those pystr embeds, and
// testdata/props.txt for what it takes from ast and parser.
func TestProperties(t *testing.T) {
	props := readRanges(t, propsData)
	preds := map[string]func(rune) bool{
		"alpha": isAlphaRune, "decimal": isDecimalRune, "digit": isDigitRune, "numeric": isNumericRune,
		"space": IsSpaceRune, "upper": isUpperRune, "lower": isLowerRune, "title": isTitleRune,
		"cased": isCasedRune, "ignorable": isCaseIgnorableRune,
	}
	for name, pred := range preds {
		if len(props[name]) == 0 {
			t.Fatalf("no ranges for %s", name)
		}
		checkProp(t, name, props[name], pred)
	}
	data, err := os.ReadFile("testdata/props.txt")
	if err != nil {
		t.Fatal(err)
	}
	more := readRanges(t, string(data))
	checkProp(t, "printable", more["printable"], isPrintableRune)
	checkProp(t, "xidstart", more["xidstart"], isXIDStart)
	checkProp(t, "xidcontinue", more["xidcontinue"], isXIDContinue)
	checkProp(t, "decimalValue", props["decimal"], func(r rune) bool { return decimalValue(r) >= 0 })
}

// TestCaseMaps checks the ASCII fast paths against the full tables.
func TestCaseMaps(t *testing.T) {
	for c := rune(0); c < 0x80; c++ {
		s := string(c)
		if got, want := Upper(s), string(caseMap(nil, mUpper, c)); got != want {
			t.Errorf("Upper(%q) = %q, table %q", s, got, want)
		}
		if got, want := Lower(s), string(caseMap(nil, mLower, c)); got != want {
			t.Errorf("Lower(%q) = %q, table %q", s, got, want)
		}
		if got, want := Title(s), string(caseMap(nil, mTitle, c)); got != want {
			t.Errorf("Title(%q) = %q, table %q", s, got, want)
		}
	}
}
