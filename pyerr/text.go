package pyerr

import (
	"strings"
	"unicode/utf8"
)

// CharOffset converts a 0-based UTF-8 byte column in line into Python's
// 1-based character offset. Columns past the end of the line count one
// character per byte beyond it, as CPython does for positions at line end.
func CharOffset(line string, byteCol int) int {
	if byteCol <= 0 {
		return byteCol + 1
	}
	if byteCol > len(line) {
		return utf8.RuneCountInString(line) + (byteCol - len(line)) + 1
	}
	return utf8.RuneCountInString(line[:byteCol]) + 1
}

// DecodeReplace is Python's bytes.decode("utf-8", "replace") of s: each
// maximal invalid sequence (as CPython's decoder delimits them) becomes
// one U+FFFD. Valid UTF-8 is returned as it is.
func DecodeReplace(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
			i++
			continue
		}
		if n, _ := BadUTF8(s, i); n > 0 {
			b.WriteRune(utf8.RuneError)
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// BadUTF8 reports whether s[i:] starts with an invalid UTF-8 sequence:
// how many bytes CPython's decoder reports as one error there (a bad lead
// byte alone, or a lead byte with the continuation bytes that were valid
// before the sequence broke off), 0 if there is none, and the decoder's
// reason.
func BadUTF8(s string, i int) (n int, reason string) {
	c := s[i]
	if c < utf8.RuneSelf {
		return 0, ""
	}
	need, lo, hi := 0, byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(s) {
			return k, "unexpected end of data"
		}
		b := s[i+k]
		if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xBF) {
			return k, "invalid continuation byte"
		}
	}
	return 0, ""
}
