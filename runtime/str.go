package runtime

import (
	"strings"
	"unicode/utf8"
)

// Str is a str object: the text as a Go string (WTF-8, so lone surrogates
// survive, as in ast.Constant), its length in code points and whether it
// is ASCII. Indexing is O(1) for ASCII; for other text a table of the byte
// offset of every 16th code point is built on first index, so an index
// costs at most 15 decode steps.
type Str struct {
	Header
	s     string
	n     int
	hash  int64 // -1: not computed
	ascii bool
	marks *[]int32 // every 16th code point's byte offset, built on first index
	buf   *[]byte  // the growable buffer s is a prefix of (see strConcat)
}

var strCache [128]*Str

var interned = map[string]*Str{}

// intern returns the one *Str for s; names (co_names, attribute names,
// keyword names) are interned so dict lookups can compare pointers first.
func intern(s string) *Str {
	if p, ok := interned[s]; ok {
		return p
	}
	p := newStrObj(s)
	interned[s] = p
	return p
}

func newStrObj(s string) *Str {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	n := len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
	}
	return &Str{Header: Header{StrType}, s: s, n: n, ascii: ascii, hash: -1}
}

// NewStr returns a str Value.
func NewStr(s string) Value {
	if len(s) == 1 && s[0] < 0x80 {
		return obj(strCache[s[0]])
	}
	if len(s) == 0 {
		return obj(emptyStr)
	}
	return obj(newStrObj(s))
}

var emptyStr *Str

func init() {
	emptyStr = intern("")
	for i := range strCache {
		strCache[i] = intern(string(rune(i)))
	}
}

// runeAt returns the byte offset of code point i.
func (s *Str) offset(i int) int {
	if s.ascii {
		return i
	}
	if s.marks == nil {
		m := make([]int32, 0, s.n/16+1)
		cp := 0
		for off := range s.s {
			if cp%16 == 0 {
				m = append(m, int32(off))
			}
			cp++
		}
		s.marks = &m
	}
	if i >= s.n {
		return len(s.s)
	}
	off := int((*s.marks)[i/16])
	for k := i % 16; k > 0; k-- {
		_, sz := utf8.DecodeRuneInString(s.s[off:])
		off += sz
	}
	return off
}

// substr returns code points [i, j).
func (s *Str) substr(i, j int) string {
	if s.ascii {
		return s.s[i:j]
	}
	a := s.offset(i)
	b := s.offset(j)
	return s.s[a:b]
}

func (s *Str) at(i int) Value {
	if s.ascii {
		return obj(strCache[s.s[i]])
	}
	off := s.offset(i)
	_, sz := utf8.DecodeRuneInString(s.s[off:])
	return NewStr(s.s[off : off+sz])
}

// strRepr is repr() of a str, with CPython's quote choice and escapes.
func strRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < 0x20 || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(hexdig[c>>4])
				b.WriteByte(hexdig[c&15])
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, sz := decodeWTF8(s[i:])
		if isPrintable(r) {
			b.WriteString(s[i : i+sz])
		} else {
			writeEscape(&b, r)
		}
		i += sz
	}
	b.WriteByte(quote)
	return b.String()
}

const hexdig = "0123456789abcdef"

func writeEscape(b *strings.Builder, r rune) {
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
		b.WriteByte(hexdig[r>>4&15])
		b.WriteByte(hexdig[r&15])
	case r < 0x10000:
		b.WriteString(`\u`)
		for sh := 12; sh >= 0; sh -= 4 {
			b.WriteByte(hexdig[r>>uint(sh)&15])
		}
	default:
		b.WriteString(`\U`)
		for sh := 28; sh >= 0; sh -= 4 {
			b.WriteByte(hexdig[r>>uint(sh)&15])
		}
	}
}

// decodeWTF8 decodes one code point, lone surrogates included.
func decodeWTF8(s string) (rune, int) {
	r, sz := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && sz == 1 && len(s) >= 3 && s[0] == 0xED {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, sz
}

// encodeWTF8 appends r, surrogates included.
func encodeWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}
