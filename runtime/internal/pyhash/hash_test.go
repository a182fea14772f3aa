package pyhash

import (
	"encoding/hex"
	"flag"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peglab/peglab/internal/testsupport/golden"
)

var update = flag.Bool("update", false, "regenerate testdata/hashes.jsonl with scripts/pyhash_golden.py (needs CPython 3.13)")

// dir is where the goldens are read from; scripts/htab-oracle.sh points it at
// fresh ones made with other seeds.
var dir = flag.String("dir", "testdata", "directory of the golden files")

type record struct {
	T    string  `json:"t"`
	CPs  []rune  `json:"cps"`
	Hex  string  `json:"hex"`
	V    string  `json:"v"`
	Bits uint64  `json:"bits"`
	Re   uint64  `json:"re"`
	Im   uint64  `json:"im"`
	ID   uint64  `json:"id"`
	Hs   []int64 `json:"hs"`
	H    int64   `json:"h"`
}

// wtf8 encodes code points as the VM stores a str: UTF-8, with surrogates
// in their 3-byte form.
func wtf8(cps []rune) string {
	var b strings.Builder
	for _, r := range cps {
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case r < 0x800:
			b.WriteByte(byte(0xC0 | r>>6))
			b.WriteByte(byte(0x80 | r&0x3F))
		case r < 0x10000:
			b.WriteByte(byte(0xE0 | r>>12))
			b.WriteByte(byte(0x80 | r>>6&0x3F))
			b.WriteByte(byte(0x80 | r&0x3F))
		default:
			b.WriteByte(byte(0xF0 | r>>18))
			b.WriteByte(byte(0x80 | r>>12&0x3F))
			b.WriteByte(byte(0x80 | r>>6&0x3F))
			b.WriteByte(byte(0x80 | r&0x3F))
		}
	}
	return b.String()
}

func regenerate(t *testing.T) {
	py, err := exec.Command("../../../scripts/find-oracle.sh").Output()
	if err != nil {
		t.Fatalf("-update needs CPython 3.13: %v", err)
	}
	cmd := exec.Command(strings.TrimSpace(string(py)), "../../../scripts/pyhash_golden.py")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("pyhash_golden.py: %v", err)
	}
}

func TestGolden(t *testing.T) {
	if *update {
		regenerate(t)
	}
	recs := golden.ReadJSONL[record](t, filepath.Join(*dir, "hashes.jsonl"))
	if len(recs) < 1000 {
		t.Fatalf("want at least 1000 records, got %d", len(recs))
	}
	count := map[string]int{}
	for i, r := range recs {
		var got int64
		switch r.T {
		case "str":
			got = Str(wtf8(r.CPs))
		case "bytes":
			b, err := hex.DecodeString(r.Hex)
			if err != nil {
				t.Fatal(err)
			}
			got = Bytes(b)
			if s := BytesString(string(b)); s != got {
				t.Errorf("%d: BytesString %d, Bytes %d", i, s, got)
			}
		case "int", "bool":
			v, ok := new(big.Int).SetString(r.V, 10)
			if !ok {
				t.Fatalf("%d: bad int %q", i, r.V)
			}
			got = BigInt(v)
			if v.IsInt64() {
				if h := Int(v.Int64()); h != got {
					t.Errorf("%d: Int(%s) = %d, BigInt %d", i, r.V, h, got)
				}
			}
			if r.T == "bool" && Bool(v.Sign() != 0) != got {
				t.Errorf("%d: Bool", i)
			}
		case "float":
			got = Float(math.Float64frombits(r.Bits), 0)
		case "nan":
			got = Float(math.NaN(), uintptr(r.ID))
		case "complex":
			got = Complex(math.Float64frombits(r.Re), math.Float64frombits(r.Im), uintptr(r.ID))
		case "tuple":
			got = TupleOf(r.Hs...)
		case "slice":
			got = Slice(r.Hs[0], r.Hs[1], r.Hs[2])
		case "none":
			got = None
		case "frozenset":
			got = FrozensetOf(r.Hs...)
		default:
			t.Fatalf("%d: unknown kind %q", i, r.T)
		}
		count[r.T]++
		if got != r.H {
			t.Errorf("%d: %s %+v: got %d, CPython %d", i, r.T, r, got, r.H)
		}
	}
	t.Logf("checked %v", count)
}

// TestStrInvalid: bytes that are not WTF-8 hash like U+FFFD and never panic.
func TestStrInvalid(t *testing.T) {
	for _, tc := range []struct{ in, same string }{
		{"\xff", "\ufffd"},
		{"a\xed\xa0", "a\ufffd\ufffd"},
		{"\xed", "\ufffd"},
	} {
		if Str(tc.in) != Str(tc.same) {
			t.Errorf("Str(%q) != Str(%q)", tc.in, tc.same)
		}
	}
}

func TestNoAlloc(t *testing.T) {
	s := "ab€😀 some longer text"
	b := []byte("bytes to hash here")
	v := new(big.Int).Lsh(big.NewInt(12345), 300)
	if n := testing.AllocsPerRun(100, func() {
		_ = Str(s)
		_ = Bytes(b)
		_ = BigInt(v)
		_ = Float(1.5, 0)
	}); n != 0 {
		t.Errorf("%v allocations per run", n)
	}
}

var sink int64

func BenchmarkStrASCII(b *testing.B) {
	s := "some_identifier_name"
	b.ReportAllocs()
	for b.Loop() {
		sink += Str(s)
	}
}

func BenchmarkStrUCS2(b *testing.B) {
	s := "naïve café €uro"
	b.ReportAllocs()
	for b.Loop() {
		sink += Str(s)
	}
}

func BenchmarkInt(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink += Int(int64(i) * 7919)
	}
}

func BenchmarkFloat(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink += Float(float64(i)*0.37, 0)
	}
}
