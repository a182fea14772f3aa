package ast_test

import (
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/peglab/peglab/ast"
	"github.com/peglab/peglab/ast/astjson"
	"github.com/peglab/peglab/internal/testsupport/golden"
)

// TestReprGolden compares Repr with CPython's repr on the values of
// testdata/repr.jsonl (scripts/ast-golden.sh): every kind of constant,
// awkward floats and complexes, random strings with surrogates, all bytes.
func TestReprGolden(t *testing.T) {
	type line struct {
		Value any
		Repr  string
	}
	lines := golden.ReadJSONL[line](t, "testdata/repr.jsonl")
	for i, line := range lines {
		v, err := astjson.Constant(line.Value)
		if err != nil {
			t.Fatalf("testdata/repr.jsonl:%d: %v", i+1, err)
		}
		if got := ast.Repr(v); got != line.Repr {
			t.Errorf("Repr(%#v) = %s, want %s", v, got, line.Repr)
		}
	}
	if len(lines) < 1000 {
		t.Errorf("only %d repr cases", len(lines))
	}
}

// TestIsPrintable compares IsPrintable with CPython's str.isprintable on
// every code point (testdata/printable.txt lists where it is false).
func TestIsPrintable(t *testing.T) {
	data, err := os.ReadFile("testdata/printable.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := make([]bool, utf8.MaxRune+1)
	for i := range want {
		want[i] = true
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		lo, hi, _ := strings.Cut(line, " ")
		a, err1 := strconv.ParseUint(lo, 16, 32)
		b, err2 := strconv.ParseUint(hi, 16, 32)
		if err1 != nil || err2 != nil {
			t.Fatalf("bad line %q", line)
		}
		for r := a; r <= b; r++ {
			want[r] = false
		}
	}
	bad := 0
	for r := range want {
		if ast.IsPrintable(rune(r)) != want[r] {
			if bad++; bad <= 10 {
				t.Errorf("IsPrintable(%U) = %v, CPython 3.13 says %v", r, !want[r], want[r])
			}
		}
	}
	if bad > 10 {
		t.Errorf("... %d code points differ in all", bad)
	}
}

func TestRepr(t *testing.T) {
	big1, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	tests := []struct {
		v    any
		want string
	}{
		{ast.None, "None"}, {nil, "None"}, {ast.Ellipsis, "Ellipsis"}, {true, "True"}, {false, "False"},
		{int64(-7), "-7"}, {7, "7"}, {big1, "-123456789012345678901234567890"},
		{1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {1e-5, "1e-05"}, {0.0001, "0.0001"},
		{math.Copysign(0, -1), "-0.0"}, {math.Inf(1), "inf"}, {math.Inf(-1), "-inf"}, {math.NaN(), "nan"},
		{1.5e300, "1.5e+300"}, {5e-324, "5e-324"}, {123456789012345678.0, "1.2345678901234568e+17"},
		{complex(0, 2), "2j"}, {complex(1, 2), "(1+2j)"}, {complex(math.Copysign(0, -1), -1), "(-0-1j)"},
		{complex(0, math.Inf(1)), "infj"}, {complex(math.NaN(), math.NaN()), "(nan+nanj)"},
		{complex(0, math.Copysign(0, -1)), "-0j"}, {complex(1e16, 1e-5), "(1e+16+1e-05j)"},
		{"it's", `"it's"`}, {`'"`, `'\'"'`}, {"\x00\x7f\u0080\u00a0é", `'\x00\x7f\x80\xa0é'`},
		{"\xed\xa0\x80", `'\ud800'`}, {"\xff", `'\udcff'`}, {"\U0001f600\U000e0001", "'\U0001f600\\U000e0001'"},
		{ast.Bytes("it's\x00\x80"), `b"it's\x00\x80"`}, {ast.Bytes(`'"`), `b'\'"'`},
		{struct{}{}, "<struct {}>"},
	}
	for _, tt := range tests {
		if got := ast.Repr(tt.v); got != tt.want {
			t.Errorf("Repr(%#v) = %s, want %s", tt.v, got, tt.want)
		}
	}
	if got := ast.ReprBytes([]byte("a'")); got != `b"a'"` {
		t.Errorf("ReprBytes([]byte) = %s", got)
	}
}

// unquote reads back a repr of str or bytes (the escapes Repr writes),
// returning the code points as WTF-8.
func unquote(t *testing.T, s string, bytes bool) string {
	t.Helper()
	if bytes {
		if s == "" || s[0] != 'b' {
			t.Fatalf("bytes repr %q has no b", s)
		}
		s = s[1:]
	}
	if len(s) < 2 || s[0] != s[len(s)-1] || (s[0] != '\'' && s[0] != '"') {
		t.Fatalf("repr %q is not quoted", s)
	}
	q, body := s[0], s[1:len(s)-1]
	var out []byte
	for i := 0; i < len(body); {
		c := body[i]
		if c == q {
			t.Fatalf("repr %q has an unescaped quote", s)
		}
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		switch e := body[i]; e {
		case '\\', '\'', '"':
			out = append(out, e)
			i++
		case 't', 'n', 'r':
			out = append(out, map[byte]byte{'t': '\t', 'n': '\n', 'r': '\r'}[e])
			i++
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			v, err := strconv.ParseUint(body[i+1:i+1+n], 16, 32)
			if err != nil {
				t.Fatalf("repr %q: bad escape", s)
			}
			if bytes {
				out = append(out, byte(v))
			} else {
				out = appendWTF8(out, rune(v))
			}
			i += 1 + n
		default:
			t.Fatalf("repr %q: unknown escape \\%c", s, e)
		}
	}
	return string(out)
}

func appendWTF8(b []byte, r rune) []byte {
	if 0xd800 <= r && r <= 0xdfff {
		return append(b, 0xed, byte(0xa0|(r>>6)&0x1f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(b, r)
}

// validWTF8 reports whether s is UTF-8 extended with encoded surrogates.
func validWTF8(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			if len(s)-i >= 3 && s[i] == 0xed && s[i+1]&0xe0 == 0xa0 && s[i+2]&0xc0 == 0x80 {
				n = 3
			} else {
				return false
			}
		}
		i += n
	}
	return true
}

func FuzzReprString(f *testing.F) {
	for _, s := range []string{"", "it's", `'"`, "\x00\x7f\x80", "é\u2028\xed\xa0\x80", "\xff\xfe", "\U000e0001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := ast.ReprString(s)
		if !utf8.ValidString(r) {
			t.Fatalf("ReprString(%q) = %q is not UTF-8", s, r)
		}
		for _, c := range r {
			if !ast.IsPrintable(c) {
				t.Fatalf("ReprString(%q) = %q holds unprintable %U", s, r, c)
			}
		}
		if back := unquote(t, r, false); validWTF8(s) && back != s {
			t.Fatalf("ReprString(%q) = %s reads back as %q", s, r, back)
		}
		if b := ast.ReprBytes(s); unquote(t, b, true) != s {
			t.Fatalf("ReprBytes(%q) = %s does not read back", s, b)
		}
	})
}

func FuzzReprFloat(f *testing.F) {
	for _, x := range []float64{0, 1, 0.1, 1e16, 1e-5, 5e-324, math.MaxFloat64, math.Inf(1), math.NaN()} {
		f.Add(math.Float64bits(x), math.Float64bits(-x))
	}
	f.Fuzz(func(t *testing.T, a, b uint64) {
		x, y := math.Float64frombits(a), math.Float64frombits(b)
		r := ast.ReprFloat(x)
		back, err := strconv.ParseFloat(r, 64)
		switch {
		case err != nil:
			t.Fatalf("ReprFloat(%v) = %q does not parse: %v", x, r, err)
		case math.IsNaN(x):
			if r != "nan" {
				t.Fatalf("ReprFloat(NaN) = %q", r)
			}
		case math.Float64bits(back) != a:
			t.Fatalf("ReprFloat(%v) = %q reads back as %v", x, r, back)
		case !strings.ContainsAny(r, ".en"):
			t.Fatalf("ReprFloat(%v) = %q looks like an int", x, r)
		}
		if short := strconv.FormatFloat(math.Abs(x), 'e', -1, 64); !math.IsInf(x, 0) && !math.IsNaN(x) {
			mant, _, _ := strings.Cut(short, "e")
			digits := strings.TrimLeft(strings.ReplaceAll(mant, ".", ""), "0")
			got := strings.TrimLeft(strings.Trim(strings.NewReplacer(".", "", "-", "").Replace(strings.Split(r, "e")[0]), "0"), "0")
			if strings.TrimRight(got, "0") != strings.TrimRight(digits, "0") {
				t.Fatalf("ReprFloat(%v) = %q: digits %q, shortest are %q", x, r, got, digits)
			}
		}
		c := ast.ReprComplex(complex(x, y))
		if !strings.HasSuffix(c, "j") && !strings.HasSuffix(c, "j)") {
			t.Fatalf("ReprComplex = %q", c)
		}
	})
}
