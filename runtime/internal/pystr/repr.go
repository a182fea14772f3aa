package pystr

import (
	"unicode/utf8"

	"github.com/peglab/peglab/ast"
)

// StrRepr returns repr(s) for a str (ast.ReprString, shared with the
// front end).
func StrRepr(s string) string { return ast.ReprString(s) }

// AppendStrRepr appends repr(s).
func AppendStrRepr(dst []byte, s string) []byte { return ast.AppendReprString(dst, s) }

// StrASCII returns ascii(s) for a str: its repr with every non-ASCII code
// point escaped.
func StrASCII(s string) string {
	var buf [64]byte
	return string(AppendEscapeNonASCII(buf[:0], ast.AppendReprString(buf[:0], s)))
}

// EscapeNonASCII turns a repr into the matching ascii(): \xhh, \uhhhh or
// \Uhhhhhhhh for each non-ASCII code point (PyObject_ASCII).
func EscapeNonASCII(repr string) string {
	if isASCII(repr) {
		return repr
	}
	return string(AppendEscapeNonASCII(nil, []byte(repr)))
}

// AppendEscapeNonASCII appends text with its non-ASCII code points
// escaped; text may alias dst's spare capacity only if it is dst itself
// (it is copied first then).
func AppendEscapeNonASCII(dst, text []byte) []byte {
	if len(dst) == 0 && cap(dst) > 0 && len(text) > 0 && &dst[:1][0] == &text[0] {
		text = append([]byte(nil), text...)
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, n := decode(string(text[i:min(i+4, len(text))]))
		dst = appendUEscape(dst, r)
		i += n
	}
	return dst
}

const hexdigits = "0123456789abcdef"

// appendUEscape writes \xhh, \uhhhh or \Uhhhhhhhh for r.
func appendUEscape(dst []byte, r rune) []byte {
	switch {
	case r <= 0xff:
		return append(dst, '\\', 'x', hexdigits[r>>4], hexdigits[r&15])
	case r <= 0xffff:
		return append(dst, '\\', 'u', hexdigits[r>>12&15], hexdigits[r>>8&15], hexdigits[r>>4&15], hexdigits[r&15])
	}
	dst = append(dst, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		dst = append(dst, hexdigits[r>>sh&15])
	}
	return dst
}
