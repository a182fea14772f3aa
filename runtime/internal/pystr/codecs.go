package pystr

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The codecs str.encode and bytes.decode use most, in Go: utf-8, latin-1,
// ascii, utf-16 and utf-32 (with -le/-be), and the standard error
// handlers strict, ignore, replace, surrogateescape, surrogatepass,
// backslashreplace and xmlcharrefreplace (encoding only), as CPython's
// unicodeobject.c and Python/codecs.c run them: the same error ranges,
// reasons and resumption points. Other encodings are LookupError here
// (KnownEncoding tells); the VM can hand those to the encodings package.

type codec uint8

const (
	cUnknown codec = iota
	cUTF8
	cLatin1
	cASCII
	cUTF16
	cUTF16LE
	cUTF16BE
	cUTF32
	cUTF32LE
	cUTF32BE
)

var codecNames = [...]string{"", "utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}

var codecAliases = map[string]codec{
	"utf_8": cUTF8, "utf8": cUTF8, "u8": cUTF8, "utf": cUTF8, "utf8_ucs2": cUTF8, "utf8_ucs4": cUTF8, "cp65001": cUTF8,
	"latin_1": cLatin1, "latin1": cLatin1, "iso8859_1": cLatin1, "iso_8859_1": cLatin1, "8859": cLatin1, "cp819": cLatin1,
	"latin": cLatin1, "l1": cLatin1, "iso_ir_100": cLatin1, "csisolatin1": cLatin1, "ibm819": cLatin1, "iso_8859_1_1987": cLatin1,
	"ascii": cASCII, "646": cASCII, "ansi_x3.4_1968": cASCII, "ansi_x3_4_1968": cASCII, "ansi_x3.4_1986": cASCII,
	"cp367": cASCII, "csascii": cASCII, "ibm367": cASCII, "iso646_us": cASCII, "iso_646.irv_1991": cASCII,
	"iso_ir_6": cASCII, "us": cASCII, "us_ascii": cASCII,
	"utf_16": cUTF16, "u16": cUTF16, "utf16": cUTF16,
	"utf_16_le": cUTF16LE, "utf_16le": cUTF16LE, "unicodelittleunmarked": cUTF16LE,
	"utf_16_be": cUTF16BE, "utf_16be": cUTF16BE, "unicodebigunmarked": cUTF16BE,
	"utf_32": cUTF32, "u32": cUTF32, "utf32": cUTF32,
	"utf_32_le": cUTF32LE, "utf_32le": cUTF32LE,
	"utf_32_be": cUTF32BE, "utf_32be": cUTF32BE,
}

// lookupCodec normalizes a name as encodings.normalize_encoding (lower
// case, runs of other characters than letters, digits and '.' become
// '_') and resolves its aliases.
func lookupCodec(name string) codec {
	switch name {
	case "utf-8", "utf8", "":
		return cUTF8
	}
	var b []byte
	pend := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 32
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' {
			if pend && len(b) > 0 {
				b = append(b, '_')
			}
			pend = false
			b = append(b, c)
		} else {
			pend = true
		}
	}
	return codecAliases[string(b)]
}

// KnownEncoding reports whether Encode and Decode handle the encoding.
func KnownEncoding(name string) bool { return lookupCodec(name) != cUnknown }

func unknownEncoding(name string) *Error {
	return &Error{Type: "LookupError", Msg: "unknown encoding: " + name}
}

func unknownHandler(name string) *Error {
	return &Error{Type: "LookupError", Msg: "unknown error handler name '" + name + "'"}
}

func encodeError(enc, s string, start, end int, r rune, reason string) *Error {
	var msg string
	if end == start+1 {
		msg = "'" + enc + "' codec can't encode character '" + string(appendUEscape(nil, r)) + "' in position " +
			strconv.Itoa(start) + ": " + reason
	} else {
		msg = "'" + enc + "' codec can't encode characters in position " + strconv.Itoa(start) + "-" +
			strconv.Itoa(end-1) + ": " + reason
	}
	return &Error{Type: "UnicodeEncodeError", Msg: msg,
		Unicode: &UnicodeDetail{Encoding: enc, Object: s, Start: start, End: end, Reason: reason}}
}

func decodeError(enc string, b []byte, start, end int, reason string) *Error {
	var msg string
	if end == start+1 {
		msg = "'" + enc + "' codec can't decode byte 0x" + hex2(b[start]) + " in position " + strconv.Itoa(start) + ": " + reason
	} else {
		msg = "'" + enc + "' codec can't decode bytes in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
	}
	return &Error{Type: "UnicodeDecodeError", Msg: msg,
		Unicode: &UnicodeDetail{Encoding: enc, Object: string(b), Start: start, End: end, Reason: reason}}
}

func hex2(c byte) string { return string([]byte{hexdigits[c>>4], hexdigits[c&15]}) }

// Encode is str.encode(encoding, errors).
func Encode(s, encoding, errors string) ([]byte, error) {
	c := lookupCodec(encoding)
	if c == cUnknown {
		return nil, unknownEncoding(encoding)
	}
	e := encoder{s: s, c: c, errors: errors, name: codecNames[c]}
	return e.run()
}

type encoder struct {
	s      string
	c      codec
	errors string
	name   string
	out    []byte
}

// unit appends one code point in the codec's form (for utf-16 and 32:
// units in its byte order).
func (e *encoder) unit(r rune) {
	switch e.c {
	case cUTF16, cUTF16LE, cUTF16BE:
		if r >= 0x10000 {
			r -= 0x10000
			e.unit16(0xd800 | uint16(r>>10))
			e.unit16(0xdc00 | uint16(r&0x3ff))
			return
		}
		e.unit16(uint16(r))
	case cUTF32, cUTF32LE, cUTF32BE:
		if e.c == cUTF32BE {
			e.out = append(e.out, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
		} else {
			e.out = append(e.out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	default:
		e.out = appendRune(e.out, r)
	}
}

func (e *encoder) unit16(u uint16) {
	if e.c == cUTF16BE {
		e.out = append(e.out, byte(u>>8), byte(u))
	} else {
		e.out = append(e.out, byte(u), byte(u>>8))
	}
}

// text appends ASCII replacement text in the codec's form.
func (e *encoder) text(t []byte) {
	for _, c := range t {
		e.unit(rune(c))
	}
}

func (e *encoder) run() ([]byte, error) {
	s := e.s
	limit := rune(0x110000)
	reason := "surrogates not allowed"
	switch e.c {
	case cUTF8:
		if !hasSurrogate(s) {
			return []byte(s), nil
		}
	case cASCII:
		limit, reason = 0x80, "ordinal not in range(128)"
		if isASCII(s) {
			return []byte(s), nil
		}
	case cLatin1:
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	e.out = make([]byte, 0, len(s)*2+4)
	switch e.c {
	case cUTF16:
		e.out = append(e.out, 0xff, 0xfe)
	case cUTF32:
		e.out = append(e.out, 0xff, 0xfe, 0, 0)
	}
	bad := func(r rune) bool {
		return r >= limit || r >= 0xd800 && r <= 0xdfff && limit == 0x110000
	}
	single := e.c >= cUTF16 // utf-16 and utf-32 report one code point at a time
	pos := 0                // code point index
	for i := 0; i < len(s); {
		r, w := decode(s[i:])
		if !bad(r) {
			if e.c == cLatin1 || e.c == cASCII {
				e.out = append(e.out, byte(r))
			} else if e.c == cUTF8 {
				e.out = append(e.out, s[i:i+w]...)
			} else {
				e.unit(r)
			}
			i += w
			pos++
			continue
		}
		// The run of unencodable code points [pos, end).
		var run []rune
		j := i
		for j < len(s) {
			r2, w2 := decode(s[j:])
			if !bad(r2) || single && len(run) == 1 {
				break
			}
			run = append(run, r2)
			j += w2
		}
		end := pos + len(run)
		switch e.errors {
		case "strict", "":
			return nil, encodeError(e.name, s, pos, end, run[0], reason)
		case "ignore":
		case "replace":
			for range run {
				e.unit('?')
			}
		case "backslashreplace":
			for _, r := range run {
				e.text(appendUEscape(nil, r))
			}
		case "xmlcharrefreplace":
			for _, r := range run {
				var buf [16]byte
				ref := strconv.AppendInt(append(buf[:0], '&', '#'), int64(r), 10)
				e.text(append(ref, ';'))
			}
		case "surrogateescape":
			k := 0
			if !single {
				for k < len(run) && run[k] >= 0xdc80 && run[k] <= 0xdcff {
					e.out = append(e.out, byte(run[k]))
					k++
				}
			}
			if k < len(run) {
				return nil, encodeError(e.name, s, pos+k, end, run[k], reason)
			}
		case "surrogatepass":
			if e.c == cASCII || e.c == cLatin1 {
				return nil, encodeError(e.name, s, pos, end, run[0], reason)
			}
			for k, r := range run {
				if r < 0xd800 || r > 0xdfff {
					return nil, encodeError(e.name, s, pos+k, end, run[k], reason)
				}
				if e.c == cUTF8 {
					e.out = appendRune(e.out, r)
				} else {
					e.unit(r)
				}
			}
		default:
			return nil, unknownHandler(e.errors)
		}
		i = j
		pos = end
	}
	return e.out, nil
}

func hasSurrogate(s string) bool {
	// Surrogates are the only WTF-8 sequences UTF-8 forbids: ED A0..BF.
	for {
		i := strings.IndexByte(s, 0xed)
		if i < 0 || i+1 >= len(s) {
			return false
		}
		if s[i+1] >= 0xa0 {
			return true
		}
		s = s[i+1:]
	}
}

// Decode is bytes.decode(encoding, errors); the result is WTF-8.
func Decode(b []byte, encoding, errors string) (string, error) {
	if len(b) == 0 {
		// PyUnicode_Decode answers "" before looking the codec up.
		return "", nil
	}
	c := lookupCodec(encoding)
	if c == cUnknown {
		return "", unknownEncoding(encoding)
	}
	switch c {
	case cUTF8, cASCII:
		if isASCII(string(b)) {
			return string(b), nil
		}
		if c == cUTF8 && utf8.Valid(b) {
			return string(b), nil
		}
	case cLatin1:
		if isASCII(string(b)) {
			return string(b), nil
		}
		out := make([]byte, 0, len(b)*2)
		for _, x := range b {
			out = appendRune(out, rune(x))
		}
		return str(out), nil
	}
	d := decoder{b: b, c: c, errors: errors, name: codecNames[c]}
	return d.run()
}

type decoder struct {
	b      []byte
	c      codec
	errors string
	name   string
	out    []byte
	little bool
}

// badRange is what a decoder reports: [start, end) and why.
func (d *decoder) handle(start, end int, reason string) (int, error) {
	switch d.errors {
	case "strict", "":
		return 0, decodeError(d.name, d.b, start, end, reason)
	case "ignore":
		return end, nil
	case "replace":
		d.out = append(d.out, "\uFFFD"...)
		return end, nil
	case "backslashreplace":
		for _, x := range d.b[start:end] {
			d.out = append(d.out, '\\', 'x', hexdigits[x>>4], hexdigits[x&15])
		}
		return end, nil
	case "surrogateescape":
		k := start
		for k < end && d.b[k] >= 0x80 {
			d.out = appendRune(d.out, 0xdc00|rune(d.b[k]))
			k++
		}
		if k == start {
			return 0, decodeError(d.name, d.b, start, end, reason)
		}
		return k, nil
	case "surrogatepass":
		r, n := d.surrogateAt(start)
		if n == 0 {
			return 0, decodeError(d.name, d.b, start, end, reason)
		}
		d.out = appendRune(d.out, r)
		return start + n, nil
	case "xmlcharrefreplace", "namereplace":
		return 0, typeError("don't know how to handle UnicodeDecodeError in error callback")
	}
	return 0, unknownHandler(d.errors)
}

// surrogateAt reads an encoded surrogate at b[i:] for surrogatepass.
func (d *decoder) surrogateAt(i int) (rune, int) {
	b := d.b
	var r rune
	var n int
	switch d.c {
	case cUTF8:
		if len(b)-i >= 3 && b[i]&0xf0 == 0xe0 && b[i+1]&0xc0 == 0x80 && b[i+2]&0xc0 == 0x80 {
			r = rune(b[i]&0x0f)<<12 | rune(b[i+1]&0x3f)<<6 | rune(b[i+2]&0x3f)
			n = 3
		}
	case cUTF16, cUTF16LE, cUTF16BE:
		if len(b)-i >= 2 {
			r, n = rune(d.u16(i)), 2
		}
	case cUTF32, cUTF32LE, cUTF32BE:
		if len(b)-i >= 4 {
			r, n = d.u32(i), 4
		}
	}
	if n == 0 || r < 0xd800 || r > 0xdfff {
		return 0, 0
	}
	return r, n
}

func (d *decoder) u16(i int) uint16 {
	if d.little {
		return uint16(d.b[i]) | uint16(d.b[i+1])<<8
	}
	return uint16(d.b[i])<<8 | uint16(d.b[i+1])
}

func (d *decoder) u32(i int) rune {
	b := d.b
	var u uint32
	if d.little {
		u = uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
	} else {
		u = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
	}
	if u > 0x7fffffff {
		return -1
	}
	return rune(u)
}

func (d *decoder) run() (string, error) {
	b := d.b
	d.out = make([]byte, 0, len(b)+8)
	i := 0
	switch d.c {
	case cUTF16, cUTF16LE:
		d.little = true
	case cUTF32, cUTF32LE:
		d.little = true
	}
	if d.c == cUTF16 && len(b) >= 2 {
		switch {
		case b[0] == 0xff && b[1] == 0xfe:
			i = 2
		case b[0] == 0xfe && b[1] == 0xff:
			d.little = false
			i = 2
		}
	}
	if d.c == cUTF32 && len(b) >= 4 {
		switch {
		case b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0:
			i = 4
		case b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff:
			d.little = false
			i = 4
		}
	}
	switch d.c {
	case cUTF16, cUTF16LE, cUTF16BE:
		d.name = "utf-16-be"
		if d.little {
			d.name = "utf-16-le"
		}
	case cUTF32, cUTF32LE, cUTF32BE:
		d.name = "utf-32-be"
		if d.little {
			d.name = "utf-32-le"
		}
	}
	for i < len(b) {
		var start, end int
		var reason string
		switch d.c {
		case cASCII:
			if b[i] < 0x80 {
				d.out = append(d.out, b[i])
				i++
				continue
			}
			start, end, reason = i, i+1, "ordinal not in range(128)"
		case cUTF8:
			if b[i] < 0x80 {
				d.out = append(d.out, b[i])
				i++
				continue
			}
			n, bad, why := utf8Seq(b[i:])
			if why == "" {
				d.out = append(d.out, b[i:i+n]...)
				i += n
				continue
			}
			start, end, reason = i, i+bad, why
		case cUTF16, cUTF16LE, cUTF16BE:
			if len(b)-i < 2 {
				start, end, reason = i, len(b), "truncated data"
				break
			}
			u := d.u16(i)
			switch {
			case u < 0xd800 || u > 0xdfff:
				d.out = appendRune(d.out, rune(u))
				i += 2
				continue
			case u >= 0xdc00:
				start, end, reason = i, i+2, "illegal encoding"
			case len(b)-i < 4:
				start, end, reason = i, len(b), "unexpected end of data"
			default:
				u2 := d.u16(i + 2)
				if u2 >= 0xdc00 && u2 <= 0xdfff {
					d.out = utf8.AppendRune(d.out, 0x10000+(rune(u)-0xd800)<<10+rune(u2)-0xdc00)
					i += 4
					continue
				}
				start, end, reason = i, i+2, "illegal UTF-16 surrogate"
			}
		default: // utf-32
			if len(b)-i < 4 {
				start, end, reason = i, len(b), "truncated data"
				break
			}
			r := d.u32(i)
			switch {
			case r < 0 || r > 0x10ffff:
				start, end, reason = i, i+4, "code point not in range(0x110000)"
			case r >= 0xd800 && r <= 0xdfff:
				start, end, reason = i, i+4, "code point in surrogate code point range(0xd800, 0xe000)"
			default:
				d.out = utf8.AppendRune(d.out, r)
				i += 4
				continue
			}
		}
		next, err := d.handle(start, end, reason)
		if err != nil {
			return "", err
		}
		i = next
	}
	return str(d.out), nil
}

// utf8Seq checks the sequence at the start of b (b[0] >= 0x80) as
// CPython's UTF-8 decoder: its length when valid (why ""), else how many
// bytes the error covers and why.
func utf8Seq(b []byte) (n, bad int, why string) {
	c := b[0]
	cont := func(x byte) bool { return x&0xc0 == 0x80 }
	var size int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		size = 2
	case c >= 0xe0 && c <= 0xef:
		size = 3
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		size = 4
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 0, 1, "invalid start byte"
	}
	for k := 1; k < size; k++ {
		if k >= len(b) {
			return 0, len(b), "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && !cont(x) {
			return 0, k, "invalid continuation byte"
		}
	}
	return size, 0, ""
}
