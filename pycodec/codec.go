package pycodec

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

//go:embed data/codecs.txt.gz
var dataGz []byte

// Kind is how a codec decodes.
type Kind uint8

const (
	Unsupported Kind = iota // a codec CPython has that peglab cannot decode yet
	UTF8
	UTF8Sig
	Latin1
	ASCII
	Charmap
	Multibyte
	UTF16
	UTF16LE
	UTF16BE
	UTF32
	UTF32LE
	UTF32BE
)

var kindNames = map[string]Kind{
	"utf8": UTF8, "utf8sig": UTF8Sig, "latin1": Latin1, "ascii": ASCII, "charmap": Charmap, "mb": Multibyte,
	"utf16": UTF16, "utf16le": UTF16LE, "utf16be": UTF16BE, "utf32": UTF32, "utf32le": UTF32LE, "utf32be": UTF32BE,
}

// Codec is one of CPython's text codecs.
type Codec struct {
	// Module is the codec's module in the encodings package (iso8859_5).
	Module string
	// Name is codecs.lookup(...).name (iso8859-5), which most decoders'
	// errors print.
	Name string
	Kind Kind
	// table is a charmap's 256 code points, -1 where undefined.
	table *[256]rune
	mb    *mbTable
}

// mbTable is a multibyte codec's decoding map.
type mbTable struct {
	seqs  map[string]string // a complete byte sequence → its text
	leads map[string]bool   // an incomplete prefix
	gb4   []gb4Run          // GB 18030's four-byte runs, by start index
}

type gb4Run struct {
	index, cp, count int32
}

var (
	loadOnce sync.Once
	aliases  map[string]string // normalised alias → module
	byModule map[string]*Codec
	loadErr  error
)

func builtin(module, name string, k Kind) *Codec { return &Codec{Module: module, Name: name, Kind: k} }

// The codecs that need no data, so that the common lookups never read it.
var (
	utf8Codec   = builtin("utf_8", "utf-8", UTF8)
	latin1Codec = builtin("latin_1", "iso8859-1", Latin1)
	asciiCodec  = builtin("ascii", "ascii", ASCII)
)

// Lookup finds the codec for an encoding name as codecs.lookup does:
// lower-cased, runs of punctuation and spaces turned into '_' (dots kept),
// then the alias table.
func Lookup(name string) (*Codec, bool) {
	n := Normalize(name)
	switch n {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return utf8Codec, true
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso8859", "iso_ir_100", "ibm819", "csisolatin1", "iso_8859_1_1987":
		return latin1Codec, true
	case "ascii", "us_ascii", "646", "us", "iso646_us", "cp367", "csascii", "ibm367", "iso_ir_6", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "iso_646.irv_1991":
		return asciiCodec, true
	}
	loadOnce.Do(load)
	if loadErr != nil {
		return nil, false
	}
	for _, key := range []string{n, strings.ReplaceAll(n, ".", "_")} {
		if c := byModule[key]; c != nil {
			return c, true
		}
		if m, ok := aliases[key]; ok {
			return byModule[m], true
		}
	}
	return nil, false
}

// Normalize is encodings.normalize_encoding, lower-cased as the search
// function does: every run of characters other than ASCII letters, digits
// and '.' becomes one '_', none at either end.
func Normalize(name string) string {
	var b strings.Builder
	punct := false
	for _, r := range strings.ToLower(name) {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.') {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			punct = false
		} else {
			punct = true
		}
	}
	return b.String()
}

func load() {
	zr, err := gzip.NewReader(bytes.NewReader(dataGz))
	if err != nil {
		loadErr = err
		return
	}
	aliases, byModule = map[string]string{}, map[string]*Codec{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		switch f[0] {
		case "alias":
			aliases[f[1]] = f[2]
		case "codec":
			c := &Codec{Module: f[1], Name: f[3], Kind: kindNames[f[2]]}
			byModule[f[1]] = c
		case "map":
			t := new([256]rune)
			for i, h := range f[2:] {
				t[i] = -1
				if h != "-" {
					v, _ := strconv.ParseUint(h, 16, 32)
					t[i] = rune(v)
				}
			}
			byModule[f[1]].table = t
		case "lead", "mb", "gb4":
			c := byModule[f[1]]
			if c.mb == nil {
				c.mb = &mbTable{seqs: map[string]string{}, leads: map[string]bool{}}
			}
			switch f[0] {
			case "lead":
				c.mb.leads[unhex(f[2])] = true
			case "mb":
				seq := []byte(unhex(f[2]))
				n, _ := strconv.Atoi(f[4])
				var cps []rune
				for _, h := range strings.Split(f[3], "+") {
					v, _ := strconv.ParseUint(h, 16, 32)
					cps = append(cps, rune(v))
				}
				for i := range n {
					c.mb.seqs[string(seq)] = string(cps)
					seq[len(seq)-1]++
					cps[0]++
					_ = i
				}
			case "gb4":
				idx, _ := strconv.Atoi(f[2])
				cp, _ := strconv.ParseUint(f[3], 16, 32)
				n, _ := strconv.Atoi(f[4])
				c.mb.gb4 = append(c.mb.gb4, gb4Run{int32(idx), int32(cp), int32(n)})
			}
		}
	}
	if err := sc.Err(); err != nil {
		loadErr = err
	}
	for _, c := range []*Codec{utf8Codec, latin1Codec, asciiCodec} {
		byModule[c.Module] = c
	}
}

func unhex(h string) string {
	var b []byte
	for i := 0; i+1 < len(h); i += 2 {
		v, _ := strconv.ParseUint(h[i:i+2], 16, 8)
		b = append(b, byte(v))
	}
	return string(b)
}

// DecodeError is a UnicodeDecodeError.
type DecodeError struct {
	Encoding   string
	Object     []byte
	Start, End int // the undecodable bytes
	Reason     string
}

// Error is str(UnicodeDecodeError).
func (e *DecodeError) Error() string {
	if e.End-e.Start == 1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", e.Encoding, e.Object[e.Start], e.Start, e.Reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", e.Encoding, e.Start, e.End-1, e.Reason)
}

// UnsupportedError says peglab cannot decode a codec CPython has.
type UnsupportedError struct{ Codec *Codec }

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("peglab cannot decode the %s encoding yet", e.Codec.Name)
}

// Decode decodes b. With replace, undecodable bytes become U+FFFD (as
// errors='replace'); otherwise the first one is a *DecodeError. The text
// is WTF-8: lone surrogates (from UTF-16/32 with surrogatepass only; the
// strict decoders reject them) never occur.
func (c *Codec) Decode(b []byte, replace bool) (string, error) {
	switch c.Kind {
	case UTF8, UTF8Sig:
		if c.Kind == UTF8Sig {
			b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		}
		return decodeUTF8(b, replace)
	case Latin1:
		var sb strings.Builder
		sb.Grow(len(b) + len(b)/2)
		for _, x := range b {
			sb.WriteRune(rune(x))
		}
		return sb.String(), nil
	case ASCII:
		return c.decodeTable(b, replace, nil, "ascii", "ordinal not in range(128)")
	case Charmap:
		return c.decodeTable(b, replace, c.table, "charmap", "character maps to <undefined>")
	case Multibyte:
		if c.mb == nil { // a stateful one (stateful.go)
			return c.decodeOther(b, replace)
		}
		return c.decodeMB(b, replace)
	case UTF16, UTF16LE, UTF16BE:
		return c.decodeUTF16(b, replace)
	case UTF32, UTF32LE, UTF32BE:
		return c.decodeUTF32(b, replace)
	}
	return c.decodeOther(b, replace)
}

func (c *Codec) decodeTable(b []byte, replace bool, t *[256]rune, enc, reason string) (string, error) {
	var sb strings.Builder
	sb.Grow(len(b))
	for i, x := range b {
		r := rune(x)
		if t != nil {
			r = t[x]
		} else if x >= 0x80 {
			r = -1
		}
		if r < 0 {
			if !replace {
				return "", &DecodeError{Encoding: enc, Object: b, Start: i, End: i + 1, Reason: reason}
			}
			r = utf8.RuneError
		}
		sb.WriteRune(r)
	}
	return sb.String(), nil
}

func decodeUTF8(b []byte, replace bool) (string, error) {
	if utf8.Valid(b) {
		return string(b), nil
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			n, reason := badUTF8(b[i:])
			if !replace {
				return "", &DecodeError{Encoding: "utf-8", Object: b, Start: i, End: i + n, Reason: reason}
			}
			sb.WriteRune(utf8.RuneError)
			i += n
			continue
		}
		sb.WriteRune(r)
		i += n
	}
	return sb.String(), nil
}

// badUTF8 is the length and reason of the invalid sequence at the start of
// b, as CPython's UTF-8 decoder reports it.
func badUTF8(b []byte) (int, string) {
	c := b[0]
	var need int
	var lo, hi byte = 0x80, 0xBF
	switch {
	case c < 0xC2 || c > 0xF4:
		return 1, "invalid start byte"
	case c < 0xE0:
		need = 1
	case c < 0xF0:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	default:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && (x < 0x80 || x > 0xBF) {
			return k, "invalid continuation byte"
		}
	}
	return need + 1, "invalid continuation byte"
}

func (c *Codec) decodeMB(b []byte, replace bool) (string, error) {
	t := c.mb
	var sb strings.Builder
	for i := 0; i < len(b); {
		n, text, ok := t.match(b[i:])
		if !ok {
			reason, bad := "illegal multibyte sequence", 1
			if n < 0 {
				reason, bad = "incomplete multibyte sequence", len(b)-i
			}
			if !replace {
				return "", &DecodeError{Encoding: c.Name, Object: b, Start: i, End: i + bad, Reason: reason}
			}
			sb.WriteRune(utf8.RuneError)
			i += bad
			continue
		}
		sb.WriteString(text)
		i += n
	}
	return sb.String(), nil
}

// match finds the sequence at the start of b: its length and text; n < 0
// when b ends inside a prefix.
func (t *mbTable) match(b []byte) (n int, text string, ok bool) {
	for k := 1; k <= 4 && k <= len(b); k++ {
		s := string(b[:k])
		if text, ok := t.seqs[s]; ok {
			return k, text, true
		}
		if k == 2 && len(t.gb4) > 0 && t.leads[s] {
			// GB 18030: b1 b2 b3 b4 by linear index
			if len(b) < 4 {
				return -1, "", false
			}
			if cp, ok := t.gb4At(b[:4]); ok {
				return 4, string(rune(cp)), true
			}
			return 1, "", false
		}
		if !t.leads[s] {
			return 1, "", false
		}
	}
	return -1, "", false
}

func (t *mbTable) gb4At(b []byte) (int32, bool) {
	if b[2] < 0x81 || b[2] > 0xFE || b[3] < 0x30 || b[3] > 0x39 {
		return 0, false
	}
	idx := ((int32(b[0])-0x81)*10+int32(b[1])-0x30)*1260 + (int32(b[2])-0x81)*10 + int32(b[3]) - 0x30
	i := sort.Search(len(t.gb4), func(i int) bool { return t.gb4[i].index+t.gb4[i].count > idx })
	if i < len(t.gb4) && t.gb4[i].index <= idx {
		r := t.gb4[i]
		return r.cp + idx - r.index, true
	}
	return 0, false
}

func (c *Codec) decodeUTF16(b []byte, replace bool) (string, error) {
	le, name, orig, base := true, "utf-16-le", b, 0
	switch c.Kind {
	case UTF16BE:
		le, name = false, "utf-16-be"
	case UTF16:
		if len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF {
			le, name, b, base = false, "utf-16-be", b[2:], 2
		} else if len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE {
			b, base = b[2:], 2
		}
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if le {
			u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
		} else {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
	}
	var sb strings.Builder
	for i := 0; i < len(u); i++ {
		x := u[i]
		switch {
		case x < 0xD800 || x > 0xDFFF:
			sb.WriteRune(rune(x))
		case x <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF:
			sb.WriteRune(utf16.DecodeRune(rune(x), rune(u[i+1])))
			i++
		default:
			reason := "illegal encoding"
			if x <= 0xDBFF {
				reason = "illegal UTF-16 surrogate"
				if i+1 == len(u) && len(b)%2 == 0 {
					reason = "unexpected end of data"
				}
			}
			if !replace {
				return "", &DecodeError{Encoding: name, Object: orig, Start: base + 2*i, End: base + 2*i + 2, Reason: reason}
			}
			sb.WriteRune(utf8.RuneError)
		}
	}
	if len(b)%2 == 1 {
		if !replace {
			return "", &DecodeError{Encoding: name, Object: orig, Start: base + len(b) - 1, End: base + len(b), Reason: "truncated data"}
		}
		sb.WriteRune(utf8.RuneError)
	}
	return sb.String(), nil
}

func (c *Codec) decodeUTF32(b []byte, replace bool) (string, error) {
	le, name, orig, base := true, "utf-32-le", b, 0
	switch c.Kind {
	case UTF32BE:
		le, name = false, "utf-32-be"
	case UTF32:
		if len(b) >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF {
			le, name, b, base = false, "utf-32-be", b[4:], 4
		} else if len(b) >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 {
			b, base = b[4:], 4
		}
	}
	var sb strings.Builder
	i := 0
	for ; i+3 < len(b); i += 4 {
		var x uint32
		if le {
			x = uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
		} else {
			x = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
		}
		if x > 0x10FFFF || (x >= 0xD800 && x <= 0xDFFF) {
			reason := "code point not in range(0x110000)"
			if x <= 0x10FFFF {
				reason = "code point in surrogate code point range(0xd800, 0xe000)"
			}
			if !replace {
				return "", &DecodeError{Encoding: name, Object: orig, Start: base + i, End: base + i + 4, Reason: reason}
			}
			sb.WriteRune(utf8.RuneError)
			continue
		}
		sb.WriteRune(rune(x))
	}
	if i < len(b) {
		if !replace {
			return "", &DecodeError{Encoding: name, Object: orig, Start: base + i, End: base + len(b), Reason: "truncated data"}
		}
		sb.WriteRune(utf8.RuneError)
	}
	return sb.String(), nil
}
