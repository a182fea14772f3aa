package pystr

import (
	"unicode/utf8"
	"unsafe"
)

// Strings are WTF-8: UTF-8 in which a lone surrogate (U+D800..U+DFFF) is
// encoded as UTF-8 would encode it, three bytes ED A0..BF xx. Every
// helper here decodes that form; a byte that starts no sequence (which a
// Python str cannot produce) is read as its surrogateescape code point
// U+DC80..U+DCFF, one byte long, so that no input panics.

// decode returns the code point at the start of s and its size (s must be
// non-empty).
func decode(s string) (rune, int) {
	c := s[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || size > 1 {
		return r, size
	}
	if len(s) >= 3 && c == 0xed && s[1]&0xe0 == 0xa0 && s[2]&0xc0 == 0x80 {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return 0xdc00 | rune(c), 1
}

// decodeLast returns the code point that ends s and its size.
func decodeLast(s string) (rune, int) {
	n := len(s)
	if s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	start := n - 1
	for start > 0 && n-start < 4 && s[start]&0xc0 == 0x80 {
		start--
	}
	r, size := decode(s[start:])
	if start+size == n {
		return r, size
	}
	return 0xdc00 | rune(s[n-1]), 1
}

// appendRune appends the WTF-8 encoding of r (surrogates included).
func appendRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf && r >= 0 {
		return append(dst, byte(r))
	}
	if r >= 0xd800 && r <= 0xdfff {
		return append(dst, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(dst, r)
}

// runeLen is the WTF-8 size of r.
func runeLen(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Len returns len(s) in code points.
func Len(s string) int {
	n := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// Count the bytes that start a code point: all but 10xxxxxx.
		for _, c := range []byte(s[i : i+8]) {
			if c&0xc0 != 0x80 {
				n++
			}
		}
	}
	for ; i < len(s); i++ {
		if s[i]&0xc0 != 0x80 {
			n++
		}
	}
	return n
}

// Runes decodes s into code points.
func Runes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// FromRunes encodes code points as WTF-8.
func FromRunes(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return string(b)
}

// byteOffset returns the byte offset of code point index i in s (i is
// clamped to [0, Len(s)]).
func byteOffset(s string, i int) int {
	if i <= 0 {
		return 0
	}
	for b := 0; b < len(s); b++ {
		if s[b]&0xc0 != 0x80 {
			if i == 0 {
				return b
			}
			i--
		}
	}
	return len(s)
}

// str turns a buffer this package built, and never touches again, into
// a string without copying it.
func str(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// readOnlyBytes views s as bytes without copying; the caller only reads
// them (the % formatter's operand text).
func readOnlyBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }
