package sre

import (
	"errors"
	"strings"
	"testing"
)

// Programs written out by hand (what re._compiler gives for them in 3.13).
var (
	// (?:(a)|b)*c: REPEAT ... MAX_UNTIL over a BRANCH with marks
	progAltStar = []uint32{14, 4, 0, 1, MaxRepeat, 23, 19, 0, MaxRepeat, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 18, 16, 99, 1}
)

func TestValidatorRejects(t *testing.T) {
	good := []uint32{16, 97, 1} // LITERAL 'a', SUCCESS
	if _, err := Compile(good, 0); err != nil {
		t.Fatalf("valid program rejected: %v", err)
	}
	bad := []struct {
		name   string
		code   []uint32
		groups int
	}{
		{"empty", nil, 0},
		{"no SUCCESS", []uint32{16, 97}, 0},
		{"literal without arg", []uint32{16, 1}, 0},
		{"unknown opcode", []uint32{99, 1}, 0},
		{"MARK beyond groups", []uint32{17, 2, 1}, 0},
		{"GROUPREF beyond groups", []uint32{11, 0, 1}, 0},
		{"AT bad code", []uint32{6, 12, 1}, 0},
		{"IN without FAILURE", []uint32{13, 3, 16, 97, 1}, 0},
		{"CATEGORY bad code", []uint32{13, 4, 8, 18, 0, 1}, 0},
		{"skip past end", []uint32{13, 100, 0, 1}, 0},
		{"JUMP at top", []uint32{15, 1, 1}, 0},
		{"REPEAT_ONE min > max", []uint32{24, 6, 3, 2, 16, 97, 1, 1}, 0},
		{"REPEAT without UNTIL", []uint32{23, 5, 0, 1, 16, 97, 1, 1}, 0},
		{"groups negative", []uint32{1}, -1},
		{"INFO bad flags", []uint32{14, 4, 8, 0, 0, 1}, 0},
		{"BRANCH jumps differ", []uint32{7, 5, 16, 97, 15, 6, 5, 16, 98, 15, 3, 0, 1}, 0},
	}
	for _, b := range bad {
		if _, err := Compile(b.code, b.groups); !errors.Is(err, ErrInvalidCode) {
			t.Errorf("%s: %v accepted (err %v)", b.name, b.code, err)
		}
	}
}

// A long subject backtracks through frames on the heap: a million-char
// subject under a repeat whose every iteration pushes a frame.
func TestDeepBacktrackNoStackOverflow(t *testing.T) {
	p, err := Compile(progAltStar, 1)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Repeat("ab", 500000) + "c"
	st := p.NewState(StrSubject(s), 0, len(s))
	ok, err := st.Match()
	if err != nil || !ok || st.End() != len(s) {
		t.Fatalf("match: %v %v end %d", ok, err, st.End())
	}
	if g0, g1 := st.Group(1); g0 != len(s)-3 || g1 != len(s)-2 {
		t.Fatalf("group 1 = (%d, %d)", g0, g1)
	}
	// no c: every position fails after a deep excursion; a budget stops it
	s2 := strings.Repeat("ab", 200000)
	st = p.NewState(StrSubject(s2), 0, len(s2))
	calls := 0
	st.Check = func() error {
		calls++
		if calls > 10 {
			return errBudget
		}
		return nil
	}
	if _, err := st.Search(); !errors.Is(err, errBudget) {
		t.Fatalf("search not interrupted: %v", err)
	}
}

func TestUnicodeHelpers(t *testing.T) {
	for _, c := range []struct {
		ch    uint32
		lower uint32
		cased bool
	}{{'A', 'a', true}, {0x130, 'i', true}, {0xDF, 0xDF, true}, {'1', '1', false}, {0x212A, 'k', true}, {0x10400, 0x10428, true}} {
		if got := UnicodeToLower(c.ch); got != c.lower {
			t.Errorf("lower(%#x) = %#x", c.ch, got)
		}
		if got := UnicodeIsCased(c.ch); got != c.cased {
			t.Errorf("iscased(%#x) = %v", c.ch, got)
		}
	}
	if !ASCIIIsCased('z') || ASCIIIsCased(0xE9) || ASCIIToLower('Q') != 'q' {
		t.Error("ascii helpers")
	}
}

func TestWTF8Subject(t *testing.T) {
	s := string(AppendWTF8([]byte("a"), 0xDC80)) + "é"
	sub := StrSubject(s)
	if sub.Len() != 3 || sub.At(1) != 0xDC80 || sub.At(2) != 0xE9 {
		t.Fatalf("decoded %v", sub.r)
	}
	if sub.Str(0, 3) != s || sub.Str(1, 2) != string(AppendWTF8(nil, 0xDC80)) {
		t.Fatal("slicing")
	}
}
