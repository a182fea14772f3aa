package pystr

import (
	"math"
	"math/big"
	"strconv"
	"sync/atomic"

	"github.com/peglab/peglab/ast"
)

// int and float from and to text: int(s, base) (PyLong_FromUnicodeObject,
// PyLong_FromString), float(s) (PyFloat_FromString), str(int) and
// bin/oct/hex, with the integer string conversion length limit of
// CPython 3.11+ (sys.set_int_max_str_digits).

// maxStrDigits is sys.get_int_max_str_digits(): the most decimal digits
// int ↔ str conversions accept (0: no limit). Atomic, as Python threads
// may convert while another sets it.
var maxStrDigits atomic.Int64

func init() { maxStrDigits.Store(4300) }

// IntMaxStrDigits is sys.get_int_max_str_digits().
func IntMaxStrDigits() int { return int(maxStrDigits.Load()) }

// SetIntMaxStrDigits is sys.set_int_max_str_digits(n).
func SetIntMaxStrDigits(n int) error {
	if n != 0 && n < intMaxStrDigitsThreshold {
		return valueError("maxdigits must be 0 or larger than 640")
	}
	maxStrDigits.Store(int64(n))
	return nil
}

// intMaxStrDigitsThreshold is _PY_LONG_MAX_STR_DIGITS_THRESHOLD: below it
// the limit is not checked.
const intMaxStrDigitsThreshold = 640

func toStrLimitError() *Error {
	return valueError("Exceeds the limit (" + strconv.Itoa(IntMaxStrDigits()) +
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

// AppendInt appends str(x) of a machine-size int.
func AppendInt(dst []byte, x int64) []byte { return strconv.AppendInt(dst, x, 10) }

// AppendBigInt appends str(x), or fails with CPython's ValueError when x
// has more decimal digits than IntMaxStrDigits.
func AppendBigInt(dst []byte, x *big.Int) ([]byte, error) {
	if x.IsInt64() {
		return strconv.AppendInt(dst, x.Int64(), 10), nil
	}
	if err := checkToStr(x); err != nil {
		return dst, err
	}
	return x.Append(dst, 10), nil
}

// checkToStr applies the digit limit to an int about to be written in
// decimal: an error iff it has more than IntMaxStrDigits digits.
func checkToStr(x *big.Int) error {
	lim := IntMaxStrDigits()
	if lim <= 0 {
		return nil
	}
	bits := x.BitLen()
	// 10^(d-1) <= |x| < 10^d; bits*log10(2) bounds d cheaply.
	if float64(bits)*0.30102999566398120 < float64(lim)-1 {
		return nil
	}
	if len(new(big.Int).Abs(x).String()) > lim {
		return toStrLimitError()
	}
	return nil
}

// AppendIntBase appends bin(x), oct(x) or hex(x) (base 2, 8, 16):
// "-0x1f".
func AppendIntBase(dst []byte, x Int, base int) []byte {
	var prefix string
	switch base {
	case 2:
		prefix = "0b"
	case 8:
		prefix = "0o"
	default:
		base, prefix = 16, "0x"
	}
	if x.Big != nil && x.Big.IsInt64() {
		x = Int{Small: x.Big.Int64()}
	}
	if x.Big != nil {
		if x.Big.Sign() < 0 {
			dst = append(dst, '-')
		}
		dst = append(dst, prefix...)
		return new(big.Int).Abs(x.Big).Append(dst, base)
	}
	u := uint64(x.Small)
	if x.Small < 0 {
		dst = append(dst, '-')
		u = -u
	}
	dst = append(dst, prefix...)
	return strconv.AppendUint(dst, u, base)
}

// digitValue is _PyLong_DigitValue: 0-35 for 0-9, a-z, A-Z; 37 otherwise.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

// isCSpace is Py_ISSPACE: the ASCII whitespace of C's isspace.
func isCSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// toASCIIDigits is _PyUnicode_TransformDecimalAndSpaceToASCII: every
// non-ASCII whitespace becomes ' ', every decimal digit its ASCII digit,
// anything else non-ASCII '?'. ASCII text is returned as is.
func toASCIIDigits(s string) string {
	if isASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s[i:])
		i += n
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case IsSpaceRune(r):
			b = append(b, ' ')
		case decimalValue(r) >= 0:
			b = append(b, byte('0'+decimalValue(r)))
		default:
			b = append(b, '?')
		}
	}
	return str(b)
}

// ParseInt is int(s, base) for a str s: base 0 or 2 to 36, surrounding
// whitespace, a sign, a 0x/0o/0b prefix (required to match the base when
// base is 0, optional otherwise), single underscores between digits, and
// any Unicode decimal digits. The result is an int64 when it fits (Big
// nil), else Big.
func ParseInt(s string, base int) (Int, error) {
	x, err := parseInt(toASCIIDigits(s), base)
	if err == errSyntax {
		return x, valueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + truncRunes(StrRepr(s), 200))
	}
	return x, err
}

// ParseIntBytes is int(b, base) for bytes (or bytearray) b.
func ParseIntBytes(b []byte, base int) (Int, error) {
	x, err := parseInt(string(b), base)
	if err == errSyntax {
		return x, valueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + truncRunes(ast.ReprBytes(b[:min(len(b), 200)]), 200))
	}
	return x, err
}

var errSyntax = &Error{Type: "ValueError", Msg: "syntax"}

func truncRunes(s string, n int) string { return s[:byteOffset(s, n)] }

func parseInt(s string, base int) (Int, error) {
	if base != 0 && base < 2 || base > 36 {
		return Int{}, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	at := func(j int) byte {
		if j < len(s) {
			return s[j]
		}
		return 0
	}
	octalZero := false
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case at(i+1) == 'x' || at(i+1) == 'X':
			base = 16
		case at(i+1) == 'o' || at(i+1) == 'O':
			base = 8
		case at(i+1) == 'b' || at(i+1) == 'B':
			base = 2
		default:
			// A C-style octal literal: only zero is allowed.
			octalZero = true
			base = 10
		}
	}
	if at(i) == '0' {
		c := at(i+1) | 0x20
		if base == 16 && c == 'x' || base == 8 && c == 'o' || base == 2 && c == 'b' {
			i += 2
			if at(i) == '_' {
				i++
			}
		}
	}
	start := i
	if at(i) == '_' {
		return Int{}, errSyntax
	}
	var prev byte
	digits := 0
	for i < len(s) && (digitValue(s[i]) < base || s[i] == '_') {
		if s[i] == '_' {
			if prev == '_' {
				return Int{}, errSyntax
			}
		} else {
			digits++
		}
		prev = s[i]
		i++
	}
	if prev == '_' || i == start {
		return Int{}, errSyntax
	}
	end := i
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	if i != len(s) {
		return Int{}, errSyntax
	}
	if lim := IntMaxStrDigits(); base&(base-1) != 0 && digits > intMaxStrDigitsThreshold && lim > 0 && digits > lim {
		return Int{}, valueError("Exceeds the limit (" + strconv.Itoa(lim) +
			" digits) for integer string conversion: value has " + strconv.Itoa(digits) +
			" digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	body := s[start:end]
	// Machine-size fast path.
	if digits <= 12 || base <= 16 && digits <= 15 {
		var v int64
		for j := 0; j < len(body); j++ {
			if body[j] != '_' {
				v = v*int64(base) + int64(digitValue(body[j]))
			}
		}
		if octalZero && v != 0 {
			return Int{}, errSyntax
		}
		if neg {
			v = -v
		}
		return Int{Small: v}, nil
	}
	clean := make([]byte, 0, digits)
	for j := 0; j < len(body); j++ {
		if body[j] != '_' {
			clean = append(clean, body[j])
		}
	}
	z, _ := new(big.Int).SetString(string(clean), base)
	if octalZero && z.Sign() != 0 {
		return Int{}, errSyntax
	}
	if neg {
		z.Neg(z)
	}
	if z.IsInt64() {
		return Int{Small: z.Int64()}, nil
	}
	return Int{Big: z}, nil
}

// ParseFloat is float(s) for a str s: surrounding whitespace, a sign,
// decimal digits with a point and an exponent, inf, infinity and nan in
// any case, single underscores between digits, Unicode decimal digits.
func ParseFloat(s string) (float64, error) {
	f, ok := parseFloat(toASCIIDigits(s))
	if !ok {
		return 0, valueError("could not convert string to float: " + StrRepr(s))
	}
	return f, nil
}

// ParseFloatBytes is float(b) for bytes b.
func ParseFloatBytes(b []byte) (float64, error) {
	f, ok := parseFloat(string(b))
	if !ok {
		return 0, valueError("could not convert string to float: " + ast.ReprBytes(b))
	}
	return f, nil
}

func parseFloat(s string) (float64, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return 0, false
		}
		if s[i] == '_' {
			var ok bool
			if s, ok = stripUnderscores(s); !ok {
				return 0, false
			}
			break
		}
	}
	i, j := 0, len(s)
	for i < j && isCSpace(s[i]) {
		i++
	}
	if i == j {
		return 0, false
	}
	for j-1 > i && isCSpace(s[j-1]) {
		j--
	}
	t := s[i:j]
	// Check the grammar CPython's strtod accepts; strconv would also take
	// hex floats and underscores.
	k := 0
	if k < len(t) && (t[k] == '+' || t[k] == '-') {
		k++
	}
	switch lower := lowerASCII(t[k:]); lower {
	case "inf", "infinity":
		return math.Inf(1 - 2*boolInt(k > 0 && t[0] == '-')), true
	case "nan":
		// CPython's NaN is the quiet NaN with no payload; the sign stays.
		bits := uint64(0x7ff8000000000000)
		if k > 0 && t[0] == '-' {
			bits |= 1 << 63
		}
		return math.Float64frombits(bits), true
	}
	digits := 0
	for k < len(t) && t[k] >= '0' && t[k] <= '9' {
		k++
		digits++
	}
	if k < len(t) && t[k] == '.' {
		k++
		for k < len(t) && t[k] >= '0' && t[k] <= '9' {
			k++
			digits++
		}
	}
	if digits == 0 {
		return 0, false
	}
	if k < len(t) && (t[k] == 'e' || t[k] == 'E') {
		m := k + 1
		if m < len(t) && (t[m] == '+' || t[m] == '-') {
			m++
		}
		e := m
		for m < len(t) && t[m] >= '0' && t[m] <= '9' {
			m++
		}
		if m > e {
			k = m
		}
	}
	if k != len(t) {
		return 0, false
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

// stripUnderscores is _Py_string_to_number_with_underscores: underscores
// only between digits.
func stripUnderscores(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !(prev >= '0' && prev <= '9') {
				return "", false
			}
		} else {
			b = append(b, c)
			if prev == '_' && !(c >= '0' && c <= '9') {
				return "", false
			}
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return string(b), true
}

func lowerASCII(s string) string {
	if len(s) > 8 {
		return ""
	}
	var b [8]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 32
		}
		b[i] = c
	}
	return string(b[:len(s)])
}

// IsSpaceRune is Py_UNICODE_ISSPACE: the characters str.isspace and
// str.split treat as whitespace (bidirectional classes WS, B, S, or
// category Zs).
func IsSpaceRune(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r >= '\t' && r <= '\r' || r >= 0x1c && r <= 0x1f
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
