package pystr

import (
	"strings"
	"testing"
)

// TestCPIndex compares CPIndex with decoding from the start.
func TestCPIndex(t *testing.T) {
	for _, s := range []string{"", "abc", "h\u00e9llo w\u00f6rld \U0001F600 \xed\xa0\x80 end",
		string(make([]byte, 100)) + "\u00e9" + "xyz\u4e00\u4e8c"} {
		x := NewCPIndex(s)
		rs := Runes(s)
		if x.Len() != len(rs) {
			t.Fatalf("Len(%q) = %d, want %d", s, x.Len(), len(rs))
		}
		for i, r := range rs {
			if got := x.At(i); got != string(appendRune(nil, r)) {
				t.Errorf("At(%q, %d) = %q", s, i, got)
			}
		}
		for start := 0; start <= len(rs); start += 3 {
			for stop := 0; stop <= len(rs); stop += 5 {
				for _, step := range []int{1, 2, -1, -3} {
					a, b := start, stop
					if step < 0 {
						a, b = stop-1, start-1
					}
					var want []rune
					for i := a; step > 0 && i < b || step < 0 && i > b; i += step {
						if i >= 0 && i < len(rs) {
							want = append(want, rs[i])
						}
					}
					if got := x.Slice(a, b, step); got != FromRunes(want) {
						t.Errorf("Slice(%q, %d, %d, %d) = %q, want %q", s, a, b, step, got, FromRunes(want))
					}
				}
			}
		}
		if _, err := x.GetItem(len(rs)); err == nil || err.Error() != "IndexError: string index out of range" {
			t.Errorf("GetItem past the end: %v", err)
		}
	}
}

// TestIntMaxStrDigits checks the limit's setter and that 0 lifts it.
func TestIntMaxStrDigits(t *testing.T) {
	defer SetIntMaxStrDigits(4300)
	if err := SetIntMaxStrDigits(639); err == nil || err.Error() != "ValueError: maxdigits must be 0 or larger than 640" {
		t.Errorf("SetIntMaxStrDigits(639) = %v", err)
	}
	if err := SetIntMaxStrDigits(0); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseInt(strings.Repeat("7", 5000), 10); err != nil {
		t.Errorf("no limit: %v", err)
	}
	SetIntMaxStrDigits(640)
	if _, err := ParseInt(strings.Repeat("7", 641), 10); err == nil {
		t.Errorf("641 digits passed a limit of 640")
	}
}
