package ast

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Repr returns Python's repr() of a constant value, as ast.dump prints it:
// a value of one of the Go types listed in the package documentation
// (None, Ellipsis, bool, int64, *big.Int, float64, complex128, string,
// Bytes; int is accepted too), or a tuple or frozenset of them as constant
// folding makes. Any other type is shown as <T>, never panicking.
func Repr(v any) string { return string(AppendRepr(nil, v)) }

// AppendRepr appends Repr(v) to dst.
func AppendRepr(dst []byte, v any) []byte {
	switch v := v.(type) {
	case nil, NoneType:
		return append(dst, "None"...)
	case EllipsisType:
		return append(dst, "Ellipsis"...)
	case bool:
		if v {
			return append(dst, "True"...)
		}
		return append(dst, "False"...)
	case int64:
		return strconv.AppendInt(dst, v, 10)
	case int:
		return strconv.AppendInt(dst, int64(v), 10)
	case *big.Int:
		if v == nil {
			return append(dst, "None"...)
		}
		return v.Append(dst, 10)
	case float64:
		return AppendReprFloat(dst, v)
	case complex128:
		return AppendReprComplex(dst, v)
	case string:
		return AppendReprString(dst, v)
	case Bytes:
		return AppendReprBytes(dst, v)
	case tupleConst:
		return appendReprSeq(dst, v.TupleItems(), false)
	case frozenSetConst:
		return appendReprSeq(dst, v.FrozenSetItems(), true)
	}
	return fmt.Appendf(dst, "<%T>", v)
}

// tupleConst and frozenSetConst are the tuple and frozenset constants the
// compiler's constant folding makes (compiler/bytecode's Tuple and
// FrozenSet), which this package cannot name.
type (
	tupleConst     interface{ TupleItems() []any }
	frozenSetConst interface{ FrozenSetItems() []any }
)

// appendReprSeq prints a tuple, (1,) (1, 2) (), or a frozenset,
// frozenset({1, 2}) frozenset(), its items in their order.
func appendReprSeq(dst []byte, items []any, frozen bool) []byte {
	if frozen {
		if len(items) == 0 {
			return append(dst, "frozenset()"...)
		}
		dst = append(dst, "frozenset({"...)
	} else {
		dst = append(dst, '(')
	}
	for i, it := range items {
		if i > 0 {
			dst = append(dst, ", "...)
		}
		dst = AppendRepr(dst, it)
	}
	if frozen {
		return append(dst, "})"...)
	}
	if len(items) == 1 {
		dst = append(dst, ',')
	}
	return append(dst, ')')
}

// ReprFloat returns Python's repr of a float: the shortest string that
// reads back as f, in fixed notation for exponents from -4 to 15 (with
// ".0" when integral) and scientific otherwise: 0.1, 1e-05, 1e+16,
// 1.5e+300, inf, -inf, nan.
func ReprFloat(f float64) string { return string(AppendReprFloat(nil, f)) }

// AppendReprFloat appends ReprFloat(f) to dst.
func AppendReprFloat(dst []byte, f float64) []byte { return appendFloat(dst, f, true, false) }

// ReprComplex returns Python's repr of a complex: "2j" when the real part
// is +0, else "(re+imj)" with both parts in repr style without ".0":
// (1+2j), (-0-1j), infj, (nan+nanj).
func ReprComplex(c complex128) string { return string(AppendReprComplex(nil, c)) }

// AppendReprComplex appends ReprComplex(c) to dst.
func AppendReprComplex(dst []byte, c complex128) []byte {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return append(appendFloat(dst, im, false, false), 'j')
	}
	dst = append(dst, '(')
	dst = appendFloat(dst, re, false, false)
	dst = appendFloat(dst, im, false, true)
	return append(dst, "j)"...)
}

// appendFloat is CPython's PyOS_double_to_string with format 'r': dot0
// adds ".0" to integral fixed-point output (Py_DTSF_ADD_DOT_0), sign
// writes "+" before non-negative values (Py_DTSF_SIGN). A NaN never shows
// its sign bit, as in CPython.
func appendFloat(dst []byte, f float64, dot0, sign bool) []byte {
	switch {
	case math.IsNaN(f):
		if sign {
			dst = append(dst, '+')
		}
		return append(dst, "nan"...)
	case math.Signbit(f):
		dst = append(dst, '-')
		f = -f
	case sign:
		dst = append(dst, '+')
	}
	if math.IsInf(f, 0) {
		return append(dst, "inf"...)
	}
	// Shortest round-trip digits, as d.ddde±xx.
	var buf [32]byte
	s := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	e := len(s) - 1
	for s[e] != 'e' {
		e--
	}
	exp, _ := strconv.Atoi(string(s[e+1:]))
	digits := make([]byte, 0, 20)
	digits = append(digits, s[0])
	if e > 1 {
		digits = append(digits, s[2:e]...)
	}
	if exp < -4 || exp >= 16 {
		dst = append(dst, digits[0])
		if len(digits) > 1 {
			dst = append(append(dst, '.'), digits[1:]...)
		}
		dst = append(dst, 'e')
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		return strconv.AppendInt(dst, int64(exp), 10)
	}
	if exp < 0 {
		dst = append(dst, "0."...)
		for i := -1; i > exp; i-- {
			dst = append(dst, '0')
		}
		return append(dst, digits...)
	}
	if len(digits) <= exp+1 {
		dst = append(dst, digits...)
		for i := len(digits); i <= exp; i++ {
			dst = append(dst, '0')
		}
		if dot0 {
			dst = append(dst, ".0"...)
		}
		return dst
	}
	dst = append(dst, digits[:exp+1]...)
	return append(append(dst, '.'), digits[exp+1:]...)
}

const hexDigits = "0123456789abcdef"

// ReprString returns Python's repr of a str held as WTF-8 (see the package
// documentation): single quotes unless the text has ' and no ", escapes
// for \\, the quote, \t, \n, \r, and \x, \u or \U escapes for every code
// point str.isprintable rejects, lone surrogates included. A byte that is
// not part of a WTF-8 sequence cannot come from Python; it is shown as
// its surrogateescape code point, \udc80 to \udcff.
func ReprString(s string) string { return string(AppendReprString(nil, s)) }

// AppendReprString appends ReprString(s) to dst.
func AppendReprString(dst []byte, s string) []byte {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	dst = append(dst, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = appendASCII(dst, c, quote)
			i++
			continue
		}
		r, size := decodeWTF8(s[i:])
		if size == 0 {
			dst = appendEscape(dst, 0xdc00|rune(c))
			i++
			continue
		}
		if IsPrintable(r) {
			dst = append(dst, s[i:i+size]...)
		} else {
			dst = appendEscape(dst, r)
		}
		i += size
	}
	return append(dst, quote)
}

func appendASCII(dst []byte, c, quote byte) []byte {
	switch {
	case c == quote || c == '\\':
		return append(dst, '\\', c)
	case c == '\t':
		return append(dst, '\\', 't')
	case c == '\n':
		return append(dst, '\\', 'n')
	case c == '\r':
		return append(dst, '\\', 'r')
	case c < ' ' || c == 0x7f:
		return append(dst, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
	}
	return append(dst, c)
}

// appendEscape writes the escape repr uses for a non-printable code point.
func appendEscape(dst []byte, r rune) []byte {
	switch {
	case r <= 0xff:
		return append(dst, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
	case r <= 0xffff:
		dst = append(dst, '\\', 'u')
		for sh := 12; sh >= 0; sh -= 4 {
			dst = append(dst, hexDigits[r>>sh&15])
		}
		return dst
	}
	dst = append(dst, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		dst = append(dst, hexDigits[r>>sh&15])
	}
	return dst
}

// decodeWTF8 decodes the code point at the start of s, accepting the
// three-byte encodings of surrogates (U+D800 to U+DFFF) that UTF-8
// forbids. It returns size 0 for a byte that starts no valid sequence.
func decodeWTF8(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || size > 1 {
		return r, size
	}
	if len(s) >= 3 && s[0] == 0xed && s[1]&0xe0 == 0xa0 && s[2]&0xc0 == 0x80 {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return 0, 0
}

// ReprBytes returns Python's repr of a bytes value: b'...', with the same
// quote choice as str, and \x escapes for bytes outside printable ASCII.
func ReprBytes[T ~string | ~[]byte](b T) string { return string(AppendReprBytes(nil, b)) }

// AppendReprBytes appends ReprBytes(b) to dst.
func AppendReprBytes[T ~string | ~[]byte](dst []byte, b T) []byte {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for i := 0; i < len(b); i++ {
		hasSingle = hasSingle || b[i] == '\''
		hasDouble = hasDouble || b[i] == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	dst = append(dst, 'b', quote)
	for i := 0; i < len(b); i++ {
		if c := b[i]; c >= 0x80 {
			dst = append(dst, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		} else {
			dst = appendASCII(dst, c, quote)
		}
	}
	return append(dst, quote)
}
