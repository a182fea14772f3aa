package sre

import (
	"unicode/utf8"
	"unsafe"
)

// Subject is the string a State matches: bytes, or a str given as WTF-8
// (UTF-8 that may carry lone surrogates, as peglab's str does). The engine
// indexes code points, so a str is viewed as a []byte when it is ASCII (the
// string's own bytes, not copied) or all below U+0100, and decoded once
// into []rune otherwise. Keep a Subject with its string to decode only once.
type Subject struct {
	b     []byte // bytes, an ASCII str's bytes, or a Latin-1 str decoded
	r     []rune // a str with a code point above U+00FF
	str   string // the str itself (for slicing), when isStr
	isStr bool
	ascii bool // str is ASCII: code point indices are byte offsets
}

// BytesSubject is a bytes-like subject (not copied: it must not change
// while a State uses it).
func BytesSubject(b []byte) *Subject { return &Subject{b: b} }

// StrSubject is a str subject, s in WTF-8.
func StrSubject(s string) *Subject {
	sub := &Subject{str: s, isStr: true}
	wide := false
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			ascii = false
			if c > 0xC3 {
				wide = true
				break
			}
		}
	}
	switch {
	case ascii:
		sub.ascii = true
		sub.b = unsafe.Slice(unsafe.StringData(s), len(s))
	case !wide:
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); {
			r, n := decodeWTF8(s[i:])
			if r > 0xFF {
				// not WTF-8 (a stray byte decodes as U+FFFD)
				wide = true
				break
			}
			b = append(b, byte(r))
			i += n
		}
		if !wide {
			sub.b = b
			break
		}
		fallthrough
	default:
		r := make([]rune, 0, len(s))
		for i := 0; i < len(s); {
			c, n := decodeWTF8(s[i:])
			r = append(r, c)
			i += n
		}
		sub.r = r
	}
	return sub
}

// decodeWTF8 decodes one code point, a surrogate's three bytes included.
func decodeWTF8(s string) (rune, int) {
	c := s[0]
	if c < 0x80 {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && c == 0xED && len(s) >= 3 &&
		s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return rune(0xD000) | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, n
}

// Len is the subject's length in code points (bytes for bytes).
func (s *Subject) Len() int {
	if s.r != nil {
		return len(s.r)
	}
	return len(s.b)
}

// IsStr reports whether the subject is a str.
func (s *Subject) IsStr() bool { return s.isStr }

// At is the code point (or byte) at i.
func (s *Subject) At(i int) rune {
	if s.r != nil {
		return s.r[i]
	}
	return rune(s.b[i])
}

// Str returns the str slice [i:j] (code point indices) in WTF-8.
func (s *Subject) Str(i, j int) string {
	if s.ascii {
		return s.str[i:j]
	}
	if i == 0 && j == s.Len() {
		return s.str
	}
	buf := make([]byte, 0, j-i)
	for k := i; k < j; k++ {
		buf = AppendWTF8(buf, s.At(k))
	}
	return string(buf)
}

// Bytes returns the bytes slice [i:j] (shared with the subject).
func (s *Subject) Bytes(i, j int) []byte { return s.b[i:j:j] }

// AppendWTF8 appends r in WTF-8: UTF-8, with surrogates encoded as their
// three bytes.
func AppendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}
