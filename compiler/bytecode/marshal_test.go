package bytecode

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/support/textdiff"
)

// dumpValue is what scripts/marshal_golden.py writes for a value: the code
// dump of a code object, else the constant's repr with sets sorted.
func dumpValue(v any) string {
	if c, ok := v.(*Code); ok {
		return Dump(c)
	}
	return string(AppendConstRepr(nil, v, true)) + "\n"
}

func dumpResult(v any, err error) string {
	if err != nil {
		var me *MarshalError
		if !errors.As(err, &me) {
			return "error (not a MarshalError): " + err.Error() + "\n"
		}
		return "error: " + err.Error() + "\n"
	}
	return dumpValue(v)
}

// TestUnmarshalGolden reads each case CPython 3.13 marshalled (made by
// scripts/marshal-golden.sh) and compares our reading of it with the
// oracle's, then checks that Marshal writes bytes that read back the same.
func TestUnmarshalGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/marshal/*.marshal")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases (scripts/marshal-golden.sh writes them): %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".marshal")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".marshal") + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			v, uerr := Unmarshal(data)
			got := dumpResult(v, uerr)
			if got != string(want) {
				t.Fatalf("Unmarshal differs from CPython:\n%s", textdiff.FirstLine(got, string(want), 3))
			}
			if uerr != nil {
				return
			}
			out, err := Marshal(v)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			v2, err := Unmarshal(out)
			if err != nil {
				t.Fatalf("Unmarshal(Marshal(v)): %v", err)
			}
			if again := dumpValue(v2); again != got {
				t.Fatalf("round trip differs:\n%s", textdiff.FirstLine(again, got, 3))
			}
		})
	}
}

func TestMarshalBytes(t *testing.T) {
	// Where CPython's choice does not depend on reference counts, our bytes
	// are CPython's.
	tests := []struct {
		v    any
		want string
	}{
		{int64(1), "i\x01\x00\x00\x00"},
		{int64(-1 << 31), "i\x00\x00\x00\x80"},
		{int64(1 << 31), "l\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00"},
		{int64(-1 << 40), "l\xfd\xff\xff\xff\x00\x00\x00\x00\x00\x04"},
		{1.5, "g\x00\x00\x00\x00\x00\x00\xf8?"},
		{Tuple{}, ")\x00"},
		{FrozenSet{}, ">\x00\x00\x00\x00"},
		{true, "T"},
	}
	for _, tt := range tests {
		got, err := Marshal(tt.v)
		if err != nil || string(got) != tt.want {
			t.Errorf("Marshal(%v) = %q, %v; want %q", tt.v, got, err, tt.want)
		}
	}
	if _, err := Marshal(struct{}{}); err == nil || err.Error() != "ValueError: unmarshallable object" {
		t.Errorf("Marshal(struct{}{}) error = %v", err)
	}
	deep := any(ast0)
	for i := 0; i < 3000; i++ {
		deep = List{deep}
	}
	if _, err := Marshal(deep); err == nil || !strings.Contains(err.Error(), "too deeply nested") {
		t.Errorf("Marshal(deep) error = %v", err)
	}
}

var ast0 = int64(0)

func FuzzUnmarshal(f *testing.F) {
	files, _ := filepath.Glob("testdata/marshal/*.marshal")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil && len(data) < 4096 {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Unmarshal(data)
		if err != nil {
			return
		}
		budget := 20000
		if hasCycle(v, 0, &budget) {
			return
		}
		out, err := Marshal(v)
		if err != nil {
			return // too deep, say
		}
		v2, err := Unmarshal(out)
		if err != nil {
			t.Fatalf("Unmarshal(Marshal(v)) of %q: %v", data, err)
		}
		if a, b := dumpValue(v), dumpValue(v2); a != b {
			t.Fatalf("round trip of %q differs: %s vs %s", data, a, b)
		}
		if c, ok := v.(*Code); ok {
			_ = c.Lines()
			_ = c.Positions()
			_ = c.ExceptionEntries()
		}
	})
}

// hasCycle reports whether a container holds itself (marshal allows it;
// Marshal and the dumps would recurse to their depth limits) or, through
// back-references, expands to more than budget values (each shared part is
// written out in full: exponential in the data's length).
func hasCycle(v any, depth int, budget *int) bool {
	*budget--
	if depth > 50 || *budget < 0 {
		return true
	}
	var items []any
	switch v := v.(type) {
	case Tuple:
		items = v
	case List:
		items = v
	case Set:
		items = v
	case FrozenSet:
		items = v
	case *Dict:
		items = append(append(items, v.Keys...), v.Values...)
	case *Code:
		items = v.Consts
	}
	for _, x := range items {
		if hasCycle(x, depth+1, budget) {
			return true
		}
	}
	return false
}
