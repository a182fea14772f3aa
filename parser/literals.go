package parser

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxStrDigits is CPython's default limit on the digits of an int
// converted from decimal text (sys.get_int_max_str_digits()).
const maxStrDigits = 4300

// parseNumber computes the value of a NUMBER token's text, which the
// tokenizer has already checked: an int64 or *big.Int, a float64, or for an
// imaginary literal a complex128. The error is a message for the one
// literal that can fail, a decimal int longer than maxStrDigits.
func parseNumber(text string) (any, string) {
	s := text
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	if last := s[len(s)-1]; last == 'j' || last == 'J' {
		return complex(0, parseFloat(s[:len(s)-1])), ""
	}
	if len(s) > 1 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			return parseInt(s[2:], base), ""
		}
	}
	if strings.ContainsAny(s, ".eE") {
		return parseFloat(s), ""
	}
	if len(s) > maxStrDigits {
		return nil, fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "+
			"use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals "+
			"to avoid decimal conversion limits.", maxStrDigits, len(s))
	}
	return parseInt(s, 10), ""
}

func parseInt(digits string, base int) any {
	if n, err := strconv.ParseInt(digits, base, 64); err == nil {
		return n
	}
	b, _ := new(big.Int).SetString(digits, base)
	return b
}

// parseFloat converts decimal float text; like Python, out-of-range values
// become infinity or zero rather than errors.
func parseFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// decodeUnicodeEscapes decodes the backslash escapes of a str literal's
// body (UTF-8), as CPython's unicode-escape decoder does for a literal.
// Lone surrogates from \u and \U escapes are kept, each encoded on its own
// (WTF-8). Unknown escapes like \d stay as they are; bad is where the
// first of them (or of the octal escapes above 0o377) starts after its
// backslash, -1 if none, for the SyntaxWarning. A bad escape gives the text
// of CPython's UnicodeDecodeError.
func decodeUnicodeEscapes(body string) (_ string, msg string, bad int) {
	bad = -1
	b := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			j := strings.IndexByte(body[i:], '\\')
			if j < 0 {
				j = len(body) - i
			}
			b = append(b, body[i:i+j]...)
			i += j
			continue
		}
		start := i
		i++
		if i >= len(body) || body[i] >= utf8.RuneSelf {
			b = append(b, '\\') // stays a backslash
			continue
		}
		c = body[i]
		i++
		if e, ok := simpleEscape(c); ok {
			b = append(b, e)
			continue
		}
		switch c {
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			var v int
			v, i = octalEscape(body, i, c)
			if v > 0o377 && bad < 0 {
				bad = i - 3
			}
			b = appendWTF8(b, rune(v))
		case 'x', 'u', 'U':
			count, what := 2, `truncated \xXX escape`
			if c == 'u' {
				count, what = 4, `truncated \uXXXX escape`
			} else if c == 'U' {
				count, what = 8, `truncated \UXXXXXXXX escape`
			}
			var v rune
			for ; count > 0; count-- {
				if i >= len(body) {
					return "", escapeError(body, start, i, what), bad
				}
				d, ok := hexDigit(body[i])
				if !ok {
					return "", escapeError(body, start, i, what), bad
				}
				v = v*16 + rune(d)
				i++
			}
			if v > utf8.MaxRune {
				return "", escapeError(body, start, i, "illegal Unicode character"), bad
			}
			b = appendWTF8(b, v)
		case 'N':
			what := `malformed \N character escape`
			if i < len(body) && body[i] == '{' {
				i++
				open := i
				for i < len(body) && body[i] != '}' {
					i++
				}
				if i >= len(body) {
					return "", escapeError(body, start, i, what), bad
				}
				if name := body[open:i]; name != "" {
					i++
					if r, ok := lookupCharName(name); ok {
						b = appendWTF8(b, r)
						continue
					}
					what = "unknown Unicode character name"
				}
			}
			return "", escapeError(body, start, i, what), bad
		default:
			if bad < 0 {
				bad = i - 1
			}
			b = append(b, '\\', c)
		}
	}
	return string(b), "", bad
}

// escapeError words a decoding error as CPython's UnicodeDecodeError does.
// CPython decodes a copy of the body in which every non-ASCII character
// became a 10-byte \UXXXXXXXX escape, so the positions count that way.
func escapeError(body string, start, end int, reason string) string {
	s, e := escapedOffset(body, start), escapedOffset(body, end)
	if e == s+1 {
		return fmt.Sprintf("'unicodeescape' codec can't decode byte 0x%02x in position %d: %s", body[start], s, reason)
	}
	return fmt.Sprintf("'unicodeescape' codec can't decode bytes in position %d-%d: %s", s, e-1, reason)
}

func escapedOffset(body string, i int) int {
	n := 0
	for j := 0; j < i && j < len(body); {
		c := body[j]
		switch {
		case c == '\\':
			n++
			j++
			if j >= len(body) || body[j] >= utf8.RuneSelf {
				n += 5 // written as \u005c
			}
		case c < utf8.RuneSelf:
			n++
			j++
		default:
			_, size := utf8.DecodeRuneInString(body[j:])
			n += 10
			j += size
		}
	}
	return n
}

// simpleEscape is the character a one-character escape of str and bytes
// literals stands for (\n, \t, \\, \', ...).
func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '\\', '\'', '"':
		return c, true
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	}
	return 0, false
}

// octalEscape reads an octal escape whose first digit, first, came just
// before body[i]: up to two more digits. It returns the value and where
// the escape ends.
func octalEscape(body string, i int, first byte) (int, int) {
	v := int(first - '0')
	for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
		v = v*8 + int(body[i]-'0')
		i++
	}
	return v, i
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// appendWTF8 appends r in UTF-8, writing a surrogate code point with the
// three bytes UTF-8 would give it (ast.Constant's string convention).
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// decodeBytesEscapes decodes the escapes of a bytes literal's body, as
// CPython's bytes escape decoder does; the error is its ValueError text,
// bad the first invalid escape as decodeUnicodeEscapes has it.
func decodeBytesEscapes(body string) (_ string, msg string, bad int) {
	bad = -1
	b := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			return "", "Trailing \\ in string", bad
		}
		c = body[i]
		i++
		if e, ok := simpleEscape(c); ok {
			b = append(b, e)
			continue
		}
		switch c {
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			var v int
			v, i = octalEscape(body, i, c)
			if v > 0o377 && bad < 0 {
				bad = i - 3
			}
			b = append(b, byte(v)) // above 0o377 Python warns and keeps the low byte
		case 'x':
			if i+1 < len(body) {
				d1, ok1 := hexDigit(body[i])
				d2, ok2 := hexDigit(body[i+1])
				if ok1 && ok2 {
					b = append(b, d1<<4|d2)
					i += 2
					continue
				}
			}
			return "", fmt.Sprintf("invalid \\x escape at position %d", start), bad
		default:
			if bad < 0 {
				bad = i - 1
			}
			b = append(b, '\\')
			i-- // the character after the backslash is read again as itself
		}
	}
	return string(b), "", bad
}
